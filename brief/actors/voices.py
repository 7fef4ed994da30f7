"""Who speaks through a voice: "a council spokesman", "a company statement", "a spokesman for the
governor", "a representative for the singer", "Lipa's spokesperson", "Police said". Such a source
names no one itself; it speaks for the body or person the text named (see ``referring.voiced_referred``).

Why a module of its own: brief.actors.positions resolves every kind of source, and this family of
rules (one job: a voice to whom it speaks for) would overgrow it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from brief.actors.acronym_voices import acronym_voiced
from brief.actors.bare_counsel import counsel_named
from brief.actors.body_reference import body_described
from brief.actors.body_voices import voiced_body
from brief.actors.gazetteer import TITLES
from brief.actors.mentions import Mention
from brief.actors.named_proxies import PERSONAL_VOICES, proxy_client
from brief.actors.operator_voices import operating_body
from brief.actors.referring import CALLINGS, described_person, title_holder, voiced_referred
from brief.actors.source_words import CLUB_NOUNS, ROLE_FAMILIES

if TYPE_CHECKING:
    from brief.actors.mention_index import MentionIndex

_VOICE_OWNER = re.compile(rf"([a-z][\w-]*)['’]s?\s+(?:{PERSONAL_VOICES})")
"""A person's voice by their surname ("Lipa's spokesperson"): one who speaks for them."""
POLICE_WORDS = frozenset({"police", "detectives"})
"""A police force's voice written bare ("Police said", "Detectives believe"): the force the article named."""


def voice_speaker(text: str, words: list[str], cue: str, before: list[Mention], inside: list[Mention],
                  mentions: MentionIndex, sentence: int) -> Mention | None:
    """Whom a source that is a voice (its lower-case ``words``) speaks for, or None: the body its noun
    refers back to ("a council spokesman"; the noun may be the cue's first word, the tagger having
    taken it there: "A company | statement said"), the holder of a title ("a spokesman for the
    governor"), the person a calling goes back to ("a representative for the singer"), the person of
    a surname with no name the tagger read ("Lipa's spokesperson"), or the police force named."""
    voiced = voiced_body(words) or voiced_body(words + cue.lower().split()[:1])
    if voiced is not None:
        body = voiced_referred(text, before, voiced) or operating_body(text, before, voiced) or acronym_voiced(before, voiced)  # "for the operator"; "a bureau spokesperson": the FBI
        if body is not None:
            return body
        if voiced in TITLES:
            holder = title_holder(before, ROLE_FAMILIES.get(voiced, frozenset({voiced})), words)
            if holder is not None:
                return holder
        if voiced in CLUB_NOUNS:  # "a club statement", "a team spokesperson": the club the story follows
            club = body_described(text, before, voiced, bare=True)
            if club is not None:
                return club
        if voiced in CALLINGS:
            person = described_person(text, ["the", voiced], before, mentions, sentence, "the " + voiced)
            if person is not None:
                return person
    owner = _VOICE_OWNER.fullmatch(" ".join(words))
    if owner is not None and not inside:
        person = next((m for m in reversed(before) if mentions.personal(m) and m.name.lower().split()[-1] == owner.group(1)), None)
        if person is not None:
            return person
    if words[-1] in POLICE_WORDS and len(words) <= 2 and words[0] in POLICE_WORDS | {"the"}:
        return body_described(text, before, "force", bare=True)
    return counsel_named(text, words, before) or proxy_client(text, words, before, mentions)  # "counsel said": the
    # barrister named before; "the spokesperson" after "a representative for Lorna": Lorna
