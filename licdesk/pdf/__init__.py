"""Certificate-style PDF printing: License → PDF bytes (reportlab, no Qt).

    render_license(lic, options=PrintOptions()) -> RenderResult(pdf, warnings, missing_characters, page_count)
    render_batch(licenses, options, combined=..., progress=..., cancelled=...) -> list[BatchItem]

Both are pure functions of their arguments (fonts are loaded once per process and shared), so
they can run on a worker thread.
"""

from licdesk.pdf.batch import BatchItem, render_batch, safe_file_name  # noqa: F401
from licdesk.pdf.document import RenderCancelled, RenderResult, render_license, render_licenses  # noqa: F401
from licdesk.pdf.fonts import load_fonts  # noqa: F401
from licdesk.pdf.options import ALL_PARTS, PrintOptions, parse_parts  # noqa: F401
