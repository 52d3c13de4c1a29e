//! A private, throwaway slapd: Debian's `/usr/sbin/slapd` started in a temp dir
//! on a free loopback port with kleidi's schema, the ppolicy overlay and a sample
//! directory of invented people. `kleidi demo` serves against it and the
//! integration tests start one per test. Dropping it stops slapd and removes
//! the directory.

mod sample;

use std::io::Write as _;
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub use sample::{Account, SERVICE_DN, SUFFIX, accounts};

/// Debian's slapd, and where its modules live.
const SLAPD: &str = "/usr/sbin/slapd";
const SLAPADD: &str = "/usr/sbin/slapadd";
const MODULES: &str = "/usr/lib/ldap";
const SYSTEM_SCHEMA: &str = "/etc/ldap/schema";

/// The schema files kleidi ships, embedded so the binary works anywhere.
const SCHEMAS: &[(&str, &str)] = &[
    (
        "eduperson.schema",
        include_str!("../../schema/eduperson.schema"),
    ),
    ("schac.schema", include_str!("../../schema/schac.schema")),
    ("supann.schema", include_str!("../../schema/supann.schema")),
    ("kleidi.schema", include_str!("../../schema/kleidi.schema")),
    // Invented registrar attributes of the sample directory only.
    ("registrar.schema", include_str!("registrar.schema")),
];

/// Why the private slapd could not be started.
#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    /// slapd is not installed.
    #[error(
        "{SLAPD} not found: install Debian's OpenLDAP server with `apt-get install slapd ldap-utils` (as root)"
    )]
    NotInstalled,
    /// Writing the temp dir failed.
    #[error("cannot prepare the temp dir: {0}")]
    Io(#[from] std::io::Error),
    /// slapadd refused the sample directory.
    #[error("slapadd failed: {0}")]
    Slapadd(String),
    /// slapd exited or never answered.
    #[error("slapd did not start: {0}")]
    Start(String),
}

/// Options for a private slapd.
#[derive(Debug, Clone)]
pub struct Options {
    /// Password of the service account `cn=kleidi,ou=services,…`.
    pub service_password: String,
    /// Password of the root DN (tests use it to arrange data).
    pub root_password: String,
    /// Extra LDIF appended to the sample directory.
    pub extra_ldif: String,
    /// Access rules put before the sample's own (slapd uses the first that
    /// matches), e.g. to make one write fail in a test.
    pub extra_acl: String,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            service_password: random_password(),
            root_password: random_password(),
            extra_ldif: String::new(),
            extra_acl: String::new(),
        }
    }
}

/// A running private slapd.
pub struct Slapd {
    dir: tempfile::TempDir,
    port: u16,
    child: Option<Child>,
    /// The service account's password.
    pub service_password: String,
    /// The root DN's password.
    pub root_password: String,
}

/// The root DN of every sandbox.
pub const ROOT_DN: &str = "cn=admin,dc=example,dc=org";

impl Slapd {
    /// Writes the config and sample data, then starts slapd and waits until it answers.
    pub fn start(opts: Options) -> Result<Self, SandboxError> {
        if !Path::new(SLAPD).exists() {
            return Err(SandboxError::NotInstalled);
        }
        let dir = tempfile::Builder::new().prefix(DIR_PREFIX).tempdir()?;
        // Who made it: a later start removes it if this process died
        // without cleaning up (SIGKILL).
        std::fs::write(dir.path().join(OWNER_FILE), std::process::id().to_string())?;
        let data = dir.path().join("data");
        std::fs::create_dir(&data)?;
        for (name, text) in SCHEMAS {
            std::fs::write(dir.path().join(name), text)?;
        }
        std::fs::write(
            dir.path().join("slapd.conf"),
            slapd_conf(dir.path(), &opts.root_password, &opts.extra_acl),
        )?;
        let ldif = sample::ldif(&opts.service_password) + "\n" + &opts.extra_ldif;
        std::fs::write(dir.path().join("sample.ldif"), ldif)?;
        let out = Command::new(SLAPADD)
            .arg("-q")
            .arg("-f")
            .arg(dir.path().join("slapd.conf"))
            .arg("-l")
            .arg(dir.path().join("sample.ldif"))
            .output()?;
        if !out.status.success() {
            return Err(SandboxError::Slapadd(
                String::from_utf8_lossy(&out.stderr).into_owned(),
            ));
        }
        let mut s = Self {
            dir,
            port: 0,
            child: None,
            service_password: opts.service_password,
            root_password: opts.root_password,
        };
        // A free port can be taken by someone else between probe and bind; retry.
        let mut last = String::new();
        for _ in 0..5 {
            s.port = free_port()?;
            match s.spawn() {
                Ok(()) => return Ok(s),
                Err(e) => last = e.to_string(),
            }
        }
        Err(SandboxError::Start(last))
    }

