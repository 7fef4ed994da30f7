"""One actor written in several forms is one actor (brief/actors/spelling_variants.py, name_joins.py,
initials_forms.py, grouping's index): with and without accents, in another transliteration, by an inner
name of a long name, by a person's initials, by a blend of its words' openings, or without what follows
"of"; and initials a text defines in brackets are the body's wherever they stand. Invented names."""

from __future__ import annotations

from written import actors_of, holders, report_of

from brief.actors.grouping import group_mentions
from brief.actors.initials_forms import person_initials
from brief.actors.mentions import Mention
from brief.actors.spelling_variants import transliterated, unaccented


def _at(name: str, at: int, kind: str = "person") -> Mention:
    return Mention(1, at, at * 100, at * 100 + len(name), name, name, kind)


def _actors(mentions: list[Mention]) -> list[tuple[str, int]]:
    return sorted((g.name, len(g.mentions)) for g in group_mentions(mentions))


def test_spellings_fold_accents_and_transliterations_only() -> None:
    assert unaccented("Tomás Ruíz") == "Tomas Ruiz"
    assert transliterated("Dmitry Volkov") == transliterated("Dmitri Volkov")
    assert transliterated("Olesky") == transliterated("Oleskyy")
    assert transliterated("Carla Denti") != transliterated("Carlo Denti")  # another name, not a spelling


def test_a_name_with_and_without_its_accents_is_one_person() -> None:
    mentions = [_at("Joáo Tavarés", 0), _at("Joao Tavares", 2), _at("Joao Tavares", 3)]
    assert [n for _, n in _actors(mentions)] == [3]
    tail = [_at("Ramón Aurelio Cortés Ibarra", 0), _at("Cortes Ibarra", 2)]
    assert [n for _, n in _actors(tail)] == [2]


def test_another_transliteration_is_one_person_but_a_changed_vowel_is_not() -> None:
    mentions = [_at("Dmitry Orlovsky", 0), _at("Dmitri Orlovsky", 2)]
    assert [n for _, n in _actors(mentions)] == [2]
    surname = [_at("Taras Hrytsenkoo", 0), _at("Hrytsenko", 2, "organization"), _at("Hrytsenko", 3, "organization")]
    assert [n for _, n in _actors(surname)] == [3]
    siblings = [_at("Carla Denti", 0), _at("Carlo Denti", 2)]
    assert len(_actors(siblings)) == 2


def test_an_inner_name_of_a_long_name_is_that_person() -> None:
    mentions = [_at("Paulo Anselmo Tirado da Costa", 0), _at("Tirado", 2), _at("Tirado", 3, "organization")]
    assert [n for _, n in _actors(mentions)] == [3]


def test_a_persons_initials_are_that_person_named_before() -> None:
    assert person_initials("Khalid bin Rashed") == "KBR"
    assert person_initials("Marisol Ortega-Vance") == "MOV"
    mentions = [_at("Khalid bin Rashed", 0), _at("KBR", 2, "organization"), _at("KBR", 3, "place")]
    assert [n for _, n in _actors(mentions)] == [3]
    before = [_at("KBR", 0, "organization"), _at("Khalid bin Rashed", 2)]
    assert len(_actors(before)) == 2  # capitals before the name are not known to be his
    body = [_at("Khalid bin Rashed", 0), _at("Kerrow Bay Railways", 1, "organization"), _at("KBR", 2, "organization")]
    assert ("Khalid bin Rashed", 1) in _actors(body)  # a body of the story has the initials too: its
    initial = [_at("Nathan B. Anders", 0), _at("NBA", 2, "organization")]
    assert len(_actors(initial)) == 2  # a middle initial's name: its capitals spell bodies too often


def test_a_blend_of_a_names_openings_is_that_actor() -> None:
    mentions = [_at("Westmarch Bank of Tallora", 0, "organization"), _at("WestBank", 2, "organization"),
                _at("Fenwick Express", 3, "organization"), _at("FenEx", 4, "organization")]
    assert _actors(mentions) == [("Fenwick Express", 2), ("Westmarch Bank of Tallora", 2)]
    plain = [_at("Tessa Colborne", 0), _at("Tesco", 2, "organization")]
    assert len(_actors(plain)) == 2  # no inner capital: no blend


