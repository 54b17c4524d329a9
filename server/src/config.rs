//! Configuration from the command line and the environment.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

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
    Serve(ServeConfig),
}

/// How to serve.
#[derive(Debug, Clone, Args)]
pub struct ServeConfig {
    /// Address to listen on. Keep it on loopback behind a TLS-terminating proxy in production.
    #[arg(long, env = "RUTA_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,

    /// Folder for the database (created if missing).
    #[arg(long, env = "RUTA_DATA_DIR", default_value = "./var")]
    pub data_dir: PathBuf,

    /// Do not load the demo directory into an empty database.
    #[arg(long, env = "RUTA_NO_DEMO")]
    pub no_demo: bool,

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
            no_demo: false,
            log: "info".to_owned(),
        }
    }
}
