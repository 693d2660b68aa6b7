import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

SLUG = "bramwick-2025-09"
TITLE = "Improvement Programme Tracker – position at 31 August 2025"

def dmy(s):
    d, m, y = s.split("/")
    return f"20{y}-{m}-{d}"

# ref, workstream, action, milestone, start, end, owner cell, owners, status cell, status, rag cell, comments
ROWS = [
 ("FIN-01","Finance","Refresh the MTFS to 2029/30 and set out a plan to close the £11.4m budget gap.","Cabinet approval of MTFS","01/04/25","28/02/26","JB",["JB"],"40%","in_progress","A",
  "Gap reduced to £6.9m after the first round of budget challenge. Second round in October."),
 ("FIN-02","Finance","Introduce monthly budget monitoring for all budget holders using the new finance system.","Go-live of budget-holder dashboards","01/05/25","31/10/25","JB/AO",["JB","AO"],"75%","in_progress","G",
  "Dashboards tested with 30 budget holders in August."),
 ("FIN-03","Finance","Review the council’s £42m commercial property portfolio and agree a disposals programme.","Disposals programme agreed","–","TBC","JB",["JB"],"10%","in_progress","A",
  "Valuations commissioned. Date depends on the outcome of the review of the Bramwick Gate scheme."),
 ("FIN-04","Finance","Set up a Capital Programme Board to approve and monitor every capital scheme over £250k.","Board terms of reference agreed","01/04/25","30/06/25","JB",["JB"],"Complete","complete","B",
  "Board met for the first time on 19 June 2025."),
 ("GOV-01","Governance","Carry out a full review of the Constitution, starting with financial procedure rules and the scheme of delegation.","Revised Constitution adopted by Full Council","01/06/25","31/03/26","MT",["MT"],"30%","in_progress","G",
  "Working group of members from all groups has met twice."),
 ("GOV-02","Governance","Adopt a member–officer protocol and deliver joint training for councillors and senior officers.","Training delivered to all members","01/04/25","30/09/25","MT &amp; SM",["MT","SM"],"90%","in_progress","G",
  "Protocol adopted 8 July. Final training session 23 September."),
 ("GOV-03","Governance","Refresh the corporate risk register and report it to the Audit and Standards Committee every quarter.","Quarterly report to committee","–","Ongoing","DH",["DH"],"Ongoing","ongoing","G",
  "Q1 report considered on 22 July."),
 ("HSG-01","Housing","Buy 50 homes for use as temporary accommodation through the Bramwick Homes acquisition programme.","50 homes acquired","01/04/25","31/03/27","RK",["RK"],"36%","in_progress","A",
  "18 homes bought. Prices in the north of the city are above the business case assumptions."),
 ("HSG-02","Housing","Complete stock condition surveys of all 14,200 council homes.","Surveys complete and loaded to the asset system","01/01/25","31/12/25","RK",["RK"],"62%","in_progress","G",
  "8,790 surveys completed."),
 ("HSG-03","Housing","Agree an action plan in response to the Housing Ombudsman’s special interest report on damp and mould.","Action plan agreed by Housing Board","01/05/25","31/07/25","RK",["RK"],"100%","complete","G",
  "Agreed by Housing Board on 24 July 2025. Delivery now tracked in the housing service plan."),
 ("HSG-04","Housing","Prepare for inspection against the Regulator of Social Housing’s consumer standards, including a self-assessment against each standard.","Self-assessment signed off","","","RK/DH",["RK","DH"],"Not started","not_started","",
  "Waiting for the Regulator’s inspection schedule."),
 ("WF-01","Workforce","Adopt a Workforce Strategy for 2025–2028.","Strategy adopted by Employment Committee","01/03/25","30/09/25","LP",["LP"],"80%","in_progress","G",
  "Goes to Employment Committee on 17 September."),
 ("WF-02","Workforce","Reduce agency spend by 20% against the 2024/25 outturn.","Quarterly spend below £1.9m","01/04/25","31/03/26","LP, JB",["LP","JB"],"25%","in_progress","R",
  "Q1 spend £2.6m. Agency use in children’s social care remains high."),
 ("WF-03","Workforce","Launch a leadership development programme for the top 150 managers.","First cohort starts","01/09/25","31/01/26","LP",["LP"],"Not started","not_started","G",
  "Provider appointed; first cohort starts in October."),
 ("CS-01","Children’s Services","Open family hubs in all four localities as part of the Early Help Strategy.","Four family hubs open","01/04/25","31/03/26","PW",["PW"],"50%","in_progress","A",
  "Hubs open in Northfield and Canal Side. Eastgate hub delayed by building works."),
 ("CS-02","Children’s Services","Reduce the number of children placed in residential care outside the city.","Out-of-area residential placements below 25","01/04/25","31/03/27","PW",["PW"],"20%","in_progress","R",
  "34 children placed out of area at 31 August, up from 31 in March."),
 ("CS-03","Children’s Services","Agree a SEND sufficiency plan and a DSG deficit management plan with the Department for Education.","DfE sign-off","01/06/25","31/12/25","GF/JB",["GF","JB"],"45%","in_progress","A",
  "First meeting with the DfE adviser held on 12 August."),
 ("DIG-01","Digital","Replace the council’s CRM system and move the ten most-used services online.","New CRM live","01/10/25","30/09/26","AO",["AO"],"Not started","not_started","G",
  "Contract award approved by Cabinet on 15 July."),
 ("DIG-02","Digital","Publish a Data and Insight Strategy.","Strategy agreed by CLT","–","31/12/25","AO/DH",["AO","DH"],"15%","in_progress","G",
  "Discovery work with services under way."),
]

