//! Counsellor profiles, kept by their organisation's editors (and admins), and the availability each signed-in
//! counsellor keeps themself: weekly windows and time off in their own zone, and their session rules.
//!
//! A profile is validated whole before anything is written (a 422 names the first field at fault, e.g.
//! `timezone`, `weekly[2].from`, `languages[0]`), then saved with its audit entry in one transaction. Slots are
//! computed from the stored profile on every request, so a change shows in `GET /counsellors/{id}/slots` at once.
//! A change of availability never touches a booking: sessions that now fall outside it stay booked, and the answer
//! says how many.

use std::collections::HashMap;

use api_types::LanguageCode;
use api_types::booking::{
    AvailabilityInput, AvailabilitySaved, AvailabilityWindow, COUNSELLOR_GENDERS, COUNSELLOR_SPECIALITIES,
    CounsellorInput, CounsellorProfile, TimeOffInput, TimeOffView,
};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, put};
use axum::{Json, Router};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use uuid::Uuid;

use super::body::JsonBody;
use super::query::{Pairs, only, single};
use super::session::CurrentUser;
use crate::auth::{Permission, Role, User, normalize_email};
use crate::booking::{Counsellor, Modality, StoredWindow};
use crate::domain::AuditEntry;
use crate::domain::slots::{Availability, WeeklyWindow};
use crate::error::ApiError;
use crate::state::AppState;
use crate::storage::StoreError;

/// Routes under `/api/v1`.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/manage/counsellors",
            get(list_counsellors).post(create_counsellor),
        )
        .route(
            "/manage/counsellors/{id}",
            get(read_counsellor).put(update_counsellor),
        )
        .route("/counsellor/profile", get(own_profile))
        .route("/counsellor/availability", put(save_availability))
}

/// At most this many weekly windows.
const MAX_WINDOWS: usize = 70;
/// At most this many periods of time off.
const MAX_TIME_OFF: usize = 100;

/// A span of time, UTC, half-open.
type Span = (DateTime<Utc>, DateTime<Utc>);

fn parse_id(id: &str) -> Result<Uuid, ApiError> {
    Uuid::parse_str(id).map_err(|_| ApiError::invalid("id", "a counsellor id is a UUID"))
}

/// `value` if it lies in `min..=max`, else a 422 naming `field`.
fn within(value: i64, field: &'static str, (min, max): (i64, i64), unit: &str) -> Result<i64, ApiError> {
    if (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(ApiError::field(field, format!("from {min} to {max} {unit}")))
    }
}

/// Session length, buffer, notice and horizon, each in its range.
#[derive(Debug, Clone, Copy)]
struct Rules {
    session: Duration,
    buffer: Duration,
    notice: Duration,
    horizon: Duration,
}

impl Rules {
    fn of(a: &Availability) -> Self {
        Self {
            session: a.session,
            buffer: a.buffer,
            notice: a.min_notice,
            horizon: a.horizon,
        }
    }

    /// From the wire; each `None` keeps `self`'s value.
    fn with(
        self,
        session_minutes: Option<i64>,
        buffer_minutes: Option<i64>,
        notice_minutes: Option<i64>,
        horizon_days: Option<i64>,
    ) -> Result<Self, ApiError> {
        let minutes = |v: Option<i64>, field, range, keep: Duration| -> Result<Duration, ApiError> {
            v.map(|v| within(v, field, range, "minutes").map(Duration::minutes))
                .unwrap_or(Ok(keep))
        };
        Ok(Self {
            session: minutes(session_minutes, "session_minutes", (15, 240), self.session)?,
            buffer: minutes(buffer_minutes, "buffer_minutes", (0, 240), self.buffer)?,
            notice: minutes(notice_minutes, "notice_minutes", (0, 20_160), self.notice)?,
            horizon: horizon_days
                .map(|d| within(d, "horizon_days", (1, 365), "days").map(Duration::days))
                .unwrap_or(Ok(self.horizon))?,
        })
    }
}

fn parse_timezone(name: &str) -> Result<Tz, ApiError> {
    name.trim()
        .parse()
        .map_err(|_| ApiError::field("timezone", "an IANA time zone such as America/Lima"))
}

fn hh_mm(text: &str) -> Option<NaiveTime> {
    let text = text.trim();
    (text.len() == 5)
        .then(|| NaiveTime::parse_from_str(text, "%H:%M").ok())
        .flatten()
}

