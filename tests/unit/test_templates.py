"""The templates render every page kind safely from hand-built view objects."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from jinja2 import Environment
from markupsafe import Markup

from generator import charts, jsonld
from generator.pages.paging import pagination
from generator.render import TEMPLATES, make_environment, render_page
from generator.views import (
    ArticleQuote,
    ArticleView,
    ContentView,
    EventView,
    HomeView,
    IndexView,
    Link,
    PageMeta,
    ParagraphView,
    PersonView,
    QuoteItem,
    QuoteView,
    ReportView,
    RoleView,
    SiteView,
    SourceBadge,
    SourceView,
    TimelineEntry,
    TimelineMonth,
    TimelineView,
    VariantView,
)

TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "templates"
BUCKETS = charts.time_buckets(["2024-12-01", "2025-02-27"])
LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def absolute(path: str) -> str:
    return "https://example.org/briefing/" + path.lstrip("/")
HOSTILE = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"
# Trusted paragraph HTML, as the view builder would assemble it.
PARAGRAPH_HTML = (
    '<a class="mention" href="/base/people/keir-starmer/">Keir Starmer</a> said '
    '<mark class="quote"><a href="/base/quotes/working-closely/">'
    "I&#39;m working closely with other European leaders</a></mark>."
)


def sample_views(x: str = HOSTILE) -> dict[str, dict]:
    """One render context per page kind; ``x`` is appended to every name, title and quote."""
    site = SiteView(
        title=f"UK Briefing{x}",
        description=f"People, quotes and events from the news{x}",
        language="en-GB",
        base_url="https://example.org/briefing/",
        nav=(
            Link("/articles/", "Articles"),
            Link("/people/", "People"),
            Link("/quotes/", "Quotes"),
            Link("/events/", "Events"),
            Link("/sources/", "Sources"),
            Link("/timeline/", "Timeline"),
        ),
        stylesheet="/static/style.css",
        generator="briefing 0.1.0",
        feed="/feed.xml",
    )
    starmer = Link("/people/keir-starmer/", f"Keir Starmer{x}", "Prime Minister")
    trump = Link("/people/donald-trump/", f"Donald Trump{x}", "4 articles")
    art1 = Link(
        "/articles/trump-refuses-guarantee/",
        f"Trump refuses to guarantee backup for British military{x}",
        "27 February 2025",
    )
    art2 = Link(
        "/articles/starmer-white-house/",
        f"Starmer meets Trump at the White House{x}",
        "26 February 2025",
    )
    rt = Link("/sources/rt/", f"RT{x}")
    meeting = Link(
        "/events/starmer-trump-meeting/", f"Starmer–Trump meeting at the White House{x}",
        "27 February 2025",
    )
    words = f"I'm working closely with other European leaders on this{x}"
    quote_item = QuoteItem(
        url="/quotes/working-closely/",
        text=words,
        partial=False,
        speaker=starmer,
        date="2025-02-27",
        date_display="27 February 2025",
        article=art1,
        outlets=3,
    )
    partial_item = QuoteItem(
        url="/quotes/paying-their-bills/",
        text=f"paying their bills{x}",
        partial=True,
        speaker=trump,
        date=None,
        date_display="Undated",
        article=art2,
        outlets=1,
    )
    article = ArticleView(
        id="trump-refuses-guarantee",
        url=art1.url,
        title=art1.label,
        title_derived=True,
        file="002_f311519d86175a2b.txt",
        source=SourceBadge(
            link=rt,
            description=f"Russian state-funded international broadcaster{x}",
            country="Russia",
            ownership="state-affiliated",
        ),
        date="2025-02-27",
        date_display="27 February 2025",
        original_url="https://www.rt.com/news/613399-trump-backup-british-military/",
        author=f"RT staff{x}",
        image="https://cdni.rt.com/files/2025.02/article/67c0.jpg",
        caption=f"Keir Starmer and Donald Trump in the Oval Office{x}",
        credit=f"Carl Court / Getty Images{x}",
        paragraphs=(
            ParagraphView(
                "text",
                Markup(
                    '<a class="mention" href="/base/people/donald-trump/">Donald Trump</a> '
                    "has declined to say whether the US would back British peacekeepers in "
                    "Ukraine, after talks at the White House with "
                    + PARAGRAPH_HTML.split(" said ")[0]
                    + "."
                ),
                3,
            ),
            ParagraphView("heading", Markup("Backstop in question"), 5, "p2"),
            ParagraphView("text", Markup(PARAGRAPH_HTML), 6, "p3"),
            ParagraphView("caption", Markup("The two leaders at the White House."), 8, "p4"),
        ),
        people=(starmer, trump),
        quotes=(
            ArticleQuote(
                Link(quote_item.url, words, starmer.label),
                3,
                (Link(art2.url, f"BBC{x}", "26 February 2025"), Link("/articles/guardian-piece/", "The Guardian", "")),
                1,
            ),
            ArticleQuote(Link(partial_item.url, partial_item.text, ""), 0),
        ),
        events=(meeting,),
    )
    person = PersonView(
        id="keir-starmer",
        url=starmer.url,
        name=starmer.label,
        aliases=(f"Sir Keir{x}", "Starmer", "the Labour leader"),
        summary=f"Prime Minister of the United Kingdom since July 2024{x}",
        body_html=Markup("<p>Leader of the Labour Party since 2020.</p>"),
        roles=(
            RoleView(f"Prime Minister{x}", "5 July 2024", "27 February 2025", (art1, art2)),
            RoleView("Leader of the Labour Party", "", "", ()),
        ),
        quotes=(quote_item, partial_item),
        events=(meeting,),
        articles=(art1, art2),
        co_mentioned=(trump, Link("/people/ursula-von-der-leyen/", "Ursula von der Leyen", "1 article")),
        more_quotes=Link("/people/keir-starmer/quotes/", "All 230 quotes", "this page shows the first 50"),
        quote_count=230,
        event_count=1,
        article_count=2,
        activity_chart=charts.bar_chart("activity-chart", f"Articles mentioning Keir Starmer{x}", BUCKETS,
                                        charts.Series("Articles", ("article", "articles"), "article", (1, 0, 2))),
        timeline_chart=charts.timeline_chart("person-timeline-chart", f"Quotes by Keir Starmer{x}", BUCKETS,
                                             [charts.Series("Quotes", ("quote", "quotes"), "quote", (3, 1, 0))]),
        network_chart=charts.network_chart(
            "network-chart", f"People mentioned with Keir Starmer{x}",
            [charts.Node("donald-trump", trump.label, "/base/people/donald-trump/", 4, "4 articles together")],
            [], charts.Node("keir-starmer", starmer.label, None, 0),
        ),
    )
    quote = QuoteView(
        id="working-closely",
        url=quote_item.url,
        text=words,
        partial=True,
        speaker=starmer,
        speaker_desc=None,
        date_display="27 February 2025",
        reports=(
            ReportView(
                article=art1,
                source=f"RT{x}",
                date="2025-02-27",
                date_display="27 February 2025",
                speaker=starmer,
                speaker_desc=None,
                verb="said",
                sentence_html=Markup(
                    "Starmer said: <mark>I&#39;m working closely with other European "
                    "leaders on this</mark>."
                ),
                text=words,
                line=6,
                anchor="p3",
            ),
            ReportView(
                article=art2,
                source=None,
                date=None,
                date_display="Undated",
                speaker=None,
                speaker_desc=f"a Labour source{x}",
                verb=None,
                sentence_html=Markup("<mark>working closely</mark>, a source said."),
                text=f"working closely with European leaders{x}",
                line=12,
                anchor="p7",
            ),
        ),
        variants=(
            VariantView(
                art2,
                Markup("working closely with <del>other</del> European leaders<ins>.</ins>"),
            ),
        ),
        conflicts=(f"RT attributes these words to Keir Starmer; BBC to a Labour source{x}",),
    )
    event = EventView(
        id="starmer-trump-meeting",
        url=meeting.url,
        name=meeting.label,
        kind="meeting",
        date="2025-02-27",
        date_display="27 February 2025",
        place=f"White House, Washington{x}",
        participants=(starmer, trump),
        articles=(art1, art2),
        sentences=((art1, f"Starmer met Trump at the White House on Thursday{x}"),),
        body_html=Markup(""),
    )
    source = SourceView(
        id="rt",
        url=rt.url,
        name=rt.label,
        description=f"Russian state-funded broadcaster{x}",
        country="Russia",
        ownership="state-affiliated",
        website="https://www.rt.com/",
        body_html=Markup("<p>Banned from broadcasting in the EU since 2022.</p>"),
        articles=(art1,),
    )
    people_index = IndexView(
        kind="people", title=f"People{x}", intro=f"Everyone named{x}", items=(starmer, trump)
    )
    quotes_index = IndexView(
        kind="quotes", title=f"Quotes{x}", intro="", quotes=(quote_item, partial_item),
        shown="Showing 101–200 of 1,234 quotes",
    )
    reports_index = IndexView(
        kind="report", title=f"Reports of “working closely”{x}", intro="", reports=quote.reports, eyebrow="Quote",
    )
    timeline = TimelineView(
        months=(
            TimelineMonth(
                "February 2025",
                "2025-02",
                (
                    TimelineEntry("2025-02-27", "27 February 2025", "event", meeting, (starmer, trump)),
                    TimelineEntry("2025-02-27", "27 February 2025", "article", art1),
                    TimelineEntry("2025-02-26", "26 February 2025", "quote",
                                  Link(quote_item.url, words, starmer.label), (starmer,)),
                ),
            ),
        ),
        undated=(TimelineEntry("", "Undated", "article", art2),),
        nav=(Link("/timeline/#2025-02", "February 2025"), Link("/timeline/#undated", "Undated")),
        chart=charts.timeline_chart("timeline-chart", f"Articles and events by month{x}", BUCKETS,
                                    [charts.Series(f"Events{x}", ("event", "events"), "event", (1, 0, 1))]),
    )
    home = HomeView(
        intro_html=Markup("<p>The latest on who said what.</p>"),
        latest_articles=(art1, art2),
        quoted_people=(Link(starmer.url, starmer.label, "12 quotes"),),
        recent_events=(meeting,),
        upcoming_events=(Link("/events/summit/", f"Summit{x}", "March 2025"),),
        latest_quotes=(quote_item, partial_item),
        counts=(("articles", 3, "/articles/"), ("people", 41, "/people/"), ("quotes", 57, "/quotes/")),
    )
    content = ContentView(
        title=f"About{x}", url="/about/", body_html=Markup("<p>How this site is made.</p>")
    )

    def meta(kind: str, title: str, url: str, *crumbs: Link, **more) -> PageMeta:
        graph = jsonld.script([{"@type": "WebPage", "name": title, "url": jsonld.SitePath(url)}], absolute, site.title)
        return PageMeta(kind, title, url, f"Description of {title}", tuple(crumbs), jsonld=graph, **more)

    home_crumb = Link("/", "Home")
    return {
        "home": {"page": meta("home", site.title, "/"), "home": home},
        "article": {
            "page": meta("article", article.title, article.url, home_crumb, site.nav[0],
                         og_type="article", image=article.image, published=article.date),
            "article": article,
        },
        "person": {
            "page": meta("person", person.name, person.url, home_crumb, site.nav[1]),
            "person": person,
        },
        "quote": {
            "page": meta("quote", f"“{words[:40]}…”", quote.url, home_crumb, site.nav[2]),
            "quote": quote,
        },
        "event": {
            "page": meta("event", event.name, event.url, home_crumb, site.nav[3]),
            "event": event,
        },
        "source": {
            "page": meta("source", source.name, source.url, home_crumb, site.nav[4]),
            "source": source,
        },
        "index": {"page": meta("index", people_index.title, "/people/", home_crumb), "index": people_index},
        "quote-index": {
            "page": meta("index", quotes_index.title, "/quotes/page/2/", home_crumb, site.nav[2],
                         pagination=pagination("/quotes/", 2, 13)),
            "index": quotes_index,
        },
        "report-index": {
            "page": meta("index", reports_index.title, "/quotes/working-closely/reports/", home_crumb, site.nav[2]),
            "index": reports_index,
        },
        "timeline": {"page": meta("timeline", f"Timeline{x}", "/timeline/", home_crumb), "timeline": timeline},
        "page": {"page": meta("page", content.title, content.url, home_crumb), "content": content},
        "404": {"page": meta("404", f"Not found{x}", "/404.html")},
        "search": {"page": meta("search", f"Search{x}", "/search/")},
        "_site": {"site": site},
    }


CASES = sample_views()
SITE = CASES.pop("_site")["site"]


@pytest.fixture(scope="module")
def env() -> Environment:
    return make_environment(TEMPLATE_DIR, url_for=lambda p: "/base" + p)


def render(env: Environment, case: str) -> str:
    context = {"site": SITE, **CASES[case]}
    return render_page(env, context["page"].kind, context)


ALL_CASES = sorted(CASES)


def test_every_page_kind_has_a_sample_case():
    assert {CASES[c]["page"].kind for c in CASES} == set(TEMPLATES)


@pytest.mark.parametrize("case", ALL_CASES)
def test_each_page_kind_renders_under_strict_undefined(env, case):
    html = render(env, case)
    assert html.startswith("<!doctype html>")
    assert html.rstrip().endswith("</html>")


@pytest.mark.parametrize("case", ALL_CASES)
def test_hostile_text_is_escaped_and_no_script_tag_survives(env, case):
    html = render(env, case)
    [data] = LD_JSON.findall(html)
    assert "<" not in data and ">" not in data
    scripts = re.findall(r"<script[^>]*>", LD_JSON.sub("", html).lower())
    # The search page alone loads one script: the site's own search module.
    assert len(scripts) == (1 if case == "search" else 0) and all(s.startswith("<script type=\"module\" src=\"/") and s.endswith("static/search.js\">") for s in scripts)
    assert ESCAPED in html


@pytest.mark.parametrize("case", ALL_CASES)
def test_each_page_has_exactly_one_h1(env, case):
    assert len(re.findall(r"<h1[\s>]", render(env, case))) == 1


@pytest.mark.parametrize("case", ALL_CASES)
def test_internal_links_go_through_url_for(env, case):
    html = render(env, case)
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert any(h.startswith("/base/") for h in hrefs)
    for href in hrefs:
        if href.startswith("/"):
            assert href.startswith("/base/"), href


@pytest.mark.parametrize("case", ALL_CASES)
def test_layout_has_the_landmarks_and_head_links(env, case):
    html = render(env, case)
    assert '<html lang="en-GB">' in html
    assert 'class="skip-link" href="#main"' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html
    assert '<nav class="site-nav" aria-label="Main">' in html
    assert '<meta name="description"' in html
    assert '<link rel="alternate" type="application/atom+xml"' in html
    assert 'href="/base/feed.xml"' in html
    assert '<link rel="stylesheet" href="/base/static/style.css">' in html


@pytest.mark.parametrize("case", [c for c in ALL_CASES if c != "404"])
def test_canonical_link_joins_base_url_and_page_url_without_doubled_slashes(env, case):
    html = render(env, case)
    url = CASES[case]["page"].url
    assert f'<link rel="canonical" href="https://example.org/briefing{url}">' in html
    assert "briefing//" not in html


def test_the_404_page_is_not_indexed_and_links_to_the_indexes(env):
    html = render(env, "404")
    assert 'name="robots" content="noindex"' in html
    assert 'rel="canonical"' not in html
    for link in SITE.nav:
        assert f'href="/base{link.url}"' in html


def test_breadcrumbs_are_a_labelled_nav_ending_at_the_current_page(env):
    html = render(env, "person")
    crumbs = html.split('aria-label="Breadcrumb"')[1].split("</nav>")[0]
    assert 'href="/base/"' in crumbs and 'href="/base/people/"' in crumbs
    assert 'aria-current="page">Keir Starmer' in crumbs


def test_article_paragraph_markup_is_inserted_unescaped(env):
    html = render(env, "article")
    assert PARAGRAPH_HTML in html
    assert '<h2 id="p2" data-line="5">Backstop in question</h2>' in html
    assert 'class="para-caption">The two leaders' in html


def test_article_page_shows_provenance_warnings_and_the_figure(env):
    html = render(env, "article")
    assert "Derived title" in html
    assert "state-affiliated" in html
    assert '<time datetime="2025-02-27">27 February 2025</time>' in html
    assert 'href="https://www.rt.com/news/613399-trump-backup-british-military/"' in html
    assert "<figure" in html and 'loading="lazy"' in html
    assert f'alt="Keir Starmer and Donald Trump in the Oval Office{ESCAPED}"' in html
    assert f"Carl Court / Getty Images{ESCAPED}" in html


def test_an_undated_article_without_outlet_says_so(env):
    case = CASES["article"]
    article = case["article"]
    bare = ArticleView(**{**article.__dict__, "date": None, "date_display": "Undated",
                          "source": None, "image": None, "title_derived": False})
    html = render_page(env, "article", {"site": SITE, "page": case["page"], "article": bare})
    assert "Undated" in html and "Outlet unknown" in html
    assert "<figure" not in html and "Derived title" not in html


def test_person_page_lists_roles_quotes_and_outlet_counts(env):
    html = render(env, "person")
    assert "5 July 2024" in html and "27 February 2025" in html
    assert "reported by 3 outlets" in html and "reported by 1 outlet<" in html
    assert "Leader of the Labour Party" in html
    assert "Ursula von der Leyen" in html and "1 article" in html
    assert "<p>Leader of the Labour Party since 2020.</p>" in html


def test_quote_page_marks_partial_quotes_and_shows_reports_variants_and_conflicts(env):
    html = render(env, "quote")
    assert "<blockquote" in html
    assert "partial quote" in html and 'class="ellipsis"' in html
    assert "<mark>I&#39;m working closely" in html
    assert "<del>other</del>" in html and "<ins>.</ins>" in html
    assert 'class="notice notice--warn"' in html and "Conflicting attributions" in html
    assert f"a Labour source{ESCAPED}" in html
    assert 'href="/base/articles/trump-refuses-guarantee/#p3"' in html


def test_event_page_gives_the_date_in_a_time_element(env):
    html = render(env, "event")
    assert '<time datetime="2025-02-27">27 February 2025</time>' in html
    assert f"White House, Washington{ESCAPED}" in html


def test_quote_index_lists_quote_cards_instead_of_links(env):
    html = render(env, "quote-index")
    assert 'class="quote-list"' in html and "reported by 3 outlets" in html


def test_timeline_has_month_anchors_kind_badges_and_an_undated_section(env):
    html = render(env, "timeline")
    assert 'href="/base/timeline/#2025-02"' in html and 'id="2025-02"' in html
    assert 'href="/base/timeline/#undated"' in html and 'id="undated"' in html
    for kind in ("article", "event", "quote"):
        assert f"badge--{kind}" in html


def test_home_page_shows_counts_and_latest_lists(env):
    html = render(env, "home")
    assert "<p>The latest on who said what.</p>" in html
    assert 'href="/base/people/"' in html and ">41<" in html


def test_templates_contain_no_javascript_but_the_search_module():
    for path in TEMPLATE_DIR.rglob("*.html"):
        text = path.read_text(encoding="utf-8").lower()
        # Script elements hold data (schema.org JSON-LD), which browsers never run; the
        # search page alone loads the site's own search module (static/search.js).
        text = text.replace('<script type="application/ld+json">', "")
        if path.name == "search.html":
            text = text.replace('<script type="module" src="{{ url_for(site.search_script) }}">', "")
        assert "<script" not in text, path
        assert not re.search(r"\son[a-z]+=", text), path


def test_stylesheet_has_dark_print_and_focus_styles_and_no_remote_fonts():
    css = (TEMPLATE_DIR / "static" / "style.css").read_text(encoding="utf-8")
    assert "prefers-color-scheme: dark" in css
    assert "@media print" in css
    assert ":focus-visible" in css
    assert "@import" not in css and "@font-face" not in css
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", css)


@pytest.mark.parametrize("case", [c for c in ALL_CASES if c != "404"])
def test_every_page_but_the_404_has_open_graph_and_twitter_tags(env, case):
    html = render(env, case)
    for tag in ("og:title", "og:description", "og:type", "og:url", "og:site_name"):
        assert f'<meta property="{tag}" content="' in html, tag
    assert '<meta name="twitter:card" content="summary' in html
    assert f'<meta property="og:url" content="https://example.org/briefing{CASES[case]["page"].url}">' in html


def test_an_article_with_a_picture_gets_a_large_card_and_its_publication_time(env):
    html = render(env, "article")
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:image" content="https://cdni.rt.com/files/2025.02/article/67c0.jpg">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert '<meta property="article:published_time" content="2025-02-27">' in html
    person = render(env, "person")
    assert 'content="summary"' in person and "og:image" not in person


@pytest.mark.parametrize("case", ALL_CASES)
def test_every_page_has_one_json_ld_block_that_parses(env, case):
    import json

    [data] = LD_JSON.findall(render(env, case))
    parsed = json.loads(data)
    assert parsed["@context"] == "https://schema.org"
    assert {node["@type"] for node in parsed["@graph"]} >= {"WebSite"}


def test_a_paged_list_links_its_neighbours_in_the_head_and_in_a_labelled_nav(env):
    html = render(env, "quote-index")
    assert '<link rel="prev" href="/base/quotes/">' in html
    assert '<link rel="next" href="/base/quotes/page/3/">' in html
    navs = re.findall(r'<nav class="pagination" aria-label="([^"]+)">(.*?)</nav>', html, re.DOTALL)
    assert len(navs) == 2 and len({label for label, _ in navs}) == 2
    body = navs[0][1]
    assert 'aria-current="page"><span class="visually-hidden">Page </span>2</a>' in body
    assert 'href="/base/quotes/page/13/"' in body and "…" in body
    assert "Showing 101–200 of 1,234 quotes" in html
    single = render(env, "index")
    assert 'rel="prev"' not in single and 'class="pagination"' not in single


def test_article_quotes_say_how_many_other_outlets_report_the_same_words(env):
    html = render(env, "article")
    assert "Also reported by 3 other outlets" in html
    assert f'<a href="/base/articles/starmer-white-house/">BBC{ESCAPED}</a>' in html
    assert 'href="/base/quotes/working-closely/#reports">1 more</a>' in html
    assert "No other outlet reports these words." in html


def test_person_page_shows_its_pictures_and_links_to_every_quote(env):
    html = render(env, "person")
    assert html.count('role="document"') == 3
    for ident in ("activity-chart", "person-timeline-chart", "network-chart"):
        assert f'aria-labelledby="{ident}-title {ident}-desc"' in html
    assert 'href="/base/people/keir-starmer/quotes/">All 230 quotes' in html
    assert '<span class="count">230</span>' in html
    assert 'class="visually-hidden"><caption>' in html


def test_the_quote_reports_list_page_lists_each_report(env):
    html = render(env, "report-index")
    assert html.count('class="report"') == 2 and "a Labour source" in html


def test_home_page_lists_upcoming_events_apart_from_recent_ones(env):
    html = render(env, "home")
    assert 'id="upcoming-events"' in html and 'id="recent-events"' in html
    assert html.index("upcoming-events") < html.index("recent-events")


def test_stylesheet_colours_charts_for_dark_mode_and_print():
    css = (TEMPLATE_DIR / "static" / "style.css").read_text(encoding="utf-8")
    dark = css.split("prefers-color-scheme: dark")[1].split("@media print")[0]
    for name in ("--chart-article", "--chart-quote", "--chart-event", "--chart-person"):
        assert name in dark
    assert ".chart" in css.split("@media print")[1]
    assert ".pagination" in css and "a[aria-current]" in css
