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

from generator.charts.network import Edge, Node, circle_order, network_chart, network_table
from generator.charts.svg import figure
from generator.charts.time import (
    MAX_BUCKETS,
    Buckets,
    Series,
    bar_chart,
    time_buckets,
    timeline_chart,
)

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
