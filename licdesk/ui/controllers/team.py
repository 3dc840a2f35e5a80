"""File → 连接团队库…: switching the desk between its own file and team libraries on PostgreSQL; File →
带走离线副本… (the team library written into a file on a worker thread) and 打开离线副本… (such a file,
or any licdesk file, opened in the desk)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from licdesk.store import StoreError
from licdesk.store.team.location import TeamLibrary
from licdesk.ui import settings as options
from licdesk.ui.common.file_dialogs import remember, start_in
from licdesk.ui.common.plain import message_box, show_error
from licdesk.ui.controllers.base import Controller

RECENT_KEPT = 8


class TeamController(Controller):
    def __init__(self, window) -> None:  # noqa: ANN001 - the MainWindow
        super().__init__(window)
        # The clerk's own file the desk started on: the way back from a team library.
        path = getattr(self.store, "path", None) if self.session.is_open else None
        from licdesk.paths import default_database_path

        self.local_path = path if path is not None and not self.on_team_library() else default_database_path()
        self._live = None  # LiveUpdates while a team library is open
        self._banner = None  # ConnectionBanner, built the first time a team library opens
        self._presence = None  # PresenceBanner: who else is editing the license shown
        self.message: QMessageBox | None = None  # the "offline copy saved" message last shown

    def on_team_library(self) -> bool:
        return bool(getattr(self.store, "is_team_library", False))

    # -- the recent libraries ----------------------------------------------------------------------
    def recent(self) -> list[str]:
        text = self.session.settings.get(options.TEAM_RECENT)
        return [line for line in text.splitlines() if line.strip()][:RECENT_KEPT]

    def remember(self, library: TeamLibrary) -> None:
        kept = [library.url] + [url for url in self.recent() if url != library.url]
        self.session.settings.set(options.TEAM_RECENT, "\n".join(kept[:RECENT_KEPT]))

    def forget(self, urls: list[str]) -> None:
        kept = [url for url in self.recent() if url not in urls]
        self.session.settings.set(options.TEAM_RECENT, "\n".join(kept))

    # -- connecting ----------------------------------------------------------------------------------
    def connect_dialog(self) -> None:
        from licdesk.ui.dialogs.team_connect_dialog import TeamConnectDialog

        dialog = TeamConnectDialog(self.recent(), self.window, local_label=str(self.local_path))
        accepted = dialog.exec()
        if dialog.forgotten:
            self.forget(dialog.forgotten)
        if not accepted:
            return
        if dialog.switch_to_local:
            self.open_local()
        elif dialog.library is not None:
            self.open_team(dialog.library, dialog.password)

    def open_team(self, library: TeamLibrary, password: str | None) -> bool:
        from licdesk.ui.dialogs.team_connect_dialog import connection_problem
        from licdesk.ui.opening import open_team_store

        try:
            store = open_team_store(library, password)
        except StoreError as exc:
            show_error(self.window, self.tr("无法打开团队库"),
                       f"{library.describe()}\n\n{connection_problem(exc)}")
            return False
        self.remember(library)
        self.session.replace_store(store)
        self.start_live_updates(library, password)
        self.status(self.tr("已打开团队库 %1").replace("%1", library.describe()))
        return True

    def open_local(self) -> bool:
        from licdesk.ui.opening import open_store

        try:
            store = open_store(self.local_path, ask=True)
        except StoreError as exc:
            show_error(self.window, self.tr("无法打开本机数据库"), str(exc))
            return False
        if store is None:
            return False
        self.stop_live_updates()
        self.session.replace_store(store)
        self.status(self.tr("已打开本机数据库 %1").replace("%1", str(self.local_path)))
        return True

    # -- live updates and the server's comings and goings ----------------------------------------------
    def start_live_updates(self, library: TeamLibrary, password: str | None) -> None:
        """Listen for the colleagues' news; a lost server makes the desk read-only under a banner."""
        from licdesk.ui.common.live_updates import LiveUpdates
        from licdesk.ui.panes.connection_banner import ConnectionBanner

        self.stop_live_updates()
        if self._banner is None:
            from licdesk.ui.panes.connection_banner import PresenceBanner

            self._banner = ConnectionBanner(self.session, self.window)
            self._presence = PresenceBanner(self.window)
            self.session.connection_changed.connect(self._connection_changed)
            self.session.editing_changed.connect(self._editing_changed)
            self.window.library.license_selected.connect(lambda _number: self.show_presence())
            self.session.store_replaced.connect(self.show_presence)
        self._live = LiveUpdates(self.session, library, password,
                                 own_process=lambda: int(getattr(self.store, "backend_pid", 0) or 0), parent=self)
        self._live.lost.connect(lambda reason: self.session.set_connection(False, reason))
        self._live.back.connect(lambda: self.session.set_connection(True))
        self._live.start()

    def stop_live_updates(self) -> None:
        if self._live is not None:
            self._live.stop()
            self._live = None
        self.session.set_connection(True)

    def _editing_changed(self, number: str) -> None:
        if number == self.window.current_number():
            self.show_presence()

    def show_presence(self) -> None:
        """Who else is editing the license shown (nothing on a file, or with no license shown)."""
        if self._presence is None:
            return
        number = self.window.current_number() if self.session.is_open else ""
        editors = self.session.attempt(lambda: self.store.editors(number), lambda _problem: None) if number else []
        self._presence.show_editors(number, editors or [])

    def _connection_changed(self, online: bool) -> None:
        self.window.update_actions()
        self.status(self.tr("已重新连接团队库") if online else self.tr("与团队库的连接已断开"), 10000)

    # -- taking the team library along ----------------------------------------------------------------
    def take_offline_copy(self) -> None:
        """Ask where, then write the whole team library into a file in the background."""
        if not self.on_team_library():
            return
        library = self.store.team_library
        suggested = self.tr("%1-离线副本-%2.sqlite3").replace("%1", library.database).replace(
            "%2", self.session.today().isoformat())
        chosen, _filter = QFileDialog.getSaveFileName(self.window, self.tr("带走离线副本"), start_in(suggested),
                                                      self.tr("licdesk 数据库文件 (*.sqlite3)"))
        if not chosen:
            return
        remember(chosen)
        target = Path(chosen)
        if target.suffix.lower() != ".sqlite3":
            target = target.with_name(target.name + ".sqlite3")
        if target.expanduser().resolve() == Path(self.local_path).expanduser().resolve():
            show_error(self.window, self.tr("无法保存离线副本"),
                       self.tr("这是您本机的数据库文件，离线副本不能覆盖它；请另选一个文件名：\n%1").replace(
                           "%1", str(target)))
            return
        self.write_offline_copy(target)

    def write_offline_copy(self, target: Path) -> None:
        from licdesk.ui.common.tasks import close_dialog, progress_dialog, run_task

        path = self.store.path  # a worker opens the same library on a connection of its own
        progress = progress_dialog(self.window, self.tr("带走离线副本"), self.tr("正在保存离线副本…"), "", delay_ms=400)
        progress.setCancelButton(None)  # type: ignore[arg-type]
        self.status(self.tr("正在保存离线副本到 %1…").replace("%1", str(target)))

        def done(result) -> None:  # noqa: ANN001 - a travel.SnapshotResult
            close_dialog(progress)
            self.offline_copy_written(result.path, result.license_count)

        def failed(error: BaseException) -> None:
            close_dialog(progress)
            if not isinstance(error, StoreError):
                raise error
            show_error(self.window, self.tr("无法保存离线副本"), str(error))

        run_task(lambda: _write_copy(path, target), done, on_error=failed, owner=self.window, pool=self.window.pool)

    def offline_copy_written(self, path: Path, count: int) -> QMessageBox:
        self.status(self.tr("离线副本已保存到 %1").replace("%1", str(path)))
        box = message_box(self.window, QMessageBox.Icon.Information, self.tr("离线副本已保存"), self.tr(
            "已把团队库的 %1 张许可证存为离线副本：\n%2\n\n离线时用“文件 → 打开离线副本…”打开它；在副本中做的审查，"
            "可导出审查包，回到团队库后再导入。").replace("%1", str(count)).replace("%2", str(path)))
        folder_button = box.addButton(self.tr("打开所在文件夹"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        folder_button.clicked.connect(lambda: self.window.exporting.open_folder(path.parent))
        self.message = box
        box.open()
        return box

    def open_offline_copy(self) -> bool:
        """A file chosen by the clerk becomes the desk's library (the way back: 连接团队库…)."""
        from licdesk.ui.opening import open_store

        chosen, _filter = QFileDialog.getOpenFileName(self.window, self.tr("打开离线副本"), start_in(),
                                                      self.tr("licdesk 数据库文件 (*.sqlite3)"))
        if not chosen:
            return False
        remember(chosen)
        try:
            store = open_store(Path(chosen), ask=True)
        except StoreError as exc:
            show_error(self.window, self.tr("无法打开离线副本"), str(exc))
            return False
        if store is None:
            return False
        self.stop_live_updates()
        self.session.replace_store(store)
        self.window.update_actions()
        self.status(self.tr("已打开 %1").replace("%1", chosen))
        return True


def _write_copy(path: Path, target: Path):  # noqa: ANN202 - a travel.SnapshotResult
    """On a worker thread: read the library on a connection of its own and write the file (replacing a file
    the save dialog already asked about)."""
    from licdesk.store import Store
    from licdesk.store.team.travel import take_snapshot

    with Store.open(path, timeout=30.0, readonly=True) as store:
        return take_snapshot(store, target, force=True)
