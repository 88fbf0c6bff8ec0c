"""Safe YAML loading with line numbers and refusals a user can act on.

Everything the site reads as YAML (``site.yaml``, front matter) goes through
:func:`load_yaml`. It uses :class:`yaml.SafeLoader` only and refuses, with a
``path:line:col`` diagnostic, what safe loading alone lets through or reports badly:

- explicit tags (``!!python/object/apply:os.system``, ``!custom``): plain data only;
- duplicate keys, which PyYAML silently resolves to the last one;
- alias bombs ("billion laughs") and recursive aliases, counted while composing so
  they fail before anything is expanded;
- text over :data:`MAX_BYTES`.

It also returns a map of dotted key paths to the 1-based line where each key or list
item starts, so later validation can point at the offending line.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.events import AliasEvent, CollectionStartEvent, NodeEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.errors import BuildError, Diagnostic, source_context

#: Largest YAML text accepted, in bytes. site.yaml and front matter are tiny; anything
#: this large is a mistake or an attack.
MAX_BYTES = 1_000_000

#: Most nodes that aliases may add by expansion across one document. Real settings use
#: a handful of aliases; the billion-laughs document passes this in its fifth level.
MAX_ALIAS_NODES = 10_000

_MERGE_TAG = "tag:yaml.org,2002:merge"
_STD_PREFIX = "tag:yaml.org,2002:"

_HINTS = {
    "mapping values are not allowed here": "a value containing ': ' must be quoted",
    "found character '\\t' that cannot start any token": (
        "indent YAML with spaces, not tabs"
    ),
    "found undefined alias": "define the anchor (&name) before using the alias (*name)",
    "expected a single document in the stream": (
        "remove the extra `---` line; only one YAML document is allowed"
    ),
}


class _Refused(yaml.MarkedYAMLError):
    """A construct we refuse, raised during composition with the offending mark."""

    def __init__(self, problem: str, mark: Any, hint: str | None = None):
        super().__init__(problem=problem, problem_mark=mark)
        self.hint = hint


class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses explicit tags and counts alias expansion as it composes."""

    def __init__(self, stream: str):
        super().__init__(stream)
        self._alias_nodes = 0  # nodes added so far by alias expansion
        self._sizes: dict[int, int] = {}  # id(node) -> expanded size, for finished nodes
        self._open_anchors: list[str] = []  # anchors of collections being composed

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, AliasEvent):
            self._count_alias(event)
            return super().compose_node(parent, index)
        tag = getattr(event, "tag", None)
        if isinstance(event, NodeEvent) and tag not in (None, "!"):
            shown = "!!" + tag[len(_STD_PREFIX):] if tag.startswith(_STD_PREFIX) else tag
            raise _Refused(
                f"explicit YAML tag '{shown}' is not allowed",
                event.start_mark,
                "only plain values are read: mappings, lists, strings, numbers, "
                "booleans, dates and null; remove the tag",
            )
        anchor = event.anchor if isinstance(event, CollectionStartEvent) else None
        if anchor is not None:
            self._open_anchors.append(anchor)
        try:
            return super().compose_node(parent, index)
        finally:
            if anchor is not None:
                self._open_anchors.pop()

    def _count_alias(self, event: AliasEvent) -> None:
        if event.anchor in self._open_anchors:
            raise _Refused(
                f"alias *{event.anchor} refers to the collection that contains it",
                event.start_mark,
                "recursive structures are not allowed",
            )
        node = self.anchors.get(event.anchor)
        if node is None:
            return  # the composer reports the undefined alias itself
        self._alias_nodes += self._size(node)
        if self._alias_nodes > MAX_ALIAS_NODES:
            raise _Refused(
                f"aliases expand to more than {MAX_ALIAS_NODES:,} nodes",
                event.start_mark,
                "this looks like an alias bomb; write the values out instead of "
                "nesting aliases",
            )

    def _size(self, node: Node) -> int:
        """Nodes in ``node`` with every alias expanded, memoised per finished node."""
        key = id(node)
        if key not in self._sizes:
            size = 1
            if isinstance(node, SequenceNode):
                size += sum(self._size(child) for child in node.value)
            elif isinstance(node, MappingNode):
                size += sum(self._size(k) + self._size(v) for k, v in node.value)
            self._sizes[key] = size
        return self._sizes[key]

    def construct_yaml_timestamp(self, node: ScalarNode) -> Any:
        # "2024-02-30" matches the timestamp pattern but is no date: say where it is.
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError as exc:
            raise yaml.constructor.ConstructorError(
                None, None, f"invalid date '{node.value}': {exc}", node.start_mark
            ) from exc


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


