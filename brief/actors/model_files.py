"""The shipped model files: a missing or unreadable one stops the run with one clear line.

Why: both trained models (NER, attribution) are part of the install; quietly reading without one
would give worse names and positions that look like real results.
"""

from __future__ import annotations

from pathlib import Path


class ModelMissing(RuntimeError):
    """A shipped model file is absent or unreadable: the install is broken, not the article."""

    def __init__(self, path: Path, reason: str = "missing") -> None:
        super().__init__(f"model file {path} is {reason}: the installation of brief is broken "
                         "(reinstall it)")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type[ModelMissing], tuple[Path, str]]:
        """Rebuilt from its parts when it crosses the process pool (the default would nest the message)."""
        return (ModelMissing, (self.path, self.reason))


def require(path: Path) -> Path:
    """``path`` if it is a file, else ``ModelMissing`` naming it."""
    if not path.is_file():
        raise ModelMissing(path)
    return path
