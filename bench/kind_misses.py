"""Why things are listed as actors, or as the wrong kind: the not_*, title and same_actor failures by subtype.

Usage: python bench/kind_misses.py DIR --gold FILE [--gold FILE ...] [--counts] [--listed] [--facts] [--only PREFIX]

Runs brief on each gold page as bench/actors_web.py does and, for each failed ``not_actor`` /
``not_person`` / ``not_place`` / ``not_organization`` check, each failed title and each split entity,
prints a subtype: which check failed, what the listed thing is by its shape on the page (a work in
quotes or italics, a product or platform, a site or outlet, a known place, a person's name typed as
something else, a generic phrase, a fragment) and where its kind came from (the gazetteer, the
tagger's own label on the name, or a rule that changed it).

A held-out gold (``_b``, ``_d``, ``_f``) prints ONLY the counts per subtype, never a name, a text or a
page: ``--counts`` is forced for them. ``--listed`` dumps, for read golds only, every listed actor with
its kind, shape and kind's source, to look for wrong ones the gold does not flag. ``--facts`` describes each
failed not_* check by yes/no facts instead (where the name stands: which paragraphs, after what shape of words,
in a credit's paragraph; which of personhood's signs a "person" has; which body's sign an organisation has),
and ``--only not_`` keeps only those checks; every run ends with the count of each fact alone, which on a few
failures says more than the near-unique subtypes.
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

from brief.actors.bilou import entities  # noqa: E402
from brief.actors.gazetteer import phrase_table  # noqa: E402
from brief.actors.gender import first_names  # noqa: E402
from brief.actors.kinds import product_context, quoted_title, work_context  # noqa: E402
from brief.actors.mentions import tokenize  # noqa: E402
from brief.actors.ner import tag_sentences  # noqa: E402
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
    if any(_after_quotation_mark(text, a) for a, _ in spots):
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


def _after_quotation_mark(text: str, start: int) -> bool:
    """Whether an opening quotation mark stands right before ``start`` (spaces between allowed). Not a
    paragraph's start: the empty string is "in" every string, so the test once counted every name opening
    a paragraph or the text as quoted."""
    mark = text[max(0, start - 2) : start].strip()[-1:]
    return bool(mark) and mark in "“\"‘'"


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


_SENTENCE_START = re.compile(r"(?:^|\n|[.!?][\"”’']?\s+)[\"“‘']?\s*$")
_CREDIT_WORDS = re.compile(r"\b(?:photo|image|picture|getty|credit|courtesy|illustration|staff writer|contributor|reporter|editor)\b", re.I)
SHORT_PARAGRAPH = 8
"""Words of a paragraph that is a heading, a caption or a list's item rather than prose."""


def _run(pattern: str, piece: str) -> list[str]:
    """The words of the run of capitalised words the pattern finds in the piece (none when it finds none)."""
    found = re.search(pattern, piece)
    return found.group(0).split() if found else []


