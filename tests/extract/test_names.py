"""Unit tests of the ``names`` rule on inline sentences."""

from __future__ import annotations

from extract_helpers import people, run


def test_title_is_split_from_the_name():
    found = people("Russian Foreign Minister Sergey Lavrov said Moscow was not consulted.")
    assert found == {"Sergey Lavrov": ["Sergey Lavrov"]}


def test_honorific_surname_joins_the_full_name():
    found = people("Sir Keir Starmer spoke in Munich.\nLater Sir Keir met Mr Trump.\n"
                   "Donald Trump was not there. Starmer smiled.")
    assert found["Keir Starmer"] == ["Sir Keir Starmer", "Sir Keir", "Starmer"]
    assert found["Donald Trump"] == ["Mr Trump", "Donald Trump"]


def test_particles_and_capitalised_particles_stay_in_the_name():
    found = people("European Commission President Ursula von der Leyen met Belgian Prime "
                   "Minister Alexander De Croo.\nMrs von der Leyen and Mr De Croo then spoke.")
    assert set(found) == {"Ursula von der Leyen", "Alexander De Croo"}
    assert "Mrs von der Leyen" in found["Ursula von der Leyen"]
    assert "Mr De Croo" in found["Alexander De Croo"]


def test_possessive_is_a_mention_without_the_apostrophe_s():
    state = run("Alexey Navalny died in jail.\nHe paid tribute to Navalny’s courage.",
                upto="names")
    mention = state.people[0].mentions[1]
    assert mention.text == "Navalny"
    assert state.article.paragraphs[1].text[mention.start:mention.end] == "Navalny"


def test_organisations_places_and_events_are_not_people():
    found = people("Alicia Kearns, chair of the Foreign Affairs Committee, spoke at the Munich "
                   "Security Conference in South Carolina and the White House on Monday.\n"
                   "The European Commission and Nato backed the Democratic Resilience Centre.")
    assert list(found) == ["Alicia Kearns"]


def test_companies_without_person_evidence_are_not_people():
    found = people("Shares of Goldman Sachs and Wells Fargo fell, said Dana Whitfield, an "
                   "analyst at Harborview Capital.")
    assert list(found) == ["Dana Whitfield"]


def test_two_people_sharing_a_surname_do_not_merge():
    found = people("Sarah Johnson and Derek Johnson are rivals.\n"
                   "Ms. Johnson is a teacher. Mr. Johnson is a developer.")
    assert found["Sarah Johnson"] == ["Sarah Johnson", "Ms. Johnson"]
    assert found["Derek Johnson"] == ["Derek Johnson", "Mr. Johnson"]


def test_spelling_variant_of_a_given_name_is_the_same_person():
    found = people("Anthony Blinken arrived.\nAntony Blinken, the US secretary of state, spoke.")
    assert len(found) == 1


def test_surname_only_person_is_flagged():
    state = run("Mr Fenwick said the cuts were unwise.", upto="names")
    assert [(p.name, p.surname_only, p.honorific) for p in state.people] == [
        ("Fenwick", True, "Mr")]


def test_sentence_initial_common_word_is_not_part_of_a_name():
    found = people("Despite Sir Keir’s rebuke, he went on.\nSpeaking to reporters, Keir Starmer "
                   "smiled. Meteorologist Kara O'Donnell agreed.")
    assert set(found) == {"Keir Starmer", "Kara O'Donnell"}


def test_known_people_are_always_recognised():
    found = people("Bono said the concert would go ahead.", known=("Bono",))
    assert "Bono" in found


def test_hyphenated_and_accented_names():
    found = people("Gov. Elena Ramírez-Cole met José Álvarez.")
    assert set(found) == {"Elena Ramírez-Cole", "José Álvarez"}


def test_outlet_is_inferred_only_when_the_article_speaks_of_itself():
    from extract_helpers import run as run_all

    told = "Keir Starmer told The Telegraph he was ready. He told this newspaper more."
    assert run_all(told).source == "The Telegraph"
    assert run_all("The claim was reported by The Independent.").source is None
    assert run_all("He told the BBC's Today programme. He told The Times, this newspaper, "
                   "so.").source == "The Times"


# ----------------------------------------------------------- bylines and photo credits


def test_byline_authors_are_people_with_a_mention_outside_the_paragraphs():
    state = run("Rates were cut on Friday.", upto="names", author="DANIEL HARTLEY and ROSA QUINTERO")
    assert [p.name for p in state.people] == ["Daniel Hartley", "Rosa Quintero"]
    mention = state.people[0].mentions[0]
    assert (mention.text, mention.para) == ("DANIEL HARTLEY", -1)


