//! The dataset import service behind the upload pages and the REST API: reads uploaded
//! files with the engine's importers into a [`Preview`] (what was recognised, how the
//! areas match, every problem with file, row and column) and applies a stored version.
//! Parsing is pure and repeatable, so the preview and the apply step read the same
//! stored bytes the same way.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Read;

use quartier_db::monitoring::city::Area;
use quartier_db::monitoring::datasets::{AreaRow, IndicatorDef};
use quartier_geodata::{Crs, ImportOptions, ImportReport};
use quartier_tabular::{DecimalSeparator, Severity, TableImport, TableOptions, TextEncoding};
use serde::{Deserialize, Serialize};

/// Dataset kinds, in form order.
pub const KINDS: [&str; 3] = ["indicators", "boundaries", "programme_areas"];

/// Most problems kept per file.
const MAX_PROBLEMS: usize = 500;

/// Import settings chosen at upload (all optional: empty = detect).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Settings {
    /// Boundaries: attribute holding the area key. Tables: column holding the area key or name.
    pub key_field: String,
    /// Boundaries: attribute holding the area name.
    pub name_field: String,
    /// Boundaries: attribute holding the district.
    pub district_field: String,
    /// Boundaries: EPSG code when the file declares none.
    pub crs: String,
    /// Boundaries: merge features sharing a key into one multipolygon.
    pub merge_duplicates: bool,
    /// Tables: sheet name.
    pub sheet: String,
    /// Tables: year for files without one.
    pub year: Option<i32>,
    /// Tables: delimiter (`;`, `,`, `tab`, `|`) or empty.
    pub delimiter: String,
    /// Tables: `utf-8`, `windows-1252` or empty.
    pub encoding: String,
    /// Tables: `comma`, `point` or empty.
    pub decimal: String,
    /// Tables: 1-based header line, `none` (no header row) or empty (detect).
    pub header_row: String,
    /// Tables: column holding the year, `none`, or empty (detect).
    pub year_column: String,
    /// Tables: rows to skip at the top.
    pub skip_rows: usize,
    /// The city's remembered key aliases (table key → area key), filled in before parsing;
    /// not part of the stored settings.
    #[serde(skip)]
    pub aliases: BTreeMap<String, String>,
}

/// One problem found while reading.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Problem {
    /// File name.
    pub file: String,
    /// Line (CSV), row (sheet), record (JSON) or feature number.
    pub line: Option<usize>,
    /// Column or attribute.
    pub column: Option<String>,
    /// Offending value.
    pub value: Option<String>,
    /// What is wrong.
    pub message: String,
    /// Blocks applying.
    pub error: bool,
}

/// A recognised indicator of a table upload.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct IndicatorSummary {
    /// Name as in the file.
    pub name: String,
    /// Proposed key.
    pub key: String,
    /// Values matched to areas.
    pub values: usize,
    /// Years.
    pub years: Vec<i32>,
    /// Smallest value.
    pub min: Option<f64>,
    /// Largest value.
    pub max: Option<f64>,
    /// Guessed unit.
    pub unit: String,
    /// True if the city already has an indicator with this key.
    pub exists: bool,
    /// Proposed direction (`need`, `less`, `neutral`; empty: no proposal).
    #[serde(default)]
    pub direction: String,
    /// The vocabulary term behind the proposal.
    #[serde(default)]
    pub direction_term: String,
}

/// What a preview shows: recognition facts, matching and problems.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Summary {
    /// Kind.
    pub kind: String,
    /// Files and sizes.
    pub files: Vec<(String, usize)>,
    /// Recognised facts (message id of the label, value), e.g. encoding, delimiter, CRS.
    pub facts: Vec<(String, String)>,
    /// Features or data rows read.
    pub records: usize,
    /// Keys matched to existing areas.
    pub matched: usize,
    /// Keys in the file that match no area (tables: skipped; boundaries: new areas).
    pub unmatched: Vec<String>,
    /// Existing areas the file does not mention.
    pub missing: Vec<String>,
    /// Indicators (tables).
    pub indicators: Vec<IndicatorSummary>,
    /// Years (tables).
    pub years: Vec<i32>,
    /// Attribute names (boundaries), for the field choosers.
    pub fields: Vec<String>,
    /// The first areas read (key, name, district), boundaries only.
    pub sample: Vec<(String, String, Option<String>)>,
    /// Problems.
    pub problems: Vec<Problem>,
    /// More problems were found than kept.
    pub truncated: bool,
    /// Table keys matched to areas other than by their exact key or name, as shown in the
    /// preview: remembered for the city when the version is applied.
    #[serde(default)]
    pub key_matches: Vec<(String, String)>,
}