def facts(actor: Actor, article: Article | None, others: tuple[Actor, ...] = ()) -> list[str]:
    """Counts-safe facts about where and how a listed name stands on the page (each one a yes/no),
    to count on a held-out gold which of them the false actors share."""
    if article is None:
        return ["no article"]
    from brief.actors.gender import shows_gender
    from brief.actors.personhood import company_or_product
    from brief.actors.thinghood import acts, body_shaped

    text = article.text
    spots = sorted({s for n in (actor.name, *actor.aliases) for s in occurrences(text, n)})
    out = [f"kind {actor.kind}", "positions" if actor.positions else "no positions",
           f"{min(len(spots), 4)}{'+' if len(spots) >= 4 else ''} spots"]
    if not spots:
        return out
    paragraphs = article.paragraphs or ((0, len(text)),)

    def paragraph(a: int) -> tuple[int, int]:
        return next(((s, e) for s, e in paragraphs if s <= a < e), (0, len(text)))

    def short(a: int) -> bool:
        s, e = paragraph(a)
        return len(text[s:e].split()) <= SHORT_PARAGRAPH

    def quoted(a: int) -> bool:
        s, _ = paragraph(a)
        before = text[s:a]
        return before.count("“") > before.count("”") or before.count('"') % 2 == 1

    tests = {
        "every spot opens a sentence": all(_SENTENCE_START.search(text[max(0, a - 4) : a]) for a, _ in spots),
        "some spot opens a sentence": any(_SENTENCE_START.search(text[max(0, a - 4) : a]) for a, _ in spots),
        "some spot inside a quotation": any(quoted(a) for a, _ in spots),
        "every spot inside a quotation": all(quoted(a) for a, _ in spots),
        "some spot in a short paragraph": any(short(a) for a, _ in spots),
        "every spot in a short paragraph": all(short(a) for a, _ in spots),
        "some spot after 'by'": any(re.search(r"\b[Bb]y\s+$", text[max(0, a - 5) : a]) for a, _ in spots),
        "some spot in a credit's paragraph": any(_CREDIT_WORDS.search(text[slice(*paragraph(a))]) for a, _ in spots),
        "some spot before a number": any(re.match(r"\s+\d", text[b : b + 3]) for _, b in spots),
        "some spot after an article": any(re.search(r"\b(?:[Tt]he|[Aa]n?)\s+$", text[max(0, a - 6) : a]) for a, _ in spots),
        "some spot possessive": any(re.match(r"['’]s?\b", text[b : b + 3]) for _, b in spots),
        "some spot before a capitalised word": any(re.match(r"\s+[A-Z]", text[b : b + 3]) for _, b in spots),
        "some spot after a capitalised word": any(re.search(r"[A-Z][\w.]*\s+$", text[max(0, a - 20) : a]) for a, _ in spots),
        "some spot in a list (comma either side)": any(text[b : b + 1] == "," and text[max(0, a - 2) : a] == ", " for a, b in spots),
        "some spot in the first paragraph": any(paragraph(a) == paragraphs[0] for a, _ in spots),
        "some spot in the last 2 paragraphs": any(paragraph(a) in paragraphs[-2:] for a, _ in spots),
        "every word written in lower case too": all(w.lower() in _lower_words(text) for w in actor.name.split()),
        "shows gender": shows_gender(text, actor.name),
        "company or product": company_or_product(text, actor.name),
        "acts": any(acts(text, a, b) for a, b in spots),
        "body-shaped": body_shaped(actor.name),
        "in title": norm(actor.name) in norm(article.title),
        "in italics": actor.name in article.italics,
        "site name": any(norm(actor.name) == norm(s) for s in article.site),
    }
    credit_words = sorted({m.group(0).lower() for a, _ in spots for m in _CREDIT_WORDS.finditer(text[slice(*paragraph(a))])})
    last = [a for a, _ in spots if paragraph(a) in paragraphs[-2:]]
    tests |= {
        "some spot before '/' or 'for' or ')'": any(re.match(r"\s*(?:/|\)|for\b)", text[b : b + 5]) for _, b in spots),
        "some spot after ':' or '('": any(re.search(r"[:(]\s*$", text[max(0, a - 3) : a]) for a, _ in spots),
        "some spot in boilerplate": any(s <= a < e for a, _ in spots for s, e in article.boilerplate),
        "spots in the last 2 paragraphs all in one paragraph": len({paragraph(a) for a in last}) == 1,
        "a last-paragraph spot's paragraph under 25 words": any(len(text[slice(*paragraph(a))].split()) < 25 for a in last),
        "a last-paragraph spot's paragraph ends without . ! ? or quote": any(
            text[slice(*paragraph(a))].rstrip()[-1:] not in ".!?\"”’" for a in last),
        "some spot after 'and' or ','": any(re.search(r"(?:\band|,)\s+$", text[max(0, a - 5) : a]) for a, _ in spots),
    }
    words = actor.name.split()
    other_names = {n for a in others if a is not actor for n in (a.name, *a.aliases)}
    host = _host(article.path)
    cap = r"(?:[A-Z][\w'’.&-]*|of|the|and|for|in|on|a)"
    tests |= {
        "every spot after a capitalised word": all(re.search(r"[A-Z][\w.]*\s+$", text[max(0, a - 20) : a]) for a, _ in spots),
        "some spot in a run of 4+ capitalised words": any(
            len(_run(rf"(?:{cap}\s+)*$", text[max(0, a - 80) : a])) + len(words) + len(_run(rf"(?:\s+{cap})*", text[b : b + 80])) >= 4
            for a, b in spots),
        "first word is another listed name": len(words) > 1 and words[0] in other_names,
        "last word is another listed name": len(words) > 1 and words[-1] in other_names,
        "part of another listed name": any(actor.name in n.split() or f"{actor.name} " in n or f" {actor.name}" in n for n in other_names),
        "a word of it is the site's": any(re.sub(r"[^a-z0-9]", "", w.lower()) in (host, *(re.sub(r"[^a-z0-9]", "", x.lower()) for x in article.site))
                                          for w in words if len(w) > 2),
        "a word in capitals or with a digit": any(len(w) > 1 and w.isupper() or re.search(r"\d", w) for w in words),
        "some spot in the title's paragraph or a heading (no full stop)": any(
            text[slice(*paragraph(a))].rstrip()[-1:] not in ".!?\"”’:" for a, _ in spots),
    }
    tests["'editor' within 3 words before"] = any(re.search(r"\b[Ee]ditors?\b(?:\W+\w+){0,2}\W+$", text[max(0, a - 40) : a]) for a, _ in spots)
    tests["'Editor' capitalised right before"] = any(re.search(r"\bEditor,?\s+$", text[max(0, a - 10) : a]) for a, _ in spots)
    tests["'editor' within 6 words after"] = any(re.match(r"^(?:\W+\w+){0,5}?\W+[Ee]ditors?\b", text[b : b + 60]) for _, b in spots)
    tests["'is a/an/the ... editor' after"] = any(re.match(r"^,?\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?editors?\b", text[b : b + 80], re.I) for _, b in spots)
    tests["a name after 'by' and the spot after 'and' or ','"] = any(
        re.search(r"\b[Bb]y\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*\s*(?:,|\band)\s+$",
                  text[max(0, a - 120) : a]) for a, _ in spots)
    tests["'contributed' or 'reporting' within 8 words after"] = any(re.match(r"^(?:\W+\w+){0,7}?\W+(?:contributed|reporting|reported)\b", text[b : b + 80], re.I) for _, b in spots)
    tests["its paragraph opens with a credit word"] = any(_CREDIT_WORDS.match(text[slice(*paragraph(a))].lstrip()) for a, _ in spots)
    tests["the credit word right before the spot (4 words)"] = any(_CREDIT_WORDS.search(" ".join(text[max(0, a - 50) : a].split()[-4:])) for a, _ in spots)
    tests["spot's paragraph has ':'"] = any(":" in text[slice(*paragraph(a))] for a, _ in spots)
    vocabulary = {"by", "and", "credit", "credits", "reporter", "reporters", "reporting", "photo", "photos", "image", "images",
                  "editor", "editing", "edited", "written", "writer", "story", "additional", "staff", "contributed", "with",
                  "for", "the", "of", "in", "to", "a", "is", "an", "at", "our", "fellow", "senior", "contributing",
                  "associate", "special", "thanks", "giving", "give", "who", "has", "have", "this", "report", "article", "was"}

    def masked(piece: str) -> str:
        return " ".join(w.lower() if w.lower() in vocabulary else ("C" if w[:1].isupper() else "w" if w[:1].isalpha() else w)
                        for w in re.findall(r"[\w'’.-]+|[^\w\s]", piece))

    for a, b in spots:
        if re.match(r"^,?\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?editors?\b", text[b : b + 80], re.I):
            tests[f"editor note shape: _ {masked(text[b : b + 60])}"] = True
        if _CREDIT_WORDS.search(" ".join(text[max(0, a - 50) : a].split()[-4:])):
            tests[f"shape around: {masked(text[max(0, a - 50) : a])[-40:]} _ {masked(text[b : b + 30])[:20]}"] = True
    unsigned = (actor.kind == "organization" and len(words) > 1 and not tests["body-shaped"] and not tests["acts"]
                and not tests["company or product"])
    tests["organization of 2+ words with no body's sign"] = unsigned
    from brief.actors.gazetteer import ORG_WORDS
    from brief.actors.kinds import ORGANIZATION_ENDINGS, ORGANIZATION_HEADS, OUTLET_OR_TEAM_ENDINGS, team_word
    from brief.actors.thinghood import STANDING_BODY_WORDS
    if tests["body-shaped"]:
        for label, hit in (("org ending", any(w in ORGANIZATION_ENDINGS for w in words)),
                           ("outlet/team ending", any(w in OUTLET_OR_TEAM_ENDINGS for w in words)),
                           ("org head", any(w in ORGANIZATION_HEADS for w in words)),
                           ("standing body word", any(w in STANDING_BODY_WORDS for w in words)),
                           ("ORG_WORDS word", any(w.lower() in ORG_WORDS for w in words)),
                           ("initials", any(len(w) > 1 and w.isupper() for w in words)),
                           ("team word last", team_word(words[-1])),
                           ("gazetteer", tuple(words) in phrase_table())):
            tests[f"body sign: {label}"] = hit
    tests["... and its first word a given name"] = unsigned and words[0] in first_names()
    return out + [k for k, v in tests.items() if v] + [f"credit word {w}" for w in credit_words]


