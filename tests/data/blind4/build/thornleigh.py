import sys, datetime; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *
# Spreadsheet action tracker (openpyxl .xlsx) printed to PDF by LibreOffice Calc:
# landscape, 9 narrow columns, wrapped header cells, recommendation text in a cell merged
# down over its actions, two title rows repeated on every page (print titles), gridlines
# printed, a second sheet "Key" (RAG key and abbreviations: not actions).
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
SLUG = "thornleigh-2025-12"; COUNCIL = "Thornleigh"
TITLE = "Thornleigh Borough Council – Peer Challenge Action Tracker (position at 30 November 2025)"
d = datetime.date
# rec no, rec text, [(ref, action, lead cell, leads, due cell (date or str), raw, deadline, pct, status, rag letter, rag, comment)]
RECS = [
 ("1", "Set out a clear, long-term vision for Thornleigh that is shared with partners and residents.", [
  ("1.1", "Run a borough-wide conversation with residents, businesses and partners on priorities to 2040.", "CX", ["CX"], d(2025,10,31), "31/10/2025", D("date","2025-10-31","2025-10-31"), "100%", "complete", "G", "green", "Over 3,200 responses received."),
  ("1.2", "Agree the Thornleigh 2040 vision with the Thornleigh Partnership Board and adopt it at Full Council.", "CX / Leader", ["CX","Leader"], d(2026,2,26), "26/02/2026", D("date","2026-02-26","2026-02-26"), "40%", "in_progress", "G", "green", "Draft vision to Partnership Board in January."),
  ("1.3", "Align the Medium Term Financial Strategy to the new vision.", "DoF", ["DoF"], "Q4 2025/26", "Q4 2025/26", D("date","2026-01-01","2026-03-31"), "20%", "in_progress", "A", "amber", "Depends on settlement timing."),
 ]),
 ("2", "Strengthen financial resilience and close the budget gap for 2026/27 and beyond.", [
  ("2.1", "Deliver the £4.2m savings programme agreed in the 2025/26 budget.", "DoF", ["DoF"], d(2026,3,31), "31/03/2026", D("date","2026-03-31","2026-03-31"), "65%", "in_progress", "A", "amber", "£2.7m delivered; leisure savings slipped."),
  ("2.2", "Review the capital programme and remove schemes that no longer meet the investment criteria.", "DoF / HoP", ["DoF","HoP"], "Dec-25", "Dec-25", D("date","2025-12-01","2025-12-31"), "80%", "in_progress", "G", "green", "Three schemes paused."),
  ("2.3", "Set a reserves strategy with a minimum general fund balance.", "DoF", ["DoF"], "Feb-26", "Feb-26", D("date","2026-02-01","2026-02-28"), "10%", "in_progress", "R", "red", "Not started in earnest; audit work took priority."),
 ]),
 ("3", "Improve the quality and timeliness of decision making.", [
  ("3.1", "Refresh the constitution, including the scheme of delegation to officers.", "MO", ["MO"], d(2026,5,20), "20/05/2026", D("date","2026-05-20","2026-05-20"), "30%", "in_progress", "G", "green", "Constitution working group meeting monthly."),
  ("3.2", "Introduce a forward plan of key decisions published 28 days ahead.", "MO", ["MO"], d(2025,9,1), "01/09/2025", D("date","2025-09-01","2025-09-01"), "100%", "complete", "G", "green", "Live on the website."),
  ("3.3", "Provide report-writing training for all managers who write committee reports.", "HoDS", ["HoDS"], "Ongoing", "Ongoing", D("ongoing"), "50%", "in_progress", "G", "green", "Four sessions held."),
  ("3.4", "Strengthen the role of overview and scrutiny with an annual work programme linked to the Council Plan.", "HoDS / Scrutiny Chair", ["HoDS","Scrutiny Chair"], "May-26", "May-26", D("date","2026-05-01","2026-05-31"), "15%", "in_progress", "A", "amber", ""),
 ]),
 ("4", "Build organisational capacity and invest in the workforce.", [
  ("4.1", "Publish a three-year workforce strategy covering recruitment, retention and succession.", "HoHR", ["HoHR"], "Q3 2025/26", "Q3 2025/26", D("date","2025-10-01","2025-12-31"), "90%", "in_progress", "G", "green", "Consultation with unions complete."),
  ("4.2", "Reduce reliance on agency staff in planning and legal services.", "HoHR / HoP", ["HoHR","HoP"], "TBC", "TBC", D("tbc"), "25%", "in_progress", "R", "red", "Market supplements under review."),
  ("4.3", "Launch a leadership development programme for the top 60 managers.", "HoHR", ["HoHR"], d(2026,4,30), "30/04/2026", D("date","2026-04-30","2026-04-30"), "5%", "in_progress", "A", "amber", "Provider being procured."),
 ]),
]
wb = Workbook(); ws = wb.active; ws.title = "Tracker"
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.gridLines = True
ws.print_title_rows = "1:3"
ws.oddFooter.center.text = "Page &P of &N"; ws.oddHeader.right.text = "OFFICIAL"
ws["A1"] = "Thornleigh Borough Council – Peer Challenge Action Tracker"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Position at 30 November 2025. Abbreviations are explained on the Key sheet."
hdr = ["Rec no.", "Peer recommendation", "Action ref", "Action", "Lead", "Target date", "% complete", "RAG", "Commentary"]
widths = [6, 30, 7, 42, 12, 11, 9, 6, 30]
thin = Side(style="thin")
for i, (h, w) in enumerate(zip(hdr, widths), 1):
    c = ws.cell(row=3, column=i, value=h); c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F4E79"); c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.column_dimensions[c.column_letter].width = w