impl Summary {
    /// Number of blocking problems.
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.error).count()
    }

    /// Number of warnings.
    pub fn warnings(&self) -> usize {
        self.problems.len() - self.errors()
    }

    /// True if the version can be applied.
    pub fn can_apply(&self) -> bool {
        self.errors() == 0
            && match self.kind.as_str() {
                "indicators" => self.matched > 0 && !self.indicators.is_empty(),
                _ => self.records > 0,
            }
    }
}

/// The content ready to be written.
#[derive(Debug, Clone)]
pub enum Content {
    /// Areas (boundaries or programme areas).
    Areas(Vec<AreaRow>),
    /// Values `(indicator key, area key, year, value)` of the matched areas.
    Values(Vec<(String, String, i64, Option<f64>)>),
}

/// A parsed upload.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// What the preview shows.
    pub summary: Summary,
    /// What applying writes (empty when nothing could be read).
    pub content: Content,
}

/// Turns an indicator name into a key: lower-case ASCII, umlauts transliterated, runs of
/// other characters as one `-`.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.trim().to_lowercase().chars() {
        let rep: &str = match c {
            'ä' => "ae",
            'ö' => "oe",
            'ü' => "ue",
            'ß' => "ss",
            'é' | 'è' | 'ê' => "e",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => "-",
        };
        if rep == "-" {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.push_str(rep);
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        "indicator".into()
    } else {
        out
    }
}

/// Unpacks `.zip` uploads (one level) and drops empty files; names are reduced to their
/// last path segment.
pub fn unpack(files: Vec<(String, Vec<u8>)>) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut out = Vec::new();
    for (name, bytes) in files {
        if bytes.is_empty() {
            continue;
        }
        if name.to_lowercase().ends_with(".zip") {
            let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
                .map_err(|e| format!("{name}: not a readable ZIP archive: {e}"))?;
            for i in 0..zip.len() {
                let mut f = zip
                    .by_index(i)
                    .map_err(|e| format!("{name}: entry {i}: {e}"))?;
                if f.is_dir() {
                    continue;
                }
                let inner = f
                    .name()
                    .map(|n| n.rsplit('/').next().unwrap_or_default().to_string())
                    .unwrap_or_default();
                if inner.is_empty() || inner.starts_with('.') {
                    continue;
                }
                let mut buf = Vec::new();
                f.read_to_end(&mut buf)
                    .map_err(|e| format!("{name}: {inner}: {e}"))?;
                out.push((inner, buf));
            }
        } else {
            let base = name.rsplit(['/', '\\']).next().unwrap_or(&name).to_string();
            out.push((base, bytes));
        }
    }
    Ok(out)
}

fn ext(name: &str) -> String {
    name.rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default()
}

fn file_problem(file: &str, message: String) -> Problem {
    Problem {
        file: file.to_string(),
        line: None,
        column: None,
        value: None,
        message,
        error: true,
    }
}

/// Reads an upload of `kind` against the city's current areas.
pub fn parse(
    kind: &str,
    files: &[(String, Vec<u8>)],
    settings: &Settings,
    areas: &[Area],
    existing_indicators: &BTreeSet<String>,
) -> Parsed {
    let mut summary = Summary {
        kind: kind.to_string(),
        files: files.iter().map(|(n, b)| (n.clone(), b.len())).collect(),
        ..Summary::default()
    };
    if files.is_empty() {
        summary
            .problems
            .push(file_problem("–", "no file was uploaded".into()));
        return Parsed {
            summary,
            content: Content::Values(Vec::new()),
        };
    }
    match kind {
        "indicators" => parse_tables(files, settings, areas, existing_indicators, summary),
        _ => parse_boundaries(kind, files, settings, areas, summary),
    }
}

