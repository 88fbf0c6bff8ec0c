"""Inputs that attack time, at the sizes the issue names: a 1 MB single line, millions of
quote marks, 20,000 quotes that never close, 100 KB of back-to-back quotes.

Each is built alone, all at once, under one deadline. A build that does not finish in
time means some stage is superlinear on that input; each must either build or be
skipped with one line, like any other bad file.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile_corpus import FULL, article, pathological_inputs
from support import load_api, make_site

#: Wall-clock seconds for all the builds together; linear code needs a few.
DEADLINE = 15.0


def test_every_pathological_input_builds_or_is_skipped_in_bounded_time(tmp_path: Path) -> None:
    inputs = pathological_inputs(FULL)
    running: dict[str, tuple[Path, subprocess.Popen[str]]] = {}
    for name, (data, _) in inputs.items():
        root = make_site(tmp_path / name, seeds={name: data, "plain.txt": article("Plain article", "Jane Roe", "Fine.")})
        process = subprocess.Popen(
            [sys.executable, "-m", "generator", "build"], cwd=root, text=True,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
        )
        running[name] = (root, process)
    started, late, outcomes = time.monotonic(), [], {}
    for name, (root, process) in running.items():
        try:
            _, err = process.communicate(timeout=max(0.1, DEADLINE - (time.monotonic() - started)))
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            late.append(name)
            continue
        outcomes[name] = (process.returncode, err)
    assert late == [], f"not built within {DEADLINE:.0f} s: {late}"
    for name, (code, err) in outcomes.items():
        root = running[name][0]
        titles = {a["file"]: a["title"] for a in load_api(root / "output", "articles")}
        if code == 0:
            assert inputs[name][1] in titles[name], name
        else:
            lines = err.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith(f"seeds/{name}:"), (name, err)
        assert "Plain article" in titles["plain.txt"]


@pytest.mark.parametrize("name", sorted(pathological_inputs(FULL)))
def test_full_size_inputs_are_what_the_issue_names(name: str) -> None:
    data, _ = pathological_inputs(FULL)[name]
    text = data.decode("utf-8")
    if name == "one_line_1mb.txt":
        assert max(len(line) for line in text.splitlines()) >= 1_000_000
    elif name == "quote_marks.txt":
        assert sum(text.count(mark) for mark in "\"“”„‚«»‹›‘’") >= 2_000_000
    elif name == "unbalanced.txt":
        assert text.count("“") - text.count("”") >= 20_000
    else:
        assert len(data) >= 100_000
