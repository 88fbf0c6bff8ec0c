"""Charts: small inline SVG pictures built at build time, with no JavaScript and no library.

Every chart is a pure function of its data: the same counts give the same bytes. Text is
escaped as the markup is assembled (``Markup.format``), so a hostile name cannot open a
tag. Each picture has ``role="document"`` with a ``<title>`` and ``<desc>``, sizes through its
``viewBox`` (it scales to its column and prints crisp), and draws with ``currentColor``
and CSS classes, so the stylesheet's light, dark and print colours apply. Bar and
timeline charts come with a visually hidden table of the same numbers; a network sits
next to a visible list of the same people. Sizes are capped (at most :data:`MAX_BUCKETS`
time buckets, a fixed number of nodes and edges), so a corpus of any size gives a small
picture.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup

#: At most this many bars or dots along a time axis; longer spans are counted by year.
MAX_BUCKETS = 120
_WIDTH = 640
_LEFT = 104  # room for a row's name on the left of time charts
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
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


@dataclass(frozen=True)
class Node:
    """A person in a network picture."""

    id: str
    label: str
    href: str | None  # already a link for the page (None: not linked)
    weight: int  # sets the edge width to the centre, or the node size
    note: str = ""  # "5 articles together", shown on hover


@dataclass(frozen=True)
class Edge:
    """Two nodes mentioned together in ``weight`` articles."""

    a: str
    b: str
    weight: int


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


def _n(value: float) -> str:
    """A coordinate with at most one decimal: short, and the same on every machine."""
    return f"{value:.1f}".removesuffix(".0")


def _plural(n: int, unit: tuple[str, str]) -> str:
    return f"{n} {unit[0] if n == 1 else unit[1]}"


def _svg(ident: str, width: int, height: int, title: str, desc: str, body: Iterable[Markup], css: str) -> Markup:
    head = Markup(
        '<svg class="chart {css}" viewBox="0 0 {w} {h}" role="document" aria-roledescription="chart" aria-labelledby="{i}-title {i}-desc" '
        'xmlns="http://www.w3.org/2000/svg" font-size="12" fill="currentColor">'
        '<title id="{i}-title">{title}</title><desc id="{i}-desc">{desc}</desc>'
    ).format(css=css, w=width, h=height, i=ident, title=title, desc=desc)
    return head + Markup("").join(body) + Markup("</svg>")


def _table(title: str, head: Sequence[str], rows: Iterable[Sequence[object]]) -> Markup:
    """A visually hidden table of the chart's numbers, for screen readers and text browsers."""
    out = [Markup('<table class="visually-hidden"><caption>{}</caption><thead><tr>').format(title)]
    out += [Markup('<th scope="col">{}</th>').format(h) for h in head]
    out.append(Markup("</tr></thead><tbody>"))
    for row in rows:
        cells = [Markup('<th scope="row">{}</th>').format(row[0])]
        cells += [Markup("<td>{}</td>").format(c) for c in row[1:]]
        out.append(Markup("<tr>") + Markup("").join(cells) + Markup("</tr>"))
    out.append(Markup("</tbody></table>"))
    return Markup("").join(out)


def _figure(svg: Markup, table: Markup, css: str, caption: str = "") -> Markup:
    # The caption repeats the picture's <title> for sighted readers; screen readers
    # already hear that title, so it is hidden from them.
    shown = Markup('<figcaption class="chart-figure__caption" aria-hidden="true">{}</figcaption>').format(caption) if caption else Markup("")
    return Markup('<figure class="chart-figure {}">').format(css) + shown + svg + table + Markup("</figure>")


def _ticks(buckets: Buckets) -> list[tuple[int, str]]:
    """Which buckets get a label under the axis, and the label."""
    n = len(buckets.keys)
    if buckets.by_year:
        step = max(1, math.ceil(n / 10))
        return [(i, k) for i, k in enumerate(buckets.keys) if (n - 1 - i) % step == 0]
    if n <= 13:
        return [(i, _SHORT[int(k[5:7]) - 1] + (f" {k[2:4]}" if i == 0 or k.endswith("-01") else "")) for i, k in enumerate(buckets.keys)]
    years = [(i, k[:4]) for i, k in enumerate(buckets.keys) if k.endswith("-01")]
    if not years or years[0][0] >= 4:
        years.insert(0, (0, f"{_SHORT[int(buckets.keys[0][5:7]) - 1]} {buckets.keys[0][:4]}"))
    step = max(1, math.ceil(len(years) / 10))
    return years[::step]


