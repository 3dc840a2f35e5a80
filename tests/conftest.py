"""Test set-up shared by every test: Qt without a screen, a temporary database, the seed texts."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterator

import pytest

# Without a screen pytest-qt aborts unless Qt draws offscreen; set before Qt is imported anywhere.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


def seed_paths() -> list[Path]:
    """The reference license texts beside the project, when they are there."""
    if not SHARED_SEEDS.is_dir():
        return []
    return sorted(SHARED_SEEDS.glob("*.txt"))


@pytest.fixture
def seeds() -> list[Path]:
    paths = seed_paths()
    if not paths:
        pytest.skip("../shared/seeds is not beside the project")
    return paths


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database file of this test's own; LICDESK_DB points at it so nothing touches the user's data."""
    path = tmp_path / "licdesk.sqlite3"
    monkeypatch.setenv("LICDESK_DB", str(path))
    return path


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings and the default database go to a temporary home, never the real one."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))  # the log file


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """licdesk never opens a network connection: any attempt fails the test that made it."""
    import socket

    real_connect = socket.socket.connect

    def guarded_connect(self: socket.socket, address: object) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            raise AssertionError(f"licdesk tried to open a network connection to {address!r}")
        real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: (_ for _ in ()).throw(
        AssertionError(f"licdesk tried to open a network connection to {a[0] if a else k!r}")))


# -- PostgreSQL -----------------------------------------------------------------------------------
POSTGRES_HOW_TO = ("no PostgreSQL test server: run `python3 tools/pg_cluster.py -- make test` "
                   "(or set LICDESK_TEST_PG=postgresql://user@host:port/dbname)")


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """The URL of a PostgreSQL database the tests may fill and empty (LICDESK_TEST_PG).

    tools/pg_cluster.py starts a throwaway server and sets it; `.ci/run` does so.  In CI a missing
    server fails the test, elsewhere the test is skipped with the line that says how to run it.
    """
    url = os.environ.get("LICDESK_TEST_PG", "")
    if url:
        return url
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail("CI needs the PostgreSQL tests: " + POSTGRES_HOW_TO)
    pytest.skip(POSTGRES_HOW_TO)


@pytest.fixture
def postgres_database(postgres_url: str) -> Iterator[str]:
    """A new, empty PostgreSQL database of this test's own (dropped after it); yields its URL."""
    import uuid
    from urllib.parse import urlsplit, urlunsplit

    import psycopg

    name = f"licdesk_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(urlsplit(postgres_url)._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(postgres_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# -- the store on both engines ------------------------------------------------------------------
ENGINES = ("sqlite", "postgresql")


@pytest.fixture(params=ENGINES)
def library(request: pytest.FixtureRequest, db_path: Path) -> str | Path:
    """Where a store test keeps its licenses: a file, then a team library on PostgreSQL.

    `Store.open(library)` opens either.  Without a PostgreSQL server the second run is skipped
    (see postgres_url); tests marked `file_only` (they read the file itself) run on the file alone.
    """
    if request.param == "sqlite":
        return db_path
    url: str = request.getfixturevalue("postgres_database")
    import psycopg

    from licdesk.store.team.roles import init_library

    with psycopg.connect(url) as admin:
        init_library(admin)
    return url


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A `file_only` test reads the SQLite file itself: it is not run against a team library."""
    kept, dropped = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_server = callspec is not None and callspec.params.get("library") == "postgresql"
        (dropped if on_server and item.get_closest_marker("file_only") else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


# -- a team library ----------------------------------------------------------------------------------
@pytest.fixture
def team(postgres_database: str) -> str:
    """A new database made into a team library (schema and roles), as `licdesk team init` makes it."""
    import psycopg

    from licdesk.store.team.roles import init_library

    with psycopg.connect(postgres_database) as admin:
        init_library(admin)
    return postgres_database


@pytest.fixture
def login_as(team: str) -> Iterator[Callable[[str], str]]:
    """login_as(group) -> the library's URL for a new login role in that group (dropped afterwards)."""
    import uuid
    from urllib.parse import urlsplit, urlunsplit

    import psycopg

    made: list[str] = []

    def make(group: str) -> str:
        name = f"person_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(team, autocommit=True) as admin:
            admin.execute(f'CREATE ROLE "{name}" LOGIN IN ROLE {group}')
        made.append(name)
        parts = urlsplit(team)
        return urlunsplit(parts._replace(netloc=f"{name}@{parts.hostname or ''}"))

    yield make
    with psycopg.connect(team, autocommit=True) as admin:
        for name in made:
            admin.execute(f'DROP OWNED BY "{name}"')
            admin.execute(f'DROP ROLE "{name}"')


@pytest.fixture
def memory_keyring():  # noqa: ANN201
    """A keyring in memory, standing in for Credential Manager or the Secret Service."""
    import keyring

    from tests.unit.test_team_credentials import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