fn table_options(settings: &Settings, areas: &[Area]) -> TableOptions {
    let mut names: HashMap<String, String> = HashMap::new();
    for a in areas {
        names.insert(a.name.clone(), a.area_key.clone());
        names.insert(a.name.trim().to_lowercase(), a.area_key.clone());
    }
    TableOptions {
        delimiter: match settings.delimiter.as_str() {
            "tab" | "\\t" => Some(b'\t'),
            d if d.len() == 1 => d.bytes().next(),
            _ => None,
        },
        encoding: match settings.encoding.as_str() {
            "utf-8" => Some(TextEncoding::Utf8),
            "windows-1252" => Some(TextEncoding::Windows1252),
            _ => None,
        },
        decimal: match settings.decimal.as_str() {
            "comma" => Some(DecimalSeparator::Comma),
            "point" => Some(DecimalSeparator::Point),
            _ => None,
        },
        area_column: Some(settings.key_field.clone()).filter(|s| !s.trim().is_empty()),
        year: settings.year,
        sheet: Some(settings.sheet.clone()).filter(|s| !s.trim().is_empty()),
        name_to_id: Some(names),
        max_problems: MAX_PROBLEMS,
        mapping: table_mapping(settings),
        ..TableOptions::default()
    }
}

/// The mapping step's choices as a table mapping (header row, year column, skipped rows).
fn table_mapping(settings: &Settings) -> quartier_tabular::Mapping {
    let header = settings.header_row.trim();
    let year = settings.year_column.trim();
    quartier_tabular::Mapping {
        header_row: if header.eq_ignore_ascii_case("none") {
            Some(quartier_tabular::HeaderRow::None)
        } else {
            header
                .parse::<usize>()
                .ok()
                .filter(|n| *n > 0)
                .map(quartier_tabular::HeaderRow::Line)
        },
        skip_rows: settings.skip_rows,
        year_column: match year {
            "" => None,
            y if y.eq_ignore_ascii_case("none") => Some(quartier_tabular::YearColumn::None),
            y => Some(quartier_tabular::YearColumn::Named(y.to_string())),
        },
        ..quartier_tabular::Mapping::default()
    }
}

fn read_one_table(name: &str, bytes: &[u8], options: &TableOptions) -> Result<TableImport, String> {
    match ext(name).as_str() {
        "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => {
            quartier_tabular::read_spreadsheet_bytes(bytes, name, options)
                .map_err(|e| e.to_string())
        }
        "json" => {
            quartier_tabular::read_json_bytes(bytes, name, options).map_err(|e| e.to_string())
        }
        "csv" | "txt" | "tsv" | "" => Ok(quartier_tabular::read_csv_bytes(bytes, name, options)),
        other => Err(format!(
            "{name}: '.{other}' is not a table format (expected .csv, .txt, .xlsx, .ods or .json)"
        )),
    }
}

fn unit_guess(name: &str) -> String {
    let l = name.to_lowercase();
    if [
        "quote", "anteil", "percent", "prozent", "rate", "%", "share",
    ]
    .iter()
    .any(|k| l.contains(k))
    {
        "%".into()
    } else {
        String::new()
    }
}

/// Per indicator while reading: file name, values, years, min, max.
type IndAcc = (String, usize, BTreeSet<i32>, Option<f64>, Option<f64>);

