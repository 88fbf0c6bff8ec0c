"""Incremental rebuilds: only what a change touches is redone, and the result equals a clean build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support import make_site, read_tree

from generator.build import Builder, build

BUDGET = (
    "Council votes on budget — Example Gazette\n\n"
    "Mayor Jane Roe said on Monday: “The budget is balanced.”\n\n"
    "Councillor Tom Blake disagreed. “It is not,” Mr Blake said.\n\n"
    "2024-03-04 10:00:00\n"
)
BRIDGE = (
    "Bridge to reopen — Daily Example\n\n"
    "Engineer Ana Costa said the bridge would reopen in May. “We are on schedule,” Ms Costa told reporters.\n\n"
    "2024-03-05 09:00:00\n"
)
PARK = (
    "New park opens — Example Gazette\n\n"
    "Park director Lee Wong cut the ribbon. “Everyone is welcome,” Mr Wong said.\n\n"
    "2024-03-06 09:00:00\n"
)


def _clean_build_of(root: Path, tmp_path: Path) -> dict[str, bytes]:
    """The output of a clean build of a copy of ``root`` (no cache, nothing kept)."""
    copy = tmp_path / "clean"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("output", ".briefing-cache", ".output*"))
    result = build(copy, use_cache=False)
    assert result.ok, result.report.sorted()
    return read_tree(copy / "output")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return make_site(tmp_path / "site", seeds={"budget.txt": BUDGET, "bridge.txt": BRIDGE})


def test_editing_one_article_re_renders_only_the_pages_that_show_it(site: Path) -> None:
    builder = Builder(site)
    first = builder.build()
    assert first.ok
    (site / "seeds" / "bridge.txt").write_text(BRIDGE.replace("in May", "in June"), encoding="utf-8")
    second = builder.build({"seeds/bridge.txt"})
    assert second.ok
    changed = {name for name in second.written.changed_paths if name.endswith(".html")}
    # The bridge article's page changed; the budget article and its people did not.
    assert "articles/bridge/index.html" in changed
    assert not any("budget" in name or "jane-roe" in name or "tom-blake" in name for name in changed)
    entity_pages = first.counts["pages"] - (first.counts["rendered"] - second.counts["rendered"])
    assert second.counts["rendered"] < first.counts["rendered"]
    assert entity_pages > 0


def test_a_warm_build_with_no_change_renders_no_entity_page(site: Path) -> None:
    first = build(site)
    second = build(site)
    assert second.counts["cached"] == 2
    site_pages = second.counts["rendered"]
    assert site_pages < first.counts["rendered"]
    assert second.written is not None and second.written.changed == 0


def test_incremental_output_equals_a_clean_build_after_a_sequence_of_edits(site: Path, tmp_path: Path) -> None:
    builder = Builder(site)
    assert builder.build().ok
    seeds = site / "seeds"
    template = site / "templates" / "article.html"

    def curate() -> None:
        (site / "content" / "people").mkdir(parents=True)
        (site / "content" / "people" / "jane-roe.md").write_text("---\nname: Jane Roe\nsummary: Mayor.\n---\nBody.\n", encoding="utf-8")

    edits = [
        ("add an article", {"seeds/park.txt"}, lambda: (seeds / "park.txt").write_text(PARK, encoding="utf-8")),
        ("rename a person", {"seeds/budget.txt"}, lambda: (seeds / "budget.txt").write_text(BUDGET.replace("Tom Blake", "Tom Blakely").replace("Mr Blake", "Mr Blakely"), encoding="utf-8")),
        ("delete an article", {"seeds/bridge.txt"}, lambda: (seeds / "bridge.txt").unlink()),
        ("rename a file", {"seeds/park.txt", "seeds/garden.txt"}, lambda: (seeds / "park.txt").rename(seeds / "garden.txt")),
        ("edit a template", {"templates/article.html"}, lambda: template.write_text(template.read_text(encoding="utf-8").replace("</article>", "<!-- edited --></article>", 1), encoding="utf-8")),
        ("curate a person", {"content/people/jane-roe.md"}, curate),
    ]
    for what, changed, edit in edits:
        edit()
        result = builder.build(changed)
        assert result.ok, (what, result.report.sorted())
        assert read_tree(site / "output") == _clean_build_of(site, tmp_path), what


def test_a_deleted_articles_people_and_quotes_disappear(site: Path) -> None:
    builder = Builder(site)
    builder.build()
    assert (site / "output" / "people" / "ana-costa" / "index.html").is_file()
    (site / "seeds" / "bridge.txt").unlink()
    result = builder.build({"seeds/bridge.txt"})
    assert result.ok
    assert not (site / "output" / "people" / "ana-costa").exists()
    assert not (site / "output" / "articles" / "bridge").exists()
    assert "articles/bridge/index.html" in result.written.removed_paths
