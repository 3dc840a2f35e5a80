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

    def on_team_library(self) -> bool:
        return getattr(self.store, "team_library", None) is not None

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
        self.session.replace_store(store)
        self.status(self.tr("已打开本机数据库 %1").replace("%1", str(self.local_path)))
        return True
