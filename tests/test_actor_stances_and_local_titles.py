"""A verb of stance with a short object is a position ("called for calm"), and the titles of local
government written before a name ("Councilmember", "Supervisor", "Selectwoman") are roles, not part of
the name or a body's."""

from __future__ import annotations

from tests.written import actors_of, holders, report_of, said_by

COUNCIL = """Budget vote delayed after six-hour hearing

The city council postponed a vote on the $4.2 billion budget on Tuesday after more than six hours of public comment from residents.

"We cannot balance this budget on the backs of working families," said Councilmember Dana Whitlock.

Supervisor Rosa Delgado said the county would not cover the shortfall. Selectwoman Karen Tully said the town had its own problems to solve.

Delegate Marcus Oyelaran called for federal help. Assemblyman Victor Hale urged restraint.

The vote is expected next week after a further round of hearings in the council chamber.
"""

INQUIRY = """Minister denies wrongdoing as port inquiry widens

The inquiry into the awarding of the port contract widened on Friday as investigators questioned two more officials about the deal.

Transport Minister Peter Wanjala denied wrongdoing. His deputy, Ruth Achieng, denied it too.

The contractor, Pwani Holdings, vowed to appeal against any finding.

The hearings resume on Monday in Mombasa, where the port authority is based.
"""


def test_local_titles_are_roles_of_people() -> None:
    actors = {a.name: a for a in actors_of(report_of(COUNCIL))}
    for name, role in (("Dana Whitlock", "Councilmember"), ("Rosa Delgado", "Supervisor"),
                       ("Karen Tully", "Selectwoman"), ("Victor Hale", "Assemblyman")):
        assert actors[name].kind == "person", name
        assert actors[name].role == role, name
    assert not any(name.startswith(("Councilmember", "Supervisor", "Selectwoman")) for name in actors)


def test_a_stance_names_its_side_in_a_word_or_two() -> None:
    said = said_by(COUNCIL)
    assert said["Marcus Oyelaran"] == ["federal help"]
    assert said["Victor Hale"] == ["restraint"]
    inquiry = said_by(INQUIRY)
    assert inquiry["Peter Wanjala"] == ["wrongdoing"]


def test_a_pronoun_after_the_verb_states_nothing() -> None:
    """ "denied it too": what "it" stands for is another sentence's, so no position, and no actor
    for a deputy who only did that."""
    assert "Ruth Achieng" not in said_by(INQUIRY)


COURT = """Court reserves order on minister's bail plea

The High Court on Tuesday reserved its order on the bail plea of the former minister, who was arrested in March.

Justice Meera Kulkarni observed that the agency had not filed a chargesheet even after eight months. Justice Rao noted that the delay was unexplained.

The Justice Department said it would appeal any order granting bail. Barrister Gohar Ali Shah, for the defence, said the verdict would be challenged.
"""


def test_a_judge_written_with_her_title_is_the_judge() -> None:
    """ "Justice Meera Kulkarni observed": the judge, titled; "the Justice Department" keeps its word."""
    actors = {a.name: a for a in actors_of(report_of(COURT))}
    assert actors["Meera Kulkarni"].role == "Justice"
    assert actors["Rao"].role == "Justice"
    assert actors["Justice Department"].kind == "organization"
    assert "Gohar Ali Shah" in actors and actors["Gohar Ali Shah"].kind == "person"


POLICE = """Blast suspects arrested

The blast killed twelve people on Tuesday in the old city market.

Police spokesman SP Abdullahi Haruna Kiyawa said 18 suspects had been arrested.

DSP Rajesh Kumar Singh said the area had been sealed. ACP Meena Pillai said patrols had been stepped up across the district.
"""


def test_police_ranks_are_titles_not_part_of_a_name() -> None:
    """ "SP", "DSP", "ACP": ranks written before an officer's name in Nigerian and Indian papers."""
    actors = {a.name: a for a in actors_of(report_of(POLICE))}
    assert actors["Rajesh Kumar Singh"].kind == "person" and actors["Rajesh Kumar Singh"].role == "DSP"
    assert actors["Meena Pillai"].kind == "person" and actors["Meena Pillai"].role == "ACP"
    assert "Abdullahi Haruna Kiyawa" in actors and "SP Abdullahi" not in actors


STARTUP = """Startup Quillbyte raises $40 million

SAN FRANCISCO (Reuters) - Quillbyte has raised $40 million from investors led by Sequoia, the startup said on Wednesday.

"We're excited to keep building," Quillbyte co-founder and CEO Dana Whitcombe said in a blog post. She added that the company would hire 200 engineers this year.

CFO Tom Hale said the money would last until 2028.
"""


def test_a_startup_read_as_a_thing_is_the_company() -> None:
    """The tagger reads an unknown one-word company as a thing; "Quillbyte co-founder and CEO" and "the
    startup said" make it the company, which speaks."""
    actors = {a.name: a for a in actors_of(report_of(STARTUP))}
    assert actors["Quillbyte"].kind == "organization"
    assert any("raised $40 million" in p.text for p in actors["Quillbyte"].positions)


