"""The whole-site stages as ``build()`` calls them: curated bodies, pages, output files."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from generator import __version__
from generator.cache import package_version
from generator.config import Config
from generator.content import Content
from generator.errors import Diagnostic
from generator.link import FOLDERS, RESERVED_SLUGS, Library, page_url
from generator.markdown import MarkdownRenderer
from generator.names import fold
from generator.outputs import api_files, atom_feed, person_feeds, robots, sitemap
from generator.pages import page_refs, site_pages
from generator.pages.fingerprints import page_fingerprints
from generator.render import PageRenderer, make_urls, page_file, render_entities
from generator.views import Link, SiteView

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


@dataclass
class Rendered:
    """Every output file of the site, and which pages had to be rendered."""

    files: dict[str, bytes | None]  # None: unchanged, keep the previous output file
    prints: dict[str, str]  # page file → fingerprint, for the next build
    pages: int  # pages in the site
    rendered: int  # pages rendered by this build


def _site_view(config: Config, library: Library, assets: dict[str, str]) -> SiteView:
    nav = [Link("/articles/", "Articles"), Link("/people/", "People"), Link("/quotes/", "Quotes"), Link("/events/", "Events"), Link("/sources/", "Sources"), Link("/timeline/", "Timeline")]
    nav += [Link(f"/{p.slug}/", str(p.meta["title"])) for p in sorted(library.pages, key=lambda p: (p.meta.get("order", 0), p.slug)) if p.meta.get("nav") and p.slug not in RESERVED_SLUGS]
    return SiteView(
        title=config.title,
        description=config.description,
        language=config.language,
        base_url=config.base_url,
        nav=tuple(nav),
        stylesheet=assets.get("style.css", "/static/style.css"),
        generator=f"briefing {__version__}",
        feed="/feed.xml",
        search_script=assets.get("search.js", "/static/search.js"),
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
    workers: int | None = None,
) -> Rendered:
    """Every output file of the site: pages, JSON API, sitemap, feeds, static assets.

    An entity page whose fingerprint equals ``previous[file]`` is not rendered; its file
    is kept from the last build. Site-wide pages are always rendered.
    """
    _, absolute = make_urls(config.base_url)
    static, assets = static_files(config.templates_dir / "static")
    files: dict[str, bytes | None] = dict(static)
    site = _site_view(config, library, assets)
    renderer = PageRenderer(config.root, config.templates_dir, config.base_url, site, config.relative_urls)
    prints = page_fingerprints(library, article_keys, bodies, _site_key(config, site))
    todo = [url for url, fp in prints.items() if previous.get(page_file(url)) != fp]
    for url, html in render_entities(renderer, library, bodies, todo, workers).items():
        files[page_file(url)] = html
    files.update(dict.fromkeys(sorted(page_file(url) for url in prints.keys() - set(todo))))
    others = site_pages(library, bodies, renderer.url_for)
    for page in others:
        files[page_file(page.url)] = renderer.render(page)
    files.update(api_files(library, absolute))
    files["sitemap.xml"] = sitemap([*page_refs(library), *others], absolute)
    fixed_date = config.build_date.isoformat() if config.build_date else None
    files["feed.xml"] = atom_feed(library, config.title, absolute, config.feed.limit, fixed_date)
    files.update(person_feeds(library, config.title, absolute, config.feed.limit, fixed_date))
    files["robots.txt"] = robots(absolute)
    return Rendered(
        files=files,
        prints={page_file(url): fp for url, fp in prints.items()},
        pages=len(prints) + len(others),
        rendered=len(todo) + len(others),
    )
