"""JSON-LD: the right schema.org types, absolute URLs, and text that cannot close its <script>."""

from __future__ import annotations

import json
import re
from pathlib import Path

from generator import jsonld
from generator.link import Library, link
from generator.model import Article, ArticlePerson, EventRef, Extraction, Mention, Paragraph, Quote
from generator.pages import build_pages
from generator.render import PageRenderer
from generator.resolve import resolve
from generator.views import Link, SiteView

REPO = Path(__file__).resolve().parents[2]
BASE = "https://example.org/news/"
HOSTILE = "</script><script>alert(1)</script><!-- \u2028\u2029 & more"
LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def absolute(path: str) -> str:
    return BASE + path.lstrip("/")


def library_of(*specs: dict) -> Library:
    """A library from small article specs: people, quotes (words, speaker), events, roles."""
    articles, extractions = {}, {}
    for spec in specs:
        text, people, quotes = "", [], []
        for name in spec.get("people", []):
            start = len(text)
            text += name + " spoke. "
            roles = list(spec.get("roles", {}).get(name, []))
            people.append(ArticlePerson(name, [Mention(name, 0, start, start + len(name), 1)], roles=roles))
        for words, speaker in spec.get("quotes", []):
            text += "He said: “"
            start = len(text)
            text += words
            quotes.append(Quote(words, speaker, False, 0, start, len(text), 1, verb="said", sentence=words))
            text += "” "
        events = [
            EventRef(name, "meeting", date, place, list(who), 0, 1, sentence=f"{name} happened.")
            for name, date, place, who in spec.get("events", [])
        ]
        article = Article(
            id=spec["id"], file=spec["id"] + ".txt", title=spec.get("title", spec["id"].title()), title_derived=False,
            source=spec.get("source"), date=spec.get("date"), image=spec.get("image"), url=spec.get("url"),
            paragraphs=[Paragraph(text.strip(), 1)],
        )
        articles[article.id] = article
        extractions[article.id] = Extraction(article.id, people=people, quotes=quotes, events=events)
    return link(articles, extractions, resolve(articles, extractions, [], [], []), [])


def corpus() -> Library:
    return library_of(
        {
            "id": "vote", "title": f"Council votes {HOSTILE}", "source": "Example Gazette", "date": "2024-03-04",
            "people": ["Jane Roe", "Tom Blake"], "roles": {"Jane Roe": ["Mayor", "mayor", "Chair"]},
            "quotes": [("The budget is balanced.", "Jane Roe")], "image": "https://img.example.org/a.jpg",
            "url": "https://gazette.example.org/vote",
            "events": [("Budget vote", "2024-03-05", "City Hall", ["Jane Roe", "Tom Blake"])],
        },
        {"id": "wire", "source": "Example Wire", "date": "2024-03-05", "people": ["Jane Roe"],
         "quotes": [("The budget is balanced.", "Jane Roe")], "image": "javascript:alert(1)"},
    )


def graph(data: str) -> dict[str, dict]:
    parsed = json.loads(data)
    assert parsed["@context"] == "https://schema.org"
    return {node["@type"]: node for node in parsed["@graph"]}


def test_dumps_escapes_everything_that_could_end_the_script_element() -> None:
    text = jsonld.dumps({"name": HOSTILE})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert "\\u003c/script\\u003e" in text and "\\u2028" in text
    assert json.loads(text) == {"name": HOSTILE}


def test_script_makes_site_paths_absolute_and_adds_the_website() -> None:
    out = jsonld.script([{"@type": "WebPage", "url": jsonld.SitePath("/people/x/"), "sameAs": "/not/a/site/path"}], absolute, "Brief <b>")
    nodes = graph(str(out))
    assert nodes["WebPage"]["url"] == "https://example.org/news/people/x/"
    assert nodes["WebPage"]["sameAs"] == "/not/a/site/path"
    assert nodes["WebSite"] == {"@type": "WebSite", "@id": BASE + "#website", "name": "Brief <b>", "url": BASE}


