//! Headless Chromium driven through chromedriver (Debian's `chromium` and `chromium-driver`, installed by
//! `scripts/test.sh`), on loopback only, with a fresh profile and the flags that stop Chromium from reaching for
//! outside hosts.

use std::net::TcpListener;
use std::os::unix::process::CommandExt as _;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

/// The languages of the interface, as its language pickers offer them (Spanish first).
pub const LANGUAGES: [&str; 8] = ["es", "pt-BR", "qu", "gn", "ht", "fr", "en", "nl"];

/// A browser session; chromedriver and the Chromium it started are killed on drop.
#[derive(Debug)]
pub struct Browser {
    /// The WebDriver client.
    pub client: Client,
    /// The window's width in CSS pixels.
    width: u32,
    driver: Child,
    _profile: tempfile::TempDir,
}

impl Drop for Browser {
    fn drop(&mut self) {
        // chromedriver runs in a process group of its own with the Chromium it starts: killing the group ends
        // both (killing chromedriver alone left every test's Chromium running).
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.driver.id())])
            .stderr(Stdio::null())
            .status();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// A Chrome DevTools command, sent through chromedriver's `POST /session/{id}/goog/cdp/execute`.
#[derive(Debug)]
struct DevTools {
    command: &'static str,
    params: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for DevTools {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.command, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or(9515)
}

impl Browser {
    /// Starts chromedriver and a 360×740 headless Chromium (a common cheap Android screen).
    pub async fn start() -> Self {
        Self::start_sized(360, 740).await
    }

    /// Starts with a given window size in CSS pixels, the browser set to Latin American Spanish.
    pub async fn start_sized(width: u32, height: u32) -> Self {
        Self::start_configured(width, height, "es-419").await
    }

    /// Starts with a window size and the browser's preferred languages (`navigator.languages`, the
    /// Accept-Language header), e.g. `"pt-PT,en"`.
    pub async fn start_configured(width: u32, height: u32, languages: &str) -> Self {
        Self::start_with(width, height, languages, "normal").await
    }

    /// A cheap phone on a slow link: 360×740, Spanish, the network at `kbit_per_s` with `rtt_ms` of latency and
    /// the processor `cpu_slowdown` times slower (Chromium's own emulation, through DevTools). Navigation does
    /// not wait for the page to load (WebDriver's `pageLoadStrategy: none`), so a test can look at the page while
    /// it arrives.
    pub async fn start_slow_phone(kbit_per_s: u32, rtt_ms: u32, cpu_slowdown: u32) -> Self {
        let browser = Self::start_with(360, 740, "es-419", "none").await;
        let bytes_per_s = f64::from(kbit_per_s) * 1000.0 / 8.0;
        browser.devtools("Network.enable", json!({})).await;
        browser
            .devtools(
                "Network.emulateNetworkConditions",
                json!({ "offline": false, "latency": rtt_ms, "downloadThroughput": bytes_per_s, "uploadThroughput": bytes_per_s }),
            )
            .await;
        browser
            .devtools("Emulation.setCPUThrottlingRate", json!({ "rate": cpu_slowdown }))
            .await;
        browser
    }

    /// Sends a Chrome DevTools Protocol command to the page (chromedriver's `goog/cdp/execute`).
    pub async fn devtools(&self, command: &'static str, params: Value) -> Value {
        self.client
            .issue_cmd(DevTools { command, params })
            .await
            .unwrap_or_else(|e| panic!("{command}: {e}"))
    }

