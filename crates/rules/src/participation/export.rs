//! Spreadsheet cell neutralisation for exports of contributions.
//!
//! Residents' texts go into CSV and XLSX files that staff open in spreadsheet programs. A
//! cell that begins with `=`, `+`, `-` or `@` (or a tab or carriage return, which some
//! programs skip before reading a formula) would be read as a formula ("CSV injection");
//! such cells get a leading apostrophe, which spreadsheets show as text and hide.

use std::borrow::Cow;

/// The characters that make a spreadsheet read a cell as a formula.
const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether a text cell would be read as a formula.
pub fn is_formula_like(text: &str) -> bool {
    text.starts_with(TRIGGERS)
}

/// The text as a safe spreadsheet cell: unchanged unless it begins with a formula trigger,
/// then with a leading apostrophe.
pub fn neutralise_cell(text: &str) -> Cow<'_, str> {
    if is_formula_like(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neutralises_formula_triggers_only() {
        assert_eq!(neutralise_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise_cell("+49 341"), "'+49 341");
        assert_eq!(neutralise_cell("-1+2"), "'-1+2");
        assert_eq!(neutralise_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise_cell("\t=1"), "'\t=1");
        assert_eq!(neutralise_cell("Bänke = gut"), "Bänke = gut");
        assert_eq!(neutralise_cell(""), "");
        assert!(matches!(neutralise_cell("ok"), Cow::Borrowed(_)));
    }
}
