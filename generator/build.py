"""The orchestrator: run the named stages in order, time each, collect every problem.

:meth:`Builder.build` reads like the pipeline in DESIGN.md. A :class:`Builder` also
keeps what it built, so the preview can rebuild only what a change touches: an edited
article is re-read alone, a template change re-renders without re-extracting, and only
pages whose fingerprint changed are rendered and written. ``build()`` is one full build.
"""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.cache import ArticleCache
from generator.config import Config, load_config
from generator.content import Content, load_content
from generator.corpus import (
    Corpus,
    extract_all,
    extract_options,
    ingest_all,
    update_corpus,
)
from generator.errors import BuildError, Diagnostic, Report
from generator.executors import open_executor
from generator.extract.state import ExtractOptions
from generator.link import Library, link
from generator.pipeline import Rendered, render_bodies, render_site
from generator.resolve import resolve
from generator.search import (
    DIGEST,
    bundle_digest,
    find_pagefind,
    index_pages,
    missing_binary,
    reusable_bundle,
    searched,
)
from generator.write import WriteStats, update_site, write_site

MANIFEST = "pages.json"


@dataclass
class BuildResult:
    """What a build did: counts, timings per stage, every diagnostic."""

    report: Report = field(default_factory=Report)
    timings: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    written: WriteStats | None = None
    library: Library | None = None

    @property
    def ok(self) -> bool:
        """True when no error was reported."""
        return not self.report.errors

    def summary(self) -> str:
        """The one-line summary printed at the end of a build."""
        c = self.counts
        line = (
            f"{c.get('articles', 0)} articles, {c.get('people', 0)} people, "
            f"{c.get('quotes', 0)} quotes, {c.get('events', 0)} events, "
            f"{c.get('pages', 0)} pages"
        )
        if self.written is not None:
            line += f" ({c.get('rendered', 0)} rendered, {self.written.changed} changed)"
        errors, warnings = len(self.report.errors), len(self.report.warnings)
        return line + f", {errors} errors, {warnings} warnings in {sum(self.timings.values()):.2f}s"


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
                self.result.report.add(d if d.stage else Diagnostic(**{**d.__dict__, "stage": name}))
            raise
        finally:
            self.result.timings[name] = self.result.timings.get(name, 0.0) + time.perf_counter() - started