    async fn start_with(width: u32, height: u32, languages: &str, page_load: &str) -> Self {
        let driver_path =
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".to_owned());
        let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned());
        assert!(
            std::path::Path::new(&driver_path).exists(),
            "{driver_path} is missing: scripts/test.sh installs chromium and chromium-driver"
        );
        let port = free_port();
        let driver = Command::new(&driver_path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| panic!("chromedriver: {e}"));
        let profile = tempfile::tempdir().unwrap_or_else(|e| panic!("profile: {e}"));
        let args = vec![
            "--headless=new".to_owned(),
            "--no-sandbox".to_owned(),
            "--disable-gpu".to_owned(),
            "--disable-dev-shm-usage".to_owned(),
            "--disable-background-networking".to_owned(),
            "--disable-component-update".to_owned(),
            "--disable-sync".to_owned(),
            "--disable-quic".to_owned(),
            "--disable-default-apps".to_owned(),
            "--disable-extensions".to_owned(),
            "--no-first-run".to_owned(),
            "--no-default-browser-check".to_owned(),
            "--hide-scrollbars".to_owned(),
            format!("--window-size={width},{height}"),
            format!("--lang={}", languages.split(',').next().unwrap_or(languages)),
            format!("--accept-lang={languages}"),
            format!("--user-data-dir={}", profile.path().display()),
        ];
        let mut caps = serde_json::Map::new();
        caps.insert("pageLoadStrategy".to_owned(), json!(page_load));
        caps.insert(
            "goog:chromeOptions".to_owned(),
            json!({ "binary": chromium, "args": args, "prefs": { "intl.accept_languages": languages } }),
        );
        let url = format!("http://127.0.0.1:{port}");
        let mut last = String::new();
        for _ in 0..100 {
            match ClientBuilder::new(hyper_connector())
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(client) => {
                    let _ = client.set_window_size(width, height).await;
                    return Self {
                        client,
                        width,
                        driver,
                        _profile: profile,
                    };
                }
                Err(e) => {
                    last = e.to_string();
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
        }
        panic!("could not start a browser session: {last}");
    }

    /// Waits for an element by CSS selector (10 s).
    pub async fn find(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("waiting for {css}: {e}"))
    }

