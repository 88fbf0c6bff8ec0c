"""A small, strict parser for the date lines news pages carry.

It reads the common English forms and nothing else: "2025-02-27 16:17:40",
"Published 3:04 PM EST, Tue February 27, 2024", "Monday 26 February 2024 10:32 GMT",
"Feb. 27, 2024 at 3:04 p.m. ET", "02/23/25 12:14 PM ET", "Updated 2 hours ago". Every
token of a line must be a date or time part, a weekday, a zone or a connector; otherwise
the line is prose and ``None`` comes back (a trailing outlet name, "…, The Times", is
allowed). Numeric forms need an order that can be told: "2/23/2025" (no 23rd month), or
02/03/2024 next to a US zone (month first) or a GMT/BST one (day first); otherwise they
are refused. No locale or clock is consulted, so the result never depends on the machine.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

# fmt: off
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAYS = frozenset({
    "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur",
    "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun",
})
# Zone abbreviations with a fixed offset; the DST-neutral ones (ET, PT) give no offset.
# A US zone says a numeric date is month first, a British one that it is day first.
_ZONES: dict[str, str | None] = {
    "gmt": "+00:00", "utc": "+00:00", "z": "+00:00", "bst": "+01:00", "cet": "+01:00",
    "cest": "+02:00", "eet": "+02:00", "eest": "+03:00", "msk": "+03:00",
    "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00",
    "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00",
    "et": None, "ct": None, "mt": None, "pt": None,
}
_MONTH_FIRST_ZONES = frozenset({"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et",
                                "ct", "mt", "pt"})
_DAY_FIRST_ZONES = frozenset({"gmt", "bst"})
# fmt: on
_CONNECTOR_WORDS = frozenset({"at", "on", "the", "of"})
_CONNECTOR_MARKS = frozenset(",|•·-–—/")
# "Updated 2 hours ago": a relative time says nothing about the publication date.
_RELATIVE = re.compile(
    r"(?:\d+|an?|one)\s+(?:sec|secs|seconds?|min|mins|minutes?|hrs?|hours?|days?|weeks?)"
    r"\s+ago|just\s+now|yesterday|today",
    re.IGNORECASE,
)

# One alternative per token kind; each is a bounded, linear pattern.
_TOKEN = re.compile(
    r"(?P<numeric>\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.\d{4})(?![\d/.])"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})"
    r"(?:[T ](?P<isotime>\d{1,2}:\d{2}(?::\d{2})?)(?:\.\d{1,9})?)?(?P<isotz>Z|[+-]\d{2}:?\d{2})?"
    r"|(?P<time>\d{1,2}[:.]\d{2}(?::\d{2})?)"
    r"|(?P<ampm>[ap]\.?m\.?)(?![a-z])"
    r"|(?P<zoneoffset>(?:gmt|utc)[+-]\d{1,2}(?::?\d{2})?)(?![\d:])"
    r"|(?P<offset>[+-]\d{2}:?\d{2})"
    r"|(?P<num>\d{1,4})(?:st|nd|rd|th)?(?![0-9])"
    r"|(?P<word>[a-z]+)\.?"
    r"|(?P<mark>\S)",
    re.IGNORECASE,
)

# Labels before a date, strongest claim about the publication date first.
_LABEL = re.compile(
    r"(?P<label>first\s+published|published|posted|created|dated|date|"
    r"last\s+updated|updated|last\s+modified|modified)"
    r"(?:\s+(?:on|at))?\s*[:\-–—]?\s*",
    re.IGNORECASE,
)
# Parts of one date line: "Published … | Updated …", "Feb 27, 2024 4:12 PM GMT Updated …".
_SEGMENT_BREAK = re.compile(r"\s+[|•·]\s+|\s+(?=(?:last\s+)?updated\b)", re.IGNORECASE)
# A short name after the date: "Tuesday March 04 2025, 6.45pm GMT, The Times".
_OUTLET_TAIL = re.compile(
    r"(?P<sep>,|\s+[-–—|•·])\s+(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.'’-]*){0,3})"
    r"\s*$"
)
# Where a date may start after other page furniture: "By Jane Doe - 02/23/25 12:14 PM ET".
_DATE_AFTER = re.compile(r"\s+[-–—|•·]\s+|,\s+")
# A time alone after a separator belongs to the date before it.
_TIME_SEGMENT = re.compile(r"\s+[|•·]\s+(?=\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Za-z]{2,4})?\s*$)",
                           re.IGNORECASE)
# A year run into the time after it, as NPR's pages scrape: "March 5, 20255:00 AM ET".
_GLUED_TIME = re.compile(r"(?<=[\s,])((?:19|20)\d{2})(\d{1,2}[:.]\d{2}\s*[AaPp]\.?[Mm]\b)")
# An editor's note that dates the page when its date line is relative ("2 hours ago"):
# "This article was updated on 14 April 2025 to include ...".
_NOTE_DATE = re.compile(
    r"\bThis\s+(?:article|story|piece|report)\s+(?:was|has\s+been)\s+(?:first\s+)?"
    r"(?:published|updated|amended|corrected|edited)\s+on\s+"
    r"(?P<date>(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)"
    r"\s+\d{4})")
#: Priority of a date found with each kind of label; higher wins.
PRIORITY_PUBLISHED, PRIORITY_PLAIN, PRIORITY_UPDATED, PRIORITY_NOTE = 3, 2, 1, 0
_MAX_LINE = 120  # a date line is short; longer lines are never parsed as one


@dataclass(frozen=True)
class FoundDate:
    """A date read from text: ISO date, full timestamp when a time was given, priority."""

    date: str
    timestamp: str | None
    priority: int
    # the outlet a date line ends with after a comma: "…, 12.01am, The Times"
    outlet: str | None = None


@dataclass
class _Parts:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int = 0
    second: int = 0
    zone: str | None = None
    # "02/23/25": the two numbers before the year, until a zone or their size orders them.
    numeric: tuple[int, int] | None = None
    month_first: bool | None = None


def parse_date_line(line: str) -> FoundDate | None:
    """The date a whole line states, or ``None`` when the line is anything else.

    A line may hold several labelled parts separated by ``|`` or ``•``
    ("Published ... | Updated ..."); the strongest label wins. A short capitalised name
    may close the line ("6.45pm GMT, The Times"): outlets print theirs after the date.
    """
    text = _GLUED_TIME.sub(r"\1 \2", line.strip())
    if not text or len(text) > _MAX_LINE or not any(c.isdigit() for c in text):
        return None
    found = _parse_segments(text)
    tail = _OUTLET_TAIL.search(text)
    if found is None and tail and tail.start() > 0:
        found = _parse_segments(text[: tail.start()])
        # a name after a comma is the outlet's; after a dash it may be a section
        # ("Jun 3, 2025 - Politics & Policy")
        if found is not None and tail.group("sep") == ",":
            found = replace(found, outlet=tail.group("name"))
    return found


def split_trailing_date(line: str) -> tuple[str, FoundDate] | None:
    """Text before a date line that ends ``line``, and the date.

    "By Jane Doe - 02/23/25 12:14 PM ET" gives ("By Jane Doe", the date); the longest
    date wins, so "By Jane Doe, Feb 27, 2024" keeps the whole "Feb 27, 2024".
    """
    text = line.strip()
    if len(text) > _MAX_LINE:
        return None
    for match in _DATE_AFTER.finditer(text):
        found = parse_date_line(text[match.end() :])
        if found is not None and match.start() > 0:
            return text[: match.start()], found
    return None


def _parse_segments(text: str) -> FoundDate | None:
    found: list[FoundDate] = []
    text = _TIME_SEGMENT.sub(" ", text)  # "12 February 2025 • 5:30pm": one date
    for segment in _SEGMENT_BREAK.split(text):
        priority, rest = _strip_label(segment)
        if priority == PRIORITY_UPDATED and _RELATIVE.fullmatch(rest.strip()):
            continue
        parsed = parse_date(rest, priority)
        if parsed is None:
            return None
        found.append(parsed)
    return max(found, key=lambda f: f.priority) if found else None


def note_date(text: str) -> FoundDate | None:
    """The date of an editor's note in a paragraph ("This article was amended on 13
    February 2025"), the weakest evidence of when the page was published."""
    match = _NOTE_DATE.search(text)
    return parse_date(match.group("date"), PRIORITY_NOTE) if match else None


