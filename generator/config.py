"""site.yaml → :class:`Config`: a typed schema, validated once, every field documented.

Unknown keys and wrong types are errors, all reported together, each naming the key
and its line (``site.yaml:7: key 'paths.seedz': unknown key (did you mean 'seeds'?)``).
Free-form settings belong under ``extra:``. A missing site.yaml means every default.

The schema checker (:func:`validate`) is generic over dataclasses, so the content stage
checks front matter with the same messages.
"""

from __future__ import annotations

import copy
import dataclasses
import difflib
import hashlib
import json
import os
import posixpath
import re
import types
import typing
import zoneinfo
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from generator.errors import BuildError, Diagnostic, source_context
from generator.yamlsafe import load_yaml

T = TypeVar("T")

#: The settings file, relative to the site root; also the path diagnostics name.
CONFIG_NAME = "site.yaml"
#: Where diagnostics about ``overrides`` point: they come from the command line.
OVERRIDE_NAME = "command line"


class Invalid(ValueError):
    """Raised by a field check: the message follows ``key 'x': `` in the diagnostic."""

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.hint = hint


# ------------------------------------------------------------------ field checks


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


def check_relative_path(value: str) -> str:
    """A folder relative to the site root that stays inside it; normalised, POSIX."""
    if value.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", value):
        raise Invalid(
            f"'{value}' is an absolute path", "paths are relative to the folder of site.yaml"
        )
    normal = posixpath.normpath(value.replace("\\", "/"))
    if normal == ".." or normal.startswith("../"):
        raise Invalid(
            f"'{value}' points outside the site folder",
            "paths are relative to the folder of site.yaml and must stay inside it",
        )
    return normal


def check_positive(value: int) -> int:
    """An integer of at least 1."""
    if value < 1:
        raise Invalid(f"expected a whole number of at least 1, got {value}")
    return value


def checked(fn: Callable[[Any], Any]) -> dict[str, Any]:
    """Field metadata: run ``fn`` on the typed value; it may normalise or raise Invalid."""
    return {"check": fn}


def parsed(fn: Callable[[Any], Any]) -> dict[str, Any]:
    """Field metadata: ``fn`` turns the raw YAML value into the field's value itself."""
    return {"parse": fn}


_INTERNAL = {"internal": True}  # fields set by the loader, never read from YAML

# ----------------------------------------------------------------------- schema


@dataclass(frozen=True)
class PathsConfig:
    """Folders of the site, relative to the folder holding site.yaml."""

    seeds: str = field(default="seeds", metadata=checked(check_relative_path))
    """Raw article files (.txt as scraped, .md with front matter)."""
    content: str = field(default="content", metadata=checked(check_relative_path))
    """Curated Markdown: people/, events/, sources/, pages/."""
    templates: str = field(default="templates", metadata=checked(check_relative_path))
    """Jinja templates that override the built-in ones."""
    output: str = field(default="output", metadata=checked(check_relative_path))
    """Where the built site is written; never the site folder itself."""
    cache: str = field(default=".briefing-cache", metadata=checked(check_relative_path))
    """Per-article extraction cache, keyed by content hash and settings."""


@dataclass(frozen=True)
class IngestConfig:
    """Reading seed files."""

    boilerplate: tuple[str, ...] = ()
    """Extra lines to drop wherever they appear whole ("Exit mobile version" is built in)."""


@dataclass(frozen=True)
class ExtractionConfig:
    """Finding people, quotes and events."""

    rules: dict[str, bool] = field(default_factory=dict)
    """Switch extraction rules on (true) or off (false) by name; unnamed rules stay on."""
    speech_verbs: tuple[str, ...] = ()
    """Verbs to count as speech ("quipped") on top of the built-in list."""


@dataclass(frozen=True)
class MarkdownConfig:
    """Rendering curated Markdown."""

    unsafe_html: bool = False
    """Pass raw HTML in content/ through unescaped. Only for content you wrote yourself."""


