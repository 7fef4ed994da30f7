"""Why a gold quote is under no actor: each such failure of bench/actors_web.py, classified by where
the words were lost on their way from the page to an actor's positions.

Usage: python bench/quote_misses.py DIR --gold FILE [--gold FILE ...] [--page NAME]

For each quote the gold gives a speaker for and that no actor holds, the page is read again with
hooks on brief.actors.extract (the attributions the model found, the sources resolved and left
unresolved, the article's positions before the actors are assembled), and the quote is put in one
class:

- lost/in the page, lost/not in the page: the fragment is not in the article's text, though the
  page's markup holds it (extraction dropped it) or not even there (the gold's words differ);
- split: it is in the text but across two of brief's sentences (segmentation cut it);
- no cue: no attribution's content reaches it, and no cue stands in its sentence;
- other cue: a cue stands in its sentence, but its content is other words (a cue's content clipped
  short, or the quotation is a second one in the sentence);
- cue dropped: an attribution reaches it, but was set aside before its source was looked for (not
  a statement, an action, a labelled answer ...);
- unresolved/<how the source is written>: the attribution's source is a pronoun, a description,
  a name, or none, and no actor was found for it;
- resolved, dropped: a source was found, and then the position was dropped (too short, taken, ...);
- not listed: a position with the words went to a mention whose actor is not listed (filtered as
  not worth listing, not an actor, or past the list's length);
- clipped: a position of the sentence exists, with other words of it (its content stops short).

Golds held out (file names ending in _b, _d, _f: other sites' halves nobody may read) print only the
counts per class, never a quote, a name or a page; the others print an example line per failure.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _web_checks import norm  # noqa: E402
from actors_web import held_out, ranked, read_gold, run_page  # noqa: E402

from brief.actors import extract  # noqa: E402
from brief.actors.attribution import Attribution  # noqa: E402
from brief.actors.audience_aside import audience_only  # noqa: E402
from brief.actors.body_reference import body_referred  # noqa: E402
from brief.actors.chain import SpeakerChain  # noqa: E402
from brief.actors.cues import SEED_CUES, lemma  # noqa: E402
from brief.actors.evidence import BODY_WORDS as EVIDENCE_BODIES  # noqa: E402
from brief.actors.gazetteer import TITLES  # noqa: E402
from brief.actors.kinds import PERSON_NOUNS  # noqa: E402
from brief.actors.mentions import Mention  # noqa: E402
from brief.actors.opening_subject import opens_sentence  # noqa: E402
from brief.actors.referring import CALLINGS, DESCRIBED_REACH  # noqa: E402
from brief.actors.self_described import described_as  # noqa: E402
from brief.actors.source_words import BODY_WORDS, EXPERTS, KIN, ORG_NOUNS, PLACE_NOUNS, PRIVATE_PEOPLE, TRADE_NOUNS  # noqa: E402
from brief.model import Report, Sentence  # noqa: E402

TAGS = False
FINER = False
"""With ``--finer``, a clipped quote's class also says what became of an attribution reaching its words."""
"""Finer aggregate tags on the unresolved descriptions (``--tags``; counts only on held-out golds)."""
NEAR_SENTENCES = 2
"""Sentences back within which a body named counts as near a description (as a pronoun's reach)."""
PRONOUNS = frozenset("he she they it we i you his her their its this that these those".split())


@dataclass
class Hooks:
    """What the hooked pipeline saw on the last page, by article text."""

    found: dict[str, list[Attribution]] = field(default_factory=dict)
    spoke: dict[str, list[tuple[Attribution, Mention]]] = field(default_factory=dict)
    unresolved: dict[str, list[Attribution]] = field(default_factory=dict)
    read: dict[int, extract.ArticleActors] = field(default_factory=dict)

    def clear(self) -> None:
        self.found.clear()
        self.spoke.clear()
        self.unresolved.clear()
        self.read.clear()


HOOKS = Hooks()


