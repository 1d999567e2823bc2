//! The one CSV/XLSX export path for tables of every module: a [`Sheet`] becomes a
//! download (German Excel CSV or XLSX), and [`export_links`] renders the two links.

use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use quartier_tabular::{CsvWriteOptions, ExportCell, Sheet, to_csv_string, to_xlsx_bytes};

use crate::Ctx;
use crate::error::{AppError, AppResult};

/// File format of an export.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// German Excel CSV (`;`, decimal comma, BOM).
    Csv,
    /// Excel workbook.
    Xlsx,
}

/// A file name made of ASCII letters, digits, `-` and `_`.
pub fn safe_name(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// A sheet as a CSV or XLSX download; the data's source line is the last row.
pub fn export(mut sheet: Sheet, source: &str, format: Format, base: &str) -> AppResult<Response> {
    let width = sheet.headers.len().max(1);
    let mut last = vec![ExportCell::Text(format!("Quelle / Source: {source}"))];
    last.resize(width, ExportCell::Empty);
    sheet.rows.push(last);
    download(&sheet, format, base)
}

/// A sheet as a CSV (German Excel conventions) or XLSX download named `base`.
/// Every table export of every module goes through here.
pub fn download(sheet: &Sheet, format: Format, base: &str) -> AppResult<Response> {
    let base = safe_name(base);
    let (content_type, filename, body) = match format {
        Format::Csv => (
            "text/csv; charset=utf-8",
            format!("{base}.csv"),
            to_csv_string(sheet, &CsvWriteOptions::german_excel())
                .map_err(|e| AppError::Internal(e.to_string()))?
                .into_bytes(),
        ),
        Format::Xlsx => (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            format!("{base}.xlsx"),
            to_xlsx_bytes(std::slice::from_ref(sheet))
                .map_err(|e| AppError::Internal(e.to_string()))?,
        ),
    };
    Ok((
        [
            (CONTENT_TYPE, content_type.to_string()),
            (
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        body,
    )
        .into_response())
}

/// Links to the CSV and XLSX export of a table.
pub fn export_links(ctx: &Ctx, base: &str, query: &str, file: &str) -> Markup {
    let q = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    let file = safe_name(file);
    html! {
        ul class="actions exports" {
            li { a href={ (base) "/export.csv" (q) } download={ (file) ".csv" } { (ctx.t("export-csv")) } }
            li { a href={ (base) "/export.xlsx" (q) } download={ (file) ".xlsx" } { (ctx.t("export-xlsx")) } }
        }
    }
}

/// A number cell, empty when missing.
pub fn num(v: Option<f64>) -> ExportCell {
    v.map(ExportCell::Number).unwrap_or(ExportCell::Empty)
}

/// A text cell.
pub fn text(s: &str) -> ExportCell {
    ExportCell::Text(s.to_string())
}

/// Column headers from string slices.
pub fn headers(h: &[&str]) -> Vec<String> {
    h.iter().map(|s| s.to_string()).collect()
}
