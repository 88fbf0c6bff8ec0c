"""Counts and scores of one article and of a corpus, and the text report."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from generator.evaluate.gold import GoldArticle, GoldEvent, GoldQuote
from generator.evaluate.matching import (
    event_match_score,
    map_people,
    match,
    normalise_quote,
    role_match_score,
)
from generator.model import Article, ArticlePerson, EventRef, Extraction, Quote

T = TypeVar("T")


@dataclass
class Counts:
    """True positives, false positives and false negatives of one metric."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0 if not self.fn else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0 if not self.fp else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, float | int]:
        """Counts plus the derived rates, rounded for stable JSON."""
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass
class Ratio:
    """``correct`` out of ``total``; 1.0 when there was nothing to judge."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        """The share of correct items."""
        return self.correct / self.total if self.total else 1.0

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.correct + other.correct, self.total + other.total)

    def to_dict(self) -> dict[str, float | int]:
        """Counts and the rounded share."""
        return {"correct": self.correct, "total": self.total, "value": round(self.value, 4)}


@dataclass
class ArticleScore:
    """Scores of one article with every miss and false positive named."""

    article: str
    people: Counts
    quotes: Counts
    events: Counts
    roles: Counts  # stated roles of the people matched in both; reported, not a target
    attribution: Ratio
    title: Ratio
    date: Ratio
    source: Ratio
    misses: dict[str, list[str]] = field(default_factory=dict)  # metric -> gold items missed
    false_positives: dict[str, list[str]] = field(default_factory=dict)
    wrong_speakers: list[str] = field(default_factory=list)
    wrong_fields: list[str] = field(default_factory=list)  # title/date/source mismatches

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        data = {name: getattr(self, name).to_dict() for name in _METRICS}
        data.update(article=self.article, misses=self.misses,
                    false_positives=self.false_positives,
                    wrong_speakers=self.wrong_speakers, wrong_fields=self.wrong_fields)
        return data


_COUNT_METRICS = ("people", "quotes", "events", "roles")
_RATIO_METRICS = ("attribution", "title", "date", "source")
_METRICS = _COUNT_METRICS + _RATIO_METRICS


@dataclass
class CorpusScore:
    """Micro-averaged totals over articles, and the per-article scores."""

    articles: list[ArticleScore]
    people: Counts
    quotes: Counts
    events: Counts
    roles: Counts  # stated roles of the people matched in both; reported, not a target
    attribution: Ratio
    title: Ratio
    date: Ratio
    source: Ratio

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: totals first, then each article."""
        data: dict[str, Any] = {name: getattr(self, name).to_dict() for name in _METRICS}
        data["articles"] = [a.to_dict() for a in self.articles]
        return data


# -------------------------------------------------------------------- scoring


def _counts(n_gold: int, n_pred: int, n_pairs: int) -> Counts:
    return Counts(tp=n_pairs, fp=n_pred - n_pairs, fn=n_gold - n_pairs)


def _unmatched(items: Sequence[T], used: Iterable[int], show: Callable[[T], str]) -> list[str]:
    taken = set(used)
    return [show(item) for i, item in enumerate(items) if i not in taken]


