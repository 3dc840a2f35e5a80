"""How a license's status looks: words, colour and icon (valid / renewal due / expired / unknown / closed)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon

from licdesk.domain.status import STATUSES
from licdesk.paths import resource_path


_COLORS = {
    "valid": "#2e7d32",
    "expiring": "#b86e00",
    "expired": "#c62828",
    "unknown": "#6d6d6d",
    "closed": "#546e7a",
}


def status_text(status: str) -> str:
    return {
        "valid": QCoreApplication.translate("status", "有效"),
        "expiring": QCoreApplication.translate("status", "即将到期"),
        "expired": QCoreApplication.translate("status", "已过期"),
        "unknown": QCoreApplication.translate("status", "有效期未知"),
        "closed": QCoreApplication.translate("status", "已关闭"),
    }.get(status, status)


def status_short_text(status: str) -> str:
    """For a narrow table column; the tooltip gives the long form."""
    return {
        "valid": QCoreApplication.translate("status", "有效"),
        "expiring": QCoreApplication.translate("status", "即将到期"),
        "expired": QCoreApplication.translate("status", "已过期"),
        "unknown": QCoreApplication.translate("status", "未知"),
        "closed": QCoreApplication.translate("status", "已关闭"),
    }.get(status, status)


def closure_text(kind: str | None) -> str:
    """How a closed license was closed, in the interface's words (不再续办 / 已注销 / 已换发新证)."""
    return {
        "not_continuing": QCoreApplication.translate("status", "不再续办"),
        "cancelled": QCoreApplication.translate("status", "已注销"),
        "replaced": QCoreApplication.translate("status", "已换发新证"),
    }.get(kind or "", status_text("closed"))


def closure_short_text(kind: str | None) -> str:
    """The same for the library's narrow status column; the tooltip gives `closure_text`."""
    return {
        "not_continuing": QCoreApplication.translate("status", "不再续办"),
        "cancelled": QCoreApplication.translate("status", "已注销"),
        "replaced": QCoreApplication.translate("status", "已换证"),
    }.get(kind or "", status_short_text("closed"))


def status_color(status: str) -> QColor:
    return QColor(_COLORS.get(status, _COLORS["unknown"]))


@lru_cache(maxsize=None)
def _icon(file_name: str) -> QIcon:
    try:
        return QIcon(str(resource_path("icons", file_name)))
    except FileNotFoundError:
        return QIcon()


def status_icon(status: str) -> QIcon:
    return _icon(f"status-{status if status in STATUSES else 'unknown'}.svg")


def finding_icon(level: str) -> QIcon:
    return _icon("finding-error.svg" if level == "error" else "finding-warning.svg")


@lru_cache(maxsize=None)
def app_icon() -> QIcon:
    """licdesk's own icon: the app-icon set (SVG plus the PNG sizes), else the small SVG among the icons."""
    icon = QIcon()
    try:
        folder = resource_path("app-icon")
    except FileNotFoundError:
        return _icon("licdesk.svg")
    # The small sizes are hand-fitted PNGs; larger ones come from the SVG.  Adding the large PNGs
    # too decoded them all at start-up (~10 ms).
    for name in ("licdesk.svg", *(f"licdesk-{size}.png" for size in (16, 24, 32, 48))):
        if (folder / name).is_file():
            icon.addFile(str(folder / name))
    return icon if not icon.isNull() else _icon("licdesk.svg")


FINDING_COLORS = {"error": QColor("#c62828"), "warning": QColor("#b86e00")}
