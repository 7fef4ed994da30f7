"""A surname the tagger never read as a person's in the text, whose bearer the headline names in full.

Why: "Shaun Edwards on board with Wales" over "to reunite Edwards with former club comrades" and "has recruited
Edwards and Howley": the tagger took every "Edwards" of the text for a misc. name (not an actor's kind), so the
story's subject was no one on the page. A headline's person (a known given name and a surname, as the tagger reads
the headline) is the one the text then calls by surname: the surname alone is known as a person's name, as a name
the tagger found elsewhere in the article is (``known_names``), unless the text has already read it otherwise.
Not a surname that is a common word ("Grant", "Momentum" of "Chelsea Momentum" in a title-case headline), whose
capital may only mark a sentence's start or a headline's style.
"""

from __future__ import annotations

from brief.actors.word_case import plain_word


def with_headline_surnames(known: dict[tuple[str, ...], str], title: str,
                           lowercase: set[str]) -> dict[tuple[str, ...], str]:
    """``known`` (the article's names and the kinds the tagger gave them) with each full name of the headline's
    people and its surname alone known as a person's, where the tagger gave them no kind of its own."""
    # imported here: it reads names with ``mentions``, whose ``known_names`` calls this
    from brief.actors.headline_full_names import headline_people

    for name in headline_people(title):
        words = tuple(name.split())
        known.setdefault(words, "PER")
        if not plain_word(words[-1], lowercase):
            known.setdefault(words[-1:], "PER")
    return known
