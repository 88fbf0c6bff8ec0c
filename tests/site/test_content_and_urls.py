"""Curated content, wiki-links and base URLs with a sub-path."""

from __future__ import annotations

from pathlib import Path

from support import broken_links, load_api, make_site, run_cli

ARTICLE = (
    "Mayor faces questions over bridge — Daily Example\n\n"
    "Mayor Jane Roe said on Monday that the bridge would reopen.\n\n"
    "“We will rebuild the bridge,” Ms Roe told reporters.\n\n"
    "2024-03-04 10:00:00\n"
)
SECOND = (
    "Bridge reopens — State Radio\n\n"
    "Janie Roe-Smith, known to all as Jane Roe, cut the ribbon. “It is a great day,” Roe-Smith said.\n\n"
    "2024-05-01 09:00:00\n"
)


def test_curated_person_file_sets_name_summary_and_merges(tmp_path: Path) -> None:
    person = (
        "---\nname: Jane Roe\naliases: [Janie Roe-Smith]\nsummary: Mayor of Example City since 2020.\n---\n"
        "Jane Roe chairs the [[Bridge reopens]] committee.\n"
    )
    root = make_site(tmp_path / "site", seeds={"a.txt": ARTICLE, "b.txt": SECOND}, files={"content/people/jane-roe.md": person})
    run = run_cli("build", cwd=root)
    assert run.code == 0, run.err
    people = [p for p in load_api(root / "output", "people") if p["name"] == "Jane Roe"]
    assert len(people) == 1 and sorted(people[0]["articles"]) == ["a", "b"]
    page = (root / "output" / "people" / "jane-roe" / "index.html").read_text(encoding="utf-8")
    assert "Mayor of Example City since 2020." in page
    assert 'href="/articles/b/"' in page


def test_curated_source_is_shown_on_every_article_from_it(tmp_path: Path) -> None:
    source = "---\nname: State Radio\ncountry: Freedonia\nownership: state-affiliated\n---\nA broadcaster owned by the state.\n"
    root = make_site(tmp_path / "site", seeds={"a.txt": ARTICLE, "b.txt": SECOND}, files={"content/sources/state-radio.md": source})
    assert run_cli("build", cwd=root).code == 0
    page = (root / "output" / "articles" / "b" / "index.html").read_text(encoding="utf-8")
    assert "state-affiliated" in page and "Freedonia" in page


def test_links_work_under_a_base_url_with_a_sub_path(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", seeds={"a.txt": ARTICLE, "b.txt": SECOND}, site_yaml="title: T\nbase_url: https://example.org/briefs/\n")
    assert run_cli("build", cwd=root).code == 0
    output = root / "output"
    assert broken_links(output, "https://example.org/briefs/") == []
    home = (output / "index.html").read_text(encoding="utf-8")
    assert 'href="/briefs/people/"' in home
    assert all(a["url"].startswith("https://example.org/briefs/articles/") for a in load_api(output, "articles"))
    assert "<loc>https://example.org/briefs/" in (output / "sitemap.xml").read_text(encoding="utf-8")


def test_base_url_and_output_can_be_set_on_the_command_line(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", seeds={"a.txt": ARTICLE})
    run = run_cli("build", "--base-url", "https://news.example.net/x/", "--output", str(tmp_path / "out"), cwd=root)
    assert run.code == 0, run.err
    assert broken_links(tmp_path / "out", "https://news.example.net/x/") == []
