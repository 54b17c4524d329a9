//! The directory's one write path: write to the store, then update the in-memory index — for an edited
//! listing, an import, a registered or approved organisation — used by the HTTP handlers and the CLI alike.
//!
//! Searches read the index and never wait for the database. Writers take [`Catalog`]'s write lock across both
//! steps, so the index applies changes in the order the database committed them: two concurrent edits of one
//! listing can never leave the index holding the one the database overwrote. An edit of a stored listing
//! ([`Catalog::edit_service`]) reads the version it replaces, and checks the editor's entity tag, under that
//! same lock: optimistic concurrency without a lost update, and an audit log whose entries chain.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::time::Duration;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::auth::User;
use api_types::AuditAction;
use api_types::manage::ServiceRecord;

use crate::directory::{Directory, edit};
use crate::domain::{Actor, AuditEntry, ETag, Organization, Precondition, Service};
use crate::hsds::import::{self, ImportError, ImportOptions, Plan};
use crate::reference::Gazetteer;
use crate::storage::changes::{Backlog, Changed};
use crate::storage::{Store, StoreError};

/// Above this many services an import rebuilds the index in one bulk load rather than inserting one by one.
const REBUILD_ABOVE: usize = 2_000;

/// Above this many changes written elsewhere, [`Catalog::catch_up`] reloads the whole directory rather than
/// reading each record.
const RELOAD_ABOVE: u32 = 2_000;

/// How often the change feed is read when nothing wakes the reader (SQLite; a lost notification on PostgreSQL).
const LOOK_EVERY: Duration = Duration::from_secs(2);

/// Changes older than this many days are forgotten by the feed (a replica disconnected that long reloads
/// everything).
const FEED_KEEPS_DAYS: u32 = 7;

/// A listing as saved: its full record as editors see it, and its entity tag.
#[derive(Debug, Clone)]
pub struct SavedService {
    pub record: ServiceRecord,
    /// Its entity tag, for the next change.
    pub etag: ETag,
}

impl SavedService {
    fn of(service: &Service, now: DateTime<Utc>) -> Self {
        Self {
            record: edit::record(service, now),
            etag: edit::etag(service),
        }
    }
}

/// Why [`Catalog::edit_service`] wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum EditError<E> {
    /// No listing has that id.
    #[error("no such service")]
    NotFound,
    /// The listing changed since the caller read it: its entity tag is not the one the precondition names.
    #[error("the service was changed by someone else")]
    Changed,
    /// The caller's edit refused the change (a bad field, a permission).
    #[error("edit refused")]
    Rejected(E),
    #[error(transparent)]
    Store(StoreError),
}

/// The audit entry of a listing's change: the record before and after, as [`edit::snapshot`] writes them.
fn service_audit(
    actor: &Actor,
    action: AuditAction,
    before: Option<&Service>,
    after: &Service,
    now: DateTime<Utc>,
) -> AuditEntry {
    AuditEntry {
        organization_id: Some(after.organization_id),
        before: before.map(edit::snapshot),
        after: Some(edit::snapshot(after)),
        ..actor.entry(now, action, "service", after.id)
    }
}

/// The directory in memory and the store behind it.
#[derive(Debug, Clone)]
pub struct Catalog {
    directory: Arc<RwLock<Directory>>,
    store: Arc<dyn Store>,
    gazetteer: Arc<Gazetteer>,
    writes: Arc<tokio::sync::Mutex<()>>,
    imports: Arc<tokio::sync::Mutex<()>>,
    /// The last change of the feed this index holds.
    applied: Arc<AtomicI64>,
}

