"""The report as JSON: the stable contract documented in the README (and schema.json beside this)."""

from __future__ import annotations

import json
import re
from typing import Any

from brief.model import Report, Story
from brief.text.tokens import word_tokens


def report_to_dict(report: Report) -> dict[str, Any]:
    """The contract's shape; texts are kept exactly (JSON escaping makes them safe)."""
    articles = []
    for article in report.articles:
        sentences = report.sentences[article.id]
        articles.append(
            {
                "id": article.id,
                "title": article.title,
                "path": article.path,
                "url": article.url,
                "source": article.source,
                "date": article.date,
                "language": article.language,
                "sentences": len(sentences),
                "words": len(word_tokens(article.text)),
                "summary": [
                    {"index": i, "text": sentences[i].text, "start": sentences[i].start, "end": sentences[i].end}
                    for i in report.summaries[article.id].indexes
                ],
            }
        )
    return {
        "articles": articles,
        "stories": [story_to_dict(story) for story in report.stories],
        "meta": {
            "version": report.meta.version,
            "method": report.meta.method,
            "briefing_method": report.meta.briefing_method,
            "warnings": list(report.meta.warnings),
        },
    }



def story_to_dict(story: Story) -> dict[str, Any]:
    """One story: its articles' ids, dates, and its own briefing and actors in the shapes of 0.1."""
    return {
        "id": story.id,
        "title": story.title,
        "articles": list(story.articles),
        "dates": {"first": story.dates[0], "last": story.dates[1]} if story.dates else None,
        "shared": list(story.shared),
        "briefing": [
            {"text": item.text, "sources": [{"article": r.article, "index": r.index} for r in item.sources]}
            for item in story.briefing
        ],
        "actors": [
            {
                "name": actor.name,
                "kind": actor.kind,
                "role": actor.role,
                "aliases": list(actor.aliases),
                "mentions": actor.mentions,
                "articles": list(actor.articles),
                "salience": actor.salience,
                "positions": [
                    {
                        "cue": p.cue,
                        "text": p.text,
                        "summary": p.summary,
                        "quote": p.quote,
                        "article": p.article,
                        "index": p.index,
                        "also": list(p.also),
                    }
                    for p in actor.positions
                ],
            }
            for actor in story.actors
        ],
    }


# json escapes C0 controls itself; these others would still act on a terminal that shows the file.
_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]")


def render_json(report: Report) -> str:
    """Pretty, stable JSON; non-ASCII kept readable, terminal-active characters \\u-escaped."""
    text = json.dumps(report_to_dict(report), ensure_ascii=False, indent=2)
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"
