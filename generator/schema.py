"""A schema checker over frozen dataclasses, shared by site.yaml and front matter.

:func:`validate` turns parsed YAML into an instance of a dataclass, reporting every
problem at once as ``key 'x': ...`` diagnostics at the key's line (:class:`Located`):
unknown keys (with a "did you mean"), wrong types, missing required keys and failed
field checks. Fields opt into more through their metadata: :func:`checked` runs a
check on the typed value, :func:`parsed` replaces the type check with a parser, and
:data:`INTERNAL` marks fields the loader sets, never read from YAML. Checks and parsers
raise :class:`Invalid`; a few common ones (URLs, time zones, language tags) live here.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import types
import typing
import zoneinfo
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

from generator.errors import Diagnostic, source_context

T = TypeVar("T")

#: Where diagnostics about command-line overrides point.
OVERRIDE_NAME = "command line"


class Invalid(ValueError):
    """Raised by a field check: the message follows ``key 'x': `` in the diagnostic."""

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.hint = hint


# ------------------------------------------------------------------ field metadata


def checked(fn: Callable[[Any], Any]) -> dict[str, Any]:
    """Field metadata: run ``fn`` on the typed value; it may normalise or raise Invalid."""
    return {"check": fn}


def parsed(fn: Callable[[Any], Any]) -> dict[str, Any]:
    """Field metadata: ``fn`` turns the raw YAML value into the field's value itself."""
    return {"parse": fn}


#: Field metadata: set by the loader (``validate(..., **fixed)``), never read from YAML.
INTERNAL: Mapping[str, Any] = types.MappingProxyType({"internal": True})


# -------------------------------------------------------------------- field checks


def check_url(value: str) -> str:
    """An absolute http(s) URL, normalised to end with ``/``."""
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise Invalid(
            f"expected an absolute http(s) URL such as 'https://example.org/', got '{value}'"
        )
    if parts.query or parts.fragment:
        raise Invalid(f"'{value}' must not have a query or fragment")
    return value if value.endswith("/") else value + "/"


def check_timezone(value: str) -> str:
    """An IANA time-zone name that zoneinfo knows ("Europe/London", "UTC")."""
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        close = difflib.get_close_matches(value, sorted(zoneinfo.available_timezones()), 1)
        hint = f"did you mean '{close[0]}'?" if close else "use a name like 'Europe/London'"
        raise Invalid(f"unknown time zone '{value}'", hint) from None
    return value


def check_language(value: str) -> str:
    """A BCP 47 language tag such as ``en`` or ``en-GB``."""
    if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", value):
        raise Invalid(f"expected a language tag such as 'en' or 'en-GB', got '{value}'")
    return value


def check_positive(value: int) -> int:
    """An integer of at least 1."""
    if value < 1:
        raise Invalid(f"expected a whole number of at least 1, got {value}")
    return value


# ------------------------------------------------------------------ the checker


@dataclass(frozen=True)
class Located:
    """Where checked data came from, so every problem names its file and line."""

    path: str
    text: str = ""  # the file, for context lines
    lines: Mapping[str, int] = field(default_factory=dict)  # dotted key -> line
    stage: str = ""
    default_line: int | None = None  # for problems with no line of their own
    overridden: frozenset[str] = frozenset()  # dotted keys set on the command line

    def error(self, dotted: str, message: str, hint: str | None = None) -> Diagnostic:
        """A diagnostic ``key 'dotted': message`` at the key's (or its parent's) line."""
        if dotted.split("[")[0] in self.overridden:
            return Diagnostic(OVERRIDE_NAME, f"key '{dotted}': {message}", stage=self.stage,
                              hint=hint)
        line = self._line(dotted)
        context = source_context(self.text, line) if line is not None and self.text else ""
        return Diagnostic(self.path, f"key '{dotted}': {message}", line=line,
                          stage=self.stage, hint=hint, context=context or None)

    def _line(self, dotted: str) -> int | None:
        while dotted:
            if dotted in self.lines:
                return self.lines[dotted]
            dotted = dotted[: max(dotted.rfind("."), dotted.rfind("["), 0)]
        return self.default_line


def validate(
    cls: type[T], data: Any, where: Located, prefix: str = "", **fixed: Any
) -> tuple[T | None, list[Diagnostic]]:
    """Check ``data`` against dataclass ``cls``; the instance or None, and every problem.

    Unknown keys, wrong types, missing required fields and failed field checks are all
    reported, each naming its dotted key. ``fixed`` sets internal fields directly.
    """
    problems: list[Diagnostic] = []
    value = _convert(cls, data, prefix, where, problems, fixed)
    return (value if not problems else None), problems


_MISSING = object()


