"""Links inside a title before a name that the walk back over a role's words must cross: the apostrophe of a
plural's possessive in a body's name ("Workers' Party MP") and the "on" of an adviser's portfolio ("Special Adviser
to the President on Media and Publicity").

Why apart from ``roles``: the tokenizer splits the apostrophe off the plural, and the walk stopped at either link
and left the title cut ("Party MP") or gave none (a role must end in a title or a portfolio).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from brief.actors.gender import given_names
from brief.actors.phrasing import is_noun
from brief.actors.relative_sources import SHORT_FORM
from brief.text.language import stop_words

if TYPE_CHECKING:
    from brief.actors.mentions import Token


SENEDD_MEMBER = "MS"
"""A Member of the Senedd, written in capitals after the party ("Conservative MS Gareth Lloyd"): a title there, not
the courtesy "Ms" it is spelt as."""


def plural_owner_mark(sent: list[Token], j: int, title_next: bool = False) -> bool:
    """Whether ``sent[j - 1]`` is the apostrophe of a capitalised plural's possessive inside a body's name before
    the title ("Workers' Party MP", "Teachers' Union president"): the tokenizer splits it off the plural, and
    the name it opens is the body whose office the title is, as "Labour Party MP" is. A title in lower case right
    after it (``title_next``: "Farmers' leader X") is that group's office just as well, as "union leader X" is."""
    return (sent[j - 1].text in ("'", "’") and j >= 2 and sent[j - 2].text[:1].isupper()
            and sent[j - 2].text.endswith("s") and sent[j - 2].text.isalpha() and j < len(sent)
            and (sent[j].text[:1].isupper() or title_next))


ON_PORTFOLIO_HEADS = frozenset("adviser advisor assistant aide spokesperson spokesman spokeswoman".split())
"""Titles whose holder serves someone on a field, written "X to the President on Media" or "spokesperson on energy"."""
ON_REACH = 6
"""Words back from "on" read for such a title ("Special Assistant to the Governor on")."""


def portfolio_on(sent: list[Token], j: int) -> bool:
    """Whether ``sent[j - 1]`` is the "on" of an adviser's or an aide's portfolio, written with capitals after it
    ("Senior Special Assistant to the Governor on Media, X,"): the field of the title before it."""
    if sent[j - 1].text != "on" or j >= len(sent):
        return False
    if _lower_field(sent[j].text):  # "DA spokesperson on energy Karen Vermeulen": the head right before "on"
        return j >= 2 and sent[j - 2].text.lower() in ON_PORTFOLIO_HEADS
    return (sent[j].text[:1].isupper()
            and any(t.text.lower() in ON_PORTFOLIO_HEADS for t in sent[max(0, j - 1 - ON_REACH) : j - 1]))


MAX_LOWER_FIELD_WORDS = 2
"""Lower-case words of a spokesperson's field after "on" before the name ("on energy", "on home affairs"): more is a
clause ("spokesman on the day of the vote")."""


FOR_PORTFOLIO_HEADS = frozenset("member minister mec mmc spokesperson spokesman spokeswoman commissioner".split())
"""Titles whose holder answers for a field written in lower case after "for" ("mayoral committee member for water
and sanitation", "MEC for health", "shadow minister for policing")."""
MAX_FOR_FIELD_WORDS = 4
"""Words of such a field, "and" among them ("water and sanitation"): more is a clause."""


def for_portfolio_words(words: Sequence[Token]) -> int:
    """How many words close a title before a name as its field in lower case after "for", "for" included
    ("member | for water and sanitation Zahid Badroodien"); 0 when none."""
    for k in range(len(words) - 1, 0, -1):
        if words[k].text == "for":
            tail = len(words) - k
            return tail if 1 < tail <= MAX_FOR_FIELD_WORDS + 1 and words[k - 1].text.lower() in FOR_PORTFOLIO_HEADS else 0
        if not (_lower_field(words[k].text) or words[k].text == "and" and k < len(words) - 1):
            return 0
    return 0


MINISTRY_FIELDS = frozenset("""law justice health finance education transport housing energy environment agriculture
trade industry labour labor home defence defense culture tourism sport sports science technology water mines petroleum
works information communications women youth rural urban planning fisheries forestry lands power revenue""".split())
"""Fields a ministry is named for, before "and" in a double portfolio ("Law and Parliamentary Affairs Minister",
"Law and Justice Minister"): the title after "and" is the same office's, though its first word is a title
("Justice", "Parliamentary"); a surname there is another person ("Trump and Vice President X")."""


def portfolio_word(word: str) -> bool:
    """A capitalised common noun that names a ministry's field before "and" ("Health and Human Services", "Housing
    and Urban Development"): a dictionary noun, and no given name ("Rose and Foreign Secretary X" are two people)."""
    return word.isalpha() and is_noun(word.lower()) and word not in given_names()


def ministry_field(word: str) -> bool:
    """ "Law" of "Law and Parliamentary Affairs Minister": a field a ministry is named for."""
    return word.lower() in MINISTRY_FIELDS


def _lower_field(word: str) -> bool:
    return word.isalpha() and word.islower() and word not in stop_words("en")


def lower_field_on(sent: list[Token], j: int) -> bool:
    """Whether ``sent[j - 1]`` is a word of a field written in lower case after a spokesperson's "on" right before
    the name ("DA spokesperson on energy Karen Vermeulen", "Labour's spokesman on home affairs X")."""
    for k in range(j - 1, max(0, j - 1 - MAX_LOWER_FIELD_WORDS), -1):
        if not _lower_field(sent[k].text):
            return False
        if k >= 1 and portfolio_on(sent, k):
            return True
    return False


