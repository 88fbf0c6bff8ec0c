"""Unit tests of what is and is not a person's name, for styles seen on unseen outlets."""

from __future__ import annotations

from extract_helpers import people


def test_a_plural_noun_opening_a_sentence_is_not_a_person():
    text = ("Gerald Wexford pleaded guilty in October.\n"
            "Prosecutors said he used the money to buy a lake house.\n"
            "Others said they would keep fighting.")
    assert list(people(text)) == ["Gerald Wexford"]


def test_a_lone_surname_with_a_speech_verb_is_still_a_person():
    assert list(people("“We will appeal,” Okafor said on Monday.")) == ["Okafor"]


def test_the_outlet_the_article_names_itself_is_not_a_person():
    text = "“It is painful,” Marco Bellandi told Marlowe Ledger on Tuesday."
    assert "Marlowe Ledger" in people(text)
    assert list(people(text, outlet="Marlowe Ledger")) == ["Marco Bellandi"]


def test_a_name_after_the_former_is_a_business_not_a_person():
    text = ("The council approved flats on the former Sheridan Lanes bowling alley site, "
            "Marisa Delacourt said.")
    assert list(people(text)) == ["Marisa Delacourt"]


def test_a_name_after_the_and_a_nationality_is_an_organisation():
    text = "The American Red Cross said 250 people spent the night in shelters."
    assert people(text) == {}


def test_the_title_of_a_work_and_a_character_are_not_people():
    text = ("She starred in the BBC sitcom Staff Room, which ran for seven series.\n"
            "She won an award for her performance as Mary Tyrone, said Helena Marchbanks.")
    assert list(people(text)) == ["Helena Marchbanks"]


def test_a_hyphenated_given_name_counts_as_a_given_name():
    text = "She replaced her predecessor Klaus-Dieter Brandt in January."
    assert list(people(text)) == ["Klaus-Dieter Brandt"]


def test_a_role_set_off_before_a_name_is_evidence_of_a_person():
    text = ("The First Minister of Wales, Eluned Morgan, called her a treasure.\n"
            "Her husband, the conductor Geraint Howells, died in 2004.")
    assert list(people(text)) == ["Eluned Morgan", "Geraint Howells"]


def test_a_byline_of_a_desk_names_nobody():
    assert people("The singer died on Monday.", author="Telegraph Obituaries") == {}


def test_a_byline_run_on_with_the_authors_job_names_the_author():
    text = "Rowena Castellano Health policy editor\nThe plan was announced on Wednesday."
    assert list(people(text, kinds={0: "heading"})) == ["Rowena Castellano"]


def test_a_police_rank_is_a_title_not_part_of_the_name():
    text = "Chief Superintendent Rachel Odum said the protest was peaceful."
    assert people(text) == {"Rachel Odum": ["Rachel Odum"]}


def test_every_name_of_a_sign_off_kept_as_a_credit_is_a_person():
    text = ("The talks ended on Friday.\n"
            "Reporting by Petra Lindgren; Additional reporting by Ruth Kerimova; "
            "Editing by Giles Marren")
    assert list(people(text, kinds={1: "credit"})) == [
        "Petra Lindgren", "Ruth Kerimova", "Giles Marren"]


def test_a_character_named_as_a_role_in_a_work_is_not_a_person():
    text = ("She became famous as the formidable headteacher Mrs Okonedo in the BBC sitcom "
            "Staff Room, said Bernard Lisle.")
    assert list(people(text)) == ["Bernard Lisle"]
