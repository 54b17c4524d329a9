//! A service's facets packed into 64 bits, so the index can skip whole subtrees that cannot match.

use api_types::{Cost, DeliveryMode, LanguageCode, Population, ServiceKind};

const KIND_SHIFT: u32 = 0;
const POPULATION_SHIFT: u32 = 12;
const COST_SHIFT: u32 = 24;
const DELIVERY_SHIFT: u32 = 28;
const LANGUAGE_SHIFT: u32 = 32;
const OTHER_LANGUAGE_BIT: u32 = 63;

/// Languages with a bit of their own (by primary subtag): the languages of the region's services. Any other
/// language shares the last bit, so the mask can say "maybe" for it and the exact check happens per service.
pub const INDEXED_LANGUAGES: [&str; 31] = [
    "es", "pt", "en", "fr", "ht", "nl", "qu", "gn", "ay", "quc", "cak", "kek", "mam", "nah", "yua", "arn",
    "srn", "pap", "miq", "cab", "jam", "acf", "gcf", "guc", "tzo", "tzh", "zh", "ar", "it", "de", "ja",
];

const _: () = assert!(ServiceKind::NAMES.len() <= 12);
const _: () = assert!(Population::NAMES.len() <= 12);
const _: () = assert!(Cost::NAMES.len() <= 4);
const _: () = assert!(LANGUAGE_SHIFT as usize + INDEXED_LANGUAGES.len() <= OTHER_LANGUAGE_BIT as usize);
const _: () = assert!(DeliveryMode::NAMES.len() <= 4);

/// The bits of a set of facet values.
///
/// # Example
/// ```
/// use api_types::ServiceKind;
/// use ruta_server::geo::FacetMask;
/// let shelter = FacetMask::kind(ServiceKind::Shelter);
/// let service = shelter | FacetMask::kind(ServiceKind::Legal);
/// assert!(service.intersects(shelter));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct FacetMask(pub u64);

impl std::ops::BitOr for FacetMask {
    type Output = Self;
    fn bitor(self, rhs: Self) -> Self {
        Self(self.0 | rhs.0)
    }
}

impl std::ops::BitOrAssign for FacetMask {
    fn bitor_assign(&mut self, rhs: Self) {
        self.0 |= rhs.0;
    }
}

impl FacetMask {
    /// No bits; as a query clause it matches nothing.
    pub const EMPTY: Self = Self(0);

    /// The bit of a kind.
    pub fn kind(kind: ServiceKind) -> Self {
        Self(1 << (KIND_SHIFT + kind.index() as u32))
    }

    /// The bit of a population.
    pub fn population(population: Population) -> Self {
        Self(1 << (POPULATION_SHIFT + population.index() as u32))
    }

    /// The bit of a cost.
    pub fn cost(cost: Cost) -> Self {
        Self(1 << (COST_SHIFT + cost.index() as u32))
    }

    /// The bit of a delivery mode.
    pub fn delivery(mode: DeliveryMode) -> Self {
        Self(1 << (DELIVERY_SHIFT + mode.index() as u32))
    }

    /// The bit of a language: its own if it is one of [`INDEXED_LANGUAGES`], the shared one otherwise.
    pub fn language(language: &LanguageCode) -> Self {
        let primary = language.primary();
        match INDEXED_LANGUAGES.iter().position(|l| *l == primary) {
            Some(i) => Self(1 << (LANGUAGE_SHIFT + i as u32)),
            None => Self(1 << OTHER_LANGUAGE_BIT),
        }
    }

    /// True when the language has a bit of its own, so a mask match on it is exact.
    pub fn language_is_exact(language: &LanguageCode) -> bool {
        INDEXED_LANGUAGES.contains(&language.primary())
    }

    /// The union of the bits of many values.
    pub fn union<I: IntoIterator<Item = FacetMask>>(masks: I) -> Self {
        masks.into_iter().fold(Self::EMPTY, |a, b| a | b)
    }

    /// Shares at least one bit with `other`.
    pub fn intersects(self, other: Self) -> bool {
        self.0 & other.0 != 0
    }
}
