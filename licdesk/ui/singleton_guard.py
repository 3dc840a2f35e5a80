"""A guard against a reference-count bug in the Qt bindings on Python 3.10 and 3.11.

PySide6 6.12 (shiboken6 6.12, abi3 wheels) hands None, True and False back to Python without
taking a reference: every call of a Qt method that returns nothing, every signal emit, every
`index.data()` that finds no value takes one reference away.  Since Python 3.12 these objects are
immortal and nothing happens; on 3.11 the count of None reaches zero after a few thousand calls and
the interpreter aborts ("Fatal Python error: none_dealloc").

The guard gives the three singletons the very large reference count Python 3.12 gives them, so
the missing references can never bring them to zero.  They are never freed in any case; only
`sys.getrefcount` shows a different number.  On 3.12 and later, and on other interpreters, it does
nothing.
"""

from __future__ import annotations

import ctypes
import platform
import sys

_HEADROOM = 1 << 40  # ~10^12 lost references, far beyond any session


def _refcount_field(obj: object) -> ctypes.c_ssize_t | None:
    """ob_refcnt of a CPython object, when the object layout is the ordinary one."""
    field = ctypes.c_ssize_t.from_address(id(obj))
    # sys.getrefcount counts its own argument: the field must agree, or the layout is not the one assumed.
    return field if field.value == sys.getrefcount(obj) - 1 else None


def protect_singletons() -> bool:
    """Make None, True and False safe from lost references; True when the guard was applied."""
    if platform.python_implementation() != "CPython" or sys.version_info >= (3, 12):
        return False
    applied = False
    for singleton in (None, True, False):
        field = _refcount_field(singleton)
        if field is not None and field.value < _HEADROOM:
            field.value += _HEADROOM
            applied = True
    return applied
