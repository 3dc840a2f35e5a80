"""Scans (photos, scanned PDFs) in the desk: recognition in the background, then a review before saving.

ScanRecognition runs ocr.read_scan on the thread pool and reports back on the GUI thread.
ScanPreviewDialog shows the page images beside what was read, with the doubtful lines marked.
"""

from __future__ import annotations

import traceback

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QColor, QPixmap, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QScrollArea,
    QSplitter, QTabWidget, QTextEdit, QTreeWidget, QVBoxLayout, QWidget,
)

from licdesk.ui.common.window_fit import closable, size_within_screen
from licdesk.domain.model import License
from licdesk.importer import NotALicenseError, ocr
from licdesk.ui.common.fonts import document_font
from licdesk.ui.dialogs.import_preview import license_tree_items, warning_lines
from licdesk.ui.common.plain import plain_label
from licdesk.ui.common.tasks import Task, TaskControl, run_task
from licdesk.ui.common.wrapping_delegate import WrappingDelegate
from licdesk.ui.common.findings import reading_note_text

DOUBTFUL_LINE = QColor(255, 200, 80, 110)
LOW_CONFIDENCE_MARK = "识别置信度较低"  # not interface text: how the importer's low-confidence warnings begin


class ScanRecognition(QObject):
    """One scan recognised on a thread pool.  Exactly one of recognised / cancelled / unavailable / failed
    is emitted at the end, on the GUI thread."""

    progress = Signal(int, int)
    recognised = Signal(object, object)  # License, OcrResult
    cancelled = Signal()
    unavailable = Signal(str)  # the install hint
    failed = Signal(str)  # one clear line (or a traceback for a bug)

    def __init__(self, data: bytes, source: str, parent: QObject | None = None,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.data = bytes(data)
        self.source = source
        self._pool = pool
        self._task: Task | None = None

    def start(self) -> None:
        def recognise(control: TaskControl) -> tuple[License, ocr.OcrResult]:
            return ocr.read_scan(self.data, progress=control.progress, cancelled=lambda: control.cancelled,
                                 source=self.source)

        self._task = run_task(recognise, lambda found: self.recognised.emit(*found), on_error=self._failed,
                              progress=self.progress.emit, owner=self, pool=self._pool, control=True)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ocr.OcrCancelled):
            self.cancelled.emit()
        elif isinstance(error, ocr.OcrUnavailableError):
            self.unavailable.emit(str(error).split("\n")[0])
        elif isinstance(error, NotALicenseError):
            self.failed.emit(str(error))
        else:  # a bug in recognition must not vanish with the worker thread
            self.failed.emit("".join(traceback.format_exception(error)))


class PageViewer(QWidget):
    """The scanned pages, one at a time, scaled to the width of the pane and scrollable downwards."""

    def __init__(self, pages: list[bytes], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmaps = []
        for png in pages:
            pixmap = QPixmap()
            pixmap.loadFromData(png, "PNG")
            self._pixmaps.append(pixmap)
        self.page_choice = QComboBox(self)
        for number in range(1, len(self._pixmaps) + 1):
            self.page_choice.addItem(self.tr("第 %1 / %2 页").replace("%1", str(number)).replace(
                "%2", str(len(self._pixmaps))))
        self.page_choice.setVisible(len(self._pixmaps) > 1)
        self.page_choice.currentIndexChanged.connect(lambda _i: self._show_page())
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.image)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.viewport().installEventFilter(self)  # refit the page whenever the pane changes width
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page_choice)
        layout.addWidget(self.scroll, 1)
        self._show_page()

    @property
    def page_count(self) -> int:
        return len(self._pixmaps)

    def show_page(self, index: int) -> None:
        self.page_choice.setCurrentIndex(index)
        self._show_page()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._show_page()
        return super().eventFilter(watched, event)

    def _show_page(self) -> None:
        index = self.page_choice.currentIndex()
        if not 0 <= index < len(self._pixmaps):
            self.image.setText(self.tr("没有页面图像"))
            return
        width = max(100, self.scroll.viewport().width() - 4)  # fit the width: the clerk scrolls down
        self.image.setPixmap(self._pixmaps[index].scaledToWidth(
            width, Qt.TransformationMode.SmoothTransformation))


