import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *
# Committee-system report (moderngov-like) as HTML: page chrome and the whole report inside nested
# layout tables (outer table for the page, an inner "report cover" key/value table, a "wards
# affected" table, an options table), then "Appendix 1 – Action plan" as a data table nested in a
# layout cell, with objective rows (unnumbered themes) spanning the table.
# PDF: ReportLab canvas, standard-14 Times (WinAnsi), portrait report pages and the appendix drawn on
# a portrait MediaBox rotated by /Rotate 90 (qpdf), i.e. a landscape page in a portrait document.
SLUG="quenby-2026-01"; COUNCIL="Quenby"; TITLE="Quenby District Council – Community Safety Partnership Plan: Action Plan 2026/27"
RECS=[
("Tackling anti-social behaviour",[
 ("Deliver targeted patrols in the three town centres on Friday and Saturday nights.","Community Safety Manager; Police Inspector (Neighbourhoods)",["Community Safety Manager","Police Inspector (Neighbourhoods)"],"Apr 2026 - Mar 2027",D("range","2026-04-01","2027-03-31"),"On track","in_progress"),
 ("Expand the CCTV network to Quenby Park and the bus station.","Head of Regulatory Services",["Head of Regulatory Services"],"September 2026",D("date","2026-09-01","2026-09-30"),"Not started","not_started"),
 ("Review the Public Spaces Protection Order for the town centre.","Head of Regulatory Services",["Head of Regulatory Services"],"By July 2026",D("date",None,"2026-07-31"),"In progress","in_progress"),
]),
("Protecting vulnerable people",[
 ("Train all frontline council staff to recognise and report exploitation.","Safeguarding Lead",["Safeguarding Lead"],"31/12/2026",D("date","2026-12-31","2026-12-31"),"In progress","in_progress"),
 ("Commission a domestic abuse outreach service for rural areas.","Community Safety Manager",["Community Safety Manager"],"Q1 2026/27",D("date","2026-04-01","2026-06-30"),"Complete","complete"),
 ("Hold a multi-agency scam awareness week.","Trading Standards Manager",["Trading Standards Manager"],"Annually",D("recurring"),"On track","in_progress"),
]),
("Reducing reoffending",[
 ("Support the Integrated Offender Management scheme with housing places.","Head of Housing",["Head of Housing"],"Ongoing",D("ongoing"),"Ongoing","ongoing"),
 ("Create a youth diversion programme with the leisure trust.","Youth Services Manager",["Youth Services Manager"],"Autumn 2026",D("date","2026-09-01","2026-11-30"),"Not started","not_started"),
]),
("Road safety",[
 ("Install speed indicator devices in ten villages identified by parish councils.","Highways Liaison Officer",["Highways Liaison Officer"],"Summer 2026",D("date","2026-06-01","2026-08-31"),"On track","in_progress"),
]),
]
records=[]
for th,acts in RECS:
    for a,lc,leads,raw,dl,sc,st in acts: records.append(R(None,th,None,a,leads,raw,dl,st,None))
rows=[]
for th,acts in RECS:
    rows.append(f"<tr><td colspan='5' style='background:#dde'><b>Objective: {e(th)}</b></td></tr>")
    for a,lc,leads,raw,dl,sc,st in acts: rows.append(f"<tr><td>{e(a)}</td><td>{e(lc)}</td><td>{e(raw)}</td><td>{e(sc)}</td><td>&nbsp;</td></tr>")
