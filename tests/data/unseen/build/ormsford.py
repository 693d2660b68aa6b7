import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

SLUG = "ormsford-2025-07"
TITLE = "Corporate Peer Challenge: Action Plan and Progress Report"

# theme letter, theme name, rows: (ref, action, lead cell or None if merged, lead list, lead rowspan, timescale cell or None if merged, deadline raw, deadline, ts rowspan, update, status)
THEMES = [
 ("A", "Governance", [
  ("A1", "Review the Constitution and the scheme of delegation, with the help of an external adviser. The review will make sure that decisions are taken at the right level and that the rules are easy for members and officers to follow.",
   "Director of Law and Governance (Monitoring Officer)", ["Director of Law and Governance (Monitoring Officer)"], 3,
   "Sept 2025 – Mar 2026", "Sept 2025 – Mar 2026", D("range","2025-09-01","2026-03-31"), 1,
   "On track. An external adviser has been appointed and a cross-party working group will meet monthly from September.", "in_progress"),
  ("A2", "Introduce a new member development programme, including mandatory training for members of the Planning, Licensing and Audit and Governance Committees.",
   None, ["Director of Law and Governance (Monitoring Officer)"], 0,
   "Ongoing", "Ongoing", D("ongoing"), 1,
   "Induction modules have been recorded and are available on the member portal. Attendance at planning training was 86%.", None),
  ("A3", "Appoint an independent chair to the Audit and Governance Committee.",
   None, ["Director of Law and Governance (Monitoring Officer)"], 0,
   "By the end of the calendar year", "By the end of the calendar year", None, 1,
   "Not started. The recruitment pack is being drafted with CIPFA guidance.", "not_started"),
  ("A4", "Agree a refreshed member–officer protocol and hold a joint away day for Cabinet and the Corporate Leadership Team (CLT).",
   "Chief Executive / Leader", ["Chief Executive", "Leader"], 1,
   "Q2 2025/26", "Q2 2025/26", D("date","2025-07-01","2025-09-30"), 1,
   "Complete. The protocol was adopted by Council on 24 June and the away day took place on 3 July 2025.", "complete"),
 ]),
 ("B", "Finance and Resources", [
  ("B1", "Refresh the Medium Term Financial Strategy (MTFS) and present a balanced budget for 2026/27 that does not rely on one-off use of reserves.",
   "Director of Finance (S151)", ["Director of Finance (S151)"], 1,
   "February 2026", "February 2026", D("date","2026-02-01","2026-02-28"), 1,
   "In progress. The MTFS update goes to Cabinet in September with a forecast gap of £7.8m for 2026/27.", "in_progress"),
  ("B2", "Agree a three-year Transformation Programme with a savings target of at least £5m.",
   "Director of Finance (S151), Assistant Director Transformation", ["Director of Finance (S151)", "Assistant Director Transformation"], 1,
   "Q3 2025/26", "Q3 2025/26", D("date","2025-10-01","2025-12-31"), 2,
   "Delayed – the programme will now go to Cabinet in November, after the outcome of the spending review is known.", "in_progress"),
  ("B3", "Set up a Programme Management Office to track delivery of the Transformation Programme and report on benefits.",
   "Assistant Director Transformation", ["Assistant Director Transformation"], 1,
   None, "Q3 2025/26", D("date","2025-10-01","2025-12-31"), 0,
   "Not started.", "not_started"),
  ("B4", "Review the treasury management and borrowing strategy in the light of higher interest rates.",
   "Head of Finance", ["Head of Finance"], 1,
   "31 October 2025", "31 October 2025", D("date","2025-10-31","2025-10-31"), 1,
   "", None),
 ]),
 ("C", "Housing and Place", [
  ("C1", "Prepare a Housing Strategy for 2026–2031, based on new evidence on affordability and housing need.",
   "Director of Place", ["Director of Place"], 3,
   "Spring 2026", "Spring 2026", D("date","2026-03-01","2026-05-31"), 1,
   "On track. The Strategic Housing Market Assessment has been commissioned.", "in_progress"),
  ("C2", "Submit the Ormsford Local Plan for examination.",
   None, ["Director of Place"], 0,
   "TBC", "TBC", D("tbc"), 1,
   "Delayed – the revised National Planning Policy Framework requires further work on the housing requirement. A revised Local Development Scheme will go to Cabinet in October.", "in_progress"),
  ("C3", "Review the council’s approach to planning enforcement and publish a Local Enforcement Plan.",
   None, ["Director of Place"], 0,
   "December 2025", "December 2025", D("date","2025-12-01","2025-12-31"), 1,
   "Draft plan prepared; member workshop planned for October.", None),
  ("C4", "Reduce the number of households in temporary accommodation through earlier prevention work and a new private rented sector offer for landlords.",
   "Head of Housing Solutions", ["Head of Housing Solutions"], 1,
   "2025/26", "2025/26", D("date","2025-04-01","2026-03-31"), 1,
   "Households in temporary accommodation fell from 412 in March to 389 in June.", None),
 ]),
 ("D", "Workforce", [
  ("D1", "Publish a People Strategy that sets out how the council will attract, develop and keep the staff it needs.",
   "Head of People", ["Head of People"], 1,
   "Autumn 2025", "Autumn 2025", D("date","2025-09-01","2025-11-30"), 1,
   "On track. Staff focus groups were held in May and June.", "in_progress"),
  ("D2", "Carry out a pay and grading review for hard-to-recruit roles, including planners, surveyors and lawyers.",
   "Head of People and Director of Finance (S151)", ["Head of People", "Director of Finance (S151)"], 1,
   "", None, D("none"), 1,
   "Scope agreed by CLT. Timescale to be set once the national pay award for 2025/26 is known.", None),
  ("D3", "Run a staff survey every year and publish the results and the council’s response to them.",
   "Head of People", ["Head of People"], 1,
   "Annually", "Annually", D("recurring"), 1,
   "The 2025 survey closed on 30 June with a 61% response rate.", None),
 ]),
]

