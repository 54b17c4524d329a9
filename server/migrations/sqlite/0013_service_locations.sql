-- A service at several locations (an NGO's branches in several towns): one row per location, the main one at
-- position 0. SQLite cannot change a primary key in place, so the table is rebuilt with the rows it has.
CREATE TABLE locations_by_position (
    service_id  TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    lat         REAL NOT NULL,
    lon         REAL NOT NULL,
    address     TEXT,
    locality    TEXT,
    region      TEXT,
    country     TEXT NOT NULL,
    approximate INTEGER NOT NULL DEFAULT 0,
    postal_code TEXT,
    PRIMARY KEY (service_id, position)
);
INSERT INTO locations_by_position (service_id, position, lat, lon, address, locality, region, country, approximate,
    postal_code)
SELECT service_id, 0, lat, lon, address, locality, region, country, approximate, postal_code FROM locations;
DROP TABLE locations;
ALTER TABLE locations_by_position RENAME TO locations;
