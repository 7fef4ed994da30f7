"""A "they" never goes on with one person, though the tagger typed the name a body's
(positions._resolve); experts written bare with a verb in the simple present ("scientists think") are
experts in general, not the body just cited (officials.generic_present); on articles written for these
tests."""

from __future__ import annotations

from written import holders, report_of

from brief.actors.attribution import Attribution
from brief.actors.last_speaker import Speaker
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.positions import resolve_source

RALLY = ("Donald Trump spoke at a rally in Ohio. Trump said the border would close. "
         "They’ve spent decades declaring that politicians’ words influence culture.")


def test_they_does_not_go_on_with_one_person_the_tagger_typed_a_body() -> None:
    full = Mention(0, 0, 0, len("Donald Trump"), "Donald Trump", "Donald Trump", "person")
    at = RALLY.index("Trump said")
    surname = Mention(0, 1, at, at + len("Trump"), "Trump", "Trump", "organization")
    index = MentionIndex([full, surname], RALLY)
    cue = RALLY.index("declaring")
    source = (RALLY.index("They’ve"), RALLY.index("They’ve") + len("They’ve"))
    content = (cue + len("declaring "), len(RALLY) - 1)
    declaring = Attribution((cue, cue + len("declaring")), source, content, False, 2)
    assert resolve_source(RALLY, declaring, index, Speaker(surname, 1, False)) is None


def test_scientists_with_a_present_verb_right_after_a_body_spoke_are_scientists_in_general() -> None:
    report = report_of(
        "Whales stranded on a beach near Varna for the third time this year.\n\n"
        "More than 300 whales died in the strandings, according to the Varna Wildlife Service. Climate "
        "change is to blame too, scientists think, with warmer seas moving the whales' prey to the shore."
    )
    assert "Varna Wildlife Service" not in holders(report, "Climate change is to blame")


BOARD = ("Donald Trump met the board of Orla Systems on Friday. Orla Systems hailed the talks, and so did Trump. "
         "They said the plant would stay open.")


def test_they_is_not_the_last_body_named_when_that_name_is_a_person_s() -> None:
    full = Mention(0, 0, 0, len("Donald Trump"), "Donald Trump", "Donald Trump", "person")
    at = BOARD.index("Orla Systems hailed")
    orla = Mention(0, 1, at, at + len("Orla Systems"), "Orla Systems", "Orla Systems", "organization")
    at = BOARD.index("Trump.")
    surname = Mention(0, 1, at, at + len("Trump"), "Trump", "Trump", "organization")
    index = MentionIndex([full, orla, surname], BOARD)
    cue = BOARD.index("said the plant")
    source = (BOARD.index("They said"), BOARD.index("They said") + len("They"))
    said = Attribution((cue, cue + len("said")), source, (cue + len("said "), len(BOARD) - 1), False, 2)
    assert resolve_source(BOARD, said, index, None) == orla


def test_a_bare_spokeswoman_speaks_for_the_body_just_named() -> None:
    """"the spokeswoman" speaks for a body and no one else: before any body spoke, for the one named
    in her sentence, not for no one."""
    text = (
        "Plant to close\n\n"
        "Velmora Industries will close its plant in Dunmere. About 300 workers will lose their jobs.\n\n"
        "Asked about the cuts, Velmora Industries did not give figures, but the spokeswoman said the "
        "company regretted the decision deeply."
    )
    assert holders(report_of(text), "regretted the decision") == ["Velmora Industries"]
