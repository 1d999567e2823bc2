//! A fixed-window rate limiter per (bucket, client address).
//!
//! Kept in memory per node: with N app nodes an attacker gets at most N times the
//! limit, which is acceptable for login throttling; the window is short.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Counts attempts per key in fixed windows.
pub struct RateLimiter {
    limit: u32,
    window: Duration,
    state: Mutex<HashMap<String, (Instant, u32)>>,
}

impl RateLimiter {
    /// `limit` attempts per `window` and key.
    pub fn new(limit: u32, window: Duration) -> RateLimiter {
        RateLimiter {
            limit,
            window,
            state: Mutex::new(HashMap::new()),
        }
    }

    /// Records an attempt; `false` when the key is over its limit.
    pub fn check(&self, bucket: &str, client: &str) -> bool {
        let now = Instant::now();
        let Ok(mut map) = self.state.lock() else {
            return true;
        };
        if map.len() > 50_000 {
            map.retain(|_, (start, _)| now.duration_since(*start) < self.window);
        }
        let entry = map.entry(format!("{bucket}|{client}")).or_insert((now, 0));
        if now.duration_since(entry.0) >= self.window {
            *entry = (now, 0);
        }
        entry.1 += 1;
        entry.1 <= self.limit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_per_key() {
        let l = RateLimiter::new(2, Duration::from_secs(60));
        assert!(l.check("login", "1.2.3.4"));
        assert!(l.check("login", "1.2.3.4"));
        assert!(!l.check("login", "1.2.3.4"));
        assert!(l.check("login", "5.6.7.8"));
        assert!(l.check("register", "1.2.3.4"));
    }
}
