//! The closed vocabularies of the directory: kinds of service, populations served, cost, delivery, status,
//! capacity, and the roles of staff accounts. Each is serialised in `snake_case` and parsed from that same
//! string.

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

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $wire:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $wire)] $variant),+
        }

        impl $name {
            /// Every value, in declaration order (the order used for bit positions and menus).
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Every value as it appears on the wire.
            pub const NAMES: &'static [&'static str] = &[$($wire),+];

            /// The wire name, e.g. for a query string.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $wire),+ }
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
    /// What a service costs the person using it.
    Cost {
        Free = "free",
        Low = "low",
        Paid = "paid",
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
    fn an_unknown_kind_lists_what_is_accepted() {
        let err = "shelters".parse::<ServiceKind>().unwrap_err();
        assert!(err.to_string().contains("shelter, psychosocial"));
    }
}
