import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

SLUG = "dunmarsh-2025-06"
TITLE = "You said, we did: progress on our Corporate Peer Challenge action plan"

# theme, you said, actions: (num, title, rag word printed, extra para, lead line or None, lead list, target or None, deadline, position, status)
THEMES = [
 ("Money and resources",
  "The council has a good record of balancing its budget, but the plan to close the £4.1m gap in 2026/27 is not yet clear. You need a credible, fully costed savings programme and a stronger grip on the capital programme.",
  [
   ("1", "We will set a balanced budget for 2025/26 without using general reserves", "Green", None,
    "Director of Resources (Section 151 Officer)", ["Director of Resources (Section 151 Officer)"],
    "February 2025", D("date","2025-02-01","2025-02-28"),
    "Complete. Full Council approved the 2025/26 budget on 26 February 2025. No general reserves were used; £0.6m was drawn from the Business Rates Equalisation Reserve as planned.", "complete"),
   ("2", "We will agree a three-year savings and income programme worth at least £4.1m", "Amber",
    "The programme will include a review of fees and charges, a shared service for revenues and benefits and a smaller office estate.",
    "Director of Resources (Section 151 Officer) and Head of Transformation", ["Director of Resources (Section 151 Officer)", "Head of Transformation"],
    "End of September 2025", D("date",None,"2025-09-30"),
    "Delayed – proposals worth £2.7m have been identified so far. The shared service business case has been held up by the partner council’s elections in May.", "in_progress"),
   ("3", "We will review every scheme in the capital programme against the council’s priorities", "Green", None,
    "Amira Hussain, Head of Finance", ["Amira Hussain, Head of Finance"],
    "September", D("date","2025-09-01","2025-09-30"),
    "On track. Scheme sponsors have completed a template for each of the 41 schemes, and the Capital Board will review them in July.", "in_progress"),
   ("4", "We will report on savings delivery to Cabinet every quarter", "Green", None,
    "Head of Finance", ["Head of Finance"], "Quarterly", D("recurring"),
    "The first report went to Cabinet on 10 June 2025.", None),
  ]),
 ("Homes and the local plan",
  "Demand for temporary accommodation is rising fast and is now a real pressure on the budget. The Local Plan has slipped and the development management service is not meeting its targets.",
  [
   ("5", "We will publish a temporary accommodation strategy", "Amber",
    "The strategy will set out how we will reduce the use of nightly-paid accommodation outside the district.",
    "Head of Housing Options", ["Head of Housing Options"], "October 2025", D("date","2025-10-01","2025-10-31"),
    "A draft has been shared with the Cabinet Member for Housing. Consultation with registered providers will take place over the summer.", None),
   ("6", "We will lease 20 more homes from private landlords through the Dunmarsh Lettings scheme", "Red", None,
    "Head of Housing Options", ["Head of Housing Options"], "March 2026", D("date","2026-03-01","2026-03-31"),
    "At risk. Only four new homes have been leased since January because landlords are leaving the market.", "in_progress"),
   ("7", "We will agree a new Local Development Scheme with a realistic timetable for the Local Plan", "Green", None,
    "Cllr Peter Okafor (Cabinet Member for Planning) / Head of Planning Policy", ["Cllr Peter Okafor (Cabinet Member for Planning)", "Head of Planning Policy"],
    "Winter 2025", D("date","2025-12-01","2026-02-28"),
    "Not started. Work will begin once the government has confirmed the transitional arrangements for the new plan-making system.", "not_started"),
   ("8", "We will bring the determination of minor planning applications back within eight weeks", "Amber/Green", None,
    "Development Management Manager", ["Development Management Manager"], None, D("none"),
    "64% of minor applications were decided in time in the quarter to March, up from 51%. Two agency planners are covering vacancies.", None),
  ]),
 ("Our people",
  "Staff are loyal and proud to work for Dunmarsh, but the council relies too much on a few people. Recruitment is hard in planning, environmental health and legal services.",
  [
   ("9", "We will adopt a People Strategy for 2025–2028", "Green",
    "The strategy covers recruitment and retention, pay, wellbeing, and learning and development.",
    "Head of HR and OD", ["Head of HR and OD"], "July 2025", D("date","2025-07-01","2025-07-31"),
    "On track. The draft strategy was discussed with the trade unions on 2 June and goes to the Joint Staff Committee on 15 July.", "in_progress"),
   ("10", "We will start a ‘grow our own’ scheme for planners, environmental health officers and solicitors", "Amber", None,
    "Head of HR and OD; Head of Legal Services", ["Head of HR and OD", "Head of Legal Services"],
    "TBC", D("tbc"),
    "Funding for three trainee posts has been agreed. A start date will be set once the job evaluation panel has graded the posts.", None),
   ("11", "We will run an all-staff survey and publish what we will do about the results", "Green", None,
    "Chief Executive", ["Chief Executive"], "Autumn 2025", D("date","2025-09-01","2025-11-30"),
    "The survey will run from 8 to 29 September.", None),
  ]),
 ("Leadership and governance",
  "Relationships between members and officers are generally good, but scrutiny is not yet adding value and some members feel they hear about decisions too late.",
  [
   ("12", "We will hold a joint development session for the Cabinet and the senior leadership team", "Green", None,
    "Chief Executive and Leader of the Council", ["Chief Executive", "Leader of the Council"],
    "31 May 2025", D("date","2025-05-31","2025-05-31"),
    "Complete. The session took place on 20 May 2025, facilitated by the LGA.", "complete"),
   ("13", "We will ask the Centre for Governance and Scrutiny to review how our overview and scrutiny arrangements work", "Amber", None,
    "Monitoring Officer", ["Monitoring Officer"], "Q2 2025/26", D("date","2025-07-01","2025-09-30"),
    "The review has been commissioned and will start in August, later than planned.", None),
   ("14", "We will publish the Forward Plan of key decisions at least 28 days ahead and brief group leaders on it every month", "Green", None,
    "Democratic Services Manager", ["Democratic Services Manager"], "Ongoing", D("ongoing"),
    "Ongoing. Monthly briefings for group leaders started in April.", "ongoing"),
   ("15", "We will give every new councillor a mentor from the senior leadership team after the 2027 elections", "", None,
    None, [], "May 2027", D("date","2027-05-01","2027-05-31"),
    "Not due to start yet.", "not_started"),
  ]),
]

