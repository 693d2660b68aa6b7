import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *
# Slide deck (python-pptx .pptx -> LibreOffice Impress PDF): title slide, agenda slide,
# a "where we are" summary slide (counts table, not actions), one slide per recommendation:
# slide title "Recommendation N", a subtitle line with the peers' words, then one bullet per
# action with a second-level bullet "Lead: … | By: … | Status: …". A RAG key slide at the end.
# Slide footer with the council name and slide number.
from pptx import Presentation
from pptx.util import Pt, Emu, Inches
from pptx.dml.color import RGBColor
SLUG = "wyvernham-2025-09"; COUNCIL = "Wyvernham"
TITLE = "Wyvernham District Council – Corporate Peer Challenge: one year on"
RECS = [
 ("1", "Develop a shared narrative for the place and the council's role in it", [
  ("Co-produce a 'Wyvernham Story' with town and parish councils and the voluntary sector.", "Head of Communications", ["Head of Communications"], "October 2025", D("date","2025-10-01","2025-10-31"), "On track", "in_progress"),
  ("Use the narrative in all external bids and the inward investment prospectus.", "Head of Economic Development", ["Head of Economic Development"], "From January 2026", None, None, None),
 ]),
 ("2", "Put the council's finances on a sustainable footing", [
  ("Agree a balanced three-year Medium Term Financial Plan.", "Chief Finance Officer", ["Chief Finance Officer"], "February 2026", D("date","2026-02-01","2026-02-28"), "In progress", "in_progress"),
  ("Introduce quarterly budget challenge sessions with each service.", "Chief Finance Officer & Heads of Service", ["Chief Finance Officer", "Heads of Service"], "Quarterly", D("recurring"), "Complete", "complete"),
  ("Review fees and charges against the cost of each service.", "Chief Finance Officer", ["Chief Finance Officer"], "Q3 2025/26", D("date","2025-10-01","2025-12-31"), "Not started", "not_started"),
 ]),
 ("3", "Invest in the capacity of the senior leadership team", [
  ("Recruit a permanent Director of Place.", "Chief Executive", ["Chief Executive"], "Summer 2025", D("date","2025-06-01","2025-08-31"), "Complete", "complete"),
  ("Commission an external leadership development programme for the Corporate Management Team.", "Head of HR & OD", ["Head of HR & OD"], "Spring 2026", D("date","2026-03-01","2026-05-31"), "Delayed", "in_progress"),
 ]),
 ("4", "Make better use of data and insight to drive performance", [
  ("Launch a corporate performance dashboard reported to Cabinet every quarter.", "Head of Policy and Performance", ["Head of Policy and Performance"], "By December 2025", D("date",None,"2025-12-31"), "On track", "in_progress"),
  ("Complete a data maturity assessment and agree a data strategy.", "Head of Digital / Head of Policy and Performance", ["Head of Digital", "Head of Policy and Performance"], "March 2026", D("date","2026-03-01","2026-03-31"), "Not started", "not_started"),
  ("Train all managers to use Power BI reports.", "Head of Digital", ["Head of Digital"], "Ongoing", D("ongoing"), "Ongoing", "ongoing"),
 ]),
 ("5", "Strengthen the council's work with communities on climate change", [
  ("Publish an updated Climate Action Plan with annual carbon budgets.", "Climate Change Manager", ["Climate Change Manager"], "November 2025", D("date","2025-11-01","2025-11-30"), "On track", "in_progress"),
  ("Set up a Community Climate Fund of £250k for local projects.", "Climate Change Manager", ["Climate Change Manager"], "2026/27", D("date","2026-04-01","2027-03-31"), "Not started", "not_started"),
  ("Retrofit the Wyvern Leisure Centre with heat pumps and solar panels.", "Head of Property", ["Head of Property"], "Sept-26", D("date","2026-09-01","2026-09-30"), "At risk", "in_progress"),
 ]),
]
prs = Presentation(); prs.slide_width = Inches(13.333); prs.slide_height = Inches(7.5)
BLANK_T = prs.slide_layouts[5]  # title only
n = [0]
def footer(s):
    n[0] += 1
    tb = s.shapes.add_textbox(Inches(0.4), Inches(7.0), Inches(12.5), Inches(0.4))
    p = tb.text_frame.paragraphs[0]; p.text = f"Wyvernham District Council  |  Peer Challenge one year on  |  {n[0]}"; p.runs[0].font.size = Pt(10)
