"""One entry per actor and the right kind in a story's top five, on articles written for these tests: a school's
team nickname beside the school a coach's capitalised role names ("Westbrook interim Coach X", "the Falcons'
head coach job"); initials written after a body's name as its other name, in its own language's order (", or
FLNT,"); a well-known nickname ("Ole Miss") and a parent named for its arm ("the European Union executive") beside
the body named in full; a product line's word glued to its maker ("the fastest Mac Apple has ever shipped"); a
form of address that labels a transcript's turns ("Maulvi Sahib: ...") read as a maker's product; a surname whose
full name only a caption writes; "holders Chelsea", a club named like a person; a reviewed film's subtitle ("movie
review of X: Book of Y"); a prize written alone ("award the Nobel to the panel")."""

from __future__ import annotations

from written import actors_of, kinds_of, report_of

from brief.actors.unread_full_names import unread_full_name

_COACH = (
    "Coach search narrows at Westbrook\n\n"
    "Westbrook officials, who were down to two candidates for the Falcons' head football coach job, are looking at "
    "other names, people close to the search said.\n\n"
    "Tom Rander, a Denver assistant, will meet with Westbrook Chancellor Amy Stoll on Friday, the people said. "
    "Westbrook interim Coach Dale Hurd has also met with Stoll.\n\n"
    "\"We want the right person,\" Stoll said. Hurd said he would wait until the hiring of a Falcons coach had run "
    "its course.\n"
)


def _names(text: str) -> dict[str, list[str]]:
    return {a.name: list(a.aliases) for a in actors_of(report_of(text))}


def test_a_nickname_joins_the_school_a_capitalised_coach_role_names() -> None:
    names = _names(_COACH)
    assert "Falcons" not in names and "Falcons" in names["Westbrook"]


_REBELS = (
    "Rebels delay handover of captives\n\n"
    "The National Liberation Front of Tarsia, or FLNT, promised this month to hand over the two captives to Marco "
    "Belli, the envoy said.\n\n"
    "Belli read out the FLNT's letter explaining the delay. \"We will keep trying,\" Belli said. The FLNT said in a "
    "statement that the army had blocked the route.\n"
)


def test_initials_after_or_are_the_body_in_any_order() -> None:
    names = _names(_REBELS)
    assert "FLNT" not in names and "FLNT" in names["National Liberation Front of Tarsia"]


def test_other_capitals_after_or_stay_apart() -> None:
    names = _names(_REBELS.replace("or FLNT", "or GMBX").replace("the FLNT", "the GMBX").replace("The FLNT", "The GMBX"))
    assert "GMBX" not in names.get("National Liberation Front of Tarsia", [])


_COMMISSION = (
    "Brussels opens new inquiry into Norvik\n\n"
    "BRUSSELS - The European Commission opened a new antitrust inquiry into the software maker Norvik on Monday.\n\n"
    "The European Union executive said it would look into complaints from rivals that Norvik tied its browser to "
    "its operating system.\n\n"
    "\"We will look at the case as a matter of priority,\" the Commission said. Norvik said it would cooperate.\n"
)


def test_the_union_executive_is_the_commission() -> None:
    names = _names(_COMMISSION)
    assert "European Union" not in names and "European Union executive" in names["European Commission"]


def test_the_union_alone_stays() -> None:
    names = _names(_COMMISSION.replace("European Union executive", "European Union"))
    assert "European Union" in names


_SCHOOL = (
    "Riders coach leaves for his old school\n\n"
    "Dan Kessler left the Riders on Wednesday to become offensive coordinator at the University of Mississippi.\n\n"
    "\"I have a great love for my university,\" said Kessler, who attended Ole Miss from 1981 to 1985.\n\n"
    "Ole Miss had been searching for a coordinator since December, the school said.\n"
)


def test_a_known_nickname_is_the_school_named_in_full() -> None:
    names = _names(_SCHOOL)
    assert "Ole Miss" not in names and "Ole Miss" in names["University of Mississippi"]


_MACHINES = (
    "Norvik updates its desktop line\n\n"
    "Norvik on Tuesday released a new Mac Pro with two processors and more storage, the company said.\n\n"
    "According to Norvik, the new model is the fastest Mac Norvik has ever shipped. Norvik also updated its Mac "
    "OS server software.\n\n"
    "Norvik said the machines would be in shops next week.\n"
)


