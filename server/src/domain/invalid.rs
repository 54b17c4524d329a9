//! A value that does not parse or make no sense, naming the field at fault — what every workflow below `http`
//! answers for bad input; `http` turns it into a 400 (a query parameter) or a 422 (a JSON body's field).

/// A bad value and where it is: `radius_m`, `phones[0].number`, `weekly[2].from`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct Invalid {
    /// The parameter or the field's path in the body.
    pub field: String,
    /// What is wrong, in a sentence a person can act on.
    pub message: String,
}

impl Invalid {
    /// `field` is wrong because `message`.
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}
