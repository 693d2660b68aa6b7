import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

SLUG = "ambleworth-2025-03"
TITLE = "Corporate Improvement Plan – position at March 2025"

# (id, first sentence, rest, lead cell, lead list, delivery cell, deadline, rag word, measure)
RECS = [
 ("1", "Develop a clear, shared narrative for Ambleworth’s future and align the Council Plan to it", [
  ("1a", "Agree a long-term place vision, ‘Ambleworth 2035’, with the Ambleworth Partnership Board.",
   " Residents, businesses and the voluntary sector will be engaged through an online survey and six neighbourhood events.",
   "Chief Executive", ["Chief Executive"], "September 2025", D("date","2025-09-01","2025-09-30"), "Green",
   "Vision adopted by Full Council; partners sign up to it"),
  ("1b", "Refresh the Council Plan so that it has no more than six priorities, each with measurable outcomes.",
   " The refreshed plan will run from April 2026.",
   "Assistant Director – Policy, Performance &amp; Communications", ["Assistant Director – Policy, Performance & Communications"],
   "Apr-26", D("date","2026-04-01","2026-04-30"), "Green", "Council Plan approved; outcome measures baselined"),
  ("1c", "Publish an annual report to residents on progress against the Council Plan.", "",
   "Assistant Director – Policy, Performance &amp; Communications", ["Assistant Director – Policy, Performance & Communications"],
   "Annually", D("recurring"), "", "Report published each July"),
 ]),
 ("2", "Set a balanced, sustainable medium-term budget and reduce the council’s reliance on reserves", [
  ("2a", "Refresh the Medium Term Financial Strategy (MTFS) so that it covers the period to 2029/30.",
   " The refresh will set out the budget gap in each year and the assumptions behind it, including pay, inflation and demand in adult social care.",
   "Director of Finance and Section 151 Officer", ["Director of Finance and Section 151 Officer"],
   "February 2026", D("date","2026-02-01","2026-02-28"), "Amber", "MTFS approved with the 2026/27 budget"),
  ("2b", "Introduce a budget challenge process in which every directorate presents its savings and growth proposals to the Chief Executive, the Leader and the Cabinet Member for Finance.",
   "",
   "Chief Executive / Director of Finance and Section 151 Officer", ["Chief Executive", "Director of Finance and Section 151 Officer"],
   "Q3 2025/26", D("date","2025-10-01","2025-12-31"), "Green", "All directorates through challenge before draft budget"),
  ("2c", "Deliver the £3.2m savings programme agreed in the 2025/26 budget.",
   " Delivery will be tracked monthly by CMT and quarterly by Cabinet.",
   "CMT", ["CMT"], "31 March 2026", D("date","2026-03-31","2026-03-31"), "Amber", "Savings delivered in full or replaced"),
  ("2d", "Review the council’s commercial property portfolio and the business plan of Ambleworth Homes Ltd, the council’s wholly owned housing company.",
   " The review will consider whether the company should continue to trade.",
   "Director of Place; Director of Finance and Section 151 Officer", ["Director of Place", "Director of Finance and Section 151 Officer"],
   "TBC", D("tbc"), "Red", "Decision by Cabinet on the future of the company"),
 ]),
 ("3", "Strengthen member–officer relationships and the council’s governance framework", [
  ("3a", "Review the Constitution, starting with the officer scheme of delegation and the contract procedure rules.", "",
   "Monitoring Officer", ["Monitoring Officer"], "Annual Council, May 2025", D("date","2025-05-01","2025-05-31"), "Green",
   "Revised Constitution adopted"),
  ("3b", "Agree a new member–officer protocol and deliver joint training on it for councillors and senior managers.", "",
   "Monitoring Officer and Head of HR", ["Monitoring Officer", "Head of HR"], "Summer 2025", D("date","2025-06-01","2025-08-31"), "Green",
   "Protocol adopted; 80% of members and managers trained"),
  ("3c", "Introduce pre-decision scrutiny of key Cabinet decisions, using the Forward Plan to agree items with the scrutiny chairs.", "",
   "Head of Democratic Services", ["Head of Democratic Services"], "", D("none"), "Amber",
   "At least four pre-decision items a year"),
 ]),
 ("4", "Get to grips with rising demand for temporary accommodation and its cost to the General Fund", [
  ("4a", "Adopt a Homelessness and Rough Sleeping Strategy for 2025–2030.",
   " The strategy will put more emphasis on prevention and on early contact with households at risk.",
   "Head of Housing Needs", ["Head of Housing Needs"], "Jul-25", D("date","2025-07-01","2025-07-31"), "Green",
   "Strategy adopted by Cabinet"),
  ("4b", "Buy or lease 30 homes for use as temporary accommodation, funded through the capital programme and the Local Authority Housing Fund.", "",
   "Director of Place", ["Director of Place"], "2025/26", D("date","2025-04-01","2026-03-31"), "Amber",
   "30 homes in use; net saving of £450k a year"),
  ("4c", "End the use of bed and breakfast for families with children beyond the six-week legal limit.", "",
   "Head of Housing Needs", ["Head of Housing Needs"], "Ongoing", D("ongoing"), "Red",
   "No families in B&amp;B for more than six weeks"),
 ]),
 ("5", "Invest in workforce capacity and organisational development", [
  ("5a", "Adopt a Workforce Strategy for 2025–2028 that covers recruitment, retention, pay and career pathways in hard-to-fill roles.", "",
   "Head of HR &amp; OD", ["Head of HR & OD"], "End of June 2025", D("date",None,"2025-06-30"), "Green", "Strategy adopted; turnover below 12%"),
  ("5b", "Launch a management development programme for all managers at grade 10 and above.", "",
   "Head of HR &amp; OD", ["Head of HR & OD"], "Sept 2025 – Mar 2026", D("range","2025-09-01","2026-03-31"), "Green",
   "All eligible managers enrolled"),
  ("5c", "Reduce spending on agency staff by 15% compared with 2024/25.", "",
   "CMT", ["CMT"], "Quarterly", D("recurring"), "Amber", "Agency spend down 15%"),
 ]),
]

