//! `quartier monitor lisa`: local Moran's I with conditional permutation p-values and
//! Benjamini–Hochberg q-values.

use std::path::PathBuf;

use clap::Args;
use quartier_stats::fdr::bh_adjusted;
use quartier_stats::lisa::{LocalOptions, PermutationMethod, Quadrant, local_moran};
use quartier_stats::weights::Transform;

use super::io::{self, MapText, Outputs, json_num, num, short};
use super::{
    AreaValueArgs, CommonArgs, MapArgs, PermutationMethodArg, Progress, WeightsSpec, bad,
    parse_weights,
};
use quartier_maps::LegendEntry;

/// Header of the LISA CSV.
pub const HEADER: [&str; 7] = [
    "id", "value", "lag", "local_i", "quadrant", "p_value", "q_value",
];

/// Arguments of `quartier monitor lisa`.
#[derive(Debug, Args)]
pub struct LisaArgs {
    #[command(flatten)]
    pub input: AreaValueArgs,
    /// Spatial weights: queen, rook or knn:K (row-standardised for the statistic).
    #[arg(long, value_parser = parse_weights, default_value = "queen")]
    pub weights: WeightsSpec,
    /// Number of conditional permutations (0: no p-values).
    #[arg(long, default_value_t = 999)]
    pub permutations: usize,
    /// Seed of the permutation generator (same seed, same p-values on any machine).
    #[arg(long, default_value_t = 12345)]
    pub seed: u64,
    /// Permutation scheme: independent (GeoDa "complete") or shared (esda).
    #[arg(long, value_enum, default_value = "independent")]
    pub permutation_method: PermutationMethodArg,
    /// Significance level for the cluster map (areas with p_value < alpha are coloured).
    #[arg(long, default_value_t = 0.05)]
    pub alpha: f64,
    /// Colour the map by q_value (FDR) instead of p_value.
    #[arg(long)]
    pub fdr: bool,
    /// Output CSV: id,value,lag,local_i,quadrant,p_value,q_value. `lag` is the
    /// row-standardised spatial lag of the value (empty without neighbours), `quadrant`
    /// HH/LH/LL/HL as esda, `p_value` the folded pseudo p-value, `q_value` the
    /// Benjamini–Hochberg adjusted p-value.
    #[arg(long)]
    pub out: PathBuf,
    #[command(flatten)]
    pub map: MapArgs,
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Quadrant label as used in the CSV.
pub fn quadrant_label(q: Quadrant) -> &'static str {
    match q {
        Quadrant::HighHigh => "HH",
        Quadrant::LowHigh => "LH",
        Quadrant::LowLow => "LL",
        Quadrant::HighLow => "HL",
    }
}

/// Runs the command.
pub fn run(args: LisaArgs) -> anyhow::Result<()> {
    if !(args.alpha > 0.0 && args.alpha < 1.0) {
        return Err(bad(format!(
            "--alpha must be in (0, 1), got {}",
            args.alpha
        )));
    }
    let progress = Progress::new(args.common.quiet);
    let data = io::area_values(&args.input, &progress)?;
    let w = io::build_weights(args.weights, &data.layer, &progress)?;
    progress.phase(format!(
        "local Moran: {} permutations × {} areas",
        args.permutations,
        data.values.len()
    ));
    let opts = LocalOptions {
        transform: Transform::Row,
        permutations: args.permutations,
        seed: args.seed,
        method: match args.permutation_method {
            PermutationMethodArg::Independent => PermutationMethod::Independent,
            PermutationMethodArg::Shared => PermutationMethod::Shared,
        },
    };
    let res = local_moran(&data.values, &w, &opts)
        .map_err(|e| bad(format!("{}: local Moran: {e}", data.label)))?;
    // Spatial lag of the value itself (row-standardised), in the value's units.
    let lag_y = w
        .transformed(Transform::Row)
        .lag(&data.values)
        .map_err(|e| anyhow::anyhow!("spatial lag: {e}"))?;
    let n = data.values.len();
    let p: Vec<f64> = res
        .permutation
        .as_ref()
        .map(|p| p.p_sim.clone())
        .unwrap_or_else(|| vec![f64::NAN; n]);
    let q = bh_adjusted(&p);
    progress.phase("rendering output");
    let rows = (0..n).map(|k| {
        let island = res.island[k];
        [
            data.layer.areas[k].id.clone(),
            num(data.values[k]),
            if island { String::new() } else { num(lag_y[k]) },
            num(res.i[k]),
            quadrant_label(res.quadrant[k]).to_owned(),
            num(p[k]),
            num(q[k]),
        ]
    });
    let csv = io::csv_string(&HEADER, rows)?;
    let mut out = Outputs::default();
    out.add(&args.out, csv);
    let signif = if args.fdr { &q } else { &p };
    if let Some(path) = &args.map.map {
        let lc = quartier_maps::lisa_colors();
        let classes = vec![
            LegendEntry {
                label: "High–High (HH)".into(),
                color: lc.high_high,
            },
            LegendEntry {
                label: "Low–Low (LL)".into(),
                color: lc.low_low,
            },
            LegendEntry {
                label: "Low–High (LH)".into(),
                color: lc.low_high,
            },
            LegendEntry {
                label: "High–Low (HL)".into(),
                color: lc.high_low,
            },
        ];
        let class_of: Vec<Option<usize>> = (0..n)
            .map(|k| {
                if res.island[k] || signif[k].is_nan() || signif[k] >= args.alpha {
                    return None;
                }
                Some(match res.quadrant[k] {
                    Quadrant::HighHigh => 0,
                    Quadrant::LowLow => 1,
                    Quadrant::LowHigh => 2,
                    Quadrant::HighLow => 3,
                })
            })
            .collect();
        let labels: Vec<String> = (0..n)
            .map(|k| {
                format!(
                    "{} = {}, {}, p = {}, q = {}",
                    args.input.value,
                    short(data.values[k]),
                    quadrant_label(res.quadrant[k]),
                    short(p[k]),
                    short(q[k])
                )
            })
            .collect();
        let text = MapText {
            title: args.map.title.clone().unwrap_or_else(|| {
                format!("LISA clusters of {} ({} weights)", data.label, args.weights)
            }),
            source: args.map.source.clone(),
            legend_title: format!(
                "Significant local clusters ({} < {})",
                if args.fdr { "q" } else { "p" },
                args.alpha
            ),
            classes,
            no_data_label: Some("not significant / no neighbours".into()),
        };
        out.add(
            path,
            io::map_document(&data.layer, text, &class_of, &labels),
        );
    }
    if let Some(path) = &args.map.geojson {
        let props: Vec<quartier_geodata::Properties> = (0..n)
            .map(|k| {
                let mut m = serde_json::Map::new();
                m.insert("value".into(), json_num(data.values[k]));
                m.insert(
                    "lag".into(),
                    if res.island[k] {
                        serde_json::Value::Null
                    } else {
                        json_num(lag_y[k])
                    },
                );
                m.insert("local_i".into(), json_num(res.i[k]));
                m.insert("quadrant".into(), quadrant_label(res.quadrant[k]).into());
                m.insert("p_value".into(), json_num(p[k]));
                m.insert("q_value".into(), json_num(q[k]));
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
