import sys, copy; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *
# Word document (python-docx) with automatic multilevel outline numbering (w:numPr, the
# numbers are NOT in the text): level 1 "1" recommendation headings, level 2 "1.1" numbered
# paragraphs, level 3 "(a)" sub-steps. In each section the first numbered paragraph is the
# peers' finding (not an action); the following numbered paragraphs are actions, each
# followed by un-numbered "Lead officer:" / "Target date:" / "Status:" lines. Sub-steps
# (a), (b) belong to their action. Header with the council name, footer with page number
# field. Summary table before the plan (not actions). Also outline.odt and writer.pdf.
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.oxml import parse_xml
from docx.enum.text import WD_ALIGN_PARAGRAPH
SLUG = "millbrook-2026-01"; COUNCIL = "Millbrook"
TITLE = "Millbrook Metropolitan Borough Council – Peer Challenge Action Plan, January 2026"
# rec title, finding, [(action, [substeps], lead cell, leads, target, deadline, status cell, status)]
RECS = [
 ("Build a shared leadership culture across members and officers",
  "The peer team found that relationships between Cabinet and the Corporate Leadership Team were good, but that this had not yet reached scrutiny members or service managers.",
  [("Hold joint Cabinet and Corporate Leadership Team away days twice a year to agree priorities and behaviours.", [], "Chief Executive and Leader of the Council", ["Chief Executive", "Leader of the Council"], "March 2026", D("date","2026-03-01","2026-03-31"), "On track", "in_progress"),
   ("Introduce a member–officer protocol and train all members and senior officers on it.", ["Draft the protocol with the Standards Committee.", "Run training sessions for all 63 members.", "Include the protocol in the induction for new managers."], "Monitoring Officer", ["Monitoring Officer"], "June", D("date","2026-06-01","2026-06-30"), "Not started", "not_started"),
   ("Launch a management development programme for the 120 service managers.", [], "Director of People", ["Director of People"], "2026/27", D("date","2026-04-01","2027-03-31"), "Not started", "not_started")]),
 ("Set out a medium-term plan to close the budget gap",
  "The peers noted a gap of £18.6m over three years and the limited use of reserves to smooth it.",
  [("Agree a Medium Term Financial Strategy to 2028/29 with savings proposals identified for each year.", [], "Director of Finance (S151 Officer)", ["Director of Finance (S151 Officer)"], "February 2026", D("date","2026-02-01","2026-02-28"), "On track", "in_progress"),
   ("Set up a Transformation Board to oversee savings delivery, chaired by the Chief Executive.", [], "Chief Executive", ["Chief Executive"], "Complete", D("complete"), "Complete", "complete"),
   ("Review the council's property portfolio to identify assets for disposal.", ["Complete condition surveys of operational buildings.", "Report disposal options to Cabinet."], "Director of Regeneration", ["Director of Regeneration"], "Q1 2026/27", D("date","2026-04-01","2026-06-30"), "Delayed", "in_progress")]),
 ("Improve the experience of residents who contact the council",
  "The peer team heard from residents and partners that it is hard to get through to the right service and that complaints take too long to resolve.",
  [("Open a single customer contact centre for all services by phone, online and face to face.", [], "Head of Customer Services", ["Head of Customer Services"], "Autumn 2026", D("date","2026-09-01","2026-11-30"), "On track", "in_progress"),
   ("Rewrite the complaints procedure so that stage one complaints are answered within ten working days.", [], "Head of Legal and Governance", ["Head of Legal and Governance"], "April 2026", D("date","2026-04-01","2026-04-30"), "Not started", "not_started"),
   ("Publish customer service standards and report performance against them to Cabinet.", [], "Head of Customer Services / Head of Performance", ["Head of Customer Services", "Head of Performance"], "Quarterly from July 2026", None, None, None)]),
 ("Strengthen partnership working on the health and wellbeing of residents",
  "The peers found strong operational links with the NHS but no shared plan at place level.",
  [("Agree a joint Health and Wellbeing Strategy with the integrated care board and the voluntary sector.", [], "Director of Public Health", ["Director of Public Health"], "By end of March 2026", D("date",None,"2026-03-31"), "On track", "in_progress"),
   ("Create a neighbourhood health partnership in each of the four localities.", ["Appoint a locality lead for each area.", "Agree shared outcome measures with primary care."], "Director of Adult Social Care & Health", ["Director of Adult Social Care & Health"], "December 2026", D("date","2026-12-01","2026-12-31"), "Not started", "not_started"),
   ("Report progress on the strategy to the Health and Wellbeing Board at every meeting.", [], "Director of Public Health", ["Director of Public Health"], "Ongoing", D("ongoing"), "Ongoing", "ongoing")]),
]
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Millbrook Metropolitan Borough Council – Peer Challenge Action Plan"
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("Page ")
fp._p.append(parse_xml('<w:fldSimple xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
# multilevel numbering
numbering = doc.part.numbering_part.element
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
absxml = f'''<w:abstractNum {W} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>
</w:abstractNum>'''
first_num = numbering.find(qn("w:num"))
if first_num is not None: first_num.addprevious(parse_xml(absxml))
else: numbering.append(parse_xml(absxml))
numbering.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
def numbered(text, lvl, style=None, bold=False):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    run = p.add_run(text); run.bold = bold
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0, parse_xml(f'<w:numPr {W}><w:ilvl w:val="{lvl}"/><w:numId w:val="90"/></w:numPr>'))
    return p
def plain(text, indent=True, italic=False):
    p = doc.add_paragraph(); r = p.add_run(text); r.italic = italic
    if indent: p.paragraph_format.left_indent = Cm(1)
    p.paragraph_format.space_after = Pt(0)
    return p
doc.add_heading("Peer Challenge Action Plan", 0)
doc.add_paragraph("Millbrook Metropolitan Borough Council – January 2026")
doc.add_heading("Purpose", 2)
doc.add_paragraph("This plan responds to the recommendations of the LGA Corporate Peer Challenge held in October 2025. It was agreed by Cabinet on 14 January 2026 and will be reviewed by the Corporate Overview and Scrutiny Committee every six months.")
doc.add_heading("Summary", 2)
t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
for i, h in enumerate(["Section", "Recommendation", "Actions"]): t.rows[0].cells[i].text = h
for i, (rt, _, acts) in enumerate(RECS, 1):
    c = t.add_row().cells; c[0].text = str(i); c[1].text = rt; c[2].text = str(len(acts))
doc.add_paragraph("")
records = []
for i, (rt, finding, acts) in enumerate(RECS, 1):
    numbered(rt, 0, style="Heading 1")
    numbered(finding, 1)
    for j, (act, subs, lcell, leads, target, dl, scell, status) in enumerate(acts, 2):
        numbered(act, 1)
        for s in subs: numbered(s, 2)
        plain(f"Lead officer: {lcell}"); plain(f"Target date: {target}")
        if scell: plain(f"Status: {scell}")
        doc.add_paragraph("").paragraph_format.space_after = Pt(0)
        records.append(R(str(i), rt, f"{i}.{j}", act, leads, target, dl, status, None))
doc.add_heading("Monitoring", 2)
doc.add_paragraph("Progress will be reported to Cabinet in July 2026 and January 2027. The LGA will carry out a progress review in spring 2026.")
write_gold(SLUG, COUNCIL, TITLE, "2026-01", records, {})
doc.save(os.path.join(OUT, SLUG, "outline.docx"))
