"""Preferences (编辑 → 首选项…): interface language, deadline warning window and holiday table, the year
the library's tracking starts at, automatic backups kept.

    show_preferences(window)        # the dialog over the main window; on OK the settings apply
    PreferencesDialog(settings)     # the dialog alone: OK writes, Cancel writes nothing

Every control here is a setting licdesk already honours elsewhere; the keys, limits and defaults are
taken from the code that reads them (licdesk.ui.i18n, the Deadlines page, the backup settings), so a
value chosen here is the value those places use.

The tracking start year is the library's, not the clerk's: it is kept in the database file
(licdesk.store.library_meta) so it travels with the library, and written only when it changed.

A language change cannot retranslate the windows already open, so it takes effect after a restart:
the dialog offers to restart licdesk at once, through the main window's normal close (which still
asks about unsaved edits) and a new process started with the same command line.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess, QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from licdesk.store.library_meta import FIRST_YEAR, LAST_YEAR
from licdesk.ui import i18n
from licdesk.ui import settings as options
from licdesk.ui.common.plain import message_box, plain_label, show_error
from licdesk.ui.settings import Settings

if TYPE_CHECKING:
    from licdesk.ui.main_window import MainWindow

SYSTEM = "system"
# The ranges the settings allow (a saved value outside them is clamped when read).
WINDOW_RANGE = (options.DEADLINE_WINDOW_DAYS.minimum, options.DEADLINE_WINDOW_DAYS.maximum)
KEEP_RANGE = (options.BACKUP_KEEP.minimum, options.BACKUP_KEEP.maximum)
# A language is named in its own words, so a clerk who cannot read the current one still finds theirs.
NATIVE_NAMES = {"zh_CN": "中文（简体）", "en": "English"}  # not interface text
ALL_YEARS = FIRST_YEAR - 1  # the tracking spin box's "every year" (its special value)


def language_in_use() -> str:
    """zh_CN or en: the language this licdesk is showing now (an English translation loaded, or not)."""
    return "en" if QCoreApplication.translate("PreferencesDialog", "首选项").isascii() else "zh_CN"


def _hint(text: str, parent: QWidget) -> QLabel:
    """A quiet explanation under a control: smaller, in the palette's secondary text colour."""
    label = plain_label(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class PreferencesDialog(QDialog):
    """The clerk's preferences, shown as stored; OK writes them, Cancel leaves everything as it was."""

    def __init__(self, settings: Settings | QSettings, parent: QWidget | None = None, *,
                 current_language: str | None = None, tracking_start: int | None = None,
                 tracking_editable: bool = False) -> None:
        super().__init__(parent)
        self.settings = settings if isinstance(settings, Settings) else Settings(settings, self)
        self.current_language = current_language or language_in_use()
        self.setWindowTitle(self.tr("首选项"))

        self.language_combo = QComboBox(self)
        system_name = NATIVE_NAMES[i18n.chosen_language(SYSTEM)]
        self.language_combo.addItem(self.tr("跟随系统 — %1").replace("%1", system_name), SYSTEM)
        for code, name in NATIVE_NAMES.items():
            self.language_combo.addItem(name, code)

        self.window_spin = QSpinBox(self)
        self.window_spin.setRange(*WINDOW_RANGE)
        self.window_spin.setSuffix(self.tr(" 天"))

        self.keep_spin = QSpinBox(self)
        self.keep_spin.setRange(*KEEP_RANGE)
        self.keep_spin.setSuffix(self.tr(" 份"))

        self.tracking_spin = QSpinBox(self)
        self.tracking_spin.setRange(ALL_YEARS, LAST_YEAR)
        self.tracking_spin.setSpecialValueText(self.tr("全部年度"))
        self.tracking_spin.setPrefix(self.tr("从 "))
        self.tracking_spin.setSuffix(self.tr(" 年度开始跟踪"))
        self.tracking_spin.setValue(tracking_start if tracking_start is not None else ALL_YEARS)
        self.tracking_spin.setEnabled(tracking_editable)
        self.tracking_start_shown = tracking_start

        self._captions: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self._section(self.tr("界面"), self.tr("界面语言："), self.language_combo, self.tr(
            "更改界面语言后，需重新启动 licdesk 才能生效。")))
        deadlines = self._section(self.tr("合规期限"), self.tr("提前提醒："), self.window_spin, self.tr(
            "截止日期前多少天起，事项显示为“即将到期”并在启动时提醒。合规期限窗口使用同一设置。"))
        self._add_row(deadlines, self.tr("跟踪范围："), self.tracking_spin, self.tr(
            "接手一个库时，更早年度未记录的年报等不再作为逾期提醒，只在合规期限窗口中折叠列出。"
            "此设置保存在数据库中，随库一起备份和复制。"))
        self._add_holiday_row(deadlines)
        layout.addWidget(deadlines)
        layout.addWidget(self._section(self.tr("备份"), self.tr("保留自动备份："), self.keep_spin, self.tr(
            "licdesk 每次启动时自动备份数据库，只保留最近的若干份；手动备份不会被自动删除。")))
        layout.addStretch(1)
        # One caption column for all sections: the controls line up under each other.
        caption_width = max(caption.sizeHint().width() for caption in self._captions)
        for caption in self._captions:
            caption.setMinimumWidth(caption_width)
        spin_width = max(spin.sizeHint().width() for spin in (self.window_spin, self.keep_spin))
        for spin in (self.window_spin, self.keep_spin):  # the tracking year keeps its own (longer) width
            spin.setMinimumWidth(spin_width)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.clicked.connect(self._button_clicked)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

        self.show_values(self.stored_language(), self.settings.get(options.DEADLINE_WINDOW_DAYS),
                         self.settings.get(options.BACKUP_KEEP))
        self.set_holiday_table(self.settings.get(options.HOLIDAY_TABLE))

    def _add_holiday_row(self, box: QGroupBox) -> None:
        """The clerk's own holiday table: a file named here, or none (the published schedule alone)."""
        form = box.layout()
        assert isinstance(form, QFormLayout)
        self.holiday_edit = QLineEdit(box)
        self.holiday_edit.setReadOnly(True)
        self.holiday_edit.setPlaceholderText(self.tr("未设置"))
        self.holiday_choose = QPushButton(self.tr("选择…"), box)
        self.holiday_clear = QPushButton(self.tr("清除"), box)
        self.holiday_choose.clicked.connect(self._choose_holiday_table)
        self.holiday_clear.clicked.connect(lambda: self.set_holiday_table(""))
        row = QHBoxLayout()
        row.addWidget(self.holiday_edit, 1)
        row.addWidget(self.holiday_choose)
        row.addWidget(self.holiday_clear)
        label = QLabel(self.tr("本单位节假日表："), box)
        label.setBuddy(self.holiday_choose)
        self._captions.append(label)
        form.addRow(label, row)
        self.holiday_problem = plain_label("", box)
        self.holiday_problem.setStyleSheet("color: #c62828;")
        self.holiday_problem.hide()
        form.addRow(self.holiday_problem)
        form.addRow(_hint(self.tr(
            "工作日按国务院公布的节假日安排计算。尚未公布的年份，可选本单位的节假日表（文本文件，每行一个日期和“休”或“班”），"
            "表中列出的年份按此表计算。"), box))

    def set_holiday_table(self, path: str) -> None:
        """Show `path` (empty for none) and whether it can be read; nothing is written until OK."""
        from licdesk.services.holiday_file import HolidayFileError, read_holiday_file

        self.holiday_edit.setText(path)
        self.holiday_edit.setToolTip(path)
        self.holiday_clear.setEnabled(bool(path))
        problem = ""
        if path:
            try:
                read_holiday_file(path)
            except HolidayFileError as exc:
                problem = self.tr("无法使用此节假日表：%1").replace("%1", exc.message(language_in_use()))
        self.holiday_problem.setText(problem)
        self.holiday_problem.setVisible(bool(problem))

    def holiday_table(self) -> str:
        return self.holiday_edit.text()

    def _choose_holiday_table(self) -> None:
        from licdesk.ui.common.file_dialogs import remember, start_in

        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择节假日表"), self.holiday_table() or start_in(),
                                              self.tr("文本文件 (*.txt);;所有文件 (*)"))
        remember(path)
        if path:
            self.set_holiday_table(path)

    def _section(self, title: str, caption: str, control: QWidget, hint: str) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self._add_row(box, caption, control, hint)
        return box

    def _add_row(self, box: QGroupBox, caption: str, control: QWidget, hint: str) -> None:
        form = box.layout()
        assert isinstance(form, QFormLayout)
        label = QLabel(caption, box)
        label.setBuddy(control)
        self._captions.append(label)
        form.addRow(label, control)
        form.addRow(_hint(hint, box))

    # -- values ------------------------------------------------------------------------------------
    def stored_language(self) -> str:
        value = self.settings.get(options.LANGUAGE) or SYSTEM
        value = "zh_CN" if value == "zh" else value  # start-up accepts the short form too
        return value if value in (SYSTEM, *NATIVE_NAMES) else SYSTEM

    def show_values(self, language: str, window_days: int, keep: int) -> None:
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self.window_spin.setValue(window_days)
        self.keep_spin.setValue(keep)

    def restore_defaults(self) -> None:
        """The controls show the defaults; nothing is written until OK."""
        self.show_values(SYSTEM, options.DEADLINE_WINDOW_DAYS.default, options.BACKUP_KEEP.default)
        self.set_holiday_table(options.HOLIDAY_TABLE.default)

    def chosen_language(self) -> str:
        """"system", "zh_CN" or "en", as chosen in the dialog."""
        return str(self.language_combo.currentData())

    def window_days(self) -> int:
        return self.window_spin.value()

    def keep(self) -> int:
        return self.keep_spin.value()

    def tracking_start(self) -> int | None:
        """The first year tracked as chosen (None: every year)."""
        value = self.tracking_spin.value()
        return None if value == ALL_YEARS else value

    def tracking_changed(self) -> bool:
        return self.tracking_spin.isEnabled() and self.tracking_start() != self.tracking_start_shown

    def language_changed(self) -> bool:
        """Whether the chosen language differs from the one licdesk is showing now."""
        return i18n.chosen_language(self.chosen_language()) != self.current_language

    def apply(self) -> None:
        """Write the values where the code that honours them reads them."""
        self.settings.set(options.LANGUAGE, self.chosen_language())
        self.settings.set(options.BACKUP_KEEP, self.keep())
        self.settings.set(options.DEADLINE_WINDOW_DAYS, self.window_days())  # an open Deadlines page follows
        if self.holiday_table() != self.settings.get(options.HOLIDAY_TABLE):
            self.settings.set(options.HOLIDAY_TABLE, self.holiday_table())  # the deadlines are counted again
        self.settings.sync()

    def accept(self) -> None:
        self.apply()
        super().accept()

    def _button_clicked(self, button: QAbstractButton) -> None:
        if self.buttons.buttonRole(button) == QDialogButtonBox.ButtonRole.ResetRole:
            self.restore_defaults()


