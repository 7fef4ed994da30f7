"""A short story of our own, written for the page-reading tests: what each test's furniture sits around."""

LIDO_STORY = [
    "The council of Marlow Bay voted on Tuesday night to close the old lido for good, ending a campaign by"
    " swimmers that had run for six years.",
    "Councillor Anika Brandt said the pool needed repairs the town could not pay for, and that the site"
    " would be offered to builders in the spring.",
    "“It is a sad day, but we have run out of road,” she said after the vote, which passed by nine votes to four.",
]