def test_a_product_word_glued_to_its_maker_is_the_maker() -> None:
    kinds = kinds_of(_MACHINES)
    assert "Mac Norvik" not in kinds and kinds["Norvik"] == "organization"


def test_a_person_named_like_the_company_stays() -> None:
    text = ("Ford heir visits the plant\n\nHenry Ford toured the plant on Monday. Ford said it would add a shift, and "
            "Ford workers cheered. \"It is a good day,\" Henry Ford said.\n")
    assert kinds_of(text).get("Henry Ford") == "person"


_CALL = (
    "Officials release recording of call\n\n"
    "The interior ministry on Sunday released the text of what it said was a call between the militant commander "
    "Tariq Zaman and another man identified as a Maulvi Sahib, or Mr. Teacher. The ministry says the call proves the "
    "group planned the attack:\n\n"
    "Maulvi Sahib: Peace be on you.\n\nZaman: Peace be on you too.\n\nMaulvi Sahib: How are you?\n\nZaman: Fine.\n\n"
    "Maulvi Sahib: It is done. Our men were there.\n\nZaman: Who were they?\n\n"
    "Maulvi Sahib : Two of them, and a third was there too.\n\nZaman: The three did it?\n\n"
    "Maulvi: Yes, they did it well.\n\n"
    "The ministry said the call was recorded hours after the attack.\n"
)


def test_a_form_of_address_labelling_turns_is_a_person() -> None:
    kinds = kinds_of(_CALL)
    assert kinds["Maulvi Sahib"] == "person" and "Maulvi" not in kinds


def test_a_surname_takes_the_full_name_a_caption_writes() -> None:
    texts = {1: "Lewis Carver attended the launch of the new car in Turin\n\nCarver is confident. \"I feel strong,\" "
                "Carver said.\n"}
    assert unread_full_name("Carver", "person", [1], texts, set()) == "Lewis Carver"
    assert unread_full_name("Carver", "person", [1], texts, {"Lewis Carver"}) == "Carver"  # listed apart already
    two = {1: texts[1] + "\nJames Carver, his brother, was there too.\n"}
    assert unread_full_name("Carver", "person", [1], two, set()) == "Carver"  # two people of that surname


_CUP = (
    "Rowe: winning the cup would lift us\n\n"
    "Ahead of tonight's semi-final first leg between Chelsea and Dunmore, Sam Rowe has spoken about the cup.\n\n"
    "\"This is a chance to win something,\" said Rowe, the Dunmore midfielder.\n\n"
    "However, holders Chelsea go into the game without four injured players, and Dunmore are unbeaten in six.\n\n"
    "Some recent displays drew boos from sections of the Chelsea crowd.\n"
)


def test_holders_named_by_a_given_name_are_the_club() -> None:
    assert kinds_of(_CUP).get("Chelsea") == "organization"


_LETTERS = (
    "From our readers' mail\n\n"
    "RE 'Not worth the ticket' (Jan. 3, movie review of Lost Harbor: Book of Tides): It's a movie for families. "
    "If you want art, go to a gallery.\n\n"
    "RE 'Not worth the ticket' (Jan. 3, movie review of Lost Harbor: Book of Tides): You only pointed out the "
    "negative. My children loved it.\n\n"
    "RE 'Still singing' (Jan. 4): Tom Arden was in fine voice. Arden should tour again.\n"
)


def test_a_reviewed_films_subtitle_is_no_body() -> None:
    assert "Book of Tides" not in kinds_of(_LETTERS)


_PRIZE = (
    "Panel chief accepts prize in Oslo\n\n"
    "OSLO - Mara Lindqvist, chair of the Global Ocean Panel, said the committee's decision to award the Nobel to the "
    "panel was a call to act.\n\n"
    "Ms. Lindqvist, who gave the Nobel address on behalf of the group, presented a sober account of rising seas.\n\n"
    "The ocean panel was set up in 1992. In the past two decades, it has issued a series of grim reports about the "
    "warming of the seas.\n"
)


def test_a_prize_named_alone_is_no_body_and_takes_no_words() -> None:
    assert "Nobel" not in kinds_of(_PRIZE)


def test_the_prize_committee_stays() -> None:
    text = _PRIZE.replace("said the committee's decision", "said the Nobel committee's decision").replace(
        "The ocean panel was set up", "The Nobel committee said it was pleased. The ocean panel was set up")
    assert kinds_of(text).get("Nobel") == "organization"
