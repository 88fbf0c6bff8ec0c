"""The ``events`` rule's acts (resigning, being sworn in, rescues, tours, court
appearances ...), the participants and dates a happening takes from the sentences around
it, and the date phrases that do not date a happening."""

from __future__ import annotations

from test_events import events_of, extracted, summary


def test_resigned_with_a_date_is_the_subjects_resignation() -> None:
    [event] = events_of("Derek Hollis resigned as council leader on Monday.", ["Derek Hollis"])
    assert summary([event]) == [("resignation", "2025-02-24", ["Derek Hollis"])]
    assert event.name == "Hollis resignation"


def test_resigned_without_any_date_is_no_event() -> None:
    assert events_of("Derek Hollis resigned as council leader.", ["Derek Hollis"]) == []


def test_sworn_in_on_a_coming_day_is_a_swearing_in() -> None:
    [event] = events_of("Marcus Bell will be sworn in on Jan. 6 at the Augusta Municipal "
                        "Building.", ["Marcus Bell"], published="2024-12-11")
    assert summary([event]) == [("inauguration", "2025-01-06", ["Marcus Bell"])]
    assert event.place == "Augusta Municipal Building"


def test_a_rescue_is_dated_by_a_day_anywhere_in_its_sentence() -> None:
    [event] = events_of("Sgt. Dale Fugate said a helicopter crew rescued a family of four from "
                        "the roof of their home near Jackson early Sunday.", ["Dale Fugate"])
    assert summary([event]) == [("rescue", "2025-02-23", ["Dale Fugate"])]


def test_a_tour_told_twice_is_one_visit() -> None:
    events = events_of("Ellen Whitaker toured the damage in Hazard on Monday.\n"
                       "Ellen Whitaker declared an emergency on Sunday and toured the damage in "
                       "Hazard on Monday.", ["Ellen Whitaker"])
    assert summary(events) == [("visit", "2025-02-24", ["Ellen Whitaker"])]
    assert events[0].place == "Hazard"


def test_a_visit_in_the_present_perfect_is_a_history_not_a_visit() -> None:
    assert events_of("Keir Starmer has visited Kyiv twice since 2022.", ["Keir Starmer"]) == []


def test_addressing_both_houses_is_a_speech() -> None:
    [event] = events_of("Miguel Ferraz is due to address both houses of Parliament on Thursday.",
                        ["Miguel Ferraz"], published="2025-10-22")
    assert summary([event]) == [("speech", "2025-10-23", ["Miguel Ferraz"])]


def test_mps_debated_a_bill_and_who_spoke_during_the_debate_took_part() -> None:
    [event] = events_of("Last week MPs debated the Water (Special Measures) Bill.\n"
                        "Emma Reynolds told the Commons during the debate that the era of "
                        "rewarding failure was over.", ["Emma Reynolds"])
    assert (event.kind, event.name, event.date) == (
        "debate", "Debate on Water (Special Measures) Bill", "2025-02-17")
    assert event.participants == ["Emma Reynolds"]


def test_a_strike_staged_by_workers_is_a_protest_but_a_drone_strike_is_not() -> None:
    [event] = events_of("Workers at the Umea plant staged a one-day strike last week.", [])
    assert (event.kind, event.name, event.date) == ("protest", "Strike", "2025-02-17")
    drone = events_of("A drone strike on Tuesday hit a depot and killed two people.", [])
    assert [e.kind for e in drone] == ["disaster"]


def test_among_the_dead_names_who_died() -> None:
    [event] = events_of("Among the dead was Ruth Ann Combs, 78, whose car was swept off a road "
                        "near Buckhorn on Sunday morning.", ["Ruth Ann Combs"])
    assert summary([event]) == [("death", "2025-02-23", ["Ruth Ann Combs"])]


def test_among_those_arrested_names_who_was_arrested() -> None:
    [event] = events_of("Among those arrested was Tom Barlow, 71, a retired GP from Stockport.",
                        ["Tom Barlow"])
    assert (event.kind, event.participants) == ("arrest", ["Tom Barlow"])