fn parse_tables(
    files: &[(String, Vec<u8>)],
    settings: &Settings,
    areas: &[Area],
    existing: &BTreeSet<String>,
    mut summary: Summary,
) -> Parsed {
    let options = table_options(settings, areas);
    let known: BTreeSet<&str> = areas.iter().map(|a| a.area_key.as_str()).collect();
    let mut values: Vec<(String, String, i64, Option<f64>)> = Vec::new();
    let mut per_ind: BTreeMap<String, IndAcc> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut matched: BTreeSet<String> = BTreeSet::new();
    let mut unmatched: BTreeMap<String, (String, usize)> = BTreeMap::new();
    let mut years: BTreeSet<i32> = BTreeSet::new();
    let mut seen: HashMap<(String, String, i64), usize> = HashMap::new();
    for (name, bytes) in files {
        let import = match read_one_table(name, bytes, &options) {
            Ok(i) => i,
            Err(e) => {
                summary.problems.push(file_problem(name, e));
                continue;
            }
        };
        let r = &import.recognition;
        let mut fact =
            |k: &str, v: String| summary.facts.push((k.to_string(), format!("{name}: {v}")));
        fact(
            "data-fact-format",
            match r.format {
                quartier_tabular::SourceFormat::Csv => "CSV",
                quartier_tabular::SourceFormat::Xlsx => "XLSX",
                quartier_tabular::SourceFormat::Ods => "ODS",
                quartier_tabular::SourceFormat::Json => "JSON",
            }
            .into(),
        );
        if let Some(e) = &r.encoding {
            fact("data-fact-encoding", e.clone());
        }
        if let Some(d) = r.delimiter {
            fact(
                "data-fact-delimiter",
                if d == '\t' {
                    "Tab".into()
                } else {
                    format!("'{d}'")
                },
            );
        }
        fact(
            "data-fact-decimal",
            match r.decimal {
                DecimalSeparator::Comma => "','".into(),
                DecimalSeparator::Point => "'.'".into(),
            },
        );
        if let Some(s) = &r.sheet {
            fact("data-fact-sheet", s.clone());
        }
        // The layout is a message id (`@…`), translated where the fact is shown.
        fact(
            "data-fact-layout",
            match r.layout {
                quartier_tabular::Layout::Wide => "@data-layout-wide",
                quartier_tabular::Layout::WideYearColumn => "@data-layout-year-column",
                quartier_tabular::Layout::WideYearHeaders => "@data-layout-year-headers",
                quartier_tabular::Layout::WideYearSuffix => "@data-layout-year-suffix",
                quartier_tabular::Layout::Long => "@data-layout-long",
            }
            .into(),
        );
        fact("data-fact-header", r.header_line.to_string());
        fact("data-fact-rows", r.data_rows.to_string());
        if r.footer_lines > 0 {
            fact("data-fact-footer", r.footer_lines.to_string());
        }
        summary.facts.extend(super::detection::table_facts(name, r));
        summary.records += r.data_rows;
        summary.truncated |= import.truncated;
        for p in &import.problems {
            summary.problems.push(Problem {
                file: p.file.clone(),
                line: p.line,
                column: p.column.clone(),
                value: p.value.clone(),
                message: p.message.clone(),
                error: p.severity == Severity::Error,
            });
        }
        // Keys that are no area key: normalised matching, numbers, "03 Nordstadt", merged
        // pairs — listed as warnings so that the analyst sees each before applying.
        let foreign: Vec<(String, Option<String>)> = import
            .table
            .area_ids()
            .into_iter()
            .filter(|k| !known.contains(k.as_str()))
            .map(|k| {
                let n = import.table.area_names.get(&k).cloned();
                (k, n)
            })
            .collect();
        let mut remap: HashMap<String, Vec<String>> = HashMap::new();
        if !foreign.is_empty() {
            let city: Vec<(String, String)> = areas
                .iter()
                .map(|a| (a.area_key.clone(), a.name.clone()))
                .collect();
            let m = super::detection::match_table_keys(&foreign, &city, &settings.aliases);
            for km in m.matched {
                summary.facts.push((
                    "monitoring-fact-key-match".into(),
                    format!(
                        "{name}: {} → {} ({})",
                        km.source,
                        km.targets.join(" + "),
                        super::detection::how_label(km.how)
                    ),
                ));
                if let [one] = km.targets.as_slice()
                    && km.how != quartier_tabular::matching::MatchHow::Remembered
                {
                    summary.key_matches.push((km.source.clone(), one.clone()));
                }
                remap.insert(km.source, km.targets);
            }
            for sug in m.unmatched {
                if let Some((best, _)) = sug.candidates.first() {
                    summary.facts.push((
                        "monitoring-fact-key-suggestion".into(),
                        format!("{name}: {} → {best}?", sug.source),
                    ));
                }
            }
        }
        let mut missing_year_reported = false;
        for rec in &import.table.records {
            let Some(year) = rec.year.or(settings.year) else {
                if !missing_year_reported {
                    summary.problems.push(Problem {
                        file: name.clone(),
                        line: Some(rec.line),
                        column: None,
                        value: None,
                        message: "the file gives no year: enter the year of the data".into(),
                        error: true,
                    });
                    missing_year_reported = true;
                }
                continue;
            };
            let targets: Vec<String> = if known.contains(rec.area_id.as_str()) {
                vec![rec.area_id.clone()]
            } else if let Some(t) = remap.get(&rec.area_id) {
                t.clone()
            } else {
                unmatched
                    .entry(rec.area_id.clone())
                    .or_insert_with(|| (name.clone(), rec.line));
                continue;
            };
            for area_id in targets {
                let key = slug(&rec.indicator);
                let dup = (key.clone(), area_id.clone(), i64::from(year));
                if let Some(first) = seen.get(&dup) {
                    summary.problems.push(Problem {
                    file: name.clone(),
                    line: Some(rec.line),
                    column: Some(rec.indicator.clone()),
                    value: rec.value.map(|v| v.to_string()),
                    message: format!(
                        "second value for area '{}' and year {year} (first in line {first}); the later one is used",
                        area_id
                    ),
                    error: false,
                });
                } else {
                    seen.insert(dup, rec.line);
                }
                matched.insert(area_id.clone());
                years.insert(year);
                let e = per_ind.entry(key.clone()).or_insert_with(|| {
                    order.push(key.clone());
                    (rec.indicator.clone(), 0, BTreeSet::new(), None, None)
                });
                e.1 += 1;
                e.2.insert(year);
                if let Some(v) = rec.value {
                    e.3 = Some(e.3.map_or(v, |m: f64| m.min(v)));
                    e.4 = Some(e.4.map_or(v, |m: f64| m.max(v)));
                }
                values.push((key, area_id.clone(), i64::from(year), rec.value));
            }
        }
    }
    for (k, (file, line)) in unmatched.iter().take(MAX_PROBLEMS) {
        summary.problems.push(Problem {
            file: file.clone(),
            line: Some(*line),
            column: None,
            value: Some(k.clone()),
            message: format!(
                "'{k}' matches no area key or name of this city; its values are skipped"
            ),
            error: false,
        });
    }
    summary.matched = matched.len();
    summary.unmatched = unmatched.into_keys().collect();
    summary.missing = areas
        .iter()
        .filter(|a| !matched.contains(&a.area_key))
        .map(|a| a.area_key.clone())
        .collect();
    summary.years = years.into_iter().collect();
    summary.indicators = order
        .iter()
        .filter_map(|k| per_ind.get(k).map(|v| (k, v)))
        .map(|(k, (name, n, ys, min, max))| IndicatorSummary {
            name: name.clone(),
            key: k.clone(),
            values: *n,
            years: ys.iter().copied().collect(),
            min: *min,
            max: *max,
            unit: unit_guess(name),
            exists: existing.contains(k),
            direction: super::detection::direction(name, &unit_guess(name)).0,
            direction_term: super::detection::direction(name, &unit_guess(name)).1,
        })
        .collect();
    if summary.matched == 0 && summary.errors() == 0 {
        summary.problems.push(file_problem(
            "–",
            "no row matches an area of this city: upload the boundaries first, or choose the column that holds the area key or name".into(),
        ));
    }
    Parsed {
        summary,
        content: Content::Values(values),
    }
}

