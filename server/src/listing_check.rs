//! The monthly listing check: once a month each organisation's editors get an e-mail, "are your listings still
//! right?", naming every listing not confirmed for [`CHECK_AFTER_DAYS`] (a month before it would count as
//! stale and drop in the ranking), each with a link that confirms it in one click.
//!
//! A link carries the listing, the editor, the language and when it expires ([`LINK_DAYS`]), signed with a key
//! derived from the booking key ([`Vault::sign`]): anyone holding the e-mail may confirm that listing until
//! then, and nothing else. It opens a page with one button (a mail scanner that follows links confirms
//! nothing); the confirmation is written as that editor's, audited like the one-tap "still correct".
//!
//! Every replica runs the check every hour; the e-mail of a month is queued once per editor (its event key
//! names the month), so it goes out once whatever the number of replicas.

use std::collections::BTreeMap;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

use crate::auth::{Role, User, UserStatus};
use crate::directory::Directory;
use crate::domain::notification::{Notification, NotificationKind};
use crate::domain::text::{fallback_chain, pick};
use crate::notify::compose::{Addressed, Composer, args};
use crate::storage::{Store, StoreError};
use crate::vault::{Vault, VaultError};

/// A listing unconfirmed for this many days is in the month's e-mail.
pub const CHECK_AFTER_DAYS: i64 = 150;
/// How long a confirm link works.
pub const LINK_DAYS: i64 = 30;
/// The most listings one e-mail names (the rest wait for next month, or the staff screens).
pub const MAX_LISTINGS: usize = 50;

/// Why the month's check could not be queued.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Sealing a recipient failed.
    #[error(transparent)]
    Seal(#[from] VaultError),
}

/// What a confirm link stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfirmLink {
    pub service_id: Uuid,
    /// The editor it was sent to, who confirms.
    pub user_id: Uuid,
    /// The language of the page it opens.
    pub language: String,
    /// Works until then: [`LINK_DAYS`] after the e-mail was queued.
    pub expires: DateTime<Utc>,
}

/// Why a confirm link does not work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    /// Not a link Ruta made (cut short, changed, or signed with another key).
    #[error("not a valid link")]
    Invalid,
    /// Past its date.
    #[error("the link has expired")]
    Expired,
}

impl ConfirmLink {
    fn payload(&self) -> String {
        format!(
            "{}:{}:{}:{}",
            self.service_id,
            self.user_id,
            self.expires.timestamp(),
            self.language
        )
    }

    /// The token of the link: the payload and its signature, URL-safe.
    pub fn token(&self, vault: &Vault) -> String {
        let payload = self.payload();
        format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(payload.as_bytes()),
            URL_SAFE_NO_PAD.encode(vault.sign(payload.as_bytes()))
        )
    }

    /// The link a token stands for, if its signature holds and it has not expired at `now`.
    pub fn open(token: &str, vault: &Vault, now: DateTime<Utc>) -> Result<Self, LinkError> {
        let (payload, signature) = token.trim().split_once('.').ok_or(LinkError::Invalid)?;
        let payload = URL_SAFE_NO_PAD.decode(payload).map_err(|_| LinkError::Invalid)?;
        let signature = URL_SAFE_NO_PAD
            .decode(signature)
            .map_err(|_| LinkError::Invalid)?;
        if !vault.signed(&payload, &signature) {
            return Err(LinkError::Invalid);
        }
        let text = String::from_utf8(payload).map_err(|_| LinkError::Invalid)?;
        let mut parts = text.splitn(4, ':');
        let mut next = || parts.next().ok_or(LinkError::Invalid);
        let service_id = Uuid::parse_str(next()?).map_err(|_| LinkError::Invalid)?;
        let user_id = Uuid::parse_str(next()?).map_err(|_| LinkError::Invalid)?;
        let expires = next()?
            .parse::<i64>()
            .ok()
            .and_then(|t| DateTime::from_timestamp(t, 0))
            .ok_or(LinkError::Invalid)?;
        let language = next()?.to_owned();
        if now > expires {
            return Err(LinkError::Expired);
        }
        Ok(Self {
            service_id,
            user_id,
            language,
            expires,
        })
    }
}

/// The listings unconfirmed for [`CHECK_AFTER_DAYS`] at `now`, by organisation: (id, name, country), by name.
pub type Due = BTreeMap<Uuid, Vec<(Uuid, String, api_types::CountryCode)>>;

/// The listings the month's check asks about (demo listings never are).
pub fn due(directory: &Directory, now: DateTime<Utc>) -> Due {
    let mut due = Due::new();
    for entry in directory.entries() {
        let s = &entry.service;
        if s.is_listed() && !s.demo && s.needs_check(now, CHECK_AFTER_DAYS) {
            let name = listing_name(s, None).unwrap_or_default();
            due.entry(s.organization_id)
                .or_default()
                .push((s.id, name, s.country));
        }
    }
    for listings in due.values_mut() {
        listings.sort_by(|a, b| a.1.cmp(&b.1));
    }
    due
}

