"""A license the company no longer holds: not continued, cancelled, or replaced by a new certificate.

A closing has a kind, a date and an optional note; a replaced license names the license that replaced
it.  From its closing date on, a closed license makes no new obligations (licdesk.services.obligations
applies that); `settles_open` says that the duties still open before that date were settled with it
(the clerk ticked "mark them waived/done" when closing).  No Qt, no SQL.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

NOT_CONTINUING = "not_continuing"
CANCELLED = "cancelled"
REPLACED = "replaced"
KINDS = (NOT_CONTINUING, CANCELLED, REPLACED)

KIND_NAMES: dict[str, tuple[str, str]] = {
    NOT_CONTINUING: ("不再续办", "Not continued"),
    CANCELLED: ("已注销", "Cancelled"),
    REPLACED: ("已换发新证", "Replaced by a new certificate"),
}


@dataclass(frozen=True)
class Closure:
    number: str  # the closed license
    kind: str  # one of KINDS
    closed_on: _dt.date
    replaced_by: str | None = None  # the number of the new license (kind REPLACED)
    note: str | None = None
    settles_open: bool = False  # the obligations open before closed_on were waived with the closing

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"closure kind must be one of {KINDS}, not {self.kind!r}")

    def kind_name(self, language: str = "zh") -> str:
        return kind_name(self.kind, language)


def kind_name(kind: str, language: str = "zh") -> str:
    zh, en = KIND_NAMES.get(kind, (kind, kind))
    return en if language.startswith("en") else zh


def describe(closure: Closure, language: str = "zh") -> str:
    """One line for the history and the banner: 已于 2026-03-01 注销 / cancelled on 2026-03-01."""
    day = closure.closed_on.isoformat()
    if language.startswith("en"):
        text = {NOT_CONTINUING: f"not continued from {day}", CANCELLED: f"cancelled on {day}",
                REPLACED: f"replaced on {day}"}[closure.kind]
        return text + (f" by {closure.replaced_by}" if closure.replaced_by else "")
    text = {NOT_CONTINUING: f"已于 {day} 不再续办", CANCELLED: f"已于 {day} 注销",
            REPLACED: f"已于 {day} 换发新证"}[closure.kind]
    return text + (f"（新证 {closure.replaced_by}）" if closure.replaced_by else "")