class ScanPreviewDialog(QDialog):
    """The scan beside the recognised fields and text; Save keeps the license and the scan with it."""

    def __init__(self, lic: License, result: ocr.OcrResult, origin: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.license = lic
        self.result = result
        self.setWindowTitle(self.tr("扫描件导入预览") + (f" — {origin}" if origin else ""))
        summary = plain_label(self.tr(
            "请对照左侧扫描图像核对识别结果。黄色标出的是识别不确定的行。确认无误后点击“保存”，"
            "许可证和扫描件原件将一起保存；在此之前不会写入任何内容。"), self)

        self.pages = PageViewer(result.page_images, self)

        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("项目"), self.tr("识别结果")])
        self.tree.setWordWrap(True)
        self.tree.addTopLevelItems(license_tree_items(lic))
        for row in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(row)
            top.setExpanded(top.childCount() <= 6)
        self.tree.setColumnWidth(0, 150)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setUniformRowHeights(False)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.header().setStretchLastSection(True)
        # Wrapped rows are measured at the column's width: measure again whenever it changes.
        self.tree.header().sectionResized.connect(lambda *_: self.tree.doItemsLayout())

        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setFont(document_font(11))
        self.text.setPlainText(result.text)
        self.doubtful = result.doubtful_lines()
        self._highlight_doubtful_lines()

        self.tabs = tabs = QTabWidget(self)
        tabs.addTab(self.tree, self.tr("识别结果"))
        tabs.addTab(self.text, self.tr("识别文字（%1 行待核对）").replace("%1", str(len(self.doubtful))))

        sides = QSplitter(Qt.Orientation.Horizontal, self)
        sides.addWidget(self.pages)
        sides.addWidget(tabs)
        sides.setSizes([520, 580])

        self.low_confidence = [w for w in lic.warnings if w.startswith(LOW_CONFIDENCE_MARK)]
        self.warning_list = QListWidget(self)
        self.warning_list.setWordWrap(True)
        # Low-confidence fields first: they are the ones the clerk must compare with the image.
        ordered = self.low_confidence + [w for w in lic.warnings if w not in self.low_confidence]
        line_of = {w: line for line, ws in warning_lines(result.text, ordered).items() for w in ws}
        for warning in ordered:
            entry = QListWidgetItem("⚠ " + reading_note_text(warning))
            entry.setData(Qt.ItemDataRole.UserRole, line_of.get(warning, -1))
            self.warning_list.addItem(entry)
        self.warning_list.currentItemChanged.connect(self._show_warning_line)
        self.warning_list.setVisible(bool(ordered))
        self.warning_list.setMaximumHeight(110)
        self.warning_title = plain_label(self.tr("请核对以下 %1 项：").replace("%1", str(len(ordered))), self)
        self.warning_title.setVisible(bool(ordered))

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(sides, 1)
        layout.addWidget(self.warning_title)
        layout.addWidget(self.warning_list)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        size_within_screen(self, 1200, 780)
        closable(self)

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        QTimer.singleShot(0, self.tree.doItemsLayout)  # wrapped rows measured at the width they are shown in

    @property
    def highlighted_lines(self) -> list[int]:
        """1-based line numbers of the recognised text marked as doubtful."""
        return [index for index, _text, _confidence in self.doubtful]

    def _show_warning_line(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        """A warning clicked: the recognised text opens at the line it is about."""
        line = item.data(Qt.ItemDataRole.UserRole) if item else -1
        if line is None or line < 0:
            return
        self.tabs.setCurrentWidget(self.text)
        self.text.setTextCursor(QTextCursor(self.text.document().findBlockByNumber(line)))
        self.text.centerCursor()

    def _highlight_doubtful_lines(self) -> None:
        selections = []
        document = self.text.document()
        for index, _text, _confidence in self.doubtful:
            block = document.findBlockByNumber(index - 1)
            if not block.isValid():
                continue
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(DOUBTFUL_LINE)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection.cursor = QTextCursor(block)
            selections.append(selection)
        self.text.setExtraSelections(selections)
