"""Link: backlinks, co-mentions, variant wordings, conflicting attributions, checks."""

from __future__ import annotations

from generator.link import Library, link, page_url
from generator.model import (
    Article,
    ArticlePerson,
    ContentPage,
    Event,
    Extraction,
    Mention,
    Paragraph,
    Person,
    Quote,
    QuoteEntity,
    QuoteReport,
)
from generator.resolve import resolve


def article(article_id: str, date: str | None) -> Article:
    return Article(id=article_id, file=f"{article_id}.txt", title=f"Title {article_id}",
                   title_derived=False, source=None, date=date, paragraphs=[Paragraph("Text.", 1)])


def person(name: str) -> ArticlePerson:
    return ArticlePerson(name=name, mentions=[Mention(name, 0, 0, len(name), 1)])


def quote(text: str, speaker: str | None, para: int = 0, start: int = 0) -> Quote:
    return Quote(text=text, speaker=speaker, partial=False, para=para, start=start, end=start + len(text), line=1)


def build(articles: list[Article], extractions: list[Extraction], pages: list[ContentPage] | None = None) -> Library:
    by_id = {a.id: a for a in articles}
    by_article = {e.article: e for e in extractions}
    return link(by_id, by_article, resolve(by_id, by_article, [], [], []), pages or [])


def test_page_urls_use_the_folder_of_each_kind() -> None:
    assert page_url("person", "keir-starmer") == "/people/keir-starmer/"
    assert page_url("quote", "q") == "/quotes/q/"
    assert page_url("article", "a") == "/articles/a/"


def test_co_mentions_count_the_articles_two_people_share() -> None:
    library = build(
        [article("a", "2024-01-01"), article("b", "2024-01-02"), article("c", "2024-01-03")],
        [
            Extraction("a", people=[person("Keir Starmer"), person("Rishi Sunak")]),
            Extraction("b", people=[person("Keir Starmer"), person("Rishi Sunak"), person("Ed Davey")]),
            Extraction("c", people=[person("Keir Starmer"), person("Ed Davey")]),
        ],
    )
    assert library.co_mentions["keir-starmer"] == [("ed-davey", 2), ("rishi-sunak", 2)]
    assert library.co_mentions["rishi-sunak"] == [("keir-starmer", 2), ("ed-davey", 1)]
    assert library.people_by_article["b"] == ["ed-davey", "keir-starmer", "rishi-sunak"]


def test_a_person_alone_in_every_article_has_no_co_mentions() -> None:
    library = build([article("a", None)], [Extraction("a", people=[person("Keir Starmer")])])
    assert library.co_mentions.get("keir-starmer", []) == []


def test_quotes_by_person_are_newest_first_with_undated_quotes_last() -> None:
    library = build(
        [article("old", "2023-05-01"), article("new", "2024-06-01"), article("mid", "2024-01-01"),
         article("undated", None)],
        [
            Extraction("old", people=[person("Keir Starmer")], quotes=[quote("Old words here.", "Keir Starmer")]),
            Extraction("new", people=[person("Keir Starmer")], quotes=[quote("New words here.", "Keir Starmer")]),
            Extraction("mid", people=[person("Keir Starmer")], quotes=[quote("Middle words here.", "Keir Starmer")]),
            Extraction("undated", people=[person("Keir Starmer")],
                       quotes=[quote("Timeless words here.", "Keir Starmer")]),
        ],
    )
    texts = [library.quotes[q].text for q in library.quotes_by_person["keir-starmer"]]
    assert texts == ["New words here.", "Middle words here.", "Old words here.", "Timeless words here."]


def test_quotes_by_article_follow_their_order_in_the_text() -> None:
    library = build(
        [article("a", "2024-01-01")],
        [Extraction("a", quotes=[quote("Zebra words last.", None, para=2), quote("Aardvark first.", None, para=0),
                                 quote("Middle of para two.", None, para=0, start=40)])],
    )
    texts = [library.quotes[q].text for q in library.quotes_by_article["a"]]
    assert texts == ["Aardvark first.", "Middle of para two.", "Zebra words last."]


def test_a_trimmed_quote_of_four_or_more_words_is_a_variant_of_the_full_one() -> None:
    library = build(
        [article("a", "2024-01-01"), article("b", "2024-01-02")],
        [
            Extraction("a", quotes=[quote("We will never abandon Ukraine in its hour of need.", None)]),
            Extraction("b", quotes=[quote("never abandon Ukraine in its hour", None)]),
        ],
    )
    full, trimmed = sorted(library.quotes.values(), key=lambda q: -len(q.text))
    assert full.variants == [trimmed.id]
    assert trimmed.variants == [full.id]


