"""Where licdesk's own files are: one function for a source checkout, an installed wheel and a bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _resource_roots() -> list[Path]:
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # a PyInstaller bundle
        roots.append(Path(bundle) / "resources")
    roots.append(_PACKAGE_DIR / "resources")  # an installed wheel
    roots.append(_PACKAGE_DIR.parent / "resources")  # a source checkout
    return roots


def resource_path(*parts: str) -> Path:
    """The path of a bundled resource, e.g. resource_path("fonts", "uming.ttc").

    Raises FileNotFoundError naming every place looked in when it is nowhere.
    """
    for root in _resource_roots():
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    looked = ", ".join(str(r.joinpath(*parts)) for r in _resource_roots())
    raise FileNotFoundError(f"licdesk resource not found: {'/'.join(parts)} (looked in {looked})")


def translation_path(file_name: str) -> Path | None:
    """A compiled translation (licdesk_en.qm): in the bundle, the installed package, or the checkout's i18n/."""
    roots = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "i18n")
    roots += [_PACKAGE_DIR / "i18n", _PACKAGE_DIR.parent / "i18n"]
    for root in roots:
        if (root / file_name).is_file():
            return root / file_name
    return None


def document_path(file_name: str) -> Path | None:
    """A document shown inside licdesk (the user guide, docs/guide.md): in the bundle, the installed
    package, or the checkout's docs/."""
    roots = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "docs")
    roots += [_PACKAGE_DIR / "docs", _PACKAGE_DIR.parent / "docs"]
    for root in roots:
        if (root / file_name).is_file():
            return root / file_name
    return None


def default_database_path() -> Path:
    """The database licdesk uses when neither --db nor LICDESK_DB says otherwise."""
    override = os.environ.get("LICDESK_DB")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("licdesk", appauthor=False)) / "licdesk.sqlite3"
