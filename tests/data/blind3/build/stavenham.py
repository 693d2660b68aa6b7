import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *
# Layout 3: A4 landscape, eight narrow columns (Ref, Action, Outcome, Lead, Start,
# End/Due, Status, RAG), horizontal hairlines only. RAG printed as a word in some rows
# and shown only as the cell's fill colour in others. Workstream band rows.
# Deadline = Start..End as a range where both are dates (vocabulary.md: "End date
# (with Start date: a range)"), the End/Due cell alone where Start is "–".
SLUG = "stavenham-2025-11"
COUNCIL = "Stavenham"
TITLE = "Stavenham Forward: Transformation Programme Delivery Plan – November 2025 update"

# ref, action, outcome, lead cell, leads, start, end, deadline, status cell, status, rag, rag shown as word?
WS = [
 ("Workstream 1 – Customers and digital", [
  ("CD1", "Launch a single customer portal for council tax, benefits, waste and parking.", "80% of transactions online by 2027", "Head of Customer Services", ["Head of Customer Services"], "Apr-25", "Dec-25", D("range","2025-04-01","2025-12-31"), "On track", "in_progress", "green", True),
  ("CD2", "Close the Market Street cash office and move payments to PayPoint and the Post Office.", "Saving of £85k a year", "Head of Customer Services", ["Head of Customer Services"], "Q1 2025/26", "Q3 2025/26", D("range","2025-04-01","2025-12-31"), "Delayed", "in_progress", "amber", False),
  ("CD3", "Replace the telephony system with a cloud contact centre.", "Average wait under 3 minutes", "Head of ICT", ["Head of ICT"], "Jun-25", "31/03/2026", D("range","2025-06-01","2026-03-31"), "On track", "in_progress", "green", False),
  ("CD4", "Publish an accessibility statement for every council website and app and fix all critical issues.", "Compliance with the 2018 accessibility regulations", "Digital Lead", ["Digital Lead"], "–", "Sep-25", D("date","2025-09-01","2025-09-30"), "Complete", "complete", "green", True),
 ]),
 ("Workstream 2 – Assets and accommodation", [
  ("AA1", "Consolidate office staff from three buildings into the Civic Centre.", "Running costs down £310k a year", "AD Property & Assets", ["AD Property & Assets"], "Jan-25", "Mar-26", D("range","2025-01-01","2026-03-31"), "Delayed", "in_progress", "red", True),
  ("AA2", "Market Bridge House and Mill Lane depot for disposal.", "Capital receipts of £4.5m", "AD Property & Assets", ["AD Property & Assets"], "–", "2026/27", D("date","2026-04-01","2027-03-31"), "Not started", "not_started", "amber", False),
  ("AA3", "Carry out condition surveys of all 46 community buildings.", "Ten-year maintenance plan", "Estates Manager", ["Estates Manager"], "May-25", "Nov-25", D("range","2025-05-01","2025-11-30"), "Complete", "complete", "green", False),
  ("AA4", "Agree community asset transfers for the five libraries run by volunteers.", "Libraries kept open at no cost to the council", "AD Property & Assets / Head of Communities", ["AD Property & Assets", "Head of Communities"], "–", "TBC", D("tbc"), "On hold", None, "red", False),
 ]),
 ("Workstream 3 – Workforce and ways of working", [
  ("WW1", "Introduce a hybrid working policy and new equipment for all office staff.", "Desk ratio of 6:10", "Head of HR", ["Head of HR"], "–", "Ongoing", D("ongoing"), "Ongoing", "ongoing", "green", True),
  ("WW2", "Complete the pay and grading review and implement the new pay structure.", "Equal pay risk removed", "Head of HR", ["Head of HR"], "Sep-24", "Apr-26", D("range","2024-09-01","2026-04-30"), "Delayed", "in_progress", "amber", True),
  ("WW3", "Roll out Microsoft 365 training to all staff, with digital champions in every team.", "90% of staff trained", "Head of ICT / Head of HR", ["Head of ICT", "Head of HR"], "Oct-25", "Q4 2025/26", D("range","2025-10-01","2026-03-31"), "On track", "in_progress", "green", False),
  ("WW4", "Move to a single corporate apprenticeship scheme and use the full levy.", "30 apprentices a year", "Workforce Development Manager", ["Workforce Development Manager"], "–", "Ongoing", D("ongoing"), "Ongoing", "ongoing", "amber", False),
 ]),
 ("Workstream 4 – Commissioning and income", [
  ("CI1", "Re-procure the waste and street cleansing contract with a new specification.", "Contract savings of £600k a year", "AD Environment", ["AD Environment"], "Jan-25", "Dec-26", D("range","2025-01-01","2026-12-31"), "On track", "in_progress", "green", True),
  ("CI2", "Introduce a garden waste subscription charge.", "Income of £1.1m a year", "AD Environment", ["AD Environment"], "–", "Apr-25", D("date","2025-04-01","2025-04-30"), "Complete", "complete", "green", False),
  ("CI3", "Review all fees and charges against cost and against neighbouring councils.", "Full cost recovery where the law allows", "Chief Finance Officer", ["Chief Finance Officer"], "Jul-25", "Jan-26", D("range","2025-07-01","2026-01-31"), "Not started", "not_started", "red", False),
  ("CI4", "Set up a commercial board to approve and monitor income-generating projects.", "Every project has an approved business case", "Chief Finance Officer", ["Chief Finance Officer"], "–", "Dec-25", D("date","2025-12-01","2025-12-31"), "On track", "in_progress", "amber", True),
 ]),
]

