"""Transcripts and interviews whose paragraphs open with their speaker's label ("Thomas Malone: A
supermind is ...", "PENCE: Well, ..."): each such paragraph is that person's turn, and a label in
capitals that names no one the article names is still a turn (the interviewer's), so no name inside it
speaks there. Split from ``brief.actors.speakers``, which reads speakers the attribution model missed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from brief.actors.caps_transcripts import caps_guests
from brief.actors.headed_answers import headed_answers, shaped_as_name
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.named_labels import label_people
from brief.actors.role_labels import role_holder
from brief.actors.roundup_glosses import glossed_heading
from brief.actors.speakers import ENDED, MAX_NAME_WORDS, Continued
from brief.actors.turn_continuations import continued_turns
from brief.actors.whole_quotes import paragraph_end
from brief.model import Sentence

_UPPER = "A-ZÀ-ÖØ-ÞĆČĐĘŁŃŒŘŚŞŠŽŹŻĞİŐŰŮĚ"
_LOWER = "a-zß-öø-ÿćčđęłńœřśşšžźżğőűůě"
"""The letters of a European name ("NYSTRÖM", "Łukasz Wójcik"): a label in capitals keeps its accents."""
_CAPS_WORD = rf"(?:[{_UPPER}]{{2,}}(?:[-'’][{_UPPER}]+)*|[A-Z]\.)"
"""A name word of a transcript's label, written in capitals ("PENCE:", "MIKE PENCE:", "RENÉ DUVAL:")."""
_NAME_WORD = rf"(?:[{_UPPER}][{_LOWER}]+(?:[-'’][{_UPPER}]?[{_LOWER}]+)*|[A-Z]\.)"
"""A name word of a label in its own case ("Thomas Malone:", "Åsa Lindqvist:")."""
_TITLES = "SEN|REP|GOV|DR|MR|MRS|MS|GEN|SEC|PRES|AMB|PROF|REV|SENATOR|GOVERNOR|PRESIDENT|SECRETARY|JUDGE|MAYOR|HON|RT HON"
_LABEL_TITLE = rf"(?:(?:{_TITLES}|{_TITLES.title()})\.?\s+)?"
"""A title before a transcript's label ("SEN. MARIA DELGADO:", "Gov. Ada Quinn:"): who is speaking
is the name after it."""
MAX_OFFICE_WORDS = 6
"""Words of the office after a label's name ("MINISTER FOR HOUSING AND PUBLIC WORKS"); more is no label."""
_ASKED = re.compile(r"^[ \t]*Q[.:][ \t]+\S", re.MULTILINE)
"""A press conference's question ("Q. How special ..."): its transcript's answers are under their speaker's label."""
_LABEL = re.compile(rf"[\s\-–—•*]*[\"“]?{_LABEL_TITLE}({_NAME_WORD}(?: {_NAME_WORD}){{0,{MAX_NAME_WORDS - 1}}}"
                    rf"|{_CAPS_WORD}(?: {_CAPS_WORD}){{0,{MAX_NAME_WORDS - 1}}})"
                    rf"(?:,[ \t]+(?P<office>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{0,{MAX_OFFICE_WORDS - 1}}})|[ \t]+(?P<post>\([A-Z][^()\n]{{0,60}}\)))?\s*:\s+(?=\S)")
"""A paragraph's opening label: a name, in capitals in a transcript, after the quote mark that opens
each paragraph of a quoted transcript ("\"PENCE: Well, ..."), a mark the quotation's own rules keep; a
government's transcript writes the office after the name ("ANNA REID, PREMIER OF QUEENSLAND: Well, ..."), a
parliament's record in brackets ("Hon PETER ASHDOWN (Minister of Transport): Last week ..."), the name alone the
speaker."""


