"""Properties of the YAML, front-matter and Markdown readers over arbitrary text: they
refuse only with a BuildError that names the file, and Markdown never lets markup through."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsy import any_text

from generator.errors import BuildError
from generator.frontmatter import parse_front_matter
from generator.markdown import MarkdownRenderer
from generator.yamlsafe import load_yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hostile"))
from page_safety import Allowed, unexpected

FAST = settings(max_examples=150, deadline=None, database=None, print_blob=True, suppress_health_check=[HealthCheck.too_slow])
YAML_PIECES = (
    "a", "b", ": ", "- ", "\n", "  ", "&x ", "*x", "!!python/object:os.system", "!tag ", "[", "]",
    "{", "}", ",", "'", '"', "|", ">", "---\n", "...\n", "? ", "<<: ", "2024-02-30", "~", "#", "\t",
    "%YAML 1.1\n", "\x07", "\ufeff",
)
yaml_text = st.one_of(any_text, st.lists(st.sampled_from(YAML_PIECES), max_size=60).map("".join))
MARKUP = (
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
    "![x](javascript:alert(1))", "<a href=\"javascript:x\">", "[[Target|<b>label</b>]]", "[[",
    "]]", "\n\n", "# ", "`", "<!--", "-->", "<svg onload=alert(1)>", "&lt;", "&#x3C;script&#x3E;",
    "[x]: javascript:alert(1)\n", "[x]", "<javascript:alert(1)>", "<https://x.org>", "*", "_", " ",
    "{{ 7*7 }}", "{% x %}", "\x00", "java\tscript:", "JAVASCRIPT:", "data:text/html,x",
)
markdown_text = st.one_of(any_text, st.lists(st.sampled_from(MARKUP), max_size=40).map("".join))


@FAST
@given(yaml_text)
def test_yaml_loads_or_raises_a_build_error_with_the_file(text: str) -> None:
    try:
        load_yaml(text, "site.yaml")
    except BuildError as error:
        assert error.diagnostics and all(d.path == "site.yaml" for d in error.diagnostics)


@FAST
@given(yaml_text, any_text)
def test_front_matter_splits_or_raises_a_build_error_with_the_file(head: str, body: str) -> None:
    try:
        front = parse_front_matter(f"---\n{head}\n---\n{body}", "x.md")
    except BuildError as error:
        assert all(d.path == "x.md" for d in error.diagnostics)
        return
    assert isinstance(front.meta, dict) and front.body_line >= 1


@FAST
@given(markdown_text)
def test_markdown_without_unsafe_html_never_emits_active_markup(text: str) -> None:
    html, _ = MarkdownRenderer().render(text, lambda target: "/people/x/" if target == "Target" else None, "x.md", 1)
    assert unexpected(f"<html><body>{html}</body></html>", Allowed()) == []
    assert "<script" not in html.lower() and "<img src=x" not in html.lower()
