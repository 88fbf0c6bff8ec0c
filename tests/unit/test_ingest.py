"""Ingest: seed file bytes → Article. Unit tests on inline inputs, then fixture files.

Fixture articles live in tests/fixtures/ingest/: each ``NAME.txt``/``NAME.md`` sits next
to ``NAME.yaml`` listing the expected fields and every paragraph as [kind, line, col,
text]. The three real seeds are checked against the hand annotations in tests/gold/.
"""

from __future__ import annotations

import codecs
import hashlib
from itertools import pairwise
from pathlib import Path

import pytest
import yaml

from generator.errors import BuildError
from generator.ingest import SEED_SUFFIXES, article_id, ingest_bytes, ingest_file
from generator.ingest.dates import parse_date_line
from generator.ingest.paragraphs import glue_points
from generator.model import Article

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
GOLD = REPO / "tests" / "gold"
FIXTURES = REPO / "tests" / "fixtures" / "ingest"

BODY = "The minister said on Monday that the plan would go ahead as agreed last year."
MORE = "Opposition parties said they would vote against the plan when it reaches the house."


def ingest(text: str, file: str = "a.txt", extra: tuple[str, ...] = ()) -> Article:
    """Ingest ``text`` as the UTF-8 seed file ``file``."""
    return ingest_bytes(text.encode("utf-8"), file, extra)


def texts(article: Article, kind: str | None = None) -> list[str]:
    """The paragraph texts of ``article``, of one kind when given."""
    return [p.text for p in article.paragraphs if kind is None or p.kind == kind]


def error_message(data: bytes, file: str = "a.txt") -> str:
    """The one error message ingest raises for ``data``."""
    with pytest.raises(BuildError) as caught:
        ingest_bytes(data, file)
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.stage == "ingest" and diagnostic.path == file
    return diagnostic.message


# ----------------------------------------------------------------------------- API


def test_article_id_is_a_slug_of_the_path_without_its_suffix() -> None:
    assert article_id("000_86fe2f5a222b36b6.txt") == "000-86fe2f5a222b36b6"
    assert article_id("world/Big Story.md") == "world-big-story"
    assert article_id("notes.v2.markdown") == "notes-v2"


def test_seed_suffixes_are_text_and_markdown() -> None:
    assert SEED_SUFFIXES == (".txt", ".md", ".markdown")


def test_content_hash_is_the_sha256_of_the_bytes() -> None:
    data = f"{BODY}\n".encode()
    assert ingest_bytes(data, "a.txt").content_hash == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(
    ("file", "fmt"), [("a.txt", "text"), ("a.md", "markdown"), ("a.MARKDOWN", "markdown")]
)
def test_format_follows_the_file_suffix(file: str, fmt: str) -> None:
    assert ingest(BODY, file).format == fmt


def test_ingest_file_names_the_article_by_its_path_under_seeds(tmp_path: Path) -> None:
    path = tmp_path / "world" / "story.txt"
    path.parent.mkdir()
    path.write_text(BODY, encoding="utf-8")
    article = ingest_file(path, tmp_path)
    assert (article.file, article.id) == ("world/story.txt", "world-story")


def test_the_same_bytes_give_the_same_article() -> None:
    data = (SEEDS / "002_f311519d86175a2b.txt").read_bytes()
    assert ingest_bytes(data, "x.txt") == ingest_bytes(data, "x.txt")


# ------------------------------------------------------------------------ decoding


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"  \n\t\r\n  ", "empty file (only whitespace)"),
        ("\ufeff \n".encode(), "empty file (only whitespace)"),
    ],
)
def test_an_empty_file_is_an_error(data: bytes, message: str) -> None:
    assert error_message(data) == message


@pytest.mark.parametrize(
    ("magic", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (b"\xff\xd8\xff\xe0", "JPEG image"),
        (b"GIF89a", "GIF image"),
        (b"%PDF-1.7\n", "PDF document"),
        (b"PK\x03\x04", "ZIP archive or Office document"),
    ],
)
def test_a_binary_file_is_refused_by_its_magic_number(magic: bytes, kind: str) -> None:
    assert error_message(magic + b"\x00\x01rest of file") == f"binary file (looks like {kind})"


def test_nul_bytes_make_a_file_binary() -> None:
    assert error_message(b"text\x00\x00\x01 more text\x00") == "binary file (contains NUL bytes)"


def test_many_control_characters_make_a_file_binary() -> None:
    assert error_message(bytes(range(1, 32)) * 10).startswith("binary file (")


