import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *
# Layout 2: a "designed" plan. Columns separated only by white space: no rules, no
# shading. Each recommendation is a bold full-width row; the row after it has an
# empty first cell and carries the peers' words (continuing the recommendation, not
# an action). Some actions run on into a second row whose first cell is empty.
SLUG = "quarrington-2025-12"
COUNCIL = "Quarrington"
TITLE = "Improvement Plan 2025–2027: our response to the LGA Corporate Peer Challenge"

# rec id, title, peers said, [ (ref, action, continuation or None, lead cell, leads, when, deadline, measure) ]
RECS = [
 ("1", "Put the council’s finances on a sustainable footing",
  "The council needs a credible plan to close a budget gap of £7.2m over three years and to stop drawing on reserves to balance the budget.", [
  ("1a", "Adopt a three-year Medium Term Financial Strategy with savings proposals that close the whole gap.", None,
   "Director of Resources (Section 151)", ["Director of Resources (Section 151)"], "February 2026", D("date","2026-02-01","2026-02-28"), "A balanced budget for 2026/27 with no planned use of reserves."),
  ("1b", "Set up a Transformation Fund of £1.5m from earmarked reserves to pay for invest-to-save projects.", "Bids will be assessed by the Transformation Board against a standard business case template.",
   "Director of Resources (Section 151)", ["Director of Resources (Section 151)"], "April 2026", D("date","2026-04-01","2026-04-30"), "Fund in place; first bids approved."),
  ("1c", "Review every contract over £100,000 that is due to be renewed in the next two years.", None,
   "Head of Procurement", ["Head of Procurement"], "2026/27", D("date","2026-04-01","2027-03-31"), "Savings of at least £400k a year from contract renewals."),
 ]),
 ("2", "Develop a shared place vision with partners",
  "Partners told the peers that they want the council to lead, and that they are ready to play their part in a shared vision for Quarrington.", [
  ("2a", "Hold a place summit with health, police, business, voluntary sector and town and parish council partners.", None,
   "Chief Executive", ["Chief Executive"], "Early 2026", D("date","2026-01-01","2026-04-30"), "Summit held; partners sign up to a shared set of ambitions."),
  ("2b", "Co-produce a Quarrington 2040 place vision and take it to Full Council for adoption.", "Residents will be involved through a ‘Big Conversation’ survey and six community workshops, one in each market town.",
   "Head of Policy and Partnerships", ["Head of Policy and Partnerships"], "Autumn 2026", D("date","2026-09-01","2026-11-30"), "Vision adopted by Full Council."),
  ("2c", "Set up a Quarrington Partnership Board chaired by the Leader, meeting every quarter.", None,
   "Leader of the Council / Chief Executive", ["Leader of the Council", "Chief Executive"], "June 2026", D("date","2026-06-01","2026-06-30"), "Board meets quarterly with good attendance by partners."),
 ]),
 ("3", "Strengthen governance and decision making",
  "Decision making is slowed by too many layers of internal sign-off, and the Constitution has not been reviewed since 2014.", [
  ("3a", "Carry out a full review of the Constitution, including the scheme of delegation to officers.", None,
   "Monitoring Officer", ["Monitoring Officer"], "By July 2026", D("date",None,"2026-07-31"), "Revised Constitution adopted at the Annual Council meeting."),
  ("3b", "Replace the Corporate Management Team’s weekly sign-off meeting with a monthly Decisions Board.", None,
   "Chief Executive", ["Chief Executive"], "January 2026", D("date","2026-01-01","2026-01-31"), "Average time from draft report to decision down from 11 to 6 weeks."),
  ("3c", "Introduce an annual governance training programme for all councillors.", "The first module will cover decision making, the role of the Monitoring Officer and declarations of interest.",
   "Head of Democratic and Legal Services", ["Head of Democratic and Legal Services"], "Annually from May 2026", None, "Every councillor completes the core modules."),
 ]),
 ("4", "Invest in the council’s people and culture",
  "Staff are committed but stretched. Turnover in some professional services is more than double the national average.", [
  ("4a", "Publish a People Strategy for 2026–2029, co-designed with staff and the trade unions.", None,
   "Head of People", ["Head of People"], "Spring 2026", D("date","2026-03-01","2026-05-31"), "Strategy published; staff survey engagement score above 65%."),
  ("4b", "Introduce career grades for planners, surveyors and lawyers to help recruit and keep staff.", None,
   "Head of People & Head of Planning", ["Head of People", "Head of Planning"], "End of March 2026", D("date",None,"2026-03-31"), "Vacancy rate in these services below 10%."),
  ("4c", "Run a leadership programme for the top 60 managers, starting with the Corporate Management Team.", None,
   "Head of People", ["Head of People"], "Mar 2026 – Dec 2026", D("range","2026-03-01","2026-12-31"), "All 60 managers complete the programme."),
 ]),
 ("5", "Make better use of data and insight",
  "The council holds a great deal of data but makes little use of it to plan services or to understand its communities.", [
  ("5a", "Appoint a Data and Insight Lead and create a small corporate insight team.", None,
   "Head of Policy and Partnerships", ["Head of Policy and Partnerships"], "Q4 2025/26", D("date","2026-01-01","2026-03-31"), "Team in post."),
  ("5b", "Produce a State of Quarrington report every two years, starting in 2026.", "It will bring together data on population, health, the economy and housing for each of the six market towns.",
   "Data and Insight Lead", ["Data and Insight Lead"], "November 2026", D("date","2026-11-01","2026-11-30"), "Report published and used in service planning."),
 ]),
]

