"""The reader's site at scale: small pages, valid pagination, metadata and pictures on every page.

The corpus is generated here: 260 short articles from five outlets over a year and a half.
Mayor Jane Roe speaks in every one (hundreds of quotes and articles: her lists overflow
onto pages of their own), each article names one councillor of its own (so the people
index needs two pages) and a dated summit (so do events), and every third article repeats
the same words (one quote reported by dozens of outlets' articles).
"""

from __future__ import annotations

import json
import re
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from support import broken_links, load_api, make_site, read_tree, run_cli

from generator.build import Builder, build

BASE = "https://example.org/"
COUNT = 260
MAX_PAGE = 200 * 1024
OUTLETS = ["Example Gazette", "Daily Example", "The Example Times", "Example Post", "Example Herald"]
FIRST = ["Ana", "Ben", "Cara", "Dev", "Eli", "Fay", "Gus", "Hal", "Ida", "Jon", "Kim", "Lea", "Max"]
STEMS = ["Ash", "Birch", "Cole", "Dun", "Elm", "Fern", "Glen", "Hart", "Ivy", "Lang", "Marsh", "Nor", "Oak", "Pen", "Rye", "Stan", "Thorn", "Wen", "York", "Quill"]
ENDS = ["ford", "wood", "ley", "by", "ton", "well", "worth", "combe", "stead", "more", "dale", "field", "gate", "hurst"]
CITIES = ["Portsmouth", "Leeds", "Bristol", "Norwich", "Exeter", "Durham", "Chester", "Bath", "York", "Oxford"]
HOSTILE_TITLE = "Council row </script><script>alert(1)</script> & more"
LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def councillor(i: int) -> str:
    return f"{FIRST[i % len(FIRST)]} {STEMS[i % len(STEMS)]}{ENDS[i // len(STEMS) % len(ENDS)]}"


def article(i: int) -> str:
    day = date(2023, 1, 2) + timedelta(days=2 * i)
    title = HOSTILE_TITLE if i == 7 else f"Council debates harbour plan {i}"
    name = councillor(i)
    lines = [
        f"{title} — {OUTLETS[i % len(OUTLETS)]}",
        f"Mayor Jane Roe said on Monday: “The harbour plan number {i} will go ahead.”",
        f"Councillor {name} disagreed. “Plan number {i} costs too much,” {name} said.",
        f"Roe met {name} at the {CITIES[i % len(CITIES)]} Summit in {CITIES[i % len(CITIES)]} on {(day - timedelta(days=1)).day} {(day - timedelta(days=1)):%B %Y}.",
    ]
    if i % 3 == 0:
        lines.append("Jane Roe said: “We will not back down.”")
    if i == 11:
        lines.append("https://img.example.org/harbour.jpg")
    lines.append(f"{day.isoformat()} 10:00:00")
    return "\n\n".join(lines) + "\n"


def seeds() -> dict[str, str | bytes]:
    return {f"a{i:03d}.txt": article(i) for i in range(COUNT)}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_site(tmp_path_factory.mktemp("reader") / "site", seeds=seeds())
    run = run_cli("build", cwd=root)
    assert run.code == 0, run.err
    return root


def pages(site: Path) -> dict[str, str]:
    output = site / "output"
    return {p.relative_to(output).as_posix(): p.read_text(encoding="utf-8") for p in sorted(output.rglob("*.html"))}


def json_ld(html: str) -> dict[str, list[dict]]:
    [data] = LD_JSON.findall(html)
    parsed = json.loads(data)
    assert parsed["@context"] == "https://schema.org"
    nodes: dict[str, list[dict]] = {}
    for node in parsed["@graph"]:
        nodes.setdefault(node["@type"], []).append(node)
    return nodes


def test_the_corpus_is_big_enough_to_need_pages(site: Path) -> None:
    output = site / "output"
    assert len(load_api(output, "articles")) == COUNT
    assert len(load_api(output, "people")) > 200 and len(load_api(output, "events")) > 200
    roe = next(p for p in load_api(output, "people") if p["id"] == "jane-roe")
    assert len(roe["quotes"]) > 200


def test_no_page_is_over_200_kb(site: Path) -> None:
    sizes = {name: len(html.encode("utf-8")) for name, html in pages(site).items()}
    assert len(sizes) > 1000
    assert {name: size for name, size in sizes.items() if size > MAX_PAGE} == {}


def test_the_site_has_no_broken_links(site: Path) -> None:
    assert broken_links(site / "output", BASE) == []


