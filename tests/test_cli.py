"""The command line as a user runs it: in a subprocess, with real exit codes and streams."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "brief" / "render" / "schema.json").read_text())


def brief(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "brief", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_help_teaches() -> None:
    result = brief("--help")
    assert result.returncode == 0
    for word in ("--print", "--format", "--method", "--words", "--sentences", "--article-sentences",
                 "lexrank", "textrank", "edmundson", "reduction", "examples:", "NO_COLOR"):
        assert word in result.stdout


def test_print_seeds(seeds: Path) -> None:
    result = brief("--print", "seeds/")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("BRIEFING")
    assert "SOURCES" in result.stdout and "ARTICLE SUMMARIES" in result.stdout
    assert "\x1b" not in result.stdout


def test_json_validates_against_the_contract(seeds: Path) -> None:
    result = brief("-f", "json", "seeds/")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["meta"]["method"] == "position"


def test_markdown(seeds: Path) -> None:
    result = brief("-f", "markdown", "seeds/")
    assert result.returncode == 0
    assert result.stdout.startswith("# Briefing\n")
    assert "## Sources" in result.stdout


@pytest.mark.parametrize("method", ["lexrank", "lsa", "luhn", "textrank", "sumbasic", "kl", "edmundson", "reduction"])
def test_every_sumy_method_from_the_cli(method: str) -> None:
    result = brief("-f", "json", "-m", method, "-k", "2", "tests/data/harbour-strike.txt")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["meta"]["method"] == method
    assert len(data["articles"][0]["summary"]) == 2


def test_stdin() -> None:
    text = (ROOT / "tests" / "data" / "harbour-strike-3.txt").read_bytes()
    result = brief("-f", "json", "-", stdin=text)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["articles"][0]["path"] == "<stdin>"


def test_words_budget() -> None:
    result = brief("-f", "json", "-w", "40", "--one-story", "tests/data/")
    data = json.loads(result.stdout)
    assert len(data["stories"]) == 1 and len(data["stories"][0]["articles"]) == len(data["articles"])
    words = [len(item["text"].split()) for item in data["stories"][0]["briefing"]]
    # Sentences are added until 40 words are reached: without the longest, the total is short of it.
    assert sum(words) - max(words) < 40 <= sum(words)


def test_missing_path_is_one_line_error_exit_2() -> None:
    result = brief("--print", "no/such/file.txt")
    assert result.returncode == 2
    assert result.stderr.splitlines() == ["brief: error: no/such/file.txt: no such file or directory"]
    assert result.stdout == ""


def test_several_bad_inputs_each_say_why_then_that_nothing_was_read(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = brief("--print", str(tmp_path / "empty.txt"), "no/such/file.txt")
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 3 and any("empty file" in line for line in lines[:2])
    assert any("no such file" in line for line in lines[:2])
    assert lines[2] == "brief: error: nothing usable to read"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [("empty.txt", b"", "empty file"), ("bin.txt", b"\x89PNG\r\n\x1a\nxxxx", "binary")],
)
def test_bad_file_alone_exit_2(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = brief("--print", str(path))
    assert result.returncode == 2
    assert f"{path}: " in result.stderr and reason in result.stderr
    assert "Traceback" not in result.stderr


def test_directory_with_nothing_readable(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    result = brief("--print", str(tmp_path))
    assert result.returncode == 2
    assert f"{tmp_path}: directory has no readable text files" in result.stderr


def test_bad_file_among_good_ones_warns_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = brief("--print", str(tmp_path), "tests/data/harbour-strike.txt")
    assert result.returncode == 0
    assert "warning" in result.stderr and "empty.txt" in result.stderr
    assert "BRIEFING" in result.stdout


def test_usage_errors_exit_2() -> None:
    assert brief("-n", "0", "seeds/").returncode == 2
    assert brief("-m", "nonsense", "seeds/").returncode == 2
    assert brief("-n", "3", "-w", "50", "seeds/").returncode == 2


def test_output_file_is_written_once_and_not_clobbered(tmp_path: Path) -> None:
    target = tmp_path / "briefing.md"
    first = brief("-f", "markdown", "-o", str(target), "seeds/")
    assert first.returncode == 0 and target.read_text().startswith("# Briefing")
    target.write_text("keep me")
    second = brief("-f", "markdown", "-o", str(target), "seeds/")
    assert second.returncode == 2 and "already exists" in second.stderr
    assert target.read_text() == "keep me"
    third = brief("-f", "markdown", "-o", str(target), "--force", "seeds/")
    assert third.returncode == 0 and target.read_text().startswith("# Briefing")
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.md"]


def test_no_color_and_piped_stderr_have_no_escapes(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = brief("--print", str(tmp_path), "seeds/", env={"NO_COLOR": "1"})
    assert "\x1b" not in result.stderr and "\x1b" not in result.stdout


def test_print_path_imports_only_what_it_needs() -> None:
    """Start-up is a feature: printing local files loads no reader (textual), no NLTK (its import
    pulls in scipy.stats, ~1 s), no solver for the seeds' tiny briefing (scipy.optimize), and none of
    the web libraries."""
    code = (
        "import sys, contextlib, io\nfrom brief.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()): rc = main(['--print', 'seeds/'])\n"
        "assert rc == 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'nltk', 'trafilatura', 'feedparser',\n"
        "    'lxml', 'htmldate', 'justext', 'platformdirs') or m.startswith(('scipy.stats', 'scipy.optimize'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


def test_help_fits_an_80_column_terminal_and_keeps_every_word() -> None:
    # The description was one 287-character line and the methods and examples ran past column 80:
    # a terminal broke them mid-word, at its edge.
    narrow = brief("--help", env={"COLUMNS": "80"})
    wide = brief("--help", env={"COLUMNS": "400"})
    assert narrow.returncode == 0
    assert [line for line in narrow.stdout.splitlines() if len(line) > 80] == []
    assert narrow.stdout.split() == wide.stdout.split()
    assert "  position   lead-aware" in narrow.stdout and "\n             what matters first)" in narrow.stdout


def test_help_names_urls_the_cache_the_workers_and_the_readers_keys() -> None:
    # --help said PATH was "files, directories, globs, or - for stdin" (URLs and feeds are read too),
    # that --no-cache and BRIEF_CACHE_DIR were about fetched pages only (the article cache too), and
    # nothing of BRIEF_WORKERS or of how to find the reader's keys.
    words = " ".join(brief("--help", env={"COLUMNS": "400"}).stdout.split())
    assert "globs, http(s) URLs of pages or feeds, or - for stdin" in words
    assert "fetched pages and of articles read" in words and "BRIEF_WORKERS" in words
    assert "? lists its keys" in words and "each story's briefing" in words


@pytest.mark.parametrize("name", ["md", "MD", "Markdown"])
def test_format_md_is_markdown(name: str) -> None:
    result = brief("-f", name, "--no-cache", "--no-actors", "seeds/")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Briefing\n")
