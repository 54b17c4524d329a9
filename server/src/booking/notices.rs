//! What a booking's events tell, through the outbox: the counsellor learns of a new request, a moved session
//! and a cancellation by e-mail ("a new request; open Ruta", nothing about the person); the person who asked
//! for reminders gets a confirmation when the counsellor confirms and a reminder the day before, in neutral
//! words, on the channel they left. Moving, cancelling or declining a session calls off what was not sent yet.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;

use super::service::{BookingError, Bookings};
use super::{Appointment, Counsellor};
use crate::auth::UserStatus;
use crate::domain::notification::{NotificationKind, OutboxChange};
use crate::notify::compose::{Addressed, Composer, args};

/// The event-key prefix of every message to the person who made booking `a`: moving, cancelling or declining
/// the session cancels the ones not sent yet.
fn to_person_prefix(a: &Appointment) -> String {
    format!("person:{}:", a.id)
}

impl Bookings {
    fn composer(&self, now: DateTime<Utc>) -> Composer<'_> {
        Composer {
            vault: &self.settings.vault,
            now,
        }
    }

    /// An e-mail of `kind` to the counsellor of `c` about booking `a` at `now`, if they have an active account;
    /// written in the first language they speak.
    pub(super) async fn tell_counsellor(
        &self,
        c: &Counsellor,
        kind: NotificationKind,
        a: &Appointment,
        now: DateTime<Utc>,
    ) -> Result<OutboxChange, BookingError> {
        let Some(user_id) = c.user_id else {
            return Ok(OutboxChange::none());
        };
        let Some(user) = self
            .store
            .user_by_id(user_id)
            .await?
            .filter(|u| u.status == UserStatus::Active)
        else {
            return Ok(OutboxChange::none());
        };
        let event = format!("{kind}:{}:{}", a.id, now.timestamp_millis());
        let language = c.languages.first().map_or("es", |l| l.primary());
        let to = Addressed {
            kind,
            event: &event,
            organization: Some(c.organization_id),
            language,
        };
        let notification = self
            .composer(now)
            .to_staff(&user, to, Default::default())
            .map_err(|e| BookingError::Internal(e.to_string()))?;
        Ok(OutboxChange {
            queue: vec![notification],
            cancel: Vec::new(),
        })
    }

    /// For a booking the counsellor confirms at `now`: the person's confirmation, and a reminder a day before
    /// the session when that is still ahead — only if they asked for reminders and left a channel Ruta can send
    /// on. Both are written in the booking's language, with the time in the person's zone.
    pub(super) fn tell_person_confirmed(
        &self,
        a: &Appointment,
        c: &Counsellor,
        now: DateTime<Utc>,
    ) -> Result<OutboxChange, BookingError> {
        let private = self.private_of(a);
        let (Some(contact), Some(zone)) = (private.contact, private.reminders) else {
            return Ok(OutboxChange::none());
        };
        let tz: Tz = zone.parse().unwrap_or(c.availability.timezone);
        let local = a.start.with_timezone(&tz);
        let values = args([
            ("date", local.format("%d/%m/%Y").to_string()),
            ("time", local.format("%H:%M").to_string()),
            ("reference", a.reference.clone()),
        ]);
        let compose = self.composer(now);
        let prefix = to_person_prefix(a);
        let stamp = now.timestamp_millis();
        let mut queue = Vec::new();
        let mut message = |kind: NotificationKind, due: DateTime<Utc>| {
            let event = format!("{prefix}{kind}:{stamp}");
            let to = Addressed {
                kind,
                event: &event,
                organization: Some(c.organization_id),
                language: a.language.primary(),
            };
            compose
                .to_person(&contact, to, values.clone(), due, a.purge_after)
                .map_err(|e| BookingError::Internal(e.to_string()))
                .map(|n| queue.extend(n))
        };
        message(NotificationKind::BookingConfirmed, now)?;
        let day_before = a.start - Duration::days(1);
        if day_before > now {
            message(NotificationKind::BookingReminder, day_before)?;
        }
        Ok(OutboxChange {
            queue,
            cancel: vec![prefix],
        })
    }

    /// What cancelling, moving or declining booking `a` calls off: the person's messages not sent yet.
    pub(super) fn call_off_person(a: &Appointment) -> OutboxChange {
        OutboxChange {
            queue: Vec::new(),
            cancel: vec![to_person_prefix(a)],
        }
    }
}
