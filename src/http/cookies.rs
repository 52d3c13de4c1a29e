//! Reading and setting kleidi's cookies (axum-extra's cookie jar): every
//! one HttpOnly, Secure when served over https, with its own SameSite and
//! path.

use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};

/// The value of cookie `name` in the request's headers, if present.
pub fn get(headers: &HeaderMap, name: &str) -> Option<String> {
    CookieJar::from_headers(headers)
        .get(name)
        .map(|c| c.value().to_string())
}

/// How long a cookie lives.
#[derive(Clone, Copy)]
pub enum Life {
    /// Until the browser closes.
    Session,
    /// This many seconds (0 removes it).
    Seconds(i64),
}

/// Adds a `Set-Cookie` for `name=value` to `res`.
pub fn set(
    res: &mut Response,
    (name, value): (&str, &str),
    path: &str,
    same_site: SameSite,
    https: bool,
    life: Life,
) {
    let c = Cookie::build((name.to_string(), value.to_string()))
        .path(path.to_string())
        .http_only(true)
        .same_site(same_site)
        .secure(https)
        .build();
    let mut text = c.encoded().to_string();
    if let Life::Seconds(s) = life {
        text.push_str(&format!("; Max-Age={s}"));
    }
    if let Ok(v) = HeaderValue::from_str(&text) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cookie_is_read_among_others_and_set_with_its_attributes() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; kleidi-x=two; b=3"),
        );
        assert_eq!(get(&h, "kleidi-x").as_deref(), Some("two"));
        assert_eq!(get(&h, "none"), None);
        let mut res = Response::new(axum::body::Body::empty());
        set(
            &mut res,
            ("n", "v"),
            "/x",
            SameSite::Strict,
            true,
            Life::Seconds(0),
        );
        let v = res.headers()[header::SET_COOKIE].to_str().unwrap();
        for part in [
            "n=v",
            "Path=/x",
            "HttpOnly",
            "SameSite=Strict",
            "Secure",
            "Max-Age=0",
        ] {
            assert!(v.contains(part), "{v}");
        }
    }
}