def person_evidence(actor: Actor, report: Report, article: Article) -> list[str]:
    """Which of personhood's signs a listed "person" has (counts-safe yes/no facts), a word alone's too: the
    hand-written and census given names, a given name written before it, three or more writings all read a
    person (``MIN_STEADY_PERSON``), and a product's context at one of its writings (``kinds.product_context``)."""
    from brief.actors.gender import first_names, hand_given_names, shows_gender
    from brief.actors.mentions import find_mentions
    from brief.actors.namesakes import titled_gender
    from brief.actors.personhood import MIN_STEADY_PERSON, _her_own, _name_shaped, _written_in_full, company_or_product
    from brief.actors.word_case import plain_word, prose_lowercase

    text = article.text
    ms = [m for m in find_mentions(article, report.sentences.get(article.id, ())) if m.name == actor.name]
    prose = prose_lowercase(f"{article.title}\n{text}")
    words = actor.name.split()
    signs = {
        "ev: role": any(m.role for m in ms), "ev: kin": any(m.kin for m in ms), "ev: pronoun": any(m.pronoun for m in ms),
        "ev: titled": any(titled_gender(m) for m in ms), "ev: shows gender": shows_gender(text, actor.name),
        "ev: her own": _her_own(text, actor.name), "ev: given name first": words[0] in first_names(),
        "ev: name-shaped": len(words) > 1 and _name_shaped(words, lambda w: plain_word(w, prose), lambda w: w.lower() in prose),
        "ev: company or product": company_or_product(text, actor.name),
        "ev: every word plain": all(plain_word(w, prose) for w in words),
        "ev: last word in prose": words[-1].lower() in prose,
        "ev: hand-listed given name": len(words) == 1 and actor.name in hand_given_names(),
        "ev: census given name alone": len(words) == 1 and actor.name in first_names(),
        "ev: written after a given name": len(words) == 1 and _written_in_full(text, actor.name, lambda w: plain_word(w, prose)),
        "ev: product context at a spot": any(product_context(text[max(0, a - CONTEXT) : a], text[b : b + CONTEXT])
                                             for a, b in occurrences(text, actor.name)),
    }
    kinds = Counter(m.kind for m in ms)
    if len(words) == 1 and kinds["person"] >= MIN_STEADY_PERSON and len(kinds) == 1:
        signs["ev: tagged a person at every writing, steadily"] = True
    return [k for k, v in signs.items() if v] + [f"tagged {k}" for k in sorted(kinds)] + (["not found by find_mentions"] if not ms else [])


