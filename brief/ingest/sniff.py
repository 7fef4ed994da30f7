"""Whether a text is an HTML document: asked of every input, so kept apart from the page reader.

``brief.ingest.html`` (the page reader) and what it imports compile ~100 regular expressions, about
a tenth of a warm run of 1,000 articles; a pile of text files, or one whose pages the article cache
already holds, never needs them, but every input is sniffed (brief.prefetch, brief.ingest.local).
"""

from __future__ import annotations

import re

# "<!doctypehtml>" without its space is how minifiers write the HTML5 doctype (browsers read it);
# "<!DOCTYPE htm" and then the page is one a crawler saved cut short (brief.ingest.broken_head).
_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s*html?\b|html|head|body|meta|title)\b", re.I | re.S)
# A server's error messages printed as markup before the document ("<br />\n<b>Warning</b>:
# … on line <b>12</b><br />\n<!DOCTYPE html>", PHP's notices on a saved page, on lines of their
# own or run together): the text opens with a tag, and the document starts right after a tag soon
# after. Prose that mentions a tag, or quotes a page's source, opens with a word.
_DOCUMENT_AFTER_TAG = re.compile(r">\s*<(?:!doctype\s*html|html)\b", re.I)
# A saved page whose template printed its scripts before the document ("<script>var section = …</script>
# <html>…", a comment and then a <script>, a stray "<!" before one): the text opens with an element only
# a page's head holds, never how prose opens, even prose quoting a page's source (it opens with a word).
_HEAD_ELEMENT_START = re.compile(r"\A\s*(?:<!--.*?-->\s*|<!(?=<))*<(?:script|style|noscript|link)\b[^<>]*>", re.I | re.S)
SNIFF_CHARS = 4096
"""How far into a text its document start is looked for: past a few lines of a server's notices."""


def looks_like_html(text: str) -> bool:
    """Whether the text is an HTML document rather than prose that mentions a tag."""
    head = text[:SNIFF_CHARS]
    return (bool(_HTML_START.match(head)) or bool(_HEAD_ELEMENT_START.match(head))
            or (head.lstrip()[:1] == "<" and bool(_DOCUMENT_AFTER_TAG.search(head))))
