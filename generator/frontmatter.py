"""YAML front matter: the ``---`` fenced block at the very top of a Markdown file.

The fence must be the first line (a UTF-8 byte-order mark before it is allowed, blank
lines are not: a file that starts with a blank line has no front matter). The block
ends at the next line that is exactly ``---`` (or ``...``, YAML's end-of-document).
Errors are never swallowed: malformed YAML, a missing closing fence and front matter
that is not a mapping all raise :class:`BuildError` with the absolute line in the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.errors import BuildError, Diagnostic, source_context
from generator.yamlsafe import load_yaml

_BOM = "\ufeff"
_OPEN = "---"
_CLOSE = ("---", "...")


@dataclass(frozen=True)
class FrontMatter:
    """A file split into its front matter and body, with line numbers kept."""

    meta: dict[str, Any]  # the parsed front matter; {} when the file has none
    body: str  # everything after the closing fence, or the whole text
    body_line: int  # 1-based line in the file where the body starts
    lines: dict[str, int] = field(default_factory=dict)  # dotted key -> absolute line
    present: bool = False  # True when the file has a front-matter block at all


def parse_front_matter(text: str, path: str, *, stage: str = "") -> FrontMatter:
    """Split ``text`` into front matter and body, keeping the line of every key.

    ``path`` names the file in diagnostics and ``stage`` labels them. Raises
    :class:`BuildError` when the block is unclosed, malformed or not a mapping.
    """
    if text.startswith(_BOM):
        text = text[1:]
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != _OPEN:
        return FrontMatter({}, text, 1)
    close = next((i for i in range(1, len(lines)) if lines[i].rstrip() in _CLOSE), None)
    if close is None:
        raise BuildError([Diagnostic(
            path, "front matter is not closed", line=1, col=1, stage=stage,
            hint="did you forget the closing `---`?", context=source_context(text, 1, 1),
        )])
    yaml_text = "".join(lines[1:close])
    data, key_lines = load_yaml(yaml_text, path, line_offset=1, source=text, stage=stage)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise BuildError([Diagnostic(
            path, f"front matter must be a mapping of `key: value` lines, got {_kind(data)}",
            line=2, col=1, stage=stage, context=source_context(text, 2, 1),
            hint="write one `key: value` per line between the `---` fences",
        )])
    body = "".join(lines[close + 1:])
    return FrontMatter(data, body, close + 2, key_lines, True)


def split_front_matter(
    text: str, path: str, *, stage: str = ""
) -> tuple[dict[str, Any], str, int]:
    """``(meta, body, body_line)`` of ``text``; ``({}, text, 1)`` when it has none.

    ``body_line`` is the 1-based line in the file where the body starts. Raises
    :class:`BuildError` with the absolute line for malformed or unclosed front matter.
    """
    front = parse_front_matter(text, path, stage=stage)
    return front.meta, front.body, front.body_line


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"the text {value[:40]!r}"
    return f"a {type(value).__name__}"