@pytest.mark.parametrize(
    ("first", "minimum"),
    [
        ("people/", 2),
        ("articles/", 2),
        ("quotes/", 5),
        ("events/", 2),
        ("timeline/", 3),
        ("people/jane-roe/quotes/", 3),
        ("people/jane-roe/articles/", 2),
        ("quotes/we-will-not-back-down-e0d374/reports/", 2),
    ],
)
def test_paged_lists_chain_by_rel_next_and_back_by_rel_prev(site: Path, first: str, minimum: int) -> None:
    output = site / "output"
    seen, url = [], "/" + first
    while url:
        html = (output / url.lstrip("/") / "index.html").read_text(encoding="utf-8")
        seen.append(url)
        prev = re.search(r'<link rel="prev" href="([^"]+)">', html)
        assert (prev.group(1) if prev else None) == (seen[-2] if len(seen) > 1 else None)
        assert html.count('<nav class="pagination"') == 2
        assert f'aria-current="page"><span class="visually-hidden">Page </span>{len(seen)}</a>' in html
        found = re.search(r'<link rel="next" href="([^"]+)">', html)
        url = found.group(1) if found else ""
    assert len(seen) >= minimum
    assert seen[1] == f"/{first}page/2/"


def test_every_page_carries_json_ld_that_parses_and_names_its_entity(site: Path) -> None:
    output = site / "output"
    people = {p["id"]: p["name"] for p in load_api(output, "people")}
    articles = {a["id"]: a["title"] for a in load_api(output, "articles")}
    quotes = {q["id"]: q["text"] for q in load_api(output, "quotes")}
    events = {e["id"]: e["name"] for e in load_api(output, "events")}
    for name, html in pages(site).items():
        nodes = json_ld(html)
        assert nodes["WebSite"][0]["url"] == BASE, name
        parts = name.split("/")
        if len(parts) != 3:
            continue
        folder, entity_id = parts[0], parts[1]
        url = f"{BASE}{folder}/{entity_id}/"
        if folder == "people":
            assert nodes["Person"][0]["name"] == people[entity_id] and nodes["Person"][0]["url"] == url
        elif folder == "articles":
            assert nodes["NewsArticle"][0]["headline"] == articles[entity_id][:110]
            assert nodes["NewsArticle"][0]["publisher"]["name"] in OUTLETS
        elif folder == "quotes":
            assert nodes["Quotation"][0]["text"] == quotes[entity_id]
        elif folder == "events":
            assert nodes["Event"][0]["name"] == events[entity_id] and "startDate" in nodes["Event"][0]
        if folder in ("people", "articles", "quotes", "events", "sources"):
            crumbs = nodes["BreadcrumbList"][0]["itemListElement"]
            assert crumbs[-1]["item"] == url


def test_a_script_end_tag_in_a_title_stays_inside_the_json(site: Path) -> None:
    html = (site / "output" / "articles" / "a007" / "index.html").read_text(encoding="utf-8")
    assert html.count("</script>") == 1
    assert json_ld(html)["NewsArticle"][0]["headline"] == HOSTILE_TITLE
    assert "<script>alert" not in html


def test_every_page_but_the_404_has_open_graph_and_twitter_cards(site: Path) -> None:
    for name, html in pages(site).items():
        if name == "404.html":
            assert "og:title" not in html
            continue
        for tag in ("og:title", "og:description", "og:type", "og:url", "og:site_name"):
            assert f'property="{tag}"' in html, (name, tag)
        assert 'name="twitter:card"' in html, name
    pictured = (site / "output" / "articles" / "a011" / "index.html").read_text(encoding="utf-8")
    assert '<meta property="og:image" content="https://img.example.org/harbour.jpg">' in pictured
    assert 'content="summary_large_image"' in pictured


def test_pictures_are_on_the_timeline_person_and_people_index_pages(site: Path) -> None:
    output = site / "output"
    for page, count in (("timeline", 1), ("people/jane-roe", 3), ("people", 1)):
        html = (output / page / "index.html").read_text(encoding="utf-8")
        svgs = re.findall(r"<svg [^>]*>", html)
        assert len(svgs) == count, page
        assert all('role="document"' in s and "aria-labelledby=" in s for s in svgs)
        assert html.count("<title id=") == count and html.count("<desc id=") == count
    person = (output / "people" / "jane-roe" / "index.html").read_text(encoding="utf-8")
    assert 'href="/people/jane-roe/quotes/">All ' in person
    assert re.search(r'<a class="chart__person" href="/people/[a-z-]+/" tabindex="-1" aria-hidden="true">', person)


def test_an_article_says_which_other_outlets_report_the_same_words(site: Path) -> None:
    html = (site / "output" / "articles" / "a003" / "index.html").read_text(encoding="utf-8")
    assert "Also reported by 4 other outlets:" in html
    assert "No other outlet reports these words." in html


def test_an_incremental_build_that_shrinks_long_lists_equals_a_clean_build(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", seeds={f"a{i:03d}.txt": article(i) for i in range(120)})
    builder = Builder(root)
    assert builder.build().ok
    assert (root / "output" / "people" / "jane-roe" / "quotes" / "page" / "2" / "index.html").is_file()
    removed = {f"seeds/a{i:03d}.txt" for i in range(40, 120)}
    for name in removed:
        (root / name).unlink()
    assert builder.build(removed).ok
    assert not (root / "output" / "people" / "jane-roe" / "quotes").exists()
    clean = tmp_path / "clean"
    shutil.copytree(root, clean, ignore=shutil.ignore_patterns("output", ".briefing-cache"))
    assert build(clean, use_cache=False).ok
    assert read_tree(root / "output") == read_tree(clean / "output")
