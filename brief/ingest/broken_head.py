"""A saved page's head mended where the copy lost a closing mark, so that its body is read at all.

Three losses seen on pages saved by old crawlers: a script's address never closed (the rest of the page read
as the address and the script), a ``<title>`` that is never closed (the saved copy
lost a stretch of the head, ``</title>`` with it) and a doctype cut short ("<!DOCTYPE htm" and
then the page). The parser reads a ``<title>`` as text up to its ``</title>``: never closed, the
whole page is the title and the page has no text. An unclosed doctype runs into the first tag.
Titles are one line of plain words, so an unclosed one ends at its first line break or tag; when
that line holds markup or script (a comment's end "-->", a tag's bracket, a script's escaped
"<\\/"), the title itself is debris of the lost stretch and is left empty (a script's call glued on to its
end is cut off), and the page's headline
is read from its body as for any page without a title.
"""

from __future__ import annotations

import re

HEAD_CHARS = 20_000
"""How far into a page its <title> is looked for: heads run a few kilobytes, old ones with inline
scripts and styles ~10 (the saved 2008 pages)."""

_TITLE_OPEN = re.compile(r"<title\b[^>]*>", re.I)
_TITLE_CLOSE = re.compile(r"</title\s*>", re.I)
# where the head or the body plainly goes on: a title closed after one of these was never closed
_HEAD_OVER = re.compile(r"</head\s*>|<body\b", re.I)
# where an unclosed title's one line ends: a line break or a tag
_TITLE_END = re.compile(r"[\r\n]|<[A-Za-z/!]")
# what no title's words hold: a tag's brackets, a comment's end, a script's escaped slash or its quoting
_DEBRIS = re.compile(r"[<>]|-->|\\/|'\s*\+|\+\s*'")
# a script's statement glued on to the line's end by the lost stretch: the tail of a call with a quoted
# argument ("... Wins Title(The Harbour Times)ntById("font");"), cut off, the title's words kept
_SCRIPT_TAIL = re.compile(r"[A-Za-z_$][\w$.]*\(\s*[\"'][^\"']*[\"']\s*\)\s*;\s*$")
# a script's address never closed: the copy lost a stretch from inside its quotes to the next script's
# code, and the parser reads the page on as the attribute and the script ('<script src="/te.color=...
# </script>'): the address is closed empty and the script ended at the first "</script>" it runs over
_OPEN_SOURCE = re.compile(r"""(<script\b[^>]*?\bsrc\s*=\s*)(["'])((?:(?!\2).)*?)</script\s*>""", re.I | re.S)
# a doctype cut short: "<!DOCTYPE htm" and then the page's first tag, with no ">" between
_CUT_DOCTYPE = re.compile(r"\A\s*<!doctype\b[^<>]*?(\s*<)", re.I)


def mend_head(html: str) -> str:
    """``html`` with an unclosed doctype and an unclosed <title> closed where the page meant them to
    end (see above); a page whose head is whole is returned as it is."""
    html = _CUT_DOCTYPE.sub(r"<!DOCTYPE html>\1", html, count=1)  # its own words lost: the standard one
    html = _OPEN_SOURCE.sub(_closed_source, html[:HEAD_CHARS]) + html[HEAD_CHARS:]
    opened = _TITLE_OPEN.search(html, 0, HEAD_CHARS)
    if opened is None:
        return html
    closed = _TITLE_CLOSE.search(html, opened.end())
    over = _HEAD_OVER.search(html, opened.end())
    if closed is not None and (over is None or closed.start() < over.start()):
        return html
    end = _TITLE_END.search(html, opened.end())
    stop = end.start() if end else len(html)
    words = html[opened.end() : stop]
    if _DEBRIS.search(words):
        return html[: opened.end()] + "</title>" + html[stop:]
    glued = _SCRIPT_TAIL.search(words)
    if glued and glued.start() > 0:
        return html[: opened.end() + glued.start()] + "</title>" + html[opened.end() + glued.start() :]
    return html[:stop] + "</title>" + html[stop:]


def _closed_source(match: re.Match[str]) -> str:
    """A script tag whose address runs over a "</script>" (``_OPEN_SOURCE``), closed empty; one whose
    address is whole, as it is."""
    if "\n" not in match.group(3) and ">" not in match.group(3):
        return match.group(0)
    return f"{match.group(1)}{match.group(2)}{match.group(2)}></script>"
