"""The company (or the star) a headline names and its text only describes: "Tesla recalls 200,000 cars over
camera fault" over "The electric carmaker is recalling about 200,000 vehicles ... The company said it would
fix ..."; "Beyoncé cancels Paris concert" over "The singer called off Saturday's show".

Why: news names the company in the headline and calls it "the carmaker", "the airline", "the company" in
the text (a wire's lead often does), so no mention of it is found: the story's subject is missing from the
actors, and "the company said" goes to whatever body was named last ("Model Y", a nickname). A sentence-case
headline that opens with a name and its verb ("Tesla recalls", "Qantas fined", "Chipmaker Arvexa to cut")
names the one who acts; where the headline names no one else ("Ofwat fines Southern Water": "the water
firm" is the other), the text never writes that name and describes a company before naming any body, each
such description up to the first body named is that company; where it describes no company, each
description by a calling only one person has ("the singer", "the striker") up to the first person named is
that person (a one-word name: "Beyoncé", "Pelé").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.callings import CALLINGS, CALLINGS_PATTERN
from brief.actors.gazetteer import demonym_country, is_country
from brief.actors.gender import first_names
from brief.actors.mentions import Mention
from brief.actors.name_words import BODY_TRADES
from brief.actors.personhood import known_place
from brief.actors.phrasing import is_noun, verb_lemma
from brief.actors.source_words import TRADE_NOUNS
from brief.actors.world_cities import known_city
from brief.model import Article, Sentence
from brief.text.phrases import has_phrase

_OPENING = re.compile(r"(?:(?P<trade>[A-Z][a-z]+)\s+)?(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2})"
                      r"(?:['’]s)?\s+(?:to\s+)?(?P<verb>[a-z]+)\b")
"""A headline's opening name, after a word of its trade, and the verb after it ("Tesla recalls", "Chipmaker
Arvexa to cut")."""
_COMPANY_WORDS = TRADE_NOUNS | BODY_TRADES | frozenset({"company", "firm", "group", "bank", "giant", "chain"})
_DESCRIBED = re.compile(rf"\b[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{'|'.join(sorted(_COMPANY_WORDS))})\b")
"""A company described with "the": "The electric carmaker", "the airline", "the company"."""
_CALLING = re.compile(rf"\b[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{CALLINGS_PATTERN})\b")
"""A person described by a calling only one person has: "The singer", "the Grammy-winning rapper"."""
_NAMED_AFTER = re.compile(r"[ \t]+[A-Z]")
"""A name right after the description, which is then that name's ("The midfielder Honda Keisuke")."""
MIN_LOWER_SHARE = 0.5
"""Share of a headline's words after its opening name written in lower case: a sentence-case headline,
whose capitals are names; a title-case one capitalises every word."""


def headline_company(article: Article, sentences: Sequence[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with the company (or the star) the headline opens on added at each description of a company
    (or by a calling) opening a sentence before the text names any other body (or person), when the text never
    writes the name."""
    title, text = article.title, article.text
    found = _OPENING.match(title or "")
    if found is None or not sentences or verb_lemma(found.group("verb")) is None:
        return mentions
    name = found.group("name")
    if found.group("trade") and found.group("trade").lower() not in BODY_TRADES:
        return mentions  # "Storm Delia hits ...": the opening word is no trade
    rest = title[found.end("name") :].split()
    if sum(w.islower() for w in rest) < MIN_LOWER_SHARE * len(rest) or not _company_like(name):
        return mentions
    if any(w[:1].isupper() and w.replace("'", "").replace("’", "").isalpha() and _company_like(w) for w in rest):
        return mentions  # "Ofwat fines Southern Water": a second name, which a description may mean (not "Paris")
    body = sentences[0].start
    if has_phrase(text[body:], name):
        return mentions  # the text names it: its own mentions speak for it
    # a company, described before any body is named; or a star, by a calling, before any person is
    kind, described = ("organization", _DESCRIBED) if _DESCRIBED.search(text, body) else ("person", _CALLING)
    first_other = min((m.start for m in mentions if m.kind == kind and m.start >= body), default=len(text))
    added = []
    for s in sentences:
        if s.start >= first_other:
            break
        d = described.match(text, s.start, min(s.end, first_other))  # the sentence's subject, not "founded the firm"
        if d is not None and not _NAMED_AFTER.match(text, d.end()):  # not "The midfielder Honda Keisuke said"
            added.append(Mention(article.id, s.index, d.start(), d.end(), name, d.group(), kind))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _company_like(name: str) -> bool:
    """A name a company may bear: no place, country, demonym or person's given name opening it."""
    return not (known_place(name) or known_city(name) or is_country(name) or demonym_country(name)
                or name.split()[0] in first_names() or _dictionary_word(name))


def _dictionary_word(name: str) -> bool:
    """ "Founders", "Carmaker": a plural common noun or a trade's word opening a headline, no name ("Founders
    look back", "Carmaker recalls sedans"); a brand may be a word in the singular ("Tesla", "Shell")."""
    word = name.lower()
    return " " not in word and (word.endswith("s") and is_noun(word[:-1]) or word in _COMPANY_WORDS | CALLINGS)
