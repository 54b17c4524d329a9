//! Configuration from the command line and the environment.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Where video rooms are until `RUTA_ROOM_BASE_URL` names the organisation's own server (a reserved,
/// never-resolving name: the demo must not send anyone to a real third party).
pub const DEFAULT_ROOM_BASE_URL: &str = "https://video.ruta.invalid/room";

/// The sender of notification e-mails until `RUTA_SMTP_FROM` names the organisation's own address.
pub const DEFAULT_SMTP_FROM: &str = "Ruta <no-reply@ruta.invalid>";

/// Ruta: find help near you — the directory and search service.
#[derive(Debug, Parser)]
#[command(
    name = "ruta",
    version,
    about = "Ruta: find help near you. The directory and search service for survivors of human trafficking in \
             Latin America and the Caribbean.",
    arg_required_else_help = true,
    after_help = "Environment (each also a flag of `ruta serve`):\n  \
                  RUTA_ADDR       address to listen on (default 127.0.0.1:8080)\n  \
                  RUTA_DATA_DIR   folder for the SQLite database (default ./var)\n  \
                  RUTA_DATABASE_URL  postgres://… to keep the data in PostgreSQL instead (several replicas)\n  \
                  RUTA_NO_DEMO    set to true to start with an empty directory instead of the demo data\n  \
                  RUTA_LOG        log filter (default info); logs never hold client addresses, coordinates,\n                  \
                  query strings or search words\n\nExample: ruta serve   then open http://127.0.0.1:8080/api/v1/docs/"
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the service: API under /api/v1 and, when built, the app at /.
    Serve(Box<ServeConfig>),
    /// Manage accounts.
    #[command(subcommand)]
    Users(UsersCommand),
    /// Import an Open Referral HSDS file into the directory (one transaction; `--dry-run` only reports).
    Import(ImportArgs),
    /// Copy the database, consistently, while the service runs, with the booking key beside it.
    Backup(BackupArgs),
    /// Copy everything from the SQLite database into an empty PostgreSQL one, to run more than one replica.
    MigrateStore(MigrateArgs),
}

/// `ruta migrate-store`.
#[derive(Debug, Clone, Args)]
pub struct MigrateArgs {
    /// The data folder of the SQLite database (`sqlite:PATH` or `PATH`). Stop the service first: what is
    /// written during the copy is not copied.
    #[arg(long)]
    pub from: String,
    /// The PostgreSQL database to copy into (`postgres://…`): migrated if new, refused if it holds any data.
    #[arg(long, hide_env_values = true)]
    pub to: Secret,
}

/// `ruta backup`.
#[derive(Debug, Clone, Args)]
pub struct BackupArgs {
    /// A new folder for `ruta.sqlite3` and `booking.key`. Keep it as safe as the data folder: the key opens the
    /// contacts survivors left.
    pub dest: PathBuf,
    /// Folder of the database.
    #[arg(long, env = "RUTA_DATA_DIR", default_value = "./var")]
    pub data_dir: PathBuf,
    /// PostgreSQL instead of SQLite, for more than one replica: `postgres://user:password@host:port/database`.
    /// Every replica of one service is given the same URL and the same booking key.
    #[arg(long, env = "RUTA_DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<Secret>,
}

