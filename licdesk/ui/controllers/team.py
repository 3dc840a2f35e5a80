"""File → 连接团队库…: switching the desk between its own file and team libraries on PostgreSQL."""

from __future__ import annotations

from licdesk.store import StoreError
from licdesk.store.team.location import TeamLibrary
from licdesk.ui import settings as options
from licdesk.ui.common.plain import show_error
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
