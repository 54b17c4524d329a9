//! Helpers for the integration tests: a real server on 127.0.0.1:0 with a fresh database and a fixed clock, and
//! small builders for fictional directory fixtures. The database is SQLite in the test's temporary folder, or,
//! when `RUTA_TEST_DATABASE_URL` names a PostgreSQL server (`scripts/postgres.sh`), a new database of the test's
//! own on it: the same tests run against both stores.

#![allow(
    clippy::panic,
    reason = "test support: a setup that fails must stop the test with its reason"
)]

pub mod browser;
pub mod fixtures;
pub mod logs;

use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};

use chrono::{DateTime, Utc};
use ruta_server::AppState;
use ruta_server::Reference;
use ruta_server::clock::ManualClock;
use ruta_server::config::Secret;
use ruta_server::config::ServeConfig;
use ruta_server::domain::{Organization, Service};
use ruta_server::storage::{Location, SqliteStore};
use serde_json::Value;
use tokio::sync::oneshot;

/// The instant every test server lives at: Tuesday 2026-12-01 15:00 UTC (09:00 in Tegucigalpa).
pub fn now() -> DateTime<Utc> {
    "2026-12-01T15:00:00Z".parse().unwrap_or_default()
}

/// The workspace's root folder.
pub fn workspace() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Reference data, parsed once per test binary.
pub fn reference() -> Reference {
    static REFERENCE: OnceLock<Reference> = OnceLock::new();
    REFERENCE
        .get_or_init(|| Reference::embedded().unwrap_or_else(|e| panic!("reference data: {e}")))
        .clone()
}

/// The PostgreSQL server the tests run against, when `RUTA_TEST_DATABASE_URL` names one.
pub fn postgres_server() -> Option<String> {
    std::env::var("RUTA_TEST_DATABASE_URL")
        .ok()
        .filter(|url| !url.is_empty())
}

/// True when the tests run against PostgreSQL: tests of the SQLite file itself (its backup, its bytes on disk)
/// return early then.
pub fn on_postgres() -> bool {
    postgres_server().is_some()
}

/// A new, empty database on the test PostgreSQL server `server` (a URL ending in `/postgres`); its URL.
pub async fn new_database(server: &str) -> String {
    use sqlx::Connection as _;
    let name = format!("ruta_{}", uuid::Uuid::new_v4().simple());
    let mut admin = sqlx::PgConnection::connect(server)
        .await
        .unwrap_or_else(|e| panic!("PostgreSQL at RUTA_TEST_DATABASE_URL: {e}"));
    // The name is ours: "ruta_" and 32 hex digits.
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut admin)
        .await
        .unwrap_or_else(|e| panic!("create database: {e}"));
    let base = server.rsplit_once('/').map_or(server, |(base, _)| base);
    format!("{base}/{name}")
}

/// A data folder holding a file of this name keeps its server on SQLite even when the tests run on PostgreSQL
/// (to test moving from one store to the other); its booking key is [`TEST_BOOKING_KEY`] too.
pub const STAYS_ON_SQLITE: &str = "stays-on-sqlite";

/// The booking key of every test server on PostgreSQL (replicas share one; a fictional, all-zero key).
pub const TEST_BOOKING_KEY: &str = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

/// The database of a test's data folder: on PostgreSQL, made on first use and remembered in the folder (in
/// `database-url`), so a server started again on the same folder finds the same data, as it does on SQLite.
pub async fn database_of(data_dir: &std::path::Path) -> Option<String> {
    let server = postgres_server()?;
    if data_dir.join(STAYS_ON_SQLITE).exists() {
        return None;
    }
    let remembered = data_dir.join("database-url");
    if let Ok(url) = std::fs::read_to_string(&remembered) {
        return Some(url);
    }
    let url = new_database(&server).await;
    std::fs::write(&remembered, &url).unwrap_or_else(|e| panic!("database-url: {e}"));
    Some(url)
}

