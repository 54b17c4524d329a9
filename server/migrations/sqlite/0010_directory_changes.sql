-- The directory's change feed (issue 17): one row per organisation or service written, in commit order (SQLite
-- has one writer). A running server applies rows it did not write itself — an import by the command line while
-- it serves — and, on PostgreSQL, replicas apply each other's.
CREATE TABLE directory_changes (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    entity    TEXT NOT NULL CHECK (entity IN ('organization', 'service')),
    entity_id TEXT NOT NULL,
    writer    TEXT NOT NULL,                   -- the writing process's random id
    at        TEXT NOT NULL
);
