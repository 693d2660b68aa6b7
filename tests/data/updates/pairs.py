"""The linking test pairs (see make.py). `unseen-*` was written and
measured once before any threshold was looked at again; the others test
each kind of change per layout family."""
from make import A

UNSEEN = dict(
    name="unseen-numbered", family="numbered", council="Fernleigh District",
    base_date="2024-05", update_date="2024-11",
    recs=[
        ("1", "Financial sustainability", [
            A("Agree a balanced budget for 2025/26 with a clear plan to close the remaining gap of £2.1m.", "Chief Finance Officer", "February 2025", "Not started"),
            A("Introduce monthly budget monitoring reports for every directorate, reviewed by the senior leadership team.", "Chief Finance Officer", "June 2024", "In progress"),
            A("Review the capital programme and remove schemes that no longer meet the council's priorities.", "Head of Assets", "September 2024", "In progress"),
        ]),
        ("2", "Leisure and culture", [
            A("Carry out an options appraisal for the future operation of the two leisure centres.", "Head of Leisure", "October 2024", "In progress"),
            A("Agree a new grants scheme for community arts groups with published criteria.", "Culture Manager", "July 2024", "Complete"),
            A("Work with town councils to take over the running of small parks and open spaces where they wish to.", "Head of Environment", "March 2025", "Not started"),
        ]),
        ("3", "Climate and environment", [
            A("Publish a climate action plan with a route to net zero for the council's own estate by 2030.", "Climate Officer", "December 2024", "In progress"),
            A("Replace the refuse fleet's diesel vehicles with electric vehicles as leases end.", "Head of Environment", "2027", "Not started"),
            A("Install solar panels on the roofs of the depot and the main council offices.", "Head of Assets", "March 2025", "Not started"),
        ]),
    ],
    edits=[
        ("set", "Agree a balanced budget for 2025/26 with a clear plan to close the remaining gap of £2.1m.", "status", "In progress"),
        ("set", "Introduce monthly budget monitoring reports for every directorate, reviewed by the senior leadership team.", "status", "Complete"),
        ("set", "Review the capital programme and remove schemes that no longer meet the council's priorities.", "deadline", "December 2024"),
        ("add", "1", "Introduce monthly budget monitoring reports for every directorate, reviewed by the senior leadership team.",
         A("Set up a commercial income board to find new sources of income from fees and trading.", "Chief Finance Officer", "April 2025", "Not started")),
        ("drop", "Agree a new grants scheme for community arts groups with published criteria."),
        ("set", "Carry out an options appraisal for the future operation of the two leisure centres.", "text",
         "Decide how the two leisure centres will be run from 2026, after an appraisal of in-house, trust and contract options."),
        ("set", "Work with town councils to take over the running of small parks and open spaces where they wish to.", "lead", "Director of Communities"),
        ("move", "Install solar panels on the roofs of the depot and the main council offices.", "Publish a climate action plan with a route to net zero for the council's own estate by 2030."),
        ("set", "Replace the refuse fleet's diesel vehicles with electric vehicles as leases end.", "deadline", "2028"),
        ("set", "Publish a climate action plan with a route to net zero for the council's own estate by 2030.", "text",
         "Publish a climate action plan with a costed route to net zero for the council's own estate by 2030."),
    ],
)

PAIRS = [UNSEEN]


def every_change(recs, new_rec, new_after, new_action, reword_from, reword_to, lead_of, new_lead, moved, before):
    """The usual edits of a progress update on one plan: every first action
    of a recommendation moves status, the second slips its deadline, one is
    reworded, one changes lead, completed ones are dropped, one is added
    (renumbering those after it), one moves up."""
    edits = []
    for _, _, acts in recs:
        if acts:
            edits.append(("set", acts[0]["text"], "status", "Complete" if acts[0]["status"] != "Complete" else "In progress"))
        if len(acts) > 1:
            edits.append(("set", acts[1]["text"], "deadline", "March 2026"))
    edits.append(("set", reword_from, "text", reword_to))
    edits.append(("set", lead_of, "lead", new_lead))
    for _, _, acts in recs:
        for a in acts[2:]:
            if a["status"] == "Complete":
                edits.append(("drop", a["text"]))
    edits.append(("add", new_rec, new_after, new_action))
    edits.append(("move", moved, before))
    return edits