/// Weekly windows, checked: valid `HH:MM` times, `from < until` with room for a session, no two overlapping on
/// one day. Sorted by day and time.
fn weekly_windows(weekly: &[AvailabilityWindow], session: Duration) -> Result<Vec<WeeklyWindow>, ApiError> {
    if weekly.len() > MAX_WINDOWS {
        return Err(ApiError::field(
            "weekly",
            format!("at most {MAX_WINDOWS} windows"),
        ));
    }
    let mut windows: Vec<WeeklyWindow> = Vec::with_capacity(weekly.len());
    for (i, w) in weekly.iter().enumerate() {
        let time = |text: &str, part: &str| {
            hh_mm(text).ok_or_else(|| {
                ApiError::field(format!("weekly[{i}].{part}"), "a local time HH:MM such as 09:00")
            })
        };
        let (from, until) = (time(&w.from, "from")?, time(&w.until, "until")?);
        if until <= from {
            return Err(ApiError::field(
                format!("weekly[{i}].until"),
                "later than from, on the same day",
            ));
        }
        if until - from < session {
            return Err(ApiError::field(
                format!("weekly[{i}].until"),
                format!(
                    "leave room for at least one {}-minute session",
                    session.num_minutes()
                ),
            ));
        }
        if let Some(j) = windows
            .iter()
            .position(|o| o.day == w.day && o.from < until && from < o.until)
        {
            return Err(ApiError::field(
                format!("weekly[{i}].from"),
                format!("overlaps weekly[{j}] on the same day"),
            ));
        }
        windows.push(WeeklyWindow {
            day: w.day,
            from,
            until,
        });
    }
    windows.sort_by_key(|w| (w.day, w.from));
    Ok(windows)
}

/// The UTC instant of a local wall-clock time in `tz`: in a daylight-saving gap, the first minute after it; in a
/// repeated hour, the first occurrence, or the second one for the end of a period (so it covers the whole hour).
fn wall_clock(tz: Tz, local: NaiveDateTime, end: bool) -> Option<DateTime<Utc>> {
    (0..=120)
        .find_map(|m| {
            let at = tz.from_local_datetime(&local.checked_add_signed(Duration::minutes(m))?);
            if end { at.latest() } else { at.earliest() }
        })
        .map(|t| t.with_timezone(&Utc))
}

/// `YYYY-MM-DD` (the start of that day, or for an `end` the start of the next) or `YYYY-MM-DDTHH:MM`, local.
fn local_instant(text: &str, tz: Tz, end: bool) -> Option<DateTime<Utc>> {
    let text = text.trim();
    let local = match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        Ok(date) if end => date.succ_opt()?.and_time(NaiveTime::MIN),
        Ok(date) => date.and_time(NaiveTime::MIN),
        Err(_) => NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").ok()?,
    };
    if !super::query::PLAUSIBLE_YEARS.contains(&local.year()) {
        return None;
    }
    wall_clock(tz, local, end)
}

/// Time off, checked and turned into UTC spans; periods already over at `now` are dropped.
fn time_off(list: &[TimeOffInput], tz: Tz, now: DateTime<Utc>) -> Result<Vec<Span>, ApiError> {
    if list.len() > MAX_TIME_OFF {
        return Err(ApiError::field(
            "time_off",
            format!("at most {MAX_TIME_OFF} periods"),
        ));
    }
    let mut spans = Vec::with_capacity(list.len());
    for (i, t) in list.iter().enumerate() {
        let instant = |text: &str, part: &str, end: bool| {
            local_instant(text, tz, end).ok_or_else(|| {
                ApiError::field(
                    format!("time_off[{i}].{part}"),
                    "a local date YYYY-MM-DD or date and time YYYY-MM-DDTHH:MM (years 2000 to 2100)",
                )
            })
        };
        let (start, end) = (
            instant(&t.from, "from", false)?,
            instant(&t.until, "until", true)?,
        );
        if end <= start {
            return Err(ApiError::field(format!("time_off[{i}].until"), "later than from"));
        }
        spans.push((start, end));
    }
    spans.retain(|(_, end)| *end > now);
    spans.sort();
    Ok(spans)
}

