//! Impact (Wirkung): cohesion surveys in waves — survey management for the
//! analyst, answering without an account (invitation code or open link, on a
//! phone, without JavaScript, in every shipped language and Leichte Sprache),
//! staff entry of paper questionnaires, and results with intervals, changes
//! and difference-in-differences, nothing shown below the minimum n.
//!
//! The statistics and rules live in `quartier_rules::impact`; this module
//! reads, calls and renders.

pub mod answer;
mod load;
pub mod manage;
pub mod results;
mod views;

use quartier_db::platform::accounts::Role;
use quartier_i18n::Lang;
use quartier_rules::impact::TextLang;

use crate::access::Access;

crate::routes::module_routes! {
    get "/impact/surveys" => manage::list, ANALYSTS, "Surveys of the city and the form for a new one";
    post "/impact/surveys" => manage::create, ANALYSTS, "Create a survey: instrument, pilot quarter, comparison areas, minimum n";
    get "/impact/surveys/{id}" => manage::show, ANALYSTS, "One survey: waves, samples, answers per area and wave";
    post "/impact/surveys/{id}/waves" => manage::add_wave, ANALYSTS, "Add a wave (baseline first, then follow-ups)";
    post "/impact/surveys/{id}/samples" => manage::add_sample, ANALYSTS, "Record a sample; generates invitation codes or an open link, shown once";
    get "/impact/surveys/{id}/paper" => answer::paper_form, FIELD_STAFF, "Type in a paper questionnaire (form)";
    post "/impact/surveys/{id}/paper" => answer::paper_submit, FIELD_STAFF, "Save a paper questionnaire with its channel";
    get "/impact/surveys/{id}/results" => results::page_view, ANALYSTS, "Results: n, mean, intervals, alpha, distribution, changes and difference-in-differences";
    get "/api/v1/surveys/{id}/results" => results::api, ANALYSTS, "Results as JSON (aggregates only; 422 when nothing reaches the minimum n)";
    get "/survey" => answer::code_form, Access::Public, "Answer a survey: enter the invitation code";
    post "/survey" => answer::code_submit, Access::Public, "Check an invitation code and show the questionnaire";
    post "/survey/answer" => answer::code_answer, Access::Public, "Save the answers of an invited respondent (burns the code)";
    get "/survey/thanks" => answer::thanks_page, Access::Public, "Thank-you page after answering";
    get "/survey/link/{token}" => answer::link_form, Access::Public, "The questionnaire of an open survey link";
    post "/survey/link/{token}" => answer::link_answer, Access::Public, "Save answers given through an open link";
}

/// Who runs surveys and reads their results.
pub const ANALYSTS: Access = Access::Roles(&[Role::Analyst, Role::Lead]);
/// Who types in paper questionnaires (and analysts).
pub const FIELD_STAFF: Access = Access::Roles(&[Role::Analyst, Role::Lead, Role::Manager]);

/// The item language for a UI language (Leichte Sprache when asked for on German pages).
pub fn text_lang(lang: Lang, easy: bool) -> TextLang {
    if easy && lang == Lang::De {
        return TextLang::Ls;
    }
    TextLang::from_code(lang.code()).unwrap_or(TextLang::De)
}

/// Today (UTC) as `YYYY-MM-DD`.
pub fn today() -> String {
    let now = time::OffsetDateTime::now_utc();
    format!(
        "{:04}-{:02}-{:02}",
        now.year(),
        u8::from(now.month()),
        now.day()
    )
}
