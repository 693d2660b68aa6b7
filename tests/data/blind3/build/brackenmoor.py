import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *
# Layout 5: a two-column newsletter page. Actions are numbered paragraphs (numbering
# runs through the whole document) each followed by "Lead officer:" and "Timescale:"
# lines, under recommendation headings. A shaded sidebar box holds a numbered list
# that is NOT actions, a pull quote sits between actions.
SLUG = "brackenmoor-2025-10"
COUNCIL = "Brackenmoor"
TITLE = "Improving Brackenmoor: our peer challenge action plan"

# rec id, title, [ (n, action, lead line, leads, timescale, deadline) ]
RECS = [
 ("1", "Be clear about what the council is for", [
  ("1", "We will agree a new Council Plan with three priorities – good homes, a greener borough and thriving town centres – and measure progress against each.", "Head of Strategy and Performance", ["Head of Strategy and Performance"], "March 2026", D("date","2026-03-01","2026-03-31")),
  ("2", "We will hold a ‘Brackenmoor Conversation’ in every ward so that residents can tell us what matters most to them.", "Head of Communications and Engagement", ["Head of Communications and Engagement"], "November 2025 – January 2026", D("range","2025-11-01","2026-01-31")),
  ("3", "We will publish a short annual report on what we have delivered.", "Head of Strategy and Performance", ["Head of Strategy and Performance"], "Every July", None),
 ]),
 ("2", "Get a grip on the budget", [
  ("4", "We will close the £5.3m gap in next year’s budget without using reserves, through savings, new income and a review of the capital programme.", "Chief Finance Officer (S151)", ["Chief Finance Officer (S151)"], "February 2026", D("date","2026-02-01","2026-02-28")),
  ("5", "We will introduce monthly budget meetings between every budget holder and a finance business partner.", "Chief Finance Officer (S151)", ["Chief Finance Officer (S151)"], "Ongoing from October 2025", None),
  ("6", "We will review our leisure contract and the subsidy we pay to the operator.", "Director of Communities", ["Director of Communities"], "End of 2025", D("date","2025-09-01","2025-12-31")),
 ]),
 ("3", "Work better with partners", [
  ("7", "We will set up a Brackenmoor Place Board with the NHS, the police, the college and business leaders.", "Chief Executive", ["Chief Executive"], "December 2025", D("date","2025-12-01","2025-12-31")),
  ("8", "We will agree a joint plan with the county council for the regeneration of Brackenmoor and Fellgate town centres.", "Director of Place; Director of Communities", ["Director of Place", "Director of Communities"], "Summer 2026", D("date","2026-06-01","2026-08-31")),
  ("9", "We will give voluntary groups three-year grants instead of one-year grants, so they can plan ahead.", "Head of Communities", ["Head of Communities"], "April 2026", D("date","2026-04-01","2026-04-30")),
 ]),
 ("4", "Look after our staff and help them do their best work", [
  ("10", "We will run a staff survey and publish the results and what we will do about them.", "Head of HR", ["Head of HR"], "Within six months", D("unparsed")),
  ("11", "We will launch a leadership programme for all managers.", "Head of HR", ["Head of HR"], "Q4 2025/26", D("date","2026-01-01","2026-03-31")),
  ("12", "We will bring in a new flexible working policy agreed with Unison and GMB.", "Head of HR", ["Head of HR"], "Completed", D("complete")),
 ]),
 ("5", "Make scrutiny count", [
  ("13", "We will ask the Centre for Governance and Scrutiny to review how our scrutiny committees work.", "Monitoring Officer", ["Monitoring Officer"], "January 2026", D("date","2026-01-01","2026-01-31")),
  ("14", "We will give every scrutiny committee a work programme that follows the Council Plan.", "Head of Democratic Services", ["Head of Democratic Services"], "May 2026", D("date","2026-05-01","2026-05-31")),
 ]),
]

parts, records = [], []
for rid, title, acts in RECS:
    parts.append(f'<h3>Recommendation {rid}: {e(title)}</h3>')
    for n, act, lead, leads, when, dl in acts:
        parts.append(f'<div class="act"><p><span class="n">{n}.</span> {e(act)}</p><p class="meta"><b>Lead officer:</b> {e(lead)}<br><b>Timescale:</b> {e(when)}</p></div>')
        records.append(R(rid, title, n, act, leads, when, dl))
    if rid == "2":
        parts.append('<blockquote>“We were told some hard truths. We have listened, and this plan is how we will put things right.”<br><span>– Councillor Priya Nandra, Leader of the Council</span></blockquote>')
    if rid == "3":
        parts.append('''<div class="side"><h4>What is a peer challenge?</h4><ol><li>The council invites a team of experienced councillors and officers from other councils, organised by the Local Government Association.</li><li>The team spends four days at the council, talking to more than 150 people.</li><li>The team writes a report with recommendations, which the council publishes.</li><li>The team comes back about a year later to see what has changed.</li></ol><p>Lead officer for the peer challenge: Head of Strategy and Performance</p></div>''')

html = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Brackenmoor Borough Council – {TITLE}</title>
<style>
@page {{ size: A4; margin: 14mm 14mm; }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 8.6pt; color: #1d1d1d; }}
.mast {{ background: #0b5d3b; color: #fff; padding: 8pt 10pt; margin-bottom: 8pt; }}
.mast .t {{ font-size: 20pt; font-weight: bold; }}
.mast .s {{ font-size: 9.5pt; }}
.cols {{ column-count: 2; column-gap: 9mm; }}
h2 {{ font-size: 11pt; color: #0b5d3b; margin: 0 0 5pt; }}
h3 {{ font-size: 10pt; color: #0b5d3b; margin: 9pt 0 4pt; border-top: 1.5pt solid #0b5d3b; padding-top: 3pt; break-after: avoid; }}
p {{ margin: 0 0 4pt; line-height: 1.35; }}
.act {{ break-inside: avoid; margin-bottom: 5pt; }}
.n {{ font-weight: bold; color: #0b5d3b; }}
p.meta {{ font-size: 8pt; color: #333; margin-left: 12pt; }}
blockquote {{ margin: 8pt 0; padding: 6pt 8pt; font-size: 10.5pt; font-style: italic; color: #0b5d3b; border-left: 3pt solid #8cc63f; break-inside: avoid; }}
blockquote span {{ font-size: 8pt; font-style: normal; }}
.side {{ background: #e8f3d6; padding: 6pt 8pt; margin: 8pt 0; break-inside: avoid; font-size: 8pt; }}
.side h4 {{ margin: 0 0 3pt; font-size: 9.5pt; color: #0b5d3b; }}
.side ol {{ margin: 0 0 4pt; padding-left: 14pt; }}
</style>
</head>
<body>
<div class="mast"><div class="t">Brackenmoor Matters</div><div class="s">Staff and partner newsletter · Issue 14 · October 2025 · Special edition: {TITLE}</div></div>
<div class="cols">
<h2>{TITLE}</h2>
<p>In June a team of councillors and officers from other councils spent four days with us as part of the Local Government Association’s Corporate Peer Challenge programme. Their report, published in September, praised our staff and our work on homelessness, but made five recommendations for improvement. Cabinet agreed this action plan on 8 October 2025.</p>
<p>Here is what we have promised to do, who is leading each action and when we expect it to be done. We will report on progress every six months.</p>
{chr(10).join(parts)}
<h3>Find out more</h3>
<p>The full peer challenge report and the Cabinet report are on the council’s website. If you have any questions about the plan, email improvement@brackenmoor.gov.uk.</p>
</div>
</body>
</html>
'''
write(SLUG, COUNCIL, TITLE, "2025-10", html, records)
