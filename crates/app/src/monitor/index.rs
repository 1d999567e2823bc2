//! `quartier monitor index`: need indices per area — the Berlin MSS preset and the
//! general composite-indicator pipeline with Monte-Carlo rank uncertainty.

use std::collections::HashMap;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use quartier_stats::classify;
use quartier_stats::composite::{
    self, Aggregation, CompositeConfig, CompositeInput, Imputation, IndicatorSpec, Normalisation,
    OutlierTreatment, TopClass, UncertaintyConfig, Weighting,
};
use quartier_stats::indicator::Polarity;
use quartier_stats::mss::{self, MssArea, MssConfig, StatusClass};

use super::io::{
    self, Column, LoadedTable, MapText, Outputs, bin_label, json_num, num, opt_num, short,
    split_list,
};
use super::{CommonArgs, MapArgs, Progress, TableReadArgs, bad};
use quartier_maps::LegendEntry;

/// Index preset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Preset {
    /// Berlin "Monitoring Soziale Stadtentwicklung": status and dynamic index and classes.
    Mss,
    /// Composite indicator (normalise, weight, aggregate; optional rank uncertainty).
    Composite,
}

/// Normalisation of the composite preset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NormArg {
    /// z-score with population SD (ddof 0).
    Zscore,
    /// Min–max onto [0, 100].
    Minmax,
    /// Rank (ties = min).
    Rank,
    /// Percentile rank in [0, 1].
    PercentileRank,
}

/// Aggregation of the composite preset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AggArg {
    /// Weighted arithmetic mean.
    Arithmetic,
    /// Weighted geometric mean.
    Geometric,
}

/// Missing-value treatment of the composite preset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImputeArg {
    /// Areas with a gap get no score (reason in `note`).
    None,
    /// Indicator mean.
    Mean,
    /// Indicator median.
    Median,
}

/// Arguments of `quartier monitor index`.
#[derive(Debug, Args)]
pub struct IndexArgs {
    /// Index preset.
    #[arg(long, value_enum)]
    pub preset: Preset,
    /// Indicator table: CSV (`;`/`,`/tab, decimal comma or point, UTF-8/Windows-1252), XLSX or ODS.
    #[arg(long)]
    pub table: PathBuf,
    /// Id column of the table (default: recognised automatically).
    #[arg(long)]
    pub id_column: Option<String>,
    /// Year to use when the table has several years.
    #[arg(long)]
    pub year: Option<i32>,
    /// How to read the table where guessing is not enough.
    #[command(flatten)]
    pub read: TableReadArgs,
    /// MSS: population column (areas below --min-population are not classified).
    #[arg(long)]
    pub population_column: Option<String>,
    /// MSS: status indicator columns, comma-separated.
    #[arg(long)]
    pub status: Option<String>,
    /// MSS: dynamic indicator columns, comma-separated (may be omitted).
    #[arg(long)]
    pub dynamic: Option<String>,
    /// MSS: minimum population of a classified area (0 disables the check).
    #[arg(long, default_value_t = 300.0)]
    pub min_population: f64,
    /// MSS: area ids to leave out (statistical outliers), comma-separated.
    #[arg(long)]
    pub exclude: Option<String>,
    /// Composite: indicator columns, comma-separated.
    #[arg(long)]
    pub indicators: Option<String>,
    /// Composite: polarity per indicator, `+` (higher = more need) or `-`, comma-separated.
    #[arg(long, allow_hyphen_values = true)]
    pub polarity: Option<String>,
    /// Composite: non-negative weight per indicator, comma-separated (default equal).
    #[arg(long)]
    pub weights: Option<String>,
    /// Composite: normalisation.
    #[arg(long, value_enum, default_value = "minmax")]
    pub normalisation: NormArg,
    /// Composite: aggregation.
    #[arg(long, value_enum, default_value = "arithmetic")]
    pub aggregation: AggArg,
    /// Composite: missing values.
    #[arg(long, value_enum, default_value = "none")]
    pub imputation: ImputeArg,
    /// Composite: number of Monte-Carlo runs for rank uncertainty (0 = none).
    #[arg(long, default_value_t = 0)]
    pub uncertainty: usize,
    /// Composite: seed of the uncertainty analysis.
    #[arg(long, default_value_t = 12345)]
    pub seed: u64,
    /// Composite: relative weight perturbation of the uncertainty analysis.
    #[arg(long, default_value_t = 0.25)]
    pub weight_noise: f64,
    /// Composite: share of areas forming the highest-need class for p_top.
    #[arg(long, default_value_t = 0.1)]
    pub top_share: f64,
    /// Output CSV.
    #[arg(long)]
    pub out: PathBuf,
    /// Boundary file for --map / --geojson.
    #[arg(long)]
    pub areas: Option<PathBuf>,
    /// Id property of the boundary file.
    #[arg(long, requires = "areas")]
    pub area_id: Option<String>,
    /// Name property of the boundary file (map tooltips).
    #[arg(long, requires = "areas")]
    pub area_name: Option<String>,
    /// Merge boundary features with the same id into one area.
    #[arg(long, requires = "areas")]
    pub merge_duplicate_ids: bool,
    #[command(flatten)]
    pub map: MapArgs,
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Result columns per area id for map and GeoJSON output.
struct MapData {
    title: String,
    legend_title: String,
    classes: Vec<LegendEntry>,
    class_of: HashMap<String, usize>,
    tooltip: HashMap<String, String>,
    props: HashMap<String, quartier_geodata::Properties>,
    no_data: String,
}

fn required<'a>(v: &'a Option<String>, flag: &str, preset: &str) -> anyhow::Result<&'a str> {
    v.as_deref()
        .filter(|s| !s.trim().is_empty())
        .ok_or_else(|| bad(format!("--preset {preset} needs {flag}")))
}