/// Whether a session lies inside the availability: within one weekly window and clear of time off.
fn inside(a: &Availability, start: DateTime<Utc>, end: DateTime<Utc>) -> bool {
    if a.time_off.iter().any(|off| start < off.1 && off.0 < end) {
        return false;
    }
    let tz = a.timezone;
    let day = start.with_timezone(&tz).date_naive();
    [day.pred_opt(), Some(day)].into_iter().flatten().any(|date| {
        let weekday = api_types::Weekday::ALL[date.weekday().num_days_from_monday() as usize];
        a.windows.iter().filter(|w| w.day == weekday).any(|w| {
            let from = wall_clock(tz, date.and_time(w.from), false);
            let until = wall_clock(tz, date.and_time(w.until), false);
            matches!((from, until), (Some(f), Some(u)) if f <= start && end <= u)
        })
    })
}

/// The profile fields of a [`CounsellorInput`], checked.
#[derive(Debug)]
struct Checked {
    display_name: String,
    gender: String,
    languages: Vec<LanguageCode>,
    specialities: Vec<String>,
    modalities: Vec<Modality>,
    timezone: Tz,
    rules: Rules,
    windows: Option<Vec<WeeklyWindow>>,
    time_off: Option<Vec<Span>>,
}

fn check_profile(input: &CounsellorInput, now: DateTime<Utc>) -> Result<Checked, ApiError> {
    let display_name = input.display_name.trim();
    if display_name.is_empty() || display_name.chars().count() > 80 {
        return Err(ApiError::field(
            "display_name",
            "the name survivors see, 1 to 80 characters",
        ));
    }
    if !COUNSELLOR_GENDERS.contains(&input.gender.as_str()) {
        return Err(ApiError::field("gender", "woman, man, non_binary or unspecified"));
    }
    if input.languages.is_empty() || input.languages.len() > 20 {
        return Err(ApiError::field("languages", "from 1 to 20 languages"));
    }
    let mut languages: Vec<LanguageCode> = Vec::new();
    for l in &input.languages {
        if !languages.contains(l) {
            languages.push(l.clone());
        }
    }
    let mut specialities: Vec<String> = Vec::new();
    for (i, s) in input.specialities.iter().enumerate() {
        if !COUNSELLOR_SPECIALITIES.contains(&s.as_str()) {
            return Err(ApiError::field(
                format!("specialities[{i}]"),
                COUNSELLOR_SPECIALITIES.join(", "),
            ));
        }
        if !specialities.contains(s) {
            specialities.push(s.clone());
        }
    }
    if input.modalities.is_empty() {
        return Err(ApiError::field(
            "modalities",
            "at least one of video, phone or chat",
        ));
    }
    let mut modalities: Vec<Modality> = Vec::new();
    for (i, m) in input.modalities.iter().enumerate() {
        let m = Modality::parse(m)
            .ok_or_else(|| ApiError::field(format!("modalities[{i}]"), "video, phone or chat"))?;
        if !modalities.contains(&m) {
            modalities.push(m);
        }
    }
    let timezone = parse_timezone(&input.timezone)?;
    let defaults = Rules {
        session: Duration::zero(),
        buffer: Duration::zero(),
        notice: Duration::zero(),
        horizon: Duration::zero(),
    };
    let rules = defaults.with(
        Some(input.session_minutes),
        Some(input.buffer_minutes),
        Some(input.notice_minutes),
        Some(input.horizon_days),
    )?;
    let windows = input
        .weekly
        .as_deref()
        .map(|list| weekly_windows(list, rules.session))
        .transpose()?;
    let time_off = input
        .time_off
        .as_deref()
        .map(|list| time_off(list, timezone, now))
        .transpose()?;
    Ok(Checked {
        display_name: display_name.to_owned(),
        gender: input.gender.clone(),
        languages,
        specialities,
        modalities,
        timezone,
        rules,
        windows,
        time_off,
    })
}

/// Why an account cannot be linked, whatever the reason.
const NOT_LINKABLE: &str = "not a counsellor's account of this organisation";

