"""The mechanical checks of bench/actors_web.py: names, malformed verbs and page debris.

Kept apart from the runner so that each rule is written once, with its reason, and can be read
(and tested) without the saved pages.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

# The tree this file lives in, before the installed brief (an editable install may be another worktree's): a
# diagnosis that imports this module first (bench/kind_misses.py) must read this tree's brief, as actors_web does.
ROOT = str(Path(__file__).resolve().parents[1])
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from brief.actors.plural_holders import plural_name  # noqa: E402
from brief.model import Actor  # noqa: E402

# --- names -------------------------------------------------------------------------------------

# a backtick too: wire copy's TeX-style `quote', which brief shows curly ("`Atonement'" is "‘Atonement’")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "`": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def norm(text: str) -> str:
    """Case, curly quotes, dashes, spacing and a leading "the" aside: how a reader compares names."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES).casefold()
    text = re.sub(r"\s+", " ", text).strip(" .,:;'\"()[]")
    return re.sub(r"^the ", "", text)


def names_of(actor: Actor) -> set[str]:
    """An actor's name and aliases, normalised."""
    return {norm(n) for n in (actor.name, *actor.aliases)}


def matches(actor: Actor, names: Iterable[str]) -> bool:
    """Whether the actor is the entity the gold names (any of its accepted names)."""
    return bool(names_of(actor) & {norm(n) for n in names})


# --- malformed verbs -----------------------------------------------------------------------------

# A position summary starts with the cue's verb in the present ("says", "calls on", "warns").
# It is well formed when that first word is a real present form: one that lemminflect's
# dictionary (not its out-of-vocabulary rules) lists as the VBZ of one of the word's verb lemmas,
# a modal (which has no -s form), or the plural present of be, have or do (a plural holder: "fans
# are not fond of"); under people described in the plural ("loggers claim"), any verb's base form. A summary that keeps the cue's own words
# unchanged (a noun cue such as "disbelief at", or "according to") is also well formed: the
# check is that the summary's first word is the cue's first word. Anything else ("cits",
# "wents on", "awares of", "said:s", "persuads", "disbeliefs") is malformed.
_MODALS = frozenset("can could may might must shall should will would".split())
_PLURAL_PRESENT = frozenset("are have do".split())
"""The present of a plural holder ("fans | are not fond of", "lawyers | have to report"): a real form."""


def is_present_form(word: str, plural: bool = False) -> bool:
    """A real present verb form, by lemminflect's dictionary: the third person singular's, or with
    ``plural`` (a holder such as "loggers" or "Tory MPs") the base form too ("claim", "say")."""
    from lemminflect import getAllInflections, getAllLemmas  # type: ignore[import-untyped]

    if not re.fullmatch(r"[a-z]+(?:-[a-z]+)?", word):
        return False
    if word in _MODALS or word in _PLURAL_PRESENT:
        return True
    word = word.rsplit("-", 1)[-1]  # "flip-flops", "de-emphasizes": the dictionary lists the last part
    for lemma in getAllLemmas(word, upos="VERB").get("VERB", ()):
        if plural and word == lemma:
            return True
        if word in getAllInflections(lemma, upos="VERB").get("VBZ", ()):
            return True
    return False


def plural_holder(actor: Actor) -> bool:
    """Whether the actor is people described in the plural, whose list lines take the base form."""
    return actor.kind == "group" and plural_name(actor.name)


def malformed_verb(summary: str, cue: str, plural: bool = False) -> bool:
    """Whether a position summary's leading verb is not a real English present form (see above);
    ``plural``: the holder is people described in the plural, whose verb is the base form."""
    first = summary.split()[0] if summary.split() else ""
    cue_words = cue.split()
    if cue_words and first.casefold() == cue_words[0].casefold() and cue_words[0][:1].isalpha():
        return False  # the cue's own words, kept as they are
    return not is_present_form(first, plural)


# --- debris --------------------------------------------------------------------------------------

