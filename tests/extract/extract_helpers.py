"""Run the person/quote extraction rules on inline text for unit tests."""

from __future__ import annotations

from dataclasses import replace

from generator.extract import names, quotes, roles, source, speakers
from generator.extract.state import ExtractOptions, ExtractState
from generator.extract.text import article_from_text


def run(text: str, *, upto: str = "source", known: tuple[str, ...] = (),
        author: str | None = None, kinds: dict[int, str] | None = None,
        outlet: str | None = None) -> ExtractState:
    """Extract from ``text`` (one paragraph per line), running the rules up to ``upto``.

    ``author`` is the byline ingest found and ``outlet`` the source it read from the page;
    ``kinds`` sets paragraph kinds by index ("credit", "caption", "heading").
    """
    article = article_from_text(text)
    article.author = author
    article.source = outlet
    for index, kind in (kinds or {}).items():
        article.paragraphs[index] = replace(article.paragraphs[index], kind=kind)
    state = ExtractState(article=article, options=ExtractOptions(known_people=known))
    steps = [("names", names.find_names), ("roles", roles.find_roles),
             ("quotes", quotes.find_quotes), ("speakers", speakers.attribute_quotes),
             ("source", source.infer_source)]
    for name, step in steps:
        step(state)
        if name == upto:
            break
    return state


def people(text: str, **kw: object) -> dict[str, list[str]]:
    """Person name -> mention texts."""
    return {p.name: [m.text for m in p.mentions] for p in run(text, upto="names", **kw).people}  # type: ignore[arg-type]


def said(text: str) -> dict[str, str | None]:
    """Quote text -> speaker."""
    return {q.text: q.speaker for q in run(text).quotes}
