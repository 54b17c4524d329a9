//! Small fictional directories for exact assertions. Numbers use the reserved `+<cc> 0…` form that no real
//! subscriber has.

use api_types::{
    Capacity, Cost, CountryCode, DeliveryMode, E164, LanguageCode, LatLon, Localized, Phone, PhoneChannel,
    Population, ServiceArea, ServiceKind, ServiceStatus, WeeklyHours,
};
use ruta_server::domain::{Location, Organization, Schedule, Service};
use uuid::Uuid;

/// The organisation every fixture service belongs to.
pub fn organization() -> Organization {
    Organization {
        id: Uuid::from_u128(0xA),
        name: "Fixture Organisation (test)".into(),
        descriptions: Localized::new(),
        website: None,
        email: None,
        verified_at: None,
        demo: false,
    }
}

/// A country code.
pub fn cc(code: &str) -> CountryCode {
    CountryCode::parse(code).unwrap_or_else(|e| panic!("{code}: {e}"))
}

/// A point.
pub fn at(lat: f64, lon: f64) -> LatLon {
    LatLon::new(lat, lon).unwrap_or_else(|e| panic!("{lat},{lon}: {e}"))
}

/// Tegucigalpa's gazetteer point.
pub const TEGUCIGALPA: (f64, f64) = (14.0818, -87.20681);
/// Tegucigalpa's GeoNames id.
pub const TEGUCIGALPA_ID: u32 = 3600949;

/// A builder for one service.
#[derive(Debug, Clone)]
pub struct ServiceFixture(pub Service);

impl ServiceFixture {
    /// A free, active, in-person psychosocial service in Honduras, Spanish-speaking, no hours.
    pub fn new(n: u128, name: &str, lat: f64, lon: f64) -> Self {
        let mut names = Localized::new();
        names.insert("es".into(), name.into());
        let country = cc("HN");
        Self(Service {
            id: Uuid::from_u128(n),
            organization_id: organization().id,
            names,
            descriptions: Localized::new(),
            kinds: vec![ServiceKind::Psychosocial],
            populations: vec![],
            languages: vec![lang("es")],
            cost: Cost::Free,
            delivery: vec![DeliveryMode::InPerson],
            hours: None,
            phones: vec![Phone {
                number: E164::parse(&format!("+5040000{:04}", n % 10_000)).unwrap_or_else(|e| panic!("{e}")),
                channels: vec![PhoneChannel::Voice],
                label: None,
            }],
            area: ServiceArea::default(),
            status: ServiceStatus::Active,
            capacity: Capacity::Unknown,
            capacity_updated_at: None,
            last_verified_at: None,
            confidential: false,
            demo: false,
            locations: vec![Location {
                point: at(lat, lon),
                address: Some(format!("Calle de Prueba {n}")),
                locality: Some("Tegucigalpa".into()),
                region: Some("Francisco Morazán".into()),
                postal_code: None,
                country,
                approximate: false,
            }],
            country,
            details: Default::default(),
            source_terms: Vec::new(),
            created_at: crate::now(),
            updated_at: crate::now(),
        })
    }

    /// Replaces the kinds (default: psychosocial only).
    pub fn kinds(mut self, kinds: &[ServiceKind]) -> Self {
        self.0.kinds = kinds.to_vec();
        self
    }

    /// Replaces the languages staff speak (default: `es`), as language codes.
    pub fn languages(mut self, codes: &[&str]) -> Self {
        self.0.languages = codes.iter().map(|c| lang(c)).collect();
        self
    }

    /// Populations.
    pub fn populations(mut self, populations: &[Population]) -> Self {
        self.0.populations = populations.to_vec();
        self
    }

    /// Sets the cost level (default: free).
    pub fn cost(mut self, cost: Cost) -> Self {
        self.0.cost = cost;
        self
    }

