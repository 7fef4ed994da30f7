"""A one-word company the tagger typed a person ("Coverity", "Hyundai"), by what the page writes of it.

The tagger types an unfamiliar one-word name from its shape, and a maker's name often reads as a surname; the
briefing then lists a software maker or a carmaker as a person. What a company is shows on the page, in the
conventions of business writing, not in a list of names: its legal form after the name ("Coverity, Inc."), a
sentence that calls it a company ("X is a privately held company"), its products, shares or plants owned
("X's technology", "X's tools", "X's new sedan"), or a model year before it and its model ("the 2009 X Genesis").
A one-word name that ends a person's full name on the page is that person's, and one with a role, a
kin word or a pronoun of its own is a person written so; neither is retyped.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.gender import first_names
from brief.actors.mentions import Mention
from brief.actors.name_endings import LEGAL_FORMS
from brief.text.phrases import phrase_spans

SIGN_ONLY_FORMS = frozenset("Corporation Plc SA NV Co".split())
"""Legal forms read only right after a one-word name already typed a person, which ``LEGAL_FORMS`` leaves out because
there they would retype or lengthen any name: "Corporation" also heads a body's own name, "Plc" is the title-case
"plc", "SA" and "NV" also write a state or a country, and "Co" without its dot a county."""
_LEGAL_FORMS_PATTERN = "|".join(re.escape(form) for form in sorted(LEGAL_FORMS | SIGN_ONLY_FORMS,
                                                                   key=lambda form: (-len(form), form)))
_LEGAL_AFTER = re.compile(rf",?\s+(?:{_LEGAL_FORMS_PATTERN})(?!\w)\.?")
"""A company's legal form right after its name: "Coverity, Inc.", "Acme Ltd", "Halvorsen ASA"."""
_COMPANY_NOUNS = (r"company|firm|corporation|maker|manufacturer|carmaker|automaker|developer|provider|retailer|"
                  r"startup|start-up|supplier|vendor|conglomerate|chipmaker|publisher|distributor")
"""Common nouns that say what kind of business a name is ("a privately held company", "a Korean carmaker")."""
_CALLED_COMPANY_AFTER = re.compile(rf"(?:,\s+[^,.;]{{0,80}},)?\s+is\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?(?:{_COMPANY_NOUNS})\b")
"""After a name, the sentence calling it a business: "X is a privately held company", "X, the leader in Y, is a
software firm"."""
_OWNED_AFTER = re.compile(
    r"['’]s?\s+(?:(?:new|latest|own|[\w-]+-[\w-]+|high-end|luxury|flagship|groundbreaking|breakthrough)\s+){0,3}"
    r"(?:technology|technologies|tools|products|software|shares|stock|customers|lineup|line-up|brand|models|cars|"
    r"vehicles|sedan|factory|factories|plants?|headquarters|subsidiary|subsidiaries|dealers|dealerships|engineers)\b")
"""After a name, what a company owns and a person rarely is said to: "Coverity's technology", "X's new sedan"."""
_MODEL_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d\s+$")
"""A model year before a maker's name ("the 2009 X Genesis"), with the model's capitalised name after it."""
_MODEL_AFTER = re.compile(r"\s+[A-Z][\w-]+")
YEAR_REACH = 6
"""Characters read before a name for a model year and its space."""


def _company_signed(text: str, name: str) -> bool:
    """Some writing of ``name`` is a company's by its legal form, a sentence that calls it one, what it owns, or a
    model year before it and its model's name after it."""
    for start, end in phrase_spans(text, name):
        if _LEGAL_AFTER.match(text, end) or _CALLED_COMPANY_AFTER.match(text, end) or _OWNED_AFTER.match(text, end):
            return True
        if _MODEL_YEAR_BEFORE.search(text, max(0, start - YEAR_REACH), start) and _MODEL_AFTER.match(text, end):
            return True
    return False


def signed_companies(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each of a one-word name typed a person with no given name, no role, no kin word nor pronoun,
    that no person's full name on the page holds and that the page writes with a company's signs (``_company_signed``),
    retyped an organisation."""
    people = [m for m in mentions if m.kind == "person"]
    held = {m.name.split()[-1] for m in people if " " in m.name}  # "Roe" of "Jane Roe", not "Coverity" of "Coverity Scan"
    personal = {m.name for m in people if m.role or m.kin or m.pronoun}
    candidates = {m.name for m in people if " " not in m.name and m.name not in held | personal
                  and m.name not in first_names() and m.name[:1].isupper()}
    signed = {name for name in candidates if _company_signed(text, name)}
    if not signed:
        return mentions
    return [dataclasses.replace(m, kind="organization") if m.kind == "person" and m.name in signed else m
            for m in mentions]
