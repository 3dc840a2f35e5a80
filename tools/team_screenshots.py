"""Two desks on one team library, two 1366×768 laptops side by side: what the guide's team chapter shows.

    python3 tools/pg_cluster.py -- .venv/bin/python tools/team_screenshots.py [--out docs/screenshots]

On the database LICDESK_TEST_PG names (a throwaway server from tools/pg_cluster.py), it makes a team
library with two clerks' logins, wang and li. Li's desk imports the samples and wang's desk shows them
by the server's own news; li opens a license for editing and wang's desk says so above it. One picture
per language: team-two-desks-<zh|en>.png. It also prints how long the import took to reach wang's
desk, as a check of the "within a second" promise.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from screenshots import _start_xvfb, shrink  # noqa: E402

LAPTOP = (1366, 768)
SCREEN = (2 * LAPTOP[0], LAPTOP[1])  # one virtual screen holding both laptops' screens
CLERKS = ("wang", "li")


def _as(url: str, user: str) -> str:
    parts = urlsplit(url)
    host = parts.netloc.split("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{user}@{host}"))


def prepare(url: str) -> None:
    """A team library with the two clerks' logins (the test server lets local logins in without a password)."""
    import psycopg

    from licdesk.cli import run

    if run(["team", "init", "--db", url]) != 0:
        raise SystemExit("licdesk team init failed")
    with psycopg.connect(url, autocommit=True) as admin:
        for clerk in CLERKS:
            if not admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (clerk,)).fetchone():
                admin.execute(f'CREATE ROLE "{clerk}" LOGIN IN ROLE licdesk_clerk')
        admin.execute("DELETE FROM licenses")  # a second language starts from the same empty library


def picture(url: str, language: str, out: Path) -> Path:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from licdesk.importer import read_license
    from licdesk.store import Store
    from licdesk.ui.common.fonts import register_ui_font, ui_font
    from licdesk.ui.i18n import install_translator
    from licdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    register_ui_font()
    app.setFont(ui_font())
    install_translator(app, "zh_CN" if language == "zh" else "en")
    windows = []
    for index, clerk in enumerate(CLERKS):
        settings = QSettings(str(out / f".team-shot-{clerk}.ini"), QSettings.Format.IniFormat)
        settings.clear()
        window = MainWindow(Store.open(_as(url, clerk)), settings=settings)
        window.team.start_live_updates(window.store.library, None)  # type: ignore[attr-defined]
        window.library.set_compact(True)  # as a laptop's first start shows it
        window.setGeometry(index * LAPTOP[0], 0, LAPTOP[0], LAPTOP[1] - 40)
        window.show()
        windows.append(window)
    wang, li = windows
    deadline = time.monotonic() + 10
    while not all(w.team._live.listening.is_set() for w in windows) and time.monotonic() < deadline:
        app.processEvents()
    samples = sorted((ROOT / "resources" / "samples").glob("*.txt"))
    started = time.monotonic()
    for sample in samples:  # li imports; wang's list follows by the server's news
        li.store.save(read_license(sample.read_bytes()))
    li.session.licenses_changed.emit()
    while wang.library.model.rowCount() < len(samples) and time.monotonic() < started + 10:
        app.processEvents()
    print(f"{language}: li's {len(samples)} imports reached wang's desk in {time.monotonic() - started:.2f} s")
    number = "沪B2-20213857"
    for window in windows:
        window.select_license(number)
    while any(w.opening_pending for w in windows):
        app.processEvents()
    li.editing.edit_current()  # wang's desk says who is editing
    started = time.monotonic()
    while not (wang.team._presence is not None and wang.team._presence.isVisible()) and time.monotonic() < started + 5:
        app.processEvents()
    from PySide6.QtWidgets import QToolTip

    for _ in range(20):
        QToolTip.hideText()
        app.processEvents()
        time.sleep(0.02)
    for widget in app.topLevelWidgets():
        if widget.isVisible() and widget not in windows:
            print("also shown:", type(widget).__name__, widget.objectName(), widget.geometry(), file=sys.stderr)
    path = out / f"team-two-desks-{language}.png"
    app.primaryScreen().grabWindow(0).save(str(path))
    shrink(path)
    li.editing.leave()
    for window in windows:
        window.team.stop_live_updates()
        window.close()
        window.session.release_store()
    for clerk in CLERKS:
        (out / f".team-shot-{clerk}.ini").unlink(missing_ok=True)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", choices=("zh", "en"), help="one picture only (a child run)")
    args = parser.parse_args()
    url = os.environ.get("LICDESK_TEST_PG", "")
    if not url:
        raise SystemExit("run under tools/pg_cluster.py (LICDESK_TEST_PG names the server)")
    if args.language:
        prepare(url)
        print(picture(url, args.language, args.out.resolve()))
        return 0
    for offset, language in enumerate(("zh", "en")):  # each on its own screen and in its own process
        display = 80 + offset
        server = _start_xvfb(display, *SCREEN)
        try:
            env = dict(os.environ, DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb")
            subprocess.run([sys.executable, __file__, "--out", str(args.out), "--language", language],
                           env=env, check=True)
        finally:
            server.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
