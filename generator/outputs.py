"""Machine-readable outputs: the JSON API, sitemap.xml, the Atom feed, robots.txt.

The JSON API is a contract (DESIGN.md): ``api/articles.json``, ``people.json``,
``quotes.json``, ``events.json`` (plus ``sources.json``), each a list sorted by id.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from typing import Any
from xml.etree import ElementTree as ET

from generator.link import Library, page_url
from generator.pages import Page, PageRef

ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
# Characters XML 1.0 cannot hold even escaped; a stray form feed or escape byte in a
# scraped article would otherwise make the whole feed unreadable.
_NOT_XML = re.compile(r"[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _dump(data: Any) -> bytes:
    # One entity per line: readable and diffable, and each line is encoded by the C
    # encoder (an ``indent`` would switch the whole file to the slow Python one).
    items = [json.dumps(item, ensure_ascii=False, separators=(",", ":")) for item in data]
    return ("[\n" + ",\n".join(items) + "\n]\n").encode("utf-8")


def api_files(library: Library, absolute: Callable[[str], str]) -> dict[str, bytes]:
    """The JSON API files, path → bytes."""
    articles = [
        {
            "id": a.id,
            "file": a.file,
            "title": a.title,
            "title_derived": a.title_derived,
            "source": library.sources[library.article_source[a.id]].name
            if a.id in library.article_source
            else None,
            "date": a.date,
            "url": absolute(page_url("article", a.id)),
            "original_url": a.url,
            "people": library.people_by_article.get(a.id, []),
            "quotes": library.quotes_by_article.get(a.id, []),
            "events": library.events_by_article.get(a.id, []),
        }
        for a in sorted(library.articles.values(), key=lambda a: a.id)
    ]
    people = [
        {
            "id": p.id,
            "name": p.name,
            "aliases": p.aliases,
            "roles": [{"title": r.title, "article": r.article or None, "date": r.date} for r in p.roles],
            "articles": p.articles,
            "quotes": library.quotes_by_person.get(p.id, []),
            "events": library.events_by_person.get(p.id, []),
            "url": absolute(page_url("person", p.id)),
        }
        for p in sorted(library.people.values(), key=lambda p: p.id)
    ]
    quotes = [
        {
            "id": q.id,
            "text": q.text,
            "speaker": q.speaker,
            "source_description": q.source_desc,
            "article": q.reports[0].article,
            "articles": q.articles,
            "partial": q.partial,
            "date": q.date,
            "variants": q.variants,
            "url": absolute(page_url("quote", q.id)),
        }
        for q in sorted(library.quotes.values(), key=lambda q: q.id)
    ]
    events = [
        {
            "id": e.id,
            "name": e.name,
            "kind": e.kind,
            "date": e.date,
            "place": e.place,
            "participants": e.participants,
            "articles": e.articles,
            "url": absolute(page_url("event", e.id)),
        }
        for e in sorted(library.events.values(), key=lambda e: e.id)
    ]
    sources = [
        {
            "id": s.id,
            "name": s.name,
            "country": s.country,
            "ownership": s.ownership,
            "articles": s.articles,
            "url": absolute(page_url("source", s.id)),
        }
        for s in sorted(library.sources.values(), key=lambda s: s.id)
    ]
    return {
        "api/articles.json": _dump(articles),
        "api/people.json": _dump(people),
        "api/quotes.json": _dump(quotes),
        "api/events.json": _dump(events),
        "api/sources.json": _dump(sources),
    }


def _xml(root: ET.Element) -> bytes:
    for element in root.iter():
        if element.text:
            element.text = _NOT_XML.sub("", element.text)
        for name, value in element.attrib.items():
            element.attrib[name] = _NOT_XML.sub("", value)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def sitemap(pages: Sequence[Page | PageRef], absolute: Callable[[str], str]) -> bytes:
    """sitemap.xml listing every page but the 404."""
    root = ET.Element("urlset", xmlns=SITEMAP)
    for page in sorted(pages, key=lambda p: p.url):
        if page.kind == "404":
            continue
        url = ET.SubElement(root, "url")
        ET.SubElement(url, "loc").text = absolute(page.url)
        if page.date and len(page.date) == 10:
            ET.SubElement(url, "lastmod").text = page.date
    return _xml(root)


def atom_feed(
    library: Library,
    title: str,
    absolute: Callable[[str], str],
    limit: int,
    fixed_date: str | None,
    article_ids: Sequence[str] | None = None,
    page: str = "/",
    author: str | None = None,
) -> bytes:
    """An Atom feed of the newest articles (of ``article_ids``, else of the whole site).

    ``page`` is the site path the feed belongs to (``/people/x/`` for a person's feed,
    which lives at ``/people/x/feed.xml``). ``updated`` is the configured build date or
    the newest article's date, never the clock, so the same input gives the same feed.
    """
    chosen = library.articles.values() if article_ids is None else [library.articles[a] for a in article_ids if a in library.articles]
    dated = sorted(chosen, key=lambda a: (a.date or "", a.id), reverse=True)[:limit]
    newest = fixed_date or next((a.date for a in dated if a.date), None) or "1970-01-01"
    root = ET.Element("feed", xmlns=ATOM)
    ET.SubElement(root, "title").text = title
    ET.SubElement(root, "id").text = absolute(page)
    ET.SubElement(root, "updated").text = f"{newest}T00:00:00Z"
    ET.SubElement(root, "link", href=absolute(page))
    ET.SubElement(root, "link", rel="self", href=absolute(feed_path(page)))
    ET.SubElement(ET.SubElement(root, "author"), "name").text = author or title
    for article in dated:
        entry = ET.SubElement(root, "entry")
        link = absolute(page_url("article", article.id))
        ET.SubElement(entry, "title").text = article.title
        ET.SubElement(entry, "id").text = link
        ET.SubElement(entry, "link", href=link)
        ET.SubElement(entry, "updated").text = f"{article.date or newest}T00:00:00Z"
        if article.author:
            ET.SubElement(ET.SubElement(entry, "author"), "name").text = article.author
        source_id = library.article_source.get(article.id)
        if source_id:
            ET.SubElement(entry, "category", term=library.sources[source_id].name)
        summary = next((p.text for p in article.paragraphs if p.kind == "text"), "")
        ET.SubElement(entry, "summary").text = summary[:400]
    return _xml(root)


def feed_path(page: str) -> str:
    """The site path of the Atom feed of the page at ``page``: ``/people/x/`` → ``/people/x/feed.xml``."""
    return page.rstrip("/") + "/feed.xml"


def person_feeds(library: Library, site_title: str, absolute: Callable[[str], str], limit: int, fixed_date: str | None) -> dict[str, bytes]:
    """One Atom feed per person, of the articles that mention them: ``people/<id>/feed.xml``."""
    feeds: dict[str, bytes] = {}
    for person in sorted(library.people.values(), key=lambda p: p.id):
        page = page_url("person", person.id)
        feeds[feed_path(page).lstrip("/")] = atom_feed(library, f"{person.name} · {site_title}", absolute, limit, fixed_date, person.articles, page, site_title)
    return feeds


def robots(absolute: Callable[[str], str]) -> bytes:
    """robots.txt that allows everything and names the sitemap."""
    return f"User-agent: *\nAllow: /\nSitemap: {absolute('/sitemap.xml')}\n".encode()