html=f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Issue - items at meetings - Community Safety Partnership Plan | Quenby District Council</title></head><body>
<table width="100%" cellpadding="0" cellspacing="0" class="mgLayout"><tr><td class="mgHeader"><img src="logo.gif" alt="Quenby District Council"> <a href="mgListCommittees.aspx">Committees</a> | <a href="mgCalendarMonthView.aspx">Calendar</a></td></tr>
<tr><td><table width="100%"><tr><td width="20%" valign="top"><ul><li><a href="#">Agenda item</a></li><li><a href="#">Decision</a></li></ul></td><td valign="top">
<h1 class="mgMainTitleTxt">Agenda item - Community Safety Partnership Plan: Action Plan 2026/27</h1>
<table class="mgKeyValue" border="0"><tr><td><b>Meeting:</b></td><td>Community Committee, 20 January 2026</td></tr><tr><td><b>Report of:</b></td><td>Head of Regulatory Services</td></tr><tr><td><b>Contact:</b></td><td>Community Safety Manager, 01632 960123</td></tr><tr><td><b>Wards affected:</b></td><td><table><tr><td>All wards</td></tr></table></td></tr></table>
<h2>1. Purpose of report</h2><p>To ask the Committee to approve the Community Safety Partnership action plan for 2026/27.</p>
<h2>2. Recommendation</h2><p>That the Committee approves the action plan at Appendix 1.</p>
<h2>3. Options considered</h2><table border="1"><tr><th>Option</th><th>Comment</th></tr><tr><td>Approve the plan</td><td>Recommended</td></tr><tr><td>Do not approve the plan</td><td>Not recommended: the council has a statutory duty under the Crime and Disorder Act 1998.</td></tr></table>
<h2>Appendix 1 – Action plan</h2>
<table border="1" cellpadding="3"><thead><tr><th>Action</th><th>Lead</th><th>Target date</th><th>Status</th><th>Comments</th></tr></thead><tbody>
{chr(10).join(rows)}
</tbody></table>
<p>Status as at 5 January 2026.</p>
</td></tr></table></td></tr>
<tr><td class="mgFooter">Quenby District Council, Council Offices, High Street, Quenby &middot; <a href="#">Accessibility</a></td></tr></table></body></html>"""
write(SLUG,COUNCIL,TITLE,"2026-01",html,records)
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
W,Hh=A4; c=canvas.Canvas(os.path.join(OUT,SLUG,"rotated-tmp.pdf"),pagesize=A4)
def hdr(pn,land=False):
    c.setFont("Times-Italic",8)
    if land: c.drawString(40,Hh_-25 if False else 0,"")
def portrait_page(pn,lines):
    c.setFont("Times-Italic",8); c.drawString(50,Hh-30,"Quenby District Council - Community Committee - 20 January 2026"); c.drawCentredString(W/2,25,f"Page {pn}")
    y=Hh-70
    for font,size,t in lines:
        for ln in simpleSplit(t,font,size,W-100): c.setFont(font,size); c.drawString(50,y,ln); y-=size+4
        y-=5
    c.showPage()
portrait_page(1,[("Times-Bold",16,"Quenby District Council"),("Times-Bold",13,"Community Safety Partnership Plan: Action Plan 2026/27"),("Times-Roman",10,"Meeting: Community Committee, 20 January 2026. Report of: Head of Regulatory Services. Wards affected: All wards."),
 ("Times-Bold",11,"1. Purpose of report"),("Times-Roman",10,"To ask the Committee to approve the Community Safety Partnership action plan for 2026/27."),("Times-Bold",11,"2. Recommendation"),("Times-Roman",10,"That the Committee approves the action plan at Appendix 1."),
 ("Times-Bold",11,"3. Options considered"),("Times-Roman",10,"Approve the plan - recommended. Do not approve the plan - not recommended: the council has a statutory duty under the Crime and Disorder Act 1998.")])
# landscape appendix page drawn in landscape coordinates on a landscape-sized page; qpdf later turns it into portrait MediaBox? -> simpler: draw landscape page, then set /Rotate via qpdf on a portrait-drawn copy
c.setPageSize((W,Hh))
c.saveState(); c.translate(W,0); c.rotate(90)   # now x along page height (landscape width = Hh)
LW=Hh; c.setFont("Times-Italic",8); c.drawString(40,W-25,"Quenby District Council - Community Committee - 20 January 2026"); c.drawCentredString(LW/2,15,"Page 2")
c.setFont("Times-Bold",13); c.drawString(40,W-50,"Appendix 1 \u2013 Action plan")
cols=[(40,330,"Action"),(370,170,"Lead"),(540,110,"Target date"),(650,70,"Status"),(720,80,"Comments")]
y=W-75; c.setFont("Times-Bold",9)
for x,w,h in cols: c.drawString(x+2,y,h)
c.setLineWidth(0.5); c.line(40,y-4,800,y-4); y-=16
for th,acts in RECS:
    c.setFont("Times-Bold",9); c.drawString(42,y,f"Objective: {th}"); c.line(40,y-4,800,y-4); y-=15
    for a,lc,leads,raw,dl,sc,st in acts:
        cells=[simpleSplit(v,"Times-Roman",9,w-6) for (x,w,_),v in zip(cols,[a,lc,raw,sc,""])]
        n=max(len(x) for x in cells) or 1
        for (x,w,_),cl in zip(cols,cells):
            yy=y; c.setFont("Times-Roman",9)
            for ln in cl: c.drawString(x+2,yy,ln); yy-=11
        y-=n*11; c.line(40,y+6,800,y+6); y-=6
c.setFont("Times-Roman",8); c.drawString(40,y-6,"Status as at 5 January 2026.")
c.restoreState(); c.showPage()
portrait_page(3,[("Times-Bold",11,"4. Background papers"),("Times-Roman",10,"Community Safety Strategic Assessment 2025 (available from the Community Safety Manager).")])
c.save()
