//! `quartier monitor …`: the offline social-monitoring command line.
//!
//! Need indices (Berlin MSS preset, composite indicators), global and local spatial
//! autocorrelation (Moran's I, LISA) and choropleth classification on boundary files
//! (GeoJSON, Shapefile, GeoPackage) and indicator tables (CSV, XLSX, ODS). The commands
//! never open the database or read the server configuration.
//!
//! Exit codes: 0 success, 2 bad input (file, column, value or option problems; clap's
//! own usage errors also exit with 2), 1 any other failure. Outputs are written
//! atomically: all results are rendered in memory, written to temporary files next to
//! their targets and renamed only when everything succeeded.

mod classify;
mod index;
mod io;
mod lisa;
mod moran;

use std::fmt;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use quartier_tabular::{HeaderRow, Mapping, YearColumn};

/// Maximum number of individual problems printed for one failed run.
pub const MAX_PRINTED_PROBLEMS: usize = 20;

/// The `quartier monitor` subcommands.
#[derive(Debug, Subcommand)]
pub enum MonitorCmd {
    /// Need index per area: Berlin MSS preset or a composite indicator.
    Index(Box<index::IndexArgs>),
    /// Local Moran's I (LISA) per area with permutation p-values and BH q-values.
    Lisa(Box<lisa::LisaArgs>),
    /// Global Moran's I with analytical and permutation inference (one CSV row).
    Moran(Box<moran::MoranArgs>),
    /// Choropleth classes of one value (quantiles, equal, fisher-jenks, stddev, box).
    Classify(Box<classify::ClassifyArgs>),
}

/// Options shared by every command.
#[derive(Debug, Clone, Args)]
pub struct CommonArgs {
    /// Hide the progress display and warnings on stderr.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

/// Areas plus the value to analyse: from a boundary property or a joined table column.
#[derive(Debug, Clone, Args)]
pub struct AreaValueArgs {
    /// Boundary file: GeoJSON (.geojson/.json), Shapefile (.shp) or GeoPackage (.gpkg).
    #[arg(long)]
    pub areas: PathBuf,
    /// Property/attribute holding the area id.
    #[arg(long)]
    pub area_id: String,
    /// Property/attribute holding a display name (used in map tooltips).
    #[arg(long)]
    pub area_name: Option<String>,
    /// Merge features with the same id into one area (reported as a warning) instead of
    /// rejecting the file.
    #[arg(long)]
    pub merge_duplicate_ids: bool,
    /// Indicator table (CSV, XLSX, ODS) to take the value from instead of the boundary file.
    #[arg(long)]
    pub table: Option<PathBuf>,
    /// Id column of the table (default: recognised automatically).
    #[arg(long, requires = "table")]
    pub id_column: Option<String>,
    /// Year to use when the table has several years.
    #[arg(long, requires = "table")]
    pub year: Option<i32>,
    /// Drop areas without a table row (listed as a warning) instead of failing.
    #[arg(long, requires = "table")]
    pub drop_unmatched: bool,
    /// How to read the table where guessing is not enough.
    #[command(flatten)]
    pub read: TableReadArgs,
    /// Name of the property (or, with --table, the column) holding the value.
    #[arg(long)]
    pub value: String,
}

/// How to read a table where the automatic recognition is not enough.
#[derive(Debug, Clone, Default, Args)]
pub struct TableReadArgs {
    /// Column holding the year (or year and month: a `ZEIT` column of `202012` is year
    /// 2020, month 12), or `none` when no column is the year.
    #[arg(long, value_name = "NAME|none")]
    pub year_column: Option<String>,
    /// 1-based line (spreadsheet row) of the header, or `none` for a table without a
    /// header row (columns are then named `column 1`, `column 2`, …).
    #[arg(long, value_name = "N|none", value_parser = parse_header_row)]
    pub header_row: Option<HeaderRow>,
    /// Rows at the top to skip (titles, notes) before the header is looked for.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub skip_rows: usize,
}

impl TableReadArgs {
    /// The table mapping these options stand for.
    pub fn mapping(&self) -> Mapping {
        Mapping {
            header_row: self.header_row,
            skip_rows: self.skip_rows,
            year_column: self.year_column.as_deref().map(|y| {
                if y.trim().eq_ignore_ascii_case("none") {
                    YearColumn::None
                } else {
                    YearColumn::Named(y.trim().to_owned())
                }
            }),
            ..Mapping::default()
        }
    }
}

/// Parses `--header-row`: a 1-based line number or `none`.
pub fn parse_header_row(s: &str) -> Result<HeaderRow, String> {
    let t = s.trim();
    if t.eq_ignore_ascii_case("none") {
        return Ok(HeaderRow::None);
    }
    match t.parse::<usize>() {
        Ok(n) if n > 0 => Ok(HeaderRow::Line(n)),
        _ => Err(format!(
            "expected a line number from 1 or 'none', got {s:?}"
        )),
    }
}

/// Spatial weights specification: `queen`, `rook` or `knn:K`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeightsSpec {
    /// Shared vertex.
    Queen,
    /// Shared edge.
    Rook,
    /// K nearest centroids.
    Knn(usize),
}

impl fmt::Display for WeightsSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WeightsSpec::Queen => f.write_str("queen"),
            WeightsSpec::Rook => f.write_str("rook"),
            WeightsSpec::Knn(k) => write!(f, "knn:{k}"),
        }
    }
}

