"""The orchestrator: run the named stages in order, time each, collect every problem.

``build()`` reads like the pipeline in DESIGN.md and does nothing else; each stage lives
in its own module. Errors are prefixed with the stage that found them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import __version__
from generator.config import Config, load_config
from generator.content import Content, load_content
from generator.errors import BuildError, Diagnostic, Report
from generator.link import Library, link
from generator.model import Article, Extraction
from generator.cache import ArticleCache
from generator.corpus import extract_all, extract_options, ingest_all, make_executor
from generator.pipeline import render_bodies, render_site
from generator.resolve import resolve
from generator.write import WriteStats, write_site


@dataclass
class BuildResult:
    """What a build did: counts, timings per stage, every diagnostic."""

    report: Report = field(default_factory=Report)
    timings: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    written: WriteStats | None = None
    library: Library | None = None
    files: dict[str, bytes] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when no error was reported."""
        return not self.report.errors

    def summary(self) -> str:
        """The one-line summary printed at the end of a build."""
        c = self.counts
        pages = c.get("pages", 0)
        total = sum(self.timings.values())
        line = (
            f"{c.get('articles', 0)} articles, {c.get('people', 0)} people, "
            f"{c.get('quotes', 0)} quotes, {c.get('events', 0)} events, "
            f"{pages} pages"
        )
        if self.written is not None:
            line += f" ({self.written.changed} changed)"
        errors, warnings = len(self.report.errors), len(self.report.warnings)
        line += f", {errors} errors, {warnings} warnings in {total:.2f}s"
        return line


@dataclass
class Stages:
    """Timing and error prefixing for each named stage."""

    result: BuildResult
    progress: Callable[[str], None]

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Time the stage ``name``; a BuildError inside it is recorded and re-raised."""
        self.progress(f"{name}…")
        started = time.perf_counter()
        try:
            yield
        except BuildError as error:
            for d in error.diagnostics:
                self.result.report.add(d if d.stage else _with_stage(d, name))
            raise
        finally:
            self.result.timings[name] = time.perf_counter() - started


def _with_stage(diagnostic: Diagnostic, stage: str) -> Diagnostic:
    return Diagnostic(**{**diagnostic.__dict__, "stage": stage})


def build(
    root: Path,
    overrides: dict[str, Any] | None = None,
    write: bool = True,
    progress: Callable[[str], None] = lambda _: None,
    workers: int | None = None,
    use_cache: bool = True,
) -> BuildResult:
    """Build the site at ``root``: config, content, ingest, extract, resolve, link, render, write.

    With ``write=False`` (``briefing check``) everything is validated and rendered but
    nothing is written. An error in an article skips that article; an error that makes
    the site unbuildable (bad site.yaml, a broken template) stops before writing, so the
    previous output stays whole.
    """
    result = BuildResult()
    stages = Stages(result, progress)
    report = result.report
    try:
        with stages.stage("config"):
            config: Config = load_config(root, overrides)
        with stages.stage("content"):
            content, problems = load_content(config)
            report.extend(problems)
            options, problems = extract_options(config, content)
            report.extend(problems)
        cache = ArticleCache(config.cache_dir if use_cache and write else None)
        with make_executor(workers) or nullcontext() as executor, closing(cache):
            with stages.stage("ingest"):
                corpus, problems = ingest_all(config, options, cache, executor)
                report.extend(problems)
            with stages.stage("extract"):
                report.extend(extract_all(config, options, corpus, cache, executor))
            if write and use_cache:
                cache.prune(set(corpus.keys.values()))
        articles, extractions = corpus.articles, corpus.extractions
        with stages.stage("resolve"):
            resolution = resolve(articles, extractions, content.people, content.events, content.sources)
        with stages.stage("link"):
            library = link(articles, extractions, resolution, content.pages)
            report.extend(library.check())
            bodies, problems = render_bodies(config, content, library)
            report.extend(problems)
        with stages.stage("render"):
            files, page_count = render_site(config, library, bodies)
        result.library, result.files = library, files
        result.counts = _counts(articles, extractions, library, page_count)
        result.counts["cached"] = corpus.cached
        if write:
            with stages.stage("write"):
                result.written = write_site(files, config.output_dir)
    except BuildError:
        pass  # recorded by the stage; the previous output is untouched
    return result


def _counts(
    articles: dict[str, Article], extractions: dict[str, Extraction], library: Library, pages: int
) -> dict[str, int]:
    return {
        "articles": len(articles),
        "people": len(library.people),
        "quotes": len(library.quotes),
        "events": len(library.events),
        "sources": len(library.sources),
        "pages": pages,
    }


def version_key(config: Config) -> str:
    """What cached per-article work depends on besides the file: code and settings."""
    return f"{__version__}:{config.fingerprint()}"


__all__ = ["BuildResult", "build", "version_key", "Content"]
