"""Why things are listed as actors, or as the wrong kind: the not_*, title and same_actor failures by subtype.

Usage: python bench/kind_misses.py DIR --gold FILE [--gold FILE ...] [--counts] [--listed]

Runs brief on each gold page as bench/actors_web.py does and, for each failed ``not_actor`` /
``not_person`` / ``not_place`` / ``not_organization`` check, each failed title and each split entity,
prints a subtype: which check failed, what the listed thing is by its shape on the page (a work in
quotes or italics, a product or platform, a site or outlet, a known place, a person's name typed as
something else, a generic phrase, a fragment) and where its kind came from (the gazetteer, the
tagger's own label on the name, or a rule that changed it).

A held-out gold (``_b``, ``_d``, ``_f``) prints ONLY the counts per subtype, never a name, a text or a
page: ``--counts`` is forced for them. ``--listed`` dumps, for read golds only, every listed actor with
its kind, shape and kind's source, to look for wrong ones the gold does not flag.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _web_checks import matches, norm  # noqa: E402
from actors_web import KIND_KEYS, held_out, ranked, read_gold, run_page  # noqa: E402

from brief.actors.gazetteer import phrase_table  # noqa: E402
from brief.actors.gender import first_names  # noqa: E402
from brief.actors.kinds import product_context, quoted_title, work_context  # noqa: E402
from brief.actors.mentions import tokenize  # noqa: E402
from brief.actors.ner import entities, tag_sentences  # noqa: E402
from brief.model import Actor, Article, Report  # noqa: E402

"""Golds whose failures may be counted, never read."""
TAGGER_KINDS = {"PER": "person", "ORG": "organization", "LOC": "place", "MISC": "misc"}
GAZETTEER_KINDS = {"PLACE": "place", "CTRY": "place", "ORG": "organization", "PER": "person"}
SITE_SEPARATOR = re.compile(r"\s(?:\||-|–|—|::|»|·)\s|\s*\|\s*")
CONTEXT = 40
"""Characters either side of a name read for its context: kinds.py's own window."""


def occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Where the name stands whole in the text."""
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]


def shape(actor: Actor, article: Article | None) -> str:
    """What the listed thing is, by its shape on the page."""
    if article is None:
        return "no article"
    text, names = article.text, (actor.name, *actor.aliases)
    spots = [s for n in names for s in occurrences(text, n)]
    words = actor.name.split()
    host = _host(article.path)
    squashed = re.sub(r"[^a-z0-9]", "", actor.name.lower())
    if squashed and (squashed in host or host and host in squashed or any(norm(actor.name) == norm(s) for s in article.site)):
        return "site/outlet"
    if any(norm(n) in {norm(i) for i in article.italics} for n in names):
        return "work (italics)"
    if any(quoted_title(text, a, b) for a, b in spots):
        return "work (quoted title)"
    if any(text[max(0, a - 2) : a].strip()[-1:] in "“\"‘'" for a, _ in spots):
        return "after a quotation mark"
    if any(work_context(text[max(0, a - CONTEXT) : a], text[b : b + CONTEXT]) for a, b in spots):
        return "work (context)"
    if any(product_context(text[max(0, a - CONTEXT) : a], text[b : b + CONTEXT]) for a, b in spots):
        return "product/platform (context)"
    if any(re.search(r"[a-z][A-Z]|\d", w) for w in words):
        return "product/platform (shape)"
    table = phrase_table().get(tuple(words))
    if table in ("PLACE", "CTRY") and actor.kind != "place":
        return f"known place as {actor.kind}"
    if words[0] in first_names() and len(words) > 1 and actor.kind != "person":
        return f"person's name as {actor.kind}"
    lowered = text.lower()
    if all(re.search(rf"(?<![\w.]\s)(?<!^)\b{re.escape(w.lower())}\b", lowered) and w.lower() in _lower_words(text)
           for w in words):
        return "generic phrase"
    if len(words) == 1 and (len(actor.name) <= 3 or not actor.name.isalpha()):
        return "fragment"
    if any(text[b : b + 2].lstrip()[:1].isupper() and text[b : b + 1] == " " for _, b in spots) and len(spots) == 1:
        return "fragment (of a longer name)"
    return "other name"


def _host(path: str) -> str:
    """The site's own name from a saved page's file name ("www.cnn.com-ab12.html", "arstechnica.com.html")."""
    stem = Path(path).name.rsplit(".html", 1)[0].split("-")[0]
    parts = [p for p in stem.lower().split(".") if p not in ("www", "com", "org", "net", "co", "uk", "go", "html")]
    return re.sub(r"[^a-z0-9]", "", max(parts, key=len)) if parts else ""


_LOWER_CACHE: dict[int, set[str]] = {}


def _lower_words(text: str) -> set[str]:
    key = id(text)
    if key not in _LOWER_CACHE:
        _LOWER_CACHE[key] = {w for w in re.findall(r"[a-z][a-z'-]*", text)}
    return _LOWER_CACHE[key]


def features(actor: Actor, article: Article | None) -> str:
    """Counts-safe features of a listed name: its kind, length, first word, mentions, place in the title."""
    words = actor.name.split()
    given = "given-name first" if words[0] in first_names() else "no given name"
    size = "1 word" if len(words) == 1 else "2+ words"
    seen = "1 mention" if actor.mentions <= 1 else "2-3 mentions" if actor.mentions <= 3 else "4+ mentions"
    titled = "in title" if article and norm(actor.name) in norm(article.title) else "not in title"
    lower = _lower_words(article.text) if article else set()
    last = "last word common" if words[-1].lower() in lower else "last word not common"
    first = "first word common" if words[0].lower() in lower else "first word not common"
    plural = "last word plural" if len(words) > 1 and re.fullmatch(r"[A-Z][\w-]*[a-z]s", words[-1]) else ""
    return f"{actor.kind}, {size}, {given}, {seen}, {titled}, {first}, {last} {plural}"


def kind_source(actor: Actor, report: Report, article: Article | None) -> str:
    """Where the actor's kind came from: the gazetteer, the tagger's label on the name, or a rule."""
    table = phrase_table().get(tuple(actor.name.split()))
    if table and GAZETTEER_KINDS.get(table) == actor.kind:
        return "gazetteer"
    if article is None:
        return "?"
    sentences = report.sentences.get(article.id, ())
    tokens = tokenize(article, sentences)
    labels = tag_sentences([[t.text for t in sent] for sent in tokens])
    tagged: Counter[str] = Counter()
    names = {norm(n) for n in (actor.name, *actor.aliases)}
    for sent, tags in zip(tokens, labels):
        for a, b, label in entities([t.text for t in sent], tags):
            span = norm(article.text[sent[a].start : sent[b - 1].end])
            if span in names or any(n in span.split() for n in names if " " not in n):
                tagged[TAGGER_KINDS.get(label, label)] += 1
    if not tagged:
        return "rule (untagged)"
    top = tagged.most_common(1)[0][0]
    return "tagger" if top == actor.kind else f"rule (tagger said {top})"


def title_shape(got: str, expected: list[str], article: Article | None) -> str:
    """What went wrong with a title."""
    g, wanted = norm(got), [norm(t) for t in expected]
    if article is None or got == "(no article)":
        return "no article"
    if any(w in g and w != g for w in wanted):
        return "site name or section kept" if SITE_SEPARATOR.search(got) else "longer than the headline"
    if any(g in w for w in wanted):
        return "cut short"
    got_words, best = set(re.findall(r"\w+", g)), 0.0
    for w in wanted:
        words = set(re.findall(r"\w+", w))
        best = max(best, len(got_words & words) / max(1, len(words)))
    if best >= 0.5:
        return "same headline, other wording"
    if len(got.split()) <= 3:
        return "section or site name"
    return "another element's text"


_OG_TITLE = re.compile(r"<meta[^>]+(?:property|name)=[\"'](?:og:title|twitter:title)[\"'][^>]*content=[\"']([^\"']*)", re.I)


def title_sources(got: str, expected: list[str], article: Article | None) -> str:
    """Counts-safe facts about a failed title: where the title brief chose stands on the page (the <title>,
    og:title, an <h1> or the markup's headline, the site's name) and where the expected headline does."""
    if article is None or not Path(article.path).is_file():
        return "page not read"
    import html as entities

    from brief.ingest.html import _page_title
    from brief.ingest.markup import marked_headlines
    from brief.ingest.titles import is_site, site_keys

    page = Path(article.path).read_text(encoding="utf-8", errors="replace")
    page_title, marked = norm(_page_title(page)), [norm(h) for h in marked_headlines(page)]
    og = [norm(entities.unescape(m)) for m in _OG_TITLE.findall(page[:200_000])]
    g, wanted = norm(got), {norm(t) for t in expected}

    def where(text: str) -> str:
        spots = [name for name, found in (("<title>", text and text in page_title), ("og", any(text and text in o for o in og)),
                                          ("h1/marked", any(text and text in h for h in marked))) if found]
        return "+".join(spots) or "nowhere"

    site = "is the site" if is_site(got, site_keys(article.site), exact=True) else "not the site"
    return f"got {where(g)}, {site}; expected {next((where(w) for w in wanted if where(w) != 'nowhere'), 'nowhere')}"


def split_shape(split: list[Actor]) -> str:
    """What kind of split an entity's several actors are."""
    kinds = {a.kind for a in split}
    names = [a.name for a in split]
    if len(kinds) > 1:
        how = "kinds differ"
    else:
        how = "same kind"
    short = min(names, key=len)
    if any(short != n and short in n.split() for n in names):
        return f"{how}: a part of the name alone"
    if any(short.isupper() and short != n for n in names):
        return f"{how}: acronym"
    return f"{how}: other forms"


