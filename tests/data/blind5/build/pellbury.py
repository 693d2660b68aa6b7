import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *
# Progress report to Audit & Governance Committee: hand-written PostScript (fixed layout, Helvetica /
# Times, drawn rules) distilled by Ghostscript ps2pdf. Per recommendation a bold heading
# "Recommendation N: title" then a ruled table: No. (roman i., ii.) | Action | Lead | Due |
# Previous RAG | Current RAG | Update. Running header, "Page n" footer; a RAG key box before the plan
# and a summary table (counts per RAG, not actions). Gold rag = Current RAG.
SLUG="pellbury-2025-11"; COUNCIL="Pellbury"; TITLE="Pellbury Borough Council – External Audit Recommendations: Progress Report"
RECS=[
("1","Strengthen arrangements for financial sustainability",[
 ("i","Update the Medium Term Financial Plan with realistic assumptions on pay and inflation.","Director of Finance",["Director of Finance"],"Feb-26",D("date","2026-02-01","2026-02-28"),"Amber","Green","Draft MTFP to Cabinet in January."),
 ("ii","Set out a savings programme with named leads for each proposal.","Director of Finance / CLT",["Director of Finance","CLT"],"Dec-25",D("date","2025-12-01","2025-12-31"),"Red","Amber","Savings of 1.2m identified; gap of 0.4m remains."),
 ("iii","Rebuild the general fund reserve to at least 5% of net budget.","Director of Finance",["Director of Finance"],"2027/28",D("date","2027-04-01","2028-03-31"),"Amber","Amber","Contribution of 300k built into budget."),
]),
("2","Improve governance of the council's companies",[
 ("i","Appoint independent non-executive directors to Pellbury Homes Ltd.","Monitoring Officer",["Monitoring Officer"],"31 January 2026",D("date","2026-01-31","2026-01-31"),"Red","Red","Recruitment failed to appoint; to be re-advertised."),
 ("ii","Create a Shareholder Committee to oversee all council companies.","Chief Executive",["Chief Executive"],"Complete",D("complete"),"Green","Green","First meeting held 9 October 2025."),
 ("iii","Agree business plans for each company annually.","Shareholder Committee",["Shareholder Committee"],"Annually",D("recurring"),"Amber","Green","2026 business plans due in March."),
]),
("3","Improve contract management and procurement",[
 ("i","Establish a contracts register covering all spend over 5,000.","Head of Procurement",["Head of Procurement"],"Q3 2025/26",D("date","2025-10-01","2025-12-31"),"Amber","Green","Register published on website."),
 ("ii","Train contract managers in the new Procurement Act 2023.","Head of Procurement",["Head of Procurement"],"By March 2026",D("date",None,"2026-03-31"),"Amber","Amber","42 of 60 officers trained."),
]),
("4","Strengthen the internal audit function",[
 ("i","Review internal audit resourcing against the Global Internal Audit Standards.","Chief Internal Auditor",["Chief Internal Auditor"],"Spring 2026",D("date","2026-03-01","2026-05-31"),"Green","Amber","External quality assessment delayed to April."),
 ("ii","Follow up all high priority audit actions within three months.","Chief Internal Auditor",["Chief Internal Auditor"],"Ongoing",D("ongoing"),"Amber","Green","All high priority actions followed up in Q2."),
]),
]
import textwrap
def ps_esc(s): return s.replace("\\","\\\\").replace("(","\\(").replace(")","\\)")
out=["%!PS-Adobe-3.0","%%Title: Pellbury BC - External Audit Recommendations progress report","%%Creator: hand-written PostScript","%%Pages: (atend)","%%EndComments",
"/F {findfont exch scalefont setfont} bind def /S {moveto show} bind def /L {newpath moveto lineto 0.4 setlinewidth stroke} bind def"]
page=[0]; y=[0]
def newpage():
    if page[0]: out.append("showpage")
    page[0]+=1; out.append(f"%%Page: {page[0]} {page[0]}")
    out.append("7 /Helvetica F (Pellbury Borough Council  -  Audit and Governance Committee  -  25 November 2025) 40 815 S")
    out.append(f"8 /Helvetica F (Page {page[0]}) 290 25 S"); y[0]=790
def text(s,x,size=10,font="Times-Roman"):
    out.append(f"{size} /{font} F ({ps_esc(s)}) {x} {y[0]} S")
def para(s,size=10,font="Times-Roman",width=95):
    for ln in textwrap.wrap(s,width):
        if y[0]<60: newpage()
        text(ln,40,size,font); y[0]-=size+3
    y[0]-=4
newpage()
para("Pellbury Borough Council",16,"Helvetica-Bold"); para("External Audit Recommendations: Progress Report",14,"Helvetica-Bold")
para("Report of the Director of Finance. Audit and Governance Committee, 25 November 2025.",10,"Times-Italic")
para("1. Purpose",11,"Helvetica-Bold"); para("This report updates the Committee on progress against the recommendations made by the external auditor in the Auditor's Annual Report for 2024/25. Each action shows the RAG rating reported in September (Previous RAG) and the rating now (Current RAG).")
para("2. Summary",11,"Helvetica-Bold")
for row in [("RAG","September 2025","November 2025"),("Green","2","5"),("Amber","6","4"),("Red","2","1")]:
    for x,v in zip([60,160,280],row): text(v,x,9,"Helvetica")
    y[0]-=13
y[0]-=6; para("Key: Green - on track to complete by the due date; Amber - some slippage, recoverable; Red - will not be met without intervention.",9,"Times-Italic")
para("3. Progress against each recommendation",11,"Helvetica-Bold")
cols=[(40,"No."),(62,"Action"),(232,"Lead"),(322,"Due"),(372,"Previous RAG"),(425,"Current RAG"),(475,"Update")]
records=[]
def header():
    out.append(f"40 {y[0]+10} 560 {y[0]+10} L")
    for x,h in cols: text(h,x,7.5,"Helvetica-Bold")
    y[0]-=5; out.append(f"40 {y[0]} 560 {y[0]} L"); y[0]-=10
for rid,rt,acts in RECS:
    if y[0]<200: newpage()
    para(f"Recommendation {rid}: {rt}",10.5,"Helvetica-Bold"); y[0]-=4; header()
    for no,a,lc,leads,raw,dl,prev,cur,upd in acts:
        cells=[[no+"."],textwrap.wrap(a,36),textwrap.wrap(lc,18),textwrap.wrap(raw,10),[prev],[cur],textwrap.wrap(upd,18)]
        n=max(len(c) for c in cells)
        if y[0]-n*10<60: newpage(); header()
        for i,(x,_) in enumerate(cols):
            yy=y[0]
            for ln in cells[i]: out.append(f"8 /Helvetica F ({ps_esc(ln)}) {x} {yy} S"); yy-=10
        y[0]-=n*10; out.append(f"40 {y[0]+6} 560 {y[0]+6} L"); y[0]-=8
        records.append(R(rid,rt,no,a,leads,raw,dl,None,cur.lower()))
    y[0]-=10
para("4. Recommendation",11,"Helvetica-Bold"); para("The Committee is asked to note the progress made and to agree that the actions rated Green and complete are closed.")
out+=["showpage","%%Trailer",f"%%Pages: {page[0]}","%%EOF"]
write_gold(SLUG,COUNCIL,TITLE,"2025-11",records,{"source.ps":"\n".join(out)+"\n"})