def labelled_paragraphs(text: str, sentences: Sequence[Sentence], index: MentionIndex) -> list[Continued]:
    """ "Thomas Malone: A supermind is a group ...", "Rick: At Axios, we're ...": an interview's
    paragraph opened by a person's name and a colon is that person's answer (to the paragraph's
    end). The name must be a person the article names (in full, or by the first or last word of a
    full name), so "Note:" or "Update:" are not speakers."""
    people = label_people(text, index.mentions)  # "PIET VANDERMOLEN:" of "our correspondent Piet Vandermolen", typed a body
    # a name a label gives an office to is a guest's under its bare label too ("Hon PETER ASHDOWN: ...")
    labels = [_opening_label(text, s) for s in sentences]  # once: the guests' and the turns' (each a paragraph search)
    guests = {x.group(1) for x in labels if x and (x.group("office") or x.group("post"))}
    guests |= caps_guests(text, labels)  # "KATE ODUM: ... | ODUM: ...": a transcript in capitals names them in its labels alone
    out: list[Continued] = []
    for k, (s, label) in enumerate(zip(sentences, labels)):
        if label is None:
            continue
        end = paragraph_end(text, s.start)
        if not ENDED.search(text[s.start : end]):
            continue  # "Annie Lowrey: California is becoming unlivable": a link to her piece, not an answer
        if glossed_heading(text, label.start(1), label.end(1), label.end()):
            continue  # "Bill Ballard: He teamed with ... | '...,' Ballard said": a round-up's heading and gloss
        caps = label.group(1).isupper()  # "PENCE" of Mike Pence, "MCCAIN" of John McCain
        name = label.group(1).lower() if caps else label.group(1)
        span = (label.start(1), label.end(1))
        whole = next((m for m in people if (m.start, m.end) == span), None)
        full = whole or next((m for m in people for known in [m.name.lower() if caps else m.name]
                              if known == name or name in (known.split()[0], known.split()[-1]) and " " in known), None)
        holder = role_holder(text, label.group(1), people) if full is None else None
        office = "office" if label.group("office") else "post" if label.group("post") else None
        span = (span[0], label.end(office)) if office else span  # the office is the label's too
        if holder is not None:  # "THE PRESIDENT:" of "Remarks of President Barack Obama", "Chief Executive:"
            named = Mention(s.article, s.index, span[0], span[1], holder, label.group(1), "person")
            out.append(Continued(named, k, (label.end(), end), span))
            continue
        if (full is None and caps and " " in label.group(1) and (_ASKED.search(text) or office or label.group(1) in guests)
                and shaped_as_name(label.group(1).title())):
            # "Q. ... | ADA ODUYA: It makes ...": a press conference's transcript names its guest in its labels alone
            # (as does "ADA ODUYA, PREMIER OF QUEENSLAND: ...", the office after the name)
            named = Mention(s.article, s.index, label.start(1), label.end(1), label.group(1).title(), label.group(1), "person")
            out.append(Continued(named, k, (label.end(), end), span))
            continue
        guest = next((g for g in guests if " " in g and g.split()[-1] == label.group(1)), None) if caps else None
        if full is None and guest is not None and shaped_as_name(guest.title()):
            # "BRENNAN VOSS, BYLINE: ..." then "VOSS: ...": the surname alone labels the same speaker's later turns
            named = Mention(s.article, s.index, label.start(1), label.end(1), guest.title(), label.group(1), "person")
            out.append(Continued(named, k, (label.end(), end), span))
            continue
        if full is None:
            continue
        out.append(Continued(whole or _label_mention(full, s, label), k, (label.end(), end), span))
    out += continued_turns(text, sentences, out, _opening_label)  # "Chief Executive: ... | On the tolls, ..."
    labelled = {c.sentence for c in out}  # "Idris Castell, Northvale manager" over his words, unless read already
    return out + [c for c in headed_answers(text, sentences, index) if c.sentence not in labelled]


def _opening_label(text: str, s: Sentence) -> re.Match[str] | None:
    """The label that opens the sentence's paragraph, in the sentence or just before it: a page's
    bold run-in label ("THE PRESIDENT:") is cut from the sentence as furniture but stays in the text."""
    paragraph = text.rfind("\n", 0, s.start) + 1
    label = _LABEL.match(text, paragraph)
    if label is None or (paragraph != s.start and label.end() != s.start):
        return None  # the sentence is not its paragraph's first, nor right after the label
    return label


def unnamed_turns(text: str, sentences: Sequence[Sentence], labels: Sequence[Continued]) -> list[tuple[int, int]]:
    """ "WALLACE: But, Governor Pence, ... as the Journal wrote, ...": in a transcript whose labels in
    capitals name its speakers, a paragraph under a label in capitals that names no one the article
    names is still one speaker's turn (the interviewer's), so no name inside it speaks there; so is one under
    a label most of whose turns ask ("VT: Opposition councillors want an audit. Will you agree?"): the
    interviewer's premise, whatever the label names (the paper's initials), is put to the guest, not held."""
    caps = any(text[x.label[0] : x.label[1]].isupper() for x in labels)
    # a known speaker's label whose turn a host relays whole ("BYLINE: The transit authority says ...") is no one else's
    named = {text[x.label[0] : x.label[1]] for x in labels}
    opened = [(s, label) for s in sentences if (label := _opening_label(text, s)) is not None
              and not any(x.label[0] == label.start(1) for x in labels) and text[label.start(1) : label.end()].rstrip(" \t:") not in named]
    turns = Counter(label.group(1) for _, label in opened)
    asked = Counter(label.group(1) for s, label in opened if _ends_asking(text[s.start : paragraph_end(text, s.start)]))
    asking = {name for name, n in asked.items() if n >= MIN_ASKING_TURNS and n * 2 > turns[name]}
    return [(s.start, paragraph_end(text, s.start)) for s, label in opened
            if caps and label.group(1).isupper() or label.group(1) in asking]


def _label_mention(full: Mention, s: Sentence, label: re.Match[str]) -> Mention:
    """The label as a mention of the person it names ("Rick" of Rick Terrill)."""
    start = label.start(1)
    surface = label.group(1)
    if surface.isupper():  # a transcript's "PENCE" is written as the article writes the name: "Pence"
        surface = next((w for w in full.name.split() if w.lower() == surface.lower()), full.name)
    return Mention(full.article, s.index, start, start + len(label.group(1)), full.name, surface, "person")


MIN_ASKING_TURNS = 2
"""Labelled turns of one speaker that must end in a question mark, most of theirs, to make them the one who asks:
a guest's one rhetorical question ("Who pays for that?") does not."""


def answered_turns(text: str, labels: Sequence[Continued]) -> list[Continued]:
    """``labels`` less the interviewer's questions ("Hunt: The government wants 1.5 million new homes. Should some of
    them not be built?"): a question is put, not a position taken. The interviewer is a speaker most of whose turns
    end in a question mark."""
    asked = Counter(c.mention.name for c in labels if _asks(text, c))
    turns = Counter(c.mention.name for c in labels)
    asking = {name for name, n in asked.items() if n >= MIN_ASKING_TURNS and n * 2 > turns[name]}
    return [c for c in labels if not (c.mention.name in asking and _asks(text, c))]


def _asks(text: str, turn: Continued) -> bool:
    """Whether a turn ends in a question mark (a closing quote or bracket may follow it)."""
    return _ends_asking(text[turn.span[0] : turn.span[1]])


def _ends_asking(turn: str) -> bool:
    return turn.rstrip().rstrip("”\"’')").endswith("?")
