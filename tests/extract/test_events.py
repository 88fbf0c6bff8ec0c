"""The ``events`` rule on inline sentences, with the article's people built by hand."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.extract import extract_article
from generator.extract.event_phrases import find_place, named_events
from generator.extract.events import find_events
from generator.extract.state import ExtractState
from generator.extract.text import article_from_text
from generator.model import Article, ArticlePerson, EventRef, Mention, Paragraph


def person(name: str, paragraphs: list[Paragraph], forms: list[str]) -> ArticlePerson:
    """A person with a mention wherever one of ``forms`` occurs (longest forms first)."""
    mentions: list[Mention] = []
    for index, para in enumerate(paragraphs):
        for form in sorted(forms, key=len, reverse=True):
            for m in re.finditer(rf"\b{re.escape(form)}\b", para.text):
                if not any(x.para == index and x.start <= m.start() < x.end for x in mentions):
                    mentions.append(Mention(form, index, m.start(), m.end(), para.line))
    return ArticlePerson(name, mentions=mentions)


def events_of(text: str, people: list[str] | dict[str, list[str]],
              published: str | None = "2025-02-27") -> list[EventRef]:
    """Run the rule over ``text`` (one paragraph per line) with these people.

    ``people`` lists names (mentioned by full name or surname) or maps each name to the
    forms the text uses ("Sir Keir").
    """
    paragraphs = [Paragraph(line, i + 1) for i, line in enumerate(text.strip().splitlines())]
    forms = people if isinstance(people, dict) else {n: [n, n.split()[-1]] for n in people}
    article = Article(id="a", file="a.txt", title="T", title_derived=False, source=None,
                      date=published, paragraphs=paragraphs)
    state = ExtractState(article=article,
                         people=[person(n, paragraphs, f) for n, f in forms.items()])
    find_events(state)
    return state.events


def extracted(text: str, published: str | None = "2025-02-27") -> list[EventRef]:
    """Run every rule (names, roles, quotes ...) and return the events found."""
    return extract_article(replace(article_from_text(text.strip()), date=published)).events


def summary(events: list[EventRef]) -> list[tuple[str, str | None, list[str]]]:
    return [(e.kind, e.date, e.participants) for e in events]


def test_met_with_at_the_white_house_on_thursday_is_a_dated_meeting_at_a_place() -> None:
    [event] = events_of(
        "British Prime Minister Keir Starmer met with Donald Trump at the White House on "
        "Thursday, where they discussed a plan.", ["Keir Starmer", "Donald Trump"])
    assert (event.kind, event.date, event.place) == ("meeting", "2025-02-27", "White House")
    assert event.participants == ["Keir Starmer", "Donald Trump"]
    assert event.name == "Starmer–Trump meeting"
    assert (event.para, event.line) == (0, 1)


def test_the_meeting_refers_back_and_adds_no_event_or_participants() -> None:
    events = events_of(
        "Keir Starmer met with Donald Trump at the White House on Thursday.\n"
        "Starmer told reporters after the meeting that it went well.\n"
        "The meeting came just days after Emmanuel Macron failed to secure guarantees during "
        "his talks with Trump in Washington.",
        ["Keir Starmer", "Donald Trump", "Emmanuel Macron"])
    assert [e.name for e in events] == ["Starmer–Trump meeting", "Macron–Trump talks"]
    assert events[0].participants == ["Keir Starmer", "Donald Trump"]
    assert (events[1].date, events[1].place) == ("2025-02", "Washington")


def test_failing_to_meet_targets_is_no_meeting() -> None:
    assert events_of("Donald Trump attacked allies who failed to meet spending targets.",
                     ["Donald Trump"]) == []


def test_a_meeting_without_date_or_place_keeps_its_participants() -> None:
    [event] = events_of("Donald Trump made the remarks during a meeting where he questioned "
                        "Nato.", ["Donald Trump"], None)
    assert (event.kind, event.date, event.participants) == ("meeting", None, ["Donald Trump"])


def test_discussed_with_a_counterpart_is_talks_between_the_people_named() -> None:
    [event] = events_of(
        "Donald Trump said he had discussed peacekeeping with his Russian counterpart, and "
        "claimed that Vladimir Putin had no problem with it.", ["Donald Trump", "Vladimir Putin"])
    assert (event.kind, event.participants) == ("talks", ["Donald Trump", "Vladimir Putin"])


def test_rally_takes_its_speaker_place_and_last_week_range() -> None:
    [event] = events_of(
        "Speaking at a rally in Conway, South Carolina, last week, Mr Trump recounted a "
        "conversation with a Nato leader.", ["Donald Trump"], "2024-02-17")
    assert event.name == "Trump rally in Conway, South Carolina"
    assert (event.date, event.date_end) == ("2024-02-05", "2024-02-11")
    assert event.participants == ["Donald Trump"]


def test_interview_names_its_outlet_and_the_speaker() -> None:
    [event] = events_of("Despite Sir Keir’s rebuke, he insisted in a BBC interview that he "
                        "would deal with anyone.", {"Keir Starmer": ["Sir Keir"]})
    assert (event.kind, event.name, event.date) == ("interview", "BBC interview with Starmer",
                                                    None)
    assert event.participants == ["Keir Starmer"]


def test_death_of_a_person_names_only_that_person_and_the_place() -> None:
    [event] = events_of(
        "Keir Starmer warned that the death of Alexey Navalny, the Russian opposition leader, "
        "in an Arctic jail, showed the need to work together.", ["Keir Starmer", "Alexey Navalny"])
    assert (event.kind, event.name, event.place) == ("death", "Death of Alexey Navalny",
                                                     "Arctic jail")
    assert event.participants == ["Alexey Navalny"]


def test_a_named_conference_mentioned_often_is_one_event_with_everyone_who_was_there() -> None:
    events = events_of(
        "Keir Starmer meeting Antony Blinken at the Munich Security Conference - Tom Pullen\n"
        "The Labour leader said that in one-on-one meetings in Munich on Saturday he pledged "
        "support.\n"
        "The Labour leader used the Munich Security Conference to assure leaders, including "
        "Olaf Scholz.\n"
        "David Lammy, who was in Munich with Sir Keir this weekend, spoke.\n"
        "In meetings with leaders including Kaja Kallas, Sir Keir set out plans.",
        {"Keir Starmer": ["Keir Starmer", "Sir Keir"], "Antony Blinken": ["Antony Blinken"],
         "Tom Pullen": ["Tom Pullen"], "Olaf Scholz": ["Olaf Scholz"],
         "David Lammy": ["David Lammy"], "Kaja Kallas": ["Kaja Kallas"]}, "2024-02-17")
    [event] = events
    assert (event.name, event.kind, event.date, event.place) == (
        "Munich Security Conference", "conference", "2024-02-17", "Munich")
    assert set(event.participants) == {"Keir Starmer", "Antony Blinken", "Olaf Scholz",
                                       "David Lammy", "Kaja Kallas"}


def test_an_unnamed_summit_merges_with_the_named_one_and_takes_its_month() -> None:
    [event] = events_of(
        "Members are scrambling to hit a target in time for a July summit in the US.\n"
        "Members need to turn up to Nato’s 75th Anniversary summit with a commitment.",
        [], "2024-02-17")
    assert (event.name, event.kind, event.date, event.place) == (
        "Nato 75th Anniversary summit", "summit", "2024-07", "US")


def test_a_dated_election_is_a_vote_and_an_undated_one_is_not() -> None:
    [event] = events_of("Labour won a landslide in the general election on Thursday.\n"
                        "Polls tighten as the US election draws nearer.", [], "2024-07-06")
    assert (event.kind, event.name, event.date) == ("vote", "General election", "2024-07-04")


def test_speech_phone_call_and_press_conference_are_found() -> None:
    events = events_of(
        "Rishi Sunak conceded defeat in a speech in Richmond on Friday.\n"
        "The new prime minister held a phone call with Volodymyr Zelensky on Saturday.\n"
        "Joe Biden told reporters at a news conference on Monday that talks would continue.",
        ["Rishi Sunak", "Volodymyr Zelensky", "Joe Biden"], "2024-07-06")
    assert [(e.kind, e.date, e.participants) for e in events] == [
        ("speech", "2024-07-05", ["Rishi Sunak"]),
        ("talks", "2024-07-06", ["Rishi Sunak", "Volodymyr Zelensky"]),
        ("press conference", "2024-07-01", ["Joe Biden"]),
    ]


def test_a_pronoun_subject_continues_the_previous_sentence() -> None:
    events = events_of("Keir Starmer arrived in Washington.\nHe met Donald Trump on Thursday.",
                       ["Keir Starmer", "Donald Trump"])
    assert events[0].participants == ["Keir Starmer", "Donald Trump"]


def test_future_meeting_takes_the_next_weekday() -> None:
    [event] = events_of("Keir Starmer will meet Emmanuel Macron in Paris on Monday.",
                        ["Keir Starmer", "Emmanuel Macron"])
    assert (event.date, event.place) == ("2025-03-03", "Paris")


def test_generic_words_without_participants_date_or_place_are_not_events() -> None:
    assert events_of("The summit will focus on climate. Talks broke down.", []) == []


def test_a_named_body_that_speaks_is_an_organisation_not_an_event() -> None:
    text = "The Financial Services Forum, which represents banks, said rules would hurt."
    assert named_events(text, []) == []


def test_surnames_keep_capitalised_particles() -> None:
    [event] = events_of("Alexander De Croo told a press conference in Brussels that it "
                        "worked.", {"Alexander De Croo": ["Alexander De Croo"]})
    assert event.name == "De Croo press conference in Brussels"


def test_named_events_need_capitalised_modifiers() -> None:
    text = "He used the prestigious Munich Security Conference and a Trump rally."
    assert [n for _, _, n, _ in named_events(text, [])] == ["Munich Security Conference"]
    assert named_events("State of the Union address", []) == [
        (0, 26, "State of the Union address", "speech")]


def test_place_is_the_in_or_at_phrase_without_people_or_dates() -> None:
    text = "talks in Munich, Sir Keir said"
    assert find_place(text, 5, len(text), [(17, 25, "Keir Starmer")]) == "Munich"
    assert find_place("met at the White House on Thursday", 3, 34, []) == "White House"
    assert find_place("met in July in a BBC studio", 3, 27, []) is None


def test_a_definite_summit_with_a_place_but_nothing_before_it_is_a_new_event() -> None:
    [event] = events_of("Keir Starmer attended the summit in Brussels on Thursday.",
                        ["Keir Starmer"])
    assert (event.kind, event.place, event.date) == ("summit", "Brussels", "2025-02-27")
    assert event.participants == ["Keir Starmer"]


def test_a_reference_back_adds_a_place_but_not_the_people_around_it() -> None:
    [event] = events_of(
        "Joe Biden and Xi Jinping met on Wednesday.\n"
        "The meeting at the Filoli estate came after Gavin Newsom spoke.",
        ["Joe Biden", "Xi Jinping", "Gavin Newsom"], "2023-11-16")
    assert (event.place, event.date) == ("Filoli estate", "2023-11-15")
    assert event.participants == ["Joe Biden", "Xi Jinping"]


def test_a_named_event_may_hold_one_topic_word_before_its_head() -> None:
    assert [n for _, _, n, _ in named_events("He flew to the COP28 climate summit.", [])] == [
        "COP28 climate summit"]
    assert named_events("European leaders attended summit talks.", []) == []


def test_a_town_hall_is_a_rally_of_its_speaker() -> None:
    [event] = events_of("Kamala Harris held a town hall in Michigan on Monday.",
                        ["Kamala Harris"])
    assert (event.kind, event.name, event.date) == ("rally", "Harris town hall in Michigan",
                                                    "2025-02-24")


# ------------------------------------------------------------------ duplicates and venues


def test_one_rally_told_in_a_caption_and_in_the_text_with_town_and_state_is_one_event() -> None:
    events = events_of(
        "Rick Dunleavy speaks at a campaign rally in Greenville, South Carolina, on Saturday.\n"
        "Rick Dunleavy told a packed rally in South Carolina on Saturday that he would win.\n"
        "Saturday's rally was his sixth visit to the state since he entered the race in May.",
        ["Rick Dunleavy"], "2023-09-09")
    [rally] = events
    assert (rally.name, rally.date) == ("Dunleavy rally in Greenville, South Carolina",
                                        "2023-09-09")


def test_one_speech_on_one_day_reported_at_two_places_or_undated_is_one_event() -> None:
    events = events_of(
        "Jerome Powell gave a speech at the Jackson Lake Lodge on Friday.\n"
        "Jerome Powell said in a speech in Jackson Hole, Wyoming, on Friday that it was time.\n"
        "Jerome Powell also said in a speech that jobs mattered.",
        ["Jerome Powell"], "2024-08-23")
    [speech] = events
    assert (speech.date, speech.place) == ("2024-08-23", "Jackson Hole, Wyoming")


def test_a_speech_at_a_named_symposium_is_one_event_named_after_its_venue() -> None:
    events = events_of(
        "In a keenly awaited speech at the annual Jackson Hole economic symposium on Friday, "
        "Powell said the time had come.\n"
        "The Jackson Hole economic symposium continues through Saturday.",
        ["Jerome Powell"], "2024-08-23")
    [speech] = events
    assert (speech.kind, speech.date, speech.participants) == ("speech", "2024-08-23",
                                                               ["Jerome Powell"])
    assert speech.name == "Powell speech at Jackson Hole economic symposium"


def test_a_conference_named_after_the_town_of_a_speech_is_its_venue_not_an_event() -> None:
    events = events_of(
        "Powell said in a closely watched speech at the Fed’s annual economic symposium in "
        "Jackson Hole, Wyoming.\n"
        "The Jackson Hole conference, hosted each year by the Kansas City Fed, continues "
        "through Saturday.", ["Jerome Powell"], "2024-08-23")
    [speech] = events
    assert (speech.name, speech.place) == ("Powell speech in Jackson Hole, Wyoming",
                                           "Jackson Hole, Wyoming")


def test_a_persons_name_inside_a_named_gathering_stays_in_the_name() -> None:
    text = "The Jackson Hole conference continues."
    assert [n for _, _, n, _ in named_events(text, [(4, 11, "Jackson Hole")])] == [
        "Jackson Hole conference"]
    assert named_events("The Trump summit went ahead.", [(4, 9, "Donald Trump")]) == []


def test_a_possessive_after_at_is_no_place() -> None:
    text = "a speech at the Fed’s annual symposium in Jackson Hole, Wyoming."
    assert find_place(text, 8, len(text), []) == "Jackson Hole, Wyoming"


def test_a_place_inside_a_topic_phrase_is_the_topics() -> None:
    text = "held talks on energy, investment and the war in Ukraine."
    assert find_place(text, 10, len(text), []) is None


# ------------------------------------------------------------------ dates


def test_an_undated_speech_takes_the_day_the_lead_says_its_speaker_acted() -> None:
    [speech] = events_of(
        "Federal Reserve Chair Jerome Powell signaled Friday that rates will fall.\n"
        "Powell said in a closely watched speech that the time had come.",
        ["Jerome Powell"], "2024-08-23")
    assert (speech.kind, speech.date) == ("speech", "2024-08-23")


def test_a_speech_neither_dated_nor_placed_is_a_way_of_quoting_not_an_event() -> None:
    assert events_of("Powell said in a speech that the time had come.", ["Jerome Powell"],
                     "2024-08-23") == []
    assert events_of("“We all want to pay teachers more,” Honeycutt said in a floor speech.",
                     ["Wade Honeycutt"], "2025-06-03") == []


def test_what_happened_later_takes_the_day_of_its_participant() -> None:
    events = events_of(
        "Ursula von der Leyen welcomed Mohammed bin Salman on Wednesday.\n"
        "Mohammed bin Salman later joined António Costa for a working dinner.",
        ["Ursula von der Leyen", "Mohammed bin Salman", "António Costa"], "2025-03-12")
    [dinner] = [e for e in events if "dinner" in e.name]
    assert (dinner.date, dinner.name) == ("2025-03-12", "bin Salman–Costa working dinner")


def test_a_possessive_or_adjective_date_before_the_trigger_is_its_date() -> None:
    [debate] = events_of("Voss referred to last month's first debate.", ["Carly Voss"],
                         "2023-09-09")
    assert debate.date == "2023-08"
    [interview] = events_of("Landry told The Times-Picayune in a 2005 interview, weeks after "
                            "Hurricane Katrina, that she was stubborn.", ["Margaret Landry"],
                            "2024-11-12")
    assert (interview.date, interview.name) == ("2005", "The Times-Picayune interview with Landry")


def test_a_distance_before_an_election_puts_it_that_far_ahead() -> None:
    [election] = events_of("Now, 74 days before an election, the Fed can cut?", [], "2024-08-23")
    assert (election.kind, election.date) == ("vote", "2024-11-05")


def test_a_month_in_the_label_dates_an_election() -> None:
    [election] = events_of("The November presidential election is less than three months "
                           "away.", [], "2024-08-23")
    assert (election.name, election.date) == ("November presidential election", "2024-11")


def test_an_election_days_ahead_on_a_weekday_is_the_coming_one() -> None:
    [vote] = events_of("The announcement comes days before the Rochdale by-election on "
                       "Thursday, which Labour was forced to abandon.", [], "2024-02-26")
    assert (vote.name, vote.date) == ("Rochdale by-election", "2024-02-29")


def test_a_day_without_a_year_after_a_present_perfect_is_the_nearest_one() -> None:
    [debate] = events_of("The campaign has qualified for the second Republican primary "
                         "debate on Sept. 27 at the Reagan Library.", [], "2023-09-09")
    assert (debate.name, debate.date) == ("Second Republican primary debate at Reagan Library",
                                          "2023-09-27")


def test_a_date_that_says_since_when_does_not_date_a_happening() -> None:
    [hearing] = events_of("Raymond Kessler, who has led the agency since January, told the "
                          "Senate Commerce Committee that it was short.", ["Raymond Kessler"],
                          "2024-04-18")
    assert hearing.date is None


def test_a_sentence_broken_after_a_month_abbreviation_or_initials_is_mended() -> None:
    [vote] = events_of("Nikki Haley and Tim Scott, R-S.C., are competing ahead of the "
                       "primary on Feb. 24.", ["Nikki Haley", "Tim Scott"], "2023-09-09")
    assert (vote.date, vote.participants) == ("2024-02-24", [])


# ------------------------------------------------------------------ new kinds


def test_testimony_before_a_committee_is_a_hearing_and_mentions_of_it_merge() -> None:
    events = events_of(
        "Raymond Kessler testifies before the Senate Commerce Committee on Thursday.\n"
        "Raymond Kessler told the Senate Commerce Committee that the FAA is short.\n"
        "Karen Albright told reporters after the hearing that they deserve better.",
        ["Raymond Kessler", "Karen Albright"], "2024-04-18")
    [hearing] = events
    assert (hearing.name, hearing.date, hearing.participants) == (
        "Senate Commerce Committee hearing", "2024-04-18", ["Raymond Kessler"])


def test_her_own_hearing_is_another_hearing() -> None:
    events = events_of(
        "A Senate hearing on wildfire funding turned combative.\n"
        "Randall Pike told the Energy and Natural Resources Committee that it was on track.\n"
        "Ellen Marsh said she would hold her own hearing next month.",
        ["Randall Pike", "Ellen Marsh"], None)
    assert [(e.name, e.participants) for e in events] == [
        ("Senate hearing", ["Randall Pike"]), ("Marsh hearing", ["Ellen Marsh"])]


def test_a_debate_needs_a_date_a_venue_or_a_type() -> None:
    [debate] = events_of("Marisol Quiñones-Baptiste and Dov Hirsch clashed at a debate at "
                         "Brooklyn College on Thursday.", ["Marisol Quiñones-Baptiste",
                                                           "Dov Hirsch"], "2023-10-16")
    assert (debate.date, debate.place) == ("2023-10-12", "Brooklyn College")
    assert events_of("The debate over immigration has dominated the campaign.", []) == []
    assert events_of("Lawmakers will debate the bill on Thursday.", []) == []


def test_an_elections_participants_are_the_people_called_candidates() -> None:
    state = ExtractState(article=Article(
        id="a", file="a.txt", title="T", title_derived=False, source=None, date="2023-10-16",
        paragraphs=[Paragraph("Election Day is Nov. 7.", 1)]),
        people=[ArticlePerson("Mari Quinones", roles=["City Council candidate"]),
                ArticlePerson("Bill de Blasio", roles=["former mayor"])])
    find_events(state)
    [election] = state.events
    assert (election.name, election.date, election.participants) == (
        "Election", "2023-11-07", ["Mari Quinones"])


def test_an_election_nobody_contests_and_nobody_dates_is_not_an_event() -> None:
    assert events_of("The election is on Nov. 5.", [], None) == []


def test_a_committee_expected_to_vote_next_week_is_a_vote() -> None:
    [vote] = events_of("The committee is expected to vote next week on an amendment.", [],
                       "2024-04-18")
    assert (vote.kind, vote.name, vote.date) == ("vote", "Vote", "2024-04-22")


def test_an_appearance_on_a_broadcast_show_is_an_interview_on_that_show() -> None:
    [show] = events_of("“Nobody wins,” Daniel Whitcombe told NBC’s Kristen Welker on “Meet the "
                       "Press.”", ["Daniel Whitcombe", "Kristen Welker"], "2025-02-23")
    assert (show.kind, show.name) == ("interview", "Whitcombe interview on Meet the Press")
    assert show.participants == ["Daniel Whitcombe", "Kristen Welker"]
    [radio] = events_of("“We have offered enough,” Wes Streeting told the BBC's Today "
                        "programme.", ["Wes Streeting"], None)
    assert radio.name == "Streeting interview on BBC's Today programme"
    assert events_of("Cuts to the Medicaid program were discussed.", []) == []


def test_an_undated_show_appearance_takes_the_day_the_article_reports() -> None:
    events = events_of(
        "Daniel Whitcombe on Sunday warned his party.\n"
        "Appearing on CBS’s “Face the Nation,” Imani Castellanos accused Republicans.",
        ["Daniel Whitcombe", "Imani Castellanos"], "2025-02-23")
    assert [(e.name, e.date) for e in events] == [
        ("Castellanos interview on Face the Nation", "2025-02-23")]


def test_calling_someone_on_a_day_is_a_phone_call_but_calling_them_names_is_not() -> None:
    [call] = events_of("Whitcombe said he had called Johnson on Saturday to urge him.",
                       ["Daniel Whitcombe", "Mike Johnson"], "2025-02-23")
    assert (call.name, call.date) == ("Whitcombe–Johnson phone call", "2025-02-22")
    assert events_of("Dov Hirsch has called Mari Quinones a “professional protester.”",
                     ["Dov Hirsch", "Mari Quinones"]) == []
    assert events_of("Chuck Schumer said the so-called Trump plan would fail.",
                     ["Chuck Schumer", "Donald Trump"]) == []


def test_speaking_with_someone_by_phone_is_a_phone_call() -> None:
    [call] = events_of("Chuck Schumer said he had spoken with Joe Biden by phone on Tuesday.",
                       ["Chuck Schumer", "Joe Biden"], "2024-03-06")
    assert (call.name, call.date) == ("Schumer–Biden phone call", "2024-03-05")


def test_an_announced_visit_is_an_event_and_a_past_one_is_not() -> None:
    [visit] = events_of("Leaders discussed a visit to Brussels next month by Mohammed bin "
                        "Salman.", ["Mohammed bin Salman"], None)
    assert (visit.kind, visit.name) == ("visit", "bin Salman visit to Brussels")
    assert events_of("Mohammed bin Salman’s first visit to Brussels was billed as a reset.",
                     ["Mohammed bin Salman"], None) == []


def test_a_funeral_and_an_unnamed_death_have_no_participants() -> None:
    events = events_of(
        "A funeral Mass will be held on Saturday at St. Joseph Cathedral in Baton Rouge.\n"
        "Officials said four deaths may be linked to the storm, including a man who died of "
        "carbon monoxide poisoning in Round Rock.", [], "2024-11-12")
    assert [(e.name, e.date, e.participants) for e in events] == [
        ("Funeral at St. Joseph Cathedral", "2024-11-16", []),
        ("Death in Round Rock", None, [])]


def test_whose_death_a_sentence_reports() -> None:
    election, death = events_of(
        "Margaret Landry, who in 1986 became the first woman elected to Congress from her "
        "district and spent 12 years fighting for the wetlands, died on Sunday at her home.",
        ["Margaret Landry"], "2024-11-12")
    assert (election.kind, election.date, election.participants) == (
        "vote", "1986", ["Margaret Landry"])
    assert (death.participants, death.date) == (["Margaret Landry"], "2024-11-10")
    [unnamed] = events_of("Greg Abbott said three people died in floods in Houston.",
                          ["Greg Abbott"], None)
    assert unnamed.participants == []


def test_a_statement_to_mps_and_a_panel_appearance_are_speeches() -> None:
    events = events_of(
        "In a statement to MPs on Monday, Keir Starmer said the UK would keep working.\n"
        "Andrew Bailey is due to speak on a panel at Jackson Hole on Saturday.",
        ["Keir Starmer", "Andrew Bailey"], "2025-03-04")
    assert [(e.kind, e.name, e.date) for e in events] == [
        ("speech", "Starmer statement", "2025-03-03"),
        ("speech", "Bailey panel appearance at Jackson Hole", "2025-03-08")]


def test_speaking_at_a_named_venue_is_a_speech() -> None:
    [speech] = events_of("Speaking at the Kansas City Fed's annual retreat in Jackson Hole, "
                         "Wyoming, Jerome Powell told a room of bankers it was time.",
                         ["Jerome Powell"], "2024-08-23")
    assert (speech.kind, speech.place) == ("speech", "Jackson Hole, Wyoming")
    assert events_of("Jerome Powell, speaking at a time when rates are high, said so.",
                     ["Jerome Powell"]) == []


def test_a_court_ruling_is_an_event_and_the_ruling_party_is_not() -> None:
    [ruling] = events_of("Judge Okonjo dismissed the claim. In her judgment, Judge Okonjo "
                         "said the allegation was true.", ["Okonjo"], None)
    assert (ruling.kind, ruling.participants) == ("ruling", ["Okonjo"])
    assert events_of("The ruling party lost the vote share it had won.", []) == []


def test_a_meeting_of_a_group_has_no_named_participants_besides_the_group() -> None:
    [meeting] = events_of("José Álvarez described a tense closed-door meeting of ministers on "
                          "Wednesday night.", ["José Álvarez"], "2024-11-21")
    assert (meeting.name, meeting.date, meeting.participants) == (
        "Closed-door meeting of ministers", "2024-11-20", [])


def test_who_meets_is_who_stands_next_to_the_verb() -> None:
    [meeting] = events_of("Powell gave his clearest signal that the Fed will cut rates when its "
                          "policymakers meet Sept. 17-18.", ["Jerome Powell"], "2024-08-23")
    assert (meeting.date, meeting.participants) == ("2024-09-17", [])
    assert events_of("Maria Delgado asked whether the agency would meet a September deadline.",
                     ["Maria Delgado"]) == []


def test_meeting_somewhere_for_a_summit_is_the_summit() -> None:
    [summit] = events_of("EU leaders will meet in Brussels next week for a summit dominated by "
                         "defence.", [], "2025-03-12")
    assert (summit.kind, summit.place, summit.date) == ("summit", "Brussels", "2025-03-17")


def test_a_summit_the_article_presumes_is_an_event_of_those_at_it() -> None:
    [summit] = events_of("Speaking to reporters after the summit, Ursula von der Leyen said "
                         "the money would help.", ["Ursula von der Leyen"], None)
    assert (summit.kind, summit.participants) == ("summit", ["Ursula von der Leyen"])


def test_a_clash_between_two_people_is_their_meeting() -> None:
    events = events_of(
        "He spoke since Friday’s Oval Office clash between Mr Trump and Volodymyr Zelensky.\n"
        "The meeting at the White House on Friday ended in acrimony.",
        {"Donald Trump": ["Mr Trump"], "Volodymyr Zelensky": ["Volodymyr Zelensky"]},
        "2025-03-04")
    [meeting] = events
    assert (meeting.date, meeting.place, meeting.participants) == (
        "2025-02-28", "White House", ["Donald Trump", "Volodymyr Zelensky"])


def test_an_event_with_people_on_a_day_is_their_meeting() -> None:
    [event] = events_of("At a White House event with governors on Friday, Donald Trump clashed "
                        "with Janet Mills.", ["Donald Trump", "Janet Mills"], "2025-02-23")
    assert (event.name, event.date) == ("White House event with governors", "2025-02-21")


def test_happenings_inside_quotation_marks_and_people_quoted_are_not_reported() -> None:
    events = extracted("“Our soldiers should not be sent anywhere on the strength of a press "
                       "conference,” Lady Tregarthen said.")
    assert events == []
    [interview] = extracted("“She used to say it,” Charles Landry said in a telephone interview "
                            "on Monday.", "2024-11-12")
    assert (interview.date, interview.participants) == ("2024-11-11", ["Charles Landry"])


# ------------------------------------------------------------ disasters, deaths, funerals


def test_a_dated_tornado_with_a_toll_is_a_disaster_nobody_took_part_in() -> None:
    [tornado] = events_of("The tornado that tore through rural Wagoner County late Saturday "
                          "killed two people, officials said.", [], "2024-04-28")
    assert (tornado.kind, tornado.date, tornado.participants) == ("disaster", "2024-04-27", [])
    assert tornado.name == "Tornado"


def test_a_storm_of_criticism_or_a_fire_chief_is_no_disaster() -> None:
    assert events_of("The plan drew a storm of criticism on Monday that killed it.", []) == []
    assert events_of("The fire chief said on Sunday that nobody died.", []) == []


def test_a_named_hurricane_keeps_its_name() -> None:
    [storm] = events_of("Hurricane Milton made landfall on Wednesday, killing at least 10 "
                        "people.", [], "2024-10-11")
    assert (storm.name, storm.date) == ("Hurricane Milton", "2024-10-09")


def test_victims_identified_after_a_disaster_died_together_on_its_day() -> None:
    events = events_of(
        "The tornado that tore through the county late Saturday killed two people.\n"
        "The victims were identified as Earl Dunbar, 81, and his wife, Loretta Dunbar, 78.",
        ["Earl Dunbar", "Loretta Dunbar"], "2024-04-28")
    [death] = [e for e in events if e.kind == "death"]
    assert (death.date, death.participants) == ("2024-04-27", ["Earl Dunbar", "Loretta Dunbar"])


def test_a_burial_is_a_funeral_without_the_dead_as_participant() -> None:
    [burial] = events_of("She was buried on Sunday after noon prayers at the Chouhada cemetery "
                         "in Casablanca.", [], "2024-03-03")
    assert (burial.kind, burial.date, burial.participants) == ("funeral", "2024-03-03", [])
    assert burial.name.startswith("Burial")


def test_a_relative_of_the_person_named_is_the_one_who_died() -> None:
    [death] = events_of("El-Mansouri's husband, the painter Abdellatif Chraibi, died in 2009.",
                        {"Fatima el-Mansouri": ["El-Mansouri"],
                         "Abdellatif Chraibi": ["Abdellatif Chraibi"]}, "2024-03-03")
    assert (death.date, death.participants) == ("2009", ["Abdellatif Chraibi"])
    assert events_of("El-Mansouri's husband died in 2009.",
                     {"Fatima el-Mansouri": ["El-Mansouri"]}, "2024-03-03") == []


def test_an_undated_death_of_a_named_person_is_news_of_the_publication_month() -> None:
    [death] = events_of("Keir Starmer warned that the death of Alexey Navalny showed the need "
                        "to work together.", ["Keir Starmer", "Alexey Navalny"], "2024-02-17")
    assert (death.date, death.participants) == ("2024-02", ["Alexey Navalny"])


def test_a_caption_of_a_file_photo_reports_no_event() -> None:
    assert events_of("Fatima el-Mansouri speaks at a conference on women's rights in Rabat in "
                     "2012 [File: Hamza Ouzzani/AFP]", ["Fatima el-Mansouri"], "2024-03-03") == []


def test_a_vigil_planned_for_an_evening_hour_is_on_the_coming_day() -> None:
    [vigil] = events_of("A prayer vigil for the victims is planned for 7 p.m. Wednesday at "
                        "First Baptist Church of Coweta, the pastor said.", [], "2024-04-28")
    assert (vigil.kind, vigil.date) == ("funeral", "2024-05-01")
    assert vigil.name.startswith("Prayer vigil")


# ------------------------------------------------------------------ votes and elections


def test_a_chamber_that_voted_with_a_tally_on_a_day_held_a_vote() -> None:
    [vote] = events_of("The Senate voted 26-22 on Monday to pass the bill, with Carl Winstead "
                       "joining Democrats.", ["Carl Winstead"], "2025-06-03")
    assert (vote.kind, vote.name, vote.date) == ("vote", "Senate vote", "2025-06-02")
    assert vote.participants == ["Carl Winstead"]
    [passed] = events_of("The North Carolina Senate on Monday passed a bill giving teachers a "
                         "raise, after Darnell Hargrove cast a tie-breaking vote.",
                         ["Darnell Hargrove"], "2025-06-03")
    assert (passed.name, passed.participants) == ("North Carolina Senate vote",
                                                  ["Darnell Hargrove"])


def test_a_building_called_house_is_no_chamber_and_nobody_voting_is_no_vote() -> None:
    assert all(e.kind != "vote" for e in events_of(
        "Speaking at Lancaster House on Saturday, Esther Wright said that nobody voted for it.",
        ["Esther Wright"], "2024-02-17"))


def test_a_vote_on_the_bill_just_described_takes_its_sponsor() -> None:
    [vote] = events_of("A bill from Ana del Castillo would double the signatures needed.\n"
                       "Congress is due to vote on it in July.", ["Ana del Castillo"],
                       "2025-06-12")
    assert (vote.name, vote.date, vote.participants) == ("Congress vote", "2025-07",
                                                         ["Ana del Castillo"])


def test_voting_on_a_day_and_facing_recall_votes_that_day_are_one_vote() -> None:
    [vote] = events_of("On the morning of June 8th Gustavo Puente voted, then waited.\n"
                       "He was one of 312 officials who faced recall votes on the same Sunday.",
                       ["Gustavo Puente"], "2025-06-12")
    assert (vote.kind, vote.date, vote.participants) == ("vote", "2025-06-08", ["Gustavo Puente"])


def test_elected_in_a_year_is_the_election_of_that_person() -> None:
    [election] = events_of("Mr Puente, an architect who was elected in 2022, disagrees.",
                           {"Gustavo Puente": ["Mr Puente"]}, "2025-06-12")
    assert (election.kind, election.date, election.participants) == (
        "vote", "2022", ["Gustavo Puente"])
    assert events_of("Elected officials met nobody.", []) == []


def test_a_general_election_due_in_a_month_is_not_the_vote_reported_before() -> None:
    events = events_of("Congress is due to vote on the reform in July.\n"
                       "The general election due in April 2026 will feature 40 parties.",
                       [], "2025-06-12")
    assert [(e.name, e.date) for e in events] == [("Congress vote", "2025-07"),
                                                  ("General election", "2026-04")]


def test_next_aprils_general_election_and_the_2022_race_are_dated() -> None:
    [general] = events_of("Parties are preparing for next April's general election.", [],
                          "2025-06-12")
    assert (general.kind, general.date) == ("vote", "2026-04")
    [race] = events_of("Oscar Benavides came second in the 2022 race.", ["Oscar Benavides"],
                       "2025-06-12")
    assert (race.kind, race.date, race.participants) == ("vote", "2022", ["Oscar Benavides"])


# ---------------------------------------------------------- courts, laws, studies, companies


def test_a_judge_who_blocked_a_law_on_a_day_made_a_ruling_named_in_the_next_sentence() -> None:
    [ruling] = [e for e in extracted(
        "A federal judge on Tuesday temporarily blocked a Georgia law on drop boxes, ruling "
        "that it burdens voters.\n"
        "In a 48-page opinion, U.S. District Judge Celestine Abernathy wrote that the state had "
        "no evidence.", "2025-03-04") if e.kind == "ruling"]
    assert (ruling.date, ruling.participants) == ("2025-03-04", ["Celestine Abernathy"])
    assert ruling.name == "Abernathy ruling"


def test_a_court_that_may_rule_later_has_made_no_ruling() -> None:
    assert events_of("The appeals court could overturn the law next month.", []) == []


def test_a_trial_set_for_a_month_is_a_trial_ahead_and_a_drug_trial_is_none() -> None:
    [trial] = events_of("The judge kept the old rules while the case proceeds. She set a "
                        "trial for September.", [], "2025-03-04")
    assert (trial.kind, trial.date, trial.participants) == ("trial", "2025-09", [])
    assert events_of("A clinical trial in the case of dementia began in May.", []) == []


def test_a_law_signed_by_the_governor_in_a_month_is_his_signing() -> None:
    [signing] = events_of("The law, known as Senate Bill 212, was signed by Gov. Harlan Pruitt "
                          "in May.", {"Harlan Pruitt": ["Harlan Pruitt"]}, "2025-03-04")
    assert (signing.kind, signing.date, signing.participants) == ("signing", "2024-05",
                                                                  ["Harlan Pruitt"])
    assert events_of("Harlan Pruitt signed a birthday card on Monday.", ["Harlan Pruitt"]) == []


def test_a_study_published_on_a_day_in_a_journal_is_a_publication_by_its_authors() -> None:
    events = events_of(
        "Thousands of people were tracked in a study published Monday in the journal Neurology.\n"
        "“We were surprised,” says Oluwaseun Adebayo, the study's lead author.",
        ["Oluwaseun Adebayo"], "2024-05-14")
    [study] = events
    assert (study.name, study.date, study.participants) == (
        "Publication of the study in Neurology", "2024-05-13", ["Oluwaseun Adebayo"])


def test_a_call_with_analysts_is_an_earnings_call_on_the_news_day() -> None:
    [call] = events_of("The stock fell 14% in Oslo trading on Thursday.\n"
                       "“We have absorbed the shock,” Kari Berg said on a call with analysts.",
                       ["Kari Berg"], "2024-10-24")
    assert (call.kind, call.name, call.date) == ("press conference", "Berg earnings call",
                                                 "2024-10-24")


def test_a_capital_markets_day_is_a_dated_company_event() -> None:
    [day] = events_of("The company will present a new strategy at a capital markets day in "
                      "Oslo on Nov. 28, it said.", [], "2024-10-24")
    assert (day.kind, day.name, day.date) == ("conference", "Capital markets day in Oslo",
                                              "2024-11-28")


def test_a_bank_that_cut_rates_decided_and_one_that_should_not_did_not() -> None:
    [cut] = events_of("In London the Bank of England cut rates at the start of the month.", [],
                      "2024-08-23")
    assert (cut.kind, cut.name, cut.date) == ("decision", "Bank of England rate cut decision",
                                              "2024-08")
    assert events_of("Trump said last month that the Fed should not cut rates.", []) == []


# ------------------------------------------------------------ interviews and appearances


def test_telling_an_outlet_is_an_interview_with_it_and_telling_a_committee_is_not() -> None:
    [interview] = extracted("“She worked until the last week,” Karim Mansouri told Al Jazeera "
                            "from Casablanca.", "2024-03-03")
    assert (interview.kind, interview.name, interview.date) == (
        "interview", "Al Jazeera interview with Mansouri", None)
    [economist] = events_of("Mr Benavides tells The Economist that he merely gave advice.",
                            {"Oscar Benavides": ["Mr Benavides"]}, "2025-06-12")
    assert economist.name == "The Economist interview with Benavides"
    assert all(e.kind != "interview" for e in events_of(
        "Kessler told the Senate Commerce Committee on Thursday that staffing was short.",
        ["Raymond Kessler"], "2024-04-18"))


def test_spoke_alongside_the_governor_joins_the_news_conference_just_reported() -> None:
    events = events_of(
        "At a news conference Sunday afternoon at the fire station, Gov. Mitchell Roane said "
        "aid was coming.\n"
        "Heather Kolb, who spoke alongside the governor, said crews had searched every home.",
        {"Mitchell Roane": ["Mitchell Roane"], "Heather Kolb": ["Heather Kolb"]}, "2024-04-28")
    [conference] = events
    assert conference.kind == "press conference"
    assert conference.participants == ["Mitchell Roane", "Heather Kolb"]


def test_a_named_forum_after_by_is_an_organisation_not_an_event() -> None:
    text = "The groups, led by the Georgia State Conference of the NAACP, argued in court."
    assert named_events(text, []) == []


# ---------------------------------------------------------------------------- sport


MATCH_REPORT = """\
Exeter City 2-1 Bolton Wanderers
Jens Lindqvist scored twice in the second half as Exeter City came from behind to beat Bolton Wanderers.
Bolton led at the break through Theo Diaye's curling free-kick.
“It’s a special feeling,” Lindqvist told BBC Radio Devon.
“I’ve watched it back three times and it’s a penalty,” Ian Rhodes said at his post-match news conference.
Exeter host Plymouth Argyle in the EFL Trophy on Tuesday before travelling to Stevenage next Saturday, while Bolton are at home to Wigan Athletic in the league on the same day.
"""


def test_a_match_report_has_its_game_on_the_news_day_with_the_players() -> None:
    events = events_of(MATCH_REPORT, ["Jens Lindqvist", "Theo Diaye", "Ian Rhodes"], "2024-10-12")
    game = events[0]
    assert (game.kind, game.name, game.date) == (
        "match", "Exeter City v Bolton Wanderers match", "2024-10-12")
    assert set(game.participants) == {"Jens Lindqvist", "Theo Diaye", "Ian Rhodes"}
    [interview] = [e for e in events if e.kind == "interview"]
    [conference] = [e for e in events if e.kind == "press conference"]
    assert (interview.date, conference.date) == ("2024-10-12", "2024-10-12")


def test_fixtures_announced_with_days_are_matches_and_the_same_day_repeats_the_date() -> None:
    events = events_of(MATCH_REPORT, ["Jens Lindqvist", "Theo Diaye", "Ian Rhodes"], "2024-10-12")
    assert [(e.name, e.date) for e in events if e.kind == "match"][1:] == [
        ("Exeter v Plymouth Argyle match", "2024-10-15"),
        ("Stevenage v Exeter match", "2024-10-19"),
        ("Bolton v Wigan Athletic match", "2024-10-19")]


def test_hosting_is_a_match_only_in_an_article_about_sport() -> None:
    assert all(e.kind != "match" for e in events_of(
        "Finland hosts Sweden in Helsinki on Tuesday for trade talks.", []))


# --------------------------------------------------------------------- protests, arrests


def test_a_dated_protest_is_an_event_and_a_protester_is_not() -> None:
    [protest] = events_of("Thousands of teachers protested outside the Legislative Building on "
                          "May 21.", [], "2025-06-03")
    assert (protest.kind, protest.date) == ("protest", "2025-05-21")
    assert events_of("She called her a professional protester on Sunday.", []) == []


def test_an_arrest_on_a_day_is_an_event_of_the_person_arrested() -> None:
    [arrest] = events_of("John Doe was arrested on Tuesday in Leeds.", ["John Doe"],
                         "2025-03-06")
    assert (arrest.kind, arrest.date, arrest.participants) == ("arrest", "2025-03-04",
                                                               ["John Doe"])


def test_a_court_that_struck_something_down_ruling_6_3_made_one_ruling() -> None:
    [ruling] = events_of("The US supreme court on Friday struck down a congressional map that "
                         "created a second majority-Black district, ruling 6-3 that the state "
                         "had relied on race.", [], "2024-06-14")
    assert (ruling.kind, ruling.name, ruling.date) == ("ruling", "US supreme court ruling",
                                                       "2024-06-14")


def test_an_election_months_ahead_keeps_the_month_its_name_gives() -> None:
    [election] = events_of("The ruling comes months before the November election.", [],
                           "2024-06-14")
    assert (election.kind, election.date) == ("vote", "2024-11")


def test_lawmakers_opening_a_sentence_voting_with_a_tally_held_a_vote() -> None:
    [vote] = events_of("Lawmakers voted 68-32 in January to approve the current map.", [],
                       "2024-06-14")
    assert (vote.kind, vote.date) == ("vote", "2024-01")


def test_a_victim_named_after_an_unnamed_death_is_that_death() -> None:
    events = events_of("A man died following a stabbing in Leeds city centre on Saturday night.\n"
                       "The victim has been named as Daniel Okafor, from Bradford.",
                       ["Daniel Okafor"], "2025-03-03")
    assert [(e.kind, e.date, e.participants) for e in events] == [
        ("disaster", "2025-03-01", []), ("death", "2025-03-01", ["Daniel Okafor"])]


def test_someone_who_died_at_an_unstated_time_keeps_an_unknown_date() -> None:
    [death] = events_of("Her husband, Robert Landry, died after a long illness.",
                        ["Robert Landry"], "2024-11-12")
    assert (death.date, death.participants) == (None, ["Robert Landry"])


def test_travelling_to_a_team_in_a_match_report_is_a_fixture_not_a_visit() -> None:
    events = events_of(MATCH_REPORT, ["Jens Lindqvist", "Theo Diaye", "Ian Rhodes"], "2024-10-12")
    assert all(e.kind != "visit" for e in events)


def test_scanning_likely_words_finds_what_the_whole_patterns_find() -> None:
    from pathlib import Path

    from generator.extract import event_happenings, event_triggers
    from generator.extract.event_phrases import scan

    root = Path(__file__).parents[1] / "fixtures"
    lines = [line for path in sorted(root.glob("*/*.txt"))
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    lines += [MATCH_REPORT, "EF-3 tornado; re-elected; reelected; by-election; mid-term vote",
              "İstanbul hosts the summit on Monday; the 2022 race; to vote against it"]
    for pattern, starts in ((event_triggers._GENERIC, event_triggers._GENERIC_STARTS),
                            (event_happenings._HAPPENINGS, event_happenings._STARTS)):
        for line in lines:
            assert [m.span() for m in scan(pattern, starts, line)] == [
                m.span() for m in pattern.finditer(line)], line
