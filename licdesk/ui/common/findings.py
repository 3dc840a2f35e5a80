"""Validation findings grouped by the field they concern, and the ⚠ mark shown beside a field."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

from licdesk.domain.reading_notes import note_in
from licdesk.domain.validation import ERROR, Finding
from licdesk.ui.common.plain import tooltip
from licdesk.ui.common.status import finding_icon


def by_field(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    grouped: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        grouped[finding.field].append(finding)
    return dict(grouped)


def worst_level(findings: Iterable[Finding]) -> str | None:
    levels = [f.level for f in findings]
    if not levels:
        return None
    return ERROR if ERROR in levels else levels[0]


def interface_language() -> str:
    """"en" when the English interface is loaded, else "zh": findings and review words come in both."""
    english_loaded = QCoreApplication.translate("FindingMark", "错误").isascii()
    return "en" if english_loaded and QLocale().language() != QLocale.Language.Chinese else "zh"


def level_name(level: str) -> str:
    """错误 / 提示: the word before a finding's message in a list."""
    if level == ERROR:
        return QCoreApplication.translate("FindingMark", "错误")
    return QCoreApplication.translate("FindingMark", "提示")


def finding_text(finding: Finding) -> str:
    """The finding's message in the interface language (the domain words every finding in both)."""
    return _sentence(finding.message(interface_language()))


def reading_note_text(text: str) -> str:
    """One of the reader's notes on a license text (License.warnings, stored in Chinese) in the interface
    language; a note of no known kind as it is."""
    return note_in(text, interface_language())


def _sentence(text: str) -> str:
    """The English messages are written to follow a colon ("… (validity of …)"); alone, a sentence."""
    return text[:1].upper() + text[1:] if text[:1].isascii() else text


def describe(findings: Iterable[Finding], language: str | None = None) -> str:
    language = language or interface_language()
    return "\n".join(f"• {_sentence(f.message(language))}" for f in findings)


class FindingMark(QLabel):
    """A ⚠ beside a field: coloured by the worst level, the messages in its tooltip."""

    ICON_SIZE = QSize(16, 16)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFixedSize(self.ICON_SIZE + QSize(4, 4))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.findings: list[Finding] = []
        self.hide()

    def set_findings(self, findings: list[Finding], language: str | None = None) -> None:
        self.findings = list(findings)
        level = worst_level(self.findings)
        if level is None:
            self.clear()
            self.setToolTip("")
            self.hide()
            return
        self.setPixmap(finding_icon(level).pixmap(self.ICON_SIZE, self.devicePixelRatioF()))
        text = describe(self.findings, language)
        self.setToolTip(tooltip(text))
        self.setAccessibleName(text)
        self.show()
