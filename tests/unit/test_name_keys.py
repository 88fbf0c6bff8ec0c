"""Name keys: folding, surnames with particles, given names, spelling variants."""

from __future__ import annotations

import unicodedata

import pytest

from generator.names import edit_distance, fold, given, same_given_name, surname, tokens


def test_fold_ignores_case_accents_and_punctuation() -> None:
    assert fold("Zelenskyy") == "zelenskyy"
    assert fold("José  Ángel") == "jose angel"
    assert fold("Jean-Luc Mélenchon") == "jean-luc melenchon"
    assert fold("Mr. O’Brien") == fold("mr obrien") == "mr obrien"


def test_fold_gives_one_form_for_nfc_and_nfd_text() -> None:
    name = "Erdoğan Şahin"
    assert fold(unicodedata.normalize("NFC", name)) == fold(unicodedata.normalize("NFD", name))


def test_tokens_drop_generational_suffixes_but_not_a_lone_word() -> None:
    assert tokens("Martin Luther King Jr.") == ["martin", "luther", "king"]
    assert tokens("Robert F. Kennedy Jr") == ["robert", "f", "kennedy"]
    assert tokens("Jr") == ["jr"]


@pytest.mark.parametrize(("name", "expected"), [
    ("Keir Starmer", "starmer"),
    ("Ursula von der Leyen", "von der leyen"),
    ("Mohammed bin Salman", "bin salman"),
    ("Bill de Blasio", "de blasio"),
    ("Charles de Gaulle", "de gaulle"),
    ("Ludwig van Beethoven", "van beethoven"),
    ("Martin Luther King Jr.", "king"),
    ("Starmer", "starmer"),
    ("", ""),
])
def test_surname_keeps_its_particles(name: str, expected: str) -> None:
    assert surname(name) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Keir Starmer", "keir"),
    ("Ursula von der Leyen", "ursula"),
    ("Mohammed bin Salman", "mohammed"),
    ("Bill de Blasio", "bill"),
    ("Martin Luther King Jr.", "martin luther"),
    ("Starmer", ""),
])
def test_given_is_everything_before_the_surname(name: str, expected: str) -> None:
    assert given(name) == expected


def test_spelling_variants_of_a_long_given_name_are_one_name() -> None:
    assert same_given_name("anthony", "antony")
    assert same_given_name("sergey", "sergei")
    assert same_given_name("dmitry", "dmitri")


def test_short_given_names_one_letter_apart_are_different_people() -> None:
    assert not same_given_name("mike", "mika")
    assert not same_given_name("john", "joan")


def test_different_given_names_are_different_people() -> None:
    assert not same_given_name("boris", "mike")
    assert not same_given_name("anthony", "andrew")


def test_the_first_given_name_decides_and_an_empty_one_matches_nothing() -> None:
    assert same_given_name("keir rodney", "keir")
    assert same_given_name("", "")
    assert not same_given_name("", "keir")


def test_edit_distance_counts_edits_and_stops_at_the_limit() -> None:
    assert edit_distance("anthony", "antony") == 1
    assert edit_distance("kitten", "sitting", limit=5) == 3
    assert edit_distance("boris", "mike", limit=2) == 2
    assert edit_distance("a", "abcdef", limit=3) == 3