def install() -> None:
    """Wrap the steps of brief.actors.extract whose results the classes need."""
    find, read = extract.find_attributions, extract.read_article
    spoke, unresolved = SpeakerChain.spoke, SpeakerChain.unresolved

    def found(text: str, spans: list[tuple[int, int]]) -> list[Attribution]:
        out = find(text, spans)
        HOOKS.found.setdefault(text, []).extend(out)
        return out

    def read_article(article: Any, sentences: Any) -> extract.ArticleActors:
        out = read(article, sentences)
        HOOKS.read[article.id] = out
        return out

    def on_spoke(self: SpeakerChain, text: str, attribution: Attribution, mention: Mention) -> None:
        HOOKS.spoke.setdefault(text, []).append((attribution, mention))
        spoke(self, text, attribution, mention)

    def on_unresolved(self: SpeakerChain, text: str, attribution: Attribution, cue: str) -> None:
        HOOKS.unresolved.setdefault(text, []).append(attribution)
        unresolved(self, text, attribution, cue)

    extract.find_attributions = found  # type: ignore[assignment]
    extract.read_article = read_article
    SpeakerChain.spoke = on_spoke  # type: ignore[method-assign]
    SpeakerChain.unresolved = on_unresolved  # type: ignore[method-assign]


_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def folded(text: str) -> str:
    """The text as norm() compares it, with the same length (so offsets carry over)."""
    out = unicodedata.normalize("NFC", text).translate(_FOLD)
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in out) if len(out) == len(text) else text.lower()


def locate(fragment: str, text: str) -> tuple[int, int] | None:
    """Where the gold's fragment stands in a text, spacing aside."""
    words = norm(fragment).split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    found = re.search(pattern, folded(text))
    return found.span() if found else None


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def source_form(text: str, source: tuple[int, int] | None) -> str:
    """How an unresolved source is written: none, a pronoun, a name, or a description."""
    if source is None:
        return "none"
    words = text[source[0] : source[1]].split()
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    if words and words[0][:1].isupper() and words[0].lower() not in ("the", "a", "an") and all(
            w[:1].isupper() for w in words if w.isalpha() and len(w) > 3):
        return "name"
    return "description"


def in_page(fragment: str, page: Path) -> bool:
    """Whether the page's markup holds the fragment as text (tags and entities aside)."""
    raw = page.read_text(encoding="utf-8", errors="replace")
    return locate(fragment, html.unescape(re.sub(r"<[^>]*>", " ", raw))) is not None


def description_tags(text: str, a: Attribution, sentence: Sentence, mentions: list[Mention], speaker: list[str]) -> str:
    """What an unresolved description is like, as aggregate tags (held-out golds print only their counts):
    a name inside it or not, its determiner, a person named before it in its sentence; with ``--tags``,
    its length, its head's word family, and whether the speaker is a mention before it (the latest body,
    one near, any with the head in its name), whether the page described anyone with the head noun
    (``self_described.described_as``), and where and how often the speaker is named around it."""
    if a.source is None:
        return ""
    written = text[a.source[0] : a.source[1]]
    inside = [m for m in mentions if a.source[0] <= m.start and m.end <= a.source[1]]
    first = written.split()[0].lower() if written.split() else ""
    tags = "/with a name" if inside else "/no name"
    tags += "/the" if first in ("the", "this", "that") else "/a" if first in ("a", "an", "one") else "/other"
    if any(m.kind == "person" and sentence.start <= m.start < a.source[0] for m in mentions):
        tags += "/person before in sentence"
    if not TAGS:
        return tags
    words = re.findall(r"[a-z][a-z-]*", written.lower())
    head = words[-1] if words else ""
    names = {norm(n) for n in speaker}

    def named(m: Mention | None) -> bool:
        return m is not None and bool({norm(m.name), norm(m.surface)} & names)

    before = [m for m in mentions if m.end <= a.source[0] and not m.demonym]
    bodies = [m for m in before if m.kind != "person"]
    family = ("body" if head in BODY_WORDS | ORG_NOUNS | TRADE_NOUNS else "place" if head in PLACE_NOUNS
              else "people" if head in PRIVATE_PEOPLE | EXPERTS | KIN else "other")
    kinds = sorted({m.kind for m in mentions if named(m)})
    holding = [m for m in before if head and head in m.name.lower().split()]
    tags += f"/words {min(len(words), 4)}/head {family}/speaker named as {'+'.join(kinds) or 'nothing'}"
    tags += f"/latest body {named(bodies[-1] if bodies else None)}"
    tags += f"/near body {any(named(m) for m in bodies if m.sentence >= sentence.index - NEAR_SENTENCES)}"
    tags += f"/head in a name {bool(holding)}/that name the speaker's {any(named(m) for m in holding)}"
    described = described_as(text, before, head)
    tags += f"/described as {'none' if described is None else 'the speaker' if named(described) else 'another'}"
    spoken = [m for m in mentions if named(m)]
    counts = Counter(m.name for m in mentions if m.kind != "person" and not m.demonym)
    top = counts.most_common(1)[0][0] if counts else ""
    tags += f"/speaker before {min(sum(m.end <= a.source[0] for m in spoken), 2)}/after {min(sum(m.start > a.source[1] for m in spoken), 2)}"
    tags += f"/speaker top body {any(m.name == top for m in spoken)}/speaker in first sentence {any(m.sentence == 0 for m in spoken)}"
    tags += f"/speaker in its sentence {any(m.sentence == sentence.index for m in spoken)}"
    orgs = [m for m in before if m.kind == "organization"]
    prior = Counter(m.name for m in before if m.kind != "person")
    tags += f"/latest org {named(orgs[-1] if orgs else None)}"
    tags += f"/most named before {any(m.name == prior.most_common(1)[0][0] for m in spoken) if prior else False}"
    tags += f"/head people {head in PERSON_NOUNS | CALLINGS | PRIVATE_PEOPLE | EXPERTS | TITLES}"
    tags += f"/head body {head in EVIDENCE_BODIES | ORG_NOUNS | TRADE_NOUNS}"
    again = len(re.findall(r"[Tt]he " + re.escape(head) + r"\b", text)) if head else 0
    tags += f"/head written again {min(again, 3)}"
    latest = [m for m in spoken if m.end <= a.source[0]]
    tags += f"/its kind before {latest[-1].kind if latest else '-'}"
    people = [m for m in before if m.kind == "person" and m.sentence >= sentence.index - DESCRIBED_REACH]
    tags += f"/latest person near {named(people[-1] if people else None)}"
    tags += f"/body referred {named(body_referred(text, before, head))}"
    tags += f"/capital head {bool(re.search(r'[A-Z]', written.split()[-1]))}/head title {head in TITLES}"
    tags += _head_shape_tags(text, a, written, head, spoken, sentence)
    return tags


