"""The reminder after the start: what is overdue or due soon, most urgent first; its OK opens the Deadlines page.

It shows at most once a day (the controller keeps the day it was last shown in the settings); 明天再提醒
closes it until the next day.  Rows say what to do in the clerk's words; the rule (R1–R11) and the
holiday calendar a period was counted by are in each row's tooltip and in the detail below the list.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from licdesk.ui.common.window_fit import closable, size_within_screen
from licdesk.domain import deadlines as dl
from licdesk.ui.deadlines.obligation_model import (
    ObligationModel,
    lay_out_obligation_table,
    saved_window_days,
)

REMINDER_ROWS = 200



class ReminderDialog(QDialog):
    """What needs doing now: overdue and due-soon obligations.  Accepted = "show me the deadlines"."""

    remind_tomorrow = Signal()  # 明天再提醒: the clerk asked to be reminded the next day

    def __init__(self, items: list[dl.Obligation], today: _dt.date, window_days: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("合规期限提醒"))
        self.items = items
        overdue = sum(o.status == dl.OVERDUE for o in items)
        soon = len(items) - overdue
        parts = []
        if overdue:
            parts.append(self.tr("%1 项已逾期").replace("%1", str(overdue)))
        if soon:
            parts.append(self.tr("%1 项将在 %2 天内到期").replace("%1", str(soon)).replace("%2", str(window_days)))
        headline = QLabel(self.tr("请注意：") + self.tr("，").join(parts) + self.tr("。"))
        self.headline = headline
        font = QFont(headline.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        headline.setFont(font)
        headline.setStyleSheet(f"color: {'#b71c1c' if overdue else '#8a5300'};")
        warning = self.tr("错过续办、年报或变更报送期限，可能导致许可证失效或被列入电信业务经营不良名单。")
        if len(items) > REMINDER_ROWS:
            warning += self.tr("下面列出最紧急的 %1 项，全部事项见“合规期限”。").replace("%1", str(REMINDER_ROWS))
        explain = QLabel(warning)
        explain.setWordWrap(True)

        self.model = ObligationModel(self)
        # The most urgent first; a library of thousands lists the rest on the Deadlines page.
        self.model.set_items(sorted(items, key=dl.sort_key)[:REMINDER_ROWS], today)
        table = QTableView()
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        lay_out_obligation_table(table)
        table.setColumnHidden(ObligationModel.BASIS, True)
        # What to do is the reminder's point: its column wraps rather than cut the words off
        # (at most REMINDER_ROWS rows, so sizing them to their text is quick).
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table = table
        self.details = QLabel(self.tr("选中一项查看详情。"))
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setStyleSheet("QLabel { background: #f6f7f9; border: 1px solid #e1e4e8; padding: 6px; }")
        self.details.setMinimumHeight(self.details.fontMetrics().lineSpacing() * 4 + 14)
        self.details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        table.selectionModel().selectionChanged.connect(self._selection_changed)

        buttons = QDialogButtonBox()
        self.show_button = buttons.addButton(self.tr("查看合规期限"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = buttons.addButton(self.tr("明天再提醒"), QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setToolTip(self.tr("今天不再提醒，明天打开 licdesk 时再提醒"))
        self.close_button = buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        self.show_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.later_button.clicked.connect(self.remind_tomorrow.emit)

        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addWidget(explain)
        layout.addWidget(table, 1)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        size_within_screen(self, 1080, 520)
        closable(self)

    def _selection_changed(self, *_: Any) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.details.setText(self.model.describe(self.model.item(rows[0].row())) if rows else self.tr("选中一项查看详情。"))


def startup_reminder(parent: QWidget | None, store: Any, today: _dt.date | None = None,
                     window_days: int | None = None, holidays: Any = None) -> ReminderDialog | None:
    """Open a reminder when something is overdue or due within the window; None when nothing is.

    The dialog is window-modal but does not block: connect its `accepted` signal to showing the
    Deadlines page.  The window defaults to the one the clerk chose.
    """
    today = today or _dt.date.today()
    if window_days is None:
        window_days = saved_window_days()
    return show_reminder(parent, reminder_items(store, today, window_days, holidays), today, window_days)


def reminder_items(store: Any, today: _dt.date, window_days: int, holidays: Any = None) -> list[dl.Obligation]:
    """What the reminder lists: overdue and due-soon obligations (no Qt: a worker thread may compute it)."""
    from licdesk.services.obligations import needing_attention

    return needing_attention(store, today, window_days, holidays)


def show_reminder(parent: QWidget | None, items: list[dl.Obligation], today: _dt.date,
                  window_days: int) -> ReminderDialog | None:
    """Open the reminder for `items`; None when there is nothing to remind of."""
    if not items:
        return None
    dialog = ReminderDialog(items, today, window_days, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

