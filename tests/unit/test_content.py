"""content/: front matter checked per kind; bad files reported and skipped."""

from __future__ import annotations

import textwrap
from pathlib import Path

from generator.config import Config, load_config
from generator.content import Content, load_content, render_content
from generator.errors import Diagnostic
from generator.markdown import MarkdownRenderer


def site(root: Path, files: dict[str, str]) -> Config:
    for name, text in files.items():
        path = root / "content" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return load_config(root)


def load(root: Path, files: dict[str, str]) -> tuple[Content, list[Diagnostic]]:
    return load_content(site(root, files))


PERSON = """\
    ---
    name: Keir Starmer
    aliases: [Sir Keir, the Labour leader]
    merges:
      - Kier Starmer
    roles: [Prime Minister]
    summary: Leader of the Labour Party.
    ---
    Leads [[Labour]].
    """


def test_missing_content_folder_is_empty_content(tmp_path: Path) -> None:
    content, found = load_content(load_config(tmp_path))
    assert content == Content() and found == []


def test_person_loads_with_checked_front_matter(tmp_path: Path) -> None:
    content, found = load(tmp_path, {"people/keir-starmer.md": PERSON})
    assert found == []
    (page,) = content.people
    assert (page.kind, page.path, page.slug) == ("people", "content/people/keir-starmer.md",
                                                 "keir-starmer")
    assert page.meta == {
        "name": "Keir Starmer", "aliases": ["Sir Keir", "the Labour leader"],
        "summary": "Leader of the Labour Party.", "merges": ["Kier Starmer"],
        "roles": ["Prime Minister"], "slug": None, "extra": {},
    }
    assert page.body == "Leads [[Labour]].\n"
    assert page.body_line == 9


def test_every_kind_loads_sorted_by_path(tmp_path: Path) -> None:
    content, found = load(tmp_path, {
        "people/b.md": "---\nname: B\n---\n",
        "people/a.md": "---\nname: A\n---\n",
        "events/munich.md": "---\nname: Munich Security Conference\ndate: 2025-02\n"
                            "place: Munich\nparticipants: [A]\n---\n",
        "sources/rt.md": "---\nname: RT\naliases: [RT World News]\ncountry: Russia\n"
                         "ownership: state-affiliated\nurl: https://www.rt.com\n---\nAbout RT.\n",
        "pages/about.md": "---\ntitle: About\nnav: true\norder: 2\n---\nHello\n",
    })
    assert found == []
    assert [p.slug for p in content.people] == ["a", "b"]
    assert content.events[0].meta["date"] == "2025-02"
    assert content.events[0].meta["participants"] == ["A"]
    assert content.sources[0].meta["url"] == "https://www.rt.com"
    assert content.sources[0].meta["ownership"] == "state-affiliated"
    assert content.pages[0].meta == {"title": "About", "slug": None, "nav": True, "order": 2,
                                     "extra": {}}
    assert [p.path for p in content.all()][-1] == "content/pages/about.md"


def test_event_dates_may_be_a_year_a_month_or_a_day(tmp_path: Path) -> None:
    content, found = load(tmp_path, {
        "events/a.md": "---\nname: A\ndate: 2024\n---\n",
        "events/b.md": "---\nname: B\ndate: 2024-05\n---\n",
        "events/c.md": "---\nname: C\ndate: 2024-05-06\n---\n",
        "events/d.md": "---\nname: D\n---\n",
    })
    assert found == []
    assert [e.meta["date"] for e in content.events] == ["2024", "2024-05", "2024-05-06", None]


def test_bad_event_date_is_reported_at_its_line(tmp_path: Path) -> None:
    _, found = load(tmp_path, {"events/x.md": "---\nname: X\ndate: 2025-13\n---\n"})
    assert [d.headline() for d in found] == [
        ("content/events/x.md:3: error: key 'date': expected a date as YYYY, YYYY-MM or "
         "YYYY-MM-DD, got '2025-13'")
    ]


def test_slug_comes_from_front_matter_and_is_always_safe(tmp_path: Path) -> None:
    content, _ = load(tmp_path, {
        "people/x.md": "---\nname: X\nslug: ../../etc/passwd\n---\n",
        "people/Ünïcode Name.md": "---\nname: U\n---\n",
    })
    assert sorted(p.slug for p in content.people) == ["etc-passwd", "unicode-name"]


