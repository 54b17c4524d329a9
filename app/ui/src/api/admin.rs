//! Administrators: organisations waiting for approval, every account, the audit log across organisations, and
//! the corrections of a country's life lines.

use api_types::CountryCode;
use api_types::lifelines::{CountryLifeLines, LifeLinesInput};
use api_types::manage::{
    AuditView, DeclineInput, NewUserInput, OrganizationName, PendingOrganization, RoleInput, SessionsRevoked,
    TermTableInput, TermTableView, UserView,
};
use uuid::Uuid;

use super::{ApiFailure, Tagged, download_csv, get_json, get_tagged, json_body, send, send_tagged};

/// `GET /api/v1/admin/organizations`: every organisation's id and name.
#[inline]
pub fn list_organizations() -> impl Future<Output = Result<Vec<OrganizationName>, ApiFailure>> + use<> {
    get_json("/api/v1/admin/organizations".to_owned(), None)
}

/// `GET /api/v1/admin/organizations/pending`: organisations waiting for approval.
#[inline]
pub fn pending_organizations() -> impl Future<Output = Result<Vec<PendingOrganization>, ApiFailure>> + use<> {
    get_json("/api/v1/admin/organizations/pending".to_owned(), None)
}

/// `POST /api/v1/admin/organizations/{id}/approve`.
#[inline]
pub fn approve_organization(id: Uuid) -> impl Future<Output = Result<(), ApiFailure>> + use<> {
    send("POST", format!("/api/v1/admin/organizations/{id}/approve"), None)
}

/// `POST /api/v1/admin/organizations/{id}/decline`: with a reason the applicant reads.
#[inline]
pub fn decline_organization(
    id: Uuid,
    input: &DeclineInput,
) -> impl Future<Output = Result<(), ApiFailure>> + use<> {
    let url = format!("/api/v1/admin/organizations/{id}/decline");
    send("POST", url, json_body(input))
}

/// `GET /api/v1/admin/users`: every account.
#[inline]
pub fn list_users() -> impl Future<Output = Result<Vec<UserView>, ApiFailure>> + use<> {
    get_json("/api/v1/admin/users".to_owned(), None)
}

/// `POST /api/v1/admin/users`: a new account, with a one-time password in the answer (shown once).
#[inline]
pub fn create_user(input: &NewUserInput) -> impl Future<Output = Result<UserView, ApiFailure>> + use<> {
    send("POST", "/api/v1/admin/users".to_owned(), json_body(input))
}

/// `POST /api/v1/admin/users/{id}/disable`.
#[inline]
pub fn disable_user(id: Uuid) -> impl Future<Output = Result<UserView, ApiFailure>> + use<> {
    send("POST", format!("/api/v1/admin/users/{id}/disable"), None)
}

/// `POST /api/v1/admin/users/{id}/activate`.
#[inline]
pub fn activate_user(id: Uuid) -> impl Future<Output = Result<UserView, ApiFailure>> + use<> {
    send("POST", format!("/api/v1/admin/users/{id}/activate"), None)
}

/// `POST /api/v1/admin/users/{id}/role`: another role (and organisation).
#[inline]
pub fn change_role(
    id: Uuid,
    input: &RoleInput,
) -> impl Future<Output = Result<UserView, ApiFailure>> + use<> {
    let url = format!("/api/v1/admin/users/{id}/role");
    send("POST", url, json_body(input))
}

/// `POST /api/v1/admin/users/{id}/revoke_sessions`: signs the account out everywhere.
#[inline]
pub fn revoke_sessions(id: Uuid) -> impl Future<Output = Result<SessionsRevoked, ApiFailure>> + use<> {
    send("POST", format!("/api/v1/admin/users/{id}/revoke_sessions"), None)
}

/// The audit log's filters, as the screen's fields say them (empty, or only spaces: not a filter).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// An organisation's id.
    pub organization_id: String,
    /// Who: part of an account's email.
    pub person: String,
    /// A record's id.
    pub record: String,
    /// An action's API name.
    pub action: String,
    /// From this day (`YYYY-MM-DD`).
    pub from: String,
    /// Until this day (`YYYY-MM-DD`).
    pub to: String,
}

