"""Charts: deterministic, escaped, accessible inline SVG whose size does not grow with the data."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from markupsafe import Markup

from generator import charts

HOSTILE = '<script>alert("x")</script> & "quoted" \u2028'
SVG = "{http://www.w3.org/2000/svg}"


def parse(markup: Markup) -> ET.Element:
    """The chart as XML: it must be well-formed on its own."""
    return ET.fromstring(str(markup))


def svg_of(markup: Markup) -> ET.Element:
    root = parse(markup)
    return root if root.tag == f"{SVG}svg" else next(root.iter(f"{SVG}svg"))


def series(counts: tuple[int, ...], name: str = "Articles") -> charts.Series:
    return charts.Series(name, ("article", "articles"), "article", counts)


def people(n: int, label: str = "Person") -> list[charts.Node]:
    return [charts.Node(f"p{i:02d}", f"{label} {i}", f"/people/p{i:02d}/", n - i, f"{n - i} articles together") for i in range(n)]


# ------------------------------------------------------------------------- time axis


def test_time_buckets_cover_every_month_between_the_first_and_last_date() -> None:
    buckets = charts.time_buckets(["2024-11-03", "2025-02-27", None, "2024-12"])
    assert buckets.keys == ("2024-11", "2024-12", "2025-01", "2025-02")
    assert buckets.labels[0] == "November 2024" and not buckets.by_year
    assert buckets.count(["2024-11-30", "2024-11-01", "2025-02", "2023-01-01", None]) == (2, 0, 0, 1)


def test_a_year_only_date_is_left_off_a_monthly_axis_and_counted_as_dropped() -> None:
    buckets = charts.time_buckets(["2024-01-05", "2024-03-01", "2024"])
    assert buckets.keys == ("2024-01", "2024-02", "2024-03") and buckets.dropped == 1


def test_a_span_longer_than_the_limit_is_counted_by_year() -> None:
    buckets = charts.time_buckets(["1990-05-01", "2025-02-27"])
    assert buckets.by_year and buckets.keys[0] == "1990" and buckets.keys[-1] == "2025"
    assert buckets.count(["1990-12-31", "1990", "2025-01-01"])[0] == 2


def test_no_axis_is_longer_than_the_limit_however_wide_the_dates() -> None:
    buckets = charts.time_buckets(["0001-01-01", "1500-06-01", "2025-01-01"])
    assert len(buckets.keys) == charts.MAX_BUCKETS and buckets.keys[-1] == "2025"
    assert buckets.dropped == 2


@pytest.mark.parametrize("dates", [[], [None, ""], ["not a date", "20xx-01-01"]])
def test_no_usable_dates_give_an_empty_axis(dates: list[str | None]) -> None:
    assert charts.time_buckets(dates).keys == ()


# ------------------------------------------------------------------------------ bars


def test_a_bar_chart_is_an_accessible_image_with_a_data_table() -> None:
    buckets = charts.time_buckets(["2024-01-01", "2024-03-01"])
    out = charts.bar_chart("act", "Articles by month", buckets, series((2, 0, 5)))
    svg = svg_of(out)
    assert svg.get("role") == "document" and svg.get("aria-labelledby") == "act-title act-desc"
    assert svg.find(f"{SVG}title").text == "Articles by month"
    assert "7 articles from January 2024 to March 2024" in svg.find(f"{SVG}desc").text
    assert len(svg.findall(f".//{SVG}rect")) == 2  # empty months draw nothing
    assert svg.get("viewBox") == "0 0 640 140" and svg.get("width") is None
    table = str(out).split("<table", 1)[1]
    assert 'class="visually-hidden"' in str(out) and "<td>5</td>" in table and "March 2024" in table


def test_the_same_data_gives_the_same_bytes() -> None:
    buckets = charts.time_buckets(["2024-01-01", "2024-09-01"])
    first = charts.bar_chart("a", "T", buckets, series(tuple(range(9))))
    second = charts.bar_chart("a", "T", charts.time_buckets(["2024-09-01", "2024-01-01"]), series(tuple(range(9))))
    assert first == second


def test_hostile_text_in_titles_names_and_links_is_escaped() -> None:
    buckets = charts.time_buckets(["2024-01-01"])
    out = str(charts.bar_chart("a", HOSTILE, buckets, series((1,), HOSTILE), ['/x/"><script>']))
    assert "<script" not in out and "&lt;script&gt;" in out
    assert 'href="/x/&#34;&gt;&lt;script&gt;"' in out
    network = str(charts.network_chart("n", HOSTILE, people(3, HOSTILE), [], charts.Node("c", HOSTILE, None, 0)))
    assert "<script" not in network and network.count("&lt;script&gt;") >= 4
    parse(Markup(network))


def test_an_empty_bar_chart_still_says_what_it_would_show() -> None:
    out = charts.bar_chart("a", "Articles", charts.time_buckets([]), series(()))
    svg = svg_of(out)
    assert svg.get("role") == "document" and svg.find(f"{SVG}desc").text == "No dated articles."


def test_bars_link_to_their_period_without_entering_the_tab_order() -> None:
    buckets = charts.time_buckets(["2024-01-01", "2024-02-01"])
    out = str(charts.bar_chart("a", "T", buckets, series((1, 1)), ["/timeline/#2024-01", None]))
    assert out.count('<a href="/timeline/#2024-01" tabindex="-1" aria-hidden="true">') == 1 and out.count("<a ") == 1


# -------------------------------------------------------------------------- timeline


def test_a_timeline_has_one_lane_per_series_and_a_row_per_busy_period() -> None:
    buckets = charts.time_buckets(["2024-01-01", "2024-04-01"])
    lanes = [series((1, 0, 0, 4), "Quotes"), charts.Series("Events", ("event", "events"), "event", (0, 0, 0, 2))]
    out = charts.timeline_chart("tl", "Over time", buckets, lanes)
    svg = svg_of(out)
    assert svg.get("role") == "document" and svg.find(f"{SVG}title").text == "Over time"
    assert len(svg.findall(f".//{SVG}circle")) == 3
    assert "5 articles; 2 events" in svg.find(f"{SVG}desc").text
    rows = re.findall(r"<tr><th scope=\"row\">([^<]+)</th>", str(out))
    assert rows == ["January 2024", "April 2024"]


def test_an_empty_timeline_says_so() -> None:
    svg = svg_of(charts.timeline_chart("tl", "Over time", charts.time_buckets(["2024-01-01"]), [series((0,))]))
    assert svg.find(f"{SVG}desc").text == "Nothing dated to show."


def test_a_decade_of_daily_items_still_makes_a_small_chart() -> None:
    dates = [f"{y}-{m:02d}-{d:02d}" for y in range(2015, 2025) for m in range(1, 13) for d in range(1, 29)]
    buckets = charts.time_buckets(dates)
    lanes = [series(buckets.count(dates), name) for name in ("Articles", "Quotes", "Events")]
    out = charts.timeline_chart("tl", "Ten years", buckets, lanes)
    assert len(buckets.keys) == charts.MAX_BUCKETS
    assert len(str(out).encode()) < 80_000


# --------------------------------------------------------------------------- network


def test_a_person_network_puts_them_in_the_middle_and_links_the_others() -> None:
    nodes = people(12)
    edges = [charts.Edge("p01", "p02", 3)]
    out = str(charts.network_chart("net", "People with X", nodes, edges, charts.Node("x", "X", None, 0)))
    svg = svg_of(Markup(out))
    assert svg.get("role") == "document" and svg.find(f"{SVG}title").text == "People with X"
    assert "most often Person 0 (12 articles together)" in svg.find(f"{SVG}desc").text
    assert out.count('tabindex="-1"') == 12 and out.count('class="chart__edge chart__edge--centre"') == 12
    assert 'href="/people/p05/"' in out and "chart__node--centre" in out


def test_a_network_is_laid_out_the_same_way_every_time() -> None:
    nodes, edges = people(30), [charts.Edge(f"p{i:02d}", f"p{i + 1:02d}", i % 4 + 1) for i in range(29)]
    assert charts.network_chart("n", "T", nodes, edges) == charts.network_chart("n", "T", list(nodes), list(edges))


def test_circle_order_puts_strongly_linked_people_side_by_side() -> None:
    weights = {("a", "c"): 5, ("c", "b"): 4}
    order = charts.circle_order(["a", "b", "c", "d"], lambda x, y: weights.get((x, y), weights.get((y, x), 0)))
    assert order == ["a", "c", "b", "d"]


def test_an_overview_of_thirty_people_stays_small_and_names_are_cut_short() -> None:
    nodes = people(30, "Maximilian Alexander von Habsburg-Lothringen")
    edges = [charts.Edge(a.id, b.id, 1) for a in nodes for b in nodes if a.id < b.id][:90]
    out = str(charts.network_chart("n", "Most connected", nodes, edges))
    assert len(out.encode()) < 30_000
    assert "Maximilian Alexander vo…" in out and 'class="chart chart--network chart--radial"' in out


def test_an_empty_network_is_still_an_image_with_a_description() -> None:
    svg = svg_of(charts.network_chart("n", "Nobody", [], []))
    assert svg.get("role") == "document" and "No one" in svg.find(f"{SVG}desc").text
