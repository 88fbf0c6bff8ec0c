"""Extraction rule `speakers` (being written)."""

from __future__ import annotations

from generator.extract.state import ExtractState


def attribute_quotes(state: ExtractState) -> None:
    """Placeholder until the rule lands."""
