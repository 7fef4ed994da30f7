"""Program code and leaked markup in a page's text: shown, never a story's sentence.

Two kinds of text that are not prose reach the extracted text. A page that shows code (a
programming blog, a story on an exploit) has its listings between its paragraphs; trafilatura
keeps them as lines of text. A broken page (its HTML escaped twice, a CMS field pasted raw) has
tags, attributes and entities in its prose ("<div class=…>", "&nbsp;", "href=…"). Neither may be
summarized or become an actor's position. They are told by their shape, not by a language's words:

- code: what statements look like in any C-like or scripting language (a line ending in ``;`` or
  ``{``, a call ``name(args)``, an assignment, ``) {``), a shell prompt, a comment marker;
- markup: a tag, an attribute written ``name="value"``, a character entity.

Extraction prunes listings (``<pre>`` and block ``<code>``, LISTING_XPATH) and strips the tags
out of a line of markup soup (``strip_markup``) so that its prose stays; what is left is caught
sentence by sentence (``is_code``, ``has_markup``: brief.ingest.furniture).
"""

from __future__ import annotations

import html as entities
import re
from html.entities import html5

# A listing is <pre> or a <code> element holding lines (a <br> or a line break), not inline code in
# a sentence ("run `make`"). A page whose whole story is one <pre> (a plain-text press release, an
# old page) keeps it: pruned only when it holds under this share of the body's text.
LISTING_MAX_SHARE = 0.5
LISTING_XPATH = (
    f"//pre[string-length(.) < {LISTING_MAX_SHARE} * string-length(//body)]"
    f" | //code[.//br or contains(., '\n')][not(ancestor::pre)][not(ancestor::p)]"
    f"[string-length(.) < {LISTING_MAX_SHARE} * string-length(//body)]"
)

# A tag: a lower-case name (case-sensitive: "<The Palace: Tale of …>" quotes a show's title) with
# attributes, or a closing tag; an attribute alone, name="value" with no space before the "=", as
# markup writes it and prose never does; a character entity by name or number.
_TAG = re.compile(r"</?[a-z][a-z0-9-]*(?::[a-z][\w-]*)?(?:\s+[\w:.-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*\s*/?>")
_ATTRIBUTE = re.compile(r"(?:^|\s)[a-z][\w:.-]*=(?:\"[^\"]*\"|'[^']*')", re.I)
_ENTITY_SHAPE = re.compile(r"&(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,6});", re.I)
# Elements whose content is never the page's prose: a frame's or a player's fallback ("Your browser
# does not support frames"), a script, a style sheet.
_NOT_PROSE_ELEMENT = re.compile(r"<(iframe|script|style|object|video|audio|noscript)\b.*?</\1\s*>", re.S)
# A line with this many tags (or any attribute) is markup soup: its tags are cut and its prose kept.
# One tag alone is more often prose naming an element ("wrap it in a <span>"), left to has_markup.
SOUP_MIN_TAGS = 2

# Shapes of code. Each alone is weak (prose has a "(" or an "=" now and then); code has several.
_STATEMENT_END = re.compile(r"[;{]\s*(?://.*)?$|^\s*[}\])][;,)]*\s*(?:$|[a-z}])")
_BLOCK_OPEN = re.compile(r"\)\s*\{|\b(?:else|try|finally|do)\s*\{")
_CALL = re.compile(r"\b(?=[\w$.]*[a-z])[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\([^()]*\)(?=\s*(?:[;{,)\].]|$|->|=>))")
_MEMBER_CALL = re.compile(r"\b(?=[\w$.]*[a-z])[A-Za-z_$][\w$]*\.[a-z_$][\w$]*\(")
_ASSIGN = re.compile(r"(?:^|[\s(])[A-Za-z_$][\w$.\[\]]*\s*(?:[-+*/%|&^!=:<>]?=|=>|->|\+\+|--)\s*[\w\"'(\[{~!-]")
_KEYWORD = re.compile(
    r"^\s*(?:(?:public|private|protected|static|final|const|let|var|def|fn|func|function|return|import|package"
    r"|void|int|bool|boolean|char|float|double|long|struct|enum|typedef|#include|#define|elif|foreach|lambda)\b"
    r"|(?:if|for|while|switch|catch)\s*\(|from\s+[\w.]+\s+import\b|class\s+\w+\s*[:({]|@\w+\s*(?:\(|$))"
)
# A programmer's name for a thing: snake_case ("count_words") or camelCase starting in lower case
# ("getInteger", "mDrawBorder"); brand names start with one lower-case letter ("iPhone", "eBay").
_IDENTIFIER = re.compile(r"\b[a-z][a-z0-9]*_[a-z0-9_]+\b|\b[a-z]{2,}[A-Z][a-z]\w*")
# A block's head in Python and its kin: a keyword, a condition, a colon at the end ("for char in word:").
_PY_BLOCK = re.compile(r"^\s*(?:if|elif|else|for|while|with|try|except|finally|def|class)\b[^.!?]*:\s*$", re.I)
_COMMENT = re.compile(r"(?:^|\s)(?://|/\*|\*/)(?:\s|$)|^\s*#!")
# A shell prompt or an interpreter's ("$ git clone …", ">>> print(x)", "C:\>"), or a command a
# tutorial has its reader type, in lower case at the line's start ("sudo apt-get install …").
_PROMPT = re.compile(
    r"^\s*(?:[$%]\s+[a-z][\w.-]*|>>>\s|[A-Z]:\\>|PS [A-Z]:\\|sudo\s+[a-z]"
    r"|(?:apt-get|apt|pip3?|npm|npx|yarn|brew|git|docker|kubectl|curl|wget|chmod|mkdir|cd|ls|cat|echo|export)\s+"
    r"(?:-{1,2}[a-z]|[~./$\"']|(?:install|uninstall|clone|run|add|commit|push|pull|init|build|get|update|upgrade|start"
    r"|exec|apply|remove|config|checkout|create)\b))"
)
# Characters that code is dense in and prose sparse: a line with at least this share of them among its
# non-space characters, and two shapes of code, is code. Prose sentences of the pages measured had
# at most ~4% (a bracket pair and a dash); code lines 8% and more.
_CODE_CHARS = re.compile(r"[{}()\[\];=+<>|&^~*/\\$#@]")
CODE_CHAR_SHARE = 0.08
# A line that only opens or closes a block ("rekt: {", "list: [", "]", "});"): a listing's, never prose's.
_BLOCK_LINE = re.compile(r"^\s*(?:[\w$.\"'-]+\s*[:=]?\s*[{\[(]|[\s{}\[\]();,]*[{}\[\]][\s{}\[\]();,]*)\s*$")
_ENDS_LIKE_PROSE = re.compile(r"[.!?\"”’'»]\)?\s*$")
# A style sheet's rule ("body { margin: 0; }", ".lede p { font-size: 16px }"): a property and its value in braces.
_STYLE_RULE = re.compile(r"\{\s*[a-z-]+\s*:\s*[^{}:;]+;")
# Shapes needed without the density; with a statement's end or an opened block, two are enough.
CODE_MIN_SHAPES = 3
_HINT = re.compile(r"[{}<>=]|&#?\w{2,8};|;\s*(?:$|//)|\w\(|^\s*(?:[$%]\s|>>>|sudo\s)")
"""Cheap test: a paragraph without any of these holds no code or markup (most do not: reading stays fast)."""


