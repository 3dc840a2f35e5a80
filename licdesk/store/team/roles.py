"""The team library's three roles, enforced by PostgreSQL itself, not only by the desk.

licdesk_administrator: everything, including schema changes (it owns the tables);
licdesk_clerk: reads and writes licenses, records, reviews and attachments;
licdesk_reader: reads only — the database refuses a reader's INSERT, UPDATE and DELETE.

They are group roles without login: an administrator grants them to the people's own login roles
(`GRANT licdesk_clerk TO wang;`), so the audit log's current_user names the clerk.
"""

from __future__ import annotations

import psycopg
from psycopg import sql

from licdesk.store.team.migrations import migrate

ADMINISTRATOR = "licdesk_administrator"
CLERK = "licdesk_clerk"
READER = "licdesk_reader"
ROLES = (ADMINISTRATOR, CLERK, READER)


def _ensure_role(connection: psycopg.Connection, role: str) -> None:
    exists = connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
    if not exists:
        connection.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))


def init_library(connection: psycopg.Connection) -> int:
    """Create (or bring up to date) the schema and the three roles with their rights; returns the version.

    Run by an administrator of the server; running it again changes nothing that is already right.
    """
    version = migrate(connection)
    with connection.transaction():
        for role in ROLES:
            _ensure_role(connection, role)
        admin, clerk, reader = (sql.Identifier(role) for role in ROLES)
        schema = sql.Identifier(_current_schema(connection))
        statements = [
            sql.SQL("GRANT USAGE ON SCHEMA {s} TO {a}, {c}, {r}"),
            sql.SQL("GRANT ALL ON SCHEMA {s} TO {a}"),
            sql.SQL("GRANT ALL ON ALL TABLES IN SCHEMA {s} TO {a}"),
            sql.SQL("GRANT ALL ON ALL SEQUENCES IN SCHEMA {s} TO {a}"),
            sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} TO {c}"),
            sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {c}"),
            sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {r}"),
            # The version table is written by migrations only (the administrator).
            sql.SQL("REVOKE INSERT, UPDATE, DELETE ON {s}.licdesk_schema FROM {c}"),
            # Tables a later migration adds get the same rights.
            sql.SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {c}"),
            sql.SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT USAGE, SELECT ON SEQUENCES TO {c}"),
            sql.SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT SELECT ON TABLES TO {r}"),
            sql.SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT ALL ON TABLES TO {a}"),
        ]
        for statement in statements:
            connection.execute(statement.format(s=schema, a=admin, c=clerk, r=reader))
    return version


def _current_schema(connection: psycopg.Connection) -> str:
    row = connection.execute("SELECT current_schema()").fetchone()
    return str(row[0]) if row and row[0] else "public"
