"""Render: view objects + Jinja templates → pages (site path, HTML bytes).

Autoescape is on for every template and undefined names fail the build
(``StrictUndefined``), so a misspelled field is an error, not an empty string.
Rendering a page is a pure function of the library, so large batches are spread over
worker processes that inherit the library when they fork instead of receiving a copy.
"""

from __future__ import annotations

import multiprocessing
import os
import posixpath
import re
import threading
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from generator import jsonld
from generator.errors import BuildError, Diagnostic
from generator.link import Library
from generator.pages import Page, entity_pages
from generator.views import PageMeta, SiteView

#: Template file for each page kind.
TEMPLATES = {
    "home": "home.html",
    "article": "article.html",
    "person": "person.html",
    "quote": "quote.html",
    "event": "event.html",
    "source": "source.html",
    "index": "index.html",
    "timeline": "timeline.html",
    "page": "page.html",
    "404": "404.html",
    "search": "search.html",
}
#: Fewer pages than this are rendered in this process: forking costs more than it saves.
PARALLEL_THRESHOLD = 400


def make_urls(base_url: str) -> tuple[Callable[[str], str], Callable[[str], str]]:
    """``url_for`` (path for links) and ``absolute`` (full URL) for a base URL."""
    scheme_end = base_url.find("//")
    path_start = base_url.find("/", scheme_end + 2) if scheme_end >= 0 else 0
    base_path = base_url[path_start:] if path_start >= 0 else "/"
    if not base_path.endswith("/"):
        base_path += "/"

    def url_for(path: str) -> str:
        return base_path + path.lstrip("/")

    def absolute(path: str) -> str:
        return base_url.rstrip("/") + "/" + path.lstrip("/")

    return url_for, absolute


_LINK_ATTR = re.compile(r'(\s(?:href|src|action|xlink:href|data-root)=")(/[^"/][^"]*|/)(")')


def relative_link(target: str, page_url: str) -> str:
    """The link from the page at site path ``page_url`` to site path ``target``.

    A folder target gets its ``index.html`` spelled out, because file:// shows a folder
    listing, not the folder's index page: ``/people/x/`` seen from ``/quotes/q/`` is
    ``../../people/x/index.html``.
    """
    path, sep, rest = target.partition("#")
    path, qsep, query = path.partition("?")
    if path.endswith("/"):
        path += "index.html"
    here = page_url if page_url.endswith("/") else page_url.rsplit("/", 1)[0] + "/"
    relative = posixpath.relpath(path, here)
    return relative + (qsep + query) + (sep + rest)


def relativize(html: str, page_url: str, base_path: str) -> str:
    """``html`` with every root-relative link (``href="/…"``) made relative to ``page_url``.

    ``base_path`` is the sub-path the links were made with; it is stripped first. Full
    URLs (canonical, og:url, JSON-LD) and ``//host`` links are left alone.
    """

    def replace(match: re.Match[str]) -> str:
        target = match.group(2)
        if target.startswith(base_path):
            target = "/" + target[len(base_path):]
        return match.group(1) + relative_link(target, page_url) + match.group(3)

    return _LINK_ATTR.sub(replace, html)


def base_path_of(base_url: str) -> str:
    """The path part of ``base_url``, ending with "/": ``https://x.org/briefs`` → ``/briefs/``."""
    return make_urls(base_url)[0]("/")


def page_file(url: str) -> str:
    """The output file of a site path: ``/people/x/`` → ``people/x/index.html``."""
    path = url.lstrip("/")
    return path + "index.html" if path == "" or path.endswith("/") else path