def test_utf8_with_a_byte_order_mark_decodes_silently() -> None:
    article = ingest_bytes(codecs.BOM_UTF8 + f"{BODY}\n".encode(), "a.txt")
    assert texts(article) == [BODY] and article.paragraphs[0].col == 1
    assert article.diagnostics == []


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_decode_silently(codec: str) -> None:
    data = f"Headline words here — The Outlet\n\n{BODY}\n".encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    article = ingest_bytes(data, "a.txt")
    assert (article.title, article.source, texts(article)) == (
        "Headline words here",
        "The Outlet",
        [BODY],
    )
    assert article.diagnostics == []


def test_utf16_without_a_byte_order_mark_decodes_with_a_warning() -> None:
    article = ingest_bytes(f"{BODY}\n".encode("utf-16-le"), "a.txt")
    assert texts(article) == [BODY]
    assert [d.message for d in article.diagnostics] == ["no byte-order mark; decoded as UTF-16-LE"]


def test_a_bad_utf16_file_is_undecodable() -> None:
    assert error_message(codecs.BOM_UTF16_LE + b"a\x00\x00\xdc").startswith("undecodable:")


def test_a_windows_1252_file_decodes_with_a_warning_naming_the_line() -> None:
    data = f"{BODY}\n\nThe minister’s “plan” – agreed.\n".encode("cp1252")
    article = ingest_bytes(data, "old.txt")
    assert texts(article)[1] == "The minister’s “plan” – agreed."
    (warning,) = article.diagnostics
    assert (warning.path, warning.line, warning.severity, warning.stage) == (
        "old.txt",
        3,
        "warning",
        "ingest",
    )
    assert warning.message == "decoded as cp1252, not UTF-8 (first non-UTF-8 byte on line 3)"


def test_bytes_that_cp1252_lacks_fall_back_to_latin1() -> None:
    article = ingest_bytes(BODY.encode() + b" \x81\xe9.", "a.txt")
    assert article.diagnostics[0].message.startswith("decoded as latin-1, not UTF-8")


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_lone_cr_line_ends_keep_line_numbers(newline: str) -> None:
    article = ingest(newline.join([BODY, "", MORE, ""]))
    assert [(p.line, p.text) for p in article.paragraphs] == [(1, BODY), (3, MORE)]


# ------------------------------------------------------------------------ headline


@pytest.mark.parametrize("separator", [" — ", " – ", " - ", " | "])
def test_outlet_suffix_is_split_off_the_headline(separator: str) -> None:
    article = ingest(f"Trump refuses to guarantee backup{separator}The Daily Example\n\n{BODY}")
    assert (article.title, article.source, article.title_derived) == (
        "Trump refuses to guarantee backup",
        "The Daily Example",
        False,
    )
    assert texts(article) == [BODY]


@pytest.mark.parametrize(
    ("outlet", "source"),
    [
        ("RT World News", "RT"),
        ("The Example UK News", "The Example"),
        ("The Guardian Opinion", "The Guardian"),
        ("BBC News", "BBC News"),
        ("US News", "US News"),
        ("examplenews.com", "examplenews.com"),
    ],
)
def test_trailing_section_words_are_dropped_from_the_outlet(outlet: str, source: str) -> None:
    assert ingest(f"Ministers agree a new plan — {outlet}\n\n{BODY}").source == source


def test_section_suffixes_are_dropped_from_the_title() -> None:
    article = ingest(f"Ministers agree a new plan | Politics | The Guardian\n\n{BODY}")
    assert (article.title, article.source) == ("Ministers agree a new plan", "The Guardian")


def test_a_hyphen_inside_a_short_headline_is_not_an_outlet_suffix() -> None:
    article = ingest(f"Trump - Putin summit ends\n\n{BODY}")
    assert (article.title, article.source) == ("Trump - Putin summit ends", None)


def test_a_short_unpunctuated_first_line_followed_by_text_is_the_headline() -> None:
    article = ingest(f"Ministers agree a new plan\n{BODY}")
    assert (article.title, article.title_derived, article.source) == (
        "Ministers agree a new plan",
        False,
        None,
    )
    assert texts(article) == [BODY]


def test_a_long_first_paragraph_ending_in_a_full_stop_is_body_not_headline() -> None:
    article = ingest(f"{BODY}\n{MORE}\n")
    assert article.title_derived is True
    assert texts(article) == [BODY, MORE]