    /// Runs JavaScript and returns its value.
    pub async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("{script}: {e}"))
    }

    /// Saves a screenshot under `target/screenshots/NAME.png`.
    pub async fn screenshot(&self, name: &str) {
        let png = self
            .client
            .screenshot()
            .await
            .unwrap_or_else(|e| panic!("screenshot: {e}"));
        let dir: PathBuf = crate::workspace().join("target").join("screenshots");
        let _ = std::fs::create_dir_all(&dir);
        let _ = std::fs::write(dir.join(format!("{name}.png")), png);
    }

    /// Runs axe-core (from `tools/node_modules`, installed by `scripts/build-app.sh`) against the page and returns
    /// the WCAG 2.x A/AA violations as `"rule: target"` lines.
    pub async fn accessibility_violations(&self) -> Vec<String> {
        let axe = std::fs::read_to_string(crate::workspace().join("tools/node_modules/axe-core/axe.min.js"))
            .unwrap_or_else(|e| panic!("axe-core: {e} (run scripts/build-app.sh)"));
        self.js(&axe).await;
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                    .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                    .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await
            .unwrap_or_else(|e| panic!("axe: {e}"));
        result
            .as_array()
            .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
            .unwrap_or_default()
    }

    /// Opens `/staff/` on `base` and signs in with the form; waits until the form is gone.
    pub async fn sign_in_staff(&self, base: &str, email: &str, password: &str) {
        self.client
            .goto(&format!("{base}/staff/"))
            .await
            .unwrap_or_else(|e| panic!("opening /staff/: {e}"));
        self.type_in("#sign-in #email", email).await;
        self.type_in("#sign-in #password", password).await;
        self.find("#sign-in button[type='submit']")
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("signing in: {e}"));
        self.wait_until("signed in", "return !document.querySelector('#sign-in');")
            .await;
    }

    /// Signs in on `/staff/` (see [`Browser::sign_in_staff`]) and taps the staff screen's navigation button `nav`
    /// (`#nav-admin`, `#nav-coverage`, …).
    pub async fn sign_in_staff_to(&self, base: &str, email: &str, password: &str, nav: &str) {
        self.sign_in_staff(base, email, password).await;
        self.tap(nav).await;
    }

    /// Fails the test if axe-core finds WCAG 2.1 A/AA violations on the page (`screen` names it in the message).
    pub async fn assert_accessible(&self, screen: &str) {
        let violations = self.accessibility_violations().await;
        assert!(
            violations.is_empty(),
            "{screen}: WCAG violations: {violations:#?}"
        );
    }

    /// Checks the page as a person on this screen meets it, `screen` naming it in the messages: nothing wider than
    /// the window, no WCAG 2.1 A/AA violation; then saves a screenshot `NAME` (see [`Browser::screenshot`]).
    pub async fn assert_fits_and_accessible(&self, screen: &str, name: &str) {
        assert_eq!(
            self.horizontal_overflow().await,
            0,
            "{screen} fits {} px",
            self.width
        );
        self.assert_accessible(screen).await;
        self.screenshot(name).await;
    }

    /// Runs `script` at the start of every page loaded from now on, before the page's own scripts (Chrome DevTools'
    /// `Page.addScriptToEvaluateOnNewDocument`, through chromedriver): to watch what happens before the app starts.
    pub async fn on_every_page(&self, script: &str) {
        self.client
            .issue_cmd(DevTools {
                command: "Page.addScriptToEvaluateOnNewDocument",
                params: json!({ "source": script }),
            })
            .await
            .unwrap_or_else(|e| panic!("adding a script to every page: {e}"));
    }

    /// Taps the first element matching `css` as a person would: scrolled to the middle of the screen first, clear of
    /// the survivor app's top bar (which stays at the top and would take a tap on whatever lies under it).
    pub async fn tap(&self, css: &str) {
        self.find(css).await;
        self.js(&format!(
            "document.querySelector({}).scrollIntoView({{ block: 'center' }});",
            serde_json::to_string(css).unwrap_or_default()
        ))
        .await;
        self.find(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("tapping {css}: {e}"));
    }

    /// Taps `css` (see [`Browser::tap`]) and waits until `done` returns `true` (see [`Browser::wait_until`]).
    pub async fn tap_then(&self, css: &str, what: &str, done: &str) {
        self.tap(css).await;
        self.wait_until(what, done).await;
    }

    /// Types `text` into the first element matching `css`, once it is there.
    pub async fn type_in(&self, css: &str, text: &str) {
        self.find(css)
            .await
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("typing in {css}: {e}"));
    }

    /// Picks `value` in the `<select>` `css` as a person would: the value, then a `change` event.
    pub async fn choose(&self, css: &str, value: &str) {
        self.find(css).await;
        self.js(&format!(
            "const s = document.querySelector(\"{css}\"); s.value = '{value}'; \
             s.dispatchEvent(new Event('change', {{ bubbles: true }}));"
        ))
        .await;
    }

    /// Switches the interface to `tag` with the language picker `css` (`#language`, `#staff-language`) and waits
    /// until the page says it is in that language.
    pub async fn choose_language(&self, css: &str, tag: &str) {
        self.choose(css, tag).await;
        self.wait_until(
            &format!("the page is in {tag}"),
            &format!("return document.documentElement.lang === '{tag}';"),
        )
        .await;
    }

    /// Opens the survivor app at `base` and waits for its home screen (the town field).
    pub async fn open_home(&self, base: &str) {
        self.client
            .goto(&format!("{base}/"))
            .await
            .unwrap_or_else(|e| panic!("opening {base}/: {e}"));
        self.find("#town").await;
    }

    /// Types `town` on the home screen, taps the first suggestion and waits for its results.
    pub async fn search_town(&self, town: &str) {
        self.type_in("#town", town).await;
        self.tap("#town-suggestions li button").await;
        self.find("#result-list li.result").await;
    }

    /// Opens the survivor app's home screen on `base` and switches it to `tag` with the language picker.
    pub async fn open_home_in(&self, base: &str, tag: &str) {
        self.client
            .goto(&format!("{base}/"))
            .await
            .unwrap_or_else(|e| panic!("opening {base}/: {e}"));
        self.choose_language("#language", tag).await;
    }

    /// Waits until a service page is shown, with the languages its service speaks.
    pub async fn wait_for_service_page(&self) {
        self.find("main#service h1").await;
        self.wait_until(
            "the service is shown",
            "return !!document.querySelector('main#service .languages');",
        )
        .await;
    }

    /// Waits (10 s) until `script` returns `true`; on timeout, fails with `what` and the page's text.
    pub async fn wait_until(&self, what: &str, script: &str) {
        for _ in 0..100 {
            if self.js(script).await == Value::Bool(true) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let text = self.js("return document.body.innerText").await;
        panic!("timed out waiting until {what}; the page says:\n{text}");
    }

    /// The visible text of the first element matching `css`, once it is there.
    pub async fn text(&self, css: &str) -> String {
        self.find(css)
            .await
            .text()
            .await
            .unwrap_or_else(|e| panic!("text of {css}: {e}"))
    }

    /// The page's visible text (`document.body.innerText`).
    pub async fn visible_text(&self) -> String {
        self.js("return document.body.innerText;")
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// How many CSS pixels the page is wider than the window (0 when nothing overflows sideways).
    pub async fn horizontal_overflow(&self) -> i64 {
        self.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
            .await
            .as_i64()
            .unwrap_or(-1)
    }
}

fn hyper_connector() -> hyper_util::client::legacy::connect::HttpConnector {
    hyper_util::client::legacy::connect::HttpConnector::new()
}
