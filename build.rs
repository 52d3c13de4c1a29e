//! Records the git commit kleidi is built from as `KLEIDI_COMMIT`, shown by
//! `kleidi --version`: the first 12 hex digits of HEAD, or `unknown` when
//! there is no git or no repository (a source tarball, a crates.io build).
//! Lists every page template under `templates/` for the binary to embed, so
//! a new template needs no list of its own.

use std::path::Path;
use std::process::Command;

fn main() {
    // Without a rerun-if-changed line cargo would rerun this on any change in
    // the package; with one, only on the files named.
    println!("cargo:rerun-if-changed=build.rs");
    let commit = head_commit().unwrap_or_else(|| "unknown".to_owned());
    println!("cargo:rustc-env=KLEIDI_COMMIT={commit}");
    templates();
}

/// Writes `$OUT_DIR/templates.rs`: `&[(name, include_str!(path)), …]` for
/// every `*.html` under `templates/`, named by its path there.
fn templates() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut found = Vec::new();
    let mut dirs = vec![root.clone()];
    while let Some(d) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "html")
                && let Ok(rel) = p.strip_prefix(&root)
            {
                let name = rel.to_string_lossy().replace('\\', "/");
                found.push((name, p.clone()));
            }
        }
    }
    found.sort();
    let mut out = String::from("&[\n");
    for (name, path) in found {
        out.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push_str("]\n");
    let dest = Path::new(&std::env::var_os("OUT_DIR").expect("OUT_DIR")).join("templates.rs");
    std::fs::write(dest, out).expect("templates.rs written");
}

/// HEAD's short hash, when this package is the top of a git work tree.
fn head_commit() -> Option<String> {
    let dir = std::env::var_os("CARGO_MANIFEST_DIR")?;
    let dir = Path::new(&dir);
    // A tarball unpacked inside some other repository must not report that
    // repository's commit: only our own work tree counts.
    let top = git(dir, &["rev-parse", "--show-toplevel"])?;
    if std::fs::canonicalize(&top).ok()? != std::fs::canonicalize(dir).ok()? {
        return None;
    }
    // HEAD names the branch; the branch's ref (loose, or in packed-refs after
    // a `git gc` or a clone) names the commit; HEAD's reflog changes on every
    // commit, checkout and reset, even when the loose ref does not exist yet.
    // `--git-path` finds them in a linked worktree too, where HEAD and its
    // reflog are per worktree and the refs are shared.
    let mut watched = vec![git(dir, &["rev-parse", "--git-path", "HEAD"])?];
    if let Some(branch) = git(dir, &["symbolic-ref", "-q", "HEAD"]) {
        watched.push(git(dir, &["rev-parse", "--git-path", &branch])?);
    }
    watched.push(git(dir, &["rev-parse", "--git-path", "packed-refs"])?);
    watched.push(git(dir, &["rev-parse", "--git-path", "logs/HEAD"])?);
    for path in watched {
        let path = dir.join(path);
        // A path that does not exist would make cargo rerun this every time.
        if path.exists() {
            println!("cargo:rerun-if-changed={}", path.display());
        }
    }
    let hash = git(dir, &["rev-parse", "--short=12", "HEAD"])?;
    hash.bytes().all(|b| b.is_ascii_hexdigit()).then_some(hash)
}

/// The trimmed output of a successful git command run in `dir`.
fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8(out.stdout).ok()?;
    Some(text.trim().to_owned())
}
