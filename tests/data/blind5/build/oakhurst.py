import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *
# Word improvement plan (python-docx): portrait intro section with a "plan on a page" summary table
# (not actions), then a LANDSCAPE section; per recommendation one 4-column table whose first row is
# merged across all columns ("Recommendation N – title"), second row the headings
# What / Who / When / How we will know, then one row per action. Footer with page field text.
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT, WD_SECTION
SLUG="oakhurst-2026-02"; COUNCIL="Oakhurst"; TITLE="Oakhurst City Council – Improvement Plan 2026–2028"
RECS=[
("1","Agree a small number of clear corporate priorities and resource them",[
 ("Run a priority-setting exercise with Cabinet and the Corporate Leadership Team.","Chief Executive",["Chief Executive"],"April 2026",D("date","2026-04-01","2026-04-30"),"Three to five priorities agreed by Cabinet"),
 ("Publish a new Council Plan built around the agreed priorities.","Director of Strategy & Communities",["Director of Strategy & Communities"],"Summer 2026",D("date","2026-06-01","2026-08-31"),"Council Plan adopted; staff survey shows 70% understand priorities"),
 ("Link the budget process to the priorities through priority-based budgeting.","Director of Resources (Section 151 Officer)",["Director of Resources (Section 151 Officer)"],"2026/27",D("date","2026-04-01","2027-03-31"),"Budget report shows spend by priority"),
]),
("2","Improve the council's performance management framework",[
 ("Agree a set of key performance indicators with targets for each priority.","Head of Performance and Intelligence",["Head of Performance and Intelligence"],"June 2026",D("date","2026-06-01","2026-06-30"),"KPI set approved by Cabinet"),
 ("Report performance to Cabinet and Scrutiny every quarter.","Head of Performance and Intelligence",["Head of Performance and Intelligence"],"Quarterly",D("recurring"),"Quarterly reports published on time"),
 ("Hold service performance clinics led by directors.","Corporate Directors",["Corporate Directors"],"From September 2026",None,"Clinics held for all services within the year"),
]),
("3","Develop the council's relationship with its partners",[
 ("Relaunch the Oakhurst Partnership Board with new terms of reference.","Leader of the Council & Chief Executive",["Leader of the Council","Chief Executive"],"May 2026",D("date","2026-05-01","2026-05-31"),"Board meets quarterly with health, police and VCS partners"),
 ("Sign a compact with the voluntary and community sector.","Head of Communities",["Head of Communities"],"Q3 2026/27",D("date","2026-10-01","2026-12-31"),"Compact signed; annual review held"),
]),
("4","Modernise the council's technology and ways of working",[
 ("Replace the legacy housing management system.","Head of ICT / Head of Housing Services",["Head of ICT","Head of Housing Services"],"Apr 2026 – Dec 2027",D("range","2026-04-01","2027-12-31"),"New system live; legacy system switched off"),
 ("Move remaining servers to the cloud.","Head of ICT",["Head of ICT"],"End of March 2027",D("date",None,"2027-03-31"),"Data centre closed"),
 ("Give every member of staff digital skills training.","Head of HR",["Head of HR"],"Ongoing",D("ongoing"),"95% of staff complete the training module"),
]),
]
doc=Document(); s=doc.sections[0]
for sec_ in [s]:
    p=sec_.footer.paragraphs[0]; p.text="Oakhurst City Council – Improvement Plan 2026–2028 – OFFICIAL"
doc.add_heading("Improvement Plan 2026–2028",0)
doc.add_paragraph("Oakhurst City Council. Approved by Cabinet on 10 February 2026.")
doc.add_heading("Introduction",1)
doc.add_paragraph("This plan responds to the Corporate Peer Challenge held in November 2025. It sets out what we will do, who will lead it, when it will be done and how we will know it has worked.")
doc.add_heading("Plan on a page",2)
t=doc.add_table(rows=1,cols=3); t.style="Light Grid Accent 1"
for i,x in enumerate(["Theme","Number of actions","Sponsor"]): t.rows[0].cells[i].text=x
for row in [("Priorities","3","Chief Executive"),("Performance","3","Director of Resources"),("Partners","2","Leader of the Council"),("Technology","3","Director of Resources")]:
    c=t.add_row().cells
    for i,x in enumerate(row): c[i].text=x
ns=doc.add_section(WD_SECTION.NEW_PAGE); ns.orientation=WD_ORIENT.LANDSCAPE; ns.page_width, ns.page_height = s.page_height, s.page_width
doc.add_heading("The plan",1)
records=[]
for rid,rt,acts in RECS:
    t=doc.add_table(rows=2,cols=4); t.style="Table Grid"
    m=t.rows[0].cells[0].merge(t.rows[0].cells[3]); m.text=f"Recommendation {rid} – {rt}"; m.paragraphs[0].runs[0].bold=True
    for i,x in enumerate(["What","Who","When","How we will know"]):
        t.rows[1].cells[i].text=x; t.rows[1].cells[i].paragraphs[0].runs[0].bold=True
    for a,lc,leads,raw,dl,kpi in acts:
        c=t.add_row().cells
        for i,x in enumerate([a,lc,raw,kpi]): c[i].text=x
        records.append(R(rid,rt,None,a,leads,raw,dl,None,None))
    for row in t.rows:
        for i,w in enumerate([Cm(10),Cm(5),Cm(3.5),Cm(6.5)]): row.cells[i].width=w
    doc.add_paragraph("")
doc.add_heading("Governance",1)
doc.add_paragraph("The Improvement Board, chaired by the Chief Executive, will review progress monthly. Cabinet will receive a report every six months.")
write_gold(SLUG,COUNCIL,TITLE,"2026-02",records,{})
doc.save(os.path.join(OUT,SLUG,"plan.docx"))