    fn spawn(&mut self) -> Result<(), SandboxError> {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.path().join("slapd.log"))?;
        let mut cmd = Command::new(SLAPD);
        cmd.arg("-d")
            .arg("0")
            .arg("-f")
            .arg(self.dir.path().join("slapd.conf"))
            .arg("-h")
            .arg(self.uri())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log);
        die_with_parent(&mut cmd);
        let mut child = cmd.spawn()?;
        let deadline = Instant::now() + Duration::from_secs(15);
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, self.port));
        loop {
            if let Some(status) = child.try_wait()? {
                return Err(SandboxError::Start(format!(
                    "exited with {status}: {}",
                    self.log_tail()
                )));
            }
            if TcpStream::connect_timeout(&addr, Duration::from_millis(100)).is_ok() {
                self.child = Some(child);
                return Ok(());
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                return Err(SandboxError::Start("no answer within 15 s".into()));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// `ldap://127.0.0.1:PORT`.
    pub fn uri(&self) -> String {
        format!("ldap://127.0.0.1:{}", self.port)
    }

    /// The port slapd listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The temp dir (config, data, `slapd.log`).
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// True while the slapd process runs.
    pub fn is_running(&mut self) -> bool {
        self.child
            .as_mut()
            .is_some_and(|c| matches!(c.try_wait(), Ok(None)))
    }

    /// Stops slapd (the data stays) to simulate an outage.
    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            // SIGTERM lets slapd close its database cleanly.
            let _ = Command::new("kill")
                .arg("-TERM")
                .arg(c.id().to_string())
                .status();
            let deadline = Instant::now() + Duration::from_secs(10);
            while matches!(c.try_wait(), Ok(None)) && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(20));
            }
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Starts slapd again on the same port with the same data.
    pub fn start_again(&mut self) -> Result<(), SandboxError> {
        if self.child.is_some() {
            return Ok(());
        }
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            match self.spawn() {
                Ok(()) => return Ok(()),
                // The old socket may linger briefly in TIME_WAIT-free but busy state.
                Err(e) if Instant::now() > deadline => return Err(e),
                Err(_) => std::thread::sleep(Duration::from_millis(100)),
            }
        }
    }

    /// The last lines of slapd's log, for error messages.
    pub fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(self.dir.path().join("slapd.log")).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(20)..].join("\n")
    }

    /// Writes a password file for the service account (for a config's
    /// `bind_password_file`) and returns its path.
    pub fn write_service_password_file(&self) -> std::io::Result<PathBuf> {
        let p = self.dir.path().join("service-password");
        let mut f = std::fs::File::create(&p)?;
        f.write_all(self.service_password.as_bytes())?;
        Ok(p)
    }
}

const DIR_PREFIX: &str = "kleidi-slapd-";
const OWNER_FILE: &str = "owner.pid";

