"""Speed without surprises: the process pool changes nothing, slow methods are capped and say so."""

from __future__ import annotations

import dataclasses
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from brief import parallel, pipeline
from brief.model import Sentence
from brief.render.json import render_json
from brief.summarize import graph, registry, sumy_methods

_PEOPLE = ["Maria Okafor", "Daniel Brandt", "Leila Haddad", "Tomas Varga", "Aiko Tanaka"]
_GROUPS = ["the Harbour Workers Union", "the Port Authority", "the Ministry of Transport", "Northgate Shipping"]
_PLACES = ["Rotterdam", "Lagos", "Gdansk", "Valparaiso"]


_FACTS = [
    "Workers at the port of {place} stayed off the job for a {days}th day on {day}, as {group} refused to resume talks.",
    "“We will not go back until the night-shift bonus is restored,” said {who}, a spokeswoman for the strikers.",
    "{other}, the port's director, said the demands would cost {share} million euros a year.",
    "Ships carrying grain and fuel were diverted to other harbours, according to shipping agents in {place}.",
    "The dispute began when the operator cut the bonus by {share} percent in {month}.",
    "Officials at {group} said they were ready to meet on {day} if the blockade of the gates ended.",
    "Traders said queues of lorries stretched for {km} kilometres along the coastal motorway.",
    "{who} accused the operator of using temporary crews to unload container vessels at night.",
    "Police in {place} said two people were detained after scuffles near the main terminal.",
    "{other} told reporters that automation would go ahead whatever the outcome of the talks.",
    "Fishermen in {place} joined the protest, saying fuel prices had doubled since {month}.",
    "The mayor of {place} urged both sides to accept mediation by a retired judge.",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_MONTHS = ["March", "April", "May", "June", "July", "August", "September"]


def _fields(i: int) -> dict[str, object]:
    return {
        "who": _PEOPLE[i % 5], "other": _PEOPLE[(i + 2) % 5], "group": _GROUPS[i % 4],
        "place": _PLACES[i % 4], "days": 3 + i % 6, "share": 10 + 3 * i, "day": _DAYS[i % 5],
        "month": _MONTHS[i % 7], "km": 4 + i,
    }


def _article(i: int) -> str:
    """A small made-up news article; each tells a different mix of the facts, with its own names."""
    fields = _fields(i)
    picks = [f for k, f in enumerate(_FACTS) if ((i * 37 + 11) >> (k % 7)) & 1 or k == i % 12]
    picks = (picks + [f for f in _FACTS if f not in picks])[: 4 + i % 4]
    paragraphs = [" ".join(picks[j : j + 2]).format(**fields) for j in range(0, len(picks), 2)]
    return f"Dock strike in {fields['place']}, day {fields['days']}\n\n" + "\n\n".join(paragraphs) + "\n"


def _write(folder: Path, n: int) -> list[str]:
    folder.mkdir(exist_ok=True)
    for i in range(n):
        (folder / f"{i:03d}.txt").write_text(_article(i), encoding="utf-8")
    return [str(folder)]


def test_pool_and_single_process_reports_are_identical(tmp_path: Path) -> None:
    inputs = _write(tmp_path / "news", 40)
    loaded = pipeline.load(inputs)
    assert len(loaded.articles) >= 30  # a few may read as the same story and be dropped
    single = pipeline.build_report(loaded, pipeline.Options(workers=1, cache=False))
    pooled = pipeline.build_report(loaded, pipeline.Options(workers=2, cache=False))  # every article in the pool
    assert any(s.actors for s in single.stories) and all(s.briefing for s in single.stories)
    assert any(len(s.articles) > 1 for s in single.stories)  # briefed in the pool, beside the articles
    assert render_json(pooled) == render_json(single)


def test_story_briefings_from_the_pool_equal_those_made_here(tmp_path: Path) -> None:
    """The stories' briefings handed to a pool come back the same and in story order, with -w and
    --order date too, whichever finishes first."""
    loaded = pipeline.load(_write(tmp_path / "news", 40))
    sentences = pipeline.split_all(loaded.articles)
    for options in (pipeline.Options(cache=False), pipeline.Options(cache=False, words=60, order="date")):
        groups = pipeline.sort_into_stories(loaded.articles, sentences, options)
        by_id = {a.id: a for a in loaded.articles}
        assert sum(len(g.articles) > 1 for g in groups) >= 2
        here = pipeline.brief_stories(groups, by_id, sentences, options, [])
        with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
            pooled = pipeline.start_briefings(groups, by_id, sentences, options, [])(pool.submit)()
        assert pooled == here


def test_worker_count_honours_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    loaded = pipeline.load(_write(tmp_path / "few", 3))
    monkeypatch.delenv(parallel.WORKERS_ENV, raising=False)
    assert parallel.worker_count(loaded.articles) == 1  # small input: no pool
    monkeypatch.setenv(parallel.WORKERS_ENV, "3")
    assert parallel.worker_count(loaded.articles) == 3
    assert parallel.worker_count(loaded.articles, requested=1) == 1


def test_every_long_stage_reports_progress(tmp_path: Path) -> None:
    loaded = pipeline.load(_write(tmp_path / "news", 25))
    seen: list[tuple[str, int, int]] = []
    pipeline.build_report(loaded, pipeline.Options(workers=1), progress=lambda *a: seen.append(a))
    stages = {stage for stage, _, _ in seen}
    assert {"Splitting sentences", "Briefing", "Summarizing and finding actors"} <= stages
    for stage in stages:
        last = [(done, total) for s, done, total in seen if s == stage][-1]
        assert last[0] == last[1] > 0  # every stage ends complete


def _sentences(n: int, articles: int = 1) -> list[Sentence]:
    out: list[Sentence] = []
    per = -(-n // articles)
    for k in range(n):
        a, i = k // per + 1, k % per
        text = _FACTS[(k * 5) % len(_FACTS)].format(**_fields(k))
        out.append(Sentence(a, i, 0, len(text), text))
    return out


@pytest.mark.parametrize("method", ["lexrank", "textrank", "reduction"])
def test_vectorized_graph_methods_pick_what_sumy_picks(method: str) -> None:
    for sentences in (_sentences(12), _sentences(40, articles=4)):
        assert getattr(graph, method)(sentences, 3) == getattr(sumy_methods, method)(sentences, 3)


def _lower_limit(monkeypatch: pytest.MonkeyPatch, method: str, limit: int) -> None:
    spec = dataclasses.replace(registry.REGISTRY[method], limit=limit)
    monkeypatch.setitem(registry.REGISTRY, method, spec)


def test_a_slow_method_past_its_limit_uses_the_vectorized_equivalent(monkeypatch: pytest.MonkeyPatch) -> None:
    _lower_limit(monkeypatch, "lexrank", 10)
    sentences = _sentences(30, articles=3)
    caps: list[registry.Capped] = []
    picked = registry.summarize(sentences, 3, "lexrank", caps)
    assert picked == graph.lexrank(sentences, 3)
    assert caps == [registry.Capped("lexrank", 30, 10, True)]
    (line,) = registry.describe_caps(caps, pooled=True)
    assert line.startswith("lexrank: the briefing's 30 pooled sentences") and "vectorized" in line


def test_a_slow_method_without_equivalent_reads_only_the_leads(monkeypatch: pytest.MonkeyPatch) -> None:
    _lower_limit(monkeypatch, "kl", 8)
    sentences = _sentences(24, articles=3)
    caps: list[registry.Capped] = []
    picked = registry.summarize(sentences, 3, "kl", caps)
    assert len(picked) == 3
    assert all(sentences[p].index < 3 for p in picked)  # the eight leads: indexes 0-2 of each article
    assert caps == [registry.Capped("kl", 24, 8, False)]


def test_caps_reach_the_report_warnings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _lower_limit(monkeypatch, "textrank", 3)  # below every article's length (4 to 6 sentences; the headline is none)
    loaded = pipeline.load(_write(tmp_path / "news", 3))
    report = pipeline.build_report(loaded, pipeline.Options(method="textrank", actors=False, workers=1))
    assert any(w.startswith("textrank: 3 articles have") for w in report.meta.warnings)
    again = pipeline.resummarize(report, "lexrank", 2)
    assert again.meta.warnings == report.meta.warnings  # lexrank's limit (300) is not reached


def test_small_concept_search_finds_the_optimum_highs_approaches(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Python branch and bound returns a feasible selection worth at least what HiGHS finds
    (HiGHS stops within its 0.01% gap), so small briefings need no scipy.optimize."""
    from brief.summarize import concepts
    from brief.summarize.briefing import _pool
    from brief.text.sentences import split_article

    root = Path(__file__).resolve().parents[1]
    loaded = pipeline.load([str(root / "seeds")])
    seeds = _pool(loaded.articles, {a.id: split_article(a) for a in loaded.articles})
    answers: list[np.ndarray | None] = []
    real = concepts._solve_small
    monkeypatch.setattr(concepts, "_solve_small", lambda *a: answers.append(real(*a)) or answers[-1])

    def value(f: concepts.SentenceFeatures, rows: np.ndarray, chosen: np.ndarray) -> float:
        """The integer program's objective, computed independently: covered worth plus tie-breaks."""
        used = np.flatnonzero((np.asarray(f.concepts[rows].sum(axis=0)).ravel() > 0) & (f.weights > 0))
        typical = float(np.median(f.weights[used]))
        covered = np.asarray(f.concepts[chosen].sum(axis=0)).ravel() > 0
        tie = 1e-3 / (1.0 + f.positions[chosen]) - concepts.DANGLING_PENALTY * typical * f.dangling[chosen]
        return float(f.weights[covered].sum() + tie.sum())

    pools = [seeds, seeds[:20], seeds[10:], _sentences(24, 2), _sentences(36, 4)]
    for sentences in pools:
        f = concepts.features(sentences)
        rows = concepts._candidates(f)
        for count in (3, 5, 7):
            monkeypatch.setattr(concepts, "SMALL_CANDIDATES", -1)
            highs = concepts._solve(f, rows, count * 25, count)
            monkeypatch.setattr(concepts, "SMALL_CANDIDATES", 40)
            small = concepts._solve(f, rows, count * 25, count)
            assert (highs is None) == (small is None)
            if highs is None or small is None:
                continue
            assert len(small) <= count and int(f.lengths[small].sum()) <= count * 25
            pairs = {tuple(p) for p in concepts._duplicate_pairs(f, rows).tolist()}
            picked = {int(np.flatnonzero(rows == r)[0]) for r in small}
            assert not any(a in picked and b in picked for a, b in pairs)
            best, found = value(f, rows, small), value(f, rows, highs)
            assert best >= found - 1e-9
            assert found >= best * (1 - 1e-4) - 1e-6
    assert sum(a is not None for a in answers) >= 3  # the seeds at least are answered without HiGHS
