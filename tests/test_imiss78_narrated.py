"""A "she says" after narration about another woman, whom the narration's own "she" went on with, is hers, not the
last speaker's (brief.actors.narrated_subjects); on articles written for this test."""

from __future__ import annotations

from written import said_by

_PROFILE = (
    "The quiet strategist\n\n"
    "Nadia Quill grew up in a small river town and now runs the governor's campaign.\n\n"
    "\"She was friendly and outgoing but never loud,\" Brenda Marsh says. \"She had a small group of friends.\"\n\n"
    "Even in high school, Quill was a keen debater. When the state convention came to town, she worked on the "
    "welcoming committee as a volunteer.\n\n"
    "\"I've always loved a good argument,\" she says. \"My parents, too.\"\n\n"
    "She married young."
)


def test_she_after_narration_about_another_woman_is_hers() -> None:
    said = said_by(_PROFILE)
    assert any("always loved a good argument" in s for s in said["Nadia Quill"])
    assert not any("always loved a good argument" in s for s in said.get("Brenda Marsh", []))