def is_relative_time(line: str) -> bool:
    """True for lines like "2 hours ago" or "Updated 5 mins ago": page furniture, no date."""
    return bool(_RELATIVE.fullmatch(_strip_label(line.strip())[1].strip()))


def parse_date(text: str, priority: int = PRIORITY_PLAIN) -> FoundDate | None:
    """The date ``text`` states when every token of it is a date part, else ``None``."""
    parts = _Parts()
    for match in _TOKEN.finditer(text):
        if not _take(match, parts):
            return None
    return _finish(parts, priority)


def iso_date_prefix(text: str) -> tuple[FoundDate, int] | None:
    """A label and ISO date (and time) at the start of ``text`` followed by more text:
    the date and the offset where the rest starts ("date 2024-02-17 Sir Keir ...")."""
    priority, rest = _strip_label(text)
    skipped = len(text) - len(rest)
    match = _TOKEN.match(rest)
    if not match or not match.group("iso"):
        return None
    parts = _Parts()
    _take(match, parts)
    found = _finish(parts, priority)
    after = skipped + match.end()
    if found is None or after >= len(text) or not text[after].isspace():
        return None
    return found, after + len(text[after:]) - len(text[after:].lstrip())


def _strip_label(text: str) -> tuple[int, str]:
    match = _LABEL.match(text)
    if not match:
        return PRIORITY_PLAIN, text
    label = match.group("label").lower()
    updated = "updated" in label or "modified" in label
    return (PRIORITY_UPDATED if updated else PRIORITY_PUBLISHED), text[match.end() :]


