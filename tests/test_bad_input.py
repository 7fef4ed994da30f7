"""Bad input through the command line: a clear line naming the file, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from brief import cli
from brief.atomic import WriteError, write_atomic
from brief.ingest.decode import NotText
from brief.ingest.files import load_articles, read_input

ROOT = Path(__file__).resolve().parents[1]
STORY = (ROOT / "tests" / "data" / "harbour-strike-3.txt").read_text()


def brief(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "brief", *args], capture_output=True, text=True, cwd=ROOT,
        env={**os.environ, **(env or {})}, timeout=300,
    )


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\t\n  \n", "only whitespace"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG image"),
        ("program", b"\x7fELF\x02\x01\x01" + bytes(200), "ELF"),
        ("archive.txt", b"PK\x03\x04" + bytes(100), "zip archive"),
    ],
)
def test_unusable_file_alone(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = brief("--print", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert any(str(path) in line and message in line for line in lines), result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("latin-1", "Café owners in Zürich said the new rules were unfair. Prices rose by a fifth. " * 6),
        ("cp1252", "The minister’s “reform” was rejected – again – by the unions on Monday. " * 6),
        ("utf-16", "Die Gewerkschaft lehnte das Angebot ab. The union rejected the offer on Monday. " * 6),
    ],
)
def test_legacy_encodings_are_read(tmp_path: Path, encoding: str, text: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode(encoding))
    result = brief("-f", "json", "--no-actors", str(path))
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)["articles"][0]["summary"][0]["text"]
    assert summary.split()[0] in text


def test_invalid_utf8_is_decoded_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(STORY.encode() + b" Stra\xdfe und Pl\xe4tze.")
    result = brief("--print", "--no-actors", str(path))
    assert result.returncode == 0
    assert "not UTF-8" in result.stderr and str(path) in result.stderr


def test_one_sentence_and_no_punctuation(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("The port reopened on Friday after a nine-day strike.")
    (tmp_path / "flat.txt").write_text(" ".join(["the dock workers voted to end the strike"] * 30))
    result = brief("-f", "json", str(tmp_path))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert sorted(a["sentences"] for a in data["articles"]) == [1, 1]
    assert all(len(story["briefing"]) >= 1 for story in data["stories"])


def test_non_english_warns_and_still_summarizes(tmp_path: Path) -> None:
    path = tmp_path / "streik.txt"
    path.write_text(
        "Die Hafenarbeiter in Valmora haben ihren Streik am Dienstag verlängert. Die Gespräche mit der "
        "Hafenbehörde sind gescheitert, und mehr als vierzig Schiffe warten vor der Küste. Die Gewerkschaft "
        "sagte, ihre Mitglieder würden nicht zurückkehren, bis die Pläne zurückgezogen werden."
    )
    result = brief("--print", str(path))
    assert result.returncode == 0
    assert "looks like German, not English" in result.stderr and str(path) in result.stderr
    assert "Hafenarbeiter" in result.stdout


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(STORY * 40)
    refused = brief("--print", "--max-size", "1KB", str(path))
    assert refused.returncode == 2 and "above the 1 KB limit" in refused.stderr
    assert brief("--print", "--no-actors", "--max-size", "10MB", str(path)).returncode == 0


def test_a_small_limit_is_spelled_as_given(tmp_path: Path) -> None:
    """A file just over a limit of a few KB or bytes must not read as the limit itself ("3 KB, above the
    2 KB limit" for 2.5 KB; "above the 0 KB limit" for one byte)."""
    path = tmp_path / "story.txt"
    path.write_text(STORY * 10)
    half = brief("--print", "--max-size", "2.5KB", str(path))
    assert half.returncode == 2 and "above the 2.5 KB limit" in half.stderr
    one = brief("--print", "--max-size", "1", str(path))
    assert one.returncode == 2 and "above the 1 byte limit" in one.stderr
    nothing = brief("--print", "--max-size", "0", str(path))
    assert nothing.returncode == 2 and "--max-size: must be at least 1 byte, got '0'" in nothing.stderr


def test_fifo_and_symlink_loop(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo.txt")
    os.symlink(tmp_path / "loop.txt", tmp_path / "loop.txt")
    (tmp_path / "good.txt").write_text(STORY)
    result = brief("--print", "--no-actors", str(tmp_path / "fifo.txt"), str(tmp_path / "loop.txt"), str(tmp_path / "good.txt"))
    assert result.returncode == 0
    assert "fifo.txt: not a regular file" in result.stderr
    assert "loop.txt:" in result.stderr
    assert "Traceback" not in result.stderr


def test_device_is_skipped() -> None:
    result = brief("--print", "/dev/null", "tests/data/harbour-strike-3.txt", "--no-actors")
    assert result.returncode == 0
    assert "/dev/null: not a regular file (a device or socket)" in result.stderr


def test_file_that_vanished(tmp_path: Path) -> None:
    with pytest.raises(NotText, match="vanished"):
        read_input(str(tmp_path / "gone.txt"), 1000)


def test_ten_thousand_small_files(tmp_path: Path) -> None:
    words = "port strike union minister ships talks vote offer crane shift dock wage".split()
    for i in range(10_000):
        picks = " ".join(words[(i * k) % len(words)] for k in range(1, 9))
        (tmp_path / f"{i:05d}.txt").write_text(f"Report {i} on the {picks} story number {i * 7919}.")
    loaded = load_articles([str(tmp_path)])
    assert len(loaded.articles) + len(loaded.duplicates) == 10_000
    assert not loaded.errors


def test_internal_errors_are_one_line_unless_debugging(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("simulated failure")

    monkeypatch.setattr("brief.pipeline.build_report", broken)
    monkeypatch.delenv("BRIEF_DEBUG", raising=False)
    assert cli.main(["--print", str(ROOT / "seeds")]) == cli.EXIT_INTERNAL
    err = capsys.readouterr().err
    assert "internal error: RuntimeError: simulated failure" in err and "Traceback" not in err
    monkeypatch.setenv("BRIEF_DEBUG", "1")
    with pytest.raises(RuntimeError, match="simulated failure"):
        cli.main(["--print", str(ROOT / "seeds")])


def test_failed_export_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(WriteError, match="no space left on device"):
        write_atomic(tmp_path / "out.md", "text")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(WriteError, match="cannot write here"):
        write_atomic(tmp_path / "missing-dir" / "out.md", "text")


def test_export_does_not_clobber(tmp_path: Path) -> None:
    target = tmp_path / "b.md"
    write_atomic(target, "first")
    with pytest.raises(WriteError, match="already exists"):
        write_atomic(target, "second")
    assert target.read_text() == "first"
    write_atomic(target, "third", force=True)
    assert target.read_text() == "third"
    assert [p.name for p in tmp_path.iterdir()] == ["b.md"]
