import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *
# Word document (python-docx), no tables for the plan: typed two-level numbering "R1" headings and
# "R1.a" action paragraphs; under each action a line of tab-separated label/value pairs
# "Lead:<TAB>…<TAB>By:<TAB>…<TAB>Status:<TAB>…" (custom tab stops). An intro table of
# "Peer team members" (not actions), a footnote-like "Notes" list, header and footer text.
from docx import Document
from docx.shared import Pt, Cm
SLUG="ravensby-2025-12"; COUNCIL="Ravensby"; TITLE="Ravensby Metropolitan Borough Council – Peer Challenge Action Plan, December 2025"
RECS=[
("R1","Develop a more strategic approach to regeneration",[
 ("a","Prepare a Town Centre Regeneration Framework for Ravensby and Hallam Bridge.","Director of Regeneration",["Director of Regeneration"],"Jun 2026",D("date","2026-06-01","2026-06-30"),"In progress","in_progress"),
 ("b","Set up a Regeneration Board with private sector members.","Director of Regeneration",["Director of Regeneration"],"Jan/Feb 2026",D("range","2026-01-01","2026-02-28"),"Not started","not_started"),
 ("c","Bid for Levelling Up Partnership funding.","Head of Economic Growth",["Head of Economic Growth"],"Complete",D("complete"),"Complete","complete"),
]),
("R2","Strengthen the council's approach to risk management",[
 ("a","Refresh the risk management strategy and risk appetite statement.","Head of Audit & Risk",["Head of Audit & Risk"],"March 2026",D("date","2026-03-01","2026-03-31"),"On track","in_progress"),
 ("b","Review the corporate risk register at CLT every month.","CLT",["CLT"],"Monthly",D("recurring"),"Ongoing","ongoing"),
]),
("R3","Improve the experience of residents contacting the council",[
 ("a","Carry out a review of the contact centre, including call waiting times.","Head of Customer Services",["Head of Customer Services"],"Q4 2025",D("date","2025-10-01","2025-12-31"),"Complete","complete"),
 ("b","Introduce webchat for council tax and benefits enquiries.","Head of Customer Services + Head of Revenues and Benefits",["Head of Customer Services","Head of Revenues and Benefits"],"Late 2026",D("date","2026-09-01","2026-12-31"),"Not started","not_started"),
 ("c","Publish customer service standards and report against them.","Head of Customer Services",["Head of Customer Services"],"TBC",D("tbc"),"Not started","not_started"),
]),
("R4","Invest in elected member development",[
 ("a","Agree a member development programme with the cross-party working group.","Democratic Services Manager",["Democratic Services Manager"],"By end of January 2026",D("date",None,"2026-01-31"),"In progress","in_progress"),
 ("b","Offer every councillor a personal development plan.","Democratic Services Manager",["Democratic Services Manager"],"2026/27",D("date","2026-04-01","2027-03-31"),"Not started","not_started"),
]),
]
doc=Document(); sec=doc.sections[0]
sec.header.paragraphs[0].text="Ravensby MBC\tPeer Challenge Action Plan\tDecember 2025"
sec.footer.paragraphs[0].text="OFFICIAL – This plan is reviewed by the Corporate Leadership Team every month."
doc.add_heading("Peer Challenge Action Plan",0)
doc.add_paragraph("Ravensby Metropolitan Borough Council – position at 1 December 2025")
doc.add_heading("Background",1)
doc.add_paragraph("The LGA Corporate Peer Challenge took place from 7 to 10 July 2025. The peer team was:")
t=doc.add_table(rows=1,cols=2); t.style="Table Grid"; t.rows[0].cells[0].text="Peer"; t.rows[0].cells[1].text="Role"
for a,b in [("Chief Executive, a shire district council","Lead peer"),("Councillor, a metropolitan borough","Member peer"),("Director of Finance, a unitary council","Officer peer"),("LGA Peer Challenge Manager","Review manager")]:
    c=t.add_row().cells; c[0].text=a; c[1].text=b
doc.add_paragraph("The peer team made four recommendations (R1 to R4). Our actions are numbered under each recommendation.")
doc.add_heading("Action plan",1)
records=[]
for rid,rt,acts in RECS:
    doc.add_heading(f"{rid}  {rt}",2)
    for sub,a,lc,leads,raw,dl,sc,st in acts:
        p=doc.add_paragraph(); r=p.add_run(f"{rid}.{sub}\t"); r.bold=True; p.add_run(a)
        p.paragraph_format.left_indent=Cm(1.5); p.paragraph_format.first_line_indent=Cm(-1.5); p.paragraph_format.tab_stops.add_tab_stop(Cm(1.5))
        q=doc.add_paragraph(f"Lead:\t{lc}\tBy:\t{raw}\tStatus:\t{sc}")
        q.paragraph_format.left_indent=Cm(1.5)
        for cm in [3.0,9.5,11.0,14.5,16.0]: q.paragraph_format.tab_stops.add_tab_stop(Cm(cm))
        for run in q.runs: run.font.size=Pt(9)
        records.append(R(rid,rt,f"{rid}.{sub}",a,leads,raw,dl,st,None))
doc.add_heading("Notes",1)
for n in ["1. Status is as reported by the lead officer at 1 December 2025.","2. Actions marked Complete will be removed from the next version of the plan."]: doc.add_paragraph(n)
write_gold(SLUG,COUNCIL,TITLE,"2025-12",records,{})
doc.save(os.path.join(OUT,SLUG,"plan.docx"))