/// `ruta import`.
#[derive(Debug, Clone, Args)]
pub struct ImportArgs {
    /// An HSDS 3.0 JSON file (a service, a list or page of services, organisations with nested services), a
    /// folder of HSDS CSV files (3.0, or the older 2.0 and 1.1 packages), or a .zip of either.
    pub path: PathBuf,
    /// Report what would be imported, fixed and skipped, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Name of the source: ids that are not UUIDs are derived from it, so use the same name each time you import
    /// the same directory's data (default: the file's name without its extension).
    #[arg(long)]
    pub source: Option<String>,
    /// Folder of the database.
    #[arg(long, env = "RUTA_DATA_DIR", default_value = "./var")]
    pub data_dir: PathBuf,
    /// PostgreSQL instead of SQLite, for more than one replica: `postgres://user:password@host:port/database`.
    /// Every replica of one service is given the same URL and the same booking key.
    #[arg(long, env = "RUTA_DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<Secret>,
    /// Also write the whole report (every row fixed or skipped) as JSON to this file.
    #[arg(long)]
    pub report: Option<PathBuf>,
    /// Issues shown in the summary.
    #[arg(long, default_value_t = 20)]
    pub show: usize,
    /// Lift the size limits an upload has (50 MB, 250,000 rows, 32 MB of JSON…) for a whole country's
    /// directory: this machine's memory is yours to spend. A zip bomb's ratio and an endless row are still refused.
    #[arg(long)]
    pub large: bool,
    /// The country (ISO 3166-1 alpha-2, e.g. GT) of services whose file does not say.
    #[arg(long, value_parser = parse_country)]
    pub country: Option<api_types::CountryCode>,
    /// The time zone (IANA, e.g. America/Guatemala) of opening hours whose file does not say.
    #[arg(long)]
    pub timezone: Option<chrono_tz::Tz>,
    /// Make every shelter that arrives with a street address confidential (its address never public). Without
    /// it, such shelters are published with their address and listed in the report: run with `--dry-run` first.
    #[arg(long)]
    pub confidential_shelters: bool,
    /// A table of the file's taxonomy terms → Ruta's kinds, populations and delivery modes (CSV with the columns
    /// taxonomy, code, term, kinds, populations, delivery; values separated by `|`), which wins over Ruta's
    /// built-in table. Run with `--dry-run` to see what each term becomes.
    #[arg(long)]
    pub terms: Option<PathBuf>,
}

/// `ruta users …`.
#[derive(Debug, Subcommand)]
pub enum UsersCommand {
    /// Create an account. The password is read from standard input when it is piped
    /// (`printf '%s' "$PW" | ruta users add …`); otherwise a strong one is generated and printed once.
    Add(AddUser),
}

/// `ruta users add`.
#[derive(Debug, Clone, Args)]
pub struct AddUser {
    /// admin, ngo_editor, operator or counsellor.
    #[arg(long)]
    pub role: api_types::Role,
    /// The sign-in email.
    #[arg(long)]
    pub email: String,
    /// The organisation (UUID) of an editor or counsellor.
    #[arg(long)]
    pub organization: Option<uuid::Uuid>,
    /// Folder of the database.
    #[arg(long, env = "RUTA_DATA_DIR", default_value = "./var")]
    pub data_dir: PathBuf,
    /// PostgreSQL instead of SQLite, for more than one replica: `postgres://user:password@host:port/database`.
    /// Every replica of one service is given the same URL and the same booking key.
    #[arg(long, env = "RUTA_DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<Secret>,
}

/// How to serve.
#[derive(Debug, Clone, Args)]
pub struct ServeConfig {
    /// Address to listen on. Keep it on loopback behind a TLS-terminating proxy in production.
    #[arg(long, env = "RUTA_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,

    /// Folder for the database (created if missing), and for the booking key when none is given.
    #[arg(long, env = "RUTA_DATA_DIR", default_value = "./var")]
    pub data_dir: PathBuf,
    /// PostgreSQL instead of SQLite, for more than one replica: `postgres://user:password@host:port/database`.
    /// Every replica of one service is given the same URL and the same booking key.
    #[arg(long, env = "RUTA_DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<Secret>,

    /// Do not load the demo directory into an empty database.
    #[arg(long, env = "RUTA_NO_DEMO")]
    pub no_demo: bool,

    /// Folder of the built app (`scripts/build-app.sh`); the API runs without it.
    #[arg(long, env = "RUTA_APP_DIR", default_value = "./app/dist")]
    pub app_dir: PathBuf,

