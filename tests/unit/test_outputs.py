"""Machine-readable outputs: the JSON API contract, sitemap.xml and the Atom feed."""

from __future__ import annotations

import json
from xml.etree import ElementTree as ET

from generator.link import Library, link
from generator.model import Article, ArticlePerson, EventRef, Extraction, Mention, Paragraph, Quote
from generator.outputs import ATOM, SITEMAP, api_files, atom_feed, robots, sitemap
from generator.pages import Page
from generator.resolve import resolve

BASE = "https://example.org/briefing/"


def absolute(path: str) -> str:
    return BASE + path.lstrip("/")


def article(article_id: str, date: str | None, title: str = "", text: str = "Body text.") -> Article:
    return Article(id=article_id, file=f"{article_id}.txt", title=title or f"Title {article_id}",
                   title_derived=False, source="RT", date=date, paragraphs=[Paragraph(text, 1)])


def person(name: str) -> ArticlePerson:
    return ArticlePerson(name=name, mentions=[Mention(name, 0, 0, len(name), 1)])


def library(articles: list[Article] | None = None) -> Library:
    articles = articles or [article("b-second", "2024-02-18"), article("a-first", "2024-02-17")]
    extractions = [
        Extraction(articles[0].id, people=[person("Rishi Sunak"), person("Keir Starmer")],
                   quotes=[Quote("Zebras are fine.", "Rishi Sunak", False, 0, 0, 16, 1),
                           Quote("Apples are fine.", "Keir Starmer", True, 0, 0, 16, 1)],
                   events=[EventRef("Vote", "vote", "2024-02", None, ["Keir Starmer"], 0, 1),
                           EventRef("Budget", "speech", "2024-01", "London", ["Rishi Sunak"], 0, 1)]),
    ]
    by_id = {a.id: a for a in articles}
    by_article = {e.article: e for e in extractions}
    return link(by_id, by_article, resolve(by_id, by_article, [], [], []), [])


def load(files: dict[str, bytes], name: str) -> list[dict]:
    return json.loads(files[f"api/{name}.json"].decode("utf-8"))


def test_the_api_has_one_file_per_kind() -> None:
    assert sorted(api_files(library(), absolute)) == [
        "api/articles.json", "api/events.json", "api/people.json", "api/quotes.json", "api/sources.json",
    ]


def test_every_api_record_has_the_contract_keys() -> None:
    files = api_files(library(), absolute)
    contract = {
        "articles": {"id", "file", "title", "source", "date", "url"},
        "people": {"id", "name", "aliases", "roles", "articles", "url"},
        "quotes": {"id", "text", "speaker", "article", "articles", "partial", "url"},
        "events": {"id", "name", "date", "place", "participants", "articles", "url"},
    }
    for name, keys in contract.items():
        records = load(files, name)
        assert records, name
        for record in records:
            assert keys <= set(record), (name, keys - set(record))
            assert record["url"].startswith(BASE)


def test_api_values_follow_the_contract() -> None:
    files = api_files(library(), absolute)
    first = {a["id"]: a for a in load(files, "articles")}["a-first"]
    assert first == {**first, "file": "a-first.txt", "source": "RT", "date": "2024-02-17",
                     "url": BASE + "articles/a-first/"}
    quotes = {q["text"]: q for q in load(files, "quotes")}
    apples = quotes["Apples are fine."]
    assert (apples["speaker"], apples["article"], apples["articles"], apples["partial"]) == (
        "keir-starmer", "b-second", ["b-second"], True)
    vote = {e["name"]: e for e in load(files, "events")}["Vote"]
    assert (vote["date"], vote["place"], vote["participants"]) == ("2024-02", None, ["keir-starmer"])


def test_every_api_list_is_sorted_by_id() -> None:
    files = api_files(library(), absolute)
    for name in ("articles", "people", "quotes", "events", "sources"):
        ids = [record["id"] for record in load(files, name)]
        assert ids == sorted(ids), name


