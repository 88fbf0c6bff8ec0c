"""The ``events`` rule on inline sentences, with the article's people built by hand."""

from __future__ import annotations

import re

from generator.extract.event_phrases import find_place, named_events
from generator.extract.events import find_events
from generator.extract.state import ExtractState
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
