"""Live reload and the error overlay: the page-side script and what the server injects.

The protocol (all under ``/__briefing/``, never written to output/):

- ``live.js``: the page script below; plain JavaScript, no dependencies.
- ``events?epoch=N&session=S``: server-sent events. Each build after epoch ``N`` arrives
  as one ``data:`` line of JSON (see :func:`message`) with ``id: EPOCH``; comment lines
  are heartbeats. Past the server's cap on streams the answer is 503 and the page polls:
- ``epoch?epoch=N&session=S``: the same JSON for the latest build, answered at once.

A page reloads when its own output file changed, when a shared asset (``static/``)
changed or when the message says ``all``; it moves to the nearest existing parent
index when its own file was removed; it shows the overlay when the build has errors
and reloads when a later build is clean.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

from generator.errors import Diagnostic
from generator.serve.state import Snapshot

PREFIX = "/__briefing/"
SCRIPT_URL = PREFIX + "live.js"
OVERLAY_ID = "briefing-overlay"
MAX_LISTED_PATHS = 2000  # beyond this a message says "all" instead of listing every path
MAX_SHOWN_ERRORS = 50  # the terminal has the rest

_HEAD_END = re.compile(rb"</head\s*>", re.IGNORECASE)
_BODY_END = re.compile(rb"</body\s*>", re.IGNORECASE)


def message(snapshot: Snapshot, since: int | None, session: str, same_session: bool = True) -> dict[str, Any]:
    """The JSON a page receives for ``snapshot`` when it last saw epoch ``since``.

    ``all`` is set when the page cannot know what changed: it missed a build in between
    (only the latest snapshot is kept), it was served by an earlier run of the server,
    or the list of changed files is too long to be worth sending.
    """
    missed = since is not None and snapshot.epoch > since + 1
    too_many = len(snapshot.changed) + len(snapshot.removed) > MAX_LISTED_PATHS
    everything = missed or too_many or not same_session
    return {
        "epoch": snapshot.epoch,
        "session": session,
        "all": everything,
        "changed": [] if too_many else sorted(snapshot.changed),
        "removed": [] if too_many else sorted(snapshot.removed),
        "errors": [_error(d) for d in snapshot.errors],
    }


def _error(diagnostic: Diagnostic) -> dict[str, Any]:
    details = diagnostic.format().split("\n", 1)
    return {
        "path": diagnostic.path,
        "line": diagnostic.line,
        "col": diagnostic.col,
        "message": diagnostic.message,
        "headline": diagnostic.headline(),
        "details": details[1] if len(details) > 1 else "",
    }


def overlay_html(errors: Sequence[Diagnostic]) -> str:
    """The error dialog, every diagnostic escaped; live.js builds the same markup."""
    shown = list(errors)[:MAX_SHOWN_ERRORS]
    items = []
    for diagnostic in shown:
        error = _error(diagnostic)
        details = f'<pre class="briefing-overlay__context">{html.escape(error["details"])}</pre>' if error["details"] else ""
        items.append(f'<li><p class="briefing-overlay__headline">{html.escape(error["headline"])}</p>{details}</li>')
    more = len(errors) - len(shown)
    if more:
        items.append(f"<li><p>…and {more} more (see the terminal).</p></li>")
    count = f"{len(errors)} error" + ("" if len(errors) == 1 else "s")
    return (
        f'<dialog id="{OVERLAY_ID}" open role="alertdialog" lang="en" dir="ltr"'
        f' aria-labelledby="{OVERLAY_ID}-title" aria-describedby="{OVERLAY_ID}-note">'
        f'<h2 id="{OVERLAY_ID}-title">Build failed: {count}</h2>'
        f'<p id="{OVERLAY_ID}-note">This page is the last good build. Fix the file and save: '
        "the page reloads by itself.</p>"
        f'<ol class="briefing-overlay__list">{"".join(items)}</ol>'
        '<form method="dialog"><button type="submit" autofocus>Dismiss</button></form>'
        "</dialog>"
    )


def inject(page: bytes, epoch: int, session: str, file: str, errors: Sequence[Diagnostic]) -> bytes:
    """``page`` with the live script, the overlay style and, if the build failed, the overlay."""
    head = (
        f"<style>{OVERLAY_CSS}</style>"
        f'<script src="{SCRIPT_URL}" data-epoch="{epoch}" data-session="{html.escape(session)}"'
        f' data-file="{html.escape(file)}" defer></script>'
    ).encode()
    tail = overlay_html(errors).encode() if errors else b""
    # Before </head> when there is one; never before a doctype, which would mean quirks mode.
    found = _HEAD_END.search(page)
    if found:
        page = page[: found.start()] + head + page[found.start() :]
    else:
        tail = head + tail
    ends = list(_BODY_END.finditer(page))
    if ends:
        at = ends[-1].start()
        return page[:at] + tail + page[at:]
    return page + tail


def fallback_page(title: str) -> bytes:
    """A bare page for when output/ has none to serve (say, the first build failed)."""
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head>"
        f"<body><h1>{html.escape(title)}</h1></body></html>"
    ).encode()


OVERLAY_CSS = """
#briefing-overlay{position:fixed;inset:0;z-index:2147483647;box-sizing:border-box;
width:min(60rem,calc(100vw - 2rem));max-height:calc(100vh - 2rem);margin:auto;overflow:auto;
padding:1.25rem 1.5rem;border:0;border-top:.4rem solid #c62828;border-radius:.5rem;
background:#fff;color:#1a1a1a;font:16px/1.5 system-ui,sans-serif;
box-shadow:0 .5rem 2rem rgba(0,0,0,.45)}
#briefing-overlay::backdrop{background:rgba(0,0,0,.55)}
#briefing-overlay h2{margin:0 0 .5rem;font-size:1.25rem;color:#b71c1c}
#briefing-overlay ol{margin:1rem 0;padding-left:1.25rem}
#briefing-overlay li{margin-bottom:1rem}
#briefing-overlay .briefing-overlay__headline{margin:0;font-family:ui-monospace,monospace;
font-weight:600;overflow-wrap:anywhere}
#briefing-overlay pre{margin:.25rem 0 0;padding:.5rem;overflow:auto;white-space:pre;
background:#f3f3f3;color:#1a1a1a;font:14px/1.4 ui-monospace,monospace;border-radius:.25rem}
#briefing-overlay button{font:inherit;padding:.35rem 1rem;cursor:pointer}
@media (prefers-color-scheme:dark){#briefing-overlay{background:#1e1e1e;color:#eee}
#briefing-overlay h2{color:#ff8a80}#briefing-overlay pre{background:#2b2b2b;color:#eee}}
""".replace("\n", "")


LIVE_JS = r"""// briefing serve: reload this page when a rebuild changes it; show build errors.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.__briefingLive) return;
  window.__briefingLive = true;
  var OVERLAY = "briefing-overlay";
  var epoch = Number(script.getAttribute("data-epoch")) || 0;
  var session = script.getAttribute("data-session") || "";
  var served = script.getAttribute("data-file") || "";
  var source = null;
  var poller = null;
  var leaving = false;

  // "/people/x/" -> "people/x/index.html", the output file the URL maps to.
  function outputPath(pathname) {
    var path = pathname;
    try { path = decodeURIComponent(path); } catch (e) { /* keep it encoded */ }
    path = path.replace(/^\/+/, "");
    if (path === "" || path.charAt(path.length - 1) === "/") path += "index.html";
    return path;
  }

  function query() {
    return "?epoch=" + epoch + "&session=" + encodeURIComponent(session);
  }

  function handle(msg) {
    if (!msg || leaving) return;
    if (msg.session !== session) return reload();
    if (msg.epoch <= epoch) return;
    epoch = msg.epoch;
    var own = outputPath(location.pathname);
    var mine = function (path) {
      return path === own || path === served || path.indexOf("static/") === 0;
    };
    if (msg.all || msg.changed.some(mine)) return reload();
    if (msg.removed.indexOf(own) >= 0) return leave();
    if (msg.errors.length) return showOverlay(msg.errors);
    if (document.getElementById(OVERLAY)) reload();
  }

  function reload() {
    leaving = true;
    disconnect();
    location.reload();
  }

  // This page's file is gone: go to the nearest parent index that still exists.
  function leave() {
    leaving = true;
    disconnect();
    var parts = location.pathname.replace(/\/+$/, "").split("/");
    var candidates = [];
    while (parts.length > 1) {
      parts.pop();
      candidates.push(parts.join("/") + "/");
    }
    (function next(i) {
      if (i >= candidates.length) { location.href = "/"; return; }
      fetch(candidates[i], { method: "HEAD", cache: "no-store" }).then(function (r) {
        if (r.ok) location.href = candidates[i]; else next(i + 1);
      }, function () { next(i + 1); });
    })(0);
  }

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function showOverlay(errors) {
    var old = document.getElementById(OVERLAY);
    if (old) old.remove();
    var dialog = element("dialog");
    dialog.id = OVERLAY;
    dialog.setAttribute("role", "alertdialog");
    dialog.setAttribute("lang", "en");
    dialog.setAttribute("dir", "ltr");
    dialog.setAttribute("aria-labelledby", OVERLAY + "-title");
    dialog.setAttribute("aria-describedby", OVERLAY + "-note");
    var title = element("h2", "Build failed: " + errors.length + " error" + (errors.length === 1 ? "" : "s"));
    title.id = OVERLAY + "-title";
    var note = element("p", "This page is the last good build. Fix the file and save: the page reloads by itself.");
    note.id = OVERLAY + "-note";
    var list = element("ol", "", "briefing-overlay__list");
    errors.slice(0, 50).forEach(function (error) {
      var item = element("li");
      item.appendChild(element("p", error.headline, "briefing-overlay__headline"));
      if (error.details) item.appendChild(element("pre", error.details, "briefing-overlay__context"));
      list.appendChild(item);
    });
    if (errors.length > 50) {
      list.appendChild(element("li", "…and " + (errors.length - 50) + " more (see the terminal)."));
    }
    var form = element("form");
    form.method = "dialog";
    var button = element("button", "Dismiss");
    button.type = "submit";
    form.appendChild(button);
    [title, note, list, form].forEach(function (n) { dialog.appendChild(n); });
    document.body.appendChild(dialog);
    makeModal(dialog);
  }

  // Modal when scripts run: focus moves into the dialog, Escape closes it.
  function makeModal(dialog) {
    if (typeof dialog.showModal !== "function") { dialog.setAttribute("open", ""); return; }
    if (dialog.open) dialog.close();
    dialog.setAttribute("aria-modal", "true");
    try { dialog.showModal(); } catch (e) { dialog.setAttribute("open", ""); }
  }

  function connect() {
    if (source || poller || leaving) return;
    if (!window.EventSource) return poll();
    source = new EventSource("/__briefing/events" + query());
    source.onmessage = function (event) {
      try { handle(JSON.parse(event.data)); } catch (e) { /* ignore a garbled message */ }
    };
    source.onerror = function () {
      // CLOSED means the server refused the stream (503: too many); poll instead.
      // Otherwise the browser reconnects by itself, sending Last-Event-ID.
      if (source && source.readyState === EventSource.CLOSED) {
        source = null;
        poll();
      }
    };
  }

  function poll() {
    if (poller) return;
    poller = setInterval(function () {
      fetch("/__briefing/epoch" + query(), { cache: "no-store" }).then(function (r) {
        return r.ok ? r.json() : null;
      }).then(handle, function () { /* server away; try again */ });
    }, 2000);
  }

  function disconnect() {
    if (source) { source.close(); source = null; }
    if (poller) { clearInterval(poller); poller = null; }
  }

  // Only visible pages hold a stream, so background tabs do not use up connections;
  // a page that comes back asks for what it missed.
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") disconnect(); else connect();
  });
  window.addEventListener("pagehide", disconnect);
  window.addEventListener("pageshow", function (event) { if (event.persisted) connect(); });

  var servedOverlay = document.getElementById(OVERLAY);
  if (servedOverlay) makeModal(servedOverlay);
  if (document.visibilityState !== "hidden") connect();
})();
"""
