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


def test_markdown_seed_front_matter_wins_over_the_text(tmp_path: Path) -> None:
    seed = (
        "---\ntitle: Council backs the budget\ndate: 2024-04-02\nsource: Example Wire\n"
        "url: https://news.example.com/budget\nauthor: Sam Writer\n---\n"
        "# A different headline in the text\n\nMayor Jane Roe said: “The budget is balanced.”\n"
    )
    root = make_site(tmp_path / "site", seeds={"budget.md": seed})
    assert run_cli("build", cwd=root).code == 0
    [article] = load_api(root / "output", "articles")
    assert (article["title"], article["date"], article["source"]) == ("Council backs the budget", "2024-04-02", "Example Wire")
    page = (root / "output" / "articles" / "budget" / "index.html").read_text(encoding="utf-8")
    assert "https://news.example.com/budget" in page and "Sam Writer" in page


def test_an_extraction_rule_can_be_switched_off_in_site_yaml(tmp_path: Path) -> None:
    meeting = (
        "Leaders meet on trade — Example Wire\n\n"
        "President Ana Costa met Prime Minister Lee Wong at the summit in Geneva on Thursday. "
        "“We agreed on a great deal,” Ms Costa said.\n\n2024-03-07 10:00:00\n"
    )
    on = make_site(tmp_path / "on", seeds={"a.txt": meeting})
    assert run_cli("build", cwd=on).code == 0
    assert load_api(on / "output", "events") != []
    yaml_text = "title: T\nbase_url: https://example.org/\nextraction:\n  rules:\n    events: false\n"
    off = make_site(tmp_path / "off", seeds={"a.txt": meeting}, site_yaml=yaml_text)
    assert run_cli("build", cwd=off).code == 0
    assert load_api(off / "output", "events") == []
    assert load_api(off / "output", "quotes") == load_api(on / "output", "quotes")


def test_an_unknown_rule_name_is_an_error_with_its_line(tmp_path: Path) -> None:
    yaml_text = "title: T\nbase_url: https://example.org/\nextraction:\n  rules:\n    evnts: false\n"
    root = make_site(tmp_path / "site", seeds={"a.txt": ARTICLE}, site_yaml=yaml_text)
    run = run_cli("build", cwd=root)
    assert run.code == 1
    assert "site.yaml:5" in run.err and "extraction.rules.evnts" in run.err
