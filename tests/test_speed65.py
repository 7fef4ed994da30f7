"""Speed rewrites of session 52 (issue 14) that must find exactly what the code they replace found."""

from __future__ import annotations

import gc
import random
import re
import sys

from brief import parallel
from brief.actors import camel_names, headline_verb_spans, named_labels, narrator, particle_cities, user_handles
from brief.actors.mentions import Mention
from brief.actors.paragraph_reach import MOST_BREAKS, near_paragraphs
from brief.pipeline import GC_YOUNG_THRESHOLD


def test_a_worker_collects_as_rarely_as_the_main_process() -> None:
    """A pool's worker ("spawn": a fresh interpreter, CPython's young threshold of 700) raises the collector's
    threshold at its start, as ``pipeline.load`` does in the main process."""
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, *before[1:])
        parallel._warm(False)
        assert gc.get_threshold()[0] == GC_YOUNG_THRESHOLD
    finally:
        gc.set_threshold(*before)


def _mention(start: int, end: int, kind: str = "person", demonym: bool = False) -> Mention:
    return Mention(1, 0, start, end, "Name", "Name", kind, demonym=demonym)


def test_near_paragraphs_keeps_what_counting_each_mentions_breaks_kept() -> None:
    """The mentions kept are those with at most ``MOST_BREAKS`` runs of newlines between their end and the
    pronoun, as ``re.findall`` counted them: ends inside a run, on its edges, past the pronoun."""
    rng = random.Random(65)
    breaks = re.compile(r"\n+")
    for _ in range(3_000):
        text = "".join(rng.choice(("a", "b ", "\n", "\n\n", " ")) for _ in range(rng.randint(0, 30)))
        start = rng.randint(0, len(text))
        before = [_mention(0, end) for end in range(len(text) + 1)]
        kept = [m for m in before if len(breaks.findall(text, m.end, start)) <= MOST_BREAKS]
        assert near_paragraphs(text, before, start) == kept, (text, start)


def _narrator_voice_first(text: str, mentions: list[Mention]) -> Mention | None:
    """``narrator.narrator`` as it was: the voice read before the introduction."""
    for m in mentions:
        if m.demonym or not narrator._in_own_voice(text, m.start):
            continue
        before, after = text[max(0, m.start - narrator._LOOK_BEHIND) : m.start], text[m.end : m.end + narrator._LOOK_BEHIND]
        if m.kind == "person" and narrator._INTRODUCES_PERSON.search(before) and narrator._PERSON_GOES_ON.match(after):
            return m
        if m.kind == "organization" and narrator._INTRODUCES_BODY.search(before) and narrator._BODY_GOES_ON.match(after):
            return m
    return None


def test_narrator_finds_whom_the_voice_first_order_found() -> None:
    """Reading the introduction before the voice finds the same narrator, in quotes, turns and plain text."""
    rng = random.Random(52)
    pieces = ["This is", "I'm", "My name is", "At", "We at the", "Here at", "NAME", "NAME", ", and I", " and we",
              ", we", ".", "\n", "“", "”", '"', "Host:", "He said", "we", "I"]
    for _ in range(4_000):
        text, mentions = "", []
        for _ in range(rng.randint(1, 12)):
            piece = rng.choice(pieces)
            text += " " if text else ""
            if piece == "NAME":
                mentions.append(_mention(len(text), len(text) + 9, rng.choice(("person", "organization", "place")),
                                         rng.random() < 0.1))
                piece = "Dana Kerr"
            text += piece
        assert narrator.narrator(text, mentions) == _narrator_voice_first(text, mentions), text


def test_the_particle_gate_finds_what_the_unanchored_gate_found() -> None:
    """The word-and-particle gate at word starts, possessive, finds the same matches (spans and groups) as the
    unanchored "(\\w+)\\s+" one: words glued to marks, apostrophes, accents, digits, particles running on."""
    found = particle_cities._particled()
    assert found is not None
    gate = found[1]
    particles = gate.pattern.split("\\s+(", 1)[1]
    old = re.compile(r"(\w+)\s+(" + particles)
    rng = random.Random(14)
    words = ["Rio", "de", "la", "Dar", "es", "do", "el", "O'Neil", "São", "x1", "_a", "-", "’", ".", "d", "dé", "de-", "Mar"]
    for _ in range(20_000):
        text = "".join(rng.choice(words) + rng.choice(("", " ", " ", "  ", "\n")) for _ in range(rng.randint(1, 10)))
        assert [(m.span(), m.groups()) for m in gate.finditer(text)] == [(m.span(), m.groups()) for m in old.finditer(text)], text


