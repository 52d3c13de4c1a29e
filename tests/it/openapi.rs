//! `GET /api/v1/openapi.json`: the document is generated from the handlers
//! (utoipa), so a route cannot be missing from it; these tests check that it
//! is sound (responses everywhere, every `$ref` resolves) and that the
//! server answers what it declares, for examples built from its own schemas.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::harness::TestApp;

const METHODS: &[&str] = &["get", "post", "put", "delete", "patch", "head", "options"];

/// The value a local `$ref` points at.
fn resolve<'a>(doc: &'a Value, r: &str) -> Option<&'a Value> {
    doc.pointer(r.strip_prefix('#')?)
}

/// Follows `$ref`s until a value that is not one.
fn deref<'a>(doc: &'a Value, mut v: &'a Value) -> &'a Value {
    while let Some(r) = v.get("$ref").and_then(Value::as_str) {
        v = resolve(doc, r).unwrap_or_else(|| panic!("dangling $ref {r}"));
    }
    v
}

fn collect_refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                if k == "$ref" {
                    out.extend(x.as_str().map(str::to_string));
                } else {
                    collect_refs(x, out);
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| collect_refs(x, out)),
        _ => {}
    }
}

/// The types a schema allows (`type` as a string or a list).
fn types(s: &Value) -> Vec<&str> {
    match &s["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// A value that satisfies `schema`: required properties only, the first
/// enum value or `oneOf` branch, strings as long as `minLength` asks.
fn example(doc: &Value, schema: &Value) -> Value {
    let s = deref(doc, schema);
    if let Some(e) = s["enum"].as_array().and_then(|e| e.first()) {
        return e.clone();
    }
    if let Some(first) = s["oneOf"].as_array().and_then(|o| o.first()) {
        return example(doc, first);
    }
    match types(s).first().copied() {
        Some("object") => {
            let mut o = serde_json::Map::new();
            for name in s["required"].as_array().into_iter().flatten() {
                let name = name.as_str().expect("required name");
                o.insert(name.to_string(), example(doc, &s["properties"][name]));
            }
            Value::Object(o)
        }
        Some("array") => json!([]),
        Some("string") => {
            let n = s["minLength"].as_u64().unwrap_or(1).max(1) as usize;
            json!("x".repeat(n))
        }
        Some("integer") | Some("number") => json!(s["minimum"].as_i64().unwrap_or(0)),
        Some("boolean") => json!(false),
        _ => Value::Null,
    }
}

/// Whether `v` conforms to `schema` (the keywords this document uses:
/// `type`, `enum`, `required`, `properties`, `additionalProperties`,
/// `items`, `oneOf`, `minimum`, `maximum`, `minLength`), or why not.
fn conforms(doc: &Value, schema: &Value, v: &Value, at: &str) -> Result<(), String> {
    let s = deref(doc, schema);
    if let Some(branches) = s["oneOf"].as_array() {
        let ok = branches
            .iter()
            .filter(|b| conforms(doc, b, v, at).is_ok())
            .count();
        return if ok == 1 {
            Ok(())
        } else {
            Err(format!("{at}: {ok} oneOf branches match {v}"))
        };
    }
    if let Some(e) = s["enum"].as_array()
        && !e.contains(v)
    {
        return Err(format!("{at}: {v} not in {e:?}"));
    }
    let ts = types(s);
    let is = match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    };
    let fits = ts.is_empty() || ts.contains(&is) || (is == "integer" && ts.contains(&"number"));
    if !fits {
        return Err(format!("{at}: {v} is {is}, not {ts:?}"));
    }
    if let (Some(min), Some(n)) = (s["minimum"].as_f64(), v.as_f64())
        && n < min
    {
        return Err(format!("{at}: {n} < {min}"));
    }
    if let (Some(max), Some(n)) = (s["maximum"].as_f64(), v.as_f64())
        && n > max
    {
        return Err(format!("{at}: {n} > {max}"));
    }
    if let (Some(min), Some(t)) = (s["minLength"].as_u64(), v.as_str())
        && (t.chars().count() as u64) < min
    {
        return Err(format!("{at}: {t:?} shorter than {min}"));
    }
    match v {
        Value::Object(o) => {
            for name in s["required"].as_array().into_iter().flatten() {
                let name = name.as_str().unwrap_or_default();
                if !o.contains_key(name) {
                    return Err(format!("{at}: required `{name}` missing in {v}"));
                }
            }
            for (k, x) in o {
                match s["properties"].get(k) {
                    Some(p) => conforms(doc, p, x, &format!("{at}.{k}"))?,
                    None => match &s["additionalProperties"] {
                        Value::Bool(false) => return Err(format!("{at}: unexpected `{k}`")),
                        Value::Object(_) => {
                            conforms(doc, &s["additionalProperties"], x, &format!("{at}.{k}"))?
                        }
                        _ => {}
                    },
                }
            }
        }
        Value::Array(a) if s.get("items").is_some() => {
            for (i, x) in a.iter().enumerate() {
                conforms(doc, &s["items"], x, &format!("{at}[{i}]"))?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// The document, from the running app.
async fn document(t: &TestApp) -> Value {
    let (status, doc) = t.api_get("/api/v1/openapi.json").await;
    assert_eq!(status, 200, "{doc}");
    doc
}

#[tokio::test]
async fn the_document_is_sound_every_operation_answers_and_every_ref_resolves() {
    let t = TestApp::spawn().await;
    let doc = document(&t).await;

    assert_eq!(doc["openapi"], "3.1.0");
    assert_eq!(doc["info"]["title"], "kleidi");
    assert_eq!(doc["info"]["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(
        doc["servers"][0]["url"],
        t.app.config.public_url.trim_end_matches('/'),
        "servers come from public_url"
    );
    let schemes = &doc["components"]["securitySchemes"];
    assert_eq!(schemes["session"]["in"], "cookie");
    assert!(
        schemes["session"]["name"]
            .as_str()
            .is_some_and(|n| n.ends_with("kleidi-session")),
        "{schemes}"
    );
    assert_eq!(schemes["journey_secret"]["in"], "header");
    assert_eq!(schemes["journey_secret"]["name"], "Journey-Secret");

    let mut ids = BTreeSet::new();
    let mut operations = 0;
    for (path, item) in doc["paths"].as_object().expect("paths") {
        let path_params: BTreeSet<String> = path
            .split('{')
            .skip(1)
            .map(|s| s[..s.find('}').expect("closing brace")].to_string())
            .collect();
        for (method, op) in item.as_object().expect("path item") {
            operations += 1;
            let at = format!("{method} {path}");
            assert!(METHODS.contains(&method.as_str()), "{at}: unknown key");
            let id = op["operationId"].as_str().expect("operationId");
            assert!(ids.insert(id.to_string()), "{at}: duplicate id {id}");
            assert!(
                op["summary"].as_str().is_some_and(|s| !s.is_empty()),
                "{at}"
            );

            let responses = op["responses"].as_object().expect("responses");
            assert!(
                responses.keys().any(|k| k.starts_with('2')),
                "{at}: no success response"
            );
            for (code, r) in responses {
                let r = deref(&doc, r);
                assert!(r["description"].is_string(), "{at} {code}: no description");
                if path.starts_with("/api/") && !code.starts_with('2') {
                    assert_eq!(
                        r["content"]["application/json"]["schema"]["$ref"],
                        "#/components/schemas/ErrorBody",
                        "{at} {code}: errors have the one shape"
                    );
                }
                if code == "429" || (code == "503" && path.starts_with("/api/")) {
                    assert!(
                        r["headers"]["Retry-After"].is_object(),
                        "{at} {code}: Retry-After"
                    );
                }
            }
            if path.starts_with("/api/") && method != "get" {
                assert!(responses.contains_key("403"), "{at}: the CSRF refusal");
                if op.get("requestBody").is_some() {
                    assert!(responses.contains_key("415"), "{at}: 415 not documented");
                }
            }

            let declared: BTreeSet<String> = op["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|p| deref(&doc, p))
                .filter(|p| p["in"] == "path")
                .map(|p| {
                    assert_eq!(p["required"], true, "{at}: path params are required");
                    p["name"].as_str().expect("name").to_string()
                })
                .collect();
            assert_eq!(declared, path_params, "{at}: path parameters");
            if path.contains("{flow}") {
                assert_eq!(op["security"][0]["journey_secret"], json!([]), "{at}");
            }
        }
    }
    assert!(operations >= 36, "only {operations} operations");

    let mut refs = Vec::new();
    collect_refs(&doc, &mut refs);
    assert!(!refs.is_empty());
    for r in &refs {
        assert!(r.starts_with("#/components/"), "{r}: only local components");
        assert!(resolve(&doc, r).is_some(), "dangling $ref {r}");
    }
    for (name, s) in doc["components"]["schemas"].as_object().expect("schemas") {
        for f in s["required"].as_array().into_iter().flatten() {
            let f = f.as_str().expect("required entry");
            assert!(
                s["properties"].get(f).is_some(),
                "schema {name}: required `{f}` has no property"
            );
        }
    }

    // The stable codes are an enum, and the unit test keeps it complete.
    let codes = &doc["components"]["schemas"]["ErrorCode"]["enum"];
    for c in [
        "flow_not_found",
        "csrf",
        "unsupported_media_type",
        "too_many_requests",
    ] {
        assert!(
            codes.as_array().is_some_and(|a| a.contains(&json!(c))),
            "{c}"
        );
    }
}

/// Sends an example built from the operation's request schema (or `body`)
/// and checks the status is declared and the answer fits its schema.
async fn answers_as_declared(
    t: &TestApp,
    doc: &Value,
    method: &str,
    path: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let op = &doc["paths"][path][method];
    assert!(op.is_object(), "{method} {path} is not in the document");
    let schema = op.pointer("/requestBody/content/application~1json/schema");
    let body = body.or_else(|| {
        let b = example(doc, schema?);
        conforms(doc, schema?, &b, "request").expect("the example fits the request schema");
        Some(b)
    });
    let url = t.url(path);
    let m = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).expect("method");
    let mut req = t.client.request(m, url).header("accept-language", "en");
    if let Some(b) = &body {
        req = req.json(b);
    }
    let r = req.send().await.expect("request sent");
    let status = r.status().as_u16();
    let has_json = r
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|c| c.starts_with("application/json"));
    let v: Value = if has_json {
        r.json().await.expect("JSON body")
    } else {
        Value::Null
    };
    let at = format!("{method} {path} -> {status}");
    let declared = op["responses"]
        .get(status.to_string())
        .unwrap_or_else(|| panic!("{at}: status not declared ({v})"));
    let declared = deref(doc, declared);
    match declared.pointer("/content/application~1json/schema") {
        Some(s) => conforms(doc, s, &v, "response").unwrap_or_else(|e| panic!("{at}: {e}")),
        None => assert!(v.is_null(), "{at}: an undeclared body {v}"),
    }
    (status, v)
}

#[tokio::test]
async fn examples_built_from_the_schemas_get_the_answers_the_document_declares() {
    let t = TestApp::spawn().await;
    let doc = document(&t).await;

    let (s, _) = answers_as_declared(&t, &doc, "get", "/api/v1/policy", None).await;
    assert_eq!(s, 200);
    let (s, v) = answers_as_declared(&t, &doc, "post", "/api/v1/policy/check", None).await;
    assert_eq!(s, 200, "{v}");
    let (s, _) = answers_as_declared(&t, &doc, "get", "/api/v1/policy/suggestions", None).await;
    assert_eq!(s, 200);
    let (s, roles) = answers_as_declared(&t, &doc, "get", "/api/v1/activation", None).await;
    assert_eq!(s, 200);
    // The role is an enum of this server's roles: the example starts a journey.
    let (s, started) = answers_as_declared(&t, &doc, "post", "/api/v1/activation", None).await;
    assert_eq!(s, 201, "{started}");
    assert_eq!(
        doc.pointer("/components/schemas/StartActivation/properties/role/enum"),
        Some(&json!(
            roles["roles"]
                .as_array()
                .expect("roles")
                .iter()
                .map(|r| r["id"].clone())
                .collect::<Vec<_>>()
        ))
    );
    // Another is refused with the declared error shape.
    let (s, v) = answers_as_declared(
        &t,
        &doc,
        "post",
        "/api/v1/activation",
        Some(json!({"role": "no-such-role"})),
    )
    .await;
    assert_eq!(s, 422, "{v}");
    let (s, v) = answers_as_declared(&t, &doc, "post", "/api/v1/session", None).await;
    assert_eq!(s, 401, "{v}");
    let (s, _) = answers_as_declared(&t, &doc, "delete", "/api/v1/session", None).await;
    assert_eq!(s, 204);
    let (s, v) = answers_as_declared(&t, &doc, "get", "/api/v1/me", None).await;
    assert_eq!(s, 401, "{v}");
    let (s, v) = answers_as_declared(&t, &doc, "post", "/api/v1/recovery", None).await;
    assert!([202, 422].contains(&s), "{v}");
    let (s, v) = answers_as_declared(&t, &doc, "post", "/api/v1/username-recovery", None).await;
    assert!([202, 422].contains(&s), "{v}");
    let (s, v) = answers_as_declared(&t, &doc, "get", "/api/v1/activation/{flow}", None).await;
    assert_eq!(s, 404, "{v}");
    let (s, _) = answers_as_declared(&t, &doc, "get", "/readyz", None).await;
    assert_eq!(s, 200);
}

#[tokio::test]
async fn a_client_that_follows_the_document_can_sign_out_without_a_body_but_a_cross_site_page_cannot()
 {
    let t = TestApp::spawn().await;
    let url = t.url("/api/v1/session");
    // No body, no Content-Type: as the operation declares.
    let r = t.client.delete(&url).send().await.expect("sent");
    assert_eq!(r.status(), 204);
    // The browser says so: same origin.
    let r = t
        .client
        .delete(&url)
        .header("sec-fetch-site", "same-origin")
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 204);
    // Another site, by either header: refused.
    for (k, v) in [
        ("sec-fetch-site", "same-site"),
        ("sec-fetch-site", "cross-site"),
        ("origin", "https://evil.example"),
        ("origin", "null"),
    ] {
        let r = t
            .client
            .delete(&url)
            .header(k, v)
            .send()
            .await
            .expect("sent");
        assert_eq!(r.status(), 403, "{k}: {v}");
    }
    // A body still has to be JSON.
    let r = t
        .client
        .post(t.url("/api/v1/policy/check"))
        .header("content-type", "text/plain")
        .body(r#"{"password":"x"}"#)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 415);
    let r = t
        .client
        .post(t.url("/api/v1/policy/check"))
        .body(r#"{"password":"x"}"#)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 415, "a body without a media type");
}

#[tokio::test]
async fn undeclared_methods_and_out_of_range_values_are_refused_as_the_document_says() {
    let t = TestApp::spawn().await;
    let r = t
        .client
        .request(reqwest::Method::TRACE, t.url("/api/v1/session"))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 405);
    let allow = r.headers().get("allow").and_then(|v| v.to_str().ok());
    assert!(allow.is_some_and(|a| a.contains("DELETE")), "{allow:?}");
    let body: Value = r.json().await.expect("JSON");
    assert_eq!(body["error"]["code"], "method_not_allowed");

    // Pages and probes too: a method no route takes is a 405, not a CSRF refusal.
    for (m, path) in [
        ("POST", "/healthz"),
        ("PUT", "/readyz"),
        ("PUT", "/login"),
        ("QUERY", "/"),
    ] {
        let m = reqwest::Method::from_bytes(m.as_bytes()).expect("method");
        let r = t
            .client
            .request(m.clone(), t.url(path))
            .send()
            .await
            .expect("sent");
        assert_eq!(r.status(), 405, "{m} {path}");
    }

    // An empty new password is malformed whatever the link: the schema says
    // `minLength: 1`.
    let (s, v) = t
        .api(
            "/api/v1/recovery/link/no-such-token/password",
            json!({"password": "", "confirm": ""}),
        )
        .await;
    assert_eq!(s, 422, "{v}");
    assert_eq!(v["error"]["code"], "invalid_input");

    let (s, v) = t.api_get("/api/v1/policy/suggestions?n=20").await;
    assert_eq!(s, 200);
    assert_eq!(v["suggestions"].as_array().map(Vec::len), Some(20));
    let (s, v) = t.api_get("/api/v1/policy/suggestions?n=21").await;
    assert_eq!(s, 400, "{v}");
    assert_eq!(v["error"]["code"], "bad_request");
}
