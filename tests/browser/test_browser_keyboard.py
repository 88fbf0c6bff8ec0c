"""Keyboard only: article → person → quote → the other outlet's article → event."""

from __future__ import annotations

from typing import Any

from conftest import Served

MAX_TABS = 80


def _follow_with_keyboard(page: Any, href_end: str) -> None:
    """Press Tab until the link whose href ends with ``href_end`` has focus, then Enter."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement && document.activeElement.getAttribute('href')")
        if focused and focused.endswith(href_end):
            with page.expect_navigation():
                page.keyboard.press("Enter")
            return
    raise AssertionError(f"no link to {href_end} reachable with Tab")


def test_keyboard_alone_walks_article_person_quote_other_outlet_and_event(page: Any, small_site: Served) -> None:
    page.goto(small_site.url + "articles/a/")
    _follow_with_keyboard(page, "/people/jane-roe/")
    assert page.locator("h1").inner_text() == "Jane Roe"
    _follow_with_keyboard(page, "/quotes/the-budget-is-balanced-and-the-libraries-stay-1d8bf2/")
    assert "The budget is balanced" in page.locator("main").inner_text()
    _follow_with_keyboard(page, "/articles/b/")
    assert page.locator("h1").inner_text() == "Budget vote ends late"
    assert "Northern Herald" in page.locator("main").inner_text()
    _follow_with_keyboard(page, "/events/riverside-summit-2024-03-01/")
    assert page.locator("h1").inner_text() == "Riverside Summit"
