"""Pieces every chart is built from: the <svg> element, its data table, the figure."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from markupsafe import Markup

#: Width of every chart's drawing space; the viewBox scales it to its column.
_WIDTH = 640


def _n(value: float) -> str:
    """A coordinate with at most one decimal: short, and the same on every machine."""
    return f"{value:.1f}".removesuffix(".0")


def _plural(n: int, unit: tuple[str, str]) -> str:
    return f"{n} {unit[0] if n == 1 else unit[1]}"


def _svg(
    ident: str, width: int, height: int, title: str, desc: str, body: Iterable[Markup], css: str
) -> Markup:
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
    shown = (
        Markup(
            '<figcaption class="chart-figure__caption" aria-hidden="true">{}</figcaption>'
        ).format(caption)
        if caption
        else Markup("")
    )
    return (
        Markup('<figure class="chart-figure {}">').format(css)
        + shown
        + svg
        + table
        + Markup("</figure>")
    )


def _empty(ident: str, title: str, message: str, css: str) -> Markup:
    body = [
        Markup('<text class="chart__empty" x="{}" y="34" text-anchor="middle">{}</text>').format(
            _WIDTH // 2, message
        )
    ]
    return _svg(ident, _WIDTH, 60, title, message, body, css)


# ---------------------------------------------------------------------------- bars


def figure(svg: Markup, table: Markup | None = None, css: str = "", caption: str = "") -> Markup:
    """A chart and its text alternative in one ``<figure>``, with an optional caption."""
    return _figure(svg, table or Markup(""), css, caption)
