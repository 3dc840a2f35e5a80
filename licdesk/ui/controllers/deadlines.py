"""Deadlines on the desk: the compliance calendar's window, and the reminder after the start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from licdesk.ui.common.window_fit import closable, size_within_screen
from licdesk.ui import settings as options
from licdesk.ui.controllers.base import Controller
from licdesk.ui.common.status import app_icon
from licdesk.ui.common.tasks import Task, run_task

if TYPE_CHECKING:
    from licdesk.domain.holidays import HolidayTable
    from licdesk.ui.deadlines.deadlines_page import DeadlinesPage
    from licdesk.ui.deadlines.due_overview import DueOverviewWindow


def _skip_unless_bug(error: BaseException) -> None:
    """A reminder that cannot be computed (a locked or damaged file) is skipped; a bug is a bug."""
    from licdesk.store import StoreError

    if not isinstance(error, StoreError):
        raise error


class DeadlinesController(Controller):
    def __init__(self, window) -> None:  # noqa: ANN001
        super().__init__(window)
        self.page: DeadlinesPage | None = None
        self.timeline: QWidget | None = None
        self.overview: DueOverviewWindow | None = None
        self.reminder: QWidget | None = None
        self._reminder_task: Task | None = None
        # One save announces the list and the license: the obligations are computed again once, after both.
        self._refresh_due = False
        self.session.licenses_changed.connect(self._refresh_soon)
        self.session.license_changed.connect(lambda _number: self._refresh_soon())
        self.session.reviews_changed.connect(lambda _number: self._refresh_soon())
        self.session.store_replaced.connect(self.close)
        self.session.settings.changed.connect(self._setting_changed)

    def show_deadlines(self) -> None:
        """The compliance calendar of every license, in a window of its own (built when first asked for)."""
        if self.page is None:
            from licdesk.ui.deadlines.deadlines_page import DeadlinesPage

            page = DeadlinesPage(self.store, None, today=self.session.fixed_today, settings=self.session.settings)
            page.setWindowTitle(self.tr("合规期限 — licdesk"))
            page.setWindowIcon(app_icon())
            size_within_screen(page, 1100, 700)
            closable(page)
            page.changed.connect(self.session.saved)
            page.overview_requested.connect(self.show_due_overview)
            self.page = page
        self.page.show()
        self.page.raise_()
        self.page.activateWindow()

    def show_timeline(self) -> None:
        """Every license's years on one line each, in a window of its own (built when first asked for)."""
        if self.timeline is None:
            from licdesk.ui.deadlines.timeline import TimelinePage

            page = TimelinePage(self.store, None, today=self.session.fixed_today, holidays=self.holidays)
            page.setWindowTitle(self.tr("时间轴 — licdesk"))
            page.setWindowIcon(app_icon())
            size_within_screen(page, 1100, 640)
            closable(page)
            self.timeline = page
        self.timeline.show()
        self.timeline.raise_()
        self.timeline.activateWindow()

    def show_due_overview(self) -> None:
        """What is due this month, in the next 90 days and overdue, in a window of its own; it reads the
        store again on the session's signals, and a double-click shows the license on the desk."""
        if self.overview is None:
            from licdesk.ui.deadlines.due_overview import DueOverviewWindow

            overview = DueOverviewWindow(self.session, None)
            overview.setWindowIcon(app_icon())
            overview.open_requested.connect(self._show_license)
            self.overview = overview
        self.overview.show()
        self.overview.raise_()
        self.overview.activateWindow()

    def _show_license(self, number: str) -> None:
        self.window.select_license(number)
        self.window.raise_()
        self.window.activateWindow()

    def _refresh_soon(self) -> None:
        if not self._refresh_due:
            self._refresh_due = True
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        self._refresh_due = False
        if self.page is not None and self.page.isVisible() and self.session.is_open:
            self.attempt(self.page.refresh)
        if self.timeline is not None and self.timeline.isVisible() and self.session.is_open:
            self.attempt(self.timeline.refresh)

    def close(self) -> None:
        """The window's database is going away (a restore), or the desk is closing."""
        if self.page is not None:
            self.page.close()
            self.page.deleteLater()
            self.page = None
        if self.timeline is not None:
            self.timeline.close()
            self.timeline.deleteLater()
            self.timeline = None
        if self.overview is not None:
            self.overview.close()
            self.overview.deleteLater()
            self.overview = None
        if self._reminder_task is not None:
            self._reminder_task.forget()

    def _setting_changed(self, key: str) -> None:
        if key == options.DEADLINE_WINDOW_DAYS.key and self.page is not None:
            self.page.window_spin.setValue(self.window_days())  # the page recomputes its list
        elif key == options.HOLIDAY_TABLE.key:
            self._refresh_soon()  # working days counted by the table now named

    def window_days(self) -> int:
        return self.session.settings.get(options.DEADLINE_WINDOW_DAYS)

    def holidays(self) -> HolidayTable | None:
        """The clerk's holiday table named in Preferences (None: the published schedule alone)."""
        from licdesk.ui.deadlines.holiday_choice import desk_holidays

        return desk_holidays(self.session.settings)

    # -- the start-up reminder ---------------------------------------------------------------------
    def reminder_due(self) -> bool:
        """Whether the start-up reminder may show today: at most once a day."""
        return self.session.settings.get(options.REMINDER_SHOWN_ON) != self.session.today().isoformat()

    def show_startup_reminder(self) -> QWidget | None:
        """What is overdue or due soon, once a day after the window is up; its OK opens the deadlines page."""
        from licdesk.ui.deadlines.reminder import startup_reminder

        if not self.reminder_due():
            return None
        dialog = self.attempt(lambda: startup_reminder(self.window, self.store, today=self.session.today(),
                                                       window_days=self.window_days(), holidays=self.holidays()))
        self._shown(dialog)
        return dialog

    def start_reminder_in_background(self) -> None:
        """The start-up reminder, computed on a worker so that a large library never freezes the desk."""
        if not self.session.is_open or not self.reminder_due():
            return
        today, window_days, path = self.session.today(), self.window_days(), self.store.path
        holidays = self.holidays()  # read here: the settings belong to the desk's thread

        def compute() -> object:
            from licdesk.store import Store
            from licdesk.ui.deadlines.reminder import reminder_items

            with Store.open(path, readonly=True) as store:
                return reminder_items(store, today, window_days, holidays)

        # A reminder is a courtesy: when it cannot be computed the desk goes on without it.
        self._reminder_task = run_task(compute, lambda items: self._computed(items, today, window_days),
                                       on_error=_skip_unless_bug, owner=self.window, pool=self.window.pool)

    def _computed(self, items: object, today: object, window_days: int) -> None:
        if not self.window.isVisible():
            return
        from licdesk.ui.deadlines.reminder import show_reminder

        self._shown(self.attempt(lambda: show_reminder(self.window, items, today, window_days)))  # type: ignore[arg-type]

    def _shown(self, dialog: QWidget | None) -> None:
        if dialog is not None:
            # Shown once today, however it is closed; 明天再提醒 says so in the clerk's words.
            self._remember_shown()
            dialog.accepted.connect(self.show_deadlines)  # type: ignore[attr-defined]
            dialog.remind_tomorrow.connect(self._remember_shown)  # type: ignore[attr-defined]
        self.reminder = dialog

    def _remember_shown(self) -> None:
        self.session.settings.set(options.REMINDER_SHOWN_ON, self.session.today().isoformat())
