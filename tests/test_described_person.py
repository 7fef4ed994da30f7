"""A description by calling ("the Conservative MP", "the 31-year-old filmmaker") as the source of a
quotation: the person the story was just about, not no one; never someone named as another's kin."""

from __future__ import annotations

from written import said_by


def test_a_calling_goes_back_to_the_person_just_named() -> None:
    """Neither "MP" nor "filmmaker" is given to anyone as a title: the description stands for the
    person the story was just about, as "he" would."""
    text = (
        "Airports ask for tests\n\n"
        "Helen Brennock warned on Monday that airports face deep job cuts. Brennock earlier used her speech "
        "to ask for a plan for the whole sector.\n\n"
        "Speaking in the Commons, the Conservative MP said: “There are ways in which we can get this industry "
        "going again.”\n\n"
        "Orrin Vasquez made his first feature in Dunmere. Sitting in a hotel room, the 31-year-old filmmaker "
        "says he even misses the traffic of the city a bit."
    )
    said = said_by(text)
    assert any("ways in which we can get this industry" in t for t in said.get("Helen Brennock", [])), said
    assert any("misses the traffic" in t for t in said.get("Orrin Vasquez", [])), said


def test_a_calling_passes_over_someone_named_as_kin() -> None:
    """"her mother, Carla Denholm" is brought in for the singer the story is about: "the actress" is
    not her mother."""
    text = (
        "Singer shares a photo\n\n"
        "Marisol Quint shared a photo on Monday. The singer, 30, posed with her mother, Carla Denholm, "
        "at a charity event.\n\n"
        "“We sent letters filled with kind words to soldiers overseas,” the actress wrote."
    )
    said = said_by(text)
    assert not any("kind words" in t for t in said.get("Carla Denholm", [])), said


def test_an_age_alone_goes_back_to_the_person_just_named() -> None:
    """"the 34-year-old" is a person the story was just about, as a calling is; one the text gives
    another age ("Marta Ilves, 52,") is not them, though named last."""
    text = (
        "Rider wins again\n\n"
        "Tomas Reyna won the Dunmere road race on Sunday for a third time. Reyna rode the last ten miles alone.\n\n"
        "“I never felt so strong on the final climb,” the 34-year-old said.\n\n"
        "Reyna thanked his team manager, Marta Ilves, 52, who had planned the attack. Afterwards the "
        "34-year-old said he would ride the national championship in June."
    )
    said = said_by(text)
    reyna = said.get("Tomas Reyna", [])
    assert any("so strong on the final climb" in t for t in reyna), said
    assert any("national championship" in t for t in reyna), said
    assert not any("national championship" in t for t in said.get("Marta Ilves", [])), said


def test_a_capitalised_title_goes_back_to_the_person_just_named() -> None:
    """"the President-elect", written with its capital, is one office's holder: the person the story
    was just about where no one was named with that title; never one the text gives another office
    ("Senator Ada Quinn" is no governor)."""
    transition = (
        "Transition begins\n\n"
        "Donald Trump met his advisers at his tower on Monday. Trump has made few picks so far.\n\n"
        "“I won the popular vote if you deduct the illegal votes,” the President-elect fumed in a tweet."
    )
    said = said_by(transition)
    assert any("won the popular vote" in t for t in said.get("Donald Trump", [])), said
    budget = (
        "Budget row\n\n"
        "Senator Ada Quinn attacked the budget on Monday. Quinn has opposed it for months.\n\n"
        "“This budget will cost the state dearly,” the Governor said."
    )
    said = said_by(budget)
    assert not any("cost the state dearly" in t for t in said.get("Ada Quinn", [])), said


def test_an_age_before_a_calling_and_a_role_word_go_back_to_the_person_just_named() -> None:
    """"the 41-year-old nurse" is a person the story was just about, as "the 41-year-old" is; "the
    union leader" is the person just named with a union role, though "leader" is no word of it."""
    text = (
        "Ferry strike goes ahead\n\n"
        "Talks between the ferry operator Calder Lines and the crews broke down on Thursday.\n\n"
        "Union general secretary Obiora Mensah-Tetteh accused the company of bad faith. "
        "“They walked out of the room,” the union leader said.\n\n"
        "Passengers were dismayed. Rosalind Achterberg, who crosses daily from Pellow, said she would lose pay. "
        "“I cannot work from home,” the 41-year-old nurse said."
    )
    said = said_by(text)
    assert any("walked out of the room" in t for t in said.get("Obiora Mensah-Tetteh", [])), said
    assert any("cannot work from home" in t for t in said.get("Rosalind Achterberg", [])), said


def test_an_abbreviated_title_and_its_other_name_go_back_to_their_holder() -> None:
    """"Sen. Dora Pellingham" is "the senator" after, and "the transport secretary, Ansel Voight" is
    "the minister": the one person named with that office, not the last person named."""
    text = (
        "Inquiry sought into hospital delays\n\n"
        "Sen. Dora Pellingham told reporters that veterans were waiting months for care.\n\n"
        "Dr. Kasimir Oduya, a former hospital physician, said the system was broken.\n\n"
        "The senator said she would introduce a bill next month.\n\n"
        "The transport secretary, Ansel Voight, urged both sides to talk. The minister said a strike "
        "would punish passengers."
    )
    said = said_by(text)
    assert any("introduce a bill" in t for t in said.get("Dora Pellingham", [])), said
    assert not any("introduce a bill" in t for t in said.get("Kasimir Oduya", [])), said
    assert any("punish passengers" in t for t in said.get("Ansel Voight", [])), said


def test_a_title_after_the_last_speaker_given_no_role_is_them_but_not_a_judge() -> None:
    """"Ingrid Solheim said ... “...,” the minister said": the speaker of the sentence before, whom the
    text gave no role, holds the title; "the judge" after a defendant is someone else."""
    text = (
        "Quotas anger the coast\n\n"
        "Fishing towns reacted angrily to the new quotas announced on Tuesday.\n\n"
        "Ingrid Solheim said the cuts would close harbours along the whole coast. "
        "“This is a disaster for the north,” the minister said.\n\n"
        "Tomas Berglund said he had never taken a penny. “You abused the trust of hundreds of savers,” the judge said."
    )
    said = said_by(text)
    assert any("disaster for the north" in t for t in said.get("Ingrid Solheim", [])), said
    assert not any("abused the trust" in t for t in said.get("Tomas Berglund", [])), said
