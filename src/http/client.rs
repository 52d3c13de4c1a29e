//! Who is asking: the client's IP address, believing `X-Forwarded-For` only
//! from the reverse proxies listed in `http.trusted_proxies`.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;

use super::AppState;

/// The client's address, for rate limits and audit.
#[derive(Debug, Clone, Copy)]
pub struct ClientIp(pub IpAddr);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip())
            .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
        let trusted = &app.config.http.trusted_proxies;
        let is_proxy = |ip: &IpAddr| trusted.iter().any(|t| t.contains(ip));
        if !is_proxy(&peer) {
            return Ok(ClientIp(peer));
        }
        // Walk X-Forwarded-For from the right: the first address that is not
        // one of our proxies is the client (the left part is client-supplied).
        // An entry that is not a bare address (`ip:port`, garbage) ends the
        // walk: nothing left of it can be believed, so the last proxy counts.
        let entries: Vec<&str> = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .collect();
        let mut ip = peer;
        for e in entries.iter().rev() {
            match e.parse::<IpAddr>() {
                Ok(a) if is_proxy(&a) => ip = a,
                Ok(a) => {
                    ip = a;
                    break;
                }
                Err(_) => break,
            }
        }
        Ok(ClientIp(ip))
    }
}

#[cfg(test)]
mod tests {
    use crate::config::TrustedProxy;

    #[test]
    fn trusted_proxies_take_addresses_and_ranges() {
        let p: Vec<TrustedProxy> =
            serde_json::from_str(r#"["10.0.0.10", "192.0.2.0/24", "2001:db8::/64"]"#).unwrap();
        assert!(p[0].contains(&"10.0.0.10".parse().unwrap()));
        assert!(!p[0].contains(&"10.0.0.11".parse().unwrap()));
        assert!(p[1].contains(&"192.0.2.77".parse().unwrap()));
        assert!(p[2].contains(&"2001:db8::5".parse().unwrap()));
        assert!(serde_json::from_str::<Vec<TrustedProxy>>(r#"["10.0.0.1:80"]"#).is_err());
    }
}
