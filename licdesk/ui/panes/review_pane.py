"""The review pane: the clauses of a license with their review, and an editor for the current clause.

Keyboard first: in the clause list N or J goes to the next clause still to review, K to the previous
one, and 1–5 set the status (1 未审, 2 符合, 3 部分符合, 4 不符合, 5 不适用) and move on.  Every change is
written at once, one transaction each; on a read-only database the pane shows and never writes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QSplitter, QTableView, QVBoxLayout,
    QWidget,
)

from licdesk.ui.common.file_dialogs import remember, start_in
from licdesk.domain import review as rv
from licdesk.store import StoreError
from licdesk.store import review as store_review
from licdesk.ui.common.button_rows import ButtonRows
from licdesk.ui.common.date_edit import DateEdit
from licdesk.ui.common.findings import interface_language
from licdesk.ui.common.plain import plain_label
from licdesk.ui.session import as_session
from licdesk.ui.models.review_model import (
    DUE, EVIDENCE, LABEL, NOTE, RESPONSIBLE, STATUS, TEXT, ReviewModel, scope_text,
)

SHA_ROLE = Qt.ItemDataRole.UserRole + 1


# The columns' first widths; the clause text takes the rest.
COLUMN_WIDTHS = {LABEL: 92, STATUS: 96, NOTE: 180, RESPONSIBLE: 64, DUE: 88, EVIDENCE: 110}
SECONDARY = (NOTE, RESPONSIBLE, DUE, EVIDENCE)  # also in the editor under the list
FORM_BESIDE_WIDTH = 440  # narrower than this, the editor's labels stand above their fields
CLAUSE_TEXT_ROOM = 220  # the least width in which a clause reads as a few lines, not a column of characters


class ReviewTable(QTableView):
    """The clause list; N/J/K move between clauses still to review, 1–5 set the status.

    In the narrow column of the desk the note, owner, fix-by and evidence columns step aside (the editor
    below shows them for the selected clause), so that the clause and its status read in full."""

    status_key = Signal(str)
    next_key = Signal(bool)  # backwards?

    def fit_columns(self) -> None:
        room = self.viewport().width()
        wide = room >= sum(COLUMN_WIDTHS.values()) + CLAUSE_TEXT_ROOM
        if self.isColumnHidden(SECONDARY[0]) != wide:
            return  # already arranged for this width (a width the clerk dragged stays)
        for column in SECONDARY:
            self.setColumnHidden(column, not wide)
        for column, width in COLUMN_WIDTHS.items():
            if wide:
                self.setColumnWidth(column, width)
        if not wide:  # the number and the status just fit, the clause text has the rest
            widest_label = "十二、"  # not interface text: a width sample, as wide as a clause's number gets
            self.setColumnWidth(LABEL, self._snug_width([self.model().headerData(LABEL, Qt.Orientation.Horizontal),
                                                         widest_label]))
            words = [word for status in rv.STATUSES for word in rv.status_name(status, interface_language()).split()]
            self.setColumnWidth(STATUS, self._snug_width(
                [*words, self.model().headerData(STATUS, Qt.Orientation.Horizontal)]))

    def _snug_width(self, texts: list[object]) -> int:
        metrics = self.fontMetrics()
        return max(metrics.horizontalAdvance(str(text)) for text in texts) + 14  # the cell's margins

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_columns()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            super().keyPressEvent(event)
            return
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            self.status_key.emit(rv.STATUSES[key - Qt.Key.Key_1])
        elif key in (Qt.Key.Key_N, Qt.Key.Key_J):
            self.next_key.emit(False)
        elif key == Qt.Key.Key_K:
            self.next_key.emit(True)
        else:
            super().keyPressEvent(event)


class ReviewPane(QWidget):
    """Review of one license at a time, on a Store (see show_license)."""

    changed = Signal()  # a review was written

    def __init__(self, source: Any, parent: QWidget | None = None, *, reviewer: str = "") -> None:
        super().__init__(parent)
        self.session = as_session(source)  # the desk's (following a restore), or one over a bare store
        self.session.reviews_changed.connect(self._reviewed_elsewhere)
        self.session.store_replaced.connect(lambda: self.show_license(self.number))
        self._writing = False
        self.reviewer = reviewer
        self.number: str | None = None
        self._loading = False
        self.model = ReviewModel(self)

        self.rounds_box = QComboBox()
        # Long round titles are cut rather than widening the pane past a narrow column.
        self.rounds_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rounds_box.setMinimumContentsLength(10)
        self.new_round_button = QPushButton(self.tr("开始新一轮审查"))
        self.new_round_button.clicked.connect(self.start_round)
        self.progress_label = QLabel()
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_label.setWordWrap(True)
        self.message_label = plain_label()
        self.message_label.setStyleSheet("color: #9a3412;")
        self.message_label.hide()
        self.rounds_box.currentIndexChanged.connect(self._round_chosen)

        self.table = ReviewTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in COLUMN_WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.status_key.connect(self.set_status_and_advance)
        self.table.next_key.connect(lambda back: self.go_to_next_unreviewed(backwards=back))

        self.clause_label = plain_label(selectable=True)
        self.clause_label.setStyleSheet("font-size: 11pt;")
        self.status_buttons: dict[str, QPushButton] = {}
        for number, status in enumerate(rv.STATUSES, start=1):
            button = QPushButton(f"{number} {rv.status_name(status, interface_language())}")
            button.setCheckable(True)
            button.setToolTip(self.tr("在条款列表中按 %1 键").replace("%1", str(number)))
            button.clicked.connect(lambda _checked=False, s=status: self.set_status(s))
            self.status_buttons[status] = button
        buttons = ButtonRows(list(self.status_buttons.values()))  # five in one row, or two or three rows
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("说明：做法、证据在哪里、还缺什么"))
        self.note_edit.setMaximumHeight(90)
        self.responsible_edit = QLineEdit()
        self.due_check = QCheckBox(self.tr("有整改期限"))
        self.due_edit = DateEdit()
        self.due_edit.setEnabled(False)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.save_button = QPushButton(self.tr("保存说明"))
        self.save_button.clicked.connect(self.commit_edits)
        self.evidence_list = QListWidget()
        self.evidence_list.setMaximumHeight(90)
        self.evidence_list.itemChanged.connect(self._evidence_toggled)
        self.add_evidence_button = QPushButton(self.tr("添加附件作为证据…"))
        self.add_evidence_button.clicked.connect(self._ask_evidence_file)

        # The check box and the date side by side, or the date under it when the column is narrow.
        due_row = ButtonRows([self.due_check, self.due_edit], stretch=False)
        form = self.form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # fields under their labels when narrow
        form.addRow(self.tr("说明"), self.note_edit)
        form.addRow(self.tr("负责人"), self.responsible_edit)
        form.addRow(self.tr("整改期限"), due_row)
        form.addRow("", self.save_button)
        form.addRow(self.tr("证据（附件）"), self.evidence_list)
        form.addRow("", self.add_evidence_button)

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.addWidget(self.clause_label)
        editor_layout.addWidget(buttons)
        editor_layout.addLayout(form)
        editor_layout.addStretch(1)
        self.editor = editor

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 360])

        # Two lines, so that the pane fits the narrow column of the desk as well as a window of its own.
        rounds = QHBoxLayout()
        rounds.addWidget(QLabel(self.tr("审查轮次")))
        rounds.addWidget(self.rounds_box, 1)
        progress = QHBoxLayout()
        progress.addWidget(self.new_round_button)
        progress.addWidget(self.progress_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(rounds)
        layout.addLayout(progress)
        layout.addWidget(self.message_label)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self._set_editable(False)

    @property
    def store(self) -> Any:
        return self.session.store

    def _reviewed_elsewhere(self, number: str) -> None:
        """Another window filed a review of the license shown here: show it as it now is."""
        if not self._writing and self.number and number in ("", self.number):
            self.show_license(self.number)

    def _announce(self) -> None:
        """A review was written here: the session tells every other window, this pane already shows it."""
        self._writing = True
        try:
            self.session.reviewed(self.number or "")
        finally:
            self._writing = False
        self.changed.emit()

    def _say(self, text: str) -> None:
        """A word to the clerk above the clause list; the line is taken only while there is one."""
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # -- what is shown ---------------------------------------------------------------------
    def show_license(self, number: str | None) -> None:
        """Show the latest review round of this license (or an invitation to start one)."""
        self.commit_edits()
        self.number = number
        self._say("")
        lic = self.store.load(number) if number else None
        rounds = store_review.rounds(self.store, lic.number) if lic is not None else []
        self._loading = True
        self.rounds_box.clear()
        for index, round_ in enumerate(rounds, start=1):
            who = f"  {round_.reviewer}" if round_.reviewer else ""
            title = self.tr("第 %1 轮  %2").replace("%1", str(index)).replace("%2", round_.started.date().isoformat())
            self.rounds_box.addItem(title + who, round_.uuid)
        self.rounds_box.setCurrentIndex(len(rounds) - 1)
        self._loading = False
        self.new_round_button.setEnabled(lic is not None and not self.store.readonly)
        names = {a.sha256: a.file_name for a in self.store.attachments(lic.number)} if lic is not None else {}
        self.model.set_round(lic, rounds[-1] if rounds else None, names)
        if lic is not None and not rounds:
            self._say(self.tr("这份许可证还没有审查。点“开始新一轮审查”开始逐条审查。"))
        self._after_reset()

    def _round_chosen(self, index: int) -> None:
        if self._loading or index < 0 or self.model.license is None:
            return
        self.commit_edits()
        chosen = store_review.load_round(self.store, self.rounds_box.itemData(index))
        names = {a.sha256: a.file_name for a in self.store.attachments(self.model.license.number)}
        self.model.set_round(self.model.license, chosen, names)
        self._after_reset()

    def _after_reset(self) -> None:
        self._update_progress()
        if self.model.rowCount():
            first = rv.next_unreviewed(self.model.license, self.model.round) or self.model.keys()[0]
            self.select_clause(first)
        else:
            self._show_editor(None)

    def _update_progress(self) -> None:
        if self.model.round is None or self.model.license is None:
            self.progress_label.setText("")
            return
        counted = rv.progress(self.model.license, self.model.round)
        text = self.tr("已审 %1 / %2 条").replace("%1", str(counted.reviewed)).replace("%2", str(counted.total))
        if counted.rereview:
            text += self.tr("，%1 条需重新审查").replace("%1", str(counted.rereview))
        self.progress_label.setText(text)

    def current_key(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()).key if index.isValid() else None

    def select_clause(self, key: str) -> None:
        row = self.model.row_of(key)
        self.table.setCurrentIndex(self.model.index(row, STATUS))
        self.table.scrollTo(self.model.index(row, 0))

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if previous.isValid() and previous.row() < self.model.rowCount():
            self.commit_edits(self.model.item(previous.row()).key)
        self._show_editor(current.row() if current.isValid() else None)

    def _show_editor(self, row: int | None) -> None:
        self._loading = True
        try:
            if row is None or self.model.round is None:
                self.clause_label.setText("")
                self.note_edit.setPlainText("")
                self.responsible_edit.setText("")
                self.due_check.setChecked(False)
                self.evidence_list.clear()
                self._set_editable(False)
                return
            item, review = self.model.item(row), self.model.review(row)
            label = self.model.data(self.model.index(row, LABEL)).strip()
            scope = scope_text(item)
            stale = rv.needs_rereview(item, review)
            warning = "\n" + self.tr("⚑ 条款文字自上次审查以来已变化，请重新审查") if stale else ""
            self.clause_label.setText(f"{label}  {scope}{item.text}{warning}")
            for status, button in self.status_buttons.items():
                button.setChecked(status == review.status and not stale)
            self.note_edit.setPlainText(review.note)
            self.responsible_edit.setText(review.responsible)
            self.due_check.setChecked(review.due is not None)
            self.due_edit.set_value(review.due or QDate.currentDate().addMonths(1).toPython())
            self.evidence_list.clear()
            for info in self.store.attachments(self.model.license.number):
                entry = QListWidgetItem(info.file_name)
                entry.setData(SHA_ROLE, info.sha256)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Checked if info.sha256 in review.evidence
                                    else Qt.CheckState.Unchecked)
                self.evidence_list.addItem(entry)
            self._set_editable(not self.store.readonly)
        finally:
            self._loading = False

    def _set_editable(self, editable: bool) -> None:
        for widget in (*self.status_buttons.values(), self.note_edit, self.responsible_edit, self.due_check,
                       self.save_button, self.evidence_list, self.add_evidence_button):
            widget.setEnabled(editable)
        self.due_edit.setEnabled(editable and self.due_check.isChecked())

    # -- writing -------------------------------------------------------------------------------
    def _write(self, key: str, **changes: Any) -> bool:
        if self.model.round is None:
            return False
        if self.store.readonly:
            self._say(self.tr("只读方式打开：审查结果不能修改"))
            return False
        try:
            store_review.update_review(self.store, self.model.round.uuid, key, by=self.reviewer, **changes)
        except StoreError as exc:
            self._say(str(exc))
            return False
        self.model.update_round(store_review.load_round(self.store, self.model.round.uuid), key)
        self._update_progress()
        self._announce()
        return True

    def set_status(self, status: str) -> None:
        key = self.current_key()
        if key is None:
            return
        self.commit_edits(key)
        if self._write(key, status=status):
            self._show_editor(self.model.row_of(key))

    def set_status_and_advance(self, status: str) -> None:
        """Keyboard: set the current clause's status, then go to the next clause still to review."""
        key = self.current_key()
        self.set_status(status)
        if key is not None and self.model.round is not None:
            following = rv.next_unreviewed(self.model.license, self.model.round, after=key)
            if following is not None:
                self.select_clause(following)

    def go_to_next_unreviewed(self, backwards: bool = False) -> None:
        if self.model.round is None:
            return
        following = rv.next_unreviewed(self.model.license, self.model.round, after=self.current_key(),
                                       backwards=backwards)
        if following is None:
            self._say(self.tr("所有条款都已审查"))
        else:
            self.select_clause(following)

    def commit_edits(self, key: str | None = None) -> None:
        """Write the note, responsible person and due date of the clause being edited, if they changed."""
        if self._loading or self.model.round is None or self.store.readonly:
            return
        key = key or self.current_key()
        if key is None or key not in self.model.keys():
            return
        review = self.model.review(self.model.row_of(key))
        note = self.note_edit.toPlainText()
        responsible = self.responsible_edit.text().strip()
        changes: dict[str, Any] = {}
        due = review.due
        if not self.due_check.isChecked():
            due = None
        elif self.due_edit.check():
            due = self.due_edit.value()
        else:  # not a date: the due date stays as it was (never another day), and the clerk is told
            self._say(self.tr("整改期限未保存：") + (self.due_edit.problem() or ""))
        if note != review.note:
            changes["note"] = note
        if responsible != review.responsible:
            changes["responsible"] = responsible
        if due != review.due:
            changes["due"] = due
        if changes:
            self._write(key, **changes)

    def _evidence_toggled(self, _entry: QListWidgetItem) -> None:
        key = self.current_key()
        if self._loading or key is None:
            return
        chosen = [self.evidence_list.item(i).data(SHA_ROLE) for i in range(self.evidence_list.count())
                  if self.evidence_list.item(i).checkState() == Qt.CheckState.Checked]
        if self._write(key, evidence=chosen):
            names = {a.sha256: a.file_name for a in self.store.attachments(self.model.license.number)}
            self.model._evidence_names = names

    def add_evidence_file(self, path: str | Path) -> bool:
        """Attach a scan or photo to the license and name it as evidence of the current clause."""
        key = self.current_key()
        if key is None or self.model.license is None or self.store.readonly:
            return False
        try:
            info = self.store.add_attachment(self.model.license.number, Path(path).name, Path(path).read_bytes())
        except OSError as exc:
            self._say(self.tr("无法读取文件：%1").replace("%1", exc.strerror or str(exc)))
            return False
        except StoreError as exc:
            self._say(str(exc))
            return False
        evidence = list(self.model.review(self.model.row_of(key)).evidence) + [info.sha256]
        if not self._write(key, evidence=evidence):
            return False
        self.model._evidence_names[info.sha256] = info.file_name
        self._show_editor(self.model.row_of(key))
        return True

    def _ask_evidence_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择证据文件"), start_in(),
                                              self.tr("扫描件或照片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"))
        remember(path)
        if path:
            self.add_evidence_file(path)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        # In the narrow column of the desk every label goes above its field: beside the widest label
        # ("证据（附件）") the notes would have a sliver of the width.
        narrow = event.size().width() < FORM_BESIDE_WIDTH
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows if narrow
                                   else QFormLayout.RowWrapPolicy.WrapLongRows)
        super().resizeEvent(event)

    def start_round(self) -> None:
        if self.number is None or self.store.readonly:
            return
        self.commit_edits()
        try:
            store_review.start_round(self.store, self.number, self.reviewer)
        except StoreError as exc:
            self._say(str(exc))
            return
        self.show_license(self.number)
        self._announce()