/// The account a profile links to, checked: a counsellor's account of the same organisation, not linked to
/// another profile. `None` when neither `user_email` nor `user_id` is given.
async fn linked_account(
    state: &AppState,
    input: &CounsellorInput,
    organization_id: Uuid,
    counsellor_id: Uuid,
) -> Result<Option<User>, ApiError> {
    let email = input
        .user_email
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty());
    let by_email = match email {
        None => None,
        Some(e) => {
            let e =
                normalize_email(e).ok_or_else(|| ApiError::field("user_email", "not an email address"))?;
            let (user, _) = state
                .store
                .user_by_email(&e)
                .await?
                .ok_or_else(|| ApiError::field("user_email", NOT_LINKABLE))?;
            Some(user)
        }
    };
    let by_id = match input.user_id {
        None => None,
        Some(id) => Some(
            state
                .store
                .user_by_id(id)
                .await?
                .ok_or_else(|| ApiError::field("user_id", NOT_LINKABLE))?,
        ),
    };
    let field = if by_email.is_some() {
        "user_email"
    } else {
        "user_id"
    };
    let user = match (by_email, by_id) {
        (Some(a), Some(b)) if a.id != b.id => {
            return Err(ApiError::field(
                "user_id",
                "user_id and user_email name different accounts",
            ));
        }
        (Some(user), _) | (None, Some(user)) => user,
        (None, None) => return Ok(None),
    };
    // One answer whether the account is missing, not a counsellor's or another organisation's: an editor
    // learns nothing about accounts outside their organisation.
    if user.role != Role::Counsellor || user.organization_id != Some(organization_id) {
        return Err(ApiError::field(field, NOT_LINKABLE));
    }
    let taken = state
        .bookings
        .counsellors()
        .await?
        .iter()
        .any(|c| c.user_id == Some(user.id) && c.id != counsellor_id);
    if taken {
        return Err(ApiError::Conflict {
            field: field.to_owned(),
        });
    }
    Ok(Some(user))
}

/// A counsellor's whole profile on the wire.
fn profile(c: &Counsellor, user_email: Option<String>) -> CounsellorProfile {
    let a = &c.availability;
    let local = |t: DateTime<Utc>| t.with_timezone(&a.timezone).format("%Y-%m-%dT%H:%M").to_string();
    let mut time_off: Vec<TimeOffView> = a
        .time_off
        .iter()
        .map(|(start, end)| TimeOffView {
            from: local(*start),
            until: local(*end),
            start: *start,
            end: *end,
        })
        .collect();
    time_off.sort_by_key(|t| t.start);
    let mut windows = a.windows.clone();
    windows.sort_by_key(|w| (w.day, w.from));
    CounsellorProfile {
        id: c.id,
        organization_id: c.organization_id,
        user_id: c.user_id,
        user_email,
        display_name: c.display_name.clone(),
        gender: c.gender.clone(),
        languages: c.languages.clone(),
        specialities: c.specialities.clone(),
        modalities: c.modalities.iter().map(|m| m.as_str().to_owned()).collect(),
        timezone: a.timezone.name().to_owned(),
        session_minutes: a.session.num_minutes(),
        buffer_minutes: a.buffer.num_minutes(),
        notice_minutes: a.min_notice.num_minutes(),
        horizon_days: a.horizon.num_days(),
        weekly: windows
            .iter()
            .map(|w| {
                let s = StoredWindow::of(w);
                AvailabilityWindow {
                    day: s.day,
                    from: s.from,
                    until: s.until,
                }
            })
            .collect(),
        time_off,
        active: c.active,
        demo: c.demo,
    }
}

async fn email_of(state: &AppState, user_id: Option<Uuid>) -> Result<Option<String>, ApiError> {
    Ok(match user_id {
        Some(id) => state.store.user_by_id(id).await?.map(|u| u.email),
        None => None,
    })
}

async fn profile_of(state: &AppState, c: &Counsellor) -> Result<CounsellorProfile, ApiError> {
    Ok(profile(c, email_of(state, c.user_id).await?))
}

fn audit_entry(
    user: &CurrentUser,
    now: DateTime<Utc>,
    action: &'static str,
    before: Option<&CounsellorProfile>,
    after: &CounsellorProfile,
) -> AuditEntry {
    AuditEntry {
        at: now,
        user_id: Some(user.user.id),
        actor: user.user.email.clone(),
        organization_id: Some(after.organization_id),
        entity: "counsellor",
        entity_id: after.id,
        action,
        before: before.and_then(|b| serde_json::to_value(b).ok()),
        after: serde_json::to_value(after).ok(),
    }
}

/// Writes the counsellor with its audit entry, in one transaction.
async fn save(
    state: &AppState,
    c: &Counsellor,
    now: DateTime<Utc>,
    audit: &AuditEntry,
) -> Result<(), ApiError> {
    match state.bookings.save_counsellor_audited(c, now, audit).await {
        Err(StoreError::Conflict(field)) => Err(ApiError::Conflict { field }),
        other => Ok(other?),
    }
}

