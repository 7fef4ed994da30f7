"""How often an article writes the name its headline gives an actor, wherever those writings went.

The subject a headline names is written again and again in the text, but not always as a mention of
its own: inside a longer name the tagger read as one span ("Gaza" in "the Gaza Health Ministry",
"Tesla" in "the Tesla Model Y", "Samsung" in "Samsung Galaxy phones"), in a span that overlapped
another, or in one the mention rules refused. Its group is then left with a mention or two, and falls
below actors named less often (or out of the list). The writings are the evidence the mentions lost.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from brief.actors.grouping import Group
from brief.actors.salience import in_other_case, short_names
from brief.actors.word_case import prose_lowercase
from brief.text.phrases import has_phrase, phrase_spans

WRITTEN_OFTEN = 3
"""Writings of its headline's name that list an actor named once as a mention: a name the headline
gives and the text writes three times is what the story is about, whatever span each writing fell in;
once or twice is the headline's passing word (a title of a show, a place a thing happens)."""
MIN_NAME_CHARS = 3
"""Shortest name counted: two letters ("US", "UK") are too often other words' initials or a pronoun."""


def _own_names(group: Group, article: int, short: set[str] | None = None) -> set[str]:
    """The names the article gives the group's actor, and its short names (``short``: ``short_names(group)``,
    when the caller has it: it reads every mention of the group, and a story asks for each of its articles)."""
    names = {n for m in group.mentions if m.article == article and not m.demonym for n in (m.name, m.surface)}
    return {n for n in names | (short_names(group) if short is None else short) if len(n) >= MIN_NAME_CHARS}


def own_title(group: Group, article: int, title: str, longer: Collection[str], own: set[str] | None = None) -> str:
    """The headline as it names this actor: with the longer names the article uses that hold one of its
    names blanked out ("New York Times sues OpenAI" names the paper, not the city; "Gaza Health Ministry
    says ..." the ministry, not the place). ``own``: ``_own_names(group, article)``, when the caller has it."""
    own = _own_names(group, article) if own is None else own
    # The names the title writes are read first: where none of them is blanked the title is unchanged and
    # no other name can be in it; else every name is read again in turn (the same answer either way).
    kept = _blanked(title, [n for n in longer if n in title], own)
    return title if kept == title else _blanked(title, list(longer), own)


def _blanked(title: str, names: list[str], own: set[str]) -> str:
    """The title with each of ``names`` that holds one of ``own`` blanked out, longest first. Each name is
    tested for holding one only once the title writes it (most are not in it: the test was the cost)."""
    for name in sorted(names, key=len, reverse=True):
        spans = list(phrase_spans(title, name))
        if not spans or name in own or not any(name != o and has_phrase(name, o) for o in own):
            continue
        for start, end in spans:
            title = title[:start] + " " * (end - start) + title[end:]
    return title


def own_titles(group: Group, titles: Mapping[int, str], names: Mapping[int, Collection[str]]) -> dict[int, str]:
    """``own_title`` of each of its articles' headlines."""
    short = short_names(group)
    return {a: own_title(group, a, titles.get(a, ""), names.get(a, ()), _own_names(group, a, short))
            for a in {m.article for m in group.mentions}}


def _headline_names(group: Group, article: int, title: str, longer: Collection[str], short: set[str]) -> list[str]:
    """The group's names the headline writes as names of their own: not inside a longer name the
    article also uses ("Gaza" in a headline "Gaza Health Ministry says ..." names the ministry).
    ``short``: ``short_names(group)``."""
    own = _own_names(group, article, short)
    title = own_title(group, article, title, longer, own)
    return [n for n in own if has_phrase(title, n) or in_other_case(title, n)]



def _writings(text: str, names: list[str]) -> int:
    """How many places the text writes any of the names (a fuller one and a shorter one at the same place
    are one writing)."""
    spans = sorted(span for n in names for span in phrase_spans(text, n))
    count, end = 0, -1
    for s, e in spans:
        if s >= end:
            count += 1
        end = max(end, e)
    return count


def unmentioned_writings(group: Group, titles: Mapping[int, str], texts: Mapping[int, str],
                         names: Mapping[int, Collection[str]]) -> int:
    """Writings of the names its headlines give the actor, in those articles, beyond its mentions there.
    ``names`` maps each article to every name its mentions use (of all actors), to tell a name of its own
    in the headline from one inside a longer name. A name the article also writes in lower case is a
    common word capitalised ("How Zombies Overran Pop Culture", then "Zombies popped up in ..."): its
    capitals at sentences' starts are no writings of a name."""
    extra = 0
    short = short_names(group)
    for article in sorted({m.article for m in group.mentions}):
        title = titles.get(article, "")
        in_title = _headline_names(group, article, title, names.get(article, ()), short) if title else []
        if in_title:
            own = sum(1 for m in group.mentions if m.article == article)
            text = texts.get(article, "")
            common = prose_lowercase(text)
            names_of_its_own = [n for n in in_title if n.lower() not in common]
            extra += max(0, _writings(text, names_of_its_own) - own)
    return extra