fn geo_options(settings: &Settings) -> Result<ImportOptions, String> {
    let mut o = ImportOptions::new(settings.key_field.trim());
    if !settings.name_field.trim().is_empty() {
        o = o.with_name_field(settings.name_field.trim());
    }
    if !settings.crs.trim().is_empty() {
        let crs = Crs::from_name(settings.crs.trim())
            .map_err(|e| format!("CRS '{}': {e}", settings.crs))?;
        o = o.with_crs(crs);
    }
    o.max_problems = MAX_PROBLEMS;
    o.merge_duplicate_ids = settings.merge_duplicates;
    Ok(o)
}

fn read_geo(
    files: &[(String, Vec<u8>)],
    options: &ImportOptions,
) -> Result<(String, ImportReport), String> {
    let find = |e: &str| files.iter().find(|(n, _)| ext(n) == e);
    if let Some((name, bytes)) = find("shp") {
        let stem = name.rsplit_once('.').map(|(s, _)| s).unwrap_or(name);
        let side = |e: &str| {
            files
                .iter()
                .find(|(n, _)| ext(n) == e && n.rsplit_once('.').map(|(s, _)| s) == Some(stem))
                .or_else(|| find(e))
        };
        let dbf = side("dbf").ok_or_else(|| {
            format!("{name}: the .dbf file with the attributes is missing (upload .shp, .dbf, .prj together or as one .zip)")
        })?;
        let prj = side("prj").map(|(_, b)| String::from_utf8_lossy(b).into_owned());
        let cpg = side("cpg").map(|(_, b)| String::from_utf8_lossy(b).into_owned());
        let r = quartier_geodata::read_shapefile_bytes(
            bytes,
            &dbf.1,
            prj.as_deref(),
            cpg.as_deref(),
            name,
            options,
        )
        .map_err(|e| e.to_string())?;
        return Ok((name.clone(), r));
    }
    if let Some((name, bytes)) = find("gpkg") {
        let tmp =
            std::env::temp_dir().join(format!("quartier-upload-{}.gpkg", uuid::Uuid::new_v4()));
        std::fs::write(&tmp, bytes).map_err(|e| format!("{name}: {e}"))?;
        let r = quartier_geodata::read_geopackage(&tmp, options)
            .map_err(|e| e.to_string().replace(&tmp.display().to_string(), name));
        let _ = std::fs::remove_file(&tmp);
        return Ok((name.clone(), r?));
    }
    if let Some((name, bytes)) = files
        .iter()
        .find(|(n, _)| matches!(ext(n).as_str(), "geojson" | "json"))
    {
        let r = quartier_geodata::read_geojson_bytes(bytes, name, options)
            .map_err(|e| e.to_string())?;
        return Ok((name.clone(), r));
    }
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    Err(format!(
        "{}: no boundary file found (expected .geojson/.json, .shp with .dbf, or .gpkg)",
        names.join(", ")
    ))
}