/// A running server.
#[derive(Debug)]
pub struct TestApp {
    /// Where it listens.
    pub addr: SocketAddr,
    /// `http://127.0.0.1:port`.
    pub base: String,
    /// A client without proxies or cookies.
    pub client: reqwest::Client,
    /// Its state, to change the directory as a later editing API would.
    pub state: AppState,
    /// The data folder (deleted on drop).
    pub data_dir: tempfile::TempDir,
    /// The server's clock, starting at [`now`]; tests move it.
    pub clock: Arc<ManualClock>,
    shutdown: Option<oneshot::Sender<()>>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// A response: status and JSON body (or `Value::Null` when the body is not JSON), with the raw text.
#[derive(Debug)]
pub struct Answer {
    /// HTTP status.
    pub status: u16,
    /// Headers.
    pub headers: reqwest::header::HeaderMap,
    /// Body text.
    pub text: String,
    /// Body as JSON.
    pub json: Value,
}

impl Answer {
    /// Asserts that this is an error answer with `status` naming `field`, and gives back its message.
    #[track_caller]
    pub fn refused(&self, status: u16, field: &str) -> &str {
        assert_eq!(self.status, status, "{}", self.text);
        assert_eq!(self.json["error"]["field"], field, "{}", self.text);
        self.error_message()
    }

    /// The error message this answer carries (empty when it has none).
    pub fn error_message(&self) -> &str {
        self.json["error"]["message"].as_str().unwrap_or_default()
    }

    /// The value of header `name`; the test stops when there is none, or it is not text.
    #[track_caller]
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_else(|| panic!("no {name} header ({}) {}", self.status, self.text))
    }

    /// What `response` says, read whole.
    pub async fn of(response: reqwest::Response) -> Self {
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let text = response.text().await.unwrap_or_default();
        let json = serde_json::from_str(&text).unwrap_or(Value::Null);
        Self {
            status,
            headers,
            text,
            json,
        }
    }
}

