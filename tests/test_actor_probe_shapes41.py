"""Shapes found by writing articles in styles the read pages under-represent (session 41, probes41), each on an
article written for this test: a family name written first after an office's portfolio ("Minister for Manpower
Tan Hui Min"), a spokesperson's field in lower case after "on" ("spokesperson on water X"), a Member of the
Senedd's "MS" after the party ("Labour MS X"), two offices one person holds over "and" ("co-founder and CEO X"),
a body's qualifier in brackets before its officer's title ("X (independent) president Y told"), a rank's letters
opening a body's name ("DSP Water Services"), a description the cue model took for the source ("Jazz legend X ...,
saying"), a campaign named by its verb ("Protect Ashby Meadows, a residents' group, said"), a promoter's trade
before its name ("Promoter Stage Nation said"), two bodies joined by "and" before their cue ("Caritas and
Islamic Relief said")."""

from __future__ import annotations

from written import actor_named, actors_of, holders, report_of

_FAMILY_FIRST = (
    "Factory rules tightened after blaze\n\n"
    "SINGAPORE - New safety rules will apply to all factories from next year, the Ministry of Manpower said. "
    "Minister of State for Manpower Tan Hui Min said the rules would cover every site with more than 50 workers. "
    '"We cannot wait for another fire," Ms Tan told reporters.'
)


def test_a_family_name_written_first_is_not_the_portfolio() -> None:
    report = report_of(_FAMILY_FIRST)
    tan = actor_named(report, "Tan Hui Min")
    assert tan.role == "Minister of State for Manpower"
    assert "Tan" not in [a.name for a in actors_of(report)]


_SPOKESPERSON = (
    "Party threatens court over water cuts\n\n"
    "The Green Front has threatened to take the department to court over the new water schedule. "
    "Green Front spokesperson on water Pieter Botha said the plan was unlawful."
)


def test_a_spokespersons_field_after_on_is_in_the_role() -> None:
    assert actor_named(report_of(_SPOKESPERSON), "Pieter Botha").role == "Green Front spokesperson on water"


_SENEDD = (
    "Flood response criticised\n\n"
    "Labour MS Rhian Pritchard has criticised the response to the floods. "
    "She says councils were not warned in time."
)


def test_a_senedd_member_is_no_courtesy() -> None:
    assert actor_named(report_of(_SENEDD), "Rhian Pritchard").role == "Labour MS"


_TWO_OFFICES = (
    "Startup raises money for farm robots\n\n"
    "Harrowfield, a startup in Leeds, has raised $20 million, the company said on Monday. "
    '"Farms need help," Harrowfield co-founder and CEO Daniel Asante said in an interview.'
)


def test_two_offices_over_and_are_one_role() -> None:
    assert actor_named(report_of(_TWO_OFFICES), "Daniel Asante").role == "Harrowfield co-founder and CEO"


_QUALIFIED_BODY = (
    "Traders call strike over new levy\n\n"
    "Chandigarh: Traders across Haryana will shut their shops on Friday to protest against a new market levy. "
    "Vyapar Mandal Ekta Sangh (independent) president Harpal Sandhu told PTI that shops would stay closed for two days."
)


def test_a_bodys_bracketed_qualifier_before_its_officers_title() -> None:
    report = report_of(_QUALIFIED_BODY)
    assert actor_named(report, "Harpal Sandhu").role == "Vyapar Mandal Ekta Sangh (independent) president"
    assert holders(report, "shops would stay closed") == ["Harpal Sandhu"]


_INITIALS_BODY = (
    "Thousands without water\n\n"
    "About 9,000 homes in the valley have no running water after a main burst overnight. "
    "Water utility DSP Water Services says the main will be repaired by Friday."
)


def test_a_ranks_letters_opening_a_bodys_name_are_the_bodys() -> None:
    report = report_of(_INITIALS_BODY)
    assert actor_named(report, "DSP Water Services").kind == "organization"
    assert holders(report, "the main will be repaired") == ["DSP Water Services"]


_LEGEND = (
    "Tour called off\n\n"
    "Jazz legend Nora Quill has cancelled her autumn tour, saying she needs rest after an operation. "
    "Her agent said ticket holders would be refunded."
)


def test_a_description_taken_for_the_source_stands_for_the_name_after_it() -> None:
    assert holders(report_of(_LEGEND), "she needs rest") == ["Nora Quill"]


_CAMPAIGN = (
    "Council approves homes on meadow\n\n"
    "The council has approved 200 homes on the meadow north of the village. "
    "Protect Ashby Meadows, a residents' group formed last year, said it would seek a judicial review."
)


def test_a_campaign_named_by_its_verb_keeps_the_verb() -> None:
    report = report_of(_CAMPAIGN)
    assert actor_named(report, "Protect Ashby Meadows").kind == "organization"
    assert holders(report, "seek a judicial review") == ["Protect Ashby Meadows"]


_PROMOTER = (
    "Festival called off\n\n"
    "The Brookfield festival has been cancelled because of flooding. "
    "Promoter Stage Nation said refunds would be issued automatically."
)


def test_a_promoters_trade_is_no_part_of_its_name() -> None:
    assert holders(report_of(_PROMOTER), "refunds would be issued") == ["Stage Nation"]


_TWO_BODIES = (
    "Aid groups warn of famine\n\n"
    "The United Nations says millions face hunger in the region. "
    "Caritas and Islamic Relief said the aid corridor had been closed for a month."
)


def test_two_bodies_joined_by_and_both_speak() -> None:
    assert sorted(holders(report_of(_TWO_BODIES), "the aid corridor had been closed")) == ["Caritas", "Islamic Relief"]