    /// Replaces the delivery modes (default: in person only).
    pub fn delivery(mut self, delivery: &[DeliveryMode]) -> Self {
        self.0.delivery = delivery.to_vec();
        self
    }

    /// Hours in a zone: `(day, opens, closes)`.
    pub fn hours(
        mut self,
        zone: &str,
        always_open: bool,
        intervals: &[(api_types::Weekday, &str, &str)],
    ) -> Self {
        let wire = WeeklyHours {
            timezone: zone.into(),
            always_open,
            intervals: intervals
                .iter()
                .map(|(day, opens, closes)| api_types::OpeningInterval {
                    day: *day,
                    opens: (*opens).into(),
                    closes: (*closes).into(),
                })
                .collect(),
        };
        self.0.hours = Some(Schedule::parse(&wire).unwrap_or_else(|e| panic!("{e}")));
        self
    }

    /// A name in another language.
    pub fn name_in(mut self, lang: &str, name: &str) -> Self {
        self.0.names.insert(lang.into(), name.into());
        self
    }

    /// A description in a language.
    pub fn description_in(mut self, lang: &str, text: &str) -> Self {
        self.0.descriptions.insert(lang.into(), text.into());
        self
    }

    /// Confidential safe house.
    pub fn confidential(mut self) -> Self {
        self.0.confidential = true;
        self
    }

    /// Sets the status (default: active); a defunct service is not listed.
    pub fn status(mut self, status: ServiceStatus) -> Self {
        self.0.status = status;
        self
    }

    /// No premises.
    pub fn without_location(mut self) -> Self {
        self.0.locations.clear();
        self
    }

    /// Another branch, at `lat`, `lon` in `locality`, after the ones it has.
    pub fn branch(mut self, lat: f64, lon: f64, locality: &str) -> Self {
        let country = self.0.country;
        self.0.locations.push(Location {
            point: at(lat, lon),
            address: Some(format!("Avenida de Prueba {}", self.0.locations.len())),
            locality: Some(locality.into()),
            region: None,
            postal_code: None,
            country,
            approximate: false,
        });
        self
    }

    /// Service area.
    pub fn area(mut self, countries: &[&str], regions: &[&str]) -> Self {
        self.0.area = ServiceArea {
            countries: countries.iter().map(|c| cc(c)).collect(),
            regions: regions.iter().map(|r| (*r).to_owned()).collect(),
            polygon: None,
        };
        self
    }

    /// Demo flag.
    pub fn demo(mut self) -> Self {
        self.0.demo = true;
        self
    }

    /// The service.
    pub fn build(self) -> Service {
        self.0
    }
}

/// A language code.
pub fn lang(code: &str) -> LanguageCode {
    LanguageCode::parse(code).unwrap_or_else(|e| panic!("{code}: {e}"))
}

/// A counsellor in Lima (Spanish and Quechua, video and phone, every day 9–17, 50-minute sessions with 10 minutes
/// between, 2 hours' notice, 4 weeks ahead), optionally linked to a sign-in account.
pub fn counsellor(user: Option<Uuid>) -> ruta_server::booking::Counsellor {
    let hour = |h| chrono::NaiveTime::from_hms_opt(h, 0, 0).unwrap_or_else(|| panic!("hour {h}"));
    ruta_server::booking::Counsellor {
        id: Uuid::from_u128(0xC0),
        organization_id: organization().id,
        user_id: user,
        display_name: "Rosa (test)".into(),
        gender: "woman".into(),
        languages: vec![lang("es"), lang("qu")],
        specialities: vec!["sexual_exploitation".into(), "women".into()],
        modalities: vec![
            ruta_server::booking::Modality::Video,
            ruta_server::booking::Modality::Phone,
        ],
        availability: ruta_server::domain::slots::Availability::usual(
            chrono_tz::America::Lima,
            &api_types::Weekday::ALL,
            hour(9),
            hour(17),
        ),
        active: true,
        demo: false,
    }
}