ws.row_dimensions[3].height = 32
FILL = {"G": "00B050", "A": "FFC000", "R": "FF0000"}
row = 4; records = []
for rno, rtext, acts in RECS:
    first = row
    for ref, act, lcell, leads, due, raw, dl, pct, status, letter, rag, com in acts:
        vals = [rno if row == first else None, rtext if row == first else None, ref, act, lcell, due, pct, letter, com]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, datetime.date): c.number_format = "DD/MM/YYYY"
        ws.cell(row=row, column=8).fill = PatternFill("solid", fgColor=FILL[letter])
        ws.cell(row=row, column=8).alignment = Alignment(horizontal="center", vertical="top")
        records.append(R(rno, rtext, ref, act, leads, raw, dl, status, rag))
        import math
        n = max(math.ceil(len(str(v or "")) / (w * 1.05)) for v, w in zip(vals, widths) if not isinstance(v, datetime.date))
        if row == first: n = max(n, 2)
        ws.row_dimensions[row].height = 15 * max(n, 1) + 4
        row += 1
    ws.merge_cells(start_row=first, start_column=1, end_row=row-1, end_column=1)
    ws.merge_cells(start_row=first, start_column=2, end_row=row-1, end_column=2)
k = wb.create_sheet("Key")
k.page_setup.orientation = "portrait"
rowsk = [("RAG key", ""), ("G", "On track to meet target date"), ("A", "Some slippage, recoverable"), ("R", "Off track, intervention needed"), ("", ""),
         ("Abbreviation", "Post"), ("CX", "Chief Executive"), ("DoF", "Director of Finance (Section 151 Officer)"), ("MO", "Monitoring Officer"),
         ("HoP", "Head of Planning"), ("HoHR", "Head of HR and Organisational Development"), ("HoDS", "Head of Democratic Services"), ("Leader", "Leader of the Council")]
for i, (a, b) in enumerate(rowsk, 1):
    k.cell(row=i, column=1, value=a); k.cell(row=i, column=2, value=b)
k["A1"].font = Font(bold=True); k["A6"].font = Font(bold=True); k["B6"].font = Font(bold=True)
k.column_dimensions["A"].width = 14; k.column_dimensions["B"].width = 50
write_gold(SLUG, COUNCIL, TITLE, "2025-11", records, {})
wb.save(os.path.join(OUT, SLUG, "tracker.xlsx"))
