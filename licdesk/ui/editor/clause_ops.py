"""Editing the clause tree: add, delete, move, indent and outdent, with labels that renumber themselves.

Plain functions over a list of Clause (no Qt), addressed by index paths: (2, 0) is the first child of
the third top-level clause.  Each operation returns the path where the moved or new clause now is.
Labels follow the document's scheme: 一、 at level 1, （一） at level 2, 1. at level 3, (1) below.
"""

from __future__ import annotations

from licdesk.domain.model import Clause
from licdesk.domain.numerals import to_chinese

Path = tuple[int, ...]


def label_for(level: int, number: int) -> str:
    """The label of the `number`th clause at `level` (1 = top)."""
    if level == 1:
        return f"{to_chinese(number)}、"
    if level == 2:
        return f"（{to_chinese(number)}）"
    if level == 3:
        return f"{number}."
    return f"({number})"


def relabel(clauses: list[Clause], level: int = 1) -> None:
    """Give every clause its ordinal and label from its place in the tree."""
    for position, clause in enumerate(clauses, start=1):
        clause.number = position
        clause.label = label_for(level, position)
        relabel(clause.children, level + 1)


def siblings(clauses: list[Clause], path: Path) -> list[Clause]:
    """The list that holds the clause at `path`."""
    current = clauses
    for index in path[:-1]:
        current = current[index].children
    return current


def get(clauses: list[Clause], path: Path) -> Clause:
    return siblings(clauses, path)[path[-1]]


def add_after(clauses: list[Clause], path: Path | None, text: str = "") -> Path:
    """A new clause after `path` at the same level (at the end of the top level when no path)."""
    if not path:
        clauses.append(Clause(0, "", text))
        relabel(clauses)
        return (len(clauses) - 1,)
    holder = siblings(clauses, path)
    holder.insert(path[-1] + 1, Clause(0, "", text))
    relabel(clauses)
    return path[:-1] + (path[-1] + 1,)


def add_child(clauses: list[Clause], path: Path, text: str = "") -> Path:
    parent = get(clauses, path)
    parent.children.append(Clause(0, "", text))
    relabel(clauses)
    return path + (len(parent.children) - 1,)


def delete(clauses: list[Clause], path: Path) -> Path | None:
    """Remove the clause (and what is under it); the path to select next, None when none is left."""
    holder = siblings(clauses, path)
    del holder[path[-1]]
    relabel(clauses)
    if holder:
        return path[:-1] + (min(path[-1], len(holder) - 1),)
    return path[:-1] or None


def move(clauses: list[Clause], path: Path, step: int) -> Path:
    """Move up (-1) or down (+1) among its siblings; stays put at either end."""
    holder = siblings(clauses, path)
    index, target = path[-1], path[-1] + step
    if not 0 <= target < len(holder):
        return path
    holder[index], holder[target] = holder[target], holder[index]
    relabel(clauses)
    return path[:-1] + (target,)


def indent(clauses: list[Clause], path: Path) -> Path:
    """Make the clause the last child of the sibling above it (the first of a list cannot be indented)."""
    index = path[-1]
    if index == 0:
        return path
    holder = siblings(clauses, path)
    clause = holder.pop(index)
    above = holder[index - 1]
    above.children.append(clause)
    relabel(clauses)
    return path[:-1] + (index - 1, len(above.children) - 1)


def outdent(clauses: list[Clause], path: Path) -> Path:
    """Lift the clause to its parent's level, right after its parent; the siblings below it stay put."""
    if len(path) < 2:
        return path
    holder = siblings(clauses, path)
    clause = holder.pop(path[-1])
    parent_path = path[:-1]
    siblings(clauses, parent_path).insert(parent_path[-1] + 1, clause)
    relabel(clauses)
    return parent_path[:-1] + (parent_path[-1] + 1,)


def paths(clauses: list[Clause], prefix: Path = ()) -> list[Path]:
    """Every clause's path, depth first (the order the tree reads)."""
    out: list[Path] = []
    for index, clause in enumerate(clauses):
        here = prefix + (index,)
        out.append(here)
        out.extend(paths(clause.children, here))
    return out
