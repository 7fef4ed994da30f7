"""Whether a text is an HTML document: asked of every input, so kept apart from the page reader.

``brief.ingest.html`` (the page reader) and what it imports compile ~100 regular expressions, about
a tenth of a warm run of 1,000 articles; a pile of text files, or one whose pages the article cache
already holds, never needs them, but every input is sniffed (brief.prefetch, brief.ingest.local).
"""

from __future__ import annotations

import re

_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)


def looks_like_html(text: str) -> bool:
    """Whether the text is an HTML document rather than prose that mentions a tag."""
    return bool(_HTML_START.match(text[:4096]))
