//! Reading CSV and spreadsheets into a grid of cells, with encoding, delimiter and decimal
//! separator detection.

use std::io::Cursor;

use calamine::{Data, Reader};

use crate::model::{DecimalSeparator, TextEncoding};

/// One cell of the raw grid.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    Empty,
    Text(String),
    Number(f64),
}

impl Cell {
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.clone(),
            Cell::Number(n) => format_number(*n),
        }
    }

    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(s) => s.trim().is_empty(),
            Cell::Number(_) => false,
        }
    }
}

/// Formats a number without a trailing `.0` for integers.
pub(crate) fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

/// A grid of rows with their 1-based source line numbers.
#[derive(Debug, Clone, Default)]
pub(crate) struct Grid {
    pub rows: Vec<(usize, Vec<Cell>)>,
}

/// Decodes bytes, returning the text and the encoding label.
pub(crate) fn decode(bytes: &[u8], forced: Option<TextEncoding>) -> (String, String) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF")
        && forced != Some(TextEncoding::Windows1252)
    {
        return (
            String::from_utf8_lossy(rest).into_owned(),
            "UTF-8 with BOM".into(),
        );
    }
    if forced.is_none() {
        if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
            return (
                encoding_rs::UTF_16LE.decode(rest).0.into_owned(),
                "UTF-16LE".into(),
            );
        }
        if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
            return (
                encoding_rs::UTF_16BE.decode(rest).0.into_owned(),
                "UTF-16BE".into(),
            );
        }
    }
    match forced {
        Some(TextEncoding::Utf8) => (String::from_utf8_lossy(bytes).into_owned(), "UTF-8".into()),
        Some(TextEncoding::Windows1252) => (
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
                .into_owned(),
            "Windows-1252/ISO-8859-1".into(),
        ),
        None => match std::str::from_utf8(bytes) {
            Ok(s) => (s.to_string(), "UTF-8".into()),
            Err(_) => (
                encoding_rs::WINDOWS_1252
                    .decode_without_bom_handling(bytes)
                    .0
                    .into_owned(),
                "Windows-1252/ISO-8859-1".into(),
            ),
        },
    }
}

fn parse_csv(text: &str, delimiter: u8, limit: Option<usize>) -> Grid {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut grid = Grid::default();
    let mut record = csv::StringRecord::new();
    loop {
        if limit.is_some_and(|l| grid.rows.len() >= l) {
            break;
        }
        let line = reader.position().line() as usize;
        match reader.read_record(&mut record) {
            Ok(true) => {
                let cells = record
                    .iter()
                    .map(|f| {
                        if f.trim().is_empty() {
                            Cell::Empty
                        } else {
                            Cell::Text(f.to_string())
                        }
                    })
                    .collect();
                grid.rows.push((line, cells));
            }
            Ok(false) => break,
            // Text is valid UTF-8, so errors are not expected; stop at any.
            Err(_) => break,
        }
    }
    grid
}

/// Detects the delimiter among `;`, `,`, tab and `|` by the consistency of the field count
/// over the first lines.
pub(crate) fn detect_delimiter(text: &str) -> u8 {
    let mut best = (b',', 0usize, 0usize);
    for d in [b';', b',', b'\t', b'|'] {
        let grid = parse_csv(text, d, Some(30));
        let counts: Vec<usize> = grid
            .rows
            .iter()
            .map(|(_, r)| r.len())
            .filter(|n| *n > 1)
            .collect();
        let mut freq: std::collections::BTreeMap<usize, usize> = Default::default();
        for c in &counts {
            *freq.entry(*c).or_default() += 1;
        }
        let (fields, lines) = freq
            .into_iter()
            .max_by_key(|(f, l)| (*l, *f))
            .unwrap_or((0, 0));
        if (lines, fields) > (best.2, best.1) {
            best = (d, fields, lines);
        }
    }
    best.0
}

/// Reads a CSV file's bytes into a grid.
pub(crate) fn read_csv_grid(
    bytes: &[u8],
    delimiter: Option<u8>,
    encoding: Option<TextEncoding>,
) -> (Grid, String, u8) {
    let (text, enc) = decode(bytes, encoding);
    // Normalise CRLF and old-Mac CR line ends so that line numbers are right.
    let text = if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    };
    let d = delimiter.unwrap_or_else(|| detect_delimiter(&text));
    (parse_csv(&text, d, None), enc, d)
}

