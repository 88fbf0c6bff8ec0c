"""Page builders: safe paragraph markup, reader dates, word diffs, outlet counts, upcoming events, pages of long lists."""

from __future__ import annotations

import re
from html import unescape

import pytest
from markupsafe import Markup

from generator.link import Library, link
from generator.model import Article, ArticlePerson, EventRef, Extraction, Mention, Paragraph, Quote
from generator.pages import entity_pages, page_refs
from generator.pages.article import article_page, paragraph_html
from generator.pages.common import display_date, quote_item, shorten
from generator.pages.entities import word_diff
from generator.pages.fingerprints import page_fingerprints
from generator.pages.lists import home_page, index_pages, is_upcoming, timeline_pages
from generator.pages.paging import page_path, pagination, shown
from generator.pages.person import person_page
from generator.resolve import resolve

Q, M = 0, 1  # span kinds: quote, mention


def url_for(path: str) -> str:
    return "/site" + path


def html(text: str, spans: list[tuple[int, int, int, str]]) -> str:
    out = paragraph_html(text, spans, url_for)
    assert isinstance(out, Markup)
    return str(out)


def test_plain_text_is_escaped() -> None:
    assert html('<script>alert("x")</script> & co', []) == (
        "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; co"
    )


def test_hostile_text_inside_a_link_is_escaped_too() -> None:
    text = 'He said <script>alert(1)</script> today'
    out = html(text, [(8, 33, Q, "/quotes/q/")])
    assert out == (
        'He said <a class="quote" href="/site/quotes/q/">&lt;script&gt;alert(1)&lt;/script&gt;</a> today'
    )
    assert "<script>" not in out


def test_a_hostile_url_cannot_break_out_of_its_attribute() -> None:
    out = html("Starmer", [(0, 7, M, '/people/x"><script>/')])
    assert '"><script>' not in out
    assert "&#34;&gt;&lt;script&gt;" in out


def test_mentions_are_linked_to_their_person() -> None:
    assert html("Keir Starmer spoke.", [(0, 12, M, "/people/keir-starmer/")]) == (
        '<a class="mention" href="/site/people/keir-starmer/">Keir Starmer</a> spoke.'
    )


def test_a_quote_wins_over_a_mention_inside_it_and_nothing_nests_in_a_link() -> None:
    text = "She said Starmer would win."
    out = html(text, [(9, 16, M, "/people/keir-starmer/"), (0, 27, Q, "/quotes/q/")])
    assert out == '<a class="quote" href="/site/quotes/q/">She said Starmer would win.</a>'
    assert out.count("<a ") == 1


def test_a_mention_outside_the_quote_is_still_linked() -> None:
    text = "Starmer said: we will win."
    out = html(text, [(0, 7, M, "/people/s/"), (14, 25, Q, "/quotes/q/")])
    assert out == (
        '<a class="mention" href="/site/people/s/">Starmer</a> said: '
        '<a class="quote" href="/site/quotes/q/">we will win</a>.'
    )


def test_overlapping_spans_keep_the_first_and_drop_the_rest() -> None:
    text = "Keir Starmer and Rishi Sunak"
    out = html(text, [(0, 12, M, "/people/a/"), (5, 20, M, "/people/b/"), (17, 28, M, "/people/c/")])
    assert out == (
        '<a class="mention" href="/site/people/a/">Keir Starmer</a> and '
        '<a class="mention" href="/site/people/c/">Rishi Sunak</a>'
    )


@pytest.mark.parametrize("span", [(-1, 3), (5, 99), (4, 4), (6, 2), (12, 13)])
def test_out_of_range_or_empty_spans_are_dropped(span: tuple[int, int]) -> None:
    text = "Keir Starmer"
    assert html(text, [(span[0], span[1], M, "/people/x/")]) == "Keir Starmer"


def test_every_character_of_the_text_appears_once() -> None:
    text = "A <b> and “quoted” & more"
    out = html(text, [(2, 5, M, "/p/"), (10, 18, Q, "/q/"), (1, 4, M, "/x/")])
    assert unescape(re.sub(r"<[^>]*>", "", out)) == text
    assert out.count("<a ") == 2


