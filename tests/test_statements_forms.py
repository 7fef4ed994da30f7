"""What was said, in forms real pages use that the cue model reads wrongly (issue 11), on articles
written for these tests: a quotation signed after a dash, the quotation that goes on after its
frame in the next sentence, the phrase after the cue that only says to whom or when, and
quotations written with doubled marks."""

from __future__ import annotations

from written import holders, report_of


def test_a_quotation_signed_after_a_dash_is_the_signers() -> None:
    report = report_of(
        "Readers told us what they thought of the new bridge toll.\n\n"
        "“The toll is far too high for people who cross twice a day. It punishes commuters.” ― Maria Ostrander\n\n"
        "“I would rather drive the long way round than pay it every morning.” ― Tobias Lindqvist.\n\n"
        "“The bridge is busy every single morning of the week.” ― Reuters Staff\n"
    )
    assert holders(report, "punishes commuters") == ["Maria Ostrander"]
    assert holders(report, "drive the long way round") == ["Tobias Lindqvist"]
    assert holders(report, "busy every single morning") == []  # a credit, not a person


def test_the_quotation_after_its_frame_goes_on_in_the_next_sentence() -> None:
    report = report_of(
        "A programmer has published code that crashes servers of a popular game.\n\n"
        "“I waited a long time before writing this post,” developer Ada Brennan wrote in a blog post "
        "on Thursday, two years, she said, after reporting the flaw. “The company has failed to act on the report for two years.”\n\n"
        "The company did not reply to a request for comment."
    )
    assert holders(report, "failed to act on the report") == ["Ada Brennan"]


def test_whom_it_was_said_to_is_not_what_was_said() -> None:
    report = report_of(
        "The rally in Dunmere drew a crowd of several thousand people on Saturday.\n\n"
        "“That is right, we are all here for you tonight,” Melanie Vance said to the candidate, "
        "who began his speech by thanking the volunteers.\n\n"
        "“It never crossed my mind that I would be here,” she said several months after the rally, "
        "and a big reason for it was the campaign."
    )
    assert holders(report, "all here for you tonight") == ["Melanie Vance"]
    assert holders(report, "began his speech") == []
    assert holders(report, "never crossed my mind") == ["Melanie Vance"]
    assert holders(report, "big reason for it") == []


def test_doubled_marks_open_a_quotation_that_goes_on() -> None:
    report = report_of(
        "The tax plan drew criticism from economists on Tuesday.\n\n"
        "''This is not tax reform,'' said Peter Hallam, an economist at the Dunmere Institute.\n\n"
        "''It is anti-reform. She is layering on even more complexity.''\n\n"
        "The campaign did not respond."
    )
    assert holders(report, "layering on even more complexity") == ["Peter Hallam"]


def test_a_title_in_quotes_after_the_frame_is_not_what_was_said() -> None:
    report = report_of(
        "Zombies are something of a pop-culture phenomenon, and they are not going away.\n\n"
        "“He never called them zombies, and he never thought of them as zombies,” said Ozzy Marlowe, "
        "a screenwriter and author of “Zombies on Film: The Definitive Story” (Dunmere Press, 2014). "
        "But the public did.\n\n"
        "“I did my best to say that there is true value in management,” Stacy Hellman recalled in "
        "“The Early Years.” Few listened at the time."
    )
    assert holders(report, "never thought of them as zombies") == ["Ozzy Marlowe"]
    assert holders(report, "true value in management") == ["Stacy Hellman"]
    assert holders(report, "The Definitive Story") == []


def test_a_participle_clause_at_the_sentence_end_goes_on_with_what_was_said() -> None:
    report = report_of(
        "The museum opened in Dunmere on Saturday after a decade of planning.\n\n"
        "Mayor Ivo Marten said the exhibits would put those problems into a larger context, allowing "
        "people to see the progress as well as the shortcomings.\n\n"
        "Ivo Marten said the museum was paid for by donors, adding that no public money was spent.\n\n"
        "Gina Holt said the old hall was too small for the collection, forcing the move to the harbour, "
        "although the hall had served the city for a century."
    )
    said = [p.text for a in report.stories[0].actors for p in a.positions if "larger context" in p.text]
    assert said and "allowing people to see the progress" in said[0]
    donors = [p.text for a in report.stories[0].actors for p in a.positions if "paid for by donors" in p.text]
    assert donors and "adding" not in donors[0]
    hall = [p.text for a in report.stories[0].actors for p in a.positions if "too small" in p.text]
    assert hall and "forcing the move to the harbour" in hall[0] and "century" not in hall[0]


def test_the_part_before_the_cue_is_kept_when_the_quotation_resumes_after_it() -> None:
    report = report_of(
        "The city has launched a programme to train coders for local firms.\n\n"
        "“The biggest challenge here is the same we face nationwide, which is a talent shortage,” "
        "Jim Kessler says “We have more openings for engineers than there are engineers.”\n\n"
        "The programme starts in May."
    )
    said = [p.text for a in report.stories[0].actors for p in a.positions if a.name == "Jim Kessler"]
    assert any("talent shortage" in p and "more openings for engineers" in p for p in said)
