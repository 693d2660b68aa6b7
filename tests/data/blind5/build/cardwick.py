import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *
# Council web page built from CSS cards (div, no <table>): an "at a glance" strip of count cards
# (not actions), then one <details>/<summary> accordion per recommendation; inside, one card per
# action: "Action N.M" label, text, a <dl> of Lead / Target date / Progress.
SLUG="cardwick-2025-10"; COUNCIL="Cardwick"; TITLE="Cardwick Borough Council – Peer Challenge Action Plan: progress at October 2025"
RECS=[
("1","Set out a clear, shared vision for Cardwick beyond 2030",[
 ("1.1","Hold a series of place conversations with residents, businesses and partners to shape the vision.","Assistant Director – Policy & Partnerships",["Assistant Director – Policy & Partnerships"],"Sept 2025",D("date","2025-09-01","2025-09-30"),"Complete","complete"),
 ("1.2","Adopt the Cardwick 2040 vision at Full Council.","Chief Executive",["Chief Executive"],"By December 2025",D("date",None,"2025-12-31"),"On track","in_progress"),
 ("1.3","Align the Corporate Plan and service plans to the new vision.","Corporate Leadership Team",["Corporate Leadership Team"],"2026/27",D("date","2026-04-01","2027-03-31"),"Not yet started","not_started"),
]),
("2","Strengthen financial resilience and close the budget gap",[
 ("2.1","Produce a five-year Medium Term Financial Strategy with savings identified for each year.","Director of Finance (S151)",["Director of Finance (S151)"],"February 2026",D("date","2026-02-01","2026-02-28"),"In progress","in_progress"),
 ("2.2","Set up a Budget Challenge Board chaired by the Leader.","Leader of the Council / Director of Finance (S151)",["Leader of the Council","Director of Finance (S151)"],"Complete",D("complete"),"Complete","complete"),
 ("2.3","Review the council's commercial property portfolio and its risks.","Head of Property & Assets",["Head of Property & Assets"],"Q4 2025/26",D("date","2026-01-01","2026-03-31"),"Delayed","in_progress"),
]),
("3","Improve the way the council uses resident insight",[
 ("3.1","Run an annual residents' survey and publish the results.","Head of Communications and Engagement",["Head of Communications and Engagement"],"Annually",D("recurring"),"Ongoing","ongoing"),
 ("3.2","Create a single customer insight dashboard for managers.","Head of Digital",["Head of Digital"],"Spring 2026",D("date","2026-03-01","2026-05-31"),"On track","in_progress"),
]),
("4","Build capacity in the organisation to deliver change",[
 ("4.1","Establish a Programme Management Office with dedicated staff.","Deputy Chief Executive",["Deputy Chief Executive"],"Nov 2025 – Mar 2026",D("range","2025-11-01","2026-03-31"),"In progress","in_progress"),
 ("4.2","Agree a workforce strategy covering recruitment, retention and apprenticeships.","Head of HR & OD",["Head of HR & OD"],"TBC",D("tbc"),"Not yet started","not_started"),
 ("4.3","Introduce a leadership development programme for all third-tier managers.","Head of HR & OD",["Head of HR & OD"],"Summer 2026",D("date","2026-06-01","2026-08-31"),"Not yet started","not_started"),
]),
]
css="""body{font-family:Arial,sans-serif;max-width:960px;margin:auto}.glance{display:flex;gap:12px}.stat{border:1px solid #ccc;padding:8px;flex:1}
.stat .num{font-size:28px;font-weight:bold}.card{border:1px solid #bbb;border-left:6px solid #005ea5;padding:8px 12px;margin:8px 0}
.card .lbl{font-size:12px;text-transform:uppercase;color:#555}dl{display:grid;grid-template-columns:120px 1fr;margin:4px 0}dt{font-weight:bold}
summary{font-size:18px;font-weight:bold;padding:6px;background:#eef}"""
h=[f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{e(TITLE)}</title><style>{css}</style></head><body>",
"<nav class='breadcrumb'><a href='/'>Home</a> &gt; <a href='/council'>Council and democracy</a> &gt; Peer Challenge</nav>",
f"<h1>Peer Challenge Action Plan: progress at October 2025</h1>",
"<p>In March 2025 the Local Government Association carried out a Corporate Peer Challenge at Cardwick Borough Council. The peer team made four recommendations. This page sets out what we are doing in response and how far we have got. It was last updated on 14 October 2025.</p>",
"<h2>At a glance</h2><div class='glance'>",
"<div class='stat'><div class='num'>11</div><div>actions in the plan</div></div><div class='stat'><div class='num'>2</div><div>complete</div></div><div class='stat'><div class='num'>5</div><div>in progress or on track</div></div><div class='stat'><div class='num'>3</div><div>not yet started</div></div></div>",
"<h2>Our response to each recommendation</h2><p>Select a recommendation to see its actions.</p>"]
records=[]
for rid,rt,acts in RECS:
    h.append(f"<details open><summary>Recommendation {rid}: {e(rt)}</summary><div class='recbody'>")
    for aid,t,lc,leads,raw,dl,sc,st in acts:
        h.append(f"<div class='card'><div class='lbl'>Action {aid}</div><p class='act'>{e(t)}</p><dl><dt>Lead</dt><dd>{e(lc)}</dd><dt>Target date</dt><dd>{e(raw)}</dd><dt>Progress</dt><dd>{e(sc)}</dd></dl></div>")
        records.append(R(rid,rt,aid,t,leads,raw,dl,st,None))
    h.append("</div></details>")
h.append("<h2>What happens next</h2><p>The LGA will return for a progress review in spring 2026. Overview and Scrutiny Committee receives an update every six months.</p>")
h.append("<footer><p>Cardwick Borough Council, Town Hall, Market Street, Cardwick. Page last reviewed 14 October 2025.</p></footer></body></html>")
write(SLUG,COUNCIL,TITLE,"2025-10","\n".join(h),records)
