"""Quotes given to the wrong person, on articles written for these tests (session 59, helper speakers89): "says the
woman who ..." taken by an earlier woman whose gender the text happened to show (clause_described), and a man's given
name alone read as of no gender (gender); a quotation carried on to a speaker it names by office
(self_named_quotes); a "he said" after a speaker named in passing ("statements by X, who said", passing_relatives);
"When X met with Y, he said" (fronted_clause_subjects); "The Herald's TV critic X was unimpressed. '...,' he said"
(opening_subject); "X said her death ..." outvoting X's male given name (gender)."""

from __future__ import annotations

from written import cues_by, holders, report_of


def test_she_never_goes_to_a_man_named_by_his_given_name_alone() -> None:
    cues = cues_by("Soap couple upbeat\n\nNina Marsh has insisted that her bond with co-star Kevin Doyle will not "
                   "suffer when she leaves the show.\n\nViewers will see Nina's character say goodbye to her husband, "
                   "played by Kevin, next week.\n\nAlthough Nina's exit means she will see less of Kevin, she has "
                   "claimed that the time apart makes them stronger.")
    assert ("has claimed", "that the time apart makes them stronger") in cues["Nina Marsh"]
    assert not cues.get("Kevin Doyle")


FERRY = (
    "Night ferry brings custom to the island's stalls\n\n"
    "The new night ferry to Lumo island has brought more buyers to the stalls by the pier, traders say.\n\n"
    "Amina Oduya sells grilled maize by the pier. Amina says the boat brings a crowd every evening.\n\n"
    "Zawadi Kiprono keeps a juice stand at the end of the jetty.\n\n"
    '"I used to pack up at dusk, and now I sell until the last boat leaves," says the woman who is in her forties.'
)


def test_the_woman_who_is_the_woman_just_named_not_an_earlier_one_whose_gender_is_shown() -> None:
    assert holders(report_of(FERRY), "last boat leaves") == ["Zawadi Kiprono"]


INQUIRY = (
    "Arms dealer tells MPs of cash payments\n\n"
    "OTTAWA - Dieter Wallmann told MPs on Thursday he paid the former minister Paul Gagnon in cash because \"the cash "
    "was there.\"\n\n"
    "Wallmann said Gagnon promised to bring the matter to Premier Roy Thibault in a letter. \"The message was well "
    "received,\" said Wallmann.\n\n"
    "This contradicts statements by Thibault, who said Gagnon never raised the matter with him. \"It was a shock for me "
    "when Premier Thibault said on television that nobody spoke with him about me.\" And he said when he thinks back to "
    "how angry he was at the cabinet, \"I have a problem not to bring it up in front of you.\"\n\n"
    "The committee will meet again next week."
)


def test_a_quotation_that_names_the_last_speaker_is_not_theirs() -> None:
    assert not any("shock for me" in text for _, text in cues_by(INQUIRY).get("Roy Thibault", []))


def test_he_said_after_a_speaker_named_in_passing_goes_on_with_the_article_speaker() -> None:
    cues = cues_by(INQUIRY)
    assert any("thinks back" in text for _, text in cues["Dieter Wallmann"])
    assert cues["Roy Thibault"] == [("said", "Gagnon never raised the matter with him")]


def test_he_after_a_fronted_when_clause_is_its_subject_not_whom_he_met() -> None:
    cues = cues_by("Bruins wait on their pick for coach\n\nThe Bruins have not yet found a new head coach.\n\n"
                   "When Dale Walker met with Huskies coach Tyrone Willingham this week, he said he would wait until the "
                   "hiring process had run its course before giving an answer.\n\nThe team hopes to name its choice by "
                   "Friday.")
    assert any("would wait" in text for _, text in cues["Dale Walker"])
    assert not cues.get("Tyrone Willingham")


def test_a_critic_described_by_the_papers_possessive_who_opens_the_sentence_before_is_he() -> None:
    cues = cues_by("Critics pan new seaside soap\n\nThe new soap Harbour Lights began on Monday night, and the critics "
                   "were not kind.\n\nThe Courier's Alan Pryce called the show \"lame\" and \"standard soap fare\". \"It "
                   "all looks like an attempt to copy better shows, with none of their wit,\" he wrote. \"It tries far "
                   "too hard.\"\n\nThe Herald's TV critic Owen Blakely was equally unimpressed. \"The show is so "
                   "laughably bad that you start to think it must be a joke,\" he said.\n\nThe channel said viewing "
                   "figures were strong.")
    assert any("laughably bad" in text for _, text in cues["Owen Blakely"])
    assert not any("laughably bad" in text for _, text in cues["Alan Pryce"])


MOURNERS = (
    "Mourners gather for slain leader\n\n"
    "Hundreds gathered at the mosque in Wellport on Friday to mourn Amina Qadri, the opposition leader killed in a bomb "
    "attack.\n\n"
    "Tariq Mirza, a former president of the mosque, said the attack had left the community angry. \"It's just the way "
    "of our culture,\" he said. \"People feel as if their own sister has been hurt.\"\n\n"
    "Mourners signed a condolence book beside a picture of Qadri, which she had signed for Barry Hoffman, the "
    "country's honorary consul in Wellport. Hoffman said her death was a deep personal loss. \"She had that special "
    "magic,\" he said. \"She talked to you as if you were the most important person in the room.\"\n\n"
    "The mosque will hold another vigil on Sunday."
)


def test_said_her_about_the_woman_mourned_does_not_make_a_barry_a_woman() -> None:
    assert holders(report_of(MOURNERS), "special magic") == ["Barry Hoffman"]


def test_a_quotation_using_the_speakers_own_name_in_a_compound_stays_theirs() -> None:
    cues = cues_by("Senator turns on his rival\n\nSenator Dana Whitfield attacked his party rival on Sunday.\n\n"
                   "\"I think that Ken Ruiz is a man who is lost,\" said Dana Whitfield.\n\n\"He is trying to be an isolationist "
                   "when that is popular, and a Dana Whitfield-type when that is popular.\"\n\nRuiz did not respond.")
    assert any("Whitfield-type" in text for _, text in cues["Dana Whitfield"])
