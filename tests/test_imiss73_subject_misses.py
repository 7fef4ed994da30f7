"""bench/subject_misses.py runs on a page and names the pipeline step that read a missed subject.

Its watches wrap the article-level steps where brief calls them; when those steps moved to another
module the script stopped (an AttributeError) and, wrapped in the wrong place, it would read no
mention at all. A gold that wants a person as an organisation is missed as a wrong kind, and the
diagnosis must say how the person's mentions were first read (the find_mentions step, watched).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench" / "subject_misses.py"

PAGE = """<html><head><title>Harbour minister defends ferry terminal delay</title></head><body>
<article><h1>Harbour minister defends ferry terminal delay</h1>
<p>Harbour Minister Anna Kowalski said on Monday that the new ferry terminal at Port Elsmere would open in the spring,
a year later than planned.</p>
<p>Kowalski told reporters in the town hall that the budget for the terminal was balanced and that the
builders had been paid on time.</p>
<p>The Elsmere Ferry Company, which runs the night crossings, said it would keep its old timetable until the
new terminal opens. Kowalski said she would meet the company next week.</p>
<p>Local traders have asked the council for a clearer date, and Kowalski promised them one by the end of the month.</p>
</article></body></html>
"""


def _run(tmp_path: Path, subjects: list[dict[str, object]]) -> str:
    (tmp_path / "ferry.html").write_text(PAGE, encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"pages": {"ferry.html": {"subjects": subjects}}}), encoding="utf-8")
    done = subprocess.run([sys.executable, str(BENCH), str(tmp_path), "--gold", str(gold)],
                          capture_output=True, text=True, check=True)
    return done.stdout


def test_a_wrong_kind_names_how_the_mentions_were_read(tmp_path: Path) -> None:
    out = _run(tmp_path, [{"names": ["Anna Kowalski"], "kind": "organization", "top": 3}])
    assert "subjects failed 1/1" in out, out
    assert "wrong kind: person for organization" in out, out
    assert "read person" in out, out  # the tagger's mentions, seen by the watched find_mentions


def test_a_subject_brief_lists_passes(tmp_path: Path) -> None:
    out = _run(tmp_path, [{"names": ["Anna Kowalski"], "kind": "person", "top": 3}])
    assert "subjects failed 0/1" in out, out
