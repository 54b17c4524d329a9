//! The booking key: what is sealed at rest with it — booking and warm-referral contacts, notification
//! recipients — in XChaCha20-Poly1305, and the links the server signs with a key derived from it. The 256-bit
//! key is kept outside the database — from `RUTA_BOOKING_KEY` (base64), or a file `booking.key` in the data
//! folder, created with 0600 permissions on first start. A stolen database file alone reveals no contact detail.

use std::path::Path;

use base64::Engine as _;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// HMAC-SHA256 of `data` with `key`.
fn mac(key: &[u8], data: &[u8]) -> [u8; 32] {
    let Ok(mut mac) = <Hmac<Sha256> as hmac::KeyInit>::new_from_slice(key) else {
        // HMAC takes a key of any length: unreachable.
        return [0; 32];
    };
    mac.update(data);
    mac.finalize().into_bytes().into()
}

/// Encryption failed or the key is unusable.
#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    /// The key file or variable could not be read or created.
    #[error("booking key: {0}")]
    Key(String),
    /// A ciphertext does not open with this key (tampered, or another key).
    #[error("a booking record does not decrypt with this key")]
    Open,
    /// The OS random source failed.
    #[error("random: {0}")]
    Random(String),
}

/// The key, ready to seal and open.
#[derive(Clone)]
pub struct Vault {
    cipher: XChaCha20Poly1305,
    /// Signs links the server sends (a listing's confirm link): derived from the key, never the key itself.
    signing: [u8; 32],
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Vault(..)")
    }
}

impl Vault {
    /// From 32 key bytes.
    pub fn from_key(key: &[u8; 32]) -> Self {
        Self {
            cipher: XChaCha20Poly1305::new(key.into()),
            signing: mac(key, b"ruta signed links v1"),
        }
    }

    /// The signature of `data` (HMAC-SHA256 with a key derived from the booking key): every replica with the
    /// same key signs alike, and a signature made elsewhere does not match.
    pub fn sign(&self, data: &[u8]) -> [u8; 32] {
        mac(&self.signing, data)
    }

    /// Whether `signature` is [`Vault::sign`]'s of `data`, compared in constant time.
    pub fn signed(&self, data: &[u8], signature: &[u8]) -> bool {
        let Ok(mut check) = <Hmac<Sha256> as hmac::KeyInit>::new_from_slice(&self.signing) else {
            return false;
        };
        check.update(data);
        check.verify_slice(signature).is_ok()
    }

    /// The key from `RUTA_BOOKING_KEY`-style base64 `text`, else `dir/booking.key`, created (0600) if missing —
    /// unless `sealed` holds something sealed with the key already in use: then a missing key is an error (a
    /// database restored without its key), and so is a key that does not open it (another instance's key).
    /// Starting with a new key would silently make every contact left by a survivor unreadable.
    pub fn open_for(dir: &Path, from_env: Option<&str>, sealed: Option<&[u8]>) -> Result<Self, VaultError> {
        let from_env = from_env.map(str::trim).filter(|t| !t.is_empty());
        let path = dir.join("booking.key");
        if sealed.is_some() && from_env.is_none() && !path.exists() {
            return Err(VaultError::Key(format!(
                "the database holds booking contacts sealed with a key, but {} is missing and RUTA_BOOKING_KEY is \
                 not set: restore the key that was backed up with this database (a new key would make them unreadable)",
                path.display()
            )));
        }
        let vault = Self::open(dir, from_env)?;
        if let Some(sealed) = sealed
            && vault.open_sealed(sealed).is_err()
        {
            return Err(VaultError::Key(
                "this booking key does not open the contacts in the database: use the key that was backed up with \
                 this database"
                    .to_owned(),
            ));
        }
        Ok(vault)
    }

    /// The key from `RUTA_BOOKING_KEY`-style base64 `text`, else `dir/booking.key`, created (0600) if missing.
    pub fn open(dir: &Path, from_env: Option<&str>) -> Result<Self, VaultError> {
        if let Some(text) = from_env.map(str::trim).filter(|t| !t.is_empty()) {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(text)
                .map_err(|e| VaultError::Key(format!("RUTA_BOOKING_KEY is not base64: {e}")))?;
            let key: [u8; 32] = bytes
                .try_into()
                .map_err(|_| VaultError::Key("RUTA_BOOKING_KEY must be 32 bytes".to_owned()))?;
            return Ok(Self::from_key(&key));
        }
        let path = dir.join("booking.key");
        if let Ok(bytes) = std::fs::read(&path) {
            let key: [u8; 32] = bytes
                .try_into()
                .map_err(|_| VaultError::Key(format!("{} must hold 32 bytes", path.display())))?;
            return Ok(Self::from_key(&key));
        }
        let mut key = [0_u8; 32];
        getrandom::fill(&mut key).map_err(|e| VaultError::Random(e.to_string()))?;
        write_private(&path, &key).map_err(|e| VaultError::Key(format!("{}: {e}", path.display())))?;
        Ok(Self::from_key(&key))
    }

    /// `nonce || ciphertext` of `plain`.
    pub fn seal(&self, plain: &[u8]) -> Result<Vec<u8>, VaultError> {
        let mut nonce = [0_u8; 24];
        getrandom::fill(&mut nonce).map_err(|e| VaultError::Random(e.to_string()))?;
        let sealed = self
            .cipher
            .encrypt(&XNonce::from(nonce), plain)
            .map_err(|_| VaultError::Open)?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        Ok(out)
    }

    /// The plain bytes of a [`Vault::seal`] output.
    pub fn open_sealed(&self, sealed: &[u8]) -> Result<Vec<u8>, VaultError> {
        if sealed.len() < 24 {
            return Err(VaultError::Open);
        }
        let (nonce, body) = sealed.split_at(24);
        let nonce: [u8; 24] = nonce.try_into().map_err(|_| VaultError::Open)?;
        self.cipher
            .decrypt(&XNonce::from(nonce), body)
            .map_err(|_| VaultError::Open)
    }
}

/// Copies a key file to `to` (a new file readable by its owner only).
pub fn copy_private(from: &Path, to: &Path) -> std::io::Result<()> {
    write_private(to, &std::fs::read(from)?)
}

/// Creates `path` readable by its owner only.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_text_opens_only_with_its_key_and_never_shows_the_plain_text() {
        let dir = std::env::temp_dir().join(format!("ruta-vault-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let _ = std::fs::remove_file(dir.join("booking.key"));
        let vault = Vault::open(&dir, None).unwrap_or_else(|e| panic!("{e}"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(dir.join("booking.key")).map(|m| m.permissions().mode() & 0o777);
            assert_eq!(mode.ok(), Some(0o600));
        }
        let sealed = vault.seal(b"+50499990000 after 6 pm").unwrap_or_default();
        assert!(!sealed.windows(6).any(|w| w == b"+50499"));
        assert_eq!(
            vault.open_sealed(&sealed).unwrap_or_default(),
            b"+50499990000 after 6 pm"
        );
        let again = Vault::open(&dir, None).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            again.open_sealed(&sealed).unwrap_or_default(),
            b"+50499990000 after 6 pm",
            "same key file"
        );
        let other = Vault::from_key(&[7; 32]);
        assert!(other.open_sealed(&sealed).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
