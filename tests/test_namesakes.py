"""Two people who share a surname stay two people (issue 11, class 1), on text written for these tests:
a mention's own title or "said she" never joins a person of the other gender, and "Mrs X"/"Mr X"
goes to the nearest one named in full of its gender."""

from __future__ import annotations

from written import actors_of, holders, report_of

_COUPLE = ("Pete Saunders, a retired builder from Leeds, said the council had ignored his complaints for years. "
           "Saunders said the road outside his house floods every winter. "
           "His wife, who asked to be named only as Mrs Saunders, said she had written to the council twice. "
           "Mrs Saunders said the water reached their front door in March. "
           "The council said it would inspect the drains next month. Saunders said he would believe it when he saw it.")

_FAMILY = ("Zoe Anderson, 19, said she had been waiting for a new kidney for three years. "
           "Her father, Mark Anderson, said the family had been told to expect a call any day. "
           "Anderson said he had given up his job to care for her. "
           "Ms Anderson said she hoped to start university next autumn. Mr Anderson said he was proud of her.")


def test_a_wife_called_by_title_is_not_her_husband_named_in_full() -> None:
    report = report_of(_COUPLE)
    assert holders(report, "the water reached their front door") != ["Pete Saunders"]
    assert holders(report, "she had written to the council twice") != ["Pete Saunders"]
    assert holders(report, "the road outside his house floods") == ["Pete Saunders"]


def test_a_father_and_daughter_each_keep_their_own_words() -> None:
    report = report_of(_FAMILY)
    assert holders(report, "he had given up his job") == ["Mark Anderson"]
    assert holders(report, "he was proud of her") == ["Mark Anderson"]
    assert holders(report, "she hoped to start university") == ["Zoe Anderson"]
    assert {a.name for a in actors_of(report)} >= {"Zoe Anderson", "Mark Anderson"}


_FOUNDATION = ("Donald Trump attacked the newspaper on Twitter on Tuesday. "
               "The Trump Foundation has given $2 million to veterans' groups since 2010, according to its filings. "
               "Trump tweeted that the report was \"fake news\" and said the foundation had done nothing wrong. "
               "Trump said he would sue the paper. The Clinton campaign said the foundation should be investigated. "
               "Hillary Clinton said voters deserved answers. Clinton said the Trump Foundation had broken the law.")


def test_a_body_named_after_a_person_takes_none_of_his_mentions() -> None:
    report = report_of(_FOUNDATION)
    assert holders(report, "he would sue the paper") == ["Donald Trump"]
    assert holders(report, "the foundation should be investigated") == ["Clinton campaign"]
    assert holders(report, "voters deserved answers") == ["Hillary Clinton"]


def test_a_pronoun_after_the_speech_verb_never_parts_a_man_from_his_surname() -> None:
    text = ("A teacher told pupils whom to vote for, said parent Jimmie Scott, who complained to the school. "
            "Scott says she and her husband showed him a video instead of discussing the remarks. "
            "Scott said the family had been ridiculed since.")
    assert holders(report_of(text), "the family had been ridiculed") == ["Jimmie Scott"]
    assert [a.name for a in actors_of(report_of(text)) if a.name.endswith("Scott")] == ["Jimmie Scott"]
