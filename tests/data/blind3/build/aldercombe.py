import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *
# Layout 4: progress report. Each recommendation is a heading, followed by a
# two-column borderless table (action | lead and timescale) and then one
# "N.N Progress:" paragraph per action, after the table.
SLUG = "aldercombe-2026-02"
COUNCIL = "Aldercombe"
TITLE = "Corporate Peer Challenge: progress report on the action plan, February 2026"

# rec id, title, [ (ref, action, lead lines, leads, when, deadline, progress, status) ]
RECS = [
 ("1", "Set out a clear long-term financial plan and stick to it", [
  ("1.1", "Extend the Medium Term Financial Plan to five years and publish the assumptions behind it.", "Director of Finance and Section 151 Officer", ["Director of Finance and Section 151 Officer"], "February 2026", D("date","2026-02-01","2026-02-28"),
   "Complete. The five-year plan was agreed by Council on 19 February 2026 alongside the budget. The assumptions are set out in Appendix 3 of the budget report.", "complete"),
  ("1.2", "Identify savings and income of £3.8m over three years through a programme of service reviews.", "Corporate Leadership Team", ["Corporate Leadership Team"], "2025/26 – 2027/28", D("range","2025-04-01","2028-03-31"),
   "On track. Reviews of waste, leisure and customer services are complete and have delivered £1.4m. Reviews of planning and housing will report in the summer.", "in_progress"),
  ("1.3", "Report on the delivery of agreed savings to Cabinet every quarter.", "Director of Finance and Section 151 Officer", ["Director of Finance and Section 151 Officer"], "Quarterly", D("recurring"),
   "Ongoing. Reports went to Cabinet in September and December 2025.", "ongoing"),
 ]),
 ("2", "Build stronger relationships with town and parish councils", [
  ("2.1", "Agree a charter with the town and parish councils setting out how we will work together.", "Head of Community Engagement", ["Head of Community Engagement"], "By September 2025", D("date",None,"2025-09-30"),
   "Complete. The charter was signed at the Parish Forum on 23 September 2025 by 31 of the district’s 38 town and parish councils.", "complete"),
  ("2.2", "Hold a Parish Forum twice a year, chaired by the Leader.", "Leader of the Council", ["Leader of the Council"], "Every six months", D("recurring"),
   "Ongoing. Forums held in March and September 2025; the next is on 17 March 2026.", "ongoing"),
  ("2.3", "Pilot devolved budgets for grounds maintenance with three town councils.", "Head of Environmental Services", ["Head of Environmental Services"], "June", D("date","2026-06-01","2026-06-30"),
   "Not started. Two town councils have expressed interest; the pilot will start once the third is confirmed.", "not_started"),
 ]),
 ("3", "Tackle the backlog in planning and improve the speed of decisions", [
  ("3.1", "Bring in agency planners to clear the backlog of 240 applications older than 13 weeks.", "Head of Planning", ["Head of Planning"], "December 2025", D("date","2025-12-01","2025-12-31"),
   "Delayed. The backlog is down to 95 applications. Two agency planners left in November and have only recently been replaced.", "in_progress"),
  ("3.2", "Introduce a pre-application advice service with published charges.", "Head of Planning", ["Head of Planning"], "Q1 2026", D("date","2026-01-01","2026-03-31"),
   "On track. Charges agreed by Cabinet in January; the service launches on 1 March.", "in_progress"),
  ("3.3", "Move to a new planning IT system that lets applicants track their application online.", "Head of Planning / Head of ICT", ["Head of Planning", "Head of ICT"], "Summer 2026", D("date","2026-06-01","2026-08-31"),
   "At risk. The supplier has put back the go-live date twice. A revised plan has been requested.", "in_progress"),
 ]),
 ("4", "Strengthen the council’s focus on residents’ experience", [
  ("4.1", "Adopt a customer charter with service standards for every front-line service.", "Head of Customer Services", ["Head of Customer Services"], "October 2025", D("date","2025-10-01","2025-10-31"),
   "Complete. Charter adopted by Cabinet on 8 October 2025 and published on the website.", "complete"),
  ("4.2", "Report complaints and compliments data to the Overview and Scrutiny Committee twice a year.", "Monitoring Officer", ["Monitoring Officer"], "Ongoing", D("ongoing"),
   "Ongoing. First report considered in November 2025.", "ongoing"),
  ("4.3", "Run a residents’ survey every two years, starting in 2026.", "Head of Policy", ["Head of Policy"], "May 2026", D("date","2026-05-01","2026-05-31"),
   "Not started. The survey company will be appointed in March.", "not_started"),
 ]),
 ("5", "Invest in leadership capacity at the top of the organisation", [
  ("5.1", "Review the senior management structure and consult on a new structure with a permanent Deputy Chief Executive.", "Chief Executive and Leader of the Council", ["Chief Executive", "Leader of the Council"], "Autumn 2025", D("date","2025-09-01","2025-11-30"),
   "Complete. The new structure took effect on 1 December 2025.", "complete"),
  ("5.2", "Recruit to the permanent posts of Deputy Chief Executive and Director of Place.", "Chief Executive", ["Chief Executive"], "Spring 2026", D("date","2026-03-01","2026-05-31"),
   "On track. Interviews for both posts take place in the week of 9 March.", "in_progress"),
  ("5.3", "Introduce 360-degree appraisals for all senior managers.", "Head of HR & OD", ["Head of HR & OD"], "April 2026", D("date","2026-04-01","2026-04-30"),
   "No further action. Superseded by the LGA leadership programme, which includes a 360-degree review for each participant.", "no_further_action"),
 ]),
]

