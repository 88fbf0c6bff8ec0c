"""Extraction rule `roles` (being written)."""

from __future__ import annotations

from generator.extract.state import ExtractState


def find_roles(state: ExtractState) -> None:
    """Placeholder until the rule lands."""