rows = []
records = []
for rid, rtitle, acts in RECS:
    rows.append(f'<tr class="rec"><td class="ref"><strong>{rid}</strong></td><td colspan="5"><strong>Peer recommendation: {e(rtitle)}</strong></td></tr>')
    for aid, first, rest, leadcell, lead, dcell, dl, rag, measure in acts:
        ragcls = f' class="rag rag-{rag.lower()}"' if rag else ' class="rag"'
        rows.append(f'<tr><td class="ref">{aid}</td><td>{e(first+rest)}</td><td>{leadcell}</td><td>{e(dcell)}</td><td{ragcls}>{rag}</td><td>{measure}</td></tr>')
        records.append(R(rid, rtitle, aid, first, lead, dcell or None, dl, None, rag.lower() or None))

html = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Ambleworth Borough Council – {TITLE}</title>
<style>
@page {{ size: A4; margin: 15mm; }}
body {{ font-family: Arial, "Liberation Sans", sans-serif; font-size: 10pt; line-height: 1.35; }}
.org {{ font-size: 13pt; font-weight: bold; color: #00573f; margin: 0; }}
h1 {{ font-size: 20pt; color: #00573f; margin: 4pt 0 8pt; }}
h2 {{ font-size: 13pt; color: #00573f; margin: 14pt 0 6pt; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 10pt; }}
th, td {{ border: 1px solid #8c8c8c; padding: 3pt 4pt; vertical-align: top; text-align: left; }}
thead th {{ background: #00573f; color: #fff; }}
tr.rec td {{ background: #dcebe4; }}
table.plan {{ font-size: 8.5pt; }}
td.rag-green {{ background: #92d050; }} td.rag-amber {{ background: #ffc000; }} td.rag-red {{ background: #ff5050; }}
.meta {{ color: #444; margin: 0 0 2pt; }}
</style>
</head>
<body>
<p class="org">Ambleworth Borough Council</p>
<h1>{TITLE}</h1>
<p class="meta">Our response to the LGA Corporate Peer Challenge, 12–15 November 2024</p>
<p class="meta">Presented to: Cabinet, 25 March 2025 &nbsp;|&nbsp; Plan owner: Chief Executive</p>

<h2>Version history</h2>
<table class="versions">
<thead><tr><th width="10%">Version</th><th width="20%">Date</th><th width="52%">Changes</th><th width="18%">Approved by</th></tr></thead>
<tbody>
<tr><td>0.3</td><td>14 January 2025</td><td>Draft for Corporate Management Team (CMT)</td><td>CMT</td></tr>
<tr><td>1.0</td><td>11 February 2025</td><td>Plan agreed; delivery dates confirmed with lead officers</td><td>Cabinet</td></tr>
<tr><td>1.1</td><td>17 March 2025</td><td>RAG ratings added for first progress report; 2d target date withdrawn pending legal advice</td><td>CMT</td></tr>
</tbody>
</table>

<h2>1. Purpose</h2>
<p>In November 2024 a team of five peers from the Local Government Association (LGA) spent four days at Ambleworth Borough Council as part of a Corporate Peer Challenge. Their report, published in January 2025, praised the council’s strong partnerships and its response to the cost-of-living crisis, and made five recommendations.</p>
<p>This plan sets out how we will respond. Under each recommendation we have made a number of commitments, each lettered (1a, 1b and so on). Every commitment has an accountable lead, a date by which it will be delivered and a RAG rating showing the current position. The plan will be reviewed by CMT every month and reported to Cabinet and to the Overview and Scrutiny Committee each quarter. The LGA will return for a progress review in autumn 2025.</p>

<h2>2. How to read the RAG rating</h2>
<table class="key">
<thead><tr><th>Rating</th><th>What it means</th></tr></thead>
<tbody>
<tr><td class="rag-green">Green</td><td>On course to deliver by the date shown</td></tr>
<tr><td class="rag-amber">Amber</td><td>Some risk to delivery; being managed by the accountable lead</td></tr>
<tr><td class="rag-red">Red</td><td>Date will be missed or is at serious risk; escalated to CMT</td></tr>
<tr><td>(blank)</td><td>Not yet rated</td></tr>
</tbody>
</table>

<h2>3. The Improvement Plan</h2>
<table class="plan">
<thead><tr><th width="5%">Ref</th><th width="38%">Commitment</th><th width="16%">Accountable lead</th><th width="11%">Delivery by</th><th width="8%">Current RAG</th><th width="22%">How we will measure success</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>

<h2>4. Resourcing the plan</h2>
<p>Most commitments will be delivered within existing budgets. Cabinet agreed one-off funding from the Transformation Reserve for the items below.</p>
<table class="budget">
<thead><tr><th>Item</th><th>2025/26 (£000)</th><th>2026/27 (£000)</th><th>Funding source</th></tr></thead>
<tbody>
<tr><td>Place vision engagement and design</td><td>45</td><td>0</td><td>Transformation Reserve</td></tr>
<tr><td>Management development programme</td><td>120</td><td>60</td><td>Transformation Reserve</td></tr>
<tr><td>Temporary accommodation acquisitions</td><td>6,300</td><td>0</td><td>Capital programme / LAHF grant</td></tr>
<tr><td><strong>Total</strong></td><td><strong>6,465</strong></td><td><strong>60</strong></td><td></td></tr>
</tbody>
</table>

<h2>5. Glossary</h2>
<table class="glossary">
<thead><tr><th>Term</th><th>Meaning</th></tr></thead>
<tbody>
<tr><td>CMT</td><td>Corporate Management Team – the Chief Executive, directors and the statutory officers</td></tr>
<tr><td>LAHF</td><td>Local Authority Housing Fund, a government capital grant</td></tr>
<tr><td>MTFS</td><td>Medium Term Financial Strategy</td></tr>
<tr><td>Section 151 Officer</td><td>The officer responsible for the council’s financial affairs under section 151 of the Local Government Act 1972</td></tr>
<tr><td>Monitoring Officer</td><td>The officer responsible for making sure the council acts lawfully</td></tr>
</tbody>
</table>
<p class="meta">Contact: Corporate Policy Team, policy@ambleworth.gov.uk</p>
</body>
</html>
'''
write(SLUG, "Ambleworth", TITLE, "2025-03", html, records)
