"""What a description naming a body and one of its parts stands for when the article names that part: a state's
office ("the Veyland ambassador": ``state_office_holders``), an owner's agency of a field ("the UN health agency":
``field_agencies``); not the body or place the description names."""

from __future__ import annotations

from collections.abc import Sequence

from brief.actors.field_agencies import field_agency
from brief.actors.mentions import Mention
from brief.actors.state_office_holders import named_office_holder


def named_part(text: str, phrase: tuple[int, int], first_part: Sequence[Mention], mentions: Sequence[Mention],
               before: Sequence[Mention]) -> Mention | None:
    """The state's office holder named anywhere, else the owner's agency named before; None for neither."""
    return named_office_holder(text, phrase, first_part, mentions) or field_agency(text, phrase, first_part, before)
