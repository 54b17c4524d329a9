//! Cost to the person: Ruta's own value, else the cost options' words and amounts, else the fees' words.

use api_types::Cost;

use super::fields::{Obj, first_raw, list, matches_any, push_unique, raw};
use super::tolerant;
use super::{At, Mapper};
use crate::domain::text::fold;

impl Mapper<'_> {
    pub(super) fn cost(&mut self, at: &At, v: &Obj) -> Cost {
        for o in list(v, "cost_options") {
            if let Some(cost) = o
                .as_object()
                .and_then(|o| raw(o, "x_ruta_cost"))
                .and_then(|c| c.parse().ok())
            {
                self.count_cost_rows(v);
                return cost;
            }
        }
        let mut seen: Vec<Cost> = Vec::new();
        for o in list(v, "cost_options") {
            let Some(o) = o.as_object() else {
                continue;
            };
            let words = [raw(o, "option"), raw(o, "amount_description")]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            let amount = o.get("amount").and_then(tolerant::number);
            let cost = cost_words(&words).or(match amount {
                Some(a) if a <= 0.0 => Some(Cost::Free),
                Some(_) => Some(Cost::Paid),
                None => None,
            });
            if let Some(cost) = cost {
                push_unique(&mut seen, cost);
            }
        }
        self.count_cost_rows(v);
        let from_options = match seen.as_slice() {
            [] => None,
            [one] => Some(*one),
            several if several.contains(&Cost::Free) => Some(Cost::Low),
            several if several.contains(&Cost::Low) => Some(Cost::Low),
            _ => Some(Cost::Paid),
        };
        if let Some(cost) = from_options {
            return cost;
        }
        if let Some(cost) = first_raw(v, &["fees_description", "fees"]).and_then(|f| cost_words(&f)) {
            return cost;
        }
        self.report.warning(
            at,
            Some("cost_options"),
            "cost not given: kept as unknown (never taken as free)",
        );
        Cost::Unknown
    }

    fn count_cost_rows(&mut self, v: &Obj) {
        for _ in list(v, "cost_options") {
            self.read("cost_option");
        }
    }
}

fn cost_words(text: &str) -> Option<Cost> {
    let folded = format!(" {} ", fold(text));
    if matches_any(
        &folded,
        &[
            "low cost",
            "bajo costo",
            "costo bajo",
            "baixo custo",
            "sliding*",
            "reduced",
            "donation*",
            "cuota de recuperacion",
        ],
    ) {
        return Some(Cost::Low);
    }
    if matches_any(
        &folded,
        &[
            "free",
            "gratis",
            "gratuit*",
            "no cost",
            "sin costo",
            "sem custo",
            "sin cargo",
            "no fee*",
            "gratuidad",
        ],
    ) {
        return Some(Cost::Free);
    }
    if matches_any(
        &folded,
        &[
            "paid", "pay*", "pago", "fee", "fees", "charge*", "price*", "precio*", "tarifa*",
        ],
    ) {
        return Some(Cost::Paid);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn costs_from_words() {
        assert_eq!(cost_words("Free of charge."), Some(Cost::Free));
        assert_eq!(cost_words("Low cost"), Some(Cost::Low));
        assert_eq!(cost_words("Paid service."), Some(Cost::Paid));
        assert_eq!(cost_words("Gratuito"), Some(Cost::Free));
        assert_eq!(cost_words("Under 18s and Over 60s"), None);
    }
}