def _take(match: re.Match[str], parts: _Parts) -> bool:
    """Fold one token into ``parts``; False when the token cannot be part of a date."""
    kind = match.lastgroup
    if match.group("numeric"):
        return _take_numeric(parts, match.group("numeric"))
    if match.group("iso"):
        year, month, day = (int(x) for x in match.group("iso").split("-"))
        if parts.year is not None:
            return False
        parts.year, parts.month, parts.day = year, month, day
        if match.group("isotime"):
            _set_time(parts, match.group("isotime"))
        if match.group("isotz"):
            parts.zone = _offset(match.group("isotz"))
        return True
    value = match.group(kind or "mark")
    if kind == "time":
        return parts.hour is None and _set_time(parts, value)
    if kind == "ampm":
        return _apply_ampm(parts, value)
    if kind == "zoneoffset":  # "GMT+4", "UTC-05:00"
        parts.zone = _offset(value[3:])
        return True
    if kind == "offset":
        parts.zone = _offset(value)
        return True
    if kind == "num":
        return _take_number(parts, int(value), len(value))
    if kind == "word":
        return _take_word(parts, value.lower())
    return value in _CONNECTOR_MARKS


def _take_number(parts: _Parts, number: int, digits: int) -> bool:
    if digits == 4 and parts.year is None and 1800 <= number <= 2200:
        parts.year = number
        return True
    if digits <= 2 and parts.day is None and 1 <= number <= 31:
        parts.day = number
        return True
    return False


def _take_word(parts: _Parts, word: str) -> bool:
    if word in _MONTHS:
        if parts.month is not None:
            return False
        parts.month = _MONTHS[word]
        return True
    if word in _ZONES:
        parts.zone = _ZONES[word]
        if word in _MONTH_FIRST_ZONES | _DAY_FIRST_ZONES:
            parts.month_first = word in _MONTH_FIRST_ZONES
        return True
    return word in _WEEKDAYS or word in _CONNECTOR_WORDS


def _take_numeric(parts: _Parts, value: str) -> bool:
    """"2/23/2025", "02/23/25", "23.02.2025": year now, day and month once ordered."""
    if parts.year is not None or parts.month is not None or parts.day is not None:
        return False
    first, second, year = (int(x) for x in value.replace(".", "/").split("/"))
    parts.year = year if year >= 100 else 2000 + year
    parts.numeric = (first, second)
    return 1 <= first <= 31 and 1 <= second <= 31


def _order_numeric(parts: _Parts) -> bool:
    """Set day and month from ``parts.numeric``; False when their order cannot be told."""
    if parts.numeric is None:
        return True
    first, second = parts.numeric
    if first > 12 and second > 12:
        return False
    month_first = parts.month_first
    if first > 12 or second > 12:
        month_first = second > 12
    elif first == second:
        month_first = True  # 03/03: either order gives the same day
    if month_first is None:
        return False
    parts.month, parts.day = (first, second) if month_first else (second, first)
    return True


def _set_time(parts: _Parts, value: str) -> bool:
    pieces = [int(p) for p in re.split(r"[:.]", value)]
    hour, minute = pieces[0], pieces[1]
    second = pieces[2] if len(pieces) > 2 else 0
    if hour > 23 or minute > 59 or second > 59:
        return False
    parts.hour, parts.minute, parts.second = hour, minute, second
    return True


def _apply_ampm(parts: _Parts, value: str) -> bool:
    if parts.hour is None or not 1 <= parts.hour <= 12:
        return False
    pm = value.lower().startswith("p")
    parts.hour = (parts.hour % 12) + (12 if pm else 0)
    return True


def _offset(value: str) -> str:
    if value.upper() == "Z":
        return "+00:00"
    hours, _, minutes = value[1:].partition(":")
    if not minutes and len(hours) > 2:  # "+0530"
        hours, minutes = hours[:-2], hours[-2:]
    return f"{value[0]}{int(hours):02d}:{minutes or '00'}"


def _finish(parts: _Parts, priority: int) -> FoundDate | None:
    if not _order_numeric(parts):
        return None
    if parts.year is None or parts.month is None or parts.day is None:
        return None
    try:
        day = dt.date(parts.year, parts.month, parts.day)
    except ValueError:
        return None
    stamp = None
    if parts.hour is not None:
        stamp = f"{day.isoformat()}T{parts.hour:02d}:{parts.minute:02d}:{parts.second:02d}"
        stamp += parts.zone or ""
    return FoundDate(day.isoformat(), stamp, priority)
