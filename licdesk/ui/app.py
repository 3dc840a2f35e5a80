"""Starting the desk: `start_desk(options)`, which licdesk/__main__.py calls when the command line holds
only the desk's own options (licdesk.desk_options).

    licdesk [--db PATH | --db postgresql://user@host:port/dbname] [--open NUMBER] [--screenshot FILE.png] [--lang zh|en]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from licdesk import __version__
from licdesk.desk_options import DeskOptions
from licdesk.paths import default_database_path
from licdesk.start_collector import release as release_collector
from licdesk.ui.opening import has_display

from licdesk.exit_codes import EXIT_BAD_INPUT, EXIT_OK


def start_desk(args: DeskOptions) -> int:
    if not has_display():
        if args.screenshot:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a picture needs no screen
        else:
            print("licdesk: 需要图形桌面才能打开窗口；没有桌面时可用 xvfb-run licdesk，"
                  "或使用命令行子命令（licdesk --help）。"
                  " (a desktop session is needed; try xvfb-run, or the subcommands)", file=sys.stderr)
            return EXIT_BAD_INPUT

    # The store is imported before Qt: once PySide6 is loaded it reads the source of every module
    # imported after it (to look for its feature switches), and the store needs no such look.
    from licdesk.store import StoreError, library_meta  # noqa: F401 - library_meta for the first paint
    from licdesk.store.team import location  # noqa: F401 - read by _team_url below

    from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from licdesk.ui.feature_scan import answer_scan_by_name

    answer_scan_by_name()  # before the desk's modules load: PySide6 would read each one's source
    from licdesk.ui.common.excepthook import install_excepthook
    from licdesk.ui.common.fonts import register_ui_font, ui_font
    from licdesk.ui.main_window import MainWindow
    from licdesk.ui.opening import open_store
    from licdesk.ui.common.plain import show_error
    from licdesk.ui.common.status import app_icon

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "licdesk"])
    QCoreApplication.setOrganizationName("licdesk")
    QCoreApplication.setApplicationName("licdesk")
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    register_ui_font()  # the document face follows with the panes that use it
    app.setFont(ui_font())
    install_excepthook()
    from licdesk.ui.i18n import install_translator

    install_translator(app, args.lang)
    polite = _PoliteClose(app)  # a kill during the start ends the desk as soon as it stands

    team_url = _team_url(args.db)
    db_path = Path(args.db).expanduser() if args.db else default_database_path()
    try:
        if team_url:  # a team library: the server says whether this login may write (a reader's desk is read-only)
            from licdesk.ui.opening import open_team_at_start

            store = open_team_at_start(team_url, ask=not args.screenshot)
        else:
            db_path.parent.mkdir(parents=True, exist_ok=True)
            store = open_store(db_path, ask=not args.screenshot)
        if store is None:  # in use elsewhere, and the clerk chose not to look read-only
            return EXIT_OK
    except (StoreError, OSError) as exc:
        if args.screenshot:
            print(f"licdesk: {exc}", file=sys.stderr)
        else:
            show_error(None, "licdesk", QCoreApplication.translate("licdesk", "无法打开数据库 %1：\n%2").replace(
                "%1", _described(team_url) if team_url else str(db_path)).replace("%2", str(exc)))
        return EXIT_BAD_INPUT

    if args.screenshot:
        # A picture shows the default layout, and taking one leaves the clerk's settings alone.
        import tempfile

        scratch = tempfile.mkdtemp(prefix="licdesk-shot-")
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
    else:
        settings = QSettings()
    window = MainWindow(store, settings=settings)
    window.settled.connect(release_collector)  # held off since the launch (licdesk.start_collector)
    if args.open and not window.select_license(args.open):
        print(f"licdesk: 库中没有许可证 {args.open} (no license {args.open})", file=sys.stderr)
    window.show()
    if args.screenshot:
        code = save_screenshot(app, window, Path(args.screenshot))
        window.close()
        store.close()
        return code
    if store.is_team_library:  # the colleagues' changes reach this desk as they are saved
        window.team.start_live_updates(store.library, None)  # type: ignore[attr-defined]
    QTimer.singleShot(0, window.safety.start_backup_at_start)
    QTimer.singleShot(0, window.deadlines.start_reminder_in_background)
    polite.watch(window)
    code = app.exec() if not polite.requested else EXIT_OK
    if polite.requested:
        window.close()
    window.pool.waitForDone(15000)  # the start-up backup and reminder end before the database closes
    window.session.release_store()
    return code


def _team_url(given: str | None) -> str:
    """The team library's URL named by --db or LICDESK_DB, or '' for a database file."""
    from licdesk.store.team.location import is_team_url

    location = given or os.environ.get("LICDESK_DB", "")
    return location if is_team_url(location) else ""


def _described(url: str) -> str:
    from licdesk.store import StoreError
    from licdesk.store.team.location import TeamLibrary

    try:
        return TeamLibrary.parse(url).describe()
    except StoreError:  # e.g. a URL holding a password: it is not shown
        return "postgresql://…"


class _PoliteClose:
    """Ctrl+C in the terminal or a polite kill closes the desk properly (settings saved, workers ended),
    dialogs that happen to be open included; one that arrives while the desk starts closes it once it
    stands."""

    def __init__(self, app) -> None:  # noqa: ANN001 - Qt types imported lazily
        import signal

        from PySide6.QtCore import QTimer

        self.app, self.window, self.requested = app, None, False
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, self._close)
        # Python runs signal handlers only between bytecodes: wake it up now and then.
        self.timer = QTimer()
        self.timer.timeout.connect(lambda: None)
        self.timer.start(300)

    def watch(self, window) -> None:  # noqa: ANN001
        self.window = window

    def _close(self, *_args: object) -> None:
        self.requested = True
        if self.window is not None and self.window.close():
            self.app.closeAllWindows()
            self.app.quit()


def save_screenshot(app, window, path: Path) -> int:  # noqa: ANN001 - Qt types imported lazily
    """Let the window lay out and paint, then save what it shows."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(400, loop.quit)  # a few layout passes: wrapped rows settle their heights
    loop.exec()
    from licdesk.ui.panes.certificate_pane import ServiceRow

    for row in window.findChildren(ServiceRow):
        row.clear_hover()  # wherever the pointer happens to rest, the picture shows no hover state
    app.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path)):
        print(f"licdesk: 无法保存截图 {path} (could not save the screenshot)", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK
