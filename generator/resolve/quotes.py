"""Resolve quotes: the same words reported by several articles are one quote."""

from __future__ import annotations

from collections import Counter

from generator.model import Article, Extraction, QuoteEntity, QuoteReport
from generator.names import fold
from generator.slugs import short_hash, slugify, unique_slug


def quote_key(text: str) -> str:
    """Wording with case, punctuation, quote marks and spacing ignored."""
    return fold(text.replace("-", " ").replace("–", " ").replace("—", " "))


def quote_slug(text: str, key: str) -> str:
    """A readable, stable slug: the first words plus a hash of the whole wording."""
    words = " ".join(key.split()[:8]) or "quote"
    return f"{slugify(words, 'quote')[:48].rstrip('-')}-{short_hash(key or text)}"


def resolve_quotes(
    articles: dict[str, Article],
    extractions: dict[str, Extraction],
    person_of: dict[tuple[str, str], str],
) -> dict[str, QuoteEntity]:
    """Group every article's quotes by wording; attribute each group to its speaker."""
    groups: dict[str, list[tuple[QuoteReport, bool]]] = {}
    order = sorted(extractions, key=lambda a: (articles[a].date or "9999", a))
    for article_id in order:
        for quote in extractions[article_id].quotes:
            key = quote_key(quote.text) or quote.text
            speaker = person_of.get((article_id, quote.speaker)) if quote.speaker else None
            report = QuoteReport(
                article=article_id,
                speaker=speaker,
                sentence=quote.sentence,
                line=quote.line,
                para=quote.para,
                start=quote.start,
                end=quote.end,
                verb=quote.verb,
                text=quote.text,
                source_desc=quote.source_desc,
            )
            groups.setdefault(key, []).append((report, quote.partial))

    quotes: dict[str, QuoteEntity] = {}
    taken: set[str] = set()
    for key in sorted(groups):
        reports = [r for r, _ in groups[key]]
        speakers = Counter(r.speaker for r in reports if r.speaker)
        first_speaker = next((r.speaker for r in reports if r.speaker), None)
        speaker = (
            min(speakers, key=lambda s: (-speakers[s], s != first_speaker, s)) if speakers else None
        )
        quote_id = unique_slug(quote_slug(reports[0].text, key), taken, key)
        taken.add(quote_id)
        quotes[quote_id] = QuoteEntity(
            id=quote_id,
            text=reports[0].text,
            speaker=speaker,
            partial=all(partial for _, partial in groups[key]),
            date=articles[reports[0].article].date,
            reports=reports,
            source_desc=None if speaker else next((r.source_desc for r in reports if r.source_desc), None),
        )
    return dict(sorted(quotes.items()))