# Page furniture in a chosen (summary or briefing) sentence, by class. Each pattern is the form the
# class takes on news pages in general, not on one site.
DEBRIS: dict[str, re.Pattern[str]] = {
    # "KOBE –", "AUSTIN (KXAN) —", "(WSVN) -", "KVELLER via JTA —", "WEST PALM BEACH —": a place
    # or outlet in capitals, or a call sign in parentheses, or "X via Y", before a dash.
    "dateline": re.compile(
        r"^\s*(?:[A-Z][A-Z.'’]+(?:[ ,/]+[A-Z][A-Za-z.'’]*){0,4}\s*(?:\([^)]{1,30}\))?"
        r"|\([A-Z0-9][\w .'’/-]{1,30}\)"
        r"|[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,3} via [A-Z][\w.'’ ]{1,30})\s*[-–—]\s"
    ),
    # A time stamp or byline opening the sentence: "Posted: Thursday, April 21, 2022.",
    # "Latest update May 6th", "By Aaron Humes:", "Posted on". The stamp's word is followed by its
    # date, time, author or nothing: "Posted on social media by analysts, the clip …" is the story.
    "byline or time stamp": re.compile(
        r"^\s*(?:(?:posted|published|updated|last updated|latest update)\b(?:\s+on)?\s*:?"
        r"(?=\s*(?:$|\d|by\b|at\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|today\b|yesterday\b"
        r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d))"
        r"|by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*[:|])"
        # or a time stamp alone: a date in any order, with its weekday and clock time ("2022.8.9(Tue)
        # 8:15", "May 6, 2022 12:49 AM"), or a clock time alone ("12:49 AM ET")
        r"|^\s*(?:\w+,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
        r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}"
        r"|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})(?!\d)[\w ,:.()]{0,30}$"
        r"|^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{1,4})?\s*$",
        re.I,
    ),
    # Broadcast and page labels: "Anchor:", "Report:", "Image credit:", "Related:", "Watch:", and a
    # pointer to another story in brackets ("(RELATED: …)", "[More: …]").
    "label": re.compile(
        r"^\s*[(\[]?\s*(?:anchor|report|reporter|correspondent|host|presenter|caption|editor['’]?s note|watch|video"
        r"|listen|related|read more|read this|image credit|photo|picture|background)\s*:|^\s*[(\[]\s*more\s*:",
        re.I,
    ),
    # A web address or an embedded post's picture link left in the text ("… saying hummus.
    # pic.twitter.com/fob8W59IgP", "… at https://example.com/x"): link text, not prose.
    "link": re.compile(r"\bpic\.twitter\.com/\w|\bhttps?://\S"),
    # A table's cells as the text extraction writes them ("| Venue: | Town hall |"): a table's row, not a
    # sentence, or a layout table's cell marks left around one.
    "table cells": re.compile(r"^\s*\|\s|\s\|\s*$"),
    # Photo credits anywhere: "Photo: AP", "(Picture by Jameel Springer)", "Image credit: …",
    # "Getty Images", "AP Photo/…", "Featured image by", "Crédits photos".
    "photo credit": re.compile(
        r"\b(?:photo|image|picture|photograph)s?\s*(?:credit\s*)?(?::|by\b)\s*\S"
        r"|\bgetty images\b|\bap photo\b|\bfeatured image\b|\bcr[ée]dits? photos?\b|\((?:file|pictured)\)",
        re.I,
    ),
    # Template code left in the text: "{{ headline }}", "{% if %}", "${name}", tags. A tag is its
    # name in lower case and attributes ("<div class='x'>", "</p>", "<br/>"); angle brackets around a title
    # ("<The Palace: Tale of …>", as some sites quote a show's name) are the story's words.
    "template code": re.compile(
        r"\{\{|\}\}|\{%|%\}|\$\{|(?-i:</?[a-z][a-z0-9]*)(?:\s+[\w-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*\s*/?>",
        re.I,
    ),
    # Lines of program code from a tutorial's listing or a page's script: a statement ending in ";",
    # a block opened after a call ("if (x) {"), an arrow or a logical operator, a method call on an
    # object ("console.log(x)"), a declaration ("const total = 0", "def load(path"), a shell or
    # Python prompt ("$ pip install …", ">>> len(x)"). Prose ends on a full stop, writes "and" for
    # "&&", and names a call ("C++", "Node.js") without calling it.
    "code line": re.compile(
        r"[\w)\]'\"]\s*;\s*$|\)\s*\{|=>|&&|\|\||\b[a-z_$][\w$]*\.[a-z_$][\w$]*\([^()]*\)"
        r"|\b(?:var|let|const)\s+[\w$]+\s*=\s*\S|\b(?:def|function)\s+[\w$]+\s*\(|^\s*(?:\$|>>>)\s+\S"
    ),
    # Gaps where link text was dropped: "a lead in the state, but , notably", "said in a .",
    # "( )": a space before a comma or full stop, or an empty bracket.
    "link-text gap": re.compile(r"\w\s+[,;](?=\s)|\b(?:the|a|an|of|in|on|to|by|at|from|with)\s+[.,;](?:\s|$)|\(\s*\)"),
    # Promotions of the site itself: "Subscribe now to …", "Sign up for …", "download the … app".
    "site promotion": re.compile(
        r"^\s*(?:subscribe|sign up|click here|download (?:the|our)\b|follow us|join now|to view the full story)\b"
        # the page asking for comments ("Add your own in the comments."), a newsletter introducing itself
        r"|\b(?:your?|us)\b[^.!?\"“”]{0,60}\b(?:in|to) the comments\b|\bis an? (?:free )?(?:daily|weekly|monthly) newsletter\b",
        re.I,
    ),
}


def debris_in(sentence: str) -> list[str]:
    """The debris classes a chosen sentence carries (empty when it is clean)."""
    return [name for name, pattern in DEBRIS.items() if pattern.search(sentence)]
