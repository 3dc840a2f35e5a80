"""Preferences (编辑 → 首选项…): the stored values shown, OK writes them, Cancel writes nothing, defaults
restored, the Deadlines page follows, and a new language offers to restart licdesk."""

from __future__ import annotations

import sys
from typing import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings, QTimer, QTranslator
from PySide6.QtGui import QAction, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

from licdesk.paths import translation_path
from licdesk.ui import i18n
from licdesk.ui.dialogs import preferences_dialog
from licdesk.ui import settings as options
from licdesk.ui.dialogs.preferences_dialog import PreferencesDialog, relaunch_command
from licdesk.ui.dialogs.safety_dialogs import backup_keep

SETTINGS_WINDOW_KEY = options.DEADLINE_WINDOW_DAYS.key
SETTINGS_KEEP_KEY = options.BACKUP_KEEP.key
LANGUAGE_KEY = options.LANGUAGE.key

Answer = Callable[[QWidget], None]


@pytest.fixture
def settings(make_settings) -> QSettings:  # noqa: ANN001
    return make_settings()


@pytest.fixture
def open_dialog(qtbot, settings) -> Callable[[], PreferencesDialog]:  # noqa: ANN001
    """Builds the dialog on `settings` when called: after the test has written what it should show."""

    def make() -> PreferencesDialog:
        dialog = PreferencesDialog(settings)
        qtbot.addWidget(dialog)
        return dialog

    return make


@pytest.fixture
def relaunched(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[str]]]:
    """No process is started: the program and arguments licdesk would start are collected."""
    calls: list[tuple[str, list[str]]] = []

    def fake_relaunch(program: str, arguments: list[str]) -> bool:
        calls.append((program, list(arguments)))
        return True

    monkeypatch.setattr(preferences_dialog, "relaunch", fake_relaunch)
    return calls


class ModalAnswers:
    """Answers the modal dialogs as they open, one answer per dialog in order; any further one is closed."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.seen: list[str] = []  # window titles, in the order the dialogs opened
        self._handled: list[QWidget] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._answer_next)
        self.timer.start()

    def _answer_next(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or any(widget is done for done in self._handled):
            return
        self._handled.append(widget)
        self.seen.append(widget.windowTitle())
        if self.answers:
            self.answers.pop(0)(widget)
        else:
            widget.close()

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def answers() -> Iterator[Callable[..., ModalAnswers]]:
    made: list[ModalAnswers] = []

    def make(*steps: Answer) -> ModalAnswers:
        for earlier in made:  # only the latest answers what opens next
            earlier.stop()
        made.append(ModalAnswers(*steps))
        return made[-1]

    yield make
    for answering in made:
        answering.stop()


def choose(language: str | None = None, window_days: int | None = None, keep: int | None = None) -> Answer:
    """Set the preferences dialog's controls and press OK."""

    def answer(widget: QWidget) -> None:
        assert isinstance(widget, PreferencesDialog)
        if language is not None:
            widget.language_combo.setCurrentIndex(widget.language_combo.findData(language))
        if window_days is not None:
            widget.window_spin.setValue(window_days)
        if keep is not None:
            widget.keep_spin.setValue(keep)
        widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    return answer


def press(text: str) -> Answer:
    """Press the message box's button with this text."""

    def answer(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox), widget
        buttons = {button.text(): button for button in widget.buttons()}
        assert text in buttons, list(buttons)
        buttons[text].click()

    return answer


# -- the dialog ---------------------------------------------------------------------------------------
def test_the_dialog_shows_the_stored_values(open_dialog, settings) -> None:  # noqa: ANN001
    settings.setValue(LANGUAGE_KEY, "en")
    settings.setValue(SETTINGS_KEEP_KEY, 7)
    settings.setValue(SETTINGS_WINDOW_KEY, 45)
    dialog = open_dialog()
    assert dialog.windowTitle() == "首选项"
    assert [dialog.language_combo.itemData(i) for i in range(dialog.language_combo.count())] == [
        "system", "zh_CN", "en"]
    assert dialog.language_combo.currentText() == "English"
    assert dialog.chosen_language() == "en"
    assert dialog.window_spin.value() == 45
    assert dialog.keep_spin.value() == 7


def test_first_start_shows_the_defaults(open_dialog) -> None:  # noqa: ANN001
    dialog = open_dialog()
    assert dialog.chosen_language() == "system"
    assert dialog.language_combo.currentText().startswith("跟随系统")
    assert dialog.window_spin.value() == 30
    assert dialog.keep_spin.value() == 10


def _change_everything(dialog, window_days: int, keep: int) -> None:  # noqa: ANN001
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.window_spin.setValue(window_days)
    dialog.keep_spin.setValue(keep)