def diagnose(name: str, gold: dict[str, Any], report: Report | None, messages: list[str]) -> list[tuple[str, str]]:
    """Each failure of the page as (subtype, example)."""
    out: list[tuple[str, str]] = []
    actors = ranked(report)
    article = report.articles[0] if report and report.articles else None
    for bad in gold.get("not_actor", []):
        hit = next((a for a in actors if matches(a, [bad])), None)
        if hit:
            if FACTS:
                out.append((f"not_actor | {' | '.join(facts(hit, article, tuple(actors)) + (person_evidence(hit, report, article) if hit.kind == 'person' and report and article else []))}", f"{bad!r} as {hit.kind}"))
                continue
            out.append((f"not_actor | {shape(hit, article)} | {kind_source(hit, report, article)}"  # type: ignore[arg-type]
                        f" | {'has positions' if hit.positions else 'no positions'} | {features(hit, article)}",
                        f"{bad!r} as {hit.kind}"))
    for key, kind in KIND_KEYS.items():
        for bad in gold.get(key, []):
            hit = next((a for a in actors if a.kind == kind and matches(a, [bad])), None)
            if hit and FACTS:
                out.append((f"{key} | {' | '.join(facts(hit, article, tuple(actors)) + (person_evidence(hit, report, article) if hit.kind == 'person' and report and article else []))}", f"{bad!r} ({hit.name})"))
            elif hit:
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