fn columns(table: &LoadedTable, names: &[String]) -> anyhow::Result<Vec<Column>> {
    let mut cols = Vec::with_capacity(names.len());
    let mut errors = Vec::new();
    for n in names {
        match table.column(n) {
            Ok(c) => cols.push(c),
            Err(e) => errors.push(e.to_string()),
        }
    }
    if errors.is_empty() {
        Ok(cols)
    } else {
        Err(anyhow::Error::new(super::BadInput::many(errors, false)))
    }
}

fn value(col: &Column, id: &str) -> Option<f64> {
    col.get(id).and_then(|(v, _)| *v)
}

/// Runs the command.
pub fn run(args: IndexArgs) -> anyhow::Result<()> {
    if (args.map.map.is_some() || args.map.geojson.is_some()) && args.areas.is_none() {
        return Err(bad("--map and --geojson need --areas and --area-id"));
    }
    if args.areas.is_some() && args.area_id.is_none() {
        return Err(bad("--areas needs --area-id"));
    }
    let progress = Progress::new(args.common.quiet);
    let (csv, map) = match args.preset {
        Preset::Mss => run_mss(&args, &progress)?,
        Preset::Composite => run_composite(&args, &progress)?,
    };
    let mut out = Outputs::default();
    out.add(&args.out, csv);
    if let (Some(areas), Some(area_id)) = (&args.areas, &args.area_id)
        && (args.map.map.is_some() || args.map.geojson.is_some())
    {
        {
            let layer = io::read_areas(
                areas,
                area_id,
                args.area_name.as_deref(),
                args.merge_duplicate_ids,
                &progress,
            )?;
            if let Some(path) = &args.map.map {
                let text = MapText {
                    title: args.map.title.clone().unwrap_or_else(|| map.title.clone()),
                    source: args.map.source.clone(),
                    legend_title: map.legend_title.clone(),
                    classes: map.classes,
                    no_data_label: Some(map.no_data.clone()),
                };
                let class_of: Vec<Option<usize>> = layer
                    .areas
                    .iter()
                    .map(|a| map.class_of.get(&a.id).copied())
                    .collect();
                let labels: Vec<String> = layer
                    .areas
                    .iter()
                    .map(|a| {
                        map.tooltip
                            .get(&a.id)
                            .cloned()
                            .unwrap_or_else(|| "no data".into())
                    })
                    .collect();
                out.add(path, io::map_document(&layer, text, &class_of, &labels));
            }
            if let Some(path) = &args.map.geojson {
                let props: Vec<quartier_geodata::Properties> = layer
                    .areas
                    .iter()
                    .map(|a| map.props.get(&a.id).cloned().unwrap_or_default())
                    .collect();
                out.add(path, io::geojson_with(&layer, area_id, &props));
            }
        }
    }
    out.commit(&progress)
}

