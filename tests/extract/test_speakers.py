"""Unit tests of the ``speakers`` rule on inline text."""

from __future__ import annotations

from extract_helpers import run, said


def test_name_after_the_quote_is_the_speaker():
    assert said("Keir Starmer met Donald Trump.\n“I’m clear,” Starmer told reporters.") == {
        "I’m clear,": "Keir Starmer"}


def test_said_before_the_name_us_style():
    text = 'Dana Whitfield works at a bank.\n"Prices will fall," said Dana Whitfield, an analyst.'
    assert said(text) == {"Prices will fall,": "Dana Whitfield"}


def test_pronoun_speaker_resolves_to_last_named_person():
    text = "Sergey Lavrov met Kaja Kallas in Geneva.\nLavrov was angry. “It is empty,” he said."
    assert said(text) == {"It is empty,": "Sergey Lavrov"}


def test_pronoun_respects_gender_from_honorifics():
    text = ("Mrs Whitmore met Mr Brody on Tuesday.\nMrs Whitmore spoke first. Mr Brody "
            "listened.\n“I am not going to comment,” she said.")
    assert said(text) == {"I am not going to comment,": "Whitmore"}


def test_split_quote_gives_two_quotes_with_the_same_speaker():
    text = "Joe Biden spoke.\n“We will act,” Mr Biden said, “and we will act fast.”"
    assert said(text) == {"We will act,": "Joe Biden", "and we will act fast.": "Joe Biden"}


def test_description_resolves_to_person_with_matching_role():
    text = ("British Prime Minister Keir Starmer met Donald Trump.\n"
            "“Well…,” the British PM responded.")
    assert said(text) == {"Well…,": "Keir Starmer"}


def test_unnamed_source_has_no_speaker_but_a_description():
    state = run("Keir Starmer was in Munich.\n“He will win,” a Labour source said.")
    q = state.quotes[0]
    assert (q.speaker, q.source_desc, q.verb) == (None, "a Labour source", "said")


def test_partial_quote_goes_to_the_subject_of_the_reporting_verb():
    text = ("Trump had previously said that he had discussed “some form of peacekeeping” "
            "with Vladimir Putin, and claimed that Vladimir Putin had “no problem” with it.")
    found = said("Donald Trump spoke.\n" + text)
    assert found == {"some form of peacekeeping": "Donald Trump", "no problem": "Donald Trump"}


def test_according_to_names_the_speaker():
    text = "Rosa Ng spoke.\nAccording to Ms Ng, the rally was “overdone.”"
    assert said(text) == {"overdone.": "Rosa Ng"}


def test_continued_quote_paragraph_inherits_the_speaker():
    text = "David Lammy spoke.\nHe added: “We are ready.\n“We will deliver.”"
    assert said(text) == {"We are ready.": "David Lammy", "We will deliver.": "David Lammy"}


def test_scare_quote_nobody_says_is_dropped():
    assert said("The so-called “special operation” began in 2022.\nIt was “cheap” to run.") == {}


def test_relative_who_clause_attributes_to_the_named_person():
    text = ("The plan was welcomed by Mr Stoltenberg, the head of Nato, who warned that "
            "division “undermined all of our security”.")
    assert said("Jens Stoltenberg spoke.\n" + text) == {
        "undermined all of our security": "Jens Stoltenberg"}
