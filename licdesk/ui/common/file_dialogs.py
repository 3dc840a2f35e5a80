"""Where licdesk's file dialogs start: the folder the clerk last chose in this run, else their
documents folder — never the program's working directory, which a clerk does not know."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

_last_folder: Path | None = None


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def start_in(suggested_name: str = "") -> str:
    """The start of a file dialog: a folder, or a suggested file name inside it."""
    folder = _last_folder if _last_folder is not None and _last_folder.is_dir() else documents_folder()
    return str(folder / suggested_name) if suggested_name else str(folder)


def remember(chosen: str | list[str]) -> None:
    """The folder of what the clerk picked becomes where the next dialog starts."""
    global _last_folder
    picked = next((p for p in ([chosen] if isinstance(chosen, str) else chosen) if p), None)
    if picked:
        path = Path(picked)
        _last_folder = path if path.is_dir() else path.parent