parts, records = [], []
for rid, title, acts in RECS:
    parts.append(f'<h2>Recommendation {rid}: {e(title)}</h2>')
    trs = "\n".join(f'<tr><td class="n">{ref}</td><td>{e(act)}</td><td>{e(lead)}<br>{e(when)}</td></tr>' for ref, act, lead, leads, when, dl, prog, st in acts)
    parts.append(f'<table><colgroup><col style="width:6%"><col style="width:60%"><col style="width:34%"></colgroup><thead><tr><th colspan="2">Action</th><th>Lead officer and timescale</th></tr></thead><tbody>\n{trs}\n</tbody></table>')
    for ref, act, lead, leads, when, dl, prog, st in acts:
        parts.append(f'<p class="prog"><b>{ref} Progress:</b> {e(prog)}</p>')
        records.append(R(rid, title, ref, act, leads, when, dl, st))

html = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Aldercombe District Council – {TITLE}</title>
<style>
@page {{ size: A4; margin: 20mm 18mm; }}
body {{ font-family: "Liberation Serif", "Times New Roman", serif; font-size: 11pt; }}
h1 {{ font-size: 16pt; margin: 0 0 4pt; }}
h2 {{ font-size: 12.5pt; margin: 16pt 0 6pt; }}
p {{ margin: 0 0 7pt; line-height: 1.3; text-align: justify; }}
table {{ border-collapse: collapse; width: 100%; margin: 2pt 0 8pt; }}
th, td {{ border: none; padding: 2pt 6pt 4pt 0; vertical-align: top; text-align: left; }}
th {{ font-size: 9.5pt; font-weight: bold; font-style: italic; }}
td.n {{ font-weight: bold; }}
p.prog {{ margin-left: 0; }}
table.meta td {{ padding: 1pt 10pt 1pt 0; }}
</style>
</head>
<body>
<h1>Aldercombe District Council</h1>
<table class="meta" style="width:auto"><tr><td>Report to:</td><td>Overview and Scrutiny Committee</td></tr><tr><td>Date:</td><td>3 March 2026</td></tr><tr><td>Report of:</td><td>Head of Policy</td></tr><tr><td>Subject:</td><td>{TITLE}</td></tr></table>
<h2>1. Purpose</h2>
<p>This report updates the committee on the council’s progress in delivering the action plan agreed in response to the Local Government Association Corporate Peer Challenge of March 2025. It is the second six-monthly update. The committee is asked to note the progress made and to comment on the actions that are delayed or at risk.</p>
<h2>2. Summary</h2>
<p>Of the 15 actions in the plan, four are complete, six are ongoing or on track, two are delayed or at risk and two have not started. One action has been superseded. The LGA peer team will return for a progress review on 24 and 25 March 2026.</p>
<h2>3. Progress against each recommendation</h2>
{chr(10).join(parts)}
<h2>4. Financial implications</h2>
<p>There are no new financial implications arising from this report. The costs of the actions in the plan are met from existing budgets and the £250,000 Improvement Reserve agreed by Council in February 2025, of which £162,000 has been committed.</p>
<h2>5. Recommendation</h2>
<p>That the Overview and Scrutiny Committee notes the progress made in delivering the Corporate Peer Challenge action plan.</p>
</body>
</html>
'''
write(SLUG, COUNCIL, TITLE, "2026-02", html, records)
