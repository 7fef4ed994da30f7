"""Why a gold quote is under the wrong actor: each such failure of bench/actors_web.py, classified by
the step that chose the actor holding it.

Usage: python bench/wrong_speakers.py DIR --gold FILE [--gold FILE ...] [--page NAME]

For each quote the gold gives a speaker for and that an actor other than the speaker holds, the
page is read again with hooks on brief.actors.extract (each step that can name a speaker: the
participle's subject, ``resolve_source``, the subject past an apposition, the outer speaker of a
reported clause, a missed speaker, a described group or body, the publisher, a letter's writer),
and the wrong holder's position is traced back to the mention it was given to. Its class is

- route: ``resolved/<step>`` (an attribution's source, by the last step that changed the mention)
  or ``framed`` (a position with no cue of its own: a quotation that goes on, a label's answer,
  a framing clause);
- source: how the attribution's source is written (none, pronoun, name, description);
- where the chosen mention stands: inside the source, in the quote's sentence, the sentence
  before, further back, or inside the quoted words;
- part of the speaker's name: the chosen name is words of the speaker's longer one ("Inner
  Mongolia" of "Inner Mongolia health commission");
- the speaker as a mention: whether any mention of the page is the speaker at all (by name or
  surface), before the quote, in its sentence;
- grouping: the mention given the words is the speaker, and the actor holding it is another
  (two entities joined).

Each failure also adds counts-safe facts: the attribution's shape (how many sentences its content
spans, the cue before or after the quote, the speaker named inside the content, the chosen name
sharing a word with the speaker's, the kinds the speaker is tagged), and for a pronoun where the
speaker's latest mention before it stands (its kind, one word or more, opening a sentence, how many
sentences back, whether the pronoun's gender fits it).

Golds held out (file names ending in _b, _d, _f) print only the counts per class and per fact,
never a quote, a name or a page; the others print an example line per failure.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _web_checks import matches, norm  # noqa: E402
from actors_web import held_out, ranked, read_gold, run_page  # noqa: E402
from quote_misses import locate, overlaps, source_form  # noqa: E402

from brief.actors import extract  # noqa: E402
from brief.actors.attribution import Attribution  # noqa: E402
from brief.actors.chain import SpeakerChain  # noqa: E402
from brief.actors.gender import Genders  # noqa: E402
from brief.actors.mentions import Mention  # noqa: E402
from brief.actors.opening_subject import opens_sentence  # noqa: E402
from brief.model import Actor, Report  # noqa: E402

STEPS = ("resolve_source", "past_apposition", "missed_speaker", "described_group", "described_body",
         "publisher_speaks", "writer_of")
"""The functions of brief.actors.extract that may name a speaker, hooked in its namespace."""


@dataclass
class Hooks:
    """What the hooked pipeline saw on the last page."""

    steps: list[tuple[str, Mention]] = field(default_factory=list)
    spoke: list[tuple[Attribution, Mention, str, Mention | None]] = field(default_factory=list)
    read: dict[int, extract.ArticleActors] = field(default_factory=dict)

    def clear(self) -> None:
        self.steps.clear()
        self.spoke.clear()
        self.read.clear()


HOOKS = Hooks()


def _wrapped(name: str, step: Callable[..., Any]) -> Callable[..., Any]:
    def hooked(*args: Any, **kwargs: Any) -> Any:
        out = step(*args, **kwargs)
        if isinstance(out, Mention) and not (name == "past_apposition" and out is args[3]):  # kept as found
            HOOKS.steps.append((name, out))
        return out
    return hooked


def install() -> None:
    """Wrap every step that may name a speaker, and the chain's record of who spoke."""
    for name in STEPS:
        setattr(extract, name, _wrapped(name, getattr(extract, name)))
    read, spoke, participle = extract.read_article, SpeakerChain.spoke, SpeakerChain.participle_subject
    within_reported = extract.reported_within

    def read_article(article: Any, sentences: Any) -> extract.ArticleActors:
        out = read(article, sentences)
        HOOKS.read[article.id] = out
        return out

    def on_participle(self: SpeakerChain, cue: str, attribution: Attribution) -> Mention | None:
        out = participle(self, cue, attribution)
        if out is not None:
            HOOKS.steps.append(("participle_subject", out))
        return out

    def on_reported(text: str, outer: Attribution, inner: Attribution) -> bool:
        out = within_reported(text, outer, inner)
        if out:
            HOOKS.steps.append(("reported_within", Mention(-1, -1, -1, -1, "", "", "")))
        return out

    def on_spoke(self: SpeakerChain, text: str, attribution: Attribution, mention: Mention) -> None:
        step = next((name for name, m in reversed(HOOKS.steps) if m is mention), "")
        if not step and HOOKS.steps and HOOKS.steps[-1][0] == "reported_within":
            step = "reported_within"
        step = step or "label"
        HOOKS.spoke.append((attribution, mention, step, self._previous))
        HOOKS.steps.clear()
        spoke(self, text, attribution, mention)

    extract.read_article = read_article
    extract.reported_within = on_reported
    SpeakerChain.spoke = on_spoke  # type: ignore[method-assign]
    SpeakerChain.participle_subject = on_participle  # type: ignore[method-assign]


