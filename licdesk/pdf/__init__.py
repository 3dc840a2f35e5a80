"""Certificate-style PDF printing: License → PDF bytes (reportlab, no Qt).

    render_license(lic, options=PrintOptions()) -> RenderResult(pdf, warnings, missing_characters, page_count)
    render_licenses(licenses, options, progress=..., cancelled=...) -> RenderResult   (one combined file)
    render_batch(licenses, options, combined=..., progress=..., cancelled=...) -> list[BatchItem]

All are pure functions of their arguments (fonts are loaded once per process and shared), so they
can run on a worker thread.  Names are imported on first use, so that `licdesk.pdf.options` (all the
command line needs to parse its arguments) does not pull in reportlab.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the same names, eagerly, for type checkers and editors
    from licdesk.pdf.batch import BatchItem, render_batch, safe_file_name  # noqa: F401
    from licdesk.pdf.document import RenderCancelled, RenderResult, render_license, render_licenses  # noqa: F401
    from licdesk.pdf.fonts import load_fonts  # noqa: F401
    from licdesk.pdf.options import ALL_PARTS, PrintOptions, parse_parts  # noqa: F401

_EXPORTS = {
    "BatchItem": "licdesk.pdf.batch",
    "render_batch": "licdesk.pdf.batch",
    "safe_file_name": "licdesk.pdf.batch",
    "RenderCancelled": "licdesk.pdf.document",
    "RenderResult": "licdesk.pdf.document",
    "render_license": "licdesk.pdf.document",
    "render_licenses": "licdesk.pdf.document",
    "load_fonts": "licdesk.pdf.fonts",
    "ALL_PARTS": "licdesk.pdf.options",
    "PrintOptions": "licdesk.pdf.options",
    "parse_parts": "licdesk.pdf.options",
}

__all__ = list(_EXPORTS)  # noqa: PLE0605 - the names loaded on first use


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'licdesk.pdf' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