fn run_mss(args: &IndexArgs, progress: &Progress) -> anyhow::Result<(String, MapData)> {
    let pop_name = required(&args.population_column, "--population-column", "mss")?;
    let status = split_list(required(&args.status, "--status", "mss")?);
    let dynamic = args.dynamic.as_deref().map(split_list).unwrap_or_default();
    if !(args.min_population.is_finite() && args.min_population >= 0.0) {
        return Err(bad(format!(
            "--min-population must be a non-negative number, got {}",
            args.min_population
        )));
    }
    let mut used = vec![pop_name.to_owned()];
    used.extend(status.iter().cloned());
    used.extend(dynamic.iter().cloned());
    let table = LoadedTable::read(
        &args.table,
        args.id_column.as_deref(),
        &used,
        args.year,
        &args.read,
        progress,
    )?;
    let cols = columns(&table, &used)?;
    let (pop, rest) = cols.split_at(1);
    let (s_cols, d_cols) = rest.split_at(status.len());
    let areas: Vec<MssArea> = table
        .area_ids()
        .into_iter()
        .map(|id| MssArea {
            population: value(&pop[0], &id),
            population_start: None,
            status: s_cols.iter().map(|c| value(c, &id)).collect(),
            dynamic: d_cols.iter().map(|c| value(c, &id)).collect(),
            id,
        })
        .collect();
    let mut config = MssConfig::new(status.clone(), dynamic.clone());
    config.min_population = (args.min_population > 0.0).then_some(args.min_population);
    config.exclude = args.exclude.as_deref().map(split_list).unwrap_or_default();
    progress.phase(format!("MSS index for {} areas", areas.len()));
    let result =
        mss::compute(&areas, &config).map_err(|e| bad(format!("{}: MSS: {e}", table.file)))?;
    let csv = io::csv_string(&mss::OUTPUT_COLUMNS, result.output_rows())?;

    let colors = quartier_maps::mss_status_colors();
    let cut = config.status_cuts;
    let labels = [
        format!("1 hoch (SI < {})", cut[0]),
        format!("2 mittel ({} ≤ SI ≤ {})", cut[0], cut[1]),
        format!("3 niedrig ({} < SI ≤ {})", cut[1], cut[2]),
        format!("4 sehr niedrig (SI > {})", cut[2]),
    ];
    let classes = StatusClass::ALL
        .iter()
        .enumerate()
        .map(|(j, _)| LegendEntry {
            label: format!("{} – {} areas", labels[j], result.status_counts[j]),
            color: colors[j].clone(),
        })
        .collect();
    let mut map = MapData {
        title: format!("Status index ({})", table.file),
        legend_title: "Social status (MSS status index)".into(),
        classes,
        class_of: HashMap::new(),
        tooltip: HashMap::new(),
        props: HashMap::new(),
        no_data: "not classified".into(),
    };
    for r in &result.areas {
        if let Some(c) = r.status_class {
            map.class_of.insert(r.id.clone(), usize::from(c.code()) - 1);
        }
        let tip = match (r.status_class, r.dynamic_class) {
            (Some(s), Some(d)) => format!(
                "status {} (SI {}), dynamic {} (DI {})",
                s.label(),
                short(r.status_index.unwrap_or(f64::NAN)),
                d.label(),
                short(r.dynamic_index.unwrap_or(f64::NAN))
            ),
            (Some(s), None) => format!(
                "status {} (SI {})",
                s.label(),
                short(r.status_index.unwrap_or(f64::NAN))
            ),
            _ => r.note(),
        };
        map.tooltip.insert(r.id.clone(), tip);
        let row = r.output_row();
        let mut m = serde_json::Map::new();
        for (k, name) in mss::OUTPUT_COLUMNS.iter().enumerate().skip(1) {
            let v = match *name {
                "status_index" => r.status_index.map_or(serde_json::Value::Null, json_num),
                "dynamic_index" => r.dynamic_index.map_or(serde_json::Value::Null, json_num),
                _ => serde_json::Value::String(row[k].clone()),
            };
            m.insert((*name).to_owned(), v);
        }
        map.props.insert(r.id.clone(), m);
    }
    Ok((csv, map))
}