def _entity(text: str) -> bool:
    """Whether a character entity stands in the text ("&nbsp;", "&#8217;"; "Q&As;" names none)."""
    return any(m.group(0)[1] == "#" or m.group(0)[1:] in html5 for m in _ENTITY_SHAPE.finditer(text))


_HINT_CHARACTERS = "{}<>=;($%"
"""A character every ``_HINT`` alternative but "sudo" holds (an entity ends in ";", a call opens with "(", ">>>"):
a paragraph without any (~93% of a pile's) is not searched."""


def may_hold_code(paragraph: str) -> bool:
    """False only when no sentence of the paragraph can be code or markup."""
    hinted = any(map(paragraph.__contains__, _HINT_CHARACTERS)) or "sudo" in paragraph
    return bool(hinted and _HINT.search(paragraph) or _PROMPT.match(paragraph))


def has_markup(text: str) -> bool:
    """Whether the text carries a tag, an attribute or a character entity: markup, never prose."""
    return bool(_TAG.search(text) or _ATTRIBUTE.search(text) or _entity(text))


def is_code(text: str) -> bool:
    """Whether a line or sentence is program code or a command, by its shapes (see the module)."""
    if _PROMPT.match(text) or _BLOCK_LINE.match(text) or _STYLE_RULE.search(text):
        return True
    shapes = sum(
        bool(pattern.search(text)) for pattern in (_STATEMENT_END, _BLOCK_OPEN, _CALL, _MEMBER_CALL, _ASSIGN, _KEYWORD, _COMMENT,
                        _IDENTIFIER)
    )
    if shapes >= CODE_MIN_SHAPES:
        return True
    chars = len(re.sub(r"\s+", "", text))
    dense = chars > 0 and len(_CODE_CHARS.findall(text)) >= CODE_CHAR_SHARE * chars
    if shapes >= 2 and (dense or bool(_STATEMENT_END.search(text) or _BLOCK_OPEN.search(text))):
        return True
    prose_end = bool(_ENDS_LIKE_PROSE.search(text))
    if shapes >= 2 and not prose_end:
        return True  # "prev_char_was_vowel = False": a name and an assignment, no sentence's end
    if text[:1].islower() and not prose_end and (_KEYWORD.match(text) or _PY_BLOCK.match(text)):
        return True  # "import json", "return 1", "for char in word:": a sentence starts with a capital
    return shapes >= 1 and dense and not prose_end  # "count = count + 1", "print(total)"


def is_code_or_markup(text: str) -> bool:
    """Whether the text is code or carries markup: kept out of a story's sentences."""
    return may_hold_code(text) and (has_markup(text) or is_code(text))


def strip_markup(line: str) -> str:
    """A line of markup soup as its prose: entities decoded, tags cut ("<p>Rain fell.</p>" -> "Rain fell.").

    Only a line with SOUP_MIN_TAGS tags or an attribute is soup; the rest is returned as it is.
    """
    if "<" not in line and "&" not in line:
        return line
    decoded = entities.unescape(line) if _entity(line) else line
    if len(_TAG.findall(decoded)) < SOUP_MIN_TAGS and not (_TAG.search(decoded) and _ATTRIBUTE.search(decoded)):
        return decoded if decoded != line and not _TAG.search(decoded) else line
    prose = _TAG.sub(" ", _NOT_PROSE_ELEMENT.sub(" ", decoded))
    return re.sub(r"\s+([.,;:!?])", r"\1", re.sub(r"\s+", " ", prose)).strip()
