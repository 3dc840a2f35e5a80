"""File → Print preview: the license rendered as the certificate-style PDF, shown in the preview dialog.

Both ends belong to other parts of licdesk (licdesk.pdf renders, licdesk.ui.dialogs.pdf_preview shows); this
module only connects them, so the main window does not import reportlab until a clerk prints.
A certificate renders in well under a second, so it is done here with a wait cursor.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from licdesk.domain.model import License
from licdesk.ui.common.plain import show_error


def open_preview(parent: QWidget, lic: License) -> QDialog | None:
    from licdesk.ui.dialogs.pdf_preview import preview_for_license

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        dialog = preview_for_license(lic, parent=parent)
    except Exception as exc:  # noqa: BLE001 - a failure to render is shown, never swallowed
        QApplication.restoreOverrideCursor()
        show_error(parent, QCoreApplication.translate("PrintBridge", "无法生成打印文件"),
                   QCoreApplication.translate("PrintBridge", "%1：%2").replace("%1", lic.number).replace("%2", str(exc)))
        return None
    QApplication.restoreOverrideCursor()
    dialog.exec()
    return dialog
