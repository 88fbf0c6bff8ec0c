"""Slugs: a safe charset, no reserved or escaping names, bounded length, stable ids."""

from __future__ import annotations

import re
import unicodedata

import pytest

from generator.slugs import MAX_LENGTH, short_hash, slugify, unique_slug

SAFE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@pytest.mark.parametrize("text", [
    "Keir Starmer",
    "Macron–Trump meeting",
    "O’Brien's “speech”",
    "  spaces\tand\nnewlines  ",
    "Zelenskyy / Žižek @ Café #1",
    "<script>alert(1)</script>",
    "C:\\Windows\\system32",
    "ß æ ø ł þ œ",
    "!!!",
    "",
    "Владимир Путин",
    "北京",
    "🙂🙂",
])
def test_every_slug_is_lowercase_ascii_letters_digits_and_single_hyphens(text: str) -> None:
    slug = slugify(text)
    assert SAFE.match(slug), slug
    assert len(slug) <= MAX_LENGTH


def test_punctuation_separates_words_and_apostrophes_join_them() -> None:
    assert slugify("Macron–Trump meeting") == "macron-trump-meeting"
    assert slugify("O’Brien") == "obrien"
    assert slugify("Sinn Féin") == "sinn-fein"
    assert slugify("Straße") == "strasse"


@pytest.mark.parametrize("name", ["CON", "con", "Prn", "AUX", "nul", "COM1", "lpt9"])
def test_reserved_device_names_never_become_a_slug(name: str) -> None:
    slug = slugify(name)
    assert slug != name.lower()
    assert slug.startswith(name.lower() + "-")


def test_reserved_name_takes_the_fallback_word() -> None:
    assert slugify("CON", "person") == "con-person"


def test_a_path_with_dot_dot_cannot_escape_its_folder() -> None:
    for text in ("../../etc/passwd", "..", "./x", "/abs/path", "a\\..\\b"):
        slug = slugify(text)
        assert "/" not in slug and "\\" not in slug and "." not in slug
        assert slug not in ("", ".", "..")
    assert slugify("../../etc/passwd") == "etc-passwd"


def test_text_with_nothing_sluggable_gets_the_fallback_and_a_stable_hash() -> None:
    assert slugify("!!!", "quote") == f"quote-{short_hash('!!!')}"
    assert slugify("!!!", "quote") == slugify("!!!", "quote")
    assert slugify("???", "quote") != slugify("!!!", "quote")


def test_long_names_are_cut_to_the_limit_with_a_hash_that_keeps_them_apart() -> None:
    a = slugify("word " * 40 + "ending one")
    b = slugify("word " * 40 + "ending two")
    assert len(a) <= MAX_LENGTH and len(b) <= MAX_LENGTH
    assert a != b
    assert SAFE.match(a) and SAFE.match(b)


def test_a_name_exactly_at_the_limit_is_kept_whole() -> None:
    text = "a" * MAX_LENGTH
    assert slugify(text) == text


@pytest.mark.parametrize("text", [
    "Zelenskyy Žižek Café",
    "Recep Tayyip Erdoğan",
    "Ωμέγα",  # nothing left in ASCII: the fallback hash must not depend on the form
    "Café " * 30,  # long: the truncation hash must not depend on the form
])
def test_nfc_and_nfd_spellings_give_the_same_slug(text: str) -> None:
    nfc = unicodedata.normalize("NFC", text)
    nfd = unicodedata.normalize("NFD", text)
    assert nfc != nfd
    assert slugify(nfc) == slugify(nfd)


def test_unique_slug_returns_the_base_when_it_is_free() -> None:
    assert unique_slug("keir-starmer", set(), "Keir Starmer") == "keir-starmer"


def test_unique_slug_is_stable_for_the_same_key_and_differs_between_keys() -> None:
    taken = {"john-smith"}
    first = unique_slug("john-smith", taken, "John Smith 1")
    assert first == unique_slug("john-smith", set(taken), "John Smith 1")
    assert first != unique_slug("john-smith", taken, "John Smith 2")
    assert first.startswith("john-smith-") and first not in taken


def test_unique_slug_never_returns_a_taken_slug_even_when_the_hash_collides() -> None:
    key = "John Smith"
    taken = {"john-smith", f"john-smith-{short_hash(key)}"}
    slug = unique_slug("john-smith", taken, key)
    assert slug not in taken
    assert slug == unique_slug("john-smith", set(taken), key)
