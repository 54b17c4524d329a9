//! Phones: numbers in E.164 (local numbers completed with the country's code), channels and labels (back from
//! the descriptions Ruta writes); fax and pager numbers left out.

use api_types::{CountryCode, Phone, PhoneChannel};
use serde_json::Value;

use super::fields::{Obj, first_raw, list, push_unique, raw};
use super::places::Place;
use super::tolerant::{self, PhoneNumber};
use super::{At, Mapper};
use crate::domain::text::fold;

/// Longest phone label kept; longer phone descriptions are not labels.
const MAX_LABEL: usize = 80;

impl Mapper<'_> {
    pub(super) fn phones(
        &mut self,
        at: &At,
        v: &Obj,
        place: Option<&Place>,
        country: CountryCode,
    ) -> Vec<Phone> {
        let mut sources: Vec<&Value> = list(v, "phones").iter().collect();
        if sources.is_empty() {
            for sal in list(v, "service_at_locations") {
                if let Some(sal) = sal.as_object() {
                    sources.extend(list(sal, "phones"));
                }
            }
        }
        if sources.is_empty()
            && let Some(place) = place
        {
            sources.extend(list(&place.location, "phones"));
        }
        let mut out: Vec<Phone> = Vec::new();
        for p in sources {
            let Some(p) = p.as_object() else {
                continue;
            };
            let p_at = self.at_of("phone", p, at);
            self.read("phone");
            // `type` in HSDS 3.0, `number_type` in some 1.1 exports (Ohana's among them).
            let kind = first_raw(p, &["type", "number_type"]).map(|t| t.to_ascii_lowercase());
            if matches!(kind.as_deref(), Some("fax" | "pager")) {
                self.report
                    .skipped_row(&p_at, "a fax or pager number: survivors cannot use it");
                continue;
            }
            let Some(text) = raw(p, "number") else {
                self.report.skipped_row(&p_at, "no number (required)");
                continue;
            };
            let (text, typed_extension) = tolerant::split_extension(&text);
            if typed_extension.is_some() {
                self.report.fixed(
                    &p_at,
                    "number",
                    "an extension was typed in the number: kept as the phone's extension",
                );
            }
            let number = match tolerant::phone(&text, Some(country)) {
                PhoneNumber::International(n) => n,
                PhoneNumber::Localised(n) => {
                    self.report.fixed(
                        &p_at,
                        "number",
                        format!("a local number: written in E.164 with the calling code of {country}"),
                    );
                    n
                }
                PhoneNumber::Unreadable => {
                    self.report.skipped_row(
                        &p_at,
                        format!(
                            "not a valid phone number, internationally or in {country}: the phone is left out"
                        ),
                    );
                    continue;
                }
            };
            let description = self.text(&p_at, p, "description");
            let (described_channels, label) = described(description.as_deref());
            let mut channels: Vec<PhoneChannel> = list(p, "x_ruta_channels")
                .iter()
                .filter_map(|c| c.as_str())
                .filter_map(|c| serde_json::from_value(Value::from(c)).ok())
                .collect();
            if channels.is_empty() {
                channels = described_channels.unwrap_or_default();
            }
            if channels.is_empty() {
                channels = match kind.as_deref() {
                    Some("text" | "sms") => vec![PhoneChannel::Sms],
                    Some("whatsapp") => vec![PhoneChannel::Whatsapp],
                    Some("cell" | "mobile") => vec![PhoneChannel::Voice, PhoneChannel::Sms],
                    Some(_) => vec![PhoneChannel::Voice],
                    None => {
                        self.report.fixed(&p_at, "type", "no type: taken as a voice line");
                        vec![PhoneChannel::Voice]
                    }
                };
                if description
                    .as_deref()
                    .is_some_and(|d| fold(d).contains("whatsapp"))
                {
                    push_unique(&mut channels, PhoneChannel::Whatsapp);
                }
            }
            let mut label = label;
            if let Some(extension) = raw(p, "extension").or(typed_extension) {
                label = Some(match label {
                    Some(l) => format!("{l}, ext. {extension}"),
                    None => format!("ext. {extension}"),
                });
            }
            match out.iter_mut().find(|o| o.number == number) {
                Some(same) => {
                    for c in channels {
                        push_unique(&mut same.channels, c);
                    }
                }
                None => out.push(Phone {
                    number,
                    channels,
                    label,
                }),
            }
        }
        out
    }
}

/// Channels and label from a description Ruta wrote (`"Intake line (voice, WhatsApp)"`, `"voice, SMS"`); any
/// other short description is the label.
fn described(description: Option<&str>) -> (Option<Vec<PhoneChannel>>, Option<String>) {
    let Some(d) = description.map(str::trim).filter(|d| !d.is_empty()) else {
        return (None, None);
    };
    let words = |list: &str| -> Option<Vec<PhoneChannel>> {
        list.split(',')
            .map(|w| match w.trim().to_ascii_lowercase().as_str() {
                "voice" => Some(PhoneChannel::Voice),
                "sms" => Some(PhoneChannel::Sms),
                "whatsapp" => Some(PhoneChannel::Whatsapp),
                _ => None,
            })
            .collect::<Option<Vec<_>>>()
            .filter(|c| !c.is_empty())
    };
    if let Some(channels) = words(d) {
        return (Some(channels), None);
    }
    if let Some(inner) = d.strip_suffix(')')
        && let Some((label, list)) = inner.rsplit_once(" (")
        && let Some(channels) = words(list)
    {
        return (
            Some(channels),
            Some(label.trim().to_owned()).filter(|l| !l.is_empty()),
        );
    }
    let label = (d.chars().count() <= MAX_LABEL).then(|| d.to_owned());
    (None, label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ruta_phone_descriptions_give_back_channels_and_label() {
        assert_eq!(
            described(Some("Línea de ingreso (voice, WhatsApp)")),
            (
                Some(vec![PhoneChannel::Voice, PhoneChannel::Whatsapp]),
                Some("Línea de ingreso".to_owned())
            )
        );
        assert_eq!(described(Some("SMS")), (Some(vec![PhoneChannel::Sms]), None));
        assert_eq!(described(Some("Recepción")), (None, Some("Recepción".to_owned())));
        let long = "x".repeat(200);
        assert_eq!(described(Some(&long)), (None, None));
    }
}
