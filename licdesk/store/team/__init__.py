"""The team library: the same register on a PostgreSQL server (psycopg 3), several clerks on one database.

What differs from the SQLite file lives here: where the library is (`location`), connecting with
clear messages (`connect`), the schema and its numbered migrations (`migrations`).
"""
