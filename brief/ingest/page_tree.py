"""The saved page as lxml's tree, parsed once for the readers that walk its elements after extraction, and
its text as they match it.

Why: putting back a story's other parts (``sections``) and its loose first paragraph (``loose_lead``) both read
the page's elements after trafilatura has extracted its text, and each parsed the whole page again; on every page.
The tree is read only, so the two share one parse.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*>")
"""An XML declaration, which lxml refuses at the start of a str."""
_SPACES = re.compile(r"\s+")


def shown(text: str) -> str:
    """``text`` as a reader sees it: runs of spaces and line breaks as one space, none at the ends (how the
    readers match an element's text to the extracted lines)."""
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=1)
def page_tree(html: str) -> Any | None:
    """lxml's tree of ``html`` (shared: its readers must not change it), or None when lxml cannot read it."""
    import lxml.html  # type: ignore[import-untyped]  # trafilatura's parser, installed with it

    try:
        return lxml.html.fromstring(_XML_DECLARATION.sub("", html))
    except (ValueError, lxml.etree.ParserError):
        return None
