//! `quartier monitor classify`: choropleth classes of one value (mapclassify rules).

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use quartier_stats::classify;

use super::io::{self, MapText, Outputs, bin_label, json_num, num, short};
use super::{AreaValueArgs, CommonArgs, MapArgs, Progress, bad};
use quartier_maps::LegendEntry;

/// Header of the classification CSV.
pub const HEADER: [&str; 5] = ["id", "value", "class", "lower", "upper"];

/// Classification rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Method {
    /// Quantiles (mapclassify `Quantiles`), k classes (fewer on ties).
    Quantiles,
    /// Equal intervals between minimum and maximum.
    Equal,
    /// Exact Fisher–Jenks optimum.
    FisherJenks,
    /// Mean ± 1 and 2 standard deviations (ddof 1); --k is ignored.
    Stddev,
    /// Box map (hinge 1.5); --k is ignored.
    Box,
}

/// Arguments of `quartier monitor classify`.
#[derive(Debug, Args)]
pub struct ClassifyArgs {
    #[command(flatten)]
    pub input: AreaValueArgs,
    /// Classification rule.
    #[arg(long, value_enum, default_value = "quantiles")]
    pub method: Method,
    /// Number of classes (quantiles, equal, fisher-jenks).
    #[arg(long, default_value_t = 5)]
    pub k: usize,
    /// Output CSV: id,value,class,lower,upper (class 1 = lowest; class j covers
    /// (lower, upper], the first class includes its lower bound).
    #[arg(long)]
    pub out: PathBuf,
    #[command(flatten)]
    pub map: MapArgs,
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Runs the command.
pub fn run(args: ClassifyArgs) -> anyhow::Result<()> {
    if args.k < 2
        && matches!(
            args.method,
            Method::Quantiles | Method::Equal | Method::FisherJenks
        )
    {
        return Err(bad(format!("--k must be at least 2, got {}", args.k)));
    }
    let progress = Progress::new(args.common.quiet);
    let data = io::area_values(&args.input, &progress)?;
    progress.phase(format!("classifying {} areas", data.values.len()));
    let y = &data.values;
    let bins = match args.method {
        Method::Quantiles => classify::quantiles(y, args.k),
        Method::Equal => classify::equal_interval(y, args.k),
        Method::FisherJenks => classify::fisher_jenks(y, args.k),
        Method::Stddev => classify::std_mean(y, &[-2.0, -1.0, 1.0, 2.0]),
        Method::Box => classify::box_plot(y, 1.5),
    }
    .map_err(|e| bad(format!("{}: classification: {e}", data.label)))?;
    if bins.is_empty() {
        return Err(bad(format!("{}: no class breaks", data.label)));
    }
    let min = y.iter().copied().fold(f64::INFINITY, f64::min);
    let cls = classify::assign(y, &bins);
    let bounds = |j: usize| -> (f64, f64) {
        let lo = if j == 0 {
            min.min(bins[0])
        } else {
            bins[j - 1]
        };
        (lo, bins[j])
    };
    let rows = data.layer.areas.iter().enumerate().map(|(k, a)| {
        let (lo, hi) = bounds(cls[k]);
        [
            a.id.clone(),
            num(y[k]),
            (cls[k] + 1).to_string(),
            num(lo),
            num(hi),
        ]
    });
    let mut out = Outputs::default();
    out.add(&args.out, io::csv_string(&HEADER, rows)?);
    let method_name = match args.method {
        Method::Quantiles => "quantiles",
        Method::Equal => "equal intervals",
        Method::FisherJenks => "Fisher–Jenks",
        Method::Stddev => "standard deviations",
        Method::Box => "box map",
    };
    if let Some(path) = &args.map.map {
        let counts = classify::counts(y, &bins);
        let colors = quartier_maps::sequential(bins.len());
        let classes = (0..bins.len())
            .map(|j| LegendEntry {
                label: format!(
                    "{} ({} areas)",
                    bin_label(&bins, j, min.min(bins[0])),
                    counts.get(j).copied().unwrap_or(0)
                ),
                color: colors[j].clone(),
            })
            .collect();
        let labels: Vec<String> = (0..data.layer.areas.len())
            .map(|k| {
                format!(
                    "{} = {} (class {})",
                    args.input.value,
                    short(y[k]),
                    cls[k] + 1
                )
            })
            .collect();
        let text = MapText {
            title: args
                .map
                .title
                .clone()
                .unwrap_or_else(|| format!("{} ({method_name})", data.label)),
            source: args.map.source.clone(),
            legend_title: args.input.value.clone(),
            classes,
            no_data_label: None,
        };
        let class_of: Vec<Option<usize>> = cls.iter().map(|&c| Some(c)).collect();
        out.add(
            path,
            io::map_document(&data.layer, text, &class_of, &labels),
        );
    }
    if let Some(path) = &args.map.geojson {
        let props: Vec<quartier_geodata::Properties> = (0..y.len())
            .map(|k| {
                let (lo, hi) = bounds(cls[k]);
                let mut m = serde_json::Map::new();
                m.insert("value".into(), json_num(y[k]));
                m.insert("class".into(), (cls[k] + 1).into());
                m.insert("lower".into(), json_num(lo));
                m.insert("upper".into(), json_num(hi));
                m
            })
            .collect();
        out.add(
            path,
            io::geojson_with(&data.layer, &args.input.area_id, &props),
        );
    }
    out.commit(&progress)
}
