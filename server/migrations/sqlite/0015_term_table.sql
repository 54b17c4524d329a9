-- The term table an admin keeps on the server (issue 15): other directories' taxonomy terms → Ruta's kinds,
-- populations and delivery modes, used by every import after the import's own table and before Ruta's built-in
-- one. One row, replaced whole; every change is also in audit_log (entity 'term_table').
CREATE TABLE term_table (
    id         INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    csv        TEXT NOT NULL,                  -- the table as the admin gave it, already checked
    row_count  INTEGER NOT NULL,
    updated_at TEXT NOT NULL
);
