"""UTF-8 text that was once read as Windows-1252 and written out again as UTF-8: "Canadaâ€™s" for "Canada’s".

A page saved through a tool that took its UTF-8 bytes for the charset it declared (Latin-1, Windows-1252)
holds, for each accented letter or curly quote, the two or three characters those bytes name in that
charset: a lead letter ("Â", "Ã", "â") and continuation characters ("€", "™", "©", a no-break space).
Such a run is mended where its characters, turned back into those bytes, are one UTF-8 character
again: a real text never spells "â€™" or "Ã©", and a run that is no UTF-8 stays as it is.
"""

from __future__ import annotations

import re

# the Windows-1252 characters of the bytes 0x80-0x9F (with Latin-1's C1 controls for the five it leaves
# undefined) and 0xA0-0xBF: UTF-8's continuation bytes
_LOW = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ"
_CONTINUATION = _LOW + "\u00a0-\u00bf"
# only the leads of English news's mangled characters, whose runs a real text never spells: "Â" before a
# Latin-1 sign ("Â£", "Â°", "Â" and a no-break space), "Ã" before a continuation (an accented letter:
# "Ã©"), "â" and two (a curly quote, a dash, "€", "™": "â€™", "â€“"). Other leads ("é", "ñ") begin
# real words before "«", "°" or a no-break space in French or Spanish, and are left alone.
_RUN = re.compile(rf"Â[\u00a0-\u00bf]|Ã[{_CONTINUATION}]|â[{_LOW}][{_CONTINUATION}]")
_BYTE = {ch: bytes([n]) for n in range(0x80, 0x100) for ch in [bytes([n]).decode("cp1252", errors="ignore")] if ch}
_BYTE.update({chr(n): bytes([n]) for n in (0x81, 0x8D, 0x8F, 0x90, 0x9D)})


def _mend(match: re.Match[str]) -> str:
    run = match.group(0)
    raw = b"".join(_BYTE.get(ch, b"") for ch in run)
    if len(raw) != len(run):
        return run
    try:
        char = raw.decode("utf-8")
    except UnicodeDecodeError:
        return run
    return char if len(char) == 1 else run


def mend_mojibake(text: str) -> str:
    """The text with each run of UTF-8 bytes read as Windows-1252 turned back into its character (see above)."""
    return _RUN.sub(_mend, text) if _RUN.search(text) else text
