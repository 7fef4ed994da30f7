"""A bulleted list item's label before its colon glosses a term and says nothing; a label opening with a given
name is still a person's words (session 38), on an article written for these tests."""

from __future__ import annotations

from written import said_by


def test_a_bulleted_terms_gloss_is_no_position_but_a_named_reply_is() -> None:
    said = said_by(
        "How stores get you to spend\n\n"
        "Stores use many tricks to get you to part with your cash. Here are some of the biggest:\n\n"
        "- Color Signals: Stores use red on price labels because it stands out and pushes you to act.\n\n"
        "- Navigation Roadblocks: Stores force you to walk past things you don't need to reach what you came for.\n\n"
        "- Ann Lee: I always shop with a list, and it saves me money every week."
    )
    assert not any("walk past things" in t for texts in said.values() for t in texts)
    assert any("shop with a list" in t for t in said["Ann Lee"])
