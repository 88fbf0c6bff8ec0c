"""Diagnostics a user can act on: ``path:line:col: message``, context, hint.

Every stage reports problems as :class:`Diagnostic` values instead of raising on the
first one, so a build can report everything at once and skip only what is broken.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Diagnostic:
    """One problem found in one file, at a line when the line is known."""

    path: str
    message: str
    line: int | None = None
    col: int | None = None
    severity: Severity = "error"
    stage: str = ""
    hint: str | None = None
    context: str | None = None

    @property
    def location(self) -> str:
        """``path:line:col`` with the parts that are known."""
        loc = self.path
        if self.line is not None:
            loc += f":{self.line}"
            if self.col is not None:
                loc += f":{self.col}"
        return loc

    def headline(self) -> str:
        """The one-line form: ``path:line: severity: message``."""
        return f"{self.location}: {self.severity}: {self.message}"

    def format(self) -> str:
        """The full form: headline, the offending lines, then a hint."""
        parts = [self.headline()]
        if self.context:
            parts.append(self.context)
        if self.hint:
            parts.append(f"  hint: {self.hint}")
        return "\n".join(parts)

    def sort_key(self) -> tuple[str, int, int, str]:
        """Order diagnostics by file, then position, for stable reports."""
        return (self.path, self.line or 0, self.col or 0, self.message)


def source_context(text: str, line: int, col: int | None = None, radius: int = 2) -> str:
    """The offending line of ``text`` with ``radius`` lines either side and a caret."""
    lines = text.splitlines()
    if not 1 <= line <= len(lines):
        return ""
    first, last = max(1, line - radius), min(len(lines), line + radius)
    width = len(str(last))
    out = []
    for number in range(first, last + 1):
        marker = ">" if number == line else " "
        shown = lines[number - 1]
        if len(shown) > 200:
            shown = shown[:200] + "…"
        out.append(f"  {marker} {number:>{width}} | {shown}")
        if number == line and col is not None and col <= 200:
            out.append("    " + " " * width + " | " + " " * (col - 1) + "^")
    return "\n".join(out)


@dataclass
class Report:
    """Diagnostics gathered during one build or check, in the order found."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(self, diagnostic: Diagnostic) -> None:
        """Record one diagnostic."""
        self.items.append(diagnostic)

    def extend(self, diagnostics: list[Diagnostic]) -> None:
        """Record several diagnostics."""
        self.items.extend(diagnostics)

    @property
    def errors(self) -> list[Diagnostic]:
        """The diagnostics of severity error."""
        return [d for d in self.items if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        """The diagnostics of severity warning."""
        return [d for d in self.items if d.severity == "warning"]

    def sorted(self) -> list[Diagnostic]:
        """All diagnostics, deduplicated, in file and line order."""
        return sorted(set(self.items), key=Diagnostic.sort_key)


class BuildError(Exception):
    """A problem that stops a stage; carries every diagnostic found so far."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = diagnostics
        super().__init__("\n".join(d.headline() for d in diagnostics))

    def __reduce__(self) -> tuple[type[BuildError], tuple[list[Diagnostic]]]:
        """Pickle with the diagnostics, so the error survives a worker process."""
        return (BuildError, (self.diagnostics,))
