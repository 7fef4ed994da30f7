"""Whose words on pages of 2023-2026 (session 50): a "she said" with no speaker near goes on with the
person the text was about, not a name that person's own "she" stood before in a clause ("she was a fan
of X"), on articles written for these tests."""

from __future__ import annotations

from written import actors_of, holders, report_of

_FAN = (
    "The mayor's early years\n\n"
    "Marta Quillen was born in Porto and moved to Ottawa when she was nine.\n\n"
    "The family settled in a small flat above a bakery. It was a hard change. Marta was a cheerful girl. "
    "The Daily Courier has reported she was a fan of Nina Simone and Aretha Franklin. But she had no English "
    'to speak of. So when she started at the local school, she recalled saying "what? what?" all the time '
    "and feeling shy about it.\n\n"
    "Quillen, now 52, said those years taught her patience."
)


def test_she_goes_on_with_the_girl_not_the_singer_she_was_a_fan_of() -> None:
    assert holders(report_of(_FAN), "all the time") == ["Marta Quillen"]
    # and not where the name is the pronoun's own: "she was born X", or past a comma ("When she ..., X took")
    born = (
        "Singer returns to her home town\n\n"
        "The singer known as Lark grew up in Dunmore. She was born Petra Hollis in 1981. "
        'Later she recalled playing "every church hall in the county" before she was twenty.'
    )
    assert holders(report_of(born), "church hall") == ["Petra Hollis"]
    comma = (
        "Council leader looks back\n\n"
        "Ruth Okafor chaired the housing board for a decade. "
        "When she stood down in March, Dana Whitlow took over the board. "
        "She recalled that the first meeting lasted six hours."
    )
    assert holders(report_of(comma), "six hours") == ["Dana Whitlow"]


_INTERVIEW = (
    "The old mayor looks back\n\n"
    "As I sit across from Harold Vance in his study at the back of the Kestrel Foundation in Norwich, I ask if "
    "the new mayor, Colin Marsh, has what it takes to last two terms.\n\n"
    '"Yes, certainly, he\'s only getting started," he says. "People forget it has only been a few months. '
    'Give the man time."\n\n'
    "What does he make of the council's first budget?\n\n"
    '"It\'s about whether they can build the houses they promised," says Vance. "It will be hard, given the '
    'debts they inherited."\n\n'
    "Is Marsh a good leader?\n\n"
    '"Well, I back him fully. I want him to do well."\n\n'
    "What advice would he give Marsh now?\n\n"
    '"It\'s not my place to advise. He can manage perfectly well on his own."\n\n'
    "Vance, 74, left office in 2019."
)


def test_the_answer_to_the_writers_question_is_not_the_one_asked_about() -> None:
    report = report_of(_INTERVIEW)
    assert holders(report, "only getting started") == ["Harold Vance"]  # "I ask if ... Colin Marsh ...": Vance answers
    assert "Colin Marsh" not in holders(report, "back him fully")  # "Is Marsh a good leader? | “...”"
    assert "Colin Marsh" not in holders(report, "not my place")
    # a question that asks what someone said leads into their words
    said = (
        "Rovers edge derby\n\n"
        "Rovers beat City 2-1 on Sunday after a late goal from Tomas Grell.\n\n"
        "City defender Joel Brandt was booked for a late tackle on Grell in the second half.\n\n"
        "What did Brandt say after the match?\n\n"
        '"I went for the ball. I never meant to hurt him, and I told the referee that at the time."'
    )
    assert holders(report_of(said), "went for the ball") == ["Joel Brandt"]


def test_a_bare_quotation_after_a_sentence_about_hes_dealings_with_someone_is_not_theirs() -> None:
    text = (
        "Former minister backs reform\n\n"
        "Edwin Clore, who served as housing minister for six years, spoke at the launch on Monday. "
        '"Councils need the power to build," said Clore.\n\n'
        "If he has one piece of advice for Nadia Brenn, it is to start with the planning rules.\n\n"
        '"We waited too long. I regret that we did not move faster on the rules."'
    )
    assert "Nadia Brenn" not in holders(report_of(text), "waited too long")


