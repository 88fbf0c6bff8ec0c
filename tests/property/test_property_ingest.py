"""Properties of ingest over arbitrary bytes and text: it never crashes, it refuses only
with a BuildError naming the file, it is deterministic, and what it keeps points back at
the source it came from."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsy import any_bytes, any_text, newsy_text, seed_names

from generator.errors import BuildError
from generator.ingest import article_id, ingest_bytes
from generator.ingest.decode import decode_bytes
from generator.model import to_dict
from generator.slugs import MAX_LENGTH, slugify, unique_slug

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
FAST = settings(max_examples=150, deadline=None, database=None, print_blob=True, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(any_bytes, seed_names)
def test_any_bytes_ingest_to_an_article_or_a_build_error_naming_the_file(data: bytes, name: str) -> None:
    try:
        article = ingest_bytes(data, name)
    except BuildError as error:
        assert error.diagnostics and all(d.path == name and d.message for d in error.diagnostics)
        return
    assert SLUG.fullmatch(article.id) and article.file == name and article.title
    assert all(p.text and p.text == p.text.strip() for p in article.paragraphs)
    assert all(d.severity == "warning" for d in article.diagnostics)


@FAST
@given(any_bytes, seed_names)
def test_decoded_text_has_only_newline_line_ends(data: bytes, name: str) -> None:
    try:
        text = decode_bytes(data, name).text
    except BuildError:
        return
    assert "\r" not in text and text.strip()


@FAST
@given(st.one_of(newsy_text, any_text).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_a_text_paragraph_starts_at_its_line_and_column(data: bytes) -> None:
    try:
        article = ingest_bytes(data, "a.txt")
    except BuildError:
        return
    lines = decode_bytes(data, "a.txt").text.split("\n")
    for paragraph in article.paragraphs:
        assert 1 <= paragraph.line <= len(lines), paragraph
        source = lines[paragraph.line - 1]
        assert source[paragraph.col - 1 :].startswith(paragraph.text.split()[0]), (paragraph, source)


@FAST
@given(any_bytes, seed_names)
def test_the_same_bytes_always_give_the_same_article(data: bytes, name: str) -> None:
    def once() -> object:
        try:
            return to_dict(ingest_bytes(data, name))
        except BuildError as error:
            return [d.headline() for d in error.diagnostics]

    assert once() == once()


@FAST
@given(st.text(min_size=1, max_size=300).filter(lambda t: "\x00" not in t))
def test_every_article_id_is_a_short_safe_slug(name: str) -> None:
    made = article_id(name + ".txt")
    assert SLUG.fullmatch(made) and len(made) <= MAX_LENGTH
    assert made not in ("con", "prn", "aux", "nul")


@FAST
@given(st.text(max_size=300))
def test_a_slug_of_a_slug_is_itself(text: str) -> None:
    once = slugify(text)
    assert SLUG.fullmatch(once) and len(once) <= MAX_LENGTH
    assert slugify(once) == once


@FAST
@given(st.text(max_size=40), st.sets(st.text(max_size=12).map(slugify), max_size=30), st.text(max_size=40))
def test_a_unique_slug_is_never_taken_and_stable_for_its_key(text: str, taken: set[str], key: str) -> None:
    base = slugify(text)
    made = unique_slug(base, taken, key)
    assert made not in taken and SLUG.fullmatch(made)
    assert unique_slug(base, taken, key) == made