def _is(m: Mention, names: list[str]) -> bool:
    return bool({norm(m.name), norm(m.surface)} & {norm(n) for n in names})


def _part_of(m: Mention, names: list[str]) -> bool:
    """The mention's name is words of one of the speaker's longer names."""
    mine = norm(m.name).split()
    for name in names:
        words = norm(name).split()
        if len(words) > len(mine) and any(words[k : k + len(mine)] == mine for k in range(len(words) - len(mine) + 1)):
            return True
    return False


def classify(report: Report, fragment: str, speaker: list[str], wrong: Actor) -> tuple[str, list[str], str]:
    """The class of one quote under the wrong actor, its facts, and a line that shows why."""
    article = report.articles[0]
    text = extract.doubled_as_curly(article.text)
    read = HOOKS.read.get(article.id)
    span = locate(fragment, text)
    facts: list[str] = []
    mentions = list(read.mentions) if read else []
    spoken = [m for m in mentions if _is(m, speaker)]
    facts.append(f"speaker a mention {bool(spoken)}")
    held = [(m, p) for m, p in (read.positions if read else ()) if locate(fragment, p.text) is not None]
    wrong_held = [(m, p) for m, p in held if not _is(m, speaker)]
    if not wrong_held:
        return "grouping/speaker's mention in another actor", facts, f"actor {wrong.name!r}, mentions {[m.surface for m, _ in held]}"
    mention, position = wrong_held[0]
    facts.append(f"part of the speaker's name {_part_of(mention, speaker)}")
    if mention.name != wrong.name and norm(wrong.name) != norm(mention.name):
        facts.append("mention grouped under another name")
    sentence = position.index
    facts.append(f"speaker named in its sentence {any(m.sentence == sentence for m in spoken)}")
    facts.append(f"speaker named before {any(span is not None and m.end <= span[0] for m in spoken)}")
    record = next(((a, m, step, prev) for a, m, step, prev in HOOKS.spoke
                   if m is mention and span is not None and overlaps(a.content, span)), None)
    if record is None:
        where = _where(mention, None, sentence, span)
        return f"framed/{where}", facts, f"to {mention.surface!r} ({mention.kind}), cue {position.cue!r}, sentence {sentence}"
    attribution, _, step, previous = record
    form = source_form(text, attribution.source)
    where = _where(mention, attribution.source, sentence, span)
    if form == "pronoun":
        said = text[attribution.source[0] : attribution.source[1]].lower() if attribution.source else ""
        form += "/person" if said in ("he", "she", "i", "his", "her") else "/group"
        form += "/the previous speaker" if previous is mention else "/not the previous speaker"
        facts.append(_pronoun_facts(text, attribution, mention, spoken, said))
    elif previous is mention:
        facts.append("the previous speaker")
    if form in ("name", "description") and attribution.source is not None and where == "inside the source":
        facts.append(f"{form} " + _source_facts(text, attribution.source, mention))
    if span is not None:
        facts.append(form.split("/")[0] + " " + _shape(text, report.sentences.get(article.id, ()), attribution, span, spoken, mention, speaker))
    source = text[attribution.source[0] : attribution.source[1]] if attribution.source else ""
    cue = text[attribution.cue[0] : attribution.cue[1]]
    return (f"resolved/{step}/{form}/{where}", facts,
            f"to {mention.surface!r} ({mention.kind}) by {step}, source {source!r}, cue {cue!r}")