/// Reads a spreadsheet (XLSX, XLS, ODS) into a grid. Returns the grid and the sheet name.
pub(crate) fn read_sheet_grid(bytes: &[u8], sheet: Option<&str>) -> Result<(Grid, String), String> {
    let mut wb = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| format!("not a readable spreadsheet: {e}"))?;
    let names = wb.sheet_names();
    let name = match sheet {
        Some(s) => names
            .iter()
            .find(|n| n.as_str() == s)
            .cloned()
            .ok_or_else(|| format!("sheet '{s}' not found (sheets: {})", names.join(", ")))?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| "the workbook has no sheets".to_string())?,
    };
    let range = wb
        .worksheet_range(&name)
        .map_err(|e| format!("sheet '{name}' cannot be read: {e}"))?;
    let (row0, col0) = range.start().unwrap_or((0, 0));
    let mut grid = Grid::default();
    for (i, row) in range.rows().enumerate() {
        let mut cells: Vec<Cell> = std::iter::repeat_n(Cell::Empty, col0 as usize).collect();
        cells.extend(row.iter().map(|c| match c {
            Data::Empty => Cell::Empty,
            Data::Int(i) => Cell::Number(*i as f64),
            Data::Float(f) => Cell::Number(*f),
            Data::String(s) if s.trim().is_empty() => Cell::Empty,
            Data::String(s) => Cell::Text(s.clone()),
            Data::Bool(b) => Cell::Text(b.to_string()),
            Data::DateTime(d) => Cell::Number(d.as_f64()),
            Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Text(s.clone()),
            Data::Error(e) => Cell::Text(format!("#{e}")),
        }));
        grid.rows.push((row0 as usize + i + 1, cells));
    }
    Ok((grid, name))
}

/// Values that mean "no data".
pub(crate) fn is_missing_marker(s: &str) -> bool {
    matches!(
        s.trim(),
        "" | "."
            | ".."
            | "..."
            | "-"
            | "–"
            | "—"
            | "/"
            | "x"
            | "X"
            | "NA"
            | "N/A"
            | "n/a"
            | "na"
            | "NaN"
            | "nan"
            | "k.A."
            | "k. A."
            | "*"
            | "nicht erh."
            | "keine Angabe"
            | "k.A"
    )
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// `1.234.567` style groups (first group 1–3 digits, others exactly 3).
fn is_grouped(s: &str, sep: char) -> bool {
    let mut parts = s.split(sep);
    let first_ok = parts.next().is_some_and(|p| is_digits(p) && p.len() <= 3);
    let mut n = 0;
    let rest_ok = parts.all(|p| {
        n += 1;
        p.len() == 3 && is_digits(p)
    });
    first_ok && rest_ok && n > 0
}

fn strip_sign(s: &str) -> &str {
    s.strip_prefix(['-', '+', '−']).unwrap_or(s)
}

/// Units written after (or `€` before) a number; compared case-insensitively.
const UNITS: &[&str] = &[
    "%", "‰", "€", "eur", "euro", "prozent", "m²", "m2", "qm", "km²", "km2", "ha", "jahre", "j.",
    "pers.", "personen", "ew", "einw.", "std.",
];

/// Splits a unit off a number text: `"35,5%"` → (`"35,5"`, Some("%")), `"€ 12"` →
/// (`"12"`, Some("€")). Text without a known unit is returned trimmed.
pub(crate) fn strip_unit(raw: &str) -> (&str, Option<&'static str>) {
    let t = raw.trim();
    let lower = t.to_lowercase();
    for u in UNITS {
        if lower.len() > u.len()
            && lower.ends_with(u)
            && let Some(head) = t.get(..t.len() - u.len())
        {
            let head = head.trim_end();
            if head.ends_with(|c: char| c.is_ascii_digit()) {
                return (head, Some(u));
            }
        }
        if lower.len() > u.len()
            && lower.starts_with(u)
            && !u.chars().all(char::is_alphabetic)
            && let Some(tail) = t.get(u.len()..)
        {
            let tail = tail.trim_start();
            if tail.starts_with(|c: char| c.is_ascii_digit() || c == '-') {
                return (tail, Some(u));
            }
        }
    }
    (t, None)
}

/// What one text cell says about the number format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumberEvidence {
    /// Unambiguous decimal separator.
    Decimal(DecimalSeparator),
    /// `1.374` or `1.234.567`: a thousands point, or three decimals.
    PointGroups,
    /// `1,374`: a thousands comma, or three decimals.
    CommaGroups,
    /// Digits only.
    Integer,
    /// Not a number.
    NotNumeric,
}