def test_the_handle_gate_letters_are_what_re_i_a_to_z_matches() -> None:
    """``user_handles._MAY_HOLD``'s letters are the characters "[a-z]" matches under re.I, every code point checked,
    so every text a handle is found in passes the gate."""
    letters = re.compile(r"[a-z]", re.I)
    gate_letter = re.compile(user_handles._MAY_HOLD.pattern.split("]")[0] + "]")
    for point in range(sys.maxunicode + 1):
        c = chr(point)
        assert bool(letters.fullmatch(c)) == bool(gate_letter.fullmatch(c)), hex(point)
    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choice(("kestrel", "77", "_writes", "ab", "1", " ", "@", "ſ", "K", "Tova", "_", "x")) for _ in range(8))
        if user_handles._HANDLE.search(text):
            assert user_handles._MAY_HOLD.search(text), text


def _label_people_by_search(text: str, mentions: list[Mention]) -> list[Mention]:
    """``named_labels.label_people`` as it was: a search of the text for a newsroom word before each name."""
    people = [m for m in mentions if m.kind == "person" and not m.demonym]
    known = {m.name for m in people}

    def named(name: str) -> bool:
        shaped = named_labels._person_shaped(name)
        spelled = r"\s+".join(re.escape(w) for w in name.split())
        return shaped is True or shaped is None and re.search(
            rf"\b(?i:{named_labels._PERSON_WORDS}),?\s+{spelled}\b", text) is not None

    return people + [m for m in mentions if m.kind == "organization" and not m.demonym and m.name not in known
                     and named(m.name)]


def test_label_people_finds_whom_the_search_for_each_name_found() -> None:
    """The names written after a newsroom word, found at the places after each such word, are those a search of
    the whole text for the word and the name found: hyphened, run-on and comma'd words, names running on."""
    rng = random.Random(61)
    pieces = ["our", "reporter", "Reporter", "co-host", "cohost", "host,", "EDITOR", "anchored", "Piet", "Vandermolen",
              "Vandermolens", "Al", "Jazeera", ",", "\n", "writer,", "Lowe"]
    names = ["Piet Vandermolen", "Al Jazeera", "Vandermolen Lowe", "Piet Lowe"]
    for _ in range(5_000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        mentions = [Mention(1, 0, 0, 1, name, name, rng.choice(("organization", "person"))) for name in names]
        assert named_labels.label_people(text, mentions) == _label_people_by_search(text, mentions), text


def test_the_title_writings_are_those_finditer_found() -> None:
    """``headline_verb_spans._writings`` finds the title's writings that ``re.finditer`` of the escaped title found:
    one after another, a title running into its next writing, marks a pattern would read, blank titles none."""
    rng = random.Random(12)
    for _ in range(20_000):
        text = "".join(rng.choice(("a", "b", "ab", ".", "*", "(", " ", "\n")) for _ in range(rng.randint(0, 14)))
        title = "".join(rng.choice(("a", "b", ".", "*", "(", " ")) for _ in range(rng.randint(0, 4)))
        found = [m.start() for m in re.finditer(re.escape(title), text)] if title.strip() else []
        assert headline_verb_spans._writings(text, title) == found, (text, title)


def test_a_word_of_lower_case_letters_never_has_the_camel_shape() -> None:
    """What ``camel_companies`` no longer tries: no run of lower-case ASCII letters has ``camel_shape``."""
    rng = random.Random(40)
    for _ in range(20_000):
        word = "".join(rng.choice("abcxyz") for _ in range(rng.randint(2, 12)))
        assert not camel_names.camel_shape(word), word
    assert camel_names.camel_shape("eBay") and camel_names.camel_shape("my6sense")
