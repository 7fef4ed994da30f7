"""A person's surname with the Arabic article, written alone after the full name ("Hassan al-Kadhimi" then
"al-Kadhimi said"), is that person's, in every frame a capitalised surname is (brief.actors.article_surname_repeats,
brief.actors.inverted)."""

from __future__ import annotations

from written import said_by

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
