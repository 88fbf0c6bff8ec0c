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


def test_a_phrasal_speech_verb_attributes_the_quote():
    text = ("Dov Hirsch attacked Marisol Ortiz.\n"
            "“I opposed a bad plan,” Ortiz shot back. “Those are not the same thing.”")
    assert set(said(text).values()) == {"Marisol Ortiz"}


def test_said_then_a_possessive_role_then_a_name_gives_the_name():
    text = ("Marisol Ortiz spoke.\n"
            "“Every door matters,” said Ortiz’s campaign manager, Yusuf Adeyemi.")
    assert said(text) == {"Every door matters,": "Yusuf Adeyemi"}


def test_said_then_a_possessive_role_without_a_name_has_no_speaker():
    text = "Marisol Ortiz spoke.\n“We will win,” said Ortiz’s campaign manager."
    assert said(text) == {"We will win,": None}


def test_a_possessive_subject_gives_way_to_the_name_in_apposition():
    text = ("Marisol Ortiz runs for the council.\nHer opponent, David Hirsch, has called her "
            "a “professional protester” and accused her of being “more interested in fights.”")
    assert set(said(text).values()) == {"David Hirsch"}


def test_a_quote_inside_a_quote_belongs_to_whom_its_verb_names():
    text = ("Margaret Landry died on Sunday.\n“She used to say, ‘Nobody drained a swamp by "
            "talking,’” Charles Landry said. “I told him, ‘Never again,’” Mr Landry added.")
    found = said(text)
    assert found["Nobody drained a swamp by talking,"] == "Margaret Landry"
    assert found["Never again,"] == "Charles Landry"


def test_an_age_description_continues_the_subject():
    text = ("Marcus Fairleigh told his local party of the decision.\n"
            "“I have given this place 14 years,” the 52-year-old said.")
    assert said(text) == {"I have given this place 14 years,": "Marcus Fairleigh"}


def test_a_pronoun_follows_the_main_clause_subject_not_a_relative_clause():
    text = ("Mr Fairleigh is one of dozens of MPs standing down, which Rishi Sunak has "
            "said is normal.\nHe denied that he was pushed.\n“This is not about the polls,” "
            "he said.")
    assert said(text) == {"This is not about the polls,": "Fairleigh"}


def test_a_name_inside_a_quote_is_no_antecedent_for_he_after_it():
    text = ("Mark Delacroix, a former Fed economist, put it another way.\n"
            "“Powell opened the door today,” he said.")
    assert said(text) == {"Powell opened the door today,": "Mark Delacroix"}


def test_an_apposition_after_an_object_is_not_the_next_subject():
    text = ("Zoë Abernathy-Kwan wept. Then she held up a photograph of her mother, the poet "
            "Grace Abernathy, who died in March.\n“She never saw this book finished.”")
    assert said(text) == {"She never saw this book finished.": "Zoë Abernathy-Kwan"}


def test_an_unnamed_source_qualified_by_a_name_is_not_that_person():
    text = ("Donald Trump mocked the crowd.\nA Trump campaign spokesman dismissed the rally "
            "as “a nice turnout for a guy at 2%.”")
    assert said(text) == {"a nice turnout for a guy at 2%.": None}


def test_the_speech_verb_with_its_subject_beside_it_wins_over_a_nearer_one():
    text = ("Raymond Kessler met officials, according to an FAA official. The official said "
            "the agency had asked for “flexibility, not just money.”")
    assert said(text) == {"flexibility, not just money.": None}


def test_the_agent_of_a_passive_is_the_speaker():
    text = ("Mohammed bin Salman arrived in Brussels.\nThe visit was billed by Commission "
            "officials as a “strategic reset.”")
    assert said(text) == {"strategic reset.": None}


def test_a_list_member_with_a_party_tag_is_still_the_subject():
    text = ("Jerome Powell spoke.\nRep. Glenn Oakes, R-Texas, a member of the House "
            "Financial Services Committee, said in a statement that it “risks looking political.”")
    assert said(text) == {"risks looking political.": "Glenn Oakes"}


def test_a_headline_style_description_resolves_to_the_role_given_later():
    text = ("Federal Reserve chair tells Jackson Hole that inflation is on a ‘sustainable path’\n"
            "The chair of the US Federal Reserve, Jerome Powell, spoke on Friday.\n"
            "“The time has come,” Powell said.")
    assert said(text)["sustainable path"] == "Jerome Powell"
