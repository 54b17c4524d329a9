//! An HSDS import's one transaction: every organisation and service of the file and the import's audit entry,
//! or nothing.

use super::StoreError;
use super::accounts::write_audit;
use super::sqlite::{SqliteStore, write_organization, write_service};
use crate::domain::{AuditEntry, Organization, Service};

impl SqliteStore {
    pub(crate) async fn import_directory_tx(
        &self,
        organizations: &[Organization],
        services: &[Service],
        audit: &AuditEntry,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool().begin().await?;
        for org in organizations {
            // Created approved (an admin's import); an existing organisation keeps its approval.
            write_organization(&mut tx, org, true).await?;
        }
        for service in services {
            write_service(&mut tx, service, true).await?;
        }
        write_audit(&mut tx, audit).await?;
        tx.commit().await?;
        Ok(())
    }
}