/// Removes the throwaway directories that a killed process left behind (its
/// owner is gone; its slapd died with it); returns how many. Directories of
/// live processes, and any without an owner file, are left alone.
pub fn remove_stale() -> usize {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return 0;
    };
    let mut n = 0;
    for e in entries.flatten() {
        if !e.file_name().to_string_lossy().starts_with(DIR_PREFIX) {
            continue;
        }
        let owner = std::fs::read_to_string(e.path().join(OWNER_FILE))
            .ok()
            .and_then(|s| s.trim().parse::<u32>().ok());
        let Some(pid) = owner else { continue };
        if Path::new(&format!("/proc/{pid}")).exists() {
            continue;
        }
        if std::fs::remove_dir_all(e.path()).is_ok() {
            n += 1;
        }
    }
    n
}

impl Drop for Slapd {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Asks Linux to SIGKILL slapd if the process that started it dies without
/// running destructors (a killed test run, a crashed demo).
fn die_with_parent(cmd: &mut Command) {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::process::CommandExt as _;
        // SAFETY: prctl is async-signal-safe and touches no memory of the parent.
        unsafe {
            cmd.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
    }
}

fn free_port() -> std::io::Result<u16> {
    Ok(TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?
        .local_addr()?
        .port())
}

fn random_password() -> String {
    use rand::Rng as _;
    rand::rng()
        .sample_iter(rand::distr::Alphanumeric)
        .take(24)
        .map(char::from)
        .collect()
}

fn slapd_conf(dir: &Path, root_password: &str, extra_acl: &str) -> String {
    let d = dir.display();
    let argon2 = if Path::new(MODULES).join("argon2.la").exists() {
        "moduleload argon2\n"
    } else {
        ""
    };
    let root_hash = crate::pwhash::hash(crate::pwhash::Scheme::Ssha, root_password);
    format!(
        r#"# Generated by kleidi for a throwaway directory.
include {SYSTEM_SCHEMA}/core.schema
include {SYSTEM_SCHEMA}/cosine.schema
include {SYSTEM_SCHEMA}/inetorgperson.schema
include {d}/eduperson.schema
include {d}/schac.schema
include {d}/supann.schema
include {d}/kleidi.schema
include {d}/registrar.schema
pidfile {d}/slapd.pid
argsfile {d}/slapd.args
modulepath {MODULES}
moduleload back_mdb
moduleload ppolicy
moduleload pw-sha2
{argon2}password-hash {{SSHA}}
sizelimit 500

database mdb
maxsize 1073741824
suffix "{SUFFIX}"
rootdn "{ROOT_DN}"
rootpw {root_hash}
directory {d}/data
index objectClass eq
index uid,mail,mobile eq
index schacPersonalUniqueCode,supannEtuId,supannEmpId,supannCodeINE,employeeNumber eq
index kleidiRecoveryEmail,kleidiRecoveryMobile eq
# The expiry reminders read every account with a paged search; without this
# the size limit above would also cap the search's total (size.prtotal).
limits dn.exact="{SERVICE_DN}" size.prtotal=unlimited

overlay ppolicy
ppolicy_default "cn=default,ou=policies,{SUFFIX}"
ppolicy_use_lockout
ppolicy_hash_cleartext

{extra_acl}
# The service account is a password administrator ("manage" on userPassword),
# as in schema/acl-examples.conf set-up (a).
access to dn.base="" by * read
access to dn.base="cn=Subschema" by * read
access to attrs=userPassword
    by dn.exact="{SERVICE_DN}" manage
    by self =wx
    by anonymous auth
    by * none
access to attrs=pwdHistory
    by dn.exact="{SERVICE_DN}" read
    by * none
access to dn.subtree="ou=people,{SUFFIX}"
    by dn.exact="{SERVICE_DN}" write
    by self read
    by * none
access to dn.subtree="ou=associates,{SUFFIX}"
    by dn.exact="{SERVICE_DN}" write
    by self read
    by * none
access to *
    by dn.exact="{SERVICE_DN}" read
    by self read
    by * none
"#
    )
}
