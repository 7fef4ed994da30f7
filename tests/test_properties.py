"""Properties of the whole pipeline on arbitrary text (hypothesis)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brief import pipeline
from brief.ingest.decode import NotText, decode_bytes
from brief.ingest.files import Loaded
from brief.ingest.text import article_from_text
from brief.render.json import render_json
from brief.render.markdown import render_markdown
from brief.render.safe import terminal_safe
from brief.render.text import render_text

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "brief" / "render" / "schema.json").read_text())

WORDS = st.sampled_from(
    "The minister said talks would resume . Hamas Israel Blinken “ ” \" ' ( ) — , ; : ! ? U.S. Dr. "
    "\n \n\n 3.5 [b] [/b] [@click=app.quit] \x1b[31m \u202e \u200b \t é ü 中文 😀 --- title: a".split(" ")
)
NEWSLIKE = st.lists(WORDS, min_size=1, max_size=120).map(" ".join)
ANY_TEXT = st.one_of(NEWSLIKE, st.text(min_size=1, max_size=400))


def _report(texts: list[str]) -> pipeline.Report | None:
    articles = []
    for text in texts:
        article = article_from_text(text, len(articles) + 1, f"a{len(articles) + 1}.txt")
        if article.paragraphs:
            articles.append(article)
    if not articles:
        return None
    return pipeline.build_report(Loaded(tuple(articles)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ANY_TEXT, min_size=1, max_size=3))
def test_pipeline_never_raises_and_addresses_hold(texts: list[str]) -> None:
    report = _report(texts)
    if report is None:
        return
    by_id = {a.id: a for a in report.articles}
    for summary in report.summaries.values():
        for index in summary.indexes:
            s = report.sentences[summary.article][index]
            assert by_id[s.article].text[s.start : s.end] == s.text
    assert sorted(i for story in report.stories for i in story.articles) == sorted(by_id)
    for item in (item for story in report.stories for item in story.briefing):
        for ref in item.sources:
            s = report.sentences[ref.article][ref.index]
            assert by_id[ref.article].text[s.start : s.end] == s.text
    for actor in (actor for story in report.stories for actor in story.actors):
        for p in actor.positions:
            assert 0 <= p.index < len(report.sentences[p.article])
    out = render_json(report)
    jsonschema.validate(json.loads(out), SCHEMA)
    for rendered in (render_text(report), render_markdown(report)):
        assert "\x1b" not in rendered and "\u202e" not in rendered


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(NEWSLIKE, min_size=1, max_size=2))
def test_same_input_same_output(texts: list[str]) -> None:
    first, second = _report(texts), _report(texts)
    if first is None:
        assert second is None
        return
    assert render_json(first) == render_json(second)


@given(st.binary(max_size=2000))
def test_decoding_arbitrary_bytes_is_text_or_a_clear_refusal(data: bytes) -> None:
    try:
        text, _ = decode_bytes(data)
    except NotText as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert isinstance(text, str)


@given(st.text())
def test_terminal_safe_leaves_nothing_active(text: str) -> None:
    clean = terminal_safe(text)
    for ch in clean:
        assert ch == "\n" or unicodedata.category(ch) != "Cc", repr(ch)  # no C0/C1 control but newline
        assert not ("\u202a" <= ch <= "\u202e" or "\u2066" <= ch <= "\u2069" or "\u200b" <= ch <= "\u200f"), repr(ch)


MARKED = st.lists(st.sampled_from("a the in but , . ; : ( ) ( ) http https :// www. WWW. Www.x.org pic.twitter.com/ab "
                                  "PIC.Twitter.com/x \u00a0 \t \n x.com goo.gl/x".split(" ")), max_size=20).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(MARKED, ANY_TEXT))
def test_page_marks_are_looked_for_only_where_their_signs_are(text: str) -> None:
    """``cohesion.showable`` skips ``_PAGE_MARKS`` where ``_PAGE_MARK_SIGNS`` finds nothing: the
    same sentences are shown, so every text it marks has one of the signs."""
    from brief.summarize.cohesion import _PAGE_MARK_SIGNS, _PAGE_MARKS

    for variant in (text, text.replace(" ", "\u00a0"), text.upper()):
        if _PAGE_MARKS.search(variant):
            assert _PAGE_MARK_SIGNS.search(variant)


def test_page_marks_signs_on_examples() -> None:
    from brief.summarize.cohesion import _PAGE_MARK_SIGNS, _PAGE_MARKS

    for text in ("each https://t.co/x by @jd", "see WWW.example.com now", "pic.twitter.com/abc", "but , notably",
                 "said in a .", "a ( ) b", "in\u00a0: x", "A plain sentence, with (brackets)."):
        assert bool(_PAGE_MARKS.search(text)) <= bool(_PAGE_MARK_SIGNS.search(text))
    assert not _PAGE_MARK_SIGNS.search("The minister said talks would resume; they did, at 3.5 per cent.")


FURNISHED = st.lists(st.sampled_from("By Jane Doe PUBLISHED UPDATED Updated : 12:30 EST , on Monday Last updated Scroll down "
                                     "for video Click here READ MORE Share this article Watch the video Advertisement "
                                     "Follow us @jd Photo credit Getty Images AP Photo Associated Press Reuters AFP PA EPA "
                                     "(CNN) | • · the said .".split(" ")), max_size=16).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(FURNISHED, ANY_TEXT))
def test_furniture_is_looked_for_only_where_its_signs_are(text: str) -> None:
    """``position.is_furniture`` skips ``_FURNITURE`` where ``_FURNITURE_SIGNS`` finds nothing: every
    text it matches has one of the signs."""
    from brief.summarize.position import _FURNITURE, _FURNITURE_SIGNS

    for variant in (text, text.strip(), "  " + text):
        if _FURNITURE.search(variant):
            assert _FURNITURE_SIGNS.search(variant)