def test_ok_writes_the_values_where_licdesk_reads_them(open_dialog, settings) -> None:  # noqa: ANN001
    dialog = open_dialog()
    _change_everything(dialog, window_days=60, keep=25)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert settings.value(LANGUAGE_KEY) == "en"
    assert backup_keep(settings) == 25
    assert options.Settings(settings).get(options.DEADLINE_WINDOW_DAYS) == 60


def test_choosing_english_is_the_language_licdesk_starts_in(open_dialog, settings) -> None:  # noqa: ANN001
    dialog = open_dialog()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findText("English"))
    assert dialog.chosen_language() == "en"
    dialog.accept()
    # At start-up the saved preference decides the language when no --lang is given.
    assert i18n.chosen_language(str(settings.value(LANGUAGE_KEY))) == "en"


def test_cancel_writes_nothing(open_dialog, settings) -> None:  # noqa: ANN001
    settings.setValue(SETTINGS_KEEP_KEY, 7)
    dialog = open_dialog()
    _change_everything(dialog, window_days=90, keep=50)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.result() == PreferencesDialog.DialogCode.Rejected
    assert settings.value(LANGUAGE_KEY) is None
    assert backup_keep(settings) == 7
    assert settings.value(SETTINGS_WINDOW_KEY) is None
    assert options.Settings(settings).get(options.DEADLINE_WINDOW_DAYS) == 30


def test_restore_defaults_shows_the_defaults_and_ok_keeps_them(open_dialog, settings) -> None:  # noqa: ANN001
    settings.setValue(LANGUAGE_KEY, "en")
    settings.setValue(SETTINGS_KEEP_KEY, 3)
    settings.setValue(SETTINGS_WINDOW_KEY, 120)
    dialog = open_dialog()
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert (dialog.chosen_language(), dialog.window_spin.value(), dialog.keep_spin.value()) == ("system", 30, 10)
    assert settings.value(LANGUAGE_KEY) == "en"  # nothing written before OK
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert settings.value(LANGUAGE_KEY) == "system"
    assert backup_keep(settings) == 10
    assert options.Settings(settings).get(options.DEADLINE_WINDOW_DAYS) == 30


def test_the_limits_are_those_of_the_deadlines_page_and_the_backup_settings(open_dialog) -> None:  # noqa: ANN001
    dialog = open_dialog()
    assert (dialog.window_spin.minimum(), dialog.window_spin.maximum()) == (1, 365)
    assert (dialog.keep_spin.minimum(), dialog.keep_spin.maximum()) == (1, 100)


def test_the_language_in_use_is_the_one_loaded(qapp, open_dialog) -> None:  # noqa: ANN001
    assert preferences_dialog.language_in_use() == "zh_CN"
    english = QTranslator()
    assert english.load(str(translation_path("licdesk_en.qm")))
    qapp.installTranslator(english)
    try:
        assert preferences_dialog.language_in_use() == "en"
        dialog = open_dialog()
        assert dialog.windowTitle() == "Preferences"
    finally:
        qapp.removeTranslator(english)


# -- on the desk --------------------------------------------------------------------------------------
def test_edit_menu_opens_preferences(window, answers) -> None:  # noqa: ANN001
    action = window.preferences_action
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "编辑(&E)")
    assert edit_menu.actions()[-1] is action
    assert edit_menu.actions()[-2].isSeparator()
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    assert not action.shortcut().isEmpty()  # the platform's Preferences key, else Ctrl+,
    answering = answers(lambda dialog: dialog.reject())
    action.trigger()
    assert answering.seen == ["首选项"]


def test_the_deadlines_page_uses_the_window_chosen_here(window, answers) -> None:  # noqa: ANN001
    answers(choose(window_days=45))
    window.open_preferences()
    window.deadlines.show_deadlines()
    assert window.deadlines.page.window_days() == 45
    assert "45 天内" in window.deadlines.page.summary.text()


def test_an_open_deadlines_page_follows_the_new_window(window, answers) -> None:  # noqa: ANN001
    window.deadlines.show_deadlines()
    assert window.deadlines.page.window_days() == 30
    answers(choose(window_days=120))
    window.open_preferences()
    assert window.deadlines.page.window_days() == 120
    assert "120" in window.deadlines.page.summary.text()


