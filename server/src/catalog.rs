//! The directory's one write path: write to the store, then update the in-memory index — for an edited
//! listing, an import, a registered or approved organisation — used by the HTTP handlers and the CLI alike.
//!
//! Searches read the index and never wait for the database. Writers take [`Catalog`]'s write lock across both
//! steps, so the index applies changes in the order the database committed them: two concurrent edits of one
//! listing can never leave the index holding the one the database overwrote.

use std::collections::HashMap;
use std::sync::{Arc, RwLock, RwLockReadGuard, RwLockWriteGuard};

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::auth::User;
use api_types::AuditAction;
use api_types::manage::ServiceRecord;

use crate::directory::{Directory, edit};
use crate::domain::{Actor, AuditEntry, Organization, Service};
use crate::hsds::import::{self, ImportError, ImportOptions, Plan};
use crate::reference::Gazetteer;
use crate::storage::{Store, StoreError};

/// Above this many services an import rebuilds the index in one bulk load rather than inserting one by one.
const REBUILD_ABOVE: usize = 2_000;

/// The directory in memory and the store behind it.
#[derive(Debug, Clone)]
pub struct Catalog {
    directory: Arc<RwLock<Directory>>,
    store: Arc<dyn Store>,
    gazetteer: Arc<Gazetteer>,
    writes: Arc<tokio::sync::Mutex<()>>,
}

impl Catalog {
    /// A catalog over a directory loaded from `store`.
    pub fn new(directory: Directory, store: Arc<dyn Store>, gazetteer: Arc<Gazetteer>) -> Self {
        Self {
            directory: Arc::new(RwLock::new(directory)),
            store,
            gazetteer,
            writes: Arc::new(tokio::sync::Mutex::new(())),
        }
    }

    /// Loads the whole directory from `store` and indexes it.
    pub async fn load(store: Arc<dyn Store>, gazetteer: Arc<Gazetteer>) -> Result<Self, StoreError> {
        let (organizations, services) = store.load_directory().await?;
        let directory = Directory::new(organizations, services, gazetteer.clone());
        Ok(Self::new(directory, store, gazetteer))
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
        self.store.save_service(&service, audit).await?;
        self.index_mut().upsert_service(service);
        Ok(())
    }

    /// Saves an edited listing — `create`, `update`, `capacity`, `verify`, `deactivate` — audited with the
    /// record before and after, then indexes it; answers its full record as editors see it.
    pub async fn save_edit(
        &self,
        actor: &Actor,
        action: AuditAction,
        before: Option<&Service>,
        after: Service,
        now: DateTime<Utc>,
    ) -> Result<ServiceRecord, StoreError> {
        let audit = AuditEntry {
            at: now,
            user_id: actor.user_id,
            actor: actor.label.clone(),
            organization_id: Some(after.organization_id),
            entity: "service",
            entity_id: after.id,
            action,
            before: before.map(|b| edit::snapshot(b, now)),
            after: Some(edit::snapshot(&after, now)),
        };
        let record = edit::record(&after, now);
        self.save_service(after, &audit).await?;
        Ok(record)
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

    /// Writes an import plan in one transaction (unless it is a dry run or has a fatal problem), then indexes
    /// what it wrote: one by one for a small import, one bulk load for a large one (off the async workers).
    pub async fn import(
        &self,
        plan: Plan,
        options: &ImportOptions,
        user_id: Option<Uuid>,
    ) -> Result<import::Report, ImportError> {
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