class Builder:
    """Builds one site, and rebuilds it cheaply after changes to some of its files."""

    def __init__(
        self,
        root: Path,
        overrides: dict[str, Any] | None = None,
        workers: int | None = None,
        use_cache: bool = True,
        progress: Callable[[str], None] = lambda _: None,
        guard: AbstractContextManager[object] | None = None,
        keep_last_good: bool = False,
        executor: str | None = None,
        search: bool = True,
    ):
        self.root = root
        self.search = search  # build the Pagefind index as its own stage before writing
        self.overrides = overrides or {}
        self.workers = workers
        self.use_cache = use_cache
        self.progress = progress
        self.guard = guard  # held while the preview swaps files in place
        self.keep_last_good = keep_last_good  # write nothing when the build has errors
        self.executor = executor  # where per-article work runs: "local" or "dask://HOST:PORT"
        self.config: Config | None = None
        self.content: Content | None = None
        self.options: ExtractOptions | None = None
        self.corpus: Corpus | None = None
        self.prints: dict[str, str] = {}  # page file → fingerprint, as in the output now
        self.files: set[str] = set()  # every file of the output now
        self.manifest: dict[str, list[Any]] = {}  # page file → [fingerprint, size, mtime]
        self.accepted: set[str] = set()  # errors the written site already had

    def build(self, changed: set[str] | None = None, write: bool = True) -> BuildResult:
        """Build the site; with ``changed`` (site-relative paths) reuse what still holds.

        With ``write=False`` (``briefing check``) everything is validated and rendered
        but nothing is written. An error in an article skips that article; an error
        that makes the site unbuildable stops before writing, so the output stays whole.
        """
        result = BuildResult()
        stages = Stages(result, self.progress)
        scope = self._scope(changed)
        try:
            if scope == "full":
                with stages.stage("config"):
                    self.config = load_config(self.root, self.overrides)
            config = self._config()
            if scope in ("full", "content"):
                with stages.stage("content"):
                    self.content, problems = load_content(config)
                    result.report.extend(problems)
                    options, problems = extract_options(config, self.content)
                    result.report.extend(problems)
                if options != self.options:
                    scope, self.options = "full", options
            content, options = self._content()
            cache = ArticleCache(config.cache_dir if self.use_cache and write else None)
            with open_executor(self.executor, self.workers) if scope == "full" else nullcontext() as executor:
                with stages.stage("ingest"):
                    if scope == "full" or self.corpus is None:
                        self.corpus, problems = ingest_all(config, options, cache, executor)
                    else:
                        problems = update_corpus(config, options, cache, self.corpus, changed or set())
                    result.report.extend(problems)
                with stages.stage("extract"):
                    result.report.extend(extract_all(config, options, self.corpus, cache, executor))
            if write and self.use_cache and scope == "full":
                cache.prune(set(self.corpus.keys.values()))
            cache.close()
            corpus = self.corpus
            with stages.stage("resolve"):
                resolution = resolve(corpus.articles, corpus.extractions, content.people, content.events, content.sources)
            with stages.stage("link"):
                library = link(corpus.articles, corpus.extractions, resolution, content.pages)
                result.report.extend(library.check())
                bodies, problems = render_bodies(config, content, library)
                result.report.extend(problems)
            previous = self._previous(config) if write else {}
            with stages.stage("render"):
                rendered = render_site(config, library, bodies, corpus.keys, previous)
            result.library = library
            result.counts = _counts(corpus, library, rendered)
            if write and not self._holds_last_good(result):
                if self.search:
                    with stages.stage("search"):
                        rendered.files.update(self._index(config, rendered, result.report))
                with stages.stage("write"):
                    result.written = self._write(config, rendered, in_place=changed is not None)
                self.accepted = {d.headline() for d in result.report.errors}
        except BuildError as error:
            # A stage has recorded its own errors; one raised between stages (opening
            # the executor) is recorded here. Either way the previous output is untouched.
            result.report.extend([d for d in error.diagnostics if d not in result.report.items])
        return result

    def _holds_last_good(self, result: BuildResult) -> bool:
        """Whether the preview keeps the last good site instead of writing this build.

        It does when this build has errors the written site did not have: a file just
        broken in the editor. Errors the site already had (a bad file dropped in long
        ago) do not stop the rest of the site from being previewed.
        """
        if not self.keep_last_good or not self.files:
            return False
        return not {d.headline() for d in result.report.errors} <= self.accepted

    def _scope(self, changed: set[str] | None) -> str:
        """How much a change invalidates: "full", "content" or "seeds"/"templates" only."""
        if changed is None or self.config is None or self.content is None or self.corpus is None:
            return "full"
        config = self.config
        rel = {name: Path(getattr(config, f"{name}_dir")).relative_to(config.root).as_posix() for name in ("seeds", "content", "templates")}
        if any(not any(p == d or p.startswith(d + "/") for d in rel.values()) for p in changed):
            return "full"  # site.yaml, or something we cannot place
        if any(p.startswith(rel["content"] + "/") or p == rel["content"] for p in changed):
            return "content"
        return "seeds"

    def _config(self) -> Config:
        if self.config is None:
            raise BuildError([Diagnostic(path="site.yaml", message="no configuration loaded")])
        return self.config

    def _content(self) -> tuple[Content, ExtractOptions]:
        if self.content is None or self.options is None:
            raise BuildError([Diagnostic(path="content", message="no content loaded")])
        return self.content, self.options

    def _previous(self, config: Config) -> dict[str, str]:
        """Fingerprints of the pages in the output now: in memory, else the manifest."""
        if self.prints:
            return self.prints
        if not self.use_cache:
            return {}
        return _load_manifest(config)

    def _index(self, config: Config, rendered: Rendered, report: Report) -> dict[str, bytes | None]:
        """The search bundle's files, to be written with the site; none when Pagefind is missing.

        Pagefind's output differs between runs on the same pages, so when no searched
        page changed (same fingerprints) the bundle in the output is kept as it is.
        """
        digest = bundle_digest({name: fp for name, fp in rendered.prints.items() if searched(name)})
        kept = reusable_bundle(config.output_dir, digest)
        if kept is not None:
            return kept
        binary = find_pagefind()
        if binary is None:
            report.add(missing_binary())
            return {}

        def pages() -> Iterator[tuple[str, bytes]]:
            for name, data in rendered.files.items():
                if searched(name):
                    # None: unchanged since the last build, so the output holds the page.
                    yield name, data if data is not None else config.output_dir.joinpath(name).read_bytes()

        try:
            return index_pages(binary, pages()) | {DIGEST: digest.encode()}
        except (OSError, RuntimeError, subprocess.SubprocessError) as error:
            report.add(Diagnostic(path="pagefind", message=f"search index not built: {error}", severity="warning", stage="search"))
            return {}

    def _write(self, config: Config, rendered: Rendered, in_place: bool) -> WriteStats:
        if in_place and self.files and config.output_dir.is_dir():
            written = update_site(rendered.files, config.output_dir, self.files, self.guard)
        else:
            written = write_site(rendered.files, config.output_dir)
        self.prints = rendered.prints
        self.files = set(rendered.files)
        if self.use_cache:
            self.manifest = _save_manifest(config, rendered.prints, written.changed_paths if in_place else None, self.manifest)
        return written


