"""Long lists split into numbered pages: ``/quotes/``, ``/quotes/page/2/``, …

The first page keeps the list's own address, so existing links stay valid; later pages
add ``page/N/``. Every page knows its neighbours (for ``rel=prev``/``next``) and a short
run of page numbers around itself for the page list.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from generator.views import Link, Pagination

T = TypeVar("T")

#: Items per page of a list of links (people, articles, events, sources).
LINKS_PER_PAGE = 200
#: Quote cards per page: each is a few lines, so fewer fit in a small page.
QUOTES_PER_PAGE = 100
#: Reports of a quote per page: each holds a whole sentence.
REPORTS_PER_PAGE = 50
#: Timeline entries per page.
TIMELINE_PER_PAGE = 200
_AROUND = 2  # page numbers shown on each side of the current one


def page_path(base: str, number: int) -> str:
    """The site path of page ``number`` of the list at ``base`` (which ends with ``/``)."""
    return base if number <= 1 else f"{base}page/{number}/"


def page_count(total: int, per_page: int) -> int:
    """How many pages ``total`` items take (an empty list still has its first page)."""
    return max(1, -(-total // per_page))


def chunks(items: Sequence[T], per_page: int) -> list[Sequence[T]]:
    """``items`` cut into pages of ``per_page`` (one empty page when there are none)."""
    return [items[i : i + per_page] for i in range(0, len(items), per_page)] or [items[:0]]


def pagination(base: str, number: int, count: int) -> Pagination | None:
    """Where page ``number`` of ``count`` sits; None when the list fits on one page."""
    if count <= 1:
        return None
    wanted = sorted({1, count, *range(max(1, number - _AROUND), min(count, number + _AROUND) + 1)})
    pages: list[Link | None] = []
    for previous, n in zip([0, *wanted], wanted):
        if n - previous > 1:
            pages.append(None)
        pages.append(Link(page_path(base, n), str(n)))
    return Pagination(
        number=number,
        count=count,
        prev=page_path(base, number - 1) if number > 1 else None,
        next=page_path(base, number + 1) if number < count else None,
        pages=tuple(pages),
    )


def shown(number: int, per_page: int, total: int, unit: str) -> str:
    """``"Showing 201–400 of 2,280 people"``; just ``"2 people"`` when all fit on a page."""
    if total <= per_page:
        return f"{total:,} {unit}"
    first = (number - 1) * per_page + 1
    last = min(total, number * per_page)
    return f"Showing {first:,}–{last:,} of {total:,} {unit}"


def title_of_page(title: str, number: int, count: int) -> str:
    """A page's title with its number after the first page: ``"Quotes (page 2 of 9)"``."""
    return title if number <= 1 else f"{title} (page {number} of {count})"


__all__ = [
    "LINKS_PER_PAGE",
    "QUOTES_PER_PAGE",
    "REPORTS_PER_PAGE",
    "TIMELINE_PER_PAGE",
    "chunks",
    "page_count",
    "page_path",
    "pagination",
    "shown",
    "title_of_page",
]
