"""File → Print preview: the license rendered as the certificate-style PDF, shown in the preview dialog.

Both ends belong to other parts of licdesk (licdesk.pdf renders, licdesk.ui.pdf_preview shows); this
module only connects them, so the main window does not import reportlab until a clerk prints.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from licdesk.domain.model import License
from licdesk.ui.plain import show_error


def open_preview(parent: QWidget, lic: License) -> None:
    from licdesk.pdf import render_license
    from licdesk.ui.pdf_preview import PdfPreviewDialog

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = render_license(lic)
    except Exception as exc:  # noqa: BLE001 - any failure to render is shown, never swallowed
        QApplication.restoreOverrideCursor()
        show_error(parent, parent.tr("无法生成打印文件"), f"{lic.number}：{exc}")
        return
    QApplication.restoreOverrideCursor()
    dialog = PdfPreviewDialog(result.pdf, f"{lic.number} {lic.company}", parent)
    dialog.exec()
