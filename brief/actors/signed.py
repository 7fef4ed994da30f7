"""Quotations signed after a dash: a paragraph that is one quotation, closed and followed on its
line by a dash and a name (“He has said hateful things time and again.” ― Carlos Reyes), is that
person's words. Readers' responses, testimonials and pull quotes are laid out this way; the
quotation has no cue, so the cue model gives it to no one. An embedded post's links may follow
the name ("... favor!" – Jennifer Lawrence pic.twitter.com/...), and a pull quote may go without
marks when its own "I" or "we" shows it is someone's words ("We've wanted to make this change
... - Nat Friedman")."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.gazetteer import MONTHS_DAYS
from brief.actors.inline_signed import inline_signed
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention, normalise
from brief.actors.source_words import BODY_WORDS, ORG_NOUNS, PRINTED_OUTLETS
from brief.actors.speakers import Continued
from brief.model import Sentence
from brief.text.posts import POST_LINK

_NAME_WORD = r"(?:[A-Z][\w'’-]*\.?|[A-Z]\.)"
_SIGNATURE = rf"(?P<name>{_NAME_WORD}(?:[ \t\xa0]+{_NAME_WORD}){{1,4}})(?:,[ \t\xa0]+[\w][^\n“”\"]{{0,80}}?)?[ \t\xa0.,]*"
"""A signature: the name, and what they are after a comma ("— Rami Ismail, independent developer")."""
_DASH = r"(?:[ \t\xa0]*[―—–]|[ \t\xa0]+-{1,2}(?=[ \t\xa0]))[ \t\xa0]*"
"""The dash between a quotation and its signature: any dash, or a hyphen (one or two) with spaces both sides, as
local pages type it ("“We would rather wait than rush.” - Trustee Amy Kessler")."""
_LINKS = rf"(?:[ \t\xa0]*{POST_LINK})*[ \t\xa0]*$"
"""An embedded post's links after its signature (the post's own address, its picture's)."""
_LEAD_IN = r"(?:\d{1,2}[.)][ \t\xa0]+)?(?:[A-Z][^\n“”\"]{0,60}?[.:][ \t\xa0]+)?"
"""A list item's number and its short heading before the quotation ("2. Treating gluten-free as healthy. “...” —
Name"), as listicles of experts' advice set them: the quotation after them is still the signer's."""
_SIGNED = re.compile(
    rf"^[ \t\xa0]*{_LEAD_IN}(?P<said>[“\"”][^\n]+?[”\"]){_DASH}{_SIGNATURE}{_LINKS}",
    re.MULTILINE,
)
"""A line that is one quotation, then a dash and a name of two to five capitalised words (a
signature names the whole person; one word is as often a place or an outlet). A page may open
the quotation with a closing mark (”...”), so any double mark opens it."""
_SIGNED_UNMARKED = re.compile(
    rf"^[ \t\xa0]*(?P<said>(?:I|We|My|Our)\b[^\n“”\"]*?[.!?])[ \t\xa0]+[―—–-][ \t\xa0]*{_SIGNATURE}{_LINKS}",
    re.MULTILINE,
)
"""A paragraph with no quote marks that opens in the first person and ends a sentence, then a
spaced dash (a hyphen too: pages type it so) and a name: a pull quote, in its speaker's "I" or
"we". Without the first person, a line ending "- Name" is as often a headline and its site."""
_DESCRIBED_SIGNED = re.compile(
    rf"^[ \t\xa0]*{_LEAD_IN}(?P<said>[“\"”][^\n]+?[”\"]){_DASH}(?P<signature>[^\n“”\"]+?)[ \t\xa0.]*$",
    re.MULTILINE,
)
"""A quotation signed with a described name: the signer's role before the name ("— BJP spokesperson
Anil Verma") or after it ("— Raj Patel, analyst at Gartner"), as wire and regional copy set a quote
and its speaker apart. Read only where the tagger found a person in the signature (see
``_described_signer``): a described signature's words are too many to take as a name."""
MAX_SIGNATURE_WORDS = 12
"""Words a described signature runs to (a role, a name, an employer: "Raj Patel, senior analyst at
the research firm Gartner" is 9); a longer line after a dash is the writer's own sentence."""
_SIGNATURE_VERB = re.compile(r"\b(?:said|says|told|added|wrote|is|was|are|were|has|have|had|will|would)\b")
"""A verb in what follows the dash: a clause of the writer's ("— Verma said later"), not a signature
(the frame rules read that)."""
_CREDIT = re.compile(r"[:/|@]|\b(?:photo|photograph|picture|image|credit|getty|reuters|afp|ap|shutterstock|alamy)\b", re.I)
"""A picture's credit after a caption's quotation ("— Photo: Ada Quinn/Reuters"): the photographer took
the picture, and said nothing."""
SIGNED_CUE = "said"
"""The cue a signed quotation is listed with."""


