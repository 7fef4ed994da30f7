"""Court, crime and police press (session 49, court51), on articles written for these tests: a defendant who
"appeared in court charged with" an offence gives the court no position; two judges of a bench each keep their
own title; the country in a federal court officer's title is no actor; a magistrate's title is a role."""

from __future__ import annotations

from written import actor_named, actors_of, report_of

_REMAND = (
    "Driver remanded after chase\n\n"
    "Callum Reeve appeared via video link in Dunford Magistrates Court on Friday charged with dangerous driving "
    "and failing to stop for police. "
    "Reeve, 22, of Tollgate Street, did not apply for bail. "
    "He was remanded in custody and will appear again on 9 May."
)


def test_a_court_gives_no_charge_a_defendant_appeared_charged_with() -> None:
    report = report_of(_REMAND)
    assert not any("dangerous driving" in p.text for a in actors_of(report) if a.kind != "person" for p in a.positions)


_BENCH = (
    "Court rebukes state over prison delays\n\n"
    "NEW DELHI: The Delhi High Court on Tuesday criticised the state over delays in reviewing prisoners' cases. "
    "A bench of Justice Rohini Bhatt and Justice Vikram Sood observed that the authorities had shown "
    '"no urgency at all" on the files. '
    '"Freedom cannot wait on paperwork," the bench said. '
    "Justice Bhatt asked the prisons department to file a report within a fortnight."
)


def test_each_judge_of_a_bench_keeps_their_own_title() -> None:
    report = report_of(_BENCH)
    assert actor_named(report, "Vikram Sood").role == "Justice"


_SENTENCING = (
    "Investment adviser jailed\n\n"
    "A former investment adviser was sentenced Monday to nine years in federal prison for stealing from clients. "
    "U.S. District Judge Miriam Calder said Trevor Osgood had preyed on retirees who trusted him. "
    '"You treated their savings as your own allowance," Calder said. '
    "Assistant U.S. Attorney Neil Haskins asked for twelve years. "
    "Osgood pleaded guilty in March to wire fraud."
)


def test_the_country_in_a_federal_judges_title_is_no_actor() -> None:
    report = report_of(_SENTENCING)
    assert "United States" not in {a.name for a in actors_of(report)}
    assert actor_named(report, "Miriam Calder").positions
    named = _SENTENCING + " The United States has demanded that two banks return the money to the victims."
    assert "United States" in {a.name for a in actors_of(report_of(named))}  # the country named on its own stays


_BAIL = (
    "Bail refused for teenager\n\n"
    "A 19-year-old accused of ramming a patrol car has been refused bail. "
    'Police prosecutor Sergeant Kate Lomax said the accused was "a danger to the public". '
    "Magistrate Hugh Tennant said the alleged offending was extremely serious. "
    '"Two officers could have died," Mr Tennant said.'
)


def test_a_magistrates_title_is_his_role() -> None:
    assert actor_named(report_of(_BAIL), "Hugh Tennant").role == "Magistrate"


_OPENING = (
    "Bookkeeper 'invented suppliers', jury told\n\n"
    "A bookkeeper took more than £400,000 from a family bakery by paying invoices from firms that did not exist, "
    "a jury has heard. "
    "Dean Ashcroft, 52, denies nine counts of fraud. "
    "Opening the case on Monday, prosecutor Fiona Grant said Ashcroft had worked at the bakery for 20 years. "
    '"The Crown says this was a careful and long-running deception," Miss Grant said. '
    "The trial continues."
)


def test_miss_before_a_surname_is_the_named_prosecutor() -> None:
    report = report_of(_OPENING)
    assert any("long-running deception" in p.text for p in actor_named(report, "Fiona Grant").positions)
    assert not [a for a in actors_of(report) if "Miss" in a.name]


_CRASH = (
    "Tributes paid to father-of-two killed in Ashvale crash\n\n"
    "Owen Pritchard, 38, from Ashvale, died at the scene of the crash near Halsey Bridge on Sunday afternoon. "
    'His wife, Kerry Pritchard, said: "Owen was our whole world." '
    "Sergeant Tom Blakely said officers wanted to hear from anyone who saw the collision."
)


def test_the_home_town_after_an_age_is_a_place() -> None:
    report = report_of(_CRASH)
    assert "Ashvale" not in {a.name for a in actors_of(report) if a.kind == "organization"}


_PLEA = (
    "Man jailed over Carrow hardware shop robbery\n\n"
    "A man who threatened a shop worker with a wrench has been jailed for five years. "
    "Shane Dowling (39), of Mill View, Carrow, pleaded guilty at Balmoral Circuit Criminal Court to robbery. "
    "Detective Sergeant Orla Fenlon told Peter Roche BL, prosecuting, that Dowling demanded cash from the till. "
    "She agreed with Ciaran Mulvey SC, defending, that his client had been addicted to heroin for years. "
    "Mr Mulvey said his client had written a letter of apology to the shop worker. "
    "Judge Ann Treacy said the worker had been left badly shaken."
)


def test_counsels_side_between_commas_is_no_statement() -> None:
    report = report_of(_PLEA)
    assert not any(p.cue.startswith(("defend", "prosecut")) for a in actors_of(report) for p in a.positions)
    said = report_of(
        "Driver jailed\n\nA van driver who killed a cyclist has been jailed for three years. "
        'Solicitor Fraser Loudon, defending, said his client was "utterly broken" and had sold his van. '
        "Sheriff Iain Baxter told him his driving had been reckless."
    )
    assert any("utterly broken" in p.text for p in actor_named(said, "Fraser Loudon").positions)  # its cue is "said"


def test_senior_counsels_letters_are_no_part_of_the_name() -> None:
    report = report_of(_PLEA)
    assert any("letter of apology" in p.text for p in actor_named(report, "Ciaran Mulvey").positions)


_FINE = (
    "Landlord fined over blocked fire escape\n\n"
    "A landlord who let rooms in a house with a locked fire escape has been fined £18,000. "
    "Harold Quint, 61, of Beech Way, Corley, admitted four breaches of fire safety rules at Corley Magistrates' "
    "Court. "
    "Corley Magistrates' Court heard that the door had been locked for months. "
    'Prosecuting for the fire service, Dawn Ellis told the court: "Nine people were living in this house." '
    'District Judge Simon Pratt told Quint: "Tenants are entitled to be safe in their homes."'
)


def test_a_magistrates_court_keeps_its_apostrophe_and_head() -> None:
    names = {a.name for a in actors_of(report_of(_FINE))}
    assert "Corley Magistrates' Court" in names
    assert "Corley Magistrates" not in names
