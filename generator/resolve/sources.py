"""Resolve sources: outlets named by articles, joined with curated content/sources."""

from __future__ import annotations

from generator.model import Article, ContentPage, Extraction, Source
from generator.names import fold
from generator.slugs import slugify, unique_slug


def resolve_sources(
    articles: dict[str, Article],
    extractions: dict[str, Extraction],
    curated: list[ContentPage],
) -> tuple[dict[str, Source], dict[str, str]]:
    """The outlets and, for each article with a known outlet, its source id."""
    sources: dict[str, Source] = {}
    by_name: dict[str, str] = {}
    taken: set[str] = set()
    for page in curated:
        meta = page.meta
        source = Source(
            id=unique_slug(page.slug, taken, page.path),
            name=str(meta["name"]),
            description=meta.get("description"),
            country=meta.get("country"),
            ownership=meta.get("ownership"),
            url=meta.get("url"),
            curated=page,
        )
        taken.add(source.id)
        sources[source.id] = source
        for name in [source.name, *map(str, meta.get("aliases", []))]:
            by_name.setdefault(fold(name), source.id)

    article_source: dict[str, str] = {}
    for article_id in sorted(articles):
        extraction = extractions.get(article_id)
        name = articles[article_id].source or (extraction.source if extraction else None)
        if not name:
            continue
        source_id = by_name.get(fold(name))
        if source_id is None:
            source_id = unique_slug(slugify(name, "source"), taken, name)
            taken.add(source_id)
            sources[source_id] = Source(id=source_id, name=name)
            by_name[fold(name)] = source_id
        sources[source_id].articles.append(article_id)
        article_source[article_id] = source_id
    return dict(sorted(sources.items())), article_source
