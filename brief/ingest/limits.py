"""The input size limit, one for files, standard input and web responses, and how messages spell sizes.

One constant because ``--max-size`` sets all three: a limit kept in each reader drifts apart.
"""

from __future__ import annotations

MB = 1024 * 1024
# Far above any news article (a long one with markup is well under 1 MB) yet small enough that a mistaken
# input (a video, a disk image, a log) is refused before it is read into memory.
DEFAULT_MAX_BYTES = 20 * MB


def human_size(n: int) -> str:
    """``20971520`` -> "20 MB", ``512000`` -> "500 KB": whole units, as a limit is stated."""
    return f"{n / MB:.0f} MB" if n >= MB else f"{n / 1024:.0f} KB"