MAX_ON_WORDS = 4
"""Words of a portfolio after "on" ("on Media and Publicity", "on Political Matters") left out of the count that
caps a title's length, so an aide's full title is read; a longer run after "on" is a clause, no portfolio."""


def on_portfolio_words(words: Sequence[Token]) -> int:
    """How many words of a title before a name are its portfolio after "on" (``portfolio_on``), "on" included: 0
    when it has none or the run after "on" is longer than ``MAX_ON_WORDS``."""
    for k in range(len(words) - 1, 0, -1):
        if words[k].text == "on":
            tail = len(words) - k
            return tail if tail - 1 <= MAX_ON_WORDS and portfolio_on(list(words), k + 1) else 0
    return 0


MAX_QUALIFIER_WORDS = 3
"""Words of a bracketed qualifier inside a body's name before its officer's title ("Samyukt Kisan Morcha
(non-political) leader"): a body's own sense of itself, not a clause."""


def bracketed_qualifier(sent: list[Token], j: int) -> int:
    """How many tokens back from ``j`` (where ``sent[j - 1]`` is ")") a lower-case qualifier in brackets runs, its
    brackets included, between a capitalised body's name and the title after it ("Kisan Morcha (non-political)
    leader X"): the body whose officer the title names, so the walk over the role crosses it. 0 when none."""
    if j < 4 or sent[j - 1].text != ")":
        return 0
    if _glued_short_form(sent, j):
        return 3  # "JD(S) leader X": the bracket is part of the party's name
    if short_form_before(sent, j):
        return 3  # "Harbour Affairs Council (HAC) Minister X": the body's short form, no comma after it
    for k in range(j - 2, max(0, j - 2 - MAX_QUALIFIER_WORDS), -1):
        if sent[k].text == "(":
            return j - k if k < j - 2 and k >= 1 and sent[k - 1].text[:1].isupper() else 0
        if not (sent[k].text.replace("-", "").isalpha() and sent[k].text.islower()):
            return 0
    return 0


MAX_GLUED_LETTERS = 3
"""Capitals in a bracket written onto a party's short name ("JD(S)", "CPI(M)"): a letter or three, no word."""


def _glued_short_form(sent: list[Token], j: int) -> bool:
    """Whether ``sent[j - 3 : j]`` is a bracket of capitals written with no space onto the capitalised name before
    it ("JD(S)", "CPI(M)"): one name the tokenizer split, so a title after it is that body's office."""
    opening, inner, before = sent[j - 3], sent[j - 2], sent[j - 4]
    return (opening.text == "(" and opening.start == before.end and before.text[:1].isupper()
            and inner.text.isalpha() and inner.text.isupper() and len(inner.text) <= MAX_GLUED_LETTERS)


PARTY_NOUNS = frozenset("party alliance coalition movement front".split())
"""Nouns a party's name may end in, written in lower case ("the Left party's co-leader X"): the owner of the title
after its "'s" is the party, so the walk back over the role crosses the noun to the name."""


def lower_party_owner(sent: Sequence[Token], j: int) -> bool:
    """Whether ``sent[j - 1]`` is a lower-case party noun after a capitalised name and before its "'s" ("The Left
    party's co-leader X", "the Green party's spokesman X"): part of the title's owner, not a clause's noun."""
    return (j >= 2 and j < len(sent) and sent[j].text in ("'s", "’s") and sent[j - 1].text in PARTY_NOUNS
            and sent[j - 2].text[:1].isupper())


def short_form_before(sent: Sequence[Token], i: int) -> int:
    """How many tokens before ``i`` (an apposition's comma) a body's short form in brackets takes: 3 for "(NLC)" in
    "the President of the Nigeria Labour Congress (NLC), Ada Obi", else 0. The title before the bracket is hers;
    the walk back over it must start before the bracket, which is no part of the role."""
    if i < 4 or sent[i - 1].text != ")" or sent[i - 3].text != "(" or not sent[i - 4].text[:1].isupper():
        return 0
    return 3 if SHORT_FORM.fullmatch(sent[i - 2].text) else 0


SEAT_TITLES = frozenset("minister secretary".split())
"""Titles whose seat, not portfolio, is named by "in the" and a capitalised office ("Minister in the Presidency",
"Minister of State in the Cabinet Office")."""


def seat_in(sent: Sequence[Token], j: int) -> bool:
    """Whether ``sent[j - 2 : j]`` is the "in the" between a capitalised seat's title and the capitalised office it
    sits in ("Minister in the Presidency Ana Dube"): part of the title, as "of" is in "Minister of Energy"."""
    return (2 < j < len(sent) and sent[j - 1].text == "the" and sent[j - 2].text == "in"
            and sent[j - 3].text[:1].isupper() and sent[j - 3].text.lower() in SEAT_TITLES and sent[j].text[:1].isupper())


MAX_TITLE_WORDS = 7
"""Words of a title before a name, past any owner, portfolio and qualifier: a longer run of capitalised words is as
often a headline's or a clause's."""
MAX_APPOSED_TITLE_WORDS = 10
"""Words of a title set off by a comma before the name ("The General Manager of the Oyo State Planning Agency, X,
said"): the comma bounds it, so an office and the whole body it is of fit ("Managing Director of the Lagos State
Waste Management Authority" is 9)."""


def title_reach(apposed: bool) -> int:
    """How many words a title before a name may run to: longer when set off by a comma (see above)."""
    return MAX_APPOSED_TITLE_WORDS if apposed else MAX_TITLE_WORDS
