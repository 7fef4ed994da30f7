"""Why a story's subject is missing from the top actors: each failed subject check, classified by the
step of the actors pipeline that lost it.

Usage: python bench/subject_misses.py [DIR] [--gold FILE ...] [--page NAME] [--counts-only]

For every gold subject (bench/actors_web.py's "subjects" check) that is not in the top N with its kind,
the page is run once through the library as actors_web does, with the pipeline's steps watched (the
steps are wrapped, not changed: the actors are the same), and the miss is put in one class:

- not in text: no gold name is written in the article's text as extracted (``title only``: its title has it);
- untagged: written, but the tagger never tags a span that is the name (``inside a longer name`` when a
  tagged span holds it, e.g. "Morales" of "Evo Morales Ayma");
- tagged, no mention: the tagger's span is a name, but reading it as a mention gave nothing
  (``mentions._entity_mention`` returned None: its source line is named) or the label was MISC;
- dropped by F: a mention, removed by the article-level filter F (``thinghood.things_named``,
  ``personhood.unevidenced_people``, ...);
- merged into X: its mentions ended in a group named otherwise, which was or was not listed;
- not worth listing: its group fell to ``assemble._worth_listing`` (one mention, no position, no headline);
- listed as another form: an actor holds the mentions, under a name and aliases the gold does not accept;
- wrong kind: in the top N as another kind (the mentions' kinds as read are shown, and the step that retyped them);
- ranked low: listed, below the top N (the actors above it are shown).

On held-out golds (names ending in _b, _d or _f) only the counts per class are printed: never a name,
a page or the text (``--counts-only`` forces it for any gold).
"""

from __future__ import annotations

import html
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _web_checks import matches, norm  # noqa: E402
from actors_web import TOP, misses_pages, misses_parser, ranked, run_page  # noqa: E402

import brief.actors.article_mentions as steps_module  # noqa: E402
import brief.actors.assemble as assemble_module  # noqa: E402
import brief.actors.mentions as mentions_module  # noqa: E402
from brief.actors.gazetteer import phrase_table  # noqa: E402
from brief.actors.gender import given_names, shows_gender  # noqa: E402
from brief.actors.named_people import called_a_person, spoken_of_as_person  # noqa: E402
from brief.actors.page_headlines import headline_lines  # noqa: E402
from brief.actors.personhood import company_or_product  # noqa: E402
from brief.actors.salience import lead_openers  # noqa: E402

FILTERS = ("find_mentions", "defined_terms", "common_acronyms", "unevidenced_people", "aged_people", "unplaced_places",
           "things_named", "noted_writers", "people_no_media", "listed_with_companies", "towns_of_bodies", "addresses")
"""The article-level steps of ``article_mentions.article_mentions`` that take a list of mentions and return one
(wrapped where that module calls them: a step wrapped in a module that only imports it is never watched)."""


@dataclass
class Watch:
    """What the wrapped steps saw on one page."""

    stages: list[tuple[str, list[Any], list[Any]]] = field(default_factory=list)  # (step, in, out)
    tagged: list[tuple[str, str]] = field(default_factory=list)  # (span text, label)
    refused: list[tuple[str, str, int]] = field(default_factory=list)  # (span text, label, line returning None)
    groups: list[Any] = field(default_factory=list)
    unworthy: list[tuple[Any, tuple[Any, ...]]] = field(default_factory=list)  # group, _worth_listing's arguments
    articles: list[Any] = field(default_factory=list)
    page: Path | None = None
    refused_at: list[tuple[int, int, str, int]] = field(default_factory=list)  # (start, end, label, line)
    read: list[tuple[int, int]] = field(default_factory=list)  # spans of the sentences and headline lines read


WATCH = Watch()


