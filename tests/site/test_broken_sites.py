"""Broken inputs: the rest still builds, the problem is named with file and line."""

from __future__ import annotations

from pathlib import Path

from support import load_api, make_site, read_tree, run_cli

GOOD = "A good headline — Example News\n\nJane Roe, the mayor, said: “We will rebuild the bridge.”\n"


def test_one_broken_article_does_not_stop_the_others(tmp_path: Path) -> None:
    root = make_site(
        tmp_path / "site",
        seeds={"good.txt": GOOD, "broken.md": "---\ntitle: [unclosed\ndate: 2024-01-01\n---\nBody text.\n"},
    )
    run = run_cli("build", cwd=root)
    assert run.code == 1
    assert "seeds/broken.md:3:5: error: invalid YAML" in run.err and "at line 2" in run.err
    titles = [a["title"] for a in load_api(root / "output", "articles")]
    assert titles == ["A good headline"]


def test_binary_file_in_seeds_is_reported_once_and_skipped(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", seeds={"good.txt": GOOD, "photo.txt": b"\x89PNG\r\n\x1a\n\x00\x00binary"})
    run = run_cli("build", cwd=root)
    assert run.code == 1
    assert run.err.count("seeds/photo.txt") == 1
    assert len(load_api(root / "output", "articles")) == 1


def test_bad_site_yaml_names_the_key_and_line(tmp_path: Path) -> None:
    root = make_site(
        tmp_path / "site",
        seeds={"good.txt": GOOD},
        site_yaml="title: Test\nbase_url: https://example.org/\nfeed:\n  limitt: 5\n",
    )
    run = run_cli("build", cwd=root)
    assert run.code == 1
    assert "site.yaml:4" in run.err and "feed.limitt" in run.err
    assert not (root / "output").exists()


def test_failed_build_leaves_the_previous_output_whole(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", seeds={"good.txt": GOOD})
    assert run_cli("build", cwd=root).code == 0
    before = read_tree(root / "output")
    (root / "templates" / "person.html").write_text("{% extends 'base.html' %}{% block content %}{{ person.nonexistent_field }}{% endblock %}", encoding="utf-8")
    (root / "seeds" / "second.txt").write_text(GOOD.replace("Jane Roe", "John Doe"), encoding="utf-8")
    run = run_cli("build", cwd=root)
    assert run.code == 1
    assert "templates/person.html" in run.err
    assert read_tree(root / "output") == before
    assert [p.name for p in root.iterdir() if p.name.startswith(".output")] == []


def test_template_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", seeds={"good.txt": GOOD})
    (root / "templates" / "event.html").write_text("line one\n{% if %}\n", encoding="utf-8")
    run = run_cli("check", cwd=root)
    assert run.code == 1
    assert "templates/event.html:2" in run.err


def test_strict_turns_warnings_into_failure(tmp_path: Path) -> None:
    root = make_site(
        tmp_path / "site",
        seeds={"good.txt": GOOD},
        files={"content/pages/about.md": "---\ntitle: About\n---\nSee [[Nobody Known]].\n"},
    )
    assert run_cli("build", cwd=root).code == 0
    run = run_cli("build", "--strict", cwd=root)
    assert run.code == 1
    assert "content/pages/about.md:4" in run.err


def test_bad_usage_exits_two_and_help_exits_zero(tmp_path: Path) -> None:
    assert run_cli("build", "--no-such-flag", cwd=tmp_path).code == 2
    assert run_cli("frobnicate", cwd=tmp_path).code == 2
    for verb in ["build", "check", "serve", "eval"]:
        run = run_cli(verb, "--help", cwd=tmp_path)
        assert run.code == 0 and "usage: briefing" in run.out
