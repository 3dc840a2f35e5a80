"""A team library's password in the operating system's keyring (Windows Credential Manager, macOS
Keychain, the Secret Service on Linux), never in settings, logs or a command line.

A machine without a keyring (a server, a locked-down laptop) simply has none: nothing is remembered,
and the clerk types the password when connecting, or keeps it in libpq's password file.
"""

from __future__ import annotations

import logging

from licdesk.store.team.location import TeamLibrary

SERVICE = "licdesk team library"
log = logging.getLogger(__name__)


def _account(library: TeamLibrary) -> str:
    """One entry per user and library: wang@db.example.cn:5432/licdesk."""
    return f"{library.user}@{library.host}:{library.port}/{library.database}"


def _keyring():  # noqa: ANN202 - the module, loaded when first asked for
    import keyring

    return keyring


def keyring_available() -> bool:
    """Whether passwords can be remembered on this machine."""
    try:
        from keyring.backends import fail

        return not isinstance(_keyring().get_keyring(), fail.Keyring)
    except Exception:  # noqa: BLE001 - a broken keyring backend means "no keyring", not a crash
        return False


def saved_password(library: TeamLibrary) -> str | None:
    try:
        return _keyring().get_password(SERVICE, _account(library))
    except Exception as exc:  # noqa: BLE001 - no keyring, a locked one, a broken backend: none saved
        log.info("no password from the keyring: %s", type(exc).__name__)
        return None


def remember_password(library: TeamLibrary, password: str) -> bool:
    """Keep the password in the keyring; False when this machine has none (nothing is written elsewhere)."""
    try:
        _keyring().set_password(SERVICE, _account(library), password)
        return True
    except Exception as exc:  # noqa: BLE001
        log.info("password not kept in the keyring: %s", type(exc).__name__)
        return False


def forget_password(library: TeamLibrary) -> None:
    try:
        _keyring().delete_password(SERVICE, _account(library))
    except Exception:  # noqa: BLE001 - nothing was saved, or there is no keyring: nothing to forget
        pass
