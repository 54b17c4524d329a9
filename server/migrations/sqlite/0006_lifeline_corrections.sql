-- Admins' corrections of a country's life lines (issue 13). The shipped files (data/lifelines/) stay the default;
-- a row here replaces one country's whole set until an admin takes it back. Every change is also in audit_log
-- (entity 'lifelines', entity_id the UUIDv5 of the country code).
CREATE TABLE lifeline_corrections (
    country      TEXT PRIMARY KEY NOT NULL,      -- ISO 3166-1 alpha-2
    body         TEXT NOT NULL,                  -- api_types::LifeLinesInput as JSON, already checked
    corrected_at TEXT NOT NULL
) WITHOUT ROWID;
