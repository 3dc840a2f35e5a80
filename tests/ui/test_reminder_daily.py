"""The start-up reminder shows at most once a day, 明天再提醒 puts it off to the next day, and it lists
what to do in plain words (the rule codes only in the tooltip and the detail)."""

from __future__ import annotations

import datetime as _dt
import re

from PySide6.QtCore import Qt

from licdesk.ui import settings as options
from tests.ui.conftest import TODAY

ROOM = (1366 - 16, 768 - 40 - 40)  # a 1366×768 screen less its taskbar and the window frame


def _start(window, qtbot):  # noqa: ANN001, ANN202
    window.deadlines.reminder = None
    window.deadlines.start_reminder_in_background()
    qtbot.waitUntil(lambda: window.deadlines.reminder is not None, timeout=10000)
    return window.deadlines.reminder


def test_shown_once_a_day_however_it_is_closed(make_window, sample_store, qtbot) -> None:  # noqa: ANN001
    first = make_window(sample_store, today=TODAY)
    dialog = _start(first, qtbot)
    assert first.session.settings.get(options.REMINDER_SHOWN_ON) == TODAY.isoformat()
    dialog.close_button.click()
    first.close()

    again = make_window(sample_store, today=TODAY)  # the desk started again the same day
    assert not again.deadlines.reminder_due()
    again.deadlines.start_reminder_in_background()
    assert again.deadlines.show_startup_reminder() is None
    assert again.deadlines.reminder is None
    again.close()

    tomorrow = make_window(sample_store, today=TODAY + _dt.timedelta(days=1))
    assert _start(tomorrow, qtbot).isVisible()


def test_remind_tomorrow_closes_it_until_the_next_day(make_window, sample_store, qtbot) -> None:  # noqa: ANN001
    window = make_window(sample_store, today=TODAY)
    dialog = _start(window, qtbot)
    assert dialog.later_button.text() == "明天再提醒"
    with qtbot.waitSignal(dialog.remind_tomorrow):
        dialog.later_button.click()
    assert not dialog.isVisible()
    assert window.deadlines.page is None  # only 查看合规期限 opens the Deadlines page
    window.close()

    assert make_window(sample_store, today=TODAY).deadlines.show_startup_reminder() is None
    later = make_window(sample_store, today=TODAY + _dt.timedelta(days=1)).deadlines.show_startup_reminder()
    assert later is not None and later.isVisible()


def test_it_lists_plain_words_and_keeps_the_rule_in_the_tooltip(make_window, sample_store, qtbot) -> None:  # noqa: ANN001
    window = make_window(sample_store, today=TODAY)
    dialog = window.deadlines.show_startup_reminder()
    assert dialog is not None
    model, table = dialog.model, dialog.table
    shown = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
             if not table.isColumnHidden(c)]
    assert "依据" not in shown
    rule = re.compile(r"\bR\d{1,2}\b")
    cells = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())
             if not table.isColumnHidden(c)]
    assert cells and not any(rule.search(str(cell)) for cell in cells)
    assert rule.search(model.index(0, model.TITLE).data(Qt.ItemDataRole.ToolTipRole))
    table.selectRow(0)
    assert "规则 R" in dialog.details.text()
    dialog.ensurePolished()
    for hint in (dialog.minimumSizeHint(), dialog.sizeHint(), dialog.size()):
        assert hint.width() <= ROOM[0] and hint.height() <= ROOM[1]
