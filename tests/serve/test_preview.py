"""The preview server: builds, serves on loopback, rebuilds when an input changes."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest
from support import make_site

from generator.serve import Preview

ARTICLE = "Council votes on budget — Example Gazette\n\nMayor Jane Roe said: “The budget is balanced.”\n"


def _get(preview: Preview, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{preview.port}{path}", timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


@pytest.fixture
def preview(tmp_path: Path):
    root = make_site(tmp_path / "site", seeds={"budget.txt": ARTICLE})
    running = Preview(root, port=0).start()
    yield running
    running.stop()


def test_preview_serves_the_built_site_on_loopback(preview: Preview) -> None:
    assert preview._server.server_address[0] == "127.0.0.1"
    status, html = _get(preview, "/articles/budget/")
    assert status == 200 and "Council votes on budget" in html


def test_missing_page_gets_the_sites_404_page(preview: Preview) -> None:
    status, html = _get(preview, "/no/such/page/")
    assert status == 404 and "Page not found" in html


def test_editing_a_seed_rebuilds_and_serves_the_change(preview: Preview) -> None:
    epoch = preview.epoch
    seed = preview.root / "seeds" / "budget.txt"
    seed.write_text(ARTICLE.replace("Council votes on budget", "Council passes budget"), encoding="utf-8")
    assert preview.wait_for_epoch(epoch)
    status, html = _get(preview, "/articles/budget/")
    assert status == 200 and "Council passes budget" in html


def test_a_broken_template_keeps_the_last_good_site_served(preview: Preview) -> None:
    epoch = preview.epoch
    (preview.root / "templates" / "article.html").write_text("{% if %}", encoding="utf-8")
    assert preview.wait_for_epoch(epoch)
    assert preview.last is not None and not preview.last.ok
    status, html = _get(preview, "/articles/budget/")
    assert status == 200 and "Council votes on budget" in html


def test_editor_swap_files_do_not_trigger_a_build(preview: Preview) -> None:
    epoch = preview.epoch
    (preview.root / "seeds" / ".budget.txt.swp").write_text("x", encoding="utf-8")
    (preview.root / "seeds" / "budget.txt~").write_text("x", encoding="utf-8")
    assert not preview.wait_for_epoch(epoch, timeout=0.5)


def test_a_content_folder_created_after_start_is_watched(preview: Preview) -> None:
    assert not (preview.root / "content").exists()
    epoch = preview.epoch
    (preview.root / "content" / "people").mkdir(parents=True)
    assert preview.wait_for_epoch(epoch)
    epoch = preview.epoch
    (preview.root / "content" / "people" / "jane-roe.md").write_text("---\nname: Jane Roe\nsummary: Mayor of Example.\n---\n", encoding="utf-8")
    assert preview.wait_for_epoch(epoch)
    status, html = _get(preview, "/people/jane-roe/")
    assert status == 200 and "Mayor of Example." in html
