"""Shapes of session 50's talk55 helper, on articles written for these tests.

A place's one office holder left unnamed ("The mayor of Corbin says ...") speaks as that office, a person, not as
the place: before, the town was listed saying what its mayor said. "Corbin says" alone stays the town's."""

from __future__ import annotations

from written import actors_of, holders, report_of

from brief.actors.place_offices import office_name

_BRIDGE = (
    "Harbour bridge in Corbin to reopen by spring\n\n"
    "CORBIN — The mayor of Corbin says the Ellery Street bridge will reopen to traffic before the end of April, "
    "two years after floods cracked its main span.\n\n"
    "Work crews finished pouring the new deck last week, and inspectors are due on site in March.\n\n"
    "\"We owe the people on the east bank a road they can trust,\" the mayor of Corbin said at a council meeting "
    "on Tuesday.\n\n"
    "Residents have complained that the detour through Maple Flats adds half an hour to every trip to the "
    "hospital.\n\n"
    "Corbin says it will also widen the footpath on the southern side."
)


def test_an_unnamed_mayor_of_a_place_speaks_not_the_place() -> None:
    report = report_of(_BRIDGE)
    assert holders(report, "will reopen to traffic") == ["mayor of Corbin"]
    assert holders(report, "a road they can trust") == ["mayor of Corbin"]
    kinds = {a.name: a.kind for a in actors_of(report)}
    assert kinds["mayor of Corbin"] == "person"
    assert holders(report, "widen the footpath") == ["Corbin"]  # "Corbin says" alone: the town


_FERRY = (
    "Ferry landing opens at Corbin\n\n"
    "Corbin Mayor Dana Whitt cut the ribbon on the town's new ferry landing on Saturday, a year later than "
    "planned.\n\n"
    "The landing cost the town close to $4 million, most of it borrowed from the regional development bank.\n\n"
    "\"This is the busiest crossing on the river and it finally looks the part,\" the mayor of Corbin said."
)


def test_an_office_name_has_no_surname() -> None:
    assert holders(report_of(_FERRY), "busiest crossing") == ["Dana Whitt"]  # named: the holder, as before
    assert office_name("mayor of Corbin") and office_name("governor of the Tarn Valley")
    assert not office_name("Dana Whitt") and not office_name("Mayor Corbin")


# A broadcast host labelled by name alone, known as the host by the sign-on "I'm ...", relays others' words as a host
# labelled "HOST" does; a reporter typed a body by the tagger still labels their turns; a turn relayed whole keeps
# its relayed words (before: the host held the regulators' and the teacher's words, and a BYLINE turn relayed whole
# was read as an unnamed interviewer's, so its words were no one's).
_COAST = (
    "Flood insurance costs climb along the Tarn coast\n\n"
    "MARGOT ELSWORTH: Good evening. I'm Margot Elsworth.\n\n"
    "Homeowners along the Tarn coast are facing insurance bills that have tripled in three years. State regulators "
    "said on Monday that two more insurers have asked to leave the market. A retired teacher in Port Aldous, Gwen "
    "Farrow, told us her premium now costs more than her mortgage.\n\n"
    "Our correspondent Piet Vandermolen has the story.\n\n"
    "PIET VANDERMOLEN: (voice-over) The seawall at Port Aldous was built in 1962. Engineers say it will not survive "
    "another big storm. The town's harbourmaster, Osric Dale, said boats have already started mooring further "
    "inland.\n\n"
    "PIET VANDERMOLEN: Insurers argue the prices simply reflect the risk.\n\n"
    "MARGOT ELSWORTH: Piet Vandermolen reporting from Port Aldous. Thank you."
)


def test_a_host_labelled_by_name_alone_relays_others() -> None:
    report = report_of(_COAST)
    assert holders(report, "two more insurers") == ["State regulators"]
    assert holders(report, "more than her mortgage") == ["Gwen Farrow"]
    assert holders(report, "mooring further inland") == ["Osric Dale"]  # in the reporter's voice-over


_BUSES = (
    "Night buses return to Harrowgate\n\n"
    "NELL TAVISH, HOST: Night buses are coming back to Harrowgate after a two-year pause. Reporter Ossian Pryde has "
    "been riding the first routes.\n\n"
    "OSSIAN PRYDE, BYLINE: The Harrowgate Transit Authority says the buses will run every forty minutes until three "
    "in the morning.\n\n"
    "NELL TAVISH, HOST: Who is riding them?\n\n"
    "OSSIAN PRYDE, BYLINE: Mostly hospital staff and cleaners. They used to walk home for an hour after a late "
    "shift.\n\n"
    "NELL TAVISH, HOST: Ossian Pryde in Harrowgate, thanks."
)


def test_a_turn_relayed_whole_keeps_its_words() -> None:
    report = report_of(_BUSES)
    assert holders(report, "every forty minutes") == ["Harrowgate Transit Authority"]
    assert not {"BYLINE", "HOST"} & {a.name for a in actors_of(report)}


# What is expected or hoped after "and", inside a reported clause with its own subject, is that subject's, in the
# speaker's report (before: the speaker was listed expecting the arrests); an act of speech joined so stays the
# speaker's own position.
_RAID = (
    "Two men sought after jewellery shop raid in Hexley\n\n"
    "Detective Inspector Maud Carrow said police were still searching for two men and expected to make further "
    "arrests within days.\n\n"
    "The raid on Penmarric Jewellers in Hexley's market square happened shortly after closing time on Friday.\n\n"
    "Councillor Bryn Talfan said the shopkeepers were shaken but urged the council to fund more street lighting."
)


def test_a_joined_expectation_in_a_reported_clause_is_reported() -> None:
    report = report_of(_RAID)
    carrow = next(a for a in actors_of(report) if a.name == "Maud Carrow")
    assert [p.cue for p in carrow.positions] == ["said"]
    assert "expected to make further arrests" in carrow.positions[0].text
    talfan = next(a for a in actors_of(report) if a.name == "Bryn Talfan")
    assert "urged" in [p.cue for p in talfan.positions]  # an act of speech: the councillor's own
