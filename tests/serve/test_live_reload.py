"""Live reload against the real preview: injected script, event stream, overlay, shutdown."""

from __future__ import annotations

import http.client
import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from support import make_site

from generator.errors import Diagnostic
from generator.serve import Preview
from generator.serve.livereload import SCRIPT_URL, inject, message
from generator.serve.server import start_server
from generator.serve.state import LiveState, Snapshot

BUDGET = "Council votes on budget — Example Gazette\n\nMayor Jane Roe said: “The budget is balanced.”\n"
HOUSING = "Council debates housing — Daily Planet\n\nJohn Doe said: “We need more homes.”\n"
MAYOR = (
    "---\ntitle: Mayor opens library\nsource: Example Gazette\ndate: 2024-01-02\n---\n\n"
    "Mayor Jane Roe said: “Reading matters.”\n"
)
BROKEN = "---\ntitle: [oops\n---\n\nMayor Jane Roe said: “Reading matters.”\n"


def get(preview: Preview, path: str, method: str = "GET") -> tuple[int, str]:
    """Status and body of one request to the preview."""
    conn = http.client.HTTPConnection("127.0.0.1", preview.port, timeout=5)
    try:
        conn.request(method, path)
        response = conn.getresponse()
        return response.status, response.read().decode("utf-8")
    finally:
        conn.close()


class EventStream:
    """A raw server-sent-events client: one connection, events read line by line."""

    def __init__(self, port: int, query: str):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        self.conn.request("GET", "/__briefing/events" + query)
        self.sock = self.conn.sock  # http.client hands the socket to the response
        assert self.sock is not None
        self.response = self.conn.getresponse()
        self.status = self.response.status

    def next(self, timeout: float = 10.0) -> dict[str, Any]:
        """The next event's JSON; heartbeats and the retry field are skipped."""
        self.sock.settimeout(timeout)
        data: list[str] = []
        while True:
            line = self.response.fp.readline()
            if not line:
                raise EOFError("the server ended the stream")
            text = line.decode("utf-8").rstrip("\r\n")
            if text.startswith("data:"):
                data.append(text[5:].lstrip())
            elif text == "" and data:
                return json.loads("\n".join(data))

    def close(self) -> None:
        """Hang up."""
        self.response.close()
        self.sock.close()


@pytest.fixture
def preview(tmp_path: Path):
    root = make_site(tmp_path / "site", seeds={"budget.txt": BUDGET, "housing.txt": HOUSING, "mayor.md": MAYOR})
    running = Preview(root, port=0).start()
    yield running
    running.stop()


def stream(preview: Preview) -> EventStream:
    """An event stream for a page served at the preview's current epoch."""
    events = EventStream(preview.port, f"?epoch={preview.epoch}")
    assert events.status == 200
    return events


def test_served_html_carries_the_live_script_but_the_file_on_disk_does_not(preview: Preview) -> None:
    status, html = get(preview, "/articles/budget/")
    assert status == 200 and f'<script src="{SCRIPT_URL}" data-epoch="{preview.epoch}"' in html
    on_disk = (preview.root / "output" / "articles" / "budget" / "index.html").read_text(encoding="utf-8")
    assert "__briefing" not in on_disk
    assert all("__briefing" not in p.read_text(encoding="utf-8") for p in (preview.root / "output").rglob("*.html"))


def test_the_live_script_is_served_as_javascript(preview: Preview) -> None:
    status, script = get(preview, SCRIPT_URL)
    assert status == 200 and "EventSource" in script and "/__briefing/epoch" in script


def test_editing_one_seed_sends_an_event_naming_that_articles_page(preview: Preview) -> None:
    events = stream(preview)
    try:
        epoch = preview.epoch
        (preview.root / "seeds" / "budget.txt").write_text(BUDGET.replace("votes on", "passes"), encoding="utf-8")
        event = events.next()
    finally:
        events.close()
    assert event["epoch"] == epoch + 1 and not event["all"] and event["errors"] == []
    assert "articles/budget/index.html" in event["changed"]
    assert "articles/housing/index.html" not in event["changed"]


