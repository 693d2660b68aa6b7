import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *
# Tracker with status symbols and a key: ✓ complete, ◐ in progress, ✗ not started, ▲ at risk.
# PDF: ReportLab platypus, DejaVu Sans, table with thin vertical rules only (no horizontal rules),
# header row repeated, running header + "Page n of m"-style footer; key table above the plan.
# Ref is "HM-01".. with the recommendation as a section row spanning the table.
SLUG="hesketh-moor-2025-12"; COUNCIL="Hesketh Moor"; TITLE="Hesketh Moor District Council – Improvement Plan Tracker, December 2025"
SYM={"complete":"✓","in_progress":"◐","not_started":"✗","risk":"▲"}
RECS=[
("A","Governance and decision making",[
 ("HM-01","Review the constitution and scheme of delegation.","Monitoring Officer",["Monitoring Officer"],"Mar-26",D("date","2026-03-01","2026-03-31"),"in_progress"),
 ("HM-02","Introduce a forward plan of key decisions published monthly.","Democratic Services Manager",["Democratic Services Manager"],"Monthly",D("recurring"),"complete"),
 ("HM-03","Deliver member training on decision making and scrutiny.","Democratic Services Manager / MO",["Democratic Services Manager","Monitoring Officer"],"Jan 2026",D("date","2026-01-01","2026-01-31"),"not_started"),
 ("HM-04","Refresh the Audit and Governance Committee terms of reference.","S151 Officer",["Section 151 Officer"],"Oct-25",D("date","2025-10-01","2025-10-31"),"complete"),
]),
("B","Housing and homelessness",[
 ("HM-05","Reduce the use of bed and breakfast accommodation for families to zero.","Head of Housing",["Head of Housing"],"By 31/03/2026",D("date",None,"2026-03-31"),"risk"),
 ("HM-06","Complete a stock condition survey of all council homes.","Head of Housing / Head of Property",["Head of Housing","Head of Property"],"Q2 2026/27",D("date","2026-07-01","2026-09-30"),"in_progress"),
 ("HM-07","Adopt a new Homelessness and Rough Sleeping Strategy.","Head of Housing",["Head of Housing"],"Winter 2025",D("date","2025-12-01","2026-02-28"),"in_progress"),
]),
("C","Climate and environment",[
 ("HM-08","Switch the refuse fleet to HVO fuel.","Head of Environmental Services",["Head of Environmental Services"],"Complete",D("complete"),"complete"),
 ("HM-09","Install EV charge points in all council car parks.","Head of Environmental Services",["Head of Environmental Services"],"2026",D("date","2026-01-01","2026-12-31"),"not_started"),
 ("HM-10","Publish an annual carbon emissions report.","Climate Officer",["Climate Officer"],"Annually",D("recurring"),"in_progress"),
]),
("D","Customer access",[
 ("HM-11","Launch a new customer portal with online accounts.","Head of Customer Services",["Head of Customer Services"],"Early 2026",D("date","2026-01-01","2026-04-30"),"risk"),
 ("HM-12","Set service standards for answering calls and emails.","Head of Customer Services",["Head of Customer Services"],"Ongoing",D("ongoing"),"in_progress"),
]),
]
GS={"complete":"complete","in_progress":"in_progress","not_started":"not_started","risk":"in_progress"}
records=[]
md=[f"# {TITLE}","","Position at 1 December 2025. Reported to Cabinet on 16 December 2025.","","**Key**","","| Symbol | Meaning |","|---|---|","| ✓ | Complete |","| ◐ | In progress |","| ✗ | Not started |","| ▲ | At risk / behind schedule |","",
"| Ref | Action | Lead officer | Due | Status |","|---|---|---|---|---|"]
for rid,rt,acts in RECS:
    md.append(f"| **{rid}** | **Priority {rid}: {rt}** | | | |")
    for aid,t,lc,leads,raw,dl,s in acts:
        md.append(f"| {aid} | {t} | {lc} | {raw} | {SYM[s]} |")
        records.append(R(rid,rt,aid,t,leads,raw,dl,GS[s],None))
md+=["","Note: status symbols are the lead officer's own assessment, checked by the Performance team."]
write_gold(SLUG,COUNCIL,TITLE,"2025-12",records,{"source.md":"\n".join(md)+"\n"})
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics; from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont("DV","/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DVB","/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
st=ParagraphStyle("n",fontName="DV",fontSize=8.5,leading=10.5); sb=ParagraphStyle("b",fontName="DVB",fontSize=8.5,leading=10.5)
h1=ParagraphStyle("h",fontName="DVB",fontSize=14,leading=18)
def onpage(c,d):
    c.setFont("DV",7.5); c.drawString(40,810,"Hesketh Moor District Council | Improvement Plan Tracker | OFFICIAL"); c.drawRightString(555,30,f"Page {d.page}")
story=[Paragraph(e(TITLE),h1),Paragraph("Position at 1 December 2025. Reported to Cabinet on 16 December 2025.",st),Spacer(1,8),Paragraph("Key",sb)]
kt=Table([["✓","Complete"],["◐","In progress"],["✗","Not started"],["▲","At risk / behind schedule"]],colWidths=[30,160]); kt.setStyle(TableStyle([("FONT",(0,0),(-1,-1),"DV",8.5),("BOX",(0,0),(-1,-1),0.3,"black")]))
story+=[kt,Spacer(1,10)]
rows=[[Paragraph(x,sb) for x in ["Ref","Action","Lead officer","Due","Status"]]]; sty=[("LINEAFTER",(0,0),(-2,-1),0.3,"grey"),("VALIGN",(0,0),(-1,-1),"TOP"),("ALIGN",(4,0),(4,-1),"CENTER")]
for rid,rt,acts in RECS:
    rows.append([Paragraph(rid,sb),Paragraph(e(f"Priority {rid}: {rt}"),sb),"","",""]); sty.append(("SPAN",(1,len(rows)-1),(4,len(rows)-1)))
    for aid,t,lc,leads,raw,dl,s in acts:
        rows.append([Paragraph(aid,st),Paragraph(e(t),st),Paragraph(e(lc),st),Paragraph(e(raw),st),Paragraph(SYM[s],ParagraphStyle("c",parent=st,fontSize=11,alignment=1))])
t=Table(rows,colWidths=[45,230,130,60,45],repeatRows=1); t.setStyle(TableStyle(sty)); story+=[t,Spacer(1,8),Paragraph("Note: status symbols are the lead officer's own assessment, checked by the Performance team.",st)]
SimpleDocTemplate(os.path.join(OUT,SLUG,"reportlab.pdf"),pagesize=A4,topMargin=50,bottomMargin=50,leftMargin=40,rightMargin=40).build(story,onFirstPage=onpage,onLaterPages=onpage)
