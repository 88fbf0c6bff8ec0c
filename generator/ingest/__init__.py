"""Ingest: one seed file's bytes → one :class:`~generator.model.Article`.

The stage is a pure function of the bytes, the file's path under seeds/ and the site's
extra boilerplate lines, so its result can be cached by content hash. It decodes the
bytes (:mod:`.decode`), reads the layout of a scraped text (:mod:`.layout`) or a
Markdown file with front matter (:mod:`.markdown`), and settles the title and date.
Unrecoverable input (empty, binary, undecodable) raises :class:`BuildError`; oddities
it can work around are warnings in ``Article.diagnostics``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from generator.errors import BuildError, Diagnostic
from generator.ingest.boilerplate import boilerplate
from generator.ingest.decode import decode_bytes
from generator.ingest.layout import Draft, layout_text
from generator.ingest.markdown import layout_markdown
from generator.ingest.paragraphs import derive_title
from generator.model import Article
from generator.slugs import slugify

__all__ = ["SEED_SUFFIXES", "article_id", "ingest_bytes", "ingest_file"]

#: File endings read as articles.
SEED_SUFFIXES = (".txt", ".md", ".markdown")
_MARKDOWN_SUFFIXES = (".md", ".markdown")


def article_id(file: str) -> str:
    """The stable id of the article at ``file`` (relative to seeds/): a slug of the
    path without its suffix, folders joined by "-" ("world/x.md" → "world-x")."""
    stem = PurePosixPath(file).with_suffix("").as_posix()
    return slugify(stem.replace("/", "-"), fallback="article")


def ingest_file(path: Path, seeds_dir: Path, extra_boilerplate: Iterable[str] = ()) -> Article:
    """Read and ingest the seed file at ``path`` inside ``seeds_dir``.

    Raises :class:`OSError` when the file cannot be read, :class:`BuildError` when it
    is not an article.
    """
    file = path.relative_to(seeds_dir).as_posix()
    return ingest_bytes(path.read_bytes(), file, extra_boilerplate)


def ingest_bytes(data: bytes, file: str, extra_boilerplate: Iterable[str] = ()) -> Article:
    """Ingest the bytes of the seed file ``file`` (relative to seeds/, POSIX form)."""
    decoded = decode_bytes(data, file)
    lines = boilerplate(extra_boilerplate)
    markdown = PurePosixPath(file).suffix.lower() in _MARKDOWN_SUFFIXES
    if markdown:
        draft = layout_markdown(decoded.text, file, lines)
    else:
        draft = layout_text(decoded.text, lines)
    draft.diagnostics[:0] = decoded.warnings
    return _article(
        draft, file, "markdown" if markdown else "text", hashlib.sha256(data).hexdigest()
    )


def _article(draft: Draft, file: str, fmt: str, digest: str) -> Article:
    """Settle title and date and build the article."""
    if draft.title is None and not draft.paragraphs:
        raise BuildError(
            [
                Diagnostic(
                    path=file,
                    message="no article text: every line is boilerplate, a date or a link",
                    stage="ingest",
                    hint="add the article text, or list fewer boilerplate lines",
                )
            ]
        )
    if not any(p.kind == "text" for p in draft.paragraphs):
        draft.diagnostics.append(
            Diagnostic(
                path=file,
                message="no article text found, only a headline, dates or captions",
                severity="warning",
                stage="ingest",
            )
        )
    derived = draft.title is None
    title = draft.title or derive_title(draft.paragraphs, PurePosixPath(file).stem)
    found = draft.best_date()
    return Article(
        id=article_id(file),
        file=file,
        title=title,
        title_derived=derived,
        source=draft.source,
        date=found.date if found else None,
        url=draft.url,
        author=draft.author,
        image=draft.image,
        caption=draft.caption,
        credit=draft.credit,
        timestamp=found.timestamp if found else None,
        paragraphs=draft.paragraphs,
        format=fmt,
        content_hash=digest,
        diagnostics=draft.diagnostics,
    )