/// The one import running on this server, from reading the file to indexing it (see [`Catalog::import_turn`]).
#[derive(Debug)]
pub struct ImportTurn(#[allow(dead_code, reason = "held, not read")] tokio::sync::OwnedMutexGuard<()>);

impl Catalog {
    /// A catalog over a directory loaded from `store`, holding the feed's changes up to `applied`.
    pub fn new(directory: Directory, store: Arc<dyn Store>, gazetteer: Arc<Gazetteer>, applied: i64) -> Self {
        Self {
            directory: Arc::new(RwLock::new(directory)),
            store,
            gazetteer,
            writes: Arc::new(tokio::sync::Mutex::new(())),
            imports: Arc::new(tokio::sync::Mutex::new(())),
            applied: Arc::new(AtomicI64::new(applied)),
        }
    }

    /// Loads the whole directory from `store` and indexes it.
    pub async fn load(store: Arc<dyn Store>, gazetteer: Arc<Gazetteer>) -> Result<Self, StoreError> {
        // Read before the directory: a change committed while it loads is applied again later (harmless).
        let applied = store.latest_change().await?;
        let (organizations, services) = store.load_directory().await?;
        let directory = Directory::new(organizations, services, gazetteer.clone());
        Ok(Self::new(directory, store, gazetteer, applied))
    }

    /// Applies to the index what other processes wrote since the last change it holds — edits on another
    /// replica, an import by the command line — in the order the database committed them, each record read as
    /// stored now; the whole directory is reloaded when more than [`RELOAD_ABOVE`] changes wait. Returns how many
    /// changes were read.
    pub async fn catch_up(&self) -> Result<usize, StoreError> {
        let _in_order = self.writes.lock().await;
        self.catch_up_locked().await
    }

    /// [`Catalog::catch_up`]; the caller holds `writes`.
    async fn catch_up_locked(&self) -> Result<usize, StoreError> {
        let since = self.applied.load(Ordering::Acquire);
        // Writes are serialised in the store, so every change numbered up to the latest has committed.
        let latest = self.store.latest_change().await?;
        if latest <= since {
            return Ok(0);
        }
        // Only others' changes: what this catalog wrote it indexed as it wrote it, under the same lock.
        let changes = self.store.changes_since(since, latest, RELOAD_ABOVE + 1).await?;
        if changes.len() > RELOAD_ABOVE as usize {
            let (organizations, services) = self.store.load_directory().await?;
            let gazetteer = self.gazetteer.clone();
            let directory =
                tokio::task::spawn_blocking(move || Directory::new(organizations, services, gazetteer))
                    .await
                    .map_err(|e| StoreError::Io(std::io::Error::other(format!("reindexing: {e}"))))?;
            *self.index_mut() = directory;
            self.applied.store(latest, Ordering::Release);
            return Ok(changes.len());
        }
        // A record changed several times is read once, as stored now.
        let mut touched: Vec<Changed> = Vec::new();
        for change in &changes {
            if !touched.contains(&change.changed) {
                touched.push(change.changed);
            }
        }
        for changed in touched {
            match changed {
                Changed::Organization(id) => {
                    if let Some(organization) = self.store.organization(id).await? {
                        self.index_mut().upsert_organization(organization);
                    }
                }
                Changed::Service(id) => {
                    if let Some(service) = self.store.service(id).await? {
                        self.index_mut().upsert_service(service);
                    }
                }
            }
        }
        self.applied.store(latest, Ordering::Release);
        Ok(changes.len())
    }

    /// Keeps the index following the change feed for as long as the process runs: woken by the store's signal
    /// (PostgreSQL's NOTIFY) or every [`LOOK_EVERY`]. A failure (the database unreachable) is logged and tried
    /// again at the next turn.
    pub async fn follow_changes(self) {
        let signal = self.store.change_signal();
        let mut pruned_at = std::time::Instant::now();
        loop {
            match &signal {
                Some(signal) => {
                    let _ = tokio::time::timeout(LOOK_EVERY, signal.notified()).await;
                }
                None => tokio::time::sleep(LOOK_EVERY).await,
            }
            if let Err(e) = self.catch_up().await {
                tracing::warn!(error = %e, "reading the directory's changes failed");
            }
            if pruned_at.elapsed() > Duration::from_secs(3600) {
                pruned_at = std::time::Instant::now();
                if let Err(e) = self.store.prune_changes(FEED_KEEPS_DAYS).await {
                    tracing::warn!(error = %e, "pruning the directory's changes failed");
                }
            }
        }
    }

    /// How far the index is behind the change feed.
    pub async fn backlog(&self) -> Result<Backlog, StoreError> {
        self.store.backlog(self.applied.load(Ordering::Acquire)).await
    }

    /// Reads the index. A poisoned lock (a writer panicked) still holds a consistent directory, because writers
    /// swap whole entries; so the guard is recovered rather than failing every later request.
    pub fn read(&self) -> RwLockReadGuard<'_, Directory> {
        self.directory
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Changes the index without the store. Only tests (placing a record the database does not hold) and
    /// this module's write paths use it.
    pub fn index_mut(&self) -> RwLockWriteGuard<'_, Directory> {
        self.directory
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Creates or replaces a service with its audit entry (one transaction), then indexes it: searchable as soon
    /// as this returns.
    pub async fn save_service(&self, service: Service, audit: &AuditEntry) -> Result<(), StoreError> {
        let _in_order = self.writes.lock().await;
        self.write_service(service, audit, None).await.map(|_| ())
    }

    /// Store, then index; the caller holds `writes`.
    /// With `replaces`, only while the store still holds that version (the same entity tag): false, nothing
    /// written, when another replica changed it.
    async fn write_service(
        &self,
        service: Service,
        audit: &AuditEntry,
        replaces: Option<&Service>,
    ) -> Result<bool, StoreError> {
        let expected = replaces.map(edit::etag);
        let unchanged = move |stored: &Service| Some(edit::etag(stored)) == expected;
        let check: Option<&crate::storage::directory::Unchanged> = replaces.map(|_| &unchanged as _);
        if !self.store.save_service(&service, audit, check).await? {
            return Ok(false);
        }
        self.index_mut().upsert_service(service);
        Ok(true)
    }

    /// Saves a new listing, audited (`create`), then indexes it; answers its full record as editors see it.
    pub async fn create_service(
        &self,
        actor: &Actor,
        service: Service,
        now: DateTime<Utc>,
    ) -> Result<SavedService, StoreError> {
        let _in_order = self.writes.lock().await;
        let audit = service_audit(actor, AuditAction::Create, None, &service, now);
        let saved = SavedService::of(&service, now);
        self.write_service(service, &audit, None).await?;
        Ok(saved)
    }

    /// Changes a stored listing — `update`, `capacity`, `verify`, `deactivate` — in one step no other write can
    /// come between: under the write lock it reads the listing as stored, checks `precondition` against its entity
    /// tag (the check and the write are atomic), lets `edit` make the new version from it, and writes that with an
    /// audit entry whose `before` is the version it replaced, so the audit log of a listing is a chain (each
    /// entry's `before` is the previous entry's `after`). Then it indexes the new version.
    pub async fn edit_service<E>(
        &self,
        actor: &Actor,
        id: Uuid,
        action: AuditAction,
        precondition: Option<&Precondition>,
        now: DateTime<Utc>,
        edit: impl FnOnce(&Service) -> Result<Service, E>,
    ) -> Result<SavedService, EditError<E>> {
        let _in_order = self.writes.lock().await;
        // The version another replica may have just written is the one the precondition is checked against.
        self.catch_up_locked().await.map_err(EditError::Store)?;
        let before = self
            .read()
            .get(&id)
            .map(|e| (*e.service).clone())
            .ok_or(EditError::NotFound)?;
        if !Precondition::holds_if_given(precondition, &edit::etag(&before)) {
            return Err(EditError::Changed);
        }
        let after = edit(&before).map_err(EditError::Rejected)?;
        let audit = service_audit(actor, action, Some(&before), &after, now);
        let saved = SavedService::of(&after, now);
        if !self
            .write_service(after, &audit, Some(&before))
            .await
            .map_err(EditError::Store)?
        {
            return Err(EditError::Changed);
        }
        Ok(saved)
    }

    /// Stores a new account — with, for a registration, its organisation (not yet approved) — and indexes the
    /// organisation. [`StoreError::Conflict`] names the field that is taken.
    pub async fn add_account(
        &self,
        user: &User,
        password_hash: &str,
        organization: Option<&Organization>,
        audit: &[AuditEntry],
    ) -> Result<(), StoreError> {
        let _in_order = self.writes.lock().await;
        self.store
            .insert_user(user, password_hash, organization, audit)
            .await?;
        if let Some(organization) = organization {
            self.index_mut().upsert_organization(organization.clone());
        }
        Ok(())
    }

    /// Approves an organisation (and activates its pending accounts); false if there is none with that id.
    pub async fn approve_organization(
        &self,
        id: Uuid,
        now: DateTime<Utc>,
        audit: &[AuditEntry],
    ) -> Result<bool, StoreError> {
        let _in_order = self.writes.lock().await;
        if !self.store.approve_organization(id, now, audit).await? {
            return Ok(false);
        }
        let approved = self.read().organization(&id).map(|o| {
            let mut o = (**o).clone();
            o.verified_at = Some(now);
            o
        });
        if let Some(organization) = approved {
            self.index_mut().upsert_organization(organization);
        }
        Ok(true)
    }

    /// The turn to import, while no other import runs: an import holds a file's rows in memory, so two at once
    /// would double what the server's limits allow for one. [`ImportError::Busy`] when another holds it.
    pub fn import_turn(&self) -> Result<ImportTurn, ImportError> {
        self.imports
            .clone()
            .try_lock_owned()
            .map(ImportTurn)
            .map_err(|_| ImportError::Busy)
    }

    /// Writes an import plan in one transaction (unless it is a dry run or has a fatal problem), then indexes
    /// what it wrote: one by one for a small import, one bulk load for a large one (off the async workers).
    pub async fn import(
        &self,
        plan: Plan,
        options: &ImportOptions,
        user_id: Option<Uuid>,
    ) -> Result<import::ImportReport, ImportError> {
        let _in_order = self.writes.lock().await;
        let mut plan = plan;
        import::write(&*self.store, &mut plan, options, user_id).await?;
        let Plan {
            organizations,
            services,
            report,
        } = plan;
        if report.written {
            let catalog = self.clone();
            tokio::task::spawn_blocking(move || catalog.index_import(organizations, services))
                .await
                .map_err(|e| ImportError::Io(std::io::Error::other(format!("indexing the import: {e}"))))?;
        }
        Ok(report)
    }

    fn index_import(&self, organizations: Vec<Organization>, services: Vec<Service>) {
        let mut directory = self.index_mut();
        for organization in organizations {
            directory.upsert_organization(organization);
        }
        if services.len() <= REBUILD_ABOVE {
            for service in services {
                directory.upsert_service(service);
            }
            return;
        }
        let mut all: HashMap<Uuid, Service> = directory
            .entries()
            .map(|e| (e.service.id, (*e.service).clone()))
            .collect();
        for service in services {
            all.insert(service.id, service);
        }
        let organizations = directory.organizations().map(|o| (**o).clone()).collect();
        *directory = Directory::new(organizations, all.into_values().collect(), self.gazetteer.clone());
    }
}
