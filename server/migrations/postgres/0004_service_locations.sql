-- A service at several locations (an NGO's branches in several towns): one row per location, the main one at
-- position 0.
ALTER TABLE locations ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE locations DROP CONSTRAINT locations_pkey;
ALTER TABLE locations ADD PRIMARY KEY (service_id, position);
