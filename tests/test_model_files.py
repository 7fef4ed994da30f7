"""A missing shipped model fails the same clear way for both models (issue 15): no silent fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief import cli
from brief.actors import ner
from brief.actors.attribution import weights
from brief.actors.model_files import ModelMissing

ARTICLE = ("Council approves new budget\n\n"
           "The city council approved the budget on Monday, said Mayor Anna Berg. "
           "\"It keeps the libraries open,\" she said.\n")


@pytest.fixture
def no_models(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Both model paths pointed at absent files; the cached models forgotten before and after."""
    monkeypatch.setattr(weights, "MODEL_PATH", tmp_path / "attribution-model.npz")
    monkeypatch.setattr(ner, "MODEL_PATH", tmp_path / "ner-v1.npz")
    monkeypatch.setattr(ner, "_MODEL", None)
    weights.load_model.cache_clear()
    yield tmp_path
    weights.load_model.cache_clear()


def test_a_missing_attribution_model_raises_naming_the_file(no_models: Path) -> None:
    with pytest.raises(ModelMissing, match="attribution-model.npz.*installation of brief is broken"):
        weights.load_model()


def test_a_missing_ner_model_raises_naming_the_file(no_models: Path) -> None:
    with pytest.raises(ModelMissing, match="ner-v1.npz.*installation of brief is broken"):
        ner.model()


def test_the_error_survives_the_process_pool() -> None:
    import pickle

    error = pickle.loads(pickle.dumps(ModelMissing(Path("/x/ner-v1.npz"))))
    assert str(error) == str(ModelMissing(Path("/x/ner-v1.npz")))


@pytest.mark.parametrize("missing", ["attribution", "ner"])
def test_the_cli_prints_one_line_and_no_traceback(
    missing: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BRIEF_WORKERS", "1")  # in this process, where the paths are patched
    monkeypatch.delenv("BRIEF_DEBUG", raising=False)
    monkeypatch.setenv("BRIEF_CACHE_DIR", str(tmp_path / "cache"))
    if missing == "attribution":
        monkeypatch.setattr(weights, "MODEL_PATH", tmp_path / "attribution-model.npz")
    else:
        monkeypatch.setattr(ner, "MODEL_PATH", tmp_path / "ner-v1.npz")
    monkeypatch.setattr(ner, "_MODEL", None)
    weights.load_model.cache_clear()
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    try:
        status = cli.main(["--print", "--no-cache", str(article)])
    finally:
        weights.load_model.cache_clear()
    err = capsys.readouterr().err
    assert status == cli.EXIT_INTERNAL
    lines = [line for line in err.splitlines() if "model file" in line]
    assert len(lines) == 1 and "broken" in lines[0] and str(tmp_path) in lines[0], err
    assert "Traceback" not in err and "internal error" not in err
