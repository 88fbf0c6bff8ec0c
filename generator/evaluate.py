"""Score extraction against the gold annotations in tests/gold (see FORMAT.md there).

Everything here is a pure function of its arguments except :func:`load_gold`. Scores keep
raw counts (true positives, false positives, false negatives) so that a corpus score is
micro-averaged: the counts are summed over articles before precision and recall are taken.

Matching rules, decided once here so every tool reports the same numbers:

- people: a prediction matches a gold person when the names are equal after
  :func:`normalise_name`, or the prediction equals one of the gold ``mentions``, or the
  prediction is a surname-only person (flagged, or a one-word name) whose surname is the
  gold surname. One-to-one: a second prediction of the same person is a false positive.
- quotes: text equal after :func:`normalise_quote`; one-to-one.
- attribution: among matched quotes, the share whose predicted speaker maps (through the
  people matching) to the gold speaker; ``None`` == ``None`` counts as right.
- events: dates compatible (equal, or one a prefix of the other; null only with null) and
  a shared participant, or, when neither side has participants, a shared content word in
  the names. One-to-one, best pairs first.
- title, date, source: accuracy. A null gold title means the article has no headline, so
  it is right exactly when ``article.title_derived``.

Precision and recall of 0/0 are 1.0: predicting nothing where there is nothing is perfect.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml

from generator.model import Article, ArticlePerson, EventRef, Extraction, Quote

T = TypeVar("T")
U = TypeVar("U")

HONORIFICS = frozenset([
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "sen", "rep",
    "gov", "gen", "hon", "rev", "the"
])
PARTICLES = frozenset([
    "von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "bin", "al",
    "el", "ter"
])
STOPWORDS = frozenset([
    "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from",
    "its", "his", "her", "their", "this", "that", "is", "was", "be", "as", "about", "into",
    "over", "after", "before", "between"
])


# ------------------------------------------------------------------------------ gold


@dataclass(frozen=True)
class GoldPerson:
    """A person the annotator found: canonical name, surface forms, stated roles."""

    name: str
    mentions: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldQuote:
    """A quotation with its canonical speaker (None for an unnamed source)."""

    text: str
    speaker: str | None
    partial: bool = False


@dataclass(frozen=True)
class GoldEvent:
    """A real-world happening the article reports."""

    name: str
    date: str | None
    place: str | None
    participants: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldArticle:
    """All annotations of one article."""

    article: str  # the seed file name
    title: str | None
    source: str | None
    date: str | None
    people: tuple[GoldPerson, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()
    events: tuple[GoldEvent, ...] = ()


def _text(value: Any) -> str | None:
    # YAML reads 2024-02-17 as a date; the model keeps ISO strings.
    return None if value is None else str(value)


def parse_gold(data: dict[str, Any]) -> GoldArticle:
    """Build a :class:`GoldArticle` from one parsed gold YAML mapping."""
    people = tuple(
        GoldPerson(
            name=str(p["name"]),
            mentions=tuple(str(m) for m in p.get("mentions") or ()),
            roles=tuple(str(r) for r in p.get("roles") or ()),
        )
        for p in data.get("people") or ()
    )
    quotes = tuple(
        GoldQuote(text=str(q["text"]), speaker=_text(q.get("speaker")),
                  partial=bool(q.get("partial", False)))
        for q in data.get("quotes") or ()
    )
    events = tuple(
        GoldEvent(name=str(e["name"]), date=_text(e.get("date")), place=_text(e.get("place")),
                  participants=tuple(str(n) for n in e.get("participants") or ()))
        for e in data.get("events") or ()
    )
    return GoldArticle(
        article=str(data["article"]), title=_text(data.get("title")),
        source=_text(data.get("source")), date=_text(data.get("date")),
        people=people, quotes=quotes, events=events,
    )


def load_gold(directory: Path) -> dict[str, GoldArticle]:
    """Every ``*.yaml`` gold file in ``directory``, keyed by its ``article:`` file name."""
    gold: dict[str, GoldArticle] = {}
    for path in sorted(directory.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "article" in data:
            item = parse_gold(data)
            gold[item.article] = item
    return gold


# ---------------------------------------------------------------------- normalising


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def normalise_name(name: str) -> str:
    """Casefolded, accent-free name without punctuation or leading honorifics."""
    folded = _fold(name).replace("'", "").replace("\u2019", "")
    words = re.sub(r"[^\w\s]", " ", folded).split()
    while len(words) > 1 and words[0] in HONORIFICS:
        words.pop(0)
    return " ".join(words)


def surname(name: str) -> str:
    """The normalised surname, keeping particles: "Ursula von der Leyen" → "von der leyen"."""
    words = normalise_name(name).split()
    if not words:
        return ""
    i = len(words) - 1
    while i > 0 and words[i - 1] in PARTICLES:
        i -= 1
    return " ".join(words[i:])


def normalise_quote(text: str) -> str:
    """Quote text reduced to letters and digits: case, marks and spacing do not count."""
    return "".join(c for c in _fold(text) if c.isalnum())


def content_words(text: str) -> set[str]:
    """Lower-case words of three letters or more that are not stop words."""
    return {w for w in re.findall(r"\w+", _fold(text)) if len(w) > 2 and w not in STOPWORDS}


# ------------------------------------------------------------------------- counting


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


_COUNT_METRICS = ("people", "quotes", "events")
_RATIO_METRICS = ("attribution", "title", "date", "source")
_METRICS = _COUNT_METRICS + _RATIO_METRICS


@dataclass
class CorpusScore:
    """Micro-averaged totals over articles, and the per-article scores."""

    articles: list[ArticleScore]
    people: Counts
    quotes: Counts
    events: Counts
    attribution: Ratio
    title: Ratio
    date: Ratio
    source: Ratio

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: totals first, then each article."""
        data: dict[str, Any] = {name: getattr(self, name).to_dict() for name in _METRICS}
        data["articles"] = [a.to_dict() for a in self.articles]
        return data


