"""site.yaml: defaults, typed checks, every problem with its key and line."""

from __future__ import annotations

import datetime
import textwrap
from pathlib import Path

import pytest

from generator.config import Config, load_config
from generator.errors import BuildError, Diagnostic

REPO = Path(__file__).resolve().parents[2]


def write(root: Path, text: str) -> Path:
    (root / "site.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def problems(root: Path, text: str, **kwargs: object) -> list[Diagnostic]:
    write(root, text)
    with pytest.raises(BuildError) as caught:
        load_config(root, **kwargs)  # type: ignore[arg-type]
    return caught.value.diagnostics


def headlines(diagnostics: list[Diagnostic]) -> list[str]:
    return [d.headline() for d in diagnostics]


def test_missing_site_yaml_means_all_defaults(tmp_path: Path) -> None:
    config = load_config(tmp_path)
    assert config.title == "Briefing"
    assert config.description == ""
    assert config.base_url == "http://127.0.0.1:8000/"
    assert config.language == "en"
    assert config.timezone == "UTC"
    assert config.build_date is None
    assert config.feed.limit == 50
    assert config.markdown.unsafe_html is False
    assert config.ingest.boilerplate == ()
    assert config.extraction.rules == {} and config.extraction.speech_verbs == ()
    assert config.extra == {}
    assert config.root == tmp_path.resolve()
    assert config.seeds_dir == tmp_path.resolve() / "seeds"
    assert config.content_dir == tmp_path.resolve() / "content"
    assert config.templates_dir == tmp_path.resolve() / "templates"
    assert config.output_dir == tmp_path.resolve() / "output"
    assert config.cache_dir == tmp_path.resolve() / ".briefing-cache"


def test_empty_site_yaml_means_all_defaults(tmp_path: Path) -> None:
    write(tmp_path, "# nothing yet\n")
    assert load_config(tmp_path).title == "Briefing"


def test_repository_site_yaml_is_valid() -> None:
    config = load_config(REPO)
    assert config.title == "Briefing"
    assert config.timezone == "Europe/London"
    assert config.seeds_dir == REPO / "seeds"


def test_every_setting_is_read(tmp_path: Path) -> None:
    write(tmp_path, """\
        title: My Brief
        description: About things
        base_url: https://example.org/briefs
        language: en-GB
        timezone: Europe/London
        build_date: 2025-01-31
        paths: {seeds: raw, content: notes, templates: tpl, output: public, cache: .c}
        ingest: {boilerplate: [Advertisement]}
        extraction: {rules: {quotes: false}, speech_verbs: [quipped]}
        markdown: {unsafe_html: true}
        feed: {limit: 10}
        extra: {analytics: false, team: [a, b]}
        """)
    config = load_config(tmp_path)
    assert config.base_url == "https://example.org/briefs/"
    assert config.build_date == datetime.date(2025, 1, 31)
    assert config.seeds_dir == tmp_path.resolve() / "raw"
    assert config.output_dir == tmp_path.resolve() / "public"
    assert config.ingest.boilerplate == ("Advertisement",)
    assert config.extraction.rules == {"quotes": False}
    assert config.extraction.speech_verbs == ("quipped",)
    assert config.markdown.unsafe_html is True
    assert config.feed.limit == 10
    assert config.extra == {"analytics": False, "team": ["a", "b"]}
    assert str(config.tzinfo) == "Europe/London"


def test_unknown_key_is_reported_with_its_line_and_a_suggestion(tmp_path: Path) -> None:
    found = problems(tmp_path, "title: x\npaths:\n  seedz: s\n")
    assert headlines(found) == [
        "site.yaml:3: error: key 'paths.seedz': unknown key (did you mean 'seeds'?)"
    ]
    assert found[0].stage == "config"
    assert found[0].context is not None
    assert "> 3 |   seedz: s" in found[0].context


def test_unknown_top_level_key_points_to_extra(tmp_path: Path) -> None:
    (d,) = problems(tmp_path, "colour: red\n")
    assert d.message == "key 'colour': unknown key"
    assert d.hint is not None and d.hint.endswith("put your own settings under 'extra'")


def test_wrong_type_names_the_key_and_the_value(tmp_path: Path) -> None:
    found = problems(tmp_path, "feed:\n  limit: ten\n")
    assert headlines(found) == ["site.yaml:2: error: key 'feed.limit': expected an integer, got 'ten'"]


def test_all_problems_are_reported_together_in_line_order(tmp_path: Path) -> None:
    found = problems(tmp_path, """\
        title: 2024
        base_url: example.org
        timezone: Europe/Londn
        feed: {limit: 0}
        ingest:
          boilerplate: [ok, 5]
        extraction:
          rules: {quotes: "off"}
        markdown:
          unsafe_html: 1
        build_date: soon
        language: english!
        paths: seeds
        """)
    assert headlines(found) == [
        "site.yaml:1: error: key 'title': expected a string, got 2024",
        ("site.yaml:2: error: key 'base_url': expected an absolute http(s) URL such as "
         "'https://example.org/', got 'example.org'"),
        "site.yaml:3: error: key 'timezone': unknown time zone 'Europe/Londn'",
        "site.yaml:4: error: key 'feed.limit': expected a whole number of at least 1, got 0",
        "site.yaml:6: error: key 'ingest.boilerplate[1]': expected a string, got 5",
        "site.yaml:8: error: key 'extraction.rules.quotes': expected true or false, got 'off'",
        "site.yaml:10: error: key 'markdown.unsafe_html': expected true or false, got 1",
        "site.yaml:11: error: key 'build_date': expected a date (YYYY-MM-DD), got 'soon'",
        ("site.yaml:12: error: key 'language': expected a language tag such as 'en' or "
         "'en-GB', got 'english!'"),
        "site.yaml:13: error: key 'paths': expected a mapping, got 'seeds'",
    ]
    assert found[0].hint == 'put it in quotes: "2024"'
    assert found[2].hint == "did you mean 'Europe/London'?"


def test_boolean_is_not_an_integer(tmp_path: Path) -> None:
    (d,) = problems(tmp_path, "feed:\n  limit: true\n")
    assert d.message == "key 'feed.limit': expected an integer, got true"


def test_list_where_text_belongs_gets_a_hint(tmp_path: Path) -> None:
    (d,) = problems(tmp_path, "extraction:\n  speech_verbs: quipped\n")
    assert d.message == "key 'extraction.speech_verbs': expected a list, got 'quipped'"
    assert d.hint == "write a list: [quipped], or one `- item` per line"


def test_absolute_path_is_refused(tmp_path: Path) -> None:
    (d,) = problems(tmp_path, "paths:\n  seeds: /etc\n")
    assert d.headline() == "site.yaml:2: error: key 'paths.seeds': '/etc' is an absolute path"


def test_windows_absolute_path_is_refused(tmp_path: Path) -> None:
    (d,) = problems(tmp_path, "paths:\n  seeds: 'C:\\data'\n")
    assert d.message == "key 'paths.seeds': 'C:\\data' is an absolute path"


def test_path_escaping_the_site_is_refused(tmp_path: Path) -> None:
    (d,) = problems(tmp_path, "paths:\n  output: a/../../out\n")
    assert d.headline() == (
        "site.yaml:2: error: key 'paths.output': 'a/../../out' points outside the site folder"
    )


def test_path_inside_the_site_through_dots_is_normalised(tmp_path: Path) -> None:
    write(tmp_path, "paths:\n  output: build/../public/\n")
    assert load_config(tmp_path).paths.output == "public"


def test_symbolic_link_out_of_the_site_is_refused(tmp_path: Path) -> None:
    site, outside = tmp_path / "site", tmp_path / "elsewhere"
    site.mkdir()
    outside.mkdir()
    (site / "seeds").symlink_to(outside)
    (d,) = problems(site, "title: x\n")
    assert d.message == "key 'paths.seeds': 'seeds' leads outside the site folder through a symbolic link"


def test_output_may_not_be_the_site_or_a_source(tmp_path: Path) -> None:
    found = problems(tmp_path, "paths:\n  output: .\n")
    assert "key 'paths.output': must not be or contain the site folder" in [
        d.message for d in found
    ]
    (d,) = problems(tmp_path, "paths:\n  seeds: out/seeds\n  output: out\n")
    assert d.headline() == "site.yaml:3: error: key 'paths.output': must not be or contain the seeds folder"


def test_overrides_set_base_url_and_an_absolute_output(tmp_path: Path) -> None:
    write(tmp_path, "base_url: https://example.org/\n")
    out = tmp_path / "elsewhere"
    config = load_config(tmp_path, {"base_url": "http://localhost:9000", "paths.output": out})
    assert config.base_url == "http://localhost:9000/"
    assert config.output_dir == out


def test_bad_override_is_reported_as_from_the_command_line(tmp_path: Path) -> None:
    (d,) = problems(tmp_path, "title: x\n", overrides={"base_url": "nope"})
    assert d.path == "command line" and d.line is None
    assert d.message.startswith("key 'base_url': expected an absolute http(s) URL")


def test_key_line_finds_settings_for_later_checks(tmp_path: Path) -> None:
    write(tmp_path, "title: x\nextraction:\n  rules:\n    quotes: false\n    nosuch: true\n")
    config = load_config(tmp_path)
    assert config.key_line("extraction.rules.nosuch") == 5
    assert config.key_line("feed.limit") is None
    d = config.diagnostic("extraction.rules.nosuch", "no such rule")
    assert d.headline() == "site.yaml:5: error: key 'extraction.rules.nosuch': no such rule"


def test_fingerprint_is_stable_and_changes_with_any_setting(tmp_path: Path) -> None:
    write(tmp_path, "title: x\n")
    first = load_config(tmp_path).fingerprint()
    assert load_config(tmp_path).fingerprint() == first
    assert Config(root=tmp_path).fingerprint() != first
    write(tmp_path, "title: x\nextra: {a: 1}\n")
    assert load_config(tmp_path).fingerprint() != first


def test_fingerprint_ignores_where_the_site_lives(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert load_config(tmp_path / "a").fingerprint() == load_config(tmp_path / "b").fingerprint()


def test_site_yaml_that_is_a_list_is_an_error(tmp_path: Path) -> None:
    (d,) = problems(tmp_path, "- a\n")
    assert d.headline() == "site.yaml:1: error: site.yaml must be a mapping of `key: value` lines, got a list"


def test_yaml_errors_in_site_yaml_carry_the_config_stage(tmp_path: Path) -> None:
    (d,) = problems(tmp_path, "title: x\ntitle: y\n")
    assert d.headline() == "site.yaml:2:1: error: duplicate key 'title' (first defined on line 1)"
    assert d.stage == "config"


def test_section_left_empty_means_its_defaults(tmp_path: Path) -> None:
    write(tmp_path, "paths:\n  # seeds: raw\n")
    assert load_config(tmp_path).paths.seeds == "seeds"