/// Parses `queen`, `rook` or `knn:K` (clap value parser).
pub fn parse_weights(s: &str) -> Result<WeightsSpec, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "queen" => Ok(WeightsSpec::Queen),
        "rook" => Ok(WeightsSpec::Rook),
        other => match other.strip_prefix("knn:") {
            Some(k) => match k.parse::<usize>() {
                Ok(k) if k > 0 => Ok(WeightsSpec::Knn(k)),
                _ => Err(format!("invalid k in {s:?}: expected a positive integer")),
            },
            None => Err(format!("expected queen, rook or knn:K, got {s:?}")),
        },
    }
}

/// Permutation scheme of the LISA.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PermutationMethodArg {
    /// Fresh draws for every area (GeoDa "complete").
    Independent,
    /// One table shared by all areas (esda, GeoDa "lookup-table").
    Shared,
}

/// Map and GeoJSON output options shared by index, lisa and classify.
#[derive(Debug, Clone, Args)]
pub struct MapArgs {
    /// Write an SVG choropleth map to this file.
    #[arg(long)]
    pub map: Option<PathBuf>,
    /// Write the areas with the result columns as properties to this GeoJSON file.
    #[arg(long)]
    pub geojson: Option<PathBuf>,
    /// Map title (default: derived from the command).
    #[arg(long)]
    pub title: Option<String>,
    /// Source line printed at the bottom of the map, e.g. "Daten: Amt für Statistik".
    #[arg(long)]
    pub source: Option<String>,
}

/// An input problem: exit code 2, every message printed on its own line.
#[derive(Debug)]
pub struct BadInput {
    /// One-line messages naming file, row, column and value where known.
    pub messages: Vec<String>,
    /// Number of further problems that were not kept.
    pub more: usize,
}

impl BadInput {
    /// A single message.
    pub fn one(message: impl Into<String>) -> Self {
        BadInput {
            messages: vec![message.into()],
            more: 0,
        }
    }

    /// Several messages; `truncated` means the source stopped collecting.
    pub fn many(messages: Vec<String>, truncated: bool) -> Self {
        BadInput {
            messages,
            more: usize::from(truncated),
        }
    }
}

impl fmt::Display for BadInput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.messages.first() {
            Some(m) if self.messages.len() == 1 => f.write_str(m),
            Some(m) => write!(f, "{m} (and {} more problems)", self.messages.len() - 1),
            None => f.write_str("invalid input"),
        }
    }
}

impl std::error::Error for BadInput {}

/// Shorthand: an `anyhow::Error` carrying one bad-input message.
pub(crate) fn bad(message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(BadInput::one(message))
}

/// Runs a monitor command and maps the outcome to the process exit code, printing
/// errors to stderr (bad input: exit 2, up to 20 problems; other failures: exit 1).
pub fn run(cmd: MonitorCmd) -> ExitCode {
    match execute(cmd) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if let Some(b) = e.downcast_ref::<BadInput>() {
                for m in b.messages.iter().take(MAX_PRINTED_PROBLEMS) {
                    eprintln!("error: {m}");
                }
                let hidden = b.messages.len().saturating_sub(MAX_PRINTED_PROBLEMS);
                if hidden > 0 || b.more > 0 {
                    eprintln!(
                        "error: … {} more problem(s) not shown",
                        if b.more > 0 {
                            format!("{hidden}+")
                        } else {
                            hidden.to_string()
                        }
                    );
                }
                ExitCode::from(2)
            } else {
                eprintln!("error: {e:#}");
                ExitCode::FAILURE
            }
        }
    }
}

/// Runs a monitor command; errors carrying [`BadInput`] denote invalid input.
pub fn execute(cmd: MonitorCmd) -> anyhow::Result<()> {
    match cmd {
        MonitorCmd::Index(a) => index::run(*a),
        MonitorCmd::Lisa(a) => lisa::run(*a),
        MonitorCmd::Moran(a) => moran::run(*a),
        MonitorCmd::Classify(a) => classify::run(*a),
    }
}

/// A spinner with phase messages on stderr (hidden with `--quiet` or when stderr is not
/// a terminal). The statistics crate offers no progress callback, so long steps show
/// their phase and the elapsed time.
pub(crate) struct Progress {
    bar: Option<ProgressBar>,
    quiet: bool,
}

impl Progress {
    pub fn new(quiet: bool) -> Self {
        let bar = (!quiet).then(|| {
            let pb = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template("{spinner} [{elapsed_precise}] {msg}") {
                pb.set_style(style);
            }
            pb.enable_steady_tick(Duration::from_millis(120));
            pb
        });
        Progress { bar, quiet }
    }

    /// Shows the current phase.
    pub fn phase(&self, msg: impl Into<String>) {
        if let Some(b) = &self.bar {
            b.set_message(msg.into());
        }
    }

    /// Prints a warning line (unless quiet) without disturbing the spinner.
    pub fn warn(&self, msg: impl AsRef<str>) {
        if self.quiet {
            return;
        }
        let line = format!("warning: {}", msg.as_ref());
        match &self.bar {
            Some(b) if !b.is_hidden() => b.println(line),
            _ => eprintln!("{line}"),
        }
    }

    /// Prints up to [`MAX_PRINTED_PROBLEMS`] warnings.
    pub fn warn_all(&self, msgs: &[String]) {
        for m in msgs.iter().take(MAX_PRINTED_PROBLEMS) {
            self.warn(m);
        }
        if msgs.len() > MAX_PRINTED_PROBLEMS {
            self.warn(format!(
                "… {} more warning(s) not shown",
                msgs.len() - MAX_PRINTED_PROBLEMS
            ));
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}