_DOCUMENT_HEADS = frozenset(
    "statement statements release report reports study letter email memo complaint filing lawsuit suit "
    "survey poll analysis document documents post tweet website site page paper ruling order".split())
"""Documents and channels a source may be written as ("the statement said", "the report found")."""
_SOURCE_OPENERS = frozenset("on in at from according to for by with".split())
_POSSESSIVE = re.compile(r"['’]s\b")
_RELATIVE = re.compile(r"\b(?:who|which|that)\b")


def _head_shape_tags(text: str, a: Attribution, written: str, head: str, spoken: list[Mention],
                     sentence: Sentence) -> str:
    """Counts-safe shape tags of an unresolved description (``--tags``): its head's family among a
    fixed set (a document, an age, a calling, a plural), how the phrase opens (a preposition, a
    possessive), whether it stands after its cue, and how many sentences back the speaker was named."""
    from brief.actors.referring import CALLINGS as CALLED
    assert a.source is not None
    lower = written.lower().split()
    family = ("document" if head in _DOCUMENT_HEADS else "age" if head.endswith("year-old")
              else "calling" if head in CALLED else "plural" if head.endswith("s") else "singular")
    opens = ("preposition" if lower and lower[0] in _SOURCE_OPENERS
             else "possessive" if _POSSESSIVE.search(written) else "plain")
    relative = _RELATIVE.search(written.lower()) is not None
    tags = f"/shape {family}/opens {opens}/after cue {a.source[0] >= a.cue[1]}/relative {relative}"
    if family == "document":
        tags += _document_tags(text, a.source[0], head, spoken)
    back = [sentence.index - m.sentence for m in spoken if m.end <= a.source[0]]
    gap = min(back) if back else -1
    tags += f"/speaker back {'none' if gap < 0 else gap if gap < 2 else '2-3' if gap < 4 else '4+'}"
    return tags


_LINKS = frozenset("from by of in for to on with".split())


