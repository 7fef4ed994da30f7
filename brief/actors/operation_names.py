"""A police or military operation's code name the tagger typed a person: "the man leading Operation Kowhai",
"as part of Operation Larkspur". No one's given name is "Operation"; a body so named ("Operation Smile", a
charity) is typed a body and kept, since it speaks for itself."""

from __future__ import annotations

from brief.actors.mentions import Mention


def operations_dropped(mentions: list[Mention]) -> list[Mention]:
    """The mentions without the people whose name opens with "Operation" and a capitalised word."""
    return [m for m in mentions if not (m.kind == "person" and m.name.startswith("Operation ")
                                        and m.name.split()[1][:1].isupper())]
