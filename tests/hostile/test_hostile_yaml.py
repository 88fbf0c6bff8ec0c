"""A hostile site.yaml: every problem is one error naming site.yaml and its line, nothing
in it is executed or expanded, and the previous output stays exactly as it was."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hostile_corpus import article
from support import make_site, read_tree

from generator.build import build

GOOD = "title: Test briefing\nbase_url: https://example.org/\n"
LAUGHS = "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_site(tmp_path_factory.mktemp("yaml") / "site", seeds={"a.txt": article("Budget passes", "Jane Roe", "Done.")})
    assert build(root, use_cache=False).ok
    return root


def _pwned(site: Path) -> Path:
    return site.parent / "pwned"


CASES = {
    "malformed": ("title: [unclosed\nbase_url: https://example.org/\n", 2, "invalid YAML"),
    "tab-indented": ("extra:\n\tnote: x\n", 2, "invalid YAML"),
    "wrong-type": ("title: [1, 2]\n", 1, "key 'title'"),
    "unknown-key": ("titel: Oops\n", 1, "key 'titel': unknown key"),
    "duplicate-key": ("title: A\ntitle: B\n", 2, "duplicate key 'title'"),
    "python-object": ("title: !!python/object/apply:os.system ['touch {pwned}']\n", 1, "explicit YAML tag"),
    "python-name": ("title: !!python/name:os.system\n", 1, "explicit YAML tag"),
    "custom-tag": ("title: !secret x\n", 1, "explicit YAML tag"),
    "alias-bomb": ("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + LAUGHS, None, "aliases expand"),
    "recursive-alias": ("extra: &a {self: *a}\n", 1, "refers to the collection that contains it"),
    "deep-nesting": ("extra: " + "[" * 5000 + "]" * 5000 + "\n", None, "nested too deeply"),
    "two-documents": ("title: A\n---\ntitle: B\n", 2, "single document"),
    "not-a-mapping": ("- a\n- b\n", 1, "must be a mapping"),
    "too-big": ("title: A\nextra:\n  big: '" + "x" * 1_100_000 + "'\n", 1, "the limit is 1,000,000"),
    "control-character": ("title: A\x07\n", 1, "unprintable character"),
    "output-outside": ("paths:\n  output: ../elsewhere\n", 2, "outside the site folder"),
    "output-is-the-site": ("paths:\n  output: .\n", 2, "must not be or contain the site folder"),
    "output-holds-the-seeds": ("paths:\n  output: seeds\n", 2, "must not be or contain"),
    "absolute-seeds": ("paths:\n  seeds: /etc\n", 2, "absolute path"),
    "javascript-base-url": ("base_url: javascript:alert(1)\n", 1, "key 'base_url'"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_hostile_site_yaml_is_one_error_at_its_line_and_the_output_stays(site: Path, case: str) -> None:
    text, line, message = CASES[case]
    before = read_tree(site / "output")
    (site / "site.yaml").write_text(text.replace("{pwned}", str(_pwned(site))), encoding="utf-8")
    try:
        started = time.monotonic()
        result = build(site, use_cache=False)
        took = time.monotonic() - started
    finally:
        (site / "site.yaml").write_text(GOOD, encoding="utf-8")
    problems = result.report.sorted()
    # One line, or (for an output folder that holds every other folder) one per folder.
    assert len(problems) == (4 if case == "output-is-the-site" else 1), [d.headline() for d in problems]
    assert {(d.path, d.severity, d.line) for d in problems} == {("site.yaml", "error", line or problems[0].line)}
    assert any(message in d.message for d in problems), problems[0].headline()
    assert took < 5
    assert read_tree(site / "output") == before
    assert not _pwned(site).exists()
    assert sorted(p.name for p in site.parent.iterdir()) == ["site"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"title: Caf\xe9\n", "not UTF-8"),
        ("title: UTF-16\n".encode("utf-16"), "not UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not UTF-8"),
    ],
    ids=["latin-1", "utf-16", "binary"],
)
def test_a_site_yaml_that_is_not_utf8_is_one_error(site: Path, data: bytes, message: str) -> None:
    before = read_tree(site / "output")
    (site / "site.yaml").write_bytes(data)
    try:
        result = build(site, use_cache=False)
    finally:
        (site / "site.yaml").write_text(GOOD, encoding="utf-8")
    assert [(d.path, d.severity) for d in result.report.sorted()] == [("site.yaml", "error")]
    assert message in result.report.sorted()[0].message
    assert read_tree(site / "output") == before


def test_an_empty_site_yaml_means_every_default(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", seeds={"a.txt": article("Budget passes", "Jane Roe", "Done.")}, site_yaml="\n")
    assert build(root, use_cache=False).ok


def test_an_output_folder_linked_outside_the_site_is_refused_and_left_alone(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", seeds={"a.txt": article("Budget passes", "Jane Roe", "Done.")})
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("keep", encoding="utf-8")
    (root / "output").symlink_to(elsewhere)
    result = build(root, use_cache=False)
    assert [d.path for d in result.report.errors] == ["site.yaml"]
    assert "through a symbolic link" in result.report.errors[0].message
    assert read_tree(elsewhere) == {"keep.txt": b"keep"}
