"""Letters to the editor and signed opinion: the writer named in the signature holds the letter's
first-person statements and its closing claim.

A letters page runs several letters, each signed at its end by a paragraph with the writer's name
and one with their town ("Ninfa Wood" / "Walnut Creek"), or by one line ("— Ninfa Wood, Oakland").
The writer's "I beg to differ", "I disagree with the notion that ..." are no one's without it: the
pronoun "I" names no actor, and the cue model has no cue in "I beg to differ".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from brief.actors.attribution import Attribution
from brief.actors.cues import CUE_GROUP, lemma
from brief.actors.gender import first_names
from brief.actors.groups import people_noun
from brief.actors.letter_blocks import signature_blocks
from brief.actors.mentions import Mention, normalise
from brief.actors.speakers import Continued
from brief.model import Sentence

_NAME = r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?(?:\s+[A-Z]\.)?(?:\s+(?:de|van|von|da|del)?\s*[A-Z][a-zA-Z'’-]+){1,2}"
_TOWN = r"[A-Z][a-zA-Z.'’-]+(?:\s+[A-Z][a-zA-Z.'’-]+){0,2}"
_SIGNATURE = re.compile(rf"(?P<name>{_NAME})\n\n(?P<town>{_TOWN})(?:\n|$)")
_SIGNED_LINE = re.compile(rf"[—–-]\s*(?P<name>{_NAME}),\s*(?P<town>{_TOWN})\s*(?:\n|$)")
_FIRST_PERSON = re.compile(r"[\s\-–—•*]*I\s+(?!am\b|was\b|have\b|had\b|will\b|would\b)[a-z]+")
SECTION_WORDS = frozenset("More Most Latest Top Related Recent Popular Featured Headlines Stories News Sports Videos "
                          "Links".split())
"""Words of a page's section links and headings ("More Sports" / "MLB Headlines" after a game story): two such
lines read like a name over a town, but a reader's signature has none of them."""
WRITES_CUE = "writes"
"""The cue of a letter's own words under its writer."""


@dataclass(frozen=True)
class Letter:
    """One signed letter: its body's span and its writer's mention (in the signature)."""

    body: tuple[int, int]
    writer: Mention


def signed_letters(text: str, sentences: Sequence[Sentence], article: int) -> list[Letter]:
    """The letters of a page, each from the end of the signature before (or the text's start) to its
    own signature. A signature stands alone on its line after a paragraph that ends a sentence."""
    out: list[Letter] = []
    body_start = 0
    for match in sorted([*signature_blocks(text), *_SIGNATURE.finditer(text), *_SIGNED_LINE.finditer(text)], key=lambda m: m.start()):
        start = match.start()
        if start > 0 and text[start - 1] != "\n" or not re.search(r"[.!?”\"’)]\s*$", text[body_start:start]):
            continue
        inside = [s for s in sentences if body_start <= s.start and s.end <= start]
        if not inside:
            continue
        name = match.group("name")
        if name == match.group("town") or any(re.search(rf"\b{re.escape(w.lower())}\b", text) for w in name.split()):
            continue  # "Location Details" twice; a heading of common words, not a name
        if not SECTION_WORDS.isdisjoint(f"{name} {match.group('town')}".split()):
            continue  # "More Sports" / "MLB Headlines": the page's links to its sections, no writer
        writer = Mention(article, inside[-1].index, match.start("name"), match.end("name"), normalise(name), name,
                         "person")
        out.append(Letter((body_start, start), writer))
        body_start = match.end()
    return out or _guest_column(text, sentences, article)


_BIO = re.compile(rf"\n(?P<name>{_NAME})\s+(?:served\s+as|serves\s+as|(?:is|was)\s+(?:a|the)\s+former|was\s+formerly|"
                  r"(?:is|was)\s+(?:a|the)\s+(?:senior\s+|visiting\s+)?(?:fellow|professor|member|president|chair|chairman|"
                  r"chairwoman|director|leader)\b)[^\n]*\.\s*$")