/// GeoJSON geometry text of a multipolygon, coordinates rounded to 1e-6° (≈ 0.1 m).
pub fn geometry_json(mp: &geo_types::MultiPolygon<f64>) -> String {
    let r = |v: f64| (v * 1e6).round() / 1e6;
    let polys: Vec<Vec<Vec<[f64; 2]>>> =
        mp.0.iter()
            .map(|p| {
                std::iter::once(p.exterior())
                    .chain(p.interiors())
                    .map(|ring| ring.0.iter().map(|c| [r(c.x), r(c.y)]).collect())
                    .collect()
            })
            .collect();
    serde_json::json!({"type": "MultiPolygon", "coordinates": polys}).to_string()
}

fn parse_boundaries(
    kind: &str,
    files: &[(String, Vec<u8>)],
    settings: &Settings,
    areas: &[Area],
    mut summary: Summary,
) -> Parsed {
    let empty = Content::Areas(Vec::new());
    let options = match geo_options(settings) {
        Ok(o) => o,
        Err(e) => {
            summary.problems.push(file_problem("–", e));
            return Parsed {
                summary,
                content: empty,
            };
        }
    };
    let (file, mut report) = match read_geo(files, &options) {
        Ok(r) => r,
        Err(e) => {
            summary.problems.push(file_problem("–", e));
            return Parsed {
                summary,
                content: empty,
            };
        }
    };
    // Without a chosen name field, read again with a guessed one so areas get names.
    if settings.name_field.trim().is_empty()
        && let Some(nf) = report.field_choice.name.as_ref().map(|g| g.field.clone())
    {
        let mut o = options.clone();
        o.id_field = report.id_field.clone();
        o = o.with_name_field(nf);
        if let Ok((_, r)) = read_geo(files, &o) {
            report = r;
        }
    }
    summary.fields = report.fields.clone();
    let layer = &report.layer;
    summary.facts.push(("data-fact-file".into(), file.clone()));
    summary
        .facts
        .push(("data-fact-key-field".into(), report.id_field.clone()));
    summary.facts.push((
        "data-fact-crs".into(),
        match &layer.crs_detected {
            Some(c) => c.to_string(),
            None => format!("{} (assumed)", layer.source_crs),
        },
    ));
    summary.records = layer.areas.len();
    summary.truncated = report.truncated;
    for p in &report.problems {
        summary.problems.push(Problem {
            file: p.file.clone(),
            line: p.location.row,
            column: p.location.field.clone(),
            value: None,
            message: p.message.clone(),
            error: p.severity == quartier_geodata::Severity::Error,
        });
    }
    // The district field: as chosen, else the proposed one (shown as a fact).
    let proposed_district = report
        .field_choice
        .district
        .as_ref()
        .map(|g| (g.field.clone(), g.distinct));
    if let Some(g) = &report.field_choice.name {
        summary.facts.push((
            "monitoring-fact-name-field".into(),
            format!("{} ({} / {})", g.field, g.distinct, g.filled),
        ));
    }
    if let Some((f, n)) = &proposed_district {
        summary.facts.push((
            "monitoring-fact-district-field".into(),
            format!("{f} ({n})"),
        ));
    }
    let district_field = if settings.district_field.trim().is_empty() {
        proposed_district.map(|(f, _)| f).unwrap_or_default()
    } else {
        settings.district_field.trim().to_string()
    };
    let district_field = district_field.as_str();
    let rows: Vec<AreaRow> = layer
        .areas
        .iter()
        .map(|a| AreaRow {
            key: a.id.clone(),
            name: a.name.clone().unwrap_or_else(|| a.id.clone()),
            district: (!district_field.is_empty())
                .then(|| a.properties.get(district_field))
                .flatten()
                .and_then(|v| match v {
                    serde_json::Value::String(s) => Some(s.clone()),
                    serde_json::Value::Null => None,
                    other => Some(other.to_string()),
                }),
            geometry: geometry_json(&a.geometry),
        })
        .collect();
    summary.sample = rows
        .iter()
        .take(20)
        .map(|r| (r.key.clone(), r.name.clone(), r.district.clone()))
        .collect();
    if kind == "boundaries" {
        let existing: BTreeSet<&str> = areas.iter().map(|a| a.area_key.as_str()).collect();
        let in_file: BTreeSet<&str> = rows.iter().map(|r| r.key.as_str()).collect();
        summary.matched = rows
            .iter()
            .filter(|r| existing.contains(r.key.as_str()))
            .count();
        summary.unmatched = rows
            .iter()
            .filter(|r| !existing.contains(r.key.as_str()))
            .map(|r| r.key.clone())
            .collect();
        summary.missing = existing
            .iter()
            .filter(|k| !in_file.contains(*k))
            .map(|k| (*k).to_string())
            .collect();
    } else {
        summary.matched = rows.len();
    }
    if rows.is_empty() && summary.errors() == 0 {
        summary
            .problems
            .push(file_problem(&file, "the file holds no areas".into()));
    }
    Parsed {
        summary,
        content: Content::Areas(rows),
    }
}

