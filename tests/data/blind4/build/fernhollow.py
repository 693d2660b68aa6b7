import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *
# LaTeX-typeset report (pdflatex, Computer Modern; booktabs-style rules defined inline): fancyhdr running header/footer with page numbers, a
# document-control table and a RAG key table (booktabs, not actions), a short narrative with
# footnotes, then a longtable action plan with booktabs rules only (no vertical lines),
# header repeated after each page break, recommendation rows as \multicolumn spanning rows
# "Recommendation N: ...", actions numbered N.M; RAG as a letter (G, A, R, A/G).
# Also source.md: the same document as Markdown (pipe tables), as a converter would give it.
SLUG = "fernhollow-2025-11"; COUNCIL = "Fernhollow"
TITLE = "Fernhollow City Council – Corporate Peer Challenge Action Plan: November 2025 update"
RECS = [
 ("1", "Agree a small number of clear corporate priorities and resource them", [
  ("1.1", "Consult residents on a refreshed Council Plan with no more than five priorities.", "Assistant Chief Executive", ["Assistant Chief Executive"], "Q3 2025/26", D("date","2025-10-01","2025-12-31"), "G", "green"),
  ("1.2", "Link every service plan and budget line to one of the five priorities.", "Director of Finance and Section 151 Officer", ["Director of Finance and Section 151 Officer"], "Spring 2026", D("date","2026-03-01","2026-05-31"), "A", "amber"),
  ("1.3", "Stop or scale back activity that does not support a priority, using a structured review.", "Corporate Leadership Team", ["Corporate Leadership Team"], "2026/27", D("date","2026-04-01","2027-03-31"), "A/G", None),
 ]),
 ("2", "Improve the council's relationship with its partners in the city", [
  ("2.1", "Hold a city partnership summit twice a year, chaired by the Leader.", "Leader of the Council; Chief Executive", ["Leader of the Council", "Chief Executive"], "Every six months", D("recurring"), "G", "green"),
  ("2.2", "Agree a joint economic strategy with the university, the hospital trust and the business board.", "Director of Growth", ["Director of Growth"], "By 31 March 2026", D("date",None,"2026-03-31"), "R", "red"),
  ("2.3", "Create a single point of contact for partners in each directorate.", "Director of Growth", ["Director of Growth"], "December 2025", D("date","2025-12-01","2025-12-31"), "G", "green"),
 ]),
 ("3", "Address the backlog in housing repairs and improve tenant satisfaction", [
  ("3.1", "Commission an independent review of the repairs service.", "Director of Housing", ["Director of Housing"], "Completed", D("complete"), "G", "green"),
  ("3.2", "Reduce the backlog of non-urgent repairs to fewer than 1,500 jobs.", "Head of Repairs and Maintenance", ["Head of Repairs and Maintenance"], "End of June 2026", D("date",None,"2026-06-30"), "R", "red"),
  ("3.3", "Introduce a tenant scrutiny panel with its own budget and work programme.", "Head of Tenancy Services", ["Head of Tenancy Services"], "Jan-26", D("date","2026-01-01","2026-01-31"), "A", "amber"),
  ("3.4", "Publish tenant satisfaction measures every quarter on the council website.", "Head of Tenancy Services", ["Head of Tenancy Services"], "Quarterly", D("recurring"), "G", "green"),
 ]),
 ("4", "Strengthen the governance of the council's companies", [
  ("4.1", "Set up a Shareholder Committee with clear terms of reference.", "Monitoring Officer", ["Monitoring Officer"], "May 2026", D("date","2026-05-01","2026-05-31"), "A", "amber"),
  ("4.2", "Review the business plans of Fernhollow Homes Ltd and Fernhollow Energy Ltd.", "Director of Finance and Section 151 Officer / Monitoring Officer", ["Director of Finance and Section 151 Officer", "Monitoring Officer"], "Q4 2025/26", D("date","2026-01-01","2026-03-31"), "A", "amber"),
  ("4.3", "Appoint independent non-executive directors to each company board.", "Chief Executive", ["Chief Executive"], "TBC", D("tbc"), "R", "red"),
 ]),
 ("5", "Develop the council's approach to equality, diversity and inclusion", [
  ("5.1", "Adopt an Equality, Diversity and Inclusion Strategy with measurable objectives.", "Assistant Chief Executive", ["Assistant Chief Executive"], "October 2025", D("date","2025-10-01","2025-10-31"), "G", "green"),
  ("5.2", "Run inclusive recruitment training for every manager who sits on an interview panel.", "Head of HR", ["Head of HR"], "Ongoing", D("ongoing"), "G", "green"),
 ]),
]
def tex(s):
    return (s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%").replace("$", "\\$")
             .replace("#", "\\#").replace("_", "\\_").replace("£", "\\pounds{}").replace("–", "--").replace("'", "'"))
records = []
rows = []
for rno, rt, acts in RECS:
    rows.append(r"\midrule" + "\n" + r"\multicolumn{5}{@{}l}{\textbf{Recommendation %s: %s}}\\" % (rno, tex(rt)) + "\n" + r"\addlinespace[2pt]")
    for aid, act, lcell, leads, raw, dl, letter, rag in acts:
        fn = ""
        if aid == "3.2": fn = r"\footnote{The backlog stood at 4,180 jobs at 31 October 2025.}"
        if aid == "4.3": fn = r"\footnote{Subject to the outcome of the company review in action 4.2.}"
        rows.append(r"%s & %s%s & %s & %s & %s \\" % (aid, tex(act), fn, tex(lcell), tex(raw), letter))
        records.append(R(rno, rt, aid, act, leads, raw, dl, None, rag))