# -- applying on the desk ---------------------------------------------------------------------------
def show_preferences(window: MainWindow) -> None:
    """The dialog over the desk; after OK an open Deadlines page follows, and a new language offers a restart."""
    from licdesk.store import library_meta

    session = window.session
    editable = session.is_open and not session.read_only
    start = session.attempt(lambda: library_meta.tracking_start_year(session.store),
                            lambda _message: None) if session.is_open else None
    dialog = PreferencesDialog(session.settings, window, tracking_start=start, tracking_editable=editable)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    if dialog.tracking_changed():
        wanted = dialog.tracking_start()
        done = session.attempt(lambda: library_meta.set_tracking_start_year(session.store, wanted) or True,
                               lambda message: show_error(window, QCoreApplication.translate(
                                   "PreferencesDialog", "未能保存跟踪范围"), message))
        if done:
            session.licenses_changed.emit()  # the Deadlines page and the reminder count again
    if dialog.language_changed():
        name = NATIVE_NAMES[i18n.chosen_language(dialog.chosen_language())]
        if offer_restart(window, name):
            if restart_licdesk(window):
                return
        window.statusBar().showMessage(
            QCoreApplication.translate("PreferencesDialog", "界面语言将在下次启动 licdesk 时改为 %1。").replace(
                "%1", name), 15000)


