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