RAGMAP = {"G": "green", "A": "amber", "R": "red", "B": None, "": None}
rows, records = [], []
for ref, ws, act, mil, st, en, ocell, owners, scell, status, rag, com in ROWS:
    rag_style = {"G": ' style="background:#00b050"', "A": ' style="background:#ffc000"', "R": ' style="background:#ff0000;color:#fff"', "B": ' style="background:#5b9bd5"', "": ""}[rag]
    rows.append(f'<tr><td width="6%">{ref}</td><td width="8%">{e(ws)}</td><td width="22%">{e(act)}</td><td width="12%">{e(mil)}</td><td width="6%">{st}</td><td width="6%">{en}</td><td width="5%">{ocell}</td><td width="6%">{scell}</td><td width="4%" class="rag"{rag_style}>{rag}</td><td width="25%">{e(com)}</td></tr>')
    has_s = st not in ("", "–")
    if en in ("", "–"):
        raw, dl = None, D("none")
    elif en == "TBC":
        raw, dl = "TBC", D("tbc")
    elif en == "Ongoing":
        raw, dl = "Ongoing", D("ongoing")
    elif has_s:
        raw, dl = f"{st} – {en}", D("range", dmy(st), dmy(en))
    else:
        raw, dl = en, D("date", dmy(en), dmy(en))
    records.append(R(None, ws, ref, act, owners, raw, dl, status, RAGMAP[rag]))

html = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Bramwick City Council – {TITLE}</title>
<style>
@page {{ size: A4 landscape; margin: 10mm; }}
body {{ font-family: Calibri, Carlito, "Liberation Sans", sans-serif; font-size: 9.5pt; }}
h1 {{ font-size: 16pt; margin: 0 0 4pt; color: #7b2c3a; }}
h2 {{ font-size: 12pt; margin: 12pt 0 4pt; color: #7b2c3a; }}
p {{ margin: 0 0 5pt; }}
table {{ border-collapse: collapse; margin-bottom: 8pt; }}
th, td {{ border: 1px solid #808080; padding: 2pt 3pt; vertical-align: top; text-align: left; }}
th {{ background: #f2dcdb; }}
table.tracker {{ font-size: 8pt; width: 100%; }}
table.tracker thead {{ display: table-header-group; }}
table.tracker tr {{ page-break-inside: avoid; }}
td.rag {{ text-align: center; font-weight: bold; }}
</style>
</head>
<body>
<h1>Bramwick City Council<br>{TITLE}</h1>
<p>Corporate Leadership Team – 9 September 2025 &nbsp;|&nbsp; Programme Management Office &nbsp;|&nbsp; OFFICIAL</p>

<h2>About this tracker</h2>
<p>The Improvement Programme brings together the actions the council agreed in response to the LGA Corporate Peer Challenge (February 2025) and the recommendations of the external auditor’s Value for Money report for 2023/24. It is organised in six workstreams, each led by a member of the Corporate Leadership Team (CLT). The Programme Management Office (PMO) updates the tracker each month from owners’ returns. Status shows the percentage of the action completed, or a word where a percentage does not apply. Start and end dates are the planned dates agreed by CLT; revised dates are explained in the comments.</p>

<table class="key" width="60%">
<thead><tr><th width="12%">Owner</th><th width="88%">Name and post</th></tr></thead>
<tbody>
<tr><td>SM</td><td>Sarah Mortimer, Chief Executive</td></tr>
<tr><td>JB</td><td>James Bellamy, Director of Finance (Section 151 Officer)</td></tr>
<tr><td>MT</td><td>Maria Teixeira, Director of Law and Governance (Monitoring Officer)</td></tr>
<tr><td>RK</td><td>Ruth Kendrick, Director of Housing and Neighbourhoods</td></tr>
<tr><td>PW</td><td>Paul Whitcombe, Director of Children’s Services</td></tr>
<tr><td>GF</td><td>Gemma Fairhurst, Assistant Director, Education and Inclusion</td></tr>
<tr><td>LP</td><td>Lucy Pryce, Head of HR and OD</td></tr>
<tr><td>AO</td><td>Ade Olawale, Head of Digital and Customer Services</td></tr>
<tr><td>DH</td><td>Dionne Harper, Head of Policy and Performance</td></tr>
</tbody>
</table>

<table class="key" width="60%">
<thead><tr><th width="12%">RAG</th><th width="88%">Definition</th></tr></thead>
<tbody>
<tr><td style="background:#5b9bd5">B</td><td>Blue – action complete and closed by CLT</td></tr>
<tr><td style="background:#00b050">G</td><td>On track to meet the end date</td></tr>
<tr><td style="background:#ffc000">A</td><td>At risk; mitigation in place</td></tr>
<tr><td style="background:#ff0000;color:#fff">R</td><td>End date will be missed; CLT decision needed</td></tr>
</tbody>
</table>

<h2>Summary</h2>
<table class="summary" width="60%">
<thead><tr><th width="40%">Workstream</th><th width="15%">Actions</th><th width="15%">B/G</th><th width="15%">A</th><th width="15%">R</th></tr></thead>
<tbody>
<tr><td>Finance</td><td>4</td><td>2</td><td>2</td><td>0</td></tr>
<tr><td>Governance</td><td>3</td><td>3</td><td>0</td><td>0</td></tr>
<tr><td>Housing</td><td>4</td><td>2</td><td>1</td><td>0</td></tr>
<tr><td>Workforce</td><td>3</td><td>2</td><td>0</td><td>1</td></tr>
<tr><td>Children’s Services</td><td>3</td><td>0</td><td>2</td><td>1</td></tr>
<tr><td>Digital</td><td>2</td><td>2</td><td>0</td><td>0</td></tr>
</tbody>
</table>

<h2>Tracker</h2>
<table class="tracker">
<thead><tr><th width="6%">Ref</th><th width="8%">Workstream</th><th width="22%">Action</th><th width="12%">Milestone</th><th width="6%">Start</th><th width="6%">End</th><th width="5%">Owner</th><th width="6%">Status</th><th width="4%">RAG</th><th width="25%">Comments</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>

<h2>Programme budget</h2>
<table class="budget" width="70%">
<thead><tr><th width="40%">Workstream</th><th width="20%">Budget 2025/26</th><th width="20%">Spent to date</th><th width="20%">Forecast</th></tr></thead>
<tbody>
<tr><td>Finance</td><td>£180,000</td><td>£64,500</td><td>£175,000</td></tr>
<tr><td>Housing (revenue only)</td><td>£250,000</td><td>£97,200</td><td>£262,000</td></tr>
<tr><td>Workforce</td><td>£310,000</td><td>£41,800</td><td>£310,000</td></tr>
<tr><td>Digital</td><td>£1,200,000</td><td>£0</td><td>£1,150,000</td></tr>
<tr><td><strong>Total</strong></td><td><strong>£1,940,000</strong></td><td><strong>£203,500</strong></td><td><strong>£1,897,000</strong></td></tr>
</tbody>
</table>
<p>Next update: CLT, 7 October 2025.</p>
</body>
</html>
'''
write(SLUG, "Bramwick", TITLE, "2025-09", html, records)
