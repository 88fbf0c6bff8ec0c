"""Page builders: safe paragraph markup, reader dates, word diffs of variant quotes."""

from __future__ import annotations

import re
from html import unescape

import pytest
from markupsafe import Markup

from generator.link import link
from generator.model import Article, ArticlePerson, Extraction, Mention, Paragraph, Quote
from generator.pages.article import article_page, paragraph_html
from generator.pages.common import display_date, shorten
from generator.pages.entities import word_diff
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
