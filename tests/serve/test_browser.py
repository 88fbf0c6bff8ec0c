"""A real browser on the preview: pages reload by themselves and show build errors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support import make_site

from generator.serve import Preview

TIMEOUT_MS = 10_000

BUDGET = "Council votes on budget — Example Gazette\n\nMayor Jane Roe said: “The budget is balanced.”\n"
LIBRARY = (
    "---\ntitle: Mayor opens library\nsource: Example Gazette\ndate: 2024-01-02\n---\n\n"
    "Mayor Jane Roe said: “Reading matters.”\n"
)
NEW_QUOTE = "Libraries open every Sunday from now on."


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[Preview]:
    root = make_site(tmp_path / "site", seeds={"budget.txt": BUDGET, "library.md": LIBRARY})
    running = Preview(root, port=0).start()
    yield running
    running.stop()


@pytest.fixture
def page(browser: Any, preview: Preview) -> Iterator[Any]:
    context = browser.new_context()
    opened = context.new_page()
    opened.set_default_timeout(TIMEOUT_MS)
    yield opened
    context.close()


def open_connected(page: Any, preview: Preview, path: str) -> None:
    """Open ``path`` and mark the document, so a reload can be told from the same page."""
    page.goto(f"http://127.0.0.1:{preview.port}{path}")
    page.evaluate("window.__notReloaded = true")


def test_a_person_page_reloads_by_itself_and_shows_a_new_quote(page: Any, preview: Preview) -> None:
    from playwright.sync_api import expect

    open_connected(page, preview, "/people/jane-roe/")
    expect(page.locator("main")).to_contain_text("Reading matters.")
    expect(page.get_by_text(NEW_QUOTE)).to_have_count(0)

    seed = preview.root / "seeds" / "library.md"
    seed.write_text(LIBRARY + f"\nShe added: “{NEW_QUOTE}”\n", encoding="utf-8")

    expect(page.get_by_text(NEW_QUOTE).first).to_be_visible(timeout=TIMEOUT_MS)
    assert page.evaluate("window.__notReloaded === undefined")


def test_a_broken_front_matter_shows_the_overlay_without_a_manual_reload(page: Any, preview: Preview) -> None:
    from playwright.sync_api import expect

    open_connected(page, preview, "/articles/budget/")
    overlay = page.locator("#briefing-overlay")
    expect(overlay).to_have_count(0)

    seed = preview.root / "seeds" / "library.md"
    seed.write_text("---\ntitle: [oops\n---\n\nMayor Jane Roe said: “Reading matters.”\n", encoding="utf-8")

    expect(overlay).to_be_visible(timeout=TIMEOUT_MS)
    expect(page.get_by_role("alertdialog")).to_contain_text("seeds/library.md:3")
    expect(page.locator("main")).to_contain_text("Council votes on budget")
    assert page.evaluate("window.__notReloaded === true")  # shown live, not by reloading

    page.get_by_role("button", name="Dismiss").click()
    expect(overlay).to_be_hidden()

    seed.write_text(LIBRARY, encoding="utf-8")
    page.wait_for_function("window.__notReloaded === undefined", timeout=TIMEOUT_MS)
    expect(overlay).to_have_count(0)


def test_a_page_whose_article_was_deleted_moves_to_the_nearest_parent_index(page: Any, preview: Preview) -> None:
    open_connected(page, preview, "/articles/budget/")
    (preview.root / "seeds" / "budget.txt").unlink()
    page.wait_for_url(f"http://127.0.0.1:{preview.port}/articles/", timeout=TIMEOUT_MS)


def test_a_page_refused_an_event_stream_polls_and_still_reloads(page: Any, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    from generator.serve.server import start_server
    from generator.serve.state import LiveState, Snapshot

    output = tmp_path / "output"
    output.mkdir()
    home = output / "index.html"
    home.write_text("<!doctype html><html><head></head><body><p>first</p></body></html>", encoding="utf-8")
    live = LiveState()
    live.publish(Snapshot(epoch=1))
    server = start_server(output, "127.0.0.1", 0, live, max_streams=0)
    try:
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/")
        expect(page.locator("p")).to_have_text("first")
        home.write_text("<!doctype html><html><head></head><body><p>second</p></body></html>", encoding="utf-8")
        live.publish(Snapshot(epoch=2, changed=frozenset({"index.html"})))
        expect(page.locator("p")).to_have_text("second", timeout=TIMEOUT_MS)
    finally:
        live.close()
        server.shutdown()
        server.server_close()
