"""Data safety on the desk: backups (now, at the start, their settings), restore, Check database."""

from __future__ import annotations

from licdesk.store import StoreError
from licdesk.ui import settings as options
from licdesk.ui.controllers.base import Controller
from licdesk.ui.common.plain import show_error
from licdesk.ui.common.tasks import run_task


class SafetyController(Controller):
    def backup_keep(self) -> int:
        return self.session.settings.get(options.BACKUP_KEEP)

    def backup_now(self) -> None:
        from licdesk.ui.dialogs.safety_dialogs import backup_now

        if self.store.is_team_library:  # its backup is a portable copy in a file the clerk chooses
            self.window.team.take_offline_copy()
            return

        made = backup_now(self.window, self.store.path)
        if made is not None:
            self.status(self.tr("已备份到 %1").replace("%1", str(made)), 10000)

    def show_backup_settings(self) -> None:
        from licdesk.ui.dialogs.safety_dialogs import BackupDialog

        BackupDialog(self.store.path, self.window, settings=self.session.settings).exec()

    def check_database(self) -> None:
        from licdesk.ui.dialogs.safety_dialogs import CheckDialog

        dialog = CheckDialog(self.store, self.window)
        dialog.license_activated.connect(self.window.select_license)
        dialog.exec()

    def restore_backup(self) -> None:
        from licdesk.ui.dialogs.safety_dialogs import RestoreDialog

        dialog = RestoreDialog(self.store.path, self.window, release_database=self.session.release_store,
                               settings=self.session.settings)
        path = self.store.path
        dialog.exec()
        if dialog.released:
            self.reopen(path)

    def reopen(self, path) -> None:  # noqa: ANN001 - a Path
        """The file was replaced: open it again and put it under every pane and window."""
        from licdesk.ui.opening import open_store

        try:
            store = open_store(path, ask=False)
        except StoreError as exc:
            show_error(self.window, self.tr("无法重新打开数据库"), str(exc))
            return
        self.session.replace_store(store)

    # -- the automatic backup at the start -----------------------------------------------------------
    def start_backup_at_start(self) -> None:
        """The automatic start-up backup (skipped when nothing changed), on a worker: a big file takes seconds."""
        if self.session.read_only or not self.session.is_open:
            return
        from licdesk.store import backups

        path, keep = self.store.path, self.backup_keep()
        run_task(lambda: backups.backup_at_start(path, keep=keep), self._done, on_error=self._failed,
                 owner=self.window, pool=self.window.pool)

    def _done(self, made: object) -> None:
        if made is not None:
            self.status(self.tr("已自动备份数据库"), 5000)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, (StoreError, OSError)):
            raise error  # a bug reaches the bug dialog
        self.status(self.tr("启动时的自动备份未完成：%1").replace("%1", str(error)), 15000)