TABLE_RECS = [
    ("1", "Governance", [
        A("Review the constitution and the scheme of delegation with group leaders.", "Monitoring Officer", "December 2024", "In progress"),
        A("Introduce a forward plan of key decisions published 28 days ahead.", "Head of Democratic Services", "October 2024", "In progress"),
        A("Hold a members' induction programme after the May elections.", "Head of Democratic Services", "June 2024", "Complete"),
        A("Set up an audit committee with an independent chair.", "Chief Finance Officer", "January 2025", "Not started"),
    ]),
    ("2", "Housing repairs", [
        A("Procure a new repairs contract with performance measures tenants help to set.", "Head of Housing", "April 2025", "In progress"),
        A("Clear the backlog of damp and mould cases reported before April 2024.", "Head of Housing", "September 2024", "In progress"),
        A("Publish repairs performance every quarter on the council's website.", "Head of Housing", "Quarterly", "Complete"),
        A("Train all surveyors in the new damp and mould assessment.", "Housing Technical Manager", "November 2024", "Not started"),
    ]),
]
NUMBERED_RECS = [
    ("1", "Economy and regeneration", [
        A("Adopt an economic growth strategy for the district with the business board.", "Head of Economy", "March 2025", "Not started"),
        A("Submit a bid to the Levelling Up Fund for the town centre scheme.", "Head of Regeneration", "October 2024", "In progress"),
        A("Appoint a town centre manager for the market town.", "Head of Economy", "July 2024", "Complete"),
    ]),
    ("2", "Workforce", [
        A("Agree a pay and grading review with the trade unions.", "Head of HR", "April 2025", "In progress"),
        A("Launch an apprenticeship scheme with places in every directorate.", "Head of HR", "September 2024", "In progress"),
        A("Run exit interviews for every leaver and report themes to the leadership team.", "HR Business Partner", "Ongoing", "In progress"),
        A("Publish the annual workforce report.", "Head of HR", "June 2024", "Complete"),
    ]),
]
LABELLED_RECS = [
    ("1", "Partnership working", [
        A("Set up a community safety partnership board with the police and health.", "Head of Community Safety", "November 2024", "In progress"),
        A("Agree a data sharing protocol with the integrated care board.", "Director of Public Health", "January 2025", "Not started"),
        A("Hold a partnership summit with voluntary sector groups.", "Head of Communities", "May 2024", "Complete"),
    ]),
    ("2", "Customer service", [
        A("Open a single customer contact centre for telephone and email enquiries.", "Head of Customer Services", "June 2025", "In progress"),
        A("Publish service standards with response times for every service.", "Head of Customer Services", "December 2024", "In progress"),
        A("Move the council tax direct debit form online.", "Revenues Manager", "August 2024", "Complete"),
        A("Survey residents on their experience of contacting the council.", "Insight Manager", "February 2025", "Not started"),
    ]),
]

PAIRS += [
    dict(name="table-governance", family="table", council="Ashby Vale", base_date="2024-06", update_date="2025-01",
         recs=TABLE_RECS,
         edits=every_change(
             TABLE_RECS, "1", None,
             A("Commission an external review of the council's decision-making culture.", "Chief Executive", "June 2025", "Not started"),
             "Train all surveyors in the new damp and mould assessment.",
             "Make sure every surveyor and repairs operative has been trained in the new damp and mould assessment, and keep a record of it.",
             "Set up an audit committee with an independent chair.", "Director of Resources",
             "Train all surveyors in the new damp and mould assessment.",
             "Procure a new repairs contract with performance measures tenants help to set.")),
    dict(name="numbered-economy", family="numbered", council="Brookfield", base_date="2024-05", update_date="2024-12",
         recs=NUMBERED_RECS,
         edits=every_change(
             NUMBERED_RECS, "2", "Agree a pay and grading review with the trade unions.",
             A("Introduce a hybrid working policy for office-based staff.", "Head of HR", "March 2025", "Not started"),
             "Submit a bid to the Levelling Up Fund for the town centre scheme.",
             "Submit a bid to the Levelling Up Fund for the town centre scheme and the station car park.",
             "Run exit interviews for every leaver and report themes to the leadership team.", "Director of People",
             "Run exit interviews for every leaver and report themes to the leadership team.",
             "Agree a pay and grading review with the trade unions.")),
    dict(name="labelled-partnership", family="labelled", council="Cressing", base_date="2024-04", update_date="2024-10",
         recs=LABELLED_RECS,
         edits=every_change(
             LABELLED_RECS, "1", "Set up a community safety partnership board with the police and health.",
             A("Agree a joint homelessness strategy with the housing associations.", "Head of Communities", "April 2025", "Not started"),
             "Publish service standards with response times for every service.",
             "Publish customer service standards, with the response time residents can expect from each service.",
             "Survey residents on their experience of contacting the council.", "Head of Customer Services",
             "Survey residents on their experience of contacting the council.",
             "Open a single customer contact centre for telephone and email enquiries.")),
]
