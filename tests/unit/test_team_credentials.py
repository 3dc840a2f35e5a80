"""A team library's address from the connect dialog's fields, and its password in the system keyring."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from licdesk.store import StoreError
from licdesk.store.team import credentials
from licdesk.store.team.connect import TeamConnectError, reason_of
from licdesk.store.team.location import TeamLibrary


class MemoryKeyring(KeyringBackend):
    """A keyring in memory, standing in for Credential Manager or the Secret Service."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture
def no_keyring():  # noqa: ANN201
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_fields_make_an_address_and_read_back() -> None:
    library = TeamLibrary.from_parts(host="db.example.cn", port=5433, database="licdesk", user="wang",
                                     tls="require")
    assert library.url == "postgresql://wang@db.example.cn:5433/licdesk?sslmode=require"
    assert (library.host, library.port, library.database, library.user, library.tls) == \
        ("db.example.cn", 5433, "licdesk", "wang", "require")
    plain = TeamLibrary.from_parts(host="10.0.0.5", port=5432, database="register", user="li")
    assert plain.url == "postgresql://li@10.0.0.5/register" and plain.tls == "prefer" and plain.port == 5432


def test_a_socket_folder_and_odd_names_survive_the_round_trip() -> None:
    library = TeamLibrary.from_parts(host="/run/postgresql", database="库 一", user="zhang san")
    again = TeamLibrary.parse(library.url)
    assert (again.host, again.database, again.user) == ("/run/postgresql", "库 一", "zhang san")
    assert library.describe() == "/run/postgresql/库 一"


@pytest.mark.parametrize("fields, missing", [
    ({"host": " ", "database": "licdesk", "user": "wang"}, "服务器"),
    ({"host": "db", "database": "", "user": "wang"}, "数据库"),
    ({"host": "db", "database": "licdesk", "user": ""}, "用户名"),
])
def test_a_missing_field_is_named(fields: dict[str, str], missing: str) -> None:
    with pytest.raises(StoreError, match=missing):
        TeamLibrary.from_parts(**fields)


def test_an_unknown_tls_mode_is_refused() -> None:
    with pytest.raises(StoreError):
        TeamLibrary.from_parts(host="db", database="licdesk", user="wang", tls="maybe")


def test_a_password_is_kept_per_user_and_library_and_forgotten(memory_keyring: MemoryKeyring) -> None:
    first = TeamLibrary.from_parts(host="db", database="licdesk", user="wang")
    other = TeamLibrary.from_parts(host="db", database="licdesk", user="li")
    assert credentials.keyring_available()
    assert credentials.remember_password(first, "s3cret")
    assert credentials.saved_password(first) == "s3cret"
    assert credentials.saved_password(other) is None
    credentials.forget_password(first)
    assert credentials.saved_password(first) is None
    assert all("s3cret" not in account for _service, account in memory_keyring.entries)


def test_without_a_keyring_nothing_is_kept_and_nothing_breaks(no_keyring: None) -> None:
    library = TeamLibrary.from_parts(host="db", database="licdesk", user="wang")
    assert not credentials.keyring_available()
    assert credentials.remember_password(library, "s3cret") is False
    assert credentials.saved_password(library) is None
    credentials.forget_password(library)  # nothing to forget: no error


@pytest.mark.parametrize("detail, reason", [
    ('connection failed: FATAL:  password authentication failed for user "wang"', "password"),
    ("fe_sendauth: no password supplied", "password"),
    ('FATAL:  database "register" does not exist', "database"),
    ('FATAL:  role "nobody" does not exist', "user"),
    ("could not connect to server: Connection refused", "unreachable"),
])
def test_libpq_messages_become_reasons(detail: str, reason: str) -> None:
    assert reason_of(detail) == reason
    error = TeamConnectError(reason, "db/licdesk")
    assert error.reason == reason and str(error).endswith("db/licdesk") and "\n" not in str(error)
