//! Debian's headless Chromium, driven through `chromedriver` on a free
//! loopback port with fantoccini (the WebDriver client); this module only
//! starts and stops the processes and adds the waits the journeys need.
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
//! Every wait is bounded. Dropping a [`Browser`] kills chromedriver's whole
//! process group (so Chromium too), also while a test panics; when it
//! panics, a screenshot and the page source are saved first and their paths
//! printed.

// A toolkit for the browser tests of every journey: not each is used by each.
#![allow(dead_code)]

use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use fantoccini::error::{CmdError, ErrorStatus};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

/// How long [`Browser::find`] and the other waits poll by default.
pub const DEFAULT_WAIT: Duration = Duration::from_secs(10);

/// How long a submitted form may take to give its next page: a password
/// write (policy, history hashes, slapd's durable write) on a loaded
/// 2-core CI machine running several browsers can take seconds.
const NAVIGATION_WAIT: Duration = Duration::from_secs(30);

/// Pause between two polls of a wait.
const POLL: Duration = Duration::from_millis(50);

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

/// A WebDriver failure.
pub type WebDriverError = CmdError;

/// A running chromedriver with one Chromium session.
pub struct Browser {
    client: Client,
    driver: Option<Child>,
    /// Profile directory and chromedriver's log.
    dir: tempfile::TempDir,
    lang: String,
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
        let mut last_err = String::new();
        // The free port is found by binding and releasing it, so another
        // process may take it in between: then chromedriver exits; try again.
        for _ in 0..3 {
            let dir = tempfile::Builder::new()
                .prefix("kleidi-chromium-")
                .tempdir()
                .expect("temp dir for the browser profile");
            let port = crate::harness::dead_port();
            let log = dir.path().join("chromedriver.log");
            let out = std::fs::File::create(dir.path().join("chromedriver.out"))
                .expect("chromedriver output file");
            let mut child = Command::new(chromedriver_path())
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
            match connect(port, lang, &dir, &mut child).await {
                Ok(client) => {
                    return Browser {
                        client,
                        driver: Some(child),
                        dir,
                        lang: lang.to_string(),
                    };
                }
                Err(e) => {
                    last_err = format!("{e}\n{}", log_tail(dir.path()));
                    kill_group(&mut child);
                }
            }
        }
        panic!("chromedriver did not start: {last_err}");
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
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|e| panic!("goto {url}: {e}"));
    }

    /// The current URL.
    pub async fn url(&self) -> String {
        self.client
            .current_url()
            .await
            .map(|u| u.to_string())
            .unwrap_or_default()
    }

    /// `document.title`.
    pub async fn title(&self) -> String {
        self.client.title().await.unwrap_or_default()
    }

    /// The page source (serialized DOM).
    pub async fn source(&self) -> String {
        self.client.source().await.unwrap_or_default()
    }

    /// Runs `script` (a function body; `arguments[i]` are `args`) and returns
    /// its result.
    pub async fn execute(&self, script: &str, args: Vec<Value>) -> Value {
        self.client
            .execute(script, args)
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}"))
    }

    /// Runs an asynchronous `script`: it calls `arguments[arguments.length - 1]`
    /// with its result.
    pub async fn execute_async(&self, script: &str, args: Vec<Value>) -> Value {
        self.client
            .execute_async(script, args)
            .await
            .unwrap_or_else(|e| panic!("async script failed: {e}"))
    }

    /// Sets the window's outer size (the layout viewport follows).
    pub async fn set_window_size(&self, width: u32, height: u32) {
        self.client
            .set_window_size(width, height)
            .await
            .unwrap_or_else(|e| panic!("window size {width}x{height}: {e}"));
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
    pub async fn find_now(&self, css: &str) -> Option<Element> {
        match self.client.find(Locator::Css(css)).await {
            Ok(e) => Some(Element(e)),
            Err(e) if is(&e, ErrorStatus::NoSuchElement) => None,
            Err(e) => panic!("find {css:?}: {e}"),
        }
    }

    /// Every element matching the CSS selector now.
    pub async fn find_all(&self, css: &str) -> Vec<Element> {
        self.client
            .find_all(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("find all {css:?}: {e}"))
            .into_iter()
            .map(Element)
            .collect()
    }

    /// The first element matching the CSS selector, waiting up to
    /// [`DEFAULT_WAIT`] for it to appear; panics (with the URL and a
    /// screenshot) if it does not.
    pub async fn find(&self, css: &str) -> Element {
        self.wait_for(css, DEFAULT_WAIT).await
    }

    /// Like [`Browser::find`] with an explicit timeout.
    pub async fn wait_for(&self, css: &str, timeout: Duration) -> Element {
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

    /// Clicks the element matching `css` (a submit button, a link) and waits
    /// for the page it leads to: the current document is marked, and the
    /// wait ends once a document without the mark has loaded.
    pub async fn submit(&self, css: &str) {
        let e = self.find(css).await;
        self.execute("window.__kleidiOldPage = true;", vec![]).await;
        e.click().await;
        let start = Instant::now();
        let deadline = start + NAVIGATION_WAIT;
        loop {
            // During a navigation the script may fail; just poll again.
            let done = self
                .client
                .execute(
                    "return !window.__kleidiOldPage && document.readyState === 'complete';",
                    vec![],
                )
                .await;
            if matches!(done, Ok(Value::Bool(true))) {
                // Shown when the test fails later: which steps were slow.
                if start.elapsed() > Duration::from_secs(2) {
                    eprintln!(
                        "slow page: {:?} after {css} ({})",
                        start.elapsed(),
                        self.lang
                    );
                }
                return;
            }
            if Instant::now() > deadline {
                panic!(
                    "no new page within {NAVIGATION_WAIT:?} after {} (last: {done:?})\n{}",
                    self.url().await,
                    log_tail(self.dir.path())
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// A PNG screenshot of the viewport.
    pub async fn screenshot(&self) -> Vec<u8> {
        self.client
            .screenshot()
            .await
            .unwrap_or_else(|e| panic!("screenshot: {e}"))
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
        let _ = tokio::time::timeout(Duration::from_secs(5), self.client.clone().close()).await;
        if let Some(mut child) = self.driver.take() {
            kill_group(&mut child);
        }
    }
}

/// Starts the session on chromedriver at `port` once it answers (at most 10 s).
async fn connect(
    port: u16,
    lang: &str,
    dir: &tempfile::TempDir,
    child: &mut Child,
) -> Result<Client, String> {
    let profile = dir.path().join("profile");
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
        format!("--lang={lang}"),
    ];
    let caps = json!({
        "browserName": "chrome",
        "pageLoadStrategy": "normal",
        "timeouts": { "implicit": 0, "pageLoad": 20000, "script": 10000 },
        "goog:chromeOptions": {
            "binary": chromium_path(),
            "args": args,
            "prefs": { "intl": { "accept_languages": lang } },
        }
    });
    let serde_json::Value::Object(caps) = caps else {
        return Err("capabilities".into());
    };
    let url = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            return Err(format!("chromedriver exited with {status}"));
        }
        let mut b = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new());
        b.capabilities(caps.clone());
        match b.connect(&url).await {
            Ok(c) => return Ok(c),
            Err(e) if Instant::now() > deadline => {
                return Err(format!("no session within 10 s: {e}"));
            }
            Err(_) => tokio::time::sleep(POLL).await,
        }
    }
}

fn is(e: &CmdError, status: ErrorStatus) -> bool {
    matches!(e, CmdError::Standard(w) if w.error == status)
}

/// The end of chromedriver's log, for error messages.
fn log_tail(dir: &Path) -> String {
    let mut s = String::new();
    for f in ["chromedriver.out", "chromedriver.log"] {
        if let Ok(t) = std::fs::read_to_string(dir.join(f)) {
            let tail: Vec<&str> = t.lines().rev().take(15).collect();
            s.push_str(&tail.into_iter().rev().collect::<Vec<_>>().join("\n"));
            s.push('\n');
        }
    }
    s
}

/// Kills chromedriver's process group (Chromium included) and reaps it.
fn kill_group(child: &mut Child) {
    let pgid = child.id() as libc::pid_t;
    // SAFETY: kill(2) with a negative pid signals that process group, which
    // was created for this chromedriver (`process_group(0)`).
    unsafe {
        libc::kill(-pgid, libc::SIGKILL);
    }
    let _ = child.kill();
    let _ = child.wait();
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
        let Some(mut child) = self.driver.take() else {
            return;
        };
        if std::thread::panicking() {
            // Drop cannot await, and the test's runtime may be the one
            // unwinding: save the evidence from a helper thread with its own
            // runtime, bounded by a timeout.
            let client = self.client.clone();
            let label = format!("failure-{}", self.lang);
            let (tx, rx) = std::sync::mpsc::channel();
            std::thread::spawn(move || {
                if let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                {
                    rt.block_on(async {
                        let url = client.current_url().await.map(|u| u.to_string());
                        let png = client.screenshot().await.unwrap_or_default();
                        let html = client.source().await.unwrap_or_default();
                        eprintln!("browser was at {}", url.unwrap_or_default());
                        save_snapshot(&label, &png, &html);
                    });
                }
                let _ = tx.send(());
            });
            let _ = rx.recv_timeout(Duration::from_secs(15));
            eprintln!("chromedriver log tail:\n{}", log_tail(self.dir.path()));
        }
        kill_group(&mut child);
    }
}

