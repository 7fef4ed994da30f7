"""A person's surname with the Arabic article, written alone after the full name ("Hassan al-Kadhimi" then
"al-Kadhimi said"), is that person's, in every frame a capitalised surname is (brief.actors.article_surname_repeats,
brief.actors.inverted)."""

from __future__ import annotations

from written import line_sentences, said_by, tagged_mentions

from brief.actors.article_surname_repeats import article_surname_repeats

_OPENING = "Oil Minister Hassan al-Kadhimi visited the Kessing refinery on Tuesday after a fire broke out there. "


def _says(text: str, fragment: str) -> list[str]:
    return [name for name, said in said_by(_OPENING + text).items() if any(fragment in s for s in said)]


def test_a_bare_article_surname_before_its_cue_is_the_full_names_person() -> None:
    text = '"A helicopter is what caused the fire in the unit," al-Kadhimi said in a statement.'
    assert _says(text, "caused the fire") == ["Hassan al-Kadhimi"]


def test_a_bare_article_surname_after_its_cue_is_the_speaker() -> None:
    text = '"A helicopter is what caused the fire in the unit," said al-Kadhimi.'
    assert _says(text, "caused the fire") == ["Hassan al-Kadhimi"]


def test_an_article_surname_set_off_before_a_passive_quoting_cue_is_the_one_quoted() -> None:
    text = ('"We will be able to take full control of the refinery by March," the minister, Hassan al-Kadhimi, '
            "was quoted as saying.")
    assert _says(text, "take full control") == ["Hassan al-Kadhimi"]


def test_an_article_surname_after_a_preposition_is_left_to_the_tagger() -> None:
    # "a senior aide to al-Kadhimi said": the aide speaks; as a mention the surname took the aide's words (and the
    # reported speech of another inside them) on a real page
    text = ("Prime Minister Nouri al-Kadhimi met the envoy on Tuesday. A senior aide to al-Kadhimi said the envoy "
            "also urged the prime minister to pass the budget. Later al-Kadhimi said the talks went well.")
    mentions = tagged_mentions(text, {"Nouri al-Kadhimi": "person"})
    added = [m for m in article_surname_repeats(1, text, line_sentences(text), mentions) if m not in mentions]
    assert [(m.name, text[m.start : m.end + 5]) for m in added] == [("al-Kadhimi", "al-Kadhimi said")]
    assert text.index("al-Kadhimi said the talks") == added[0].start
