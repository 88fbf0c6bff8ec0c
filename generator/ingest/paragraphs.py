"""Paragraph rules: glued paragraphs, hard-wrapped blocks, section headings, titles.

These work on text that ingest already knows is article text (no boilerplate, dates or
captions). Nothing here changes characters except whitespace.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from generator.ingest.text import (
    CLOSING_QUOTES,
    SENTENCE_END,
    ends_clause,
    ends_sentence,
    has_quote_mark,
    word_count,
)
from generator.model import Paragraph

# Sentence-final punctuation, maybe followed by closing quotes: a possible glue point.
_END_MARKS = re.compile(f"[{re.escape(SENTENCE_END)}]+[{re.escape(CLOSING_QUOTES)}]*")
_DOUBLE_CLOSERS = '”"»'
# An opening quote right after the stop also starts a new paragraph: 'said.“Could'.
_OPENERS = "“‘«"
# Words ending in a full stop that do not end a sentence ("Mr.Smith", "etc.The").
# fmt: off
_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
    "cmdr", "adm", "maj", "prof", "rev", "hon", "pres", "jr", "sr", "inc", "ltd", "co", "corp",
    "plc", "no", "nos", "vs", "etc", "approx", "dept", "est", "fig", "vol", "op", "mt", "ft",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})
# fmt: on
#: A hard-wrapped block has every line at most this wide and its lines at least
#: :data:`WRAP_MIN` wide except the last; longer lines are one paragraph each.
WRAP_WIDTH, WRAP_MIN = 100, 40
#: Section headings are short: at most this many words and characters.
HEADING_WORDS, HEADING_CHARS = 10, 80
#: A derived title is cut at a word boundary near this many characters.
TITLE_CHARS = 80


def glue_points(text: str) -> list[int]:
    """Offsets in ``text`` where a new paragraph starts with no line break before it.

    "…is his legacy.”Nato members…" splits before "Nato": sentence-final punctuation,
    maybe closing quotes, then directly an uppercase letter (or an opening quote and
    one: 'said.“Could'). Initials and abbreviations
    ("U.S.Army", "Mr.Smith", "e.g.The"), decimals and anything inside an open quotation
    are left alone. One left-to-right pass, so a 1 MB line stays linear.
    """
    points: list[int] = []
    curly = straight = 0  # open curly quotes, count of straight double quotes
    scanned = 0
    for match in _END_MARKS.finditer(text):
        end = match.end()
        curly += text.count("“", scanned, end) - text.count("”", scanned, end)
        straight += text.count('"', scanned, end)
        scanned = end
        if curly > 0 or straight % 2:
            continue  # inside a quotation: "…well…It sounds…" is one quote
        opens = text[end : end + 1] in _OPENERS
        letter = end + 1 if opens else end
        if letter + 1 >= len(text) or not text[letter].isupper():
            continue
        closed = any(q in match.group() for q in _DOUBLE_CLOSERS)
        if closed or opens or _ends_sentence_at(text, match.start(), letter):
            points.append(end)
    return points


def _ends_sentence_at(text: str, start: int, end: int) -> bool:
    """Without a closing quote, demand a real word before the stop and after it."""
    if not text[end + 1].isalpha():
        return False  # "I.", "A." initials and "U.S.A" stay joined
    word_start = start
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    word = text[word_start:start]
    if word_start > 0 and text[word_start - 1] in "./@:-_":
        return False  # domains, paths and dotted tokens: "rt.com", "e.g."
    if not word:
        return start > 0 and text[start - 1].isdigit()  # "…in 2024.The…"
    return len(word) >= 2 and word.lower() not in _ABBREVIATIONS


def split_glued(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` for each glued paragraph in ``text`` (one piece when none)."""
    start = 0
    for point in glue_points(text):
        yield start, text[start:point]
        start = point
    yield start, text[start:]


def is_hard_wrapped(lines: list[str]) -> bool:
    """True when a run of lines is one paragraph wrapped at a fixed width.

    Every line fits in :data:`WRAP_WIDTH`, all but the last are at least
    :data:`WRAP_MIN` wide, and most lines that break mid-sentence go on in lowercase
    on the next line. Scraped text with one paragraph per line never qualifies: its
    lines are long, or each one ends a sentence, or the next starts a new one.
    """
    if len(lines) < 2:
        return False
    widths = [len(line.strip()) for line in lines]
    if max(widths) > WRAP_WIDTH or min(widths[:-1]) < WRAP_MIN:
        return False
    breaks = [after.lstrip()[:1] for line, after in pairwise(lines) if not ends_sentence(line)]
    continued = sum(1 for first in breaks if first.islower() or first.isdigit())
    return bool(breaks) and 2 * continued > len(breaks)


def heading_like(text: str) -> bool:
    """Short, capitalised, no closing punctuation (a "?" is allowed), quoting no one."""
    if len(text) > HEADING_CHARS or not 1 <= word_count(text) <= HEADING_WORDS:
        return False
    if not (text[0].isupper() or text[0].isdigit()) or has_quote_mark(text):
        return False
    return not ends_clause(text) and any(c.isalpha() for c in text)


def mark_headings(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Text paragraphs that look like headings and sit between body paragraphs become
    ``kind="heading"``; a short line at the very start or end stays text."""
    body = [p.kind == "text" and not heading_like(p.text) for p in paragraphs]
    seen_body_after = [False] * (len(paragraphs) + 1)
    for index in range(len(paragraphs) - 1, -1, -1):
        seen_body_after[index] = seen_body_after[index + 1] or body[index]
    result: list[Paragraph] = []
    seen_body = False
    for index, para in enumerate(paragraphs):
        if para.kind == "text" and not body[index] and seen_body and seen_body_after[index + 1]:
            para = Paragraph(para.text, para.line, "heading", para.col)
        seen_body = seen_body or body[index]
        result.append(para)
    return result


def derive_title(paragraphs: list[Paragraph], fallback: str) -> str:
    """A title from the text: the first sentence of the first body paragraph, cut at a
    word boundary near :data:`TITLE_CHARS` with "…"; ``fallback`` when there is no text."""
    chosen = next((p for p in paragraphs if p.kind == "text"), None)
    chosen = chosen or next(iter(paragraphs), None)
    if chosen is None:
        return fallback
    sentence = first_sentence(chosen.text)
    if len(sentence) <= TITLE_CHARS:
        title = sentence[:-1] if sentence.endswith(".") and not sentence.endswith("..") else sentence
        return title or fallback  # a text of one full stop has no title to give
    cut = sentence.rfind(" ", 0, TITLE_CHARS)
    head = sentence[: cut if cut > 0 else TITLE_CHARS]
    return head.rstrip(" ,;:–—-") + "…"


def first_sentence(text: str) -> str:
    """``text`` up to the end of its first sentence (abbreviations do not end one)."""
    for match in _END_MARKS.finditer(text):
        end = match.end()
        if end >= len(text):
            break
        starts_next = end + 1 < len(text) and (text[end + 1].isupper() or text[end + 1] in "“\"‘'")
        if text[end] == " " and starts_next and _stop_is_real(text, match.start()):
            return text[:end]
    return text


def _stop_is_real(text: str, start: int) -> bool:
    if text[start] != ".":
        return True
    word_start = start
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    word = text[word_start:start]
    return len(word) >= 2 and word.lower() not in _ABBREVIATIONS
