"""The command line the data-file builders share (build_given_names.py, build_world_cities.py): write the file a
builder makes, or with --check say whether the shipped one is what it makes, so a rerun proves the file."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path


def write_or_check(argv: list[str], doc: str, out: Path, build: Callable[[], str], header: str) -> int:
    """Run a builder's command line: ``doc`` is its module docstring, ``out`` the shipped file, ``header`` the lines
    before the names (not counted)."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("--out", type=Path, default=out)
    parser.add_argument("--check", action="store_true", help="compare with the shipped file, write nothing")
    args = parser.parse_args(argv)
    try:
        text = build()
    except ModuleNotFoundError as missing:
        print(f"error: this builder needs the {missing.name} package: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    if args.check:
        same = args.out.read_text(encoding="utf-8") == text
        print("same" if same else f"{args.out} differs from what this builds")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {text.count(chr(10)) - header.count(chr(10))} names")
    return 0