def diagnose(name: str, gold: dict[str, Any], report: Report | None, messages: list[str]) -> list[tuple[str, str]]:
    """Each failure of the page as (subtype, example)."""
    out: list[tuple[str, str]] = []
    actors = ranked(report)
    article = report.articles[0] if report and report.articles else None
    for bad in gold.get("not_actor", []):
        hit = next((a for a in actors if matches(a, [bad])), None)
        if hit:
            out.append((f"not_actor | {shape(hit, article)} | {kind_source(hit, report, article)}"  # type: ignore[arg-type]
                        f" | {'has positions' if hit.positions else 'no positions'} | {features(hit, article)}",
                        f"{bad!r} as {hit.kind}"))
    for key, kind in KIND_KEYS.items():
        for bad in gold.get(key, []):
            hit = next((a for a in actors if a.kind == kind and matches(a, [bad])), None)
            if hit:
                out.append((f"{key} | {shape(hit, article)} | {kind_source(hit, report, article)} | {features(hit, article)}",  # type: ignore[arg-type]
                            f"{bad!r} ({hit.name})"))
    if "title" in gold:
        from actors_web import LEFT_OUT_TITLE

        left_out = next((m.group(1) for m in map(LEFT_OUT_TITLE.search, messages) if m), "(no article)")
        got = article.title if article else left_out
        if norm(got) not in {norm(t) for t in gold["title"]}:
            out.append((f"title | {title_shape(got, gold['title'], article)} | {title_sources(got, gold['title'], article)}",
                        f"{got!r} expected {gold['title'][0]!r}"))
    for names in gold.get("same_actor", []):
        split = [a for a in actors if any(matches(a, [n]) for n in names)]
        if len(split) > 1:
            out.append((f"same_actor | {split_shape(split)}", ", ".join(f"{a.name} ({a.kind})" for a in split)))
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dir")
    parser.add_argument("--gold", action="append", required=True)
    parser.add_argument("--counts", action="store_true", help="only the counts per subtype")
    parser.add_argument("--listed", action="store_true", help="dump every listed actor (read golds only)")
    args = parser.parse_args(argv[1:])
    any_held_out = held_out(args.gold)
    counts_only = args.counts or any_held_out
    pages = read_gold(args.gold)
    tally: Counter[str] = Counter()
    for name, gold in sorted(pages.items()):
        report, messages = run_page(Path(args.dir) / name)
        for subtype, example in diagnose(name, gold, report, messages):
            tally[subtype] += 1
            if not counts_only:
                print(f"{name}: {subtype}: {example}")
        if args.listed and not any_held_out and report:
            article = report.articles[0] if report.articles else None
            for actor in ranked(report):
                print(f"  LISTED {name}: {actor.name} ({actor.kind}) m={actor.mentions} p={len(actor.positions)} "
                      f"| {shape(actor, article)} | {kind_source(actor, report, article)}")
    for subtype, count in sorted(tally.items()):
        print(f"{count:4d}  {subtype}")
    print(f"kind-misses: {sum(tally.values())} failures")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
