//! `GET /api/v1/openapi.json`: the document is served, is structurally sound,
//! and describes exactly the router's `/api/v1` routes (read from the source
//! of `src/http/mod.rs`, so a new route without documentation fails here).

use std::collections::BTreeSet;

use serde_json::Value;

use crate::harness::TestApp;

const ROUTER_SOURCE: &str = include_str!("../../src/http/mod.rs");
const JOURNEY_SOURCE: &str = include_str!("../../src/journey/mod.rs");
const APP_ERROR_SOURCE: &str = include_str!("../../src/http/error.rs");

const METHODS: &[&str] = &["get", "post", "put", "delete", "patch", "head", "options"];

/// The byte index just past the `)` matching the `(` at `open`, skipping
/// string literals and line comments.
fn matching_paren(src: &str, open: usize) -> usize {
    let b = src.as_bytes();
    assert_eq!(b[open], b'(');
    let mut depth = 0usize;
    let mut i = open;
    while i < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                while b[i] != b'"' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    panic!("unbalanced parentheses in the router source");
}

/// The identifiers called at the top level of a `.route(...)` argument list,
/// e.g. `get`, `post` for `"/x", get(a).post(b)` (the last path segment of
/// `axum::routing::put` counts as `put`).
fn top_level_calls(args: &str) -> Vec<String> {
    let b = args.as_bytes();
    let mut calls = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                while b[i] != b'"' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                i += 1;
            }
            b'(' => {
                let mut start = i;
                while start > 0 && (b[start - 1].is_ascii_alphanumeric() || b[start - 1] == b'_') {
                    start -= 1;
                }
                calls.push(args[start..i].to_string());
                i = matching_paren(args, i);
            }
            _ => i += 1,
        }
    }
    calls
}

/// Every `(path, method)` the router declares, from the source text.
fn router_routes() -> BTreeSet<(String, String)> {
    let mut routes = BTreeSet::new();
    let mut from = 0;
    while let Some(found) = ROUTER_SOURCE[from..].find(".route(") {
        let open = from + found + ".route".len();
        let close = matching_paren(ROUTER_SOURCE, open);
        let args = &ROUTER_SOURCE[open + 1..close - 1];
        from = close;

        let q1 = args.find('"').expect("a route's path literal");
        let q2 = q1 + 1 + args[q1 + 1..].find('"').expect("closing quote");
        let path = &args[q1 + 1..q2];
        let calls = top_level_calls(&args[q2 + 1..]);
        assert!(!calls.is_empty(), "no method router for {path}");
        for c in calls {
            assert!(
                METHODS.contains(&c.as_str()),
                "route {path}: `{c}(` is not a method this test understands; teach it (and the OpenAPI document)"
            );
            routes.insert((path.to_string(), c));
        }
    }
    routes
}

/// The stable codes listed in a `fn code(&self)` body.
fn codes_in(src: &str) -> Vec<String> {
    let start = src.find("fn code(&self)").expect("fn code");
    let body = &src[start..];
    let end = body.find("\n    }\n").expect("end of fn code");
    body[..end]
        .split("=> \"")
        .skip(1)
        .map(|s| s[..s.find('"').expect("closing quote")].to_string())
        .collect()
}

fn doc_operations(doc: &Value) -> BTreeSet<(String, String)> {
    let mut ops = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, _) in item.as_object().expect("path item") {
            if METHODS.contains(&method.as_str()) {
                ops.insert((path.clone(), method.clone()));
            }
        }
    }
    ops
}

/// Resolves a local `$ref` (`#/a/b/c`).
fn resolve<'a>(doc: &'a Value, r: &str) -> Option<&'a Value> {
    let pointer = r.strip_prefix('#')?;
    doc.pointer(pointer)
}

fn collect_refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                if k == "$ref" {
                    out.push(v.as_str().expect("$ref is a string").to_string());
                } else {
                    collect_refs(v, out);
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}

/// A parameter, following a `$ref` if it is one.
fn param<'a>(doc: &'a Value, p: &'a Value) -> &'a Value {
    match p.get("$ref").and_then(Value::as_str) {
        Some(r) => resolve(doc, r).expect("parameter $ref resolves"),
        None => p,
    }
}

#[test]
fn the_router_parser_finds_the_known_routes() {
    let routes = router_routes();
    for (path, method) in [
        ("/api/v1/session", "post"),
        ("/api/v1/session", "delete"),
        ("/api/v1/me/security-question", "put"),
        ("/api/v1/activation", "get"),
        ("/api/v1/activation/{flow}/confirm", "post"),
        ("/api/v1/openapi.json", "get"),
        ("/healthz", "get"),
    ] {
        assert!(
            routes.contains(&(path.to_string(), method.to_string())),
            "{method} {path} not parsed from the router: {routes:?}"
        );
    }
    assert!(
        routes
            .iter()
            .filter(|(p, _)| p.starts_with("/api/v1/"))
            .count()
            > 25,
        "{routes:?}"
    );
}