impl TestApp {
    /// A server with the demo directory, as a new user gets it.
    pub async fn spawn_demo() -> Self {
        Self::spawn_in(
            tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}")),
            false,
            &[],
            &[],
        )
        .await
    }

    /// A server whose database holds exactly these fixture services of [`fixtures::organization`] (no demo
    /// data).
    pub async fn spawn_with_services(services: &[Service]) -> Self {
        Self::spawn_with(&[fixtures::organization()], services).await
    }

    /// A server whose database holds exactly these fixtures (no demo data).
    pub async fn spawn_with(organizations: &[Organization], services: &[Service]) -> Self {
        Self::spawn_with_config(organizations, services, |_| {}).await
    }

    /// [`TestApp::spawn_with`] with its configuration changed by `configure` (see [`TestApp::spawn_configured`]).
    pub async fn spawn_with_config(
        organizations: &[Organization],
        services: &[Service],
        configure: impl FnOnce(&mut ServeConfig),
    ) -> Self {
        Self::spawn_configured(
            tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}")),
            true,
            organizations,
            services,
            configure,
        )
        .await
    }

    /// A server on an existing data folder (to test what survives a restart).
    pub async fn spawn_in(
        data_dir: tempfile::TempDir,
        no_demo: bool,
        organizations: &[Organization],
        services: &[Service],
    ) -> Self {
        Self::spawn_configured(data_dir, no_demo, organizations, services, |_| {}).await
    }

    /// [`TestApp::spawn_in`] with its configuration changed by `configure` once the test defaults are set (a
    /// mail server, an SMS gateway).
    pub async fn spawn_configured(
        data_dir: tempfile::TempDir,
        no_demo: bool,
        organizations: &[Organization],
        services: &[Service],
        configure: impl FnOnce(&mut ServeConfig),
    ) -> Self {
        logs::capture();
        let database_url = database_of(data_dir.path()).await;
        if !organizations.is_empty() || !services.is_empty() {
            let store = ruta_server::storage::open(Location::of(data_dir.path(), database_url.as_deref()))
                .await
                .unwrap_or_else(|e| panic!("store: {e}"));
            store
                .insert_directory(organizations, services)
                .await
                .unwrap_or_else(|e| panic!("fixtures: {e}"));
        }
        let mut config = ServeConfig {
            data_dir: data_dir.path().to_path_buf(),
            booking_key: (database_url.is_some() || data_dir.path().join(STAYS_ON_SQLITE).exists())
                .then(|| TEST_BOOKING_KEY.parse::<Secret>().unwrap_or_else(|e| match e {})),
            database_url: database_url.map(|url| url.parse::<Secret>().unwrap_or_else(|e| match e {})),
            no_demo,
            app_dir: workspace().join("app").join("dist"),
            // A quick exit in a test must not reach for the internet.
            exit_url: "about:blank".to_owned(),
            ..ServeConfig::default()
        };
        configure(&mut config);
        let clock = Arc::new(ManualClock::new(now()));
        let state = ruta_server::boot(&config, reference(), clock.clone(), Some(&ruta_demo::seed))
            .await
            .unwrap_or_else(|e| panic!("boot: {e}"));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .unwrap_or_else(|e| panic!("bind: {e}"));
        let addr = listener.local_addr().unwrap_or_else(|e| panic!("addr: {e}"));
        let (tx, rx) = oneshot::channel::<()>();
        let serving = state.clone();
        tokio::spawn(async move {
            let _ = ruta_server::run(listener, serving, async {
                let _ = rx.await;
            })
            .await;
        });
        let client = reqwest::Client::builder()
            .no_proxy()
            .build()
            .unwrap_or_else(|e| panic!("client: {e}"));
        Self {
            addr,
            base: format!("http://{addr}"),
            client,
            state,
            data_dir,
            clock,
            shutdown: Some(tx),
        }
    }

    /// Stops the test unless the app is built (`app/dist`), as the browser tests need it.
    pub fn assert_app_built(&self) {
        assert!(
            self.state.app.is_some(),
            "the app is not built: run scripts/build-app.sh (scripts/test.sh does)"
        );
    }

    /// GET a path (with its query string) and read the answer.
    pub async fn get(&self, path_and_query: &str) -> Answer {
        self.get_with(path_and_query, &[]).await
    }

    /// GET a path and its JSON body; the test stops, naming the path and quoting the body, unless the answer
    /// is 200.
    pub async fn get_json(&self, path_and_query: &str) -> Value {
        let answer = self.get(path_and_query).await;
        assert_eq!(answer.status, 200, "GET {path_and_query}: {}", answer.text);
        answer.json
    }

    /// GET with extra headers.
    pub async fn get_with(&self, path_and_query: &str, headers: &[(&str, &str)]) -> Answer {
        let mut request = self.client.get(format!("{}{}", self.base, path_and_query));
        for (k, v) in headers {
            request = request.header(*k, *v);
        }
        let response = request
            .send()
            .await
            .unwrap_or_else(|e| panic!("GET {path_and_query}: {e}"));
        Answer::of(response).await
    }

    /// GET as the signed-in account whose session cookie (from [`TestApp::login`]) this is.
    pub async fn get_as(&self, cookie: &str, path_and_query: &str) -> Answer {
        self.get_with(path_and_query, &[("cookie", cookie)]).await
    }

    /// POST a JSON body without a session (a survivor's booking, a sign-in, a registration).
    pub async fn post(&self, path: &str, body: &Value) -> Answer {
        self.send("POST", path, Some(body), &[]).await
    }

    /// A survivor's booking request (`POST /api/v1/appointments`, no session), `body` as the app sends it.
    pub async fn book(&self, body: &Value) -> Answer {
        self.post("/api/v1/appointments", body).await
    }

    /// POST, with an optional JSON body, as the signed-in account whose session cookie this is.
    pub async fn post_as(&self, cookie: &str, path: &str, body: Option<&Value>) -> Answer {
        self.send("POST", path, body, &[("cookie", cookie)]).await
    }

    /// Any request: `method`, path, optional JSON body, extra headers.
    pub async fn send(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
        headers: &[(&str, &str)],
    ) -> Answer {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap_or(reqwest::Method::GET);
        let mut request = self
            .client
            .request(method.clone(), format!("{}{}", self.base, path));
        for (k, v) in headers {
            request = request.header(*k, *v);
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        let response = request
            .send()
            .await
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        Answer::of(response).await
    }

    /// `method path` with a form body (`application/x-www-form-urlencoded`), as a page's form posts it.
    pub async fn send_form(&self, method: &str, path: &str, form: &str) -> Answer {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap_or(reqwest::Method::POST);
        let response = self
            .client
            .request(method.clone(), format!("{}{}", self.base, path))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(form.to_owned())
            .send()
            .await
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        Answer::of(response).await
    }

    /// Asserts that for each `(query, field)`, `GET path?query` as the account whose session cookie this is is
    /// refused with 400 naming `field`.
    pub async fn assert_queries_refused(&self, cookie: &str, path: &str, cases: &[(&str, &str)]) {
        for (query, field) in cases {
            let bad = self.get_as(cookie, &format!("{path}?{query}")).await;
            assert_eq!(bad.status, 400, "{query}: {}", bad.text);
            assert_eq!(bad.json["error"]["field"], *field, "{query}");
        }
    }

    /// The `ETag` of the record `GET path` answers (quotes included, as `If-Match` takes it back), read with
    /// `headers` (a session cookie); the test stops when there is none.
    pub async fn etag(&self, path: &str, headers: &[(&str, &str)]) -> String {
        let answer = self.get_with(path, headers).await;
        answer
            .headers
            .get("etag")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
            .unwrap_or_else(|| panic!("GET {path}: no ETag ({}) {}", answer.status, answer.text))
    }

    /// `PUT write` as a client that has just read the record at `read` (often the same path): with `If-Match`
    /// set to the `ETag` it has now, read with the same `headers`.
    pub async fn put_current(
        &self,
        read: &str,
        write: &str,
        body: &Value,
        headers: &[(&str, &str)],
    ) -> Answer {
        let tag = self.etag(read, headers).await;
        let mut with_tag = headers.to_vec();
        with_tag.push(("if-match", tag.as_str()));
        self.send("PUT", write, Some(body), &with_tag).await
    }

    /// The fixture counsellor ([`fixtures::counsellor`], Rosa of [`fixtures::organization`]) with a counsellor
    /// account `rosa@ruta.test` and `password`, bookable at once; the account's id.
    pub async fn add_fixture_counsellor(&self, password: &str) -> uuid::Uuid {
        let user = self
            .add_user(
                "counsellor",
                "rosa@ruta.test",
                password,
                Some(fixtures::organization().id),
            )
            .await;
        self.state
            .booking
            .store
            .save_counsellor(&fixtures::counsellor(Some(user)), now())
            .await
            .unwrap_or_else(|e| panic!("fixture counsellor: {e}"));
        user
    }

    /// Creates an account as `ruta users add` would; returns its id.
    pub async fn add_user(
        &self,
        role: &str,
        email: &str,
        password: &str,
        organization: Option<uuid::Uuid>,
    ) -> uuid::Uuid {
        let input = api_types::manage::NewUserInput {
            email: email.to_owned(),
            password: password.to_owned(),
            role: role.parse().unwrap_or_else(|e| panic!("add user {email}: {e}")),
            organization_id: organization,
        };
        let cli = ruta_server::domain::Actor {
            user_id: None,
            label: "cli".to_owned(),
        };
        ruta_server::accounts::add_user(&self.state.catalog, &input, &cli, self.state.clock.now())
            .await
            .unwrap_or_else(|e| panic!("add user {email}: {e}"))
            .id
    }

    /// Creates an account as `ruta users add` would and signs it in: the `Cookie` header value its requests send.
    pub async fn add_signed_in(
        &self,
        role: &str,
        email: &str,
        password: &str,
        organization: Option<uuid::Uuid>,
    ) -> String {
        self.add_user(role, email, password, organization).await;
        self.login(email, password).await
    }

    /// Tries to sign in with `email` and `password`; the answer, whatever it is.
    pub async fn try_login(&self, email: &str, password: &str) -> Answer {
        let body = serde_json::json!({ "email": email, "password": password });
        self.post("/api/v1/auth/login", &body).await
    }

    /// Signs in; returns the `Cookie` header value to send with later requests.
    pub async fn login(&self, email: &str, password: &str) -> String {
        let answer = self.try_login(email, password).await;
        assert_eq!(answer.status, 200, "login {email}: {}", answer.text);
        let set_cookie = answer.headers["set-cookie"].to_str().unwrap_or("").to_owned();
        set_cookie.split(';').next().unwrap_or("").to_owned()
    }

    /// Stops the server and hands back its data folder.
    pub async fn stop(mut self) -> tempfile::TempDir {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        std::mem::replace(&mut self.data_dir, dir)
    }
}

