//! The downloadable calendar entry (RFC 5545, via the icalendar crate). Its words are neutral on purpose: no
//! organisation, no counsellor's role, nothing that says what the appointment is about — a phone's calendar may
//! be seen by someone else.

use icalendar::{Calendar, Component, Event, EventLike};

use super::Appointment;

/// Texts in the reader's language (from `locales/<lang>/ruta_server.ftl`).
#[derive(Debug, Clone)]
pub struct CalendarText {
    /// "Appointment".
    pub summary: String,
    /// What to do at the time, by modality (the room link of a video or chat session is added after it).
    pub description: String,
    /// Instead, for a video or chat session not confirmed yet: where its link will be.
    pub room_pending: String,
}

/// The `.ics` text of a booking; `room_url` for a video or chat session (once confirmed).
pub fn calendar(appointment: &Appointment, text: &CalendarText, room_url: Option<&str>) -> String {
    let room = room_url.filter(|_| appointment.modality.has_room());
    let description = match room {
        Some(url) => format!("{}\n{url}", text.description),
        None if appointment.modality.has_room() => text.room_pending.clone(),
        None => text.description.clone(),
    };
    let mut event = Event::new();
    event
        .uid(&format!("{}@calendar.invalid", appointment.id))
        .summary(&text.summary)
        .description(&description)
        .starts(appointment.start)
        .ends(appointment.end)
        .timestamp(appointment.created_at);
    if let Some(url) = room {
        event.url(url);
    }
    let mut calendar = Calendar::new();
    calendar.push(event.done());
    calendar.done().to_string()
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};
    use uuid::Uuid;

    use super::{CalendarText, calendar};
    use crate::booking::{Appointment, BookingStatus, Modality};

    fn appointment(modality: Modality) -> Appointment {
        let start = Utc
            .with_ymd_and_hms(2026, 12, 2, 15, 0, 0)
            .single()
            .unwrap_or_default();
        Appointment {
            id: Uuid::from_u128(1),
            reference: "R-AAAA-BBBB".into(),
            secret_hash: String::new(),
            counsellor_id: Uuid::from_u128(2),
            start,
            end: start + chrono::Duration::minutes(50),
            modality,
            language: api_types::LanguageCode::parse("es").unwrap_or_else(|_| unreachable!()),
            private: None,
            status: BookingStatus::Confirmed,
            previous_reference: None,
            room_token: Some("token".into()),
            created_at: start,
            updated_at: start,
            purge_after: start,
        }
    }

    fn text() -> CalendarText {
        CalendarText {
            summary: "Cita".into(),
            description: "A la hora indicada…".into(),
            room_pending: "ROOM-PENDING".into(),
        }
    }

    #[test]
    fn video_and_chat_sessions_carry_their_room_and_a_phone_call_none() {
        let room = "https://video.example.invalid/room/token";
        for modality in [Modality::Video, Modality::Chat] {
            let ics = calendar(&appointment(modality), &text(), Some(room));
            assert!(ics.contains(room), "{modality:?}: {ics}");
        }
        let ics = calendar(&appointment(Modality::Phone), &text(), Some(room));
        assert!(!ics.contains(room), "{ics}");
        assert!(!ics.contains("ROOM-PENDING"), "{ics}");
    }

    #[test]
    fn before_confirmation_a_video_session_says_where_its_link_will_be() {
        let ics = calendar(&appointment(Modality::Video), &text(), None);
        assert!(ics.contains("ROOM-PENDING"), "{ics}");
        assert!(
            !ics.contains("A la hora indicada"),
            "no sentence ending in a missing link: {ics}"
        );
    }
}
