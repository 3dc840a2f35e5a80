#!/usr/bin/env python3
"""Write licdesk/store/schema_latest.py: the schema the migrations make at their latest version.

    python tools/schema_snapshot.py          # rewrite it (after adding a migration)
    python tools/schema_snapshot.py --check  # exit 1 when it no longer matches the migrations

Opening a database compares its schema with this snapshot first, so the start does not build the
expected schema in memory; tests/unit/test_schema_snapshot.py fails when the two part.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from licdesk.store import migrations, schema_check  # noqa: E402

TARGET = ROOT / "licdesk" / "store" / "schema_latest.py"

_HEADER = '''"""The schema licdesk's migrations make at their latest version, as schema_check compares it.

Opening a database compares its tables, indexes, views and triggers with these first: a file whose
schema is licdesk's is judged without building the expected schema in memory (a few ms at every
start).  Anything else is judged against the migrations themselves.  Written by
`python tools/schema_snapshot.py`; tests/unit/test_schema_snapshot.py fails when it no longer matches
the migrations.  FTS5's own tables are known by name, their text depends on the SQLite version.
"""

'''


def render() -> str:
    lines = [_HEADER, f"VERSION = {migrations.LATEST_VERSION}\n\n", "OBJECTS = {\n"]
    for (kind, name), sql in sorted(schema_check.snapshot_of(migrations.LATEST_VERSION).items()):
        lines.append(f"    ({kind!r}, {name!r}):\n")
        lines.append("".join(f"        {piece!r}\n" for piece in _pieces(sql)).rstrip("\n") + ",\n")
    lines.append("}\n")
    return "".join(lines)


def _pieces(text: str, width: int = 100) -> list[str]:
    """The text cut after spaces into pieces of at most about `width` characters (joined, it is the same)."""
    pieces, current = [], ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and len(candidate) > width:
            pieces.append(current + " ")
            current = word
        else:
            current = candidate
    return [*pieces, current]


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET.relative_to(ROOT)} does not match the migrations: run python tools/schema_snapshot.py")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)} (schema version {migrations.LATEST_VERSION})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