def test_due_to_appear_before_a_court_is_a_hearing_named_after_the_court() -> None:
    [event] = events_of("Tom Barlow is due to appear before Manchester Magistrates' Court on "
                        "Monday.", ["Tom Barlow"], published="2025-06-08")
    assert summary([event]) == [("hearing", "2025-06-09", ["Tom Barlow"])]
    assert event.name == "Manchester Magistrates' Court hearing"


def test_someone_sentenced_unnamed_is_the_person_named_next() -> None:
    events = events_of("A former county treasurer who diverted relief money was sentenced "
                       "Tuesday to seven years in prison.\n"
                       "Gerald Wexford, 61, pleaded guilty in October to wire fraud.",
                       ["Gerald Wexford"])
    assert summary(events) == [("ruling", "2025-02-25", ["Gerald Wexford"]),
                               ("ruling", "2024-10", ["Gerald Wexford"])]


def test_many_people_convicted_are_not_the_person_named_next() -> None:
    events = events_of("In March, 12 people were convicted over a protest that closed a runway "
                       "at Stansted in 2023.\nEsme Kaur said the group would not be deterred.",
                       ["Esme Kaur"], published="2025-06-08")
    assert [e for e in summary(events) if e[0] == "ruling"] == [("ruling", "2025-03", [])]


def test_a_debut_an_appointment_and_a_performance_with_a_year_are_events() -> None:
    events = events_of("She made her Covent Garden debut in 1956 as Mimì.\n"
                       "Margaret Alloway was appointed a Dame in the 1985 New Year Honours.\n"
                       "In 1971 Margaret Alloway sang Desdemona at the Metropolitan Opera.",
                       ["Margaret Alloway"])
    assert [(e.kind, e.date) for e in events] == [
        ("performance", "1956"), ("appointment", "1985"), ("performance", "1971")]


def test_until_a_year_dates_no_performance() -> None:
    assert events_of("Margaret Alloway sang there almost every season until 1979.",
                     ["Margaret Alloway"]) == []


def test_the_subject_past_a_who_aside_is_who_died_not_the_date_of_the_aside() -> None:
    deaths = [e for e in extracted(
        "Dame Margaret Alloway, the Welsh soprano who sang at the coronation of Queen "
        "Elizabeth II in 1953, has died at her home in Cardiff.\n"
        "Her death on Monday was announced by the college.") if e.kind == "death"]
    assert summary(deaths) == [("death", "2025-02-24", ["Margaret Alloway"])]


def test_her_husband_who_died_is_not_her() -> None:
    [event] = events_of("Her husband, the conductor Geraint Howells, died in 2004.",
                        ["Geraint Howells"])
    assert summary([event]) == [("death", "2004", ["Geraint Howells"])]


def test_a_coronation_of_a_person_has_that_person_as_participant() -> None:
    [event] = events_of("The choir sang at the coronation of Queen Elizabeth II in 1953.",
                        {"Elizabeth II": ["Queen Elizabeth II"]})
    assert summary([e for e in [event]]) == [("ceremony", "1953", ["Elizabeth II"])]


def test_a_runoff_won_is_contested_by_the_candidates_of_its_clause() -> None:
    [event] = events_of("Marcus Bell won Augusta’s mayoral runoff on Tuesday, defeating Linda "
                        "Carraway.", ["Marcus Bell", "Linda Carraway"], published="2024-12-11")
    assert summary([event]) == [("vote", "2024-12-10", ["Marcus Bell", "Linda Carraway"])]


def test_an_elections_office_is_no_election() -> None:
    assert events_of("Marcus Bell took 54% of the vote, according to results posted by the "
                     "Richmond County elections office late Tuesday.", ["Marcus Bell"],
                     published="2024-12-11") == []


def test_the_first_round_of_a_runoff_takes_its_candidates() -> None:
    events = events_of("Marcus Bell won the mayoral runoff on Tuesday, defeating Linda Carraway.\n"
                       "Turnout was lower than in the Nov. 5 general election.",
                       ["Marcus Bell", "Linda Carraway"], published="2024-12-11")
    assert summary(events) == [("vote", "2024-12-10", ["Marcus Bell", "Linda Carraway"]),
                               ("vote", "2024-11-05", ["Marcus Bell", "Linda Carraway"])]


