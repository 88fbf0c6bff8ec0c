"""The network of who appears with whom, in a deterministic circular layout."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup

from generator.charts.svg import _WIDTH, _empty, _n, _svg, _table


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


def network_chart(
    ident: str, title: str, nodes: Sequence[Node], edges: Sequence[Edge], centre: Node | None = None
) -> Markup:
    """People on a circle, lines between those mentioned together, thicker for more articles.

    With ``centre`` (a person page) that person sits in the middle, linked to every node
    by a line as wide as their count. Without it (the people index) labels run along the
    radius so thirty names fit. Nodes link to their pages with ``tabindex="-1"``: the list
    of the same people beside the picture is the way in for keyboards and screen readers.
    """
    if not nodes:
        return _empty(
            ident, title, "No one is mentioned together with anyone yet.", "chart--network"
        )
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
    drawn = sorted(
        (e for e in edges if e.a in at and e.b in at), key=lambda e: (e.weight, e.a, e.b)
    )
    for e in drawn:
        _, x1, y1 = at[e.a]
        _, x2, y2 = at[e.b]
        # Curve each chord toward the centre so lines between neighbours stay apart.
        qx, qy = (x1 + x2) / 2 * 0.45 + cx * 0.55, (y1 + y2) / 2 * 0.45 + cy * 0.55
        share = e.weight / peak
        body.append(
            Markup(
                '<path class="chart__edge" d="M{} {}Q{} {} {} {}" stroke-width="{}" stroke-opacity="{}" fill="none" stroke="currentColor"/>'
            ).format(
                _n(x1),
                _n(y1),
                _n(qx),
                _n(qy),
                _n(x2),
                _n(y2),
                _n((0.75 + 3.5 * share) if radial else (0.75 + 1.5 * share)),
                f"{0.2 + 0.6 * share:.2f}",
            )
        )
    if centre is not None:
        for node in sorted(nodes, key=lambda n: (n.weight, n.id)):
            _, x, y = at[node.id]
            body.append(
                Markup(
                    '<line class="chart__edge chart__edge--centre" x1="{}" y1="{}" x2="{}" y2="{}" stroke-width="{}" stroke="currentColor"/>'
                ).format(_n(cx), _n(cy), _n(x), _n(y), _n(1.25 + 5 * node.weight / peak))
            )
    node_peak = max(n.weight for n in nodes) or 1
    for node_id in order:
        node = by_id[node_id]
        angle, x, y = at[node_id]
        r = 5.0 + (4.0 if radial else 3.0) * math.sqrt(node.weight / node_peak)
        tip = f"{node.label}: {node.note}" if node.note else node.label
        circle = Markup('<circle class="chart__node" cx="{}" cy="{}" r="{}"/>').format(
            _n(x), _n(y), _n(r)
        )
        label = _label(_truncate(node.label), angle, x, y, r, radial)
        inner = Markup("<title>{}</title>").format(tip) + circle + label
        if node.href:
            body.append(
                Markup(
                    '<a class="chart__person" href="{}" tabindex="-1" aria-hidden="true">{}</a>'
                ).format(node.href, inner)
            )
        else:
            body.append(Markup('<g class="chart__person">{}</g>').format(inner))
    if centre is not None:
        body.append(
            Markup(
                '<g class="chart__person chart__person--centre"><circle class="chart__node chart__node--centre" cx="{x}" cy="{y}" r="11"/>'
                '<text class="chart__name" x="{x}" y="{ty}" text-anchor="middle">{label}</text></g>'
            ).format(x=_n(cx), y=_n(cy), ty=_n(cy + 27), label=_truncate(centre.label, 30))
        )
    strongest = max(nodes, key=lambda n: (n.weight, n.id)) if centre else None
    if centre is not None and strongest is not None:
        desc = (
            f"{centre.label} and the {len(nodes)} people most often mentioned in the same articles; "
            f"most often {strongest.label} ({strongest.note or strongest.weight})."
        )
    else:
        desc = f"The {len(nodes)} most connected people and {len(drawn)} links between those mentioned in the same articles."
    return _svg(
        ident,
        _WIDTH,
        height,
        title,
        desc,
        body,
        "chart--network" + (" chart--radial" if radial else ""),
    )


def _label(text: str, angle: float, x: float, y: float, r: float, radial: bool) -> Markup:
    """A node's name just outside the circle: along the radius, or level on a person page."""
    cos, sin = math.cos(angle), math.sin(angle)
    if radial:
        degrees = math.degrees(angle)
        flip = cos < -1e-9
        anchor = "end" if flip else "start"
        rotate = degrees + 180 if flip else degrees
        lx, ly = x + (r + 4) * cos, y + (r + 4) * sin
        return Markup(
            '<text class="chart__name" x="{}" y="{}" dy="0.35em" text-anchor="{}" transform="rotate({} {} {})">{}</text>'
        ).format(_n(lx), _n(ly), anchor, _n(rotate), _n(lx), _n(ly), text)
    anchor = "middle" if abs(cos) < 0.3 else ("start" if cos > 0 else "end")
    lx = x + (r + 5) * cos
    ly = y + (r + 5) * sin + (4 if abs(sin) < 0.8 else (14 if sin > 0 else -4))
    return Markup('<text class="chart__name" x="{}" y="{}" text-anchor="{}">{}</text>').format(
        _n(lx), _n(ly), anchor, text
    )


def network_table(title: str, rows: Iterable[tuple[str, str]]) -> Markup:
    """A hidden table for a network without a visible list beside it: person, links."""
    return _table(title, ["Person", "Most often mentioned with"], rows)