def load_yaml(
    text: str,
    path: str,
    line_offset: int = 0,
    *,
    source: str | None = None,
    stage: str = "",
) -> tuple[Any, dict[str, int]]:
    """Parse ``text`` safely; return the data and a map of dotted key paths to lines.

    ``path`` names the file in diagnostics. ``line_offset`` is added to every line, for
    YAML that starts partway through a file (front matter); ``source`` is then the whole
    file, so error context shows the real surrounding lines. Keys map as ``"paths.seeds"``
    and list items as ``"ingest.boilerplate[2]"`` (0-based index, 1-based line).
    Raises :class:`BuildError` on any problem, with every duplicate key reported.
    """
    full = source if source is not None else ("\n" * line_offset + text)

    def diagnostic(
        message: str, line: int | None, col: int | None, hint: str | None
    ) -> Diagnostic:
        context = source_context(full, line, col) if line is not None else None
        return Diagnostic(path, message, line=line, col=col, stage=stage, hint=hint,
                          context=context or None)

    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        raise BuildError([diagnostic(
            f"YAML is {size:,} bytes; the limit is {MAX_BYTES:,}", line_offset + 1, None,
            "site settings and front matter should be small; move data elsewhere",
        )])
    loader: _Loader | None = None
    try:
        loader = _Loader(text)
        node = loader.get_single_node()
        lines: dict[str, int] = {}
        duplicates: list[Diagnostic] = []
        if node is not None:
            _walk(node, "", lines, duplicates, set(), line_offset, diagnostic)
        if duplicates:
            raise BuildError(duplicates)
        data = loader.construct_document(node) if node is not None else None
    except _Refused as exc:
        line, col = _position(exc.problem_mark, line_offset)
        raise BuildError([diagnostic(exc.problem or "refused", line, col, exc.hint)]) from None
    except yaml.MarkedYAMLError as exc:
        line, col = _position(exc.problem_mark or exc.context_mark, line_offset)
        problem = exc.problem or exc.context or "cannot parse"
        message = f"invalid YAML: {problem}"
        if exc.context and problem.startswith("but "):
            message = f"invalid YAML: {exc.context}, {problem}"
        elif (exc.context and exc.context_mark is not None and exc.problem_mark is not None
              and exc.context_mark.line != exc.problem_mark.line):
            message += f" ({exc.context} at line {exc.context_mark.line + 1 + line_offset})"
        said = f"{problem} {exc.context or ''}"
        hint = next((h for key, h in _HINTS.items() if key in said), None)
        raise BuildError([diagnostic(message, line, col, hint)]) from None
    except yaml.reader.ReaderError as exc:
        before = text[: exc.position]
        line = before.count("\n") + 1 + line_offset
        col = exc.position - (before.rfind("\n") + 1) + 1
        raise BuildError([diagnostic(
            f"invalid YAML: unprintable character U+{exc.character:04X}", line, col,
            "remove control characters from the file",
        )]) from None
    except RecursionError:
        raise BuildError([diagnostic(
            "invalid YAML: nested too deeply", line_offset + 1, None,
            "flatten the structure",
        )]) from None
    finally:
        if loader is not None:
            loader.dispose()
    return data, lines


def _position(mark: Any, line_offset: int) -> tuple[int | None, int | None]:
    if mark is None:
        return None, None
    return mark.line + 1 + line_offset, mark.column + 1


def _walk(
    node: Node,
    prefix: str,
    lines: dict[str, int],
    duplicates: list[Diagnostic],
    seen: set[int],
    offset: int,
    diagnostic: Any,
) -> None:
    """Record the line of every key and item; report duplicate keys once per node."""
    first_visit = id(node) not in seen
    seen.add(id(node))
    if isinstance(node, SequenceNode):
        for index, item in enumerate(node.value):
            dotted = f"{prefix}[{index}]"
            lines.setdefault(dotted, item.start_mark.line + 1 + offset)
            _walk(item, dotted, lines, duplicates, seen, offset, diagnostic)
    elif isinstance(node, MappingNode):
        first_line: dict[tuple[str, str], int] = {}
        for key, value in node.value:
            if key.tag == _MERGE_TAG:
                _walk(value, prefix, {}, duplicates, seen, offset, diagnostic)
                continue
            if not isinstance(key, ScalarNode):
                continue  # the constructor refuses unhashable keys itself
            line = key.start_mark.line + 1 + offset
            ident = (key.tag, key.value)
            if ident in first_line and first_visit:
                duplicates.append(diagnostic(
                    f"duplicate key '{key.value}' (first defined on line {first_line[ident]})",
                    line, key.start_mark.column + 1,
                    "remove one of them; YAML would silently keep only the last",
                ))
            first_line.setdefault(ident, line)
            dotted = f"{prefix}.{key.value}" if prefix else str(key.value)
            lines.setdefault(dotted, line)
            _walk(value, dotted, lines, duplicates, seen, offset, diagnostic)
