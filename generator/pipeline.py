"""The whole-site stages as ``build()`` calls them: curated bodies, pages, output files."""

from __future__ import annotations

import hashlib
import traceback
from dataclasses import dataclass
from pathlib import Path

import jinja2
from markupsafe import Markup

from generator import __version__
from generator.cache import package_version
from generator.config import Config
from generator.content import Content
from generator.errors import BuildError, Diagnostic
from generator.link import FOLDERS, Library, page_url
from generator.markdown import MarkdownRenderer
from generator.names import fold
from generator.outputs import api_files, atom_feed, robots, sitemap
from generator.pages import Page, build_pages, page_refs
from generator.pages.fingerprints import page_fingerprints
from generator.render import make_environment, render_page
from generator.views import Link, PageMeta, SiteView

# ----------------------------------------------------------------------- whole site


def _name_index(library: Library) -> dict[str, str]:
    """Folded names of every entity a wiki-link may name → its page."""
    index: dict[str, str] = {}
    for person in library.people.values():
        for name in [person.name, *person.aliases]:
            index.setdefault(fold(name), page_url("person", person.id))
    for event in library.events.values():
        index.setdefault(fold(event.name), page_url("event", event.id))
    for source in library.sources.values():
        index.setdefault(fold(source.name), page_url("source", source.id))
    for article in library.articles.values():
        index.setdefault(fold(article.title), page_url("article", article.id))
    for page in library.pages:
        index.setdefault(fold(str(page.meta.get("title", page.slug))), f"/{page.slug}/")
    return index


def render_bodies(config: Config, content: Content, library: Library) -> tuple[dict[str, Markup], list[Diagnostic]]:
    """The curated Markdown of every content file as HTML, wiki-links resolved."""
    renderer = MarkdownRenderer(unsafe_html=config.markdown.unsafe_html)
    index = _name_index(library)
    url_for, _ = make_urls(config.base_url)

    def resolve_link(target: str) -> str | None:
        found = index.get(fold(target))
        return url_for(found) if found else None

    bodies: dict[str, Markup] = {}
    problems: list[Diagnostic] = []
    for page in [*content.people, *content.events, *content.sources, *content.pages]:
        html, found = renderer.render(page.body, resolve_link, page.path, page.body_line)
        bodies[page.path] = Markup(html)
        problems.extend(found)
    return bodies, problems


#: Page kinds that have one page per entity.
ENTITY_KINDS = frozenset(FOLDERS)


def make_urls(base_url: str):  # type: ignore[no-untyped-def]
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


def page_file(url: str) -> str:
    """The output file of a site path: ``/people/x/`` → ``people/x/index.html``."""
    path = url.lstrip("/")
    return path + "index.html" if path == "" or path.endswith("/") else path


def static_files(static_dir: Path) -> tuple[dict[str, bytes], dict[str, str]]:
    """Static assets to copy, CSS and JS fingerprinted for long caching; and name → site path."""
    files: dict[str, bytes] = {}
    names: dict[str, str] = {}
    if not static_dir.is_dir():
        return files, names
    for path in sorted(p for p in static_dir.rglob("*") if p.is_file() and not p.name.startswith(".")):
        relative = path.relative_to(static_dir).as_posix()
        data = path.read_bytes()
        out = relative
        if path.suffix in (".css", ".js"):
            digest = hashlib.sha256(data).hexdigest()[:10]
            out = relative[: -len(path.suffix)] + f".{digest}{path.suffix}"
        files[f"static/{out}"] = data
        names[relative] = f"/static/{out}"
    return files, names


