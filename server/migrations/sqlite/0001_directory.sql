-- The directory: organisations, services, their texts per language and their premises.
-- Lists (kinds, languages…) and structured values (hours, phones, service area) are JSON in the wire shapes of
-- ruta-api-types; timestamps are RFC 3339 UTC text.

CREATE TABLE organizations (
    id           TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL,
    descriptions TEXT NOT NULL DEFAULT '{}',
    website      TEXT,
    email        TEXT,
    verified_at  TEXT,
    demo         INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE services (
    id                  TEXT PRIMARY KEY NOT NULL,
    organization_id     TEXT NOT NULL REFERENCES organizations (id),
    kinds               TEXT NOT NULL,
    populations         TEXT NOT NULL,
    languages           TEXT NOT NULL,
    cost                TEXT NOT NULL,
    delivery            TEXT NOT NULL,
    hours               TEXT,
    phones              TEXT NOT NULL,
    service_area        TEXT NOT NULL,
    status              TEXT NOT NULL,
    capacity            TEXT NOT NULL,
    capacity_updated_at TEXT,
    last_verified_at    TEXT,
    confidential        INTEGER NOT NULL DEFAULT 0,
    demo                INTEGER NOT NULL DEFAULT 0,
    country             TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);

CREATE INDEX services_organization ON services (organization_id);

CREATE TABLE service_texts (
    service_id  TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    lang        TEXT NOT NULL,
    name        TEXT,
    description TEXT,
    PRIMARY KEY (service_id, lang)
);

CREATE TABLE locations (
    service_id TEXT PRIMARY KEY NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    lat        REAL NOT NULL,
    lon        REAL NOT NULL,
    address    TEXT,
    locality   TEXT,
    region     TEXT,
    country    TEXT NOT NULL
);