rows, records = [], []
for rid, rtitle, said, acts in RECS:
    rows.append(f'<tr class="rec"><td colspan="5">Recommendation {rid} &nbsp; {e(rtitle)}</td></tr>')
    rows.append(f'<tr class="said"><td></td><td colspan="4">What the peers said: {e(said)}</td></tr>')
    for ref, act, cont, lcell, leads, when, dl, measure in acts:
        rows.append(f'<tr><td class="ref">{ref}</td><td>{e(act)}</td><td>{e(lcell)}</td><td>{e(when)}</td><td>{e(measure)}</td></tr>')
        if cont:
            rows.append(f'<tr class="cont"><td></td><td>{e(cont)}</td><td></td><td></td><td></td></tr>')
        records.append(R(rid, rtitle, ref, act, leads, when, dl))

html = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Quarrington District Council – {TITLE}</title>
<style>
@page {{ size: A4; margin: 18mm 15mm; }}
body {{ font-family: "URW Gothic", "Liberation Sans", sans-serif; font-size: 9pt; color: #2d2d2d; }}
.cover {{ font-size: 24pt; color: #5a2a82; line-height: 1.1; margin: 0 0 6pt; }}
.sub {{ font-size: 12pt; color: #5a2a82; margin: 0 0 14pt; }}
h2 {{ font-size: 13pt; color: #5a2a82; font-weight: normal; margin: 14pt 0 6pt; }}
p {{ line-height: 1.4; margin: 0 0 7pt; }}
table {{ border-collapse: separate; border-spacing: 0; width: 100%; }}
td, th {{ border: none; padding: 3pt 8pt 5pt 0; vertical-align: top; text-align: left; }}
th {{ font-size: 8pt; color: #5a2a82; font-weight: normal; text-transform: uppercase; letter-spacing: 0.5pt; padding-bottom: 8pt; }}
tr.rec td {{ font-weight: bold; font-size: 11pt; color: #5a2a82; padding-top: 14pt; padding-bottom: 2pt; }}
tr.said td {{ font-style: italic; color: #555; padding-bottom: 6pt; }}
tr.cont td {{ padding-top: 0; }}
td.ref {{ font-weight: bold; color: #5a2a82; }}
tr {{ break-inside: avoid; }}
</style>
</head>
<body>
<p class="cover">Quarrington District Council</p>
<p class="sub">{TITLE}<br>December 2025</p>
<h2>Foreword</h2>
<p>In September 2025 we invited a team of councillors and officers from other councils, brought together by the Local Government Association, to look at how we work and to tell us what we could do better. We are grateful to them for their candour. Their report recognised the commitment of our staff and the strength of our relationships with town and parish councils, and it made five recommendations.</p>
<p>This plan sets out what we will do in response, who will lead each action and when it will be done. We will report progress to Cabinet every six months and publish each update on our website.</p>
<p><i>Councillor Helen Ashdown, Leader of the Council &nbsp;·&nbsp; Mark Oyelaran, Chief Executive</i></p>
<h2>Our plan</h2>
<table>
<colgroup><col style="width:6%"><col style="width:38%"><col style="width:18%"><col style="width:13%"><col style="width:25%"></colgroup>
<thead><tr><th></th><th>What we will do</th><th>Who will lead</th><th>By when</th><th>How we’ll know we’ve succeeded</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<h2>Keeping track</h2>
<p>The Corporate Management Team will review progress every month. Cabinet will receive a report every six months, and the Overview and Scrutiny Committee may call in any part of the plan for detailed review.</p>
</body>
</html>
'''
write(SLUG, COUNCIL, TITLE, "2025-12", html, records)

# A second, independent source: groff -ms with tbl (no rules at all), rendered by
# render.sh with groff -Tps | ps2pdf as groff.pdf. Same words as source.html.
def g(s):
    s = s.replace("\\", "\\\\")
    return "\n".join(("\\&" + l if l[:1] in ".'" else l) for l in s.split("\n"))
ms = [".\\\" Quarrington District Council improvement plan: plain troff + tbl (no macro package)",
      ".pl 29.7c", ".po 2c", ".ll 17c", ".ps 9", ".vs 11p", ".ft R", ".fam H", ".nh",
      ".de hd", "'sp 1.5c", "..", ".de fo", "'bp", "..", ".wh 0 hd", ".wh -2c fo", ".de SH", ".sp 1", ".ne 4", ".ft B", ".ps 13", "\\\\$*", ".ps 9", ".ft R", ".br", ".sp 0.3", "..",
      ".de LP", ".sp 0.5", "..",
      ".sp 1.5c", "\\s[22]\\fBQuarrington District Council\\fP\\s0", ".sp 0.6", ".LP", "\\s[12]" + g(TITLE) + "\\s0", ".br", "December 2025",
      ".SH Foreword", ".LP",
      g("In September 2025 we invited a team of councillors and officers from other councils, brought together by the Local Government Association, to look at how we work and to tell us what we could do better. We are grateful to them for their candour. Their report recognised the commitment of our staff and the strength of our relationships with town and parish councils, and it made five recommendations."),
      ".LP", g("This plan sets out what we will do in response, who will lead each action and when it will be done. We will report progress to Cabinet every six months and publish each update on our website."),
      ".LP", "\\fICouncillor Helen Ashdown, Leader of the Council \\(em Mark Oyelaran, Chief Executive\\fP",
      ".SH Our plan", ".ad l", ".TS", "expand tab(@);", "l lw(5.6c) lw(2.8c) lw(2c) lw(3.6c).",
      "@\\s-1WHAT WE WILL DO\\s0@\\s-1WHO WILL LEAD\\s0@\\s-1BY WHEN\\s0@\\s-1HOW WE\\(cqLL KNOW\\s0", ".sp 0.3"]
for rid, rtitle, said, acts in RECS:
    ms += [".T&", "lB s s s s.", ".sp 0.8", f"\\s+2Recommendation {rid}   {g(rtitle)}\\s0", ".T&", "l lI s s s.",
           "@T{\n" + g("What the peers said: " + said) + "\nT}", ".sp 0.3", ".T&", "lB lw(5.6c) lw(2.8c) lw(2c) lw(3.6c)."]
    for ref, act, cont, lcell, leads, when, dl, measure in acts:
        ms.append(f"{ref}@T{{\n{g(act)}\nT}}@T{{\n{g(lcell)}\nT}}@T{{\n{g(when)}\nT}}@T{{\n{g(measure)}\nT}}")
        if cont:
            ms.append(f"@T{{\n{g(cont)}\nT}}@@@")
        ms.append(".sp 0.4")
ms += [".TE", ".ad b", ".SH Keeping track", ".LP",
       g("The Corporate Management Team will review progress every month. Cabinet will receive a report every six months, and the Overview and Scrutiny Committee may call in any part of the plan for detailed review.")]
with open(os.path.join(OUT, SLUG, "source.ms"), "w", encoding="utf-8") as f:
    f.write("\n".join(ms) + "\n")
