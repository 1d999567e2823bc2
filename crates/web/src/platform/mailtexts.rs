//! Texts of the mails Quartier sends, in the recipient's language, queued in the outbox.

use quartier_db::Db;
use quartier_i18n::Lang;

use crate::error::AppError;

/// What kind of mail.
pub enum Mail<'a> {
    /// Confirm the address after registration.
    Verify {
        /// Confirmation link.
        link: &'a str,
    },
    /// Somebody tried to register an address that already has an account.
    AlreadyRegistered {
        /// Link to the password-reset form.
        reset_link: &'a str,
    },
    /// Password reset.
    Reset {
        /// Reset link.
        link: &'a str,
    },
    /// Staff invitation.
    Invite {
        /// Acceptance link.
        link: &'a str,
        /// Translated role name.
        role: String,
        /// City name.
        city: &'a str,
    },
}

/// Renders and queues a mail to `to`.
pub async fn send(db: &Db, lang: Lang, to: &str, mail: Mail<'_>) -> Result<i64, AppError> {
    let (subject, body) = match mail {
        Mail::Verify { link } => (
            lang.t("mail-verify-subject"),
            lang.t_args("mail-verify-body", &[("link", link.to_string().into())]),
        ),
        Mail::AlreadyRegistered { reset_link } => (
            lang.t("mail-exists-subject"),
            lang.t_args(
                "mail-exists-body",
                &[("link", reset_link.to_string().into())],
            ),
        ),
        Mail::Reset { link } => (
            lang.t("mail-reset-subject"),
            lang.t_args("mail-reset-body", &[("link", link.to_string().into())]),
        ),
        Mail::Invite { link, role, city } => (
            lang.t_args("mail-invite-subject", &[("city", city.to_string().into())]),
            lang.t_args(
                "mail-invite-body",
                &[
                    ("link", link.to_string().into()),
                    ("role", role.into()),
                    ("city", city.to_string().into()),
                ],
            ),
        ),
    };
    Ok(db.enqueue_mail(&to.to_lowercase(), &subject, &body).await?)
}