/// A stored counsellor the caller may manage: 404 when there is none, 403 when it is another organisation's.
async fn manageable(state: &AppState, user: &CurrentUser, id: &str) -> Result<Counsellor, ApiError> {
    let c = state
        .bookings
        .counsellor(parse_id(id)?)
        .await?
        .ok_or(ApiError::NotFound {
            what: "counsellor",
            field: "id",
        })?;
    user.require(Permission::ManageCounsellors(c.organization_id))?;
    Ok(c)
}

/// `GET /manage/counsellors`: an editor's own organisation's counsellors; an admin's, everyone's (or one
/// organisation's with `organization_id`).
#[utoipa::path(
    get,
    path = "/api/v1/manage/counsellors",
    tag = "manage",
    operation_id = "manage_list_counsellors",
    security(("session" = [])),
    params(
        ("organization_id" = Option<Uuid>, Query, description = "Only this organisation's counsellors (admins; an editor may give only their own)."),
    ),
    responses(
        (status = 200, body = Vec<CounsellorProfile>, description = "By display name."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: `organization_id` is not a UUID, or an unknown parameter; `field` names it."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: only organisations' editors and admins manage counsellors, an editor only their own organisation's."),
    )
)]
async fn list_counsellors(
    State(state): State<AppState>,
    user: CurrentUser,
    pairs: Pairs,
) -> Result<Json<Vec<CounsellorProfile>>, ApiError> {
    only(&pairs, &["organization_id"])?;
    let asked = single(&pairs, "organization_id")?
        .map(|o| Uuid::parse_str(o).map_err(|_| ApiError::invalid("organization_id", "an id is a UUID")))
        .transpose()?;
    let scope = match asked {
        Some(org) => {
            user.require(Permission::ManageCounsellors(org))?;
            Some(org)
        }
        None if user.user.may(Permission::Administer) => None,
        None => Some(
            user.user
                .organization_id
                .filter(|org| user.user.may(Permission::ManageCounsellors(*org)))
                .ok_or(ApiError::Forbidden(
                    "only organisations' editors and admins manage counsellors",
                ))?,
        ),
    };
    let emails: HashMap<Uuid, String> = state
        .store
        .users()
        .await?
        .into_iter()
        .filter(|u| u.role == Role::Counsellor)
        .map(|u| (u.id, u.email))
        .collect();
    let list = state
        .bookings
        .counsellors()
        .await?
        .iter()
        .filter(|c| scope.is_none_or(|org| c.organization_id == org))
        .map(|c| profile(c, c.user_id.and_then(|u| emails.get(&u).cloned())))
        .collect();
    Ok(Json(list))
}