def _document_tags(text: str, start: int, noun: str, spoken: list[Mention]) -> str:
    """For "the report said": how often the noun stood before, how its first use was determined, the
    link word after it (a fixed set), and whether the speaker is named in its sentence (counts-safe)."""
    uses = list(re.finditer(rf"\b{re.escape(noun)}\b", text[:start], re.I))
    if not uses:
        return "/uses 0"
    first = uses[0]
    det = text[max(0, first.start() - 40) : first.start()].lower().split()[-3:]
    kind = ("a" if {"a", "an"} & set(det) else "possessive" if any(w.endswith(("'s", "’s")) for w in det)
            else "the" if "the" in det else "other")
    after = text[first.end() : first.end() + 30].lower().split()[:1]
    link = after[0] if after and after[0] in _LINKS else "other"
    lo = text.rfind(".", 0, first.start())
    hi = text.find(".", first.end())
    near = any(lo < m.start and m.end <= (hi if hi >= 0 else len(text)) for m in spoken)
    tags = f"/uses {min(len(uses), 3)}/first {kind}/link {link}/speaker in its sentence {near}"
    from brief.actors.documents import ISSUING_LEMMAS
    inside = [m for m in spoken if lo < m.start and m.end <= (hi if hi >= 0 else len(text))]
    if inside:
        m = min(inside, key=lambda x: abs(x.start - first.start()))
        side = "before" if m.end <= first.start() else "after"
        gap = text[m.end : first.start()] if side == "before" else text[first.end() : m.start]
        words = re.findall(r"[A-Za-z']+", gap)
        verbs = [w for w in words if lemma(w.lower()) in ISSUING_LEMMAS] + [w for w in words if lemma(w.lower()) in SEED_CUES]
        tags += f"/speaker {side}/gap words {min(len(words), 6)}/gap verb {'issuing' if any(lemma(w.lower()) in ISSUING_LEMMAS for w in words) else 'cue' if verbs else 'none'}"
        tags += f"/gap comma {',' in gap}/gap possessive {_POSSESSIVE.search(gap) is not None}"
    opener = text[lo + 1 : first.start()].strip().split()[:1]
    tags += f"/sentence opens {opener[0].lower() if opener and opener[0].lower() in ('in', 'according', 'a', 'an', 'the') else 'other'}"
    return tags


def classify(report: Report | None, fragment: str, page: Path, speaker: list[str]) -> tuple[str, str]:
    """The class of one missed quote and a line that shows why."""
    if report is None or not report.articles:
        return "lost/no article", "no report"
    article = report.articles[0]
    text = extract.doubled_as_curly(article.text)
    span = locate(fragment, text)
    if span is None:
        where = "in the page" if in_page(fragment, page) else "not in the page"
        return f"lost/{where}", "not in the article's text"
    sentences = report.sentences.get(article.id, ())
    sentence = next((s for s in sentences if s.start <= span[0] < s.end), None)
    if sentence is None or span[1] > sentence.end + 1:
        return "split", f"sentence: {sentence.text[:160]!r}" if sentence else "outside every sentence"
    said = f"sentence: {sentence.text[:200]!r}"
    read = HOOKS.read.get(article.id)
    for mention, position in read.positions if read else ():
        if locate(fragment, position.text) is not None:
            tags = _unlisted_tags(report, mention, speaker) if FINER else ""
            return "not listed" + tags, f"to {mention.surface!r} ({mention.kind}) | {said}"
    clipped = ""
    for mention, position in read.positions if read else ():
        if position.index == sentence.index:
            held = locate(position.text[:40], sentence.text)
            at = span[0] - sentence.start
            side = "?" if held is None else "before its words" if at < held[0] else "after its words"
            side += "/quote opens" if sentence.text.lstrip()[:1] in _OPENING else ""
            clipped = f"clipped/{side}"
            said = f"{mention.surface!r}: {position.text[:120]!r} | {said}"
            break
    kind, why = _unheld(text, span, sentence, said, read, speaker)
    if clipped.endswith("quote opens") and FINER:
        clipped += _frame_after(text, span, sentence)
    return (f"{clipped} [{kind}]", why) if clipped and FINER else (clipped, said) if clipped else (kind, why)


_CLOSE_MARK = re.compile(r"[”\"]")


