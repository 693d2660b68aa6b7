import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

SLUG = "merrowby-2026-01"
TITLE = "Corporate Peer Challenge – Council response and action plan"

# (num, rec text, intro, actions) action: (id, text, leadcell, lead, target or None, deadline, status cell, status)
RECS = [
 ("1", "Set out a clear, long-term ambition for Merrowby and a smaller number of priorities for the council.",
  "Agreed. The current Council Plan runs until March 2026, so the timing of this recommendation is right.", [
  ("1.1", "Develop a new Council Plan for 2026–2030 with no more than five priorities, based on the ‘Merrowby Conversation’ engagement with residents.",
   "Assistant Chief Executive", ["Assistant Chief Executive"], "May", D("date","2026-05-01","2026-05-31"), "In progress", "in_progress"),
  ("1.2", "Produce a delivery plan for each priority, with measures of success, and report on them to Cabinet every quarter.",
   "Head of Performance and Intelligence", ["Head of Performance and Intelligence"], "Q1 2026/27", D("date","2026-04-01","2026-06-30"), "Not started", "not_started"),
 ]),
 ("2", "Take early action to close the budget gap in 2027/28 and later years, and reduce the council’s reliance on reserves.",
  "Agreed. The 2026/27 budget is balanced, but the Medium Term Financial Strategy (MTFS) shows a gap of £9.3m by 2028/29.", [
  ("2.1", "Launch a three-year Financial Sustainability Programme, overseen by a member-led board.",
   "Director of Resources (S151 Officer) / Cabinet Member for Finance", ["Director of Resources (S151 Officer)", "Cabinet Member for Finance"],
   "31/03/2026", D("date","2026-03-31","2026-03-31"), "In progress", "in_progress"),
  ("2.2", "Commission a review of leisure and cultural services, including options for a charitable trust or a joint venture.",
   "Director of Communities", ["Director of Communities"], "Mid 2026", D("date","2026-05-01","2026-08-31"), "Not started", "not_started"),
  ("2.3", "Reduce the use of earmarked reserves to balance the budget, so that no reserves are needed to balance the 2027/28 budget.",
   "Director of Resources (S151 Officer)", ["Director of Resources (S151 Officer)"], "2027/28", D("date","2027-04-01","2028-03-31"), None, None),
 ]),
 ("3", "Improve the experience of residents when they contact the council, and learn from complaints.",
  "Agreed. Resident satisfaction with customer service fell from 71% to 63% between 2022 and 2024.", [
  ("3.1", "Set up a single customer contact centre and publish a customer service standard.",
   "Head of Customer Services", ["Head of Customer Services"], "Sept 2026", D("date","2026-09-01","2026-09-30"), "Not started", "not_started"),
  ("3.2", "Review the complaints process against the joint complaint handling code of the Housing Ombudsman and the Local Government and Social Care Ombudsman.",
   "Head of Customer Services; Monitoring Officer", ["Head of Customer Services", "Monitoring Officer"], "Complete", D("complete"), "Complete", "complete"),
 ]),
 ("4", "Keep a sharp focus on improving children’s services, building on the progress recognised by Ofsted.",
  "Agreed. The Ofsted focused visit in June 2025 found that practice had improved, but that too many children wait too long for a permanent home.", [
  ("4.1", "Implement the Families First Partnership model, with multi-agency child protection teams in each of the borough’s four localities.",
   "Director of Children’s Services", ["Director of Children’s Services"], "April 2026 – March 2027", D("range","2026-04-01","2027-03-31"), "In progress", "in_progress"),
  ("4.2", "Increase the number of in-house foster carers by 25 over two years.",
   "Head of Fostering and Adoption", ["Head of Fostering and Adoption"], "March 2027", D("date","2027-03-01","2027-03-31"), "On track", "in_progress"),
  ("4.3", "Open two small children’s homes in the borough to reduce reliance on external residential placements.",
   "Director of Children’s Services and Director of Resources (S151 Officer)", ["Director of Children’s Services", "Director of Resources (S151 Officer)"],
   "TBC", D("tbc"), "Delayed – purchase of the second property has fallen through", "in_progress"),
 ]),
 ("5", "Invest in the workforce, with a particular focus on hard-to-recruit roles and on leadership development.",
  "Agreed.", [
  ("5.1", "Agree a workforce strategy that tackles recruitment and retention in social work, planning and legal services.",
   "Head of HR", ["Head of HR"], None, D("none"), "In progress", "in_progress"),
  ("5.2", "Introduce a leadership programme for the council’s top 100 managers.",
   "Head of HR", ["Head of HR"], "Autumn 2026", D("date","2026-09-01","2026-11-30"), "Not started", "not_started"),
 ]),
 ("6", "Make overview and scrutiny more effective, so that it adds value to policy development.",
  "Agreed. Scrutiny chairs have welcomed this recommendation.", [
  ("6.1", "Ask the Centre for Governance and Scrutiny (CfGS) to facilitate a review of scrutiny arrangements with members of all parties.",
   "Monitoring Officer", ["Monitoring Officer"], "By end of March 2026", D("date",None,"2026-03-31"), "In progress", "in_progress"),
  ("6.2", "Agree an annual scrutiny work programme that focuses on no more than six topics.",
   "Scrutiny Manager", ["Scrutiny Manager"], "Annually", D("recurring"), "Not started", "not_started"),
 ]),
 ("7", "Celebrate the council’s successes and tell its story more confidently, to residents, partners and government.",
  "Agreed. We will take this forward through the communications strategy that forms part of action 1.1, rather than as a separate action.", []),
]