def _axis(buckets: Buckets, x0: float, band: float, y: float) -> list[Markup]:
    out = [Markup('<line class="chart__axis" x1="{}" x2="{}" y1="{}" y2="{}" stroke="currentColor"/>').format(_n(x0), _n(x0 + band * len(buckets.keys)), _n(y), _n(y))]
    for i, label in _ticks(buckets):
        x = x0 + band * (i + 0.5)
        out.append(Markup('<line class="chart__tick" x1="{x}" x2="{x}" y1="{a}" y2="{b}" stroke="currentColor"/>').format(x=_n(x), a=_n(y), b=_n(y + 4)))
        out.append(Markup('<text class="chart__label" x="{}" y="{}" text-anchor="middle">{}</text>').format(_n(x), _n(y + 17), label))
    return out


def _empty(ident: str, title: str, message: str, css: str) -> Markup:
    body = [Markup('<text class="chart__empty" x="{}" y="34" text-anchor="middle">{}</text>').format(_WIDTH // 2, message)]
    return _svg(ident, _WIDTH, 60, title, message, body, css)


# ---------------------------------------------------------------------------- bars


def bar_chart(ident: str, title: str, buckets: Buckets, series: Series, hrefs: Sequence[str | None] | None = None) -> Markup:
    """Bars of one series over time (a person's mentions per month), with its data table.

    ``ident`` makes the ids of the title and description unique on the page; ``hrefs``
    optionally links each bucket's bar (already a link for the page).
    """
    total = sum(series.counts)
    if not buckets.keys or not total:
        return _figure(_empty(ident, title, f"No dated {series.unit[1]}.", "chart--bars"), Markup(""), "chart-figure--bars")
    # The same left margin as the timeline chart, so the two line up on a person page.
    height, top, bottom, x0 = 140, 12, 110, _LEFT
    band = (_WIDTH - x0 - 8) / len(buckets.keys)
    peak = max(series.counts)
    body = [
        Markup('<text class="chart__lane" x="0" y="{}">{}</text>').format((top + bottom) // 2 - 3, series.name),
        Markup('<text class="chart__label" x="0" y="{}">{}</text>').format((top + bottom) // 2 + 12, f"{total:,} in all"),
        Markup('<line class="chart__grid" x1="{}" x2="{}" y1="{}" y2="{}" stroke="currentColor"/>').format(_n(x0), _WIDTH - 8, top, top),
        Markup('<text class="chart__label" x="{}" y="{}" text-anchor="end">{}</text>').format(x0 - 6, top + 4, peak),
        Markup('<text class="chart__label" x="{}" y="{}" text-anchor="end">0</text>').format(x0 - 6, bottom + 4),
    ]
    width = max(1.0, min(band * 0.6, 24.0))
    for i, n in enumerate(series.counts):
        if not n:
            continue
        h = max(1.0, (bottom - top) * n / peak)
        x = x0 + band * i + (band - width) / 2
        bar = Markup('<rect class="chart__bar chart__bar--{}" x="{}" y="{}" width="{}" height="{}"><title>{}: {}</title></rect>').format(
            series.css, _n(x), _n(bottom - h), _n(width), _n(h), buckets.labels[i], _plural(n, series.unit)
        )
        href = hrefs[i] if hrefs else None
        body.append(Markup('<a href="{}" tabindex="-1" aria-hidden="true">{}</a>').format(href, bar) if href else bar)
    body += _axis(buckets, x0, band, bottom)
    busiest = max(range(len(buckets.keys)), key=lambda i: (series.counts[i], i))
    desc = (
        f"{_plural(total, series.unit)} from {buckets.labels[0]} to {buckets.labels[-1]}; "
        f"the most, {series.counts[busiest]}, in {buckets.labels[busiest]}."
    )
    rows = [(buckets.labels[i], n) for i, n in enumerate(series.counts) if n]
    table = _table(title, ["Period", series.name], rows)
    return _figure(_svg(ident, _WIDTH, height, title, desc, body, "chart--bars"), table, "chart-figure--bars", title)


# ------------------------------------------------------------------------ timeline


def timeline_chart(ident: str, title: str, buckets: Buckets, series: Sequence[Series], hrefs: Sequence[str | None] | None = None) -> Markup:
    """One lane of dots per series along a shared time axis; a dot's area grows with the
    count in its period. With a hidden table of every period's counts."""
    lanes = [s for s in series if len(s.counts) == len(buckets.keys)]
    if not buckets.keys or not any(sum(s.counts) for s in lanes):
        return _figure(_empty(ident, title, "Nothing dated to show.", "chart--timeline"), Markup(""), "chart-figure--timeline")
    lane_h, top, x0 = 46, 6, _LEFT
    height = top + lane_h * len(lanes) + 30
    band = (_WIDTH - x0 - 8) / len(buckets.keys)
    biggest = min(13.0, max(4.0, band * 0.9))
    body: list[Markup] = []
    for row, lane in enumerate(lanes):
        y = top + lane_h * row + lane_h / 2
        peak = max(lane.counts) or 1
        body.append(Markup('<text class="chart__lane" x="0" y="{}">{}</text>').format(_n(y - 3), lane.name))
        body.append(Markup('<text class="chart__label" x="0" y="{}">{}</text>').format(_n(y + 12), f"{sum(lane.counts):,} in all"))
        body.append(Markup('<line class="chart__grid" x1="{}" x2="{}" y1="{}" y2="{}" stroke="currentColor"/>').format(x0, _WIDTH - 8, _n(y), _n(y)))
        for i, n in enumerate(lane.counts):
            if not n:
                continue
            r = 2.0 + (biggest - 2.0) * math.sqrt(n / peak)
            dot = Markup('<circle class="chart__dot chart__dot--{}" cx="{}" cy="{}" r="{}"><title>{}: {}</title></circle>').format(
                lane.css, _n(x0 + band * (i + 0.5)), _n(y), _n(r), buckets.labels[i], _plural(n, lane.unit)
            )
            href = hrefs[i] if hrefs else None
            body.append(Markup('<a href="{}" tabindex="-1" aria-hidden="true">{}</a>').format(href, dot) if href else dot)
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
    return _figure(_svg(ident, _WIDTH, height, title, desc, body, "chart--timeline"), table, "chart-figure--timeline", title)


# ------------------------------------------------------------------------- network


def circle_order(nodes: Sequence[str], weight: Callable[[str, str], int]) -> list[str]:
    """Nodes in an order that puts strongly linked ones side by side on a circle.

    Greedy and deterministic: start with the first node (callers pass the most connected
    first), then keep taking the unplaced node most linked to the last placed one, ties
    by the caller's order.
    """
    if not nodes:
        return []
    order, rest = [nodes[0]], list(nodes[1:])
    while rest:
        last = order[-1]
        best = max(range(len(rest)), key=lambda i: (weight(last, rest[i]), -i))
        order.append(rest.pop(best))
    return order


def _truncate(label: str, limit: int = 24) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def network_chart(ident: str, title: str, nodes: Sequence[Node], edges: Sequence[Edge], centre: Node | None = None) -> Markup:
    """People on a circle, lines between those mentioned together, thicker for more articles.

    With ``centre`` (a person page) that person sits in the middle, linked to every node
    by a line as wide as their count. Without it (the people index) labels run along the
    radius so thirty names fit. Nodes link to their pages with ``tabindex="-1"``: the list
    of the same people beside the picture is the way in for keyboards and screen readers.
    """
    if not nodes:
        return _empty(ident, title, "No one is mentioned together with anyone yet.", "chart--network")
    radial = centre is None
    height = 540 if radial else 390
    cx, cy = _WIDTH / 2, height / 2
    radius = 178.0 if radial else 140.0
    ids = [node.id for node in nodes]
    pair = {(e.a, e.b): e.weight for e in edges} | {(e.b, e.a): e.weight for e in edges}
    order = circle_order(ids, lambda a, b: pair.get((a, b), 0))
    by_id = {node.id: node for node in nodes}
    at = {}
    for k, node_id in enumerate(order):
        angle = -math.pi / 2 + 2 * math.pi * k / len(order)
        at[node_id] = (angle, cx + radius * math.cos(angle), cy + radius * math.sin(angle))
    body: list[Markup] = []
    # Widths are relative to the strongest tie, but a handful of articles never draws
    # the heaviest line: one shared article is a thin line whatever else is drawn.
    peak = max([e.weight for e in edges] + ([n.weight for n in nodes] if centre else []) + [4])
    drawn = sorted((e for e in edges if e.a in at and e.b in at), key=lambda e: (e.weight, e.a, e.b))
    for e in drawn:
        _, x1, y1 = at[e.a]
        _, x2, y2 = at[e.b]
        # Curve each chord toward the centre so lines between neighbours stay apart.
        qx, qy = (x1 + x2) / 2 * 0.45 + cx * 0.55, (y1 + y2) / 2 * 0.45 + cy * 0.55
        share = e.weight / peak
        body.append(Markup('<path class="chart__edge" d="M{} {}Q{} {} {} {}" stroke-width="{}" stroke-opacity="{}" fill="none" stroke="currentColor"/>').format(
            _n(x1), _n(y1), _n(qx), _n(qy), _n(x2), _n(y2), _n((0.75 + 3.5 * share) if radial else (0.75 + 1.5 * share)), f"{0.2 + 0.6 * share:.2f}"
        ))
    if centre is not None:
        for node in sorted(nodes, key=lambda n: (n.weight, n.id)):
            _, x, y = at[node.id]
            body.append(Markup('<line class="chart__edge chart__edge--centre" x1="{}" y1="{}" x2="{}" y2="{}" stroke-width="{}" stroke="currentColor"/>').format(
                _n(cx), _n(cy), _n(x), _n(y), _n(1.25 + 5 * node.weight / peak)
            ))
    node_peak = max(n.weight for n in nodes) or 1
    for node_id in order:
        node = by_id[node_id]
        angle, x, y = at[node_id]
        r = 5.0 + (4.0 if radial else 3.0) * math.sqrt(node.weight / node_peak)
        tip = f"{node.label}: {node.note}" if node.note else node.label
        circle = Markup('<circle class="chart__node" cx="{}" cy="{}" r="{}"/>').format(_n(x), _n(y), _n(r))
        label = _label(_truncate(node.label), angle, x, y, r, radial)
        inner = Markup("<title>{}</title>").format(tip) + circle + label
        if node.href:
            body.append(Markup('<a class="chart__person" href="{}" tabindex="-1" aria-hidden="true">{}</a>').format(node.href, inner))
        else:
            body.append(Markup('<g class="chart__person">{}</g>').format(inner))
    if centre is not None:
        body.append(Markup(
            '<g class="chart__person chart__person--centre"><circle class="chart__node chart__node--centre" cx="{x}" cy="{y}" r="11"/>'
            '<text class="chart__name" x="{x}" y="{ty}" text-anchor="middle">{label}</text></g>'
        ).format(x=_n(cx), y=_n(cy), ty=_n(cy + 27), label=_truncate(centre.label, 30)))
    strongest = max(nodes, key=lambda n: (n.weight, n.id)) if centre else None
    if centre is not None and strongest is not None:
        desc = (
            f"{centre.label} and the {len(nodes)} people most often mentioned in the same articles; "
            f"most often {strongest.label} ({strongest.note or strongest.weight})."
        )
    else:
        desc = f"The {len(nodes)} most connected people and {len(drawn)} links between those mentioned in the same articles."
    return _svg(ident, _WIDTH, height, title, desc, body, "chart--network" + (" chart--radial" if radial else ""))


def _label(text: str, angle: float, x: float, y: float, r: float, radial: bool) -> Markup:
    """A node's name just outside the circle: along the radius, or level on a person page."""
    cos, sin = math.cos(angle), math.sin(angle)
    if radial:
        degrees = math.degrees(angle)
        flip = cos < -1e-9
        anchor = "end" if flip else "start"
        rotate = degrees + 180 if flip else degrees
        lx, ly = x + (r + 4) * cos, y + (r + 4) * sin
        return Markup('<text class="chart__name" x="{}" y="{}" dy="0.35em" text-anchor="{}" transform="rotate({} {} {})">{}</text>').format(
            _n(lx), _n(ly), anchor, _n(rotate), _n(lx), _n(ly), text
        )
    anchor = "middle" if abs(cos) < 0.3 else ("start" if cos > 0 else "end")
    lx = x + (r + 5) * cos
    ly = y + (r + 5) * sin + (4 if abs(sin) < 0.8 else (14 if sin > 0 else -4))
    return Markup('<text class="chart__name" x="{}" y="{}" text-anchor="{}">{}</text>').format(_n(lx), _n(ly), anchor, text)


def network_table(title: str, rows: Iterable[tuple[str, str]]) -> Markup:
    """A hidden table for a network without a visible list beside it: person, links."""
    return _table(title, ["Person", "Most often mentioned with"], rows)


def figure(svg: Markup, table: Markup | None = None, css: str = "", caption: str = "") -> Markup:
    """A chart and its text alternative in one ``<figure>``, with an optional caption."""
    return _figure(svg, table or Markup(""), css, caption)


__all__ = [
    "MAX_BUCKETS",
    "Buckets",
    "Edge",
    "Node",
    "Series",
    "bar_chart",
    "circle_order",
    "figure",
    "network_chart",
    "network_table",
    "time_buckets",
    "timeline_chart",
]
