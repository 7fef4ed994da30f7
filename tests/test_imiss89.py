"""Session 59, imiss89: statements that were no one's, or cut, on the news pages of halves G and I (and so H, J).

- What a body contends about someone described in a relative clause set off in commas ("The union contends
  Harlan, who chairs the board, cannot vote on the contract; ...") runs through the clause to the semicolon
  that opens the next clause, even when that next clause has a cue of its own (brief/actors/clause_spans.py).
- A name's verb of saying the cue model read into a source ("Voss claims both | admitted it in person") is the
  name's statement of the whole inner clause (brief/actors/source_cues.py).
On articles written for these tests."""

from __future__ import annotations

from written import cues_by, holders, report_of

_UNION = (
    "Teachers walk out in Harlow\n\n"
    "The Harlow Teachers Union has been on strike since March, and several schools closed their doors this week.\n\n"
    "The union argues Harlan, who chairs the board, cannot vote on the new contract"
    "{tail}\n\n"
    "Mayor Tom Harlan returned to the council chamber on Wednesday."
)


def test_a_relative_aside_before_a_semicolon_and_another_cue_keeps_its_clause() -> None:
    """The union's claim is the whole clause about Harlan; the clause after the semicolon is Harlan's own."""
    report = report_of(_UNION.format(tail="; Harlan and his lawyers say the city charter allows this."))
    assert holders(report, "cannot vote on the new contract") == ["Harlow Teachers Union"]
    assert holders(report, "the city charter allows this") == ["Tom Harlan"]


def test_a_relative_aside_ending_its_sentence_still_runs_to_the_end() -> None:
    """With no semicolon the clause runs to the sentence's end, as before."""
    report = report_of(_UNION.format(tail="."))
    assert holders(report, "cannot vote on the new contract") == ["Harlow Teachers Union"]


_AFFAIR = (
    "Council faces questions over affair claims\n\n"
    "Councillor Tom Harlan and his aide Petra Voss are denying everything in public (though Voss claims "
    "{subject} admitted it in private and says she has photographs of the meeting), and it is not the first time.\n\n"
    "Harlan said on Friday the claims were false."
)


def test_a_verb_of_saying_inside_a_source_is_the_names_statement() -> None:
    """ "Voss claims both admitted it": Voss claims the whole clause, and her second verb is hers too."""
    said = cues_by(_AFFAIR.format(subject="both"))
    assert ("claims", "both admitted it in private") in said["Petra Voss"]
    assert not any(cue == "admitted" for cue, _ in said["Petra Voss"])
    assert any(cue == "says" and "photographs" in text for cue, text in said["Petra Voss"])


def test_a_pronoun_subject_inside_the_source_is_split_the_same_way() -> None:
    """ "Voss claims they admitted it": with a pronoun for the inner subject the claim is the same, whichever way
    the cue model reads the source."""
    said = cues_by(_AFFAIR.format(subject="they"))
    assert ("claims", "they admitted it in private") in said["Petra Voss"]


_VIGIL = (
    "Nurse remembered at riverside vigil\n\n"
    "Marcus Delane, a 24-year-old nurse from Ohio, died on Sunday in Washington.\n\n"
    "Delane, 24, made national news when he {verb} that he would “no longer stay silent about the war” and walked "
    "into the river.\n\n"
    "His mother Rita Delane said on Monday the family was proud of him."
)


def test_a_rarer_verb_of_saying_before_that_reports_its_clause() -> None:
    """ "he professed that he would “no longer stay silent”": the tagger never learned "professed"; the clause and
    its quotation are Delane's."""
    assert holders(report_of(_VIGIL.format(verb="professed")), "no longer stay silent") == ["Marcus Delane"]


def test_a_confided_clause_is_the_speakers_too() -> None:
    """ "confided that" reports a clause as "said that" does."""
    assert holders(report_of(_VIGIL.format(verb="confided")), "no longer stay silent") == ["Marcus Delane"]


def test_a_passive_of_a_rarer_verb_names_no_speaker() -> None:
    """ "it was divulged that ...": no one is said to have divulged it, so no one holds the clause."""
    article = _VIGIL.replace("when he {verb} that he would", "when it was divulged that he would")
    assert holders(report_of(article), "no longer stay silent") == []


_LIBEL = (
    "Court rules on libel award\n\n"
    "The top court awarded Harto Wiryo more than 100 million dollars in damages in a libel case he brought against "
    "{outlet} on Tuesday.\n\n"
    "The magazine had claimed he had hidden some 15 billion dollars while in power.\n\n"
    "Lawyer Ahmad Rusdi said the family would appeal the ruling."
)


def test_a_magazine_named_by_an_everyday_word_holds_what_the_magazine_claimed() -> None:
    """ "against Time magazine ... The magazine had claimed": the tagger leaves "Time" untagged; the outlet is named
    by the noun after it, and "the magazine" goes back to it."""
    assert holders(report_of(_LIBEL.format(outlet="Time magazine")), "hidden some 15 billion") == ["Time magazine"]


def test_the_magazine_goes_back_to_a_tagged_name_before_its_noun() -> None:
    """ "Forbes magazine ... The magazine had claimed": a name the tagger knows, followed by the noun, is the
    magazine "the magazine" means."""
    assert holders(report_of(_LIBEL.format(outlet="Forbes magazine")), "hidden some 15 billion") == ["Forbes"]


def test_a_day_before_magazine_names_no_outlet() -> None:
    """ "the Sunday magazine" is a paper's supplement, named by its day: no outlet of that name."""
    report = report_of(_LIBEL.format(outlet="a writer for the Sunday magazine"))
    assert not any("Sunday" in a.name for story in report.stories for a in story.actors)


def test_a_wire_ticker_of_stamped_headlines_names_no_actors() -> None:
    """A box of the wire's latest headlines run into one paragraph, each closed by its date and time, is the page's
    furniture: the person a headline names is no actor of the story."""
    article = (
        "Software sales rise in January\n\n"
        "Sales of office software rose in January, the trade group Softlink said on Tuesday.\n\n"
        "Marta Olsen, the group's director, said businesses were buying again after a slow year.\n\n"
        "The latest news from the wire • Singer Dana Quill to tour Asia 1/15/2008, 7:50 p.m. CST • Studio cuts jobs "
        "1/15/2008, 6:41 p.m. CST • Talk host Wendel Crane getting his own channel 1/15/2008, 6:06 p.m. CST • Studio "
        "cuts jobs 1/15/2008, 5:55 p.m. CST • Talk host Wendel Crane getting his own channel 1/15/2008, 3:07 p.m. CST\n\n"
        "Olsen said the group expected sales to keep rising through the spring."
    )
    names = {a.name for story in report_of(article).stories for a in story.actors}
    assert "Marta Olsen" in names
    assert not names & {"Wendel Crane", "Dana Quill"}
