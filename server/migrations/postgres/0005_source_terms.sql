-- A service's source terms: as server/migrations/sqlite/0014_source_terms.sql says.
ALTER TABLE services ADD COLUMN source_terms TEXT;
