//! A service's own words kept as given: another name, how to apply, who may come, fees, its web page. Ruta's own
//! export writes "who may come" and "fees" from its populations and cost when a directory gave no words; those
//! sentences are Ruta's, so importing them back keeps no words (an edit of the populations then changes what
//! the export says).

use api_types::{Cost, Population, ServiceDetails};

use super::fields::{Obj, first_raw};
use super::{At, Mapper};
use crate::hsds::export::{eligibility_sentence, fees_sentence};
use crate::hsds::import::tolerant;

impl Mapper<'_> {
    pub(super) fn details(
        &mut self,
        at: &At,
        v: &Obj,
        populations: &[Population],
        cost: Cost,
    ) -> ServiceDetails {
        let text = |mapper: &mut Self, keys: &[&str]| {
            let key = keys
                .iter()
                .find(|k| v.get(**k).is_some_and(|x| x.as_str().is_some()))?;
            mapper.text(at, v, key)
        };
        let eligibility = text(self, &["eligibility_description", "eligibility"])
            .filter(|e| Some(e) != eligibility_sentence(populations).as_ref());
        let fees =
            text(self, &["fees_description", "fees"]).filter(|f| Some(f) != fees_sentence(cost).as_ref());
        let url = first_raw(v, &["url", "website"]).and_then(|w| match tolerant::web_address(&w) {
            Some((address, added)) => {
                if added {
                    self.report
                        .fixed(at, "url", "no http:// or https://: https:// added");
                }
                Some(address)
            }
            None => {
                self.report
                    .skipped_field(at, "url", "not a web address: left out");
                None
            }
        });
        ServiceDetails {
            alternate_name: text(self, &["alternate_name"]),
            application_process: text(self, &["application_process"]),
            eligibility,
            fees,
            url,
        }
    }
}