rows, records = [], []
for letter, name, acts in THEMES:
    rows.append(f'<tr class="theme"><td colspan="5" style="background:#1b3d6d;color:#ffffff"><strong>Theme {letter} – {e(name)}</strong></td></tr>')
    for ref, act, leadcell, lead, lspan, tscell, raw, dl, tspan, upd, status in acts:
        cells = [f'<td class="ref">{ref}</td>', f'<td>{e(act)}</td>']
        if leadcell is not None:
            rs = f' rowspan="{lspan}"' if lspan > 1 else ''
            cells.append(f'<td{rs}>{e(leadcell)}</td>')
        if tscell is not None:
            rs = f' rowspan="{tspan}"' if tspan > 1 else ''
            cells.append(f'<td{rs}>{e(tscell)}</td>')
        cells.append(f'<td>{e(upd)}</td>')
        rows.append('<tr>' + ''.join(cells) + '</tr>')
        first = act.split(". ")[0].rstrip(".") + "."
        records.append(R(letter, name, ref, first, lead, raw, dl, status, None))

html = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Ormsford Borough Council – {TITLE}</title>
<style>
body {{ font-family: Arial, "Liberation Sans", sans-serif; font-size: 10.5pt; line-height: 1.35; }}
h1 {{ font-size: 16pt; margin: 8pt 0; }}
h2 {{ font-size: 12.5pt; margin: 14pt 0 6pt; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 10pt; }}
th, td {{ border: 1px solid #777; padding: 3pt 5pt; vertical-align: top; text-align: left; }}
th {{ background: #d9e2f3; }}
table.plan {{ font-size: 9pt; }}
ol.recs li {{ margin-bottom: 4pt; }}
.pagebreak {{ page-break-before: always; }}
</style>
</head>
<body>
<p><strong>ORMSFORD BOROUGH COUNCIL</strong></p>
<table class="cover">
<tbody>
<tr><th width="30%">Report to</th><td width="70%">Cabinet</td></tr>
<tr><th>Date of meeting</th><td>22 July 2025</td></tr>
<tr><th>Report title</th><td>{TITLE}</td></tr>
<tr><th>Portfolio holder</th><td>Cllr Hannah Brierley, Leader of the Council</td></tr>
<tr><th>Report author</th><td>Neil Ashdown, Corporate Policy Manager (01632 960 218)</td></tr>
<tr><th>Key decision</th><td>No</td></tr>
<tr><th>Wards affected</th><td>All</td></tr>
<tr><th>Appendices</th><td>Appendix A – Action plan and progress at July 2025</td></tr>
</tbody>
</table>

<h1>{TITLE}</h1>

<h2>1. Purpose of the report</h2>
<p>1.1 To report progress on the action plan agreed in response to the Local Government Association (LGA) Corporate Peer Challenge, and to seek Cabinet’s agreement to the revised timescales set out in Appendix A.</p>

<h2>2. Recommendations</h2>
<p>That Cabinet:</p>
<ol class="recs" type="a">
<li>notes the progress made on the Corporate Peer Challenge action plan, as set out in Appendix A;</li>
<li>agrees the revised timescale for action B2 (Transformation Programme);</li>
<li>asks the Overview and Scrutiny Committee to review progress on Theme C at its meeting in October 2025; and</li>
<li>agrees that the next progress report will be brought to Cabinet in January 2026.</li>
</ol>

<h2>3. Background</h2>
<p>3.1 The LGA peer team visited Ormsford from 21 to 24 January 2025. Their feedback report, published in March 2025, found a council with clear political leadership and good relationships with partners. It identified four themes where improvement was needed: governance, finance and resources, housing and place, and the workforce.</p>
<p>3.2 Cabinet agreed an action plan on 15 April 2025. The plan is grouped by those four themes. Each action has a lead officer, a timescale and an update on progress. Where one officer leads several related actions the lead is shown once for the group.</p>
<p>3.3 Of the 15 actions, one is complete, six are on track or in progress and two have not started. Two actions (B2 and C2) have been delayed, and the reasons are given in Appendix A, which also sets out the position on the remaining actions.</p>

<h2>4. Financial implications</h2>
<p>4.1 The cost of the external support commissioned through the action plan is met from the Improvement Reserve, as shown below.</p>
<table class="finance">
<thead><tr><th width="50%">Support commissioned</th><th width="25%">Cost (£)</th><th width="25%">Funded from</th></tr></thead>
<tbody>
<tr><td>External adviser – Constitution review</td><td>28,000</td><td>Improvement Reserve</td></tr>
<tr><td>Strategic Housing Market Assessment</td><td>46,500</td><td>Improvement Reserve</td></tr>
<tr><td>Member development programme</td><td>15,000</td><td>Member training budget</td></tr>
<tr><td>Total</td><td>89,500</td><td></td></tr>
</tbody>
</table>

<h2>5. Legal implications</h2>
<p>5.1 There are no direct legal implications. Changes to the Constitution arising from action A1 will need the approval of Full Council.</p>

<h2>6. Risks</h2>
<table class="risk">
<thead><tr><th width="40%">Risk</th><th width="15%">Rating</th><th width="45%">Mitigation</th></tr></thead>
<tbody>
<tr><td>The spending review reduces funding further and widens the budget gap</td><td>High</td><td>Scenario planning in the MTFS; Transformation Programme sized to the higher gap</td></tr>
<tr><td>Capacity to deliver the plan alongside day-to-day services</td><td>Medium</td><td>CLT reviews progress monthly; priorities agreed with Cabinet</td></tr>
</tbody>
</table>

<h2>7. Background papers</h2>
<p>LGA Corporate Peer Challenge – Ormsford Borough Council – Feedback report, March 2025.</p>

<h2>Appendix A – Action plan and progress at July 2025</h2>
<table class="plan">
<thead><tr><th width="6%">Ref</th><th width="38%">Action</th><th width="16%">Lead officer</th><th width="12%">Timescale</th><th width="28%">Update (July 2025)</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
</body>
</html>
'''
write(SLUG, "Ormsford", TITLE, "2025-07", html, records)
