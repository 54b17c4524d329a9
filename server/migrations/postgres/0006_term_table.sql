-- The term table an admin keeps on the server: as server/migrations/sqlite/0015_term_table.sql says.
CREATE TABLE term_table (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    csv        TEXT NOT NULL,
    row_count  BIGINT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
