"""A person named in full once is the same person where the text writes the surname alone and the
tagger missed it (``known_names._surnames``); a company named with its legal form once is the same
company where the text drops it (``known_names._without_legal_suffix``)."""

from __future__ import annotations

import pytest

from tests.written import actors_of, report_of

PROFILE = (
    "Orchard on the old rail yard\n\n"
    "Helga Fenwarren spent thirty-one years teaching chemistry in Bramwick. Now she spends her mornings "
    "pruning apple trees on land that once held rusting freight cars. Fenwarren bought the lot from the "
    "county for a dollar. Neighbours thought the idea odd. Fenwarren cleared the glass with a few "
    "volunteers. The county food bank says the orchard gave away two tonnes of fruit last autumn."
)


def _missing_surnames(monkeypatch: pytest.MonkeyPatch, surname: str) -> None:
    """The tagger reads the full name and misses the name alone (left untagged, or read as a misc.
    name), as it did on real pages where a story's subject was then named once and not listed."""
    from brief.actors import mentions

    real = mentions.tag_sentences

    def missing(sentences: list[list[str]]) -> list[list[str]]:
        tags = real(sentences)
        for words, labels in zip(sentences, tags):
            for i, word in enumerate(words):
                after = words[i + 1] if i + 1 < len(words) else ""
                before = words[i - 1] if i > 0 else ""
                if word == surname and not after[:1].isupper() and not before[:1].isupper():
                    labels[i] = "O" if i == 0 else "B-MISC"
        return tags

    monkeypatch.setattr(mentions, "tag_sentences", missing)


def test_a_surname_the_tagger_missed_counts_for_the_person_named_in_full(monkeypatch: pytest.MonkeyPatch) -> None:
    _missing_surnames(monkeypatch, "Fenwarren")
    people = {a.name: a for a in actors_of(report_of(PROFILE))}
    assert "Helga Fenwarren" in people, people
    assert people["Helga Fenwarren"].mentions >= 3, people


def test_a_surname_the_article_writes_as_a_word_is_not_looked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Young" is a word in an article that writes "young" in lower case: its capital opens a sentence."""
    text = PROFILE.replace("Helga Fenwarren", "Helga Young").replace("Fenwarren", "Young")
    text += " Young trees need water every day, and the young volunteers carry it."
    _missing_surnames(monkeypatch, "Young")
    people = {a.name: a for a in actors_of(report_of(text))}
    assert all(a.mentions < 3 for name, a in people.items() if "Young" in name), people


def test_a_company_named_with_its_legal_form_is_the_same_company_without_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Velmora Inc." once, then "Velmora", which the tagger misses or reads as a misc. name."""
    _missing_surnames(monkeypatch, "Velmora")
    text = ("Chip maker cuts jobs\n\nVelmora Inc. said on Thursday it would cut 900 jobs as orders slowed. "
            "Analysts had expected deeper cuts. Shares of Velmora fell 4%. Since last year, Velmora has lost "
            "two large customers to a rival.")
    firms = {a.name: a for a in actors_of(report_of(text))}
    assert any(a.mentions >= 3 for name, a in firms.items() if name.startswith("Velmora")), firms