def test_a_news_article_names_its_outlet_date_people_and_picture() -> None:
    library = corpus()
    node = json.loads(jsonld.dumps(jsonld._absolute(jsonld.news_article(library, library.articles["vote"], "d"), absolute)))
    assert node["@type"] == "NewsArticle" and node["headline"].startswith("Council votes </script>")
    assert node["datePublished"] == "2024-03-04" and node["url"] == BASE + "articles/vote/"
    assert node["publisher"]["@type"] == "NewsMediaOrganization" and node["publisher"]["name"] == "Example Gazette"
    assert node["sourceOrganization"] == node["publisher"]
    assert {(p["@type"], p["name"], p["url"]) for p in node["mentions"]} == {
        ("Person", "Jane Roe", BASE + "people/jane-roe/"),
        ("Person", "Tom Blake", BASE + "people/tom-blake/"),
    }
    assert node["image"] == ["https://img.example.org/a.jpg"] and node["isBasedOn"] == "https://gazette.example.org/vote"
    other = jsonld.news_article(library, library.articles["wire"], "d")
    assert "image" not in other  # a javascript: URL is no picture


def test_a_person_has_job_titles_from_roles_and_the_articles_about_them() -> None:
    library = corpus()
    node = jsonld._absolute(jsonld.person(library, library.people["jane-roe"], ["wire", "vote"]), absolute)
    assert node["@type"] == "Person" and node["name"] == "Jane Roe" and node["url"] == BASE + "people/jane-roe/"
    assert sorted(node["jobTitle"]) == ["Chair", "Mayor"]  # "mayor" is the same role
    assert [a["url"] for a in node["subjectOf"]] == [BASE + "articles/wire/", BASE + "articles/vote/"]


def test_a_quotation_names_its_speaker_and_every_reporting_article() -> None:
    library = corpus()
    [quote] = library.quotes.values()
    node = jsonld._absolute(jsonld.quotation(library, quote), absolute)
    assert node["@type"] == "Quotation" and node["text"] == "The budget is balanced."
    assert node["spokenByCharacter"]["name"] == "Jane Roe" and node["creator"] == node["spokenByCharacter"]
    assert [a["url"] for a in node["isPartOf"]] == [BASE + "articles/vote/", BASE + "articles/wire/"]
    assert node["dateCreated"] == "2024-03-04"


def test_an_event_has_a_place_a_start_date_and_its_people() -> None:
    library = corpus()
    [event] = library.events.values()
    node = jsonld._absolute(jsonld.event(library, event), absolute)
    assert node["@type"] == "Event" and node["startDate"] == "2024-03-05"
    assert node["location"] == {"@type": "Place", "name": "City Hall"}
    assert {p["name"] for p in node["attendee"]} == {"Jane Roe", "Tom Blake"}


def test_breadcrumbs_end_at_the_page_itself() -> None:
    node = jsonld._absolute(jsonld.breadcrumbs((Link("/", "Home"), Link("/people/", "People")), "Jane Roe", "/people/jane-roe/"), absolute)
    assert [(i["position"], i["name"], i["item"]) for i in node["itemListElement"]] == [
        (1, "Home", BASE), (2, "People", BASE + "people/"), (3, "Jane Roe", BASE + "people/jane-roe/"),
    ]


def test_every_rendered_page_carries_json_ld_that_parses_and_stays_inert() -> None:
    library = corpus()
    site = SiteView("Brief", "", "en", BASE, (), "/static/style.css", "briefing", "/feed.xml")
    renderer = PageRenderer(REPO, REPO / "templates", BASE, site)
    types = {}
    for page in build_pages(library, {}, renderer.url_for):
        html = renderer.render(page).decode("utf-8")
        [data] = LD_JSON.findall(html)
        assert "</script" not in data and "<!--" not in data
        nodes = graph(data)
        assert "WebSite" in nodes
        types[page.url] = set(nodes)
    assert {"NewsArticle", "BreadcrumbList"} <= types["/articles/vote/"]
    assert {"ProfilePage", "Person", "BreadcrumbList"} <= types["/people/jane-roe/"]
    assert "Quotation" in next(t for u, t in types.items() if u.startswith("/quotes/") and u != "/quotes/")
    assert "Event" in types["/events/budget-vote-2024-03-05/"]
    assert "NewsMediaOrganization" in types["/sources/example-gazette/"]
    assert "CollectionPage" in types["/people/"] and "CollectionPage" in types["/timeline/"]
    assert html.count('<script type="application/ld+json">') == 1
