"""The hostile site builds: good articles all present, each bad input reported once,
nothing written outside output/, nothing active in a page that the templates did not put
there, nothing from outside the site or from a hidden file published."""

from __future__ import annotations

import hashlib
import os
import re
import stat
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hostile_corpus import EVALUATED, HIDDEN, SECRET, HostileSite, article, write_hostile_site
from page_safety import Allowed, learn, unexpected, unexpected_in_site
from support import Run, load_api, make_site, run_cli

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Every part of every output path: lowercase slugs, file names with a dot and suffix.
OUTPUT_PART = re.compile(r"[a-z0-9]+(?:[-._][a-z0-9]+)*")
KINDS = ("articles", "people", "quotes", "events")


def snapshot(base: Path, skip: set[Path]) -> dict[str, tuple[str, str]]:
    """Every entry below ``base`` (links not followed, pipes not opened) → kind and digest."""
    found: dict[str, tuple[str, str]] = {}
    for folder, dirs, files in os.walk(base):
        dirs[:] = [d for d in dirs if Path(folder, d) not in skip]
        for name in dirs + files:
            path = Path(folder, name)
            info = path.lstat()
            key = path.relative_to(base).as_posix()
            if stat.S_ISLNK(info.st_mode):
                found[key] = ("link", os.readlink(path))
            elif stat.S_ISREG(info.st_mode):
                found[key] = ("file", hashlib.sha256(path.read_bytes()).hexdigest())
            else:
                found[key] = (stat.filemode(info.st_mode)[0], "")
    return found


