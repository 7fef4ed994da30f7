"""A common noun right before a country's name the tagger tagged alone: one body's name, not the country.

National bodies are named for what they do and the country they do it in: "Police Scotland said",
"Transport Scotland", "Historic England", "Water UK", "Tennis Australia", "Team GB". The tagger tags the
country and leaves the capitalised noun before it out, so the country spoke where its police did. A
capitalised common word (a noun, or a word mostly written in lower case), no function word, time word,
title, or compass or size word ("Northern Ireland", "Middle England" are places), that opens no longer
name of a place the gazetteer knows, and that is not one word of a title-case line ("Fans Cheer
England Win": capitalised words on either side), makes the pair one body's name.
"""

from __future__ import annotations

from brief.actors.gazetteer import MONTHS_DAYS, demonym_country, is_country, phrase_table
from brief.actors.phrasing import is_noun
from brief.actors.word_case import plain_word
from brief.text.language import stop_words
from brief.text.lexicon import PERSON_TITLES, TITLE_WORDS

PLACE_MODIFIERS = frozenset("north south east west northern southern eastern western central middle upper lower greater "
                            "mainland rural urban modern ancient old new little great inner outer deep".split())
"""Words that make a part or a kind of a country, a place still ("Middle England", "Rural America")."""
TIME_WORDS = frozenset("today tonight yesterday tomorrow now then meanwhile earlier later last next".split())
"""Sentence openers that are nouns too ("Today Scotland faces ...")."""


def _head_word(word: str) -> bool:
    """ "Police", "Transport", "Historic", "Tennis": a capitalised common word a body's name may open with."""
    lower = word.lower()
    return (word[:1].isupper() and word[1:].islower() and word.isalpha()
            and (is_noun(lower) or plain_word(word, frozenset()))
            and lower not in stop_words("en") and lower not in MONTHS_DAYS and lower not in TIME_WORDS
            and lower not in PLACE_MODIFIERS and lower not in PERSON_TITLES and lower not in TITLE_WORDS
            and not demonym_country(word))


EVENT_NOUNS = frozenset("day cup test tests open games series week tour championship championships".split())
"""Nouns after a country that name an event or a team's fixture, not a body ("Australia Day", "India Test squad")."""
_NAME_JOINS = frozenset({"of", "for", "and", "&"})
"""Words that join a country into a longer name ("Special Inspector General for Afghanistan Reconstruction"): the
country and the word after it are no body's whole name there."""
_ARTICLES = frozenset({"a", "an", "the"})
"""An article opening the sentence before the pair ("A Transport Scotland spokesman said"): capitalised as the
sentence's first word, no sign of a title-case line."""


def _title_case(word: str) -> bool:
    return word[:1].isupper() and word.isalpha()


def with_country_bodies(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "Police Scotland said": a country tagged alone after an untagged common noun, in running text (a
    lower-case word or a stop after it), read as one body's name."""
    out: list[tuple[int, int, str]] = []
    for a, b, label in spans:
        head = words[a - 1] if a > 0 else ""
        if (label == "LOC" and b == a + 1 and is_country(words[a]) and head and _head_word(head)
                and not (out and out[-1][1] == a)
                and (b == len(words) or not _title_case(words[b]))
                and (a < 2 or not _title_case(words[a - 2]) or words[a - 2].lower() in _ARTICLES)
                and phrase_table().get((head, words[a])) not in ("CTRY", "PLACE")):
            out.append((a - 1, b, "ORG"))
        elif label == "LOC" and b == a + 1 and is_country(words[a]) and _trade_after(words, spans, b) and (
                a == 0 or not _title_case(words[a - 1]) and words[a - 1].lower() not in _NAME_JOINS
                or words[a - 1].lower() in _ARTICLES):
            out.append((a, b + 1, "ORG"))  # "UK Finance, which represents the banks,": the trade's body
        elif _with_division(words, a, b) and not (out and out[-1][1] == a):
            out.append((a - 1, a + 1, "ORG"))  # "Police Scotland Tayside said": the force, its division's name after
        else:
            out.append((a, b, label))
    return _divisions_dropped(words, out)


DIVISION_WORDS = frozenset("division area command region branch".split())
"""What a national body calls a part of it named after a region ("Police Scotland's Tayside division")."""


def _divisions_dropped(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans without a national body's division ("Police Scotland's Tayside division", "Police Scotland Fife
    said"): the region's name after the body's possessive, before the division's noun, or right after the body's
    name, names a part of the body that speaks as the body."""
    bodies = {b for a, b, _ in spans if country_body(words[a:b])}  # whatever the tagger typed it
    if not bodies:
        return spans
    return [(a, b, label) for a, b, label in spans
            if not (a >= 1 and words[a - 1] in ("'s", "’s") and a - 1 in bodies and b < len(words)
                    and words[b].lower() in DIVISION_WORDS)
            and not (a in bodies and b - a <= MAX_DIVISION_WORDS and b < len(words) and words[b][:1].islower())]


MAX_DIVISION_WORDS = 2
"""Capitalised words of a national body's division written after its name ("Police Scotland Tayside", "Police
Scotland Highlands and Islands" is cut at "and")."""


AGENT_ENDINGS = ("er", "or", "ist", "ian")
"""Endings of a noun of one who does something ("Farmer", "Actor", "Activist", "Librarian"): before a country's
name that is also a given name ("Chad", "Jordan") it is a person's calling, not a national body's head."""


def _with_division(words: list[str], a: int, b: int) -> bool:
    """ "Police Scotland Tayside": a span the tagger opened at a country after a body's common word and ran on
    into the capitalised name of the body's division (read as a person or a place), lower case after it."""
    head = words[a - 1] if a > 0 else ""
    return (1 < b - a <= 1 + MAX_DIVISION_WORDS and is_country(words[a]) and bool(head) and _head_word(head)
            and not head.lower().endswith(AGENT_ENDINGS)  # "Farmer Chad Smith": a calling, then a person's name
            and all(_title_case(w) for w in words[a + 1 : b]) and b < len(words) and words[b][:1].islower()
            and (a < 2 or not _title_case(words[a - 2])) and phrase_table().get((head, words[a])) not in ("CTRY", "PLACE")
            and phrase_table().get(tuple(words[a:b])) not in ("CTRY", "PLACE"))


def _trade_after(words: list[str], spans: list[tuple[int, int, str]], b: int) -> bool:
    """Whether the untagged word right after a country is a common noun a trade body's name ends with ("UK
    Finance", "UK Hospitality"), in running text: a lower-case word, a stop or nothing after it."""
    return (b < len(words) and _head_word(words[b]) and words[b].lower() not in EVENT_NOUNS
            and not any(s[0] <= b < s[1] for s in spans)
            and (b + 1 == len(words) or not _title_case(words[b + 1]))
            and phrase_table().get((words[b - 1], words[b])) not in ("CTRY", "PLACE"))


def country_body(words: list[str]) -> bool:
    """ "Transport Scotland": a body's common word and a country, kept whole at a sentence's start."""
    return len(words) == 2 and is_country(words[1]) and _head_word(words[0]) and (
        phrase_table().get((words[0], words[1])) not in ("CTRY", "PLACE"))
