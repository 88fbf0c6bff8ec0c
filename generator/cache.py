"""The per-article cache: ingest + extraction results keyed by what they depend on.

An entry's key is a hash of the file's bytes, its name, the code that reads and extracts
it, and the settings that change the result. A changed article, a new release or an
edited ``extraction:`` section simply misses; nothing is ever invalidated by hand.
Entries are JSON in one SQLite file (Pelican's file-stamp cache, without pickle), so a
corrupt or foreign file is ignored rather than executed.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from functools import cache
from pathlib import Path
from typing import Any

from generator.model import Article, Extraction, to_dict

_PACKAGE = Path(__file__).resolve().parent
#: The parts of the package whose code decides an article's extraction.
_CODE = ("model.py", "errors.py", "slugs.py", "names.py", "ingest", "extract", "data", "discover.py")
_SCHEMA = 1


@cache
def code_version() -> str:
    """A hash of the source of every module that ingest and extraction run."""
    digest = hashlib.sha256(f"schema{_SCHEMA}".encode())
    for name in _CODE:
        path = _PACKAGE / name
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for file in files:
            if file.is_file() and file.suffix in (".py", ".txt", ".yaml", ".json"):
                digest.update(file.relative_to(_PACKAGE).as_posix().encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


@cache
def package_version() -> str:
    """A hash of the whole package's source: what every rendered page depends on."""
    digest = hashlib.sha256()
    for file in sorted(_PACKAGE.rglob("*")):
        if file.is_file() and file.suffix in (".py", ".txt", ".yaml", ".json", ".js", ".html"):
            digest.update(file.relative_to(_PACKAGE).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def entry_key(data: bytes, file: str, settings: str) -> str:
    """The cache key of one article file: its bytes, its name, the code and settings."""
    digest = hashlib.sha256(data)
    digest.update(b"\0" + file.encode("utf-8") + b"\0" + settings.encode("utf-8") + b"\0" + code_version().encode())
    return digest.hexdigest()


class ArticleCache:
    """Ingested and extracted articles by entry key, in ``cache_dir/articles.sqlite``.

    A cache that cannot be opened or read is treated as empty: it only ever saves work.
    """

    def __init__(self, cache_dir: Path | None):
        self._db: sqlite3.Connection | None = None
        self._pending: list[tuple[str, str]] = []
        if cache_dir is None:
            return
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(cache_dir / "articles.sqlite", check_same_thread=False)
            self._db.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, data TEXT NOT NULL)")
        except sqlite3.Error:
            self._db = None

    def get_many(self, keys: list[str]) -> dict[str, tuple[Article, Extraction]]:
        """The cached results of every key found."""
        found: dict[str, tuple[Article, Extraction]] = {}
        if self._db is None or not keys:
            return found
        try:
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for key, data in self._db.execute(f"SELECT key, data FROM entries WHERE key IN ({marks})", chunk):
                    decoded = _decode(data)
                    if decoded is not None:
                        found[key] = decoded
        except sqlite3.Error:
            return found
        return found

    def put(self, key: str, article: Article, extraction: Extraction) -> None:
        """Remember one result; written at :meth:`flush`."""
        payload = {"article": to_dict(article), "extraction": to_dict(extraction)}
        self._pending.append((key, json.dumps(payload, ensure_ascii=False, separators=(",", ":"))))

    def flush(self) -> None:
        """Write pending results in one transaction."""
        if self._db is None or not self._pending:
            self._pending.clear()
            return
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO entries (key, data) VALUES (?, ?)", self._pending)
        except sqlite3.Error:
            pass  # a full disk or a read-only cache costs speed, never correctness
        self._pending.clear()

    def prune(self, keep: set[str]) -> int:
        """Delete every entry not in ``keep`` (after a full build); returns how many."""
        if self._db is None:
            return 0
        try:
            keys = [k for (k,) in self._db.execute("SELECT key FROM entries")]
            stale = [(k,) for k in keys if k not in keep]
            with self._db:
                self._db.executemany("DELETE FROM entries WHERE key = ?", stale)
            return len(stale)
        except sqlite3.Error:
            return 0

    def close(self) -> None:
        """Flush and close the database."""
        self.flush()
        if self._db is not None:
            self._db.close()
            self._db = None


def _decode(data: str) -> tuple[Article, Extraction] | None:
    try:
        payload: dict[str, Any] = json.loads(data)
        return Article.from_dict(payload["article"]), Extraction.from_dict(payload["extraction"])
    except (ValueError, KeyError, TypeError):
        return None
