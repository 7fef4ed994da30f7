"""A user name written bare, as a forum or a platform shows it ("kestrel77", "tova_writes"), that the article
shows posting: "kestrel77 wrote", "the handle kestrel77", "kestrel77's posts". It is the name of the one who
writes under it, a person.

Why: the name tagger and the attribution models learned names as capitalised words; a handle in lower case with
digits or an underscore read as a plain word, so "“...,” kestrel77 posted" went to no one (the cue not even
found) and the posts an article quotes at length had no writer. A word of that shape is taken for a handle only
where the text shows it as one (after "handle", "user" or "account", or as the subject or owner of posting), and
then at each of its uses; the models read it with a capital, as the name it is (same offsets).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.model import Sentence
from brief.text.sentences import sentence_at

_HANDLE = re.compile(r"(?<![\w@#./-])([a-z][a-z]{2,}(?:_[a-z0-9]+)*(?:[0-9]+|_[a-z0-9]+))(?![\w@/-]|\.\w)", re.I)
"""A user name's shape: three or more letters, then digits or an underscored part ("kestrel77", "tova_writes");
not a hashtag, an address or a file's name."""
_SHOWN_BEFORE = re.compile(r"\b(?:handle|username|user\s+name|user|account|poster|redditor)\s+$", re.I)
"""Words that name what follows as a user name: "the handle kestrel77", "Reddit user kestrel77"."""
_SHOWN_AFTER = re.compile(
    r"(?:['’]s?\s+(?:\w+\s+)?(?:posts?|comments?|account|profile|tweets?|messages?)\b|"
    r"\s+(?:(?:also|later|then|had|has|once|regularly|often|\w+ly)\s+)*"
    r"(?:posted|wrote|tweeted|commented|replied|answered|shared|made\s+(?:a|another)\s+post|had\s+written)\b|"
    r"\s+(?:Reddit|Twitter|TikTok|Instagram|forum)\s+user\b)")
"""What shows a user name by what it does or owns: "kestrel77 posted", "kestrel77's posts", "the kestrel77 Reddit user"."""
_UNIT = re.compile(r"[a-z]+\d+$", re.I)
MIN_LETTERS = 4
"""Fewest letters of a handle of letters and digits alone: fewer ("abc123", "ftp21") is as often a code or a
model's number, which a text may show "posted" too (a form, a server)."""


_MAY_HOLD = re.compile("[A-Za-z\u0130\u0131\u017f\u212a]{3}[0-9_]")
"""What every ``_HANDLE`` holds: three of its letters, then a digit or "_" (its letter run ends at its digits or
its first underscored part). The class is what "[a-z]" matches under re.I ("İ", "ı", "ſ" and the Kelvin sign
fold to ASCII letters); without the flag the search is ~3 times cheaper than ``_HANDLE``'s over a whole text,
and a news text seldom holds such a word."""


def handle_names(text: str) -> set[str]:
    """The handles (lower-cased) the text shows as user names (see the module's docstring)."""
    shown: set[str] = set()
    if not _MAY_HOLD.search(text):
        return shown
    for found in _HANDLE.finditer(text):
        word = found.group(1)
        if _UNIT.fullmatch(word) and sum(c.isalpha() for c in word) < MIN_LETTERS:
            continue
        before = text[max(0, found.start() - 20) : found.start()]
        if _SHOWN_BEFORE.search(before) or _SHOWN_AFTER.match(text, found.end()):
            shown.add(word.lower())
    return shown


def handle_people(article: int, text: str, sentences: Sequence[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each use of a handle the text shows (``handle_names``) added as a person where no
    mention covers it."""
    shown = handle_names(text)
    if not shown:
        return mentions
    covered = [(m.start, m.end) for m in mentions]
    added = []
    for found in _HANDLE.finditer(text):
        word = found.group(1)
        start, end = found.span(1)
        if word.lower() not in shown or any(a < end and start < b for a, b in covered):
            continue
        added.append(Mention(article, sentence_at(sentences, start), start, end, word.lower(), word, "person"))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def handles_capitalised(text: str) -> str:
    """``text`` with each handle the text shows given a capital first letter, as the models read a name (same
    offsets)."""
    shown = handle_names(text)
    if not shown:
        return text
    return _HANDLE.sub(lambda m: m.group(1)[0].upper() + m.group(1)[1:] if m.group(1).lower() in shown else m.group(0), text)


HANDLE_REACH = 2
"""Sentences back within which the handle last named is the one a "they" goes on with (as ``PRONOUN_REACH``)."""


def handle_they(before: Sequence[Mention], sentence: int) -> Mention | None:
    """The handle a "they" in ``sentence`` stands for: an article writes of a user known by a handle alone as
    "they" ("kestrel77 joined in 2020. The next month they posted ..."), so the last person named, when a handle
    within ``HANDLE_REACH`` sentences with no body or group named since (whom "they" may mean), is the one; else None."""
    for m in reversed(before):
        if m.medium or m.demonym or m.kind == "place":
            continue  # "posted on Reddit", "Israel's war": no one "they" means
        if m.kind == "person" and _HANDLE.fullmatch(m.surface) and m.sentence >= sentence - HANDLE_REACH:
            return m
        return None
    return None