/// An element of the current page.
pub struct Element(fantoccini::elements::Element);

impl Element {
    /// Clicks it (use [`Browser::submit`] when the click loads a page).
    pub async fn click(&self) {
        self.0
            .click()
            .await
            .unwrap_or_else(|e| panic!("click: {e}"));
    }

    /// Types `text` into it.
    pub async fn send_keys(&self, text: &str) {
        self.0
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("send keys: {e}"));
    }

    /// Empties an input.
    pub async fn clear(&self) {
        self.0
            .clear()
            .await
            .unwrap_or_else(|e| panic!("clear: {e}"));
    }

    /// Empties an input and types `text`.
    pub async fn fill(&self, text: &str) {
        self.clear().await;
        self.send_keys(text).await;
    }

    /// Its rendered text.
    pub async fn text(&self) -> String {
        self.0.text().await.unwrap_or_default()
    }

    /// The value of attribute `name`, if set.
    pub async fn attr(&self, name: &str) -> Option<String> {
        self.0.attr(name).await.ok().flatten()
    }

    /// The DOM property `name` (e.g. `value`, `checked`).
    pub async fn prop(&self, name: &str) -> Value {
        match self.0.prop(name).await {
            Ok(Some(v)) => Value::String(v),
            _ => Value::Null,
        }
    }

    /// Whether a checkbox / radio button is checked.
    pub async fn is_selected(&self) -> bool {
        self.0.is_selected().await.unwrap_or(false)
    }
}
