//! No import circles between kleidi's modules: a module that uses another
//! never is used by it, directly or through others. Modules are files
//! (`src/journey/account.rs` is `journey::account`); a parent declaring or
//! re-exporting its children is the module tree, not an import.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every module of the crate and the source text of its file.
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, prefix: &str, out: &mut BTreeMap<String, String>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            let name = p.file_stem().unwrap().to_string_lossy().to_string();
            if p.is_dir() {
                walk(&p, &join(prefix, &name), out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let m = match name.as_str() {
                    "mod" | "lib" => prefix.to_string(),
                    "main" => "main".to_string(),
                    _ => join(prefix, &name),
                };
                out.insert(m, std::fs::read_to_string(&p).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        "",
        &mut out,
    );
    out
}

fn join(a: &str, b: &str) -> String {
    if a.is_empty() {
        b.to_string()
    } else {
        format!("{a}::{b}")
    }
}

/// The code of a file without its `#[cfg(test)]` module (tests may use
/// anything) and without comments.
fn code(src: &str) -> String {
    let body = match src.find("#[cfg(test)]") {
        Some(i) => &src[..i],
        None => src,
    };
    body.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The modules `m` refers to: paths `crate::a::b…` and `super::…`, resolved
/// to the longest existing module.
fn uses(m: &str, src: &str, all: &BTreeMap<String, String>) -> BTreeSet<String> {
    let text = code(src);
    let mut out = BTreeSet::new();
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == ':';
    let parent = |m: &str| {
        m.rsplit_once("::")
            .map(|(p, _)| p.to_string())
            .unwrap_or_default()
    };
    // A file that is `mod.rs` is the module itself: its `super` is its parent.
    let own_super = parent(m);
    for (i, _) in text
        .match_indices("crate::")
        .chain(text.match_indices("super::"))
    {
        if i > 0 && text[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let path: String = text[i..].chars().take_while(|c| ident(*c)).collect();
        let path = path.trim_end_matches(':');
        let rel = if let Some(r) = path.strip_prefix("crate::") {
            r.to_string()
        } else {
            let mut base = own_super.clone();
            let mut rest = path;
            rest = rest.strip_prefix("super::").unwrap_or(rest);
            while let Some(r) = rest.strip_prefix("super::") {
                base = parent(&base);
                rest = r;
            }
            join(&base, rest)
        };
        // Longest prefix that is a module.
        let parts: Vec<&str> = rel.split("::").collect();
        for n in (0..=parts.len()).rev() {
            let cand = parts[..n].join("::");
            if all.contains_key(&cand) {
                // A module's own children are its tree, not imports.
                let is_descendant = cand.starts_with(&format!("{m}::")) || (m.is_empty());
                if cand != m && !is_descendant {
                    out.insert(cand);
                }
                break;
            }
        }
    }
    out
}

/// The strongly connected components with more than one module (Tarjan).
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct T<'a> {
        g: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on: BTreeSet<&'a str>,
        next: usize,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(t: &mut T<'a>, v: &'a str) {
        t.index.insert(v, t.next);
        t.low.insert(v, t.next);
        t.next += 1;
        t.stack.push(v);
        t.on.insert(v);
        let g = t.g;
        for w in g.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !t.index.contains_key(w) {
                visit(t, w);
                let lw = t.low[w];
                let lv = t.low[v];
                t.low.insert(v, lv.min(lw));
            } else if t.on.contains(w) {
                let iw = t.index[w];
                let lv = t.low[v];
                t.low.insert(v, lv.min(iw));
            }
        }
        if t.low[v] == t.index[v] {
            let mut comp = Vec::new();
            while let Some(w) = t.stack.pop() {
                t.on.remove(w);
                comp.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if comp.len() > 1 {
                comp.sort();
                t.out.push(comp);
            }
        }
    }
    let mut t = T {
        g: graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        next: 0,
        out: Vec::new(),
    };
    for v in graph.keys() {
        if !t.index.contains_key(v.as_str()) {
            visit(&mut t, v.as_str());
        }
    }
    t.out
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let all = modules();
    let graph: BTreeMap<String, BTreeSet<String>> = all
        .iter()
        .map(|(m, src)| (m.clone(), uses(m, src, &all)))
        .collect();
    let found = circles(&graph);
    let explain: Vec<String> = found
        .iter()
        .map(|c| {
            let edges: Vec<String> = c
                .iter()
                .flat_map(|a| {
                    graph[a]
                        .iter()
                        .filter(|b| c.contains(b))
                        .map(move |b| format!("{a} -> {b}"))
                })
                .collect();
            format!("{c:?}: {}", edges.join(", "))
        })
        .collect();
    assert!(found.is_empty(), "import circles:\n{}", explain.join("\n"));
}

#[test]
fn the_check_finds_a_circle() {
    let mut g = BTreeMap::new();
    g.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    g.insert("b".to_string(), BTreeSet::from(["c".to_string()]));
    g.insert("c".to_string(), BTreeSet::from(["a".to_string()]));
    g.insert("d".to_string(), BTreeSet::from(["a".to_string()]));
    assert_eq!(circles(&g), vec![vec!["a", "b", "c"]]);
}
