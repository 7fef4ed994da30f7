"""Person names on K's pages (session 52, names66): a day's name is no given name, a club's letters no initials,
a plural title two holders."""

from __future__ import annotations

from written import kinds_of, said_by

from brief.actors.initialled_names import initialled_people
from brief.actors.mentions import Mention
from brief.actors.personhood import aged_people
from brief.actors.plural_titles import plural_titles_split
from brief.actors.role_name_words import role_name_words

_PAPER_TEXT = ("The Sunday Clarion said most of the cuts would fall on the sales team, and Owen Talbot, the fund's "
               "chief executive, wanted to sell the label.\n\nThe Sunday Clarion said Talbot hoped to triple profits. Both the Ledger "
               "and Clarion said two bands had walked out.")


def _mention(text: str, name: str, kind: str) -> Mention:
    start = text.index(name)
    return Mention(article=0, sentence=0, start=start, end=start + len(name), name=name, surface=name, kind=kind)


def test_a_sunday_paper_that_says_is_no_person() -> None:
    """"Sunday" of "The Sunday Clarion said" is the paper's day, not a woman's given name with a surname that acts."""
    mentions = [_mention(_PAPER_TEXT, "Sunday Clarion", "organization"), _mention(_PAPER_TEXT, "Owen Talbot", "person")]
    kinds = {m.name: m.kind for m in aged_people(_PAPER_TEXT, mentions)}
    assert kinds["Sunday Clarion"] == "organization"


_CLUB_TEXT = ("Two goals from Rafael Souza took AC Porvino past their neighbours on Sunday. Porvino had drawn five in a row. "
              "The defeat leaves Inter Porvino eighth, and Porvino coach Aldo Ferri praised his forwards.")


def test_a_clubs_letters_are_no_initials() -> None:
    """"AC Porvino" stays a club though the tagger read its rival "Inter Porvino" a person: "AC" is a club's letters."""
    mentions = [_mention(_CLUB_TEXT, "AC Porvino", "organization"), _mention(_CLUB_TEXT, "Inter Porvino", "person")]
    kinds = {m.name: m.kind for m in initialled_people(_CLUB_TEXT, mentions)}
    assert kinds["AC Porvino"] == "organization"
    text = "Director SS Varadan said the film would open in May."  # letters a club may bear, after a title: initials
    kinds = {m.name: m.kind for m in initialled_people(text, [_mention(text, "SS Varadan", "organization")])}
    assert kinds["SS Varadan"] == "person"


_SENATORS_TEXT = (
    "Senators press for port inquiry\n\nSenators Dalworth and Pemberly said on Monday that the port authority had "
    "hidden the cost of the new terminal.\n\nSenator Dalworth said the board should resign. Senator Pemberly told "
    "reporters she wanted hearings in March.\n"
)


def test_a_plural_title_names_two_holders() -> None:
    """"Senators Dalworth and Pemberly": two senators, each named as "Senator X" names them, no person "Senators Dalworth"."""
    text = _SENATORS_TEXT
    mentions = [_mention(text, "Senators Dalworth", "person"), _mention(text, "Pemberly", "organization")]
    out = plural_titles_split(text, mentions)
    assert [(m.name, m.kind, m.role) for m in out] == [("Dalworth", "person", "Senator"), ("Pemberly", "person", "Senator")]
    royal = "Princes Edmund and Rupert opened the wing."
    out = plural_titles_split(royal, [_mention(royal, "Princes Edmund", "person"), _mention(royal, "Rupert", "person")])
    assert [m.name for m in out] == ["Prince Edmund", "Prince Rupert"]


def test_a_plural_title_whole_article() -> None:
    """The whole pipeline: two senators, no "Senators Dalworth"."""
    names = kinds_of(_SENATORS_TEXT)
    assert "Senators Dalworth" not in names and names.get("Dalworth") == names.get("Pemberly") == "person"


def test_a_service_before_a_rank_is_the_officers_title() -> None:
    """"Pentagon spokesman Navy Capt. Rob Halvers said": the captain speaks, "Navy" is his title and no actor."""
    said = said_by(
        "Pentagon reviews drone contract\n\nThe Pentagon is reviewing a $2 billion drone contract after test flights "
        'failed, officials said on Thursday.\n\n"We are looking at every option," Pentagon spokesman Navy Capt. Rob '
        "Halvers said. The review would take about a month, he said.\n"
    )
    assert "Navy" not in said and "Rob Halvers" in said


def _role_mention(text: str, name: str, role: str) -> Mention:
    m = _mention(text, name, "person")
    return Mention(m.article, m.sentence, m.start, m.end, m.name, m.surface, "person", role=role)


def test_a_given_name_read_into_the_title_opens_the_name() -> None:
    """"Justice of the Peace Ray T. Delacroix" begun at "T.": "Ray" is his given name, not the title's last word."""
    text = "Ortiz had been told by Reno Justice of the Peace Ray T. Delacroix not to contact any witness."
    (m,) = role_name_words(text, [_role_mention(text, "T. Delacroix", "Reno Justice of the Peace Ray")])
    assert (m.name, m.role) == ("Ray T. Delacroix", "Reno Justice of the Peace")

    text = "Two days later, Chief Executive Ruth T. Amberley said the ward would reopen."
    (m,) = role_name_words(text, [_role_mention(text, "Ruth T. Amberley", "Chief Executive")])
    assert (m.name, m.role) == ("Ruth T. Amberley", "Chief Executive")  # a title's own last word stays its


def test_an_inverted_cue_before_a_ranked_officer() -> None:
    """"said Pentagon spokesman Navy Capt. Rob Halvers": the source cut at the rank's full stop; the captain speaks."""
    said = said_by(
        'Drone review\n\n"We are already looking at every option and will move quickly," said Pentagon spokesman Navy '
        "Capt. Rob Halvers, who was asked about the contract.\n"
    )
    assert "Rob Halvers" in said and said.get("Pentagon", []) == []  # the body may be listed, without his words
