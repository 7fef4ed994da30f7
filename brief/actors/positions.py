"""From attributions to positions: whose words they are, and a one-line form fit for a list.

A source is written as a name ("Abu Zuhri"), a pronoun ("he"), a description ("the movement",
"the top US diplomat") or a group ("Israeli officials"); each is resolved to an actor here.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from brief.actors.attribution import Attribution
from brief.actors.cues import lemma
from brief.actors.gazetteer import MONTHS_DAYS, TITLES
from brief.actors.mentions import Mention

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
GROUP_PRONOUNS = frozenset({"it", "they", "its", "their"})
# Nouns by which an article refers back to an organisation or a country it has named.
ORG_NOUNS = frozenset(
    "movement group organization organisation militants party faction company firm union "
    "government administration authority ministry agency office council committee bank "
    "coalition alliance army military regime court campaign network".split()
)
PLACE_NOUNS = frozenset("country state nation kingdom republic city capital enclave territory".split())
# People who speak for themselves: "a North Korean man said" is not North Korea speaking.
PRIVATE_PEOPLE = frozenset(
    "man men woman women boy boys girl girls child children teenager teenagers youth mother mothers father "
    "fathers parent parents family families defector defectors refugee refugees migrant migrants student "
    "students resident residents villager villagers witness witnesses survivor survivors victim victims "
    "farmer farmers worker workers citizen citizens tourist tourists fan fans driver drivers shopkeeper "
    "people voter voters protester protesters activist activists".split()
)
# Descriptions of people that share a line of work with a title: "the top US diplomat" is the
# secretary of state or the foreign minister the article has named.
ROLE_FAMILIES: dict[str, frozenset[str]] = {
    "diplomat": frozenset({"secretary", "minister", "ambassador", "envoy", "diplomat"}),
    "envoy": frozenset({"envoy", "ambassador", "diplomat"}),
    "leader": frozenset({"president", "prime", "premier", "leader", "chancellor", "king", "chairman", "head"}),
    "premier": frozenset({"prime", "premier"}),
    "official": frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "minister", "secretary"}),
    "spokesman": frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    "spokeswoman": frozenset({"spokesman", "spokeswoman", "spokesperson"}),
}


@dataclass(frozen=True)
class Resolved:
    """An attribution whose source has been tied to a mention (and so to an actor)."""

    attribution: Attribution
    mention: Mention


def source_phrase(text: str, attribution: Attribution) -> tuple[int, int] | None:
    """The source's noun phrase: past a leading clause, and out to its head noun if cut short."""
    if attribution.source is None:
        return None
    start, end = attribution.source
    comma = text.rfind(", ", start, end)
    if comma >= 0 and re.match(r",\s+(?:the|a|an|this)\s", text[comma:end], re.I):
        start = comma + 2  # "Following meetings with Israeli leaders, the top US diplomat"
    tail = re.match(r"\s+([a-z]+)\b", text[end : attribution.cue[0]])
    if tail and (tail.group(1) in TITLES or tail.group(1) in ROLE_FAMILIES):
        end += tail.end()  # "the top US | diplomat"
    return start, end


class MentionIndex:
    """An article's mentions in text order, looked up by position.

    Why: scanning every mention for each attribution was quadratic, minutes on one huge article.
    Looking back is bounded by ``LOOKBACK`` mentions, more than a whole news article holds.
    """

    LOOKBACK = 1000

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]

    def within(self, span: tuple[int, int]) -> list[Mention]:
        lo, hi = bisect.bisect_left(self.starts, span[0]), bisect.bisect_left(self.starts, span[1])
        return [m for m in self.mentions[lo:hi] if m.end <= span[1]]

    def before(self, position: int) -> list[Mention]:
        k = bisect.bisect_left(self.starts, position)
        return [m for m in self.mentions[max(0, k - self.LOOKBACK) : k] if m.end <= position]


