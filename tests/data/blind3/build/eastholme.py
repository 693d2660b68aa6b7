import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *
# Layout 6: a Cabinet report. Three pages of narrative (report recommendations that
# are not actions, a budget monitoring table, an improvement-costs table, a risk
# table with owners and mitigations) before Appendix A, the action plan. The
# appendix rows hold long updates and are allowed to break across pages, so cells
# are split mid-row at page breaks; the recommendation cell spans its actions
# (rowspan) and the header repeats. Running page header and footer.
SLUG = "eastholme-2026-03"
COUNCIL = "Eastholme"
TITLE = "Improvement and Assurance Framework: response to the external auditor’s statutory recommendations and the LGA peer challenge"

# rec id, rec text, [ (ref, action, lead cell, leads, deadline cell, deadline, update, status) ]
RECS = [
 ("1", "The council should set a balanced and sustainable budget for 2026/27 that does not rely on one-off measures, and agree a deliverable plan to close the gap in the medium term.", [
  ("1.1", "Prepare a balanced budget for 2026/27 and a four-year Medium Term Financial Strategy, with every savings proposal supported by a delivery plan signed off by the relevant director.", "Director of Finance (S151)", ["Director of Finance (S151)"], "February 2026", D("date","2026-02-01","2026-02-28"),
   "Complete. Council approved the 2026/27 budget and the Medium Term Financial Strategy on 24 February 2026. The budget is balanced without the use of general reserves. Savings of £14.2m are included, each with a delivery plan and a named lead; £3.1m of these are rated as higher risk and will be tracked monthly by the Corporate Leadership Team. The external auditor has been briefed on the approach and will review it as part of the 2025/26 value for money work.", "complete"),
  ("1.2", "Establish a Savings Delivery Board chaired by the Chief Executive to track delivery of every saving over £100,000 each month.", "Chief Executive", ["Chief Executive"], "April 2026", D("date","2026-04-01","2026-04-30"),
   "On track. Terms of reference drafted and agreed by the Corporate Leadership Team on 3 March 2026. The Board will meet for the first time in April, once the 2026/27 savings tracker has been loaded with the approved proposals. Directors have been asked to nominate a savings lead for each directorate, and the finance business partners will attend every meeting to challenge forecasts and to make sure that savings which slip are replaced by alternative proposals of the same value.", "in_progress"),
  ("1.3", "Rebuild the general fund reserve to a minimum of £12m over three years.", "Director of Finance (S151)", ["Director of Finance (S151)"], "2025/26 – 2027/28", D("range","2025-04-01","2028-03-31"),
   "In progress. The approved budget includes a contribution of £2.5m a year to the general fund reserve, which would bring it to £12.4m by March 2028 if the budget is delivered as planned. The forecast outturn for 2025/26 shows an overspend of £1.8m, mainly in children’s social care placements, which would reduce the reserve to £6.9m at the end of this year. Recovery plans are in place in the two overspending directorates and progress is reported to Cabinet every quarter.", "in_progress"),
 ]),
 ("2", "The council should strengthen its governance arrangements, including the effectiveness of the Audit and Governance Committee and the way that key decisions are taken and recorded.", [
  ("2.1", "Appoint two independent members to the Audit and Governance Committee and provide a full training programme for all committee members.", "Monitoring Officer", ["Monitoring Officer"], "December 2025", D("date","2025-12-01","2025-12-31"),
   "Complete. Two independent members were appointed by Council on 26 November 2025 following an open recruitment process. One has a background in NHS audit and the other is a qualified accountant who chairs the audit committee of a housing association. A training programme of six sessions has been agreed with the committee chair; four sessions have been held so far, covering the role of the committee, treasury management, risk management and the statement of accounts.", "complete"),
  ("2.2", "Review the scheme of delegation and the key decision threshold, and publish all officer decisions above £100,000.", "Monitoring Officer / Head of Democratic Services", ["Monitoring Officer", "Head of Democratic Services"], "June 2026", D("date","2026-06-01","2026-06-30"),
   "On track. A review of the scheme of delegation is under way with the support of the Centre for Governance and Scrutiny. Officer decisions above £100,000 have been published on the council’s website since 1 January 2026. A revised scheme will be taken to the Constitution Working Group in April and to Annual Council in May, with the new key decision threshold of £250,000 taking effect from June.", "in_progress"),
  ("2.3", "Introduce an annual governance review by the Corporate Leadership Team, reported to the Audit and Governance Committee alongside the Annual Governance Statement.", "Director of Law and Governance", ["Director of Law and Governance"], "Annually", D("recurring"),
   "Not started. The first review will take place in May 2026 and will be reported with the draft Annual Governance Statement in July.", "not_started"),
 ]),
 ("3", "The council should improve the quality and timeliness of financial and performance information provided to members.", [
  ("3.1", "Report revenue and capital budget monitoring to Cabinet every quarter, with a forecast for each directorate and an explanation of every variance over £250,000.", "Director of Finance (S151)", ["Director of Finance (S151)"], "Quarterly", D("recurring"),
   "Ongoing. Quarter 2 and quarter 3 monitoring reports have been presented to Cabinet in the new format, which includes a forecast for each directorate, an explanation of each variance over £250,000, and the actions being taken to bring spending back within budget. Members of the Overview and Scrutiny Management Board have commented that the reports are clearer and easier to follow.", "ongoing"),
  ("3.2", "Develop an integrated performance and finance dashboard for Cabinet and the Corporate Leadership Team.", "Head of Business Intelligence", ["Head of Business Intelligence"], "Q1 2026/27", D("date","2026-04-01","2026-06-30"),
   "Delayed. The dashboard has been built and tested with the Corporate Leadership Team, but the link to the finance system cannot be completed until the finance system upgrade goes live in April 2026. A manual version will be used for quarter 4 reporting, and the automated version is now expected to be available for quarter 1 of 2026/27.", "in_progress"),
 ]),
 ("4", "The council should ensure it has the capacity and capability at senior level to deliver its improvement plan.", [
  ("4.1", "Recruit a permanent Director of Finance (Section 151 Officer) and a permanent Director of Children’s Services.", "Chief Executive", ["Chief Executive"], "By March 2026", D("date",None,"2026-03-31"),
   "Complete. Both posts have been filled. The Director of Finance took up post on 5 January 2026 and the Director of Children’s Services on 2 February 2026. Interim arrangements have ended and the interim post holders have handed over.", "complete"),
  ("4.2", "Commission an independent review of the capacity of the finance service and implement its recommendations.", "Director of Finance (S151)", ["Director of Finance (S151)"], "September 2026", D("date","2026-09-01","2026-09-30"),
   "Not started. The review will be commissioned by the new Director of Finance in April 2026, using the CIPFA Financial Management Model. Terms of reference will be shared with the Audit and Governance Committee before the review starts.", "not_started"),
  ("4.3", "Set up an Improvement and Assurance Panel with independent members to oversee delivery of this plan, reporting to Cabinet every six months.", "Leader of the Council and Chief Executive", ["Leader of the Council", "Chief Executive"], "January 2026", D("date","2026-01-01","2026-01-31"),
   "Complete. The Panel is chaired by a former local authority chief executive nominated by the LGA, with a former council leader and an audit expert as its other independent members. It met in January and March 2026 and its first report is included at Appendix B to this report.", "complete"),
 ]),
]

