"""A verb of saying or committing after "and"/"but" that the cue model left untagged: "Senator Ana Ruiz visited the
depot and pledged to protect jobs", "Local MP Carys Bell did not give details but promised to keep pressing for
compensation".

Why: the tagger read the first verb as the sentence's deed and the second, joined to it, as more of the same (or took
a word further on, "pressing", for the cue); a seed verb of saying in the simple past right after the joining word,
with "to" or "that" opening what follows, is the subject's next predicate, as a tagged one is
(brief.actors.coordinated_cues.joined_past_cue gives it the subject that opens the sentence).
"""

from __future__ import annotations

from brief.actors.attribution.document import Doc
from brief.actors.cues import seed_cue
from brief.actors.gazetteer import MONTHS_DAYS
from brief.actors.phrasing import simple_past
from brief.actors.plain_cues import after_subject

_JOINS = frozenset({"and", "but"})
_OPENS_SAID = frozenset({"to", "that"})
"""Words after the verb that open what was said or promised ("pledged to protect", "insisted that")."""
_NOT_TO = frozenset({"said", "told"})
"""Verbs whose "to" opens no content ("said to be", "told to leave": passives)."""
_CLAUSE_BREAKS = frozenset(", ; : “ ” \" ( ) — –".split())
"""Marks between the subject and the verb that may start another clause, whose subject the verb could be."""


def joined_cues(doc: Doc, cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cue spans of untagged seed verbs in the simple past right after "and"/"but", in a sentence that opens on its
    subject (``plain_cues.after_subject``) with no mark of another clause and no name before them."""
    tagged = {k for c0, c1 in cues for k in range(c0, c1)}
    found: list[tuple[int, int]] = []
    for s0, s1 in doc.sent_bounds:
        verb = after_subject(doc, s0, s1)
        if verb is None:
            continue
        while verb < s1 and doc.shapes[verb] in ("X", "Xx"):
            verb += 1  # "Local MP Bram Ostler": the subject runs on past a title in capitals
        for k in range(verb + 1, s1 - 2):
            if doc.words[k] in _CLAUSE_BREAKS or doc.shapes[k] == "Xx" and doc.words[k] not in MONTHS_DAYS:
                break  # a name in the first predicate ("condemned North Korea's test and pledged") is the source the
                # model finds for the second: it would take the object for the subject
            word = doc.words[k]
            if (doc.words[k - 1] in _JOINS and k not in tagged and doc.shapes[k] == "x" and seed_cue(word)
                    and simple_past(word) and doc.words[k + 1] in _OPENS_SAID
                    and not (doc.words[k + 1] == "to" and word in _NOT_TO)):
                found.append((k, k + 1))
                break
    return found
