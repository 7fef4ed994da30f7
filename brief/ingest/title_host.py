"""The site's host name written in a saved page's <title> ("WTC owner to pay millions in fines -- dailypress.com").

A page saved without its address or metadata may still name its site in its <title>, and a host name
there ("dailypress.com", "wjz.com") is the site's for sure: no headline's first or last part is written
as one. It names the outlet in the sources legend where the page gave none.
"""

from __future__ import annotations

import re

# A part of the <title> before or after a separator, two dashes included ("Headline -- dailypress.com").
_EDGE_HOST = re.compile(
    r"^\s*((?:[a-z0-9-]+\.)+[a-z]{2,})\s+(?:--?|–|—|\||::|·|»|:)\s+\S"
    r"|\S\s+(?:--?|–|—|\||::|·|«)\s+((?:[a-z0-9-]+\.)+[a-z]{2,})\s*$",
    re.I,
)


def title_host(page_title: str) -> str:
    """The host name opening or closing ``page_title`` after a separator, lower-cased without "www."; "" if none."""
    match = _EDGE_HOST.search(page_title)
    if not match:
        return ""
    host = (match.group(1) or match.group(2)).lower()
    return host.removeprefix("www.")
