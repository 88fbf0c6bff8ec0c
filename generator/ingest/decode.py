"""Bytes to text: refuse binaries, detect the encoding, normalise line ends.

Seeds arrive from scrapers and editors on every platform, so the rules are:
UTF-8 (with or without a byte-order mark) and UTF-16/32 with a byte-order mark decode
silently; BOM-less UTF-16 and legacy single-byte files (cp1252, then latin-1) decode with
a warning; images, PDFs, archives and other binaries are refused with one clear error.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from typing import NoReturn

from generator.errors import BuildError, Diagnostic

# Magic numbers of files that get dropped into seeds/ by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Office document"),
)

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Only the start of a file is sampled for binary checks, so a 50 MB file costs no more.
_SAMPLE = 65536
# Control bytes that text never holds (tab, newlines, form feed and escape are allowed).
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}
_MAX_CONTROL_FRACTION = 0.05
_HINT = "seeds/ holds articles as .txt or .md text files"


@dataclass
class Decoded:
    """Decoded text with ``\\n`` line ends, and the warnings decoding produced."""

    text: str
    warnings: list[Diagnostic] = field(default_factory=list)


def decode_bytes(data: bytes, file: str) -> Decoded:
    """Decode a seed file's bytes, or raise :class:`BuildError` naming the problem."""
    if not data.strip():
        _fail(file, "empty file" if not data else "empty file (only whitespace)")
    kind = _magic_kind(data)
    if kind:
        _fail(file, f"binary file (looks like {kind})")
    decoded = _decode(data, file)
    if not decoded.text.strip():
        _fail(file, "empty file (only whitespace)")
    decoded.text = normalise_newlines(decoded.text)
    return decoded


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR line ends become LF, so line numbers match any editor."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, file: str) -> Decoded:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return Decoded(_strict(data[len(bom) :], codec, file))
    if b"\x00" in data:
        return _decode_with_nul(data, file)
    sample = data[:_SAMPLE]
    control = sum(sample.count(bytes([b])) for b in _CONTROL)
    if control > _MAX_CONTROL_FRACTION * len(sample):
        _fail(file, f"binary file ({100 * control // len(sample)}% control characters)")
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        return _decode_legacy(data, file, error.start)


def _decode_with_nul(data: bytes, file: str) -> Decoded:
    """UTF-16 without a byte-order mark has a NUL in every other byte of ASCII text;
    anything else with NUL bytes is binary."""
    sample = data[: _SAMPLE - _SAMPLE % 2]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    for codec, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros > 0.4 * half and other == 0 and len(data) % 2 == 0:
            text = _strict(data, codec, file)
            note = f"no byte-order mark; decoded as {codec.upper()}"
            return Decoded(text, [_warning(file, note, None)])
    _fail(file, "binary file (contains NUL bytes)")


def _decode_legacy(data: bytes, file: str, bad: int) -> Decoded:
    """Not UTF-8: Windows-1252 covers nearly all such scrapes; latin-1 decodes anything."""
    line = data.count(b"\n", 0, bad) + 1
    for codec in ("cp1252", "latin-1"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        message = f"decoded as {codec}, not UTF-8 (first non-UTF-8 byte on line {line})"
        return Decoded(text, [_warning(file, message, line)])
    raise AssertionError("latin-1 decodes every byte")


def _strict(data: bytes, codec: str, file: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        _fail(file, f"undecodable: not valid {codec.upper()} (bad bytes at offset {error.start})")


def _magic_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WebP image"
    return None


def _warning(file: str, message: str, line: int | None) -> Diagnostic:
    return Diagnostic(
        path=file,
        message=message,
        line=line,
        severity="warning",
        stage="ingest",
        hint="save the file as UTF-8",
    )


def _fail(file: str, message: str) -> NoReturn:
    raise BuildError([Diagnostic(path=file, message=message, stage="ingest", hint=_HINT)])
