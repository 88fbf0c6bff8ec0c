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