rows, records = [], []
for num, rec, intro, acts in RECS:
    right = [f'<p>{e(intro)}</p>']
    for aid, text, leadcell, lead, target, dl, scell, status in acts:
        right.append(f'<p><strong>{aid}</strong> {e(text)}</p>')
        meta = [f'<em>Lead officer:</em> {e(leadcell)}']
        if target:
            meta.append(f'<em>Target:</em> {e(target)}')
        if scell:
            meta.append(f'<em>Status:</em> {e(scell)}')
        right.append('<p class="meta">' + ' &nbsp;&nbsp; '.join(meta) + '</p>')
        records.append(R(num, rec, aid, text, lead, target, dl, status, None))
    rows.append(f'<tr><td width="32%"><p><strong>Recommendation {num}</strong></p><p>{e(rec)}</p></td><td width="68%">{"".join(right)}</td></tr>')
    if not acts:
        records.append(R(num, rec, None, intro, [], None, None, None, None, optional=True))

html = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Merrowby Metropolitan Borough Council – {TITLE}</title>
<style>
body {{ font-family: Verdana, "DejaVu Sans", sans-serif; font-size: 9.5pt; line-height: 1.4; }}
.org {{ font-size: 11pt; font-weight: bold; color: #4a235a; margin: 0; }}
h1 {{ font-size: 17pt; color: #4a235a; margin: 4pt 0 10pt; }}
h2 {{ font-size: 12pt; color: #4a235a; margin: 14pt 0 6pt; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 10pt; }}
th, td {{ border: 1px solid #888; padding: 4pt 6pt; vertical-align: top; text-align: left; }}
th {{ background: #e8dcef; }}
td p {{ margin: 0 0 4pt; }}
p.meta {{ font-size: 8.5pt; color: #333; margin-bottom: 8pt; }}
</style>
</head>
<body>
<p class="org">Merrowby Metropolitan Borough Council</p>
<h1>{TITLE}</h1>
<p>Cabinet – 20 January 2026 – Appendix 2</p>

<h2>1. Introduction</h2>
<p>The Local Government Association (LGA) carried out a Corporate Peer Challenge at Merrowby from 7 to 10 October 2025. The peer team was led by a serving chief executive and included a council leader, a director of children’s services and a finance director. Their report was published on 2 December 2025 and made seven recommendations.</p>
<p>This appendix sets out the council’s response to each recommendation and the actions we will take. Actions are numbered by recommendation. Each has a lead officer and, where it can be set now, a target date. The status of each action is given as at 9 January 2026. The Chief Executive’s Management Team will monitor the plan each month, and progress will be reported to Cabinet every six months.</p>

<h2>2. Summary of responses</h2>
<table class="summary">
<thead><tr><th width="15%">Rec.</th><th width="55%">Subject</th><th width="15%">Response</th><th width="15%">Actions</th></tr></thead>
<tbody>
<tr><td>1</td><td>Long-term ambition and priorities</td><td>Agreed</td><td>2</td></tr>
<tr><td>2</td><td>Budget gap and reserves</td><td>Agreed</td><td>3</td></tr>
<tr><td>3</td><td>Customer experience and complaints</td><td>Agreed</td><td>2</td></tr>
<tr><td>4</td><td>Children’s services</td><td>Agreed</td><td>3</td></tr>
<tr><td>5</td><td>Workforce</td><td>Agreed</td><td>2</td></tr>
<tr><td>6</td><td>Overview and scrutiny</td><td>Agreed</td><td>2</td></tr>
<tr><td>7</td><td>Communications</td><td>Agreed</td><td>– (see 1.1)</td></tr>
</tbody>
</table>

<h2>3. Response and action plan</h2>
<table class="response">
<thead><tr><th width="32%">What the peer team recommended</th><th width="68%">How we are responding</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>

<h2>4. Equality implications</h2>
<p>An equality impact assessment will be completed for each new strategy or service change that arises from this plan, in line with the council’s Equality Framework.</p>
<p>Contact: Corporate Strategy Team, strategy@merrowby.gov.uk</p>
</body>
</html>
'''
write(SLUG, "Merrowby", TITLE, "2026-01", html, records)
