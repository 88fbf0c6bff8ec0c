"""Unit tests of the ``roles`` rule on inline text."""

from __future__ import annotations

from extract_helpers import run

from generator.extract.roles import normalise_role, tidy_roles


def roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in run(text, upto="roles").people}


def test_title_before_the_name_is_a_role():
    found = roles("Russian Foreign Minister Sergey Lavrov spoke.\n"
                  "Shadow home secretary Yvette Cooper agreed.")
    assert found["Sergey Lavrov"] == ["Russian Foreign Minister"]
    assert found["Yvette Cooper"] == ["Shadow Home Secretary"]


def test_apposition_gives_each_role():
    found = roles("Mr Stoltenberg spoke.\nJens Stoltenberg, the head of Nato and a former "
                  "Norwegian prime minister, warned allies.")
    assert found["Jens Stoltenberg"] == ["Head of Nato", "Former Norwegian Prime Minister"]


def test_description_standing_for_a_person_adds_a_role():
    found = roles("Sir Keir Starmer launched a broadside.\nThe Labour leader told reporters "
                  "he was ready.")
    assert "Labour Leader" in found["Keir Starmer"]


def test_us_party_and_state_tag_is_a_role():
    found = roles("Sen. Maria Delgado, D-Ore., opened the session.")
    assert found["Maria Delgado"] == ["Senator", "Democrat, Ore."]


# ------------------------------------------------------- roles attach to their own name


def test_apposition_of_a_listed_person_does_not_reach_the_sentence_subject():
    found = roles("Sir Keir Starmer flew to Munich.\nIn meetings with leaders including Antony "
                  "Blinken, the US secretary of state, and Kaja Kallas, the Estonian prime "
                  "minister, Sir Keir set out his plans.")
    assert found["Keir Starmer"] == []
    assert found["Antony Blinken"] == ["US Secretary of State"]
    assert found["Kaja Kallas"] == ["Estonian Prime Minister"]


def test_listed_role_nouns_that_name_no_one_attach_to_nobody():
    found = roles("Sir Keir Starmer launched a broadside at Donald Trump over the presidential "
                  "hopeful's criticism of Nato.\nThe Labour leader said that in meetings with "
                  "world leaders including the German chancellor, the Nato secretary-general "
                  "and the European Commission president, he pledged support.")
    assert found["Keir Starmer"] == ["Labour Leader"]
    assert found["Donald Trump"] == ["Presidential Hopeful"]


def test_role_set_off_before_a_name_belongs_to_that_name():
    found = roles("Egypt's foreign minister, Badr Abdelatty, offered a more hopeful "
                  "assessment.\nHer campaign manager, Luis Ortega, said it was nonsense.")
    assert found["Badr Abdelatty"] == ["Egypt's Foreign Minister"]
    assert found["Luis Ortega"] == ["Campaign Manager"]


def test_clause_after_a_name_that_is_not_a_noun_phrase_is_no_role():
    found = roles("Hungary's prime minister, Viktor Orbán, dropped his opposition after "
                  "talks.\nRep. Ellen Marsh, who chairs a House subcommittee, agreed.\n"
                  "Steve Witkoff, is expected to travel next week.")
    assert found["Viktor Orbán"] == ["Hungary's Prime Minister"]
    assert found["Ellen Marsh"] == ["Representative"]
    assert found["Steve Witkoff"] == []


def test_title_run_stops_at_a_sentence_end_and_at_another_name():
    found = roles("Democrats criticised the White House. Sen. Chris Van Hollen spoke.\n"
                  "Two candidates, former Gov. Nikki Haley and Sen. Tim Scott, are competing.")
    assert found["Chris Van Hollen"] == ["Senator"]
    assert found["Tim Scott"] == ["Senator"]
    assert found["Nikki Haley"] == ["Former Governor"]


def test_description_written_as_the_title_of_the_next_name_is_that_names_role():
    found = roles("Andrew Bailey is due to speak on Saturday.\nThe Texas Republican "
                  "congressman Glenn Oakes said a cut risks looking political.")
    assert found["Glenn Oakes"] == ["Texas Republican Congressman"]
    assert found["Andrew Bailey"] == []


def test_description_inside_a_quotation_adds_no_role_to_the_speaker():
    found = roles("Priya Lal, the shadow defence secretary, spoke.\n"
                  '"The Prime Minister needs to get a grip," Ms Lal said.')
    assert found["Priya Lal"] == ["Shadow Defence Secretary"]


def test_description_echoing_an_unnamed_source_is_not_the_last_named_subject():
    found = roles("Rick Dunleavy spoke at the rally.\nA senior campaign adviser said the "
                  'strategy was deliberate. "Voters know him," the adviser said.')
    assert found["Rick Dunleavy"] == []


def test_apposition_keeps_abbreviation_dots_and_drops_a_trailing_time():
    found = roles("Said Priya Raman, chief U.S. economist at Halverson Partners.\n"
                  "Denise Arceneaux, who was her chief of staff for nine years, spoke.")
    assert found["Priya Raman"] == ["Chief U.S. Economist at Halverson Partners"]
    assert found["Denise Arceneaux"] == ["Chief of Staff"]


def test_kinship_is_not_a_role():
    found = roles("She is survived by a sister, Louise Fontenot; and a son.\n"
                  "Louise Fontenot, her sister, said little.")
    assert found["Louise Fontenot"] == []


# ------------------------------------------------------------------ normalised roles


def test_abbreviations_in_roles_are_spelled_out():
    assert normalise_role("British PM") == "British Prime Minister"
    assert normalise_role("Dep. Foreign Sec.") == "Deputy Foreign Secretary"
    assert normalise_role("the Gov.") == "Governor"


def test_roles_read_in_title_case_keeping_function_words_and_acronyms():
    assert normalise_role("shadow home secretary") == "Shadow Home Secretary"
    assert normalise_role("chief U.S. economist at JPMorgan") == "Chief U.S. Economist at JPMorgan"
    assert normalise_role("Nato secretary-general") == "Nato Secretary-General"


def test_one_office_written_three_ways_is_one_role():
    assert tidy_roles(["Prime Minister", "British Prime Minister", "British PM"]) == [
        "British Prime Minister"]


def test_role_inside_a_fuller_role_of_the_same_person_is_dropped():
    assert tidy_roles(["former president", "Former US President", "Senator"]) == [
        "Former US President", "Senator"]


def test_roles_from_one_article_read_one_way_per_person():
    found = roles("British Prime Minister Keir Starmer met Trump.\n"
                  "The British PM responded to a burst of laughter.")
    assert found["Keir Starmer"] == ["British Prime Minister"]


def test_description_after_a_predicate_noun_still_refers_to_the_named_subject():
    state = run("Maria Delgado opened the hearing. She became a senator in 2010.\n"
                "The senator said the agency had failed.", upto="roles")
    senator = next(r for r in state.references if r.text == "The senator")
    assert senator.person == "Maria Delgado"
