"""Find active content in built pages that the site's own templates did not put there.

A page is parsed as a browser would tokenise it (html.parser, which is stricter than a
browser only in reporting more, never less). Flagged:

- a ``<script>`` that is not JSON-LD holding valid JSON, and not one of the scripts a
  benign build of the same templates has (same ``src``, or the same inline text);
- JSON-LD whose text could end the script early or open a comment (``</script``, ``<!--``);
- any ``on*`` event-handler attribute the benign build does not have;
- a URL attribute (href, src, action, …) whose scheme can run code (javascript:,
  vbscript:, data: outside images);
- elements that embed or redirect (iframe, object, embed, base, frame, meta refresh).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

_URL_ATTRS = frozenset({
    "href", "src", "action", "formaction", "xlink:href", "poster", "background", "data",
    "cite", "ping", "manifest", "icon", "codebase", "longdesc", "usemap", "lowsrc", "dynsrc",
    "to", "from", "values", "by",
})
_EMBEDS = frozenset({"iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal"})
_IGNORED_IN_SCHEME = re.compile(r"[\x00-\x20\x7f]+")


def _bad_url(value: str) -> bool:
    compact = _IGNORED_IN_SCHEME.sub("", value).lower()
    return bool(re.match(r"^(?:javascript|vbscript|livescript|mocha):", compact)) or (
        compact.startswith("data:") and not re.match(r"^data:image/(?:png|gif|jpe?g|webp)[;,]", compact)
    )


@dataclass
class Allowed:
    """What the site's own templates put in pages (learned from a benign build)."""

    scripts: set[tuple[str, str, str]] = field(default_factory=set)  # (type, src, inline text)
    handlers: set[tuple[str, str, str]] = field(default_factory=set)  # (tag, attribute, value)


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[str, str, str, int]] = []  # type, src, text, line
        self.handlers: list[tuple[str, str, str, int]] = []
        self.problems: list[str] = []
        self._script: tuple[str, str, int] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        values = {name: value or "" for name, value in attrs}
        for name, value in values.items():
            if name.startswith("on"):
                self.handlers.append((tag, name, value, line))
            if name in _URL_ATTRS and _bad_url(value):
                self.problems.append(f"line {line}: <{tag} {name}={value[:60]!r}>")
            if name == "srcset" and any(_bad_url(part.strip()) for part in value.split(",")):
                self.problems.append(f"line {line}: <{tag} srcset={value[:60]!r}>")
            if name == "style" and re.search(r"expression\s*\(|javascript:|behavior\s*:", value, re.IGNORECASE):
                self.problems.append(f"line {line}: <{tag} style={value[:60]!r}>")
        if tag in _EMBEDS:
            self.problems.append(f"line {line}: <{tag}> element")
        if tag == "meta" and values.get("http-equiv", "").lower() in ("refresh", "set-cookie"):
            self.problems.append(f"line {line}: <meta http-equiv={values['http-equiv']!r}>")
        if tag == "script":
            self._script = (values.get("type", "").strip().lower(), values.get("src", ""), line)
            self._text = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag == "script":
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            kind, src, line = self._script
            self.scripts.append((kind, src, "".join(self._text), line))
            self._script = None

    def close(self) -> None:
        super().close()
        if self._script is not None:  # a script that never ends swallows the page
            kind, src, line = self._script
            self.scripts.append((kind, src, "".join(self._text), line))
            self.problems.append(f"line {line}: <script> is never closed")


def scan(html: str) -> _Scanner:
    """Parse one page and collect its scripts, handlers and plain problems."""
    scanner = _Scanner()
    scanner.feed(html)
    scanner.close()
    return scanner


def learn(pages: list[Path]) -> Allowed:
    """Everything active that the benign build's pages hold."""
    allowed = Allowed()
    for page in pages:
        scanner = scan(page.read_text(encoding="utf-8"))
        allowed.scripts.update((kind, src, "" if src else text) for kind, src, text, _ in scanner.scripts)
        allowed.handlers.update((tag, name, value) for tag, name, value, _ in scanner.handlers)
    return allowed


def unexpected(html: str, allowed: Allowed) -> list[str]:
    """Everything active in ``html`` that the site's own templates did not put there."""
    scanner = scan(html)
    problems = list(scanner.problems)
    for kind, src, text, line in scanner.scripts:
        if kind == "application/ld+json" and not src:
            lowered = text.lower()
            if "<!--" in lowered or "<script" in lowered or "</script" in lowered:
                problems.append(f"line {line}: JSON-LD holds markup that can end or hide the script")
            try:
                json.loads(text)
            except ValueError:
                problems.append(f"line {line}: JSON-LD that is not JSON (cut short?): {text[:80]!r}")
            continue
        if (kind, src, "" if src else text) not in allowed.scripts:
            problems.append(f"line {line}: <script type={kind!r} src={src!r}> {text[:80]!r}")
    for tag, name, value, line in scanner.handlers:
        if (tag, name, value) not in allowed.handlers:
            problems.append(f"line {line}: <{tag} {name}={value[:60]!r}>")
    return problems


def unexpected_in_site(output: Path, allowed: Allowed) -> dict[str, list[str]]:
    """Page → its unexpected active content, for every HTML page below ``output``."""
    found = {}
    for page in sorted(output.rglob("*.html")):
        problems = unexpected(page.read_text(encoding="utf-8"), allowed)
        if problems:
            found[page.relative_to(output).as_posix()] = problems
    return found
