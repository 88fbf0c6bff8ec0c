"""The preview's HTTP server: output/ as a static host would serve it, plus live reload.

Bound to loopback by default. Only files inside the output folder are served; every
HTML response gets the live-reload script (and the error overlay after a failed build)
on its way out, never on disk. ``/__briefing/`` holds the live-reload endpoints
described in :mod:`generator.serve.livereload`.
"""

from __future__ import annotations

import json
import mimetypes
import os
import re
import secrets
import select
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote_to_bytes

from generator.serve import livereload
from generator.serve.state import LiveState

MAX_STREAMS = 100  # concurrent event streams; beyond it pages poll
HEARTBEAT_SECONDS = 15.0
_CHECK_SECONDS = 1.0  # how often a waiting stream looks for a client that hung up

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
    ".webmanifest": "application/manifest+json; charset=utf-8",
}

_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


class PathRefused(Exception):
    """A request path that must not reach the file system; carries the status to answer."""

    def __init__(self, status: int):
        super().__init__(status)
        self.status = status


def request_segments(raw: str) -> tuple[list[str], bool]:
    """The decoded path segments of a request target and whether it ends with "/".

    Raises :class:`PathRefused` with 400 for malformed paths (backslashes, NUL, invalid
    percent-encoding or UTF-8) and 404 for ``.`` and ``..`` segments in any spelling.
    """
    path = raw.split("?", 1)[0].split("#", 1)[0]
    if not path.startswith("/") or "\\" in path or "\x00" in path or _BAD_PERCENT.search(path):
        raise PathRefused(400)
    try:
        decoded = unquote_to_bytes(path).decode("utf-8")
    except UnicodeDecodeError:
        raise PathRefused(400) from None
    if "\\" in decoded or any(ord(c) < 0x20 or c == "\x7f" for c in decoded):
        raise PathRefused(400)
    segments = decoded.split("/")
    if any(s in (".", "..") for s in segments):
        raise PathRefused(404)
    return [s for s in segments if s], decoded.endswith("/")


def inside(root: Path, candidate: Path) -> Path | None:
    """``candidate`` with symlinks resolved, or None when that leaves ``root``."""
    real_root = os.path.realpath(root)
    real = os.path.realpath(candidate)
    if real != real_root and not real.startswith(real_root + os.sep):
        return None
    return Path(real)


def content_type(path: Path) -> str:
    """The Content-Type for a served file, with a charset for text."""
    known = TYPES.get(path.suffix.lower())
    if known:
        return known
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


