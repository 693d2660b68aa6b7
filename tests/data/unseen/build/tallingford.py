import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

SLUG = "tallingford-2025-11"
TITLE = "Corporate Peer Challenge Action Plan 2025–2027"

# (num, title, lead director, items) items: ("note", html) | ("act", text, suffix_html, lead, raw, deadline, subnotes)
RECS = [
 ("1", "Agree a clear set of priorities for the next Council Plan and make sure they are resourced", "Director of Corporate Services", [
   ("note", "Context: the current Corporate Plan has 11 priorities and 46 commitments, and staff told the peer team they could not say which mattered most."),
   ("act", "Hold a series of Cabinet and CLT workshops to agree no more than five priorities for the new Council Plan", " – Chief Executive, January 2026",
    ["Chief Executive"], "January 2026", D("date","2026-01-01","2026-01-31"), []),
   ("act", "Consult residents, town and parish councils and partners on the draft priorities", " (Head of Communications and Engagement, February–March 2026)",
    ["Head of Communications and Engagement"], "February–March 2026", D("range","2026-02-01","2026-03-31"), []),
   ("act", "Publish the new Council Plan alongside the 2026/27 budget", " (by March 2026)",
    ["Director of Corporate Services"], "by March 2026", D("date",None,"2026-03-31"), []),
 ]),
 ("2", "Develop a sustainable financial strategy that closes the budget gap over the medium term", "Director of Finance and Assets (Section 151 Officer)", [
   ("act", "Update the Medium Term Financial Strategy to 2030/31, with a clear statement of the gap in each year and the assumptions behind it", " – Director of Finance and Assets, December 2025",
    ["Director of Finance and Assets"], "December 2025", D("date","2025-12-01","2025-12-31"), []),
   ("act", "Review every discretionary service against the new Council Plan priorities and bring options to Cabinet", " – Heads of Service / Director of Finance and Assets – Q4 2025/26",
    ["Heads of Service", "Director of Finance and Assets"], "Q4 2025/26", D("date","2026-01-01","2026-03-31"), []),
   ("note", "Note: the general fund balance stood at £3.1m at 31 March 2025, against a minimum of £2.5m recommended by the Section 151 Officer."),
   ("act", "Explore a shared revenues and benefits service with Wensley District Council", " (Head of Revenues and Benefits, TBC)",
    ["Head of Revenues and Benefits"], "TBC", D("tbc"), []),
   ("act", "Continue to report on delivery of the savings programme to the Budget Scrutiny Panel", "",
    ["Director of Finance and Assets (Section 151 Officer)"], None, D("none"), []),
 ]),
 ("3", "Improve the working relationship between members and officers, and between the political groups", "Chief Executive", [
   ("note", "The peer team recognised that relationships have improved since the 2023 elections, and that group leaders meet regularly."),
   ("act", "Agree a new member–officer protocol and run joint workshops on it for councillors and managers", " (Monitoring Officer and Head of HR – Spring 2026)",
    ["Monitoring Officer", "Head of HR"], "Spring 2026", D("date","2026-03-01","2026-05-31"), []),
   ("act", "Give group leaders a monthly briefing on the Forward Plan and on emerging issues", " – Chief Executive, ongoing",
    ["Chief Executive"], "ongoing", D("ongoing"), []),
 ]),
 ("4", "Strengthen planning performance and get the Local Plan to adoption", "Director of Place", [
   ("act", "Recruit to the four vacant planning officer posts, using a market supplement where needed", " – Head of Planning, 31 January 2026",
    ["Head of Planning"], "31 January 2026", D("date","2026-01-31","2026-01-31"),
    ["two posts were advertised in October 2025 and interviews are booked for December;", "the market supplement was approved by the Employment Committee on 9 September 2025."]),
   ("act", "Submit the Local Plan for examination", " – Head of Planning Policy, Summer 2026",
    ["Head of Planning Policy"], "Summer 2026", D("date","2026-06-01","2026-08-31"), []),
   ("act", "Set up a Planning Improvement Board, chaired by the Director of Place, to review performance every month", " (December 2025)",
    ["Director of Place"], "December 2025", D("date","2025-12-01","2025-12-31"), []),
 ]),
 ("5", "Build capacity and resilience in the workforce", "Director of Corporate Services", [
   ("note", "Context: staff turnover was 14.2% in 2024/25, above the 11% average for district councils in the region."),
   ("act", "Adopt a Workforce Strategy for 2026–2029", " – Head of HR, April 2026",
    ["Head of HR"], "April 2026", D("date","2026-04-01","2026-04-30"), []),
   ("act", "Introduce an apprenticeship programme with at least ten places a year", " (Head of HR / Learning and Development Manager, September 2026)",
    ["Head of HR", "Learning and Development Manager"], "September 2026", D("date","2026-09-01","2026-09-30"), []),
   ("act", "Run an all-staff survey every year and publish the results with an action plan", " – Head of HR, annually",
    ["Head of HR"], "annually", D("recurring"), []),
 ]),
]

