"""Pages in scripts written without spaces (Japanese, Chinese): read as articles, printed to fit.

``len(text.split())`` called a Japanese article of 400 characters "3 words of text (a caption or a
teaser)" and left it out; a sentence with no spaces was printed as one line twice the terminal's
width. The article here is written for this test.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from brief import pipeline
from brief.ingest.files import load_articles
from brief.render.text import render_text
from brief.render.wrap import fill
from brief.text.words import count_words

SENTENCES = (
    "市議会は火曜日、港にかかる古い橋を来年の春から車両通行止めにすることを決めた。",
    "バスと自転車は引き続き通行でき、朝夕の混雑する時間帯には臨時のフェリーが運航される予定だ。",
    "北岸の商店主たちは、夏の書き入れ時に客足が遠のくのではないかと心配している。",
    "市の技術担当者によると、橋はこれまで何度も補修されてきたが、全面的な架け替えが必要だという。",
    "工事には二年ほどかかる見通しで、市は秋までに詳しい工程表を公表するとしている。",
)
PAGE = (
    "<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>港の古い橋、来春から車両通行止めに</title>"
    "</head><body><article><h1>港の古い橋、来春から車両通行止めに</h1>"
    + "".join(f"<p>{s}</p>" for s in SENTENCES)
    + "</article></body></html>"
)


def columns(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def test_words_are_counted_in_scripts_without_spaces() -> None:
    assert count_words("The council voted on Tuesday.") == 5
    assert count_words(SENTENCES[0]) == 19  # 37 characters of kanji and kana, two to a word
    assert count_words("Raspberry Piの新型が発売された") == 2 + 5


def test_a_japanese_page_is_an_article_summarized_without_actors(tmp_path: Path) -> None:
    (tmp_path / "hashi.html").write_text(PAGE, encoding="utf-8")
    loaded = load_articles([str(tmp_path / "hashi.html")])
    assert len(loaded.articles) == 1 and not loaded.errors
    report = pipeline.build_report(loaded, pipeline.Options(workers=1, cache=False))
    assert any("looks like Japanese, not English" in w for w in report.meta.warnings)
    assert not any(story.actors for story in report.stories)
    text = render_text(report, width=60)
    assert SENTENCES[0][:10] in text
    wide = [line for line in text.splitlines() if columns(line) > len(line)]  # not the file's path
    assert len(wide) > 5 and all(columns(line) <= 60 for line in wide), text


def test_wide_text_wraps_by_columns_and_never_starts_a_line_with_a_closing_mark() -> None:
    wrapped = fill("".join(SENTENCES), 30, "  • ", "    ")
    lines = wrapped.splitlines()
    assert len(lines) > 5 and all(columns(line) <= 30 for line in lines)
    assert not any(line.lstrip()[:1] in "、。」" for line in lines[1:])
    assert wrapped.replace("\n    ", "").removeprefix("  • ") == "".join(SENTENCES)


def test_text_without_wide_characters_wraps_as_before() -> None:
    import textwrap

    text = "The regional council voted on Tuesday to close the old harbour bridge to cars from next spring."
    assert fill(text, 40, "  • ", "    ") == textwrap.fill(text, 40, initial_indent="  • ", subsequent_indent="    ",
                                                          break_long_words=False, break_on_hyphens=False)


def test_japanese_prose_naming_products_in_latin_letters_is_prose(tmp_path: Path) -> None:
    """Capitalised brand names in a Japanese sentence do not make it a list's label: the kanji and
    kana around them have no case, and count as prose words."""
    named = [f"Dunmere Councilによると、{s}" for s in SENTENCES]
    page = PAGE
    for old, new in zip(SENTENCES, named):
        page = page.replace(old, new)
    (tmp_path / "hashi.html").write_text(page, encoding="utf-8")
    loaded = load_articles([str(tmp_path / "hashi.html")])
    assert len(loaded.articles) == 1 and not loaded.errors
