"""Extraction rule `source` (being written)."""

from __future__ import annotations

from generator.extract.state import ExtractState


def infer_source(state: ExtractState) -> None:
    """Placeholder until the rule lands."""
