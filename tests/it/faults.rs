//! Faults between kleidi and slapd, through a small proxy that can swallow
//! the answer of an LDAP extended operation (Password Modify) after slapd
//! applied it: the change happened, its answer never came.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use serde_json::json;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};

use crate::harness::{TestApp, TestDir, dn, password_of};

/// A TCP proxy to slapd; when armed, a chunk from slapd that starts with an
/// ExtendedResponse is swallowed, and that connection stays silent after.
struct FaultProxy {
    port: u16,
    swallow_extended: Arc<AtomicBool>,
}

impl FaultProxy {
    async fn start(target: u16) -> Self {
        let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = l.local_addr().unwrap().port();
        let swallow_extended = Arc::new(AtomicBool::new(false));
        let armed = swallow_extended.clone();
        tokio::spawn(async move {
            while let Ok((client, _)) = l.accept().await {
                let armed = armed.clone();
                tokio::spawn(async move {
                    let Ok(server) = TcpStream::connect(("127.0.0.1", target)).await else {
                        return;
                    };
                    let (mut cr, mut cw) = client.into_split();
                    let (mut sr, mut sw) = server.into_split();
                    tokio::spawn(async move {
                        let _ = tokio::io::copy(&mut cr, &mut sw).await;
                    });
                    let mut buf = vec![0u8; 65536];
                    let mut silent = false;
                    loop {
                        let n = match sr.read(&mut buf).await {
                            Ok(0) | Err(_) => break,
                            Ok(n) => n,
                        };
                        if !silent
                            && armed.load(Ordering::SeqCst)
                            && is_extended_response(&buf[..n])
                        {
                            silent = true;
                        }
                        if silent {
                            continue;
                        }
                        if cw.write_all(&buf[..n]).await.is_err() {
                            break;
                        }
                    }
                });
            }
        });
        Self {
            port,
            swallow_extended,
        }
    }

    fn uri(&self) -> String {
        format!("ldap://127.0.0.1:{}", self.port)
    }
}

/// LDAPMessage ::= SEQUENCE { messageID INTEGER, protocolOp … }: true when
/// the operation is an ExtendedResponse ([APPLICATION 24], 0x78).
fn is_extended_response(b: &[u8]) -> bool {
    if b.first() != Some(&0x30) || b.len() < 2 {
        return false;
    }
    let mut i = 2 + if b[1] & 0x80 != 0 {
        usize::from(b[1] & 0x7f)
    } else {
        0
    };
    if b.get(i) != Some(&0x02) {
        return false;
    }
    let Some(len) = b.get(i + 1) else {
        return false;
    };
    i += 2 + usize::from(*len);
    b.get(i) == Some(&0x78)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_whose_answer_is_lost_is_verified_and_reported_done() {
    let dir = TestDir::start();
    let port: u16 = dir.slapd.uri().rsplit(':').next().unwrap().parse().unwrap();
    let proxy = FaultProxy::start(port).await;
    // kleidi talks to slapd only through the proxy.
    let t = TestApp::spawn_with_uris(
        dir,
        vec![proxy.uri()],
        "[limits]\nattempts_per_ip_per_hour = 100000\n",
    )
    .await;
    let c = crate::harness::http_client();
    let cookie = crate::harness::session_cookie_at(
        &c,
        &t.url("/api/v1/session"),
        "alice",
        password_of("alice"),
    )
    .await;
    proxy.swallow_extended.store(true, Ordering::SeqCst);
    let new = "Lost-Answer-Verified-7";
    let r = c
        .post(t.url("/api/v1/me/password"))
        .header("cookie", &cookie)
        .json(&json!({"current": password_of("alice"), "new": new, "confirm": new}))
        .timeout(Duration::from_secs(30))
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    let body: serde_json::Value = r.json().await.unwrap_or_default();
    assert_eq!(
        status, 200,
        "slapd applied it, so the answer says so: {body}"
    );
    assert!(
        t.dir.ldapwhoami(&dn("alice"), new),
        "the change really happened"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reset_whose_answer_is_lost_is_verified_reported_done_and_spends_its_link() {
    let dir = TestDir::start();
    let port: u16 = dir.slapd.uri().rsplit(':').next().unwrap().parse().unwrap();
    let proxy = FaultProxy::start(port).await;
    let t = TestApp::spawn_with_uris(
        dir,
        vec![proxy.uri()],
        "[limits]\nattempts_per_ip_per_hour = 100000\n",
    )
    .await;
    let (s, _) = t
        .api("/api/v1/recovery", json!({"username": "jdupont"}))
        .await;
    assert_eq!(s, 202);
    let text = t
        .smtp
        .wait_for_to("jeanne.d@example.net", Duration::from_secs(5))
        .await
        .expect("link sent")
        .text;
    let url = format!(
        "/api/v1/recovery/link/{}/password",
        crate::harness::link_token(&text)
    );
    proxy.swallow_extended.store(true, Ordering::SeqCst);
    let new = "Reset-Answer-Lost-8";
    let (s, v) = t.api(&url, json!({"password": new, "confirm": new})).await;
    assert_eq!(s, 200, "slapd applied it, so the answer says so: {v}");
    assert!(t.dir.ldapwhoami(&dn("jdupont"), new));
    let (s, _) = t
        .api(
            &url,
            json!({"password": "Another-Go-9", "confirm": "Another-Go-9"}),
        )
        .await;
    assert_eq!(s, 410, "the link was spent by the reset that happened");
}
