"""Front matter: the fenced YAML block at the top of a Markdown file."""

from __future__ import annotations

import datetime

import pytest

from generator.errors import BuildError, Diagnostic
from generator.frontmatter import parse_front_matter, split_front_matter


def failure(text: str) -> Diagnostic:
    with pytest.raises(BuildError) as caught:
        split_front_matter(text, "content/people/x.md")
    assert len(caught.value.diagnostics) == 1
    return caught.value.diagnostics[0]


def test_front_matter_and_body_are_split_with_the_body_line() -> None:
    meta, body, line = split_front_matter("---\ntitle: A\nn: 2\n---\nBody\nmore\n", "x.md")
    assert meta == {"title": "A", "n": 2}
    assert body == "Body\nmore\n"
    assert line == 5


def test_text_without_front_matter_is_all_body() -> None:
    assert split_front_matter("Just text\n---\n", "x.md") == ({}, "Just text\n---\n", 1)


def test_leading_blank_line_means_no_front_matter() -> None:
    assert split_front_matter("\n---\na: 1\n---\n", "x.md")[0] == {}


def test_byte_order_mark_before_the_fence_is_allowed() -> None:
    assert split_front_matter("\ufeff---\na: 1\n---\nx\n", "x.md") == ({"a": 1}, "x\n", 4)


def test_empty_front_matter_is_an_empty_mapping() -> None:
    assert split_front_matter("---\n---\nbody", "x.md") == ({}, "body", 3)


def test_windows_line_endings_are_understood() -> None:
    assert split_front_matter("---\r\na: 1\r\n---\r\nbody\r\n", "x.md") == (
        {"a": 1}, "body\r\n", 4,
    )


def test_dots_also_close_front_matter() -> None:
    assert split_front_matter("---\na: 1\n...\nbody", "x.md") == ({"a": 1}, "body", 4)


def test_dates_stay_dates() -> None:
    meta, _, _ = split_front_matter("---\ndate: 2024-01-02\n---\n", "x.md")
    assert meta == {"date": datetime.date(2024, 1, 2)}


def test_unclosed_front_matter_asks_about_the_closing_fence() -> None:
    d = failure("---\ntitle: x\nbody text\n")
    assert d.message == "front matter is not closed"
    assert (d.path, d.line, d.col) == ("content/people/x.md", 1, 1)
    assert d.hint == "did you forget the closing `---`?"
    assert d.context is not None and "> 1 | ---" in d.context


def test_malformed_yaml_is_reported_at_its_line_in_the_file() -> None:
    d = failure("---\ntitle: ok\nname: a: b\n---\nbody\n")
    assert d.message == "invalid YAML: mapping values are not allowed here"
    assert (d.line, d.col) == (3, 8)
    assert d.context is not None and "> 3 | name: a: b" in d.context and "1 | ---" in d.context


def test_duplicate_key_line_is_absolute() -> None:
    d = failure("---\nname: a\nname: b\n---\n")
    assert d.message == "duplicate key 'name' (first defined on line 2)"
    assert d.line == 3


def test_front_matter_that_is_a_list_is_an_error() -> None:
    d = failure("---\n- a\n- b\n---\nbody")
    assert d.message == "front matter must be a mapping of `key: value` lines, got a list"
    assert d.line == 2


def test_front_matter_that_is_text_is_an_error() -> None:
    d = failure("---\njust words\n---\n")
    assert d.message == (
        "front matter must be a mapping of `key: value` lines, got the text 'just words'"
    )


def test_key_lines_are_absolute() -> None:
    front = parse_front_matter("---\nname: a\naliases:\n  - b\n---\n", "x.md")
    assert front.lines == {"name": 2, "aliases": 3, "aliases[0]": 4}
    assert front.present


def test_stage_labels_diagnostics() -> None:
    with pytest.raises(BuildError) as caught:
        split_front_matter("---\na: [\n---\n", "x.md", stage="ingest")
    assert caught.value.diagnostics[0].stage == "ingest"