def _frame_after(text: str, span: tuple[int, int], sentence: Sentence) -> str:
    """What follows a quotation that opens its sentence, as counts-safe shape tags: how it closes, how
    many words to the nearest cue after it, and how that cue's content begins."""
    close = _CLOSE_MARK.search(text, span[1], sentence.end)
    if close is None:
        return "/not closed in sentence"
    marks = {",": "comma", ".": "stop", "?": "question", "!": "exclamation"}
    tags = f"/closed with {marks.get(text[close.start() - 1], 'other')}"
    found = [a for items in HOOKS.found.values() for a in items if close.end() <= a.cue[0] < sentence.end]
    if not found:
        return tags + "/no cue after"
    a = min(found, key=lambda x: x.cue[0])
    gap = text[close.end() : a.cue[0]].split()
    tags += f"/words to cue {min(len(gap), 6)}/source between {a.source is not None and close.end() <= a.source[0] < a.cue[0]}"
    tags += f"/source after cue {a.source is not None and a.source[0] >= a.cue[1]}"
    first = text[a.content[0] : a.content[1]].split()[:1]
    w = first[0].lower() if first else ""
    shape = ("before cue" if a.content[1] <= a.cue[0] else "none" if not w else "that" if w == "that"
             else "ing" if w.endswith("ing") else "preposition" if w in _PREPOSITIONS
             else "quote" if w[:1] in _OPENING else "capital" if first[0][:1].isupper() else "other")
    return tags + f"/content {shape}/cue words {min(len(text[a.cue[0]:a.cue[1]].split()), 3)}"


_PREPOSITIONS = frozenset("in at on to of for with about after before during from by as when while".split())


def _unheld(text: str, span: tuple[int, int], sentence: Sentence, said: str,
            read: extract.ArticleActors | None, speaker: list[str]) -> tuple[str, str]:
    """Where the quote's words were lost when no position holds them: its attribution and source."""
    found = [a for t, items in HOOKS.found.items() if t == text for a in items]
    if not found:  # blocks: the attributions of a part of the text
        found = [a for items in HOOKS.found.values() for a in items]
    spoke = [(a, m) for items in HOOKS.spoke.values() for a, m in items if overlaps(a.content, span)]
    if spoke:
        a, m = spoke[0]
        tags = ""
        if FINER:
            names = {norm(n) for n in speaker}
            content = text[a.content[0] : a.content[1]]
            tags = f"/{m.kind}/the speaker {bool({norm(m.name), norm(m.surface)} & names)}"
            tags += f"/content words {min(len(content.split()), 3)}/fragment in content {locate(text[span[0]:span[1]], content) is not None}"
            tags += f"/cue in fragment {overlaps(a.cue, span)}/content starts before {a.content[0] <= span[0]}"
            tags += f"/step {_dropped_by(text, a, sentence)}"
        return "resolved, dropped" + tags, f"to {m.surface!r}, cue {text[a.cue[0]:a.cue[1]]!r} | {said}"
    unresolved = [a for items in HOOKS.unresolved.values() for a in items if overlaps(a.content, span)]
    if unresolved:
        a = unresolved[0]
        form = source_form(text, a.source)
        source = text[a.source[0] : a.source[1]] if a.source else ""
        if form == "description":
            form += description_tags(text, a, sentence, list(read.mentions) if read else [], speaker)
        if FINER and form == "pronoun":
            assert a.source is not None
            word = text[a.source[0] : a.source[1]].strip().lower()
            form += f"/{word}/quote {a.quote}/cue after content {a.content[1] <= a.cue[0]}"
            people = [m for m in (read.mentions if read else ()) if m.kind == "person" and m.end <= a.source[0]]
            names = {norm(n) for n in speaker}
            form += f"/latest person the speaker {bool(people) and bool({norm(people[-1].name), norm(people[-1].surface)} & names)}"
            form += f"/speaker kinds {'+'.join(sorted({m.kind for m in (read.mentions if read else ()) if {norm(m.name), norm(m.surface)} & names})) or 'none'}"
        if FINER and form == "name":
            assert a.source is not None
            form += _name_tags(text, a, list(read.mentions) if read else [], speaker)
        if FINER and form == "none":
            cue = text[a.cue[0] : a.cue[1]].split()
            form += "/participle" if cue and cue[-1].lower().endswith("ing") else "/finite"
            form += "/person before in sentence" if _PERSON_BEFORE.search(text, sentence.start, a.cue[0]) else ""
            form += "/set off" if re.search(r",\s*$", text[sentence.start : a.cue[0]]) else "/not set off"
            opening = [m for m in (read.mentions if read else ()) if sentence.start <= m.start < a.cue[0]
                       and opens_sentence(text, m.start)]
            form += f"/opening name {opening[0].kind if opening else 'none'}"
            form += f"/seed verb {lemma(cue[-1]) in SEED_CUES}" if cue else ""
        return f"unresolved/{form}", f"source {source!r}, cue {text[a.cue[0]:a.cue[1]]!r} | {said}"
    reaching = [a for a in found if overlaps(a.content, span)]
    if reaching:
        a = reaching[0]
        return "cue dropped", f"cue {text[a.cue[0]:a.cue[1]]!r} | {said}"
    here = [a for a in found if sentence.start <= a.cue[0] < sentence.end]
    if here:
        a = here[0]
        return "other cue", f"cue {text[a.cue[0]:a.cue[1]]!r} on {text[a.content[0]:a.content[1]][:80]!r} | {said}"
    shape = quoting(sentence.text, span[0] - sentence.start)
    if FINER:
        shape += "/first person" if _FIRST_PERSON.search(sentence.text) else "/third person"
        questions = sum(1 for line in text.split("\n") if line.rstrip().endswith("?"))
        shape += f"/question paragraphs {min(questions, QUESTIONS_SHOWN)}"
        names = {norm(n) for n in speaker}
        named_before = [m for m in (read.mentions if read else ()) if m.sentence == sentence.index - 1
                        and {norm(m.name), norm(m.surface)} & names]
        shape += f"/speaker named in the sentence before {bool(named_before)}"
        shape += f"/same paragraph {chr(10) not in text[max(0, sentence.start - 400):sentence.start].rsplit('.', 1)[-1]}"
        shape += _before_tags(text, sentence, read, names)
    return f"no cue/{shape}", said


