//! `quartier monitor moran`: global Moran's I (one CSV row).

use std::path::PathBuf;

use clap::Args;
use quartier_stats::moran::{GlobalOptions, moran};
use quartier_stats::weights::Transform;

use super::io::{self, Outputs, num};
use super::{AreaValueArgs, CommonArgs, Progress, WeightsSpec, bad, parse_weights};

/// Header of the Moran CSV.
pub const HEADER: [&str; 7] = [
    "i", "expected", "z_norm", "p_norm", "z_rand", "p_rand", "p_sim",
];

/// Arguments of `quartier monitor moran`.
#[derive(Debug, Args)]
pub struct MoranArgs {
    #[command(flatten)]
    pub input: AreaValueArgs,
    /// Spatial weights: queen, rook or knn:K (row-standardised for the statistic).
    #[arg(long, value_parser = parse_weights, default_value = "queen")]
    pub weights: WeightsSpec,
    /// Number of permutations for p_sim (0: p_sim left empty).
    #[arg(long, default_value_t = 999)]
    pub permutations: usize,
    /// Seed of the permutation generator.
    #[arg(long, default_value_t = 12345)]
    pub seed: u64,
    /// Accepted for symmetry with `lisa`; the global test always permutes all values.
    #[arg(long, value_enum, hide = true)]
    pub permutation_method: Option<super::PermutationMethodArg>,
    /// Output CSV: i,expected,z_norm,p_norm,z_rand,p_rand,p_sim (two-sided analytical p).
    #[arg(long)]
    pub out: PathBuf,
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Runs the command.
pub fn run(args: MoranArgs) -> anyhow::Result<()> {
    let progress = Progress::new(args.common.quiet);
    let data = io::area_values(&args.input, &progress)?;
    let w = io::build_weights(args.weights, &data.layer, &progress)?;
    progress.phase(format!(
        "global Moran: {} permutations × {} areas",
        args.permutations,
        data.values.len()
    ));
    let opts = GlobalOptions {
        transform: Transform::Row,
        permutations: args.permutations,
        seed: args.seed,
        two_tailed: true,
    };
    let r = moran(&data.values, &w, &opts)
        .map_err(|e| bad(format!("{}: Moran's I: {e}", data.label)))?;
    let row = [
        num(r.i),
        num(r.expected),
        num(r.z_norm),
        num(r.p_norm),
        num(r.z_rand),
        num(r.p_rand),
        r.permutation.map(|p| num(p.p_sim)).unwrap_or_default(),
    ];
    let csv = io::csv_string(&HEADER, [row])?;
    let mut out = Outputs::default();
    out.add(&args.out, csv);
    out.commit(&progress)
}
