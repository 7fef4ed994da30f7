"""Who counts as a person when a description ("the actress says") looks back (brief.actors.positions)."""

from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.referring import described_person

TEXT = ("Stone had just come off doing Cabaret on Broadway. “It was at a diner,” the actress says. "
        "Later Ms. Stone, who grew up in Arizona, said she had read the script twice.")


def _mention(name: str, kind: str, nth: int = 0, sentence: int = 0) -> Mention:
    at = -1
    for _ in range(nth + 1):
        at = TEXT.index(name, at + 1)
    return Mention(0, sentence, at, at + len(name), name, name, kind)


def test_a_name_typed_otherwise_where_the_article_names_a_person_so_is_a_person() -> None:
    first = _mention("Stone", "organization")  # the tagger's kind for the name in one sentence
    later = _mention("Stone", "person", nth=1, sentence=2)
    index = MentionIndex([first, later], TEXT)
    assert index.personal(first)
    assert not MentionIndex([first], TEXT).personal(first)  # no sign it is anyone's name


def test_the_actress_goes_back_to_the_person_named_before_whatever_kind_the_tagger_gave() -> None:
    first = _mention("Stone", "organization")
    later = _mention("Stone", "person", nth=1, sentence=2)
    index = MentionIndex([first, later], TEXT)
    assert described_person(TEXT, ["the", "actress"], [first], index, 1) == first


POLICE = ("Officers were called to the scene, said Lt. Dana Corwell, a police spokesman. "
          "Officers arrested a man, 41, who lives at 80 Wexley Place, Corwell said.")


def test_a_surname_read_as_a_place_after_a_comma_speaks_and_the_place_before_it_does_not() -> None:
    """ "who lives at 80 Wexley Place, Corwell said": the tagger reads "Corwell" as a place, but the
    article names Dana Corwell, so it is her surname speaking, not "Corwell" saying where Wexley Place is."""
    from brief.actors.attribution import Attribution
    from brief.actors.positions import resolve_source

    def mention(name: str, kind: str, nth: int, sentence: int) -> Mention:
        at = -1
        for _ in range(nth + 1):
            at = POLICE.index(name, at + 1)
        return Mention(0, sentence, at, at + len(name), name, name, kind)

    full = mention("Dana Corwell", "person", 0, 0)
    place = mention("Wexley Place", "place", 0, 1)
    surname = mention("Corwell", "place", 1, 1)
    index = MentionIndex([full, place, surname], POLICE)
    cue = POLICE.index("said", surname.end)
    content = (POLICE.index("Officers arrested"), place.end)
    said = Attribution((cue, cue + 4), (surname.start, surname.end), content, False, 1)
    assert resolve_source(POLICE, said, index, None) == surname
