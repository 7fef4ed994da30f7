"""Who a possessive pronoun's office or spokesperson and a state's office named before its holder stand for (session
48 round 2, refs50), on articles written for these tests: "Her office said" goes to the woman named before it, "His
spokeswoman said" to the man; "The Turkish interior minister condemned ..." to the interior minister named in the
next sentence, not to Turkey (before, the first two went to no one and the third to the state)."""

from __future__ import annotations

from written import holders, report_of

_QUAY = (
    "Harbour town approves new ferry terminal\n\n"
    "The council of Dunmere voted on Tuesday to build a new ferry terminal on the old coal quay, ending a dispute "
    "that had run for six years.\n\n"
    "Councillor Maud Halloran, who led the campaign against the plan, said she would keep pressing for a cheaper "
    "design. Her office said in a statement that she would ask the regional auditor to review the costs.\n\n"
    "The harbour master, Tobias Reyne, welcomed the vote. His spokeswoman said the terminal would open in 2029.\n\n"
    "Residents on the quay had complained about noise from the works. \"We were never asked,\" said Nell Farris, "
    "who runs a cafe near the slipway."
)

_GRANT = (
    "Senator questions grant to stadium firm\n\n"
    "WASHINGTON — Senator Rosalind Achter on Monday demanded that the transport department explain a $40 million "
    "grant to a company building a stadium in her home state.\n\n"
    "Achter wrote to the department asking for every email about the award. Her office issued a statement saying "
    "the senator would hold a hearing next month if no answer came.\n\n"
    "The company's chief executive, Gerald Tomsk, defended the grant. His spokesman said the money would pay for "
    "roads and a rail stop, not the stadium itself."
)

_BORDER = (
    "Turkey condemns attack on border post\n\n"
    "ANKARA — The Turkish interior minister on Saturday condemned an attack on a border post in the southeast that "
    "killed two soldiers.\n\n"
    "Interior Minister Ali Kaya said the attackers had crossed from the mountains overnight and that police were "
    "searching the villages near the post.\n\n"
    "\"Those who did this will be found,\" Kaya told reporters in Ankara."
)


def test_her_office_is_the_woman_named_before() -> None:
    report = report_of(_QUAY)
    assert holders(report, "regional auditor") == ["Maud Halloran"]


def test_his_spokeswoman_is_the_man_named_before() -> None:
    report = report_of(_QUAY)
    assert holders(report, "open in 2029") == ["Tobias Reyne"]


def test_her_office_issuing_a_statement_is_the_senators() -> None:
    report = report_of(_GRANT)
    assert holders(report, "hold a hearing") == ["Rosalind Achter"]
    assert holders(report, "rail stop") == ["Gerald Tomsk"]


def test_a_states_minister_named_in_the_next_sentence_speaks_not_the_state() -> None:
    report = report_of(_BORDER)
    assert holders(report, "attack on a border post") == ["Ali Kaya"]


def test_her_office_after_a_titled_description_is_not_a_name_before() -> None:
    text = (
        "Ferry fares to rise\n\n"
        "Harbour master Tobias Reyne said on Monday that fares would rise by a tenth from April.\n\n"
        "The regional governor will open the new quay in person next week, her office said."
    )
    assert holders(report_of(text), "open the new quay") == []


def test_he_goes_on_with_the_subject_after_but() -> None:
    text = (
        "Quarry boss rejects councillors' claims over dust\n\n"
        "A row over dust from the Kelbrook quarry flared again on Thursday when two councillors questioned the "
        "firm's monitoring.\n\n"
        "Councillor Aileen Dorsey asked the quarry's manager, Hector Lamont, to publish the readings from every gauge "
        "on the site.\n\n"
        'Councillor Ross Petrie said: "Families on Mill Road have been wiping grit off their windows for three summers '
        'now."\n\n'
        "But Mr Lamont took exception to any claim that his staff had hidden figures.\n\n"
        'He said: "Every reading we take goes to the environment agency the same week."'
    )
    assert holders(report_of(text), "environment agency") == ["Hector Lamont"]


def test_a_fronted_when_clause_is_not_the_last_speaker() -> None:
    text = (
        "Singer Mira Tallis laughs off romance rumours\n\n"
        "(StageLine) Mira Tallis has hit back at claims that she is dating Kai Ferro, the Lakeside Comets guard.\n\n"
        "Fans started talking after the singer was spotted in the front row at a Comets game on Friday.\n\n"
        '"I went with my sister and two friends, nothing more," the star wrote on Instagram.\n\n'
        'When another fan joked about the couple, she added: "The only ring I\'m buying is for my dog\'s collar."\n\n'
        "Ferro's agent, Lionel Pask, declined to comment."
    )
    assert holders(report_of(text), "dog's collar") == ["Mira Tallis"]
