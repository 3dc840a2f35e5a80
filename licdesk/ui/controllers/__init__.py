"""The desk's workflows, one controller each, built when first used (see licdesk/ui/main_window.py)."""

from __future__ import annotations

import importlib
from typing import Any, Generic, TypeVar

_C = TypeVar("_C")


class Lazy(Generic[_C]):
    """A controller of the window, built (and its module imported) when first asked for."""

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name = f"licdesk.ui.controllers.{module}", name

    def __set_name__(self, owner: type, attribute: str) -> None:
        self.attribute = f"_{attribute}_controller"

    def __get__(self, window: Any, owner: type | None = None) -> _C:
        if window is None:
            return self  # type: ignore[return-value]  # asked on the class: the descriptor itself
        controller = window.__dict__.get(self.attribute)
        if controller is None:
            controller = getattr(importlib.import_module(self.module), self.name)(window)
            window.__dict__[self.attribute] = controller
        return controller  # type: ignore[no-any-return]

    def built(self, window: Any) -> bool:
        return window.__dict__.get(self.attribute) is not None


