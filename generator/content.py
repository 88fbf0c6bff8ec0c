"""content/ → curated pages: people, events, sources and free pages.

Each Markdown file has YAML front matter checked against the schema of its folder
(:class:`PersonMeta`, :class:`EventMeta`, :class:`SourceMeta`, :class:`PageMeta`) by
:func:`generator.schema.validate`, with the same ``key 'x': ...`` messages as site.yaml.
A bad file is reported with its line and skipped; the others load. Slugs always pass
through :func:`generator.slugs.slugify`, so no front matter can steer output outside the site.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from generator.config import Config
from generator.discover import Unreadable, bad_name, link_problem, read_input, shown_name
from generator.errors import BuildError, Diagnostic
from generator.frontmatter import parse_front_matter
from generator.markdown import MarkdownRenderer
from generator.model import ContentPage
from generator.schema import Invalid, Located, check_url, checked, describe, parsed, validate
from generator.slugs import slugify

STAGE = "content"
_SINGULAR = {"people": "person", "events": "event", "sources": "source", "pages": "page"}


def parse_partial_date(value: Any) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` from a YAML value (a year, a date, text)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
    if isinstance(text, str) and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        try:
            date.fromisoformat((text + "-01-01")[:10])
        except ValueError:
            pass
        else:
            return text
    raise Invalid(f"expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got {describe(value)}")


def check_source_url(value: str) -> str:
    """An absolute http(s) URL, kept as written."""
    check_url(value)
    return value


@dataclass(frozen=True)
class PersonMeta:
    """Front matter of content/people/*.md."""

    name: str  # the name to show: "Keir Starmer"
    aliases: tuple[str, ...] = ()  # other names for them: "Sir Keir", "the Labour leader"
    summary: str = ""  # one line for their page and index
    merges: tuple[str, ...] = ()  # names extraction found that are this person
    roles: tuple[str, ...] = ()  # curated roles: "Prime Minister"
    slug: str | None = None  # URL slug; the file name when absent
    extra: dict[str, Any] = field(default_factory=dict)  # free, for templates


@dataclass(frozen=True)
class EventMeta:
    """Front matter of content/events/*.md."""

    name: str  # "Munich Security Conference"
    date: str | None = field(default=None, metadata=parsed(parse_partial_date))
    place: str | None = None
    participants: tuple[str, ...] = ()  # people's names or aliases
    aliases: tuple[str, ...] = ()  # other names of the event
    slug: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SourceMeta:
    """Front matter of content/sources/*.md."""

    name: str  # the outlet as articles name it: "RT"
    aliases: tuple[str, ...] = ()  # "RT World News", "Russia Today"
    country: str | None = None
    ownership: str | None = None  # "state-affiliated", "public", "private"
    url: str | None = field(default=None, metadata=checked(check_source_url))
    description: str | None = None
    slug: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PageMeta:
    """Front matter of content/pages/*.md."""

    title: str
    slug: str | None = None
    nav: bool = False  # listed in the site navigation
    order: int = 0  # position in the navigation, lowest first
    extra: dict[str, Any] = field(default_factory=dict)


#: Folder under content/ → schema of its files.
KINDS: dict[str, type] = {
    "people": PersonMeta, "events": EventMeta, "sources": SourceMeta, "pages": PageMeta,
}


@dataclass
class Content:
    """Every curated page that loaded, by kind, each list sorted by path."""

    people: list[ContentPage] = field(default_factory=list)
    events: list[ContentPage] = field(default_factory=list)
    sources: list[ContentPage] = field(default_factory=list)
    pages: list[ContentPage] = field(default_factory=list)

    def all(self) -> list[ContentPage]:
        """Every page, in kind order then path order."""
        return [*self.people, *self.events, *self.sources, *self.pages]


def load_content(config: Config) -> tuple[Content, list[Diagnostic]]:
    """Load and check content/; bad files are reported and skipped.

    A missing content folder is empty content. Diagnostics come sorted by file and line.
    """
    content, problems = Content(), []
    folder = config.content_dir
    if not folder.is_dir():
        return content, []
    top = _site_path(folder, config.root)
    real_folder = folder.resolve()
    for file in sorted(folder.rglob("*.md")):
        relative = file.relative_to(folder)
        if _ignored(relative):
            continue
        shown = shown_name(_site_path(file, config.root))
        # Content is read and published as it is: a link must not bring in a file from
        # outside the content folder, and a file name must print on one line.
        link, naming = link_problem(file, real_folder, "content folder"), bad_name(relative.as_posix())
        if link is not None or naming is not None:
            problems.append(Diagnostic(shown, link or naming or "", severity="warning" if link else "error", stage=STAGE))
            continue
        if not file.is_file():
            continue
        kind = relative.parts[0] if len(relative.parts) > 1 else ""
        if kind not in KINDS:
            problems.append(Diagnostic(
                shown, "ignored: not in a content folder", severity="warning", stage=STAGE,
                hint="put it in " + ", ".join(f"{top}/{k}/" for k in KINDS),
            ))
            continue
        page, found = load_page(file, kind, shown)
        problems += found
        if page is not None:
            getattr(content, kind).append(page)
    for kind in KINDS:
        pages: list[ContentPage] = getattr(content, kind)
        pages.sort(key=lambda page: page.path)
        problems += _drop_duplicate_slugs(pages)
    return content, sorted(problems, key=Diagnostic.sort_key)


def load_page(file: Path, kind: str, shown: str) -> tuple[ContentPage | None, list[Diagnostic]]:
    """One content file as a page of ``kind``, or None and why; ``shown`` names it."""
    try:
        text = read_input(file).decode("utf-8")
    except Unreadable as exc:
        return None, [Diagnostic(shown, exc.message, stage=STAGE, hint=exc.hint)]
    except UnicodeDecodeError as exc:
        return None, [Diagnostic(shown, f"not UTF-8 text: {exc.reason}", stage=STAGE,
                                 hint="save the file as UTF-8")]
    try:
        front = parse_front_matter(text, shown, stage=STAGE)
    except BuildError as exc:
        return None, exc.diagnostics
    where = Located(shown, text.removeprefix("\ufeff"), front.lines, STAGE, default_line=1)
    meta, problems = validate(KINDS[kind], front.meta, where)
    if meta is None:
        return None, problems
    values = _plain(dataclasses.asdict(meta))
    slug = slugify(values["slug"] or file.stem, fallback=_SINGULAR[kind])
    return ContentPage(kind, shown, slug, values, front.body, front.body_line), []


def render_content(
    content: Content, renderer: MarkdownRenderer, resolve: Callable[[str], str | None]
) -> list[Diagnostic]:
    """Fill every page's ``html``, resolving wiki-links; the unresolved ones as warnings.

    Called at link time, once every target name is known.
    """
    problems: list[Diagnostic] = []
    for page in content.all():
        page.html, found = renderer.render(page.body, resolve, page.path, page.body_line)
        problems += found
    return problems


def _drop_duplicate_slugs(pages: list[ContentPage]) -> list[Diagnostic]:
    """Keep the first page (by path) of each slug; report the others."""
    owner: dict[str, str] = {}
    problems, kept = [], []
    for page in pages:
        if page.slug in owner:
            problems.append(Diagnostic(
                page.path, f"slug '{page.slug}' is already used by {owner[page.slug]}",
                line=1, stage=STAGE, hint="rename the file or set a different `slug:`",
            ))
            continue
        owner[page.slug] = page.path
        kept.append(page)
    pages[:] = kept
    return problems


def _ignored(relative: Path) -> bool:
    """Hidden files and editor leftovers (``.#x.md``, ``#x.md#``) are not content."""
    return any(part.startswith((".", "#")) for part in relative.parts)


def _site_path(file: Path, root: Path) -> str:
    try:
        return file.relative_to(root).as_posix()
    except ValueError:
        return Path(os.path.relpath(file, root)).as_posix()


def _plain(value: Any) -> Any:
    """Tuples to lists, so front matter reads like JSON everywhere downstream."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value