parts = []
records = []
for theme, said, acts in THEMES:
    parts.append(f'<h2>{e(theme)}</h2>')
    parts.append(f'<div class="said"><p><strong>You said:</strong> “{e(said)}”</p></div>')
    parts.append('<p class="did"><strong>We did (and are doing):</strong></p>')
    for num, title, rag, extra, leadline, lead, target, dl, position, status in acts:
        ragtxt = f' ({rag})' if rag else ''
        parts.append('<div class="item">')
        parts.append(f'<p class="t"><strong>{num}. {e(title)}{ragtxt}</strong></p>')
        if extra:
            parts.append(f'<p>{e(extra)}</p>')
        if leadline:
            parts.append(f'<p class="f">Lead – {e(leadline)}</p>')
        if target:
            parts.append(f'<p class="f">Target – {e(target)}</p>')
        parts.append(f'<p class="f">Position – {e(position)}</p>')
        parts.append('</div>')
        ragv = rag.lower() if rag in ("Green","Amber","Red") else None
        records.append(R(None, theme, num, title, lead, target, dl, status, ragv))

html = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Dunmarsh District Council – {TITLE}</title>
<style>
body {{ font-family: "Trebuchet MS", "Liberation Sans", sans-serif; font-size: 10.5pt; line-height: 1.4; }}
.org {{ font-size: 12pt; font-weight: bold; color: #1f4e79; margin: 0; }}
h1 {{ font-size: 19pt; color: #1f4e79; margin: 4pt 0 10pt; }}
h2 {{ font-size: 14pt; color: #fff; background: #1f4e79; padding: 3pt 6pt; margin: 16pt 0 6pt; }}
.said {{ background: #eaf1fb; border-left: 4pt solid #1f4e79; padding: 4pt 8pt; margin: 0 0 6pt; }}
.item {{ margin: 0 0 9pt 10pt; }}
.item p {{ margin: 0 0 2pt; }}
.item p.t {{ margin-top: 6pt; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 10pt; }}
th, td {{ border: 1px solid #999; padding: 3pt 5pt; text-align: left; vertical-align: top; }}
th {{ background: #d6e3f3; }}
.meta {{ color: #444; margin: 0 0 2pt; }}
</style>
</head>
<body>
<p class="org">Dunmarsh District Council</p>
<h1>{TITLE}</h1>
<p class="meta">Update for residents, staff and partners – June 2025</p>

<h2>Introduction</h2>
<p>In October 2024 Dunmarsh District Council invited a team of peers from the Local Government Association (LGA) to look at how the council is run and to give us honest feedback. The peer team spoke to more than 120 councillors, staff, partners and residents over three days. Their report was published in December 2024.</p>
<p>We agreed an action plan in response in January 2025. This update follows the “you said, we did” format we use for our residents’ survey. For each theme it sets out what the peer team told us and then what we have done or are doing about it. Each action has a number, a lead, a target date and a short statement of where we are now. The colour in brackets after each action is its RAG rating.</p>
<table class="key">
<thead><tr><th width="20%">Rating</th><th width="80%">Meaning</th></tr></thead>
<tbody>
<tr><td>Green</td><td>Complete, or on track to be completed by the target date</td></tr>
<tr><td>Amber/Green</td><td>Minor slippage; no action needed from the leadership team</td></tr>
<tr><td>Amber</td><td>Some risk to the target date; being managed</td></tr>
<tr><td>Red</td><td>Target date missed or will be missed</td></tr>
</tbody>
</table>
<p>Where an action has no rating it has not started yet.</p>

<h2>At a glance</h2>
<table class="glance">
<thead><tr><th width="40%">Theme</th><th width="15%">Actions</th><th width="15%">Complete</th><th width="15%">Green</th><th width="15%">Amber or Red</th></tr></thead>
<tbody>
<tr><td>Money and resources</td><td>4</td><td>1</td><td>3</td><td>1</td></tr>
<tr><td>Homes and the local plan</td><td>4</td><td>0</td><td>1</td><td>2</td></tr>
<tr><td>Our people</td><td>3</td><td>0</td><td>2</td><td>1</td></tr>
<tr><td>Leadership and governance</td><td>4</td><td>1</td><td>2</td><td>1</td></tr>
</tbody>
</table>

{chr(10).join(parts)}

<h2>What happens next</h2>
<p>The LGA peer team will come back to Dunmarsh for a progress review on 14 and 15 October 2025. We will publish the next update in December 2025. If you have any questions about this update, please email improvement@dunmarsh.gov.uk.</p>
</body>
</html>
'''
write(SLUG, "Dunmarsh", TITLE, "2025-06", html, records)