def _shape(text: str, sentences: Any, a: Attribution, span: tuple[int, int], spoken: list[Mention],
           chosen: Mention, speaker: list[str]) -> str:
    """The resolved attribution's shape around the quote, as counts-safe yes/no facts."""
    within = [s for s in sentences if s.start < a.content[1] and a.content[0] < s.end]
    cue_sentence = next((s for s in sentences if s.start <= a.cue[0] < s.end), None)
    same = cue_sentence is not None and cue_sentence.start <= span[0] < cue_sentence.end
    inside = any(a.content[0] <= m.start < a.content[1] for m in spoken)
    shared = bool(set(norm(chosen.name).split()) & {w for n in speaker for w in norm(n).split()})
    kinds = {m.kind for m in spoken}
    return (f"shape: content sentences {min(len(within), 3)}/quote in the cue's sentence {same}"
            f"/cue {'before' if a.cue[0] < span[0] else 'after'} the quote/speaker named in the content {inside}"
            f"/shares a word with the chosen {shared}/speaker kinds {'+'.join(sorted(kinds)) or '-'}/chosen {chosen.kind}")


def _pronoun_facts(text: str, a: Attribution, chosen: Mention, spoken: list[Mention], said: str) -> str:
    """Where the speaker's latest mention before a pronoun stands, beside the one chosen."""
    before = [m for m in spoken if a.source is not None and m.end <= a.source[0]]
    if not before:
        return "pronoun: speaker not named before"
    m = before[-1]
    fits = Genders(text, spoken + [chosen]).fits(m, said) if said in ("he", "she") else "-"
    return (f"pronoun: speaker's latest {m.kind}/one word {' ' not in m.name}/after the chosen {m.start > chosen.start}"
            f"/opens a sentence {opens_sentence(text, m.start)}/sentences back {min(a.sentence - m.sentence, 4)}"
            f"/gender fits {fits}/a person mention before {any(x.kind == 'person' for x in before)}")


_POSSESSIVE = re.compile(r"[’']s?\b")


def _source_facts(text: str, source: tuple[int, int], chosen: Mention) -> str:
    """How the chosen name stands in its source: possessive, words after it, the source's length."""
    rest = text[chosen.end : source[1]]
    after = re.findall(r"[\w’'-]+", rest)
    possessive = bool(_POSSESSIVE.match(rest))
    return (f"source: possessive after the chosen {possessive}"
            f"/words after it {min(len(after), 2)}/first after it lower {bool(after) and after[0][:1].islower()}"
            f"/source words {min(len(text[source[0] : source[1]].split()), 5)}"
            f"/chosen opens the source {chosen.start == source[0]}")


def _where(m: Mention, source: tuple[int, int] | None, sentence: int, span: tuple[int, int] | None) -> str:
    """Where the chosen mention stands, seen from the attribution."""
    if source is not None and source[0] <= m.start and m.end <= source[1]:
        return "inside the source"
    if span is not None and span[0] <= m.start < span[1]:
        return "inside the words"
    if m.sentence == sentence:
        return "in its sentence"
    if m.sentence == sentence - 1:
        return "sentence before"
    if m.sentence < sentence:
        return "further back"
    return "after"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dir", help="directory of the saved pages")
    parser.add_argument("--gold", action="append", required=True, help="gold file; repeatable")
    parser.add_argument("--page", action="append", help="only this page (file name); repeatable")
    args = parser.parse_args(argv[1:])
    any_held_out = held_out(args.gold)
    pages = read_gold(args.gold, args.page)
    install()
    counts: Counter[str] = Counter()
    facts: Counter[str] = Counter()
    for name, gold in sorted(pages.items()):
        if not gold.get("quotes"):
            continue
        HOOKS.clear()
        report, _ = run_page(Path(args.dir) / name)
        if report is None or not report.articles:
            continue
        actors = ranked(report)
        for quote in gold["quotes"]:
            fragment = norm(quote["says"])
            wrong = [a for a in actors if not matches(a, quote["speaker"])
                     and any(fragment in norm(p.text) or fragment in norm(p.summary) for p in a.positions)]
            if not wrong:
                continue
            kind, known, why = classify(report, quote["says"], quote["speaker"], wrong[0])
            counts[kind] += 1
            facts.update(known)
            if not any_held_out:
                print(f"{name}: [{kind}] {quote['says']!r} of {quote['speaker'][0]}: under {wrong[0].name!r}; "
                      f"{why}; {', '.join(known)}")
    total = sum(counts.values())
    print("wrong-speakers facts: " + ", ".join(f"{k} {n}" for k, n in sorted(facts.items())))
    print(f"wrong-speakers: {total} under the wrong actor: " + ", ".join(f"{k} {n}" for k, n in counts.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
