//! Text helpers: XML escaping, number formatting, rough text measurement and wrapping.

use std::fmt::Write as _;

/// Escapes text for XML content and attribute values (`& < > " '`). Control characters
/// that are not allowed in XML 1.0 are dropped.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    push_escaped(&mut out, s);
    out
}

/// Appends `s` XML-escaped to `out`.
pub(crate) fn push_escaped(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
}

/// How numbers are written in labels, axis ticks and accessible descriptions.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberFormat {
    /// Digits after the decimal separator.
    pub decimals: usize,
    /// Decimal separator (`','` in German, `'.'` in English, `'٫'` in Arabic).
    pub decimal_separator: char,
    /// Thousands separator for the integer part, if any (`'.'` in German, `','` in English).
    pub thousands_separator: Option<char>,
    /// Text appended to the number, e.g. `" %"` or `" €"` (empty for none).
    pub suffix: String,
}

impl Default for NumberFormat {
    /// One decimal, German separators (`1.234,5`), no suffix.
    fn default() -> Self {
        Self {
            decimals: 1,
            decimal_separator: ',',
            thousands_separator: Some('.'),
            suffix: String::new(),
        }
    }
}

impl NumberFormat {
    /// A format with `decimals` digits, German separators and `suffix`.
    pub fn german(decimals: usize, suffix: &str) -> Self {
        Self {
            decimals,
            suffix: suffix.to_owned(),
            ..Self::default()
        }
    }

    /// A format with `decimals` digits, English separators and `suffix`.
    pub fn english(decimals: usize, suffix: &str) -> Self {
        Self {
            decimals,
            decimal_separator: '.',
            thousands_separator: Some(','),
            suffix: suffix.to_owned(),
        }
    }

    /// Formats `v` (non-finite values as `–`).
    pub fn format(&self, v: f64) -> String {
        if !v.is_finite() {
            return "–".to_owned();
        }
        let raw = format!("{:.*}", self.decimals, v.abs());
        let (int, frac) = raw.split_once('.').unwrap_or((raw.as_str(), ""));
        let negative = v < 0.0 && raw.chars().any(|c| c.is_ascii_digit() && c != '0');
        let mut out = String::with_capacity(raw.len() + 4 + self.suffix.len());
        if negative {
            out.push('−');
        }
        let digits: Vec<char> = int.chars().collect();
        for (i, d) in digits.iter().enumerate() {
            if i > 0
                && (digits.len() - i).is_multiple_of(3)
                && let Some(sep) = self.thousands_separator
            {
                out.push(sep);
            }
            out.push(*d);
        }
        if !frac.is_empty() {
            out.push(self.decimal_separator);
            out.push_str(frac);
        }
        out.push_str(&self.suffix);
        out
    }
}

/// Approximate width of `s` in px at `font_size` in a sans-serif font (average glyph
/// width ≈ 0.58 em; wide and narrow glyphs roughly balance out).
pub(crate) fn text_width(s: &str, font_size: f64) -> f64 {
    let em: f64 = s
        .chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | 't' | 'f' | 'r' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | ' '
            | '(' | ')' | '[' | ']' | '-' => 0.32,
            'm' | 'w' | 'M' | 'W' | '%' | '@' => 0.85,
            c if c.is_uppercase() => 0.68,
            _ => 0.58,
        })
        .sum();
    em * font_size
}

/// Greedy word wrap of `s` into lines no wider than `max_width` px (a single over-long word
/// is kept on its own line).
pub(crate) fn wrap(s: &str, font_size: f64, max_width: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    for word in s.split_whitespace() {
        if cur.is_empty() {
            cur.push_str(word);
        } else {
            let cand = format!("{cur} {word}");
            if text_width(&cand, font_size) > max_width {
                lines.push(std::mem::take(&mut cur));
                cur.push_str(word);
            } else {
                cur = cand;
            }
        }
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(cur);
    }
    lines
}

/// Shortens `s` with an ellipsis so that it fits `max_width` px.
pub(crate) fn truncate(s: &str, font_size: f64, max_width: f64) -> String {
    if text_width(s, font_size) <= max_width {
        return s.to_owned();
    }
    let mut out = String::new();
    for c in s.chars() {
        out.push(c);
        if text_width(&out, font_size) + 0.6 * font_size > max_width {
            out.pop();
            break;
        }
    }
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

/// Makes a valid, unique-looking XML id prefix out of caller text: letters, digits, `-` and
/// `_`; starts with a letter (`qm` when empty).
pub(crate) fn sanitize_id(s: &str) -> String {
    let mut out: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if !out.starts_with(|c: char| c.is_ascii_alphabetic()) {
        out.insert_str(0, "qm");
    }
    out
}

/// Writes a coordinate with at most one decimal (trailing `.0` dropped).
pub(crate) fn num(out: &mut String, v: f64) {
    let r = (v * 10.0).round() / 10.0;
    if r == r.trunc() {
        let _ = write!(out, "{}", r as i64);
    } else {
        let _ = write!(out, "{r:.1}");
    }
}

/// Appends one `<text>` element per line at (`x`, `y`), `line_height` apart; `attrs` are
/// extra presentation attributes (already escaped). Returns the y after the last line.
pub(crate) fn text_lines(
    out: &mut String,
    lines: &[String],
    x: f64,
    y: f64,
    line_height: f64,
    attrs: &str,
) -> f64 {
    let mut y = y;
    for line in lines {
        out.push_str("<text x=\"");
        num(out, x);
        out.push_str("\" y=\"");
        num(out, y);
        out.push('"');
        out.push_str(attrs);
        out.push('>');
        push_escaped(out, line);
        out.push_str("</text>\n");
        y += line_height;
    }
    y
}

/// Attributes for right-to-left text placed at its right edge: `direction="rtl"` makes the
/// bidi base direction right-to-left, and with it `text-anchor="start"` anchors the text's
/// right edge at `x` (`text-anchor="end"` would anchor the *left* edge in RTL).
pub(crate) fn dir_attrs(rtl: bool) -> &'static str {
    if rtl {
        " direction=\"rtl\" text-anchor=\"start\""
    } else {
        ""
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(
            xml_escape("a<b & \"c\" 'd'>"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;"
        );
        assert_eq!(xml_escape("x\u{1}y"), "xy");
    }

    #[test]
    fn numbers() {
        let de = NumberFormat::german(1, " %");
        assert_eq!(de.format(1234.56), "1.234,6 %");
        assert_eq!(de.format(-0.04), "0,0 %");
        assert_eq!(de.format(-2.5), "−2,5 %");
        assert_eq!(
            NumberFormat::english(0, "").format(1_234_567.0),
            "1,234,567"
        );
        assert_eq!(de.format(f64::NAN), "–");
    }

    #[test]
    fn wrapping() {
        let l = wrap(
            "Quelle: Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen Berlin · Lizenz dl-de/by-2-0",
            12.0,
            300.0,
        );
        assert!(l.len() >= 2);
        assert!(truncate("Sehr langer Gebietsname mit vielen Wörtern", 12.0, 80.0).ends_with('…'));
        assert_eq!(sanitize_id("1 map"), "qm1-map");
    }
}
