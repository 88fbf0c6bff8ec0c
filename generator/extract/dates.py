"""Date expressions in news text, resolved against the article's publication date.

News rarely prints full dates: it says "on Thursday", "last week", "in July". What those
mean depends on when the article was published and on tense: "met on Thursday" is the
latest Thursday on or before publication, "will meet on Thursday" the next one. Nothing
here reads the clock or the locale: an article resolves the same way on every machine.

Resolved values are ISO prefixes ("2024", "2024-07", "2024-07-12"); a range ("last week")
also has an ``end``. Expressions too vague for even a year ("months before") resolve to
None, but are still found, so callers know the sentence does carry a time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
MONTHS = {name: i + 1 for i, name in enumerate(_MONTH_NAMES)}
# Abbreviations; "May" and "June" need none. Capitalised only, so the verb "may" is no month.
MONTHS.update({name[:3]: n for name, n in MONTHS.items()} | {"Sept": 9})
WEEKDAYS = {name: i for i, name in enumerate(
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))}
NUMBERS = {w: i + 1 for i, w in enumerate(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve"))}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d%-])(?! per ?cent)"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_NUM = r"(?P<num>\d+|a few|few|several|" + "|".join(NUMBERS) + r"|an?)"
_I = "(?i:{})"  # case-insensitive group inside a case-sensitive pattern

# Longest and most specific first: a span taken by one pattern is not matched again.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern)) for kind, pattern in (
        ("iso", r"\b(?P<year>\d{4})-(?P<mm>\d\d)-(?P<dd>\d\d)\b"),
        ("dmy", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"),
        ("mdy", rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}"),
        ("my", rf"\b{_MONTH},?\s+{_YEAR}"),
        ("dm", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}"),
        ("md", rf"\b{_MONTH}\s+{_DAY}\b(?![\d:])"),
        ("ago", r"\b" + _I.format(rf"(?:just\s+|only\s+)?(?:{_NUM}\s+)?"
                                  r"(?P<unit>day|week|month|year)s?"
                                  r"\s+(?P<rel>ago|before|after|earlier|later)") + r"\b"),
        ("weekend", r"\b" + _I.format(r"(?P<mod>last|next|this|coming|at\s+the|over\s+the|the)"
                                      r"\s+weekend") + r"\b"),
        ("part", r"\b" + _I.format(r"(?:the\s+)?(?P<part>first|second|latter|start|beginning|"
                                   r"end|middle)\s+(?:half\s+)?of\s+(?P<mod>the|this|next|last)"
                                   r"\s+(?P<unit>year|month)") + r"\b"),
        ("period", r"\b" + _I.format(r"(?P<mod>(?:earlier|later)\s+this|last|past|this|next|"
                                     r"coming)\s+(?P<unit>week|month|year)") + r"\b"),
        ("weekday", r"\b" + _I.format(r"(?:(?P<mod>last|next|this|on)\s+)?") + _WEEKDAY
         + r"\b(?!\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|People|World)\b)"),
        ("deictic", r"\b" + _I.format(r"(?P<word>yesterday|today|tonight|tomorrow)") + r"\b"),
        ("month", r"\b" + _I.format(r"(?P<mod>in|by|since|until|during|from|of|a|an|for|"
                                    r"early|late|mid|last|next|this)[\s-]+") + _MONTH
         + r"(?![\s-]*\d|-)"),
        ("year", r"(?<![\d£$€.,])\b" + _YEAR),
    )
)

_FUTURE = re.compile(
    # "will be held": the verb after a future auxiliary belongs to it, it is no past tense.
    r"\b(?:(?:will|shall|won't|would)(?:\s+(?:not|be|have|been))*(?:\s+[a-z]+)?|going to|"
    r"(?:is|are|was|were) (?:expected|due|set|scheduled|poised|likely) to|(?:is|are) to|"
    r"(?:is|are)\s+(?:planned|scheduled|set|slated)\s+for|"
    r"plans? to|intends? to|to be held|upcoming|ahead of|"
    r"in time for|next|coming)\b|'ll\b", re.IGNORECASE)
_IRREGULAR_PAST = re.compile(
    r"\b(?:met|said|told|spoke|gave|held|went|came|made|took|saw|left|won|lost|ran|began|led|"
    r"sent|wrote|found|thought|brought|knew|became|fell|struck|stood|sat|flew|drove|chose|"
    r"broke|rose|fought|heard|kept|paid|sought|felt|got|was|were|had|did|has|have|been|ago|died|"
    r"fled|shed)\b",
    re.IGNORECASE)
# Regular past tenses, lower case only ("United" is no verb); "-eed" words are present tense.
# After an article it is an adjective: "a revised plan", "the proposed merger".
_REGULAR_PAST = re.compile(r"\b(?<!\ba )(?<!\ban )(?<!\bthe )[a-z]{3,}(?<!e)ed\b")
_PRESENT = re.compile(r"\b(?:is|are|am|says|tells|meets|hosts|visits)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateValue:
    """A resolved date: ``value`` is "YYYY", "YYYY-MM" or "YYYY-MM-DD".

    ``precision`` is "year", "month", "day" or "range"; a range has ``end`` (its last day).
    """

    value: str
    end: str | None = None
    precision: str = "day"


def find_date_expressions(sentence: str) -> list[tuple[int, int, str]]:
    """Every date expression in ``sentence`` as (start, end, text), in text order."""
    return [(m.start(), m.end(), m.group(0)) for _, m in _matches(sentence)]


# What each pattern's matches contain, so that a sentence without it skips the pattern:
# most sentences hold no digit, no month and no word for a unit of time.
_NEEDS = {"iso": "digit", "dmy": "digit month", "mdy": "digit month", "my": "digit month",
          "dm": "digit month", "md": "digit month", "ago": "unit", "weekend": "unit",
          "part": "unit", "period": "unit", "weekday": "weekday", "deictic": "deictic",
          "month": "month", "year": "digit"}
_DIGIT = re.compile(r"\d")
_MONTH_WORD = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_UNIT = re.compile(r"day|week|month|year", re.IGNORECASE)
_DEICTIC = re.compile(r"day|tonight|tomorrow", re.IGNORECASE)


@lru_cache(maxsize=1024)  # one sentence is asked about many times; the answer never changes
def _matches(text: str) -> tuple[tuple[str, re.Match[str]], ...]:
    present = {need for need, pattern in (("digit", _DIGIT), ("month", _MONTH_WORD),
                                          ("unit", _UNIT), ("deictic", _DEICTIC))
               if pattern.search(text)}
    if "day" in text:  # "Monday" ... "Sunday"
        present.add("weekday")
    taken: list[tuple[int, int]] = []
    found = []
    for kind, pattern in _PATTERNS:
        if not present.issuperset(_NEEDS[kind].split()):
            continue
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append(m.span())
            found.append((kind, m))
    return tuple(sorted(found, key=lambda item: item[1].start()))


def sentence_tense(sentence: str, at: int = 0) -> str:
    """"past", "future" or "present": the tense of the verb a time expression at ``at`` modifies.

    That is the nearest tense marker before ``at``, or the nearest after it when the
    expression opens the sentence ("On Sunday, Lammy is expected to ..."). Nearest, because
    one sentence can hold two clauses: in "Trump, who met Starmer on Thursday, will travel
    on Friday" each day takes the tense of its own verb.
    """
    before = [(at - end, priority, tense) for start, end, priority, tense in _tense_marks(sentence)
              if end <= at]
    marks = before or [(start - at, priority, tense)
                       for start, end, priority, tense in _tense_marks(sentence) if end > at]
    return min(marks)[2] if marks else "present"


@lru_cache(maxsize=256)  # a sentence is asked about once for each of its dates
def _tense_marks(sentence: str) -> tuple[tuple[int, int, int, str], ...]:
    """(start, end, priority, tense) of every tense marker in ``sentence``."""
    marks: list[tuple[int, int, int, str]] = []
    future_spans: list[tuple[int, int]] = []
    for priority, (tense, pattern) in enumerate(
            (("future", _FUTURE), ("past", _IRREGULAR_PAST), ("past", _REGULAR_PAST),
             ("present", _PRESENT))):
        for m in pattern.finditer(sentence):
            if tense != "future" and any(s <= m.start() < e for s, e in future_spans):
                continue  # the "is" of "is expected to" is not a present tense
            if tense == "future":
                future_spans.append(m.span())
            marks.append((m.start(), m.end(), priority, tense))
    return tuple(marks)


def resolve_date(expression_or_sentence: str, published: date | None,
                 tense: str | None = None) -> DateValue | None:
    """Resolve the first date expression in the text against ``published``.

    ``tense`` defaults to the tense nearest the expression. Without a publication date only
    absolute dates (with a year) resolve.
    """
    found = _matches(expression_or_sentence)
    if not found:
        return None
    kind, m = found[0]
    if tense is None:
        tense = sentence_tense(expression_or_sentence, m.start())
    return _resolve(kind, m, published, tense)


def _day(d: date) -> DateValue:
    return DateValue(d.isoformat())


def _month(year: int, month: int) -> DateValue:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return DateValue(f"{year:04d}-{month:02d}", precision="month")


def _range(start: date, end: date) -> DateValue:
    return DateValue(start.isoformat(), end.isoformat(), "range")


def _span(start: date, end: date) -> DateValue | None:
    """The most precise ISO prefix shared by every day from ``start`` to ``end``."""
    if start == end:
        return _day(start)
    if start.year != end.year:
        return None
    if start.month != end.month:
        return DateValue(f"{start.year:04d}", precision="year")
    return _month(start.year, start.month)


def _pick(candidates: list[date], published: date, tense: str) -> date | None:
    """Past: latest on or before; future: earliest on or after; present: the nearest."""
    if tense == "past":
        return max((c for c in candidates if c <= published), default=None)
    if tense == "future":
        return min((c for c in candidates if c >= published), default=None)
    return min(candidates, key=lambda c: (abs((c - published).days), c < published),
               default=None)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 29 February outside a leap year, 31 April
        return None


def _resolve(kind: str, m: re.Match[str], p: date | None, tense: str) -> DateValue | None:
    groups = m.groupdict()
    month = MONTHS.get((groups.get("month") or "").rstrip("."), 0)
    if kind in ("iso", "dmy", "mdy"):
        mm = int(groups.get("mm") or month)
        d = _safe_date(int(groups["year"]), mm, int(groups.get("dd") or groups["day"]))
        return _day(d) if d else None
    if kind == "my":
        return _month(int(groups["year"]), month)
    if kind == "year":
        return DateValue(groups["year"], precision="year")
    if p is None:
        return None  # everything below is relative to the publication date
    if kind in ("dm", "md"):
        day = int(groups["day"])
        # Eight years either side always hold a 29 February.
        options = [d for y in range(p.year - 8, p.year + 9) if (d := _safe_date(y, month, day))]
        chosen = _pick(options, p, tense)
        return _day(chosen) if chosen else None
    if kind == "month":
        return _resolve_month(month, (groups["mod"] or "").lower(), p, tense)
    if kind == "weekday":
        return _resolve_weekday(WEEKDAYS[groups["weekday"]], (groups["mod"] or "").lower(), p,
                                tense)
    if kind == "deictic":
        offset = {"yesterday": -1, "tomorrow": 1}.get(groups["word"].lower(), 0)
        return _day(p + timedelta(days=offset))
    if kind == "part":  # "the second half of the year": only the year or month is known
        step = {"next": 1, "last": -1}.get(groups["mod"].lower(), 0)
        if groups["unit"].lower() == "year":
            return DateValue(f"{p.year + step:04d}", precision="year")
        return _month(p.year, p.month + step)
    if kind in ("period", "weekend"):
        mod = " ".join(groups["mod"].lower().split())
        return _resolve_period(groups.get("unit", "weekend").lower(), mod, p, tense)
    return _resolve_relative(groups, p, tense)


def _resolve_month(month: int, mod: str, p: date, tense: str) -> DateValue:
    here = p.year * 12 + p.month - 1
    options = [here - 12 + i for i in range(25) if i % 12 == (month - 1 - here) % 12]
    if mod == "last":
        index = max(o for o in options if o < here)
    elif mod == "next":
        index = min(o for o in options if o > here)
    elif mod == "this":
        index = p.year * 12 + month - 1
    elif tense == "future" or mod == "for":  # "set a trial for September": one ahead
        index = min(o for o in options if o >= here)
    elif tense == "past":
        index = max(o for o in options if o <= here)
    else:  # nearest, the coming one on a tie
        index = min(options, key=lambda o: (abs(o - here), o < here))
    return _month(index // 12, index % 12 + 1)


def _resolve_weekday(weekday: int, mod: str, p: date, tense: str) -> DateValue:
    week = [p + timedelta(days=i) for i in range(-7, 8)]
    options = [d for d in week if d.weekday() == weekday]
    if mod == "last":
        return _day(max(d for d in options if d < p))
    if mod == "next":
        return _day(min(d for d in options if d > p))
    if mod == "this":
        tense = "present"
    chosen = _pick(options, p, tense)
    assert chosen is not None  # a weekday occurs within any seven days either side
    return _day(chosen)


def _resolve_period(unit: str, mod: str, p: date, tense: str) -> DateValue | None:
    if mod == "past":  # "the past week": the days up to publication
        days = {"week": 7, "month": 30, "year": 365}[unit]
        start = p - timedelta(days=days)
        return _range(start, p) if unit == "week" else _span(start, p)
    step = {"last": -1, "next": 1, "coming": 1}.get(mod, 0)
    if unit == "year":
        return DateValue(f"{p.year + step:04d}", precision="year")
    if unit == "month":
        return _month(p.year, p.month + step)
    monday = p - timedelta(days=p.weekday()) + timedelta(weeks=step)
    if unit == "week":
        if mod == "earlier this":
            return _range(monday, p)
        if mod == "later this":
            return _range(p, monday + timedelta(days=6))
        return _range(monday, monday + timedelta(days=6))
    saturday = monday + timedelta(days=5)
    if step == 0 and tense == "past" and saturday > p:
        saturday -= timedelta(weeks=1)  # "over the weekend" in a Wednesday article
    return _range(saturday, saturday + timedelta(days=1))


def _resolve_relative(groups: dict[str, str], p: date, tense: str) -> DateValue | None:
    """"three days ago", "just days after", "months before"."""
    unit, rel = groups["unit"].lower(), groups["rel"].lower()
    word = (groups["num"] or "").lower()
    count = int(word) if word.isdigit() else NUMBERS.get(word, 1 if word in ("a", "an") else 0)
    # Only "ago" counts from publication; "two days after the vote" counts from the vote,
    # so it gets the same window as "days after" and only the tense says which side.
    sign = -1 if rel in ("ago", "earlier") or tense != "future" else 1
    if count and rel == "ago":
        return _offset(p, -count, unit)
    return _window(p, unit, sign)


def _offset(p: date, count: int, unit: str) -> DateValue:
    """``count`` units from ``p`` (negative: before), as precise as the unit allows."""
    if unit == "day":
        return _day(p + timedelta(days=count))
    if unit == "week":
        middle = p + timedelta(weeks=count)
        return _span(middle - timedelta(days=3), middle + timedelta(days=3)) or _day(middle)
    if unit == "month":
        return _month(p.year, p.month + count)
    return DateValue(f"{p.year + count:04d}", precision="year")


def _window(p: date, unit: str, sign: int) -> DateValue | None:
    """"days after", "a few weeks ago": a window of plausible days, kept only as precise as
    every day in it agrees ("2025-02" when all fall in February, else less or nothing)."""
    near, far = {"day": (0, 14), "week": (7, 60), "month": (30, 365), "year": (365, 3650)}[unit]
    if sign < 0:
        return _span(p - timedelta(days=far), p - timedelta(days=near))
    return _span(p + timedelta(days=near), p + timedelta(days=far))


def resolve_ahead(expression: str, published: date | None) -> DateValue | None:
    """The date a distance like "74 days" or "weeks" points ahead of publication.

    "Now, 74 days before an election": the election is 74 days after publication, not
    before it; a vague "weeks before Election Day" gives only what every day agrees on.
    """
    found = _matches(expression)
    if published is None or not found or found[0][0] != "ago":
        return None
    groups = found[0][1].groupdict()
    unit, word = groups["unit"].lower(), (groups["num"] or "").lower()
    count = int(word) if word.isdigit() else NUMBERS.get(word, 1 if word in ("a", "an") else 0)
    return _offset(published, count, unit) if count else _window(published, unit, 1)
