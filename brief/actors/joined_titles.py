"""Two titles one person holds, joined by "and", before the body they are of.

Why: "said Adewale Okonjo, Chairman and Chief Executive Officer of Harbor Links Limited": the description
after the name opens with a title that "and" joins to the office the "of" follows, so the role reader, which
looks for the office right at the description's head, read it as a short description, found it too long, and
gave the person no role. The first title and its "and" are stepped over to the office that takes the "of".
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brief.actors.mentions import Token


def joined_title(sent: Sequence[Token], head: int, is_title: Callable[[str], bool]) -> bool:
    """Whether ``sent[head]`` is a title followed by "and" and another ("Chairman | and Chief Executive Officer",
    a press release's "chairman and chief executive of"), or that "and" after such a title: the head of the
    description moves past it."""
    if head + 2 >= len(sent):
        return False
    word = sent[head].text
    if word == "and":
        return head > 0 and _joined_pair(sent[head - 1].text, sent[head + 1].text, is_title)
    return sent[head + 1].text == "and" and _joined_pair(word, sent[head + 2].text, is_title)


def _joined_pair(first: str, second: str, is_title: Callable[[str], bool]) -> bool:
    """Two titles either side of "and": capitalised, the first a title ("Chairman and Chief ..."), or both in lower
    case and both titles ("president and chief executive officer of"; not "a lawyer and activist")."""
    if first[:1].isupper():
        return is_title(first.lower()) and second[:1].isupper()
    return first.islower() and second.islower() and is_title(first) and is_title(second)


def title_head(sent: Sequence[Token], head: int, modifiers: Collection[str], is_title: Callable[[str], bool]) -> int:
    """The head of a description after a name, past its modifiers ("former head of", "deputy director of"; but
    "chief of staff" is an office itself) and past a title joined by "and" to the next ("Chairman and Chief
    Executive Officer of")."""
    while head + 1 < len(sent) and (sent[head].text.lower() in modifiers and sent[head + 1].text != "of"
                                    or joined_title(sent, head, is_title)):
        head += 1
    return head