parts, records = [], []
for num, title, lead_dir, items in RECS:
    parts.append(f'<h3>{num}. {e(title)}</h3>')
    parts.append(f'<p class="lead"><em>Lead Director: {e(lead_dir)}</em></p>')
    parts.append('<ul>')
    for it in items:
        if it[0] == "note":
            parts.append(f'<li class="note"><em>{e(it[1])}</em></li>')
            continue
        _, text, suffix, lead, raw, dl, subs = it
        sub = ''
        if subs:
            sub = '<ul>' + ''.join(f'<li>{e(s)}</li>' for s in subs) + '</ul>'
        parts.append(f'<li>{e(text)}{e(suffix)}{sub}</li>')
        records.append(R(num, title, None, text, lead, raw, dl, None, None))
    parts.append('</ul>')

html = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Tallingford District Council – {TITLE}</title>
<style>
body {{ font-family: Georgia, "Liberation Serif", serif; font-size: 11pt; line-height: 1.4; }}
.org {{ font-family: Arial, "Liberation Sans", sans-serif; font-size: 12pt; color: #6b3e00; font-weight: bold; margin: 0; }}
h1 {{ font-family: Arial, "Liberation Sans", sans-serif; font-size: 20pt; color: #6b3e00; margin: 4pt 0 10pt; }}
h2 {{ font-family: Arial, "Liberation Sans", sans-serif; font-size: 14pt; color: #6b3e00; margin: 16pt 0 6pt; }}
h3 {{ font-family: Arial, "Liberation Sans", sans-serif; font-size: 12pt; margin: 12pt 0 3pt; }}
p.lead {{ margin: 0 0 4pt; color: #333; }}
li {{ margin-bottom: 3pt; }}
li.note {{ color: #555; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 10pt; }}
th, td {{ border: 1px solid #999; padding: 3pt 5pt; text-align: left; vertical-align: top; font-size: 10pt; }}
th {{ background: #f4e6d2; }}
</style>
</head>
<body>
<p class="org">Tallingford District Council</p>
<h1>{TITLE}</h1>
<p>Approved by Cabinet on 4 November 2025</p>

<h2>Introduction</h2>
<p>Tallingford District Council took part in a Local Government Association (LGA) Corporate Peer Challenge from 16 to 18 September 2025. The peer team found a council that is well regarded by residents and partners, with a strong record on the environment and on supporting communities through the cost-of-living crisis. They also made five recommendations for the council to consider.</p>
<p>This plan sets out our response. Each recommendation has a Lead Director, who is accountable to the Chief Executive for making sure the actions under it are delivered. Each action names the officer responsible and the date by which it will be done; where no officer is named, the Lead Director is responsible. Some points in the lists below are included for context and are not actions.</p>
<p>Progress will be reported to the Overview and Scrutiny Committee every six months, starting in May 2026. The LGA will return for a progress review in summer 2026.</p>

<h2>Glossary</h2>
<table class="glossary">
<thead><tr><th width="25%">Term</th><th width="75%">Meaning</th></tr></thead>
<tbody>
<tr><td>CLT</td><td>Corporate Leadership Team: the Chief Executive and the three Directors</td></tr>
<tr><td>Forward Plan</td><td>The published list of key decisions the Cabinet expects to take in the next four months</td></tr>
<tr><td>Local Plan</td><td>The statutory plan for development and the use of land in the district</td></tr>
<tr><td>MTFS</td><td>Medium Term Financial Strategy</td></tr>
<tr><td>Section 151 Officer</td><td>The officer responsible for the proper administration of the council’s financial affairs</td></tr>
</tbody>
</table>

<h2>Our response to the recommendations</h2>
{chr(10).join(parts)}

<h2>Document control</h2>
<table class="control">
<thead><tr><th width="15%">Version</th><th width="25%">Date</th><th width="60%">Summary of changes</th></tr></thead>
<tbody>
<tr><td>0.1</td><td>13 October 2025</td><td>First draft for CLT</td></tr>
<tr><td>0.2</td><td>21 October 2025</td><td>Comments from group leaders added</td></tr>
<tr><td>1.0</td><td>4 November 2025</td><td>Approved by Cabinet</td></tr>
</tbody>
</table>
</body>
</html>
'''
write(SLUG, "Tallingford", TITLE, "2025-11", html, records)