/// Classifies one text cell (units stripped).
pub(crate) fn number_evidence(raw: &str) -> NumberEvidence {
    let (t, _) = strip_unit(raw);
    if is_missing_marker(t) {
        return NumberEvidence::NotNumeric;
    }
    let s: String = t
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    let s = strip_sign(s.trim_start_matches('−'));
    if is_digits(s) {
        return NumberEvidence::Integer;
    }
    if is_grouped(s, '.') {
        return NumberEvidence::PointGroups;
    }
    if is_grouped(s, ',') {
        return NumberEvidence::CommaGroups;
    }
    if let Some(pos) = s.rfind(['.', ','])
        && s.contains('.')
        && s.contains(',')
    {
        let (int, frac) = (s.get(..pos).unwrap_or(""), s.get(pos + 1..).unwrap_or(""));
        let (dec, other) = if s.get(pos..=pos) == Some(",") {
            (DecimalSeparator::Comma, '.')
        } else {
            (DecimalSeparator::Point, ',')
        };
        return if is_digits(frac) && is_grouped(int, other) {
            NumberEvidence::Decimal(dec)
        } else {
            NumberEvidence::NotNumeric
        };
    }
    match decimal_evidence(s) {
        Some(d) => NumberEvidence::Decimal(d),
        None => NumberEvidence::NotNumeric,
    }
}

/// Evidence for a decimal separator from one text cell: Some(Comma), Some(Point) or None.
pub(crate) fn decimal_evidence(raw: &str) -> Option<DecimalSeparator> {
    let s = strip_sign(strip_unit(raw).0);
    if let Some((int, frac)) = s.split_once(',') {
        if is_digits(frac)
            && (int.is_empty() || is_digits(int) || is_grouped(int, '.'))
            && !frac.contains(',')
        {
            // "1,234" is ambiguous (thousands with point decimals); count only unambiguous.
            if !(frac.len() == 3 && is_digits(int) && int.len() <= 3 && !int.is_empty()) {
                return Some(DecimalSeparator::Comma);
            }
        }
        return None;
    }
    if let Some((int, frac)) = s.split_once('.') {
        if is_grouped(s, '.') {
            return None; // "1.234" or "1.234.567": ambiguous
        }
        if (int.is_empty() || is_digits(int)) && is_digits(frac) {
            return Some(DecimalSeparator::Point);
        }
        if let Some((mantissa, _)) = frac.split_once(['e', 'E'])
            && is_digits(mantissa)
        {
            return Some(DecimalSeparator::Point);
        }
    }
    None
}

/// Parses a text number. Returns Ok(None) for missing markers, Err for non-numeric text.
pub(crate) fn parse_number(raw: &str, decimal: DecimalSeparator) -> Result<Option<f64>, ()> {
    let t = strip_unit(raw).0;
    if is_missing_marker(t) {
        return Ok(None);
    }
    let neg = t.starts_with('−');
    let t = if neg { t.trim_start_matches('−') } else { t };
    let cleaned: String = t
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    let unsigned = strip_sign(&cleaned);
    let normalised = match decimal {
        DecimalSeparator::Comma => {
            let (int, frac) = match unsigned.split_once(',') {
                Some((i, f)) => (i, Some(f)),
                None => (unsigned, None),
            };
            let int_ok = int.is_empty() || is_digits(int) || is_grouped(int, '.');
            let frac_ok = frac.is_none_or(is_digits);
            if !(int_ok && frac_ok) || (int.is_empty() && frac.is_none()) {
                // Allow scientific notation with point as a last resort: "1.5e-3".
                if unsigned.contains(['e', 'E']) && !unsigned.contains(',') {
                    cleaned.clone()
                } else {
                    return Err(());
                }
            } else {
                cleaned.replace('.', "").replace(',', ".")
            }
        }
        DecimalSeparator::Point => {
            let (int, _) = unsigned.split_once('.').unwrap_or((unsigned, ""));
            if int.contains(',') {
                if is_grouped(int, ',') {
                    cleaned.replace(',', "")
                } else {
                    return Err(());
                }
            } else {
                cleaned.clone()
            }
        }
    };
    if !normalised
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'))
    {
        return Err(());
    }
    match normalised.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(Some(if neg { -v } else { v })),
        _ => Err(()),
    }
}