impl AuditFilter {
    /// `/api/v1/admin/audit?…`, the filters trimmed.
    fn url(&self) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (key, value) in [
            ("organization_id", &self.organization_id),
            ("person", &self.person),
            ("record", &self.record),
            ("action", &self.action),
            ("from", &self.from),
            ("to", &self.to),
        ] {
            let value = value.trim();
            if !value.is_empty() {
                query.append_pair(key, value);
            }
        }
        format!("/api/v1/admin/audit?{}", query.finish())
    }
}

/// `GET /api/v1/admin/audit?…`: the audit log across organisations.
#[inline]
pub fn audit(filter: &AuditFilter) -> impl Future<Output = Result<Vec<AuditView>, ApiFailure>> + use<> {
    get_json(filter.url(), None)
}

/// `GET /api/v1/admin/audit?…` with `Accept: text/csv`: the same entries as a CSV file, handed to the browser
/// as a download named `file_name`.
#[inline]
pub fn download_audit(
    filter: &AuditFilter,
    file_name: &str,
) -> impl Future<Output = Result<(), ApiFailure>> + use<> {
    download_csv(filter.url(), file_name)
}

/// `GET /api/v1/admin/lifelines/{iso2}`: the country's life lines as served, with their entity tag (`None`: the
/// country has none yet).
#[inline]
pub fn read_lifelines(
    country: CountryCode,
) -> impl Future<Output = Result<Tagged<Option<CountryLifeLines>>, ApiFailure>> + use<> {
    get_tagged(format!("/api/v1/admin/lifelines/{country}"))
}

/// `PUT /api/v1/admin/lifelines/{iso2}` with `If-Match: etag`: a correction of the country's life lines.
#[inline]
pub fn correct_lifelines(
    country: CountryCode,
    input: &LifeLinesInput,
    etag: Option<&str>,
) -> impl Future<Output = Result<Tagged<CountryLifeLines>, ApiFailure>> + use<> {
    let url = format!("/api/v1/admin/lifelines/{country}");
    send_tagged("PUT", url, json_body(input), etag.map(str::to_owned))
}

/// `DELETE /api/v1/admin/lifelines/{iso2}` with `If-Match: etag`: drops the correction, back to the data as
/// published.
#[inline]
pub fn revert_lifelines(
    country: CountryCode,
    etag: Option<&str>,
) -> impl Future<Output = Result<Tagged<Option<CountryLifeLines>>, ApiFailure>> + use<> {
    let url = format!("/api/v1/admin/lifelines/{country}");
    send_tagged("DELETE", url, None, etag.map(str::to_owned))
}

/// `GET /api/v1/admin/terms`: how many rows the imports' term table has, and when it was saved.
#[inline]
pub fn term_table() -> impl Future<Output = Result<TermTableView, ApiFailure>> + use<> {
    get_json("/api/v1/admin/terms".to_owned(), None)
}

/// `PUT /api/v1/admin/terms`: replaces the imports' term table (a wrong cell is named `csv[LINE].COLUMN`).
#[inline]
pub fn save_term_table(
    input: &TermTableInput,
) -> impl Future<Output = Result<TermTableView, ApiFailure>> + use<> {
    send("PUT", "/api/v1/admin/terms".to_owned(), json_body(input))
}

/// `GET /api/v1/admin/terms` as CSV, saved as `ruta_terms.csv`.
#[inline]
pub fn download_term_table() -> impl Future<Output = Result<(), ApiFailure>> + use<> {
    download_csv("/api/v1/admin/terms".to_owned(), "ruta_terms.csv")
}

/// `GET /api/v1/admin/terms/built_in`: Ruta's own table, saved as `ruta_built_in_terms.csv`.
#[inline]
pub fn download_built_in_terms() -> impl Future<Output = Result<(), ApiFailure>> + use<> {
    download_csv(
        "/api/v1/admin/terms/built_in".to_owned(),
        "ruta_built_in_terms.csv",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_audit_log_is_asked_only_for_the_filters_filled_in_trimmed() {
        let filter = AuditFilter {
            person: "  ana@example.org ".into(),
            action: "update".into(),
            from: "   ".into(),
            ..AuditFilter::default()
        };
        assert_eq!(
            filter.url(),
            "/api/v1/admin/audit?person=ana%40example.org&action=update"
        );
        assert_eq!(AuditFilter::default().url(), "/api/v1/admin/audit?");
    }
}
