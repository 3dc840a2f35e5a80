"""What the command line prints reaches the terminal with its control and bidi characters made visible.

Text from the library can hold them (a database written before licdesk cleaned its input, a file
read by `parse`): ESC could rewrite the screen, U+202E reverse what the clerk reads, a CR overwrite
a line.  Every line written to stdout or stderr shows them as escapes instead; line feeds and tabs
pass.  Bytes written to `.buffer` (an export to standard output) are data and pass untouched.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import IO, Any, Iterator

from licdesk.store.hygiene import visible


class VisibleText:
    """A text stream that shows control characters as escapes, delegating everything else."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(visible(text, keep_lines=True))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def visible_output() -> Iterator[None]:
    """stdout and stderr escape control characters for as long as the command runs."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = VisibleText(out), VisibleText(err)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
