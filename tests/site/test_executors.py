"""Per-article work on a process pool or a Dask cluster gives the same site as one process."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import make_site, read_tree, run_cli

from generator.build import build


def _site(root: Path) -> Path:
    seeds = {
        f"a{n:03d}.txt": (
            f"Council meeting number {n} — Example Gazette\n\n"
            f"Mayor Jane Roe{n} said on Monday: “Item {n} is approved.”\n\n"
            f"Councillor Tom Blake{n % 7} disagreed. “It is not,” Mr Blake{n % 7} said.\n\n"
            f"2024-03-{1 + n % 28:02d} 10:00:00\n"
        )
        for n in range(60)
    }
    return make_site(root, seeds=seeds)


def test_a_process_pool_builds_the_same_site_as_one_process(tmp_path: Path) -> None:
    one, two = _site(tmp_path / "one"), _site(tmp_path / "two")
    assert build(one, workers=1, use_cache=False).ok
    assert build(two, workers=2, use_cache=False).ok
    assert read_tree(one / "output") == read_tree(two / "output")


def test_an_unknown_executor_is_a_clear_error(tmp_path: Path) -> None:
    root = _site(tmp_path / "site")
    run = run_cli("build", "--executor", "carrier-pigeon", cwd=root)
    assert run.code == 1
    assert "unknown executor 'carrier-pigeon'" in run.err


def test_a_dask_cluster_builds_the_same_site_as_one_process(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed", reason="the 'dask' extra is not installed")
    one, cluster_site = _site(tmp_path / "one"), _site(tmp_path / "dask")
    assert build(one, workers=1, use_cache=False).ok
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        address = cluster.scheduler_address.removeprefix("tcp://")
        result = build(cluster_site, use_cache=False, executor=f"dask://{address}")
        assert result.ok, result.report.sorted()
    assert read_tree(one / "output") == read_tree(cluster_site / "output")