def test_a_body_named_without_what_follows_of_is_that_body() -> None:
    mentions = [_at("Reserve Bank of Tallora", 0, "organization"), _at("Reserve Bank", 2, "organization")]
    assert [n for _, n in _actors(mentions)] == [2]
    two = [_at("Reserve Bank of Tallora", 0, "organization"), _at("Reserve Bank of Quellmark", 1, "organization"),
           _at("Reserve Bank", 2, "organization")]
    assert len(_actors(two)) == 3
    banks = [_at("Bank of Tallora", 0, "organization"), _at("Bank of Quellmark", 1, "organization")]
    assert len(_actors(banks)) == 2


def test_initials_defined_in_brackets_are_the_body_wherever_they_stand() -> None:
    report = report_of(
        "Tallora central bank holds rates\n\n"
        "The Reserve Bank of Tallora (RBT) on Thursday kept its key rate at 4 per cent, saying prices were "
        "still rising too fast.\n\n"
        "Governor Mira Oskarsen said the bank would stay watchful.\n\n"
        "Economists said the RBT was likely to hold rates until the end of the year. The RBT said in a "
        "statement that growth had slowed.\n"
    )
    names = {a.name: a.aliases for a in actors_of(report)}
    assert "RBT" in names.get("Reserve Bank of Tallora", ())
    assert "RBT" not in names


def test_a_persons_last_two_words_typed_a_body_are_that_person() -> None:
    mentions = [_at("Joris ter Molen", 0), _at("Ter Molen", 2, "organization"), _at("Ter Molen", 3, "organization")]
    assert [n for _, n in _actors(mentions)] == [3]
    body = [_at("Anna Vale Holdings", 0), _at("Vale Holdings", 2, "organization")]
    assert len(_actors(body)) == 2  # a body's word: not a person's surname


def test_a_nickname_alone_is_the_person_whose_name_holds_it() -> None:
    nick = Mention(1, 0, 0, 30, "Dariusz Kowal", 'Dariusz "Tiny D" Kowal', "person")
    mentions = [nick, _at("Tiny D", 2), _at("Kowal", 3), _at("Tiny D", 4, "organization")]
    assert [n for _, n in _actors(mentions)] == [4]


def test_an_officer_named_with_her_force_after_of_is_the_officer() -> None:
    report = report_of(
        "Drugs gang jailed\n\n"
        "Five men were jailed on Friday for running a drugs network across the county.\n\n"
        "Det Insp Rowena Talbot of Marshire Police said the sentences sent a clear message to dealers.\n"
    )
    assert holders(report, "sent a clear message") == ["Rowena Talbot"]


def test_a_body_with_and_without_its_web_ending_is_one_body() -> None:
    mentions = [_at("Quillmart.com", 0, "organization"), _at("Quillmart", 2, "organization"),
                _at("Quillmart", 3, "organization")]
    assert [n for _, n in _actors(mentions)] == [3]


def test_a_full_name_typed_a_body_with_its_surname_alone_is_the_person() -> None:
    mentions = [_at("Grace Okoye", 0, "organization"), _at("Okoye", 2), _at("Grace Okoye", 3, "organization"),
                _at("Okoye", 4), _at("Grace Okoye", 5, "organization")]
    assert _actors(mentions) == [("Grace Okoye", 5)]
    assert [g.kind for g in group_mentions(mentions) if g.mentions] == ["person"]


def test_initials_leave_out_a_legal_form_or_a_closing_country() -> None:
    mentions = [_at("Tallora National Oil Company Limited", 0, "organization"), _at("TNOC", 2, "organization"),
                _at("Harbour Insurance Corporation of Tallora", 3, "organization"), _at("HIC", 4, "organization")]
    assert _actors(mentions) == [("Harbour Insurance Corporation of Tallora", 2), ("Tallora National Oil Company Limited", 2)]


def test_a_two_word_name_with_the_family_name_first_or_last_is_one_person() -> None:
    mentions = [_at("Tanabe Hiroki", 0), _at("Hiroki Tanabe", 2), _at("Tanabe", 3)]
    assert [n for _, n in _actors(mentions)] == [3]


def test_a_bodys_name_with_its_words_contracted_is_that_body() -> None:
    mentions = [_at("Westbury United", 0, "organization"), _at("Westbury City", 1, "organization"),
                _at("West Utd", 2, "organization"), _at("West Utd", 3, "organization")]
    assert _actors(mentions) == [("Westbury City", 1), ("Westbury United", 3)]