def test_api_lists_are_sorted_even_when_the_library_is_not() -> None:
    lib = library()
    lib.people = dict(reversed(lib.people.items()))
    lib.quotes = dict(reversed(lib.quotes.items()))
    lib.events = dict(reversed(lib.events.items()))
    files = api_files(lib, absolute)
    for name in ("people", "quotes", "events"):
        ids = [record["id"] for record in load(files, name)]
        assert ids == sorted(ids), name


def test_the_api_is_byte_identical_for_the_same_input() -> None:
    assert api_files(library(), absolute) == api_files(library(), absolute)


def _page(kind: str, url: str, date: str | None = None) -> Page:
    return Page(kind, url, "T", "D", {}, date)


def test_the_sitemap_lists_absolute_locations_and_leaves_out_the_404() -> None:
    pages = [_page("home", "/"), _page("404", "/404.html"), _page("quote", "/quotes/q/", "2024-02-17"),
             _page("event", "/events/e/", "2024-02")]
    root = ET.fromstring(sitemap(pages, absolute))
    assert root.tag == f"{{{SITEMAP}}}urlset"
    locs = [e.text for e in root.iter(f"{{{SITEMAP}}}loc")]
    assert locs == [BASE, BASE + "events/e/", BASE + "quotes/q/"]
    assert all(loc and loc.startswith("https://") for loc in locs)
    assert [e.text for e in root.iter(f"{{{SITEMAP}}}lastmod")] == ["2024-02-17"]
    assert "404" not in sitemap(pages, absolute).decode()


def _feed(lib: Library, fixed: str | None = None, limit: int = 20) -> ET.Element:
    data = atom_feed(lib, "Briefing & <Co>", absolute, limit, fixed)
    assert data.startswith(b"<?xml")
    return ET.fromstring(data)


def _text(element: ET.Element, path: str) -> str | None:
    found = element.find(path, {"a": ATOM})
    return None if found is None else found.text


def test_the_feed_is_updated_at_the_newest_article_date_when_no_date_is_fixed() -> None:
    root = _feed(library([article("a", "2024-02-17"), article("b", None), article("c", "2024-03-01")]))
    assert root.tag == f"{{{ATOM}}}feed"
    assert _text(root, "a:updated") == "2024-03-01T00:00:00Z"
    assert [_text(e, "a:title") for e in root.findall("a:entry", {"a": ATOM})] == ["Title c", "Title a", "Title b"]


def test_the_feed_uses_the_fixed_build_date_when_one_is_given() -> None:
    assert _text(_feed(library(), fixed="2030-01-01"), "a:updated") == "2030-01-01T00:00:00Z"


def test_a_feed_of_undated_articles_does_not_read_the_clock() -> None:
    root = _feed(library([article("a", None)]))
    assert _text(root, "a:updated") == "1970-01-01T00:00:00Z"


def test_the_feed_is_byte_identical_for_the_same_input() -> None:
    lib = library()
    assert atom_feed(lib, "T", absolute, 20, None) == atom_feed(lib, "T", absolute, 20, None)


def test_feed_entries_escape_hostile_titles_and_text() -> None:
    hostile = 'Tom & Jerry <script>alert("x")</script>'
    root = _feed(library([article("a", "2024-01-01", title=hostile, text=hostile + " ]]> \x0c\x1b end")]))
    [entry] = root.findall("a:entry", {"a": ATOM})
    assert _text(entry, "a:title") == hostile
    assert (_text(entry, "a:summary") or "").startswith(hostile + " ]]>")
    assert _text(root, "a:title") == "Briefing & <Co>"
    assert _text(entry, "a:id") == BASE + "articles/a/"


def test_the_feed_holds_at_most_the_limit_newest_articles() -> None:
    articles = [article(f"a{i}", f"2024-01-{i + 1:02d}") for i in range(5)]
    entries = _feed(library(articles), limit=2).findall("a:entry", {"a": ATOM})
    assert [_text(e, "a:title") for e in entries] == ["Title a4", "Title a3"]


def test_robots_names_the_absolute_sitemap() -> None:
    assert robots(absolute).decode().splitlines()[-1] == f"Sitemap: {BASE}sitemap.xml"
