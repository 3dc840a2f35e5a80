"""The schema licdesk's migrations make at their latest version, as schema_check compares it.

Opening a database compares its tables, indexes, views and triggers with these first: a file whose
schema is licdesk's is judged without building the expected schema in memory (a few ms at every
start).  Anything else is judged against the migrations themselves.  Written by
`python tools/schema_snapshot.py`; tests/unit/test_schema_snapshot.py fails when it no longer matches
the migrations.  FTS5's own tables are known by name, their text depends on the SQLite version.
"""

VERSION = 6

OBJECTS = {
    ('index', 'attachments_license'):
        'create index attachments_license on attachments(license_id, id)',
    ('index', 'attachments_sha256'):
        'create index attachments_sha256 on attachments(sha256)',
    ('index', 'audit_number'):
        'create index audit_number on audit_log(number, id)',
    ('index', 'clauses_license'):
        'create index clauses_license on clauses(license_id, parent_id, ordinal)',
    ('index', 'clauses_parent'):
        'create index clauses_parent on clauses(parent_id)',
    ('index', 'domains_key'):
        'create index domains_key on domains(domain_key)',
    ('index', 'license_closures_replaced_by'):
        'create index license_closures_replaced_by on license_closures(replaced_by)',
    ('index', 'licenses_live_categories'):
        'create index licenses_live_categories on licenses(categories, number) where deleted_at is null',
    ('index', 'licenses_live_company'):
        'create index licenses_live_company on licenses(company, number) where deleted_at is null',
    ('index', 'licenses_live_expiry'):
        'create index licenses_live_expiry on licenses(expiry_date, number) where deleted_at is null',
    ('index', 'licenses_live_issue'):
        'create index licenses_live_issue on licenses(issue_date, number) where deleted_at is null',
    ('index', 'licenses_live_number'):
        'create index licenses_live_number on licenses(number) where deleted_at is null',
    ('index', 'licenses_live_services'):
        'create index licenses_live_services on licenses(service_names, number) where deleted_at is null',
    ('index', 'licenses_live_urgency'):
        "create index licenses_live_urgency on licenses(coalesce(expiry_date, '9999-12-31'), number) where "
        'deleted_at is null',
    ('index', 'licenses_trash'):
        'create index licenses_trash on licenses(deleted_at) where deleted_at is not null',
    ('index', 'review_conflicts_round'):
        'create index review_conflicts_round on review_conflicts(round_id)',
    ('index', 'review_rounds_license'):
        'create index review_rounds_license on review_rounds(license_id, started_at)',
    ('table', 'attachments'):
        'create table attachments ( id integer primary key, license_id integer not null references '
        'licenses(id) on delete cascade, sha256 text not null, file_name text not null, mime text not null, '
        'size integer not null, added_at text not null, note text, data blob not null )',
    ('table', 'audit_log'):
        'create table audit_log ( id integer primary key, at text not null, number text not null, action text '
        'not null, field text, old text, new text )',
    ('table', 'clause_reviews'):
        'create table clause_reviews ( round_id integer not null references review_rounds(id) on delete '
        'cascade, clause_key text not null, text_hash text not null, status text not null check (status in '
        "('not_reviewed', 'compliant', 'partly', 'not_compliant', 'not_applicable')), note text not null "
        "default '', responsible text not null default '', due_date text, evidence text not null default "
        "'[]', updated_at text, updated_by text not null default '', primary key (round_id, clause_key) )",
    ('table', 'clauses'):
        'create table clauses ( id integer primary key, license_id integer not null references licenses(id) '
        'on delete cascade, parent_id integer references clauses(id) on delete cascade, ordinal integer not '
        'null, number integer not null, label text not null, text text not null, applies_to text )',
    ('table', 'domains'):
        'create table domains ( website_id integer not null references websites(id) on delete cascade, '
        'ordinal integer not null, domain text not null, domain_key text not null, primary key (website_id, '
        'ordinal) )',
    ('table', 'events'):
        'create table events ( license_id integer not null references licenses(id) on delete cascade, ordinal '
        'integer not null, kind text not null, date text not null, note text, filed text, primary key '
        '(license_id, ordinal) )',
    ('table', 'inspections'):
        'create table inspections ( license_id integer not null references licenses(id) on delete cascade, '
        'ordinal integer not null, year integer not null, kind text not null, result text not null, authority '
        'text, date text, note text, primary key (license_id, ordinal) )',
    ('table', 'library_meta'):
        'create table library_meta ( key text primary key, value text not null )',
    ('table', 'license_closures'):
        'create table license_closures ( license_id integer primary key references licenses(id) on delete '
        "cascade, kind text not null check (kind in ('not_continuing', 'cancelled', 'replaced')), closed_on "
        'text not null, replaced_by integer references licenses(id) on delete set null, note text, '
        'settles_open integer not null default 0, closed_at text not null )',
    ('table', 'license_versions'):
        'create table license_versions ( license_id integer not null references licenses(id) on delete '
        'cascade, version integer not null, saved_at text not null, data text not null, primary key '
        '(license_id, version) )',
    ('table', 'licenses'):
        'create table licenses ( id integer primary key, number text not null, number_key text not null '
        "unique, company text not null default '', legal_representative text not null default '', title text, "
        'preamble text, issuer text, issue_date text, expiry_date text, annex_heading text, provisions_intro '
        "text, warnings text not null default '[]', categories text not null default '[]', service_names text "
        "not null default '[]', version integer not null default 1, created_at text not null, updated_at text "
        'not null, deleted_at text )',
    ('table', 'review_conflicts'):
        'create table review_conflicts ( id integer primary key, round_id integer not null references '
        'review_rounds(id) on delete cascade, clause_key text not null, field text not null, base text, ours '
        "text, theirs text, theirs_by text not null default '', created_at text not null )",
    ('table', 'review_rounds'):
        'create table review_rounds ( id integer primary key, uuid text not null unique, license_id integer '
        'not null references licenses(id) on delete cascade, base_uuid text, started_at text not null, '
        "finished_at text, reviewer text not null default '', sync_base text )",
    ('table', 'search_clauses'):
        'create table search_clauses ( license_id integer primary key references licenses(id) on delete '
        'cascade, clauses text not null )',
    ('table', 'search_index'):
        'create virtual table search_index using fts5( number, company, legal_representative, sites, domains, '
        "clauses, content='search_text', content_rowid='license_id', tokenize='trigram' )",
    ('table', 'search_index_config'):
        '',
    ('table', 'search_index_data'):
        '',
    ('table', 'search_index_docsize'):
        '',
    ('table', 'search_index_idx'):
        '',
    ('table', 'search_keys'):
        'create table search_keys ( license_id integer primary key references licenses(id) on delete cascade, '
        'number text not null, company text not null, legal_representative text not null, sites text not '
        'null, domains text not null, folded text not null )',
    ('table', 'search_pairs'):
        "create virtual table search_pairs using fts5(pairs, content='', detail=none, columnsize=0, "
        "tokenize='ascii')",
    ('table', 'search_pairs_config'):
        '',
    ('table', 'search_pairs_data'):
        '',
    ('table', 'search_pairs_idx'):
        '',
    ('table', 'services'):
        'create table services ( license_id integer not null references licenses(id) on delete cascade, '
        'ordinal integer not null, name text not null, coverage text, remarks text, primary key (license_id, '
        'ordinal) )',
    ('table', 'websites'):
        'create table websites ( id integer primary key, license_id integer not null references licenses(id) '
        'on delete cascade, ordinal integer not null, site_name text, server_location text, access_provider '
        'text, unique (license_id, ordinal) )',
    ('view', 'search_text'):
        'create view search_text as select k.license_id, k.number, k.company, k.legal_representative, '
        'k.sites, k.domains, c.clauses from search_keys k join search_clauses c on c.license_id = '
        'k.license_id',
}