def test_a_short_line_with_no_text_after_it_is_not_a_headline() -> None:
    article = ingest("Ministers agree a new plan\n")
    assert article.title_derived is True and texts(article) == ["Ministers agree a new plan"]


# ----------------------------------------------------------------- derived titles


def test_a_derived_title_is_the_first_sentence_cut_at_a_word_boundary() -> None:
    sentence = "The minister said on Monday that the plan would go ahead as agreed by parliament."
    article = ingest(f"{sentence} {MORE}\n")
    assert article.title == "The minister said on Monday that the plan would go ahead as agreed by…"
    assert len(article.title) <= 81 and article.title_derived


def test_a_short_first_sentence_is_the_whole_derived_title() -> None:
    article = ingest("Mr. Smith went to Washington on Monday. He met the president there.\n")
    assert article.title == "Mr. Smith went to Washington on Monday"


def test_the_derived_title_skips_captions_for_the_first_body_paragraph() -> None:
    article = ingest(f"Photo: Ministers at the summit (Getty Images)\n\n{BODY}\n")
    assert article.title.startswith("The minister said on Monday")


# ------------------------------------------------------------ dates, URLs, captions


def test_a_trailing_timestamp_line_is_the_date_not_a_paragraph() -> None:
    article = ingest(f"{BODY}\n\n2025-02-27 16:17:40\n")
    assert (article.date, article.timestamp) == ("2025-02-27", "2025-02-27T16:17:40")
    assert texts(article) == [BODY]


def test_the_first_bare_image_url_is_the_article_image() -> None:
    article = ingest(
        f"{BODY}\n\nhttps://cdn.example.com/a/b.jpg?w=800\nhttps://cdn.example.com/c.png\n"
    )
    assert article.image == "https://cdn.example.com/a/b.jpg?w=800"
    assert texts(article) == [BODY]


def test_a_bare_url_above_or_below_the_text_is_the_article_url() -> None:
    article = ingest(f"{BODY}\n\nhttps://example.com/news/story-1\n")
    assert article.url == "https://example.com/news/story-1" and texts(article) == [BODY]


def test_a_bare_url_inside_the_text_is_dropped_but_is_not_the_article_url() -> None:
    article = ingest(f"{BODY}\nhttps://twitter.com/someone/status/1\n{MORE}\n")
    assert article.url is None and texts(article) == [BODY, MORE]


def test_a_dated_caption_line_gives_date_caption_and_credit_with_columns() -> None:
    line = " date 2024-02-17 Ministers at the summit in Munich - Tom Pullen/Tom Pullen"
    article = ingest(f"{line}\n\n{BODY}\n")
    assert (article.date, article.caption, article.credit) == (
        "2024-02-17",
        "Ministers at the summit in Munich",
        "Tom Pullen",
    )
    caption, credit = article.paragraphs[:2]
    assert (caption.kind, caption.line, credit.kind, credit.line) == ("caption", 1, "credit", 1)
    assert line[caption.col - 1 :].startswith(caption.text)
    assert line[credit.col - 1 :].startswith(credit.text)
    assert article.title_derived and article.title.startswith("The minister said")


def test_a_credit_naming_two_different_people_is_kept_whole() -> None:
    article = ingest(f"date 2024-02-17 Ministers in Munich - Tom Pullen/Reuters\n\n{BODY}")
    assert article.credit == "Tom Pullen/Reuters"


def test_a_published_date_outranks_an_updated_date_above_it() -> None:
    article = ingest(
        "Updated 5:10 PM EST, Tue February 27, 2024\n"
        f"Published 3:04 PM EST, Mon February 26, 2024\n\n{BODY}\n"
    )
    assert (article.date, article.timestamp) == ("2024-02-26", "2024-02-26T15:04:00-05:00")
    assert texts(article) == [BODY]


@pytest.mark.parametrize(
    ("line", "date", "timestamp"),
    [
        ("2025-02-27 16:17:40", "2025-02-27", "2025-02-27T16:17:40"),
        ("Published 3:04 PM EST, Tue February 27, 2024", "2024-02-27", "2024-02-27T15:04:00-05:00"),
        ("Monday 26 February 2024 10:32 GMT", "2024-02-26", "2024-02-26T10:32:00+00:00"),
        ("Sat 17 Feb 2024 18.05 GMT", "2024-02-17", "2024-02-17T18:05:00+00:00"),
        ("Feb. 27, 2024 at 3:04 p.m. ET", "2024-02-27", "2024-02-27T15:04:00"),
        ("27th of February 2024", "2024-02-27", None),
        (
            "February 27, 2024 4:12 PM GMT Updated 2 hours ago",
            "2024-02-27",
            "2024-02-27T16:12:00+00:00",
        ),
        ("Published: 27 Feb 2024 | Updated: 28 Feb 2024", "2024-02-27", None),
        ("2024-02-17T10:00:00Z", "2024-02-17", "2024-02-17T10:00:00+00:00"),
    ],
)
def test_common_english_date_lines_parse(line: str, date: str, timestamp: str | None) -> None:
    found = parse_date_line(line)
    assert found is not None and (found.date, found.timestamp) == (date, timestamp)