    /// Where the app's quick-exit button sends the browser: a neutral site that says nothing about help.
    #[arg(long, env = "RUTA_EXIT_URL", default_value = "https://www.google.com/", value_parser = parse_exit_url)]
    pub exit_url: String,

    /// The service is reached through HTTPS (a TLS proxy): session cookies are `__Host-` and Secure even when
    /// listening on loopback. Without it, a loopback address means plain-http development.
    #[arg(long, env = "RUTA_BEHIND_TLS")]
    pub behind_tls: bool,

    /// Take the client address (for rate limits only; never logged) from the last X-Forwarded-For entry. Only
    /// behind a proxy that sets it; otherwise anyone could pick their address.
    #[arg(long, env = "RUTA_TRUST_FORWARDED_FOR")]
    pub trust_forwarded_for: bool,

    /// Days after a session when everything about the booking (alias, contact, time) is deleted; only anonymous
    /// monthly counts stay.
    #[arg(long, env = "RUTA_PURGE_DAYS", default_value_t = 30, value_parser = clap::value_parser!(i64).range(1..=365))]
    pub purge_days: i64,

    /// Days after a warm referral is closed or declined when everything about it (alias, contact, note, status)
    /// is deleted; only the anonymous day count stays.
    #[arg(long, env = "RUTA_REFERRAL_PURGE_DAYS", default_value_t = 30, value_parser = clap::value_parser!(i64).range(1..=365))]
    pub referral_purge_days: i64,

    /// The address people reach this service at (`https://ruta.example.org`), for links in e-mails (a
    /// listing's confirm link). Without it, `http://` and the listening address.
    #[arg(long, env = "RUTA_PUBLIC_URL")]
    pub public_url: Option<String>,

    /// Base address of video rooms (a self-hosted Jitsi, say); a session's room is `{base}/{unguessable token}`.
    #[arg(long, env = "RUTA_ROOM_BASE_URL", default_value = DEFAULT_ROOM_BASE_URL)]
    pub room_base_url: String,

    /// The key that seals booking contact details, base64 of 32 bytes. Without it, `booking.key` in the data
    /// folder is used, created (0600) on first start. Keep it out of backups of the database.
    #[arg(long, env = "RUTA_BOOKING_KEY", hide_env_values = true)]
    pub booking_key: Option<Secret>,

    /// The mail server notifications to staff go through: `smtps://user:password@host:465`, or
    /// `smtp://user:password@host:587?tls=required`. Without it, e-mail notifications are only listed in the
    /// staff screens.
    #[arg(long, env = "RUTA_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<Secret>,

    /// The sender of notification e-mails.
    #[arg(long, env = "RUTA_SMTP_FROM", default_value = DEFAULT_SMTP_FROM)]
    pub smtp_from: String,

    /// The SMS/WhatsApp gateway: each text is a signed JSON POST to this address (https, or http to this
    /// machine). Without it, text notifications are only listed in the staff screens.
    #[arg(long, env = "RUTA_SMS_WEBHOOK_URL", hide_env_values = true)]
    pub sms_webhook_url: Option<Secret>,

    /// The key the gateway checks each POST's `X-Ruta-Signature` (HMAC-SHA256 of the body) with; 16 characters
    /// or more.
    #[arg(long, env = "RUTA_SMS_WEBHOOK_SECRET", hide_env_values = true)]
    pub sms_webhook_secret: Option<Secret>,

    /// Log filter (tracing-subscriber syntax), e.g. `info` or `ruta_server=debug,tower_http=debug`.
    /// Logs never contain client addresses, coordinates, query strings or search words.
    #[arg(long, env = "RUTA_LOG", default_value = "info")]
    pub log: String,
}

