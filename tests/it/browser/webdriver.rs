//! A minimal W3C WebDriver client over `reqwest`, driving Debian's headless
//! Chromium through `chromedriver` on a free loopback port.
//!
//! ```ignore
//! let b = Browser::start("el").await;          // chromedriver + fresh profile
//! b.goto(&t.url("/activate")).await;
//! b.find("#mobile").await.fill("+306912345678").await;
//! b.submit("button[type=submit]").await;       // click, wait for the next page
//! assert!(b.text().await.contains("Βήμα 2/4"));
//! b.quit().await;                              // or just drop it
//! ```
//!
//! Every wait is bounded. Dropping a [`Browser`] ends the session and kills
//! chromedriver's whole process group (so Chromium too), also while a test
//! panics; when it panics, a screenshot and the page source are saved first
//! and their paths printed.

// A toolkit for the browser tests of every journey: not each is used by each.
#![allow(dead_code)]

use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::{Value, json};

/// The W3C key of an element reference.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// How long [`Browser::find`] and the other waits poll by default.
pub const DEFAULT_WAIT: Duration = Duration::from_secs(10);

/// Pause between two polls of a wait.
const POLL: Duration = Duration::from_millis(50);

/// Upper bound of one WebDriver command (a navigation included).
const COMMAND_TIMEOUT: Duration = Duration::from_secs(30);

/// The Chromium binary (`KLEIDI_CHROMIUM` overrides).
fn chromium_path() -> String {
    std::env::var("KLEIDI_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into())
}

/// The chromedriver binary (`KLEIDI_CHROMEDRIVER` overrides).
fn chromedriver_path() -> String {
    std::env::var("KLEIDI_CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into())
}

/// Where failure screenshots and page sources go (kept after the test).
fn artifacts_dir() -> PathBuf {
    let d = std::env::temp_dir().join("kleidi-browser");
    let _ = std::fs::create_dir_all(&d);
    d
}

/// A WebDriver error answer (or a transport failure).
#[derive(Debug, Clone)]
pub struct WebDriverError {
    /// The W3C error code (`no such element`, …), or `transport`.
    pub error: String,
    /// The driver's message.
    pub message: String,
}

impl std::fmt::Display for WebDriverError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.error, self.message)
    }
}

fn transport(e: impl std::fmt::Display) -> WebDriverError {
    WebDriverError {
        error: "transport".into(),
        message: e.to_string(),
    }
}

/// Sends one WebDriver command to `base` and returns its `value`.
async fn command(
    http: &reqwest::Client,
    base: &str,
    method: reqwest::Method,
    path: &str,
    body: Option<Value>,
    timeout: Duration,
) -> Result<Value, WebDriverError> {
    let mut req = http
        .request(method, format!("{base}{path}"))
        .timeout(timeout);
    if let Some(b) = body {
        req = req.json(&b);
    }
    let res = req.send().await.map_err(transport)?;
    let ok = res.status().is_success();
    let v: Value = res.json().await.map_err(transport)?;
    let value = v.get("value").cloned().unwrap_or(Value::Null);
    if ok {
        Ok(value)
    } else {
        Err(WebDriverError {
            error: value["error"].as_str().unwrap_or("unknown error").into(),
            message: value["message"].as_str().unwrap_or_default().into(),
        })
    }
}

/// A running chromedriver with one Chromium session.
pub struct Browser {
    http: reqwest::Client,
    /// `http://127.0.0.1:PORT` of chromedriver.
    base: String,
    session: String,
    driver: Option<Child>,
    /// Profile directory and chromedriver's log.
    dir: tempfile::TempDir,
    lang: String,
    quitted: bool,
}

static SNAPSHOTS: AtomicUsize = AtomicUsize::new(0);

