//! Ruta's integration tests: one binary, a real server on 127.0.0.1:0 per test with a fresh SQLite database.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests stop at the first surprise"
)]

mod accounts; // sign-in, sessions, cross-site checks, rate limits, the access matrix, editing, audit, reports
mod admin; // issue 19: registrations approved or declined, accounts, roles, sessions; the last admin stays
mod admin_browser; // issue 19 in Chromium: approve a new NGO, end its editor's sessions on a phone; the tab by role
mod architecture; // the server's layers: no import reaches a higher one, nothing below http knows HTTP
mod booking; // remote appointments: slots, one booking per slot, idempotency, secret, .ics, purge
mod booking_browser; // remote sessions in Chromium: a survivor books, the counsellor confirms, the survivor sees it
mod booking_flow; // the counsellor list's order, booking from a service, phone numbers in E.164, "book again" keeps contact
mod browser; // the survivor's journey in headless Chromium: search, filter, service, quick exit, no trace
mod concurrency; // issue 16: ETag and If-Match on every editable record, 412/428, the audit log's chain
mod connections; // half-sent requests and idle connections closed, a connection cap with a clear 503
mod console; // the operator console and coverage screens in Chromium, keyboard only
mod contract; // issue 16: every error in the JSON shape (405, 413, 414, 431), limits as documented, schemas that hold
mod counsellors; // counsellor profiles kept by editors and admins; a counsellor's own availability and time off
mod countries; // GET /api/v1/countries/{iso2}
mod coverage; // coverage-gap reports: nearest service per place and kind, remote coverage, shares, CSV, roles
mod demo; // the demo directory as a new user meets it
mod details; // issue 15: a service's own words and postal code kept, shown, exported; a confidential one's way in private
mod drill; // kill -9 ten times during bookings and new listings: no acknowledged write lost, no 500
mod errors; // every bad input is a 4xx naming the field, never a 500
mod hsds; // /hsds/…: the Open Referral HSDS 3.0 export, schema-valid, paged, filtered, never a confidential place
mod import; // POST /api/v1/manage/import and `ruta import`: HSDS in, tolerant, atomic, idempotent, safe
mod import_limits; // no upload can take the server's memory: sizes, ratios, rows, rows' length, one import at a time
mod import_real; // real exports' layouts and defects (tests/fixtures/hsds/real): nothing lost, words repaired
mod index; // the spatial index equals a brute-force haversine scan (property test)
mod installable; // the manifest and icons, the shell offline, the discreet name and icon (off by default)
mod lifelines_browser; // life lines in Chromium: labelled numbers, the anti-trafficking line first, offline, rights
mod locales; // every locale parses and has every message, with the same variables
mod locations; // issue 15: a service at several locations: found at the nearest, shown, exported, edited, kept
mod notices; // issue 18: what bookings and the monthly listing check tell, through the outbox and a real gateway
mod notifications_browser; // issue 18 in Chromium: nothing configured, the referral mail held, previewed masked on a phone
mod openapi; // the OpenAPI document and the self-hosted docs page
mod outbox; // issue 18: notifications through real local SMTP and gateway servers: retried, failed, held, once after a kill
mod places; // GET /api/v1/places: typed-town search
mod privacy; // confidential locations, logs, security headers
mod referrals; // operator search with confidential details, referral messages, anonymous counts, suppression
mod referrals_browser; // issue 18 in Chromium: operator → confidential shelter's inbox on a phone → accepted; purged to a count
mod replicas; // issue 17: two servers on one PostgreSQL database, the command line beside a server
mod scene; // the fixture directory shared by the search tests
mod search; // GET /api/v1/search: distance order, filters, remote coverage, languages
mod services; // GET /api/v1/services/{id}
mod slots; // appointment slots across daylight-saving changes (property tests)
mod slow_link_browser; // a slow link: the first paint already has the quick exit and the emergency guidance
mod spreadsheets; // issue 15: .xlsx, .ods and .csv in Ruta's template, headers in four languages; the template download
mod storage; // data on disk survives a restart; demo loaded once
mod terms; // issue 15: other taxonomies' terms mapped by Ruta's table and by an import's own; the report says to what
mod warm_referrals; // issue 18: warm referrals with consent, the inbox, the sender's status, sealed, audited, purged
mod words_browser; // issue 14 words in Chromium: no raw language code on any screen in any of the 8 languages
