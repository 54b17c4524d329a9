//! Wire types shared by the Ruta server and app.
//!
//! Everything here is plain data with serde: no IO, no clock, and it compiles for `wasm32-unknown-unknown`.
//! Values that have rules (language codes, phone numbers, coordinates) are newtypes whose constructors
//! reject bad input, so code holding one knows it is valid ("parse, don't validate").

pub mod booking;
pub mod country;
pub mod coverage;
pub mod error;
pub mod health;
pub mod hours;
pub mod import;
pub mod lang;
pub mod lifelines;
pub mod manage;
pub mod notification;
pub mod phone;
pub mod place;
pub mod point;
pub mod referral;
pub mod search;
pub mod service;
pub mod vocab;

pub use country::{CountryCode, CountryInfo};
pub use coverage::{
    CoverageArea, CoveragePlaceRow, CoveragePlaces, CoverageReport, DirectoryLanguage, DirectoryLanguages,
    FarPlace, OperatorDetails, OperatorHit, OperatorLocation, OperatorRemoteHit, OperatorSearchResponse,
    ReferralCountRow, ReferralCounts, ReferralDimension, ReferralInput, ReferralMessage,
};
pub use error::{ErrorBody, ErrorCode, ErrorDetail};
pub use health::{Health, Readiness};
pub use hours::{OpeningInterval, Weekday, WeeklyHours};
pub use lang::LanguageCode;
pub use lifelines::{
    CareRoute, CountryLifeLines, EmergencyNumber, EmergencyPurpose, LifeLine, LifeLineGap, LifeLinesDocument,
    LifeLinesInput, LineChannel, LineFocus, RouteStep, Source, SourceStatus,
};
pub use phone::{E164, Phone, PhoneChannel};
pub use place::{Place, PlaceList};
pub use point::{Bearing, Compass, LatLon};
pub use search::{Origin, RemoteHit, SearchHit, SearchResponse};
pub use service::{
    Localized, OrganizationSummary, PublicLocation, ServiceArea, ServiceDetail, ServiceDetails,
};
pub use vocab::{
    AuditAction, BookingStatus, Capacity, ConsentScope, ContactChannel, Cost, DeclineReason, DeliveryMode,
    Gender, Modality, NotificationChannel, NotificationKind, OutboxStatus, Population, ReferralStatus, Role,
    ServiceKind, ServiceStatus, UnknownValue, Urgency,
};
