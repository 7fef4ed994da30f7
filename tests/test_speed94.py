"""Session 60, speed94 (issue 14): a headline is read by the tagger once per run, whichever story step asks
first; what the story's actors take from it is the same as when each step read it on its own."""

from __future__ import annotations

from written import actors_of, holders, report_of

_SPLIT = ("Rodney Achterberg splits from fiancee\n\nAchterberg, 44, said on Friday that the engagement "
          "was over. \"It is sad,\" Achterberg told fans.")


def test_surname_takes_the_headline_full_name_in_a_story_read_twice() -> None:
    for _ in range(2):  # the second report finds the headline already read
        report = report_of(_SPLIT)
        names = [a.name for a in actors_of(report)]
        assert "Rodney Achterberg" in names
        assert "Achterberg" not in names
        assert "Rodney Achterberg" in holders(report, "the engagement was over")


def test_two_articles_under_one_headline_name_the_same_people() -> None:
    other = _SPLIT.replace("said on Friday", "said on Saturday").replace("told fans", "told reporters")
    report = report_of(_SPLIT, other)
    names = [a.name for a in actors_of(report)]
    assert "Rodney Achterberg" in names
    assert "Achterberg" not in names


def test_a_headline_without_words_names_no_one() -> None:
    report = report_of("...\n\nThe council met on Tuesday. \"We will vote next week,\" said Mayor Ilse Brandvold.")
    names = [a.name for a in actors_of(report)]
    assert "Ilse Brandvold" in names
    assert len(names) == len(set(names))


def _sentences(*texts: str) -> list:
    from brief.model import Sentence

    out, start = [], 0
    for i, text in enumerate(texts):
        out.append(Sentence(1, i, start, start + len(text), text))
        start += len(text) + 1
    return out


def test_position_summary_skips_a_repeat_of_a_picked_sentence() -> None:
    from brief.summarize.position import summarize

    lead = "The harbour board of Vessmark approved a new ferry terminal on the north quay after a long debate."
    sentences = _sentences(
        lead,
        "A photo caption: the harbour board of Vessmark approved a new ferry terminal on the north quay.",
        "Fishermen on the quay said the construction would close their moorings for most of the winter season.",
        "The terminal is expected to carry about two thousand passengers a day once the crossings begin again.",
        "Local shops near the old pier hope the new crossings will bring visitors back to the town centre.")
    picked = summarize(sentences, 3)
    assert 0 in picked and 1 not in picked  # the caption repeats the lead
    assert len(picked) == 3


def test_position_summary_takes_repeats_only_when_nothing_else_is_left() -> None:
    from brief.summarize.position import summarize

    text = "The harbour board of Vessmark approved a new ferry terminal on the north quay after a long debate."
    sentences = _sentences(text, text.replace("after a long debate", "after a debate"),
                           "Fishermen said the construction would close their moorings for most of the winter.")
    assert summarize(sentences, 3) == (0, 1, 2)


def test_long_text_summary_skips_repeats_as_a_short_one_does() -> None:
    from brief.summarize.picked_cosines import ALL_AT_ONCE
    from brief.summarize.position import summarize

    lead = "The harbour board of Vessmark approved a new ferry terminal on the north quay after a long debate."
    filler = [f"Report number {i} of the yearly survey counted {i} boats moored along the canal near lock {i % 7}."
              for i in range(ALL_AT_ONCE)]
    sentences = _sentences(lead, lead.replace("after a long debate", "after some debate"), *filler)
    picked = summarize(sentences, 4)
    assert len(picked) == 4 and not {0, 1} <= set(picked)  # the lead or its near copy, never both
