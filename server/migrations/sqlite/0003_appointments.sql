-- Remote psychosocial appointments. Only what a booking needs: no name, no account, at most one contact channel,
-- encrypted (XChaCha20-Poly1305, key outside the database). Everything but anonymous counts is purged a set number
-- of days after the session; secure_delete (set on every connection) overwrites the freed bytes.

CREATE TABLE counsellors (
    id               TEXT PRIMARY KEY NOT NULL,
    organization_id  TEXT NOT NULL REFERENCES organizations (id),
    user_id          TEXT REFERENCES users (id),
    display_name     TEXT NOT NULL,
    gender           TEXT NOT NULL,              -- woman, man, non_binary, unspecified
    languages        TEXT NOT NULL,              -- JSON list of language codes
    specialities     TEXT NOT NULL,              -- JSON list
    modalities       TEXT NOT NULL,              -- JSON list: video, phone, chat
    timezone         TEXT NOT NULL,              -- IANA
    windows          TEXT NOT NULL,              -- JSON weekly availability, local times
    session_minutes  INTEGER NOT NULL,
    buffer_minutes   INTEGER NOT NULL,
    notice_minutes   INTEGER NOT NULL,
    horizon_days     INTEGER NOT NULL,
    active           INTEGER NOT NULL DEFAULT 1,
    demo             INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE TABLE time_off (
    id             TEXT PRIMARY KEY NOT NULL,
    counsellor_id  TEXT NOT NULL REFERENCES counsellors (id) ON DELETE CASCADE,
    starts_at      TEXT NOT NULL,
    ends_at        TEXT NOT NULL
);
CREATE INDEX time_off_counsellor ON time_off (counsellor_id);

CREATE TABLE appointments (
    id                 TEXT PRIMARY KEY NOT NULL,
    reference          TEXT NOT NULL UNIQUE,
    secret_hash        TEXT NOT NULL,
    counsellor_id      TEXT NOT NULL REFERENCES counsellors (id),
    starts_at          TEXT NOT NULL,
    ends_at            TEXT NOT NULL,
    modality           TEXT NOT NULL,
    language           TEXT NOT NULL,
    private            BLOB,                     -- encrypted JSON: alias, contact channel, safe-contact notes
    status             TEXT NOT NULL,            -- requested, confirmed, declined, cancelled, completed, no_show
    previous_reference TEXT,                     -- "book again with the same counsellor"
    room_token         TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    purge_after        TEXT NOT NULL
);
-- A slot is booked at most once while the booking stands.
CREATE UNIQUE INDEX appointments_slot ON appointments (counsellor_id, starts_at)
    WHERE status IN ('requested', 'confirmed');
CREATE INDEX appointments_purge ON appointments (purge_after);

-- A retried request with the same Idempotency-Key gets the same booking.
CREATE TABLE idempotency_keys (
    key_hash       TEXT PRIMARY KEY NOT NULL,
    appointment_id TEXT NOT NULL,
    secret_enc     BLOB NOT NULL,                -- the secret, encrypted, to answer the retry identically
    created_at     TEXT NOT NULL
);

-- What stays after a purge: anonymous counts.
CREATE TABLE appointment_counts (
    month           TEXT NOT NULL,               -- YYYY-MM
    organization_id TEXT NOT NULL,
    modality        TEXT NOT NULL,
    language        TEXT NOT NULL,
    status          TEXT NOT NULL,
    count           INTEGER NOT NULL,
    PRIMARY KEY (month, organization_id, modality, language, status)
);