def _name_tags(text: str, a: Attribution, mentions: list[Mention], speaker: list[str]) -> str:
    """How an unresolved source written as a name stands to the article's mentions, as counts-safe
    tags: a mention inside it, one that runs past it (a tagger's span over the cue: 'Trump told the
    Times'), none; the kinds of the mentions it touches, and whether one of them is the speaker."""
    assert a.source is not None
    s0, s1 = a.source
    inside = [m for m in mentions if s0 <= m.start and m.end <= s1]
    across = [m for m in mentions if m.start < s1 and s0 < m.end and not (s0 <= m.start and m.end <= s1)]
    names = {norm(n) for n in speaker}
    touched = inside + across
    tags = f"/inside {min(len(inside), 2)}/across {min(len(across), 2)}"
    tags += f"/across the cue {any(m.start < a.cue[1] and a.cue[0] < m.end for m in across)}"
    tags += f"/kinds {'+'.join(sorted({m.kind for m in touched})) or 'none'}"
    tags += f"/speaker touched {any({norm(m.name), norm(m.surface)} & names for m in touched)}"
    tags += f"/speaker named elsewhere {any({norm(m.name), norm(m.surface)} & names for m in mentions)}"
    return tags


def _unlisted_tags(report: Report, mention: Mention, speaker: list[str]) -> str:
    """Why the actor a position went to is not listed, as counts-safe tags: the mention's kind and
    flags, whether a listed actor bears its name (then the position was lost in the grouping), whether
    the mention is the speaker's, how many actors the story lists (a list cut at its length)."""
    actors = ranked(report)
    names = {norm(n) for n in speaker}
    bearer = next((a for a in actors if {norm(mention.name), norm(mention.surface)} & {norm(n) for n in (a.name, *a.aliases)}), None)
    flags = [f for f in ("demonym", "medium", "kin", "thing", "writer", "headline") if getattr(mention, f)]
    tags = f"/{mention.kind}/flags {'+'.join(flags) or 'none'}/words {min(len(mention.name.split()), 3)}"
    tags += f"/bearer listed {bearer is not None}/bearer kind {bearer.kind if bearer else '-'}"
    tags += f"/mention the speaker's {bool({norm(mention.name), norm(mention.surface)} & names)}"
    tags += f"/speaker listed {any({norm(n) for n in (a.name, *a.aliases)} & names for a in actors)}"
    tags += f"/actors {'40+' if len(actors) >= 40 else 'fewer'}"
    return tags


