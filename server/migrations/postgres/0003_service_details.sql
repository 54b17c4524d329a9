-- A service's own words and its postal code: as server/migrations/sqlite/0012_service_details.sql says.
ALTER TABLE services ADD COLUMN details TEXT;
ALTER TABLE locations ADD COLUMN postal_code TEXT;
