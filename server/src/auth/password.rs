//! Passwords: argon2id with the argon2 crate's defaults (19 MiB, 2 passes, 1 lane — OWASP's minimum), a length
//! rule and a list of common passwords, nothing else (NIST SP 800-63B: no composition rules).

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use base64::Engine as _;

/// Shortest password accepted, in characters.
pub const MIN_CHARS: usize = 8;
/// Longest, so hashing stays bounded.
pub const MAX_CHARS: usize = 256;

/// Passwords people pick most often (English, Spanish, Portuguese and French lists), one per line, lower case.
const COMMON: &str = include_str!("common-passwords.txt");

/// Why a password is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasswordProblem {
    /// Fewer than [`MIN_CHARS`] characters.
    #[error("a password needs at least {MIN_CHARS} characters")]
    TooShort,
    /// More than [`MAX_CHARS`].
    #[error("a password can have at most {MAX_CHARS} characters")]
    TooLong,
    /// On the list of common passwords, or the account's own email.
    #[error(
        "this password is too common and easy to guess; choose another (a few unrelated words work well)"
    )]
    TooCommon,
}

/// Checks a new password for `email`'s account.
pub fn check_policy(password: &str, email: &str) -> Result<(), PasswordProblem> {
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Err(PasswordProblem::TooShort);
    }
    if chars > MAX_CHARS {
        return Err(PasswordProblem::TooLong);
    }
    let lower = password.to_lowercase();
    let local = email.split('@').next().unwrap_or(email);
    if lower == email || lower == local || COMMON.lines().any(|common| common == lower) {
        return Err(PasswordProblem::TooCommon);
    }
    Ok(())
}

/// Hashing failed (only if the parameters were invalid).
#[derive(Debug, thiserror::Error)]
#[error("password hashing: {0}")]
pub struct HashError(String);

/// The argon2id PHC string of `password`, with a fresh random salt.
pub fn hash(password: &str) -> Result<String, HashError> {
    let mut bytes = [0_u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| HashError(e.to_string()))?;
    let salt = SaltString::encode_b64(&bytes).map_err(|e| HashError(e.to_string()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| HashError(e.to_string()))
}

/// Whether `password` matches the stored `phc` string (false for a malformed one).
pub fn verify(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// A hash to verify against when the email is unknown, so a wrong email costs as long as a wrong password.
pub fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash("ruta-no-such-account").unwrap_or_default())
}

/// A new random password for `ruta users add` when none is given: 18 bytes from the OS, 24 characters.
pub fn generate() -> Result<String, getrandom::Error> {
    let mut bytes = [0_u8; 18];
    getrandom::fill(&mut bytes)?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_counts_characters_and_common_passwords_are_refused() {
        assert_eq!(check_policy("corto", "a@b.org"), Err(PasswordProblem::TooShort));
        assert_eq!(check_policy("ñandúñandú", "a@b.org"), Ok(()));
        assert_eq!(
            check_policy("password", "a@b.org"),
            Err(PasswordProblem::TooCommon)
        );
        assert_eq!(
            check_policy("Contraseña", "a@b.org"),
            Err(PasswordProblem::TooCommon)
        );
        assert_eq!(
            check_policy("12345678", "a@b.org"),
            Err(PasswordProblem::TooCommon)
        );
        assert_eq!(
            check_policy("ana.maria@b.org", "ana.maria@b.org"),
            Err(PasswordProblem::TooCommon)
        );
        assert_eq!(check_policy("only lowercase words here", "a@b.org"), Ok(()));
        assert_eq!(
            check_policy(&"x".repeat(300), "a@b.org"),
            Err(PasswordProblem::TooLong)
        );
    }

    #[test]
    fn hashes_are_argon2id_salted_and_verify() {
        let one = hash("caballo batería grapa").unwrap_or_default();
        let two = hash("caballo batería grapa").unwrap_or_default();
        assert!(one.starts_with("$argon2id$"));
        assert_ne!(one, two, "a fresh salt each time");
        assert!(verify("caballo batería grapa", &one));
        assert!(!verify("caballo bateria grapa", &one));
        assert!(!verify("x", "not a hash"));
    }

    #[test]
    fn generated_passwords_are_long_and_different() {
        let a = generate().unwrap_or_default();
        assert_eq!(a.len(), 24);
        assert_ne!(a, generate().unwrap_or_default());
        assert_eq!(check_policy(&a, "a@b.org"), Ok(()));
    }
}
