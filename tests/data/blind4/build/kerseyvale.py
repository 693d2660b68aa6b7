import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *
# Delivery-plan progress report: Priority band rows; each action row is followed by
# "Milestone:" sub-rows (own due date and Done/Due/Late, no Ref, no RAG: part of the action,
# not actions); owners as abbreviations (explained in an abbreviations table, not applied);
# "% complete" column; RAG as a coloured ● – with a letter in Priorities 1-2, the symbol
# alone (colour only) in Priority 3. RAG key table and a budget table (not actions).
# Forms: source.html, wkhtml.pdf (wkhtmltopdf / Qt WebKit), reportlab.pdf (ReportLab,
# drawn from the same content with its own table layout, header row repeated).
SLUG = "kersey-vale-2025-10"; COUNCIL = "Kersey Vale"
TITLE = "Kersey Vale Borough Council – Council Delivery Plan 2025/26: Quarter 2 progress report"
FILL = {"green": "#00a651", "amber": "#f7a600", "red": "#d71920"}
# priority no, title, [(ref, action, [(milestone, due, state)], owner cell, leads, due, deadline, pct, status, rag)]
PRI = [
 ("1", "A thriving local economy", [
  ("1.1", "Deliver the Kersey Town Centre regeneration masterplan.", [("Appoint the development partner", "Jul 2025", "Done"), ("Submit the outline planning application", "Jan 2026", "Due")], "AD-REG", ["AD-REG"], "Late 2026", D("date","2026-09-01","2026-12-31"), "40%", "in_progress", "green"),
  ("1.2", "Launch a business support grant scheme funded by the UK Shared Prosperity Fund.", [], "AD-REG", ["AD-REG"], "Jun 2025", D("date","2025-06-01","2025-06-30"), "100%", "complete", "green"),
  ("1.3", "Bring the vacant Corn Exchange back into use as a creative workspace.", [("Secure heritage funding", "Sep 2025", "Late"), ("Start works on site", "Apr 2026", "Due")], "AD-REG + AD-PROP", ["AD-REG", "AD-PROP"], "2026-27", D("date","2026-04-01","2027-03-31"), "15%", "in_progress", "amber"),
 ]),
 ("2", "Good homes for everyone", [
  ("2.1", "Adopt a new Housing Strategy with a target of 450 affordable homes by 2030.", [], "AD-HSG", ["AD-HSG"], "31 Mar 2026", D("date","2026-03-31","2026-03-31"), "60%", "in_progress", "green"),
  ("2.2", "Reduce the use of bed and breakfast for homeless families to zero, except in emergencies.", [("Open the Vale Road family hostel", "Nov 2025", "Due"), ("Lease 20 homes from private landlords", "Mar 2026", "Due")], "AD-HSG", ["AD-HSG"], "Q2 2026", D("date","2026-04-01","2026-06-30"), "35%", "in_progress", "red"),
  ("2.3", "Introduce a selective licensing scheme for private rented homes in the Eastgate ward.", [], "AD-HSG / HoEH", ["AD-HSG", "HoEH"], "Spring 2026", D("date","2026-03-01","2026-05-31"), "20%", "in_progress", "amber"),
 ]),
 ("3", "A greener, cleaner borough", [
  ("3.1", "Introduce weekly food waste collections for every household.", [("Buy the new vehicles", "Dec 2025", "Due"), ("Deliver caddies to 58,000 homes", "Feb 2026", "Due")], "AD-ENV", ["AD-ENV"], "Mar 2026", D("date","2026-03-01","2026-03-31"), "50%", "in_progress", "green"),
  ("3.2", "Plant 10,000 trees on council land with community groups.", [], "AD-ENV", ["AD-ENV"], "Annually (Nov-Mar)", None, "30%", "in_progress", "green"),
  ("3.3", "Install electric vehicle charge points in every council car park.", [], "AD-ENV + AD-PROP", ["AD-ENV", "AD-PROP"], "Sep 2026", D("date","2026-09-01","2026-09-30"), "10%", "in_progress", "amber"),
  ("3.4", "Publish the council's route map to net zero for its own buildings and fleet.", [], "DCEO", ["DCEO"], "Dec 2025", D("date","2025-12-01","2025-12-31"), "100%", "complete", "green"),
 ]),
]
records = []
for pno, pt, acts in PRI:
    for ref, act, ms, oc, leads, due, dl, pct, status, rag in acts:
        records.append(R(pno, pt, ref, act, leads, due, dl, status, rag))
def ragcell(pno, rag):
    return ("\u25cf " + rag[0].upper()) if pno in ("1", "2") else "\u25cf"