def test_a_new_language_offers_a_restart_with_the_same_arguments(window, answers, relaunched, settings,
                                                                  monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(preferences_dialog, "language_in_use", lambda: "zh_CN")
    monkeypatch.setattr(sys, "argv", ["/opt/licdesk/bin/licdesk", "--db", "work.sqlite3", "--lang", "zh"])
    answering = answers(choose(language="en"), press("立即重启"))
    window.open_preferences()
    assert answering.seen == ["首选项", "重新启动后生效"]
    assert settings.value(LANGUAGE_KEY) == "en"
    assert not window.isVisible()
    # --lang would override the new choice, so the new licdesk starts without it.
    assert relaunched == [(sys.executable, ["/opt/licdesk/bin/licdesk", "--db", "work.sqlite3"])]


def test_later_keeps_the_desk_open_and_says_when_the_language_changes(window, answers, relaunched,
                                                                      monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(preferences_dialog, "language_in_use", lambda: "zh_CN")
    answering = answers(choose(language="en"), press("稍后"))
    window.open_preferences()
    assert answering.seen == ["首选项", "重新启动后生效"]
    assert window.isVisible()
    assert relaunched == []
    assert "English" in window.statusBar().currentMessage()


def test_unsaved_edits_are_asked_about_and_cancel_keeps_the_desk(window, answers, relaunched,
                                                                 monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(preferences_dialog, "language_in_use", lambda: "zh_CN")
    assert window.editing.edit_current()
    company = window.editing.editor.certificate.edits["company"]
    company.setFocus()
    company.selectAll()
    typed = QInputMethodEvent("", [])
    typed.setCommitString("上海改名示例有限公司")  # Chinese arrives from the input method as one commit
    QApplication.sendEvent(company, typed)
    assert window.editing.edit.dirty
    answering = answers(choose(language="en"), press("立即重启"), press("取消"))
    window.open_preferences()
    assert answering.seen == ["首选项", "重新启动后生效", "尚未保存"]
    assert window.isVisible() and window.editing.active
    assert relaunched == []
    answering = answers(press("放弃修改"))
    window.close()
    assert answering.seen == ["尚未保存"] and not window.isVisible()


def test_no_restart_offer_when_the_language_stays(window, answers, relaunched, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(preferences_dialog, "language_in_use", lambda: "zh_CN")
    answering = answers(choose(language="zh_CN", keep=12))
    window.open_preferences()
    assert answering.seen == ["首选项"]
    assert window.isVisible() and relaunched == []
    assert backup_keep(window.settings) == 12


def test_the_restart_command() -> None:
    assert relaunch_command(["/usr/bin/licdesk", "--db", "a.sqlite3", "--lang=en"], "/usr/bin/python3", False) == (
        "/usr/bin/python3", ["/usr/bin/licdesk", "--db", "a.sqlite3"])
    assert relaunch_command(["/src/licdesk/__main__.py", "--open", "B1-20204618"], "/venv/bin/python", False) == (
        "/venv/bin/python", ["-m", "licdesk", "--open", "B1-20204618"])
    # A bundled licdesk is its own executable.
    assert relaunch_command(["C:\\licdesk\\licdesk.exe", "--lang", "en", "--db", "b.sqlite3"],
                            "C:\\licdesk\\licdesk.exe", True) == ("C:\\licdesk\\licdesk.exe", ["--db", "b.sqlite3"])


def test_the_restarted_licdesk_finds_the_database_free(make_window, db_path, answers, relaunched,
                                                        monkeypatch) -> None:  # noqa: ANN001
    from licdesk.store import DatabaseInUseError, Store

    monkeypatch.setattr(preferences_dialog, "language_in_use", lambda: "zh_CN")
    store = Store.open(db_path, lock=True)  # as the desk opens it
    try:
        window = make_window(store)
        with pytest.raises(DatabaseInUseError):
            Store.open(db_path, lock=True)
        answers(choose(language="en"), press("立即重启"))
        window.open_preferences()
        assert len(relaunched) == 1
        Store.open(db_path, lock=True).close()  # not "in use": the new licdesk may open it for editing
    finally:
        store.close()


def test_the_declared_defaults_are_the_programs_own() -> None:
    from licdesk.domain import deadlines as dl
    from licdesk.store import backups

    assert options.DEADLINE_WINDOW_DAYS.default == dl.DEFAULT_WINDOW_DAYS
    assert options.BACKUP_KEEP.default == backups.DEFAULT_KEEP
    assert len({option.key for option in options.OPTIONS}) == len(options.OPTIONS)


def test_odd_stored_values_read_as_the_default_or_within_range(settings) -> None:  # noqa: ANN001
    settings.setValue(SETTINGS_WINDOW_KEY, "not a number")
    settings.setValue(SETTINGS_KEEP_KEY, 5000)
    registry = options.Settings(settings)
    assert registry.get(options.DEADLINE_WINDOW_DAYS) == options.DEADLINE_WINDOW_DAYS.default
    assert registry.get(options.BACKUP_KEEP) == options.BACKUP_KEEP.maximum
    seen: list[str] = []
    registry.changed.connect(seen.append)
    registry.set(options.BACKUP_KEEP, 12)
    assert seen == [SETTINGS_KEEP_KEY] and backup_keep(settings) == 12
