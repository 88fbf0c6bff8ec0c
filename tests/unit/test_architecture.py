"""The pipeline's import order holds: no module imports a later stage (STYLE.md item 1)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "generator"

#: Each top-level module or package of generator/ and its place in the pipeline.
LEVELS = {
    "errors": 0,
    "slugs": 0,
    "names": 1,
    "model": 1,
    "yamlsafe": 2,
    "frontmatter": 3,
    "schema": 3,
    "config": 4,
    "markdown": 5,
    "content": 6,
    "discover": 6,
    "ingest": 6,
    "extract": 7,
    "evaluate": 8,
    "cache": 8,
    "corpus": 8,
    "executors": 7,
    "resolve": 9,
    "link": 10,
    "views": 11,
    "charts": 11,
    "jsonld": 11,
    "pages": 12,
    "render": 13,
    "outputs": 13,
    "write": 14,
    "search": 14,
    "pipeline": 15,
    "build": 16,
    "evaluation": 17,
    "serve": 18,
    "cli": 19,
    "__main__": 20,
    "__init__": 0,
}


def _unit(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0].removesuffix(".py")


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            parts = name.split(".")
            if parts[0] == "generator" and len(parts) > 1:
                found.add(parts[1])
    return found


def test_every_module_has_a_place_in_the_pipeline() -> None:
    units = {_unit(p) for p in PACKAGE.rglob("*.py")}
    assert units - LEVELS.keys() == set()


def test_no_module_imports_a_later_stage() -> None:
    upward = []
    for path in sorted(PACKAGE.rglob("*.py")):
        unit = _unit(path)
        for imported in _imports(path):
            if imported != unit and LEVELS.get(imported, 99) > LEVELS[unit]:
                upward.append(f"{path.relative_to(PACKAGE)} imports generator.{imported}")
    assert upward == []