def test_a_slightly_altered_wording_is_a_variant() -> None:
    library = build(
        [article("a", "2024-01-01"), article("b", "2024-01-02")],
        [
            Extraction("a", quotes=[quote("The economy is growing faster than anyone expected this year.", None)]),
            Extraction("b", quotes=[quote("The economy is growing faster than anybody expected this year.", None)]),
        ],
    )
    a, b = library.quotes.values()
    assert a.variants == [b.id] and b.variants == [a.id]


def test_unrelated_quotes_and_short_shared_phrases_are_not_variants() -> None:
    library = build(
        [article("a", "2024-01-01"), article("b", "2024-01-02")],
        [
            Extraction("a", quotes=[quote("We will never abandon Ukraine.", None), quote("No comment.", None)]),
            Extraction("b", quotes=[quote("Taxes must come down before the election.", None),
                                    quote("No comment at all.", None)]),
        ],
    )
    assert all(q.variants == [] for q in library.quotes.values())


def test_a_conflict_is_recorded_when_articles_attribute_the_same_words_to_different_people() -> None:
    words = "Nobody will be left behind."
    library = build(
        [article("a", "2024-01-01"), article("b", "2024-01-02")],
        [
            Extraction("a", people=[person("Boris Johnson")], quotes=[quote(words, "Boris Johnson")]),
            Extraction("b", people=[person("Mike Johnson")], quotes=[quote(words, "Mike Johnson")]),
        ],
    )
    [quote_id] = library.quotes
    assert library.conflicts[quote_id] == ["Title a: Boris Johnson", "Title b: Mike Johnson"]
    assert library.quotes_by_person["boris-johnson"] == [quote_id]
    assert library.quotes_by_person["mike-johnson"] == [quote_id]


def test_an_article_that_names_no_speaker_does_not_make_a_conflict() -> None:
    words = "Nobody will be left behind."
    library = build(
        [article("a", "2024-01-01"), article("b", "2024-01-02")],
        [
            Extraction("a", people=[person("Boris Johnson")], quotes=[quote(words, "Boris Johnson")]),
            Extraction("b", quotes=[quote(words, None)]),
        ],
    )
    assert library.conflicts == {}


def test_the_same_speaker_in_every_article_is_no_conflict() -> None:
    words = "Nobody will be left behind."
    library = build(
        [article("a", "2024-01-01"), article("b", "2024-01-02")],
        [
            Extraction("a", people=[person("Boris Johnson")], quotes=[quote(words, "Boris Johnson")]),
            Extraction("b", people=[person("Johnson")], quotes=[quote(words, "Johnson")]),
        ],
    )
    assert library.conflicts == {}


def _report(article_id: str, speaker: str | None) -> QuoteReport:
    return QuoteReport(article=article_id, speaker=speaker, sentence="", line=1, para=0, start=0, end=1,
                       verb=None, text="x")


def test_check_reports_every_dangling_reference_together() -> None:
    library = Library(
        articles={"a": article("a", None)},
        extractions={},
        people={"p": Person(id="p", name="P", articles=["a", "gone-article"])},
        quotes={
            "q1": QuoteEntity(id="q1", text="x", speaker="ghost", partial=False, date=None,
                              reports=[_report("a", "ghost")]),
            "q2": QuoteEntity(id="q2", text="y", speaker="phantom", partial=False, date=None,
                              reports=[_report("missing", "phantom")]),
        },
        events={"e": Event(id="e", name="E", kind="meeting", date=None, place=None,
                           participants=["p", "nobody", "noone"])},
        sources={},
        person_of={},
        article_source={},
        pages=[
            ContentPage("pages", "content/pages/about.md", "about", {}, "", 1),
            ContentPage("pages", "content/pages/about-us.md", "about", {}, "", 1),
            ContentPage("pages", "content/pages/api.md", "api", {}, "", 1),
        ],
    )
    found = [(d.path, d.message) for d in library.check()]
    # Page problems name their file; dangling references are the site's.
    assert found == [
        ("content/pages/about.md", "page slug 'about' is used by more than one file"),
        ("content/pages/about-us.md", "page slug 'about' is used by more than one file"),
        ("content/pages/api.md", "page slug 'api' is reserved for the site's own pages; page skipped"),
    ] + [("(site)", m) for m in sorted([
        "quote q1: unknown speaker ghost",
        "quote q2: unknown speaker phantom",
        "quote q2: unknown article missing",
        "event e: unknown participant nobody",
        "event e: unknown participant noone",
        "person p: unknown article gone-article",
    ])]
    assert all(d.stage == "link" and d.severity == "error" for d in library.check())


def test_a_consistent_library_checks_clean() -> None:
    library = build(
        [article("a", "2024-01-01")],
        [Extraction("a", people=[person("Keir Starmer")], quotes=[quote("Hello there.", "Keir Starmer")])],
    )
    assert library.check() == []