def test_a_name_in_a_fronted_participle_phrase_is_not_the_he_after_it() -> None:
    text = (
        "A lawyer's long road\n\n"
        "Advocate Thabo Molefe grew up in Maseru, the son of a miner.\n\n"
        '"My father taught me that nothing comes for free," Molefe says.\n\n'
        "His father's work ethic stayed with him. He says his hope of a fairer country drew him to the law.\n\n"
        "The spark came early. Inspired by stories of leaders like Nelson Mandela and Steve Biko, he developed a "
        "strong wish to fight injustice.\n\n"
        '"The courts in my dreams were there to stop the cruelty I saw around me," he explains, recalling his '
        "early belief in the law."
    )
    assert "Steve Biko" not in holders(report_of(text), "courts in my dreams")


def test_she_goes_on_with_the_queen_not_the_man_who_wrote_what_she_read() -> None:
    text = (
        "Queen opens new session of parliament\n\n"
        "Queen Helena opened the new session of the Vellmark parliament on Tuesday, setting out her government's "
        "plans for the year.\n\n"
        "The monarch travelled to the chamber in a horse-drawn carriage.\n\n"
        "Wearing the jewelled Coronation Mantle, she read out the address written by Prime Minister Arvid Lund "
        "for the traditional start of a new session.\n\n"
        "Every plan would be paid for in full, she said, taking aim at the previous government's spending."
    )
    assert holders(report_of(text), "paid for in full") == ["Helena"]


def test_a_participle_after_a_place_governed_by_at_is_the_clauses_subjects() -> None:
    text = (
        "Stadium history\n\n"
        "The Riverside Arena has hosted many famous events since it opened in 1931.\n\n"
        "March 3, 1948: Governor Alma Trent speech. In Governor Trent's first visit to Dunmore as governor, she "
        "spoke from the back of a truck to a crowd of 40,000 at the Riverside Arena, stating \"No city has done "
        'more to help its neighbours in hard times."\n\n'
        "June 9, 1972: The arena hosted its first rock concert."
    )
    assert holders(report_of(text), "No city has done more") == ["Alma Trent"]


def test_said_after_bin_is_a_name_not_a_cue() -> None:
    text = (
        "Port city plan\n\n"
        "The plan for the new port was decreed in 2009 by Emir Khalid bin Said, who took power in 1988 after a "
        "palace coup. At the time, the country had few paved roads.\n\n"
        "Khalid renamed the capital and began a building drive. Officials say the port will open next year."
    )
    assert holders(report_of(text), "took power") == []


def test_a_quoted_heading_is_no_continuation_of_the_speaker_before_it() -> None:
    text = (
        "Friends remember the late governor\n\n"
        "Governor Ellis Brandt died on Friday at the age of 71 after a short illness.\n\n"
        "His deputy, Ruth Kamara, who is now acting governor, said she had spoken to him every day.\n\n"
        '"We never said goodbye to each other. It was our habit," Kamara said.\n\n'
        '"He gave his whole life to this province. He died working," she said.\n\n'
        "'WE HAD A FISHING TRIP PLANNED'\n\n"
        "Samuel Oduya, the assembly speaker and one of Brandt's oldest friends, visited him in hospital the day "
        "before he died.\n\n"
        '"We were going to retire to the coast together and fish every morning," Oduya said.'
    )
    report = report_of(text)
    assert holders(report, "FISHING TRIP") == []
    assert holders(report, "He died working") == ["Ruth Kamara"]
    # a display line of words just quoted stays with their speaker
    repeated = text.replace("'WE HAD A FISHING TRIP PLANNED'", "'He died working'")
    kept = [p.text for a in actors_of(report_of(repeated)) if a.name == "Ruth Kamara" for p in a.positions]
    assert "'He died working'" in kept