@pytest.mark.parametrize(
    "line",
    [
        "02/03/2024",
        "February 2024",
        "2024-02-30",
        "The president spoke on Monday 26 February 2024",
        "Updated 2 hours ago",
        "Westminster Reacts with Alarm",
        "13:61 GMT 26 February 2024",
    ],
)
def test_prose_and_ambiguous_dates_are_not_date_lines(line: str) -> None:
    assert parse_date_line(line) is None


@pytest.mark.parametrize(
    ("line", "date", "timestamp"),
    [
        ("February 23, 2025", "2025-02-23", None),
        ("Feb. 23, 2025", "2025-02-23", None),
        ("23 February 2025", "2025-02-23", None),
        ("Sunday 23 February 2025 14.05 GMT", "2025-02-23", "2025-02-23T14:05:00+00:00"),
        ("2/23/2025", "2025-02-23", None),
        ("02/23/25 12:14 PM ET", "2025-02-23", "2025-02-23T12:14:00"),
        ("23.02.2025", "2025-02-23", None),
        ("Updated 2:34 PM GMT, February 23, 2025", "2025-02-23", "2025-02-23T14:34:00+00:00"),
        ("February 23, 2025 at 4:15 p.m. EST", "2025-02-23", "2025-02-23T16:15:00-05:00"),
        ("2025-02-23T14:05:00+0530", "2025-02-23", "2025-02-23T14:05:00+05:30"),
    ],
)
def test_us_and_uk_date_line_formats_parse(line: str, date: str, timestamp: str | None) -> None:
    found = parse_date_line(line)
    assert found is not None and (found.date, found.timestamp) == (date, timestamp)


def test_a_numeric_date_takes_its_order_from_a_us_or_british_zone() -> None:
    us, uk = parse_date_line("02/03/2024 9:00 AM EST"), parse_date_line("02/03/2024 10:00 GMT")
    assert us is not None and us.date == "2024-02-03"
    assert uk is not None and uk.date == "2024-03-02"


def test_a_utc_offset_written_after_gmt_is_the_timestamp_zone() -> None:
    found = parse_date_line("November 21, 2024 6:47 PM GMT+4 Updated an hour ago")
    assert found is not None and found.timestamp == "2024-11-21T18:47:00+04:00"


def test_an_outlet_name_after_the_date_does_not_make_the_line_prose() -> None:
    found = parse_date_line("Tuesday March 04 2025, 6.45pm GMT, The Times")
    assert found is not None and (found.date, found.timestamp) == (
        "2025-03-04", "2025-03-04T18:45:00+00:00")


@pytest.mark.parametrize(
    "line",
    ["Officials met on 2/23/2025 to discuss the plan.", "13/14/2025", "Ministers, The Times"],
)
def test_dates_inside_sentences_and_impossible_numbers_are_no_date_lines(line: str) -> None:
    assert parse_date_line(line) is None


@pytest.mark.parametrize("byline", ["by Jane Doe - 02/23/25 12:14 PM ET",
                                    "By Jane Doe, February 23, 2025"])
def test_a_byline_ending_in_a_date_gives_the_author_and_the_date(byline: str) -> None:
    article = ingest(f"Ministers agree a new plan\n{byline}\n\n{BODY}\n")
    assert (article.author, article.date, texts(article)) == ("Jane Doe", "2025-02-23", [BODY])