@pytest.mark.parametrize(("iso", "expected"), [
    ("2025-02-27", "27 February 2025"),
    ("2024-02-03", "3 February 2024"),
    ("2024-12", "December 2024"),
    ("2024", "2024"),
    (None, "Undated"),
    ("", "Undated"),
    ("2024-13-01", "2024-13-01"),
    ("2024-xx", "2024-xx"),
])
def test_display_date_is_written_for_readers(iso: str | None, expected: str) -> None:
    assert display_date(iso) == expected


def test_display_date_takes_a_word_for_a_missing_date() -> None:
    assert display_date(None, "Date unknown") == "Date unknown"


def test_shorten_cuts_at_a_word_boundary() -> None:
    assert shorten("short", 10) == "short"
    assert shorten("one two three four", 10) == "one two…"


def test_word_diff_marks_deleted_and_inserted_words() -> None:
    out = word_diff("we will never back down", "we shall never back down now")
    assert str(out) == "we <del>will</del> <ins>shall</ins> never back down <ins>now</ins>"


def test_word_diff_escapes_both_wordings() -> None:
    out = str(word_diff("a <b> c", "a <i> c & d"))
    assert "<b>" not in out and "<i>" not in out
    assert "<del>&lt;b&gt;</del>" in out and "<ins>&lt;i&gt;</ins>" in out and "&amp;" in out


def test_word_diff_of_identical_wordings_has_no_marks() -> None:
    assert str(word_diff("the same words", "the same words")) == "the same words"


def test_an_article_page_links_mentions_and_highlights_quotes() -> None:
    text = "Keir Starmer said: “Starmer is here to stay.” Starmer left."
    quote_text = "Starmer is here to stay."
    start = text.index(quote_text)
    article = Article(id="a", file="a.txt", title="T", title_derived=False, source=None, date="2024-01-01",
                      paragraphs=[Paragraph(text, 3)])
    extraction = Extraction(
        "a",
        people=[ArticlePerson("Keir Starmer", [
            Mention("Keir Starmer", 0, 0, 12, 3),
            Mention("Starmer", 0, start, start + 7, 3),
            Mention("Starmer", 0, text.rindex("Starmer"), text.rindex("Starmer") + 7, 3),
        ])],
        quotes=[Quote(quote_text, "Keir Starmer", False, 0, start, start + len(quote_text), 3)],
    )
    articles, extractions = {"a": article}, {"a": extraction}
    library = link(articles, extractions, resolve(articles, extractions, [], [], []), [])
    view = article_page(library, article, url_for).context["article"]
    [paragraph] = view.paragraphs
    body = str(paragraph.html)
    assert body.count('class="mention"') == 2
    assert body.count('class="quote"') == 1
    assert '<a class="quote" href="/site/quotes/' in body
    assert f">{quote_text}</a>" in body
    assert view.date_display == "1 January 2024"


# --------------------------------------------------------------- whole small corpora


def library_of(*specs: dict) -> Library:
    """A library from small article specs: people, quotes (words, speaker), events."""
    articles, extractions = {}, {}
    for spec in specs:
        text, people, quotes = "", [], []
        for name in spec.get("people", []):
            start = len(text)
            text += name + " spoke. "
            people.append(ArticlePerson(name, [Mention(name, 0, start, start + len(name), 1)]))
        for words, speaker in spec.get("quotes", []):
            text += "He said: “"
            start = len(text)
            text += words
            quotes.append(Quote(words, speaker, False, 0, start, len(text), 1, verb="said", sentence=words))
            text += "” "
        events = [
            EventRef(name, "meeting", date, None, list(who), 0, 1, sentence=f"{name} happened.")
            for name, date, who in spec.get("events", [])
        ]
        article = Article(
            id=spec["id"], file=spec["id"] + ".txt", title=spec.get("title", spec["id"].title()), title_derived=False,
            source=spec.get("source"), date=spec.get("date"), paragraphs=[Paragraph(text.strip(), 1)],
        )
        articles[article.id] = article
        extractions[article.id] = Extraction(article.id, people=people, quotes=quotes, events=events)
    return link(articles, extractions, resolve(articles, extractions, [], [], []), [])


@pytest.mark.parametrize(("date", "newest", "expected"), [
    ("2024-03-05", "2024-03-04", True),
    ("2024-03-04", "2024-03-04", False),
    ("2024-04", "2024-03-31", True),
    ("2024-03", "2024-03-04", False),  # the same month is not clearly later
    ("2025", "2024-12-31", True),
    ("2024", "2024-03-04", False),
    ("2024-01-01", None, False),
    (None, "2024-03-04", False),
])
def test_an_event_is_upcoming_only_when_its_date_is_after_the_newest_article(date, newest, expected) -> None:
    assert is_upcoming(date, newest) is expected


