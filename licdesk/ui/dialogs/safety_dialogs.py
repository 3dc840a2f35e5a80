"""Tools menu: back up now, backup settings, restore a backup, check the database.

    backup_now(parent, db_path) -> Path | None        File → 立即备份
    BackupDialog(db_path, parent)                     backup settings: how many to keep, back up now / elsewhere
    RestoreDialog(db_path, parent, release_database=main_window.close_store)
        exec(); then reopen the store when dialog.released is True (restored or not); `restored` carries
        the RestoreResult when a backup was put in place
    CheckDialog(store, parent)                        工具 → 检查数据库; `license_activated(number)` to open one

The work is done by licdesk.store.backups and licdesk.store.check; these dialogs ask, show and explain.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QMessageBox, QProgressBar, QSpinBox, QTableWidget, QTableWidgetItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from licdesk.ui.common.file_dialogs import remember, start_in
from licdesk.store import Store, StoreError
from licdesk.store import backups as store_backups
from licdesk.store.check import INTEGRITY, LICENSES, SEARCH, CheckReport
from licdesk.ui.common.findings import interface_language, level_name
from licdesk.ui import settings as options
from licdesk.ui.common.plain import ask_yes_no, message_box, plain_label, show_error
from licdesk.ui.common.tasks import Task, run_task
from licdesk.ui.settings import Settings

KEEP_RANGE = (options.BACKUP_KEEP.minimum, options.BACKUP_KEEP.maximum)


# -- settings ------------------------------------------------------------------------------------
def backup_keep(settings: QSettings | None = None) -> int:
    """How many automatic backups to keep (the clerk's choice in the backup settings, else 10)."""
    return Settings(settings).get(options.BACKUP_KEEP)


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _local_time(info: store_backups.BackupInfo) -> str:
    return info.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def reason_text(info: store_backups.BackupInfo) -> str:
    """Why a backup was made, in the interface language (the store names the reasons in Chinese)."""
    translate = QCoreApplication.translate
    return {
        store_backups.START: translate("RestoreDialog", "启动时自动备份"),
        store_backups.MANUAL: translate("RestoreDialog", "手动备份"),
        store_backups.BEFORE_RESTORE: translate("RestoreDialog", "恢复前的原数据库"),
        store_backups.IMPORT: translate("RestoreDialog", "批量导入前自动备份"),
        store_backups.PURGE: translate("RestoreDialog", "清空回收站前自动备份"),
        "migration": translate("RestoreDialog", "升级数据库前自动备份"),
        "damaged": translate("RestoreDialog", "恢复前的原数据库（已损坏，原样保留）"),
    }.get(info.reason, info.reason_label)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = message_box(parent, QMessageBox.Icon.Information, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


# -- back up -------------------------------------------------------------------------------------
def backup_now(parent: QWidget | None, db_path: Path, target: Path | None = None, *, quiet: bool = False) -> Path | None:
    """Back up the database now (into backups/ beside it, or to `target`) and say where; None on failure."""
    try:
        made = store_backups.create_backup(db_path, store_backups.MANUAL, target=target)
    except StoreError as exc:
        translate = QCoreApplication.translate
        show_error(parent, translate("BackupDialog", "备份失败"),
                   translate("BackupDialog", "备份没有完成，数据库未受影响。\n\n%1").replace("%1", str(exc)))
        return None
    if not quiet:
        count = store_backups.inspect_database(made).license_count
        translate = QCoreApplication.translate
        inform(parent, translate("BackupDialog", "已备份"), translate("BackupDialog", "已把 %1 份许可证备份到：\n%2")
               .replace("%1", str(count)).replace("%2", str(made)))
    return made


class BackupDialog(QDialog):
    """Backup settings and actions: how many automatic backups to keep, back up now, back up elsewhere."""

    backed_up = Signal(object)  # Path of the new backup

    def __init__(self, db_path: Path, parent: QWidget | None = None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.settings = settings or Settings(parent=self)  # the desk's, so a change is announced
        self.setWindowTitle(self.tr("备份"))
        intro = plain_label(self.tr(
            "licdesk 每次启动时、升级数据库前、批量导入和恢复前都会自动备份数据库。"
            "自动备份只保留最近的若干份；手动备份不会被自动删除。"), self)
        self.folder_label = plain_label(str(store_backups.backup_folder(self.db_path)), self, selectable=True)
        self.keep_spin = QSpinBox(self)
        self.keep_spin.setRange(*KEEP_RANGE)
        self.keep_spin.setSuffix(self.tr(" 份"))
        self.keep_spin.setValue(self.settings.get(options.BACKUP_KEEP))
        self.keep_spin.valueChanged.connect(lambda value: self.settings.set(options.BACKUP_KEEP, int(value)))
        self.last_label = plain_label("", self)
        form = QFormLayout()
        form.addRow(self.tr("备份文件夹："), self.folder_label)
        form.addRow(self.tr("保留自动备份："), self.keep_spin)
        form.addRow(self.tr("最近一次备份："), self.last_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.now_button = buttons.addButton(self.tr("立即备份"), QDialogButtonBox.ButtonRole.ActionRole)
        self.elsewhere_button = buttons.addButton(self.tr("备份到其他位置…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.now_button.clicked.connect(lambda: self.back_up_now())
        self.elsewhere_button.clicked.connect(lambda: self.back_up_elsewhere())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self._show_last()

    def _show_last(self) -> None:
        found = store_backups.list_backups(self.db_path)
        if not found:
            self.last_label.setText(self.tr("还没有备份"))
            return
        newest = found[0]
        count = "?" if newest.license_count is None else str(newest.license_count)
        self.last_label.setText(self.tr("%1，%2 份许可证，%3").replace("%1", _local_time(newest))
                                .replace("%2", count).replace("%3", reason_text(newest)))

    def back_up_now(self, target: Path | None = None) -> Path | None:
        made = backup_now(self, self.db_path, target)
        if made is not None:
            self.backed_up.emit(made)
            self._show_last()
        return made

    def back_up_elsewhere(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("备份到"), start_in(self.tr("licdesk-备份.sqlite3")), self.tr("licdesk 数据库 (*.sqlite3)"))
        remember(name)
        return self.back_up_now(Path(name)) if name else None


# -- restore -------------------------------------------------------------------------------------
class RestoreDialog(QDialog):
    """The backups beside the database (date, licenses, size, why), or a file chosen; asks, then restores.

    `release_database` is called right before the file is replaced: the desk closes its Store there
    (the restore needs the file free).  After exec(), when `released` is True, reopen the store.
    """

    restored = Signal(object)  # RestoreResult

    def __init__(self, db_path: Path, parent: QWidget | None = None, *,
                 release_database: Callable[[], None] | None = None,
                 confirm: Callable[[str], bool] | None = None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.settings = settings or Settings(parent=self)
        self.release_database = release_database
        self._confirm = confirm or (lambda text: ask_yes_no(self, self.tr("恢复备份"), text,
                                                            self.tr("恢复"), self.tr("取消")))
        self.released = False
        self.result_info: store_backups.RestoreResult | None = None
        self.backups: list[store_backups.BackupInfo] = []
        self.setWindowTitle(self.tr("从备份恢复"))
        intro = plain_label(self.tr(
            "选择一份备份来替换当前数据库。恢复前，当前数据库会先另存为一份备份，之后仍可以恢复回来。"), self)
        columns = [self.tr("备份时间"), self.tr("许可证"), self.tr("大小"), self.tr("原因")]
        self.table = QTableWidget(0, len(columns), self)
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty = plain_label(self.tr("备份文件夹中还没有备份。可以点“选择文件…”从其他位置恢复。"), self)
        self.empty.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.choose_button = buttons.addButton(self.tr("选择文件…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button = buttons.addButton(self.tr("恢复"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.choose_button.clicked.connect(lambda: self.choose_file())
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.reload()

    def reload(self) -> None:
        self.backups = store_backups.list_backups(self.db_path)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            count = self.tr("无法读取") if info.license_count is None else str(info.license_count)
            cells = (_local_time(info), count, size_text(info.size), reason_text(info))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.empty.setVisible(not self.backups)
        self.table.setVisible(bool(self.backups))
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def selected_backup(self) -> store_backups.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_selected(self) -> bool:
        info = self.selected_backup()
        return info is not None and self.restore_from(info.path)

    def choose_file(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择备份文件"), str(store_backups.backup_folder(self.db_path)),
            self.tr("licdesk 数据库 (*.sqlite3 *.db *.bak);;所有文件 (*)"))
        remember(name)
        return bool(name) and self.restore_from(Path(name))

    def restore_from(self, backup: Path) -> bool:
        """Check the file, ask, then restore it; True when the backup is now the database."""
        facts = store_backups.inspect_database(backup)
        if facts.problems:
            show_error(self, self.tr("无法恢复"), self.tr("无法从这个文件恢复，数据库未作任何改动。\n\n%1\n\n%2")
                       .replace("%1", str(backup)).replace("%2", str(facts.problems[0])))
            return False
        question = self.tr("用这份备份替换当前数据库？\n\n%1\n其中有 %2 份许可证。\n\n"
                           "当前数据库会先另存为一份备份（原因：恢复前的原数据库），之后仍可以恢复回来。"
                           ).replace("%1", backup.name).replace("%2", str(facts.license_count))
        if not self._confirm(question):
            return False
        if self.release_database is not None and not self.released:
            self.release_database()
            self.released = True
        try:
            self.result_info = store_backups.restore_backup(self.db_path, backup, keep=self.settings.get(options.BACKUP_KEEP))
        except StoreError as exc:
            show_error(self, self.tr("恢复失败"), self.tr("恢复没有完成，数据库保持原样。\n\n%1").replace("%1", str(exc)))
            return False
        self.restored.emit(self.result_info)
        done = self.tr("已恢复 %1 份许可证。").replace("%1", str(self.result_info.license_count))
        if self.result_info.previous is not None:
            done += self.tr("\n\n恢复前的数据库已另存为：\n%1").replace("%1", str(self.result_info.previous))
        inform(self, self.tr("恢复完成"), done)
        self.accept()
        return True


# -- check ---------------------------------------------------------------------------------------
def _check(db_path: Path, readonly: bool, progress: Callable[[int, int], None]) -> CheckReport:
    """The check, on a worker with a Store of its own (a Store belongs to one thread)."""
    with Store.open(db_path, readonly=readonly, timeout=30.0) as store:
        return store.check_database(progress=progress)


class CheckDialog(QDialog):
    """Tools → Check database: runs the check in the background and shows it grouped, as a clerk reads it."""

    license_activated = Signal(str)  # a license's number, double-clicked in the report
    index_rebuilt = Signal()
    checked = Signal(object)  # CheckReport

    def __init__(self, store: Store, parent: QWidget | None = None, *, start: bool = True) -> None:
        super().__init__(parent)
        self.store = store
        self.report: CheckReport | None = None
        self._task: Task | None = None
        self.setWindowTitle(self.tr("检查数据库"))
        self.verdict = QLabel(self)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setWordWrap(True)
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.itemDoubleClicked.connect(self._activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.rebuild_button = buttons.addButton(self.tr("重建搜索索引"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button = buttons.addButton(self.tr("复制报告"), QDialogButtonBox.ButtonRole.ActionRole)
        self.again_button = buttons.addButton(self.tr("重新检查"), QDialogButtonBox.ButtonRole.ActionRole)
        self.rebuild_button.clicked.connect(lambda: self.rebuild_index())
        self.copy_button.clicked.connect(self.copy_report)
        self.again_button.clicked.connect(lambda: self.start())
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.verdict, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(720, 520)
        self._set_busy(False)
        self.rebuild_button.setEnabled(False)
        self.copy_button.setEnabled(False)
        if start:
            self.start()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.again_button.setEnabled(not busy)
        if busy:
            self.rebuild_button.setEnabled(False)
            self.copy_button.setEnabled(False)

    def start(self) -> None:
        """Check in a worker thread; `checked(report)` when done."""
        if self._task is not None:
            return
        self.verdict.setText(self.tr("正在检查数据库……"))
        self.tree.clear()
        self.progress.setRange(0, 0)
        self._set_busy(True)
        path, readonly = self.store.path, self.store.readonly
        self._task = run_task(lambda control: _check(path, readonly, control.progress), self._on_done,
                              on_error=self._on_error, progress=self._on_progress, owner=self, control=True)

    def _finish_task(self) -> None:
        self._task = None
        self._set_busy(False)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("已检查 %v / %m 份许可证"))

    def _on_error(self, exc: BaseException) -> None:
        self._finish_task()
        if not isinstance(exc, StoreError):
            raise exc  # a bug: to the bug dialog
        self.verdict.setText(self.tr("无法检查数据库：%1").replace("%1", str(exc)))

    def _on_done(self, report: CheckReport) -> None:
        self._finish_task()
        self.show_report(report)
        self.checked.emit(report)

    def show_report(self, report: CheckReport) -> None:
        self.report = report
        self.verdict.setText(("✓ " if report.sound else "✗ ") + self._verdict(report))
        self.tree.clear()
        titles = {INTEGRITY: self.tr("数据库完整性"), SEARCH: self.tr("搜索索引"), LICENSES: self.tr("许可证检查")}
        language = interface_language()
        for title, items in ((INTEGRITY, report.integrity), (SEARCH, report.search)):
            group = self._group(titles[title], not any(i.level == "error" for i in items))
            if not items:
                QTreeWidgetItem(group, [self.tr("未发现问题")])
            for item in items:
                QTreeWidgetItem(group, [self._line(item.level, item.message_en if language == "en" else item.message_zh)])
            if title == SEARCH and report.search_needs_rebuild:
                QTreeWidgetItem(group, [self.tr("可以点“重建搜索索引”来修复；许可证本身不受影响。")])
        group = self._group(self.tr("%1（共 %2 份）").replace("%1", titles[LICENSES])
                            .replace("%2", str(report.license_count)),
                            not any(f.has_errors for f in report.licenses))
        if not report.licenses:
            QTreeWidgetItem(group, [self.tr("所有许可证均未发现问题")])
        for entry in report.licenses:
            node = QTreeWidgetItem(group, [f"{entry.number}  {entry.company or self.tr('（无公司名称）')}"])
            node.setData(0, Qt.ItemDataRole.UserRole, entry.number)
            node.setToolTip(0, self.tr("双击打开这份许可证"))
            for finding in entry.findings:
                QTreeWidgetItem(node, [self._line(finding.level, finding.message(language))])
        self.tree.expandAll()
        can_rebuild = report.search_needs_rebuild and not self.store.readonly
        self.rebuild_button.setEnabled(can_rebuild)
        if report.search_needs_rebuild and self.store.readonly:
            self.rebuild_button.setToolTip(self.tr("数据库以只读方式打开，不能重建索引"))
        self.copy_button.setEnabled(True)

    def _line(self, level: str, message: str) -> str:
        return self.tr("%1：%2").replace("%1", level_name(level)).replace("%2", message)

    def _verdict(self, report: CheckReport) -> str:
        """The report's one-line conclusion, in the interface language."""
        if not report.database_sound:
            return self.tr("数据库有问题，请按上面的说明处理；如无法修复，请从备份恢复。")
        errors = sum(1 for f in report.licenses if f.has_errors)
        if errors:
            return self.tr("数据库完好；有 %1 份许可证存在错误，请打开核对。").replace("%1", str(errors))
        if report.licenses:
            return self.tr("数据库完好；有 %1 份许可证有需要留意的提示。").replace("%1", str(len(report.licenses)))
        return self.tr("数据库完好，未发现任何问题。")

    def _group(self, title: str, sound: bool) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [("✓ " if sound else "✗ ") + title])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        return group

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        number: Any = item.data(0, Qt.ItemDataRole.UserRole)
        if number:
            self.license_activated.emit(str(number))

    def rebuild_index(self) -> bool:
        try:
            self.store.rebuild_search_index()
        except StoreError as exc:
            show_error(self, self.tr("重建失败"), self.tr("搜索索引没有重建，许可证不受影响。\n\n%1").replace("%1", str(exc)))
            return False
        self.index_rebuilt.emit()
        self.start()
        return True

    def copy_report(self) -> None:
        if self.report is None:
            return
        if interface_language() == "zh":
            QGuiApplication.clipboard().setText(self.report.text())
            return
        # The report's own text is Chinese: in another language, copy what the window shows.
        lines = [self.tr("licdesk 数据库检查报告"), self.report.path, "", self.verdict.text(), ""]

        def walk(item: QTreeWidgetItem, depth: int) -> None:
            lines.append("  " * depth + item.text(0))
            for row in range(item.childCount()):
                walk(item.child(row), depth + 1)
        for row in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(row), 0)
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")

    def done(self, result: int) -> None:  # noqa: D401 - Qt's name
        if self._task is not None:  # the check only reads: it ends on its own, and its report is dropped
            self._task.forget()
            self._task = None
        super().done(result)