"""A guest column's closing note on its writer's public life ("Aurelio Montan served as finance minister from 2009 to
2014.", "X is a former ambassador", "X is a senior fellow at ..."), the page's last paragraph; not a contributor's
note ("X is the author of ...", "X is a staff writer for ...", ``writers``), whose piece is the page's own writing."""


def _guest_column(text: str, sentences: Sequence[Sentence], article: int) -> list[Letter]:
    """An op-ed signed by the note on its writer that closes it, when its writer speaks in the first person in it: the
    column is one letter, its "I urge ..." and its conclusion the writer's (``letters_own_words``)."""
    match = _BIO.search(text)
    if match is None or not re.search(r"[.!?”\"’)]\s*$", text[: match.start()]):
        return []
    inside = [s for s in sentences if s.end <= match.start()]
    if not any(opens_in_first_person(s.text) for s in inside):
        return []
    name = match.group("name")
    if name.split()[0] not in first_names():
        return []  # "Dear Abby is written by ...": a column's name, no writer's
    before = re.sub(r"(?im)^by\s[^\n]*$", "", text[: match.start()])  # its byline aside
    if re.search(rf"\b{re.escape(name.split()[-1])}\b", before):
        return []  # "... Smith was sentenced in 2019.": a story's last word on someone it named, no writer's note
    writer = Mention(article, inside[-1].index, match.start("name"), match.end("name"), normalise(name), name, "person")
    return [Letter((0, match.start()), writer)]


def writer_of(letters: Sequence[Letter], text: str, attribution: Attribution) -> Mention | None:
    """The writer of the letter that holds an attribution's cue, if any, unless someone else the letter speaks of
    says it ("a letter by Mr. Hollings, which states", "The council's report says"): a verb of speech with a source
    not in the first person reports another's words. Any other claim is the writer's own ("The school board
    'snafu' demonstrates that ...": the writer's argument, whatever its grammatical subject)."""
    source = text[attribution.source[0] : attribution.source[1]].strip() if attribution.source is not None else ""
    if source and source.split()[-1] != "I" and people_noun(source.split()[-1]):
        return None  # "I see members vote against ...": what the people named do is theirs, no claim of the writer
    if (attribution.source is not None and not _WRITER_SOURCE.fullmatch(source)
            and any(CUE_GROUP.get(lemma(w.lower())) == "speech" for w in re.findall(r"[A-Za-z]+", text[attribution.cue[0] : attribution.cue[1]]))):
        return None
    return next((x.writer for x in letters if x.body[0] <= attribution.cue[0] < x.body[1]), None)


_WRITER_SOURCE = re.compile(r"(?i:I|we|me|us|this\s+(?:writer|reader|correspondent)|yours\s+truly)")
"""Sources that are a letter's writer: the first person, or the writer named by the role."""


def opens_in_first_person(sentence: str) -> bool:
    """ "I disagree with the notion that ...": the writer's statement, whole, with its "I"."""
    return bool(_FIRST_PERSON.match(sentence))


def letters_own_words(text: str, sentences: Sequence[Sentence], letters: Sequence[Letter],
                      cues: Sequence[tuple[int, int]]) -> list[Continued]:
    """A letter's sentences that its writer states: one that opens in the first person ("I beg to
    differ, ...", whole, though the cue model may have read its verb), and the letter's last
    sentence, its conclusion ("Real science is never 'settled.'"), unless someone else says it."""
    out: list[Continued] = []
    for letter in letters:
        inside = [(k, s) for k, s in enumerate(sentences) if letter.body[0] <= s.start and s.end <= letter.body[1]]
        for n, (k, s) in enumerate(inside):
            if opens_in_first_person(s.text) or (n == len(inside) - 1 and not any(s.start <= c < s.end for c, _ in cues)):
                out.append(Continued(letter.writer, k, (s.start, s.end), cue=WRITES_CUE))
    return out