# ---------- HTML
rows = []
for pno, pt, acts in PRI:
    rows.append(f'<tr class="pri"><td colspan="6">Priority {pno}: {e(pt)}</td></tr>')
    for ref, act, ms, oc, leads, due, dl, pct, status, rag in acts:
        rows.append(f'<tr class="act"><td>{ref}</td><td>{e(act)}</td><td>{e(oc)}</td><td>{e(due)}</td><td class="c">{pct}</td><td class="c rag" style="color:{FILL[rag]}">{ragcell(pno, rag)}</td></tr>')
        for m, mdue, state in ms:
            rows.append(f'<tr class="ms"><td></td><td>Milestone: {e(m)}</td><td></td><td>{mdue}</td><td class="c">{state}</td><td></td></tr>')
HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(TITLE)}</title>
<style>
body {{ font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; margin: 1.5cm; }}
h1 {{ font-size: 17pt; color: #004b6b; }} h2 {{ font-size: 13pt; color: #004b6b; margin-top: 18pt; }}
table {{ border-collapse: collapse; width: 100%; margin: 6pt 0; }}
th {{ background: #004b6b; color: #fff; text-align: left; padding: 4pt; }}
td {{ padding: 3pt 4pt; vertical-align: top; border-bottom: 0.5pt solid #bbb; }}
thead {{ display: table-header-group; }} tr {{ page-break-inside: avoid; }}
tr.pri td {{ background: #dbe9f0; font-weight: bold; }}
tr.ms td {{ font-size: 8.5pt; color: #444; border-bottom: 0.5pt dotted #ccc; }}
tr.ms td:nth-child(2) {{ padding-left: 16pt; }}
td.c {{ text-align: center; }} td.rag {{ font-size: 13pt; font-weight: bold; }}
.note {{ font-size: 8.5pt; }}
</style></head><body>
<h1>Council Delivery Plan 2025/26<br>Quarter 2 progress report (July – September 2025)</h1>
<p>Kersey Vale Borough Council · Cabinet, 22 October 2025</p>
<h2>1. Summary</h2>
<p>Of the 10 actions in the Delivery Plan, two are complete, five are on track, two have some slippage and one is off track. Budget monitoring for the plan is shown below.</p>
<table><thead><tr><th>Priority</th><th>Budget 2025/26</th><th>Spend to date</th><th>Forecast</th></tr></thead><tbody>
<tr><td>A thriving local economy</td><td>£2,400,000</td><td>£910,000</td><td>£2,350,000</td></tr>
<tr><td>Good homes for everyone</td><td>£1,150,000</td><td>£480,000</td><td>£1,260,000</td></tr>
<tr><td>A greener, cleaner borough</td><td>£3,800,000</td><td>£1,020,000</td><td>£3,800,000</td></tr></tbody></table>
<h2>2. Key</h2>
<table style="width:60%"><thead><tr><th>Symbol</th><th>Meaning</th></tr></thead><tbody>
<tr><td class="rag" style="color:{FILL['green']}">\u25cf</td><td>Green – on track</td></tr>
<tr><td class="rag" style="color:{FILL['amber']}">\u25cf</td><td>Amber – some slippage, action in hand</td></tr>
<tr><td class="rag" style="color:{FILL['red']}">\u25cf</td><td>Red – off track</td></tr></tbody></table>
<table style="width:60%"><thead><tr><th>Abbreviation</th><th>Post</th></tr></thead><tbody>
<tr><td>DCEO</td><td>Deputy Chief Executive</td></tr><tr><td>AD-REG</td><td>Assistant Director, Regeneration</td></tr>
<tr><td>AD-PROP</td><td>Assistant Director, Property</td></tr><tr><td>AD-HSG</td><td>Assistant Director, Housing</td></tr>
<tr><td>AD-ENV</td><td>Assistant Director, Environment</td></tr><tr><td>HoEH</td><td>Head of Environmental Health</td></tr></tbody></table>
<h2>3. Progress by priority</h2>
<table><thead><tr><th style="width:5%">Ref</th><th style="width:47%">Action and milestones</th><th style="width:14%">Owner</th><th style="width:13%">Due</th><th style="width:11%">% complete</th><th style="width:10%">RAG</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
<p class="note">Milestone status: Done = achieved; Due = not yet due; Late = past its date and not achieved.</p>
</body></html>
"""
write(SLUG, COUNCIL, TITLE, "2025-10", HTML, records)
# ---------- ReportLab
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import glob
def font(name):
    for p in glob.glob(f"/usr/share/fonts/**/{name}", recursive=True): return p
pdfmetrics.registerFont(TTFont("DV", font("DejaVuSans.ttf"))); pdfmetrics.registerFont(TTFont("DVB", font("DejaVuSans-Bold.ttf")))
ss = getSampleStyleSheet()
N = ParagraphStyle("n", parent=ss["Normal"], fontName="DV", fontSize=8.5, leading=10.5)
NB = ParagraphStyle("nb", parent=N, fontName="DVB")
MS = ParagraphStyle("ms", parent=N, fontSize=7.5, leading=9, leftIndent=8, textColor=colors.HexColor("#444444"))
H1 = ParagraphStyle("h1", parent=ss["Title"], fontName="DVB", fontSize=16, leading=20, alignment=0, textColor=colors.HexColor("#004b6b"))
H2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="DVB", fontSize=12, textColor=colors.HexColor("#004b6b"))
BODY = ParagraphStyle("b", parent=N, fontSize=10, leading=13)
def onpage(c, d):
    c.saveState(); c.setFont("DV", 8)
    c.drawString(2*cm, A4[1]-1.2*cm, "Kersey Vale Borough Council – Delivery Plan Q2 2025/26")
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f"Page {d.page}"); c.restoreState()
story = [Paragraph("Council Delivery Plan 2025/26<br/>Quarter 2 progress report (July – September 2025)", H1),
         Paragraph("Kersey Vale Borough Council · Cabinet, 22 October 2025", BODY), Spacer(1, 8),
         Paragraph("1. Summary", H2),
         Paragraph("Of the 10 actions in the Delivery Plan, two are complete, five are on track, two have some slippage and one is off track. Budget monitoring for the plan is shown below.", BODY)]
bt = Table([[Paragraph(x, NB) for x in ("Priority", "Budget 2025/26", "Spend to date", "Forecast")],
            ["A thriving local economy", "£2,400,000", "£910,000", "£2,350,000"], ["Good homes for everyone", "£1,150,000", "£480,000", "£1,260,000"], ["A greener, cleaner borough", "£3,800,000", "£1,020,000", "£3,800,000"]], colWidths=[6*cm, 3.4*cm, 3.4*cm, 3.4*cm])
bt.setStyle(TableStyle([("FONT", (0,1), (-1,-1), "DV", 8.5), ("LINEBELOW", (0,0), (-1,-1), 0.4, colors.grey)]))
story += [bt, Paragraph("2. Key", H2)]
kt = Table([[Paragraph("Symbol", NB), Paragraph("Meaning", NB)]] + [[Paragraph(f'<font color="{FILL[k]}" size="12">\u25cf</font>', N), v] for k, v in (("green", "Green – on track"), ("amber", "Amber – some slippage, action in hand"), ("red", "Red – off track"))]
           + [[Paragraph("Abbreviation", NB), Paragraph("Post", NB)]] + [[a, b] for a, b in (("DCEO", "Deputy Chief Executive"), ("AD-REG", "Assistant Director, Regeneration"), ("AD-PROP", "Assistant Director, Property"), ("AD-HSG", "Assistant Director, Housing"), ("AD-ENV", "Assistant Director, Environment"), ("HoEH", "Head of Environmental Health"))], colWidths=[3*cm, 9*cm], hAlign="LEFT")
kt.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "DV", 8.5), ("LINEBELOW", (0,0), (-1,-1), 0.3, colors.lightgrey)]))
story += [kt, Paragraph("3. Progress by priority", H2)]
data = [[Paragraph(h, ParagraphStyle("th", parent=NB, textColor=colors.white)) for h in ("Ref", "Action and milestones", "Owner", "Due", "% complete", "RAG")]]
style = [("BACKGROUND", (0,0), (-1,0), colors.HexColor("#004b6b")), ("VALIGN", (0,0), (-1,-1), "TOP"), ("LINEBELOW", (0,1), (-1,-1), 0.3, colors.HexColor("#bbbbbb")), ("ALIGN", (4,1), (5,-1), "CENTER")]
for pno, pt, acts in PRI:
    data.append([Paragraph(f"Priority {pno}: {e(pt)}", NB), "", "", "", "", ""]); r = len(data)-1
    style += [("SPAN", (0,r), (-1,r)), ("BACKGROUND", (0,r), (-1,r), colors.HexColor("#dbe9f0"))]
    for ref, act, ms, oc, leads, due, dl, pct, status, rag in acts:
        data.append([Paragraph(ref, N), Paragraph(e(act), N), Paragraph(e(oc), N), Paragraph(e(due), N), Paragraph(pct, N), Paragraph(f'<font color="{FILL[rag]}" size="12">{ragcell(pno, rag)}</font>', N)])
        for m, mdue, state in ms:
            data.append(["", Paragraph("Milestone: " + e(m), MS), "", Paragraph(mdue, MS), Paragraph(state, MS), ""])
t = Table(data, colWidths=[1.1*cm, 7.8*cm, 2.6*cm, 2.4*cm, 2.2*cm, 1.3*cm], repeatRows=1)
t.setStyle(TableStyle(style))
story += [t, Spacer(1, 6), Paragraph("Milestone status: Done = achieved; Due = not yet due; Late = past its date and not achieved.", MS)]
SimpleDocTemplate(os.path.join(OUT, SLUG, "reportlab.pdf"), pagesize=A4, leftMargin=2*cm, rightMargin=2*cm, topMargin=2*cm, bottomMargin=2*cm,
                  title=TITLE, author="Kersey Vale Borough Council").build(story, onFirstPage=onpage, onLaterPages=onpage)
