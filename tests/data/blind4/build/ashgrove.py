import sys, textwrap; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *
# Plain-text forms of one action plan, as published on an intranet / wiki or produced by a
# converter: source.md (Markdown: "## Recommendation N – title" headings, a blockquote with
# the peers' words, a numbered list of actions each with nested "- Owner: / - Due: /
# - Status: / - RAG:" bullets; a status key pipe table and a contents list, not actions)
# and plain.txt (the same plan as fixed-width ASCII grid tables, pandoc "grid table"
# style, cells wrapped over several lines, one table per recommendation).
SLUG = "ashgrove-2025-08"; COUNCIL = "Ashgrove"
TITLE = "Ashgrove District Council – Peer Challenge Action Plan (August 2025)"
RECS = [
 ("1", "Develop a clear and ambitious vision for growth in the district", "The council should set out what kind of place it wants Ashgrove to be in 2040 and how growth will be delivered.", [
  ("Prepare a Growth Prospectus for Ashgrove with the county council and the local enterprise partnership.", "Director of Place", ["Director of Place"], "November 2025 - July 2026", D("range","2025-11-01","2026-07-31"), "In progress", "in_progress", "Green", "green"),
  ("Bring forward the Local Plan review by twelve months.", "Head of Planning Policy", ["Head of Planning Policy"], "Jan/Feb 2026", D("range","2026-01-01","2026-02-28"), "Not started", "not_started", "Amber", "amber"),
  ("Hold an annual growth summit with developers, landowners and infrastructure providers.", "CEx", ["CEx"], "Annually", D("recurring"), "Ongoing", "ongoing", "Green", "green"),
 ]),
 ("2", "Make sure the council has the capacity to deliver its ambitions", "The peers saw a small, committed workforce stretched across too many priorities.", [
  ("Carry out a capacity review of the planning, housing and regeneration teams.", "Head of HR, Head of Planning", ["Head of HR", "Head of Planning"], "Sept-25", D("date","2025-09-01","2025-09-30"), "On track", "in_progress", "Green", "green"),
  ("Agree a shared service for legal and procurement with a neighbouring council.", "Director of Corporate Services", ["Director of Corporate Services"], "No later than 30 June 2026", D("date",None,"2026-06-30"), "Delayed", "in_progress", "Red", "red"),
  ("Introduce a graduate scheme with four places a year.", "Head of HR", ["Head of HR"], "June - 26", D("date","2026-06-01","2026-06-30"), "Not yet started", "not_started", "Amber", "amber"),
 ]),
 ("3", "Improve communication with residents, particularly those who are seldom heard", "Residents told the peers they did not know what the council does or how to influence it.", [
  ("Adopt a communications and engagement strategy with a resident panel of 1,000 people.", "Head of Communications", ["Head of Communications"], "Completed", D("complete"), "Complete", "complete", "Green", "green"),
  ("Publish a residents' magazine three times a year, online and in print.", "Head of Communications", ["Head of Communications"], "From October 2025", None, "On track", "in_progress", "Green", "green"),
  ("Run youth engagement sessions in each secondary school with ward members.", "Head of Communications + Democratic Services Manager", ["Head of Communications", "Democratic Services Manager"], "Q3 2025/26", D("date","2025-10-01","2025-12-31"), "On track", "in_progress", "Amber", "amber"),
 ]),
 ("4", "Strengthen the council's approach to risk and performance management", "Risk registers were not used to inform decisions and performance reports were not discussed at Cabinet.", [
  ("Refresh the risk management framework and train all service managers in it.", "Head of Audit and Risk", ["Head of Audit and Risk"], "December 2025", D("date","2025-12-01","2025-12-31"), "In progress", "in_progress", "Amber", "amber"),
  ("Report the corporate risk register to the Audit Committee every quarter.", "Head of Audit and Risk", ["Head of Audit and Risk"], "Quarterly", D("recurring"), "Ongoing", "ongoing", "Green", "green"),
  ("Introduce a quarterly performance report to Cabinet with a small set of indicators for each priority.", "Director of Corporate Services", ["Director of Corporate Services"], "Oct-25", D("date","2025-10-01","2025-10-31"), "On track", "in_progress", "Green", "green"),
  ("Review the performance management system and replace it if it does not meet the council's needs.", "Director of Corporate Services", ["Director of Corporate Services"], "TBC", D("tbc"), "Not started", "not_started", "Red", "red"),
 ]),
]
records = []
for rno, rt, peers, acts in RECS:
    for j, (act, oc, leads, due, dl, sc, status, ragw, rag) in enumerate(acts, 1):
        records.append(R(rno, rt, f"{rno}.{j}", act, leads, due, dl, status, rag))
