//! Pure types and rules of the directory: no HTTP, no SQL, no clock reads (time is passed in).

pub mod audit;
pub mod schedule;
pub mod service;
pub mod slots;
pub mod text;

pub use audit::{AuditEntry, ProblemReport};
pub use schedule::{Schedule, ScheduleError};
pub use service::{Location, Organization, Service};
