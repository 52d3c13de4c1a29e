//! `cargo bench --bench policy`: the cost of one full policy check (median) and
//! the memory of the shipped blocklist. A hand-written harness keeps the
//! dependency tree lean; numbers go to the README.

use std::hint::black_box;
use std::time::{Duration, Instant};

use kleidi::policy::{CheckContext, Policy, PolicyConfig};

/// Typical inputs: common, weak, strong, Greek, passphrase, too short.
const PASSWORDS: &[&str] = &[
    "password1",
    "Tr0ub4dor&3",
    "correct horse battery staple",
    "Καλημέρα-Σέρρες-2026!",
    "mpapadop1987",
    "x7#kQ2m9Lp",
    "Ωραίο πρωινό στη Θεσσαλονίκη",
    "abc",
];

/// Median nanoseconds per call of `f` over `samples` timed batches of `batch` calls.
fn median_ns(samples: usize, batch: usize, mut f: impl FnMut()) -> f64 {
    // Warm up: first-use tables (normalization, zxcvbn dictionaries) are not the steady state.
    for _ in 0..batch {
        f();
    }
    let mut t: Vec<Duration> = (0..samples)
        .map(|_| {
            let s = Instant::now();
            for _ in 0..batch {
                f();
            }
            s.elapsed()
        })
        .collect();
    t.sort();
    t[t.len() / 2].as_nanos() as f64 / batch as f64
}

fn policy(toml: &str) -> Policy {
    let c: PolicyConfig = toml::from_str(toml).expect("bench config");
    Policy::new(&c).expect("bench policy")
}

fn report(name: &str, p: &Policy, scored: bool, batch: usize) {
    let ctx = CheckContext {
        username: Some("mpapadop"),
        given_names: vec!["Μιχάλης"],
        surnames: vec!["Παπαδόπουλος"],
        ..CheckContext::default()
    };
    let mut i = 0;
    let ns = median_ns(31, batch, || {
        let pw = PASSWORDS[i % PASSWORDS.len()];
        i += 1;
        let r = if scored {
            p.check_scored(pw, &ctx)
        } else {
            p.check(pw, &ctx)
        };
        black_box(r);
    });
    println!("{name:<48} median {:>9.1} µs", ns / 1000.0);
}

fn main() {
    let start = Instant::now();
    let nist = policy("");
    println!(
        "policy build incl. first blocklist load: {:?}",
        start.elapsed()
    );
    println!(
        "shipped blocklist: {} entries, {} bytes ({:.2} MiB) of heap",
        nist.blocklist_len(),
        nist.blocklist_bytes(),
        nist.blocklist_bytes() as f64 / (1024.0 * 1024.0)
    );
    report(
        "check, default preset (nist), no zxcvbn",
        &nist,
        false,
        2000,
    );
    report("check, default preset (nist), with zxcvbn", &nist, true, 50);
    let all = policy(r#"presets = ["nist", "ihu", "uphf"]"#);
    report(
        "check, nist+ihu+uphf (no history), no zxcvbn",
        &all,
        false,
        2000,
    );
    report(
        "check, nist+ihu+uphf (no history), with zxcvbn",
        &all,
        true,
        50,
    );
    let long = "Ωραίο πρωινό στη Θεσσαλονίκη, με καφέ και θάλασσα, και λίγο ήλιο"; // 64 chars
    let ns = median_ns(31, 20, || {
        black_box(nist.check_scored(long, &CheckContext::default()));
    });
    println!(
        "{:<48} median {:>9.1} µs",
        "check_scored, 64-character Greek passphrase",
        ns / 1000.0
    );
    let ns = median_ns(11, 5, || {
        black_box(nist.suggest(5, kleidi::policy::SuggestionKind::Passphrase));
    });
    println!(
        "{:<48} median {:>9.1} µs",
        "suggest 5 passphrases (nist)",
        ns / 1000.0
    );
}
