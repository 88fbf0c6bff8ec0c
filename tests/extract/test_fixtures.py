"""Fixture articles and the seeds, each scored against its gold; a failure names the file.

Targets: people F1 and quote F1 at least 0.92 and attribution at least 0.90 on every
fixture; the seeds must reach 0.97 / 0.97 / 0.95.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.evaluate import parse_gold, score_article
from generator.extract import extract_article
from generator.ingest import ingest_file

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "articles"
CASES = [(p, p.with_suffix(".yaml"), (0.92, 0.92, 0.90)) for p in sorted(FIXTURES.glob("*.txt"))]
CASES += [(p, REPO / "tests" / "gold" / f"{p.stem}.yaml", (0.97, 0.97, 0.95))
          for p in sorted((REPO / "seeds").glob("*.txt"))]


@pytest.mark.parametrize(("path", "gold_path", "targets"), CASES,
                         ids=[case[0].name for case in CASES])
def test_extraction_meets_targets(path: Path, gold_path: Path,
                                  targets: tuple[float, float, float]) -> None:
    gold = parse_gold(yaml.safe_load(gold_path.read_text(encoding="utf-8")))
    article = ingest_file(path, path.parent)
    score = score_article(gold, article, extract_article(article))
    people, quotes, attribution = targets
    detail = f"misses={score.misses} fp={score.false_positives} wrong={score.wrong_speakers}"
    assert score.people.f1 >= people, detail
    assert score.quotes.f1 >= quotes, detail
    assert score.attribution.value >= attribution, detail