def _wrap_filter(name: str) -> None:
    original = getattr(steps_module, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        out = original(*args, **kwargs)
        if name == "find_mentions":  # (article, sentences): what the tagger was given to read
            text, sentences = args[0].text, args[1]
            WATCH.read.extend([(s.start, s.end) for s in sentences] + headline_lines(text, sentences))
        given = next((a for a in args if isinstance(a, list)), [])
        WATCH.stages.append((name, list(given), list(out)))
        return out

    setattr(steps_module, name, wrapped)


def _wrap_tagger() -> None:
    entities = mentions_module.entities
    entity_mention = mentions_module._entity_mention
    code = entity_mention.__code__

    def watched_entities(words: list[str], tags: Any) -> Any:
        found = list(entities(words, tags))
        WATCH.tagged.extend((" ".join(words[a:b]), label) for a, b, label in found)
        return found

    def watched_mention(article: Any, sentence: int, sent: list[Any], a: int, b: int, label: str, lowercase: Any,
                        *rest: Any) -> Any:
        last = [0]

        def local(frame: Any, event: str, arg: Any) -> Any:
            if event == "line":
                last[0] = frame.f_lineno
            return local

        def tracer(frame: Any, event: str, arg: Any) -> Any:
            return local if frame.f_code is code else None

        previous = sys.gettrace()
        sys.settrace(tracer)
        try:
            out = entity_mention(article, sentence, sent, a, b, label, lowercase, *rest)
        finally:
            sys.settrace(previous)
        if out is None:
            WATCH.refused.append((" ".join(t.text for t in sent[a:b]), label, last[0]))
            WATCH.refused_at.append((sent[a].start, sent[b - 1].end, label, last[0]))
        return out

    mentions_module.entities = watched_entities  # type: ignore[assignment]  # the same call, watched
    mentions_module._entity_mention = watched_mention


def _wrap_assembly() -> None:
    group_mentions = assemble_module.group_mentions
    worth = assemble_module._worth_listing

    def watched_groups(mentions: list[Any]) -> Any:
        groups = group_mentions(mentions)
        WATCH.groups = list(groups)
        return groups

    def watched_worth(group: Any, *args: Any) -> bool:
        ok = worth(group, *args)
        if not ok:
            WATCH.unworthy.append((group, args))
        return ok

    def watched_assemble(articles: Any, found: Any) -> Any:
        WATCH.articles = list(articles)
        return assemble(articles, found)

    assemble = assemble_module.assemble_actors
    assemble_module.group_mentions = watched_groups
    assemble_module._worth_listing = watched_worth  # type: ignore[assignment]  # the same call, watched
    assemble_module.assemble_actors = watched_assemble


def _install() -> None:
    for name in FILTERS:
        _wrap_filter(name)
    _wrap_tagger()
    _wrap_assembly()
    import brief.pipeline as pipeline_module

    original = pipeline_module.story_actors

    def story_actors(ids: Any, by_id: Any, found: Any) -> Any:
        WATCH.articles = [by_id[i] for i in ids]
        return original(ids, by_id, found)

    pipeline_module.story_actors = story_actors


def _named(m: Any, names: set[str]) -> bool:
    return norm(m.name) in names or norm(m.surface) in names


def _source_line(line: int) -> str:
    source = Path(mentions_module.__file__).read_text(encoding="utf-8").splitlines()
    return source[line - 1].strip()[:60] if 0 < line <= len(source) else "?"


def _in_quotation(text: str, start: int) -> bool:
    """Whether a position in the text is inside a quotation (an odd count of quote marks before it in its paragraph)."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return (line.count("“") - line.count("”")) > 0 or line.count('"') % 2 == 1


def _fates(group: Any, forms: set[str], text: str) -> set[str]:
    """What became of each other place the text writes one of the actor's names: another group's mention
    (of which kind), a mention a filter dropped, a tagged span refused, or nothing tagged."""
    out: set[str] = set()
    own = {(m.start, m.end) for m in group.mentions}
    finals = {(m.start, m.end): g for g in WATCH.groups for m in g.mentions if m.article == WATCH.articles[0].id}
    for form in forms:
        for hit in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            a, b = hit.span()
            if any(x < b and a < y for x, y in own):
                continue
            other = next(((x, y, g) for (x, y), g in finals.items() if x < b and a < y), None)
            if other is not None:
                x, y, holder = other
                extent = "the same words" if (x, y) == (a, b) else "inside a longer name" if x <= a and b <= y else "overlapping"
                out.add(f"in group of kind {holder.kind}" + (" (same name)" if holder.name == group.name else "")
                        + f" ({extent})")
                continue
            stage = next((step for step, given, kept in WATCH.stages if any(m.start < b and a < m.end for m in given)
                          and not any(m.start < b and a < m.end for m in kept)), None)
            if stage is not None:
                out.add(f"dropped by {stage}")
                continue
            refused = next(((label, line) for x, y, label, line in WATCH.refused_at if x < b and a < y), None)
            if refused is not None:
                out.add(f"tagged {refused[0]}, refused at line {refused[1]}")
                continue
            out.add("untagged" if any(x <= a and b <= y for x, y in WATCH.read) else "outside every sentence read")
    return out


def _typed_by(holder: Any) -> str:
    """The kinds the group's mentions were first read as and the first article-level step that changed one
    ("read person, retyped by unevidenced_people"): kinds and a step's name, never the page's words."""
    if holder is None:
        return "no group"
    spans = {(m.start, m.end) for m in holder.mentions}
    found = next((out for step, _, out in WATCH.stages if step == "find_mentions"), [])
    read = Counter(m.kind for m in found if (m.start, m.end) in spans)
    for step, given, out in WATCH.stages:
        before = {(m.start, m.end): m.kind for m in given if (m.start, m.end) in spans}
        changed = [m for m in out if (m.start, m.end) in before and before[(m.start, m.end)] != m.kind]
        if changed:
            return f"read {'/'.join(sorted(read))}, retyped by {step}"
    return f"read {'/'.join(sorted(read)) or 'later'}, kept"


def _grouped_kind(holder: Any, listed: str) -> str:
    """Where the listed kind came from after grouping: the group's kind against its mentions' kinds
    (a join or a merge across kinds), the mentions read as a medium, or the listing's own retyping
    (an outlet, a title's person); fixed words only."""
    if holder is None:
        return "no group"
    kinds = Counter(m.kind for m in holder.mentions)
    top = kinds.most_common(1)[0][0] if kinds else ""
    facts = [f"group {'=' if holder.kind == top else '!='} its mentions' most kind"]
    if 2 * sum(m.medium for m in holder.mentions) >= len(holder.mentions):
        facts.append("half+ read as a medium")
    if listed != holder.kind:
        facts.append(f"listed {listed} from group {holder.kind}")
    return ", ".join(facts)


def classify(subject: dict[str, Any], actors: list[Any]) -> tuple[str, str] | None:
    """(class, detail) of a failed subject, None when it passes. The detail may name things."""
    limit = subject.get("top", TOP)
    kinds = [subject["kind"]] if isinstance(subject["kind"], str) else subject["kind"]
    names = {norm(n) for n in subject["names"]}
    top = actors[:limit]
    named = [a for a in top if matches(a, subject["names"])]
    if any(a.kind in kinds for a in named):
        return None
    if named:
        holder = next((g for g in WATCH.groups if g.name == named[0].name), None)
        kinds_read = Counter(m.kind for m in holder.mentions) if holder else Counter()
        share = kinds_read[named[0].kind] / max(1, sum(kinds_read.values()))
        words = "one word" if " " not in named[0].name else "several words"
        roles = "a role" if holder and any(m.role for m in holder.mentions) else "no role"
        text = " ".join(a.text for a in WATCH.articles)
        signs = [label for label, sign in (
            ("gender shown", shows_gender(text, named[0].name)), ("a calling", called_a_person(text, named[0].name)),
            ("spoken of as a person", spoken_of_as_person(text, named[0].name, holder.mentions if holder else [])),
            ("company/product context", company_or_product(text, named[0].name)),
            (f"gazetteer {phrase_table().get(tuple(named[0].name.split()), '-')}", True),
            ("a given name", named[0].name in given_names())) if sign]
        return (f"wrong kind: {named[0].kind} for {'/'.join(kinds)} [{words}; {roles}; "
                f"{'all' if share == 1 else 'most' if share > 0.5 else 'half or fewer'} mentions read so; {', '.join(signs)}; "
                f"{_typed_by(holder)}; {_grouped_kind(holder, named[0].kind)}]",
                f"{named[0].name}; mentions read as {dict(kinds_read)}")
    anywhere = next((a for a in actors if matches(a, subject["names"])), None)
    if anywhere is not None:
        titled = any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", " ".join(a.title or "" for a in WATCH.articles))
                     for n in subject["names"])
        kind = f"ranked low [#{anywhere.salience} for top {limit}; {'in title' if titled else 'not in title'}]"
        above = ", ".join(f"{a.name} ({a.kind}, {a.mentions})" for a in actors[: anywhere.salience - 1])
        return kind, f"{anywhere.name} #{anywhere.salience} with {anywhere.mentions} mentions; above: {above}"
    if not WATCH.articles:
        return "no article read (the page left out, or nothing extracted)", ""
    texts = " ".join(a.text for a in WATCH.articles)
    title = " ".join(a.title or "" for a in WATCH.articles)
    written = [n for n in subject["names"] if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", texts)]
    if not written:
        folded = [n for n in subject["names"] if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", texts, re.I)]
        if folded:
            return "not in text (other case only)", ", ".join(folded)
        in_title = [n for n in subject["names"] if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", title)]
        raw = html.unescape(WATCH.page.read_text(encoding="utf-8", errors="replace")) if WATCH.page else ""
        in_page = [n for n in subject["names"] if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", raw)]
        where = "title only" if in_title else "in the page, lost by extraction" if in_page else "nowhere in the page"
        return f"not in text ({where})", ", ".join(subject["names"])
    count = sum(len(re.findall(rf"(?<!\w){re.escape(n)}(?!\w)", texts)) for n in written)
    holder = [g for g in WATCH.groups if any(_named(m, names) for m in g.mentions)]
    if holder:
        group = max(holder, key=lambda g: sum(_named(m, names) for m in g.mentions))
        listed = next((a for a in actors if a.name == group.name), None)
        if norm(group.name) not in names:
            where = "listed" if listed else ("not worth listing" if any(g is group for g, _ in WATCH.unworthy) else "not listed")
            return f"merged into another ({where})", f"{written[0]} in group {group.name!r} ({group.kind}, {len(group.mentions)})"
        if any(g is group for g, _ in WATCH.unworthy):
            args = next(a for g, a in WATCH.unworthy if g is group)
            forms = {m.name for m in group.mentions} | {m.surface for m in group.mentions} | set(subject["names"])
            times = max(len(re.findall(rf"(?<!\w){re.escape(n)}(?!\w)", texts)) for n in forms)
            titled = any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", title) for n in forms)
            lead = any(m.sentence < 2 for m in group.mentions)
            opens = lead_openers(WATCH.groups, {a.id: a.text for a in WATCH.articles})[id(group)] > 0
            quoted = any(_in_quotation(texts, m.start) for m in group.mentions if len(WATCH.articles) == 1)
            surface_in_title = any(re.search(rf"(?<!\w){re.escape(m.surface)}(?!\w)", title) for m in group.mentions)
            size = "one word" if all(" " not in m.surface for m in group.mentions) else "several words"
            key = (f"not worth listing [{group.kind}, {size}{', its form in title' if surface_in_title else ''}; {'in title' if titled else 'not in title'}; "
                   f"{'opens the lead' if opens else 'in lead' if lead else 'later'}; written {min(times, 3)}{'+' if times >= 3 else ''}x"
                   f"{'; in a quotation' if quoted else ''}]")
            if times > 1 and len(WATCH.articles) == 1:
                key += " others: " + ", ".join(sorted(_fates(group, forms, texts)))
            return key, f"{group.name} ({group.kind}) mentions={args[0]} articles={args[1]} positions={args[2]} media={args[3]}"
        return "listed as another form / cut", f"{group.name}: {'listed as ' + listed.name if listed else 'cut (MAX_ACTORS?)'}"
    for step, given, out in WATCH.stages:
        if step == "find_mentions":
            continue
        kept = {(m.article, m.start, m.end) for m in out}
        lost = [m for m in given if _named(m, names) and (m.article, m.start, m.end) not in kept]
        if lost and not any(_named(m, names) for m in out):
            return f"dropped by {step}", f"{lost[0].surface} ({lost[0].kind}) x{len(lost)}"
    found = [m for step, _, out in WATCH.stages if step == "find_mentions" for m in out if _named(m, names)]
    if found:
        return "mentioned, then lost (late step)", f"{found[0].surface} ({found[0].kind})"
    refused = [(t, label, line) for t, label, line in WATCH.refused if norm(t) in names or any(n in norm(t) for n in names)]
    if refused:
        text, label, line = refused[0]
        return f"tagged, refused at mentions.py:{line}", f"{text!r} {label}: {_source_line(line)}"
    tagged = [(t, label) for t, label in WATCH.tagged if norm(t) in names]
    if tagged:
        return f"tagged {tagged[0][1]}, no mention", f"{tagged[0][0]!r}"
    longer = [(t, label) for t, label in WATCH.tagged if any(n in norm(t) for n in names)]
    if longer:
        return "untagged (inside a longer span)", f"{longer[0][0]!r} {longer[0][1]} ({count} times written)"
    spots = [h.span() for n in written for h in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", texts)]
    if not any(x <= a and b <= y for a, b in spots for x, y in WATCH.read):
        return "untagged (outside every sentence read)", f"{', '.join(written)} written {count} times"
    return "untagged", f"{', '.join(written)} written {count} times"


def main(argv: list[str]) -> int:
    parser = misses_parser(__doc__.split("\n")[0])
    args = parser.parse_args(argv[1:])
    pages, counts_only = misses_pages(args)
    _install()
    classes: Counter[str] = Counter()
    total = 0
    for name, gold in sorted(pages.items()):
        subjects = gold.get("subjects", [])
        if not subjects:
            continue
        WATCH.__init__()  # type: ignore[misc]
        WATCH.page = Path(args.dir) / name
        report, _ = run_page(WATCH.page)
        actors = ranked(report)
        for subject in subjects:
            total += 1
            found = classify(subject, actors)
            if found is None:
                continue
            kind, detail = found
            classes[kind] += 1  # a class names a step or a code line, never the page's words
            if not counts_only:
                print(f"{name}: {subject['names'][0]} ({subject['kind']}): {kind}: {detail}")
    print(f"subjects failed {sum(classes.values())}/{total}:")
    for kind, n in classes.most_common():
        print(f"  {n:3d} {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
