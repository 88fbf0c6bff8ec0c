"""Markdown seeds: YAML front matter for the facts, markdown-it blocks for the text.

Front matter (``title``, ``date``, ``source``, ``url``, ``author``, ``image``) wins over
anything the text suggests; a value of the wrong type is reported with its key and line
and ignored. The body's paragraphs and headings become paragraphs with their plain text
(emphasis and links reduced to their words, images dropped, the first one kept as the
article image); the same line rules as plain text drop furniture and find captions.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from generator.errors import Diagnostic
from generator.frontmatter import parse_front_matter
from generator.ingest.boilerplate import Boilerplate
from generator.ingest.dates import PRIORITY_PUBLISHED, FoundDate
from generator.ingest.layout import HEADLINE_WORDS, Draft
from generator.ingest.lines import classify_line
from generator.ingest.outlets import split_outlet
from generator.ingest.paragraphs import split_glued
from generator.ingest.text import ends_clause, ends_sentence, normalise_space, word_count
from generator.model import Paragraph

_TEXT_KEYS = ("title", "source", "url", "author", "image")
_URL_KEYS = ("url", "image")
#: An absolute web address without spaces or control characters.
_WEB_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.IGNORECASE)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: Front matter outranks every date the text gives.
PRIORITY_FRONT_MATTER = PRIORITY_PUBLISHED + 1


@dataclass(frozen=True)
class _Block:
    """A paragraph or heading of the body: plain text, first source line, kind."""

    text: str
    line: int  # 1-based line in the file
    last: int  # last line in the file (exclusive)
    heading: int  # heading level, 0 for a paragraph


def layout_markdown(text: str, file: str, boiler: Boilerplate) -> Draft:
    """Read a Markdown article (front matter and body) into a :class:`Draft`."""
    front = parse_front_matter(text, file, stage="ingest")
    lines = text.split("\n")
    draft = Draft()
    blocks = list(_blocks(front.body, front.body_line, draft))
    given_title = isinstance(front.meta.get("title"), str) and front.meta["title"].strip()
    head = True
    for number, block in enumerate(blocks):
        if head and not given_title and draft.title is None and _is_headline(blocks, number):
            draft.title, draft.source = split_outlet(block.text)
            continue
        if block.heading:
            if not (given_title and block.heading == 1 and block.text == given_title.strip()):
                line, col = _locate(lines, block, block.text)
                draft.paragraphs.append(Paragraph(block.text, line, "heading", col))
            continue
        meta = classify_line(block.text, boiler, head=head, loose=head)
        text = block.text
        if meta is not None and meta.kind == "dated_text" and meta.date is not None:
            draft.dates.append(meta.date)
            text = text[meta.text_at :]
        elif meta is not None:
            draft.add_meta(meta, *_locate(lines, block, block.text))
            continue
        head = False
        _add_text(draft, lines, block, text)
    draft.finish(guess_headings=False)
    _apply_front_matter(draft, front.meta, front.lines, file)
    return draft


def _add_text(draft: Draft, lines: list[str], block: _Block, text: str) -> None:
    """Text paragraphs of one block, split where paragraphs are glued together."""
    cursor: tuple[int, int] | None = None
    for _, piece in split_glued(text):
        line, col = _locate(lines, block, piece, cursor)
        draft.paragraphs.append(Paragraph(normalise_space(piece), line, "text", col))
        cursor = (line, col)  # the next piece comes later: never search the same text twice


def _blocks(body: str, body_line: int, draft: Draft) -> list[_Block]:
    """Paragraph and heading blocks of the body, in order, with file lines."""
    tokens = MarkdownIt("commonmark").parse(body)
    found: list[_Block] = []
    for index, token in enumerate(tokens):
        if token.type != "inline" or index == 0 or token.map is None:
            continue
        opener = tokens[index - 1]
        if opener.type not in ("paragraph_open", "heading_open"):
            continue
        text = normalise_space(_plain_text(token, draft))
        if text:
            level = int(opener.tag[1]) if opener.type == "heading_open" else 0
            found.append(_Block(text, body_line + token.map[0], body_line + token.map[1], level))
    return found


def _plain_text(inline: Token, draft: Draft) -> str:
    """The words of an inline token: markup dropped, link text kept, images noted."""
    parts: list[str] = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image" and draft.image is None:
            src = child.attrGet("src")
            draft.image = str(src) if src else None
    return "".join(parts)


def _is_headline(blocks: list[_Block], number: int) -> bool:
    """A level-1 heading, or a first paragraph shaped like a headline."""
    block = blocks[number]
    if block.heading:
        return block.heading == 1
    if split_outlet(block.text)[1] is not None:
        return True
    following = blocks[number + 1].text if number + 1 < len(blocks) else None
    return (
        following is not None
        and word_count(block.text) <= HEADLINE_WORDS
        and not ends_clause(block.text)
        and (ends_sentence(following) or word_count(following) > word_count(block.text))
    )


def _locate(
    lines: list[str], block: _Block, piece: str, cursor: tuple[int, int] | None = None
) -> tuple[int, int]:
    """Line and column of ``piece`` in the block's source lines, searching from
    ``cursor`` (line, 0-based offset); the cursor's line and first non-blank column when
    markup hides the words."""
    start_line, start_at = cursor or (block.line, 0)
    for size in (24, 8):  # a shorter probe when markup splits the first words
        probe = piece.strip()[:size]
        found = _find(lines, block, probe, start_line, start_at, 4 * len(piece) + 400)
        if found is not None:
            return found
    if cursor is not None:
        return cursor
    first = lines[start_line - 1] if start_line <= len(lines) else ""
    return start_line, len(first) - len(first.lstrip()) + 1


def _find(
    lines: list[str], block: _Block, probe: str, line: int, at: int, budget: int
) -> tuple[int, int] | None:
    """Where ``probe`` starts from ``line``/``at`` within ``budget`` characters.

    Markup makes the source a little longer than the text, never much: the bound keeps
    a 1 MB paragraph of glued pieces linear.
    """
    if not probe:
        return None
    for number in range(line, min(block.last, len(lines) + 1)):
        source = lines[number - 1]
        begin = at if number == line else 0
        found = source.find(probe, begin, begin + budget)
        if found >= 0:
            return number, found + 1
        budget -= len(source) - begin
        if budget <= 0:
            break
    return None


def _apply_front_matter(
    draft: Draft, meta: dict[str, Any], key_lines: dict[str, int], file: str
) -> None:
    """Front-matter facts override the text's; bad values are warned about and ignored."""
    for key in _TEXT_KEYS:
        value = meta.get(key)
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            _warn(
                draft,
                file,
                key_lines.get(key),
                f"key '{key}': expected text, got {_shown(value)}; ignored",
            )
            continue
        if key in _URL_KEYS and not _WEB_URL.fullmatch(value.strip()):
            # Pages link to these: a "javascript:" URL would run when clicked.
            _warn(
                draft,
                file,
                key_lines.get(key),
                f"key '{key}': expected an http(s) URL, got {_shown(value)}; ignored",
            )
            continue
        setattr(draft, key, value.strip())
    if "date" in meta and meta["date"] is not None:
        found = _front_matter_date(meta["date"])
        if found is None:
            _warn(
                draft,
                file,
                key_lines.get("date"),
                f"key 'date': expected a date like 2024-02-27, got {_shown(meta['date'])}; ignored",
            )
        else:
            draft.dates.append(found)


def _front_matter_date(value: Any) -> FoundDate | None:
    if isinstance(value, dt.datetime):
        return FoundDate(value.date().isoformat(), value.isoformat(), PRIORITY_FRONT_MATTER)
    if isinstance(value, dt.date):
        return FoundDate(value.isoformat(), None, PRIORITY_FRONT_MATTER)
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            return FoundDate(
                dt.date.fromisoformat(value.strip()).isoformat(), None, PRIORITY_FRONT_MATTER
            )
        except ValueError:
            return None
    return None


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return repr(value[:40])
    return f"a {type(value).__name__}"


def _warn(draft: Draft, file: str, line: int | None, message: str) -> None:
    draft.diagnostics.append(
        Diagnostic(path=file, message=message, line=line, severity="warning", stage="ingest")
    )
