//! Fluent message loading, locale negotiation and text direction.
//!
//! All UI text of Quartier comes from the Fluent files in `locales/<lang>/*.ftl`
//! at the repository root; they are compiled into the binary. German is the default
//! and the fallback for every message; English is complete; the resident-facing
//! languages (Arabic, Farsi, Ukrainian, Russian, Turkish, Vietnamese) cover at least
//! the pages residents use and fall back to German elsewhere.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::Loader;
pub use fluent_templates::fluent_bundle::FluentValue;
use unic_langid::LanguageIdentifier;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "../../locales",
        fallback_language: "de",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A UI language Quartier offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// German, the default.
    De,
    /// English, complete.
    En,
    /// Arabic (right-to-left).
    Ar,
    /// Farsi (right-to-left).
    Fa,
    /// Ukrainian.
    Uk,
    /// Russian.
    Ru,
    /// Turkish.
    Tr,
    /// Vietnamese.
    Vi,
}

impl Lang {
    /// Every language, in the order the language switcher shows them.
    pub const ALL: [Lang; 8] = [
        Lang::De,
        Lang::En,
        Lang::Ar,
        Lang::Fa,
        Lang::Uk,
        Lang::Ru,
        Lang::Tr,
        Lang::Vi,
    ];

    /// The BCP 47 code (`de`, `en`, `ar`, …).
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Fa => "fa",
            Lang::Uk => "uk",
            Lang::Ru => "ru",
            Lang::Tr => "tr",
            Lang::Vi => "vi",
        }
    }

    /// The language's own name, as shown in the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::De => "Deutsch",
            Lang::En => "English",
            Lang::Ar => "العربية",
            Lang::Fa => "فارسی",
            Lang::Uk => "Українська",
            Lang::Ru => "Русский",
            Lang::Tr => "Türkçe",
            Lang::Vi => "Tiếng Việt",
        }
    }

    /// Parses a language code (case-insensitive, region ignored: `de-AT` → German).
    pub fn parse(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Whether the script runs right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar | Lang::Fa)
    }

    /// `rtl` or `ltr`, for the `dir` attribute.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// Whether every staff page is translated (German and English) or only the
    /// resident-facing ones.
    pub fn is_complete(self) -> bool {
        matches!(self, Lang::De | Lang::En)
    }

    fn langid(self) -> LanguageIdentifier {
        match self {
            Lang::De => unic_langid::langid!("de"),
            Lang::En => unic_langid::langid!("en"),
            Lang::Ar => unic_langid::langid!("ar"),
            Lang::Fa => unic_langid::langid!("fa"),
            Lang::Uk => unic_langid::langid!("uk"),
            Lang::Ru => unic_langid::langid!("ru"),
            Lang::Tr => unic_langid::langid!("tr"),
            Lang::Vi => unic_langid::langid!("vi"),
        }
    }

    /// Looks a message up; falls back to German, then to the key itself.
    pub fn t(self, key: &str) -> String {
        LOCALES
            .try_lookup(&self.langid(), key)
            .unwrap_or_else(|| key.to_string())
    }

    /// Looks a message up with Fluent arguments (`{ $name }`).
    pub fn t_args(self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'static>> = args
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
            .collect();
        LOCALES
            .try_lookup_with_args(&self.langid(), key, &map)
            .unwrap_or_else(|| key.to_string())
    }

    /// Whether this language has its own translation of `key` (no fallback).
    pub fn has_own(self, key: &str) -> bool {
        if self == Lang::De {
            return LOCALES.try_lookup(&self.langid(), key).is_some();
        }
        let own = LOCALES.try_lookup(&self.langid(), key);
        let de = LOCALES.try_lookup(&Lang::De.langid(), key);
        own.is_some() && own != de
    }
}

/// Picks the best supported language from an `Accept-Language` header value,
/// honouring q-values; German when nothing matches.
pub fn negotiate(accept_language: &str) -> Lang {
    let mut best: Option<(f32, usize, Lang)> = None;
    for (pos, part) in accept_language.split(',').enumerate() {
        let mut pieces = part.split(';');
        let tag = pieces.next().unwrap_or("").trim();
        let q = pieces
            .find_map(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|v| v.parse::<f32>().ok())
            })
            .unwrap_or(1.0);
        if let Some(lang) = Lang::parse(tag) {
            let better = match best {
                None => true,
                Some((bq, bpos, _)) => q > bq || (q == bq && pos < bpos),
            };
            if better && q > 0.0 {
                best = Some((q, pos, lang));
            }
        }
    }
    best.map(|(_, _, l)| l).unwrap_or(Lang::De)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_honours_q_values() {
        assert_eq!(negotiate("en-US,en;q=0.9,de;q=0.8"), Lang::En);
        assert_eq!(negotiate("fr, ar;q=0.5"), Lang::Ar);
        assert_eq!(negotiate("fr"), Lang::De);
        assert_eq!(negotiate(""), Lang::De);
        assert_eq!(negotiate("de;q=0.2, fa;q=0.9"), Lang::Fa);
    }

    #[test]
    fn direction() {
        assert_eq!(Lang::Ar.dir(), "rtl");
        assert_eq!(Lang::Fa.dir(), "rtl");
        assert_eq!(Lang::De.dir(), "ltr");
    }

    #[test]
    fn german_is_fallback_and_english_differs() {
        let de = Lang::De.t("nav-home");
        let en = Lang::En.t("nav-home");
        assert_ne!(de, "nav-home");
        assert_ne!(en, "nav-home");
        assert_ne!(de, en);
        assert_eq!(Lang::De.t("no-such-key-anywhere"), "no-such-key-anywhere");
    }
}
