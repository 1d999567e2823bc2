//! Configuration: defaults → optional TOML file → `QUARTIER_*` environment variables.

use std::fmt;
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};

/// SMTP relay settings. Without them mails stay in the outbox and are logged.
#[derive(Clone, Serialize, Deserialize, Default)]
pub struct SmtpConfig {
    /// Host name.
    pub host: String,
    /// Port (25, 587 …).
    #[serde(default = "default_smtp_port")]
    pub port: u16,
    /// User name, if the relay wants one.
    #[serde(default)]
    pub username: Option<String>,
    /// Password (never logged).
    #[serde(default)]
    pub password: Option<String>,
    /// Sender address.
    #[serde(default = "default_from")]
    pub from: String,
}

fn default_smtp_port() -> u16 {
    25
}

fn default_from() -> String {
    "Quartier <noreply@quartier.invalid>".into()
}

impl fmt::Debug for SmtpConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SmtpConfig")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("username", &self.username)
            .field("password", &self.password.as_ref().map(|_| "***"))
            .field("from", &self.from)
            .finish()
    }
}

/// All settings of a Quartier node.
#[derive(Clone, Serialize, Deserialize)]
pub struct Config {
    /// Address to listen on.
    pub listen: String,
    /// Database URL; empty = SQLite in `data_dir`.
    pub database_url: String,
    /// Directory for the SQLite database and uploaded files.
    pub data_dir: PathBuf,
    /// Public base URL used in mails; empty = derived from `listen`.
    pub base_url: String,
    /// Mark cookies `Secure` and send HSTS (set behind HTTPS).
    pub secure_cookies: bool,
    /// Trust `X-Forwarded-For` (behind a reverse proxy / load balancer).
    pub trust_proxy: bool,
    /// Attempts per minute and address on login, registration and reset.
    pub auth_rate_per_minute: u32,
    /// Largest data upload in megabytes (boundaries, indicator tables).
    pub upload_limit_mb: usize,
    /// Run the background worker (outbox, jobs) in this process.
    pub worker: bool,
    /// Log format: `text` or `json`.
    pub log_format: String,
    /// SMTP relay.
    pub smtp: Option<SmtpConfig>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: "127.0.0.1:8080".into(),
            database_url: String::new(),
            data_dir: PathBuf::from("quartier-data"),
            base_url: String::new(),
            secure_cookies: false,
            trust_proxy: false,
            auth_rate_per_minute: 10,
            upload_limit_mb: 200,
            worker: true,
            log_format: "text".into(),
            smtp: None,
        }
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("listen", &self.listen)
            .field("database_url", &quartier_db::redact(&self.database_url))
            .field("data_dir", &self.data_dir)
            .field("base_url", &self.base_url)
            .field("secure_cookies", &self.secure_cookies)
            .field("trust_proxy", &self.trust_proxy)
            .field("auth_rate_per_minute", &self.auth_rate_per_minute)
            .field("upload_limit_mb", &self.upload_limit_mb)
            .field("worker", &self.worker)
            .field("log_format", &self.log_format)
            .field("smtp", &self.smtp)
            .finish()
    }
}

impl Config {
    /// Loads defaults, then `file` (or `quartier.toml` when it exists), then
    /// `QUARTIER_*` variables (`QUARTIER_SMTP__HOST` for nested keys).
    pub fn load(file: Option<&Path>) -> Result<Config, Box<figment::Error>> {
        let mut fig = Figment::from(Serialized::defaults(Config::default()));
        match file {
            Some(f) => fig = fig.merge(Toml::file_exact(f)),
            None => {
                if Path::new("quartier.toml").exists() {
                    fig = fig.merge(Toml::file("quartier.toml"));
                }
            }
        }
        fig = fig.merge(Env::prefixed("QUARTIER_").split("__"));
        fig.extract().map_err(Box::new)
    }

    /// The database URL, defaulting to SQLite in the data directory.
    pub fn database_url(&self) -> String {
        if self.database_url.is_empty() {
            format!("sqlite://{}/quartier.db?mode=rwc", self.data_dir.display())
        } else {
            self.database_url.clone()
        }
    }

    /// The public base URL, defaulting to `http://<listen>`.
    pub fn base_url(&self) -> String {
        if self.base_url.is_empty() {
            format!("http://{}", self.listen)
        } else {
            self.base_url.trim_end_matches('/').to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_redacted_in_debug() {
        let c = Config {
            database_url: "postgres://u:hunter2@db/q".into(),
            smtp: Some(SmtpConfig {
                host: "mail".into(),
                password: Some("hunter2".into()),
                ..Default::default()
            }),
            ..Default::default()
        };
        let s = format!("{c:?}");
        assert!(!s.contains("hunter2"), "{s}");
    }

    #[test]
    fn sqlite_default_url() {
        let c = Config::default();
        assert!(c.database_url().starts_with("sqlite://quartier-data/"));
        assert_eq!(c.base_url(), "http://127.0.0.1:8080");
    }
}
