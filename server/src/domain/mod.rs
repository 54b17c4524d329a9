//! Pure types and rules of the directory: no HTTP, no SQL, no clock reads (time is passed in).

pub mod audit;
pub mod booking;
pub mod etag;
pub mod invalid;
pub mod notification;
pub mod phone;
pub mod referral;
pub mod schedule;
pub mod service;
pub mod slots;
pub mod text;

pub use audit::{Actor, AuditEntry, ProblemReport};
pub use etag::{ETag, Precondition};
pub use invalid::Invalid;
pub use schedule::{Schedule, ScheduleError};
pub use service::{Location, Organization, Service};