impl Default for ServeConfig {
    fn default() -> Self {
        Self {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data_dir: PathBuf::from("./var"),
            database_url: None,
            no_demo: false,
            app_dir: PathBuf::from("./app/dist"),
            exit_url: "https://www.google.com/".to_owned(),
            behind_tls: false,
            purge_days: 30,
            referral_purge_days: 30,
            public_url: None,
            room_base_url: DEFAULT_ROOM_BASE_URL.to_owned(),
            booking_key: None,
            trust_forwarded_for: false,
            smtp_url: None,
            smtp_from: DEFAULT_SMTP_FROM.to_owned(),
            sms_webhook_url: None,
            sms_webhook_secret: None,
            log: "info".to_owned(),
        }
    }
}

/// A secret given on the command line or in the environment (the booking key): `Debug` prints `[redacted]`, so
/// logging a config never leaks it.
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    /// The secret itself, for the one place that uses it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("[redacted]")
    }
}

impl std::str::FromStr for Secret {
    type Err = std::convert::Infallible;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Ok(Self(text.to_owned()))
    }
}

fn parse_exit_url(value: &str) -> Result<String, String> {
    let ok = (value.starts_with("https://") || value.starts_with("http://") || value == "about:blank")
        && !value
            .chars()
            .any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>');
    if ok {
        Ok(value.to_owned())
    } else {
        Err("an http(s) address (or about:blank)".to_owned())
    }
}

/// `--country`: an ISO 3166-1 alpha-2 code.
fn parse_country(text: &str) -> Result<api_types::CountryCode, String> {
    api_types::CountryCode::parse(text.trim())
        .map_err(|_| format!("{text} is not an ISO 3166-1 alpha-2 code (e.g. GT)"))
}

impl ServeConfig {
    /// Where the data lives.
    pub fn store(&self) -> crate::storage::Location<'_> {
        crate::storage::Location::of(&self.data_dir, self.database_url.as_ref().map(Secret::expose))
    }

    /// How notifications travel.
    pub fn notify(&self) -> crate::notify::Settings<'_> {
        crate::notify::Settings {
            smtp_url: self.smtp_url.as_ref().map(Secret::expose),
            smtp_from: &self.smtp_from,
            webhook_url: self.sms_webhook_url.as_ref().map(Secret::expose),
            webhook_secret: self.sms_webhook_secret.as_ref().map(Secret::expose),
        }
    }
}

impl AddUser {
    /// Where the data lives.
    pub fn store(&self) -> crate::storage::Location<'_> {
        crate::storage::Location::of(&self.data_dir, self.database_url.as_ref().map(Secret::expose))
    }
}

impl ImportArgs {
    /// Where the data lives.
    pub fn store(&self) -> crate::storage::Location<'_> {
        crate::storage::Location::of(&self.data_dir, self.database_url.as_ref().map(Secret::expose))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_serve_config_in_debug_never_shows_the_booking_key_or_a_transport_secret() {
        let cli = Cli::parse_from(["ruta", "serve", "--booking-key", "c2VjcmV0LWtleS1ieXRlcw=="]);
        let Command::Serve(config) = cli.command else {
            panic!("serve");
        };
        assert_eq!(
            config.booking_key.as_ref().map(Secret::expose),
            Some("c2VjcmV0LWtleS1ieXRlcw==")
        );
        let debug = format!("{config:?}");
        assert!(!debug.contains("c2VjcmV0"), "{debug}");
        let cli = Cli::parse_from([
            "ruta",
            "serve",
            "--smtp-url",
            "smtps://mailer:hunter2@mail.example.org",
            "--sms-webhook-url",
            "https://sms.example.org/hook?token=t0ken",
            "--sms-webhook-secret",
            "s3cret-s3cret-s3cret",
        ]);
        let Command::Serve(config) = cli.command else {
            panic!("serve");
        };
        let debug = format!("{config:?}");
        for secret in ["hunter2", "t0ken", "s3cret"] {
            assert!(!debug.contains(secret), "{debug}");
        }
        assert!(debug.contains("[redacted]"), "{debug}");
    }
}
