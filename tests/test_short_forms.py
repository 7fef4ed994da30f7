"""An organisation named in full and then by a short form is one actor (brief/actors/short_forms.py).

Invented bodies and products; each mention is placed by its sentence (offsets in text order)."""

from __future__ import annotations

from brief.actors.grouping import group_mentions
from brief.actors.mentions import Mention


def _at(name: str, at: int, kind: str = "organization", article: int = 1) -> Mention:
    return Mention(article, at, at * 100, at * 100 + len(name), name, name, kind)


def _actors(mentions: list[Mention]) -> list[tuple[str, int]]:
    return sorted((g.name, len(g.mentions)) for g in group_mentions(mentions))


def test_a_body_shortened_to_its_first_word_after_its_full_name_is_one_actor() -> None:
    mentions = [_at("Quellmark Chase", 0), _at("Quellmark", 2), _at("Quellmark", 5), _at("Ardovia", 3, "place")]
    assert _actors(mentions) == [("Ardovia", 1), ("Quellmark Chase", 3)]


def test_a_maker_named_before_its_product_stays_apart() -> None:
    mentions = [_at("Quellmark", 0), _at("Quellmark Stream", 2), _at("Quellmark", 4)]
    assert _actors(mentions) == [("Quellmark", 2), ("Quellmark Stream", 1)]


def test_a_maker_named_far_more_often_than_its_product_stays_apart() -> None:
    mentions = [_at("Quellmark Stream", 0), *(_at("Quellmark", k) for k in range(1, 9))]
    assert _actors(mentions) == [("Quellmark", 8), ("Quellmark Stream", 1)]


def test_a_clipped_first_word_is_the_one_body_it_begins() -> None:
    mentions = [_at("Provincial Exchange", 0), _at("Provincial Exchange Office of Tarn", 1), _at("Prov", 3)]
    assert ("Provincial Exchange", 2) in _actors(mentions)


def test_a_clipped_word_that_begins_two_bodies_joins_neither() -> None:
    mentions = [_at("Provincial Exchange", 0), _at("Provincial Water Board", 1), _at("Prov", 3)]
    assert ("Prov", 1) in _actors(mentions)


def test_a_compound_name_by_its_parts_initials() -> None:
    mentions = [_at("Brennwagen", 0), _at("BW", 2), _at("Holt-Mercer", 3), _at("HM", 4)]
    assert _actors(mentions) == [("Brennwagen", 2), ("Holt-Mercer", 2)]


def test_a_surname_or_a_country_is_no_short_form_of_a_body() -> None:
    mentions = [_at("Dana Quellmark", 0, "person"), _at("Quellmark Holdings", 1), _at("Quellmark", 2),
                _at("Ardovia Rail", 3), _at("Ardovia", 4)]
    names = dict(_actors(mentions))
    assert names.get("Quellmark Holdings") == 1


def test_initials_leave_out_a_remit_added_with_and() -> None:
    mentions = [_at("Office for Tariff Review and Appeals", 0), _at("OTR", 2)]
    assert _actors(mentions) == [("Office for Tariff Review and Appeals", 2)]


def test_initials_with_full_stops_spell_the_body_written_without_them() -> None:
    mentions = [_at("QRBank Chase", 0), _at("QRBank", 1), _at("Q.R. Bank", 2, "person")]
    assert _actors(mentions) == [("QRBank Chase", 3)]


def test_a_last_word_alone_joins_the_one_two_word_name_it_ends() -> None:
    mentions = [_at("Maren Holloway", 0), _at("Holloway", 1), _at("Holloway", 2)]
    assert _actors(mentions) == [("Maren Holloway", 3)]


def _after(m: Mention, word: str) -> Mention:
    return Mention(m.article, m.sentence, m.start, m.end, m.name, m.surface, m.kind, after=word)


def test_a_short_form_once_after_in_of_two_is_still_the_body_but_mostly_after_in_a_place() -> None:
    mentions = [_at("Quellmark Chase", 0), _at("Quellmark", 2), _after(_at("Quellmark", 4), "in"),
                _at("Tarn Holdings", 5), _after(_at("Tarn", 6), "in"), _after(_at("Tarn", 7), "in"), _at("Tarn", 8)]
    names = dict(_actors(mentions))
    assert names.get("Quellmark Chase") == 3  # "in Quellmark's favour" reads as where: one of two is no place
    assert names.get("Tarn") == 3  # two of three "in Tarn": the town, not the short form of Tarn Holdings


def _headline(m: Mention) -> Mention:
    return Mention(m.article, m.sentence, m.start, m.end, m.name, m.surface, m.kind, headline=True)


def test_a_headline_may_shorten_a_body_before_the_story_names_it_in_full() -> None:
    mentions = [_headline(_at("Quellmark", 0)), _at("Quellmark Chase", 1), _at("Quellmark", 3)]
    assert _actors(mentions) == [("Quellmark Chase", 3)]
    alone = [_headline(_at("Tarnwell", 0)), _at("Tarnwell Stream", 1)]  # only the headline: a maker, apart
    assert _actors(alone) == [("Tarnwell", 1), ("Tarnwell Stream", 1)]