def test_bad_file_is_reported_and_skipped_while_others_load(tmp_path: Path) -> None:
    content, found = load(tmp_path, {
        "people/good.md": "---\nname: Good\n---\n",
        "people/bad.md": "---\nname: Bad\nalias: [x]\nroles: Prime Minister\n---\n",
    })
    assert [p.slug for p in content.people] == ["good"]
    assert [d.headline() for d in found] == [
        "content/people/bad.md:3: error: key 'alias': unknown key (did you mean 'aliases'?)",
        "content/people/bad.md:4: error: key 'roles': expected a list, got 'Prime Minister'",
    ]
    assert found[0].stage == "content"
    assert found[0].context is not None and "> 3 | alias: [x]" in found[0].context


def test_missing_required_name_is_reported(tmp_path: Path) -> None:
    content, found = load(tmp_path, {"people/x.md": "---\nsummary: hi\n---\n",
                                     "pages/p.md": "No front matter\n"})
    assert content.all() == []
    assert [d.headline() for d in found] == [
        "content/pages/p.md:1: error: key 'title': required key is missing",
        "content/people/x.md:1: error: key 'name': required key is missing",
    ]


def test_unclosed_front_matter_is_reported_with_the_hint(tmp_path: Path) -> None:
    _, found = load(tmp_path, {"pages/open.md": "---\ntitle: x\n"})
    (d,) = found
    assert d.headline() == "content/pages/open.md:1:1: error: front matter is not closed"
    assert d.hint == "did you forget the closing `---`?"


def test_malformed_yaml_is_reported_at_its_line(tmp_path: Path) -> None:
    _, found = load(tmp_path, {"sources/x.md": "---\nname: RT\nurl: a: b\n---\n"})
    (d,) = found
    assert (d.path, d.line, d.col) == ("content/sources/x.md", 3, 7)


def test_unsafe_source_url_is_refused(tmp_path: Path) -> None:
    _, found = load(tmp_path, {"sources/x.md": "---\nname: X\nurl: javascript:alert(1)\n---\n"})
    assert found[0].message.startswith("key 'url': expected an absolute http(s) URL")


def test_wrong_types_in_lists_are_reported_per_item(tmp_path: Path) -> None:
    _, found = load(tmp_path, {"people/x.md": "---\nname: X\naliases:\n  - ok\n  - [no]\n---\n"})
    assert [d.headline() for d in found] == [
        "content/people/x.md:5: error: key 'aliases[1]': expected a string, got a list"
    ]


def test_duplicate_slug_keeps_the_first_file(tmp_path: Path) -> None:
    content, found = load(tmp_path, {
        "people/a.md": "---\nname: A\nslug: same\n---\n",
        "people/b.md": "---\nname: B\nslug: same\n---\n",
    })
    assert [p.path for p in content.people] == ["content/people/a.md"]
    assert [d.headline() for d in found] == [
        "content/people/b.md:1: error: slug 'same' is already used by content/people/a.md"
    ]


def test_files_outside_the_kind_folders_are_warned_about(tmp_path: Path) -> None:
    content, found = load(tmp_path, {"misc/x.md": "hi\n", "index.md": "hi\n"})
    assert content.all() == []
    assert [d.headline() for d in found] == [
        "content/index.md: warning: ignored: not in a content folder",
        "content/misc/x.md: warning: ignored: not in a content folder",
    ]


def test_editor_and_hidden_files_are_ignored(tmp_path: Path) -> None:
    content, found = load(tmp_path, {"people/.#x.md": "junk", "people/.hidden.md": "junk",
                                     "people/x.md~": "junk", "people/notes.txt": "junk"})
    assert content.all() == [] and found == []


def test_file_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    config = site(tmp_path, {})
    (tmp_path / "content" / "people").mkdir(parents=True)
    (tmp_path / "content" / "people" / "x.md").write_bytes(b"---\nname: \xff\n---\n")
    _, found = load_content(config)
    assert found[0].message.startswith("not UTF-8 text")


def test_render_content_fills_html_and_reports_unresolved_links(tmp_path: Path) -> None:
    content, _ = load(tmp_path, {"people/keir-starmer.md": PERSON})
    found = render_content(content, MarkdownRenderer(False), lambda name: None)
    assert content.people[0].html == '<p>Leads <span class="unresolved">Labour</span>.</p>\n'
    assert [d.headline() for d in found] == [
        "content/people/keir-starmer.md:9: warning: unresolved wiki-link [[Labour]]"
    ]


def test_rendered_body_headings_sit_below_the_page_h1(tmp_path: Path) -> None:
    page = """\
        ---
        title: About
        ---
        # About us

        ## Method
        """
    content, _ = load(tmp_path, {"pages/about.md": page})
    render_content(content, MarkdownRenderer(False), lambda name: None)
    assert content.pages[0].html == "<h2>About us</h2>\n<h3>Method</h3>\n"