FACTS = False
"""Whether not_* failures are described by ``facts`` (set by --facts)."""


def marginals(tally: Counter[str]) -> Counter[str]:
    """The counts per single fact of the subtypes (the check, the shape, the kind's source, the kind, the
    words...): with a few failures each subtype is near unique, and the one fact most of them share is
    what to fix first. Counts only, as safe for a held-out gold as the subtypes."""
    out: Counter[str] = Counter()
    for subtype, count in tally.items():
        parts = subtype.split(" | ")
        check = parts[0]
        for i, part in enumerate(parts[1:], 1):
            for fact in (part.split(", ") if i == len(parts) - 1 and "," in part and not FACTS else [part]):
                if fact.strip():
                    out[f"{check.split('_')[0] if check.startswith('not_') else check} : {fact.strip()}"] += count
        out[f"check : {check}"] += count
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dir")
    parser.add_argument("--gold", action="append", required=True)
    parser.add_argument("--counts", action="store_true", help="only the counts per subtype")
    parser.add_argument("--listed", action="store_true", help="dump every listed actor (read golds only)")
    parser.add_argument("--facts", action="store_true", help="for not_* failures, yes/no facts instead of a shape")
    parser.add_argument("--only", help="only the failures whose subtype starts with this (e.g. not_)")
    args = parser.parse_args(argv[1:])
    global FACTS
    FACTS = args.facts
    any_held_out = held_out(args.gold)
    counts_only = args.counts or any_held_out
    pages = read_gold(args.gold)
    tally: Counter[str] = Counter()
    for name, gold in sorted(pages.items()):
        report, messages = run_page(Path(args.dir) / name)
        for subtype, example in diagnose(name, gold, report, messages):
            if args.only and not subtype.startswith(args.only):
                continue
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
    print("by each fact alone (a failure counts once under each of its facts):")
    for fact, count in sorted(marginals(tally).items()):
        print(f"{count:4d}  {fact}")
    print(f"kind-misses: {sum(tally.values())} failures")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
