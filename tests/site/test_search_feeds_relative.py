"""Search index stage, per-person feeds and --relative-urls, on whole built sites."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from support import make_site, read_tree, run_cli

from generator.build import build
from generator.search import find_pagefind

ATOM = "{http://www.w3.org/2005/Atom}"
OLD = "---\ntitle: Mayor opens library\nsource: Example Gazette\ndate: 2024-01-02\n---\n\nMayor Jane Roe said: “Reading matters.”\n"
NEW = "---\ntitle: Budget passes\nsource: Northern Herald\ndate: 2024-03-05\n---\n\nMayor Jane Roe said: “The budget is balanced.”\n"
OTHER = "---\ntitle: Smith objects\nsource: Daily Planet\ndate: 2024-02-01\n---\n\nJohn Smith said: “No way.”\n"
SEEDS = {"old.md": OLD, "new.md": NEW, "other.md": OTHER}
needs_pagefind = pytest.mark.skipif(find_pagefind() is None, reason="the Pagefind binary is not installed")


@needs_pagefind
def test_search_is_its_own_stage_and_indexes_only_entity_pages(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", seeds=SEEDS)
    result = build(root)
    assert result.ok and "search" in result.timings
    output = root / "output"
    assert (output / "pagefind" / "pagefind.js").is_file()
    assert "data-pagefind-body" in (output / "people" / "jane-roe" / "index.html").read_text(encoding="utf-8")
    for unindexed in ("index.html", "people/index.html", "timeline/index.html", "search/index.html"):
        assert "data-pagefind-body" not in (output / unindexed).read_text(encoding="utf-8")


@needs_pagefind
def test_an_unchanged_rebuild_keeps_the_search_bundle_byte_for_byte(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", seeds=SEEDS)
    assert build(root).ok
    before = read_tree(root / "output", search=True)
    second = build(root)
    assert second.written is not None and second.written.changed == 0
    assert read_tree(root / "output", search=True) == before


def test_no_search_skips_the_stage(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", seeds=SEEDS)
    run = run_cli("build", "--no-search", "-v", cwd=root)
    assert run.code == 0, run.err
    assert not (root / "output" / "pagefind").exists()
    assert " search " not in run.err


def test_a_missing_pagefind_binary_is_a_warning_not_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "no-such-pagefind"))
    root = make_site(tmp_path / "site", seeds=SEEDS)
    result = build(root)
    assert result.ok and (root / "output" / "people" / "jane-roe" / "index.html").is_file()
    assert [d.message for d in result.report.warnings] == ["search index not built: the Pagefind binary was not found"]


def test_each_person_has_an_atom_feed_of_their_articles_newest_first(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", seeds=SEEDS)
    assert build(root, search=False).ok
    feed_file = root / "output" / "people" / "jane-roe" / "feed.xml"
    feed = ET.parse(feed_file).getroot()
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == ["Budget passes", "Mayor opens library"]
    assert feed.find(f"{ATOM}updated").text == "2024-03-05T00:00:00Z"
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == "https://example.org/people/jane-roe/feed.xml"
    page = (root / "output" / "people" / "jane-roe" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="alternate" type="application/atom+xml" title="Jane Roe (Atom feed)" href="/people/jane-roe/feed.xml">' in page
    first = feed_file.read_bytes()
    assert build(root, search=False).ok and feed_file.read_bytes() == first


def test_a_sub_path_base_url_prefixes_links_assets_feeds_and_search(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", seeds=SEEDS, site_yaml="title: T\nbase_url: https://example.org/briefs/\n")
    assert build(root, search=False).ok
    page = (root / "output" / "people" / "jane-roe" / "index.html").read_text(encoding="utf-8")
    hrefs = re.findall(r'(?:href|src|action)="(/[^"]*)"', page)
    assert hrefs and all(h.startswith("/briefs/") for h in hrefs), [h for h in hrefs if not h.startswith("/briefs/")]
    assert 'action="/briefs/search/"' in page and "/briefs/people/jane-roe/feed.xml" in page


LINK = re.compile(r'(?:href|src|action)="([^"]*)"')


def test_relative_urls_make_every_local_link_resolve_as_a_file(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", seeds=SEEDS, site_yaml="title: T\nbase_url: https://example.org/briefs/\n")
    run = run_cli("build", "--relative-urls", "--no-search", cwd=root)
    assert run.code == 0, run.err
    output = root / "output"
    checked = 0
    for page in output.rglob("*.html"):
        if page.name == "404.html":
            continue  # served at any depth by hosts; relative links cannot hold there
        for link in LINK.findall(page.read_text(encoding="utf-8")):
            assert not link.startswith("/"), f"{page}: {link}"
            if link.startswith(("http:", "https:", "#", "mailto:")):
                continue
            target = (page.parent / link.split("#")[0].split("?")[0]).resolve()
            assert target.is_file(), f"{page.relative_to(output)}: {link}"
            checked += 1
    assert checked > 100
    person = (output / "people" / "jane-roe" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../articles/new/index.html"' in person
    assert 'href="feed.xml"' in person
