//! Page parts of the impact module: the questionnaire, the distribution chart
//! and number formatting.

use std::collections::BTreeMap;

use maud::{Markup, PreEscaped, html};
use quartier_i18n::Lang;
use quartier_rules::impact::{Answer, Instrument, TextLang};

use crate::ui::fmt::fmt_num;

/// The answers typed so far (kept after a failed submit), by item key.
pub type Kept = BTreeMap<String, Answer>;

/// The items of an instrument as radio groups: one fieldset per item, one
/// option per line (large touch targets, no JavaScript). `tl` is the item
/// language; the page's `dir` follows the UI language.
pub fn questionnaire(
    instrument: &Instrument,
    tl: TextLang,
    kept: &Kept,
    invalid: Option<&str>,
) -> Markup {
    let lang_attr = if tl == TextLang::Ls { "de" } else { tl.code() };
    html! {
        @for (n, item) in instrument.items.iter().enumerate() {
            @if let (Some(v), Some(scale)) = (item.current(), instrument.answer_scale(&item.answer_scale)) {
                @let name = format!("item_{}", item.id);
                @let err = invalid == Some(item.id.as_str());
                fieldset class={ "question" @if err { " field-error" } } id={ "q-" (item.id) } lang=(lang_attr) {
                    legend { span class="q-number" { (n + 1) ". " } (v.wording.get(tl)) }
                    div class="options" {
                        @for p in &scale.points {
                            @let id = format!("{name}_{}", p.value);
                            @let checked = kept.get(&item.id) == Some(&Answer::Value(p.value));
                            div class="option" {
                                input type="radio" id=(id) name=(name) value=(p.value) checked[checked];
                                label for=(id) { (p.label.get(tl)) }
                            }
                        }
                        @if let Some(dk) = &scale.dont_know {
                            @let id = format!("{name}_dk");
                            @let checked = kept.get(&item.id) == Some(&Answer::DontKnow);
                            div class="option option-dk" {
                                input type="radio" id=(id) name=(name) value="dk" checked[checked];
                                label for=(id) { (dk.get(tl)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Parses `item_<key>` fields: a number, `dk` for "don't know", empty = skipped.
/// Returns the answers and the first field that is neither.
pub fn parse_answers(fields: &[(String, String)]) -> (Vec<(String, Answer)>, Option<String>) {
    let mut out = Vec::new();
    let mut bad = None;
    for (k, v) in fields {
        let Some(key) = k.strip_prefix("item_") else {
            continue;
        };
        let v = v.trim();
        if v.is_empty() {
            continue;
        }
        if v == "dk" {
            out.push((key.to_string(), Answer::DontKnow));
        } else if let Ok(n) = v.parse::<i32>() {
            out.push((key.to_string(), Answer::Value(n)));
        } else if bad.is_none() {
            bad = Some(key.to_string());
        }
    }
    (out, bad)
}

/// A number with `d` decimals in the language's way.
pub fn num(lang: Lang, v: f64, d: usize) -> String {
    fmt_num(lang, v, d)
}

/// The interval `[low; high]` in the language's way, kept left to right.
pub fn interval(lang: Lang, low: f64, high: f64, d: usize) -> Markup {
    html! { span dir="ltr" { "[" (num(lang, low, d)) "; " (num(lang, high, d)) "]" } }
}

/// A bar chart of the distribution of scale scores as an accessible SVG
/// (`role="img"`, title and description; a table next to it gives the numbers).
pub fn distribution_svg(
    title: &str,
    desc: &str,
    counts: &[usize],
    range: (f64, f64),
    lang: Lang,
) -> Markup {
    let w = 320.0_f64;
    let h = 140.0_f64;
    let pad = 24.0_f64;
    let max = counts.iter().copied().max().unwrap_or(0).max(1) as f64;
    let bins = counts.len().max(1) as f64;
    let bw = (w - 2.0 * pad) / bins;
    let mut bars = String::new();
    for (i, c) in counts.iter().enumerate() {
        let bh = (h - 2.0 * pad) * (*c as f64) / max;
        let x = pad + bw * i as f64;
        let y = h - pad - bh;
        bars.push_str(&format!(
            "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{bh:.1}\" class=\"bar\"/>",
            (bw - 2.0).max(1.0)
        ));
    }
    let id = format!("d{}", title.len() * 31 + counts.iter().sum::<usize>());
    html! {
        svg class="impact-distribution" viewBox={ "0 0 " (w) " " (h) } role="img"
            aria-labelledby={ (id) "-t " (id) "-d" } xmlns="http://www.w3.org/2000/svg" {
            title id={ (id) "-t" } { (title) }
            desc id={ (id) "-d" } { (desc) }
            line x1=(pad) y1=(h - pad) x2=(w - pad) y2=(h - pad) class="axis" {}
            (PreEscaped(bars))
            text x=(pad) y=(h - 6.0) class="tick" { (num(lang, range.0, 0)) }
            text x=(w - pad) y=(h - 6.0) class="tick" text-anchor="end" { (num(lang, range.1, 0)) }
        }
    }
}

/// The bin edges of the distribution as labels (`1,0–1,5`, …).
pub fn bin_labels(range: (f64, f64), bins: usize, lang: Lang) -> Vec<String> {
    let width = (range.1 - range.0) / bins.max(1) as f64;
    (0..bins)
        .map(|i| {
            let lo = range.0 + width * i as f64;
            format!("{}–{}", num(lang, lo, 1), num(lang, lo + width, 1))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_parse() {
        let f = vec![
            ("item_a".to_string(), "3".to_string()),
            ("item_b".to_string(), "dk".to_string()),
            ("item_c".to_string(), "".to_string()),
            ("csrf".to_string(), "x".to_string()),
            ("item_d".to_string(), "drei".to_string()),
        ];
        let (a, bad) = parse_answers(&f);
        assert_eq!(
            a,
            vec![
                ("a".to_string(), Answer::Value(3)),
                ("b".to_string(), Answer::DontKnow)
            ]
        );
        assert_eq!(bad.as_deref(), Some("d"));
    }

    #[test]
    fn labels() {
        assert_eq!(bin_labels((1.0, 5.0), 2, Lang::De), ["1,0–3,0", "3,0–5,0"]);
    }
}
