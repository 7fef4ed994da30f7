"""The command line: options and inputs in; the reader opened, or the briefing printed.

Only the output goes to stdout; warnings, errors and progress go to stderr. Textual is imported
only when the reader actually opens, so printing stays fast.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import textwrap
from collections.abc import Sequence
from typing import TextIO

from brief import __version__
from brief.actors.model_files import ModelMissing

EXIT_OK = 0
EXIT_NOTHING = 2  # usage errors and "nothing usable to read" alike, as argparse does
EXIT_INTERNAL = 70
FORMATS = ("text", "markdown", "json")
FORMAT_ALIASES = {"md": "markdown", "txt": "text"}  # what a user types for the file's extension
MAX_TIMEOUT_S = 600  # --timeout: past ten minutes a server is not slow but gone; a typo (6000) is refused
PROGRESS_MIN_ITEMS = 20  # fewer inputs finish before a progress line could be read: it would only flicker
PIPED_WIDTH = 80  # text output into a pipe or file: the width every pager and terminal shows unwrapped
MAX_TERMINAL_WIDTH = 100  # on a wide terminal, lines longer than this are hard to read back to their start

_EXAMPLES = """\
examples:
  brief seeds/                        open the reader on every article in seeds/
  brief --print seeds/ | less         print the briefing (also when stdout is not a terminal)
  brief -f json seeds/*.txt > b.json  the same as JSON (schema in the README)
  brief -w 100 -m lexrank a.txt b.txt
                                      a 100-word briefing, LexRank per-article summaries
  cat story.txt | brief -             read an article from standard input
  brief --order date https://example.org/feed.xml
                                      a feed's entries, briefed as a timeline
  brief --one-story saved/            one briefing of everything, without sorting into stories

inputs: files, directories (searched recursively for .txt, .md, .html and extension-less
files; .md is read as Markdown, its markup left out), glob patterns (quote them: 'news/**/*.txt'), http(s) URLs of pages or RSS/Atom feeds
(each entry's page is fetched) and - for standard input. A file or URL that cannot be read is
reported and skipped; exit status 2 when nothing usable remains. Fetched pages, and what was read in
each article, are cached.

the reader (a terminal, without --print): ? lists its keys, ctrl+p its commands, q quits.

environment: NO_COLOR disables colour on stderr; BRIEF_DEBUG=1 shows tracebacks;
BRIEF_CACHE_DIR moves the cache (fetched pages and articles read); BRIEF_WORKERS sets how
many processes read the articles (1: none).
"""


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the description's and epilog's layout but wraps them at the terminal's width, as argparse
    wraps the options: at 80 columns the description was one 287-character line and the methods and
    examples ran past the edge. A paragraph (lines from column 0) is refilled; an indented line of two
    columns (a name or a command, then what it does) goes on under its second column."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        width = min(width, MAX_TERMINAL_WIDTH)
        out: list[str] = []
        for line in _paragraphs(text):
            if not line.strip():
                out.append("")
                continue
            columns = re.match(r"(\s+\S.*?\s{2,})(\S.*)", line)
            if columns and len(columns.group(1)) <= width // 2:
                first, rest = columns.groups()
            else:
                first, rest = line[: len(line) - len(line.lstrip())], line.lstrip()
            out.append(textwrap.fill(rest, width, initial_indent=indent + first,
                                     subsequent_indent=indent + " " * len(first),
                                     break_long_words=False, break_on_hyphens=False))
        return "\n".join(out)


def _paragraphs(text: str) -> list[str]:
    """The lines of ``text`` with each run of unindented lines joined into one (a heading, ending
    in a colon, stays on its own)."""
    lines: list[str] = []
    joining = False
    for line in text.splitlines():
        flush = bool(line) and not line[0].isspace()
        if flush and joining and lines:
            lines[-1] += " " + line
        else:
            lines.append(line)
        joining = flush and not line.endswith(":")
    return lines


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def _format(value: str) -> str:
    """``-f``'s value: any case, and ``md`` / ``txt`` for the formats they name."""
    value = value.strip().lower()
    return FORMAT_ALIASES.get(value, value)


def _size(value: str) -> int:
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*", value, re.I)
    if not match:
        raise argparse.ArgumentTypeError(f"expected a size like 500KB or 20MB, got {value!r}")
    scale = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[match.group(2).lower()]
    size = int(float(match.group(1)) * scale)
    if size < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 byte, got {value!r}")
    return size


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {value!r}") from None
    if not 0 < number <= MAX_TIMEOUT_S:
        raise argparse.ArgumentTypeError(f"must be between 0 and {MAX_TIMEOUT_S} seconds, got {value}")
    return number


def build_parser() -> argparse.ArgumentParser:
    """The parser; method names and descriptions come from the registry, so help never drifts."""
    from brief.ingest.limits import DEFAULT_MAX_BYTES, human_size
    from brief.ingest.web import DEFAULT_MAX_ENTRIES, DEFAULT_TIMEOUT
    from brief.summarize import registry

    methods = "\n".join(f"  {name:<10} {registry.DESCRIPTIONS[name]}" for name in registry.METHODS)
    parser = argparse.ArgumentParser(
        prog="brief",
        description=(
            "Read a pile of news articles and get, offline and in seconds: the stories they tell, "
            "each with one briefing across its articles (every sentence cited to its sources) and "
            "its actors and their positions, a short summary of each article, and the full texts "
            "with the chosen sentences marked."
        ),
        epilog=f"summary methods (--method):\n{methods}\n\n{_EXAMPLES}",
        formatter_class=_Formatter,
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="articles: files, directories, globs, http(s) URLs of pages or feeds, or - for stdin")
    out = parser.add_argument_group("output")
    out.add_argument("-p", "--print", action="store_true", dest="print_", help="print instead of opening the reader (the default when stdout is not a terminal)")
    out.add_argument("-f", "--format", type=_format, choices=FORMATS, default="text", help="output format for printing (default: text)")
    out.add_argument("-o", "--output", metavar="FILE", help="write the output to FILE (atomically) instead of stdout")
    out.add_argument("--force", action="store_true", help="let --output replace an existing file")
    out.add_argument("--width", type=_positive, metavar="N", help=f"wrap text output at N columns (default: terminal width, {PIPED_WIDTH} when piped)")
    summ = parser.add_argument_group("summaries")
    summ.add_argument("-m", "--method", choices=registry.METHODS, default=registry.DEFAULT_METHOD, metavar="NAME", help=f"per-article summary method (default: {registry.DEFAULT_METHOD}; listed below)")
    summ.add_argument("-k", "--article-sentences", type=_positive, default=registry.DEFAULT_ARTICLE_SENTENCES, metavar="N", help=f"sentences per article summary (default: {registry.DEFAULT_ARTICLE_SENTENCES})")
    budget = summ.add_mutually_exclusive_group()
    budget.add_argument("-n", "--sentences", type=_positive, default=registry.DEFAULT_BRIEFING_SENTENCES, metavar="N", help=f"sentences in each story's briefing (default: {registry.DEFAULT_BRIEFING_SENTENCES})")
    budget.add_argument("-w", "--words", type=_positive, metavar="N", help="briefing length in words instead: add sentences until N words are reached")
    summ.add_argument("--no-actors", action="store_true", help="skip finding actors and their positions (faster on thousands of articles)")
    summ.add_argument("--one-story", action="store_true", help="brief every article as one story instead of sorting them into stories")
    inp = parser.add_argument_group("input")
    inp.add_argument("--max-size", type=_size, metavar="SIZE", help=f"skip input files and downloads larger than SIZE (default: {human_size(DEFAULT_MAX_BYTES).replace(' ', '')})")
    # --- web inputs (issue 7) ---
    web = parser.add_argument_group("web (http/https URLs, saved pages, RSS/Atom feeds)")
    web.add_argument("--order", choices=("relevance", "date"), default="relevance", help="briefing order: relevance (default) or date (oldest cited article first, undated last)")
    web.add_argument("--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS", help=f"give up on a URL whose server does not answer within SECONDS (default: {DEFAULT_TIMEOUT:g})")
    web.add_argument("--max-entries", type=_positive, default=DEFAULT_MAX_ENTRIES, metavar="N", help=f"read at most N entries of each feed (default: {DEFAULT_MAX_ENTRIES})")
    web.add_argument("--refresh", action="store_true", help="fetch every URL again instead of using cached copies")
    web.add_argument("--no-cache", action="store_true", help="neither read nor write the cache of fetched pages and of articles read ($BRIEF_CACHE_DIR, default: the user cache directory)")
    # --- end of web inputs ---
    parser.add_argument("-q", "--quiet", action="store_true", help="do not print warnings (errors are still printed)")
    parser.add_argument("-V", "--version", action="version", version=f"brief {__version__}")
    return parser


class Messages:
    """Warnings, errors and progress on stderr; colour only on a terminal and without NO_COLOR."""

    def __init__(self, stream: TextIO, quiet: bool = False) -> None:
        self.stream = stream
        self.quiet = quiet
        self.tty = stream.isatty()
        self.colour = self.tty and not os.environ.get("NO_COLOR")
        self._progress_shown = False

    def _say(self, label: str, code: str, text: str) -> None:
        from brief.render.safe import one_line

        self.clear_progress()
        prefix = f"\x1b[{code}m{label}\x1b[0m" if self.colour else label
        print(f"brief: {prefix}: {one_line(text)}", file=self.stream)

    def warn(self, text: str) -> None:
        if not self.quiet:
            self._say("warning", "33", text)

    def error(self, text: str) -> None:
        self._say("error", "31", text)

    def progress(self, stage: str, done: int, total: int) -> None:
        """A single self-overwriting line, and only on a terminal: pipes and logs stay clean."""
        if not self.tty or total < PROGRESS_MIN_ITEMS:
            return
        print(f"\r{stage} {done}/{total}…", end="", file=self.stream, flush=True)
        self._progress_shown = True

    def clear_progress(self) -> None:
        if self._progress_shown:
            print("\r\x1b[K" if self.colour else "\r" + " " * 40 + "\r", end="", file=self.stream, flush=True)
            self._progress_shown = False


def render(report: object, fmt: str, width: int) -> str:
    """The report in the chosen format."""
    if fmt == "json":
        from brief.render.json import render_json

        return render_json(report)  # type: ignore[arg-type]
    if fmt == "markdown":
        from brief.render.markdown import render_markdown

        return render_markdown(report)  # type: ignore[arg-type]
    from brief.render.text import render_text

    return render_text(report, width=width)  # type: ignore[arg-type]


def run(argv: Sequence[str] | None = None) -> int:
    """Parse, load, compute and print; returns the exit status."""
    from brief import pipeline

    parser = build_parser()
    args = parser.parse_args(argv)
    messages = Messages(sys.stderr, quiet=args.quiet)
    paths = list(args.paths)
    if not paths:
        if sys.stdin is None or sys.stdin.isatty():
            parser.print_usage(sys.stderr)
            messages.error("no articles given: name files or directories, or pipe text into 'brief -'")
            return EXIT_NOTHING
        paths = ["-"]
    options = pipeline.Options(
        method=args.method,
        article_sentences=args.article_sentences,
        sentences=args.sentences,
        words=args.words,
        actors=not args.no_actors,
        max_bytes=args.max_size or pipeline.DEFAULT_MAX_BYTES,
        order=args.order,
        timeout=args.timeout,
        max_entries=args.max_entries,
        cache=not args.no_cache,
        refresh=args.refresh,
        one_story=args.one_story,
    )
    # --- the reader (issue 4): a terminal, text, no --output, and stdin free for the keyboard ---
    if not args.print_ and sys.stdout.isatty() and args.format == "text" and not args.output and "-" not in paths:
        from brief.tui.app import run_app

        return run_app(paths, options)
    # --- end of the reader switch ---
    stdin = sys.stdin.buffer if sys.stdin is not None and "-" in paths else None
    try:
        loaded = pipeline.load(paths, options, stdin=stdin, progress=messages.progress)
    except pipeline.NothingToRead as nothing:
        messages.clear_progress()
        for line in nothing.errors:
            messages.error(line)
        if len(nothing.errors) != 1:  # one bad input is one line: its own reason says it all
            messages.error("nothing usable to read")
        return EXIT_NOTHING
    messages.clear_progress()
    report = pipeline.build_report(loaded, options, progress=messages.progress)  # skipped inputs: in meta.warnings
    messages.clear_progress()
    for line in report.meta.warnings:
        messages.warn(line)
    if args.width:
        width = args.width
    elif sys.stdout.isatty():
        width = min(shutil.get_terminal_size().columns, MAX_TERMINAL_WIDTH)
    else:
        width = PIPED_WIDTH
    text = render(report, args.format, width)
    if args.output:
        from brief.atomic import WriteError, write_atomic

        try:
            target = write_atomic(args.output, text, force=args.force)
        except WriteError as exc:
            messages.error(str(exc))
            return EXIT_NOTHING
        if not args.quiet:
            print(f"brief: wrote {target}", file=sys.stderr)
        return EXIT_OK
    sys.stdout.write(text)
    sys.stdout.flush()
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """The console script: never a traceback unless BRIEF_DEBUG asks for one."""
    try:
        return run(argv)
    except KeyboardInterrupt:
        print("brief: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (``brief ... | head``): not an error worth a word.
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return EXIT_OK
    except ModelMissing as exc:
        if os.environ.get("BRIEF_DEBUG"):
            raise
        print(f"brief: {exc}", file=sys.stderr)
        return EXIT_INTERNAL
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        if os.environ.get("BRIEF_DEBUG"):
            raise
        print(f"brief: internal error: {type(exc).__name__}: {exc} (run with BRIEF_DEBUG=1 for details)", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