def resolve_source(
    text: str, attribution: Attribution, mentions: MentionIndex, previous: Mention | None
) -> Mention | None:
    """The mention an attribution's source stands for, or None when it names no known actor."""
    phrase = source_phrase(text, attribution)
    if phrase is None or attribution.source is None:
        return None
    people = [m for m in mentions.within(attribution.source) if m.kind == "person"]
    # "Maria Okafor, the union's general secretary"; "Pama's lawyer Bruce Peters": the lawyer
    speakers = [m for m in people if not re.match(r"['’]s\b", text[m.end : m.end + 3])]
    if speakers:
        return speakers[0]
    start, end = phrase
    words = re.findall(r"[\w'’-]+", text[start:end].lower())
    if not words:
        return None
    before = mentions.before(start)
    subject = _subject_before_relative_clause(text, start, attribution.cue[0], before)
    if subject is not None:
        return subject
    inside = mentions.within((start, end))
    head = words[-1]
    family = ROLE_FAMILIES.get(head, frozenset({head}) if head in TITLES else frozenset())
    if family and words[0] in ("the", "this", "that") and len(words) <= 6:
        # "the top US diplomat": the person of that line of work the article has named.
        for m in reversed(before):
            if m.kind == "person" and family & set(m.role.lower().split()):
                return m
    comma = text.find(",", start, end)
    first_part = [m for m in inside if comma < 0 or m.end <= comma]  # "Hamas, whose envoys ... Qatar,"
    named = [m for m in first_part if not m.demonym]
    if named:
        return named[-1]  # "Israeli news agency Walla": the last name is the source
    if first_part and len({m.name for m in first_part}) == 1:
        if all(m.demonym for m in first_part) and head in PRIVATE_PEOPLE:
            return None  # "a North Korean man", "Palestinian witnesses": people, not their country
        return first_part[-1]  # "Israeli officials", "the Israeli negotiating team"
    if inside:
        return None  # "senior American and Israeli officials": several, no one actor
    if len(words) == 1 and head in PERSON_PRONOUNS:
        if previous is not None and previous.kind == "person" and previous.sentence >= attribution.sentence - 2:
            return previous
        return _latest(before, "person")
    if len(words) == 1 and head in GROUP_PRONOUNS:
        if previous is not None and previous.kind != "person" and previous.sentence >= attribution.sentence - 2:
            return previous
        return _latest(before, "organization")
    if words[0] in ("the", "this", "that") and len(words) <= 5:
        if head in ORG_NOUNS:
            return _latest(before, "organization")
        if head in PLACE_NOUNS:
            return _latest(before, "place")
    return None


_RELATIVE = re.compile(r",\s*(?:who|whose|which|whom)\b[^,]*,\s*$", re.I)


def _subject_before_relative_clause(text: str, source_start: int, cue_start: int, before: list[Mention]) -> Mention | None:
    """ "Hamas, whose envoys returned to their base in Qatar, said": the speaker is Hamas, not Qatar."""
    line_start = max(text.rfind("\n", 0, source_start), text.rfind(". ", 0, source_start)) + 1
    match = _RELATIVE.search(text, line_start, cue_start)
    if not match or match.start() > source_start:
        return None
    named = [m for m in before if line_start <= m.start and m.end <= match.start() and not m.demonym]
    return named[-1] if named else None


def within(m: Mention, span: tuple[int, int]) -> bool:
    """Whether the mention lies inside the character span."""
    return m.start >= span[0] and m.end <= span[1]


def _latest(before: list[Mention], kind: str) -> Mention | None:
    for m in reversed(before):
        if m.kind == kind and not m.demonym:
            return m
    return None


# ------------------------------------------------------------------------------ one-line form

_IRREGULAR_PRESENT = {
    "said": "says", "told": "tells", "thought": "thinks", "felt": "feels",
    "made": "makes", "gave": "gives", "took": "takes", "held": "holds", "swore": "swears",
    "sought": "seeks", "spoke": "speaks", "found": "finds", "meant": "means", "knew": "knows",
    "saw": "sees", "forbade": "forbids", "put": "puts", "led": "leads", "stood": "stands",
    "according": "according to", "withdrew": "withdraws", "drew": "draws", "threw": "throws",
    "began": "begins", "ran": "runs", "won": "wins", "lost": "loses", "met": "meets", "left": "leaves",
    "sent": "sends", "spent": "spends", "kept": "keeps", "brought": "brings", "bought": "buys",
    "fought": "fights", "taught": "teaches", "caught": "catches", "chose": "chooses", "rose": "rises",
    "fell": "falls", "hit": "hits", "set": "sets", "cut": "cuts", "let": "lets", "quit": "quits",
    "read": "reads", "heard": "hears", "paid": "pays", "laid": "lays", "struck": "strikes",
    "wrote": "writes", "forgave": "forgives", "foresaw": "foresees", "underwent": "undergoes",
    # participles, for cues such as "has shown", "had written"
    "shown": "shows", "known": "knows", "seen": "sees", "given": "gives", "taken": "takes",
    "written": "writes", "spoken": "speaks", "chosen": "chooses", "drawn": "draws", "thrown": "throws",
    "grown": "grows", "begun": "begins", "done": "does", "gone": "goes", "sworn": "swears",
    "forbidden": "forbids", "withdrawn": "withdraws", "risen": "rises", "fallen": "falls",
}
_E_ENDINGS = ("c", "g", "v", "z", "u", "at", "ot", "ut", "ud", "id", "ib", "bl", "pl", "tl", "dl", "gl",
              "ir", "ur", "os", "us", "as", "is", "ys", "ns", "rs", "iv", "ar", "ov", "in", "ok", "ul", "ap", "am", "om")