impl Browser {
    /// Starts chromedriver and a headless Chromium whose UI language and
    /// `Accept-Language` are `lang` (e.g. `el`, `en`, `fr`, `it`). Panics with a
    /// clear message when it cannot (e.g. the packages are missing).
    pub async fn start(lang: &str) -> Browser {
        for bin in [chromium_path(), chromedriver_path()] {
            assert!(
                Path::new(&bin).exists(),
                "{bin} is missing: run scripts/install-deps (Debian packages chromium, chromium-driver)"
            );
        }
        let http = crate::harness::http_client();
        let mut last_err = String::new();
        // The free port is found by binding and releasing it, so another
        // process may take it in between: then chromedriver exits; try again.
        for _ in 0..3 {
            let dir = tempfile::Builder::new()
                .prefix("kleidi-chromium-")
                .tempdir()
                .expect("temp dir for the browser profile");
            let port = crate::harness::dead_port();
            let base = format!("http://127.0.0.1:{port}");
            let log = dir.path().join("chromedriver.log");
            let out = std::fs::File::create(dir.path().join("chromedriver.out"))
                .expect("chromedriver output file");
            let child = Command::new(chromedriver_path())
                .arg(format!("--port={port}"))
                .arg(format!("--log-path={}", log.display()))
                .arg("--log-level=INFO")
                .stdin(Stdio::null())
                .stdout(out.try_clone().expect("dup"))
                .stderr(out)
                // Its own process group: drop kills chromedriver and Chromium
                // together.
                .process_group(0)
                .spawn()
                .unwrap_or_else(|e| panic!("cannot run {}: {e}", chromedriver_path()));
            let mut b = Browser {
                http: http.clone(),
                base,
                session: String::new(),
                driver: Some(child),
                dir,
                lang: lang.to_string(),
                quitted: false,
            };
            match b.wait_ready().await {
                Ok(()) => {
                    b.new_session().await;
                    return b;
                }
                Err(e) => {
                    last_err = e;
                    b.kill_driver();
                    b.quitted = true;
                }
            }
        }
        panic!("chromedriver did not start: {last_err}");
    }

    /// Polls `/status` until chromedriver is ready (at most 10 s).
    async fn wait_ready(&mut self) -> Result<(), String> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(child) = self.driver.as_mut()
                && let Ok(Some(status)) = child.try_wait()
            {
                return Err(format!(
                    "chromedriver exited with {status}: {}",
                    self.log_tail()
                ));
            }
            if let Ok(v) = command(
                &self.http,
                &self.base,
                reqwest::Method::GET,
                "/status",
                None,
                Duration::from_secs(1),
            )
            .await
                && v["ready"].as_bool() == Some(true)
            {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!("no ready /status within 10 s: {}", self.log_tail()));
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// The end of chromedriver's log, for error messages.
    fn log_tail(&self) -> String {
        let mut s = String::new();
        for f in ["chromedriver.out", "chromedriver.log"] {
            if let Ok(t) = std::fs::read_to_string(self.dir.path().join(f)) {
                let tail: Vec<&str> = t.lines().rev().take(15).collect();
                s.push_str(&tail.into_iter().rev().collect::<Vec<_>>().join("\n"));
                s.push('\n');
            }
        }
        s
    }

