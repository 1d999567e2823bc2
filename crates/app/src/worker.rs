//! The background worker: drains the email outbox over SMTP and runs jobs.
//! Several nodes may run it against one PostgreSQL; claims are leases.

use std::time::Duration;

use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use quartier_db::Db;
use quartier_db::platform::outbox::OutboxMail;
use tokio::sync::watch;

use crate::config::SmtpConfig;

/// Sends mails, or logs them when no SMTP relay is configured.
pub struct Mailer {
    smtp: Option<(AsyncSmtpTransport<Tokio1Executor>, Mailbox)>,
}

impl Mailer {
    /// Builds the transport (plain SMTP to a relay; STARTTLS is used by the relay side).
    pub fn new(cfg: Option<&SmtpConfig>) -> anyhow::Result<Mailer> {
        let Some(cfg) = cfg else {
            return Ok(Mailer { smtp: None });
        };
        let mut b =
            AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&cfg.host).port(cfg.port);
        if let (Some(u), Some(p)) = (&cfg.username, &cfg.password) {
            b = b.credentials(Credentials::new(u.clone(), p.clone()));
        }
        let from: Mailbox = cfg
            .from
            .parse()
            .map_err(|e| anyhow::anyhow!("smtp.from {:?} is not a mail address: {e}", cfg.from))?;
        Ok(Mailer {
            smtp: Some((b.timeout(Some(Duration::from_secs(20))).build(), from)),
        })
    }

    async fn send(&self, mail: &OutboxMail) -> Result<(), String> {
        let Some((transport, from)) = &self.smtp else {
            tracing::info!(to = %mail.to_addr, subject = %mail.subject, body = %mail.body_text, "mail (no SMTP configured; kept in outbox)");
            return Ok(());
        };
        let to: Mailbox = mail
            .to_addr
            .parse()
            .map_err(|e| format!("bad recipient: {e}"))?;
        let msg = Message::builder()
            .from(from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .body(mail.body_text.clone())
            .map_err(|e| e.to_string())?;
        transport
            .send(msg)
            .await
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
}

/// One pass: send due mails and run due jobs. Returns how much work was done.
pub async fn tick(db: &Db, mailer: &Mailer, worker_id: &str) -> anyhow::Result<usize> {
    let mut done = 0;
    for mail in db.claim_mails(worker_id, 20, 120).await? {
        match mailer.send(&mail).await {
            Ok(()) => db.mark_mail_sent(mail.id).await?,
            Err(e) => {
                tracing::warn!(id = mail.id, error = %e, "mail delivery failed; will retry");
                db.mark_mail_failed(mail.id, mail.attempts, &e).await?;
            }
        }
        done += 1;
    }
    while let Some(job) = db.claim_job(worker_id, 300).await? {
        let result = match job.kind.as_str() {
            "purge_expired" => db
                .purge_expired()
                .await
                .map(|_| ())
                .map_err(|e| e.to_string()),
            other => Err(format!("unknown job kind {other}")),
        };
        match result {
            Ok(()) => db.finish_job(job.id).await?,
            Err(e) => db.fail_job(&job, &e).await?,
        }
        done += 1;
    }
    if !db.has_pending_job("purge_expired").await? {
        db.enqueue_job("purge_expired", "", quartier_db::now() + 3600)
            .await?;
    }
    Ok(done)
}

/// Runs until `stop` turns true.
pub async fn run(db: Db, mailer: Mailer, mut stop: watch::Receiver<bool>) {
    let worker_id = format!("{}-{}", std::process::id(), quartier_db::now());
    loop {
        if let Err(e) = tick(&db, &mailer, &worker_id).await {
            tracing::error!(error = %e, "worker pass failed");
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(2)) => {}
            _ = stop.changed() => break,
        }
        if *stop.borrow() {
            break;
        }
    }
}