fn parse_polarity(s: &str) -> Option<Polarity> {
    match s.trim().to_ascii_lowercase().as_str() {
        "+" | "pos" | "positive" | "more" => Some(Polarity::HigherMoreNeed),
        "-" | "neg" | "negative" | "less" => Some(Polarity::HigherLessNeed),
        _ => None,
    }
}

fn run_composite(args: &IndexArgs, progress: &Progress) -> anyhow::Result<(String, MapData)> {
    let names = split_list(required(&args.indicators, "--indicators", "composite")?);
    let m = names.len();
    let polarity: Vec<Polarity> = match &args.polarity {
        None => vec![Polarity::HigherMoreNeed; m],
        Some(p) => {
            let items = split_list(p);
            if items.len() != m {
                return Err(bad(format!(
                    "--polarity has {} entries, --indicators {m}",
                    items.len()
                )));
            }
            items
                .iter()
                .map(|s| {
                    parse_polarity(s)
                        .ok_or_else(|| bad(format!("--polarity: expected + or -, got {s:?}")))
                })
                .collect::<anyhow::Result<_>>()?
        }
    };
    let weighting = match &args.weights {
        None => Weighting::Equal,
        Some(w) => {
            let items = split_list(w);
            if items.len() != m {
                return Err(bad(format!(
                    "--weights has {} entries, --indicators {m}",
                    items.len()
                )));
            }
            let ws = items
                .iter()
                .map(|s| {
                    s.replace(',', ".")
                        .parse::<f64>()
                        .ok()
                        .filter(|x| x.is_finite() && *x >= 0.0)
                        .ok_or_else(|| {
                            bad(format!("--weights: {s:?} is not a non-negative number"))
                        })
                })
                .collect::<anyhow::Result<Vec<f64>>>()?;
            Weighting::Given(ws)
        }
    };
    let table = LoadedTable::read(
        &args.table,
        args.id_column.as_deref(),
        &names,
        args.year,
        &args.read,
        progress,
    )?;
    let cols = columns(&table, &names)?;
    let ids = table.area_ids();
    let input = CompositeInput {
        values: ids
            .iter()
            .map(|id| cols.iter().map(|c| value(c, id)).collect())
            .collect(),
        area_ids: ids,
        indicators: names
            .iter()
            .zip(&polarity)
            .map(|(k, p)| IndicatorSpec {
                key: k.clone(),
                polarity: *p,
            })
            .collect(),
    };
    let config = CompositeConfig {
        imputation: match args.imputation {
            ImputeArg::None => Imputation::None,
            ImputeArg::Mean => Imputation::Mean,
            ImputeArg::Median => Imputation::Median,
        },
        outliers: OutlierTreatment::None,
        normalisation: match args.normalisation {
            NormArg::Zscore => Normalisation::ZScore { ddof: 0 },
            NormArg::Minmax => Normalisation::MinMax {
                low: 0.0,
                high: 100.0,
            },
            NormArg::Rank => Normalisation::Rank,
            NormArg::PercentileRank => Normalisation::PercentileRank,
        },
        weighting,
        aggregation: match args.aggregation {
            AggArg::Arithmetic => Aggregation::Arithmetic,
            AggArg::Geometric => Aggregation::Geometric,
        },
    };
    progress.phase(format!(
        "composite index for {} areas",
        input.area_ids.len()
    ));
    let result = composite::compute(&input, &config)
        .map_err(|e| bad(format!("{}: composite: {e}", table.file)))?;
    let unc = if args.uncertainty > 0 {
        progress.phase(format!(
            "uncertainty: {} Monte-Carlo runs",
            args.uncertainty
        ));
        let ua = UncertaintyConfig {
            runs: args.uncertainty,
            seed: args.seed,
            weight_noise: args.weight_noise,
            normalisations: Vec::new(),
            aggregations: Vec::new(),
            top: TopClass::Share(args.top_share),
        };
        let u = composite::uncertainty(&input, &config, &ua)
            .map_err(|e| bad(format!("{}: uncertainty: {e}", table.file)))?;
        Some(
            u.areas
                .into_iter()
                .map(|a| (a.id.clone(), a))
                .collect::<HashMap<_, _>>(),
        )
    } else {
        None
    };
    let mut header = vec!["id", "score", "rank"];
    if unc.is_some() {
        header.extend(["rank_q05", "rank_median", "rank_q95", "p_top"]);
    }
    header.push("note");
    let rows = result.areas.iter().map(|a| {
        let mut r = vec![
            a.id.clone(),
            opt_num(a.score),
            a.rank.map(|r| r.to_string()).unwrap_or_default(),
        ];
        if let Some(u) = &unc {
            let x = u.get(&a.id);
            r.push(x.map(|x| num(x.rank_q05)).unwrap_or_default());
            r.push(x.map(|x| num(x.median_rank)).unwrap_or_default());
            r.push(x.map(|x| num(x.rank_q95)).unwrap_or_default());
            r.push(x.map(|x| num(x.p_top)).unwrap_or_default());
        }
        r.push(a.note.clone().unwrap_or_default());
        r
    });
    let csv = io::csv_string(&header, rows)?;

    // Map: score quintiles over the scored areas.
    let scores: Vec<f64> = result.areas.iter().filter_map(|a| a.score).collect();
    let bins = classify::quantiles(&scores, 5.min(scores.len().max(2))).unwrap_or_default();
    let min = scores.iter().copied().fold(f64::INFINITY, f64::min);
    let colors = quartier_maps::sequential(bins.len());
    let counts = classify::counts(&scores, &bins);
    let mut map = MapData {
        title: format!("Composite need index ({})", table.file),
        legend_title: "Score (quintiles; higher = more need)".into(),
        classes: (0..bins.len())
            .map(|j| LegendEntry {
                label: format!(
                    "{} ({} areas)",
                    bin_label(&bins, j, min),
                    counts.get(j).copied().unwrap_or(0)
                ),
                color: colors[j].clone(),
            })
            .collect(),
        class_of: HashMap::new(),
        tooltip: HashMap::new(),
        props: HashMap::new(),
        no_data: "no score".into(),
    };
    for a in &result.areas {
        let mut p = serde_json::Map::new();
        p.insert(
            "score".into(),
            a.score.map_or(serde_json::Value::Null, json_num),
        );
        p.insert(
            "rank".into(),
            a.rank.map_or(serde_json::Value::Null, |r| r.into()),
        );
        if let Some(x) = unc.as_ref().and_then(|u| u.get(&a.id)) {
            p.insert("rank_q05".into(), json_num(x.rank_q05));
            p.insert("rank_median".into(), json_num(x.median_rank));
            p.insert("rank_q95".into(), json_num(x.rank_q95));
            p.insert("p_top".into(), json_num(x.p_top));
        }
        p.insert("note".into(), a.note.clone().unwrap_or_default().into());
        map.props.insert(a.id.clone(), p);
        match a.score {
            Some(s) if !bins.is_empty() => {
                let c = classify::assign(&[s], &bins)[0];
                map.class_of.insert(a.id.clone(), c);
                map.tooltip.insert(
                    a.id.clone(),
                    format!(
                        "score {}, rank {}",
                        short(s),
                        a.rank.map(|r| r.to_string()).unwrap_or_default()
                    ),
                );
            }
            _ => {
                map.tooltip.insert(
                    a.id.clone(),
                    a.note.clone().unwrap_or_else(|| "no score".into()),
                );
            }
        }
    }
    Ok((csv, map))
}