def test_the_home_page_splits_events_at_the_newest_articles_date_not_the_clock() -> None:
    events = [("Spring fair", "2024-05-01"), ("Winter talks", "2024-01-10"), ("March vote", "2024-03"),
              ("Big summit", "2030"), ("Budget debate", "2024-03-06"), ("Someday", None)]
    library = library_of(
        {"id": "new", "date": "2024-03-04", "people": ["Jane Roe"]},
        *[{"id": f"e{i}", "date": "2024-02-01", "people": [f"Person {i}"], "events": [(name, date, [f"Person {i}"])]}
          for i, (name, date) in enumerate(events)],
    )
    view = home_page(library, Markup("")).context["home"]
    assert [e.label for e in view.upcoming_events] == ["Budget debate", "Spring fair", "Big summit"]
    assert [e.label for e in view.recent_events] == ["March vote", "Winter talks"]


def test_an_article_counts_each_other_outlet_reporting_a_quote_once() -> None:
    words = ("We will build it.", "Jane Roe")
    library = library_of(
        {"id": "a", "source": "BBC", "date": "2024-03-01", "people": ["Jane Roe"], "quotes": [words]},
        {"id": "b", "source": "Reuters", "date": "2024-03-02", "people": ["Jane Roe"], "quotes": [words]},
        {"id": "c", "source": "BBC", "date": "2024-03-03", "people": ["Jane Roe"], "quotes": [words]},
        {"id": "d", "date": "2024-03-04", "title": "No outlet here", "people": ["Jane Roe"], "quotes": [words]},
        {"id": "e", "source": "Reuters", "date": "2024-03-05", "people": ["Jane Roe"], "quotes": [words]},
    )
    [on_a] = article_page(library, library.articles["a"], url_for).context["article"].quotes
    assert on_a.outlets == 2 and on_a.more == 0
    assert [(o.url, o.label) for o in on_a.others] == [("/articles/b/", "Reuters"), ("/articles/d/", "No outlet here")]
    [on_b] = article_page(library, library.articles["b"], url_for).context["article"].quotes
    assert [o.url for o in on_b.others] == ["/articles/a/", "/articles/d/"]
    [quote] = library.quotes.values()
    assert quote_item(library, quote).outlets == 3  # BBC, Reuters and the article without one


def test_a_quote_from_many_outlets_names_a_few_and_counts_the_rest() -> None:
    words = ("Everyone is welcome.", "Lee Wong")
    library = library_of(*[
        {"id": f"x{i}", "source": f"Outlet {i}", "date": f"2024-03-0{i + 1}", "people": ["Lee Wong"], "quotes": [words]}
        for i in range(7)
    ])
    [quote] = article_page(library, library.articles["x0"], url_for).context["article"].quotes
    assert (quote.outlets, len(quote.others), quote.more) == (6, 3, 3)
    [alone] = article_page(library_of({"id": "s", "source": "Solo", "people": ["Lee Wong"], "quotes": [words]}),
                           library_of({"id": "s", "source": "Solo", "people": ["Lee Wong"], "quotes": [words]}).articles["s"],
                           url_for).context["article"].quotes
    assert alone.outlets == 0 and alone.others == ()


def test_pagination_keeps_the_first_page_at_the_lists_address() -> None:
    assert page_path("/quotes/", 1) == "/quotes/" and page_path("/quotes/", 3) == "/quotes/page/3/"
    assert pagination("/quotes/", 1, 1) is None
    middle = pagination("/quotes/", 6, 12)
    assert middle is not None
    assert (middle.prev, middle.next) == ("/quotes/page/5/", "/quotes/page/7/")
    labels = [p.label if p else "…" for p in middle.pages]
    assert labels == ["1", "…", "4", "5", "6", "7", "8", "…", "12"]
    first = pagination("/quotes/", 1, 2)
    assert first is not None and first.prev is None and first.next == "/quotes/page/2/"
    assert shown(2, 200, 450, "people") == "Showing 201–400 of 450 people"
    assert shown(1, 200, 12, "people") == "12 people"


