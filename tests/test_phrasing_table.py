"""Position phrasing's verb table (brief/actors/data/phrasing.tsv.gz) answers as lemminflect does.

phrasing.py once asked lemminflect directly; it now reads a table built from lemminflect by
tools/build_phrasing_table.py. With lemminflect installed (the [bench] extra) these tests compare the
two on every word lemminflect's dictionary knows, on words it does not know, and on whole cues, and
check that the shipped file is what the tool builds, byte for byte. Without lemminflect they skip,
except the checks that phrasing needs no lemminflect and loads its table quickly.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from brief.actors import phrasing

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

TRICKY = ["said", "went", "cited", "persuaded", "is", "has", "did", "told", "disbelief", "backer", "allegedly",
          "used", "looked", "angry", "added"]
# Words lemminflect's dictionary does not hold, other cases, and the empty word: no lemma, no noun, as before.
UNKNOWN = ["Said", "WENT", "Cited", "Blinken", "xyzzy", "tweeted", "'s", "’s", "", "said:", "—", "über", "İstanbul"]


def _lemminflect_verb_lemma(word: str) -> str | None:  # phrasing.py's functions as they were
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word.lower(), upos="VERB").get("VERB")
    return lemmas[0] if lemmas else None


def _lemminflect_is_noun(word: str) -> bool:
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word.lower(), upos="NOUN"))


def _lemminflect_present(verb: str) -> str | None:
    from lemminflect import getInflection

    base = _lemminflect_verb_lemma(verb)
    if base is None:
        return None
    forms = getInflection(base, tag="VBZ")
    return forms[0] if forms else None


def test_the_table_answers_as_lemminflect_on_every_word() -> None:
    pytest.importorskip("lemminflect")  # build time only: the [bench] extra
    from build_phrasing_table import dictionary_words

    words = dictionary_words()
    assert len(words) > 60_000
    table_words = [line.split("\t")[0] for line in phrasing._table().split("\n")[1:-1]]
    assert table_words == sorted(table_words) and set(table_words) <= set(words)
    differ = [
        (w, phrasing.verb_lemma(w), _lemminflect_verb_lemma(w), phrasing.present(w), _lemminflect_present(w),
         phrasing._is_noun(w), _lemminflect_is_noun(w))
        for w in [*words, *TRICKY, *UNKNOWN]
        if (phrasing.verb_lemma(w), phrasing.present(w), phrasing._is_noun(w))
        != (_lemminflect_verb_lemma(w), _lemminflect_present(w), _lemminflect_is_noun(w))
    ]
    assert not differ, differ[:20]


CUES = ["said", "went on", "cited", "persuaded", "is keenly aware of", "has said", "did not say", "told",
        "disbelief at", "backer of", "allegedly said", "used", "looked", "is angry about", "added", "according to",
        "will not accept", "were not", "message of", "said Thursday", "under went", ":", "“"]


def test_whole_cues_read_as_with_lemminflect(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("lemminflect")
    ours = [phrasing.present_cue(cue) for cue in CUES]
    monkeypatch.setattr(phrasing, "verb_lemma", _lemminflect_verb_lemma)
    monkeypatch.setattr(phrasing, "_is_noun", _lemminflect_is_noun)
    monkeypatch.setattr(phrasing, "present", _lemminflect_present)
    assert ours == [phrasing.present_cue(cue) for cue in CUES]


def test_the_shipped_table_is_what_the_tool_builds() -> None:
    pytest.importorskip("lemminflect")
    from build_phrasing_table import OUT, build_table, encode

    assert OUT == phrasing.TABLE_PATH
    assert encode(build_table()) == OUT.read_bytes(), "run python tools/build_phrasing_table.py"


def test_tricky_words_without_lemminflect() -> None:
    assert [phrasing.present(w) for w in TRICKY] == [
        "says", "goes", "cites", "persuades", "is", "has", "does", "tells", None, None, None, "uses", "looks", None,
        "adds",
    ]
    assert phrasing.verb_lemma("Went") == "go" and phrasing.verb_lemma("disbelief") is None
    assert phrasing._is_noun("backer") and phrasing._is_noun("message") and not phrasing._is_noun("allegedly")


def test_phrasing_loads_its_table_quickly_and_never_imports_lemminflect() -> None:
    code = (
        "import sys, time\n"
        "from brief.actors import phrasing\n"
        "t = time.perf_counter(); phrasing.present('cited'); t = time.perf_counter() - t\n"
        "assert 'lemminflect' not in sys.modules, 'lemminflect imported'\n"
        "print(t)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert float(done.stdout) < 0.25  # ~10 ms; lemminflect's tables took ~0.8 s (a loose bound for busy machines)
