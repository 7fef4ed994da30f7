"""Content: rules over quote marks and clause structure that pick the reported material for a cue.

The material lies before or after the cue, follows quotes across sentences, and stops before a
coordinated clause with its own attribution.
"""

from __future__ import annotations

from brief.actors.attribution.document import QUOTES, Doc
from brief.actors.attribution.inserted_asides import past_inserted_aside
from brief.actors.attribution.medium_occasions import past_medium_occasion
from brief.actors.attribution.medium_participles import past_medium_participle
from brief.actors.attribution.medium_places import past_medium_place
from brief.actors.attribution.medium_relatives import past_medium_relative
from brief.actors.cues import lemma
from brief.actors.fronted_content_phrases import opens_fronted_phrase
from brief.actors.phrasing import inflected_verb, is_noun


def _trim(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """Drop leading/trailing commas, colons, dashes and a sentence-final period."""
    while a < b and doc.raw[a] in _EDGE:
        a += 1
    while b > a and doc.raw[b - 1] in _EDGE + (".",) and not _closes_own(doc, a, b - 1):
        b -= 1
    return a, b


def _closes_own(doc: Doc, a: int, k: int) -> bool:
    """Whether token ``k`` is a ")" that closes a "(" opened within the content: "for 11 billion euros ($12
    billion), the companies said" keeps its bracket whole, where a stray one is edge punctuation."""
    return doc.raw[k] == ")" and doc.raw[a:k].count("(") > doc.raw[a:k].count(")")


_EDGE = (",", ":", ";", "-", "—", "–", "(", ")")


def _extend_quote(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """Grow [a, b) to whole quotations: back to the opening mark, on to the closing mark."""
    p0, p1 = doc.para_bounds[doc.para[a]]
    if doc.inq[a] or (a < len(doc.words) and doc.qclose[a]):
        k = a
        while k > p0 and not doc.qopen[k]:
            k -= 1
        if doc.qopen[k]:
            a = k
    last = b - 1
    if last >= a and (doc.inq[last] or doc.qopen[last]):
        k = last
        while k < p1 - 1 and not doc.qclose[k]:
            k += 1
        if doc.qclose[k]:
            b = k + 1
    return a, b


# Cues whose object or adverbial may stand between them and a "that" clause ("told reporters that").
_OBJ_THAT = frozenset(
    lemma(w)
    for w in "tell told warn remind assure inform promise complain say add note write tweet argue insist explain "
    "announce state claim acknowledge admit concede stress emphasize testify".split()
)
_ADDRESSED = frozenset(lemma(w) for w in "tell told warn remind assure inform promise".split())
"""Cues whose object before "that" is whom they address ("told lawmakers gathered in Rome that"): for the
others a verb before "that" shows the reported clause has begun ("said the hall needed repairs that ...")."""
_ADVERBIAL_OPENERS = frozenset("as when while whilst after before since because although though once until".split())
"""Subordinators opening a fronted adverbial clause, which a content left of its cue never is alone."""
_WHEN = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight on late early earlier "
    "last this week weekend month year morning afternoon evening night".split()
)


def _addressee_only(doc: Doc, c0: int, c1: int, a: int, b: int) -> bool:
    """ "“...,” Arafat later told the crew in the lounge.": after "told" only whom he told, no clause."""
    return any(doc.lemmas[k] == _TELL for k in range(c0, c1)) and not any(
        doc.words[k] in ("that", ":") or doc.raw[k] in QUOTES or doc.words[k] in _VERBISH for k in range(a, b)
    )


_TELL = lemma("told")
_OCCASION = frozenset("after before during following ahead amid upon".split())
"""Words that open the occasion a frame after its content names ("..., the minister said after a meeting with
labour leaders", "..., the president said during a visit to the border region"). Not "in", "at" or "as", which
open a cue's own object as often ("expressed confidence in the winger", "voiced concern at the move")."""


def _occasion_only(doc: Doc, a: int, b: int) -> bool:
    """Whether the words after a closing frame's cue (from ``a``, past its time words) are only the occasion it
    was said on: a phrase opened by ``_OCCASION`` with no finite verb, "that", colon or quotation, so the
    content is the clause before the frame, as it is when nothing follows the cue."""
    k = _past_when(doc, a, b)
    return doc.words[k] in _OCCASION and not any(
        doc.words[j] in ("that", ":") or doc.raw[j] in QUOTES or doc.words[j] in _VERBISH for j in range(k, b)
    )


_MEDIA = frozenset("statement report release interview letter post message speech video briefing filing note email "
                   "tweet podcast broadcast review survey study update".split())
"""Nouns of the medium a statement was made in ("..., UNEP said in its annual Emissions Gap Report on Thursday")."""
MEDIUM_WORDS = 8
"""Words from "in" to the medium's noun ("in its annual Emissions Gap Report"); more is a clause of its own."""


def _medium_only(doc: Doc, a: int, b: int) -> bool:
    """Whether the words after a closing frame's cue are only the medium it was said in and when: "in" (or
    "during"), a noun phrase ending in a medium's noun, then time words alone ("said in its annual Emissions Gap
    Report on Thursday"), so the content is the clause before the frame."""
    k = _past_when(doc, a, b)
    if doc.words[k] not in ("in", "during") and not (k == a and a > 0 and doc.words[a - 1] == "in"):
        return False  # the cue may hold the "in" itself ("said in" + "a statement on its channel")
    noun = next((j for j in range(k + 1, min(b, k + MEDIUM_WORDS + 1)) if doc.lemmas[j] in _MEDIA), None)
    if noun is None or any(doc.raw[j] in QUOTES or doc.words[j] in _VERBISH for j in range(k, noun)):
        return False
    after = past_medium_place(doc, past_medium_participle(doc, past_medium_relative(doc, noun + 1, b), b), b)  # "a report released on its website"; "a letter that was filed Tuesday"
    rest = [j for j in range(past_medium_occasion(doc, after, b), b)
            if doc.words[j] not in _WHEN and doc.raw[j] not in (".", ",", "!", "?")]
    return not rest


MAIN_CLAUSE_TOKENS = 3
"""Fewest tokens after a fronted clause's comma that make a main clause of the content ("winds should remain"),
not an adverb set off ("Because X, though, he told")."""


def _main_after_fronted(doc: Doc, a: int, b: int) -> bool:
    """Whether a main clause follows the comma closing a fronted adverbial clause in ``a:b``."""
    commas = [k for k in range(a, b) if doc.raw[k] == ","]
    return bool(commas) and (commas[1] if len(commas) > 1 else b) - commas[0] - 1 >= MAIN_CLAUSE_TOKENS


def _past_when(doc: Doc, k: int, end: int) -> int:
    """The first token at or after ``k`` that is not part of a time phrase ("said Tuesday, a move
    that ..." ends the attribution as surely as "said, ...")."""
    while k < end - 1 and doc.words[k] in _WHEN:
        k += 1
    return k


_ADVERBIAL = frozenset("on in at during after before last this earlier later yesterday today privately publicly".split())
_VERBISH = frozenset("is was are were has have had will would can could may might be been".split())
"""Finite verbs that show a span holds a clause. Not ``lexicon.AUXILIARY_VERBS``: without "being"
(a participle, no clause), "do" forms, "shall", "should" and "must" — the set the content rules
were tuned with (python bench/attribution_polnear.py); widening it is a change to measure."""
_TO_THEN_THAT = frozenset(lemma(w) for w in "confirm confirmed deny denied reveal revealed disclose disclosed".split())
"""Cues whose hearer may stand between them and "that" ("confirmed to The Verge that ...", "denied to reporters
that ..."): what was said starts at "that", not at "to"."""
_ISSUED_PAPERS = frozenset("statement release letter message note post report".split())
"""Nouns of what a speaker put out, which a participle may follow as its modifier ("a statement carried by the
official news agency", "a letter sent to staff") before the cue's "that": no clause of what was said."""
_PARTICIPLE_PREPOSITIONS = frozenset("by on to in via through from at".split())


def _paper_participle(doc: Doc, k: int) -> bool:
    """ "carried" of "said in a statement carried by the news agency that": a past participle after a paper's noun
    and before a preposition modifies the paper; "said the report showed that" (no preposition) is a clause."""
    return (doc.words[k - 1] in _ISSUED_PAPERS and k + 1 < len(doc.words) and doc.words[k + 1] in _PARTICIPLE_PREPOSITIONS
            and (doc.words[k].endswith("ed") or doc.words[k] in ("sent", "written", "put", "given", "made")))
_LEAD_PREP = frozenset({"about", "of", "for", "on", "at"})
_BOUND_WORDS = frozenset({"least", "most"})
"""Words after "at" that make it a bound on the amount, not a preposition to drop ("wants at least $1 trillion")."""
_CUT_AFTER_COMMA = frozenset(
    "and who whose particularly especially including adding saying noting".split()
)


def _cut_right(doc: Doc, a: int, b: int) -> int:
    """End of content that starts at ``a``: before a trailing clause outside quotes.

    Cuts at "; — [" and at a comma opening a coordinated, relative or participial clause
    (", and ...", ", who ...", ", telling ..."), but not at ", and that ..." (still reported).
    """
    depth = 0
    for k in range(a + 1, b):
        t = doc.raw[k]
        depth += (t == "(") - (t == ")")
        if doc.inq[k] or doc.qopen[k] or doc.qclose[k] or depth > 0 or t == ")":
            continue
        if (t in (";", "—", "–", "[") and not _number_range(doc, k)) or (t == "-" and doc.spans[k][0] > doc.spans[k - 1][1]):
            return k
        if t == "," and k + 1 < b:
            nxt = doc.words[k + 1]
            if nxt in _CUT_AFTER_COMMA or (doc.shapes[k + 1] == "x" and nxt.endswith("ing") and len(nxt) > 5):
                if not (k + 2 < b and doc.words[k + 2] == "that" and nxt == "and") and not _serial_and(doc, a, k, b):
                    return k
    return b


def _number_range(doc: Doc, k: int) -> bool:
    """Whether the dash ``k`` joins two numbers written against it ("by 7–10% from peak levels"): a range."""
    return (0 < k < len(doc.words) - 1 and doc.shapes[k - 1] == "d" and doc.shapes[k + 1][:1] == "d"
            and doc.spans[k][0] == doc.spans[k - 1][1] and doc.spans[k + 1][0] == doc.spans[k][1])


LIST_ITEM_TOKENS = 4
"""Longest item of a list around a serial comma ("the NHL, MLB, and NBA", "writers, artists, and
sound engineers"): a few words with no verb; longer, the comma more likely joins two clauses."""


def _serial_and(doc: Doc, a: int, k: int, b: int) -> bool:
    """Whether ", and" at token ``k`` closes a list with a serial comma ("surpass the NHL, MLB, and
    NBA"): the item before it follows another comma and holds no verb, nor does the item after it,
    which runs to the content's end or to the next mark. Not "prices rose, and investors sold"."""
    j = next((i for i in range(k - 1, a, -1) if doc.raw[i] == ","), None)
    if doc.words[k + 1] == "and" and j == k - 2 and k + 2 < b and doc.shapes[k - 1] == doc.shapes[k + 2] == "d":
        return True  # "Sections 21, 24, and 26 of the bill are ...": numbers listed, however long the last item runs
    if doc.words[k + 1] != "and" or j is None or not 0 < k - j - 1 <= LIST_ITEM_TOKENS or _clause_words(doc, j + 1, k):
        return False
    end = next((i for i in range(k + 2, b) if not doc.raw[i][:1].isalnum() and doc.raw[i] not in ("'", "’", "-")), b)
    return 0 < end - k - 2 <= LIST_ITEM_TOKENS and not _clause_words(doc, k + 2, end)


_COORD = frozenset({"and", "but", "while", "whereas", ";", ","})


def _clause_words(doc: Doc, a: int, b: int) -> bool:
    """Whether tokens [a, b) hold a verb, as a clause does ("the meeting deteriorated", "did not go"), not
    only names and their description ("The authors, Ada Bartz, Carl Graeber and Kirk Johnson")."""
    return any(doc.words[k] in _VERBISH or doc.words[k] in ("did", "does", "do")
               or (doc.shapes[k] == "x" and doc.words[k].endswith("ed")) for k in range(a, b))


def _participle_aside(doc: Doc, hi: int, a: int, b: int) -> bool:
    """Whether the words after a frame's comma are a participle of the speaker's (", he said, swiping at X whose
    cuts caused turmoil"), not a gerund that is the reported clause's subject (", he said, replacing her would be
    much harder"): no finite verb before a relative word or comma ends the participle's phrase."""
    if doc.raw[hi] != "," or doc.shapes[a] != "x" or not doc.words[a].endswith("ing") or doc.words[a] == "according":
        return False
    for k in range(a + 1, b):
        if doc.words[k] in _VERBISH:
            return False
        if doc.words[k] in _RELATIVES or doc.words[k] == "that" or doc.raw[k] in (",", ";"):
            return True
    return True


def _starts_clause(doc: Doc, k: int) -> bool:
    """Whether token ``k`` opens a new attribution-like clause ("adding", "according to", a cue)."""
    w = doc.words[k]
    return (doc.shapes[k] == "x" and w.endswith("ing")) or w in ("according", "and", "but", "who", "which")


OPENER_TOKENS = 4
"""Longest opener before a source that opens its sentence ("Last night,", "On Monday,")."""
_RELATIVES = frozenset("who whose which".split())


def _aged(doc: Doc, k: int, lo: int) -> bool:
    """Whether ", <age>," follows token ``k`` before ``lo`` ("Ann Lee, 71, whose ...")."""
    return k + 3 < lo and doc.raw[k] == "," and doc.words[k + 1].isdigit() and doc.raw[k + 2] == ","


def _awaiting_that(doc: Doc, a: int, block: int) -> bool:
    """ "reiterated that he saw them as separate but that in hindsight, he understood why ...": a "that" with no verb
    after it yet before the next cue's source opens the clause that source is the subject of, so the next cue is
    inside the content, not a clause coordinated with it."""
    last = next((k for k in range(block - 1, a - 1, -1) if doc.words[k] == "that"), None)
    return last is not None and last > a and doc.words[last - 1] in ("but", "and") and not _clause_words(doc, last + 1, block)


def _opening_subordinate(doc: Doc, a: int, block: int) -> bool:
    """ "stated that while the index shows a recovery, spending remains weak": a "while" or "whereas" that opens the
    content (after its "that") fronts a clause inside it; the next cue's source is that clause's subject, and the
    content goes on past it to the main clause, not a second statement coordinated with the first."""
    return block - 1 > a and doc.words[block - 1] in ("while", "whereas") and all(doc.words[k] == "that" for k in range(a, block - 1))


def _relative_after_source(doc: Doc, c1: int, src: tuple[int, int] | None, hi: int) -> bool:
    """ "..., said Ada Lee, who heads the Steel Council, a group that has praised the quotas": after a source that
    follows its cue, "that" (or "which", "who") opens a clause describing the source's last noun, not what was
    said; an inverted "said Ada Lee" takes no "that" clause of its own. Not after a verb the source span ran on
    to ("said Mr. Kamin, who emphasized that ..."): that "that" opens the verb's own clause."""
    return (src is not None and src[0] >= c1 and hi == src[1] and hi < len(doc.words) and doc.words[hi] in _THAT_RELATIVES
            and not _verb_of_its_own(doc.words[hi - 1]))


_THAT_RELATIVES = frozenset("that which who whose".split())
"""Words that open a relative clause right after an inverted source's description."""


def find_content(
    doc: Doc, c0: int, c1: int, src: tuple[int, int] | None, nxt: tuple[int, int, tuple[int, int] | None] | None = None
) -> tuple[int, int] | None:
    """Token range of the content of cue [c0, c1) with source ``src`` (rules, see module doc).

    ``nxt`` is the next cue in the sentence with its source: content stops before a
    coordinated clause with its own attribution ("X warned ..., and Y threatened ...").
    """
    s0, s1 = doc.sent_bounds[doc.sent[c0]]
    lo, hi = c0, c1
    if src and doc.sent[src[0]] == doc.sent[c0] and (src[1] >= c0 - 4 and src[0] <= c1 + 4):
        lo, hi = min(lo, src[0]), max(hi, src[1])
    # "According to X, ..." / "..., according to X."
    if doc.lemmas[c0] == "accord" and src:
        hi = max(hi, src[1])
    left = _trim(doc, s0, lo)
    right = _trim(doc, hi, s1)
    # skip a short object between the cue and the content ("told reporters that", "said in a statement")
    rl = right[1] - right[0] - (right[1] > right[0] and doc.raw[right[1] - 1] == ")")  # a kept bracket adds no word
    ll = left[1] - left[0]
    before = doc.raw[lo - 1] if lo > s0 else ""
    left_closed = before in (",", "—", "–") or (lo > s0 and doc.qclose[lo - 1])
    starts_quote = (doc.inq[s0] or doc.qclose[s0]) and lo > s0
    # "Hamas, whose envoys returned to Qatar, said it would ...": the left is the source and its
    # apposition, not what was said
    unquoted_left = not any(doc.qopen[k] or doc.inq[k] or doc.qclose[k] for k in range(left[0], lo))
    source_first = src is not None and src[0] <= left[0] < src[1] < lo and rl >= 1 and unquoted_left
    # "Meanwhile, in Rafah, officials said the crossing was shut": a clause after the cue is what
    # was said; the phrase before the source is where or when
    first_comma = next((k for k in range(*right) if doc.raw[k] == ","), right[1])
    clause_after = (src is not None and src[1] == c0 and unquoted_left and rl >= 3
                    and doc.words[right[0]] not in _WHEN
                    and doc.raw[hi] not in ("—", "–")  # "... — it will cost X, analysts said — and ...": the dash closes it
                    and not _participle_aside(doc, hi, *right)  # "..., he said, swiping at X": his aside
                    and any(doc.words[k] in _VERBISH or doc.words[k] == "that" for k in range(right[0], first_comma)))
    # "Last night, senior MP Neil Parish, who has led one rebellion, urged the Government to
    # compromise": the left is a short opener, the source and its relative clause
    # (an age may stand between the name and its clause: "Ann Lee, 71, whose son ...")
    clause = src[1] + 2 if src is not None and _aged(doc, src[1], lo) else src[1] if src is not None else 0
    source_inside = (src is not None and left[0] <= src[0] and clause < lo and src[0] - left[0] <= OPENER_TOKENS
                     and rl >= 1 and unquoted_left and doc.raw[clause] == "," and doc.words[clause + 1] in _RELATIVES)
    source_first = source_first or clause_after or source_inside
    # "The authors, Andrea Bartz, Charles Graeber and Kirk Wallace Johnson, are seeking damages": the words
    # before the cue hold its source, so they are who, not what
    source_first = source_first or (src is not None and left[0] <= src[0] and src[1] <= left[1] and rl >= 1
                                    and unquoted_left and not _clause_words(doc, *left))
    # "As the EU cuts quotas, he spoke to us about ...": a fronted adverbial clause is when or why, not what was said,
    # unless the statement goes on after its cue ("If the demands are not met, he warned, supporters will leave")
    fronted = (doc.words[left[0]] in _ADVERBIAL_OPENERS and unquoted_left
               and not (rl >= 3 and hi < s1 and doc.raw[hi] == ",")
               and not _main_after_fronted(doc, *left))  # "Although X, winds should remain ..., forecasters said"
    if ll >= 2 and (left_closed or starts_quote) and not source_first and not fronted and (
        rl <= 6 or doc.raw[_past_when(doc, hi, s1)] == "," or _addressee_only(doc, c0, c1, hi, s1)
        or _occasion_only(doc, hi, s1) or _medium_only(doc, hi, s1) or _relative_after_source(doc, c1, src, hi)
    ):
        a, b = _extend_quote(doc, *left)
        if hi < s1 - 1 and doc.raw[hi] == "," and hi + 1 < s1 and doc.qopen[hi + 1]:
            b = _extend_quote(doc, hi + 1, hi + 2)[1]
        elif rl >= 3 and doc.raw[hi] == "," and not _starts_clause(doc, right[0]):
            # interrupted content: "If the demands are not met, he warned, supporters will leave"
            b = _extend_quote(doc, right[0], _cut_right(doc, right[0], right[1]))[1]
        elif doc.qopen[a] and s1 < len(doc.words) and doc.para[s1] == doc.para[c0] and doc.qopen[s1] and rl <= 4:
            # '"First," he said. "Second."' - the quote goes on after the attribution
            b = _extend_quote(doc, s1, s1 + 1)[1]
        return a, b
    if ll == 0 and s0 > 0 and doc.qclose[s0 - 1] and doc.para[s0 - 1] == doc.para[c0] and (
        rl <= 4 or _addressee_only(doc, c0, c1, hi, s1)
    ):
        # “... all his life he been hunting.” Deyal told this newspaper. - the quote just before
        return _extend_quote(doc, s0 - 2, s0)
    if rl >= 1:
        a, b = right
        if a < len(doc.words) and doc.qopen[a]:
            return _extend_quote(doc, a, max(a + 1, b))
        if nxt and a < nxt[0] < b and not _joined_gerund(doc, c1, nxt[0], a):
            n0, _, nsrc = nxt
            block = nsrc[0] if nsrc and hi < nsrc[0] < n0 else n0
            if (block > a and doc.words[block - 1] in _COORD and not _awaiting_that(doc, a, block)
                    and not _opening_subordinate(doc, a, block)):
                b = block
                while b > a + 1 and doc.words[b - 1] in _COORD:
                    b -= 1
        if ((doc.lemmas[c0] in _OBJ_THAT or doc.words[a] in _ADVERBIAL or doc.words[a] == "to" and doc.lemmas[c1 - 1] in _TO_THEN_THAT)
                and doc.raw[a - 1] != ":"):
            addressed = doc.lemmas[c0] in _ADDRESSED
            for k in range(a, min(b - 1, a + 12)):  # not after a colon: "said: 'We ... deals that work'"
                if doc.raw[k] in QUOTES or doc.raw[k] in (",", ";", "(", ")") or doc.words[k] in _VERBISH:
                    break
                if (k > a and not addressed and doc.raw[k].islower() and _verb_of_its_own(doc.words[k])
                        and not _paper_participle(doc, k)):
                    break  # "said the hall needed repairs that the council could not afford": a clause already;
                    # not "said in a statement carried by the IRNA news agency that": the statement's participle
                if k > a and doc.words[k] in ("and", "or", "but") and doc.words[k + 1] == "that":
                    break  # "said the price undervalued the company and that it would vote against": two clauses
                if doc.words[k] == "that":
                    a = a if k > a and _verb_of_its_own(doc.words[k - 1]) else k
                    break
        a = _past_addressee(doc, c0, c1, a, b)  # "told reporters the bloc was ready": what, not whom
        if (b - a > 1 and doc.words[a] in _LEAD_PREP and doc.words[a + 1] not in _BOUND_WORDS
                and not opens_fronted_phrase(doc, a, b)):  # "said for now, the plant would stay": all of it
            a += 1
        b = past_inserted_aside(doc, c0, c1, a, _cut_right(doc, a, b), b)  # "said envoys, including X, ... should"
        return _extend_quote(doc, a, b)
    if ll >= 1:
        return _extend_quote(doc, *left)
    return None


_ADDRESSEE_DETERMINERS = frozenset("the a an his her their its our".split())
_OBJECT_PRONOUNS = frozenset("him her them us me you".split())
_SUBJECT_OPENERS = frozenset("the a an his her their its our my this these those he she it they we i there no some "
                             "all every".split())
"""Words that open the told clause's subject after its addressee ("told reporters the bloc ...", "... he had")."""
MAX_ADDRESSEE_NAME = 4
"""Capitalised words of an addressee's name ("The Associated Press", "the House of Commons" is cut at "of")."""
CLAUSE_REACH = 8
"""Tokens after the addressee within which the told clause shows a finite verb ("the bloc was", "prices in the
euro zone would"); set by hand."""


def _past_addressee(doc: Doc, c0: int, c1: int, a: int, b: int) -> int:
    """Where what was told starts when "told" is followed by whom it was told to, with no "that": "told reporters
    the bloc was ready", "told the BBC he had no plans", "told Reuters on Monday prices would rise". The
    addressee (a pronoun, one lower-case noun, or a capitalised name, after a determiner or none; then time
    words) is skipped when a subject opens next (a determiner, a subject pronoun or a capital) and a finite verb
    follows within ``CLAUSE_REACH`` tokens, with no comma or quotation first ("told him to leave" is a demand
    with its addressee in it); or a comma and a quotation follow it ("told me, “...”"). ``a`` otherwise."""
    if not any(doc.lemmas[k] == _TELL for k in range(c0, c1)) or a != c1:
        return a
    k = a
    if doc.words[k] in _OBJECT_PRONOUNS:
        k += 1
    else:
        if doc.words[k] in _ADDRESSEE_DETERMINERS:
            k += 1
        if k < b and doc.shapes[k] == "x" and doc.words[k] not in _VERBISH:
            k += 1
        else:
            start = k
            while k < b and k - start < MAX_ADDRESSEE_NAME and doc.raw[k][:1].isupper():
                k += 1
            if k == start:
                return a
    k = _past_when(doc, k, b) if k < b and doc.words[k] in _WHEN else k
    if k + 1 < b and doc.raw[k] in (",", ":") and doc.raw[k + 1] in QUOTES:
        return k + 1  # "told me, “The companies ...”": the quotation, past whom it was told to
    if k >= b or not (doc.words[k] in _SUBJECT_OPENERS or doc.raw[k][:1].isupper()):
        return a
    for j in range(k, min(b, k + CLAUSE_REACH)):
        if doc.raw[j] in (",", ";", ":") or doc.raw[j] in QUOTES:
            return a
        if doc.words[j] in _VERBISH or doc.words[j] in ("did", "does", "do", "must", "should"):
            return k
    return a


def _verb_of_its_own(word: str) -> bool:
    """Whether the word before a "that" is a verb the dictionary knows as no noun ("said the offer showed that
    ..."): the "that" opens that verb's clause, inside what was said, not the cue's after its object ("told
    reporters that")."""
    return inflected_verb(word) and not is_noun(word)


def _joined_gerund(doc: Doc, c1: int, n0: int, a: int) -> bool:
    """Whether the next cue is a gerund joined by "and"/"or" to a finite cue's content ("says the plan of
    moving them into hotels and asking them to stay in is ..."): it continues a gerund phrase of the
    content's subject, not a second act of the source, which would be finite ("blamed ... and said"); "and
    according to X" opens another source's clause. Not where the content (from ``a``) is itself a gerund
    ("suggested looking at ... and asking yourself"): both gerunds are the cue's objects, each with its cue."""
    return (doc.shapes[n0] == "x" and doc.words[n0].endswith("ing") and doc.words[n0 - 1] in ("and", "or")
            and doc.words[n0] != "according" and not doc.words[c1 - 1].endswith("ing")  # "and according to X": X's
            and not doc.words[a].endswith("ing"))


def _outside_cue(
    doc: Doc, content: tuple[int, int], cue: tuple[int, int], src: tuple[int, int] | None
) -> tuple[int, int]:
    """A content that runs over its own cue ends before it when the cue closes the statement:
    after a quotation (“A,” they said, under article 21) or with the source after the cue (“A,”
    said X, president of Y). A parenthetical cue ("The test, X said, was its biggest") or a quote
    that resumes (“A,” X said. “B.”) keeps the whole span, as annotators mark such contents."""
    ca, cb = content
    c0, c1 = cue
    if not ca < c0 < cb:
        return content
    inverted = src is None or src[0] >= c1
    start = c0 if src is None or inverted else min(c0, src[0])
    after = max(c1, src[1]) if src else c1
    k = start - 1
    while k > ca and doc.raw[k] == ",":
        k -= 1
    if not (inverted or doc.qclose[k]) or any(doc.qopen[j] for j in range(after, cb)):
        return content
    while start > ca + 1 and doc.raw[start - 1] in (",", "—", "–", "-", ";", ":"):
        start -= 1
    return ca, start