def test_an_officer_title_before_a_name_is_a_role() -> None:
    """ "CFO Tom Hale" read as a body's name is the person, his title his role."""
    actors = {a.name: a for a in actors_of(report_of(STARTUP))}
    assert actors["Tom Hale"].kind == "person" and actors["Tom Hale"].role == "CFO"
    assert actors["Dana Whitcombe"].role == "Quillbyte co-founder and CEO"  # both her offices (session 41)


FUEL = """Prime minister under fire over fuel payment cuts

Aldous Penrose is facing a growing backlash over the government's decision to scrap winter fuel payments for pensioners.

Unite general secretary Mara Quigley said the cut was the wrong choice and warned that the union would fight it.

The prime minister insisted the move was necessary to fix the public finances left by his predecessors.
"""


def test_a_union_general_secretary_is_not_the_prime_minister() -> None:
    """ "the prime minister insisted": not the union leader quoted before it (a general secretary is no
    cabinet secretary, and no other minister is the prime minister)."""
    assert "Mara Quigley" not in holders(report_of(FUEL), "necessary to fix the public finances")


RESULTS = """Nexwave posts record quarter

Nexwave reported record results on Monday as demand for its chips soared.

"Our results reflect strong demand across every region," said Maria Delgado, chief executive of Nexwave.

"We delivered another quarter of profitable growth," said Kevin Tranh, the chief financial officer.
"""


def test_a_firms_officer_described_after_the_name_has_that_role() -> None:
    """ "said Maria Delgado, chief executive of Nexwave": "executive" and "officer" end a role, though
    the tagger's titles lack them."""
    roles = {a.name: a.role for a in actors_of(report_of(RESULTS))}
    assert roles["Maria Delgado"] == "chief executive of Nexwave"
    assert roles["Kevin Tranh"] == "chief financial officer"


def test_a_clause_of_a_noun_and_its_verb_is_a_position() -> None:
    """ "said costs fell": two words, a fact reported; "he said it did" states nothing."""
    said = said_by("""Chipmaker posts record quarter

Nexwave reported record results on Monday as demand for its chips soared across Asia.

Kevin Tranh, the chief financial officer, said costs fell. Asked whether demand would hold, he said it would.
""")
    assert "costs fell" in said["Kevin Tranh"]
    assert "it would" not in said["Kevin Tranh"]


def test_a_publicist_named_after_the_word_has_that_role() -> None:
    """ "His publicist, Arnold Robinsen, said": the role before the comma, though no title of the tagger's."""
    roles = {a.name: a.role for a in actors_of(report_of("""Music producer dies at 91

The producer and composer, whose work shaped American music for half a century, has died at his home.

His publicist, Arnold Robinsen, said the producer died on Sunday night surrounded by his family. The estate's solicitor, Rebecca Lowther, said a memorial would follow.
"""))}
    assert roles["Arnold Robinsen"] == "publicist"
    assert roles["Rebecca Lowther"] == "solicitor"


def test_an_office_with_its_portfolio_before_the_name_is_the_role() -> None:
    """ "UAE Minister of Energy and Infrastructure Suhail Al Marzouq", "Minister for Health X": the office
    ends in its portfolio, not a title word; "X and Saudi Energy Minister Y" joins no two people's roles."""
    roles = {a.name: a.role for a in actors_of(report_of("""Gulf states sign power grid deal

The deal was signed in Riyadh by UAE Minister of Energy and Infrastructure Suhail Al Marzouq and Saudi Energy Minister Faisal Al Harbi on Monday.

Al Marzouq said the project would strengthen energy security. Al Harbi said the kingdom would export power. Minister for Health Stephen Donnally said hospitals would benefit.
"""))}
    assert roles["Suhail Al Marzouq"] == "UAE Minister of Energy and Infrastructure"
    assert roles["Faisal Al Harbi"] == "Saudi Energy Minister"
    assert roles["Stephen Donnally"] == "Minister for Health"


def test_an_office_before_of_and_a_body_gives_the_body_no_role() -> None:
    """ "a leader of Ennahra": "leader of" before a name is no office with its portfolio (nothing follows
    "of"), so the party keeps its kind."""
    actors = {a.name: a for a in actors_of(report_of("""Tunisia's Islamists lose ground

In 2011, voters elected a government led by the Ennahra party, a movement similar to Egypt's Muslim Brotherhood.

The leader of Ennahra, Rachid Ghannoushi, condemned the attack, saying in a statement that it targeted the whole country. "This was a masterpiece," says Andrea Accomazzi, head of the agency's missions division, and flight director for Rosalind. Ennahra said it would contest the next election. Rosalind will end its mission on Friday.
"""))}
    assert actors["Ennahra"].kind == "organization"
    assert actors["Ennahra"].role == ""
    assert "Rosalind" not in actors or actors["Rosalind"].role == ""