/// Indicator definitions for the chosen keys: name and unit from the form (or the file), with
/// the dataset's source and licence.
pub fn indicator_defs(
    summary: &Summary,
    chosen: &[ChosenIndicator],
    source: &str,
    licence: &str,
) -> Vec<IndicatorDef> {
    chosen
        .iter()
        .filter_map(|c| {
            let s = summary.indicators.iter().find(|i| i.key == c.file_key)?;
            let name = if c.name.trim().is_empty() {
                s.name.clone()
            } else {
                c.name.trim().to_string()
            };
            Some(IndicatorDef {
                key: c.key.clone(),
                name_en: name.clone(),
                name_de: name,
                unit: c.unit.trim().to_string(),
                polarity: c.polarity.clone(),
                source: source.to_string(),
                licence: licence.to_string(),
                definition: c.definition.trim().to_string(),
            })
        })
        .collect()
}

/// An indicator the analyst chose to import, with the names given in the preview form.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ChosenIndicator {
    /// Key proposed from the file.
    pub file_key: String,
    /// Key to store under (may rename).
    pub key: String,
    /// Display name.
    pub name: String,
    /// Unit.
    pub unit: String,
    /// `need`, `less` or `neutral`.
    pub polarity: String,
    /// Definition.
    pub definition: String,
}

/// Validates chosen indicators; returns (field, message) pairs.
pub fn validate_chosen(chosen: &[ChosenIndicator]) -> Vec<(String, String)> {
    let mut errs = Vec::new();
    let mut keys = BTreeSet::new();
    for (i, c) in chosen.iter().enumerate() {
        if c.key.is_empty() || c.key != slug(&c.key) {
            errs.push((
                format!("ind-{i}-key"),
                format!("key '{}' must be lower-case letters, digits and '-'", c.key),
            ));
        } else if !keys.insert(c.key.clone()) {
            errs.push((
                format!("ind-{i}-key"),
                format!("key '{}' is used twice", c.key),
            ));
        }
        if !matches!(c.polarity.as_str(), "need" | "less" | "neutral") {
            errs.push((format!("ind-{i}-polarity"), "choose a direction".into()));
        }
    }
    errs
}

