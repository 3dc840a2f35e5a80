"""The banner over a closed license's certificate: 此许可证已于 … 注销, with a link to the new license
when it was replaced, so nobody takes a closed certificate for a license in force."""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from licdesk.domain import closure as cl

LINK_SCHEME = "license:"


class ClosureBanner(QFrame):
    """Hidden for an open license.  `license_requested(number)` when the replacement's link is clicked."""

    license_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closureBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Fixed colours on purpose: it sits on the paper sheet, which keeps its look in every theme.
        self.setStyleSheet("#closureBanner { background: #eceff1; border: 1px solid #546e7a; border-radius: 4px; }"
                           "#closureBanner QLabel { color: #263238; }")
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.label.setOpenExternalLinks(False)
        self.label.linkActivated.connect(self._link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label)
        self.closure: cl.Closure | None = None
        self.hide()

    def _date(self, closure: cl.Closure) -> str:
        day = closure.closed_on
        return QDate(day.year, day.month, day.day).toString(self.tr("yyyy年M月d日"))

    def headline(self, closure: cl.Closure) -> str:
        """The banner's first line as plain text."""
        text = {
            cl.NOT_CONTINUING: self.tr("此许可证已于 %1 不再续办"),
            cl.CANCELLED: self.tr("此许可证已于 %1 注销"),
            cl.REPLACED: self.tr("此许可证已于 %1 换发新证"),
        }[closure.kind]
        return text.replace("%1", self._date(closure))

    def show_closure(self, closure: cl.Closure | None) -> None:
        self.closure = closure
        if closure is None:
            self.label.clear()
            self.hide()
            return
        parts = [f"<b>{html.escape(self.headline(closure))}</b>"]
        if closure.kind == cl.REPLACED:
            if closure.replaced_by:
                link = f"<a href='{LINK_SCHEME}{html.escape(closure.replaced_by, quote=True)}'>" \
                       f"{html.escape(closure.replaced_by)}</a>"
                parts.append(html.escape(self.tr("新证：")) + link)
            else:
                parts.append(html.escape(self.tr("新证已不在库中")))
        parts.append(html.escape(self.tr("此后不再为它生成年报、续办等事项。")))
        if closure.note:
            parts.append(html.escape(closure.note).replace("\n", "<br>"))
        self.label.setText("<br>".join(parts))
        self.show()

    def _link(self, href: str) -> None:
        if href.startswith(LINK_SCHEME):
            self.license_requested.emit(href[len(LINK_SCHEME):])