def test_a_relative_time_line_is_dropped_without_a_date() -> None:
    article = ingest(f"2 hours ago\n{BODY}\n")
    assert article.date is None and texts(article) == [BODY]


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Image: Ministers at the summit (AP)", "Ministers at the summit", "AP"),
        ("Photo: Reuters", None, "Reuters"),
        ("Caption: Ministers at the summit", "Ministers at the summit", None),
        (
            "Ministers at the summit. Photograph: Jane Doe/Reuters",
            "Ministers at the summit.",
            "Jane Doe/Reuters",
        ),
        (
            "Ministers at the summit in Munich. (AP Photo/Evan Vucci)",
            "Ministers at the summit in Munich.",
            "AP Photo/Evan Vucci",
        ),
        (
            "Ministers at the summit | AFP via Getty Images",
            "Ministers at the summit",
            "AFP via Getty Images",
        ),
    ],
)
def test_photo_captions_and_credits_become_their_own_paragraphs(
    line: str, caption: str | None, credit: str | None
) -> None:
    article = ingest(f"{BODY}\n{line}\n{MORE}\n")
    assert (article.caption, article.credit) == (caption, credit)
    assert texts(article, "text") == [BODY, MORE]
    for para in article.paragraphs[1:-1]:
        assert line[para.col - 1 :].startswith(para.text) and para.line == 2


def test_a_caption_under_its_credit_line_is_a_caption() -> None:
    article = ingest(f"Getty Images\nMinisters met in the Oval Office on Thursday\n\n{BODY}\n")
    assert (article.credit, article.caption) == (
        "Getty Images",
        "Ministers met in the Oval Office on Thursday",
    )
    assert [p.kind for p in article.paragraphs] == ["credit", "caption", "text"]


def test_a_slash_between_capitalised_words_in_the_text_is_not_a_credit() -> None:
    article = ingest(f"{BODY}\nIsrael/Gaza Conflict\n{MORE}\n")
    assert article.credit is None and [p.kind for p in article.paragraphs] == [
        "text",
        "heading",
        "text",
    ]


# --------------------------------------------------------------- bylines, datelines


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("By ZEKE MILLER and JANE DOE", "ZEKE MILLER and JANE DOE"),
        ("By Jane Doe, Associated Press", "Jane Doe"),
        ("By Jane Doe, Political reporter", "Jane Doe"),
        ("Written by Ursula von der Leyen", "Ursula von der Leyen"),
    ],
)
def test_a_byline_is_the_author_not_a_paragraph(line: str, author: str) -> None:
    article = ingest(f"Ministers agree a new plan\n{line}\n\n{BODY}\n")
    assert article.author == author and texts(article) == [BODY]


def test_a_sentence_starting_with_by_is_not_a_byline() -> None:
    article = ingest(f"{BODY}\nBy the time the vote came, most MPs had left.\n")
    assert article.author is None and len(texts(article)) == 2


def test_a_bare_name_under_the_headline_above_a_date_is_the_author() -> None:
    article = ingest(f"Ministers agree a new plan\nJane Doe\n27 February 2024\n\n{BODY}\n")
    assert (article.author, article.date, texts(article)) == ("Jane Doe", "2024-02-27", [BODY])


def test_a_reuters_sign_off_line_is_not_a_paragraph() -> None:
    article = ingest(f"{BODY}\nReporting by Jane Doe; Editing by John Roe\n")
    assert texts(article) == [BODY] and article.author == "Jane Doe"


@pytest.mark.parametrize(
    ("dateline", "source"),
    [
        ("WASHINGTON (AP) —", "AP"),
        ("KYIV, Ukraine (AP) —", "AP"),
        ("BRUSSELS, Feb 27 (Reuters) -", "Reuters"),
    ],
)
def test_a_wire_dateline_names_the_source_when_the_headline_does_not(
    dateline: str, source: str
) -> None:
    article = ingest(f"{dateline} {BODY}\n")
    assert article.source == source and texts(article) == [f"{dateline} {BODY}"]


# ----------------------------------------------------------------------- boilerplate


def test_boilerplate_lines_are_dropped_whatever_their_case() -> None:
    article = ingest(
        f"{BODY}\nADVERTISEMENT\nShare this article:\n  Exit   mobile version \n"
        f"4 min read\n{MORE}\n"
    )
    assert texts(article) == [BODY, MORE]


def test_extra_boilerplate_from_site_settings_is_dropped() -> None:
    article = ingest(f"{BODY}\nSupport our journalism\n{MORE}\n", extra=("support OUR journalism",))
    assert texts(article) == [BODY, MORE]


def test_a_line_that_only_contains_a_boilerplate_phrase_stays() -> None:
    article = ingest(f"{BODY}\nRead more about the plan in the report published today.\n")
    assert len(texts(article)) == 2


# ------------------------------------------------------------------------ paragraphs


