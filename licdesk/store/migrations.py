"""The schema, as numbered migrations: migration N brings a database from version N-1 to N.

`PRAGMA user_version` holds the version.  Each migration runs in its own transaction together with
the version bump, so a crash leaves the database at a whole version.  Append new migrations to
MIGRATIONS; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from typing import Callable, Iterator, NamedTuple

# Marks the file as licdesk's ('LICD'), so another program's SQLite file is never mistaken for ours.
APPLICATION_ID = 0x4C494344


class Migration(NamedTuple):
    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]


_V1_SCHEMA = """
CREATE TABLE licenses (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL,                     -- as printed; unique through number_key (same number, same key)
    number_key TEXT NOT NULL UNIQUE,          -- normalised number: 京B2-20192917号 and 京B2-20192917 are one license
    company TEXT NOT NULL DEFAULT '',
    legal_representative TEXT NOT NULL DEFAULT '',
    title TEXT,
    preamble TEXT,
    issuer TEXT,
    issue_date TEXT,                          -- ISO dates, so text order is date order
    expiry_date TEXT,
    annex_heading TEXT,
    provisions_intro TEXT,
    warnings TEXT NOT NULL DEFAULT '[]',      -- JSON list of strings
    categories TEXT NOT NULL DEFAULT '[]',    -- JSON list, derived from the number (kept for listing and sorting)
    service_names TEXT NOT NULL DEFAULT '[]', -- JSON list, a copy of services.name (kept for listing and sorting)
    version INTEGER NOT NULL DEFAULT 1,       -- +1 on every replace (optimistic locking)
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT                           -- NULL = not in the trash
);
-- The library lists licenses not in the trash, so its indexes are partial: only those rows, and a
-- query saying "deleted_at IS NULL" can walk them in order without sorting 100,000 rows.  Each ends in
-- number, the tie-break of every listing order.
CREATE INDEX licenses_live_number ON licenses(number) WHERE deleted_at IS NULL;
CREATE INDEX licenses_live_expiry ON licenses(expiry_date, number) WHERE deleted_at IS NULL;
CREATE INDEX licenses_live_urgency ON licenses(coalesce(expiry_date, '9999-12-31'), number) WHERE deleted_at IS NULL;
CREATE INDEX licenses_live_issue ON licenses(issue_date, number) WHERE deleted_at IS NULL;
CREATE INDEX licenses_live_company ON licenses(company, number) WHERE deleted_at IS NULL;
CREATE INDEX licenses_live_categories ON licenses(categories, number) WHERE deleted_at IS NULL;
CREATE INDEX licenses_live_services ON licenses(service_names, number) WHERE deleted_at IS NULL;
CREATE INDEX licenses_trash ON licenses(deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE services (
    license_id INTEGER NOT NULL REFERENCES licenses(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    name TEXT NOT NULL,
    coverage TEXT,
    remarks TEXT,
    PRIMARY KEY (license_id, ordinal)
);

CREATE TABLE websites (
    id INTEGER PRIMARY KEY,
    license_id INTEGER NOT NULL REFERENCES licenses(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    site_name TEXT,
    server_location TEXT,
    access_provider TEXT,
    UNIQUE (license_id, ordinal)
);

CREATE TABLE domains (
    website_id INTEGER NOT NULL REFERENCES websites(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    domain TEXT NOT NULL,
    domain_key TEXT NOT NULL,                 -- trimmed, lower case: for finding a domain on other licenses
    PRIMARY KEY (website_id, ordinal)
);
CREATE INDEX domains_key ON domains(domain_key);

CREATE TABLE clauses (
    id INTEGER PRIMARY KEY,
    license_id INTEGER NOT NULL REFERENCES licenses(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES clauses(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,                 -- position among its siblings
    number INTEGER NOT NULL,
    label TEXT NOT NULL,
    text TEXT NOT NULL,
    applies_to TEXT
);
CREATE INDEX clauses_license ON clauses(license_id, parent_id, ordinal);
CREATE INDEX clauses_parent ON clauses(parent_id);

CREATE TABLE inspections (
    license_id INTEGER NOT NULL REFERENCES licenses(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    year INTEGER NOT NULL,
    kind TEXT NOT NULL,
    result TEXT NOT NULL,
    authority TEXT,
    date TEXT,
    note TEXT,
    PRIMARY KEY (license_id, ordinal)
);

CREATE TABLE events (
    license_id INTEGER NOT NULL REFERENCES licenses(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    kind TEXT NOT NULL,
    date TEXT NOT NULL,
    note TEXT,
    filed TEXT,
    PRIMARY KEY (license_id, ordinal)
);

-- History outlives the license it speaks of: keyed by number, no foreign key.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    number TEXT NOT NULL,
    action TEXT NOT NULL,
    field TEXT,
    old TEXT,
    new TEXT
);
CREATE INDEX audit_number ON audit_log(number, id);

-- The words a search looks through, one row per license, in two tables: the identifying fields
-- (small rows, scanned for queries under three characters) and the clause text (large).
-- The FTS index reads its text through the search_text view; the store keeps it in step.
CREATE TABLE search_keys (
    license_id INTEGER PRIMARY KEY REFERENCES licenses(id) ON DELETE CASCADE,
    number TEXT NOT NULL,
    company TEXT NOT NULL,
    legal_representative TEXT NOT NULL,
    sites TEXT NOT NULL,
    domains TEXT NOT NULL,
    folded TEXT NOT NULL                      -- the five fields above, lower case, one per line: for instr()
);
CREATE TABLE search_clauses (
    license_id INTEGER PRIMARY KEY REFERENCES licenses(id) ON DELETE CASCADE,
    clauses TEXT NOT NULL
);
CREATE VIEW search_text AS
    SELECT k.license_id, k.number, k.company, k.legal_representative, k.sites, k.domains, c.clauses
    FROM search_keys k JOIN search_clauses c ON c.license_id = k.license_id;
CREATE VIRTUAL TABLE search_index USING fts5(
    number, company, legal_representative, sites, domains, clauses,
    content='search_text', content_rowid='license_id', tokenize='trigram'
);
"""


def _v1_initial_schema(conn: sqlite3.Connection) -> None:
    for statement in _split(_V1_SCHEMA):
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


_V2_SCHEMA = """
-- Every version a save produced, whole, as the schema's JSON: any version can be compared with any other.
CREATE TABLE license_versions (
    license_id INTEGER NOT NULL REFERENCES licenses(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    saved_at TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (license_id, version)
);

-- Scans and photos of the paper license, inside the file: no path that could escape a folder.
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    license_id INTEGER NOT NULL REFERENCES licenses(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    file_name TEXT NOT NULL,
    mime TEXT NOT NULL,
    size INTEGER NOT NULL,
    added_at TEXT NOT NULL,
    note TEXT,
    data BLOB NOT NULL
);
CREATE INDEX attachments_license ON attachments(license_id, id);
CREATE INDEX attachments_sha256 ON attachments(sha256);
"""


def _v2_versions_and_attachments(conn: sqlite3.Connection) -> None:
    for statement in _split(_V2_SCHEMA):
        conn.execute(statement)
    # The licenses already stored get their current state as their first kept version.  Read with the
    # v1 table layout, which is what the tables have at this step.
    from licdesk.store import versions, writing

    with _rows_by_name(conn):
        for row, lic in writing.stored_licenses(conn):
            versions.write_snapshot(conn, row["id"], row["version"], row["updated_at"], lic)


@contextmanager
def _rows_by_name(conn: sqlite3.Connection) -> Iterator[None]:
    """Rows read by column name for the store's readers, on the migrating connection (which reads tuples)."""
    previous_factory, conn.row_factory = conn.row_factory, sqlite3.Row
    try:
        yield
    finally:
        conn.row_factory = previous_factory


_V3_SCHEMA = """
-- The clause-by-clause compliance review: dated rounds per license, one row per clause reviewed.
CREATE TABLE review_rounds (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,                -- the same round in every database a package reaches
    license_id INTEGER NOT NULL REFERENCES licenses(id) ON DELETE CASCADE,
    base_uuid TEXT,                           -- the round this one started from
    started_at TEXT NOT NULL,
    finished_at TEXT,
    reviewer TEXT NOT NULL DEFAULT '',
    sync_base TEXT                            -- JSON: the reviews as last exchanged by package (merge base)
);
CREATE INDEX review_rounds_license ON review_rounds(license_id, started_at);

CREATE TABLE clause_reviews (
    round_id INTEGER NOT NULL REFERENCES review_rounds(id) ON DELETE CASCADE,
    clause_key TEXT NOT NULL,                 -- ordinals of the clause path, e.g. 15.3
    text_hash TEXT NOT NULL,                  -- fingerprint of the clause text that was judged
    status TEXT NOT NULL CHECK (status IN ('not_reviewed', 'compliant', 'partly', 'not_compliant',
                                           'not_applicable')),
    note TEXT NOT NULL DEFAULT '',
    responsible TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    evidence TEXT NOT NULL DEFAULT '[]',      -- JSON list of attachment SHA-256
    updated_at TEXT,
    updated_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (round_id, clause_key)
);

-- Both sides changed the same field of a clause's review: kept until a person chooses.
CREATE TABLE review_conflicts (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES review_rounds(id) ON DELETE CASCADE,
    clause_key TEXT NOT NULL,
    field TEXT NOT NULL,
    base TEXT,                                -- JSON values
    ours TEXT,
    theirs TEXT,
    theirs_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX review_conflicts_round ON review_conflicts(round_id);
"""


def _v3_reviews(conn: sqlite3.Connection) -> None:
    for statement in _split(_V3_SCHEMA):
        conn.execute(statement)


_V4_SCHEMA = """
-- Searches of one or two characters: the character pairs of the identifying fields (search_keys.folded),
-- written by licdesk.store.search.pair_words.  Contentless and without positions: it only answers
-- "which licenses hold this pair", at a fraction of the size of the text.
CREATE VIRTUAL TABLE search_pairs USING fts5(pairs, content='', detail=none, columnsize=0, tokenize='ascii');
"""


def _v4_pair_index(conn: sqlite3.Connection) -> None:
    for statement in _split(_V4_SCHEMA):
        conn.execute(statement)
    fill_pair_index(conn)


def fill_pair_index(conn: sqlite3.Connection) -> None:
    """Index the pairs of every license's identifying fields (the table is empty)."""
    from licdesk.store import search

    search.index_pairs(conn, conn.execute("SELECT license_id, folded FROM search_keys ORDER BY license_id").fetchall())


def _v5_search_annex_and_services(conn: sqlite3.Connection) -> None:
    """Search also reads the servers' places, the access providers, the services and their coverage."""
    from licdesk.store import writing

    with _rows_by_name(conn):
        writing.refill_search_keys(conn)
    conn.execute("INSERT INTO search_index (search_index) VALUES ('rebuild')")
    conn.execute("INSERT INTO search_pairs (search_pairs) VALUES ('delete-all')")
    fill_pair_index(conn)


_V6_SCHEMA = """
-- A license the company no longer holds (not continued, cancelled, replaced by a new certificate): at most
-- one closing per license; reopening removes the row (the audit log keeps what it said).
CREATE TABLE license_closures (
    license_id INTEGER PRIMARY KEY REFERENCES licenses(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('not_continuing', 'cancelled', 'replaced')),
    closed_on TEXT NOT NULL,                  -- ISO date: no obligations arise after it
    replaced_by INTEGER REFERENCES licenses(id) ON DELETE SET NULL,
    note TEXT,
    settles_open INTEGER NOT NULL DEFAULT 0,  -- 1: the duties open before closed_on were waived with it
    closed_at TEXT NOT NULL
);
CREATE INDEX license_closures_replaced_by ON license_closures(replaced_by);

-- Values of the whole library that travel with the file (e.g. the year tracking starts at).
CREATE TABLE library_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


def _v6_closures_and_library_meta(conn: sqlite3.Connection) -> None:
    for statement in _split(_V6_SCHEMA):
        conn.execute(statement)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "licenses, annex, clauses, records, audit log, full-text search", _v1_initial_schema),
    Migration(2, "kept versions of each license, attachments", _v2_versions_and_attachments),
    Migration(3, "clause-by-clause review rounds and merge conflicts", _v3_reviews),
    Migration(4, "an index of character pairs for searches of one or two characters", _v4_pair_index),
    Migration(5, "search reads server places, access providers, services and coverage", _v5_search_annex_and_services),
    Migration(6, "closed licenses, library-wide settings", _v6_closures_and_library_meta),
)

# A new migration changes the schema opening compares with first: run python tools/schema_snapshot.py.
LATEST_VERSION = MIGRATIONS[-1].version


def pending(current: int, migrations: tuple[Migration, ...] = MIGRATIONS) -> list[Migration]:
    return [m for m in migrations if m.version > current]


def apply(conn: sqlite3.Connection, migration: Migration) -> None:
    """Run one migration and its version bump in one transaction (the connection is in autocommit mode)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        migration.apply(conn)
        conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _split(script: str) -> list[str]:
    """Statements of a script, keeping trigger bodies whole (sqlite3.complete_statement knows where they end)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--") and not buffer.strip():
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
