import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *
# Layout 1: one long borderless table, alternate-row shading, a single rule under the
# header, header repeated on every page (thead), running footer; the recommendation
# cell is printed only on the first row of its group; wrapped multi-line cells.
SLUG = "hollinsford-2025-10"
COUNCIL = "Hollinsford"
TITLE = "Corporate Peer Challenge Action Plan – progress at October 2025"

# (rec no, rec text, [(ref, action, lead cell, leads, target, deadline, progress, status, rag word)])
RECS = [
 ("1", "Agree a single, clear set of priorities for the council and communicate them to staff, partners and residents.", [
  ("1.1", "Refresh the Council Plan for 2025–2029, reducing the number of priorities from eleven to four.", "Head of Policy and Performance", ["Head of Policy and Performance"], "July 2025", D("date","2025-07-01","2025-07-31"),
   "Complete. The Council Plan 2025–2029 was adopted by Full Council on 16 July 2025 with four priorities: homes, growth, young people and a well-run council.", "complete", "Green"),
  ("1.2", "Publish a plain-English summary of the Council Plan and share it through the residents’ magazine, social media and staff briefings.", "Head of Communications", ["Head of Communications"], "September 2025", D("date","2025-09-01","2025-09-30"),
   "Complete. Summary published on 4 September and delivered to every household with the autumn edition of Hollinsford Matters.", "complete", "Green"),
  ("1.3", "Align every service plan for 2026/27 to the four priorities, with a named outcome for each.", "Assistant Director – Strategy and Transformation", ["Assistant Director – Strategy and Transformation"], "31 March 2026", D("date","2026-03-31","2026-03-31"),
   "On track. Service planning guidance issued to heads of service in October. Draft plans are due by 12 December.", "in_progress", "Green"),
 ]),
 ("2", "Strengthen the medium-term financial strategy so that it shows how the council will close its budget gap without relying on reserves.", [
  ("2.1", "Produce a four-year MTFS with a savings plan that identifies proposals for the full £9.6m gap.", "Director of Finance (S151 Officer)", ["Director of Finance (S151 Officer)"], "February 2026", D("date","2026-02-01","2026-02-28"),
   "On track. £6.2m of proposals identified so far. Budget consultation opens on 3 November.", "in_progress", "Amber"),
  ("2.2", "Introduce quarterly budget challenge sessions led by the Chief Executive and the Section 151 Officer for every directorate.", "Chief Executive / Director of Finance (S151 Officer)", ["Chief Executive", "Director of Finance (S151 Officer)"], "Quarterly", D("recurring"),
   "Ongoing. Sessions held in June and September. Each directorate now reports its forecast variance with a recovery plan where it is overspending.", "ongoing", "Green"),
  ("2.3", "Set a minimum level of general reserves and agree a plan to rebuild them to at least 5% of net revenue budget.", "Director of Finance (S151 Officer)", ["Director of Finance (S151 Officer)"], "2026/27", D("date","2026-04-01","2027-03-31"),
   "Not started. Will be considered as part of the 2026/27 budget report.", "not_started", "Amber"),
  ("2.4", "Review fees and charges against those of neighbouring councils and bring forward a policy on full cost recovery.", "Head of Finance", ["Head of Finance"], "December 2025", D("date","2025-12-01","2025-12-31"),
   "Delayed. Benchmarking is complete but the policy has been held back so that it can go to Cabinet with the draft budget in January.", "in_progress", "Amber"),
 ]),
 ("3", "Improve the relationship between members and officers, and the way the two work together on decisions.", [
  ("3.1", "Agree a revised member–officer protocol with group leaders and include it in the Constitution.", "Monitoring Officer", ["Monitoring Officer"], "By November 2025", D("date",None,"2025-11-30"),
   "On track. Draft agreed by group leaders on 29 September; goes to Standards Committee on 18 November.", "in_progress", "Green"),
  ("3.2", "Hold joint development sessions for Cabinet and the Corporate Leadership Team, facilitated by the LGA.", "Chief Executive", ["Chief Executive"], "Autumn 2025", D("date","2025-09-01","2025-11-30"),
   "Complete. Two sessions held, on 10 July and 25 September. A third is planned for spring 2026.", "complete", "Green"),
  ("3.3", "Introduce a forward plan of key decisions that is published monthly and reviewed by the Overview and Scrutiny Committee.", "Head of Democratic Services", ["Head of Democratic Services"], "Ongoing", D("ongoing"),
   "Ongoing. The forward plan has been published every month since May 2025.", "ongoing", "Green"),
 ]),
 ("4", "Make scrutiny more effective by focusing its work programme on the council’s priorities and its biggest risks.", [
  ("4.1", "Commission the Centre for Governance and Scrutiny to review overview and scrutiny arrangements.", "Monitoring Officer", ["Monitoring Officer"], "June 2025", D("date","2025-06-01","2025-06-30"),
   "Complete. Review reported to the Overview and Scrutiny Committee on 24 June 2025.", "complete", "Green"),
  ("4.2", "Agree a scrutiny work programme for 2025/26 built around the four Council Plan priorities, with no more than four items per meeting.", "Head of Democratic Services", ["Head of Democratic Services"], "Sept-25", D("date","2025-09-01","2025-09-30"),
   "Complete. Work programme agreed at the committee’s meeting on 9 September.", "complete", "Green"),
  ("4.3", "Provide training for all scrutiny members on questioning skills and on reading financial reports.", "Head of Democratic Services + Head of Finance", ["Head of Democratic Services", "Head of Finance"], "Jan-26", D("date","2026-01-01","2026-01-31"),
   "Not started. Training provider booked for two sessions in January.", "not_started", "Green"),
 ]),
 ("5", "Build the council’s capacity to deliver its regeneration ambitions for Hollinsford town centre.", [
  ("5.1", "Recruit a permanent Director of Place and Regeneration.", "Chief Executive", ["Chief Executive"], "Q2 2025/26", D("date","2025-07-01","2025-09-30"),
   "Delayed. The first recruitment campaign did not appoint. A search agency has been engaged and interviews are planned for December.", "in_progress", "Red"),
  ("5.2", "Set up a Town Centre Delivery Board with the county council, Homes England and local businesses, with published terms of reference.", "Director of Place and Regeneration (Interim)", ["Director of Place and Regeneration (Interim)"], "October 2025", D("date","2025-10-01","2025-10-31"),
   "Complete. The Board met for the first time on 2 October 2025 and its terms of reference are on the council’s website.", "complete", "Green"),
  ("5.3", "Prepare a delivery plan and funding strategy for the Station Quarter, including the use of the £18m Town Deal allocation.", "Head of Regeneration", ["Head of Regeneration"], "Spring 2026", D("date","2026-03-01","2026-05-31"),
   "At risk. Work is dependent on the outcome of the Station Quarter viability study, which has been delayed by six weeks.", "in_progress", "Amber"),
 ]),
 ("6", "Invest in the workforce, in particular in leadership and in recruiting to hard-to-fill posts.", [
  ("6.1", "Launch a management development programme for all team leaders and service managers.", "Head of HR and OD", ["Head of HR and OD"], "January 2026", D("date","2026-01-01","2026-01-31"),
   "On track. Programme designed with Hollinsford College. The first cohort of 24 managers starts on 14 January.", "in_progress", "Green"),
  ("6.2", "Introduce a market supplement policy and a ‘grow your own’ scheme for planning, legal and building control posts.", "Head of HR and OD", ["Head of HR and OD"], "Nov 2025 – Mar 2026", D("range","2025-11-01","2026-03-31"),
   "Not started. Policy drafted and out for consultation with the trade unions.", "not_started", "Amber"),
  ("6.3", "Run an all-staff survey and publish the results with an action plan.", "Head of HR and OD / Head of Communications", ["Head of HR and OD", "Head of Communications"], "TBC", D("tbc"),
   "No further action. Replaced by the quarterly pulse surveys agreed by the Corporate Leadership Team in August.", "no_further_action", None),
 ]),
 ("7", "Use performance data to drive improvement and report it to members and residents in an accessible way.", [
  ("7.1", "Build a corporate performance dashboard covering the Council Plan’s outcome measures.", "Head of Policy and Performance", ["Head of Policy and Performance"], "End of December 2025", D("date",None,"2025-12-31"),
   "On track. Dashboard in testing with the Corporate Leadership Team. Member version to follow.", "in_progress", "Green"),
  ("7.2", "Publish an annual report to residents on the council’s performance against the Council Plan.", "Head of Communications", ["Head of Communications"], "Annually", D("recurring"),
   "Not started. First report due in July 2026.", "not_started", "Green"),
 ]),
]

RAGCOL = {"Green": "#1e7b34", "Amber": "#b36b00", "Red": "#c00000"}
rows, records = [], []
for no, rtext, acts in RECS:
    for i, (ref, act, lcell, leads, target, dl, prog, status, rag) in enumerate(acts):
        reccell = f"<b>{no}.</b> {e(rtext)}" if i == 0 else ""
        ragcell = f'<span style="color:{RAGCOL[rag]};font-weight:bold">{rag}</span>' if rag else "–"
        rows.append(f"<tr><td>{reccell}</td><td>{ref}</td><td>{e(act)}</td><td>{e(lcell)}</td><td>{e(target)}</td><td>{e(prog)}</td><td>{ragcell}</td></tr>")
        records.append(R(no, rtext.split(".")[0] if False else rtext, ref, act, leads, target, dl, status, rag.lower() if rag else None))

html = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Hollinsford Borough Council – {TITLE}</title>
<style>
@page {{ size: A4; margin: 16mm 12mm 18mm 12mm; @bottom-left {{ content: "Hollinsford Borough Council · Peer Challenge Action Plan · Overview and Scrutiny Committee, 4 November 2025"; font-size: 7.5pt; color: #666; font-family: \"Liberation Sans\", sans-serif; }} @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font-size: 7.5pt; color: #666; }} }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 9pt; color: #222; }}
h1 {{ font-size: 17pt; color: #004b6b; margin: 0 0 2pt; font-weight: normal; }}
h2 {{ font-size: 12pt; color: #004b6b; margin: 12pt 0 4pt; }}
p {{ margin: 0 0 6pt; line-height: 1.3; }}
table.plan {{ border-collapse: collapse; width: 100%; font-size: 9.5pt; }}
table.plan th, table.plan td {{ border: none; padding: 5pt 4pt; vertical-align: top; text-align: left; }}
table.plan thead {{ display: table-header-group; }}
table.plan th {{ border-bottom: 1.2pt solid #004b6b; color: #004b6b; font-weight: bold; }}
table.plan tbody tr:nth-child(even) td {{ background: #e6eef3; }}
table.plan tr {{ break-inside: avoid; }}
.foot {{ position: fixed; bottom: -10mm; left: 0; right: 0; font-size: 7.5pt; color: #666; border-top: 0.5pt solid #ccc; padding-top: 2pt; }}
</style>
</head>
<body>
<h1>Hollinsford Borough Council</h1>
<h1 style="font-size:13pt">{TITLE}</h1>
<h2>Introduction</h2>
<p>The Local Government Association (LGA) carried out a Corporate Peer Challenge at Hollinsford Borough Council from 11 to 14 February 2025. The peer team’s report, published in April 2025, made seven recommendations. Cabinet agreed this action plan in response on 21 May 2025 and asked the Overview and Scrutiny Committee to monitor progress every six months.</p>
<p>This is the first progress report. Of the 21 actions, six are complete, and most of the others are on track or ongoing; five are delayed, at risk or not yet started. The LGA will return for a progress review in February 2026.</p>
<h2>Action plan</h2>
<table class="plan">
<colgroup><col style="width:17%"><col style="width:5%"><col style="width:21%"><col style="width:14%"><col style="width:9%"><col style="width:28%"><col style="width:6%"></colgroup>
<thead><tr><th>Peer recommendation</th><th>Ref</th><th>What we will do</th><th>Lead officer</th><th>Target date</th><th>Progress at October 2025</th><th>RAG</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<h2>Next steps</h2>
<p>The Corporate Leadership Team will continue to review the plan monthly. The next progress report will come to this committee in April 2026, after the LGA’s progress review.</p>
</body>
</html>
'''
write(SLUG, COUNCIL, TITLE, "2025-10", html, records)
