//! `kleidi notify-expiring`: one run of the password-expiry reminders
//! (`journey::expiry`), started by a systemd timer. Prints one summary line
//! on stdout (and, with `--dry-run`, who would get what), a progress line on
//! stderr when that is a terminal, and optionally the counts for node
//! exporter's textfile collector. The exit code is not zero when the run
//! could not finish or a message could not be sent, so the unit shows failed.

use std::io::{IsTerminal as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::clock::{SharedClock, SystemClock};
use crate::config::Config;
use crate::core::Core;
use crate::directory::Directory;
use crate::journey::expiry::{self, Options, PlanSink, Planned, Summary, Tally};
use crate::notify::Notifier;
use crate::run::RunError;
use crate::secret::read_secret_file;

/// What the command was asked to do.
#[derive(Debug, Clone)]
pub struct Args {
    /// The configuration file.
    pub config: PathBuf,
    /// Send and write nothing; list who would get what.
    pub dry_run: bool,
    /// Write the counts here in Prometheus text format.
    pub metrics_file: Option<PathBuf>,
}

/// The core a run works with: the directory, the notifier and the texts of
/// `config`, and `clock` (tests move a manual one).
pub fn core(config: Config, clock: SharedClock) -> Result<Arc<Core>, RunError> {
    let password = read_secret_file(&config.directory.bind_password_file, &config.base_dir)?;
    let directory = Directory::new(config.directory.clone(), password)?;
    let notifier = Notifier::new(&config.mail, &config.sms, &config.base_dir)?;
    let core =
        Core::new(config, directory, notifier, clock).map_err(|e| RunError::Build(e.into()))?;
    Ok(Arc::new(core))
}

/// Runs the command.
pub async fn command(args: &Args) -> Result<ExitCode, RunError> {
    let config = Config::load(&args.config)?;
    crate::telemetry::init(config.logging.format, &config.logging.level);
    let core = core(config, Arc::new(SystemClock))?;
    let began = Instant::now();
    let tally = Arc::new(Tally::default());
    let progress = std::io::stderr()
        .is_terminal()
        .then(|| tokio::spawn(show_progress(tally.clone())));
    // systemd stops a unit with SIGTERM (an upgrade, a shutdown): stop
    // reading accounts, but finish the reminders already claimed, or they
    // would stay recorded as sent without having been sent.
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let watcher = tokio::spawn(stop_on_signal(stop.clone()));
    let opts = Options {
        stop: Some(stop),
        dry_run: args.dry_run,
        on_planned: args.dry_run.then(|| Arc::new(print_planned) as PlanSink),
    };
    let result = expiry::run_with(core, opts, tally.clone()).await;
    watcher.abort();
    if let Some(p) = progress {
        p.abort();
        eprint!("\r\x1b[K");
    }
    let s = tally.snapshot();
    let finished = result.is_ok();
    let word = if args.dry_run { "dry run" } else { "run" };
    match &result {
        Ok(_) => println!("kleidi notify-expiring: {word} finished: {s}"),
        Err(e) => {
            println!("kleidi notify-expiring: {word} did NOT finish: {s}");
            eprintln!("kleidi notify-expiring: {e}");
        }
    }
    if let Some(path) = &args.metrics_file
        && let Err(e) = write_metrics(path, &s, finished, began.elapsed())
    {
        eprintln!(
            "kleidi notify-expiring: cannot write {}: {e}",
            path.display()
        );
        return Ok(ExitCode::FAILURE);
    }
    Ok(if finished && s.failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Sets `stop` at the first SIGTERM or Ctrl-C.
async fn stop_on_signal(stop: Arc<std::sync::atomic::AtomicBool>) {
    use tokio::signal::unix::{SignalKind, signal};
    let Ok(mut term) = signal(SignalKind::terminate()) else {
        return;
    };
    tokio::select! {
        _ = term.recv() => {}
        _ = tokio::signal::ctrl_c() => {}
    }
    tracing::warn!("stopping: the reminders already claimed are sent first");
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// One line per reminder a dry run would send.
fn print_planned(p: &Planned) {
    let channels = if p.channels.is_empty() {
        "no contact on file".to_string()
    } else {
        p.channels
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(",")
    };
    println!(
        "would notify {} stage={}d expires={} channels={channels}",
        p.username, p.stage, p.expiry
    );
}

/// Rewrites one progress line on the terminal twice a second.
async fn show_progress(tally: Arc<Tally>) {
    let mut tick = tokio::time::interval(Duration::from_millis(500));
    loop {
        tick.tick().await;
        let s = tally.snapshot();
        let mut err = std::io::stderr().lock();
        let _ = write!(
            err,
            "\r\x1b[Kexamined {} due {} sent {} failed {}",
            s.examined,
            s.due,
            s.sent_email + s.sent_sms,
            s.failed
        );
        let _ = err.flush();
    }
}

/// The counts in Prometheus text format, for node exporter's textfile
/// collector (a one-shot process has no `/metrics` to scrape). Written to a
/// temporary file and renamed, so the collector never reads half a file.
fn write_metrics(path: &Path, s: &Summary, finished: bool, took: Duration) -> std::io::Result<()> {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs();
    let mut t = String::from(
        "# HELP kleidi_expiry_accounts Accounts in the last expiry reminder run, by outcome.\n# TYPE kleidi_expiry_accounts gauge\n",
    );
    for (outcome, n) in [
        ("examined", s.examined),
        ("not_due", s.not_due),
        ("due", s.due),
        ("without_contact", s.without_contact),
        ("already_notified", s.already_notified),
        ("expired", s.expired),
        ("skipped", s.skipped),
    ] {
        t.push_str(&format!(
            "kleidi_expiry_accounts{{outcome=\"{outcome}\"}} {n}\n"
        ));
    }
    t.push_str("# HELP kleidi_expiry_messages Messages in the last expiry reminder run.\n# TYPE kleidi_expiry_messages gauge\n");
    t.push_str(&format!(
        "kleidi_expiry_messages{{channel=\"email\",outcome=\"sent\"}} {}\n",
        s.sent_email
    ));
    t.push_str(&format!(
        "kleidi_expiry_messages{{channel=\"sms\",outcome=\"sent\"}} {}\n",
        s.sent_sms
    ));
    t.push_str(&format!(
        "kleidi_expiry_messages{{channel=\"any\",outcome=\"failed\"}} {}\n",
        s.failed
    ));
    t.push_str(&format!(
        "# HELP kleidi_expiry_run_success 1 when the last run finished with no failed message.\n# TYPE kleidi_expiry_run_success gauge\nkleidi_expiry_run_success {}\n",
        u8::from(finished && s.failed == 0)
    ));
    t.push_str(&format!(
        "# HELP kleidi_expiry_run_seconds How long the last run took.\n# TYPE kleidi_expiry_run_seconds gauge\nkleidi_expiry_run_seconds {:.3}\n",
        took.as_secs_f64()
    ));
    t.push_str(&format!(
        "# HELP kleidi_expiry_run_timestamp_seconds When the last run ended (Unix time).\n# TYPE kleidi_expiry_run_timestamp_seconds gauge\nkleidi_expiry_run_timestamp_seconds {now}\n"
    ));
    let tmp = path.with_extension("prom.tmp");
    std::fs::write(&tmp, t)?;
    std::fs::rename(&tmp, path)
}
