"""The per-article stages over the whole corpus: ingest and extract, cached and parallel.

Ingest and extraction are pure functions of one file's bytes and the settings, so each
result is cached by a key of exactly those (``generator.cache``), and misses are mapped
over an executor (a process pool sized to the machine; any ``concurrent.futures``
executor works). One article's failure is reported with its file and skips only it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from generator.cache import ArticleCache, entry_key
from generator.config import Config
from generator.content import Content
from generator.discover import Unreadable, discover_seeds, read_input
from generator.errors import BuildError, Diagnostic
from generator.extract import RULE_NAMES, extract_article
from generator.extract.state import ExtractOptions
from generator.ingest import ingest_bytes
from generator.model import Article, Extraction

T = TypeVar("T")
R = TypeVar("R")

#: Below this many articles to process, a process pool costs more than it saves.
PARALLEL_THRESHOLD = 48


@dataclass
class Corpus:
    """Articles and their extractions, with what the cache saved."""

    articles: dict[str, Article] = field(default_factory=dict)
    extractions: dict[str, Extraction] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)  # article id → cache key
    to_extract: list[str] = field(default_factory=list)  # ids whose extraction missed the cache
    cached: int = 0


def extract_options(config: Config, content: Content) -> tuple[ExtractOptions, list[Diagnostic]]:
    """Extraction options from site.yaml and curated people; unknown rule names are errors."""
    problems = [
        Diagnostic(
            path="site.yaml",
            line=config.key_line(f"extraction.rules.{name}"),
            message=f"key 'extraction.rules.{name}': unknown rule (rules: {', '.join(RULE_NAMES)})",
            stage="config",
        )
        for name in sorted(config.extraction.rules)
        if name not in RULE_NAMES
    ]
    known: set[str] = set()
    for page in content.people:
        known.add(str(page.meta["name"]))
        known.update(str(a) for a in page.meta.get("aliases", []))
        known.update(str(a) for a in page.meta.get("merges", []))
    options = ExtractOptions(
        disabled=frozenset(n for n, on in config.extraction.rules.items() if not on),
        known_people=tuple(sorted(known)),
        extra_speech_verbs=tuple(config.extraction.speech_verbs),
    )
    return options, problems


def settings_key(config: Config, options: ExtractOptions) -> str:
    """Every setting that changes what ingest or extraction produce, as one string."""
    return json.dumps(
        {
            "boilerplate": list(config.ingest.boilerplate),
            "disabled": sorted(options.disabled),
            "known": list(options.known_people),
            "verbs": list(options.extra_speech_verbs),
        },
        sort_keys=True,
    )


def _batch(job: tuple[Any, list[Any]]) -> list[Any]:
    fn, items = job
    return [fn(item) for item in items]


def _map(fn: Any, items: list[T], executor: Executor | None) -> Iterator[Any]:
    """``map(fn, items)`` in order, over ``executor`` in batches when there are enough items.

    Batching keeps the per-task cost of a process pool or a cluster scheduler small.
    """
    if executor is None or len(items) < PARALLEL_THRESHOLD:
        return map(fn, items)
    size = max(8, len(items) // ((os.cpu_count() or 1) * 8))
    batches = [(fn, items[i : i + size]) for i in range(0, len(items), size)]
    return (result for batch in executor.map(_batch, batches) for result in batch)


def _ingest_one(job: tuple[bytes, str, tuple[str, ...]]) -> Article | BuildError:
    data, file, boilerplate = job
    try:
        return ingest_bytes(data, file, boilerplate)
    except BuildError as error:
        return error  # returned, not raised, so one bad file never stops the pool's batch


def _extract_one(job: tuple[Article, ExtractOptions]) -> Extraction | str:
    article, options = job
    try:
        return extract_article(article, options)
    except Exception as error:  # noqa: BLE001 - one article must never stop the others
        return f"{type(error).__name__}: {error}"


def _read(paths: Iterable[Path], seeds_dir: Path, problems: list[Diagnostic]) -> list[tuple[str, bytes]]:
    files = []
    for path in paths:
        relative = path.relative_to(seeds_dir).as_posix()
        try:
            files.append((relative, read_input(path)))
        except Unreadable as error:
            problems.append(Diagnostic(path=f"{seeds_dir.name}/{relative}", message=error.message, stage="ingest", hint=error.hint))
    return files


def ingest_all(
    config: Config, options: ExtractOptions, cache: ArticleCache, executor: Executor | None = None
) -> tuple[Corpus, list[Diagnostic]]:
    """Read every seed; take what the cache has, ingest the rest."""
    paths, problems = discover_seeds(config.seeds_dir)
    files = _read(paths, config.seeds_dir, problems)
    settings = settings_key(config, options)
    keys = {file: entry_key(data, file, settings) for file, data in files}
    hits = cache.get_many(sorted(set(keys.values())))
    corpus = Corpus()
    misses = [(data, file, tuple(config.ingest.boilerplate)) for file, data in files if keys[file] not in hits]
    fresh = dict(zip((m[1] for m in misses), _map(_ingest_one, misses, executor)))
    seeds = config.seeds_dir.name
    for file, _ in files:
        if keys[file] in hits:
            article, extraction = hits[keys[file]]
            corpus.cached += 1
        else:
            outcome = fresh[file]
            if isinstance(outcome, BuildError):
                problems.extend(_in_seeds(d, seeds) for d in outcome.diagnostics)
                continue
            article, extraction = outcome, None
        problems.extend(_admit(corpus, file, keys[file], article, extraction, seeds))
    return corpus, problems


def extract_all(
    config: Config, options: ExtractOptions, corpus: Corpus, cache: ArticleCache, executor: Executor | None = None
) -> list[Diagnostic]:
    """Extract every article the cache did not have, and remember the results."""
    problems: list[Diagnostic] = []
    jobs = [(corpus.articles[a], options) for a in corpus.to_extract]
    for article_id, outcome in zip(corpus.to_extract, _map(_extract_one, jobs, executor)):
        article = corpus.articles[article_id]
        if isinstance(outcome, str):
            problems.append(Diagnostic(path=f"{config.seeds_dir.name}/{article.file}", message=f"extraction failed: {outcome}", stage="extract"))
            outcome = Extraction(article=article_id)
        else:
            cache.put(corpus.keys[article_id], article, outcome)
        corpus.extractions[article_id] = outcome
    cache.flush()
    corpus.to_extract = []
    corpus.extractions = dict(sorted(corpus.extractions.items()))
    corpus.articles = dict(sorted(corpus.articles.items()))
    seeds = config.seeds_dir.name
    for extraction in corpus.extractions.values():
        problems.extend(_in_seeds(d, seeds) for d in extraction.diagnostics)
    return problems


def _in_seeds(diagnostic: Diagnostic, seeds_name: str) -> Diagnostic:
    """Diagnostics name files relative to the site root, as a user sees them."""
    if diagnostic.path.startswith(seeds_name + "/"):
        return diagnostic
    return Diagnostic(**{**diagnostic.__dict__, "path": f"{seeds_name}/{diagnostic.path}"})


def update_corpus(
    config: Config, options: ExtractOptions, cache: ArticleCache, corpus: Corpus, changed: set[str]
) -> list[Diagnostic]:
    """Bring ``corpus`` up to date after ``changed`` (site-relative paths) were touched.

    Only added, removed and changed seed files are read again; everything else is kept
    as it is in memory. New or changed articles are queued in ``corpus.to_extract``.
    """
    paths, problems = discover_seeds(config.seeds_dir)
    seeds = config.seeds_dir.name
    current = {p.relative_to(config.seeds_dir).as_posix(): p for p in paths}
    by_file = {article.file: article_id for article_id, article in corpus.articles.items()}
    prefix = config.seeds_dir.relative_to(config.root).as_posix() + "/"
    touched = {p.removeprefix(prefix) for p in changed if p.startswith(prefix)}
    for file in sorted(set(by_file) - set(current)):
        _drop(corpus, by_file.pop(file))
    reread = sorted((set(current) - set(by_file)) | (touched & set(current)))
    settings = settings_key(config, options)
    files = _read((current[f] for f in reread), config.seeds_dir, problems)
    keys = {file: entry_key(data, file, settings) for file, data in files}
    hits = cache.get_many(sorted(set(keys.values())))
    for file, data in files:
        old = by_file.get(file)
        if old is not None and corpus.keys.get(old) == keys[file]:
            continue  # saved without a change
        if old is not None:
            _drop(corpus, old)
        if keys[file] in hits:
            article, extraction = hits[keys[file]]
        else:
            outcome = _ingest_one((data, file, tuple(config.ingest.boilerplate)))
            if isinstance(outcome, BuildError):
                problems.extend(_in_seeds(d, seeds) for d in outcome.diagnostics)
                continue
            article, extraction = outcome, None
        problems.extend(_admit(corpus, file, keys[file], article, extraction, seeds))
    return problems


def _admit(
    corpus: Corpus, file: str, key: str, article: Article, extraction: Extraction | None, seeds: str
) -> list[Diagnostic]:
    """Add one ingested article (and its cached extraction, if any) to the corpus.

    Returns the article's warnings, or an error when its id is taken by another file.
    """
    problems = [_in_seeds(d, seeds) for d in article.diagnostics]
    if article.id in corpus.articles:
        taken = corpus.articles[article.id].file
        problems.append(Diagnostic(path=f"{seeds}/{file}", message=f"article id '{article.id}' is already used by {taken}; skipped", stage="ingest"))
        return problems
    corpus.articles[article.id] = article
    corpus.keys[article.id] = key
    if extraction is None:
        corpus.to_extract.append(article.id)
    else:
        corpus.extractions[article.id] = extraction
    return problems


def _drop(corpus: Corpus, article_id: str) -> None:
    corpus.articles.pop(article_id, None)
    corpus.extractions.pop(article_id, None)
    corpus.keys.pop(article_id, None)