def test_the_two_leaders_are_the_two_just_named_and_their_talks_take_that_day() -> None:
    events = events_of("Keir Starmer and Miguel Ferraz signed a security pact at Downing Street "
                       "on Wednesday.\nThe two leaders held talks for about 90 minutes.",
                       ["Keir Starmer", "Miguel Ferraz"], published="2025-10-22")
    assert [(e.kind, e.date) for e in events] == [("signing", "2025-10-22"),
                                                   ("talks", "2025-10-22")]
    assert sorted(events[1].participants) == ["Keir Starmer", "Miguel Ferraz"]


def test_a_deal_signed_only_in_a_condition_is_no_signing() -> None:
    events = events_of("In an interview on Monday, Nathaniel Osei said he would keep his "
                       "nominees until a deal was signed.", ["Nathaniel Osei"])
    assert [e.kind for e in events] == ["interview"]


def test_a_year_after_from_is_when_a_state_begins_not_when_talks_were_held() -> None:
    [event] = events_of("On Wednesday, Miguel Ferraz held talks with Keir Starmer, committing "
                        "the navies to joint patrols from 2026.", ["Miguel Ferraz", "Keir Starmer"],
                        published="2025-10-22")
    assert (event.kind, event.date) == ("talks", "2025-10-22")


def test_an_undated_party_in_the_opening_sentences_is_on_the_day_of_the_news() -> None:
    events = events_of("Marcus Bell won the mayoral runoff on Tuesday, defeating Linda Carraway.\n"
                       "“I intend to show up for this city,” Marcus Bell told cheering "
                       "supporters at a victory party at the Bell Auditorium.",
                       ["Marcus Bell", "Linda Carraway"], published="2024-12-11")
    party = [e for e in events if e.kind == "rally"]
    assert summary(party) == [("rally", "2024-12-10", ["Marcus Bell"])]


def test_a_protest_takes_the_leader_named_in_the_next_sentence() -> None:
    [event] = events_of("Around 200 fishermen staged a protest outside Downing Street on "
                        "Wednesday.\nTheir leader, Paul Trewin, said the deal was wrong.",
                        ["Paul Trewin"], published="2025-10-22")
    assert summary([event]) == [("protest", "2025-10-22", ["Paul Trewin"])]


def test_the_protest_raised_later_is_the_one_already_reported() -> None:
    events = events_of("Around 200 fishermen staged a protest outside Downing Street on "
                       "Wednesday.\nMike Kane said he would raise the protest in the Commons on "
                       "Tuesday.", ["Mike Kane"], published="2025-10-22")
    assert [(e.kind, e.date) for e in events] == [("protest", "2025-10-22")]


def test_a_state_visit_under_way_is_dated_to_the_month_of_publication() -> None:
    [event] = events_of("Miguel Ferraz spoke on the third day of his state visit to the United "
                        "Kingdom.", ["Miguel Ferraz"], published="2025-10-23")
    assert summary([event]) == [("visit", "2025-10", ["Miguel Ferraz"])]
    assert event.name == "Ferraz state visit to the United Kingdom"


def test_telling_a_committee_named_in_lower_case_is_a_hearing_not_dated_by_what_was_said() -> None:
    [event] = events_of("Chris Weston told the Commons environment, food and rural affairs "
                        "committee that the spills in March were regrettable.", ["Chris Weston"])
    assert (event.kind, event.date, event.participants) == (
        "hearing", "2025-02-27", ["Chris Weston"])


def test_telling_a_call_sign_is_an_interview_with_that_broadcaster() -> None:
    [event] = events_of("Donald Mobelini told WYMT on Monday that 400 homes had been damaged.",
                        ["Donald Mobelini"])
    assert (event.kind, event.name, event.date) == (
        "interview", "WYMT interview with Mobelini", "2025-02-24")


def test_speaking_to_an_outlet_is_an_interview() -> None:
    [event] = events_of("Speaking to The Independent before his arrest, Tom Barlow said he had "
                        "no regrets.", ["Tom Barlow"])
    assert (event.kind, event.participants) == ("interview", ["Tom Barlow"])


def test_who_announced_a_meeting_with_management_takes_part_in_it() -> None:
    [event] = events_of("Lena Ek said the union would meet management on Monday.", ["Lena Ek"])
    assert summary([event]) == [("meeting", "2025-03-03", ["Lena Ek"])]


