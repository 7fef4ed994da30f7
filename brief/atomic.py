"""Writing files so that a crash or a full disk never leaves half a file, and nothing is clobbered."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class WriteError(OSError):
    """The file could not be written; the message is one line naming it."""


def write_atomic(path: str | os.PathLike[str], text: str, *, force: bool = False) -> Path:
    """Write ``text`` to ``path`` via a synced temporary file and a rename.

    Without ``force`` an existing file is never replaced; the check and the write are one step
    (a hard link fails if the name exists), so a file appearing meanwhile is not overwritten either.
    """
    target = Path(path)
    if target.exists() and not force:
        raise WriteError(f"{target}: already exists (use --force to overwrite)")
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise WriteError(f"{target}: cannot write here ({(exc.strerror or str(exc)).lower()})") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        if force:
            os.replace(tmp, target)
        else:
            try:
                os.link(tmp, target)
            except FileExistsError:
                raise WriteError(f"{target}: already exists (use --force to overwrite)") from None
            except OSError:
                # File systems without hard links: fall back to a rename after one more check.
                if target.exists():
                    raise WriteError(f"{target}: already exists (use --force to overwrite)") from None
                os.replace(tmp, target)
    except OSError as exc:
        if isinstance(exc, WriteError):
            raise
        raise WriteError(f"{target}: could not write ({(exc.strerror or str(exc)).lower()})") from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target
