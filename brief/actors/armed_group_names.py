"""An armed or political group named in Arabic, Urdu or Pashto by a word for a body: "Jund al-Sahel", "Jaish
al-Adl", "Ansar al-Islam", "Hizb ut-Tahrir", "Lashkar-e-Taiba", "Tehreek-e-Insaf".

Why: such names look like a person's to the tagger (a capitalised word, then "al-" and a capitalised word, as in
"Ahmed al-Sharaa"), so a group claiming an attack became a person with no statement of its own. The first word
names the kind of body (an army, soldiers, supporters, a party, a front, a movement, a brigade), so the name is a
body's wherever it is written.
"""

from __future__ import annotations

BODY_OPENINGS = frozenset(
    "jaish jund ansar harakat hizb liwa kataib saraya jabhat tanzim ahrar hayat jamaat jamaat-ul jamaat-ur lashkar "
    "tehreek tehrik sipah asaib".split())
"""Words for a body that open such a name: army, soldiers, supporters, movement, party, brigade(s), companies,
front, organisation, free men, committee, society, army (Urdu), movement (Urdu), corps, leagues."""


def with_armed_group_names(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans, each one that opens with a body's word and goes on in the language's article or linking form
    ("al-", "ut-", "-e-") read as a body's name."""
    out: list[tuple[int, int, str]] = []
    for a, b, label in spans:
        head = words[a].lower()
        linked = "-e-" in head or "-ul-" in head or "-ur-" in head or (
            b - a >= 2 and words[a + 1].lower().startswith(("al-", "ul-", "ut-", "ur-", "ad-", "as-", "an-", "ash-")))
        if label != "ORG" and head.split("-")[0] in BODY_OPENINGS and linked:
            label = "ORG"
        out.append((a, b, label))
    return out
