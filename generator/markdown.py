"""Curated Markdown → HTML, with ``[[wiki-links]]`` between site pages.

CommonMark via markdown-it-py: raw HTML is escaped unless the site sets
``markdown.unsafe_html``, no linkify, no typographer, so output depends only on the
input. ``[[Target]]`` and ``[[Target|label]]`` link to whatever page ``resolve`` names;
a target nobody knows renders as ``<span class="unresolved">`` and is reported with
its file and line. Links to ``javascript:``, ``vbscript:``, ``file:`` and any ``data:``
URL are never emitted as links. Headings are demoted one level (``#`` → ``<h2>``, capped
at ``<h6>``): a body is inserted into a page that already has its one ``<h1>``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

from generator.errors import Diagnostic

#: ``[[Target]]`` or ``[[Target|label]]`` on one line, without brackets inside.
WIKI_LINK = re.compile(r"\[\[([^\[\]|\n]+?)(?:\|([^\[\]\n]+?))?\]\]")

# Schemes that can run code when clicked. Control characters and whitespace are removed
# first because browsers ignore them inside a scheme ("java\tscript:").
_BAD_SCHEME = re.compile(r"^(javascript|vbscript|file|data):")
_IGNORED = re.compile(r"[\x00-\x20\x7f]+")

#: The deepest heading HTML has; demoted headings stop there.
_DEEPEST_HEADING = 6


def is_safe_link(url: str) -> bool:
    """False for URLs whose scheme could run code or embed content."""
    return not _BAD_SCHEME.match(_IGNORED.sub("", url).lower())


@dataclass
class _Env:
    """What one render call shares with the wiki-link rules; never kept between calls."""

    resolve: Callable[[str], str | None]
    path: str
    first_line: int
    diagnostics: list[Diagnostic] = field(default_factory=list)


class MarkdownRenderer:
    """Renders curated Markdown; one instance serves a whole build."""

    def __init__(self, unsafe_html: bool = False):
        """``unsafe_html`` passes raw HTML through; otherwise it is shown escaped."""
        md = MarkdownIt("commonmark", {"html": unsafe_html, "linkify": False,
                                       "typographer": False})
        md.validateLink = is_safe_link  # type: ignore[method-assign]
        md.inline.ruler.before("link", "wikilink", _parse_wikilink)
        md.core.ruler.after("inline", "wikilink_resolve", _resolve_wikilinks)
        md.core.ruler.after("block", "demote_headings", _demote_headings)
        md.add_render_rule("wikilink", _render_wikilink)
        self._md = md

    def render(
        self, text: str, resolve: Callable[[str], str | None], path: str, first_line: int
    ) -> tuple[str, list[Diagnostic]]:
        """HTML of ``text`` and a warning per unresolved wiki-link.

        ``resolve`` maps a wiki-link target to a site URL or None; ``path`` and
        ``first_line`` (the file line where ``text`` starts) place the warnings.
        """
        env = _Env(resolve, path, first_line)
        html = self._md.render(text, {"briefing": env})
        return html, env.diagnostics


def _parse_wikilink(state: StateInline, silent: bool) -> bool:
    """Inline rule: turn ``[[Target|label]]`` at the cursor into a ``wikilink`` token."""
    if not state.src.startswith("[[", state.pos):
        return False
    match = WIKI_LINK.match(state.src, state.pos, state.posMax)
    if match is None or not match.group(1).strip():
        return False
    if not silent:
        token = state.push("wikilink", "", 0)
        target = " ".join(match.group(1).split())
        label = " ".join((match.group(2) or "").split()) or target
        token.meta = {"target": target, "label": label, "pos": state.pos}
        token.content = match.group(0)
    state.pos = match.end()
    return True


def _demote_headings(state: StateCore) -> None:
    """Core rule: every heading one level down (``#`` → ``<h2>``), ``<h6>`` the floor.

    Bodies go into pages that already have their one ``<h1>``; this keeps it the only one.
    """
    for token in state.tokens:
        if token.type in ("heading_open", "heading_close"):
            level = int(token.tag[1:])
            token.tag = f"h{min(level + 1, _DEEPEST_HEADING)}"


def _resolve_wikilinks(state: StateCore) -> None:
    """Core rule: resolve every wiki-link once, recording its absolute line."""
    env: _Env = state.env["briefing"]
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        start = block.map[0] if block.map else 0
        for token in _walk(block.children):
            if token.type != "wikilink":
                continue
            target = token.meta["target"]
            token.meta["url"] = url = env.resolve(target)
            if url is None:
                line = env.first_line + start + block.content.count("\n", 0, token.meta["pos"])
                env.diagnostics.append(Diagnostic(
                    env.path, f"unresolved wiki-link [[{target}]]", line=line,
                    severity="warning", stage="markdown",
                    hint="no person, event, source or page has this name or alias",
                ))


def _walk(tokens: Sequence[Token]) -> list[Token]:
    out: list[Token] = []
    for token in tokens:
        out.append(token)
        if token.children:
            out.extend(_walk(token.children))
    return out


def _render_wikilink(
    self: Any, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    """``<a class="wikilink">`` to the resolved URL, or a marked-up plain label."""
    meta = tokens[idx].meta
    label = escapeHtml(meta["label"])
    if meta.get("url") is None:
        return f'<span class="unresolved">{label}</span>'
    return f'<a class="wikilink" href="{escapeHtml(meta["url"])}">{label}</a>'
