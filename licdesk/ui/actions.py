"""The desk's actions in one table: what each is called, what it does, its key, its menu, what it needs.

`build_actions` makes a QAction per entry (as an attribute of the window, `<name>_action`) and
`fill_menus` the menus' entries (under the titles menu_bar made) in the table's order;
`update_actions` is the one place that enables and disables them from the desk's state (a license
shown, a writable database, edit mode).  The window builds them just after its first paint
(window_actions.py).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from licdesk.ui.menu_bar import CONTEXT, MENUS

if TYPE_CHECKING:
    from licdesk.ui.main_window import MainWindow


class Need(enum.Flag):
    NOTHING = 0
    LICENSE = enum.auto()  # a license is shown
    WRITABLE = enum.auto()  # the database can be written
    VIEWING = enum.auto()  # not in edit mode
    EDITING = enum.auto()  # in edit mode
    TEAM = enum.auto()  # the desk is on a team library


Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class Spec:
    name: str
    text: str
    slot: str  # a path from the window: "importing.import_dialog", "close"
    menu: str
    shortcut: str | QKeySequence.StandardKey | None = None
    tip: str = ""
    needs: Need = Need.NOTHING
    separator_before: bool = False
    checkable: bool = False  # an on/off choice: the slot is given the new state


W, L, V = Need.WRITABLE, Need.LICENSE, Need.VIEWING
TABLE: tuple[Spec, ...] = (
    Spec("new", QT_TRANSLATE_NOOP("MainWindow", "新建许可证(&N)"), "editing.new_license", "file", Key.New,
         QT_TRANSLATE_NOOP("MainWindow", "照纸质原件逐项录入一张许可证"), W),
    Spec("template", QT_TRANSLATE_NOOP("MainWindow", "从已有许可证的条款新建(&M)…"), "editing.new_from_template",
         "file", needs=W),
    Spec("import", QT_TRANSLATE_NOOP("MainWindow", "导入许可证文件(&I)…"), "importing.import_dialog", "file",
         Key.Open, QT_TRANSLATE_NOOP("MainWindow", "导入一个或多个许可证文件：文本（.txt）、PDF 或扫描图像"), W | V),
    Spec("samples", QT_TRANSLATE_NOOP("MainWindow", "载入示例许可证"), "importing.load_samples", "file", needs=W | V),
    Spec("save", QT_TRANSLATE_NOOP("MainWindow", "保存(&S)"), "editing.save", "file", Key.Save,
         needs=Need.EDITING),
    Spec("print", QT_TRANSLATE_NOOP("MainWindow", "打印预览(&R)…"), "printing.print_preview", "file", Key.Print,
         needs=L | V, separator_before=True),
    Spec("batch_print", QT_TRANSLATE_NOOP("MainWindow", "批量打印(&B)…"), "printing.batch_print", "file"),
    Spec("export", QT_TRANSLATE_NOOP("MainWindow", "导出(&X)…"), "exporting.export_dialog", "file", "Ctrl+Shift+E",
         QT_TRANSLATE_NOOP("MainWindow", "把全部或选中的许可证导出为 Excel、CSV、JSON 或日历文件")),
    Spec("team_connect", QT_TRANSLATE_NOOP("MainWindow", "连接团队库(&K)…"), "team.connect_dialog", "file",
         tip=QT_TRANSLATE_NOOP("MainWindow", "打开多人共用的团队库（PostgreSQL），或切换回本机数据库"),
         needs=V, separator_before=True),
    Spec("team_snapshot", QT_TRANSLATE_NOOP("MainWindow", "带走离线副本(&T)…"), "team.take_offline_copy", "file",
         tip=QT_TRANSLATE_NOOP("MainWindow", "把整个团队库存为本机的一个文件：离线时也能查看、打印和审查"),
         needs=Need.TEAM | V),
    Spec("open_copy", QT_TRANSLATE_NOOP("MainWindow", "打开离线副本(&O)…"), "team.open_offline_copy", "file",
         tip=QT_TRANSLATE_NOOP("MainWindow", "打开一个离线副本或其他 licdesk 数据库文件"), needs=V),
    Spec("quit", QT_TRANSLATE_NOOP("MainWindow", "退出(&Q)"), "close", "file", Key.Quit, separator_before=True),
    Spec("edit", QT_TRANSLATE_NOOP("MainWindow", "编辑许可证(&E)"), "editing.edit_current", "edit", "Ctrl+E",
         QT_TRANSLATE_NOOP("MainWindow", "修改当前许可证的正本、附页、条款和年检记录"), L | W | V,
         separator_before=True),
    Spec("paste", QT_TRANSLATE_NOOP("MainWindow", "粘贴许可证文本(&P)…"), "importing.paste_text", "edit",
         "Ctrl+Shift+V", needs=W | V),
    Spec("copy_number", QT_TRANSLATE_NOOP("MainWindow", "复制许可证编号"), "library_ops.copy_number", "edit",
         "Ctrl+Shift+C", needs=L),
    Spec("find", QT_TRANSLATE_NOOP("MainWindow", "查找许可证(&F)"), "focus_search", "edit", Key.Find,
         separator_before=True),
    Spec("delete", QT_TRANSLATE_NOOP("MainWindow", "移到回收站(&D)…"), "library_ops.delete_current", "edit",
         Key.Delete, needs=L | W | V),
    Spec("trash", QT_TRANSLATE_NOOP("MainWindow", "回收站(&T)…"), "library_ops.show_trash", "edit", needs=W | V),
    Spec("add_record", QT_TRANSLATE_NOOP("MainWindow", "添加年检/年报记录(&R)…"), "detail.inspections.add_record",
         "edit", tip=QT_TRANSLATE_NOOP("MainWindow", "记录一年的年报报送或年检结果"), needs=L | W | V,
         separator_before=True),
    Spec("close_license", QT_TRANSLATE_NOOP("MainWindow", "关闭许可证(&G)…"), "library_ops.close_current", "edit",
         tip=QT_TRANSLATE_NOOP("MainWindow", "许可证不再续办、已注销或已换发新证：此后不再为它生成事项"),
         needs=L | W | V, separator_before=True),
    Spec("reopen_license", QT_TRANSLATE_NOOP("MainWindow", "重新启用许可证(&U)"), "library_ops.reopen_current",
         "edit", tip=QT_TRANSLATE_NOOP("MainWindow", "撤销关闭：许可证重新产生年报、续办等事项"), needs=L | W | V),
    Spec("preferences", QT_TRANSLATE_NOOP("MainWindow", "首选项(&N)…"), "open_preferences", "edit",
         Key.Preferences, separator_before=True),
    Spec("deadlines", QT_TRANSLATE_NOOP("MainWindow", "合规期限(&L)…"), "deadlines.show_deadlines", "view", "Ctrl+L",
         separator_before=True),
    Spec("timeline", QT_TRANSLATE_NOOP("MainWindow", "时间轴(&T)…"), "deadlines.show_timeline", "view", "Ctrl+Shift+L",
         QT_TRANSLATE_NOOP("MainWindow", "每张许可证的有效期、年报和期限排在一条时间线上")),
    Spec("due_overview", QT_TRANSLATE_NOOP("MainWindow", "到期一览(&D)…"), "deadlines.show_due_overview", "view",
         "Ctrl+Shift+D", QT_TRANSLATE_NOOP("MainWindow", "本月到期、未来90天和已逾期的事项，可打印、导出")),
    Spec("compare", QT_TRANSLATE_NOOP("MainWindow", "比较两张许可证(&O)…"), "comparing.compare_licenses", "view"),
    Spec("compare_version", QT_TRANSLATE_NOOP("MainWindow", "与早先版本比较(&V)…"), "comparing.compare_with_version",
         "view", needs=L),
    Spec("refresh", QT_TRANSLATE_NOOP("MainWindow", "刷新"), "refresh", "view", Key.Refresh),
    Spec("show_library", QT_TRANSLATE_NOOP("MainWindow", "许可证列表(&Y)"), "library.set_shown", "view", "F9",
         QT_TRANSLATE_NOOP("MainWindow", "隐藏左侧的许可证列表，给正本、附页和条款更多地方；再按一次显示"),
         separator_before=True, checkable=True),
    Spec("compact_library", QT_TRANSLATE_NOOP("MainWindow", "紧凑列表(&K)"), "library.set_compact", "view",
         "Shift+F9", QT_TRANSLATE_NOOP("MainWindow", "列表只显示编号、公司名称（两行）和状态，占地更少"),
         checkable=True),
    Spec("backup_now", QT_TRANSLATE_NOOP("MainWindow", "立即备份(&B)"), "safety.backup_now", "tools"),
    Spec("backup_settings", QT_TRANSLATE_NOOP("MainWindow", "备份设置…"), "safety.show_backup_settings", "tools"),
    Spec("restore", QT_TRANSLATE_NOOP("MainWindow", "从备份恢复(&R)…"), "safety.restore_backup", "tools",
         needs=W | V),
    Spec("check", QT_TRANSLATE_NOOP("MainWindow", "检查数据库(&C)…"), "safety.check_database", "tools",
         separator_before=True),
    Spec("review_mode", QT_TRANSLATE_NOOP("MainWindow", "审查模式(&V)…"), "reviewing.open_review_mode", "tools",
         separator_before=True),
    Spec("import_review_package", QT_TRANSLATE_NOOP("MainWindow", "导入审查包(&I)…"),
         "reviewing.import_review_package", "tools", needs=W | V),
    Spec("view_review_package", QT_TRANSLATE_NOOP("MainWindow", "只读查看审查包(&O)…"),
         "reviewing.view_review_package", "tools"),
    Spec("guide", QT_TRANSLATE_NOOP("MainWindow", "用户指南(&G)"), "helping.show_guide", "help", Key.HelpContents,
         QT_TRANSLATE_NOOP("MainWindow", "在程序里阅读使用说明，无需联网")),
    Spec("shortcuts", QT_TRANSLATE_NOOP("MainWindow", "键盘快捷键(&K)"), "helping.show_shortcuts", "help"),
    Spec("about", QT_TRANSLATE_NOOP("MainWindow", "关于 licdesk(&A)"), "helping.show_about", "help",
         separator_before=True),
    Spec("about_qt", QT_TRANSLATE_NOOP("MainWindow", "关于 Qt"), "about_qt", "help"),
)

READ_ONLY_TIP = QT_TRANSLATE_NOOP("MainWindow", "数据库以只读方式打开")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _resolve(window: MainWindow, path: str) -> Callable[[], object]:
    """The slot at `path`, looked up when triggered: controllers are built when first used."""
    def call(*args: object) -> object:
        target: object = window
        for part in path.split("."):
            target = getattr(target, part)
        return target(*args) if callable(target) else None  # type: ignore[operator]
    return call


def build_actions(window: MainWindow) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for spec in TABLE:
        action = QAction(_tr(spec.text), window)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            action.setStatusTip(_tr(spec.tip))
            action.setToolTip(_tr(spec.tip))
        if spec.checkable:
            action.setCheckable(True)
            action.toggled.connect(lambda checked, call=_resolve(window, spec.slot): call(checked))
        else:
            action.triggered.connect(lambda _checked=False, call=_resolve(window, spec.slot): call())
        action.setProperty("needs", spec.needs.value)
        window.addAction(action)
        actions[spec.name] = action
        setattr(window, f"{spec.name}_action", action)
    preferences = actions["preferences"]
    preferences.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: the application menu
    if preferences.shortcut().isEmpty():  # Windows and some desktops define no Preferences key
        preferences.setShortcut(QKeySequence("Ctrl+,"))
    return actions


def fill_menus(menus: dict[str, QMenu], actions: dict[str, QAction],
               extra: dict[str, list[QAction | None]] | None = None) -> None:
    """The menus' entries from the table (`menus` from menu_bar); `extra` puts actions made elsewhere
    (undo, pane toggles) first."""
    for key, _title in MENUS:
        menu = menus[key]
        for action in (extra or {}).get(key, []):
            menu.addSeparator() if action is None else menu.addAction(action)
        for spec in TABLE:
            if spec.menu != key:
                continue
            if spec.separator_before and not menu.isEmpty():
                menu.addSeparator()
            menu.addAction(actions[spec.name])


def update_actions(actions: dict[str, QAction], *, has_license: bool, writable: bool, editing: bool,
                   team: bool = False) -> None:
    """The one place actions are enabled: each needs what its table entry says."""
    state = Need.TEAM if team else Need.NOTHING
    if has_license:
        state |= Need.LICENSE
    if writable:
        state |= Need.WRITABLE
    state |= Need.EDITING if editing else Need.VIEWING
    for action in actions.values():
        needs = Need(int(action.property("needs") or 0))
        action.setEnabled((needs & state) == needs)
        if needs & Need.WRITABLE and not writable:
            action.setToolTip(_tr(READ_ONLY_TIP))


def about_qt() -> None:
    QApplication.aboutQt()
