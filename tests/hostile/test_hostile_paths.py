"""Hostile names and slugs: every one becomes a safe, unique, stable slug inside the site;
collisions are reported once with the file that lost, never resolved by overwriting."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hostile_corpus import article
from support import load_api, make_site, read_tree

from generator.build import build
from generator.content import load_page
from generator.ingest import article_id

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@pytest.mark.parametrize(
    ("slug", "expected"),
    [
        ("../../../etc/passwd", "etc-passwd"),
        ("/etc/shadow", "etc-shadow"),
        ("C:\\Windows\\System32", "c-windows-system32"),
        ("CON", "con-page"),
        ("nul", "nul-page"),
        ("..", None),
        ("", None),
        ("%2e%2e%2f", "2e-2e-2f"),
        ("Ünïcödé Straße", "unicode-strasse"),
        ("x" * 500, None),
        ("<script>alert(1)</script>", "script-alert-1-script"),
    ],
)
def test_a_front_matter_slug_becomes_a_safe_folder_name(tmp_path: Path, slug: str, expected: str | None) -> None:
    file = tmp_path / "content" / "pages" / "p.md"
    file.parent.mkdir(parents=True)
    file.write_text(f"---\ntitle: T\nslug: {slug!r}\n---\nText.\n".replace("'", '"').replace("\\", "\\\\"), encoding="utf-8")
    page, problems = load_page(file, "pages", "content/pages/p.md")
    assert problems == [] and page is not None
    assert SLUG.fullmatch(page.slug) and len(page.slug) <= 80
    if expected is not None:
        assert page.slug == expected
    again, _ = load_page(file, "pages", "content/pages/p.md")
    assert again is not None and again.slug == page.slug


@pytest.mark.parametrize(
    "name",
    ["../../etc/passwd.txt", "/abs/olute.txt", "CON.txt", "a" * 240 + ".txt", "Ωμέγα/Ünïcödé.md", "<b>.txt", " .txt", "-.txt"],
)
def test_an_article_id_is_a_safe_slug_whatever_the_file_name(name: str) -> None:
    made = article_id(name)
    assert SLUG.fullmatch(made) and len(made) <= 80
    assert made == article_id(name)


def test_names_that_differ_only_in_case_or_normalisation_get_one_page_and_one_error(tmp_path: Path) -> None:
    nfc, nfd = unicodedata.normalize("NFC", "Zoë.txt"), unicodedata.normalize("NFD", "Zoë.txt")
    root = make_site(tmp_path / "site", seeds={
        "Report.txt": article("Upper case report", "Ann Lee", "One."),
        "report.txt": article("Lower case report", "Bo Chan", "Two."),
        nfc: article("Composed name", "Cy Dee", "Three."),
        nfd: article("Decomposed name", "Di Eno", "Four."),
    }, files={
        "content/pages/About.md": "---\ntitle: About upper\n---\nA.\n",
        "content/pages/about.md": "---\ntitle: About lower\n---\nB.\n",
    })
    result = build(root, use_cache=False)
    lines = [d.headline() for d in result.report.sorted()]
    assert len(lines) == 3, lines
    assert sum("already used by" in line for line in lines) == 3
    ids = sorted(a["id"] for a in load_api(root / "output", "articles"))
    assert ids == ["report", "zoe"]
    first = read_tree(root / "output")
    assert build(root, use_cache=False).report.sorted() == result.report.sorted()
    assert read_tree(root / "output") == first


@pytest.mark.parametrize("slug", ["articles", "people", "quotes", "events", "sources", "api", "static"])
def test_a_content_page_cannot_take_the_place_of_a_page_of_the_site(tmp_path: Path, slug: str) -> None:
    root = make_site(tmp_path / "site", seeds={"a.txt": article("Budget passes", "Jane Roe", "Done.")}, files={
        f"content/pages/{slug}-clash.md": f"---\ntitle: Clash\nslug: {slug}\n---\nOwned page.\n",
    })
    result = build(root, use_cache=False)
    assert [d.path for d in result.report.errors] == [f"content/pages/{slug}-clash.md"]
    for path in (root / "output").rglob("*.html"):
        assert "Owned page." not in path.read_text(encoding="utf-8"), path
