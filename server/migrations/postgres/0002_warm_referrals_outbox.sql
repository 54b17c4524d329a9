-- Warm referrals and the notification outbox: as server/migrations/sqlite/0011_warm_referrals_outbox.sql says.
CREATE TABLE warm_referrals (
    id                     TEXT PRIMARY KEY,
    service_id             TEXT NOT NULL,
    organization_id        TEXT NOT NULL,
    sender_user_id         TEXT NOT NULL,
    sender_organization_id TEXT,
    consent                TEXT NOT NULL,
    language               TEXT NOT NULL,
    needs                  TEXT NOT NULL,
    urgency                TEXT NOT NULL,
    private                BYTEA NOT NULL,
    status                 TEXT NOT NULL,
    decline_reason         TEXT,
    created_at             TIMESTAMPTZ NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL,
    purge_after            TIMESTAMPTZ
);
CREATE INDEX warm_referrals_inbox ON warm_referrals (organization_id);
CREATE INDEX warm_referrals_sent ON warm_referrals (sender_user_id);
CREATE INDEX warm_referrals_purge ON warm_referrals (purge_after);

CREATE TABLE outbox (
    id              TEXT PRIMARY KEY,
    event_key       TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL,
    channel         TEXT NOT NULL,
    organization_id TEXT,
    language        TEXT NOT NULL,
    sealed          BYTEA NOT NULL,
    status          TEXT NOT NULL,
    attempts        BIGINT NOT NULL DEFAULT 0,
    due_at          TIMESTAMPTZ NOT NULL,
    lease_until     TIMESTAMPTZ,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ,
    purge_after     TIMESTAMPTZ NOT NULL
);
CREATE INDEX outbox_due ON outbox (status, due_at);
CREATE INDEX outbox_organization ON outbox (organization_id, created_at);
CREATE INDEX outbox_purge ON outbox (purge_after);
