-- Warm referrals and the notification outbox (issue 18).
--
-- A warm referral holds the minimum the receiving organisation needs to act: what the person agreed to, their
-- language, needs and urgency in the clear (the inbox sorts on them); alias, contact and note sealed with the
-- booking key. Everything goes `purge_after` (set when it is closed or declined); the anonymous day count in
-- referral_counts stays.
CREATE TABLE warm_referrals (
    id                     TEXT PRIMARY KEY NOT NULL,
    service_id             TEXT NOT NULL,
    organization_id        TEXT NOT NULL,       -- receiving
    sender_user_id         TEXT NOT NULL,
    sender_organization_id TEXT,                -- NULL for operators and admins
    consent                TEXT NOT NULL,       -- JSON list: share_details, be_contacted
    language               TEXT NOT NULL,
    needs                  TEXT NOT NULL,       -- JSON list of kinds
    urgency                TEXT NOT NULL,
    private                BLOB NOT NULL,       -- sealed {alias, contact, note}
    status                 TEXT NOT NULL,
    decline_reason         TEXT,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    purge_after            TEXT
);
CREATE INDEX warm_referrals_inbox ON warm_referrals (organization_id);
CREATE INDEX warm_referrals_sent ON warm_referrals (sender_user_id);
CREATE INDEX warm_referrals_purge ON warm_referrals (purge_after);

-- Notifications, written in the same transaction as the event they tell of; a worker on any replica claims a
-- due row (a lease), delivers it and marks it sent, or schedules a retry. `event_key` is unique: the same event
-- is never queued twice. Recipient and message arguments are sealed; the kind, channel and state are not.
CREATE TABLE outbox (
    id              TEXT PRIMARY KEY NOT NULL,
    event_key       TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL,
    channel         TEXT NOT NULL,              -- email, sms, whatsapp
    organization_id TEXT,                       -- whose staff screens list it
    language        TEXT NOT NULL,
    sealed          BLOB NOT NULL,              -- {recipient, args}
    status          TEXT NOT NULL,              -- pending, sending, sent, failed, held, cancelled
    attempts        INTEGER NOT NULL DEFAULT 0,
    due_at          TEXT NOT NULL,
    lease_until     TEXT,
    last_error      TEXT,
    created_at      TEXT NOT NULL,
    sent_at         TEXT,
    purge_after     TEXT NOT NULL
);
CREATE INDEX outbox_due ON outbox (status, due_at);
CREATE INDEX outbox_organization ON outbox (organization_id, created_at);
CREATE INDEX outbox_purge ON outbox (purge_after);
