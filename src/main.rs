//! The `kleidi` command: `serve`, `check-config`, `notify-expiring`, `demo`, and the hidden `man`
//! that writes the manual pages the Debian package ships.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory as _, Parser, Subcommand};

/// The version and the commit built from (`build.rs`), so that a bug report
/// from an installed package names the exact source.
const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("KLEIDI_COMMIT"),
    ")"
);

#[derive(Parser)]
#[command(
    name = "kleidi",
    version = VERSION,
    about = "Self-service for accounts in an OpenLDAP directory"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the daemon.
    Serve {
        /// Configuration file.
        #[arg(
            long,
            short,
            env = "KLEIDI_CONFIG",
            default_value = "/etc/kleidi/kleidi.toml"
        )]
        config: PathBuf,
    },
    /// Validate the configuration, then check step by step that the directory
    /// answers and the service account can do its job.
    CheckConfig {
        /// Configuration file.
        #[arg(
            long,
            short,
            env = "KLEIDI_CONFIG",
            default_value = "/etc/kleidi/kleidi.toml"
        )]
        config: PathBuf,
        /// Also look up this username and show which attributes kleidi can read.
        #[arg(long)]
        user: Option<String>,
        /// Also check write access by really writing to this dedicated test
        /// account: its password is reset to a random one and a kleidi
        /// attribute is written and restored.
        #[arg(long, value_name = "USERNAME")]
        write_test: Option<String>,
    },
    /// Send the password-expiry reminders that are due, once (a systemd
    /// timer runs it daily). Exits non-zero when the run could not finish or
    /// a message could not be sent.
    NotifyExpiring {
        /// Configuration file.
        #[arg(
            long,
            short,
            env = "KLEIDI_CONFIG",
            default_value = "/etc/kleidi/kleidi.toml"
        )]
        config: PathBuf,
        /// Send and write nothing; list who would get which reminder.
        #[arg(long)]
        dry_run: bool,
        /// Also write the run's counts to this file in Prometheus text format
        /// (for node exporter's textfile collector).
        #[arg(long, value_name = "PATH")]
        metrics_file: Option<PathBuf>,
    },
    /// Start a throwaway slapd with invented people and serve kleidi against it.
    Demo {
        /// Address to serve on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: std::net::SocketAddr,
        /// Append every email and SMS to this file as JSON lines.
        #[arg(long)]
        outbox: Option<PathBuf>,
    },
    /// Write the manual pages (kleidi.1 and one per subcommand) into a
    /// directory. Hidden: packaging runs it, people read the result.
    #[command(hide = true)]
    Man {
        /// Directory to write into (created if missing).
        #[arg(long, default_value = ".")]
        out: PathBuf,
    },
}

/// Renders the pages from the same definition that parses the arguments, so
/// they cannot drift from the real options.
fn write_man_pages(out: &std::path::Path) -> ExitCode {
    let written =
        std::fs::create_dir_all(out).and_then(|()| clap_mangen::generate_to(Cli::command(), out));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "kleidi: cannot write the man pages to {}: {e}",
                out.display()
            );
            ExitCode::FAILURE
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("kleidi: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = rt.block_on(async {
        match cli.command {
            Command::Serve { config } => kleidi::run::serve(&config).await,
            Command::CheckConfig {
                config,
                user,
                write_test,
            } => kleidi::check::run(&config, user.as_deref(), write_test.as_deref()).await,
            Command::NotifyExpiring {
                config,
                dry_run,
                metrics_file,
            } => {
                kleidi::reminders::command(&kleidi::reminders::Args {
                    config,
                    dry_run,
                    metrics_file,
                })
                .await
            }
            Command::Demo { listen, outbox } => kleidi::run::demo(listen, outbox).await,
            Command::Man { out } => Ok(write_man_pages(&out)),
        }
    });
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("kleidi: {e}");
            ExitCode::FAILURE
        }
    }
}
