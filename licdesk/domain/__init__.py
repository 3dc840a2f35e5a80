"""Domain objects and rules; no Qt, no SQL.

The model's names are offered here too, loaded on first use: a small module of this package (the
status rule, the numerals) can be imported without the whole model.
"""

from __future__ import annotations

from typing import Any

_MODEL_NAMES = ("ANNUAL_REPORT", "INSPECTION", "Clause", "Event", "Inspection", "License", "Service", "Website")


def __getattr__(name: str) -> Any:
    if name in _MODEL_NAMES:
        from licdesk.domain import model

        return getattr(model, name)
    raise AttributeError(f"module 'licdesk.domain' has no attribute {name!r}")
