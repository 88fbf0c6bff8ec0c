"""`briefing eval`: extraction scored against gold annotations, as text, verbose and JSON."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from support import GOLD, REPO, make_site, run_cli


def test_eval_scores_the_seeds_against_their_gold(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", copy_seeds=True)
    run = run_cli("eval", "--gold", str(GOLD), cwd=root)
    assert run.code == 0, run.err
    assert run.out.startswith("corpus (3 articles)")
    for metric in ("people", "quotes", "events", "roles", "attribution", "title", "date", "source"):
        assert f"\n  {metric}" in run.out


def test_eval_json_has_precision_recall_and_f1_per_metric(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", copy_seeds=True)
    run = run_cli("eval", "--gold", str(GOLD), "--json", cwd=root)
    data = json.loads(run.out)
    people = data["corpus"]["people"] if "corpus" in data else data["people"]
    assert {"precision", "recall", "f1"} <= people.keys()
    assert people["f1"] >= 0.97


def test_verbose_eval_lists_each_miss_per_article(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", copy_seeds=True)
    gold = tmp_path / "gold"
    shutil.copytree(GOLD, gold)
    target = gold / "002_f311519d86175a2b.yaml"
    target.write_text(target.read_text(encoding="utf-8").replace("- name: Sergey Lavrov", "- name: Invented Person\n    mentions: [Invented Person]\n    roles: []\n  - name: Sergey Lavrov"), encoding="utf-8")
    run = run_cli("eval", "--gold", str(gold), "-v", cwd=root)
    assert "002_f311519d86175a2b.txt" in run.out
    assert "miss people: Invented Person" in run.out


def test_eval_can_score_articles_outside_the_site(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    fixtures = REPO / "tests" / "fixtures" / "articles"
    run = run_cli("eval", "--gold", str(fixtures), "--seeds", str(fixtures), "--report", str(tmp_path / "r.txt"), cwd=root)
    assert run.code == 0, run.err
    assert (tmp_path / "r.txt").read_text(encoding="utf-8").startswith("corpus (")


def test_a_gold_file_without_its_article_is_reported(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    run = run_cli("eval", "--gold", str(GOLD), cwd=root)
    assert run.code == 1
    assert "no article with this file name" in run.err