/// The store of a test server's data folder: the SQLite file in it, or its PostgreSQL database.
pub async fn store_at(data_dir: &std::path::Path) -> Arc<dyn ruta_server::storage::Store> {
    let url = database_of(data_dir).await;
    ruta_server::storage::open(Location::of(data_dir, url.as_deref()))
        .await
        .unwrap_or_else(|e| panic!("store: {e}"))
}

/// The whole number a query answers (`SELECT COUNT(*) FROM …`), in whichever store the data folder has.
pub async fn count(data_dir: &std::path::Path, sql: &'static str) -> i64 {
    // Only a folder a test server used has a PostgreSQL database; one the command line wrote into is SQLite.
    match std::fs::read_to_string(data_dir.join("database-url")).ok() {
        Some(url) => {
            let pool = sqlx::PgPool::connect(&url)
                .await
                .unwrap_or_else(|e| panic!("PostgreSQL: {e}"));
            sqlx::query_scalar(sql)
                .fetch_one(&pool)
                .await
                .unwrap_or_else(|e| panic!("{sql}: {e}"))
        }
        None => {
            let store = SqliteStore::open(data_dir)
                .await
                .unwrap_or_else(|e| panic!("store: {e}"));
            sqlx::query_scalar(sql)
                .fetch_one(store.pool())
                .await
                .unwrap_or_else(|e| panic!("{sql}: {e}"))
        }
    }
}