/// The values to write: those of the chosen indicators, renamed to their chosen keys.
pub fn chosen_values(
    values: &[(String, String, i64, Option<f64>)],
    chosen: &[ChosenIndicator],
) -> Vec<(String, String, i64, Option<f64>)> {
    let map: HashMap<&str, &str> = chosen
        .iter()
        .map(|c| (c.file_key.as_str(), c.key.as_str()))
        .collect();
    values
        .iter()
        .filter_map(|(k, a, y, v)| {
            map.get(k.as_str())
                .map(|nk| ((*nk).to_string(), a.clone(), *y, *v))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(key: &str, name: &str) -> Area {
        Area {
            id: 0,
            area_key: key.into(),
            name: name.into(),
            district: None,
        }
    }

    #[test]
    fn slug_transliterates_and_collapses() {
        assert_eq!(slug("SGB-II-Quote"), "sgb-ii-quote");
        assert_eq!(
            slug("Anteil an den Erwerbsfähigen"),
            "anteil-an-den-erwerbsfaehigen"
        );
        assert_eq!(slug("  %  "), "indicator");
    }

    #[test]
    fn csv_by_name_matches_areas_and_reports_unknown_rows() {
        let areas = [area("01", "Nord"), area("02", "Süd")];
        let csv = "Gebiet;Jahr;Arbeitslose\nNord;2022;5,5\nSüd;2022;7\nMond;2022;1\n";
        let p = parse(
            "indicators",
            &[("t.csv".into(), csv.as_bytes().to_vec())],
            &Settings::default(),
            &areas,
            &BTreeSet::new(),
        );
        assert_eq!(p.summary.matched, 2, "{:?}", p.summary.problems);
        assert_eq!(p.summary.unmatched, vec!["Mond".to_string()]);
        let warn = p
            .summary
            .problems
            .iter()
            .find(|x| x.value.as_deref() == Some("Mond"))
            .expect("warning");
        assert_eq!(warn.line, Some(4));
        assert!(!warn.error);
        assert!(p.summary.can_apply());
        let Content::Values(v) = p.content else {
            panic!("values")
        };
        assert!(v.contains(&("arbeitslose".into(), "01".into(), 2022, Some(5.5))));
    }

    #[test]
    fn bad_number_is_an_error_naming_line_and_column() {
        let areas = [area("01", "Nord"), area("02", "Süd")];
        let csv = "id;jahr;quote\n01;2022;4,5\n02;2022;abc\n";
        let p = parse(
            "indicators",
            &[("q.csv".into(), csv.as_bytes().to_vec())],
            &Settings::default(),
            &areas,
            &BTreeSet::new(),
        );
        let e = p.summary.problems.iter().find(|x| x.error).expect("error");
        assert_eq!(e.line, Some(3), "{e:?}");
        assert_eq!(e.column.as_deref(), Some("quote"));
        assert!(!p.summary.can_apply());
    }

    #[test]
    fn table_without_year_needs_one() {
        let areas = [area("01", "Nord")];
        let csv = "id;quote\n01;3\n";
        let files = [("q.csv".to_string(), csv.as_bytes().to_vec())];
        let p = parse(
            "indicators",
            &files,
            &Settings::default(),
            &areas,
            &BTreeSet::new(),
        );
        assert!(
            p.summary
                .problems
                .iter()
                .any(|x| x.error && x.message.contains("year"))
        );
        let s = Settings {
            year: Some(2021),
            ..Settings::default()
        };
        let p = parse("indicators", &files, &s, &areas, &BTreeSet::new());
        assert!(p.summary.can_apply(), "{:?}", p.summary.problems);
        assert_eq!(p.summary.years, vec![2021]);
    }

    #[test]
    fn geojson_boundaries_choose_key_and_name() {
        let gj = r#"{"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"OT":"00","Name":"Zentrum"},"geometry":{"type":"Polygon","coordinates":[[[12.3,51.3],[12.4,51.3],[12.4,51.4],[12.3,51.3]]]}},
          {"type":"Feature","properties":{"OT":"01","Name":"Ost"},"geometry":{"type":"Polygon","coordinates":[[[12.4,51.3],[12.5,51.3],[12.5,51.4],[12.4,51.3]]]}}]}"#;
        let p = parse(
            "boundaries",
            &[("o.geojson".into(), gj.as_bytes().to_vec())],
            &Settings::default(),
            &[area("00", "x")],
            &BTreeSet::new(),
        );
        assert!(p.summary.can_apply(), "{:?}", p.summary.problems);
        assert_eq!(p.summary.matched, 1);
        assert_eq!(p.summary.unmatched, vec!["01".to_string()]);
        let Content::Areas(rows) = p.content else {
            panic!("areas")
        };
        assert_eq!(rows[1].name, "Ost");
        assert!(rows[0].geometry.starts_with("{\"coordinates\""));
    }

    #[test]
    fn shapefile_without_dbf_is_explained() {
        let p = parse(
            "boundaries",
            &[("a.shp".into(), vec![0; 100])],
            &Settings::default(),
            &[],
            &BTreeSet::new(),
        );
        assert!(p.summary.problems[0].message.contains(".dbf"));
    }

    #[test]
    fn zip_uploads_are_unpacked() {
        let mut buf = std::io::Cursor::new(Vec::new());
        {
            let mut w = zip::ZipWriter::new(&mut buf);
            w.start_file("dir/t.csv", zip::write::SimpleFileOptions::default())
                .expect("start");
            std::io::Write::write_all(&mut w, b"id;x\n").expect("write");
            w.finish().expect("finish");
        }
        let files = unpack(vec![("u.zip".into(), buf.into_inner())]).expect("unpack");
        assert_eq!(files, vec![("t.csv".to_string(), b"id;x\n".to_vec())]);
        assert!(unpack(vec![("bad.zip".into(), vec![1, 2, 3])]).is_err());
    }
}
