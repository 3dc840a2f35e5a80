"""文件 → 导出…: which format, and which licenses (the whole library, those listed now, the one selected)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QGroupBox, QRadioButton, QVBoxLayout, QWidget,
)

from licdesk.ui.common.plain import plain_label
from licdesk.ui.common.window_fit import closable

# (format, its name, what the file holds)
FORMAT_CHOICES = (
    ("xlsx", QT_TRANSLATE_NOOP("ExportDialog", "Excel 工作簿（.xlsx）"),
     QT_TRANSLATE_NOOP("ExportDialog", "两张工作表：许可证一览和合规期限")),
    ("csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV 表格（.csv）"),
     QT_TRANSLATE_NOOP("ExportDialog", "许可证一览，Excel 和 WPS 可直接打开")),
    ("json", QT_TRANSLATE_NOOP("ExportDialog", "JSON 数据（.json）"),
     QT_TRANSLATE_NOOP("ExportDialog", "每张许可证的全部资料，供其他程序读取")),
    ("ics", QT_TRANSLATE_NOOP("ExportDialog", "日历（.ics）"),
     QT_TRANSLATE_NOOP("ExportDialog", "尚未完成的合规期限，可导入 Outlook 或手机日历")),
)


@dataclass(frozen=True)
class Scope:
    """Which licenses: "all", "listed" (the library's search and filter) or "selected"."""

    kind: str
    search: str = ""
    status: str | None = None
    number: str = ""


class ExportDialog(QDialog):
    """`total`: licenses in the library; `listed`: how many the search or filter lists (None: no search or
    filter, or not counted yet); `number`: the selected license ("" when none), chosen at first with
    `selected_first`."""

    def __init__(self, total: int, number: str = "", *, listed: int | None = None, search: str = "",
                 status: str | None = None, has_query: bool = False, fmt: str = "xlsx",
                 selected_first: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search, self._status, self._number, self._has_query = search, status, number, has_query
        self.setWindowTitle(self.tr("导出"))
        closable(self)
        # Wide enough that each format's line of explanation reads on one line or two, not in a narrow column.
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)

        format_box = QGroupBox(self.tr("格式"), self)
        format_layout = QVBoxLayout(format_box)
        self.formats = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        for index, (key, name, what) in enumerate(FORMAT_CHOICES):
            button = QRadioButton(_tr(name), format_box)
            button.setToolTip(_tr(what))
            self.formats.addButton(button, index)
            self.format_buttons[key] = button
            format_layout.addWidget(button)
            hint = plain_label(_tr(what), format_box)
            hint.setContentsMargins(24, 0, 0, 4)
            hint.setEnabled(False)
            format_layout.addWidget(hint)
        self.format_buttons.get(fmt, self.format_buttons["xlsx"]).setChecked(True)
        layout.addWidget(format_box)

        scope_box = QGroupBox(self.tr("许可证"), self)
        scope_layout = QVBoxLayout(scope_box)
        self.scopes = QButtonGroup(self)
        self.all_button = QRadioButton(self.tr("全部许可证（%1 张）").replace("%1", str(total)), scope_box)
        listed_text = self.tr("当前列表中的许可证（按搜索和筛选，%1 张）").replace(
            "%1", "…" if listed is None else str(listed))
        self.listed_button = QRadioButton(listed_text, scope_box)
        self.selected_button = QRadioButton(
            self.tr("选中的许可证：%1").replace("%1", number) if number else self.tr("选中的许可证（未选中）"), scope_box)
        self.listed_button.setVisible(has_query)
        self.selected_button.setEnabled(bool(number))
        for index, button in enumerate((self.all_button, self.listed_button, self.selected_button)):
            self.scopes.addButton(button, index)
            scope_layout.addWidget(button)
        # From the library's menu for one license: that license is what is meant.
        (self.selected_button if selected_first and number else self.all_button).setChecked(True)
        layout.addWidget(scope_box)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(self.tr("导出…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.all_button.setEnabled(total > 0)
        self.export_button.setEnabled(total > 0)

    def chosen_format(self) -> str:
        return FORMAT_CHOICES[max(self.formats.checkedId(), 0)][0]

    def scope(self) -> Scope:
        if self.selected_button.isChecked() and self._number:
            return Scope("selected", number=self._number)
        if self.listed_button.isChecked() and self._has_query:
            return Scope("listed", search=self._search, status=self._status)
        return Scope("all")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)
