"""site.yaml → :class:`Config`: a typed schema, validated once, every field documented.

Unknown keys and wrong types are errors, all reported together, each naming the key
and its line (``site.yaml:7: key 'paths.seedz': unknown key (did you mean 'seeds'?)``).
Free-form settings belong under ``extra:``. A missing site.yaml means every default.

The checking itself is :func:`generator.schema.validate`, which the content stage also
uses for front matter, so both report problems with the same messages.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import os
import posixpath
import re
import zoneinfo
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from generator.errors import BuildError, Diagnostic, source_context
from generator.schema import (
    INTERNAL,
    OVERRIDE_NAME,
    Invalid,
    Located,
    check_language,
    check_positive,
    check_timezone,
    check_url,
    checked,
    describe,
    unknown_key,
    validate,
)
from generator.yamlsafe import load_yaml

#: The settings file, relative to the site root; also the path diagnostics name.
CONFIG_NAME = "site.yaml"


# -------------------------------------------------------- site.yaml field checks


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

    root: Path = field(default=Path("."), metadata=INTERNAL)
    """Absolute folder holding site.yaml; every path is relative to it."""
    title: str = "Briefing"
    """Site title, shown in every page header and the feed."""
    description: str = ""
    """One-line description for the home page, meta tags and the feed subtitle."""
    base_url: str = field(default="http://127.0.0.1:8000/", metadata=checked(check_url))
    """Absolute URL the site is served from, with any sub-path; always ends with "/"."""
    relative_urls: bool = False
    """Write every link, asset, feed and search path relative to its page (``../people/x/index.html``) so output/ browses from file://."""
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
        default_factory=dict, metadata=INTERNAL, repr=False, compare=False
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
                problems.append(unknown_key(name, [f.name for f in dataclasses.fields(paths)],
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
