"""An attachment shown inside licdesk: a PDF page by page (QtPdf), an image fitted or at 100 %.

The bytes come from the database and are not trusted: a damaged PDF or image shows a clear message in
the window, never a crash.  Any file can still be saved elsewhere or handed to the system's viewer
(a copy in licdesk's private temporary folder, kept until licdesk ends).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QImageReader, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from licdesk.exports.files import write_atomically
from licdesk.store import StoreError
from licdesk.store.attachments import EXTENSIONS, safe_file_name, write_copy
from licdesk.ui.common.file_dialogs import remember, start_in
from licdesk.ui.common.plain import plain_label, show_error
from licdesk.ui.common.window_fit import closable, size_within_screen

PDF, IMAGE, OTHER = "pdf", "image", "other"
_copies: Path | None = None  # where copies for the system's viewer go: one private folder per run


def _copies_folder() -> Path:
    global _copies
    if _copies is None or not _copies.is_dir():
        _copies = Path(tempfile.mkdtemp(prefix="licdesk-attachments-"))
        atexit.register(shutil.rmtree, _copies, True)
    return _copies


def kind_of(data: bytes, mime: str) -> str:
    if mime == "application/pdf" or data[:5] == b"%PDF-":
        return PDF
    if mime.startswith("image/"):
        return IMAGE
    return OTHER


class AttachmentViewer(QDialog):
    """Shows `data` (an attachment named `file_name`, of type `mime`) in a window of its own."""

    def __init__(self, data: bytes, file_name: str, mime: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data, self.file_name, self.mime = bytes(data), file_name, mime
        self.kind = kind_of(self.data, mime)
        self.problem = ""  # why the file cannot be shown ("" when it is shown)
        self.setWindowTitle(self.tr("附件 — %1").replace("%1", file_name))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        size_within_screen(self, 900, 1000)
        closable(self)

        self.fit_button = QPushButton(self.tr("适合窗口"), self)
        self.actual_button = QPushButton(self.tr("100%"), self)
        for button in (self.fit_button, self.actual_button):
            button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.fit_button.clicked.connect(lambda: self.set_fit(True))
        self.actual_button.clicked.connect(lambda: self.set_fit(False))
        self.save_button = QPushButton(self.tr("另存为…"), self)
        self.system_button = QPushButton(self.tr("用系统程序打开"), self)
        self.close_button = QPushButton(self.tr("关闭"), self)
        self.save_button.clicked.connect(self.save_as)
        self.system_button.clicked.connect(self.open_in_system)
        self.close_button.clicked.connect(self.close)
        self.page_label = plain_label("", self, wrap=False)  # a PDF's "page 1 of 3"
        bar = QHBoxLayout()
        for button in (self.fit_button, self.actual_button):
            bar.addWidget(button)
        bar.addSpacing(12)
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        for button in (self.save_button, self.system_button, self.close_button):
            bar.addWidget(button)

        self.document: QPdfDocument | None = None
        self.pdf_view: QPdfView | None = None
        self.image = QImage()
        self.image_label: QLabel | None = None
        self.scroll: QScrollArea | None = None
        if self.kind == PDF:
            body = self._pdf_body()
        elif self.kind == IMAGE:
            body = self._image_body()
        else:
            body = None
            self.problem = self.tr("licdesk 不能显示这种文件（%1）。可以另存为，或用系统程序打开。").replace(
                "%1", mime or self.tr("未知类型"))
        if self.problem:
            body = self._message_body(self.problem)
            self.fit_button.setEnabled(False)
            self.actual_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(body, 1)

    # -- the three bodies ----------------------------------------------------------------------
    def _pdf_body(self) -> QWidget:
        # The document reads from a buffer that must outlive it: both belong to the window.
        self._bytes = QByteArray(self.data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            self.problem = self.tr("这个 PDF 文件已损坏或无法读取，不能在 licdesk 中显示。可以另存为，或用系统程序打开试试。")
            return QWidget(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.pdf_view.setPageSpacing(12)
        self.pdf_view.pageNavigator().currentPageChanged.connect(self._show_page_number)
        self._show_page_number(0)
        return self.pdf_view

    def _show_page_number(self, page: int) -> None:
        if self.document is not None:
            self.page_label.setText(self.tr("第 %1 / %2 页").replace("%1", str(page + 1)).replace(
                "%2", str(self.document.pageCount())))

    def _image_body(self) -> QWidget:
        buffer = QBuffer(self)
        buffer.setData(QByteArray(self.data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)  # a phone photo taken sideways shows upright
        self.image = reader.read()
        buffer.close()
        if self.image.isNull():
            self.problem = self.tr("这个图像文件已损坏或无法读取，不能在 licdesk 中显示。可以另存为，或用系统程序打开试试。")
            return QWidget(self)
        self.image_label = QLabel(self)
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea(self)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setWidget(self.image_label)
        self.scroll.viewport().installEventFilter(self)
        self._show_image()
        return self.scroll

    def _message_body(self, text: str) -> QWidget:
        label = plain_label(text, self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    # -- zoom ----------------------------------------------------------------------------------
    @property
    def fitting(self) -> bool:
        return self.fit_button.isChecked()

    def set_fit(self, fit: bool) -> None:
        self.fit_button.setChecked(fit)
        self.actual_button.setChecked(not fit)
        if self.pdf_view is not None:
            if fit:
                self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitInView)
            else:
                self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
                self.pdf_view.setZoomFactor(1.0)
        self._show_image()

    def _show_image(self) -> None:
        if self.image_label is None or self.scroll is None or self.image.isNull():
            return
        pixmap = QPixmap.fromImage(self.image)
        if self.fitting:
            room = self.scroll.viewport().size()
            if pixmap.width() > room.width() or pixmap.height() > room.height():
                pixmap = pixmap.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation)
        self.image_label.setPixmap(pixmap)
        self.image_label.resize(pixmap.size())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The room to fit is the scroll area's viewport: it has its size only once the layout gave it one.
        if self.scroll is not None and watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize \
                and self.fitting:
            self._show_image()
        return super().eventFilter(watched, event)

    # -- the file elsewhere --------------------------------------------------------------------
    def _plain_name(self) -> str:
        """A file name safe on every system; a type licdesk does not know keeps a plain name."""
        try:
            return safe_file_name(self.file_name, self.mime)
        except KeyError:
            suffix = "".join(ch for ch in Path(self.file_name).suffix if ch.isalnum())[:8]
            return "attachment" + (f".{suffix}" if suffix else "")

    def save_as(self) -> Path | None:
        name = self._plain_name()
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("另存附件"), start_in(name))
        if not chosen:
            return None
        remember(chosen)
        try:
            return write_atomically(chosen, lambda temporary: temporary.write_bytes(self.data), make_folder=False)
        except OSError as exc:
            show_error(self, self.tr("无法保存附件"), self.tr("无法写入文件 %1：%2").replace(
                "%1", chosen).replace("%2", exc.strerror or str(exc)))
            return None

    def open_in_system(self) -> Path | None:
        """Hand a copy to the system's viewer; a clear message when there is none."""
        try:
            if self.mime in EXTENSIONS:
                copy = write_copy(_copies_folder(), self.file_name, self.mime, self.data)
            else:  # a folder of its own: the plain name is never taken
                copy = Path(tempfile.mkdtemp(dir=_copies_folder())) / self._plain_name()
                copy.write_bytes(self.data)
        except (OSError, StoreError) as exc:
            show_error(self, self.tr("无法用系统程序打开"), self.tr("无法写出附件的副本：%1").replace("%1", str(exc)))
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            show_error(self, self.tr("无法用系统程序打开"), self.tr(
                "这台电脑没有可以打开“%1”的程序。可以点“另存为…”把文件保存下来，再用其他程序打开。").replace(
                "%1", self.file_name))
            return None
        return copy
