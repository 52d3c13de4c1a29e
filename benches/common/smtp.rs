//! A mail relay for the benches that accepts every message and counts it:
//! kleidi's sends must cost what a real relay's acknowledgement costs, no
//! more (shared by `journeys` and `expiry`).

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use tokio::io::{AsyncBufReadExt as _, AsyncWriteExt as _, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// Accepts SMTP sessions on `listener` for ever, counting messages in `received`.
pub async fn smtp_sink(listener: TcpListener, received: Arc<AtomicU64>) {
    loop {
        if let Ok((s, _)) = listener.accept().await {
            tokio::spawn(smtp_session(s, received.clone()));
        }
    }
}

async fn smtp_session(s: TcpStream, received: Arc<AtomicU64>) -> std::io::Result<()> {
    let (r, mut w) = s.into_split();
    let mut r = BufReader::new(r);
    w.write_all(b"220 bench-sink ESMTP\r\n").await?;
    let mut line = Vec::new();
    loop {
        line.clear();
        if r.read_until(b'\n', &mut line).await? == 0 {
            return Ok(());
        }
        let verb = String::from_utf8_lossy(&line[..line.len().min(4)]).to_ascii_uppercase();
        match verb.as_str() {
            "EHLO" => w.write_all(b"250-bench-sink\r\n250 8BITMIME\r\n").await?,
            "DATA" => {
                w.write_all(b"354 end with .\r\n").await?;
                loop {
                    line.clear();
                    if r.read_until(b'\n', &mut line).await? == 0 {
                        return Ok(());
                    }
                    if line == b".\r\n" || line == b".\n" {
                        break;
                    }
                }
                received.fetch_add(1, Ordering::Relaxed);
                w.write_all(b"250 queued\r\n").await?;
            }
            "QUIT" => {
                w.write_all(b"221 bye\r\n").await?;
                return Ok(());
            }
            _ => w.write_all(b"250 ok\r\n").await?,
        }
    }
}