_NO_E = ("ear", "oar", "ain", "oin", "ein", "een", "our", "eat", "oat", "ais", "eas", "ous", "ss")


def present(verb: str) -> str:
    """ "vowed" -> "vows", "denounced" -> "denounces", "called" -> "calls": a list reads in the present."""
    lower = verb.lower()
    if lower in _IRREGULAR_PRESENT:
        return _IRREGULAR_PRESENT[lower]
    if lower.endswith("ied") and len(lower) > 4:
        return lower[:-3] + "ies"
    if lower.endswith("eed") and len(lower) > 4:
        return _third_person(lower[:-1])  # "agreed" -> "agree"
    if lower.endswith("ed") and len(lower) > 4:
        return _third_person(_base(lower[:-2]))
    if lower.endswith("ing") and len(lower) > 5:
        return _third_person(_base(lower[:-3]))  # "describing" -> "describes"
    if lower.endswith("s"):
        return lower
    return _third_person(lower)


def _base(stem: str) -> str:
    """The verb a stripped "-ed" or "-ing" form came from: "denounc" -> "denounce", "stopp" -> "stop"."""
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lszf":  # "stopp", not "rebuff"
        return stem[:-1]
    if stem.endswith(_E_ENDINGS) and not stem.endswith(_NO_E):
        return stem + "e"
    return stem


def _third_person(base: str) -> str:
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and len(base) > 1 and base[-2] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


_WHEN = frozenset(MONTHS_DAYS - {"may", "march"}) | {"yesterday", "today", "tonight", "late", "earlier", "last"}

_ADDRESSEE_VERBS = frozenset({"tell", "urg", "warn", "assur", "inform", "remind", "ask", "advis", "promis", "caution"})
_AUXILIARIES = frozenset(
    "has have had is are was were be been being will would shall should can could may might must do does did "
    "also already clearly once again further reportedly repeatedly previously later earlier then still "
    "publicly privately openly recently first last not never just even".split()
)


def _adverb(word: str) -> bool:
    return len(word) > 4 and word.lower().endswith("ly")


def summary_line(cue: str, content: str, quote: bool, between: str = "", limit: int = 140) -> str:
    """ "calls on Hamas to accept the ‘extraordinarily generous’ offer": cue in the present, content cut.

    ``between`` is what stands between the cue and a content that follows it ("told *Blinken* that").
    """
    words = cue.split()
    while len(words) > 1 and (words[0].lower() in _AUXILIARIES or _adverb(words[0])):
        words = words[1:]  # "has already stressed" -> "stresses"; "angrily denied" -> "denies"
    for k in range(1, len(words)):
        if words[k].lower() in _WHEN or words[k].lower() == "on" and k + 1 < len(words) and words[k + 1].lower() in _WHEN:
            words = words[:k]  # "said Thursday", "said on Tuesday": when, not what
            break
    if not words or words[0].lower() in ("according", *_AUXILIARIES) or not words[0][:1].islower():
        verb = "says"
    else:
        verb = " ".join([present(words[0]), *words[1:]])
    body = " ".join(content.split()).strip(" ,;:")
    body = re.sub(r"^that\s+", "", body)
    if quote:
        body = "“" + body.strip("\"“”").rstrip(" ,;:") + "”"
        if verb == "tells":
            verb = "says"
    else:
        body = body.replace("“", "‘").replace("”", "’").replace('"', "'")
    gap = " ".join(between.strip(" ,;:").split())
    if not quote and words and words[0].lower() != "according" and gap and len(gap.split()) <= 5:
        body = f"{gap} {body}"  # "expressed support | for | Israel", "told | Blinken | that ..."
    if not quote and words and lemma(words[0]) in _ADDRESSEE_VERBS:
        body = re.sub(r"^((?:\S+\s+){0,4}?)that\s+", r"\1", body)  # the addressee stays, "that" goes
    if len(body) > limit:
        body = body[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…" + ("”" if quote else "")
    return f"{verb} {body}".strip()