# ---------- Markdown
md = [f"# Peer Challenge Action Plan", "", "**Ashgrove District Council** · Agreed by Cabinet on 5 August 2025 · Owner: Chief Executive", "",
      "## Contents", "", "1. Introduction", "2. Status key", "3. The action plan", "4. Monitoring", "",
      "## Introduction", "", "The LGA Corporate Peer Challenge took place in April 2025. The peer team made four recommendations, each set out below with the actions we will take. Progress will be reported to Cabinet every six months.", "",
      "## Status key", "", "| RAG | Meaning |", "|-----|---------|", "| Green | On track |", "| Amber | At risk of slipping |", "| Red | Off track |", "",
      "## The action plan", ""]
for rno, rt, peers, acts in RECS:
    md += [f"### Recommendation {rno} – {rt}", "", f"> {peers}", ""]
    for j, (act, oc, leads, due, dl, sc, status, ragw, rag) in enumerate(acts, 1):
        md += [f"{rno}.{j}. {act}", f"    - Owner: {oc}", f"    - Due: {due}", f"    - Status: {sc}", f"    - RAG: {ragw}", ""]
md += ["## Monitoring", "", "Overview and Scrutiny Committee will review this plan in February 2026. Contact: policy@ashgrove.example.gov.uk", ""]
# ---------- ASCII grid tables
W = [5, 44, 18, 14, 12, 6]
def grid_row(cells):
    wrapped = [textwrap.wrap(c, w) or [""] for c, w in zip(cells, W)]
    n = max(len(x) for x in wrapped)
    return ["|" + "|".join(" " + (x[i] if i < len(x) else "").ljust(w) + " " for x, w in zip(wrapped, W)) + "|" for i in range(n)]
sep = "+" + "+".join("-" * (w + 2) for w in W) + "+"
hsep = "+" + "+".join("=" * (w + 2) for w in W) + "+"
txt = ["ASHGROVE DISTRICT COUNCIL", "PEER CHALLENGE ACTION PLAN", "Agreed by Cabinet on 5 August 2025", "",
       "1. INTRODUCTION", "", *textwrap.wrap("The LGA Corporate Peer Challenge took place in April 2025. The peer team made four recommendations, each set out below with the actions we will take. Progress will be reported to Cabinet every six months.", 78), "",
       "2. STATUS KEY", "", "  Green   On track", "  Amber   At risk of slipping", "  Red     Off track", "", "3. THE ACTION PLAN", ""]
for rno, rt, peers, acts in RECS:
    txt += textwrap.wrap(f"RECOMMENDATION {rno}: {rt}", 100) + [""] + textwrap.wrap(f"Peer team: {peers}", 100) + [""]
    txt.append(sep); txt += grid_row(["Ref", "Action", "Owner", "Due", "Status", "RAG"]); txt.append(hsep)
    for j, (act, oc, leads, due, dl, sc, status, ragw, rag) in enumerate(acts, 1):
        txt += grid_row([f"{rno}.{j}", act, oc, due, sc, ragw]); txt.append(sep)
    txt.append("")
txt += ["4. MONITORING", "", *textwrap.wrap("Overview and Scrutiny Committee will review this plan in February 2026. Contact: policy@ashgrove.example.gov.uk", 78), ""]
write_gold(SLUG, COUNCIL, TITLE, "2025-08", records, {"source.md": "\n".join(md), "plain.txt": "\n".join(txt)})
# ---------- plain.txt printed to PDF in Courier (ReportLab canvas; a "print the text file" PDF)
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
pw, ph = landscape(A4)
c = canvas.Canvas(os.path.join(OUT, SLUG, "textprint.pdf"), pagesize=(pw, ph)); c.setTitle(TITLE)
lines = txt; per = 48; pages = (len(lines) + per - 1) // per
for p in range(pages):
    c.setFont("Courier", 8.5)
    y = ph - 40
    for ln in lines[p*per:(p+1)*per]:
        c.drawString(40, y, ln); y -= 10.5
    c.setFont("Courier", 8); c.drawCentredString(pw/2, 22, f"ashgrove-action-plan.txt  -  page {p+1} of {pages}")
    c.showPage()
c.save()
