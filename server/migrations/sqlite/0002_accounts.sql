-- Accounts, sessions, the audit log and problem reports.
-- No personal data of survivors lives here: users are NGO staff, operators, counsellors and admins.

-- Organisations an admin has not approved yet cannot have their services listed or edited.
ALTER TABLE organizations ADD COLUMN approved INTEGER NOT NULL DEFAULT 1;

CREATE TABLE users (
    id              TEXT PRIMARY KEY NOT NULL,
    email           TEXT NOT NULL UNIQUE,            -- lower-cased
    password_hash   TEXT NOT NULL,                   -- argon2id PHC string
    role            TEXT NOT NULL CHECK (role IN ('admin', 'ngo_editor', 'operator', 'counsellor')),
    organization_id TEXT REFERENCES organizations (id),
    status          TEXT NOT NULL CHECK (status IN ('pending', 'active', 'disabled')),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK (role NOT IN ('ngo_editor', 'counsellor') OR organization_id IS NOT NULL)
);

-- A session is known by the SHA-256 of its token: the token itself is only ever in the cookie.
CREATE TABLE sessions (
    token_hash   TEXT PRIMARY KEY NOT NULL,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    revoked_at   TEXT
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Every change to the directory or to accounts: who, when, what, before and after (JSON).
CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    at              TEXT NOT NULL,
    user_id         TEXT,                            -- NULL for the command line and imports
    actor           TEXT NOT NULL,                   -- email or "cli", kept if the user is deleted
    organization_id TEXT,
    entity          TEXT NOT NULL,                   -- service, organization, user
    entity_id       TEXT NOT NULL,
    action          TEXT NOT NULL,
    before          TEXT,
    after           TEXT
);
CREATE INDEX audit_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_organization ON audit_log (organization_id);

-- "This listing is wrong": a reason from a fixed list and when. Nothing about who reported it.
CREATE TABLE problem_reports (
    id              TEXT PRIMARY KEY NOT NULL,
    service_id      TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL,
    reason          TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    resolved_at     TEXT
);
CREATE INDEX reports_organization ON problem_reports (organization_id, resolved_at);
