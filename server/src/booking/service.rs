//! Booking workflows: free slots, booking without an account (once per slot, idempotent), managing a booking
//! with its reference and secret, and a counsellor's decisions. Shared by the public and the counsellor's
//! routes; answers a [`BookingError`] that `http` turns into a status.

use std::sync::Arc;

use api_types::CountryCode;
use api_types::booking::{BookingInput, BookingView, SlotView};
use chrono::{DateTime, Datelike as _, Duration, Utc};
use chrono_tz::Tz;
use sha2::{Digest as _, Sha256};
use uuid::Uuid;

use super::{Appointment, BookingStatus, Contact, ContactChannel, Counsellor, Private};
use crate::domain::Invalid;
use crate::domain::notification::NotificationKind;
use crate::domain::phone::person_phone;
use crate::domain::slots::{Slot, free_slots};
use crate::storage::booking::{Created, IdempotencyKey, Replay};
use crate::storage::{Store, StoreError};
use crate::vault::Vault;

/// The years a date given to the service may fall in. Anything else is a mistake (or a probe): refusing it early
/// also keeps date arithmetic far from chrono's limits, which it would panic at.
pub const PLAUSIBLE_YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// Why a booking workflow did not happen.
#[derive(Debug, thiserror::Error)]
pub enum BookingError {
    /// A field is wrong; nothing was written.
    #[error(transparent)]
    Invalid(#[from] Invalid),
    /// Someone booked the slot first.
    #[error("slot taken")]
    SlotTaken,
    /// No booking with this reference and secret (a wrong secret is told apart from nothing).
    #[error("no such booking")]
    NoBooking,
    /// No counsellor with this id taking bookings.
    #[error("no such counsellor")]
    NoCounsellor,
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Randomness or sealing failed.
    #[error("{0}")]
    Internal(String),
}

/// How bookings are kept.
#[derive(Debug)]
pub struct BookingSettings {
    /// Seals aliases and contact details.
    pub vault: Vault,
    /// Days after a session when everything about it is deleted.
    pub purge_days: i64,
    /// Where video rooms live (a self-hosted Jitsi, say): `{base}/{token}`.
    pub room_base_url: String,
}

/// A booking made (or found again through its `Idempotency-Key`).
#[derive(Debug)]
pub struct Booked {
    /// The booking as the person sees it, with the secret when it could be recovered.
    pub view: BookingView,
    /// False when an earlier request with the same key had made it.
    pub new: bool,
}

/// Counsellors and appointments, and the settings they are kept with.
#[derive(Debug, Clone)]
pub struct Bookings {
    /// Where they are stored (and the counsellors' accounts, to tell them of a booking).
    pub store: Arc<dyn Store>,
    /// Key, purge delay and room addresses.
    pub settings: Arc<BookingSettings>,
}

/// A slot as offered, its start also written in `tz`.
pub fn slot_view(s: &Slot, tz: Tz) -> SlotView {
    SlotView {
        start: s.start,
        end: s.end,
        local_start: s.start.with_timezone(&tz).format("%Y-%m-%dT%H:%M").to_string(),
    }
}

/// A start given in a JSON body, refused (naming `start`) unless it falls in the years the service handles.
pub fn plausible_start(start: DateTime<Utc>) -> Result<DateTime<Utc>, Invalid> {
    if PLAUSIBLE_YEARS.contains(&start.year()) {
        Ok(start)
    } else {
        Err(Invalid::new("start", "not one of this counsellor's free times"))
    }
}

fn check_private(input: &BookingInput, counsellor_zone: Tz) -> Result<Private, Invalid> {
    let contact = input.contact.as_ref().map(check_contact).transpose()?;
    let reminders = if input.reminders {
        match &contact {
            None => {
                return Err(Invalid::new(
                    "reminders",
                    "give a contact to send the reminders to",
                ));
            }
            Some(c) if c.channel == ContactChannel::Signal => {
                return Err(Invalid::new(
                    "reminders",
                    "reminders go by text message, WhatsApp or e-mail, not Signal",
                ));
            }
            Some(_) => Some(check_time_zone(input.time_zone.as_deref(), counsellor_zone)?),
        }
    } else {
        None
    };
    Ok(Private {
        alias: check_alias(input.alias.as_deref())?,
        contact,
        reminders,
    })
}

/// The zone a reminder's time is written in (`time_zone`): an IANA name, or the counsellor's.
fn check_time_zone(zone: Option<&str>, counsellor_zone: Tz) -> Result<String, Invalid> {
    match zone.map(str::trim).filter(|z| !z.is_empty()) {
        None => Ok(counsellor_zone.name().to_owned()),
        Some(z) => z
            .parse::<Tz>()
            .map(|tz| tz.name().to_owned())
            .map_err(|_| Invalid::new("time_zone", "an IANA time zone, like America/Tegucigalpa")),
    }
}

/// A name to call the person by (`alias` in a booking or a warm referral): trimmed, at most 60 characters.
pub fn check_alias(alias: Option<&str>) -> Result<Option<String>, Invalid> {
    let alias = alias.map(str::trim).filter(|a| !a.is_empty());
    if alias.is_some_and(|a| a.chars().count() > 60) {
        return Err(Invalid::new("alias", "at most 60 characters"));
    }
    Ok(alias.map(str::to_owned))
}

/// A contact as given (`contact` in a booking or a warm referral): the number or address checked, the notes
/// trimmed.
pub fn check_contact(c: &api_types::booking::ContactInput) -> Result<Contact, Invalid> {
    let value = c.value.trim();
    if value.is_empty() || value.chars().count() > 200 {
        return Err(Invalid::new(
            "contact.value",
            "give the number or address (at most 200 characters)",
        ));
    }
    let notes = c.notes.as_deref().map(str::trim).filter(|n| !n.is_empty());
    if notes.is_some_and(|n| n.chars().count() > 200) {
        return Err(Invalid::new("contact.notes", "at most 200 characters"));
    }
    Ok(Contact {
        channel: c.channel,
        value: contact_value(c.channel, value, c.country)?,
        notes: notes.map(str::to_owned),
    })
}

/// The number or address on a channel, as the counsellor will use it: phone numbers (phone, WhatsApp, and Signal
/// unless it is a Signal username) in E.164, checked against their country; an email address with an `@`.
fn contact_value(
    channel: ContactChannel,
    value: &str,
    country: Option<CountryCode>,
) -> Result<String, Invalid> {
    let signal_username = channel == ContactChannel::Signal && value.chars().any(char::is_alphabetic);
    match channel {
        _ if !channel.is_phone_number() => {
            let shaped = value.split_once('@').is_some_and(|(user, host)| {
                !user.is_empty() && host.contains('.') && !value.contains(char::is_whitespace)
            });
            if shaped {
                Ok(value.to_owned())
            } else {
                Err(Invalid::new(
                    "contact.value",
                    "an email address such as name@example.org",
                ))
            }
        }
        _ if signal_username => Ok(value.to_owned()),
        _ => person_phone(value, country)
            .map(|number| number.as_str().to_owned())
            .map_err(|problem| Invalid::new("contact.value", problem.message())),
    }
}

/// How long a booking's `Idempotency-Key` answers retries: a day is more than any client retries for.
pub const IDEMPOTENCY_KEY_LIFETIME: Duration = Duration::days(1);

/// A booking request's fingerprint (SHA-256 of its JSON, whose field order is fixed): a retry with the same key
/// must be this very request.
fn request_fingerprint(input: &BookingInput) -> String {
    let json = serde_json::to_vec(input).unwrap_or_default();
    Sha256::digest(&json).iter().map(|b| format!("{b:02x}")).collect()
}

fn random(r: Result<String, getrandom::Error>) -> Result<String, BookingError> {
    r.map_err(|e| BookingError::Internal(format!("random: {e}")))
}

impl Bookings {
    /// Free slots of a counsellor between `from` and `to` (notice, horizon, time off and bookings counted).
    pub async fn open_slots(
        &self,
        c: &Counsellor,
        now: DateTime<Utc>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<Slot>, StoreError> {
        let booked = self
            .store
            .booked(c.id, from - Duration::days(1), to + Duration::days(1))
            .await?;
        Ok(free_slots(&c.availability, &booked, now, from, to))
    }

    /// Whether `start` is one of the counsellor's free slots now.
    pub async fn is_free_slot(
        &self,
        c: &Counsellor,
        now: DateTime<Utc>,
        start: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        Ok(self
            .open_slots(
                c,
                now,
                start - Duration::minutes(1),
                start + c.availability.session + Duration::minutes(1),
            )
            .await?
            .iter()
            .any(|s| s.start == start))
    }

    /// A counsellor by id; [`BookingError::NoCounsellor`] unless they are taking bookings.
    pub async fn counsellor(&self, id: Uuid) -> Result<Counsellor, BookingError> {
        self.store
            .counsellors()
            .await?
            .into_iter()
            .find(|c| c.id == id && c.active)
            .ok_or(BookingError::NoCounsellor)
    }

    /// The counsellor's display name (empty if the profile is gone).
    pub async fn name_of(&self, id: Uuid) -> Result<String, StoreError> {
        Ok(self
            .store
            .counsellors()
            .await?
            .into_iter()
            .find(|c| c.id == id)
            .map(|c| c.display_name)
            .unwrap_or_default())
    }

    /// The video or chat room of a booking: `{base}/{token}`.
    pub fn room_url(&self, a: &Appointment) -> Option<String> {
        let token = a.room_token.as_ref()?;
        Some(format!(
            "{}/{}",
            self.settings.room_base_url.trim_end_matches('/'),
            token
        ))
    }

    /// The room as the person who booked sees it: only once the counsellor has confirmed (a link offered before
    /// would lead to an empty room, or to a session that never takes place).
    pub fn holder_room_url(&self, a: &Appointment) -> Option<String> {
        self.room_url(a).filter(|_| a.status == BookingStatus::Confirmed)
    }

    /// A booking as the person who made it sees it: the room once confirmed, the way they left to be reached
    /// but not the number.
    pub fn view(&self, a: &Appointment, counsellor_name: String, secret: Option<String>) -> BookingView {
        let private = self.private_of(a);
        BookingView {
            reference: a.reference.clone(),
            secret,
            status: a.status,
            start: a.start,
            end: a.end,
            modality: a.modality,
            language: a.language.clone(),
            counsellor_id: a.counsellor_id,
            counsellor_name,
            room_url: self.holder_room_url(a),
            contact_channel: private.contact.map(|c| c.channel),
            reminders: private.reminders.is_some(),
            returning: a.previous_reference.is_some(),
            delete_after: a.purge_after,
        }
    }

    /// The alias and contact a person left, opened for their counsellor.
    pub fn private_of(&self, a: &Appointment) -> Private {
        a.private
            .as_ref()
            .and_then(|sealed| self.settings.vault.open_sealed(sealed).ok())
            .and_then(|json| serde_json::from_slice(&json).ok())
            .unwrap_or_default()
    }

    fn open_secret(&self, sealed: &[u8]) -> Option<String> {
        self.settings
            .vault
            .open_sealed(sealed)
            .ok()
            .and_then(|s| String::from_utf8(s).ok())
    }

    /// Books a slot: at most one booking per slot; a repeated `idempotency_key` (its hash) gets the booking the
    /// first request made, whatever the slot looks like now.
    pub async fn book(
        &self,
        input: &BookingInput,
        idempotency_key: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Booked, BookingError> {
        let fingerprint = request_fingerprint(input);
        let keys_since = now - IDEMPOTENCY_KEY_LIFETIME;
        if let Some(key) = idempotency_key
            && let Some(replay) = self.store.idempotent(key, keys_since).await?
        {
            return self.replay(&replay, &fingerprint).await;
        }
        if !input.consent {
            return Err(Invalid::new(
                "consent",
                "a booking needs the person's agreement to what is stored and for how long",
            )
            .into());
        }
        let c = self
            .counsellor(input.counsellor_id)
            .await
            .map_err(|_| Invalid::new("counsellor_id", "no such counsellor taking bookings"))?;
        let modality = input.modality;
        if !c.modalities.contains(&modality) {
            return Err(Invalid::new("modality", "one of the counsellor's: video, phone or chat").into());
        }
        if !c
            .languages
            .iter()
            .any(|l| l.primary() == input.language.primary())
        {
            return Err(Invalid::new("language", "a language the counsellor speaks").into());
        }
        let mut private = check_private(input, c.availability.timezone)?;
        let previous = match (&input.previous_reference, &input.previous_secret) {
            (Some(reference), Some(secret)) => match self.store.appointment(reference.trim()).await? {
                Some(a) if super::secret_matches(secret, &a.secret_hash) && a.counsellor_id == c.id => {
                    Some(a)
                }
                _ => {
                    return Err(Invalid::new(
                        "previous_reference",
                        "no booking with this reference and secret for this counsellor",
                    )
                    .into());
                }
            },
            (None, None) => None,
            _ => {
                return Err(Invalid::new(
                    "previous_secret",
                    "give the earlier booking's reference and secret together",
                )
                .into());
            }
        };
        if input.keep_contact
            && let Some(earlier) = &previous
        {
            let kept = self.private_of(earlier);
            private.alias = private.alias.or(kept.alias);
            private.contact = private.contact.or(kept.contact);
        }
        let previous_reference = previous.map(|a| a.reference);
        let session = c.availability.session;
        plausible_start(input.start)?;
        if !self.is_free_slot(&c, now, input.start).await? {
            let taken = self
                .store
                .booked(c.id, input.start, input.start + session)
                .await?
                .iter()
                .any(|b| b.0 == input.start);
            return Err(if taken {
                BookingError::SlotTaken
            } else {
                Invalid::new("start", "not one of the counsellor's free slots").into()
            });
        }
        let secret = random(super::new_secret())?;
        let seal = |bytes: &[u8]| {
            self.settings
                .vault
                .seal(bytes)
                .map_err(|e| BookingError::Internal(e.to_string()))
        };
        let sealed_private = if private == Private::default() {
            None
        } else {
            let json = serde_json::to_vec(&private).map_err(|e| BookingError::Internal(e.to_string()))?;
            Some(seal(&json)?)
        };
        let end = input.start + session;
        let appointment = Appointment {
            id: Uuid::new_v4(),
            reference: random(super::new_reference())?,
            secret_hash: super::secret_hash(&secret),
            counsellor_id: c.id,
            start: input.start,
            end,
            modality,
            language: input.language.clone(),
            private: sealed_private,
            status: BookingStatus::Requested,
            previous_reference,
            // Video and chat happen in a room (a self-hosted Jitsi has both); a phone call needs none.
            room_token: if modality.has_room() {
                Some(random(super::new_room_token())?)
            } else {
                None
            },
            created_at: now,
            updated_at: now,
            purge_after: super::purge_date(end, self.settings.purge_days),
        };
        let sealed_secret = seal(secret.as_bytes())?;
        let outbox = self
            .tell_counsellor(&c, NotificationKind::BookingNew, &appointment, now)
            .await?;
        let idempotency = idempotency_key.map(|key_hash| IdempotencyKey {
            key_hash,
            request_hash: &fingerprint,
            sealed_secret: &sealed_secret,
        });
        match self
            .store
            .create_appointment(&appointment, idempotency, keys_since, &outbox)
            .await
        {
            Ok(Created::New) => Ok(Booked {
                view: self.view(&appointment, c.display_name, Some(secret)),
                new: true,
            }),
            Ok(Created::Existing(replay)) => self.replay(&replay, &fingerprint).await,
            Err(StoreError::Conflict(what)) if what == "slot" => Err(BookingError::SlotTaken),
            Err(e) => Err(e.into()),
        }
    }

    /// The answer to a retried request: the booking its key made, only if the request is the same one (a key is
    /// no password to someone else's booking).
    async fn replay(&self, replay: &Replay, fingerprint: &str) -> Result<Booked, BookingError> {
        if replay.request_hash != fingerprint {
            return Err(Invalid::new(
                "Idempotency-Key",
                "this key was used for another request: send a new key with a new request",
            )
            .into());
        }
        let name = self.name_of(replay.appointment.counsellor_id).await?;
        Ok(Booked {
            view: self.view(&replay.appointment, name, self.open_secret(&replay.sealed_secret)),
            new: false,
        })
    }

    /// The booking behind a reference and its secret; [`BookingError::NoBooking`] for a wrong secret too, so
    /// nothing is revealed.
    pub async fn held(&self, reference: &str, secret: &str) -> Result<Appointment, BookingError> {
        let appointment = self
            .store
            .appointment(reference.trim())
            .await?
            .ok_or(BookingError::NoBooking)?;
        if super::secret_matches(secret, &appointment.secret_hash) {
            Ok(appointment)
        } else {
            Err(BookingError::NoBooking)
        }
    }

    /// Cancels a booking, or moves it to another free slot of the same counsellor (asked for again).
    pub async fn change(
        &self,
        mut a: Appointment,
        action: &str,
        start: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<BookingView, BookingError> {
        if !a.status.holds_slot() {
            return Err(Invalid::new("action", "this booking is no longer active").into());
        }
        let c = self.counsellor_profile(a.counsellor_id).await?;
        let kind = match action {
            "cancel" => {
                a.status = BookingStatus::Cancelled;
                NotificationKind::BookingCancelled
            }
            "reschedule" => {
                let start =
                    plausible_start(start.ok_or_else(|| Invalid::new("start", "give the new start"))?)?;
                if !c.active {
                    return Err(BookingError::NoCounsellor);
                }
                if !self.is_free_slot(&c, now, start).await? {
                    return Err(BookingError::SlotTaken);
                }
                a.start = start;
                a.end = start + c.availability.session;
                a.status = BookingStatus::Requested;
                a.purge_after = super::purge_date(a.end, self.settings.purge_days);
                NotificationKind::BookingChanged
            }
            _ => return Err(Invalid::new("action", "cancel or reschedule").into()),
        };
        a.updated_at = now;
        let outbox = Self::call_off_person(&a).and(self.tell_counsellor(&c, kind, &a, now).await?);
        match self.store.update_appointment(&a, &outbox).await {
            Err(StoreError::Conflict(_)) => return Err(BookingError::SlotTaken),
            other => other?,
        }
        Ok(self.view(&a, c.display_name, None))
    }

    /// A counsellor's decision on their booking `a`: `confirm` a request (the person's confirmation and
    /// reminder queued, if they asked), `decline` it (what was queued for the person called off), or mark a
    /// confirmed session `complete` or `no_show`.
    pub async fn decide(
        &self,
        c: &Counsellor,
        mut a: Appointment,
        action: &str,
        now: DateTime<Utc>,
    ) -> Result<Appointment, BookingError> {
        let next = match (action, a.status) {
            ("confirm", BookingStatus::Requested) => BookingStatus::Confirmed,
            ("decline", BookingStatus::Requested | BookingStatus::Confirmed) => BookingStatus::Declined,
            ("complete", BookingStatus::Confirmed) => BookingStatus::Completed,
            ("no_show", BookingStatus::Confirmed) => BookingStatus::NoShow,
            ("confirm" | "decline" | "complete" | "no_show", _) => {
                return Err(Invalid::new("action", "not possible from the booking's current status").into());
            }
            _ => return Err(Invalid::new("action", "confirm, decline, complete or no_show").into()),
        };
        a.status = next;
        a.updated_at = now;
        let outbox = match next {
            BookingStatus::Confirmed => self.tell_person_confirmed(&a, c, now)?,
            BookingStatus::Declined => Self::call_off_person(&a),
            _ => crate::domain::notification::OutboxChange::none(),
        };
        self.store.update_appointment(&a, &outbox).await?;
        Ok(a)
    }

    /// A counsellor's profile, active or not (a booking outlives its counsellor's leave).
    async fn counsellor_profile(&self, id: Uuid) -> Result<Counsellor, BookingError> {
        self.store
            .counsellors()
            .await?
            .into_iter()
            .find(|c| c.id == id)
            .ok_or(BookingError::NoCounsellor)
    }
}