# ------------------------------------------------------------------------- matching


def _match(gold: Sequence[T], predicted: Sequence[U],
           score: Callable[[T, U], float]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), best-scoring pairs first.

    A score of 0 or less means "no match". Ties keep document order, so results are stable.
    """
    candidates = sorted(
        ((-s, gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)
         if (s := score(g, p)) > 0)
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def person_match_score(gold: GoldPerson, predicted: ArticlePerson) -> float:
    """3 for an equal name, 2 for a gold mention, 1 for a surname-only match, else 0."""
    name = normalise_name(predicted.name)
    if name == normalise_name(gold.name):
        return 3
    if any(name == normalise_name(m) for m in gold.mentions):
        return 2
    one_word = len(predicted.name.split()) == 1
    if (predicted.surname_only or one_word) and surname(predicted.name) == surname(gold.name):
        return 1
    return 0


def map_people(gold: Sequence[GoldPerson], predicted: Sequence[ArticlePerson]
               ) -> tuple[dict[str, str], list[tuple[int, int]]]:
    """Predicted name → gold name, and the one-to-one pairs used for counting.

    Predictions left out of the one-to-one matching (duplicates) still map to the gold
    person they best fit, so a duplicate does not also make every attribution wrong.
    """
    pairs = _match(gold, predicted, person_match_score)
    mapping = {predicted[pi].name: gold[gi].name for gi, pi in pairs}
    for person in predicted:
        if person.name not in mapping:
            best = max(gold, key=lambda g: person_match_score(g, person), default=None)
            if best is not None and person_match_score(best, person) > 0:
                mapping[person.name] = best.name
    return mapping, pairs


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Equal, or one a prefix of the other ("2024-02" and "2024-02-17"); null only with null."""
    if a is None or b is None:
        return a is None and b is None
    return a.startswith(b) or b.startswith(a)


def event_match_score(gold: GoldEvent, predicted: EventRef, people: dict[str, str]) -> float:
    """How well ``predicted`` fits ``gold``: 0 when it does not match at all."""
    if not dates_compatible(gold.date, predicted.date):
        return 0
    mapped = {people.get(p, p) for p in predicted.participants}
    shared = len(mapped & set(gold.participants))
    if shared:
        return 1 + shared + (0.5 if gold.date == predicted.date else 0)
    if not gold.participants and not predicted.participants:
        return 1 if content_words(gold.name) & content_words(predicted.name) else 0
    return 0


# -------------------------------------------------------------------------- scoring


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


def score_article(gold: GoldArticle, article: Article, extraction: Extraction) -> ArticleScore:
    """Score one article's extraction (and its ingested metadata) against its gold."""
    people_map, people_pairs = map_people(gold.people, extraction.people)

    quote_pairs = _match(
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

    event_pairs = _match(gold.events, extraction.events,
                         lambda g, p: event_match_score(g, p, people_map))

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
        attribution=attribution,
        title=Ratio(int(checks["title"]), 1),
        date=Ratio(int(checks["date"]), 1),
        source=Ratio(int(checks["source"]), 1),
        misses={
            "people": _unmatched(gold.people, (g for g, _ in people_pairs), lambda p: p.name),
            "quotes": _unmatched(gold.quotes, (g for g, _ in quote_pairs), _show_quote),
            "events": _unmatched(gold.events, (g for g, _ in event_pairs), _show_event),
        },
        false_positives={
            "people": _unmatched(extraction.people, (p for _, p in people_pairs),
                                 lambda p: p.name),
            "quotes": _unmatched(extraction.quotes, (p for _, p in quote_pairs), _show_quote),
            "events": _unmatched(extraction.events, (p for _, p in event_pairs), _show_event),
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


# ------------------------------------------------------------------------ reporting


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


__all__ = [
    "ArticleScore", "CorpusScore", "Counts", "GoldArticle", "GoldEvent", "GoldPerson",
    "GoldQuote", "Ratio", "dates_compatible", "format_report", "load_gold",
    "map_people", "normalise_name", "normalise_quote", "parse_gold", "score_article",
    "score_corpus",
]
