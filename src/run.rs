//! Start-up: build the app from a config, bind the port, serve until stopped.
//! Shared by `kleidi serve` and `kleidi demo`.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use crate::clock::{SharedClock, SystemClock};
use crate::config::{Config, ConfigError};
use crate::core::Core;
use crate::directory::{DirError, Directory};
use crate::http::{self, AppState, BuildError};
use crate::notify::{Notifier, NotifyError};
use crate::sandbox::{self, SandboxError, Slapd};
use crate::secret::{SecretError, read_secret_file};

/// Why kleidi could not start.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// The configuration is wrong.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// A secret file could not be read.
    #[error("directory.bind_password_file: {0}")]
    Secret(#[from] SecretError),
    /// The directory settings are unusable (e.g. a bad CA file).
    #[error("directory: {0}")]
    Directory(#[from] DirError),
    /// Translations or templates are broken.
    #[error(transparent)]
    Build(#[from] BuildError),
    /// The port could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        /// The address.
        addr: SocketAddr,
        /// The error.
        source: std::io::Error,
    },
    /// Serving failed.
    #[error("server: {0}")]
    Serve(std::io::Error),
    /// The mail or SMS transport could not be built.
    #[error(transparent)]
    Notify(#[from] NotifyError),
    /// The demo's slapd did not start.
    #[error("demo: {0}")]
    Sandbox(#[from] SandboxError),
    /// `serve` with the console transport, which prints PINs and links.
    #[error(
        "{0}: the console transport prints PINs and reset links to the log; use it only on a test system, with insecure_console = true"
    )]
    InsecureConsole(&'static str),
}

/// Builds the app (directory pools, notifier, translations, templates) from a
/// loaded config; `outbox` appends console-transport messages to a file.
pub fn build(config: Config, outbox: Option<&Path>) -> Result<AppState, RunError> {
    build_with_clock(config, outbox, Arc::new(SystemClock))
}

/// Like [`build`], with a chosen clock (tests move a manual one).
pub fn build_with_clock(
    config: Config,
    outbox: Option<&Path>,
    clock: SharedClock,
) -> Result<AppState, RunError> {
    let password = read_secret_file(&config.directory.bind_password_file, &config.base_dir)?;
    let directory = Directory::new(config.directory.clone(), password)?
        .with_extra_attributes(&config.policy.forbid_attributes);
    let mut notifier = Notifier::new(&config.mail, &config.sms, &config.base_dir)?;
    if let Some(p) = outbox {
        notifier = notifier.with_outbox(p)?;
    }
    let core = Core::new(config, directory, notifier, clock).map_err(BuildError::from)?;
    let app = http::App::new(core)?;
    crate::core::spawn_sweeper(Arc::downgrade(&app));
    Ok(app)
}

/// `kleidi serve`.
pub async fn serve(path: &Path) -> Result<ExitCode, RunError> {
    let config = Config::load(path)?;
    crate::telemetry::init(config.logging.format, &config.logging.level);
    refuse_console(&config)?;
    let listen = config.listen;
    let grace = Duration::from_secs(config.http.shutdown_grace_secs);
    let app = build(config, None)?;
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|source| RunError::Listen {
            addr: listen,
            source,
        })?;
    tracing::info!(%listen, "kleidi serving");
    let metrics = start_metrics(&app, app.config.metrics.clone()).await?;
    // Warm the pools; a directory that is down now is not fatal: /readyz says
    // so and kleidi connects as soon as it is back.
    if let Err(e) = app.directory.ping().await {
        tracing::warn!(error = %e, "directory not reachable at start; will retry on demand");
    }
    notify_systemd(&[sd_notify::NotifyState::Ready]);
    let limits = http::ConnLimits::of(&app.config.http);
    let routes = http::Routes::new(http::router(app.clone()));
    let current = Arc::new(std::sync::Mutex::new(app.clone()));
    let reloader = tokio::spawn(reload_on_sighup(
        path.to_path_buf(),
        routes.clone(),
        current.clone(),
    ));
    let r = http::serve_limited(listener, routes, http::shutdown_signal(), grace, limits).await;
    reloader.abort();
    let app = current.lock().map(|a| a.clone()).unwrap_or(app);
    notify_systemd(&[sd_notify::NotifyState::Stopping]);
    if let Some(m) = metrics {
        m.abort();
    }
    // Links and PINs already promised to people are sent before exiting.
    let unfinished = app.drain(grace).await;
    r.map_err(RunError::Serve)?;
    tracing::info!(unfinished, "kleidi stopped");
    Ok(if unfinished == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// `systemctl reload kleidi` (SIGHUP): reads the configuration again and
/// swaps in an app built from it: password policy, branding, texts, limits,
/// notifier settings and the other journey settings take effect for the next
/// request; sessions and journeys stay (same state store), and so do the
/// directory pools and the process keys. `[directory]`, `[store]`, `listen`,
/// `[http]`, `[metrics]` and `[logging]` need a restart: a change there is
/// logged and the running value kept. A file that does not load keeps the
/// running configuration, and the log says why.
async fn reload_on_sighup(
    path: std::path::PathBuf,
    routes: http::Routes,
    current: Arc<std::sync::Mutex<http::AppState>>,
) {
    use tokio::signal::unix::{SignalKind, signal};
    let Ok(mut hup) = signal(SignalKind::hangup()) else {
        tracing::warn!("SIGHUP cannot be watched: reload needs a restart");
        return;
    };
    while hup.recv().await.is_some() {
        notify_systemd(&[sd_notify::NotifyState::Reloading]);
        let Some(old) = current.lock().ok().map(|a| a.clone()) else {
            return;
        };
        match reloaded(&path, &old) {
            Ok(new) => {
                crate::core::spawn_sweeper(Arc::downgrade(&new));
                routes.replace(http::router(new.clone()));
                if let Ok(mut c) = current.lock() {
                    *c = new;
                }
                tracing::info!(config = %path.display(), "configuration reloaded");
            }
            Err(e) => tracing::error!(
                config = %path.display(),
                error = %e,
                "configuration not reloaded; the running one stays"
            ),
        }
        notify_systemd(&[sd_notify::NotifyState::Ready]);
    }
}

/// The app for the configuration now in `path`, sharing with `old` what a
/// reload keeps.
fn reloaded(path: &Path, old: &http::AppState) -> Result<http::AppState, RunError> {
    let mut config = Config::load(path)?;
    refuse_console(&config)?;
    let running = &old.config;
    for (section, changed) in [
        (
            "[directory]",
            format!("{:?}", config.directory) != format!("{:?}", running.directory),
        ),
        (
            "[store]",
            format!("{:?}", config.store) != format!("{:?}", running.store),
        ),
        ("listen", config.listen != running.listen),
        (
            "[http]",
            format!("{:?}", config.http) != format!("{:?}", running.http),
        ),
        (
            "[metrics]",
            format!("{:?}", config.metrics) != format!("{:?}", running.metrics),
        ),
        (
            "[logging]",
            format!("{:?}", config.logging) != format!("{:?}", running.logging),
        ),
    ] {
        if changed {
            tracing::warn!(
                section,
                "changed in the file: takes effect at the next restart"
            );
        }
    }
    config.listen = running.listen;
    config.http = running.http.clone();
    config.metrics = running.metrics.clone();
    config.logging = running.logging.clone();
    let notifier = Notifier::new(&config.mail, &config.sms, &config.base_dir)?;
    let core = old
        .core
        .reloaded(config, notifier)
        .map_err(BuildError::from)?;
    Ok(old.reloaded(core)?)
}

/// A production daemon never prints secrets: the console transports are
/// refused unless the operator says, in so many words, that this is a test
/// system (and the log says so at start).
fn refuse_console(config: &Config) -> Result<(), RunError> {
    use crate::notify::{MailTransportKind, SmsTransportKind};
    let console = if config.mail.transport == MailTransportKind::Console {
        Some("mail.transport = \"console\"")
    } else if config.sms.transport == SmsTransportKind::Console {
        Some("sms.transport = \"console\"")
    } else {
        None
    };
    match console {
        Some(which) if !config.insecure_console => Err(RunError::InsecureConsole(which)),
        Some(which) => {
            tracing::warn!(
                which,
                "insecure_console = true: PINs and reset links are printed to the log"
            );
            Ok(())
        }
        None => Ok(()),
    }
}

/// Binds and serves `/metrics` on its own listener, if enabled.
async fn start_metrics(
    app: &AppState,
    cfg: crate::config::MetricsConfig,
) -> Result<Option<tokio::task::JoinHandle<()>>, RunError> {
    if !cfg.enabled {
        return Ok(None);
    }
    let l = tokio::net::TcpListener::bind(cfg.listen)
        .await
        .map_err(|source| RunError::Listen {
            addr: cfg.listen,
            source,
        })?;
    let addr = l.local_addr().unwrap_or(cfg.listen);
    tracing::info!(%addr, "metrics served");
    Ok(Some(http::spawn_metrics(l, app.clone())))
}

fn notify_systemd(state: &[sd_notify::NotifyState]) {
    // Outside systemd NOTIFY_SOCKET is unset and this does nothing.
    if let Err(e) = sd_notify::notify(state) {
        tracing::debug!(error = %e, "sd_notify failed");
    }
}

/// The configuration `kleidi demo` serves with, against a sandbox slapd.
pub fn demo_config(
    slapd: &Slapd,
    listen: SocketAddr,
    password_file: &Path,
) -> Result<Config, ConfigError> {
    let text = format!(
        r#"
listen = "{listen}"
public_url = "http://{listen}"

[directory]
uris = ["{uri}"]
tls = "none"
bind_dn = "{svc}"
bind_password_file = "{pw}"
user_bases = ["ou=people,{suffix}", "ou=associates,{suffix}"]
password_policy_dn = "cn=default,ou=policies,{suffix}"

[mail]
transport = "console"
from = "Example University accounts <noreply@example.org>"

[sms]
transport = "console"

[activation]
require_national_id = true
registrar_contact = {{ en = "registrar@example.org", el = "registrar@example.org" }}
terms_url = "/terms"
services = [{{ name = "E-learning", url = "https://elearning.example.org" }}, {{ name = "Library", url = "https://library.example.org" }}]

[[activation.roles]]
id = "student"
label = {{ en = "I am a student", el = "Είμαι φοιτητής", it = "Sono uno studente", fr = "Je suis étudiant" }}
affiliation = "student"

[[activation.roles]]
id = "staff"
label = {{ en = "I am staff or faculty", el = "Είμαι προσωπικό ή μέλος ΔΕΠ", it = "Sono personale o docente", fr = "Je suis personnel" }}
affiliation = "staff"

[[activation.roles]]
id = "associate"
label = {{ en = "I am an associate", el = "Είμαι συνεργάτης", it = "Sono un collaboratore", fr = "Je suis collaborateur" }}
affiliation = "affiliate"

[[activation.roles]]
id = "etudiant"
label = {{ en = "Student number and birth date", el = "Αριθμός μητρώου και ημερομηνία γέννησης", it = "Matricola e data di nascita", fr = "Numéro d'étudiant et date de naissance" }}
affiliation = "student"
identify = "personal_number"
personal_number_attributes = ["supannEtuId", "supannCodeINE"]

[branding]
institution = {{ en = "Example University", el = "Πανεπιστήμιο Παραδείγματος", it = "Università di Esempio", fr = "Université Exemple" }}
service_name = {{ en = "Account service (demo)", el = "Υπηρεσία λογαριασμών (επίδειξη)", it = "Servizio account (demo)", fr = "Service des comptes (démo)" }}
helpdesk = {{ email = "helpdesk@example.org", phone = "+30 2100 000000" }}
footer_links = [{{ label = {{ en = "Privacy policy and terms of use", el = "Πολιτική Απορρήτου και Όροι Χρήσης", it = "Privacy e condizioni d'uso", fr = "Confidentialité et conditions d'utilisation" }}, url = "/privacy" }}]

[helpdesk]
enabled = true
operator_groups = ["cn=helpdesk,ou=groups,{suffix}"]
"#,
        uri = slapd.uri(),
        svc = sandbox::SERVICE_DN,
        pw = password_file.display(),
        suffix = sandbox::SUFFIX,
    );
    Config::from_toml(&text, Path::new("<demo>"), slapd.path())
}

/// `kleidi demo`.
pub async fn demo(listen: SocketAddr, outbox: Option<PathBuf>) -> Result<ExitCode, RunError> {
    crate::telemetry::init(crate::config::LogFormat::Human, "info");
    let stale = sandbox::remove_stale();
    if stale > 0 {
        tracing::info!(
            stale,
            "removed temporary directories a killed demo left behind"
        );
    }
    let slapd = tokio::task::block_in_place(|| Slapd::start(sandbox::Options::default()))?;
    let pwfile = slapd
        .write_service_password_file()
        .map_err(|e| RunError::Sandbox(SandboxError::Io(e)))?;
    let config = demo_config(&slapd, listen, &pwfile)?;
    let grace = Duration::from_secs(config.http.shutdown_grace_secs);
    let app = build(config, outbox.as_deref())?;
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|source| RunError::Listen {
            addr: listen,
            source,
        })?;
    let metrics = start_metrics(
        &app,
        crate::config::MetricsConfig {
            enabled: true,
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
        },
    )
    .await?;
    print_demo_banner(listen, &slapd);
    let r = http::serve(
        listener,
        http::router(app.clone()),
        http::shutdown_signal(),
        grace,
    )
    .await;
    if let Some(m) = metrics {
        m.abort();
    }
    app.drain(grace).await;
    // Stop slapd and remove its temp dir before reporting anything else.
    drop(slapd);
    r.map_err(RunError::Serve)?;
    println!("kleidi demo stopped; the temporary directory was removed.");
    Ok(ExitCode::SUCCESS)
}

fn print_demo_banner(listen: SocketAddr, slapd: &Slapd) {
    println!();
    println!("kleidi demo is running at http://{listen}/");
    println!(
        "A throwaway OpenLDAP directory runs at {} ({}).",
        slapd.uri(),
        slapd.path().display()
    );
    println!("Invented people you can try:");
    for a in sandbox::accounts() {
        match a.password {
            Some(p) => println!("  {:<14} password {:<20} {}", a.username, p, a.about),
            None => println!("  {:<14} {:<29} {}", a.username, "(not activated)", a.about),
        }
    }
    println!("Emails and SMS are printed here. Press Ctrl-C to stop; nothing is left behind.");
    println!();
}
