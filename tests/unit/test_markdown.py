"""Curated Markdown: CommonMark, wiki-links, escaped HTML, inert dangerous links."""

from __future__ import annotations

import pytest

from generator.errors import Diagnostic
from generator.markdown import MarkdownRenderer, is_safe_link

PEOPLE = {"Keir Starmer": "/people/keir-starmer/", "Odd": '/x/?a=1&b="2"'}


def render(
    text: str, unsafe_html: bool = False, first_line: int = 1
) -> tuple[str, list[Diagnostic]]:
    return MarkdownRenderer(unsafe_html).render(text, PEOPLE.get, "content/pages/a.md", first_line)


def test_plain_markdown_is_commonmark() -> None:
    html, found = render("# Title\n\nSome *text* and [a link](https://example.org/).\n")
    assert html == (
        "<h2>Title</h2>\n"
        '<p>Some <em>text</em> and <a href="https://example.org/">a link</a>.</p>\n'
    )
    assert found == []


@pytest.mark.parametrize(("markdown", "tag"), [
    ("# T", "h2"), ("## T", "h3"), ("### T", "h4"), ("#### T", "h5"), ("##### T", "h6"),
    ("###### T", "h6"), ("T\n=", "h2"), ("T\n-", "h3"),
])
def test_headings_are_demoted_one_level_down_to_h6(markdown: str, tag: str) -> None:
    html, _ = render(markdown + "\n")
    assert html == f"<{tag}>T</{tag}>\n"


def test_no_body_can_add_an_h1_anywhere() -> None:
    html, _ = render("# A\n\n> # B\n\n- # C\n\nD\n===\n")
    assert "<h1" not in html and "</h1>" not in html
    assert html.count("<h2>") == html.count("</h2>") == 4


def test_wiki_link_in_a_demoted_heading_resolves_and_keeps_its_line() -> None:
    html, found = render("# [[Keir Starmer]]\n\n## [[Nobody]]\n", first_line=4)
    assert html == (
        '<h2><a class="wikilink" href="/people/keir-starmer/">Keir Starmer</a></h2>\n'
        '<h3><span class="unresolved">Nobody</span></h3>\n'
    )
    assert [(d.line, d.message) for d in found] == [(6, "unresolved wiki-link [[Nobody]]")]


def test_wiki_link_resolves_to_the_site_url() -> None:
    html, found = render("Met [[Keir Starmer]].")
    assert html == '<p>Met <a class="wikilink" href="/people/keir-starmer/">Keir Starmer</a>.</p>\n'
    assert found == []


def test_wiki_link_label_replaces_the_target_text() -> None:
    html, _ = render("[[Keir Starmer|Sir Keir]]")
    assert html == '<p><a class="wikilink" href="/people/keir-starmer/">Sir Keir</a></p>\n'


def test_resolved_url_and_label_are_escaped() -> None:
    html, _ = render("[[Odd|<i>x</i>]]")
    assert html == (
        '<p><a class="wikilink" href="/x/?a=1&amp;b=&quot;2&quot;">&lt;i&gt;x&lt;/i&gt;</a></p>\n'
    )


def test_unresolved_wiki_link_is_a_span_and_a_warning_with_its_file_line() -> None:
    html, found = render("# T\n\nFirst line\nsecond [[Nobody]] here\n", first_line=6)
    assert html.endswith('<p>First line\nsecond <span class="unresolved">Nobody</span> here</p>\n')
    (d,) = found
    assert d.headline() == "content/pages/a.md:9: warning: unresolved wiki-link [[Nobody]]"
    assert d.severity == "warning"


def test_every_unresolved_wiki_link_is_reported_in_order() -> None:
    _, found = render("[[A]]\n\n> [[B]]\n\n- [[C|see c]]\n", first_line=1)
    assert [(d.line, d.message) for d in found] == [
        (1, "unresolved wiki-link [[A]]"),
        (3, "unresolved wiki-link [[B]]"),
        (5, "unresolved wiki-link [[C]]"),
    ]


def test_wiki_link_inside_code_is_left_alone() -> None:
    html, found = render("`[[Keir Starmer]]`\n\n    [[Nobody]]\n")
    assert html == "<p><code>[[Keir Starmer]]</code></p>\n<pre><code>[[Nobody]]\n</code></pre>\n"
    assert found == []


def test_escaped_brackets_are_not_a_wiki_link() -> None:
    html, found = render("\\[[Keir Starmer]]")
    assert html == "<p>[[Keir Starmer]]</p>\n"
    assert found == []


def test_empty_wiki_link_is_plain_text() -> None:
    assert render("[[ ]]")[0] == "<p>[[ ]]</p>\n"


def test_target_whitespace_is_normalised() -> None:
    html, _ = render("[[ Keir\n Starmer ]]")
    assert html == "<p>[[ Keir\nStarmer ]]</p>\n"  # never across lines
    html, _ = render("[[  Keir   Starmer ]]")
    assert 'href="/people/keir-starmer/"' in html


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JAVASCRIPT:alert(1)", "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD4=", "data:image/png;base64,AAAA", "file:///etc/passwd",
])
def test_dangerous_links_are_not_links(url: str) -> None:
    for text in (f"[x]({url})", f"<{url}>", f"![x]({url})", f"[x]\n\n[x]: {url}"):
        html, _ = render(text)
        assert "href" not in html and "src" not in html, (text, html)


def test_entity_encoded_javascript_link_is_not_a_link() -> None:
    html, _ = render("[x](&#106;avascript:alert(1))")
    assert "href" not in html


def test_scheme_hidden_by_whitespace_is_unsafe() -> None:
    assert not is_safe_link("java\tscript:alert(1)")
    assert not is_safe_link(" javascript:alert(1)")
    assert is_safe_link("https://example.org/javascript:")
    assert is_safe_link("/people/x/")


def test_raw_html_is_escaped_by_default() -> None:
    html, _ = render("<script>alert(1)</script>\n\nText <b onclick=x>bold</b>\n")
    assert html == (
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"
        "<p>Text &lt;b onclick=x&gt;bold&lt;/b&gt;</p>\n"
    )


def test_raw_html_passes_when_enabled() -> None:
    html, _ = render("<div class=\"note\">\nHi\n</div>\n\nText <b>bold</b>\n", unsafe_html=True)
    assert html == '<div class="note">\nHi\n</div>\n<p>Text <b>bold</b></p>\n'


def test_typographer_and_linkify_are_off() -> None:
    assert render('"quotes" -- https://example.org')[0] == (
        "<p>&quot;quotes&quot; -- https://example.org</p>\n"
    )


def test_rendering_is_deterministic_and_keeps_no_state() -> None:
    renderer = MarkdownRenderer(False)
    first = renderer.render("[[Nobody]] [[Keir Starmer]]", PEOPLE.get, "a.md", 1)
    second = renderer.render("[[Nobody]] [[Keir Starmer]]", PEOPLE.get, "a.md", 1)
    assert first == second and len(second[1]) == 1
