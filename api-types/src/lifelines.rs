//! Life lines: the numbers a person can call at once in a country — emergency numbers, each with its purpose, and
//! the national lines for survivors (anti-trafficking first) — and the country's route of care. Product data with a
//! source for every fact, never demo data.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::country::CountryCode;

/// Where a fact comes from, and how sure we are of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Source {
    /// The public page the fact was read on (`http` or `https`); left out of the every-country document the app
    /// keeps for use offline, which shows the date checked only.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// The page's title, as it reads; left out with `url`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// The date the page itself carries, when it shows one: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the page
    /// says no more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// The day someone read the page and checked the fact.
    pub checked_on: NaiveDate,
    /// `verified` (an official or reputable, recent page) or `unverified`.
    pub status: SourceStatus,
}

/// How sure a fact is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SourceStatus {
    /// Read on an official page (a ministry, the line's operator, IOM, UNODC…) or reputable recent reporting.
    Verified,
    /// Only an old, unofficial or contradicted source: shown with a warning.
    Unverified,
}

/// What an emergency number is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EmergencyPurpose {
    /// One number for every emergency (police, ambulance and fire).
    General,
    Police,
    /// Ambulance, medical emergencies.
    Ambulance,
    /// Fire brigade.
    Fire,
    /// Violence against women.
    Women,
    /// Children and adolescents.
    Children,
    HumanRights,
    /// Migrants and consular help.
    Migrants,
    /// Sea rescue.
    CoastGuard,
    /// Disasters.
    CivilProtection,
}

/// Who a national line is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum LineFocus {
    /// Human trafficking: the line shown first.
    Trafficking,
    /// Violence against women.
    Women,
    /// Children and adolescents.
    Children,
    /// Human rights (ombudsman).
    HumanRights,
    /// Migrants and refugees.
    Migrants,
    /// Forced labour, workers' rights.
    Labour,
    /// LGBTQ+ people.
    Lgbtq,
    /// Emotional crisis, mental health.
    MentalHealth,
}

/// How a line can be reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum LineChannel {
    /// A phone call.
    Voice,
    Whatsapp,
    /// A text message.
    Sms,
    /// A chat or form on the web.
    WebChat,
}

/// An emergency number and what it is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EmergencyNumber {
    /// What to dial inside the country, digits only (e.g. `911`).
    pub number: String,
    /// What it is for: the app shows it as a label in the reader's language.
    pub purpose: EmergencyPurpose,
    /// Where the number was read.
    pub source: Source,
    /// A short remark in English (e.g. where it works).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A national line for survivors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LifeLine {
    /// Who it is for; `trafficking` lines come first.
    pub focus: LineFocus,
    /// The line's own name, in its own language.
    pub name: String,
    /// Who runs it.
    pub organisation: String,
    /// What to dial inside the country, digits only; absent when the line has no voice number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// A WhatsApp number, E.164 with `+`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub whatsapp: Option<String>,
    /// A number or short code to text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms: Option<String>,
    /// An official chat or form on the web.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_chat: Option<String>,
    /// The ways in that the source states.
    pub channels: Vec<LineChannel>,
    /// Answers day and night, every day; absent when the source does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_24h: Option<bool>,
    /// The hours as the source states them, when not around the clock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours_text: Option<String>,
    /// Free of charge; absent when the source does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free: Option<bool>,
    /// Languages it answers in (ISO 639), when stated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// Where the line was read.
    pub source: Source,
    /// A short remark in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Something looked for and not found: the app says so instead of guessing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LifeLineGap {
    /// A line focus (`trafficking`, `women`…) or `emergency`.
    pub what: String,
    /// What was searched, in English, for maintainers (left out of what the app reads).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// One step of a country's route of care.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RouteStep {
    /// A short title by language tag (`en`, `es`…).
    pub title: BTreeMap<String, String>,
    /// What happens, in plain words, by language tag.
    pub text: BTreeMap<String, String>,
    /// The bodies responsible, by their own names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bodies: Vec<String>,
    /// How to reach them: a number (digits) or a web address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// Where the step was read.
    pub source: Source,
}

/// A country's route of care for survivors of trafficking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CareRoute {
    /// The national law on trafficking, by its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law: Option<String>,
    /// Where the law can be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law_source_url: Option<String>,
    /// First contact, then assessment, protection and what comes next.
    pub steps: Vec<RouteStep>,
}

/// Who corrected a country's life lines after the release, and when. Absent on the data shipped with Ruta.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LifeLinesCorrection {
    /// The day the correction was saved (UTC).
    pub corrected_on: NaiveDate,
}

/// Everything a person in one country can call, and the route of care.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CountryLifeLines {
    /// ISO 3166-1 alpha-2.
    pub iso2: CountryCode,
    /// Emergency numbers, general first.
    pub emergency: Vec<EmergencyNumber>,
    /// National lines, anti-trafficking first.
    pub lines: Vec<LifeLine>,
    /// What was looked for and not found.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gaps: Vec<LifeLineGap>,
    /// The route of care, where a public source describes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<CareRoute>,
    /// Set when an admin corrected the shipped data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correction: Option<LifeLinesCorrection>,
}

/// Every country's life lines at once: what the app keeps for use with no connection (it names no country more
/// than another, so keeping it leaves no trace of a search).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LifeLinesDocument {
    /// By ISO code.
    pub countries: Vec<CountryLifeLines>,
}

/// An admin's correction of one country's life lines: the whole set, each entry with its own source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LifeLinesInput {
    /// Emergency numbers; at least one `general` or `police`.
    pub emergency: Vec<EmergencyNumber>,
    /// National lines; none when left out.
    #[serde(default)]
    pub lines: Vec<LifeLine>,
    /// What is known to be missing.
    #[serde(default)]
    pub gaps: Vec<LifeLineGap>,
    /// The route of care; none when left out.
    #[serde(default)]
    pub route: Option<CareRoute>,
}

impl CountryLifeLines {
    /// The number to show when nothing else can be: the general emergency number, else the police.
    pub fn first_emergency(&self) -> Option<&EmergencyNumber> {
        self.emergency
            .iter()
            .find(|e| e.purpose == EmergencyPurpose::General)
            .or_else(|| {
                self.emergency
                    .iter()
                    .find(|e| e.purpose == EmergencyPurpose::Police)
            })
    }
}
