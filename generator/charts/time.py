"""Charts over time: bars per month and dots of quotes and events on one axis."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup

from generator.charts.svg import _WIDTH, _empty, _figure, _n, _plural, _svg, _table

#: At most this many bars or dots along a time axis; longer spans are counted by year.
MAX_BUCKETS = 120
_LEFT = 104  # room for a row's name on the left of time charts
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_SHORT = [m[:3] for m in _MONTHS]


@dataclass(frozen=True)
class Buckets:
    """The time axis of a chart: consecutive months (``2024-02``) or years (``2024``)."""

    keys: tuple[str, ...]
    labels: tuple[str, ...]  # "February 2024", "2024"
    by_year: bool
    dropped: int = 0  # dates left out: year-only dates on a monthly axis, or too early

    def index(self, date: str | None) -> int | None:
        """The bucket a date (YYYY, YYYY-MM or YYYY-MM-DD) falls in, if any."""
        if not date:
            return None
        key = date[:4] if self.by_year else date[:7]
        return self._positions().get(key)

    def _positions(self) -> dict[str, int]:
        return {k: i for i, k in enumerate(self.keys)}

    def count(self, dates: Iterable[str | None]) -> tuple[int, ...]:
        """How many of ``dates`` fall in each bucket."""
        positions = self._positions()
        counts = [0] * len(self.keys)
        for date in dates:
            if date:
                at = positions.get(date[:4] if self.by_year else date[:7])
                if at is not None:
                    counts[at] += 1
        return tuple(counts)


@dataclass(frozen=True)
class Series:
    """One row of counts over the buckets: what it counts, in words and as a CSS class."""

    name: str  # "Quotes"
    unit: tuple[str, str]  # ("quote", "quotes"), for "March 2024: 3 quotes"
    css: str  # article, quote, event: picks the colour
    counts: tuple[int, ...]


def _year_month(date: str) -> tuple[int, int] | None:
    try:
        year = int(date[:4])
        month = int(date[5:7]) if len(date) >= 7 else 0
    except ValueError:
        return None
    if len(date) < 4 or not 0 <= month <= 12:
        return None
    return year, month


def time_buckets(dates: Iterable[str | None], limit: int = MAX_BUCKETS) -> Buckets:
    """A time axis covering ``dates``: every month between the first and the last, or
    every year when that would be more than ``limit`` months. At most ``limit`` buckets:
    the newest are kept and older dates are counted in ``dropped``."""
    parsed = [p for p in (_year_month(d) for d in dates if d) if p is not None]
    if not parsed:
        return Buckets((), (), False)
    months = [(y, m) for y, m in parsed if m]
    first, last = (min(months), max(months)) if months else ((0, 0), (0, 0))
    span = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
    if months and span <= limit:
        keys: list[str] = []
        labels: list[str] = []
        year, month = first
        for _ in range(span):
            keys.append(f"{year:04d}-{month:02d}")
            labels.append(f"{_MONTHS[month - 1]} {year}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return Buckets(tuple(keys), tuple(labels), False, len(parsed) - len(months))
    years = [y for y, _ in parsed]
    top = max(years)
    bottom = max(min(years), top - limit + 1)
    years_kept = tuple(f"{y:04d}" for y in range(bottom, top + 1))
    return Buckets(years_kept, years_kept, True, sum(1 for y in years if y < bottom))


# ------------------------------------------------------------------------- helpers


def _ticks(buckets: Buckets) -> list[tuple[int, str]]:
    """Which buckets get a label under the axis, and the label."""
    n = len(buckets.keys)
    if buckets.by_year:
        step = max(1, math.ceil(n / 10))
        return [(i, k) for i, k in enumerate(buckets.keys) if (n - 1 - i) % step == 0]
    if n <= 13:
        return [
            (i, _SHORT[int(k[5:7]) - 1] + (f" {k[2:4]}" if i == 0 or k.endswith("-01") else ""))
            for i, k in enumerate(buckets.keys)
        ]
    years = [(i, k[:4]) for i, k in enumerate(buckets.keys) if k.endswith("-01")]
    if not years or years[0][0] >= 4:
        years.insert(0, (0, f"{_SHORT[int(buckets.keys[0][5:7]) - 1]} {buckets.keys[0][:4]}"))
    step = max(1, math.ceil(len(years) / 10))
    return years[::step]


def _axis(buckets: Buckets, x0: float, band: float, y: float) -> list[Markup]:
    out = [
        Markup(
            '<line class="chart__axis" x1="{}" x2="{}" y1="{}" y2="{}" stroke="currentColor"/>'
        ).format(_n(x0), _n(x0 + band * len(buckets.keys)), _n(y), _n(y))
    ]
    for i, label in _ticks(buckets):
        x = x0 + band * (i + 0.5)
        out.append(
            Markup(
                '<line class="chart__tick" x1="{x}" x2="{x}" y1="{a}" y2="{b}" stroke="currentColor"/>'
            ).format(x=_n(x), a=_n(y), b=_n(y + 4))
        )
        out.append(
            Markup(
                '<text class="chart__label" x="{}" y="{}" text-anchor="middle">{}</text>'
            ).format(_n(x), _n(y + 17), label)
        )
    return out


def bar_chart(
    ident: str,
    title: str,
    buckets: Buckets,
    series: Series,
    hrefs: Sequence[str | None] | None = None,
) -> Markup:
    """Bars of one series over time (a person's mentions per month), with its data table.

    ``ident`` makes the ids of the title and description unique on the page; ``hrefs``
    optionally links each bucket's bar (already a link for the page).
    """
    total = sum(series.counts)
    if not buckets.keys or not total:
        return _figure(
            _empty(ident, title, f"No dated {series.unit[1]}.", "chart--bars"),
            Markup(""),
            "chart-figure--bars",
        )
    # The same left margin as the timeline chart, so the two line up on a person page.
    height, top, bottom, x0 = 140, 12, 110, _LEFT
    band = (_WIDTH - x0 - 8) / len(buckets.keys)
    peak = max(series.counts)
    body = [
        Markup('<text class="chart__lane" x="0" y="{}">{}</text>').format(
            (top + bottom) // 2 - 3, series.name
        ),
        Markup('<text class="chart__label" x="0" y="{}">{}</text>').format(
            (top + bottom) // 2 + 12, f"{total:,} in all"
        ),
        Markup(
            '<line class="chart__grid" x1="{}" x2="{}" y1="{}" y2="{}" stroke="currentColor"/>'
        ).format(_n(x0), _WIDTH - 8, top, top),
        Markup('<text class="chart__label" x="{}" y="{}" text-anchor="end">{}</text>').format(
            x0 - 6, top + 4, peak
        ),
        Markup('<text class="chart__label" x="{}" y="{}" text-anchor="end">0</text>').format(
            x0 - 6, bottom + 4
        ),
    ]
    width = max(1.0, min(band * 0.6, 24.0))
    for i, n in enumerate(series.counts):
        if not n:
            continue
        h = max(1.0, (bottom - top) * n / peak)
        x = x0 + band * i + (band - width) / 2
        bar = Markup(
            '<rect class="chart__bar chart__bar--{}" x="{}" y="{}" width="{}" height="{}"><title>{}: {}</title></rect>'
        ).format(
            series.css,
            _n(x),
            _n(bottom - h),
            _n(width),
            _n(h),
            buckets.labels[i],
            _plural(n, series.unit),
        )
        href = hrefs[i] if hrefs else None
        body.append(
            Markup('<a href="{}" tabindex="-1" aria-hidden="true">{}</a>').format(href, bar)
            if href
            else bar
        )
    body += _axis(buckets, x0, band, bottom)
    busiest = max(range(len(buckets.keys)), key=lambda i: (series.counts[i], i))
    desc = (
        f"{_plural(total, series.unit)} from {buckets.labels[0]} to {buckets.labels[-1]}; "
        f"the most, {series.counts[busiest]}, in {buckets.labels[busiest]}."
    )
    rows = [(buckets.labels[i], n) for i, n in enumerate(series.counts) if n]
    table = _table(title, ["Period", series.name], rows)
    return _figure(
        _svg(ident, _WIDTH, height, title, desc, body, "chart--bars"),
        table,
        "chart-figure--bars",
        title,
    )


# ------------------------------------------------------------------------ timeline


def timeline_chart(
    ident: str,
    title: str,
    buckets: Buckets,
    series: Sequence[Series],
    hrefs: Sequence[str | None] | None = None,
) -> Markup:
    """One lane of dots per series along a shared time axis; a dot's area grows with the
    count in its period. With a hidden table of every period's counts."""
    lanes = [s for s in series if len(s.counts) == len(buckets.keys)]
    if not buckets.keys or not any(sum(s.counts) for s in lanes):
        return _figure(
            _empty(ident, title, "Nothing dated to show.", "chart--timeline"),
            Markup(""),
            "chart-figure--timeline",
        )
    lane_h, top, x0 = 46, 6, _LEFT
    height = top + lane_h * len(lanes) + 30
    band = (_WIDTH - x0 - 8) / len(buckets.keys)
    biggest = min(13.0, max(4.0, band * 0.9))
    body: list[Markup] = []
    for row, lane in enumerate(lanes):
        y = top + lane_h * row + lane_h / 2
        peak = max(lane.counts) or 1
        body.append(
            Markup('<text class="chart__lane" x="0" y="{}">{}</text>').format(_n(y - 3), lane.name)
        )
        body.append(
            Markup('<text class="chart__label" x="0" y="{}">{}</text>').format(
                _n(y + 12), f"{sum(lane.counts):,} in all"
            )
        )
        body.append(
            Markup(
                '<line class="chart__grid" x1="{}" x2="{}" y1="{}" y2="{}" stroke="currentColor"/>'
            ).format(x0, _WIDTH - 8, _n(y), _n(y))
        )
        for i, n in enumerate(lane.counts):
            if not n:
                continue
            r = 2.0 + (biggest - 2.0) * math.sqrt(n / peak)
            dot = Markup(
                '<circle class="chart__dot chart__dot--{}" cx="{}" cy="{}" r="{}"><title>{}: {}</title></circle>'
            ).format(
                lane.css,
                _n(x0 + band * (i + 0.5)),
                _n(y),
                _n(r),
                buckets.labels[i],
                _plural(n, lane.unit),
            )
            href = hrefs[i] if hrefs else None
            body.append(
                Markup('<a href="{}" tabindex="-1" aria-hidden="true">{}</a>').format(href, dot)
                if href
                else dot
            )
    body += _axis(buckets, x0, band, top + lane_h * len(lanes))
    totals = "; ".join(_plural(sum(s.counts), s.unit) for s in lanes)
    desc = f"{totals}, from {buckets.labels[0]} to {buckets.labels[-1]}."
    if buckets.dropped:
        desc += f" {buckets.dropped} with only a year, or earlier, are not shown."
    rows = [
        (buckets.labels[i], *(s.counts[i] for s in lanes))
        for i in range(len(buckets.keys))
        if any(s.counts[i] for s in lanes)
    ]
    table = _table(title, ["Period", *(s.name for s in lanes)], rows)
    return _figure(
        _svg(ident, _WIDTH, height, title, desc, body, "chart--timeline"),
        table,
        "chart-figure--timeline",
        title,
    )


# ------------------------------------------------------------------------- network
