"""Batch printing: choose licenses and parts, then one combined PDF or one PDF per license.

The printing itself is licdesk.services.batch_printing, run in the background (run_task) with its own
Store; this dialog chooses what to print and where, and reports what was written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from licdesk.pdf.options import PrintOptions
from licdesk.services.batch_printing import BatchOutcome, BatchRequest, run_batch
from licdesk.store import Store
from licdesk.ui.common.file_dialogs import remember, start_in
from licdesk.ui.common.plain import message_box, show_error
from licdesk.ui.common.print_options_form import PrintOptionsForm
from licdesk.ui.common.tasks import Task, TaskControl, close_dialog, progress_dialog, run_task
from licdesk.ui.common.window_fit import closable, size_within_screen

# More licenses than a clerk's office will ever hold; the list is read once when the dialog opens.
LIST_LIMIT = 10000
NUMBER_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class BatchPrintDialog(QDialog):
    """Pick licenses and parts; the PDFs are produced in the background with a progress dialog."""

    batch_finished = Signal(object)  # BatchOutcome, after the final message is shown

    def __init__(self, store: Store, numbers: list[str] | None = None, parent: QWidget | None = None, *,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._pool = pool or QThreadPool.globalInstance()
        self._task: Task | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.report_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("批量打印"))

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_license_box(set(numbers or ())), 1)
        layout.addWidget(self._build_parts_box())
        layout.addWidget(self._build_output_box())
        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(self.tr("生成 PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_count()
        size_within_screen(self, 640, 720)
        closable(self)

    # -- building --------------------------------------------------------------------------------
    def _build_license_box(self, checked: set[str]) -> QGroupBox:
        box = QGroupBox(self.tr("许可证"), self)
        self.search_edit = QLineEdit(box)
        self.search_edit.setPlaceholderText(self.tr("按编号、公司名称或法定代表人筛选"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._filter)
        self.license_list = QListWidget(box)
        self.license_list.itemChanged.connect(self._update_count)
        self.select_all_button = QPushButton(self.tr("全选"), box)
        self.select_none_button = QPushButton(self.tr("全不选"), box)
        self.select_all_button.clicked.connect(lambda: self._check_visible(True))
        self.select_none_button.clicked.connect(lambda: self._check_visible(False))
        self.count_label = QLabel(box)

        for summary in self.store.summaries(limit=LIST_LIMIT):
            expiry = summary.expiry_date.isoformat() if summary.expiry_date else self.tr("未填")
            text = self.tr("%1　%2　有效期至 %3").replace("%1", summary.number).replace(
                "%2", summary.company or self.tr("（未填公司名称）")).replace("%3", expiry)
            item = QListWidgetItem(text)  # list items never interpret rich text
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if summary.number in checked else Qt.CheckState.Unchecked)
            item.setData(NUMBER_ROLE, summary.number)
            item.setData(SEARCH_ROLE, " ".join(
                (summary.number, summary.company, summary.legal_representative)).casefold())
            self.license_list.addItem(item)

        row = QHBoxLayout()
        row.addWidget(self.select_all_button)
        row.addWidget(self.select_none_button)
        row.addStretch(1)
        row.addWidget(self.count_label)
        inner = QVBoxLayout(box)
        inner.addWidget(self.search_edit)
        inner.addWidget(self.license_list, 1)
        inner.addLayout(row)
        return box

    def _build_parts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("打印内容"), self)
        self.print_options = PrintOptionsForm(box)
        # The form's fields under the names the dialog has always had.
        self.part_boxes = self.print_options.part_boxes
        self.watermark_edit = self.print_options.watermark_edit
        self.reference_edit = self.print_options.reference_edit
        QVBoxLayout(box).addWidget(self.print_options)
        return box

    def _build_output_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("输出"), self)
        self.combined_radio = QRadioButton(self.tr("合并为一个 PDF 文件"), box)
        self.separate_radio = QRadioButton(self.tr("每份许可证一个 PDF 文件（以许可证编号命名）"), box)
        self.combined_radio.setChecked(True)
        group = QButtonGroup(box)
        group.addButton(self.combined_radio)
        group.addButton(self.separate_radio)
        inner = QVBoxLayout(box)
        inner.addWidget(self.combined_radio)
        inner.addWidget(self.separate_radio)
        return box

    # -- the list --------------------------------------------------------------------------------
    def _items(self) -> list[QListWidgetItem]:
        return [self.license_list.item(i) for i in range(self.license_list.count())]

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for item in self._items():
            haystack = item.data(SEARCH_ROLE)
            item.setHidden(not all(word in haystack for word in words))

    def _check_visible(self, on: bool) -> None:
        """Select all / none acts on what the search shows, so a filter then 全选 picks those."""
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for item in self._items():
            if not item.isHidden():
                item.setCheckState(state)

    def checked_numbers(self) -> list[str]:
        return [item.data(NUMBER_ROLE) for item in self._items() if item.checkState() == Qt.CheckState.Checked]

    def _update_count(self, *_: object) -> None:
        chosen = len(self.checked_numbers())
        self.count_label.setText(self.tr("已选 %1 份，共 %2 份").replace("%1", str(chosen)).replace(
            "%2", str(self.license_list.count())))

    def options(self) -> PrintOptions:
        return self.print_options.options()

    # -- running ---------------------------------------------------------------------------------
    def start(self) -> None:
        numbers = self.checked_numbers()
        if not numbers:
            show_error(self, self.tr("批量打印"), self.tr("请至少勾选一份许可证。"))
            return
        if not any(check.isChecked() for check in self.part_boxes.values()):
            show_error(self, self.tr("批量打印"), self.tr("请至少勾选一项打印内容。"))
            return
        combined = self.combined_radio.isChecked()
        target = self._ask_target(combined)
        if target is None:
            return
        self.run(BatchRequest(Path(self.store.path), numbers, self.options(), combined, target))

    def _ask_target(self, combined: bool) -> Path | None:
        if combined:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("保存合并的 PDF"), start_in(self.tr("许可证.pdf")), self.tr("PDF 文件 (*.pdf)"))
            remember(path)
            if not path:
                return None
            return Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择保存 PDF 文件的文件夹"), start_in())
        remember(folder)
        return Path(folder) if folder else None

    def run(self, request: BatchRequest) -> None:
        """Start the batch in the background; `batch_finished` is emitted when it is over."""
        self.start_button.setEnabled(False)
        dialog = progress_dialog(self, self.tr("批量打印"), self.tr("正在生成 PDF…"), self.tr("取消"),
                                 maximum=len(request.numbers), on_cancel=self.cancel)
        dialog.setValue(0)
        self.progress_dialog = dialog

        def work(control: TaskControl) -> BatchOutcome:
            return run_batch(request, lambda: control.cancelled, control.progress)

        self._task = run_task(work, self._on_done, progress=self._on_progress, owner=self, pool=self._pool,
                              control=True)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
        dialog = self.progress_dialog
        if dialog is not None:
            dialog.setLabelText(self.tr("正在取消…"))

    def is_running(self) -> bool:
        return self.progress_dialog is not None

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress_dialog is None or self._task is None or self._task.control.cancelled:
            return
        dialog = self.progress_dialog
        dialog.setLabelText(self.tr("正在生成 PDF：第 %1 份，共 %2 份").replace(
            "%1", str(min(done + 1, total))).replace("%2", str(total)))
        dialog.setMaximum(total)
        # Last: a window-modal progress dialog handles pending events inside setValue(), and the batch
        # may finish (and the dialog be closed) right there.
        dialog.setValue(done)

    def _on_done(self, outcome: BatchOutcome) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self.cancel)
            close_dialog(self.progress_dialog)
            self.progress_dialog = None
        self._task = None
        self.start_button.setEnabled(True)
        self._show_report(outcome)
        self.batch_finished.emit(outcome)

    def _show_report(self, outcome: BatchOutcome) -> None:
        title = self.tr("批量打印")
        if outcome.error:
            box = message_box(self, QMessageBox.Icon.Warning, title,
                              self.tr("PDF 未能生成，没有写入任何文件。"), outcome.error)
        elif outcome.cancelled:
            box = message_box(self, QMessageBox.Icon.Information, title, self.tr("已取消，没有写入任何文件。"))
        else:
            box = message_box(self, QMessageBox.Icon.Information, title, self._summary(outcome),
                              "\n".join(str(path) for path in outcome.written))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.report_box = box
        box.open()  # not exec(): the desk keeps running, and tests can read it

    def _summary(self, outcome: BatchOutcome) -> str:
        count = len(outcome.printed_numbers)
        if len(outcome.written) == 1 and count > 1:
            lines = [self.tr("已将 %1 份许可证打印到一个 PDF 文件：").replace("%1", str(count)),
                     str(outcome.written[0])]
        elif outcome.written:
            lines = [self.tr("已打印 %1 份许可证，保存在文件夹：").replace("%1", str(count)),
                     str(outcome.written[0].parent)]
        else:
            lines = [self.tr("没有打印任何许可证。")]
        if outcome.missing_numbers:
            lines += ["", self.tr("以下许可证已不在库中，未打印：") + " " + "、".join(outcome.missing_numbers)]
        if outcome.warnings:
            lines += ["", self.tr("注意：有字符无法用内置字体印出，已以 □ 代替："), *outcome.warnings]
        return "\n".join(lines)

    def reject(self) -> None:
        """Closing while a batch runs cancels it; the worker's result is still reported."""
        if self.is_running():
            self.cancel()
            return
        super().reject()