def make_environment(template_dir: Path, url_for: Callable[[str], str]) -> Environment:
    """A Jinja environment over ``template_dir`` with autoescape and StrictUndefined.

    ``url_for(site_path)`` turns a site path (``/people/x/``) into the link to print.
    """
    env = Environment(
        loader=FileSystemLoader(str(template_dir)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["url_for"] = url_for
    return env


def render_page(env: Environment, kind: str, context: dict[str, Any]) -> str:
    """Render the template of ``kind`` with ``context`` (``site``, ``page`` and the view)."""
    return env.get_template(TEMPLATES[kind]).render(**context)


class PageRenderer:
    """Renders pages of one site; compiles every template up front."""

    def __init__(self, root: Path, templates_dir: Path, base_url: str, site: SiteView, relative: bool = False):
        self.root, self.templates_dir, self.site = root, templates_dir, site
        self.url_for, self.absolute = make_urls(base_url)
        # Relative links depend on the page they are on; pages are rendered with
        # root-relative links, then rewritten for the page's own place (``relativize``).
        self.relative_to = base_path_of(base_url) if relative else None
        try:
            self.env = make_environment(templates_dir, self.url_for)
            # Compiling every template first makes `check` find a syntax error in a
            # template that no page of this site happens to use yet.
            for name in self.env.list_templates(extensions=["html", "xml", "txt"]):
                self.env.get_template(name)
        except jinja2.TemplateError as error:
            raise self.error(error, None) from error

    def render(self, page: Page) -> bytes:
        """The HTML of one page."""
        meta = PageMeta(
            kind=page.kind,
            title=page.title,
            url=page.url,
            description=page.description,
            breadcrumbs=page.breadcrumbs,
            og_type=page.og_type,
            image=page.image,
            published=page.date if page.og_type == "article" else None,
            jsonld=jsonld.script(page.graph, self.absolute, self.site.title, self.site.description),
            pagination=page.pagination,
        )
        try:
            html = render_page(self.env, page.kind, {"site": self.site, "page": meta, **page.context})
            if self.relative_to is not None:
                html = relativize(html, page.url, self.relative_to)
            return html.encode("utf-8")
        except jinja2.TemplateError as error:
            raise self.error(error, page) from error

    def error(self, error: jinja2.TemplateError, page: Page | None) -> BuildError:
        """The template file and line of a Jinja error, as a diagnostic."""
        name: str | None = getattr(error, "filename", None)
        line: int | None = getattr(error, "lineno", None)
        # Runtime errors (an undefined field) carry no file: Jinja's rewritten traceback
        # has a frame for each template line, the innermost one is where it failed.
        for frame, frame_line in traceback.walk_tb(error.__traceback__):
            if frame.f_code.co_filename.startswith(str(self.templates_dir)):
                name, line = frame.f_code.co_filename, frame_line
        shown = "templates"
        if name:
            path = Path(name)
            shown = path.relative_to(self.root).as_posix() if path.is_relative_to(self.root) else path.name
        where = f" while rendering {page.url}" if page else ""
        return BuildError([Diagnostic(path=shown, line=line, message=f"{type(error).__name__}: {error.message}{where}", stage="render")])


# A worker process's renderer and library, set once when the pool forks it. This is
# state of that worker process only; the building process never reads it.
_worker: tuple[PageRenderer, Library, dict[str, Markup]] | None = None


def _start_worker(renderer: PageRenderer, library: Library, bodies: dict[str, Markup]) -> None:
    global _worker
    _worker = (renderer, library, bodies)


def _render_chunk(urls: list[str]) -> list[tuple[str, bytes]]:
    assert _worker is not None, "worker not started"
    renderer, library, bodies = _worker
    return [(p.url, renderer.render(p)) for p in entity_pages(library, bodies, renderer.url_for, urls)]


def _can_fork() -> bool:
    # Forking a process that runs other threads (the preview's server) can copy a held
    # lock; such builds render in this process instead.
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def render_entities(
    renderer: PageRenderer, library: Library, bodies: dict[str, Markup], urls: Iterable[str], workers: int | None = None
) -> dict[str, bytes]:
    """Site path → HTML of every entity page at ``urls``, in parallel when it pays."""
    todo = sorted(urls)
    count = workers if workers is not None else (os.cpu_count() or 1)
    if count < 2 or len(todo) < PARALLEL_THRESHOLD or not _can_fork():
        return {p.url: renderer.render(p) for p in entity_pages(library, bodies, renderer.url_for, todo)}
    size = max(50, len(todo) // (count * 8))
    chunks = [todo[i : i + size] for i in range(0, len(todo), size)]
    # With the fork start method the initializer's arguments are inherited, not pickled.
    context = multiprocessing.get_context("fork")
    with context.Pool(count, initializer=_start_worker, initargs=(renderer, library, bodies)) as pool:
        return {url: html for chunk in pool.imap(_render_chunk, chunks) for url, html in chunk}
