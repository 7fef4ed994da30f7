"""The narrator of a first-person text, named once by themself, is the story's subject."""

from __future__ import annotations

from written import actors_of, holders, report_of


def _names(text: str) -> list[str]:
    return [a.name for a in actors_of(report_of(text))]


def test_a_speaker_who_introduces_himself_leads_the_actors() -> None:
    names = _names(
        "Weekly Address: Free Training for Nurses\n\n"
        "Good morning. This is Martin Okonkwo and I am speaking to you from Dunmere today. "
        "I want to talk about nurses. I met a nurse in Dunmere last week who works two jobs. "
        "She told me that the training cost her a year of savings. My plan would change that for "
        "every nurse in the United States. I believe Congress should pass it. The United States needs "
        "nurses, and the United States can train them."
    )
    assert names[:1] == ["Martin Okonkwo"], names


def test_a_company_speaking_as_we_leads_the_actors() -> None:
    names = _names(
        "Five Lessons for Retailers\n\n"
        "At Brightwater Bank, we first listened to our customers online in 2015. "
        "We answered a blogger on Facebook within an hour. Our staff now reply on Facebook every day. "
        "We learned that Facebook rewards speed. Customers on Facebook ask about prices, and we answer them."
    )
    assert names[:1] == ["Brightwater Bank"], names


def test_a_self_introduction_quoted_in_a_news_story_is_no_narrator() -> None:
    names = _names(
        "Council approves new bridge\n\n"
        "The Dunmere council approved a new bridge on Monday. A resident stood up and said: "
        "\"I'm Peter Walsh, and I have lived here all my life.\" The council's chairwoman, Ruth Okafor, "
        "said the bridge would open in 2027. Okafor said the cost was covered. Okafor thanked residents."
    )
    assert names[0] != "Peter Walsh", names


def test_introductions_quoted_or_in_a_transcripts_turn_are_no_narrators() -> None:
    from brief.actors.narrator import _in_own_voice

    text = 'Jim: He said, "I\'m Jack." And I said, "I\'m Jim."\nThis is Ann Lee and I speak.'
    assert not _in_own_voice(text, text.index("Jack"))
    assert not _in_own_voice(text, text.index("Jim."))
    assert _in_own_voice(text, text.index("Ann"))


def test_the_narrators_sentences_in_their_own_voice_are_their_positions() -> None:
    actors = actors_of(report_of(
        "Weekly Address: Free Training for Nurses\n\n"
        "In this address, the governor laid out a plan for nurses. "
        "Good morning. This is Martin Okonkwo and I am speaking to you from Dunmere today. "
        "I want every nurse in Dunmere trained for free. Our plan is paid for by closing a tax loophole. "
        "My plan would change that for every nurse in the United States. I thank you for listening."))
    said = [p.text for a in actors if a.name == "Martin Okonkwo" for p in a.positions]
    assert any("Our plan is paid for" in s for s in said), said
    assert not any("laid out a plan" in s for s in said), said


def test_a_narrators_sentence_with_a_colon_is_no_transcript_label() -> None:
    report = report_of(
        "Weekly Address\n\n"
        "Good morning, this is Martin Okonkwo and I am here filling in for the mayor, who is abroad.\n\n"
        "And I am here with a simple message: the harbour works for all of us.\n\n"
        "I met a nurse in Dunmere last week who works two jobs. My plan would change that for every nurse.\n"
    )
    assert holders(report, "here with a simple message") == ["Martin Okonkwo"]
