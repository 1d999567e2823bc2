//! Starting and stopping a node.

use std::net::SocketAddr;

use anyhow::Context;
use quartier_db::Db;
use quartier_web::{AppState, WebConfig};
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::config::Config;
use crate::{seed, worker};

/// Connects to the database and applies pending migrations.
pub async fn open_db(cfg: &Config) -> anyhow::Result<Db> {
    let url = cfg.database_url();
    let db = Db::connect(&url, None)
        .await
        .with_context(|| format!("opening database {}", quartier_db::redact(&url)))?;
    let n = db.migrate().await.context("applying migrations")?;
    if n > 0 {
        tracing::info!(applied = n, "database migrated");
    }
    Ok(db)
}

/// The web settings derived from the node configuration.
pub fn web_config(cfg: &Config) -> WebConfig {
    WebConfig {
        base_url: cfg.base_url(),
        secure_cookies: cfg.secure_cookies,
        auth_rate_per_minute: cfg.auth_rate_per_minute,
        trust_proxy: cfg.trust_proxy,
        upload_limit: cfg.upload_limit_mb.saturating_mul(1024 * 1024),
        ..WebConfig::default()
    }
}

/// Runs a node until Ctrl-C / SIGTERM: migrations, optional demo, worker, HTTP.
pub async fn serve(cfg: Config, demo: bool) -> anyhow::Result<()> {
    let db = open_db(&cfg).await?;
    let demo_city = if demo {
        Some(seed::demo(&db).await?)
    } else {
        None
    };
    let listener = TcpListener::bind(&cfg.listen)
        .await
        .with_context(|| format!("cannot listen on {}", cfg.listen))?;
    let addr = listener.local_addr()?;
    let (stop_tx, stop_rx) = watch::channel(false);
    let worker_handle = if cfg.worker {
        let mailer = worker::Mailer::new(cfg.smtp.as_ref())?;
        Some(tokio::spawn(worker::run(db.clone(), mailer, stop_rx)))
    } else {
        None
    };
    let mut cfg = cfg;
    if cfg.base_url.is_empty() {
        cfg.base_url = format!("http://{addr}");
    }
    let app = quartier_web::app(AppState::new(db.clone(), web_config(&cfg)));
    println!("Quartier is running at http://{addr}/");
    if let Some(city) = &demo_city {
        println!(
            "Demo city: {} (fictional). Demo logins, password \"{}\":",
            city.name,
            quartier_demo::DEMO_PASSWORD
        );
        for a in &city.accounts {
            println!("  {:<10} {}", a.role, a.email);
        }
    }
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
    .context("server error")?;
    tracing::info!("shutting down");
    let _ = stop_tx.send(true);
    if let Some(h) = worker_handle {
        let _ = h.await;
    }
    db.close().await;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = term => {}
    }
}