def test_a_happening_nobody_named_took_part_in_and_never_dated_is_dropped() -> None:
    assert events_of("The two candidates met in three televised debates.", []) == []


def test_a_regnal_number_is_no_surname_in_an_event_name() -> None:
    [event] = events_of("King Charles III met Miguel Ferraz on Tuesday.",
                        {"Charles III": ["King Charles III"], "Miguel Ferraz": ["Miguel Ferraz"]})
    assert event.name == "Charles–Ferraz meeting"


def test_plural_floods_with_a_toll_are_a_disaster_without_a_determiner() -> None:
    [event] = events_of("Floods in July 2022 killed 45 people in the region.", [],
                        published="2025-05-06")
    assert (event.kind, event.date) == ("disaster", "2022-07")


def test_a_conviction_of_nobody_named_is_named_for_the_verdict() -> None:
    [event] = [e for e in events_of("In March, 12 people were convicted over a protest at "
                                    "Stansted.", [], published="2025-06-08") if e.kind == "ruling"]
    assert (event.name, event.date) == ("Conviction", "2025-03")


def test_the_lawsuit_announced_by_someone_is_the_suit_just_reported_with_them_in_it() -> None:
    [event] = events_of("Fourteen state attorneys general sued Vireo on Thursday.\n"
                        "The lawsuit, filed in federal court in Manhattan, was announced by "
                        "Letitia James.", ["Letitia James"], published="2025-09-18")
    assert summary([event]) == [("lawsuit", "2025-09-18", ["Letitia James"])]


def test_the_suit_brought_by_groups_mid_sentence_is_no_new_lawsuit() -> None:
    events = events_of("The groups that brought the suit argued at a two-day hearing in "
                       "Abernathy’s courtroom on Feb. 18.", ["Celestine M. Abernathy"])
    assert [e.kind for e in events] == ["hearing"]


def test_a_hearing_held_and_a_hearing_set_for_a_coming_day_are_two() -> None:
    events = events_of("Dana Whitfield testified before the Senate Commerce Committee three "
                       "weeks ago.\nA hearing on the injunction has been set for Oct. 9.",
                       ["Dana Whitfield"], published="2025-09-18")
    assert [(e.kind, e.date) for e in events] == [("hearing", "2025-08"),
                                                  ("hearing", "2025-10-09")]


def test_expected_to_visit_the_area_on_a_coming_day_is_a_visit() -> None:
    [event] = events_of("Cameron Hamilton is expected to visit the area on Thursday.",
                        ["Cameron Hamilton"], published="2025-05-06")
    assert summary([event]) == [("visit", "2025-05-08", ["Cameron Hamilton"])]


def test_her_own_visit_in_a_year_is_a_past_visit_and_that_year_is_not_the_speechs() -> None:
    events = events_of("In a speech, Queen Anne recalled her own visit to Lisbon in 2023.",
                       {"Anne": ["Queen Anne"]})
    assert [(e.kind, e.date) for e in events] == [("visit", "2023")]


def test_a_call_two_sentences_after_a_dated_party_takes_its_day() -> None:
    events = events_of("Marcus Bell told supporters at a victory party on Tuesday that he won.\n"
                       "“I intend to show up,” he added.\n"
                       "Linda Carraway said she had called Marcus Bell to congratulate him.",
                       ["Marcus Bell", "Linda Carraway"], published="2024-12-11")
    assert [(e.kind, e.date) for e in events] == [("rally", "2024-12-10"),
                                                  ("talks", "2024-12-10")]


def test_what_a_named_organisation_did_on_a_known_day_is_named_after_it() -> None:
    [fine] = events_of("Ofwat fined Thames Water £123 million in May.", [])
    assert (fine.kind, fine.name, fine.date) == ("announcement", "Ofwat fine", "2024-05")
    [deal] = events_of("Last month Norvik agreed to buy Dutch battery maker Voltera.", [])
    assert (deal.name, deal.date) == ("Norvik acquisition", "2025-01")


def test_reporting_that_and_an_unnamed_government_are_no_organisation_acts() -> None:
    assert events_of("Norvik reported on Monday that demand was weak.", []) == []
    assert events_of("The action comes a week after the government approved plans.", []) == []
