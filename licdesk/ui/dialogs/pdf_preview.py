"""Print preview of a rendered certificate PDF: page through it, save it, send it to a printer.

The dialog only shows bytes it is given; rendering (licdesk.pdf.render_license) is a pure function
the caller may run on a worker thread first.  Usage:

    result = render_license(lic, options)              # e.g. on a QThreadPool worker
    PdfPreviewDialog(result.pdf, lic.number, parent, warnings=result.warnings).exec()

Given the license as well (`license=lic`, as `preview_for_license` does), the dialog offers the parts,
the watermark and the reference line that batch printing offers, and renders the pages again in the
background whenever they change.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from licdesk.ui.common.window_fit import closable, size_within_screen
from licdesk.ui.common.file_dialogs import remember, start_in
from licdesk.ui.common.plain import plain_label, show_error
from licdesk.ui.common.print_options_form import PrintOptionsForm
from licdesk.ui.common.tasks import run_task

if TYPE_CHECKING:
    from licdesk.domain.model import License
    from licdesk.pdf.options import PrintOptions

# Pages are rasterised for the printer at this resolution at most: sharp text, bounded memory.
PRINT_DPI = 300
# Typing a watermark renders once the clerk pauses, not once per key.
RERENDER_DELAY_MS = 300


class PdfPreviewDialog(QDialog):
    """Shows `pdf_bytes`; `title` names the document (e.g. the license number) in the window title
    and the suggested file name; `warnings` (characters that could not be printed) show above the pages."""

    def __init__(self, pdf_bytes: bytes, title: str = "", parent: QWidget | None = None, *,
                 warnings: list[str] | None = None, file_name: str | None = None,
                 license: License | None = None, options: PrintOptions | None = None) -> None:
        super().__init__(parent)
        self._pdf_bytes = bytes(pdf_bytes)
        self._license = license
        self._generation = 0  # the newest render asked for; older results arriving late are dropped
        self._waiting = False  # a render of the options now chosen is under way
        self._title = title
        self._file_name = file_name or (f"{title}.pdf" if title else "licdesk.pdf")
        # The printer lives as long as the dialog: Qt's print dialog keeps a pointer to it.
        self._printer: QPrinter | None = None
        self.setWindowTitle(self.tr("打印预览 — %1").replace("%1", title) if title else self.tr("打印预览"))
        size_within_screen(self, 860, 960)  # a whole page where the screen is tall enough
        closable(self)

        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._load(self._pdf_bytes)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)  # QPdfView would open at 1:1
        self.view.setPageSpacing(12)

        self.previous_button = QPushButton(self.tr("上一页"), self)
        self.next_button = QPushButton(self.tr("下一页"), self)
        self.page_label = QLabel(self)
        self.fit_width_button = QPushButton(self.tr("适合宽度"), self)
        self.whole_page_button = QPushButton(self.tr("整页"), self)
        for button in (self.fit_width_button, self.whole_page_button):
            button.setCheckable(True)
        self.fit_width_button.setChecked(True)
        self.save_button = QPushButton(self.tr("另存为 PDF…"), self)
        self.print_button = QPushButton(self.tr("打印…"), self)
        self.close_button = QPushButton(self.tr("关闭"), self)
        self.print_button.setDefault(True)

        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.fit_width_button.clicked.connect(lambda: self.set_zoom(QPdfView.ZoomMode.FitToWidth))
        self.whole_page_button.clicked.connect(lambda: self.set_zoom(QPdfView.ZoomMode.FitInView))
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_document)
        self.close_button.clicked.connect(self.reject)
        self.view.pageNavigator().currentPageChanged.connect(self._update_navigation)
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage), self,
                  lambda: self.go_to_page(self.current_page() - 1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage), self,
                  lambda: self.go_to_page(self.current_page() + 1))

        bar = QHBoxLayout()
        for widget in (self.previous_button, self.next_button, self.page_label):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.fit_width_button)
        bar.addWidget(self.whole_page_button)
        bar.addStretch(1)
        for widget in (self.save_button, self.print_button, self.close_button):
            bar.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        self.options_form: PrintOptionsForm | None = None
        self.render_note = plain_label("", self)
        self.render_note.hide()
        if license is not None:
            self.options_form = PrintOptionsForm(self)
            self._show_options(options)
            self.options_form.changed.connect(self._options_changed)
            layout.addWidget(self.options_form)
            layout.addWidget(self.render_note)
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RERENDER_DELAY_MS)
        self._render_timer.timeout.connect(self.render_again)
        self.warning_label = plain_label("", self)
        self.warning_label.setStyleSheet("color: #8a4b00;")
        self._show_warnings(warnings or [])
        layout.addWidget(self.warning_label)
        layout.addWidget(self.view, 1)
        self._update_navigation()

    def _load(self, pdf_bytes: bytes) -> None:
        """Show `pdf_bytes`; the document reads from a buffer that must outlive it (both the dialog's)."""
        old = self._buffer
        self.document.close()
        self._pdf_bytes = bytes(pdf_bytes)
        self._data = QByteArray(self._pdf_bytes)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if old is not None:
            old.close()
            old.deleteLater()

    def _show_warnings(self, warnings: list[str]) -> None:
        self.warning_label.setText(
            self.tr("注意：有字符无法用内置字体印出，已以 □ 代替：") + "\n" + "\n".join(warnings) if warnings else "")
        self.warning_label.setVisible(bool(warnings))

    # -- what to print -----------------------------------------------------------------------
    def _show_options(self, options: PrintOptions | None) -> None:
        form = self.options_form
        if form is None or options is None:
            return
        for part, check in form.part_boxes.items():
            check.setChecked(options.includes(part))
        form.watermark_edit.setEditText(options.watermark or "")
        form.reference_edit.setText(options.reference or "")

    def _options_changed(self) -> None:
        self._generation += 1  # whatever is rendering now is already out of date
        self._render_timer.start()

    def render_again(self) -> None:
        """Render the license with the options now chosen, on a worker thread; the pages follow."""
        self._render_timer.stop()
        form, lic = self.options_form, self._license
        if form is None or lic is None:
            return
        if not form.has_parts():
            self._set_note(self.tr("请至少勾选一项打印内容。"))
            self._set_printable(False)
            return
        from licdesk.pdf import render_license

        self._generation += 1
        generation, options = self._generation, form.options()
        self._set_note(self.tr("正在更新预览…"))
        self._waiting = True
        run_task(lambda: render_license(lic, options), lambda result: self._rendered(generation, result),
                 on_error=lambda exc: self._render_failed(generation, exc), owner=self)

    @property
    def rendering(self) -> bool:
        """A change of options is waiting or rendering: the pages shown are not yet the chosen ones."""
        return self._render_timer.isActive() or self._waiting

    def _rendered(self, generation: int, result) -> None:  # noqa: ANN001 - licdesk.pdf's RenderResult
        if generation != self._generation:
            return  # the clerk changed something meanwhile: a newer render follows
        self._waiting = False
        page = self.current_page()
        self._load(result.pdf)
        self._show_warnings(list(result.warnings))
        self._set_note("")
        self._set_printable(self.page_count() > 0)
        self.go_to_page(min(page, self.page_count() - 1))
        self._update_navigation()

    def _render_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._waiting = False
            self._set_note(self.tr("无法生成打印文件：%1").replace("%1", str(exc)))
            self._set_printable(False)

    def _set_note(self, text: str) -> None:
        self.render_note.setText(text)
        self.render_note.setVisible(bool(text))

    def _set_printable(self, printable: bool) -> None:
        self.save_button.setEnabled(printable)
        self.print_button.setEnabled(printable)

    @property
    def pdf_bytes(self) -> bytes:
        """The PDF shown (and saved or printed)."""
        return self._pdf_bytes

    # -- navigation ------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
            self._update_navigation()

    def set_zoom(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)
        self.fit_width_button.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.whole_page_button.setChecked(mode == QPdfView.ZoomMode.FitInView)

    def _update_navigation(self, *_: object) -> None:
        count, page = self.page_count(), self.current_page()
        self.page_label.setText(
            self.tr("第 %1 页，共 %2 页").replace("%1", str(page + 1 if count else 0)).replace("%2", str(count)))
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page + 1 < count)

    # -- saving --------------------------------------------------------------------------
    def save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为 PDF"), start_in(self._file_name), self.tr("PDF 文件 (*.pdf)"))
        remember(path)
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Write the PDF through a temporary file, so a failed save never leaves half a file."""
        from licdesk.pdf.batch import write_pdf_file

        try:
            write_pdf_file(path, self._pdf_bytes)
        except OSError as exc:
            show_error(self, self.tr("无法保存"),
                       self.tr("无法保存文件：%1\n%2").replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
            return False
        return True

    # -- printing ------------------------------------------------------------------------
    def print_document(self) -> None:
        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self._printer.setDocName(self._title or "licdesk")
        dialog = QPrintDialog(self._printer, self)
        dialog.setWindowTitle(self.tr("打印"))
        dialog.setMinMax(1, max(self.page_count(), 1))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            if not self.print_to(self._printer):
                show_error(self, self.tr("无法打印"), self.tr("打印机无法开始打印，请检查打印机设置。"))

    def print_to(self, printer: QPrinter) -> bool:
        """Draw every page (or the range chosen in the print dialog) onto `printer`, one sheet each."""
        count = self.page_count()
        first, last = 0, count - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = max(printer.fromPage() - 1, 0)
            last = min(printer.toPage() - 1, count - 1)
        painter = QPainter()
        if count == 0 or not painter.begin(printer):
            return False
        try:
            dpi = min(printer.resolution(), PRINT_DPI)
            target = painter.viewport()
            for page in range(first, last + 1):
                if page > first:
                    printer.newPage()
                image = self._page_image(page, dpi)
                painter.drawImage(_fitted(image.size(), target), image)
        finally:
            painter.end()
        return True

    def _page_image(self, page: int, dpi: int) -> QImage:
        points = self.document.pagePointSize(page)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        rendered = self.document.render(page, size)
        # QPdfDocument.render leaves the paper transparent: put it on white.
        sheet = QImage(size, QImage.Format.Format_RGB32)
        sheet.fill(QColor(Qt.GlobalColor.white))
        painter = QPainter(sheet)
        painter.drawImage(0, 0, rendered)
        painter.end()
        return sheet


def _fitted(size: QSize, target: QRect) -> QRect:
    """`size` scaled to fit inside `target`, keeping its proportions, centred."""
    scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
    x = target.x() + (target.width() - scaled.width()) // 2
    y = target.y() + (target.height() - scaled.height()) // 2
    return QRect(x, y, scaled.width(), scaled.height())


def preview_for_license(lic: License, options: PrintOptions | None = None,
                        parent: QWidget | None = None) -> PdfPreviewDialog:
    """Render `lic` here (about 50 ms for a full certificate) and return its preview dialog.

    For many licenses, render with licdesk.pdf.render_license on a worker thread instead and
    pass the result's bytes and warnings to PdfPreviewDialog."""
    from licdesk.pdf import render_license, safe_file_name

    result = render_license(lic, options)
    return PdfPreviewDialog(result.pdf, lic.number, parent, warnings=result.warnings,
                            file_name=safe_file_name(lic.number), license=lic, options=options)
