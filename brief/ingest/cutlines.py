"""Photo captions a page marks as cutlines, kept out of the story's text.

"Cutline" is the newsroom's word for a photo's caption, and newspaper templates name the caption's
element so (``<div class="cutline">``, ``<span class="cutline">``). Its text describes a picture: no one
says it, and as a story's opening line ("Seattle quarterback Matt Hasselbeck is eager to return to ...",
over the story's real lede) it opened the summary. The caption's text is found in the page and the line
of the extracted text that is that caption is left out; the markup itself is not pruned before
extraction, as a caption's removal can change how the extractor reads the rest of an old page's layout.
"""

from __future__ import annotations

import html as entities
import re

_CUTLINE = re.compile(
    r"<(div|span|p|td)\b[^>]*\bclass\s*=\s*[\"'][^\"']*cutline[^\"']*[\"'][^>]*>(.*?)</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
CAPTION_MIN_WORDS = 4
"""Words a cutline needs for its line to be left out: a shorter one ("File photo") may be a story's line too."""


def _norm(text: str) -> str:
    return _SPACE.sub(" ", entities.unescape(_TAG.sub(" ", text))).strip().casefold()


def without_cutlines(html: str, lines: list[str]) -> list[str]:
    """``lines`` without those that are the text of an element the page marks as a cutline."""
    if "cutline" not in html.lower():
        return lines
    captions = {caption for caption in (_norm(m.group(2)) for m in _CUTLINE.finditer(html))
                if len(caption.split()) >= CAPTION_MIN_WORDS}
    if not captions:
        return lines
    return [line for line in lines if _norm(line) not in captions]
