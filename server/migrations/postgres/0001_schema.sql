-- Ruta on PostgreSQL: the same tables as the SQLite store (server/migrations/sqlite, read there for what each
-- column holds), in PostgreSQL's types: timestamps are TIMESTAMPTZ, flags BOOLEAN, sealed values BYTEA. Ids and
-- closed vocabularies stay TEXT, and lists and structured values stay JSON text, in the wire shapes of
-- ruta-api-types, so both stores read and write the same values.

CREATE TABLE organizations (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    descriptions    TEXT NOT NULL DEFAULT '{}',
    website         TEXT,
    email           TEXT,
    verified_at     TIMESTAMPTZ,
    demo            BOOLEAN NOT NULL DEFAULT FALSE,
    approved        BOOLEAN NOT NULL DEFAULT TRUE,
    declined_at     TIMESTAMPTZ,
    declined_reason TEXT
);

CREATE TABLE services (
    id                  TEXT PRIMARY KEY,
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
    capacity_updated_at TIMESTAMPTZ,
    last_verified_at    TIMESTAMPTZ,
    confidential        BOOLEAN NOT NULL DEFAULT FALSE,
    demo                BOOLEAN NOT NULL DEFAULT FALSE,
    country             TEXT NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL
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
    service_id  TEXT PRIMARY KEY REFERENCES services (id) ON DELETE CASCADE,
    lat         DOUBLE PRECISION NOT NULL,
    lon         DOUBLE PRECISION NOT NULL,
    address     TEXT,
    locality    TEXT,
    region      TEXT,
    country     TEXT NOT NULL,
    approximate BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE users (
    id              TEXT PRIMARY KEY,
    email           TEXT NOT NULL UNIQUE,
    password_hash   TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('admin', 'ngo_editor', 'operator', 'counsellor')),
    organization_id TEXT REFERENCES organizations (id),
    status          TEXT NOT NULL CHECK (status IN ('pending', 'active', 'disabled')),
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    CHECK (role NOT IN ('ngo_editor', 'counsellor') OR organization_id IS NOT NULL)
);

CREATE TABLE sessions (
    token_hash   TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   TIMESTAMPTZ NOT NULL,
    last_seen_at TIMESTAMPTZ NOT NULL,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE audit_log (
    id              BIGSERIAL PRIMARY KEY,
    at              TIMESTAMPTZ NOT NULL,
    user_id         TEXT,
    actor           TEXT NOT NULL,
    organization_id TEXT,
    entity          TEXT NOT NULL,
    entity_id       TEXT NOT NULL,
    action          TEXT NOT NULL,
    before          TEXT,
    after           TEXT
);
CREATE INDEX audit_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_organization ON audit_log (organization_id);

CREATE TABLE problem_reports (
    id              TEXT PRIMARY KEY,
    service_id      TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL,
    reason          TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    resolved_at     TIMESTAMPTZ
);
CREATE INDEX reports_organization ON problem_reports (organization_id, resolved_at);

CREATE TABLE counsellors (
    id              TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    user_id         TEXT REFERENCES users (id),
    display_name    TEXT NOT NULL,
    gender          TEXT NOT NULL,
    languages       TEXT NOT NULL,
    specialities    TEXT NOT NULL,
    modalities      TEXT NOT NULL,
    timezone        TEXT NOT NULL,
    windows         TEXT NOT NULL,
    session_minutes BIGINT NOT NULL,
    buffer_minutes  BIGINT NOT NULL,
    notice_minutes  BIGINT NOT NULL,
    horizon_days    BIGINT NOT NULL,
    active          BOOLEAN NOT NULL DEFAULT TRUE,
    demo            BOOLEAN NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX counsellors_user ON counsellors (user_id) WHERE user_id IS NOT NULL;

CREATE TABLE time_off (
    id            TEXT PRIMARY KEY,
    counsellor_id TEXT NOT NULL REFERENCES counsellors (id) ON DELETE CASCADE,
    starts_at     TIMESTAMPTZ NOT NULL,
    ends_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX time_off_counsellor ON time_off (counsellor_id);

CREATE TABLE appointments (
    id                 TEXT PRIMARY KEY,
    reference          TEXT NOT NULL UNIQUE,
    secret_hash        TEXT NOT NULL,
    counsellor_id      TEXT NOT NULL REFERENCES counsellors (id),
    starts_at          TIMESTAMPTZ NOT NULL,
    ends_at            TIMESTAMPTZ NOT NULL,
    modality           TEXT NOT NULL,
    language           TEXT NOT NULL,
    private            BYTEA,
    status             TEXT NOT NULL,
    previous_reference TEXT,
    room_token         TEXT,
    created_at         TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    purge_after        TIMESTAMPTZ NOT NULL
);
-- One booking per slot while it stands, whichever replica the racers reach.
CREATE UNIQUE INDEX appointments_slot ON appointments (counsellor_id, starts_at)
    WHERE status IN ('requested', 'confirmed');
CREATE INDEX appointments_purge ON appointments (purge_after);

CREATE TABLE idempotency_keys (
    key_hash       TEXT PRIMARY KEY,
    appointment_id TEXT NOT NULL,
    secret_enc     BYTEA NOT NULL,
    request_hash   TEXT NOT NULL DEFAULT '',
    created_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

CREATE TABLE appointment_counts (
    month           TEXT NOT NULL,
    organization_id TEXT NOT NULL,
    modality        TEXT NOT NULL,
    language        TEXT NOT NULL,
    status          TEXT NOT NULL,
    count           BIGINT NOT NULL,
    PRIMARY KEY (month, organization_id, modality, language, status)
);

CREATE TABLE referral_counts (
    day        TEXT NOT NULL,
    kind       TEXT NOT NULL,
    country    TEXT NOT NULL,
    admin_area TEXT NOT NULL DEFAULT '',
    language   TEXT NOT NULL,
    count      BIGINT NOT NULL CHECK (count > 0),
    PRIMARY KEY (day, kind, country, admin_area, language)
);

CREATE TABLE lifeline_corrections (
    country      TEXT PRIMARY KEY,
    body         TEXT NOT NULL,
    corrected_at TIMESTAMPTZ NOT NULL
);

-- The directory's change feed: one row per organisation or service written, in commit order (writes are
-- serialised by one advisory lock, so a sequence number is never seen before a smaller one). Replicas apply the
-- rows after the last one they applied, woken by NOTIFY ruta_directory.
CREATE TABLE directory_changes (
    seq       BIGSERIAL PRIMARY KEY,
    entity    TEXT NOT NULL CHECK (entity IN ('organization', 'service')),
    entity_id TEXT NOT NULL,
    writer    TEXT NOT NULL,
    at        TIMESTAMPTZ NOT NULL
);