def test_every_non_empty_line_is_a_paragraph_with_its_line_and_column() -> None:
    article = ingest(f"\n{BODY}\n   {MORE}\n\n\t{BODY}\n")
    assert [(p.line, p.col, p.text) for p in article.paragraphs] == [
        (2, 1, BODY),
        (3, 4, MORE),
        (5, 2, BODY),
    ]


def test_spaces_collapse_but_quotes_and_dashes_stay_verbatim() -> None:
    line = 'He said  “it’s\tover” –   and ‘nobody’ — "not one" — agreed…'
    assert texts(ingest(f"{BODY}\n{line}\n")) == [
        BODY,
        'He said “it’s over” – and ‘nobody’ — "not one" — agreed…',
    ]


def test_paragraphs_glued_by_a_missing_line_break_are_split() -> None:
    line = "“We must work together. Change is his legacy.”Nato members are now scrambling."
    article = ingest(f"{BODY}\n{line}\n")
    first, second = article.paragraphs[1:]
    assert (first.text, second.text) == (
        "“We must work together. Change is his legacy.”",
        "Nato members are now scrambling.",
    )
    assert (second.line, second.col) == (2, line.index("Nato") + 1)


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("One diplomat said.The proposal", ["One diplomat said.", "The proposal"]),
        ("Starmer said.“Could you?” Trump asked.", ["Starmer said.", "“Could you?” Trump asked."]),
        ("Is it over?Nobody knows.", ["Is it over?", "Nobody knows."]),
        ("The U.S.Army said", ["The U.S.Army said"]),
        ("Mr.Smith said", ["Mr.Smith said"]),
        ("tools, e.g.The hammer", ["tools, e.g.The hammer"]),
        ("growth of 3.5 per cent", ["growth of 3.5 per cent"]),
        ("read example.com/News.The end", ["read example.com/News.The end"]),
        (
            "“They can take care of themselves very well…It sounds evasive.”",
            ["“They can take care of themselves very well…It sounds evasive.”"],
        ),
        ('He said "stop.Now" loudly', ['He said "stop.Now" loudly']),
        ("Section A.B is short", ["Section A.B is short"]),
    ],
)
def test_glue_points_split_only_at_real_sentence_ends(text: str, pieces: list[str]) -> None:
    cuts = [0, *glue_points(text), len(text)]
    assert [text[a:b] for a, b in pairwise(cuts)] == pieces


def test_a_hard_wrapped_block_is_one_paragraph() -> None:
    wrapped = (
        "Ministers were divided on Tuesday over how quickly the defence budget\n"
        "should rise, with the Treasury warning that a faster increase would\n"
        "mean cuts elsewhere.\n"
    )
    article = ingest(f"{wrapped}\n{MORE}\n")
    assert [(p.line, p.text) for p in article.paragraphs] == [
        (1, " ".join(wrapped.split())),
        (5, MORE),
    ]


def test_short_lines_between_body_paragraphs_are_headings() -> None:
    article = ingest(f"{BODY}\nWestminster Reacts with Alarm\n{MORE}\nWhat happens next?\n{BODY}\n")
    assert [p.kind for p in article.paragraphs] == ["text", "heading", "text", "heading", "text"]


@pytest.mark.parametrize(
    "line",
    [
        "“We will win,” he said",  # a quote
        "and then the vote came",  # lowercase: a broken line, not a heading
        "Ministers agreed the plan:",  # introduces what follows
        "A line that has far too many words to be a section heading in any article",
    ],
)
def test_quotes_and_long_or_punctuated_lines_are_not_headings(line: str) -> None:
    article = ingest(f"{BODY}\n{line}\n{MORE}\n")
    assert [p.kind for p in article.paragraphs] == ["text", "text", "text"]


def test_a_short_last_line_is_text_not_a_heading() -> None:
    article = ingest(f"{BODY}\n{MORE}\nMore to follow\n")
    assert article.paragraphs[-1].kind == "text"


# -------------------------------------------------------------------------- markdown


FRONT = """---
title: Ministers agree the plan
date: 2024-02-27
source: The Example Post
url: https://example.com/plan
author: Jane Doe
image: https://example.com/front.jpg
---
"""


def test_front_matter_wins_over_what_the_text_suggests() -> None:
    article = ingest(
        FRONT + "\n# Something else — Other Outlet\n\n27 February 2023\n\n" + BODY, "a.md"
    )
    assert (
        article.title,
        article.title_derived,
        article.date,
        article.source,
        article.url,
        article.author,
        article.image,
    ) == (
        "Ministers agree the plan",
        False,
        "2024-02-27",
        "The Example Post",
        "https://example.com/plan",
        "Jane Doe",
        "https://example.com/front.jpg",
    )
    assert [(p.kind, p.text) for p in article.paragraphs] == [
        ("heading", "Something else — Other Outlet"),
        ("text", BODY),
    ]