#[tokio::test]
async fn the_document_describes_every_api_route_and_nothing_else() {
    let t = TestApp::spawn().await;
    let (status, doc) = t.api_get("/api/v1/openapi.json").await;
    assert_eq!(status, 200, "{doc}");

    assert!(
        doc["openapi"]
            .as_str()
            .is_some_and(|v| v.starts_with("3.1")),
        "{}",
        doc["openapi"]
    );
    assert_eq!(doc["info"]["title"], "kleidi");
    assert_eq!(doc["info"]["version"], env!("CARGO_PKG_VERSION"));
    let server = doc["servers"][0]["url"].as_str().expect("a server url");
    assert_eq!(
        server,
        t.app.config.public_url.trim_end_matches('/'),
        "servers come from public_url"
    );
    let scheme = &doc["components"]["securitySchemes"]["session"];
    assert_eq!(scheme["type"], "apiKey");
    assert_eq!(scheme["in"], "cookie");
    assert!(
        scheme["name"]
            .as_str()
            .is_some_and(|n| n.ends_with("kleidi-session")),
        "{scheme}"
    );

    // No drift: the router's API routes and the document's paths are the same.
    let routes = router_routes();
    let ops = doc_operations(&doc);
    let api_routes: BTreeSet<_> = routes
        .iter()
        .filter(|(p, _)| p.starts_with("/api/v1/"))
        .cloned()
        .collect();
    let undocumented: Vec<_> = api_routes.difference(&ops).collect();
    assert!(
        undocumented.is_empty(),
        "routes missing from the OpenAPI document: {undocumented:?}"
    );
    let phantom: Vec<_> = ops.difference(&routes).collect();
    assert!(
        phantom.is_empty(),
        "documented operations the router does not have: {phantom:?}"
    );

    // Structure.
    let mut ids = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        assert!(path.starts_with('/'), "{path}");
        let path_params: BTreeSet<String> = path
            .split('{')
            .skip(1)
            .map(|s| s[..s.find('}').expect("closing brace")].to_string())
            .collect();
        for (method, op) in item.as_object().expect("path item") {
            let at = format!("{method} {path}");
            assert!(METHODS.contains(&method.as_str()), "{at}: unknown key");
            let id = op["operationId"].as_str().expect("operationId");
            assert!(ids.insert(id.to_string()), "{at}: duplicate id {id}");
            assert!(
                op["summary"].as_str().is_some_and(|s| !s.is_empty()),
                "{at}"
            );

            let responses = op["responses"].as_object().expect("responses");
            assert!(!responses.is_empty(), "{at}: no responses");
            assert!(
                responses.keys().any(|k| k.starts_with('2')),
                "{at}: no success response"
            );
            for (code, r) in responses {
                assert!(
                    code == "default"
                        || (code.len() == 3 && code.chars().all(|c| c.is_ascii_digit())),
                    "{at}: response key {code}"
                );
                let r = match r.get("$ref").and_then(Value::as_str) {
                    Some(x) => resolve(&doc, x).expect("response $ref resolves"),
                    None => r,
                };
                assert!(r["description"].is_string(), "{at} {code}: no description");
            }

            // Path parameters: declared exactly as written in the path.
            let declared: BTreeSet<String> = op["parameters"]
                .as_array()
                .map(|ps| {
                    ps.iter()
                        .map(|p| param(&doc, p))
                        .filter(|p| p["in"] == "path")
                        .map(|p| {
                            assert_eq!(p["required"], true, "{at}: path params are required");
                            p["name"].as_str().expect("name").to_string()
                        })
                        .collect()
                })
                .unwrap_or_default();
            assert_eq!(declared, path_params, "{at}: path parameters");

            if path.starts_with("/api/") {
                // Every API error answer has the shared Error shape.
                for (code, r) in responses {
                    if code.starts_with('2') {
                        continue;
                    }
                    let r = match r.get("$ref").and_then(Value::as_str) {
                        Some(x) => resolve(&doc, x).expect("response $ref resolves"),
                        None => r,
                    };
                    assert_eq!(
                        r["content"]["application/json"]["schema"]["$ref"],
                        "#/components/schemas/Error",
                        "{at} {code}"
                    );
                }
                if method != "get" {
                    assert!(responses.contains_key("415"), "{at}: 415 not documented");
                }
            }
            if ["post", "put", "patch"].contains(&method.as_str())
                && let Some(body) = op.get("requestBody")
            {
                assert!(
                    body["content"]["application/json"]["schema"].is_object(),
                    "{at}: body schema"
                );
            }
        }
    }

    // Every $ref points at something.
    let mut refs = Vec::new();
    collect_refs(&doc, &mut refs);
    assert!(!refs.is_empty());
    for r in &refs {
        assert!(r.starts_with("#/components/"), "{r}: only local components");
        assert!(resolve(&doc, r).is_some(), "dangling $ref {r}");
    }
    // Every request schema's `required` names properties it has.
    for (name, s) in doc["components"]["schemas"].as_object().expect("schemas") {
        if let Some(req) = s["required"].as_array() {
            for f in req {
                let f = f.as_str().expect("required entry");
                assert!(
                    s["properties"].get(f).is_some(),
                    "schema {name}: required `{f}` has no property"
                );
            }
        }
    }

    // A few shapes the brief spells out.
    let p = &doc["paths"];
    assert!(p["/api/v1/session"]["post"]["responses"]["201"].is_object());
    assert!(p["/api/v1/session"]["delete"]["responses"]["204"].is_object());
    assert!(p["/api/v1/activation"]["post"]["responses"]["201"].is_object());
    assert!(p["/api/v1/recovery"]["post"]["responses"]["202"].is_object());
    assert_eq!(
        p["/api/v1/me"]["get"]["security"][0]["session"],
        serde_json::json!([])
    );
    let start = resolve(&doc, "#/components/schemas/StartActivation").expect("schema");
    assert_eq!(start["required"], serde_json::json!(["role"]));
    let too_many = resolve(&doc, "#/components/responses/TooManyRequests").expect("429");
    assert!(too_many["headers"]["Retry-After"].is_object());

    // Every stable error code is listed.
    let listed: BTreeSet<&str> = doc["components"]["schemas"]["ErrorDetail"]["properties"]["code"]
        ["examples"]
        .as_array()
        .expect("codes listed")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    for code in codes_in(JOURNEY_SOURCE)
        .into_iter()
        .chain(codes_in(APP_ERROR_SOURCE))
    {
        assert!(
            listed.contains(code.as_str()),
            "error code {code} missing from the document"
        );
    }
}
