"""Properties of extraction over arbitrary article text: it never crashes, every quote
and mention span lies inside its paragraph and holds exactly its words, and every id the
linked site gives is a safe slug."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsy import any_text, newsy_text

from generator.errors import BuildError
from generator.extract import extract_article
from generator.ingest import ingest_bytes
from generator.link import link
from generator.model import Article, Extraction
from generator.resolve import resolve

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
FAST = settings(max_examples=150, deadline=None, database=None, print_blob=True, suppress_health_check=[HealthCheck.too_slow])


def _article(text: str, name: str = "a.txt") -> Article | None:
    try:
        return ingest_bytes(text.encode("utf-8", "surrogatepass"), name)
    except BuildError:
        return None


@FAST
@given(st.one_of(newsy_text, any_text))
def test_every_quote_and_mention_span_lies_inside_its_paragraph(text: str) -> None:
    article = _article(text)
    if article is None:
        return
    extraction = extract_article(article)
    paragraphs = [p.text for p in article.paragraphs]
    for quote in extraction.quotes:
        assert 0 <= quote.para < len(paragraphs), quote
        assert 0 <= quote.start <= quote.end <= len(paragraphs[quote.para]), quote
        assert paragraphs[quote.para][quote.start : quote.end] == quote.text, quote
        assert quote.line == article.paragraphs[quote.para].line
    for person in extraction.people:
        for mention in person.mentions:
            # A byline's people are mentioned in the author line (para -1), not a paragraph.
            source = (article.author or "") if mention.para == -1 else paragraphs[mention.para]
            assert -1 <= mention.para < len(paragraphs), mention
            assert 0 <= mention.start < mention.end <= len(source), mention
            assert source[mention.start : mention.end] == mention.text, mention


@settings(max_examples=40, deadline=None, database=None, print_blob=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(newsy_text, min_size=1, max_size=4))
def test_every_id_of_the_linked_site_is_a_safe_slug(texts: list[str]) -> None:
    articles: dict[str, Article] = {}
    extractions: dict[str, Extraction] = {}
    for n, text in enumerate(texts):
        article = _article(text, f"seed{n}.txt")
        if article is not None:
            articles[article.id] = article
            extractions[article.id] = extract_article(article)
    library = link(articles, extractions, resolve(articles, extractions, [], [], []), [])
    for kind in ("articles", "people", "quotes", "events", "sources"):
        ids = list(getattr(library, kind))
        assert all(SLUG.fullmatch(i) and len(i) <= 80 for i in ids), (kind, ids)
    assert [d.headline() for d in library.check()] == []
