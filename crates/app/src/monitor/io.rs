//! Input (boundaries, tables, value joins, weights) and atomic output for the monitor
//! commands.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use anyhow::Context;
use quartier_geodata::{AreaLayer, ImportOptions, read_boundaries};
use quartier_stats::weights::{Weights, centroids};
use quartier_tabular::matching::{Target, match_keys};
use quartier_tabular::{ColumnRole, Layout, Record, TableImport, TableOptions, read_table};

use super::{AreaValueArgs, BadInput, Progress, TableReadArgs, WeightsSpec, bad};

/// File name of a path for messages.
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Splits a comma-separated option value into trimmed, non-empty items.
pub fn split_list(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Formats a number for CSV output: shortest round-trip representation, empty for NaN.
pub fn num(x: f64) -> String {
    if !x.is_finite() {
        String::new()
    } else if x != 0.0 && (x.abs() < 1e-4 || x.abs() >= 1e16) {
        format!("{x:e}")
    } else {
        x.to_string()
    }
}

/// Formats an optional number (empty when missing).
pub fn opt_num(x: Option<f64>) -> String {
    x.map(num).unwrap_or_default()
}

// ---------------------------------------------------------------------------- maps

/// A number with at most 4 significant decimals for map legends and tooltips.
pub fn short(x: f64) -> String {
    if !x.is_finite() {
        return "–".to_owned();
    }
    let s = format!("{x:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

/// Legend label of upper-bound class `j` of `bins` (the first class includes the minimum).
pub fn bin_label(bins: &[f64], j: usize, min: f64) -> String {
    let lo = if j == 0 {
        min
    } else {
        bins.get(j - 1).copied().unwrap_or(f64::NAN)
    };
    let hi = bins.get(j).copied().unwrap_or(f64::NAN);
    if j == 0 {
        format!("[{} – {}]", short(lo), short(hi))
    } else {
        format!("({} – {}]", short(lo), short(hi))
    }
}

/// What the CLI puts on a map besides the areas (`--title`, `--source`, legend).
pub struct MapText {
    /// Heading.
    pub title: String,
    /// Source line (`--source`), if any.
    pub source: Option<String>,
    /// Legend heading.
    pub legend_title: String,
    /// Classes; `class_of` indexes this list.
    pub classes: Vec<quartier_maps::LegendEntry>,
    /// Legend text for areas without a class (`None`: no legend entry).
    pub no_data_label: Option<String>,
}

/// Renders the choropleth of `layer` with `quartier_maps` as a standalone SVG document.
/// `class_of` and `labels` (the value text shown after the area name) are in layer order.
pub fn map_document(
    layer: &AreaLayer,
    text: MapText,
    class_of: &[Option<usize>],
    labels: &[String],
) -> String {
    let areas: Vec<quartier_maps::MapArea<'_>> = layer
        .areas
        .iter()
        .enumerate()
        .map(|(i, a)| quartier_maps::MapArea {
            key: a.id.clone(),
            name: match a.name.as_deref() {
                Some(n) => format!("{} {n}", a.id),
                None => a.id.clone(),
            },
            geometry: &a.geometry,
            label: labels.get(i).cloned().unwrap_or_default(),
            class: class_of.get(i).copied().flatten(),
            href: None,
        })
        .collect();
    let spec = quartier_maps::MapSpec {
        title: text.title,
        source_line: text.source.unwrap_or_default(),
        legend_title: text.legend_title,
        legend: text.classes,
        no_data_label: text.no_data_label.unwrap_or_default(),
        width: 800.0,
        ..quartier_maps::MapSpec::default()
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}",
        quartier_maps::choropleth(&areas, &spec)
    )
}

// ---------------------------------------------------------------------------- areas

/// Reads a boundary file with the geodata crate; errors (all problems, up to 20 shown)
/// are bad input, warnings are printed.
pub fn read_areas(
    path: &Path,
    id_field: &str,
    name_field: Option<&str>,
    merge_duplicate_ids: bool,
    progress: &Progress,
) -> anyhow::Result<AreaLayer> {
    progress.phase(format!("reading {}", file_name(path)));
    if !path.exists() {
        return Err(bad(format!("{}: file not found", path.display())));
    }
    let mut opts = ImportOptions::new(id_field);
    if let Some(n) = name_field {
        opts = opts.with_name_field(n);
    }
    opts.merge_duplicate_ids = merge_duplicate_ids;
    let report = read_boundaries(path, &opts).map_err(|e| bad(e.to_string()))?;
    let (errors, warnings): (Vec<_>, Vec<_>) = report
        .problems
        .iter()
        .partition(|p| p.severity == quartier_geodata::Severity::Error);
    if !errors.is_empty() {
        return Err(anyhow::Error::new(BadInput::many(
            errors.iter().map(ToString::to_string).collect(),
            report.truncated,
        )));
    }
    let warnings: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    progress.warn_all(&warnings);
    if report.layer.areas.is_empty() {
        return Err(bad(format!("{}: no areas found", file_name(path))));
    }
    Ok(report.layer)
}

/// Numeric value of a boundary property (numbers, numeric strings with `.` or `,`).
fn property_number(v: &serde_json::Value) -> Option<f64> {
    match v {
        serde_json::Value::Number(n) => n.as_f64(),
        serde_json::Value::String(s) => {
            let t = s.trim();
            t.parse::<f64>()
                .ok()
                .or_else(|| t.replace(',', ".").parse::<f64>().ok())
                .filter(|x| x.is_finite())
        }
        _ => None,
    }
}

// ---------------------------------------------------------------------------- tables

/// A table read with the tabular crate, with column lookup by header name.
pub struct LoadedTable {
    /// File name for messages.
    pub file: String,
    import: TableImport,
    year: Option<i32>,
}

/// One table column: area id → (value, 1-based line).
pub type Column = HashMap<String, (Option<f64>, usize)>;

impl LoadedTable {
    /// Reads a table; errors in the id column, in `used` columns or without a column are
    /// bad input (all listed), errors in other columns become warnings.
    pub fn read(
        path: &Path,
        id_column: Option<&str>,
        used: &[String],
        year: Option<i32>,
        read: &TableReadArgs,
        progress: &Progress,
    ) -> anyhow::Result<Self> {
        let file = file_name(path);
        progress.phase(format!("reading {file}"));
        if !path.exists() {
            return Err(bad(format!("{}: file not found", path.display())));
        }
        let options = TableOptions {
            area_column: id_column.map(str::to_owned),
            mapping: read.mapping(),
            ..TableOptions::default()
        };
        let import = read_table(path, &options).map_err(|e| bad(e.to_string()))?;
        let mut used_norm: HashSet<String> = used.iter().map(|u| u.trim().to_lowercase()).collect();
        if let Some(y) = &read.year_column {
            used_norm.insert(y.trim().to_lowercase());
        }
        let structural: HashSet<String> = import
            .recognition
            .columns
            .iter()
            .filter(|c| {
                matches!(
                    c.role,
                    ColumnRole::AreaId
                        | ColumnRole::Year
                        | ColumnRole::IndicatorName
                        | ColumnRole::Value
                )
            })
            .map(|c| c.header.trim().to_lowercase())
            .collect();
        let mut fatal = Vec::new();
        let mut warnings = Vec::new();
        for p in &import.problems {
            let is_error = p.severity == quartier_tabular::Severity::Error;
            let relevant = match &p.column {
                None => true,
                Some(c) => {
                    let c = c.trim().to_lowercase();
                    used_norm.contains(&c)
                        || structural.contains(&c)
                        || id_column.is_some_and(|i| i.trim().to_lowercase() == c)
                }
            };
            if is_error && relevant {
                fatal.push(p.to_string());
            } else if relevant || !is_error {
                warnings.push(p.to_string());
            } else {
                warnings.push(format!("{p} (column not used)"));
            }
        }
        if !fatal.is_empty() {
            return Err(anyhow::Error::new(BadInput::many(fatal, import.truncated)));
        }
        progress.warn_all(&warnings);
        Ok(LoadedTable { file, import, year })
    }

    /// Area ids in first-seen order.
    pub fn area_ids(&self) -> Vec<String> {
        self.import.table.area_ids()
    }

    fn headers(&self) -> String {
        self.import
            .recognition
            .columns
            .iter()
            .map(|c| c.header.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The values of one column keyed by the ids of `layer`: table keys that are not area
    /// ids are matched with [`quartier_tabular::matching`] (leading zeros, "11 Aegidii" for
    /// `11`, names, merged pairs), each such match printed as a warning.
    pub fn join_column(
        &self,
        name: &str,
        layer: &AreaLayer,
        progress: &Progress,
    ) -> anyhow::Result<Column> {
        let col = self.column(name)?;
        let ids: HashSet<&str> = layer.areas.iter().map(|a| a.id.as_str()).collect();
        let foreign: Vec<(String, Option<String>)> = col
            .keys()
            .filter(|k| !ids.contains(k.as_str()))
            .map(|k| (k.clone(), self.import.table.area_names.get(k).cloned()))
            .collect();
        if foreign.is_empty() {
            return Ok(col);
        }
        let targets: Vec<Target> = layer
            .areas
            .iter()
            .filter(|a| !col.contains_key(&a.id))
            .map(|a| Target {
                key: a.id.clone(),
                name: a.name.clone(),
            })
            .collect();
        let mut foreign = foreign;
        foreign.sort();
        let m = match_keys(&foreign, &targets, &BTreeMap::new());
        let mut out = col.clone();
        let mut notes = Vec::new();
        for km in &m.matched {
            let Some(v) = col.get(&km.source).copied() else {
                continue;
            };
            out.remove(&km.source);
            for t in &km.targets {
                out.insert(t.clone(), v);
            }
            if !km.how.is_certain() || km.targets.len() > 1 {
                notes.push(format!(
                    "{}: key '{}' read as area {} ({})",
                    self.file,
                    km.source,
                    km.targets.join(" + "),
                    km.how.label()
                ));
            }
        }
        progress.warn_all(&notes);
        for s in &m.unmatched {
            if let Some((best, _)) = s.candidates.first() {
                progress.warn(format!(
                    "{}: key '{}' matches no area; did you mean '{best}'?",
                    self.file, s.source
                ));
            }
        }
        Ok(out)
    }

    /// The values of one column (by header; in long layout by indicator name).
    pub fn column(&self, name: &str) -> anyhow::Result<Column> {
        let rec = &self.import.recognition;
        let wanted = name.trim();
        let info = rec.columns.iter().find(|c| c.header == wanted).or_else(|| {
            rec.columns
                .iter()
                .find(|c| c.header.trim().eq_ignore_ascii_case(wanted))
        });
        let selected: Vec<&Record> = match info.map(|c| &c.role) {
            Some(ColumnRole::Indicator { name: ind, year }) => self
                .import
                .table
                .records
                .iter()
                .filter(|r| &r.indicator == ind && (year.is_none() || r.year == *year))
                .collect(),
            Some(ColumnRole::AreaId) => {
                return Err(bad(format!(
                    "{}: column '{wanted}' is the area id column, not a value column",
                    self.file
                )));
            }
            Some(ColumnRole::Ignored(reason)) => {
                return Err(bad(format!(
                    "{}: column '{wanted}' cannot be used as a numeric column ({reason})",
                    self.file
                )));
            }
            Some(_) if rec.layout != Layout::Long => {
                return Err(bad(format!(
                    "{}: column '{wanted}' is not an indicator column",
                    self.file
                )));
            }
            _ => {
                let v: Vec<&Record> = self
                    .import
                    .table
                    .records
                    .iter()
                    .filter(|r| r.indicator == wanted)
                    .collect();
                if v.is_empty() {
                    return Err(bad(format!(
                        "{}: column '{wanted}' not found (columns: {})",
                        self.file,
                        self.headers()
                    )));
                }
                v
            }
        };
        let years: BTreeSet<Option<i32>> = selected.iter().map(|r| r.year).collect();
        let selected: Vec<&Record> = match self.year {
            Some(y) => {
                let v: Vec<&Record> = selected
                    .into_iter()
                    .filter(|r| r.year == Some(y) || r.year.is_none())
                    .collect();
                if v.is_empty() {
                    return Err(bad(format!(
                        "{}: column '{wanted}' has no values for year {y}",
                        self.file
                    )));
                }
                v
            }
            None if years.len() > 1 => {
                let list: Vec<String> = years.iter().flatten().map(ToString::to_string).collect();
                return Err(bad(format!(
                    "{}: column '{wanted}' has values for several years ({}); choose one with --year",
                    self.file,
                    list.join(", ")
                )));
            }
            None => selected,
        };
        Ok(selected
            .into_iter()
            .map(|r| (r.area_id.clone(), (r.value, r.line)))
            .collect())
    }
}

// ---------------------------------------------------------------------------- values

/// Areas with one value each (areas without a value dropped only with --drop-unmatched).
pub struct AreaValues {
    /// The areas, in boundary-file order.
    pub layer: AreaLayer,
    /// One value per area.
    pub values: Vec<f64>,
    /// Where the value came from (for titles), e.g. `"s1 (table.csv)"`.
    pub label: String,
}

/// Reads the areas and their values (property or joined table column).
pub fn area_values(args: &AreaValueArgs, progress: &Progress) -> anyhow::Result<AreaValues> {
    let mut layer = read_areas(
        &args.areas,
        &args.area_id,
        args.area_name.as_deref(),
        args.merge_duplicate_ids,
        progress,
    )?;
    let areas_file = file_name(&args.areas);
    let mut messages = Vec::new();
    let values: Vec<Option<f64>>;
    let label;
    match &args.table {
        None => {
            label = args.value.clone();
            values = layer
                .areas
                .iter()
                .map(|a| match a.properties.get(&args.value) {
                    None | Some(serde_json::Value::Null) => {
                        messages.push(format!(
                            "{areas_file}: area '{}', property '{}': missing value",
                            a.id, args.value
                        ));
                        None
                    }
                    Some(v) => {
                        let x = property_number(v);
                        if x.is_none() {
                            messages.push(format!(
                                "{areas_file}: area '{}', property '{}': not a number (value '{}')",
                                a.id,
                                args.value,
                                v.as_str().map_or_else(|| v.to_string(), str::to_owned)
                            ));
                        }
                        x
                    }
                })
                .collect();
            let absent = layer
                .areas
                .iter()
                .filter(|a| !a.properties.contains_key(&args.value))
                .count();
            if absent == layer.areas.len() {
                let mut keys: Vec<&String> = layer
                    .areas
                    .first()
                    .map(|a| a.properties.keys().collect())
                    .unwrap_or_default();
                keys.sort();
                let keys: Vec<&str> = keys.iter().map(|k| k.as_str()).collect();
                return Err(bad(format!(
                    "{areas_file}: property '{}' not found (properties: {})",
                    args.value,
                    keys.join(", ")
                )));
            }
        }
        Some(tpath) => {
            let table = LoadedTable::read(
                tpath,
                args.id_column.as_deref(),
                std::slice::from_ref(&args.value),
                args.year,
                &args.read,
                progress,
            )?;
            label = format!("{} ({})", args.value, table.file);
            let col = table.join_column(&args.value, &layer, progress)?;
            let mut unmatched = Vec::new();
            let mut keep = Vec::with_capacity(layer.areas.len());
            let mut vals = Vec::with_capacity(layer.areas.len());
            for a in &layer.areas {
                match col.get(&a.id) {
                    None => {
                        unmatched.push(a.id.clone());
                        keep.push(false);
                    }
                    Some((None, line)) => {
                        messages.push(format!(
                            "{}:{line} column '{}': missing value for area '{}'",
                            table.file, args.value, a.id
                        ));
                        keep.push(true);
                        vals.push(None);
                    }
                    Some((Some(v), _)) => {
                        keep.push(true);
                        vals.push(Some(*v));
                    }
                }
            }
            if !unmatched.is_empty() {
                let shown: Vec<&str> = unmatched.iter().take(20).map(String::as_str).collect();
                let more = if unmatched.len() > 20 {
                    format!(" and {} more", unmatched.len() - 20)
                } else {
                    String::new()
                };
                let msg = format!(
                    "{}: no row for {} area id(s) of {areas_file}: {}{more}",
                    table.file,
                    unmatched.len(),
                    shown.join(", ")
                );
                if args.drop_unmatched {
                    progress.warn(format!("{msg} (left out)"));
                    let mut it = keep.iter();
                    layer.areas.retain(|_| it.next().copied().unwrap_or(false));
                } else {
                    return Err(bad(format!(
                        "{msg} (use --drop-unmatched to leave them out)"
                    )));
                }
            }
            let ids: HashSet<&str> = layer.areas.iter().map(|a| a.id.as_str()).collect();
            let extra = col.keys().filter(|k| !ids.contains(k.as_str())).count();
            if extra > 0 {
                progress.warn(format!(
                    "{}: {extra} row(s) with ids not in {areas_file} ignored",
                    table.file
                ));
            }
            values = vals;
        }
    }
    if !messages.is_empty() {
        return Err(anyhow::Error::new(BadInput::many(messages, false)));
    }
    let values: Vec<f64> = values.into_iter().map(|v| v.unwrap_or(f64::NAN)).collect();
    Ok(AreaValues {
        layer,
        values,
        label,
    })
}

/// Builds spatial weights for the areas (binary; the statistics apply their transform).
pub fn build_weights(
    spec: WeightsSpec,
    layer: &AreaLayer,
    progress: &Progress,
) -> anyhow::Result<Weights> {
    progress.phase(format!(
        "building {spec} weights for {} areas",
        layer.areas.len()
    ));
    let polygons: Vec<_> = layer.areas.iter().map(|a| a.geometry.clone()).collect();
    let w = match spec {
        WeightsSpec::Queen => Weights::queen(&polygons, 0.0),
        WeightsSpec::Rook => Weights::rook(&polygons, 0.0),
        WeightsSpec::Knn(k) => centroids(&polygons).and_then(|c| Weights::knn(&c, k)),
    };
    let w = w.map_err(|e| bad(format!("{spec} weights: {e}")))?;
    let islands = w.islands();
    if !islands.is_empty() {
        let ids: Vec<&str> = islands
            .iter()
            .take(20)
            .filter_map(|&i| layer.areas.get(i).map(|a| a.id.as_str()))
            .collect();
        progress.warn(format!(
            "{} area(s) without neighbours ({spec}): {}{}",
            islands.len(),
            ids.join(", "),
            if islands.len() > 20 { ", …" } else { "" }
        ));
    }
    Ok(w)
}

// ---------------------------------------------------------------------------- output

/// Renders rows as CSV (comma-separated, quoted where needed, `\n` line ends).
pub fn csv_string<I, R>(header: &[&str], rows: I) -> anyhow::Result<String>
where
    I: IntoIterator<Item = R>,
    R: IntoIterator,
    R::Item: AsRef<[u8]>,
{
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    w.write_record(header)?;
    for r in rows {
        w.write_record(r)?;
    }
    let bytes = w.into_inner().context("finishing CSV")?;
    String::from_utf8(bytes).context("CSV is not UTF-8")
}

/// Output files rendered in memory and committed together: every file is written to a
/// temporary sibling first and renamed only when all temporaries were written.
#[derive(Default)]
pub struct Outputs {
    files: Vec<(PathBuf, Vec<u8>)>,
}

impl Outputs {
    /// Adds a file.
    pub fn add(&mut self, path: &Path, content: impl Into<Vec<u8>>) {
        self.files.push((path.to_path_buf(), content.into()));
    }

    /// Writes all files atomically (as far as the file system allows).
    pub fn commit(self, progress: &Progress) -> anyhow::Result<()> {
        progress.phase("writing output");
        let mut temps: Vec<(PathBuf, PathBuf)> = Vec::new();
        let result = (|| -> anyhow::Result<()> {
            for (path, content) in &self.files {
                let dir = match path.parent() {
                    Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
                    _ => PathBuf::from("."),
                };
                if !dir.is_dir() {
                    return Err(bad(format!(
                        "{}: output folder {} does not exist",
                        file_name(path),
                        dir.display()
                    )));
                }
                let tmp = dir.join(format!(".{}.{}.tmp", file_name(path), std::process::id()));
                std::fs::write(&tmp, content)
                    .with_context(|| format!("cannot write {}", tmp.display()))?;
                temps.push((tmp, path.clone()));
            }
            Ok(())
        })();
        if let Err(e) = result {
            for (tmp, _) in &temps {
                let _ = std::fs::remove_file(tmp);
            }
            return Err(e);
        }
        for (i, (tmp, path)) in temps.iter().enumerate() {
            if let Err(e) = std::fs::rename(tmp, path) {
                for (t, _) in &temps[i..] {
                    let _ = std::fs::remove_file(t);
                }
                return Err(anyhow::Error::new(e)
                    .context(format!("cannot move output into place: {}", path.display())));
            }
        }
        Ok(())
    }
}

/// GeoJSON of the areas with the given result properties (by area index).
pub fn geojson_with(
    layer: &AreaLayer,
    id_field: &str,
    props: &[quartier_geodata::Properties],
) -> String {
    let by_id: HashMap<&str, &quartier_geodata::Properties> = layer
        .areas
        .iter()
        .map(|a| a.id.as_str())
        .zip(props.iter())
        .collect();
    quartier_geodata::to_geojson(layer, id_field, |a| {
        by_id.get(a.id.as_str()).map(|p| (*p).clone())
    })
}

/// JSON value of a number (null for NaN).
pub fn json_num(x: f64) -> serde_json::Value {
    serde_json::Number::from_f64(x)
        .map(serde_json::Value::Number)
        .unwrap_or(serde_json::Value::Null)
}