TEX = r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}
\usepackage[margin=2.2cm,headheight=14pt]{geometry}
\usepackage{longtable,array,fancyhdr}
\setlength{\parindent}{0pt}\setlength{\parskip}{6pt}
% booktabs-style rules (booktabs.sty is not installed here): horizontal rules only
\makeatletter
\def\toprule{\noalign{\hrule height 0.8pt\vskip 3pt}}
\def\midrule{\noalign{\vskip 2pt\hrule height 0.4pt\vskip 3pt}}
\def\bottomrule{\noalign{\vskip 2pt\hrule height 0.8pt}}
\def\addlinespace[#1]{\noalign{\vskip #1}}
\makeatother
\pagestyle{fancy}\fancyhf{}
\lhead{\small Fernhollow City Council}\rhead{\small Corporate Peer Challenge Action Plan}
\cfoot{\small Page \thepage}\lfoot{\small November 2025}
\begin{document}
{\LARGE\bfseries Corporate Peer Challenge\\[4pt] Action Plan: November 2025 update\par}
\vspace{6pt}
{\large Fernhollow City Council\par}
\vspace{10pt}
\begin{tabular}{@{}ll@{}}
\toprule
Document owner & Assistant Chief Executive \\
Version & 3.1 \\
Approved by & Cabinet, 12 November 2025 \\
Next review & March 2026 \\
\bottomrule
\end{tabular}

\section*{1. Introduction}
The Local Government Association carried out a Corporate Peer Challenge at Fernhollow City Council in
February 2025.\footnote{The full feedback report is published on the council's website.} The peer team made
five recommendations. This plan sets out the actions the council has agreed in response, who leads each one
and when it will be done. Progress is reported to Cabinet every six months.

\section*{2. How to read this plan}
Each action has a RAG rating showing the lead officer's view of progress at the end of October 2025.

\begin{tabular}{@{}cl@{}}
\toprule
Rating & Meaning \\
\midrule
G & On track to be delivered by the deadline \\
A/G & Some risk, but expected to be delivered by the deadline \\
A & At risk; action being taken to bring it back on track \\
R & Will not be delivered by the deadline without intervention \\
\bottomrule
\end{tabular}

\section*{3. Action plan}
\small
\begin{longtable}{@{}p{0.6cm}p{6.4cm}>{\raggedright\arraybackslash}p{3.6cm}>{\raggedright\arraybackslash}p{2.5cm}c@{}}
\toprule
\textbf{No.} & \textbf{Action} & \textbf{Lead officer} & \textbf{Deadline} & \textbf{RAG} \\
\endfirsthead
\toprule
\textbf{No.} & \textbf{Action} & \textbf{Lead officer} & \textbf{Deadline} & \textbf{RAG} \\
\endhead
\midrule
\multicolumn{5}{r@{}}{\emph{continued on next page}} \\
\endfoot
\bottomrule
\endlastfoot
""" + "\n".join(rows) + r"""
\end{longtable}
\normalsize
\section*{4. Next steps}
The LGA will return for a progress review in spring 2026. The next update will go to Cabinet in May 2026.
\end{document}
"""
def md_cell(s): return s.replace("|", "\\|")
MD = ["# Corporate Peer Challenge Action Plan: November 2025 update", "", "**Fernhollow City Council**", "",
      "| | |", "|---|---|", "| Document owner | Assistant Chief Executive |", "| Version | 3.1 |", "| Approved by | Cabinet, 12 November 2025 |", "| Next review | March 2026 |", "",
      "## 1. Introduction", "", "The Local Government Association carried out a Corporate Peer Challenge at Fernhollow City Council in February 2025.[^1] The peer team made five recommendations. This plan sets out the actions the council has agreed in response, who leads each one and when it will be done. Progress is reported to Cabinet every six months.", "",
      "## 2. How to read this plan", "", "| Rating | Meaning |", "|:---:|---|", "| G | On track to be delivered by the deadline |", "| A/G | Some risk, but expected to be delivered by the deadline |", "| A | At risk; action being taken to bring it back on track |", "| R | Will not be delivered by the deadline without intervention |", "",
      "## 3. Action plan", ""]
for rno, rt, acts in RECS:
    MD += [f"### Recommendation {rno}: {rt}", "", "| No. | Action | Lead officer | Deadline | RAG |", "|---|---|---|---|:---:|"]
    for aid, act, lcell, leads, raw, dl, letter, rag in acts:
        MD.append(f"| {aid} | {md_cell(act)} | {md_cell(lcell)} | {raw} | {letter} |")
    MD.append("")
MD += ["## 4. Next steps", "", "The LGA will return for a progress review in spring 2026. The next update will go to Cabinet in May 2026.", "", "[^1]: The full feedback report is published on the council's website.", ""]
write_gold(SLUG, COUNCIL, TITLE, "2025-11", records, {"source.tex": TEX, "source.md": "\n".join(MD)})
