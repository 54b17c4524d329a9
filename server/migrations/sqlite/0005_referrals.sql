-- Referral counts for monitoring (issue 7). An operator's referral adds one to the count of its day and group:
-- kind of service, country (ISO 3166-1 alpha-2), first-level division (ISO 3166-2, '' when unknown), the
-- caller's language (primary subtag) and the day (UTC). Nothing else: no person, no free text, no service, no
-- operator, and no row per referral (so not even the order of referrals is kept).

CREATE TABLE referral_counts (
    day        TEXT NOT NULL,                  -- YYYY-MM-DD, UTC
    kind       TEXT NOT NULL,
    country    TEXT NOT NULL,
    admin_area TEXT NOT NULL DEFAULT '',
    language   TEXT NOT NULL,
    count      INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (day, kind, country, admin_area, language)
) WITHOUT ROWID;