def _field(gold: str | None, predicted: str | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return gold.casefold() == predicted.casefold()


def _show_event(e: GoldEvent | EventRef) -> str:
    return f"{e.name} [{e.date}] ({', '.join(e.participants)})"


def _show_quote(q: GoldQuote | Quote) -> str:
    return f"{q.speaker}: “{q.text}”"


def _score_roles(gold: GoldArticle, people: Sequence[ArticlePerson],
                 pairs: Sequence[tuple[int, int]]) -> tuple[Counts, list[str], list[str]]:
    """Roles of each person matched in gold and prediction, paired one-to-one leniently.

    People found on one side only do not count here: the people metric scores them.
    Returns the counts, the gold roles missed and the predicted roles not in gold.
    """
    counts, misses, false = Counts(), [], []
    for gi, pi in pairs:
        g, p = gold.people[gi], people[pi]
        role_pairs = match(g.roles, p.roles, role_match_score)
        counts += _counts(len(g.roles), len(p.roles), len(role_pairs))
        misses += [f"{g.name}: {r}" for r in _unmatched(g.roles, (a for a, _ in role_pairs), str)]
        false += [f"{p.name}: {r}" for r in _unmatched(p.roles, (b for _, b in role_pairs), str)]
    return counts, misses, false


def score_article(gold: GoldArticle, article: Article, extraction: Extraction) -> ArticleScore:
    """Score one article's extraction (and its ingested metadata) against its gold."""
    people_map, people_pairs = map_people(gold.people, extraction.people)

    quote_pairs = match(
        gold.quotes, extraction.quotes,
        lambda g, p: 1.0 if normalise_quote(g.text) == normalise_quote(p.text) else 0.0)
    attribution = Ratio()
    wrong_speakers = []
    for gi, pi in quote_pairs:
        g, p = gold.quotes[gi], extraction.quotes[pi]
        speaker = people_map.get(p.speaker, p.speaker) if p.speaker is not None else None
        attribution.total += 1
        if speaker == g.speaker:
            attribution.correct += 1
        else:
            wrong_speakers.append(f"“{g.text}”: gold {g.speaker}, predicted {p.speaker}")

    event_pairs = match(gold.events, extraction.events,
                         lambda g, p: event_match_score(g, p, people_map))
    roles, role_misses, role_false = _score_roles(gold, extraction.people, people_pairs)

    wrong_fields = []
    checks = {
        "title": (gold.title is None) == article.title_derived,
        "date": _field(gold.date, article.date),
        "source": _field(gold.source, article.source or extraction.source),
    }
    shown = {"title": (gold.title, article.title if not article.title_derived else None),
             "date": (gold.date, article.date),
             "source": (gold.source, article.source or extraction.source)}
    for name, ok in checks.items():
        if not ok:
            wrong_fields.append(f"{name}: gold {shown[name][0]!r}, predicted {shown[name][1]!r}")

    return ArticleScore(
        article=gold.article,
        people=_counts(len(gold.people), len(extraction.people), len(people_pairs)),
        quotes=_counts(len(gold.quotes), len(extraction.quotes), len(quote_pairs)),
        events=_counts(len(gold.events), len(extraction.events), len(event_pairs)),
        roles=roles,
        attribution=attribution,
        title=Ratio(int(checks["title"]), 1),
        date=Ratio(int(checks["date"]), 1),
        source=Ratio(int(checks["source"]), 1),
        misses={
            "people": _unmatched(gold.people, (g for g, _ in people_pairs), lambda p: p.name),
            "quotes": _unmatched(gold.quotes, (g for g, _ in quote_pairs), _show_quote),
            "events": _unmatched(gold.events, (g for g, _ in event_pairs), _show_event),
            "roles": role_misses,
        },
        false_positives={
            "people": _unmatched(extraction.people, (p for _, p in people_pairs),
                                 lambda p: p.name),
            "quotes": _unmatched(extraction.quotes, (p for _, p in quote_pairs), _show_quote),
            "events": _unmatched(extraction.events, (p for _, p in event_pairs), _show_event),
            "roles": role_false,
        },
        wrong_speakers=wrong_speakers,
        wrong_fields=wrong_fields,
    )


def score_corpus(pairs: Iterable[tuple[GoldArticle, Article, Extraction]]) -> CorpusScore:
    """Score every (gold, article, extraction) triple and sum the counts (micro-average)."""
    articles = [score_article(g, a, e) for g, a, e in pairs]
    totals: dict[str, Any] = {}
    for name in _COUNT_METRICS:
        totals[name] = sum((getattr(a, name) for a in articles), Counts())
    for name in _RATIO_METRICS:
        totals[name] = sum((getattr(a, name) for a in articles), Ratio())
    return CorpusScore(articles=articles, **totals)


# ------------------------------------------------------------------ reporting


def _rows(score: ArticleScore | CorpusScore) -> list[str]:
    rows = []
    for name in _COUNT_METRICS:
        c: Counts = getattr(score, name)
        rows.append(f"  {name:<12}{c.tp:>5}{c.fp:>5}{c.fn:>5}"
                    f"{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}")
    for name in _RATIO_METRICS:
        r: Ratio = getattr(score, name)
        rows.append(f"  {name:<12}{r.correct:>5}/{r.total:<9}{'':>16}{r.value:>8.3f}")
    return rows


_HEADER = f"  {'metric':<12}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>8}{'F1/acc':>8}"


def format_report(score: CorpusScore, verbose: bool = False) -> str:
    """A plain-text table of the totals; with ``verbose``, each article and its errors."""
    lines = [f"corpus ({len(score.articles)} articles)", _HEADER, *_rows(score)]
    if verbose:
        for article in score.articles:
            lines += ["", article.article, _HEADER, *_rows(article)]
            for metric, items in article.misses.items():
                lines += [f"    miss {metric}: {item}" for item in items]
            for metric, items in article.false_positives.items():
                lines += [f"    false {metric}: {item}" for item in items]
            lines += [f"    wrong speaker: {item}" for item in article.wrong_speakers]
            lines += [f"    wrong {item}" for item in article.wrong_fields]
    return "\n".join(lines) + "\n"