    async fn new_session(&mut self) {
        let profile = self.dir.path().join("profile");
        let args = [
            "--headless=new".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            "--disable-quic".into(),
            "--no-first-run".into(),
            "--no-default-browser-check".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--disable-extensions".into(),
            "--disable-features=Translate,OptimizationHints,MediaRouter".into(),
            "--no-proxy-server".into(),
            "--window-size=1280,1024".into(),
            format!("--user-data-dir={}", profile.display()),
            format!("--lang={}", self.lang),
        ];
        let caps = json!({
            "capabilities": {
                "alwaysMatch": {
                    "browserName": "chrome",
                    "pageLoadStrategy": "normal",
                    "timeouts": { "implicit": 0, "pageLoad": 20000, "script": 10000 },
                    "goog:chromeOptions": {
                        "binary": chromium_path(),
                        "args": args,
                        "prefs": { "intl": { "accept_languages": self.lang } },
                    }
                }
            }
        });
        let v = command(
            &self.http,
            &self.base,
            reqwest::Method::POST,
            "/session",
            Some(caps),
            COMMAND_TIMEOUT,
        )
        .await
        .unwrap_or_else(|e| panic!("Chromium session not created: {e}\n{}", self.log_tail()));
        self.session = v["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no sessionId in {v}"))
            .to_string();
    }

    /// Sends a command under this session (`path` relative to
    /// `/session/{id}`, e.g. `/url`).
    pub async fn cmd(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> Result<Value, WebDriverError> {
        command(
            &self.http,
            &self.base,
            method,
            &format!("/session/{}{path}", self.session),
            body,
            COMMAND_TIMEOUT,
        )
        .await
    }

    async fn get(&self, path: &str) -> Value {
        self.cmd(reqwest::Method::GET, path, None)
            .await
            .unwrap_or_else(|e| panic!("GET {path}: {e}"))
    }

    async fn post(&self, path: &str, body: Value) -> Value {
        self.cmd(reqwest::Method::POST, path, Some(body))
            .await
            .unwrap_or_else(|e| panic!("POST {path}: {e}"))
    }

    /// The language the browser was started with.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Navigates to `url` (only loopback URLs are expected) and waits for the load.
    pub async fn goto(&self, url: &str) {
        assert!(
            url.starts_with("http://127.0.0.1:") || url.starts_with("http://[::1]:"),
            "the browser tests only visit loopback addresses, not {url}"
        );
        self.post("/url", json!({ "url": url })).await;
    }

    /// The current URL.
    pub async fn url(&self) -> String {
        self.get("/url").await.as_str().unwrap_or_default().into()
    }

    /// `document.title`.
    pub async fn title(&self) -> String {
        self.get("/title").await.as_str().unwrap_or_default().into()
    }

    /// The page source (serialized DOM).
    pub async fn source(&self) -> String {
        self.get("/source")
            .await
            .as_str()
            .unwrap_or_default()
            .into()
    }

    /// Runs `script` (a function body; `arguments[i]` are `args`) and returns
    /// its result.
    pub async fn execute(&self, script: &str, args: Vec<Value>) -> Value {
        self.post("/execute/sync", json!({ "script": script, "args": args }))
            .await
    }

    /// Runs an asynchronous `script`: it calls `arguments[arguments.length - 1]`
    /// with its result.
    pub async fn execute_async(&self, script: &str, args: Vec<Value>) -> Value {
        self.post("/execute/async", json!({ "script": script, "args": args }))
            .await
    }

    /// Sets the window's outer size (the layout viewport follows).
    pub async fn set_window_size(&self, width: u32, height: u32) {
        self.post("/window/rect", json!({ "width": width, "height": height }))
            .await;
    }

    /// The rendered text of the page (`document.body.innerText`).
    pub async fn text(&self) -> String {
        self.execute(
            "return document.body ? document.body.innerText : '';",
            vec![],
        )
        .await
        .as_str()
        .unwrap_or_default()
        .into()
    }

    /// The `lang` attribute of `<html>`.
    pub async fn html_lang(&self) -> String {
        self.execute("return document.documentElement.lang;", vec![])
            .await
            .as_str()
            .unwrap_or_default()
            .into()
    }

    /// The first element matching the CSS selector now, if any.
    pub async fn find_now(&self, css: &str) -> Option<Element<'_>> {
        match self
            .cmd(
                reqwest::Method::POST,
                "/element",
                Some(json!({ "using": "css selector", "value": css })),
            )
            .await
        {
            Ok(v) => Some(self.element(&v)),
            Err(e) if e.error == "no such element" => None,
            Err(e) => panic!("find {css:?}: {e}"),
        }
    }

    /// Every element matching the CSS selector now.
    pub async fn find_all(&self, css: &str) -> Vec<Element<'_>> {
        let v = self
            .post(
                "/elements",
                json!({ "using": "css selector", "value": css }),
            )
            .await;
        v.as_array()
            .map(|a| a.iter().map(|e| self.element(e)).collect())
            .unwrap_or_default()
    }

    /// The first element matching the CSS selector, waiting up to
    /// [`DEFAULT_WAIT`] for it to appear; panics (with the URL and a
    /// screenshot) if it does not.
    pub async fn find(&self, css: &str) -> Element<'_> {
        self.wait_for(css, DEFAULT_WAIT).await
    }

    /// Like [`Browser::find`] with an explicit timeout.
    pub async fn wait_for(&self, css: &str, timeout: Duration) -> Element<'_> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(e) = self.find_now(css).await {
                return e;
            }
            if Instant::now() > deadline {
                panic!(
                    "no element {css:?} within {timeout:?} on {}",
                    self.url().await
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Waits until the rendered text contains `needle`; returns the text.
    pub async fn wait_for_text(&self, needle: &str, timeout: Duration) -> String {
        let deadline = Instant::now() + timeout;
        loop {
            let text = self.text().await;
            if text.contains(needle) {
                return text;
            }
            if Instant::now() > deadline {
                panic!(
                    "{needle:?} did not appear within {timeout:?} on {}; the page says:\n{text}",
                    self.url().await
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    fn element(&self, v: &Value) -> Element<'_> {
        let id = v[ELEMENT_KEY]
            .as_str()
            .unwrap_or_else(|| panic!("not an element reference: {v}"))
            .to_string();
        Element { browser: self, id }
    }

    /// Marks the current document, so that [`Browser::wait_new_page`] can tell
    /// when another one has replaced it.
    async fn mark_page(&self) {
        self.execute("window.__kleidiOldPage = true;", vec![]).await;
    }

    /// Waits until the marked document is gone and the new one has loaded.
    async fn wait_new_page(&self, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        loop {
            // During a navigation the script may fail; just poll again.
            if let Ok(v) = self
                .cmd(
                    reqwest::Method::POST,
                    "/execute/sync",
                    Some(json!({
                        "script": "return !window.__kleidiOldPage && document.readyState === 'complete';",
                        "args": [],
                    })),
                )
                .await
                && v.as_bool() == Some(true)
            {
                return;
            }
            if Instant::now() > deadline {
                panic!("no new page within {timeout:?} after {}", self.url().await);
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Clicks the element matching `css` (a submit button, a link) and waits
    /// for the page it leads to.
    pub async fn submit(&self, css: &str) {
        let e = self.find(css).await;
        self.mark_page().await;
        e.click().await;
        self.wait_new_page(DEFAULT_WAIT).await;
    }

    /// A PNG screenshot of the viewport.
    pub async fn screenshot(&self) -> Vec<u8> {
        let v = self.get("/screenshot").await;
        base64::engine::general_purpose::STANDARD
            .decode(v.as_str().unwrap_or_default())
            .expect("screenshot is base64")
    }

    /// Saves a screenshot and the page source under the temp directory and
    /// prints their paths; returns the PNG's path.
    pub async fn snapshot(&self, label: &str) -> PathBuf {
        let png = self.screenshot().await;
        let html = self.source().await;
        save_snapshot(label, &png, &html)
    }

    /// Ends the session and stops chromedriver and Chromium.
    pub async fn quit(mut self) {
        let _ = command(
            &self.http,
            &self.base,
            reqwest::Method::DELETE,
            &format!("/session/{}", self.session),
            None,
            Duration::from_secs(5),
        )
        .await;
        self.quitted = true;
        self.kill_driver();
    }

    /// Kills chromedriver's process group (Chromium included) and reaps it.
    fn kill_driver(&mut self) {
        if let Some(mut child) = self.driver.take() {
            let pgid = child.id() as libc::pid_t;
            // SAFETY: kill(2) with a negative pid signals that process group,
            // which was created for this chromedriver (`process_group(0)`).
            unsafe {
                libc::kill(-pgid, libc::SIGKILL);
            }
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn save_snapshot(label: &str, png: &[u8], html: &str) -> PathBuf {
    let n = SNAPSHOTS.fetch_add(1, Ordering::Relaxed);
    let label: String = label
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let stem = artifacts_dir().join(format!("{label}-{}-{n}", std::process::id()));
    let png_path = stem.with_extension("png");
    let html_path = stem.with_extension("html");
    let _ = std::fs::write(&png_path, png);
    let _ = std::fs::write(&html_path, html);
    eprintln!(
        "browser snapshot: {} (page source: {})",
        png_path.display(),
        html_path.display()
    );
    png_path
}

impl Drop for Browser {
    fn drop(&mut self) {
        if self.quitted || self.driver.is_none() || self.session.is_empty() {
            self.kill_driver();
            return;
        }
        // Drop cannot await, and the test's runtime may be the one unwinding:
        // talk to chromedriver from a helper thread with its own runtime and
        // client, bounded by a timeout.
        let panicking = std::thread::panicking();
        let base = self.base.clone();
        let session = self.session.clone();
        let label = format!("failure-{}", self.lang);
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            rt.block_on(async {
                let http = crate::harness::http_client();
                let s = format!("/session/{session}");
                if panicking {
                    let get = |p: &'static str| {
                        let path = format!("{s}{p}");
                        let (http, base) = (&http, &base);
                        async move {
                            command(
                                http,
                                base,
                                reqwest::Method::GET,
                                &path,
                                None,
                                Duration::from_secs(5),
                            )
                            .await
                        }
                    };
                    let url = get("/url").await.unwrap_or_default();
                    let png = get("/screenshot")
                        .await
                        .ok()
                        .and_then(|v| {
                            base64::engine::general_purpose::STANDARD
                                .decode(v.as_str().unwrap_or_default())
                                .ok()
                        })
                        .unwrap_or_default();
                    let html = get("/source").await.unwrap_or_default();
                    eprintln!("browser was at {url}");
                    save_snapshot(&label, &png, html.as_str().unwrap_or_default());
                }
                let _ = command(
                    &http,
                    &base,
                    reqwest::Method::DELETE,
                    &s,
                    None,
                    Duration::from_secs(5),
                )
                .await;
            });
            let _ = tx.send(());
        });
        let _ = rx.recv_timeout(Duration::from_secs(15));
        if panicking {
            eprintln!("chromedriver log tail:\n{}", self.log_tail());
        }
        self.kill_driver();
    }
}

/// An element of the current page.
pub struct Element<'a> {
    browser: &'a Browser,
    id: String,
}

impl Element<'_> {
    async fn post(&self, what: &str, body: Value) -> Value {
        let path = format!("/element/{}{what}", self.id);
        self.browser
            .cmd(reqwest::Method::POST, &path, Some(body))
            .await
            .unwrap_or_else(|e| panic!("POST {path}: {e}"))
    }

    async fn get(&self, what: &str) -> Value {
        let path = format!("/element/{}{what}", self.id);
        self.browser
            .cmd(reqwest::Method::GET, &path, None)
            .await
            .unwrap_or_else(|e| panic!("GET {path}: {e}"))
    }

    /// Clicks it (use [`Browser::submit`] when the click loads a page).
    pub async fn click(&self) {
        self.post("/click", json!({})).await;
    }

    /// Types `text` into it.
    pub async fn send_keys(&self, text: &str) {
        self.post("/value", json!({ "text": text })).await;
    }

    /// Empties an input.
    pub async fn clear(&self) {
        self.post("/clear", json!({})).await;
    }

    /// Empties an input and types `text`.
    pub async fn fill(&self, text: &str) {
        self.clear().await;
        self.send_keys(text).await;
    }

    /// Its rendered text.
    pub async fn text(&self) -> String {
        self.get("/text").await.as_str().unwrap_or_default().into()
    }

    /// The value of attribute `name`, if set.
    pub async fn attr(&self, name: &str) -> Option<String> {
        self.get(&format!("/attribute/{name}"))
            .await
            .as_str()
            .map(str::to_string)
    }

    /// The DOM property `name` (e.g. `value`, `checked`).
    pub async fn prop(&self, name: &str) -> Value {
        self.get(&format!("/property/{name}")).await
    }

    /// Whether a checkbox / radio button is checked.
    pub async fn is_selected(&self) -> bool {
        self.get("/selected").await.as_bool().unwrap_or(false)
    }
}