/// A second connection to a running test server's database (WAL lets both read), to look at what is stored.
pub async fn pool_of(app: &TestApp) -> sqlx::SqlitePool {
    SqliteStore::open(app.data_dir.path())
        .await
        .unwrap_or_else(|e| panic!("store: {e}"))
        .pool()
        .clone()
}

/// The access matrix: each row's request (`method`, path under `/api/v1`, body) made by `send` (given the whole
/// path) as each of `accounts` (a name, and a session cookie or none), against the status the row expects for
/// that account. One line per answer that differs, naming the request and the account.
pub async fn access_failures<const N: usize>(
    rows: &[(&str, String, Option<&Value>, [u16; N])],
    accounts: &[(&str, Option<&str>); N],
    send: impl AsyncFn(&str, &str, Option<&Value>, Option<&str>) -> Answer,
) -> Vec<String> {
    let mut failures = Vec::new();
    for (method, path, body, expected) in rows {
        let path = format!("/api/v1{path}");
        for ((name, cookie), want) in accounts.iter().zip(expected) {
            let answer = send(method, &path, *body, *cookie).await;
            if answer.status != *want {
                failures.push(format!(
                    "{method} {path} as {name}: {} (want {want}) {}",
                    answer.status, answer.text
                ));
            }
        }
    }
    failures
}

/// A listing's record (`GET /api/v1/manage/services/{id}`) as the input a save sends: what only the record has
/// left out, and the parts in `leave_out` too (a save without them keeps what is stored).
pub fn input_of(record: &Value, leave_out: &[&str]) -> Value {
    const RECORD_ONLY: [&str; 9] = [
        "id",
        "organization_id",
        "capacity_updated_at",
        "last_verified_at",
        "stale",
        "demo",
        "created_at",
        "updated_at",
        "source_terms",
    ];
    let mut input = record.clone();
    if let Some(fields) = input.as_object_mut() {
        for key in RECORD_ONLY.iter().chain(leave_out) {
            fields.remove(*key);
        }
    }
    input
}

/// Asserts that `list` holds `item`; the message shows both.
#[track_caller]
pub fn assert_contains<T: PartialEq + std::fmt::Debug>(list: &[T], item: &T) {
    assert!(list.contains(item), "{item:?} is not in {list:?}");
}

/// The ids of a list of results, in order.
pub fn ids(list: &Value) -> Vec<String> {
    values_of(list, "id")
}

/// Two text fields of every item of a list, in order; the test stops at an item without either.
#[track_caller]
pub fn pairs_of(list: &Value, first: &str, second: &str) -> Vec<(String, String)> {
    let text = |item: &Value, key: &str| {
        item[key]
            .as_str()
            .unwrap_or_else(|| panic!("no text {key} in {item}"))
            .to_owned()
    };
    list.as_array()
        .unwrap_or_else(|| panic!("not a list: {list}"))
        .iter()
        .map(|item| (text(item, first), text(item, second)))
        .collect()
}

/// One text field of every item of a list, in order (an audit log's `action`s, appointments' `reference`s).
pub fn values_of(list: &Value, key: &str) -> Vec<String> {
    list.as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|i| i[key].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}
