"""Ingest of page layouts from outlets beyond the seeds: title, source, date and bylines."""

from __future__ import annotations

from generator.ingest import ingest_bytes
from generator.ingest.dates import note_date, parse_date_line
from generator.ingest.lines import parse_byline
from generator.ingest.outlets import split_outlet
from generator.model import Article

BODY = "The minister said on Monday that the plan would go ahead as agreed last year."
MORE = "Opposition parties said they would vote against the plan when it reaches the house."


def ingest(text: str) -> Article:
    """Ingest ``text`` as a UTF-8 plain-text seed file."""
    return ingest_bytes(text.encode("utf-8"), "a.txt")


def test_npr_page_title_splits_at_a_spaced_colon():
    assert split_outlet("Farmers sell their water to the cities : NPR") == (
        "Farmers sell their water to the cities", "NPR")


def test_a_sport_brand_keeps_its_section_word():
    assert split_outlet("Bellandi says title race not over | Football News | Sky Sports")[1] \
        == "Sky Sports"
    assert split_outlet("Exeter 2-1 Bolton: Lindqvist double - BBC Sport")[1] == "BBC Sport"
    assert split_outlet("FAA chief grilled over near misses | CNN Politics")[1] == "CNN"
    assert split_outlet("Trump refuses to guarantee backup — RT World News")[1] == "RT"


def test_a_year_run_into_the_time_is_still_a_date():
    found = parse_date_line("March 5, 20255:00 AM ET")
    assert found is not None and found.date == "2025-03-05"


def test_a_time_after_a_bullet_belongs_to_the_date_before_it():
    found = parse_date_line("12 February 2025 • 5:30pm")
    assert found is not None and found.timestamp == "2025-02-12T17:30:00"


def test_an_outlet_after_a_comma_on_the_date_line_is_the_source():
    article = ingest(f"Water boss sorry over spills\n\nWednesday June 11 2025, 12.01am, "
                     f"The Times\n\n{BODY}\n\n{MORE}\n")
    assert (article.date, article.source) == ("2025-06-11", "The Times")


def test_a_section_after_a_dash_on_the_date_line_is_not_the_source():
    found = parse_date_line("Jun 3, 2025 - Politics & Policy")
    assert found is not None and found.date == "2025-06-03" and found.outlet is None


def test_a_byline_lists_every_name_before_and():
    assert parse_byline("By Henrik Solberg, Anouk Vermeulen and Dário Mendes") == \
        "Henrik Solberg, Anouk Vermeulen and Dário Mendes"
    assert parse_byline("By Jane Doe, Associated Press") == "Jane Doe"


def test_a_sign_off_naming_people_the_byline_does_not_is_kept_as_a_credit():
    sign_off = "Reporting by Annika Vogt; Additional reporting by Helen Okafor; Editing by Jan Harvey"
    article = ingest(f"Shares tumble | Reuters\nBy Annika Vogt\n\n{BODY}\n\n{MORE}\n\n{sign_off}\n")
    assert article.author == "Annika Vogt"
    assert (article.paragraphs[-1].kind, article.paragraphs[-1].text) == ("credit", sign_off)


def test_a_sign_off_repeating_the_byline_is_no_paragraph():
    article = ingest(f"Shares tumble | Reuters\nBy Annika Vogt\n\n{BODY}\n\n{MORE}\n\n"
                     "Reporting by Annika Vogt\n")
    assert [p.text for p in article.paragraphs] == [BODY, MORE]


def test_an_outlet_line_under_the_authors_name_is_the_source():
    article = ingest("Westerville council approves apartment complex\n\nShelby Kaminski\n"
                     "The Columbus Dispatch\n\nPublished 6:03 a.m. ET Jan. 15, 2025\n\n"
                     f"{BODY}\n\n{MORE}\n")
    assert (article.title, article.author, article.source, article.date) == (
        "Westerville council approves apartment complex", "Shelby Kaminski",
        "The Columbus Dispatch", "2025-01-15")


def test_the_first_line_above_a_standfirst_and_a_dated_byline_is_the_headline():
    article = ingest("Water boss deeply sorry over sewage spills\n\n"
                     "Chris Weston faced a bruising session\n\n"
                     "Emma Yeomans, Environment Correspondent\n"
                     f"Wednesday June 11 2025, 12.01am\n\n{BODY}\n\n{MORE}\n")
    assert article.title == "Water boss deeply sorry over sewage spills"
    assert not article.title_derived


def test_an_editors_note_dates_a_page_that_only_says_hours_ago():
    assert note_date("This article was amended on 13 February 2025. An earlier version "
                     "gave the wrong figure.") is not None
    article = ingest(f"Actor dies aged 88 - BBC News\n\n2 hours ago\n\n{BODY}\n\n{MORE}\n\n"
                     "This article was updated on 14 April 2025 to include further tributes.\n")
    assert article.date == "2025-04-14"


def test_an_editors_note_does_not_override_the_date_line():
    article = ingest(f"Ministers unveil plan | The Guardian\nWed 12 Feb 2025 14.07 GMT\n\n"
                     f"{BODY}\n\n{MORE}\n\nThis article was amended on 13 February 2025.\n")
    assert article.date == "2025-02-12"


def test_a_domain_source_becomes_the_outlet_name_the_byline_spells():
    article = ingest("Tornado kills 2 in Wagoner County | Local News | tulsaworld.com\n\n"
                     f"By Dakota Whitehorse-Ames Tulsa World\nApr 28, 2024\n\n{BODY}\n\n{MORE}\n")
    assert article.source == "Tulsa World"
