"""A court filing's party label is no actor: "recordings of Plaintiff without Plaintiff's consent", "Defendant
installed the camera".

Why: a complaint or a ruling quoted at length names its parties by their side, capitalised and without an
article, as a name is written; the tagger read the label as a body's name, listed among the story's actors
beside the people it stands for, whom the article names. The label alone is a role, never a name.
"""

from __future__ import annotations

from brief.actors.mentions import Mention

PARTY_LABELS = frozenset("Plaintiff Plaintiffs Defendant Defendants Petitioner Petitioners Respondent Respondents "
                         "Appellant Appellants Appellee Appellees Claimant Claimants".split())
"""The sides of a lawsuit, as a filing writes them."""


def filing_parties_dropped(mentions: list[Mention]) -> list[Mention]:
    """The mentions without a lawsuit's side written alone as a name ("Plaintiff's yard")."""
    return [m for m in mentions if m.name not in PARTY_LABELS]
