//! Minimal cookie reading and writing (no framework dependency).

use axum::http::HeaderMap;
use axum::http::header::COOKIE;

/// The value of cookie `name` in the request headers.
pub fn get(headers: &HeaderMap, name: &str) -> Option<String> {
    headers.get_all(COOKIE).iter().find_map(|v| {
        v.to_str().ok()?.split(';').find_map(|pair| {
            let (k, val) = pair.trim().split_once('=')?;
            (k == name).then(|| val.to_string())
        })
    })
}

/// A `Set-Cookie` value: HttpOnly, `SameSite=Lax`, path `/`.
pub fn set(name: &str, value: &str, max_age_secs: Option<i64>, secure: bool) -> String {
    let mut s = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
    if let Some(age) = max_age_secs {
        s.push_str(&format!("; Max-Age={age}"));
    }
    if secure {
        s.push_str("; Secure");
    }
    s
}

/// A `Set-Cookie` value that removes the cookie.
pub fn clear(name: &str) -> String {
    format!("{name}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0")
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn reads_cookie_among_others() {
        let mut h = HeaderMap::new();
        h.insert(COOKIE, HeaderValue::from_static("a=1; qsid=abc; b=2"));
        assert_eq!(get(&h, "qsid").as_deref(), Some("abc"));
        assert_eq!(get(&h, "zz"), None);
    }
}