def signed_quotes(text: str, sentences: Sequence[Sentence], index: MentionIndex) -> list[Continued]:
    """Each signed quotation, under the person its signature names: a name the tagger found there
    as a person, or one it did not find at all that names no body ("― Reuters Staff", "— The Daily
    Star" sign no one's words); a name the tagger typed otherwise is left out."""
    out: list[Continued] = []
    for signed in [*_SIGNED.finditer(text), *_SIGNED_UNMARKED.finditer(text)]:
        span = signed.span("said")
        k = next((i for i, s in enumerate(sentences) if s.start <= span[0] < s.end), None)
        if k is None:
            continue
        name = (signed.start("name"), signed.start("name") + len(signed.group("name").rstrip(".")))
        found = index.within(name) + index.overlapping(name)
        person = next((m for m in found if m.kind == "person" and not m.demonym), None)
        if person is None and not found and not _names_body(text[name[0] : name[1]]):
            written = " ".join(text[name[0] : name[1]].split())
            person = Mention(sentences[k].article, sentences[k].index, name[0], name[1], normalise(written),
                             written, "person")
        if person is None:
            continue
        out.append(Continued(dataclasses.replace(person, sentence=sentences[k].index), k, span, cue=SIGNED_CUE))
    out += [c for c in inline_signed(text, sentences, index) if not any(c.span[0] < o.span[1] and o.span[0] < c.span[1] for o in out)]
    seen = {c.span for c in out}
    for signed in _DESCRIBED_SIGNED.finditer(text):
        span = signed.span("said")
        k = next((i for i, s in enumerate(sentences) if s.start <= span[0] < s.end), None)
        person = _described_signer(text, signed.span("signature"), index)
        if k is None or person is None or span in seen:
            continue
        out.append(Continued(dataclasses.replace(person, sentence=sentences[k].index), k, span, cue=SIGNED_CUE))
    return out


def _described_signer(text: str, signature: tuple[int, int], index: MentionIndex) -> Mention | None:
    """The person a described signature names: the first person the tagger found in it, where the
    signature is a few words with no verb (see _DESCRIBED_SIGNED) and names no other person."""
    words = text[signature[0] : signature[1]]
    if len(words.split()) > MAX_SIGNATURE_WORDS or _SIGNATURE_VERB.search(words) or _CREDIT.search(words):
        return None
    people = [m for m in index.within(signature) if m.kind == "person" and not m.demonym]
    return people[0] if len({m.name for m in people}) == 1 else None


_NOT_PEOPLE = BODY_WORDS | ORG_NOUNS | PRINTED_OUTLETS | frozenset(
    "the staff press news images photos reporter reporters editor editors writer writers".split())
"""Words of a signature that make it a body's, an outlet's or a credit's, not a person's."""


def _names_body(name: str) -> bool:
    words = name.replace(".", " ").split()
    return any(w.lower() in _NOT_PEOPLE or w in MONTHS_DAYS for w in words)