def test_an_index_of_250_people_takes_two_pages_that_link_to_each_other() -> None:
    library = library_of(*[{"id": f"a{i:03d}", "date": "2024-01-01", "people": [f"Jo Name{i:03d}"]} for i in range(250)])
    people = [p for p in index_pages(library, url_for) if p.url.startswith("/people/")]
    assert [p.url for p in people] == ["/people/", "/people/page/2/"]
    first, second = people
    assert len(first.context["index"].items) == 200 and len(second.context["index"].items) == 50
    assert second.pagination is not None and second.pagination.prev == "/people/"
    assert second.title == "People (page 2 of 2)"
    assert second.breadcrumbs[-1].url == "/people/"
    [collection] = [n for n in second.graph if n["@type"] == "CollectionPage"]
    assert collection["mainEntity"]["numberOfItems"] == 50


def test_a_person_quoted_sixty_times_shows_fifty_and_links_to_pages_of_all_of_them() -> None:
    library = library_of(*[
        {"id": f"a{i:03d}", "date": f"2024-01-{i % 28 + 1:02d}", "people": ["Jane Roe"], "quotes": [(f"Point number {i} stands.", "Jane Roe")]}
        for i in range(60)
    ])
    page = person_page(library, library.people["jane-roe"], Markup(""), url_for)
    view = page.context["person"]
    assert len(view.quotes) == 50 and view.quote_count == 60
    assert view.more_quotes is not None and view.more_quotes.url == "/people/jane-roe/quotes/"
    assert view.more_quotes.label == "All 60 quotes"
    assert len(view.articles) == 50 and view.more_articles is not None
    refs = {ref.url for ref in page_refs(library)}
    assert {"/people/jane-roe/quotes/", "/people/jane-roe/articles/"} <= refs
    [listing] = entity_pages(library, {}, url_for, ["/people/jane-roe/quotes/"])
    assert listing.kind == "index" and len(listing.context["index"].quotes) == 60
    assert [c.url for c in listing.breadcrumbs] == ["/", "/people/", "/people/jane-roe/"]
    prints = page_fingerprints(library, {}, {}, "site")
    assert {"/people/jane-roe/quotes/", "/people/jane-roe/articles/"} <= prints.keys()
    assert prints.keys() == refs


def test_a_long_timeline_is_split_into_pages_and_each_month_links_to_its_page() -> None:
    library = library_of(*[{"id": f"a{i:03d}", "date": f"2024-{i // 100 + 1:02d}-01"} for i in range(450)])
    pages = timeline_pages(library, url_for)
    assert [p.url for p in pages] == ["/timeline/", "/timeline/page/2/", "/timeline/page/3/"]
    nav = {link.label: link.url for link in pages[0].context["timeline"].nav}
    assert nav["May 2024"] == "/timeline/#2024-05" and nav["February 2024"] == "/timeline/page/2/#2024-02"
    second = pages[1].context["timeline"]
    assert [m.label for m in second.months] == ["March 2024 (continued)", "February 2024", "January 2024"]
    assert pages[0].context["timeline"].chart and not second.chart


def test_a_person_picture_changes_its_fingerprint_when_two_neighbours_meet_again() -> None:
    base = [
        {"id": "a", "people": ["Ann Lee", "Bob Day", "Cy Fox"]},
        {"id": "b", "people": ["Bob Day", "Cy Fox"]},
    ]
    before = page_fingerprints(library_of(*base), {}, {}, "site")
    after = page_fingerprints(library_of(*base, {"id": "c", "people": ["Bob Day", "Cy Fox"]}), {}, {}, "site")
    assert before["/people/ann-lee/"] != after["/people/ann-lee/"]


def test_an_article_fingerprint_follows_the_other_outlets_it_names() -> None:
    words = ("We will build it.", "Jane Roe")
    specs = [
        {"id": "a", "source": "BBC", "people": ["Jane Roe"], "quotes": [words]},
        {"id": "b", "source": "Reuters", "people": ["Jane Roe"], "quotes": [words]},
    ]
    before = page_fingerprints(library_of(*specs), {}, {}, "site")
    specs[1] = {**specs[1], "source": "AP"}
    after = page_fingerprints(library_of(*specs), {}, {}, "site")
    assert before["/articles/a/"] != after["/articles/a/"]