/// The month's e-mails at `now`: to each active editor of each organisation with [`due`] listings, naming each
/// with its confirm link under `public_url`, in the first language of the listings' country. Queued once per
/// editor and month; how many were new.
pub async fn queue_monthly(
    store: &dyn Store,
    due: Due,
    vault: &Vault,
    public_url: &str,
    language_of: impl Fn(api_types::CountryCode) -> String,
    now: DateTime<Utc>,
) -> Result<u64, CheckError> {
    if due.is_empty() {
        return Ok(0);
    }
    let users = store.users().await?;
    let compose = Composer { vault, now };
    let month = now.format("%Y-%m").to_string();
    let mut queue: Vec<Notification> = Vec::new();
    for (organization, listings) in due {
        let language = language_of(listings[0].2);
        let event = format!("listing_check:{organization}:{month}");
        for editor in users.iter().filter(|u| is_editor_of(u, organization)) {
            let lines: Vec<String> = listings
                .iter()
                .take(MAX_LISTINGS)
                .map(|(service_id, name, _)| {
                    let link = ConfirmLink {
                        service_id: *service_id,
                        user_id: editor.id,
                        language: language.clone(),
                        expires: now + Duration::days(LINK_DAYS),
                    };
                    format!(
                        "- {name}: {}/listings/confirm?token={}",
                        public_url.trim_end_matches('/'),
                        link.token(vault)
                    )
                })
                .collect();
            let to = Addressed {
                kind: NotificationKind::ListingCheck,
                event: &event,
                organization: Some(organization),
                language: &language,
            };
            let values = args([("listings", lines.join("\n"))]);
            queue.push(compose.to_staff(editor, to, values)?);
        }
    }
    Ok(store.enqueue(&queue, now).await?)
}

/// A listing's name as the check names it: in `language` if it has one, else Spanish, English or any.
pub fn listing_name(service: &crate::domain::Service, language: Option<&str>) -> Option<String> {
    pick(&service.names, &fallback_chain(language)).map(|(_, n)| n.to_owned())
}

/// An active editor of `organization`.
pub fn is_editor_of(user: &User, organization: Uuid) -> bool {
    user.role == Role::NgoEditor
        && user.status == UserStatus::Active
        && user.organization_id == Some(organization)
}

/// Why a confirm link confirmed nothing.
#[derive(Debug, thiserror::Error)]
pub enum ConfirmError {
    /// The link does not hold.
    #[error(transparent)]
    Link(#[from] LinkError),
    /// The listing is gone, or the editor can no longer edit it (left the organisation, account closed).
    #[error("this listing can no longer be confirmed with this link")]
    NotTheirs,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Confirms the listing a link names, as the editor it was sent to, at `now`: its "last confirmed" becomes
/// `now`, audited as that editor's one-tap "still correct". The listing's name (the page says it).
pub async fn confirm(
    catalog: &crate::catalog::Catalog,
    store: &dyn Store,
    vault: &Vault,
    token: &str,
    now: DateTime<Utc>,
) -> Result<String, ConfirmError> {
    let link = ConfirmLink::open(token, vault, now)?;
    let editor = store
        .user_by_id(link.user_id)
        .await?
        .ok_or(ConfirmError::NotTheirs)?;
    let mut name = String::new();
    let saved = catalog
        .edit_service(
            &crate::accounts::actor(&editor),
            link.service_id,
            api_types::AuditAction::Verify,
            None,
            now,
            |before| {
                if !before.is_listed() || !is_editor_of(&editor, before.organization_id) {
                    return Err(ConfirmError::NotTheirs);
                }
                name = listing_name(before, Some(&link.language)).unwrap_or_default();
                let mut after = before.clone();
                after.last_verified_at = Some(now);
                after.updated_at = now;
                Ok(after)
            },
        )
        .await;
    match saved {
        Ok(_) => Ok(name),
        Err(crate::catalog::EditError::Rejected(e)) => Err(e),
        Err(crate::catalog::EditError::Store(e)) => Err(e.into()),
        Err(crate::catalog::EditError::NotFound | crate::catalog::EditError::Changed) => {
            Err(ConfirmError::NotTheirs)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(expires: DateTime<Utc>) -> ConfirmLink {
        ConfirmLink {
            service_id: Uuid::from_u128(1),
            user_id: Uuid::from_u128(2),
            language: "pt-BR".to_owned(),
            expires,
        }
    }

    #[test]
    fn a_link_opens_until_it_expires_and_not_once_changed_or_signed_with_another_key() {
        let vault = Vault::from_key(&[7; 32]);
        let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default();
        let made = link(now + Duration::days(LINK_DAYS));
        let token = made.token(&vault);
        assert!(
            token
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)),
            "{token}"
        );
        assert_eq!(ConfirmLink::open(&token, &vault, now), Ok(made.clone()));
        assert_eq!(
            ConfirmLink::open(&token, &vault, now + Duration::days(LINK_DAYS + 1)),
            Err(LinkError::Expired)
        );
        assert_eq!(
            ConfirmLink::open(&token, &Vault::from_key(&[8; 32]), now),
            Err(LinkError::Invalid)
        );
        // Another listing's id in the same signature.
        let other = ConfirmLink {
            service_id: Uuid::from_u128(3),
            ..made
        };
        let (forged, _) = other
            .token(&vault)
            .split_once('.')
            .map(|(p, s)| (p.to_owned(), s.to_owned()))
            .unwrap_or_default();
        let (_, signature) = token.split_once('.').unwrap_or_default();
        assert_eq!(
            ConfirmLink::open(&format!("{forged}.{signature}"), &vault, now),
            Err(LinkError::Invalid)
        );
        for broken in ["", ".", "abc", &token[..token.len() - 2]] {
            assert_eq!(
                ConfirmLink::open(broken, &vault, now),
                Err(LinkError::Invalid),
                "{broken}"
            );
        }
    }
}