def _counts(corpus: Corpus, library: Library, rendered: Rendered) -> dict[str, int]:
    return {
        "articles": len(corpus.articles),
        "people": len(library.people),
        "quotes": len(library.quotes),
        "events": len(library.events),
        "sources": len(library.sources),
        "pages": rendered.pages,
        "rendered": rendered.rendered,
        "cached": corpus.cached,
    }


def _load_manifest(config: Config) -> dict[str, str]:
    """Last build's page fingerprints, for the pages whose files are still as written."""
    try:
        data = json.loads((config.cache_dir / MANIFEST).read_text(encoding="utf-8"))
        if data.get("output") != str(config.output_dir):
            return {}
        pages: dict[str, list[Any]] = data["pages"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    intact: dict[str, str] = {}
    for name, (fingerprint, size, mtime) in pages.items():
        try:
            stat = config.output_dir.joinpath(name).stat()
        except OSError:
            continue
        if stat.st_size == size and stat.st_mtime_ns == mtime:
            intact[name] = fingerprint
    return intact


def _save_manifest(config: Config, prints: dict[str, str], changed: frozenset[str] | None, known: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """Record each page's fingerprint with its file's size and time; returns the record.

    After an in-place update only the changed files are looked at again (``known`` holds
    the rest), so a small edit costs a small manifest update.
    """
    output = config.output_dir
    pages: dict[str, list[Any]] = {}
    for name, fingerprint in prints.items():
        old = known.get(name)
        if changed is not None and old is not None and old[0] == fingerprint and name not in changed:
            pages[name] = old
            continue
        try:
            stat = output.joinpath(name).stat()
        except OSError:
            continue
        pages[name] = [fingerprint, stat.st_size, stat.st_mtime_ns]
    try:
        config.cache_dir.mkdir(parents=True, exist_ok=True)
        (config.cache_dir / MANIFEST).write_text(json.dumps({"output": str(output), "pages": pages}), encoding="utf-8")
    except OSError:
        pass  # without a manifest the next build renders every page: slower, still right
    return pages


def build(
    root: Path,
    overrides: dict[str, Any] | None = None,
    write: bool = True,
    progress: Callable[[str], None] = lambda _: None,
    workers: int | None = None,
    use_cache: bool = True,
    executor: str | None = None,
    search: bool = True,
) -> BuildResult:
    """One full build of the site at ``root`` (see :meth:`Builder.build`)."""
    return Builder(root, overrides, workers, use_cache, progress, executor=executor, search=search).build(write=write)


__all__ = ["BuildResult", "Builder", "build"]
