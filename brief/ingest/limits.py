"""The input size limit, one for files, standard input and web responses, and how messages spell sizes.

One constant because ``--max-size`` sets all three: a limit kept in each reader drifts apart.
"""

from __future__ import annotations

MB = 1024 * 1024
# Far above any news article (a long one with markup is well under 1 MB) yet small enough that a mistaken
# input (a video, a disk image, a log) is refused before it is read into memory.
DEFAULT_MAX_BYTES = 20 * MB


def human_size(n: int) -> str:
    """``20971520`` -> "20 MB", ``2560`` -> "2.5 KB", ``1`` -> "1 byte": one decimal below ten units, so
    that a file just over a small limit never reads as the limit itself ("3 KB, above the 2 KB limit")."""
    if n < 1024:
        return f"{n} byte" if n == 1 else f"{n} bytes"
    unit, size = ("MB", n / MB) if n >= MB else ("KB", n / 1024)
    return f"{size:.1f} {unit}".replace(".0 ", " ") if size < 10 else f"{size:.0f} {unit}"
