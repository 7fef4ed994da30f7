"""An article's report does not depend on what was read before it: not in the same process (no memo or registry
carries one article's reading into the next), not through the cache folder (whose key leaves out the file's name
and id, so an entry written for one file is served for another with the same text: its reading must not depend on
either). Session 64 traced the actors bench's I total, 697 or 696 "by what ran before it", to code, not to order:
the bench reads without the cache, and trees without bb8339c4 scored 697."""

from __future__ import annotations

from pathlib import Path

from cache_runs import cached_report

_HARBOUR = ("Kessing port workers walk out over pay\n\n"
            "Dock workers at the port of Kessing stopped work on Monday, the Kessing Dockers' Union said. "
            "\"We will not unload a single ship until the offer is fair,\" union leader Mara Velik told reporters. "
            "The Kessing Port Authority rejected the claim and warned that ships would be sent to Orlund. "
            "Port director Anton Brisk said the authority had offered a raise of four percent.\n")
_BRIDGE = ("Velden council approves new river bridge\n\n"
           "The town council of Velden approved plans for a second bridge over the Aller on Tuesday. "
           "Mayor Ilse Roth said the bridge would end years of traffic jams in the old town. "
           "\"This is the most important decision of my term,\" Roth told the Velden Courier. "
           "The Green group voted against it, saying the cost of 40 million euros was too high.\n")


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text)
    return path


def test_an_articles_report_is_the_same_whatever_was_read_before_it(tmp_path: Path) -> None:
    harbour = _write(tmp_path / "a", "harbour.txt", _HARBOUR)
    bridge = _write(tmp_path / "b", "bridge.txt", _BRIDGE)
    alone = cached_report([harbour], tmp_path / "cold", cache=False)
    cached_report([bridge], tmp_path / "cold", cache=False)
    assert cached_report([harbour], tmp_path / "cold", cache=False) == alone
    cached_report([bridge], tmp_path / "shared")
    assert cached_report([harbour], tmp_path / "shared") == alone
    assert cached_report([harbour], tmp_path / "shared") == alone  # read back from the cache


def test_an_entry_for_the_same_text_under_another_name_gives_that_files_report(tmp_path: Path) -> None:
    harbour = _write(tmp_path / "a", "harbour.txt", _HARBOUR)
    twin = _write(tmp_path / "b", "copy-of-harbour.txt", _HARBOUR)
    expected = cached_report([twin], tmp_path / "cold", cache=False)
    cached_report([harbour], tmp_path / "shared")
    assert cached_report([twin], tmp_path / "shared") == expected
