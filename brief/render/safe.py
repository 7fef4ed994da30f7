"""Making untrusted article text safe for a terminal.

Article text is data. Escape sequences (CSI, OSC), C0/C1 controls, bidi overrides and zero-width
characters could recolour, retitle or reorder a terminal, or hide text; they never reach one.
"""

from __future__ import annotations

import re

_ESCAPES = re.compile(
    r"""
      \x1b\[[0-?]*[ -/]*[@-~]             # CSI: colours, cursor moves
    | \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?  # OSC: titles, hyperlinks, clipboard
    | \x1b[PX^_][^\x1b]*(?:\x1b\\)?       # DCS, SOS, PM, APC strings
    | \x1b[@-Z\\-_]?                      # two-character escapes, or a lone ESC
    | \x9b[0-?]*[ -/]*[@-~]               # 8-bit CSI
    """,
    re.X,
)
# C0 and C1 controls (tab and newline aside), DEL, bidi embeddings/overrides/isolates, zero-width
# and other invisible format characters, and the BOM.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)


def terminal_safe(text: str) -> str:
    """The text with every escape sequence and invisible control removed; tabs become spaces."""
    if text.isprintable():
        return text
    text = _ESCAPES.sub("", text)
    return _INVISIBLE.sub("", text).replace("\t", " ")


def one_line(text: str) -> str:
    """Safe text on a single line: for titles, paths and legends."""
    return " ".join(terminal_safe(text).split())
