"""``briefing eval``: run ingest and extraction on a site and score them against gold.

The scoring itself lives in :mod:`generator.evaluate`; this module only runs the stages
a build runs and pairs each gold file with its article by file name.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from generator.config import load_config
from generator.content import load_content
from generator.errors import BuildError
from generator.evaluate import CorpusScore, format_report, load_gold, score_corpus
from generator.cache import ArticleCache
from generator.corpus import extract_all, extract_options, ingest_all


def evaluate_site(root: Path, gold_dir: Path, seeds: Path | None = None) -> tuple[CorpusScore, list[str]]:
    """Score the site's extraction (of ``seeds`` when given); also gold files with no article."""
    config = load_config(root, {"paths.seeds": str(seeds.absolute())} if seeds else None)
    content, _ = load_content(config)
    options, _ = extract_options(config, content)
    cache = ArticleCache(None)
    corpus, _ = ingest_all(config, options, cache)
    extract_all(config, options, corpus, cache)
    articles, extractions = corpus.articles, corpus.extractions
    gold = load_gold(gold_dir)
    by_file = {article.file: article for article in articles.values()}
    pairs = []
    missing = []
    for name in sorted(gold):
        article = by_file.get(name)
        if article is None:
            missing.append(name)
            continue
        pairs.append((gold[name], article, extractions[article.id]))
    return score_corpus(pairs), missing


def run_eval(root: Path, gold_dir: Path, as_json: bool, verbose: bool, report_path: Path | None, seeds: Path | None = None) -> int:
    """Print the scores; exit 1 when a gold file has no article or the site is broken."""
    if not gold_dir.is_dir():
        print(f"{gold_dir}: gold folder not found", file=sys.stderr)
        return 1
    try:
        score, missing = evaluate_site(root, gold_dir, seeds)
    except BuildError as error:
        for diagnostic in error.diagnostics:
            print(diagnostic.headline(), file=sys.stderr)
        return 1
    for name in missing:
        print(f"{gold_dir / name}: no article with this file name in the seeds", file=sys.stderr)
    text = format_report(score, verbose=verbose)
    if report_path is not None:
        report_path.parent.mkdir(parents=True, exist_ok=True)
        report_path.write_text(text + "\n", encoding="utf-8")
    if as_json:
        print(json.dumps(score.to_dict(), indent=1, sort_keys=True))
    else:
        print(text)
    return 1 if missing else 0