def _convert(
    hint: Any, value: Any, dotted: str, where: Located, problems: list[Diagnostic],
    fixed: dict[str, Any] | None = None,
) -> Any:
    """``value`` converted to type ``hint``, or _MISSING after recording a problem."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        if value is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _convert(inner, value, dotted, where, problems)
    if dataclasses.is_dataclass(hint):
        return _convert_dataclass(hint, value, dotted, where, problems, fixed or {})
    if origin is tuple:
        if not isinstance(value, list):
            fix = (f"write a list: [{value}], or one `- item` per line"
                   if isinstance(value, (str, int, float)) else None)
            problems.append(where.error(dotted, f"expected a list, got {describe(value)}", fix))
            return _MISSING
        items = [_convert(args[0], v, f"{dotted}[{i}]", where, problems)
                 for i, v in enumerate(value)]
        return tuple(items) if _MISSING not in items else _MISSING
    if origin is dict or hint is dict:
        if not isinstance(value, dict):
            problems.append(where.error(dotted, f"expected a mapping, got {describe(value)}"))
            return _MISSING
        if not args or args[1] is Any:
            return value
        out = {str(k): _convert(args[1], v, f"{dotted}.{k}", where, problems)
               for k, v in value.items()}
        return out if _MISSING not in out.values() else _MISSING
    return _convert_scalar(hint, value, dotted, where, problems)


_NAMES = {str: "a string", int: "an integer", bool: "true or false", date: "a date"}


def _convert_scalar(
    hint: Any, value: Any, dotted: str, where: Located, problems: list[Diagnostic]
) -> Any:
    if hint is Any:
        return value
    if hint is date:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        ok = isinstance(value, date)
    else:
        # bool is an int in Python, never in a settings file.
        ok = isinstance(value, hint) and not (hint is int and isinstance(value, bool))
    if ok:
        return value
    name = _NAMES.get(hint, getattr(hint, "__name__", str(hint)))
    fix = None
    if hint is str and isinstance(value, (int, float, bool, date)):
        fix = f"put it in quotes: \"{_yaml_text(value)}\""
    if hint is date:
        name = "a date (YYYY-MM-DD)"
    problems.append(where.error(dotted, f"expected {name}, got {describe(value)}", fix))
    return _MISSING


def _convert_dataclass(
    cls: Any, value: Any, dotted: str, where: Located, problems: list[Diagnostic],
    fixed: dict[str, Any],
) -> Any:
    if value is None:
        value = {}  # "paths:" with every child commented out means the defaults
    if not isinstance(value, dict):
        problems.append(where.error(dotted, f"expected a mapping, got {describe(value)}"))
        return _MISSING
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if not f.metadata.get("internal")}
    kwargs: dict[str, Any] = dict(fixed)
    before = len(problems)
    for key in value:
        if str(key) not in fields:
            problems.append(unknown_key(key, list(fields), dotted, where))
    for name, spec in fields.items():
        child = f"{dotted}.{name}" if dotted else name
        if name not in value:
            if spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING:
                problems.append(where.error(child, "required key is missing"))
            continue
        parse = spec.metadata.get("parse")  # a parser that replaces the type check
        converted = (_parse(parse, value[name], child, where, problems) if parse
                     else _convert(hints[name], value[name], child, where, problems))
        check = spec.metadata.get("check")
        if converted is not _MISSING and converted is not None and check is not None:
            try:
                converted = check(converted)
            except Invalid as exc:
                problems.append(where.error(child, str(exc), exc.hint))
                converted = _MISSING
        kwargs[name] = converted
    return cls(**kwargs) if len(problems) == before else _MISSING


def _parse(
    parse: Callable[[Any], Any], value: Any, dotted: str, where: Located,
    problems: list[Diagnostic],
) -> Any:
    try:
        return parse(value)
    except Invalid as exc:
        problems.append(where.error(dotted, str(exc), exc.hint))
        return _MISSING


def unknown_key(key: Any, known: list[str], dotted: str, where: Located) -> Diagnostic:
    """``key 'dotted.key': unknown key``, naming the closest known key or all of them."""
    name = f"{dotted}.{key}" if dotted else str(key)
    close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.6)
    if close:
        return where.error(name, f"unknown key (did you mean '{close[0]}'?)")
    hint = "known keys: " + ", ".join(sorted(known))
    if "extra" in known:
        hint += "; put your own settings under 'extra'"
    return where.error(name, "unknown key", hint)


def describe(value: Any) -> str:
    """A value as a user wrote it, for "expected X, got Y" messages."""
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "..."
        return f"'{shown}'"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, date):
        return f"the date {value.isoformat()}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _yaml_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value.isoformat() if isinstance(value, date) else str(value)