def title(s, t):
    s.shapes.title.text = t
    s.shapes.title.text_frame.paragraphs[0].runs[0].font.size = Pt(32)
s = prs.slides.add_slide(prs.slide_layouts[0]); s.shapes.title.text = "Corporate Peer Challenge: one year on"
s.placeholders[1].text = "Progress against the peer team's recommendations\nCabinet, 18 September 2025"; footer(s)
s = prs.slides.add_slide(BLANK_T); title(s, "Today")
tb = s.shapes.add_textbox(Inches(0.8), Inches(1.8), Inches(11), Inches(4)).text_frame
for i, t in enumerate(["What the peer team told us in September 2024", "Where we are: summary", "Progress on each recommendation", "Next steps and the LGA progress review visit"]):
    p = tb.paragraphs[0] if i == 0 else tb.add_paragraph(); p.text = f"{i+1}. {t}"; p.runs[0].font.size = Pt(24)
footer(s)
s = prs.slides.add_slide(BLANK_T); title(s, "Where we are: summary")
tbl = s.shapes.add_table(6, 3, Inches(0.8), Inches(1.8), Inches(8), Inches(3)).table
for r, row in enumerate([("Position", "Actions", "Of total"), ("Complete", "2", "15%"), ("On track / in progress", "6", "46%"), ("Delayed or at risk", "2", "15%"), ("Not started", "3", "23%"), ("Total", "13", "100%")]):
    for c, v in enumerate(row): tbl.cell(r, c).text = v
footer(s)
records = []
for rno, rtitle, acts in RECS:
    s = prs.slides.add_slide(BLANK_T); title(s, f"Recommendation {rno}")
    tf = s.shapes.add_textbox(Inches(0.6), Inches(1.45), Inches(12.2), Inches(5.4)).text_frame; tf.word_wrap = True
    p = tf.paragraphs[0]; p.text = f"\u201c{rtitle}\u201d"; p.runs[0].font.size = Pt(20); p.runs[0].font.italic = True
    p.runs[0].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    for act, lcell, leads, raw, dl, scell, status in acts:
        p = tf.add_paragraph(); p.text = "\u2022 " + act; p.runs[0].font.size = Pt(18); p.space_before = Pt(12)
        bits = [f"Lead: {lcell}", f"By: {raw}"] + ([f"Status: {scell}"] if scell else [])
        p = tf.add_paragraph(); p.text = "      \u2013 " + "  |  ".join(bits); p.runs[0].font.size = Pt(14)
        records.append(R(rno, rtitle, None, act, leads, raw, dl, status, None))
    footer(s)
s = prs.slides.add_slide(BLANK_T); title(s, "Next steps")
tb = s.shapes.add_textbox(Inches(0.8), Inches(1.8), Inches(11), Inches(4)).text_frame; tb.word_wrap = True
for i, t in enumerate(["Cabinet is asked to note progress.", "The LGA progress review visit is planned for November 2025.", "Overview and Scrutiny will receive the next update in March 2026."]):
    p = tb.paragraphs[0] if i == 0 else tb.add_paragraph(); p.text = "\u2022 " + t; p.runs[0].font.size = Pt(22)
footer(s)
write_gold(SLUG, COUNCIL, TITLE, "2025-09", records, {})
prs.save(os.path.join(OUT, SLUG, "deck.pptx"))
