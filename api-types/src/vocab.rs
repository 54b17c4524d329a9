//! The closed vocabularies: of the directory (kinds of service, populations served, cost, delivery, status,
//! capacity), of staff accounts (roles) and of the audit log (actions), and of remote sessions (modality,
//! counsellor gender, contact channel, booking status). Each is serialised in `snake_case` and parsed from that
//! same string, which is also what the database stores: a value is never renamed.
//!
//! What the server reads from a request is strict both ways: an unknown value is refused (a 422 naming the
//! field). What only the server writes and the app only shows (a booking's status) may grow; such a vocabulary
//! has a catch-all variant that an app from an older build reads a newer value as, never sent — as
//! [`crate::ErrorCode::Unknown`] is.

use serde::{Deserialize, Serialize};

/// A string that is not one of a vocabulary's values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownValue {
    /// The value that was given.
    pub value: String,
    /// The values that are accepted.
    pub expected: &'static [&'static str],
}

impl std::fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "unknown value '{}'; expected one of: {}",
            self.value,
            self.expected.join(", ")
        )
    }
}

impl std::error::Error for UnknownValue {}

/// Declares a vocabulary: the enum, `ALL`, `NAMES`, `as_str`, `index`, a strict `FromStr` and `Display`. An
/// optional `newer Variant` after the values adds the catch-all that deserialising falls back to (never sent,
/// not in `ALL`, not in the OpenAPI schema, refused by `FromStr`).
macro_rules! vocabulary {
    (
        $(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $wire:literal),+ $(,)? }
        $(newer $(#[$umeta:meta])* $unknown:ident)?
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $wire)] $variant,)+
            $(
                $(#[$umeta])*
                #[serde(other, skip_serializing)]
                #[cfg_attr(feature = "openapi", schema(ignore))]
                $unknown,
            )?
        }

        impl $name {
            /// Every value, in declaration order (the order used for bit positions and menus).
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Every value as it appears on the wire.
            pub const NAMES: &'static [&'static str] = &[$($wire),+];

            /// The wire name, e.g. for a query string (`unknown` for the catch-all, which is never sent).
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $wire,)+
                    $($name::$unknown => "unknown",)?
                }
            }

            /// Position in [`Self::ALL`]; stable, used as a bit index by the search index.
            pub fn index(self) -> usize {
                self as usize
            }
        }

        impl std::str::FromStr for $name {
            type Err = UnknownValue;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($wire => Ok($name::$variant),)+
                    _ => Err(UnknownValue { value: s.to_owned(), expected: Self::NAMES }),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary! {
    /// What a service offers.
    ServiceKind {
        Shelter = "shelter",
        Psychosocial = "psychosocial",
        Hotline = "hotline",
        Legal = "legal",
        Health = "health",
        FoodClothing = "food_clothing",
        EmploymentTraining = "employment_training",
        Education = "education",
        DocumentsMigration = "documents_migration",
        Repatriation = "repatriation",
        FinancialAid = "financial_aid",
        Other = "other",
    }
}

vocabulary! {
    /// Who a service is for, including the form of exploitation it specialises in.
    Population {
        Women = "women",
        Men = "men",
        Lgbtq = "lgbtq",
        Children = "children",
        Adolescents = "adolescents",
        Families = "families",
        Migrants = "migrants",
        IndigenousPeoples = "indigenous_peoples",
        PeopleWithDisabilities = "people_with_disabilities",
        SexualExploitation = "sexual_exploitation",
        LabourExploitation = "labour_exploitation",
        OtherExploitation = "other_exploitation",
    }
}

vocabulary! {
    /// What a service costs the person using it. `unknown` when its source did not say (an import): never
    /// taken as free.
    Cost {
        Free = "free",
        Low = "low",
        Paid = "paid",
        Unknown = "unknown",
    }
}

vocabulary! {
    /// How a service is delivered. Everything but `in_person` is remote.
    DeliveryMode {
        InPerson = "in_person",
        Phone = "phone",
        Video = "video",
        Chat = "chat",
    }
}

impl DeliveryMode {
    /// True for modes that work from anywhere the service area covers.
    pub fn is_remote(self) -> bool {
        !matches!(self, DeliveryMode::InPerson)
    }
}

vocabulary! {
    /// Whether a service is running.
    ServiceStatus {
        Active = "active",
        TemporarilyClosed = "temporarily_closed",
        Defunct = "defunct",
    }
}

vocabulary! {
    /// Places available (beds for a shelter, appointments for others), as last reported by the organisation.
    Capacity {
        Available = "available",
        Limited = "limited",
        Full = "full",
        Unknown = "unknown",
    }
}

vocabulary! {
    /// What a staff account is for; it decides what the account may read and change (the server's
    /// `auth::Permission` matrix) and which screens the staff app shows. Stored in the database by its wire
    /// name, so a value here is never renamed.
    ///
    /// # Example
    /// ```
    /// use ruta_api_types::Role;
    /// assert_eq!("ngo_editor".parse::<Role>(), Ok(Role::NgoEditor));
    /// assert!(Role::Counsellor.needs_organization());
    /// ```
    Role {
        /// Approves organisations and editors, manages accounts, edits anything.
        Admin = "admin",
        /// Keeps one organisation's listings current.
        NgoEditor = "ngo_editor",
        /// Hotline operator: reads everything, confidential details included; edits nothing.
        Operator = "operator",
        /// Counsellor of an organisation: appointments only, nothing in the directory.
        Counsellor = "counsellor",
    }
}

impl Role {
    /// Bound to one organisation (`organization_id` is required for these roles and refused for the others).
    pub fn needs_organization(self) -> bool {
        matches!(self, Role::NgoEditor | Role::Counsellor)
    }
}

vocabulary! {
    /// What was done to a record, as the audit log keeps it (`GET …/audit`). `other` is what an entry whose action
    /// this build does not know reads as, from the database or on the wire.
    ///
    /// # Example
    /// ```
    /// use ruta_api_types::AuditAction;
    /// assert_eq!("deactivate".parse::<AuditAction>(), Ok(AuditAction::Deactivate));
    /// let newer: AuditAction = serde_json::from_str("\"archive\"").unwrap();
    /// assert_eq!(newer, AuditAction::Other);
    /// ```
    AuditAction {
        /// A record was created (a listing, an account, a counsellor profile).
        Create = "create",
        /// A listing or a counsellor profile was saved whole.
        Update = "update",
        /// A listing's capacity was reported.
        Capacity = "capacity",
        /// A listing was confirmed as still right.
        Verify = "verify",
        /// A listing was marked defunct.
        Deactivate = "deactivate",
        /// An administrator approved an organisation.
        Approve = "approve",
        /// An account was disabled.
        Disable = "disable",
        /// An account was activated again.
        Activate = "activate",
        /// An NGO asked to join.
        Register = "register",
        /// A file was imported (the entry holds counts, never rows).
        Import = "import",
        /// A counsellor changed their own availability.
        Availability = "availability",
        /// An administrator corrected a country's life lines.
        Correct = "correct",
        /// An administrator took a country back to the shipped life lines.
        Revert = "revert",
        /// An administrator declined an organisation's registration (the reason is in `after`).
        Decline = "decline",
        /// An administrator changed an account's role (or its organisation).
        ChangeRole = "change_role",
        /// An administrator ended every session of an account.
        RevokeSessions = "revoke_sessions",
        /// A receiving organisation moved a warm referral on (the entry holds the statuses, nothing of the person).
        ReferralStatus = "referral_status",
        /// An action this build does not know.
        #[serde(other)]
        Other = "other",
    }
}

vocabulary! {
    /// How a remote session happens: what a counsellor offers (`modalities`) and what a booking is for.
    ///
    /// # Example
    /// ```
    /// use ruta_api_types::Modality;
    /// assert_eq!("video".parse::<Modality>(), Ok(Modality::Video));
    /// assert!(Modality::Chat.has_room());
    /// ```
    Modality {
        /// A video call in a room whose link the booking gives.
        Video = "video",
        /// A phone call; no room.
        Phone = "phone",
        /// A text chat in a room whose link the booking gives.
        Chat = "chat",
    }
}

impl Modality {
    /// Happens in a room (a self-hosted Jitsi has video and chat), so a booking gets a room link.
    pub fn has_room(self) -> bool {
        matches!(self, Modality::Video | Modality::Chat)
    }
}

vocabulary! {
    /// A counsellor's gender as survivors may ask for one; `unspecified` is never a filter.
    ///
    /// # Example
    /// ```
    /// use ruta_api_types::Gender;
    /// assert_eq!("non_binary".parse::<Gender>(), Ok(Gender::NonBinary));
    /// ```
    Gender {
        Woman = "woman",
        Man = "man",
        NonBinary = "non_binary",
        /// Not said.
        Unspecified = "unspecified",
    }
}

vocabulary! {
    /// How a person who booked may be reached, if they want to be (at most one, with safe-contact notes). Named
    /// apart from [`crate::PhoneChannel`], which says what a service's phone number takes.
    ///
    /// # Example
    /// ```
    /// use ruta_api_types::ContactChannel;
    /// assert_eq!("signal".parse::<ContactChannel>(), Ok(ContactChannel::Signal));
    /// ```
    ContactChannel {
        /// A call or a text to a phone number.
        Phone = "phone",
        /// WhatsApp, to a phone number.
        Whatsapp = "whatsapp",
        /// Signal, to a phone number.
        Signal = "signal",
        /// An email address.
        Email = "email",
    }
}

impl ContactChannel {
    /// Reached at a phone number (checked against its country and kept in E.164); Signal also takes a
    /// username.
    pub fn is_phone_number(self) -> bool {
        !matches!(self, ContactChannel::Email)
    }
}

vocabulary! {
    /// Where a booking stands. Requested and confirmed bookings hold their slot. A status from a newer server
    /// reads as [`BookingStatus::Unknown`] in an older app.
    ///
    /// # Example
    /// ```
    /// use ruta_api_types::BookingStatus;
    /// assert_eq!("no_show".parse::<BookingStatus>(), Ok(BookingStatus::NoShow));
    /// assert!(BookingStatus::Confirmed.holds_slot());
    /// let newer: BookingStatus = serde_json::from_str("\"on_hold\"").unwrap();
    /// assert_eq!(newer, BookingStatus::Unknown);
    /// ```
    BookingStatus {
        /// Waiting for the counsellor.
        Requested = "requested",
        /// The counsellor confirmed.
        Confirmed = "confirmed",
        /// The counsellor declined (other free slots are suggested).
        Declined = "declined",
        /// The person cancelled.
        Cancelled = "cancelled",
        /// It happened.
        Completed = "completed",
        /// The person did not come.
        NoShow = "no_show",
    }
    newer
    /// A status this build does not know, from a newer server. Never sent; the app shows it as it shows a
    /// booking that no longer holds its time.
    Unknown
}

impl BookingStatus {
    /// Holds its slot: a second booking of the same time is refused, and the person may still cancel or move it.
    pub fn holds_slot(self) -> bool {
        matches!(self, BookingStatus::Requested | BookingStatus::Confirmed)
    }
}

vocabulary! {
    /// Where a warm referral stands, as the receiving organisation moves it and the sender sees it. A status from
    /// a newer server reads as [`ReferralStatus::Unknown`] in an older app.
    ///
    /// # Example
    /// ```
    /// use ruta_api_types::ReferralStatus;
    /// assert!(ReferralStatus::New.may_become(ReferralStatus::Accepted));
    /// assert!(!ReferralStatus::Closed.may_become(ReferralStatus::New));
    /// ```
    ReferralStatus {
        /// Sent; the receiving organisation has not answered yet.
        New = "new",
        /// The receiving organisation will take the person.
        Accepted = "accepted",
        /// The receiving organisation cannot (the reason is one of [`DeclineReason`]).
        Declined = "declined",
        /// The receiving organisation reached the person.
        Contacted = "contacted",
        /// Nothing more to do; everything about it is deleted after the purge period.
        Closed = "closed",
    }
    newer
    /// A status this build does not know, from a newer server. Never sent.
    Unknown
}

impl ReferralStatus {
    /// The moves the receiving organisation may make: a new referral is accepted or declined; an accepted one
    /// is marked contacted or closed; a contacted or declined one is closed.
    pub fn may_become(self, next: ReferralStatus) -> bool {
        use ReferralStatus::{Accepted, Closed, Contacted, Declined, New};
        matches!(
            (self, next),
            (New, Accepted | Declined) | (Accepted, Contacted | Closed) | (Contacted | Declined, Closed)
        )
    }

    /// Ended: its purge period runs from here.
    pub fn is_closed(self) -> bool {
        matches!(self, ReferralStatus::Declined | ReferralStatus::Closed)
    }
}

vocabulary! {
    /// Why a receiving organisation declines a referral: a fixed list, so no free text about the person is kept.
    DeclineReason {
        /// No place or no appointment free now.
        NoCapacity = "no_capacity",
        /// The person is outside the area served.
        OutsideArea = "outside_area",
        /// The service is not for this person (age, gender, population).
        NotEligible = "not_eligible",
        /// The service does not offer what is needed.
        NeedNotOffered = "need_not_offered",
        /// Another organisation already helps the person.
        ServedElsewhere = "served_elsewhere",
    }
}

vocabulary! {
    /// How soon the person needs help, as the sender judged it.
    Urgency {
        /// Within days.
        Routine = "routine",
        /// Today or tomorrow.
        Soon = "soon",
        /// Now: the person is in danger or without a place tonight.
        Urgent = "urgent",
    }
}

vocabulary! {
    /// What the person agreed to when they said yes to a warm referral.
    ConsentScope {
        /// The receiving organisation may learn what the referral holds (alias, language, needs, note).
        ShareDetails = "share_details",
        /// The receiving organisation may reach them on the contact channel given.
        BeContacted = "be_contacted",
    }
}

vocabulary! {
    /// What a notification tells of. Each has its Fluent messages `notify-<kind>-subject` and `-body` (server).
    NotificationKind {
        /// A receiving organisation's editors: a new warm referral.
        ReferralNew = "referral_new",
        /// A counsellor: a new booking request.
        BookingNew = "booking_new",
        /// A counsellor: a booking was moved.
        BookingChanged = "booking_changed",
        /// A counsellor: a booking was cancelled.
        BookingCancelled = "booking_cancelled",
        /// The person who booked: the session is confirmed (neutral words only).
        BookingConfirmed = "booking_confirmed",
        /// The person who booked: the session is tomorrow (neutral words only).
        BookingReminder = "booking_reminder",
        /// An organisation's editors: listings not confirmed for 150 days, each with a confirm link.
        ListingCheck = "listing_check",
    }
}

vocabulary! {
    /// How a notification travels.
    NotificationChannel {
        /// E-mail by SMTP (staff).
        Email = "email",
        /// A text message through the SMS gateway.
        Sms = "sms",
        /// WhatsApp through the same gateway.
        Whatsapp = "whatsapp",
    }
}

vocabulary! {
    /// Where a notification's delivery stands.
    OutboxStatus {
        /// Waiting for its time, or for a retry.
        Pending = "pending",
        /// A worker holds it (until its lease ends).
        Sending = "sending",
        /// Taken by the mail server or the gateway.
        Sent = "sent",
        /// Given up after every retry; admins see it.
        Failed = "failed",
        /// No channel is configured for it: it is listed in the staff screens only.
        Held = "held",
        /// Not needed any more (a reminder of a cancelled session).
        Cancelled = "cancelled",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_round_trips_through_its_wire_name() {
        for kind in ServiceKind::ALL {
            assert_eq!(kind.as_str().parse::<ServiceKind>(), Ok(*kind));
            assert_eq!(
                serde_json::to_string(kind).unwrap(),
                format!("\"{}\"", kind.as_str())
            );
        }
        for (i, p) in Population::ALL.iter().enumerate() {
            assert_eq!(p.index(), i);
        }
    }

    #[test]
    fn roles_travel_by_the_names_the_database_stores() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>(), Ok(*role));
            assert_eq!(serde_json::to_string(role).unwrap(), format!("\"{role}\""));
        }
        assert_eq!(Role::NAMES, ["admin", "ngo_editor", "operator", "counsellor"]);
        assert!("superuser".parse::<Role>().is_err());
    }

    #[test]
    fn session_vocabularies_travel_by_the_names_the_database_stores() {
        fn check<T>(all: &[T], names: &[&str])
        where
            T: Copy
                + std::fmt::Debug
                + PartialEq
                + std::str::FromStr
                + Serialize
                + serde::de::DeserializeOwned,
        {
            assert_eq!(all.len(), names.len());
            for (value, name) in all.iter().zip(names) {
                assert_eq!(name.parse::<T>().ok(), Some(*value));
                assert_eq!(serde_json::to_string(value).unwrap(), format!("\"{name}\""));
                assert_eq!(serde_json::from_str::<T>(&format!("\"{name}\"")).unwrap(), *value);
            }
            assert!("fax".parse::<T>().is_err());
        }
        check(Modality::ALL, &["video", "phone", "chat"]);
        check(Gender::ALL, &["woman", "man", "non_binary", "unspecified"]);
        check(ContactChannel::ALL, &["phone", "whatsapp", "signal", "email"]);
        check(
            BookingStatus::ALL,
            &[
                "requested",
                "confirmed",
                "declined",
                "cancelled",
                "completed",
                "no_show",
            ],
        );
        check(
            AuditAction::ALL,
            &[
                "create",
                "update",
                "capacity",
                "verify",
                "deactivate",
                "approve",
                "disable",
                "activate",
                "register",
                "import",
                "availability",
                "correct",
                "revert",
                "decline",
                "change_role",
                "revoke_sessions",
                "referral_status",
                "other",
            ],
        );
    }

    #[test]
    fn what_a_request_carries_is_strict_and_what_the_app_only_shows_may_grow() {
        assert!(serde_json::from_str::<Modality>("\"fax\"").is_err());
        assert!(serde_json::from_str::<Gender>("\"other\"").is_err());
        assert!(serde_json::from_str::<ContactChannel>("\"pigeon\"").is_err());
        assert_eq!(
            serde_json::from_str::<BookingStatus>("\"on_hold\"").unwrap(),
            BookingStatus::Unknown
        );
        assert!("unknown".parse::<BookingStatus>().is_err());
        assert!(serde_json::to_string(&BookingStatus::Unknown).is_err());
        assert_eq!(
            serde_json::from_str::<AuditAction>("\"archive\"").unwrap(),
            AuditAction::Other
        );
        assert_eq!(serde_json::to_string(&AuditAction::Other).unwrap(), "\"other\"");
    }

    #[test]
    fn an_unknown_kind_lists_what_is_accepted() {
        let err = "shelters".parse::<ServiceKind>().unwrap_err();
        assert!(err.to_string().contains("shelter, psychosocial"));
    }
}
