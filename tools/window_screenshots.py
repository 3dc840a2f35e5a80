"""Pictures of licdesk's dialogs and windows as a clerk opens them on a 1366×768 laptop, in Chinese and English.

    python tools/window_screenshots.py [--out docs/screenshots] [--only closing-dialog,export-dialog]

Each language runs in a child process on a virtual X screen (Xvfb) of 1366×768, over a temporary
database holding the sample licenses and a scan of one of them.  Every dialog is opened through the
desk's own action, as a click would open it; where the desk would wait for an answer, the picture is
taken instead and the dialog cancelled.  Files are named <window>-1366-<zh|en>.png.  The desk's own
panes can be taken too (review-tab, attachments-tab), to see them at that width.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.screenshots import DEFAULT_LICENSE, _licdesk, _load_samples, _start_xvfb, shrink  # noqa: E402

WIDTH, HEIGHT = 1366, 768
LANGUAGES = ("zh", "en")
WINDOWS = ("closing-dialog", "due-overview", "export-dialog", "attachment-viewer", "team-connect-dialog")
PANES = ("review-tab", "attachments-tab")


def _settle(app: Any, ms: int = 400) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)  # a few layout passes: wrapped rows settle their heights
    loop.exec()
    app.processEvents()


def _grab_instead_of_exec(app: Any, cls: type, path: Path, trigger: Callable[[], object]) -> None:
    """Trigger the desk's action; when it asks `cls` to exec, take the picture and cancel."""
    original = cls.exec

    def picture(dialog: Any) -> int:
        dialog.show()
        _settle(app)
        dialog.grab().save(str(path))
        dialog.reject()
        return 0

    cls.exec = picture
    try:
        trigger()
    finally:
        cls.exec = original


def _child(db: Path, out: Path, lang: str, names: list[str]) -> int:
    """In the child process: the desk on the X screen, each window opened and saved."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from licdesk.store import Store
    from licdesk.ui.common.fonts import register_ui_font, ui_font
    from licdesk.ui.i18n import install_translator
    from licdesk.ui.main_window import MainWindow

    app = QApplication(["licdesk"])
    register_ui_font()
    app.setFont(ui_font())
    install_translator(app, lang)
    scratch = tempfile.mkdtemp(prefix="licdesk-shot-settings-")  # no settings of the user's own, none left in `out`
    settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
    store = Store.open(db)
    window = MainWindow(store, settings=settings)
    window.select_license(DEFAULT_LICENSE)
    window.show()
    _settle(app)
    try:
        for name in names:
            path = out / f"{name}-{WIDTH}-{lang}.png"
            _take(app, window, name, path)
            shrink(path)
            print(path)
    finally:
        window.close()
        store.close()
        del settings
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


def _take(app: Any, window: Any, name: str, path: Path) -> None:
    if name == "closing-dialog":
        from licdesk.ui.dialogs.closure_dialog import ClosureDialog

        _grab_instead_of_exec(app, ClosureDialog, path, window.close_license_action.trigger)
    elif name == "export-dialog":
        from licdesk.ui.dialogs.export_dialog import ExportDialog

        _grab_instead_of_exec(app, ExportDialog, path, window.export_action.trigger)
    elif name == "team-connect-dialog":
        from licdesk.ui.dialogs.team_connect_dialog import TeamConnectDialog

        from licdesk.ui import settings as options

        # What a clerk's dialog would list: the file in its usual place and a team library used before.
        window.team.local_path = Path("~/.local/share/licdesk/licdesk.db")
        window.session.settings.set(options.TEAM_RECENT, "postgresql://clerk@192.168.1.20:5432/licdesk")
        _grab_instead_of_exec(app, TeamConnectDialog, path, window.team_connect_action.trigger)
    elif name == "due-overview":
        window.due_overview_action.trigger()
        overview = window.deadlines.overview
        _settle(app, 800)
        overview.grab().save(str(path))
        overview.close()
    elif name == "attachment-viewer":
        pane = window.detail.attachments
        pane.list.setCurrentRow(0)
        viewer = pane.open_selected()
        if viewer is None:
            raise SystemExit("no attachment to show")
        _settle(app, 800)
        viewer.grab().save(str(path))
        viewer.close()
    elif name in PANES:
        tabs = window.detail.tabs
        pane = window.review if name == "review-tab" else window.detail.attachments
        tabs.setCurrentIndex(tabs.indexOf(window.review_scroll if name == "review-tab" else window.detail.attachments_tab))
        if name == "review-tab":
            if pane.model.rowCount() == 0:
                pane.start_round()
            pane.table.selectRow(0)
            pane.due_check.setChecked(True)
        _settle(app)
        window.grab().save(str(path))
    else:
        raise SystemExit(f"unknown window {name!r}; known: {', '.join(WINDOWS + PANES)}")


def _attach_scan(db: Path, scratch: Path) -> None:
    """A certificate PDF of the sample, kept as its scan (the viewer shows a real file)."""
    pdf = scratch / "scan.pdf"
    _licdesk("pdf", "--db", str(db), DEFAULT_LICENSE, "-o", str(pdf))
    from licdesk.store import Store

    with Store.open(db) as store:
        store.add_attachment(DEFAULT_LICENSE, "许可证正本扫描件.pdf", pdf.read_bytes())


def take(out: Path, names: list[str], display: int = 80) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="licdesk-window-shots-") as scratch_name:
        scratch = Path(scratch_name)
        db = scratch / "licdesk.db"
        _load_samples(db)
        _attach_scan(db, scratch)
        server = _start_xvfb(display, WIDTH, HEIGHT)
        try:
            env = dict(os.environ, DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb",
                       HOME=scratch_name, XDG_CONFIG_HOME=scratch_name)  # no settings of the user's own
            for lang in LANGUAGES:
                subprocess.run([sys.executable, __file__, "--child", lang, "--db", str(db), "--out", str(out),
                                "--only", ",".join(names)], cwd=ROOT, env=env, check=True)
        finally:
            server.terminate()
            server.wait(10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only", default=",".join(WINDOWS), help="comma-separated window names")
    parser.add_argument("--display", type=int, default=80, help="X display number to use")
    parser.add_argument("--child", choices=LANGUAGES, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    names = [name for name in args.only.split(",") if name]
    if args.child:
        return _child(args.db, args.out, args.child, names)
    take(args.out, names, args.display)
    return 0


if __name__ == "__main__":
    sys.exit(main())