@dataclass(frozen=True)
class FeedConfig:
    """The Atom feed at /feed.xml."""

    limit: int = field(default=50, metadata=checked(check_positive))
    """Most articles in the feed, newest first."""


@dataclass(frozen=True)
class Config:
    """Validated site settings. Build with :func:`load_config`, never by hand-parsing."""

    root: Path = field(default=Path("."), metadata=_INTERNAL)
    """Absolute folder holding site.yaml; every path is relative to it."""
    title: str = "Briefing"
    """Site title, shown in every page header and the feed."""
    description: str = ""
    """One-line description for the home page, meta tags and the feed subtitle."""
    base_url: str = field(default="http://127.0.0.1:8000/", metadata=checked(check_url))
    """Absolute URL the site is served from, with any sub-path; always ends with "/"."""
    language: str = field(default="en", metadata=checked(check_language))
    """Language tag of the pages (``<html lang>``)."""
    timezone: str = field(default="UTC", metadata=checked(check_timezone))
    """IANA time zone for dates shown and the feed."""
    build_date: date | None = None
    """Fixed feed "updated" date; when absent, the newest article's date (deterministic)."""
    paths: PathsConfig = PathsConfig()
    """Folders, relative to the site root."""
    ingest: IngestConfig = IngestConfig()
    """Reading seed files."""
    extraction: ExtractionConfig = ExtractionConfig()
    """Finding people, quotes and events."""
    markdown: MarkdownConfig = MarkdownConfig()
    """Rendering curated Markdown."""
    feed: FeedConfig = FeedConfig()
    """The Atom feed."""
    extra: dict[str, Any] = field(default_factory=dict)
    """Free settings for your own templates (``config.extra.x``); never checked."""
    lines: dict[str, int] = field(
        default_factory=dict, metadata=_INTERNAL, repr=False, compare=False
    )
    """Dotted key → line in site.yaml, for later diagnostics."""

    def _dir(self, relative: str) -> Path:
        return Path(os.path.normpath(self.root / relative))

    @property
    def seeds_dir(self) -> Path:
        """Absolute folder of the seed articles."""
        return self._dir(self.paths.seeds)

    @property
    def content_dir(self) -> Path:
        """Absolute folder of the curated content."""
        return self._dir(self.paths.content)

    @property
    def templates_dir(self) -> Path:
        """Absolute folder of the site's templates."""
        return self._dir(self.paths.templates)

    @property
    def output_dir(self) -> Path:
        """Absolute folder the site is written to."""
        return self._dir(self.paths.output)

    @property
    def cache_dir(self) -> Path:
        """Absolute folder of the extraction cache."""
        return self._dir(self.paths.cache)

    @property
    def tzinfo(self) -> zoneinfo.ZoneInfo:
        """The configured time zone."""
        return zoneinfo.ZoneInfo(self.timezone)

    def key_line(self, dotted: str) -> int | None:
        """Line of ``dotted`` ("extraction.rules.quotes") in site.yaml, if it is there."""
        return self.lines.get(dotted)

    def diagnostic(self, dotted: str, message: str, hint: str | None = None) -> Diagnostic:
        """An error about the setting ``dotted``, at its line, for later stages."""
        line = self.key_line(dotted)
        context = None
        if line is not None and (self.root / CONFIG_NAME).is_file():
            text = (self.root / CONFIG_NAME).read_text("utf-8", errors="replace")
            context = source_context(text, line) or None
        return Diagnostic(CONFIG_NAME, f"key '{dotted}': {message}", line=line,
                          stage="config", hint=hint, context=context)

    def fingerprint(self) -> str:
        """A stable hash of every setting (not the root folder), for cache keys."""
        settings = {
            f.name: dataclasses.asdict(self)[f.name]
            for f in dataclasses.fields(self)
            if not f.metadata.get("internal")
        }
        blob = json.dumps(settings, sort_keys=True, default=str, ensure_ascii=False)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()


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
            problems.append(_unknown(key, list(fields), dotted, where))
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


def _unknown(key: Any, known: list[str], dotted: str, where: Located) -> Diagnostic:
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


# ---------------------------------------------------------------------- loading


def load_config(root: Path, overrides: dict[str, Any] | None = None) -> Config:
    """Read and validate ``root/site.yaml``; every default when the file is absent.

    ``overrides`` maps dotted keys to values from the command line ("base_url",
    "paths.output"); they are checked like the file's values, except that overridden
    paths may be absolute. Raises :class:`BuildError` carrying every problem found.
    """
    root = Path(root).resolve()
    file = root / CONFIG_NAME
    text = ""
    data: Any = {}
    lines: dict[str, int] = {}
    if file.is_file():
        text = _read(file)
        data, lines = load_yaml(text, CONFIG_NAME, stage="config")
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise BuildError([Diagnostic(
            CONFIG_NAME, f"site.yaml must be a mapping of `key: value` lines, got {describe(data)}",
            line=1, stage="config", context=source_context(text, 1) or None,
        )])
    overrides = dict(overrides or {})
    free_paths = {k: overrides.pop(k) for k in list(overrides)
                  if k.startswith("paths.") and _is_absolute(overrides[k])}
    data = _apply(data, overrides)
    where = Located(CONFIG_NAME, text, lines, "config", overridden=frozenset(overrides))
    config, problems = validate(Config, data, where, root=root, lines=lines)
    if config is not None:
        paths = config.paths
        for key, value in free_paths.items():
            name = key.split(".", 1)[1]
            if not hasattr(paths, name):
                problems.append(_unknown(name, [f.name for f in dataclasses.fields(paths)],
                                         "paths", Located(OVERRIDE_NAME, stage="config")))
                continue
            paths = dataclasses.replace(paths, **{name: os.path.normpath(value)})
        config = dataclasses.replace(config, paths=paths)
        problems += _check_folders(config, where)
    if problems or config is None:
        raise BuildError(sorted(problems, key=Diagnostic.sort_key))
    return config


def _read(file: Path) -> str:
    try:
        return file.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BuildError([Diagnostic(CONFIG_NAME, f"not UTF-8 text: {exc.reason}",
                                     stage="config", hint="save the file as UTF-8")]) from None


def _is_absolute(value: Any) -> bool:
    return isinstance(value, (str, os.PathLike)) and os.path.isabs(value)


def _apply(data: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``data`` with dotted ``overrides`` set, creating sections as needed."""
    data = copy.deepcopy(data)
    for dotted, value in overrides.items():
        *parents, last = dotted.split(".")
        node = data
        for part in parents:
            if not isinstance(node.get(part), dict):
                node[part] = {}
            node = node[part]
        node[last] = str(value) if isinstance(value, os.PathLike) else value
    return data


def _check_folders(config: Config, where: Located) -> list[Diagnostic]:
    """Symlinks must not lead a folder out of the site; output is never a source."""
    problems = []
    root = config.root
    sources = {"seeds folder": config.seeds_dir, "content folder": config.content_dir,
               "templates folder": config.templates_dir}
    for name in ("seeds", "content", "templates", "output", "cache"):
        dotted = f"paths.{name}"
        relative = getattr(config.paths, name)
        if os.path.isabs(relative):
            continue  # set on the command line, trusted
        if not Path(root, relative).resolve().is_relative_to(root):
            problems.append(where.error(dotted, f"'{relative}' leads outside the site "
                                        "folder through a symbolic link"))
    for written in ("output", "cache"):
        out = getattr(config, f"{written}_dir")
        for name, folder in {"site folder": root, **sources}.items():
            if out == folder or folder.is_relative_to(out):
                problems.append(where.error(
                    f"paths.{written}", f"must not be or contain the {name}",
                    f"the {written} folder is replaced as the site builds",
                ))
    return problems