def _dropped_by(text: str, a: Attribution, sentence: Sentence) -> str:
    """Which of read_article's checks after a resolved source drops the attribution, asked in its order
    (a fixed name per check); 'taken or other' when none of them does (its content overlaps one kept)."""
    from brief.actors.clause_spans import not_asserted, object_gap
    from brief.actors.cue_verbs import unfamiliar_deed
    from brief.actors.furniture_words import LISTED, past_dateline
    from brief.actors.speakers import MIN_POSITION_WORDS
    from brief.actors.statements import gapped_content
    from brief.actors.tweets import without_links

    stated = gapped_content(text, a)
    if stated is None:
        return "gapped content"
    if object_gap(text, a):
        return "object gap"
    if not_asserted(text, a):
        return "not asserted"
    if unfamiliar_deed(text, a):
        return "unfamiliar deed"
    content = without_links(extract.content_text(text, past_dateline(text, stated)))
    if len(content.split()) < MIN_POSITION_WORDS:
        return "short"
    if LISTED.search(content) or LISTED.search(sentence.text):
        return "listed"
    if audience_only(content):
        return "audience only"
    return "taken or other"


def _before_tags(text: str, sentence: Sentence, read: extract.ArticleActors | None, names: set[str]) -> str:
    """For a quote with no cue: who holds a position of the sentence before (the speaker, another,
    no one), whether the speaker's name opens that sentence (its subject), whether the quote's
    sentence has embedded_quotes' shape (a quotation opening lower-case inside it, to its end), and
    whether its quotation opens with a capital inside the sentence. Counts-safe."""
    from brief.actors.embedded_quotes import _EMBEDDED

    k = sentence.index
    holders = [m for m, p in (read.positions if read else ()) if p.index == k - 1]
    said = ("the speaker" if any({norm(m.name), norm(m.surface)} & names for m in holders)
            else "another" if holders else "no one")
    before = [m for m in (read.mentions if read else ()) if m.sentence == k - 1]
    opening = bool(before) and opens_sentence(text, before[0].start) and bool({norm(before[0].name), norm(before[0].surface)} & names)
    shaped = _EMBEDDED.match(text, sentence.start, sentence.end) is not None
    capital = re.search(r"\S[ \t]*[“\"][A-Z]", sentence.text) is not None
    return f"/before said by {said}/speaker opens before {opening}/embedded shape {shaped}/opens capital inside {capital}"


_PERSON_BEFORE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b")
"""A third person pronoun, the subject a participle with no source of its own may share."""
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|we|We|my|My|our|Our|me|us)\b")
QUESTIONS_SHOWN = 3
"""Paragraphs ending in a question mark counted up to this many (an interview's shape)."""


_OPENING = "“\"‘'"


def quoting(sentence: str, at: int) -> str:
    """Whether a sentence with no cue is a quotation whole, holds the words in quotation marks, or neither."""
    if sentence.lstrip()[:1] in _OPENING:
        return "quoted sentence"
    if any(c in _OPENING for c in sentence[:at]):
        return "quoted words"
    return "unquoted"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dir", help="directory of the saved pages")
    parser.add_argument("--gold", action="append", required=True, help="gold file; repeatable")
    parser.add_argument("--page", action="append", help="only this page (file name); repeatable")
    parser.add_argument("--tags", action="store_true", help="finer tags on unresolved descriptions")
    parser.add_argument("--finer", action="store_true", help="a clipped quote's class with its attribution's fate")
    args = parser.parse_args(argv[1:])
    global TAGS, FINER
    TAGS, FINER = args.tags, args.finer
    any_held_out = held_out(args.gold)
    pages = read_gold(args.gold, args.page)
    install()
    counts: Counter[str] = Counter()
    for name, gold in sorted(pages.items()):
        if not gold.get("quotes"):
            continue
        HOOKS.clear()
        report, _ = run_page(Path(args.dir) / name)
        actors = ranked(report)
        for quote in gold["quotes"]:
            fragment = norm(quote["says"])
            if any(fragment in norm(p.text) or fragment in norm(p.summary) for a in actors for p in a.positions):
                continue  # held by some actor: not this script's failure
            kind, why = classify(report, quote["says"], Path(args.dir) / name, quote["speaker"])
            counts[kind] += 1
            if not any_held_out:
                print(f"{name}: [{kind}] {quote['says']!r} of {quote['speaker'][0]}: {why}")
    total = sum(counts.values())
    print(f"quote-misses: {total} under no actor: " + ", ".join(f"{k} {n}" for k, n in counts.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