def test_a_broken_front_matter_shows_the_overlay_over_the_last_good_pages_until_fixed(preview: Preview) -> None:
    events = stream(preview)
    seed = preview.root / "seeds" / "mayor.md"
    try:
        seed.write_text(BROKEN, encoding="utf-8")
        broken = events.next()
        status, html = get(preview, "/articles/budget/")
        assert status == 200 and "Council votes on budget" in html
        assert 'id="briefing-overlay"' in html and 'role="alertdialog"' in html
        assert "seeds/mayor.md:3" in html and "title: [oops" in html
        assert [(e["path"], e["line"]) for e in broken["errors"]] == [("seeds/mayor.md", 3)]
        assert "title: [oops" in broken["errors"][0]["details"]
        # The broken article's own page is the last good one, not a 404.
        status, html = get(preview, "/articles/mayor/")
        assert status == 200 and "Mayor opens library" in html and 'id="briefing-overlay"' in html
        assert broken["removed"] == [] and broken["changed"] == []

        seed.write_text(MAYOR, encoding="utf-8")
        fixed = events.next()
    finally:
        events.close()
    assert fixed["epoch"] == broken["epoch"] + 1 and fixed["errors"] == []
    status, html = get(preview, "/articles/budget/")
    assert status == 200 and "briefing-overlay-title" not in html
    status, html = get(preview, "/articles/mayor/")
    assert status == 200 and "Mayor opens library" in html


def test_a_deleted_article_404s_and_its_page_is_listed_as_removed(preview: Preview) -> None:
    events = stream(preview)
    try:
        (preview.root / "seeds" / "housing.txt").unlink()
        event = events.next()
    finally:
        events.close()
    assert "articles/housing/index.html" in event["removed"]
    status, html = get(preview, "/articles/housing/")
    assert status == 404 and "Page not found" in html and SCRIPT_URL in html


def test_a_burst_of_50_writes_causes_exactly_one_rebuild(preview: Preview) -> None:
    epoch = preview.epoch
    seeds = preview.root / "seeds"
    for n in range(50):
        (seeds / f"burst{n:02}.txt").write_text(f"Burst story {n} — Daily Planet\n\nA line.\n", encoding="utf-8")
    assert preview.wait_for_epoch(epoch)
    assert not preview.wait_for_epoch(epoch + 1, timeout=1.0)
    assert preview.epoch == epoch + 1
    status, _ = get(preview, "/articles/burst49/")
    assert status == 200


def test_stop_returns_promptly_with_an_event_stream_still_connected(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site", seeds={"budget.txt": BUDGET})
    running = Preview(root, port=0).start()
    events = stream(running)
    ended = threading.Event()

    def read_to_end() -> None:
        try:
            events.next(timeout=10)
        except (EOFError, OSError):
            ended.set()

    reader = threading.Thread(target=read_to_end, daemon=True)
    reader.start()
    started = time.monotonic()
    running.stop()
    assert time.monotonic() - started < 3
    reader.join(timeout=3)
    assert ended.is_set()
    events.close()


@pytest.fixture
def small_server(tmp_path: Path):
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("<!doctype html><html><head></head><body>home</body></html>", encoding="utf-8")
    live = LiveState()
    live.publish(Snapshot(epoch=1))
    server = start_server(output, "127.0.0.1", 0, live, max_streams=2)
    yield server
    live.close()
    server.shutdown()
    server.server_close()


def test_streams_beyond_the_cap_get_503_and_pages_can_poll_the_epoch(small_server) -> None:
    port = small_server.server_address[1]
    streams = [EventStream(port, "?epoch=1") for _ in range(3)]
    try:
        assert [s.status for s in streams] == [200, 200, 503]
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        conn.request("GET", "/__briefing/epoch?epoch=1")
        polled = json.loads(conn.getresponse().read())
        conn.close()
        assert polled["epoch"] == 1 and polled["changed"] == [] and not polled["all"]
    finally:
        for s in streams:
            s.close()


def test_a_stream_whose_client_hung_up_frees_its_slot(small_server) -> None:
    port = small_server.server_address[1]
    first, second = EventStream(port, "?epoch=1"), EventStream(port, "?epoch=1")
    first.close()
    second.close()
    deadline = time.monotonic() + 5
    while True:
        third, fourth = EventStream(port, "?epoch=1"), EventStream(port, "?epoch=1")
        statuses = [third.status, fourth.status]
        third.close()
        fourth.close()
        if statuses == [200, 200] or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert statuses == [200, 200]


def test_a_page_that_missed_a_build_or_a_server_restart_is_told_everything_changed() -> None:
    snapshot = Snapshot(epoch=5, changed=frozenset({"a/index.html"}))
    assert message(snapshot, 4, "s")["all"] is False
    assert message(snapshot, 3, "s")["all"] is True
    assert message(snapshot, 4, "s", same_session=False)["all"] is True


def test_the_overlay_escapes_diagnostic_text() -> None:
    error = Diagnostic(path="seeds/<x>.md", line=2, message="bad <script>alert(1)</script>", context="  > 2 | <b>")
    page = inject(b"<html><head></head><body>text</body></html>", 3, "s", "index.html", (error,))
    html = page.decode()
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "seeds/&lt;x&gt;.md:2" in html and "&lt;b&gt;" in html
    assert html.index("briefing-overlay") < html.index("</body>")
