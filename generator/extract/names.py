"""Extraction rule `names` (being written)."""

from __future__ import annotations

from generator.extract.state import ExtractState


def find_names(state: ExtractState) -> None:
    """Placeholder until the rule lands."""