/// A counsellor's whole profile: their organisation's editors and admins.
#[utoipa::path(
    get,
    path = "/api/v1/manage/counsellors/{id}",
    tag = "manage",
    operation_id = "manage_read_counsellor",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Counsellor id."),),
    responses(
        (status = 200, body = CounsellorProfile),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: the id is not a UUID."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: not an editor of the counsellor's organisation, nor an admin."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such counsellor."),
    )
)]
async fn read_counsellor(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<CounsellorProfile>, ApiError> {
    let c = manageable(&state, &user, &id).await?;
    Ok(Json(profile_of(&state, &c).await?))
}

/// Add a counsellor: an editor to their own organisation, an admin to any (`organization_id` required).
#[utoipa::path(
    post,
    path = "/api/v1/manage/counsellors",
    tag = "manage",
    operation_id = "manage_create_counsellor",
    security(("session" = [])),
    request_body = CounsellorInput,
    responses(
        (status = 201, body = CounsellorProfile, description = "Created; bookable at once if active with weekly windows."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: only organisations' editors and admins add counsellors, an editor only to their own organisation; `cross_origin`: sent from another site."),
        (status = 409, body = api_types::ErrorBody, description = "`conflict`: the account (`user_email` or `user_id`) is linked to another counsellor."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: a field is missing, malformed or does not make sense (e.g. `timezone`, `weekly[2].from`, `languages[0]`, `session_minutes`, `time_off[0].until`, `user_email`, `organization_id`); `field` names it. Nothing is saved."),
    )
)]
async fn create_counsellor(
    State(state): State<AppState>,
    user: CurrentUser,
    JsonBody(input): JsonBody<CounsellorInput>,
) -> Result<Response, ApiError> {
    let organization_id = match input.organization_id {
        Some(org) => org,
        None if user.user.may(Permission::Administer) => {
            return Err(ApiError::field(
                "organization_id",
                "say which organisation the counsellor belongs to",
            ));
        }
        None => user.user.organization_id.ok_or(ApiError::Forbidden(
            "only organisations' editors and admins add counsellors",
        ))?,
    };
    user.require(Permission::ManageCounsellors(organization_id))?;
    if state.directory().organization(&organization_id).is_none() {
        return Err(ApiError::field("organization_id", "no such organisation"));
    }
    let now = state.clock.now();
    let checked = check_profile(&input, now)?;
    let id = Uuid::new_v4();
    let account = linked_account(&state, &input, organization_id, id).await?;
    let c = Counsellor {
        id,
        organization_id,
        user_id: account.as_ref().map(|u| u.id),
        display_name: checked.display_name,
        gender: checked.gender,
        languages: checked.languages,
        specialities: checked.specialities,
        modalities: checked.modalities,
        availability: Availability {
            timezone: checked.timezone,
            windows: checked.windows.unwrap_or_default(),
            time_off: checked.time_off.unwrap_or_default(),
            session: checked.rules.session,
            buffer: checked.rules.buffer,
            min_notice: checked.rules.notice,
            horizon: checked.rules.horizon,
        },
        active: input.active,
        demo: false,
    };
    let after = profile(&c, account.map(|u| u.email));
    save(&state, &c, now, &audit_entry(&user, now, "create", None, &after)).await?;
    Ok((StatusCode::CREATED, Json(after)).into_response())
}

/// Replace a counsellor's profile (the whole `CounsellorInput`; a missing `weekly` or `time_off` keeps the stored
/// one, which the counsellor keeps themselves).
#[utoipa::path(
    put,
    path = "/api/v1/manage/counsellors/{id}",
    tag = "manage",
    operation_id = "manage_update_counsellor",
    security(("session" = [])),
    params(("id" = Uuid, Path, description = "Counsellor id."),),
    request_body = CounsellorInput,
    responses(
        (status = 200, body = CounsellorProfile, description = "Saved; slots follow at once. Bookings are never changed."),
        (status = 400, body = api_types::ErrorBody, description = "`invalid_parameter`: the id is not a UUID."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: not an editor of the counsellor's organisation, nor an admin; `cross_origin`: sent from another site."),
        (status = 404, body = api_types::ErrorBody, description = "`not_found`: no such counsellor."),
        (status = 409, body = api_types::ErrorBody, description = "`conflict`: the account is linked to another counsellor."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: a field is missing, malformed or does not make sense, or `organization_id` would move the counsellor; `field` names it. Nothing is saved."),
    )
)]
async fn update_counsellor(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    JsonBody(input): JsonBody<CounsellorInput>,
) -> Result<Json<CounsellorProfile>, ApiError> {
    let stored = manageable(&state, &user, &id).await?;
    if input.organization_id.is_some_and(|o| o != stored.organization_id) {
        return Err(ApiError::field(
            "organization_id",
            "a counsellor cannot move to another organisation",
        ));
    }
    let now = state.clock.now();
    let checked = check_profile(&input, now)?;
    let account = linked_account(&state, &input, stored.organization_id, stored.id).await?;
    // Handing a profile with sessions booked to another person's account would show them the contact details
    // people left for someone else: refused while any booked session stands.
    let new_user = account.as_ref().map(|u| u.id);
    if stored.user_id.is_some() && new_user.is_some() && new_user != stored.user_id {
        let standing = state
            .bookings
            .appointments_of(stored.id, now)
            .await?
            .iter()
            .any(|a| a.status.holds_slot());
        if standing {
            return Err(ApiError::Conflict {
                field: "user_email".to_owned(),
            });
        }
    }
    let before = profile_of(&state, &stored).await?;
    let c = Counsellor {
        id: stored.id,
        organization_id: stored.organization_id,
        user_id: account.as_ref().map(|u| u.id),
        display_name: checked.display_name,
        gender: checked.gender,
        languages: checked.languages,
        specialities: checked.specialities,
        modalities: checked.modalities,
        availability: Availability {
            timezone: checked.timezone,
            windows: checked
                .windows
                .unwrap_or_else(|| stored.availability.windows.clone()),
            time_off: checked
                .time_off
                .unwrap_or_else(|| stored.availability.time_off.clone()),
            session: checked.rules.session,
            buffer: checked.rules.buffer,
            min_notice: checked.rules.notice,
            horizon: checked.rules.horizon,
        },
        active: input.active,
        demo: stored.demo,
    };
    let after = profile(&c, account.map(|u| u.email));
    save(
        &state,
        &c,
        now,
        &audit_entry(&user, now, "update", Some(&before), &after),
    )
    .await?;
    Ok(Json(after))
}

/// The signed-in counsellor's own profile.
async fn own(state: &AppState, user: &CurrentUser) -> Result<Counsellor, ApiError> {
    user.require(Permission::KeepAvailability(user.user.id))?;
    state
        .bookings
        .counsellors()
        .await?
        .into_iter()
        .find(|c| c.user_id == Some(user.user.id))
        .ok_or(ApiError::Forbidden("this account has no counsellor profile yet"))
}

/// `GET /counsellor/profile`: the signed-in counsellor's profile and availability.
#[utoipa::path(
    get,
    path = "/api/v1/counsellor/profile",
    tag = "appointments",
    operation_id = "counsellor_profile",
    security(("session" = [])),
    responses(
        (status = 200, body = CounsellorProfile),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: not a counsellor, or no profile is linked to this account yet."),
    )
)]
async fn own_profile(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Json<CounsellorProfile>, ApiError> {
    let c = own(&state, &user).await?;
    Ok(Json(profile(&c, Some(user.user.email.clone()))))
}

/// `PUT /counsellor/availability`: the signed-in counsellor's weekly windows and time off (replaced whole), and
/// optionally their session length, buffer, notice and horizon. Slots follow at once; bookings stay.
#[utoipa::path(
    put,
    path = "/api/v1/counsellor/availability",
    tag = "appointments",
    operation_id = "counsellor_save_availability",
    security(("session" = [])),
    request_body = AvailabilityInput,
    responses(
        (status = 200, body = AvailabilitySaved, description = "Saved. `bookings_outside` counts booked sessions now outside the availability: they stay booked."),
        (status = 401, body = api_types::ErrorBody, description = "`unauthorized`: not signed in, or the session ended."),
        (status = 403, body = api_types::ErrorBody, description = "`forbidden`: not a counsellor, or no profile is linked to this account yet; `cross_origin`: sent from another site."),
        (status = 422, body = api_types::ErrorBody, description = "`invalid_field`: e.g. `weekly[2].from`, `time_off[0].until`, `session_minutes`; `field` names it. Nothing is saved."),
    )
)]
async fn save_availability(
    State(state): State<AppState>,
    user: CurrentUser,
    JsonBody(input): JsonBody<AvailabilityInput>,
) -> Result<Json<AvailabilitySaved>, ApiError> {
    let stored = own(&state, &user).await?;
    let now = state.clock.now();
    let tz = stored.availability.timezone;
    let rules = Rules::of(&stored.availability).with(
        input.session_minutes,
        input.buffer_minutes,
        input.notice_minutes,
        input.horizon_days,
    )?;
    let windows = weekly_windows(&input.weekly, rules.session)?;
    let time_off = time_off(&input.time_off, tz, now)?;
    let mut c = stored.clone();
    c.availability = Availability {
        timezone: tz,
        windows,
        time_off,
        session: rules.session,
        buffer: rules.buffer,
        min_notice: rules.notice,
        horizon: rules.horizon,
    };
    let email = Some(user.user.email.clone());
    let before = profile(&stored, email.clone());
    let after = profile(&c, email);
    save(
        &state,
        &c,
        now,
        &audit_entry(&user, now, "availability", Some(&before), &after),
    )
    .await?;
    let references_outside: Vec<String> = state
        .bookings
        .appointments_of(c.id, now)
        .await?
        .into_iter()
        .filter(|a| a.status.holds_slot() && !inside(&c.availability, a.start, a.end))
        .map(|a| a.reference)
        .collect();
    Ok(Json(AvailabilitySaved {
        profile: after,
        bookings_outside: u32::try_from(references_outside.len()).unwrap_or(u32::MAX),
        references_outside,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().unwrap_or_default()
    }

    #[test]
    fn time_off_dates_cover_whole_local_days_and_times_are_local() {
        let lima = chrono_tz::America::Lima; // −05, no daylight saving
        let now = utc("2026-12-01T15:00:00Z");
        let spans = time_off(
            &[
                TimeOffInput {
                    from: "2026-12-24".into(),
                    until: "2026-12-25".into(),
                },
                TimeOffInput {
                    from: "2026-12-02T13:00".into(),
                    until: "2026-12-02T15:30".into(),
                },
                TimeOffInput {
                    from: "2026-11-01".into(),
                    until: "2026-11-02".into(),
                },
            ],
            lima,
            now,
        )
        .unwrap_or_default();
        assert_eq!(
            spans,
            vec![
                (utc("2026-12-02T18:00:00Z"), utc("2026-12-02T20:30:00Z")),
                (utc("2026-12-24T05:00:00Z"), utc("2026-12-26T05:00:00Z")),
            ],
            "sorted; the period already over is not kept"
        );
        let err = |from: &str, until: &str| {
            time_off(
                &[TimeOffInput {
                    from: from.into(),
                    until: until.into(),
                }],
                lima,
                now,
            )
            .err()
            .map(|e| e.to_string())
        };
        assert!(err("2026-12-24", "2026-12-23").is_some_and(|e| e.starts_with("time_off[0].until")));
        assert!(err("24/12/2026", "2026-12-25").is_some_and(|e| e.starts_with("time_off[0].from")));
        assert!(err("2026-12-24T25:00", "2026-12-25").is_some());
        assert!(err("3026-12-24", "3026-12-25").is_some());
    }

    #[test]
    fn time_off_in_a_daylight_saving_gap_starts_after_it() {
        // Santiago skips 00:00–01:00 on 2026-09-06.
        let spans = time_off(
            &[TimeOffInput {
                from: "2026-09-06".into(),
                until: "2026-09-06".into(),
            }],
            chrono_tz::America::Santiago,
            utc("2026-09-01T00:00:00Z"),
        )
        .unwrap_or_default();
        assert_eq!(
            spans,
            vec![(utc("2026-09-06T04:00:00Z"), utc("2026-09-07T03:00:00Z"))]
        );
    }

    #[test]
    fn windows_must_be_valid_long_enough_and_not_overlap() {
        let w = |day, from: &str, until: &str| AvailabilityWindow {
            day,
            from: from.into(),
            until: until.into(),
        };
        use api_types::Weekday::{Mon, Tue};
        let session = Duration::minutes(50);
        let ok = weekly_windows(
            &[
                w(Tue, "09:00", "12:00"),
                w(Mon, "14:00", "16:00"),
                w(Mon, "09:00", "12:00"),
            ],
            session,
        )
        .unwrap_or_default();
        assert_eq!(
            ok.first().map(|w| (w.day, w.from.to_string())),
            Some((Mon, "09:00:00".into()))
        );
        let field = |list: &[AvailabilityWindow]| match weekly_windows(list, session) {
            Err(ApiError::InvalidField { field, .. }) => field,
            other => format!("{other:?}"),
        };
        assert_eq!(field(&[w(Mon, "9h", "12:00")]), "weekly[0].from");
        assert_eq!(field(&[w(Mon, "09:00", "24:00")]), "weekly[0].until");
        assert_eq!(field(&[w(Mon, "12:00", "09:00")]), "weekly[0].until");
        assert_eq!(field(&[w(Mon, "09:00", "09:30")]), "weekly[0].until");
        assert_eq!(
            field(&[
                w(Mon, "09:00", "12:00"),
                w(Tue, "09:00", "12:00"),
                w(Mon, "11:00", "13:00")
            ]),
            "weekly[2].from"
        );
    }

    #[test]
    fn a_session_is_inside_when_a_window_holds_it_and_no_time_off_touches_it() {
        let hour = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap_or_default();
        let mut a = Availability {
            timezone: chrono_tz::America::Lima,
            windows: vec![WeeklyWindow {
                day: api_types::Weekday::Wed,
                from: hour(9),
                until: hour(12),
            }],
            time_off: Vec::new(),
            session: Duration::minutes(50),
            buffer: Duration::minutes(10),
            min_notice: Duration::hours(2),
            horizon: Duration::days(28),
        };
        // Wednesday 2026-12-02, 10:00–10:50 in Lima.
        let (start, end) = (utc("2026-12-02T15:00:00Z"), utc("2026-12-02T15:50:00Z"));
        assert!(inside(&a, start, end));
        assert!(
            !inside(&a, utc("2026-12-02T16:30:00Z"), utc("2026-12-02T17:20:00Z")),
            "ends after 12:00"
        );
        assert!(
            !inside(&a, utc("2026-12-03T15:00:00Z"), utc("2026-12-03T15:50:00Z")),
            "Thursday"
        );
        a.time_off
            .push((utc("2026-12-02T15:30:00Z"), utc("2026-12-02T16:00:00Z")));
        assert!(!inside(&a, start, end));
    }
}
