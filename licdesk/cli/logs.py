"""Where the command line's library warnings go: the log file, never the user's terminal.

A damaged TIFF makes PIL warn ("Truncated File Read") before licdesk says what is wrong in one
line; that warning is for whoever reads the log, in the user's log folder (or LICDESK_LOG).
"""

from __future__ import annotations

import logging
import os
import warnings
from pathlib import Path

_LOGGER = "py.warnings"


def log_path() -> Path:
    override = os.environ.get("LICDESK_LOG")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_log_dir

    return Path(user_log_dir("licdesk", appauthor=False)) / "licdesk.log"


class _LazyFileHandler(logging.Handler):
    """Opens (and creates the folder of) the log file only when something is logged."""

    def __init__(self, path: Path) -> None:
        super().__init__(logging.WARNING)
        self.path = path
        self.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write(self.format(record) + "\n")
        except OSError:
            pass  # no place for a log: the warning is dropped, the command goes on


def send_library_warnings_to_log() -> None:
    """Python warnings (PIL's, openpyxl's …) become log records in the log file, not lines on stderr."""
    logger = logging.getLogger(_LOGGER)
    if not any(isinstance(h, _LazyFileHandler) for h in logger.handlers):
        logger.addHandler(_LazyFileHandler(log_path()))
    logger.propagate = False
    warnings.simplefilter("default")  # each distinct warning once, as usual, but into the log
    logging.captureWarnings(True)