def offer_restart(parent: QWidget, language_name: str) -> bool:
    """Ask whether to restart now (True) or later (False)."""
    translate = QCoreApplication.translate
    box = message_box(parent, QMessageBox.Icon.Information, translate("PreferencesDialog", "重新启动后生效"),
                      translate("PreferencesDialog", "界面语言将在 licdesk 重新启动后改为 %1。\n\n"
                                "现在重新启动吗？如有未保存的修改，会先询问是否保存。").replace("%1", language_name))
    now = box.addButton(translate("PreferencesDialog", "立即重启"), QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(translate("PreferencesDialog", "稍后"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(now)
    box.setEscapeButton(later)
    box.exec()
    return box.clickedButton() is now


def restart_licdesk(window: MainWindow) -> bool:
    """Close the desk the normal way and start licdesk again; False when the clerk kept the window open."""
    if not window.close():  # the unsaved-changes question was answered with Cancel
        return False
    window.session.release_store()  # the new licdesk must find the database free, not "in use"
    program, arguments = relaunch_command()
    if not relaunch(program, arguments):
        translate = QCoreApplication.translate
        show_error(None, translate("PreferencesDialog", "无法重新启动"),
                   translate("PreferencesDialog", "licdesk 已关闭，但未能自动重新打开。请手动启动 licdesk。"))
    QCoreApplication.quit()
    return True


def relaunch_command(argv: list[str] | None = None, executable: str | None = None,
                     frozen: bool | None = None) -> tuple[str, list[str]]:
    """The program and arguments that start this licdesk again with the same command line.

    `--lang` is left out: it would override the language just chosen.
    """
    argv = list(sys.argv if argv is None else argv)
    executable = executable or sys.executable
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    arguments = _without_language(argv[1:])
    if frozen:  # the bundle's executable is licdesk itself
        return executable, arguments
    script = argv[0] if argv else ""
    if not script or script == "-c" or Path(script).name == "__main__.py":
        return executable, ["-m", "licdesk", *arguments]  # started as `python -m licdesk`
    return executable, [script, *arguments]


def _without_language(arguments: list[str]) -> list[str]:
    kept: list[str] = []
    skip_next = False
    for argument in arguments:
        if skip_next:
            skip_next = False
        elif argument == "--lang":
            skip_next = True
        elif not argument.startswith("--lang="):
            kept.append(argument)
    return kept


def relaunch(program: str, arguments: list[str]) -> bool:
    """Start a new licdesk that outlives this one."""
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)
