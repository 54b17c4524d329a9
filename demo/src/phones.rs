//! Phone numbers no subscriber can have, never the same twice in a country.

use api_types::{E164, Phone, PhoneChannel};
use ruta_server::reference::CountryRecord;

use crate::Builder;

impl Builder {
    /// A new fictional number of the country, never handed out before (up to 100 per NANP area code).
    pub(super) fn phone(
        &mut self,
        record: &CountryRecord,
        channels: Vec<PhoneChannel>,
        label: Option<&str>,
    ) -> Option<Phone> {
        let counter = self.phone_counters.entry(record.iso2).or_insert(0);
        *counter += 1;
        let number = fictional_number(record, *counter)?;
        Some(Phone {
            number,
            channels,
            label: label.map(str::to_owned),
        })
    }
}

/// A phone number no subscriber can have: `+1 NPA 555 01XX` (the range reserved for fiction) in the North
/// American plan, otherwise the country code followed by a national number starting with 0.
fn fictional_number(record: &CountryRecord, k: u32) -> Option<E164> {
    let code = record.calling_code.as_str();
    let areas = &record.nanp_area_codes;
    let text = if code == "1" && !areas.is_empty() {
        let len = areas.len() as u32;
        let area = areas.get((k % len) as usize)?;
        format!("+1{area}55501{:02}", (k / len) % 100)
    } else {
        let width = if code.len() >= 3 { 7 } else { 8 };
        format!("+{code}0{:0width$}", 100 + k)
    };
    E164::parse(&text).ok()
}
