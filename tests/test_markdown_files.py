"""Markdown files (read-later exports, notes) are read as the text they show, not their markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest.files import NotText, parse_article
from brief.ingest.markdown_files import markdown_text
from brief.pipeline import Options, build_report, load

STORY = """# Harbour Bridge Reopens After Two-Year Repair

*By Lena Ortiz* | [Coastal Times](https://coastal.example/bridge)

The **Harbour Bridge** reopened to traffic on Monday after a two-year repair that cost the city
$84 million, Mayor [Tomas Reyle](https://coastal.example/reyle) said at the opening.

![The bridge at dawn](bridge.jpg)

## Traffic

- Commuters crossed in record numbers on the first morning, according to the transport office.
- "We kept our promise to this city," Reyle said, adding that tolls would stay at `$2`.

> "It's a relief to drive to work again," said Mara Quill, a nurse from the east shore.

```
curl https://coastal.example/api/traffic
```

| Year | Cost |
|---|---|
| 2024 | $40 million |

The repair replaced 1,200 cables and the bridge's entire deck, engineers said.
"""

CLIP = """---
title: "Ferry Workers Strike Over Night Shifts"
source: "https://www.harbourpost.example/news/ferry-strike"
author:
  - "[[Ines Halvorsen]]"
published: 2025-03-14
tags:
  - "clippings"
---
![](https://www.harbourpost.example/img/ferry.jpg)

Ferry crews on the northern routes walked off the job at dawn on Friday, stranding thousands of
commuters, after talks over night-shift pay collapsed.

"We have asked for the same rate as the port crews for two years," said **Ola Brekke**, head of the
[Seafarers' Union](https://union.example), adding that the strike would last as long as it takes.
"""


def test_blocks_become_paragraphs_of_plain_text() -> None:
    title, text = markdown_text(STORY)
    assert title == "Harbour Bridge Reopens After Two-Year Repair"
    paragraphs = text.split("\n\n")
    assert "The Harbour Bridge reopened to traffic on Monday after a two-year repair that cost the city $84 " \
        "million, Mayor Tomas Reyle said at the opening." in paragraphs
    # each list item is a paragraph of its own; a code span keeps its words, a code block is not prose
    assert paragraphs[paragraphs.index("Traffic") + 1].startswith("Commuters crossed")
    assert '"We kept our promise to this city," Reyle said, adding that tolls would stay at $2.' in paragraphs
    assert "2024 | $40 million" in paragraphs
    for mark in ("#", "**", "](", "![", "`", "> ", "curl"):
        assert mark not in text


def test_a_markdown_file_is_briefed_without_its_markup(tmp_path: Path) -> None:
    path = tmp_path / "bridge.md"
    path.write_text(STORY, encoding="utf-8")
    options = Options(cache=False)
    report = build_report(load([str(path)], options), options)
    article = report.articles[0]
    assert article.title == "Harbour Bridge Reopens After Two-Year Repair"
    sentences = [s.text for s in report.sentences[article.id]]
    assert sentences[0].startswith("The Harbour Bridge reopened")  # the lead, not the image, opens the story
    assert not any("](" in s or s.startswith(("-", ">")) for s in sentences)
    positions = {(actor.name, p.text) for story in report.stories for actor in story.actors for p in actor.positions}
    holders = {name for name, text in positions if "kept our promise" in text}
    assert holders == {"Tomas Reyle"}
    assert not any("Commuters crossed" in text for _, text in positions)  # the list item before is not his words
    assert {name for name, text in positions if "relief to drive" in text} == {"Mara Quill"}


def test_a_read_later_header_with_lists_sets_title_date_and_address() -> None:
    article, warnings = parse_article(CLIP.encode(), 1, "ferry.md")
    assert warnings == []
    assert (article.title, article.date, article.url) == (
        "Ferry Workers Strike Over Night Shifts", "2025-03-14", "https://www.harbourpost.example/news/ferry-strike")
    assert article.text.startswith("Ferry crews on the northern routes")
    assert "clippings" not in article.text and "**" not in article.text


def test_a_text_file_keeps_what_it_says() -> None:
    # only files named as Markdown are parsed as Markdown: a .txt's asterisks and brackets are its text
    article, _ = parse_article(b"Prices rose by 5% [estimate] on *all* goods in March, the office said.", 1, "a.txt")
    assert "[estimate]" in article.text and "*all*" in article.text


def test_markdown_with_nothing_but_markup_is_refused_with_the_reason() -> None:
    with pytest.raises(NotText, match="Markdown markup"):
        parse_article(b"# Only a Picture\n\n![a photo](x.jpg)\n\n```\nprint(1)\n```\n", 1, "pic.md")
