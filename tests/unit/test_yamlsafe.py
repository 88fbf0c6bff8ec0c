"""Safe YAML loading: data, key lines, and every refusal with its line."""

from __future__ import annotations

import time

import pytest

from generator.errors import BuildError, Diagnostic
from generator.yamlsafe import MAX_BYTES, load_yaml


def refusal(text: str, **kwargs: object) -> Diagnostic:
    with pytest.raises(BuildError) as caught:
        load_yaml(text, "site.yaml", **kwargs)  # type: ignore[arg-type]
    assert len(caught.value.diagnostics) == 1
    return caught.value.diagnostics[0]


def test_plain_yaml_loads_with_the_line_of_every_key_and_item() -> None:
    text = "title: x\npaths:\n  seeds: s\ningest:\n  boilerplate:\n    - a\n    - b\n"
    data, lines = load_yaml(text, "site.yaml")
    assert data == {"title": "x", "paths": {"seeds": "s"}, "ingest": {"boilerplate": ["a", "b"]}}
    assert lines == {
        "title": 1, "paths": 2, "paths.seeds": 3, "ingest": 4, "ingest.boilerplate": 5,
        "ingest.boilerplate[0]": 6, "ingest.boilerplate[1]": 7,
    }


def test_line_offset_shifts_every_line() -> None:
    _, lines = load_yaml("a: 1\nb: 2\n", "x.md", line_offset=1)
    assert lines == {"a": 2, "b": 3}


def test_empty_text_is_none() -> None:
    assert load_yaml("", "site.yaml") == (None, {})


def test_duplicate_key_is_reported_with_both_lines() -> None:
    d = refusal("a: 1\nb: 2\na: 3\n")
    assert d.message == "duplicate key 'a' (first defined on line 1)"
    assert (d.path, d.line, d.col) == ("site.yaml", 3, 1)
    assert d.context is not None and "> 3 | a: 3" in d.context


def test_every_duplicate_key_is_reported_together() -> None:
    with pytest.raises(BuildError) as caught:
        load_yaml("a: 1\na: 2\nb:\n  c: 1\n  c: 2\n", "site.yaml")
    assert [(d.line, d.message) for d in caught.value.diagnostics] == [
        (2, "duplicate key 'a' (first defined on line 1)"),
        (5, "duplicate key 'c' (first defined on line 4)"),
    ]


def test_same_key_in_different_mappings_is_not_a_duplicate() -> None:
    data, _ = load_yaml("a: {x: 1}\nb: {x: 2}\n", "site.yaml")
    assert data == {"a": {"x": 1}, "b": {"x": 2}}


def test_merge_key_may_override_merged_values() -> None:
    data, _ = load_yaml("base: &b {x: 1}\nother:\n  <<: *b\n  x: 2\n", "site.yaml")
    assert data["other"] == {"x": 2}


def test_python_object_tag_is_refused_with_its_line() -> None:
    d = refusal("title: ok\nx: !!python/object/apply:os.system ['echo hacked']\n")
    assert d.message == "explicit YAML tag '!!python/object/apply:os.system' is not allowed"
    assert (d.line, d.col) == (2, 4)
    assert d.hint is not None and "remove the tag" in d.hint


def test_custom_tag_is_refused() -> None:
    assert refusal("x: !secret y\n").message == "explicit YAML tag '!secret' is not allowed"


def test_billion_laughs_is_refused_quickly() -> None:
    levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        name, prev = chr(97 + i), chr(96 + i)
        levels.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    start = time.perf_counter()
    d = refusal("\n".join(levels) + "\n")
    assert time.perf_counter() - start < 1.0
    assert d.message == "aliases expand to more than 10,000 nodes"
    assert d.line == 5


def test_a_few_aliases_are_fine() -> None:
    data, _ = load_yaml("a: &x [1, 2]\nb: *x\nc: *x\n", "site.yaml")
    assert data == {"a": [1, 2], "b": [1, 2], "c": [1, 2]}


def test_recursive_alias_is_refused() -> None:
    d = refusal("a: &a [*a]\n")
    assert d.message == "alias *a refers to the collection that contains it"
    assert d.line == 1


def test_undefined_alias_is_reported() -> None:
    d = refusal("a: *nowhere\n")
    assert d.message == "invalid YAML: found undefined alias 'nowhere'"
    assert (d.line, d.col) == (1, 4)


def test_text_over_the_size_limit_is_refused() -> None:
    d = refusal("a: " + "x" * MAX_BYTES + "\n")
    assert d.message.startswith("YAML is 1,000,004 bytes; the limit is 1,000,000")


def test_syntax_error_names_line_column_and_hint() -> None:
    d = refusal("title: ok\na: b: c\n")
    assert d.message == "invalid YAML: mapping values are not allowed here"
    assert (d.line, d.col) == (2, 5)
    assert d.hint == "a value containing ': ' must be quoted"
    assert d.format().startswith("site.yaml:2:5: error: invalid YAML")


def test_tab_indentation_gets_a_hint() -> None:
    d = refusal("a:\n\tb: 1\n")
    assert d.line == 2 and d.hint == "indent YAML with spaces, not tabs"


def test_second_document_is_refused() -> None:
    d = refusal("a: 1\n---\nb: 2\n")
    assert d.message == (
        "invalid YAML: expected a single document in the stream, but found another document"
    )
    assert d.line == 2


def test_impossible_date_is_reported_at_its_line() -> None:
    d = refusal("a: 1\nd: 2024-02-30\n")
    assert d.message == "invalid YAML: invalid date '2024-02-30': day is out of range for month"
    assert (d.line, d.col) == (2, 4)


def test_control_character_is_reported_at_its_position() -> None:
    d = refusal("a: 1\nb: x\x07\n")
    assert d.message == "invalid YAML: unprintable character U+0007"
    assert (d.line, d.col) == (2, 5)


def test_deep_nesting_fails_cleanly() -> None:
    assert refusal("[" * 5000).message == "invalid YAML: nested too deeply"


def test_source_gives_context_from_the_whole_file() -> None:
    text = "---\na: b: c\n---\nbody\n"
    d = refusal("a: b: c\n", line_offset=1, source=text)
    assert d.line == 2
    assert d.context is not None and "1 | ---" in d.context and "> 2 | a: b: c" in d.context
