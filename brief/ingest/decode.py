"""Turning a file's bytes into text, or saying clearly why they are not text."""

from __future__ import annotations

import codecs

from brief.ingest.mojibake import mend_mojibake

# Signatures of common binary formats; a file that starts with one is never text.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"MZ", "a Windows executable"),
    (b"\xcf\xfa\xed\xfe", "an executable (Mach-O)"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

SNIFF_BYTES = 65_536
"""Bytes searched for a NUL (binary data): a text file has none anywhere, and the first 64 KB show a
binary file's at once without reading all of a large one."""
STRAY_NUL_SHARE = 0.002
"""Past this share of NUL bytes, a file is binary; under it, they are stray bytes in a text (a CMS
that wrote a NUL for an attribute's value: 27 in a 33 KB news page of L3S-GN1), dropped with a warning
when the rest decodes as text. Binary data has far more: an image or an executable has runs of them,
and even compressed or random bytes have one in 256 (0.0039), twice this share; UTF-16 without a
byte-order mark has one in two."""
GUESS_BYTES = 1_000_000
"""Bytes charset-normalizer reads to guess a legacy encoding: plenty to decide, and it slows on more."""
CONTROL_SAMPLE = 20_000
"""Characters checked for C0 control codes (below 32, but tab and line ends) after a guessed decoding."""
MAX_CONTROL_SHARE = 0.01
"""Past this share of control characters, a guessed decoding is binary data read as text."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

MANGLED_BOM = codecs.BOM_UTF8.decode("latin-1").encode("utf-8")
"""A UTF-8 byte-order mark that a tool read as Latin-1 and saved again as UTF-8: "ï»¿" before the
text, which hides an HTML page's first tag from the sniffing of its start. It marks no text: dropped."""


class NotText(ValueError):
    """The bytes are not a text we can read; the message is one line, fit for the user."""


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Decode ``data``; return the text and a warning when the encoding had to be guessed or stray NUL
    bytes were dropped (``STRAY_NUL_SHARE``)."""
    if not data:
        raise NotText("empty file")
    data = data.removeprefix(MANGLED_BOM)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError:
                raise NotText(f"starts with a {encoding} byte-order mark but is not valid {encoding}") from None
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise NotText(f"binary file ({what}), not text")
    head = data[:SNIFF_BYTES]
    if head.count(b"\x00") > len(head) * STRAY_NUL_SHARE or b"\x00\x00" in head:  # stray NULs stand alone
        raise NotText("binary file (contains NUL bytes), not text")
    nuls = data.count(b"\x00")
    if nuls:
        text, note = _decode(data.replace(b"\x00", b""))
        stray = f"dropped {nuls} stray NUL byte{'s' if nuls > 1 else ''}"
        return text, f"{note}; {stray}" if note else stray
    return _decode(data)


def _decode(data: bytes) -> tuple[str, str | None]:
    """UTF-8, or the guessed encoding (with a warning saying so)."""
    try:
        return mend_mojibake(data.decode("utf-8")), None  # "Canadaâ€™s": UTF-8 once read as Windows-1252
    except UnicodeDecodeError:
        pass
    return _guess(data)


def _guess(data: bytes) -> tuple[str, str | None]:
    # charset-normalizer is made for exactly this; guessing legacy encodings by hand is a losing game.
    from charset_normalizer import from_bytes

    best = from_bytes(data[:GUESS_BYTES]).best()
    if best is None or best.encoding is None:
        raise NotText("not valid UTF-8 and no known text encoding fits")
    encoding = best.encoding
    text = data.decode(encoding, errors="replace")
    controls = sum(1 for ch in text[:CONTROL_SAMPLE] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > len(text[:CONTROL_SAMPLE]) * MAX_CONTROL_SHARE:
        raise NotText("binary data, not text")
    return text, f"not UTF-8; read as {encoding}"