def test_reporting_and_editing_sign_off_names_people():
    found = people("Talks resume on Monday.\n"
                   "Reporting by Petra Lindgren in Baku; Editing by Giles Marren")
    assert set(found) == {"Petra Lindgren", "Giles Marren"}


def test_contributed_reporting_line_names_people():
    found = people("The vote failed.\nFox News' Hannah Okafor contributed to this report.")
    assert list(found) == ["Hannah Okafor"]


def test_photo_credit_names_the_photographer_not_the_agency():
    found = people("Powell spoke.\nAP Photo/Brennan Tolliver\n"
                   "Leonard Haskins/Congressional Quarterly, via Getty Images",
                   kinds={1: "credit", 2: "credit"})
    assert set(found) == {"Brennan Tolliver", "Leonard Haskins"}


def test_byline_in_capitals_at_the_top_is_title_cased():
    found = people("By KAYLA MORROW | kmorrow@example.com | Daily News\nThe rally began.")
    assert found == {"Kayla Morrow": ["KAYLA MORROW"]}


def test_a_heading_that_is_only_a_name_near_the_top_is_the_byline():
    found = people("Markets rally on rate hopes\nMartha Kellaway in New York\n"
                   "Stocks rose on Friday after the speech.", kinds={1: "heading"})
    assert list(found) == ["Martha Kellaway"]


def test_a_credit_is_no_antecedent_for_a_description():
    state = run("Sir Keir Starmer in Munich\nTom Pullen\n"
                "Sir Keir attacked Donald Trump over the former president’s remarks.",
                kinds={1: "credit"})
    trump = state.person("Donald Trump")
    assert trump is not None and "Former President" in trump.roles


# ------------------------------------------------------- things shaped like names


def test_camel_case_brands_are_not_people():
    assert people("It sold 30,000 copies, according to Circana BookScan.") == {}


def test_an_employer_after_a_job_at_is_not_a_person():
    found = people("Lisa Chen, a biotech analyst at Morgan Stanley, said the price was fair.")
    assert list(found) == ["Lisa Chen"]


def test_a_place_before_its_state_or_at_a_gathering_is_not_a_person():
    found = people("Jerome Powell spoke in Jackson Hole, Wyoming.\n"
                   "He tells Jackson Hole gathering that cuts are coming.\n"
                   "Andrew Bailey will speak at Jackson Hole on Saturday.")
    assert set(found) == {"Jerome Powell", "Andrew Bailey"}


def test_a_dateline_in_capitals_is_not_a_surname():
    found = people("JACKSON HOLE, Wyo. (AP) — Jerome Powell said rates will fall.\n"
                   "Powell smiled.")
    assert found == {"Jerome Powell": ["Jerome Powell", "Powell"]}


def test_contractions_and_nouns_after_a_word_are_not_speech_evidence():
    assert people("“That’s all I’ll say.”\nThe yield on the Treasury note fell.") == {}


def test_a_news_agency_told_something_is_not_a_person():
    found = people("Anna van der Berg later told Reuters that she agreed.")
    assert list(found) == ["Anna van der Berg"]


def test_two_capital_initials_are_a_given_name_when_the_text_says_who_he_is():
    found = people("Mr Trump and JD Vance, the vice-president, met him.\n"
                   "US Steel shares fell.")
    assert "JD Vance" in found and "US Steel" not in found


def test_given_names_come_from_a_wide_list():
    found = people("The poetry award went to Delphine Okwuosa for her third collection.")
    assert list(found) == ["Delphine Okwuosa"]


# --------------------------------------------------- nicknames and maiden names


def test_a_nickname_joins_the_person_it_is_given_to():
    found = people("Margaret Landry died on Sunday.\n"
                   "Known to nearly everyone as Peggy, Mrs. Landry arrived in Washington.\n"
                   "“Peggy Landry was a trailblazer,” the governor said.")
    assert list(found) == ["Margaret Landry"]
    assert {"Peggy", "Peggy Landry"} <= set(found["Margaret Landry"])


def test_a_maiden_name_joins_the_married_name():
    found = people("Margaret Pruitt Landry died on Sunday. Mrs. Landry was 84.\n"
                   "Margaret Ellen Pruitt was born in 1940.")
    assert list(found) == ["Margaret Pruitt Landry"]


def test_a_byline_keeps_the_name_after_a_job_and_drops_an_outlet():
    state = run("Talks resume on Monday.", upto="names",
                author="Sky News political correspondent Jane Doe and Washington Post")
    assert [p.name for p in state.people] == ["Jane Doe"]