def test_a_markdown_heading_with_an_outlet_suffix_is_the_headline() -> None:
    article = ingest(f"# Ministers agree the plan | The Example Post\n\n{BODY}\n", "a.md")
    assert (article.title, article.source, texts(article)) == (
        "Ministers agree the plan",
        "The Example Post",
        [BODY],
    )


def test_markdown_paragraphs_are_plain_text_with_lines_and_columns() -> None:
    body = (
        "Intro line for the article here.\n\n"
        "Sir Keir met **Donald Trump** at the [White House](https://wh.example)\n"
        "on `Thursday`.\n\n"
        "![Alt text](https://example.com/in-text.png)\n\n"
        "## What they said\n\n"
        "> “We are ready,” he said.\n\n"
        "```\ncode is not text\n```\n"
    )
    article = ingest(FRONT + body, "a.md")
    assert [(p.kind, p.line, p.col, p.text) for p in article.paragraphs] == [
        ("text", 9, 1, "Intro line for the article here."),
        ("text", 11, 1, "Sir Keir met Donald Trump at the White House on Thursday."),
        ("heading", 16, 4, "What they said"),
        ("text", 18, 3, "“We are ready,” he said."),
    ]
    assert article.image == "https://example.com/front.jpg"


def test_a_markdown_image_is_the_article_image_when_front_matter_has_none() -> None:
    article = ingest(f"![Alt](https://example.com/a.webp)\n\n{BODY}\n", "a.md")
    assert article.image == "https://example.com/a.webp" and texts(article) == [BODY]


@pytest.mark.parametrize(
    ("value", "shown"),
    [("last Tuesday", "'last Tuesday'"), ('"2024-13-45"', "'2024-13-45'"), ("[2024]", "a list")],
)
def test_a_front_matter_date_that_is_not_a_date_is_warned_about_and_ignored(
    value: str, shown: str
) -> None:
    article = ingest(f"---\ntitle: A title\ndate: {value}\n---\n{BODY}\n", "a.md")
    assert article.date is None
    (warning,) = article.diagnostics
    assert (warning.line, warning.severity) == (3, "warning")
    assert warning.message == f"key 'date': expected a date like 2024-02-27, got {shown}; ignored"


def test_a_front_matter_value_of_the_wrong_type_is_warned_about_and_ignored() -> None:
    article = ingest(f"---\nsource: [a, b]\n---\n{BODY}\n", "a.md")
    assert article.source is None
    assert article.diagnostics[0].message == "key 'source': expected text, got a list; ignored"
    assert article.diagnostics[0].line == 2


def test_malformed_front_matter_is_an_error_with_its_line() -> None:
    with pytest.raises(BuildError) as caught:
        ingest(f"---\ntitle: [unclosed\n---\n{BODY}\n", "a.md")
    diagnostic = caught.value.diagnostics[0]
    assert diagnostic.path == "a.md" and diagnostic.line is not None


def test_a_front_matter_timestamp_gives_date_and_timestamp() -> None:
    article = ingest(f"---\ndate: 2024-02-27 10:30:00\n---\n{BODY}\n", "a.md")
    assert (article.date, article.timestamp) == ("2024-02-27", "2024-02-27T10:30:00")


# ----------------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the plan was sound. " * 27000,
        "." * 1_000_000,
        "word.”Next " * 90000,
        "“" * 500_000,
        "Ab - " * 200_000 + "Name/Name",
        "(" * 500_000 + ")",
    ],
)
@pytest.mark.parametrize("file", ["a.txt", "a.md"])
def test_a_one_megabyte_line_is_ingested_whole(line: str, file: str) -> None:
    # Speed is measured in bench/; here only that nothing is lost or crashes.
    article = ingest(line, file)
    assert article.paragraphs or article.title


def test_a_file_of_only_boilerplate_is_an_error() -> None:
    assert error_message(b"Advertisement\nExit mobile version\n").startswith("no article text")


def test_a_headline_without_text_is_a_warning() -> None:
    article = ingest("Ministers agree the plan — The Example Post\n")
    assert article.title == "Ministers agree the plan"
    assert article.diagnostics[0].severity == "warning"


