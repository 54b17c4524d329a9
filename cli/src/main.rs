//! `ruta`: thin entry point. Everything it uses is reachable from the libraries: the service (`ruta-server`) and
//! the demo directory it loads into an empty database on first start (`ruta-demo`).

use std::sync::Arc;

use clap::Parser;
use ruta_server::clock::SystemClock;
use ruta_server::config::{
    AddUser, BackupArgs, Cli, Command, ImportArgs, MigrateArgs, ServeConfig, UsersCommand,
};
use ruta_server::{Reference, boot, run};
use tracing_subscriber::EnvFilter;

// A search answer allocates many small strings; mimalloc serves them faster than the system allocator
// (`scripts/bench.sh http` measures the default search over HTTP).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { () = ctrl_c => {}, () = terminate => {} }
    tracing::info!("shutting down");
}

async fn serve(config: ServeConfig) -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_new(&config.log).unwrap_or_else(|_| EnvFilter::new("info")))
        .with_target(false)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let reference = Reference::embedded()?;
    let state = boot(&config, reference, Arc::new(SystemClock), Some(&ruta_demo::seed)).await?;
    // Each connection holds a file descriptor: the usual 1,024 would cap the server long before its memory does.
    if let Some(open_files) = ruta_server::http::serve::raise_open_files_limit() {
        tracing::info!(open_files, "open-files limit");
    }
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    // The listening address is ours, not a client's: safe to log.
    tracing::info!(addr = %listener.local_addr()?, "Ruta is listening: open http://{}/", listener.local_addr()?);
    run(listener, state, shutdown_signal()).await?;
    Ok(())
}

async fn add_user(add: AddUser) -> anyhow::Result<()> {
    use std::io::{IsTerminal, Read};
    let given = if std::io::stdin().is_terminal() {
        None
    } else {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text)?;
        let line = text.lines().next().unwrap_or("").to_owned();
        (!line.is_empty()).then_some(line)
    };
    let (user, generated) = ruta_server::add_user_cli(&add, given, Arc::new(SystemClock)).await?;
    // The command's answer goes to standard output on purpose: the one time the generated password is shown.
    let mut out = std::io::stdout().lock();
    use std::io::Write as _;
    writeln!(out, "created {} ({}), id {}", user.email, user.role, user.id)?;
    if let Some(password) = generated {
        writeln!(out, "password (shown once, keep it safe): {password}")?;
    }
    Ok(())
}

async fn import(args: ImportArgs) -> anyhow::Result<()> {
    // Counts only (never rows) go to the log; warnings and errors by default.
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_env("RUTA_LOG").unwrap_or_else(|_| EnvFilter::new("warn")))
        .with_target(false)
        .with_writer(std::io::stderr)
        .init();
    use ruta_server::hsds::import::map::term_table::TermTable;
    use ruta_server::hsds::import::{CliChoices, LARGE_LIMITS, LIMITS, Summary as _};
    let terms = match &args.terms {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| anyhow::anyhow!("--terms {}: {e}", path.display()))?;
            Some(Arc::new(TermTable::parse(&text, "the import's table")?))
        }
        None => None,
    };
    let choices = CliChoices {
        source: args.source.clone(),
        dry_run: args.dry_run,
        limits: if args.large { LARGE_LIMITS } else { LIMITS },
        country: args.country,
        timezone: args.timezone,
        confidential_shelters: args.confidential_shelters,
        terms,
    };
    let report =
        ruta_server::hsds::import::run_cli(&args.path, args.store(), &choices, Arc::new(SystemClock)).await?;
    if let Some(path) = &args.report {
        std::fs::write(path, serde_json::to_vec_pretty(&report)?)?;
    }
    // The command's answer: the summary, on standard output.
    let mut out = std::io::stdout().lock();
    use std::io::Write as _;
    write!(out, "{}", report.summary(args.show))?;
    if report
        .issues
        .iter()
        .any(|i| i.outcome == ruta_server::hsds::import::Outcome::Fatal)
    {
        anyhow::bail!("nothing was imported: the file has a fatal problem (see above)");
    }
    if report.services.total() == 0 {
        anyhow::bail!("no services would be imported: see the reasons above");
    }
    Ok(())
}

async fn backup(args: BackupArgs) -> anyhow::Result<()> {
    if args.database_url.is_some() {
        anyhow::bail!(
            "the data is in PostgreSQL (RUTA_DATABASE_URL): back it up with pg_dump or the server's point-in-time \
             recovery, and keep the booking key (RUTA_BOOKING_KEY) apart from it (README, \"Running more than one replica\")"
        );
    }
    let written = ruta_server::backup(&args.data_dir, &args.dest).await?;
    let mut out = std::io::stdout().lock();
    use std::io::Write as _;
    for path in written {
        writeln!(out, "wrote {}", path.display())?;
    }
    if !args.data_dir.join("booking.key").exists() {
        writeln!(
            out,
            "the booking key is not a file in the data folder (RUTA_BOOKING_KEY?): keep it with this backup"
        )?;
    }
    Ok(())
}

async fn migrate_store(args: MigrateArgs) -> anyhow::Result<()> {
    let from = std::path::PathBuf::from(args.from.strip_prefix("sqlite:").unwrap_or(&args.from));
    let copied = ruta_server::migrate_store(&from, args.to.expose()).await?;
    let mut out = std::io::stdout().lock();
    use std::io::Write as _;
    for (table, rows) in copied {
        writeln!(out, "{table:>22}  {rows}")?;
    }
    writeln!(out, "copied; every count checked.")?;
    if from.join("booking.key").exists() {
        writeln!(
            out,
            "Start every replica with RUTA_BOOKING_KEY set to the base64 of {} \
             (`base64 -w0 {}`): the sealed contacts were copied as they are.",
            from.join("booking.key").display(),
            from.join("booking.key").display()
        )?;
    }
    Ok(())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Serve(config) => serve(*config).await,
        Command::Users(UsersCommand::Add(add)) => add_user(add).await,
        Command::Import(args) => import(args).await,
        Command::Backup(args) => backup(args).await,
        Command::MigrateStore(args) => migrate_store(args).await,
    }
}
