"""What a headline says its speaker says: "Ada Quinn: Council ‘Failed Every Tenant’", "Quinn Says Rents Will
Fall", "Quinn to Tenants: We Will Not Move".

Why: a political page's headline is often its speaker's words under their name and a colon, or a title-case
"X Says ...". The headline is no sentence of the article (the splitter leaves it out, and a loader may drop
the line from the text), so the attribution model never reads it, and a statement the whole article reports
went to no one. ``headline_quotes`` reads a quotation framed there; this reads the colon and the bare "says".
Only a speaker the body names as the headline does (the full name, or the surname of the one person of that
surname), so a kicker ("The Latest:", "Poll:", "Exclusive:") or a body's label is left alone; and not when a
position already holds the words (a headline kept as a sentence is the model's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from brief.actors.content_case import sentence_case
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.phrasing import summary_line
from brief.model import Article, Position, Sentence

HEADLINE_CUE = "says"
"""The cue a headline's statement is listed with: a headline writes every frame in the present."""
MIN_CONTENT_WORDS = 3
"""Words a headline's statement holds at least: fewer are a topic ("Trump: The Interview")."""
MAX_SPEAKER_WORDS = 5
"""Words before the colon or the verb that can name the speaker with a title ("McCain Challenger Kelli Ward")."""
MAX_ADDRESS_WORDS = 10
"""Words of what the speaker speaks to or about before the colon ("Obama to Asians Worried About U.S. Election:")."""

_NAME_WORD = r"(?!(?:To|On|At|Of|For|About|In|With|And|Over|Vs|The|An?)\b)[A-Z][\w'’.-]*"
"""A word of the speaker's name or title: not a title-case preposition ("CNN President On Trump": Trump is the topic),
nor an article ("The One to Watch:" names no one)."""
_COLON = re.compile(rf"(?P<who>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,{MAX_SPEAKER_WORDS - 1}}})"
                    rf"(?P<to>\s+(?:[Tt]o|[Oo]n|[Aa]t)\s+[^:;]+?)?\s*:\s+(?P<said>.+)")
"""'Speaker: statement', and 'Speaker to/on/at whom or what: statement'."""
_SAYS = re.compile(rf"(?P<who>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,{MAX_SPEAKER_WORDS - 1}}})\s+"
                   r"(?:[Ss]ays|[Ww]arns|[Ii]nsists|[Cc]laims|[Aa]dmits|[Pp]redicts|[Aa]rgues|[Dd]eclares)"
                   r"(?:\s+[Tt]hat)?\s+(?P<said>.+)")
"""'Speaker Says statement' (a headline's verb of saying; not "Calls" or "Slams", whose object is a target)."""
_CIRCUMSTANCE = re.compile(r"\s+(?:As|After|Amid|While|Following|Ahead\s+Of)\s+.*")
"""What is happening as a title-case "X Says" headline's speaker speaks ("... As He Announces Record Profit"): the
headline's, not the statement."""
_KICKER = re.compile(r"[^:]{1,40}:\s+")
"""A kicker before the headline proper ("The Latest: "), read past for a "Says" headline."""
_SUBTITLE = re.compile(r"(?:The|A|An|Why|How|What|When|Where|Who)\s.*|.*\?")
"""A noun phrase or a question with no quotation after a bare name and colon: the subtitle of a profile, book or
show ("Ada Quinn: The Woman Who Built the Quay", "Ada Quinn: Why the Quay Matters"), or what the page asks of them ("Ada Quinn: Reformer or Career
Politician?"), no statement of theirs; after "X to Y:" it is what X told Y."""
_OPENING_MARK = re.compile(r"(?:^|\s)[‘'“\"]")
"""A quotation mark that opens a quotation (not an apostrophe inside or after a word)."""
_END = re.compile(r"[\s.;,]+$")
"""A headline's closing stop or separator, no part of the statement."""
_WORD = re.compile(r"\w+")


def headline_statements(article: Article, sentences: Sequence[Sentence], index: MentionIndex,
                        held: Sequence[tuple[Mention, Position]], lowercase: Callable[[], set[str]]
                        ) -> list[tuple[Mention, Position]]:
    """The headline's statement as its speaker's position (see the module's docstring), or none."""
    title = " ".join(article.title.split())
    if not sentences or not title or title.endswith(("…", "...")):  # cut short
        return []
    found = _spoken(title, index)
    if found is None:
        return []
    speaker, said = found
    said = _END.sub("", said).strip()
    words = _WORD.findall(said.lower())
    if len(words) < MIN_CONTENT_WORDS or any(_holds(_WORD.findall(p.text.lower()), words) for _, p in held):
        return []
    quote = _quoted(said)
    summary = summary_line(HEADLINE_CUE, said if quote else sentence_case(said, lowercase, article.text), quote)
    position = Position(cue=HEADLINE_CUE, text=said, summary=summary, quote=quote, article=article.id,
                        index=sentences[0].index)
    return [(speaker, position)]


def _spoken(title: str, index: MentionIndex) -> tuple[Mention, str] | None:
    """The speaker a headline names and what it says they say."""
    colon = _COLON.fullmatch(title)
    if colon:
        speaker = _named(colon.group("who"), index)
        if speaker is not None:
            said = colon.group("said")
            if colon.group("to") or _OPENING_MARK.search(said) or not _SUBTITLE.fullmatch(said):  # "X to Y:" is speech
                return speaker, said
            return None
    kicker = _KICKER.match(title)
    for rest in (title, title[kicker.end():] if kicker else ""):
        says = _SAYS.fullmatch(rest)
        if says:
            speaker = _named(says.group("who"), index)
            if speaker is not None:
                return speaker, _CIRCUMSTANCE.sub("", says.group("said"))
    return None


def _named(who: str, index: MentionIndex) -> Mention | None:
    """The body's person the headline's words end by naming: the full name, or a surname of one person; a title
    before it is passed over ("Hacker Guccifer", "Former AG Mukasey")."""
    words = who.split()
    for k in range(len(words)):
        name = " ".join(words[k:])
        people = [m for m in index.mentions if m.kind == "person" and not m.demonym
                  and (m.name == name or " " not in name and m.name.rsplit(" ", 1)[-1] == name)]
        full = {m.name for m in people if " " in m.name}  # "Issa" and "Darrell Issa" are one person
        if people and len(full) <= 1:
            return next((m for m in people if m.name in full), people[0])
    return None


def _quoted(said: str) -> bool:
    """Whether the statement is a quotation whole, in marks."""
    return bool(re.fullmatch(r"[‘'“\"][^‘’“”\"]+[’'”\"][.!?]?", said))


def _holds(longer: list[str], words: list[str]) -> bool:
    """Whether ``longer`` holds ``words`` in a row."""
    n = len(words)
    return any(longer[i : i + n] == words for i in range(len(longer) - n + 1))