# ----------------------------------------------------------------------- seed files


def _gold_files() -> list[Path]:
    return sorted(GOLD.glob("*.yaml"))


@pytest.mark.parametrize("gold_path", _gold_files(), ids=lambda p: p.stem)
def test_seed_metadata_matches_the_gold_annotation(gold_path: Path) -> None:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    article = ingest_file(SEEDS / gold["article"], SEEDS)
    expected_date = None if gold["date"] is None else str(gold["date"])
    assert article.date == expected_date
    assert article.title_derived == (gold["title"] is None)
    if gold["title"] is not None:
        assert article.title == gold["title"]
    # Ingest reads the outlet from the headline; one named only in the body ("told The
    # Telegraph") is left for the extract stage, so it must at least be in the text.
    if article.source is not None or gold["source"] is None:
        assert article.source == gold["source"]
    else:
        assert any(gold["source"] in p.text for p in article.paragraphs)
    assert article.diagnostics == []


def test_seed_000_has_no_headline_and_three_section_headings() -> None:
    article = ingest_file(SEEDS / "000_86fe2f5a222b36b6.txt", SEEDS)
    assert [(p.line, p.text) for p in article.paragraphs if p.kind == "heading"] == [
        (3, "Westminster Reacts with Alarm"),
        (6, "The Chilling Conversation"),
        (8, "UK's Defence Strategy Under Scrutiny"),
    ]
    assert article.paragraphs[0].text.startswith("In a revelation")


def test_seed_002_keeps_image_url_and_timestamp_out_of_the_text() -> None:
    article = ingest_file(SEEDS / "002_f311519d86175a2b.txt", SEEDS)
    assert (
        article.image == "https://mf.b37mrtl.ru/files/2025.02/article/67c0e4c485f5402ae67e5e1b.jpg"
    )
    assert article.timestamp == "2025-02-27T16:17:40"
    assert not any("http" in t or "2025-02-27" in t or "Exit mobile" in t for t in texts(article))
    assert article.paragraphs[0].line == 3 and len(article.paragraphs) == 13


def test_seed_003_caption_and_credit_are_paragraphs_on_line_one() -> None:
    article = ingest_file(SEEDS / "003_318051cd4960039b.txt", SEEDS)
    first_line = (SEEDS / "003_318051cd4960039b.txt").read_text(encoding="utf-8").split("\n")[0]
    caption, credit = article.paragraphs[:2]
    assert (caption.kind, caption.text) == (
        "caption",
        (
            "Sir Keir Starmer meeting US Secretary of State Anthony Blinken at the Munich"
            " Security Conference"
        ),
    )
    assert (credit.kind, credit.text, article.credit) == ("credit", "Tom Pullen", "Tom Pullen")
    for para in (caption, credit):
        assert para.line == 1 and first_line[para.col - 1 :].startswith(para.text)


def test_seed_003_glued_paragraph_is_split_on_its_line() -> None:
    article = ingest_file(SEEDS / "003_318051cd4960039b.txt", SEEDS)
    lines = (SEEDS / "003_318051cd4960039b.txt").read_text(encoding="utf-8").split("\n")
    glued = [p for p in article.paragraphs if p.text.startswith("Nato members are now")]
    assert len(glued) == 1 and glued[0].col > 1
    before = [p for p in article.paragraphs if p.line == glued[0].line and p.col == 1]
    assert before[0].text.endswith("change is his legacy.”")
    assert lines[glued[0].line - 1][glued[0].col - 1 :] == glued[0].text


# -------------------------------------------------------------------- fixture files


def _fixture_articles() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if p.suffix != ".yaml")


def test_there_are_fixture_articles_in_several_outlet_styles() -> None:
    assert len(_fixture_articles()) >= 6
    assert all(p.with_suffix(".yaml").exists() for p in _fixture_articles())


@pytest.mark.parametrize("path", _fixture_articles(), ids=lambda p: p.name)
def test_fixture_article_ingests_as_its_yaml_says(path: Path) -> None:
    expected = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8"))
    article = ingest_file(path, FIXTURES)
    for key in (
        "title",
        "title_derived",
        "source",
        "date",
        "timestamp",
        "author",
        "url",
        "image",
        "caption",
        "credit",
    ):
        assert getattr(article, key) == expected[key], key
    assert [d.message for d in article.diagnostics] == expected["warnings"]
    assert [[p.kind, p.line, p.col, p.text] for p in article.paragraphs] == expected["paragraphs"]
