"""The schema checker: dataclasses checked with every problem named by key and line."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

import pytest

from generator.schema import (
    INTERNAL,
    Invalid,
    Located,
    check_positive,
    check_url,
    checked,
    describe,
    parsed,
    validate,
)


def _upper(value: Any) -> str:
    if not isinstance(value, str):
        raise Invalid(f"expected text, got {describe(value)}", "write a word")
    return value.upper()


@dataclass(frozen=True)
class Inner:
    """A nested section."""

    count: int = field(default=1, metadata=checked(check_positive))
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Thing:
    """A small schema using each kind of field."""

    name: str
    when: datetime.date | None = None
    code: str = field(default="", metadata=parsed(_upper))
    url: str | None = field(default=None, metadata=checked(check_url))
    inner: Inner = Inner()
    flags: dict[str, bool] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    origin: str = field(default="", metadata=INTERNAL)


WHERE = Located("thing.yaml", "name: x\n", {"name": 1}, stage="test")


def messages(data: Any, where: Located = WHERE) -> list[str]:
    value, problems = validate(Thing, data, where)
    assert value is None
    return [d.headline() for d in problems]


def test_valid_data_becomes_the_dataclass_with_fixed_internal_fields() -> None:
    value, problems = validate(Thing, {
        "name": "x", "when": "2024-02-29", "code": "ab", "url": "https://a.example",
        "inner": {"count": 3, "tags": ["p", "q"]}, "flags": {"on": True},
        "extra": {"free": [1, {"x": None}]},
    }, WHERE, origin="loader")
    assert problems == []
    assert value == Thing("x", datetime.date(2024, 2, 29), "AB", "https://a.example/",
                          Inner(3, ("p", "q")), {"on": True}, {"free": [1, {"x": None}]},
                          "loader")


def test_empty_section_means_its_defaults() -> None:
    value, problems = validate(Thing, {"name": "x", "inner": None}, WHERE)
    assert problems == [] and value is not None and value.inner == Inner()


def test_internal_fields_cannot_be_set_from_data() -> None:
    assert messages({"name": "x", "origin": "yaml"}) == [
        "thing.yaml: error: key 'origin': unknown key"
    ]


def test_every_problem_is_reported_with_its_key_and_nearest_line() -> None:
    text = "nmae: x\ninner:\n  count: 0\n  tags: p\nflags: {a: 1}\n"
    where = Located("thing.yaml", text, {"nmae": 1, "inner": 2, "inner.count": 3})
    found = messages({"nmae": "x", "inner": {"count": 0, "tags": "p"}, "flags": {"a": 1}},
                     where)
    assert found == [
        "thing.yaml:1: error: key 'nmae': unknown key (did you mean 'name'?)",
        "thing.yaml: error: key 'name': required key is missing",
        "thing.yaml:3: error: key 'inner.count': expected a whole number of at least 1, got 0",
        "thing.yaml:2: error: key 'inner.tags': expected a list, got 'p'",
        "thing.yaml: error: key 'flags.a': expected true or false, got 1",
    ]


def test_unknown_key_without_a_close_match_lists_the_known_keys() -> None:
    _, (problem,) = validate(Thing, {"name": "x", "zzz": 1}, WHERE)
    assert problem.message == "key 'zzz': unknown key"
    assert problem.hint is not None and problem.hint.startswith("known keys: code, extra")
    assert problem.hint.endswith("; put your own settings under 'extra'")


def test_parser_and_check_failures_carry_their_hint() -> None:
    _, (problem,) = validate(Thing, {"name": "x", "code": 5}, WHERE)
    assert (problem.message, problem.hint) == ("key 'code': expected text, got 5", "write a word")


def test_number_where_text_is_expected_suggests_quotes() -> None:
    _, (problem,) = validate(Thing, {"name": 1.5}, WHERE)
    assert problem.headline() == "thing.yaml:1: error: key 'name': expected a string, got 1.5"
    assert problem.hint == 'put it in quotes: "1.5"'
    assert problem.context


def test_bad_date_names_the_format() -> None:
    assert messages({"name": "x", "when": "2024-02-30"}) == [
        "thing.yaml: error: key 'when': expected a date (YYYY-MM-DD), got '2024-02-30'"
    ]


def test_default_line_places_problems_without_a_line_of_their_own() -> None:
    where = Located("page.md", lines={}, default_line=1)
    assert messages({"name": "x", "bad": 1}, where)[0].startswith("page.md:1: error:")


def test_overridden_keys_point_at_the_command_line() -> None:
    where = Located("thing.yaml", overridden=frozenset({"url"}))
    assert messages({"name": "x", "url": "ftp://a"}, where) == [
        ("command line: error: key 'url': expected an absolute http(s) URL such as "
         "'https://example.org/', got 'ftp://a'")
    ]


@pytest.mark.parametrize(("value", "shown"), [
    (None, "nothing (an empty value)"), (True, "true"), ("x" * 70, "'" + "x" * 57 + "...'"),
    (3, "3"), (datetime.date(2024, 1, 2), "the date 2024-01-02"), ([], "a list"),
    ({}, "a mapping"), (object(), "object"),
])
def test_describe_shows_values_as_written(value: Any, shown: str) -> None:
    assert describe(value) == shown