class PreviewServer(ThreadingHTTPServer):
    """One thread per connection; knows the output folder and the live state."""

    daemon_threads = True
    request_queue_size = 256  # a burst of page loads should queue, not be refused

    def __init__(
        self,
        address: tuple[str, int],
        output_dir: Path,
        live: LiveState,
        max_streams: int = MAX_STREAMS,
        heartbeat: float = HEARTBEAT_SECONDS,
    ):
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.output_dir = output_dir
        self.live = live
        self.heartbeat = heartbeat
        self.session = secrets.token_hex(6)  # tells a page that the server restarted
        self.streams = threading.BoundedSemaphore(max_streams)
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up or stalls is routine; anything else gets one report."""
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    server: PreviewServer
    timeout = 30  # a connection that sends nothing (or stops reading) is dropped
    default_request_version = "HTTP/1.0"  # so even a garbled request gets a status line

    def version_string(self) -> str:
        """The Server header."""
        return "briefing-preview"

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: a preview need not log every request."""

    def end_headers(self) -> None:
        """Every answer, errors included, is fresh: a preview must never be cached."""
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def do_GET(self) -> None:
        """Serve a file, a live-reload endpoint or the 404 page."""
        self._answer()

    def do_HEAD(self) -> None:
        """As GET, without the body."""
        self._answer()

    def _answer(self) -> None:
        try:
            segments, slash = request_segments(self.path)
        except PathRefused as refused:
            if refused.status == 404:
                self._not_found()
            else:
                self.send_error(refused.status)
            return
        if segments[:1] == ["__briefing"]:
            self._live(segments[1:])
            return
        root = self.server.output_dir
        # Resolve and read under the files lock: a rebuild swaps its files in under the
        # same lock, so a request sees the site wholly before or wholly after it.
        with self.server.live.files:
            found = inside(root, root.joinpath(*segments))
            if found is not None and found.is_dir():
                if not slash:
                    redirect = "/" + "/".join(quote(s) for s in segments) + "/"
                    found = None
                else:
                    redirect, found = None, inside(root, found / "index.html")
            else:
                redirect = None
                if slash:
                    found = None  # "/robots.txt/" is not a file
            data = _read(found)
        if redirect is not None:
            self._redirect(redirect)
        elif found is None or data is None:
            self._not_found()
        else:
            self._file(data, found, found.relative_to(os.path.realpath(root)).as_posix(), 200)

    def _file(self, data: bytes, path: Path, name: str, status: int) -> None:
        kind = content_type(path)
        if kind.startswith("text/html"):
            self._html(data, name, status)
            return
        self._head(status, kind, len(data))
        if self.command != "HEAD":
            self.wfile.write(data)

    def _html(self, page: bytes, name: str, status: int) -> None:
        # The epoch is read before the page so that a page can only look older than it
        # is (one reload too many), never newer (a missed reload).
        snapshot = self.server.live.current
        body = livereload.inject(page, snapshot.epoch, self.server.session, name, snapshot.errors)
        self._head(status, "text/html; charset=utf-8", len(body))
        if self.command != "HEAD":
            self.wfile.write(body)

    def _head(self, status: int, kind: str, length: int | None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if length is not None:
            self.send_header("Content-Length", str(length))
        self.end_headers()

    def _redirect(self, location: str) -> None:
        self.send_response(301)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _not_found(self) -> None:
        root = self.server.output_dir
        with self.server.live.files:
            page = inside(root, root / "404.html")
            data = _read(page)
        if page is not None and data is not None:
            self._file(data, page, "404.html", 404)
        else:
            self._html(livereload.fallback_page("Page not found"), "", 404)

    # Live reload -------------------------------------------------------------------

    def _live(self, rest: list[str]) -> None:
        if rest == ["live.js"]:
            body = livereload.LIVE_JS.encode()
            self._head(200, TYPES[".js"], len(body))
            if self.command != "HEAD":
                self.wfile.write(body)
        elif rest == ["epoch"]:
            since, same = self._client_epoch()
            body = json.dumps(livereload.message(self.server.live.current, since, self.server.session, same)).encode()
            self._head(200, TYPES[".json"], len(body))
            if self.command != "HEAD":
                self.wfile.write(body)
        elif rest == ["events"]:
            self._events()
        else:
            self.send_error(404)

    def _client_epoch(self) -> tuple[int | None, bool]:
        """The epoch the page last saw (query or Last-Event-ID) and whether it came from this server."""
        query = parse_qs(self.path.partition("?")[2])
        session = query.get("session", [""])[0]
        seen: list[int] = []
        for raw in (query.get("epoch", [""])[0], self.headers.get("Last-Event-ID", "")):
            if raw.strip().isdigit() and len(raw.strip()) < 12:
                seen.append(int(raw))
        same = session in ("", self.server.session)
        return (max(seen) if seen else None), same

    def _events(self) -> None:
        live = self.server.live
        if live.closed or not self.server.streams.acquire(blocking=False):
            body = b"too many live-reload streams: poll /__briefing/epoch\n"
            self.send_response(503)
            self.send_header("Retry-After", "2")
            self.send_header("Content-Type", TYPES[".txt"])
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        try:
            self.close_connection = True
            self._head(200, "text/event-stream; charset=utf-8", None)
            if self.command != "HEAD":
                self._stream(live)
        finally:
            self.server.streams.release()

    def _stream(self, live: LiveState) -> None:
        since, same = self._client_epoch()
        current = live.current
        epoch = current.epoch if since is None else since
        self.wfile.write(b"retry: 2000\n\n")
        if not same or epoch > current.epoch:
            # Served by another run of the server: nothing it knows is comparable.
            self._send(livereload.message(current, since, self.server.session, same_session=False))
            epoch = current.epoch
        beat = time.monotonic()
        while not live.closed:
            snapshot = live.wait_after(epoch, timeout=_CHECK_SECONDS)
            if live.closed:
                break
            if snapshot.epoch > epoch:
                self._send(livereload.message(snapshot, epoch, self.server.session))
                epoch, beat = snapshot.epoch, time.monotonic()
            elif time.monotonic() - beat >= self.server.heartbeat:
                self.wfile.write(b": heartbeat\n\n")
                beat = time.monotonic()
            elif self._hung_up():
                break

    def _send(self, data: dict[str, Any]) -> None:
        self.wfile.write(f"id: {data['epoch']}\ndata: {json.dumps(data)}\n\n".encode())

    def _hung_up(self) -> bool:
        """True when the client closed its end (an event-stream client sends nothing)."""
        try:
            readable, _, _ = select.select([self.connection], [], [], 0)
            return bool(readable) and self.connection.recv(1, socket.MSG_PEEK) == b""
        except (OSError, ValueError):
            return True


def _read(path: Path | None) -> bytes | None:
    """The bytes of a file, or None when it is missing or unreadable."""
    if path is None:
        return None
    try:
        return path.read_bytes() if path.is_file() else None
    except OSError:
        return None


def start_server(
    output_dir: Path,
    host: str,
    port: int,
    live: LiveState | None = None,
    max_streams: int = MAX_STREAMS,
    heartbeat: float = HEARTBEAT_SECONDS,
) -> PreviewServer:
    """Serve ``output_dir`` on ``host:port`` in a daemon thread; port 0 picks a free one."""
    server = PreviewServer((host, port), output_dir, live or LiveState(), max_streams, heartbeat)
    threading.Thread(target=server.serve_forever, args=(0.1,), daemon=True, name="briefing-http").start()
    return server