@dataclass
class Built:
    site: HostileSite
    run: Run
    before: dict[str, tuple[str, str]]
    after: dict[str, tuple[str, str]]
    allowed: Allowed

    @property
    def output(self) -> Path:
        return self.site.root / "output"

    def lines(self) -> list[str]:
        return [line for line in self.run.err.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    base = tmp_path_factory.mktemp("hostile")
    site = write_hostile_site(base)
    written = {site.root / "output", site.root / ".briefing-cache"}
    before = snapshot(base, written)
    run = run_cli("build", cwd=site.root)
    after = snapshot(base, written)
    # What the templates themselves put in pages: learned from a benign site.
    reference = make_site(
        tmp_path_factory.mktemp("benign") / "site",
        copy_seeds=True,
        files={
            "content/people/jane.md": "---\nname: Jane Roe\n---\nThe mayor.\n",
            "content/pages/about.md": "---\ntitle: About\nnav: true\n---\nAbout [[Jane Roe]].\n",
        },
        seeds={"plain.txt": article("Bridge reopens after repairs", "Jane Roe", "We kept our promise.")},
    )
    assert run_cli("build", cwd=reference).code == 0
    allowed = learn(sorted((reference / "output").rglob("*.html")))
    return Built(site, run, before, after, allowed)


def test_the_build_finishes_and_says_there_were_errors(built: Built) -> None:
    assert built.run.code == 1, built.run.err
    assert "Traceback" not in built.run.err
    assert built.output.is_dir()


def test_every_good_article_is_built_with_its_title(built: Built) -> None:
    articles = {a["file"]: a for a in load_api(built.output, "articles")}
    assert sorted(articles) == sorted(built.site.good)
    for file, title in built.site.good.items():
        assert title in articles[file]["title"], file
        page = built.output / urlsplit(articles[file]["url"]).path.strip("/") / "index.html"
        assert page.is_file(), file


def test_each_bad_input_is_reported_on_its_own_lines_with_path_and_message(built: Built) -> None:
    lines = built.lines()
    for path, expected in built.site.reported.items():
        mine = [line for line in lines if line.startswith(path + ":")]
        assert len(mine) == len(expected), (path, mine)
        for line, (severity, message) in zip(mine, expected):
            assert f": {severity}: " in line and message in line, (path, line)


def test_nothing_else_is_reported(built: Built) -> None:
    known = tuple(path + ":" for path in built.site.reported)
    assert [line for line in built.lines() if not line.startswith(known)] == []


def test_nothing_outside_the_output_folder_is_created_changed_or_removed(built: Built) -> None:
    assert built.after == built.before
    assert not (built.site.outside / "pwned").exists()
    assert sorted(p.name for p in built.site.root.iterdir() if p.name.startswith(".output")) == []


def test_every_output_path_is_made_of_safe_slugs(built: Built) -> None:
    root = built.output.resolve()
    for path in built.output.rglob("*"):
        relative = path.relative_to(built.output)
        assert all(OUTPUT_PART.fullmatch(part) for part in relative.parts), relative
        assert not path.is_symlink() and path.resolve().is_relative_to(root), relative
        assert len(relative.as_posix()) < 200, relative


def test_every_id_in_the_api_is_a_short_safe_slug(built: Built) -> None:
    for kind in KINDS:
        ids = [item["id"] for item in load_api(built.output, kind)]
        assert len(ids) == len(set(ids)), kind
        assert all(SLUG.fullmatch(i) and len(i) <= 80 for i in ids), (kind, ids)


def test_no_page_holds_a_script_or_handler_the_templates_did_not_put_there(built: Built) -> None:
    assert unexpected_in_site(built.output, built.allowed) == {}


def test_the_feed_carries_no_markup_that_a_reader_would_run(built: Built) -> None:
    tree = ET.parse(built.output / "feed.xml")
    for element in tree.iter():
        for name, value in element.attrib.items():
            assert not value.strip().lower().startswith(("javascript:", "vbscript:", "data:")), (name, value)
        if element.get("type") in ("html", "xhtml"):
            assert unexpected(element.text or "", Allowed()) == []


def test_template_syntax_in_the_input_is_shown_never_evaluated(built: Built) -> None:
    for path in built.output.rglob("*"):
        if path.is_file():
            assert EVALUATED.encode() not in path.read_bytes(), path
    page = (built.output / "articles" / "injection" / "index.html").read_text(encoding="utf-8")
    assert "{{" in page and "{%" in page


def test_nothing_from_outside_the_site_or_from_hidden_files_is_published(built: Built) -> None:
    for path in built.output.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert SECRET.encode() not in data and HIDDEN.encode() not in data, path
            assert b"root:x:0:0" not in data, path


def test_warnings_alone_pass_and_fail_only_under_strict(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(article("Outside", "Eve Spy", SECRET), encoding="utf-8")
    root = make_site(
        tmp_path / "site",
        seeds={
            "good.txt": article("Good article", "Jane Roe", "Fine."),
            "legacy.txt": article("Legacy article", "Ann Lee", "Old.").encode("utf-8").replace("—".encode(), b"\x97"),
            "photo.png": b"\x89PNG\r\n\x1a\n",
        },
    )
    (root / "seeds" / "link.txt").symlink_to(outside)
    relaxed = run_cli("build", cwd=root)
    assert relaxed.code == 0, relaxed.err
    assert sorted(line.split(":")[0] for line in relaxed.err.splitlines()) == [
        "seeds/legacy.txt", "seeds/link.txt", "seeds/photo.png",
    ]
    strict = run_cli("build", "--strict", cwd=root)
    assert strict.code == 1
    assert strict.err == relaxed.err
    assert len(load_api(root / "output", "articles")) == 2


def test_raw_html_in_content_passes_only_when_the_site_enables_it(tmp_path: Path) -> None:
    page = "---\ntitle: Note\n---\n<aside class=\"raw-note\">Raw</aside>\n\n<script>alert(1)</script>\n"
    for enabled in (False, True):
        yaml = "title: T\nbase_url: https://example.org/\n" + ("markdown:\n  unsafe_html: true\n" if enabled else "")
        root = make_site(tmp_path / str(enabled), seeds={"a.txt": article("Budget passes", "Jane Roe", "Done.")}, files={"content/pages/note.md": page}, site_yaml=yaml)
        assert run_cli("build", cwd=root).code == 0
        html = (root / "output" / "note" / "index.html").read_text(encoding="utf-8")
        assert ('<aside class="raw-note">' in html) is enabled
        assert ("&lt;script&gt;alert(1)&lt;/script&gt;" in html) is not enabled