def _template_error(config: Config, error: jinja2.TemplateError, page: Page | None) -> BuildError:
    """The template file and line of a Jinja error, as a diagnostic."""
    name: str | None = getattr(error, "filename", None)
    line: int | None = getattr(error, "lineno", None)
    # Runtime errors (an undefined field) carry no file: Jinja's rewritten traceback
    # has a frame for each template line, the innermost one is where it failed.
    templates = str(config.templates_dir)
    for frame, frame_line in traceback.walk_tb(error.__traceback__):
        if frame.f_code.co_filename.startswith(templates):
            name, line = frame.f_code.co_filename, frame_line
    shown = "templates"
    if name:
        path = Path(name)
        shown = path.relative_to(config.root).as_posix() if path.is_relative_to(config.root) else path.name
    where = f" while rendering {page.url}" if page else ""
    return BuildError([Diagnostic(path=shown, line=line, message=f"{type(error).__name__}: {error.message}{where}", stage="render")])


@dataclass
class Rendered:
    """Every output file of the site, and which pages had to be rendered."""

    files: dict[str, bytes | None]  # None: unchanged, keep the previous output file
    prints: dict[str, str]  # page file → fingerprint, for the next build
    pages: int  # pages in the site
    rendered: int  # pages rendered by this build


def _site_view(config: Config, library: Library, assets: dict[str, str]) -> SiteView:
    nav = [Link("/articles/", "Articles"), Link("/people/", "People"), Link("/quotes/", "Quotes"), Link("/events/", "Events"), Link("/sources/", "Sources"), Link("/timeline/", "Timeline")]
    nav += [Link(f"/{p.slug}/", str(p.meta["title"])) for p in sorted(library.pages, key=lambda p: (p.meta.get("order", 0), p.slug)) if p.meta.get("nav")]
    return SiteView(
        title=config.title,
        description=config.description,
        language=config.language,
        base_url=config.base_url,
        nav=tuple(nav),
        stylesheet=assets.get("style.css", "/static/style.css"),
        generator=f"briefing {__version__}",
        feed="/feed.xml",
    )


def _site_key(config: Config, site: SiteView) -> str:
    """What every page shows or depends on: templates, code, settings, the site view."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{package_version()}{config.fingerprint()}{site!r}".encode())
    for path in sorted(config.templates_dir.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(config.templates_dir).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def render_site(
    config: Config,
    library: Library,
    bodies: dict[str, Markup],
    article_keys: dict[str, str],
    previous: dict[str, str],
) -> Rendered:
    """Every output file of the site: pages, JSON API, sitemap, feed, static assets.

    An entity page whose fingerprint equals ``previous[file]`` is not rendered; its file
    is kept from the last build. Site-wide pages are always rendered.
    """
    url_for, absolute = make_urls(config.base_url)
    static, assets = static_files(config.templates_dir / "static")
    files: dict[str, bytes | None] = dict(static)
    site = _site_view(config, library, assets)
    prints = {page_file(url): fp for url, fp in page_fingerprints(library, article_keys, bodies, _site_key(config, site)).items()}
    keep = {name for name, fp in prints.items() if previous.get(name) == fp}
    pages = build_pages(library, bodies, url_for, wanted=lambda url: page_file(url) not in keep)
    page: Page | None = None
    try:
        env = make_environment(config.templates_dir, url_for)
        # Compile every template first, so `check` finds a syntax error in a template
        # that no page of this site happens to use yet.
        for name in env.list_templates(extensions=["html", "xml", "txt"]):
            env.get_template(name)
        for page in pages:
            meta = PageMeta(kind=page.kind, title=page.title, url=page.url, description=page.description)
            html = render_page(env, page.kind, {"site": site, "page": meta, **page.context})
            files[page_file(page.url)] = html.encode("utf-8")
    except jinja2.TemplateError as error:
        raise _template_error(config, error, page) from error
    files.update(dict.fromkeys(sorted(keep)))
    files.update(api_files(library, absolute))
    site_pages = [p for p in pages if p.kind not in ENTITY_KINDS]
    files["sitemap.xml"] = sitemap([*page_refs(library), *site_pages], absolute)
    files["feed.xml"] = atom_feed(library, config.title, absolute, config.feed.limit, config.build_date.isoformat() if config.build_date else None)
    files["robots.txt"] = robots(absolute)
    return Rendered(files=files, prints=prints, pages=len(prints) + len(site_pages), rendered=len(pages))