rows, records = [], []
for rid, rtext, acts in RECS:
    for i, (ref, act, lcell, leads, dcell, dl, upd, st) in enumerate(acts):
        rc = f'<td rowspan="{len(acts)}"><b>{rid}.</b> {e(rtext)}</td>' if i == 0 else ""
        rows.append(f'<tr>{rc}<td>{ref}</td><td>{e(act)}</td><td>{e(lcell)}</td><td>{e(dcell)}</td><td>{e(upd)}</td></tr>')
        records.append(R(rid, rtext, ref, act, leads, dcell, dl, st))

html = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Eastholme City Council – Cabinet – 11 March 2026</title>
<style>
@page {{ size: A4; margin: 20mm 16mm 18mm 16mm;
  @top-left {{ content: "Eastholme City Council – Cabinet – 11 March 2026"; font-size: 8pt; color: #555; font-family: "Liberation Sans", sans-serif; }}
  @top-right {{ content: "Agenda item 7"; font-size: 8pt; color: #555; font-family: "Liberation Sans", sans-serif; }}
  @bottom-center {{ content: "Page " counter(page); font-size: 8pt; color: #555; font-family: "Liberation Sans", sans-serif; }} }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; }}
h1 {{ font-size: 15pt; margin: 0 0 8pt; }}
h2 {{ font-size: 12pt; margin: 14pt 0 6pt; }}
p {{ margin: 0 0 7pt; line-height: 1.35; }}
p.num {{ padding-left: 28pt; text-indent: -28pt; }}
table {{ border-collapse: collapse; margin: 4pt 0 10pt; }}
th, td {{ border: 0.5pt solid #999; padding: 3pt 5pt; vertical-align: top; text-align: left; font-size: 9.5pt; }}
th {{ background: #dde4ee; }}
td.r {{ text-align: right; }}
table.cover td {{ border: none; padding: 2pt 10pt 2pt 0; font-size: 10.5pt; }}
.appendix {{ break-before: page; }}
table.ap {{ width: 100%; }}
table.ap th, table.ap td {{ border: none; border-top: 0.5pt solid #7a7a7a; font-size: 9pt; }}
table.ap thead {{ display: table-header-group; }}
table.ap th {{ background: #1f3a5f; color: #fff; border-top: none; }}
table.ap tr {{ break-inside: auto; }}
</style>
</head>
<body>
<table class="cover">
<tr><td><b>Report to:</b></td><td>Cabinet</td></tr>
<tr><td><b>Date:</b></td><td>11 March 2026</td></tr>
<tr><td><b>Title:</b></td><td>{e(TITLE)}</td></tr>
<tr><td><b>Portfolio holder:</b></td><td>Councillor Daniel Obi, Cabinet Member for Finance and Resources</td></tr>
<tr><td><b>Report author:</b></td><td>Director of Finance (S151)</td></tr>
<tr><td><b>Key decision:</b></td><td>No</td></tr>
</table>
<h1>{e(TITLE)}</h1>
<h2>1. Summary</h2>
<p class="num">1.1&nbsp;&nbsp;&nbsp;In September 2025 the council’s external auditor issued four statutory recommendations under section 24 of the Local Audit and Accountability Act 2014, relating to the council’s financial sustainability, governance and capacity. The LGA Corporate Peer Challenge in October 2025 reached similar conclusions. This report sets out the council’s Improvement and Assurance Framework and the action plan in response (Appendix A), and reports the progress made since Council accepted the recommendations on 22 October 2025.</p>
<p class="num">1.2&nbsp;&nbsp;&nbsp;Good progress has been made. Four of the eleven actions in the plan are complete, including the setting of a balanced budget for 2026/27 and the appointment of a permanent Director of Finance and Director of Children’s Services. The main area of concern is the forecast overspend in 2025/26, which will reduce the general fund reserve below the level assumed when the plan was agreed.</p>
<h2>2. Recommendations</h2>
<p>That Cabinet:</p>
<p class="num">(a)&nbsp;&nbsp;&nbsp;notes the progress made in delivering the action plan at Appendix A;</p>
<p class="num">(b)&nbsp;&nbsp;&nbsp;agrees the revised timescale for action 3.2 (integrated dashboard) to quarter 1 of 2026/27;</p>
<p class="num">(c)&nbsp;&nbsp;&nbsp;notes the first report of the Improvement and Assurance Panel at Appendix B; and</p>
<p class="num">(d)&nbsp;&nbsp;&nbsp;asks the Director of Finance to report progress to Cabinet again in September 2026.</p>
<h2>3. Reasons for the recommendations</h2>
<p class="num">3.1&nbsp;&nbsp;&nbsp;Council agreed that progress on the statutory recommendations would be reported to Cabinet every six months and to the Audit and Governance Committee at each of its meetings. The external auditor will consider the council’s response when forming the 2025/26 value for money conclusion.</p>
<h2>4. Background</h2>
<p class="num">4.1&nbsp;&nbsp;&nbsp;The auditor’s report found that the council had balanced its 2024/25 budget by using £9.4m of reserves and by capitalising £3.2m of revenue spending under an exceptional financial support arrangement. It found weaknesses in budget monitoring, in the oversight of the Audit and Governance Committee, and in the council’s reliance on interim senior managers.</p>
<p class="num">4.2&nbsp;&nbsp;&nbsp;The peer team supported the auditor’s findings and added a recommendation about the quality of performance information provided to members. The four recommendations in Appendix A combine the auditor’s statutory recommendations with the peer team’s recommendations where they overlap.</p>
<p class="num">4.3&nbsp;&nbsp;&nbsp;The Improvement and Assurance Panel, set up in January 2026, provides independent oversight of delivery. The Panel’s chair has met the Leader, the Chief Executive and the chairs of the Audit and Governance Committee and the Overview and Scrutiny Management Board.</p>
<h2>5. Financial implications</h2>
<p class="num">5.1&nbsp;&nbsp;&nbsp;The forecast position for 2025/26 at quarter 3 is set out in Table 1. The overspend is driven by children’s social care placements and by temporary accommodation for homeless households.</p>
<p><b>Table 1: Revenue budget monitoring 2025/26, quarter 3 (£000)</b></p>
<table style="width:80%">
<thead><tr><th>Directorate</th><th>Budget</th><th>Forecast outturn</th><th>Variance</th><th>Lead</th></tr></thead>
<tbody>
<tr><td>Adults and Health</td><td class="r">98,420</td><td class="r">98,105</td><td class="r">(315)</td><td>Director of Adult Services</td></tr>
<tr><td>Children and Families</td><td class="r">71,860</td><td class="r">74,190</td><td class="r">2,330</td><td>Director of Children’s Services</td></tr>
<tr><td>Place and Housing</td><td class="r">38,215</td><td class="r">39,040</td><td class="r">825</td><td>Director of Place</td></tr>
<tr><td>Resources</td><td class="r">24,730</td><td class="r">24,120</td><td class="r">(610)</td><td>Director of Finance (S151)</td></tr>
<tr><td>Corporate and contingency</td><td class="r">6,900</td><td class="r">6,470</td><td class="r">(430)</td><td>Director of Finance (S151)</td></tr>
<tr><td><b>Total</b></td><td class="r"><b>240,125</b></td><td class="r"><b>241,925</b></td><td class="r"><b>1,800</b></td><td></td></tr>
</tbody>
</table>
<p class="num">5.2&nbsp;&nbsp;&nbsp;The cost of delivering the improvement plan is met from the £1.2m Improvement Reserve agreed by Council in October 2025. Table 2 shows the commitments against it.</p>
<p><b>Table 2: Improvement Reserve commitments (£000)</b></p>
<table style="width:80%">
<thead><tr><th>Item</th><th>2025/26</th><th>2026/27</th><th>Status</th></tr></thead>
<tbody>
<tr><td>Interim finance capacity pending permanent appointments</td><td class="r">240</td><td class="r">0</td><td>Complete</td></tr>
<tr><td>Improvement and Assurance Panel fees and support</td><td class="r">45</td><td class="r">90</td><td>Ongoing</td></tr>
<tr><td>Finance system upgrade and dashboard</td><td class="r">180</td><td class="r">120</td><td>In progress</td></tr>
<tr><td>Training for members and budget holders</td><td class="r">25</td><td class="r">40</td><td>In progress</td></tr>
<tr><td>CIPFA financial management review</td><td class="r">0</td><td class="r">60</td><td>Not started</td></tr>
<tr><td><b>Total committed</b></td><td class="r"><b>490</b></td><td class="r"><b>310</b></td><td></td></tr>
</tbody>
</table>
<h2>6. Risks</h2>
<p class="num">6.1&nbsp;&nbsp;&nbsp;The main risks to the delivery of the plan, and how they are being managed, are set out below. They are also recorded on the corporate risk register.</p>
<table style="width:100%">
<thead><tr><th>Risk</th><th>Likelihood</th><th>Impact</th><th>Mitigation</th><th>Risk owner</th></tr></thead>
<tbody>
<tr><td>Savings in the 2026/27 budget are not delivered in full</td><td>Medium</td><td>High</td><td>Monthly tracking by the Savings Delivery Board; alternative proposals required for any saving that slips.</td><td>Chief Executive</td></tr>
<tr><td>Demand for children’s placements continues to rise</td><td>High</td><td>High</td><td>Placement sufficiency strategy; in-house fostering recruitment campaign.</td><td>Director of Children’s Services</td></tr>
<tr><td>The finance system upgrade is delayed beyond April 2026</td><td>Medium</td><td>Medium</td><td>Weekly project board; manual reporting as a fall-back.</td><td>Director of Finance (S151)</td></tr>
</tbody>
</table>
<h2>7. Legal implications</h2>
<p class="num">7.1&nbsp;&nbsp;&nbsp;Under section 24 and Schedule 7 of the Local Audit and Accountability Act 2014 the council was required to consider the auditor’s recommendations at a meeting held within one month of receiving them, and to decide whether to accept them and what action to take. Council did so on 22 October 2025.</p>
<h2>8. Background papers</h2>
<p>External auditor’s report on statutory recommendations, September 2025. LGA Corporate Peer Challenge feedback report, December 2025.</p>

<div class="appendix">
<h2>Appendix A: Improvement and Assurance Framework – action plan (position at 2 March 2026)</h2>
<table class="ap">
<colgroup><col style="width:20%"><col style="width:5%"><col style="width:22%"><col style="width:13%"><col style="width:10%"><col style="width:30%"></colgroup>
<thead><tr><th>Recommendation</th><th>No.</th><th>Action</th><th>Responsible officer</th><th>Deadline</th><th>Update (March 2026)</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
</div>
</body>
</html>
'''
write(SLUG, COUNCIL, TITLE, "2026-03", html, records)
