//! The downloadable calendar entry (RFC 5545, via the icalendar crate). Its words are neutral on purpose: no
//! organisation, no counsellor's role, nothing that says what the appointment is about — a phone's calendar may
//! be seen by someone else.

use icalendar::{Calendar, Component, Event, EventLike};

use super::{Appointment, Modality};

/// Texts in the reader's language (from `locales/<lang>/ruta_server.ftl`).
#[derive(Debug, Clone)]
pub struct CalendarText {
    /// "Appointment".
    pub summary: String,
    /// What to do at the time, by modality (the video link is added after it).
    pub description: String,
}

/// The `.ics` text of a booking; `room_url` for a video session.
pub fn calendar(appointment: &Appointment, text: &CalendarText, room_url: Option<&str>) -> String {
    let mut description = text.description.clone();
    if let (Modality::Video, Some(url)) = (appointment.modality, room_url) {
        description.push('\n');
        description.push_str(url);
    }
    let mut event = Event::new();
    event
        .uid(&format!("{}@calendar.invalid", appointment.id))
        .summary(&text.summary)
        .description(&description)
        .starts(appointment.start)
        .ends(appointment.end)
        .timestamp(appointment.created_at);
    if let (Modality::Video, Some(url)) = (appointment.modality, room_url) {
        event.url(url);
    }
    let mut calendar = Calendar::new();
    calendar.push(event.done());
    calendar.done().to_string()
}