FILL = {"green": "#00b050", "amber": "#ffc000", "red": "#e00000"}
rows, records = [], []
for ws, acts in WS:
    rows.append(f'<tr class="ws"><td colspan="8">{e(ws)}</td></tr>')
    for ref, act, outc, lcell, leads, st, en, dl, scell, status, rag, word in acts:
        txt = rag.capitalize() if word else ""
        rows.append(f'<tr><td>{ref}</td><td>{e(act)}</td><td>{e(outc)}</td><td>{e(lcell)}</td><td>{e(st)}</td><td>{e(en)}</td><td>{e(scell)}</td><td class="rag" style="background:{FILL[rag]}">{txt}</td></tr>')
        raw = f"{st} – {en}" if st != "–" else en
        wno, wtitle = re.match(r"Workstream (\d+) – (.*)", ws).groups()
        records.append(R(wno, wtitle, ref, act, leads, raw, dl, status, rag))

html = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Stavenham Borough Council – {TITLE}</title>
<style>
@page {{ size: A4 landscape; margin: 12mm 12mm 14mm 12mm; }}
body {{ font-family: "Nimbus Sans", "Liberation Sans", sans-serif; font-size: 8.5pt; }}
h1 {{ font-size: 15pt; margin: 0 0 2pt; color: #00536b; }}
h2 {{ font-size: 11pt; color: #00536b; margin: 10pt 0 4pt; }}
p {{ margin: 0 0 5pt; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: none; border-bottom: 0.4pt solid #b8b8b8; padding: 3pt 4pt; vertical-align: top; text-align: left; }}
th {{ border-bottom: 1pt solid #00536b; font-size: 8pt; }}
thead {{ display: table-header-group; }}
tr.ws td {{ font-weight: bold; color: #00536b; padding-top: 8pt; border-bottom: 1pt solid #00536b; }}
td.rag {{ text-align: center; font-weight: bold; }}
tr {{ break-inside: avoid; }}
table.key td, table.key th {{ border: none; padding: 1pt 6pt 1pt 0; }}
</style>
</head>
<body>
<h1>Stavenham Borough Council</h1>
<p style="font-size:11pt">{TITLE}</p>
<p>Programme Board, 18 November 2025. Report of the Programme Manager. The plan was agreed by Cabinet in January 2025. Dates are as agreed by Cabinet unless shown in the progress notes to Programme Board. Where the RAG column shows colour only, the rating was carried forward from the October board and not re-confirmed by the lead.</p>
<table class="key" style="width:auto;margin-bottom:6pt"><tr><td><b>RAG key</b></td><td style="background:#00b050">&nbsp;G&nbsp;</td><td>on track</td><td style="background:#ffc000">&nbsp;A&nbsp;</td><td>some slippage, recoverable</td><td style="background:#e00000">&nbsp;R&nbsp;</td><td>off track, board decision needed</td></tr></table>
<table>
<colgroup><col style="width:5%"><col style="width:29%"><col style="width:19%"><col style="width:15%"><col style="width:7%"><col style="width:9%"><col style="width:9%"><col style="width:7%"></colgroup>
<thead><tr><th>Ref</th><th>Action</th><th>Outcome</th><th>Lead</th><th>Start</th><th>End/Due</th><th>Status</th><th>RAG</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<h2>Decisions needed from the board</h2>
<p>The board is asked to agree a revised end date of June 2026 for AA1 and to note that AA4 is on hold until the libraries review reports to Cabinet.</p>
</body>
</html>
'''
write(SLUG, COUNCIL, TITLE, "2025-11", html, records)
