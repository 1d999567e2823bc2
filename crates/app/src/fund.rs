//! `quartier fund …`: the neighbourhood fund's offline commands.
//!
//! `quartier fund allocate` reads a participatory-budgeting election in the pabulib `.pb` format and
//! writes the selected projects as CSV (`project_id,name,cost,supporters`, in selection order), with
//! pabutools' semantics (see `quartier_rules::fund::allocate`). Runs without configuration or database.
//!
//! Exit codes: 0 success, 2 bad input (unreadable or malformed file, options that do not fit),
//! 1 any other failure (e.g. the output cannot be written). The output is written to a temporary file
//! next to the target and renamed only on success.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{Args, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use quartier_rules::fund::allocate::{self, Completion, Outcome, Satisfaction};
use quartier_rules::fund::pb;

/// The `quartier fund` subcommands.
#[derive(Debug, Subcommand)]
pub enum FundCmd {
    /// Allocate a participatory-budgeting election (.pb) with Equal Shares or greedy.
    Allocate(AllocateArgs),
}

/// Allocation method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MethodArg {
    /// Method of Equal Shares.
    EqualShares,
    /// Greedy utilitarian welfare.
    Greedy,
}

/// Satisfaction measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SatisfactionArg {
    /// The project's cost.
    Cost,
    /// One per approved project.
    Cardinality,
}

/// Completion of Equal Shares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompletionArg {
    /// None.
    None,
    /// Raise every voter's budget by one unit per round.
    Add1,
    /// Fill up greedily.
    Greedy,
}

/// `quartier fund allocate` options.
#[derive(Debug, Clone, Args)]
pub struct AllocateArgs {
    /// Allocation method.
    #[arg(long, value_enum)]
    pub method: MethodArg,
    /// Satisfaction measure.
    #[arg(long, value_enum, default_value = "cost")]
    pub satisfaction: SatisfactionArg,
    /// Completion (Equal Shares only).
    #[arg(long, value_enum)]
    pub completion: Option<CompletionArg>,
    /// Election file in the pabulib .pb format.
    #[arg(long)]
    pub input: PathBuf,
    /// Output CSV.
    #[arg(long)]
    pub out: PathBuf,
    /// Hide the progress display on stderr.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

/// Bad input: exit code 2.
#[derive(Debug)]
struct BadInput(String);

impl std::fmt::Display for BadInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BadInput {}

/// Runs a fund command and maps the outcome to the exit code.
pub fn run(cmd: FundCmd) -> ExitCode {
    match execute(cmd) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            if e.downcast_ref::<BadInput>().is_some() {
                ExitCode::from(2)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

/// Runs a fund command.
pub fn execute(cmd: FundCmd) -> anyhow::Result<()> {
    match cmd {
        FundCmd::Allocate(a) => allocate_cmd(&a),
    }
}

fn bad(m: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(BadInput(m.into()))
}

fn allocate_cmd(a: &AllocateArgs) -> anyhow::Result<()> {
    let sat = match a.satisfaction {
        SatisfactionArg::Cost => Satisfaction::Cost,
        SatisfactionArg::Cardinality => Satisfaction::Cardinality,
    };
    if a.method == MethodArg::Greedy && a.completion.is_some_and(|c| c != CompletionArg::None) {
        return Err(bad("--completion applies to --method equal-shares only"));
    }
    let bytes = std::fs::read(&a.input).map_err(|e| bad(format!("{}: {e}", a.input.display())))?;
    let election =
        pb::parse_bytes(&bytes).map_err(|e| bad(format!("{}: {e}", a.input.display())))?;
    let started = Instant::now();
    let bar = progress_bar(a.quiet);
    bar.set_message(format!(
        "{} projects, {} voters, budget {}",
        election.projects.len(),
        election.ballots.len(),
        election.budget
    ));
    let outcome: Outcome = match a.method {
        MethodArg::Greedy => allocate::greedy(&election, sat),
        MethodArg::EqualShares => {
            let completion = match a.completion.unwrap_or(CompletionArg::None) {
                CompletionArg::None => Completion::None,
                CompletionArg::Add1 => Completion::Add1,
                CompletionArg::Greedy => Completion::Greedy,
            };
            allocate::equal_shares(&election, sat, completion, &mut |p| {
                bar.set_message(format!(
                    "add1 round {}: {:.2} per voter, {} projects, {:.2} spent",
                    p.round, p.voter_budget, p.selected, p.spent
                ));
                bar.tick();
            })
        }
    };
    bar.finish_and_clear();
    let support = election.support();
    let mut csv = csv::Writer::from_writer(Vec::new());
    csv.write_record(["project_id", "name", "cost", "supporters"])?;
    for &p in &outcome.selected {
        let pr = &election.projects[p];
        csv.write_record([
            pr.id.as_str(),
            pr.name.as_deref().unwrap_or(""),
            &pr.cost.to_string(),
            &support[p].to_string(),
        ])?;
    }
    let data = csv.into_inner().map_err(|e| anyhow::anyhow!("csv: {e}"))?;
    write_atomic(&a.out, &data)?;
    if !a.quiet {
        eprintln!(
            "{} of {} projects selected, {} of {} spent{} in {:.2} s",
            outcome.selected.len(),
            election.projects.len(),
            outcome.spent,
            election.budget,
            if outcome.rounds > 0 {
                format!(", {} add1 rounds", outcome.rounds)
            } else {
                String::new()
            },
            started.elapsed().as_secs_f64()
        );
    }
    Ok(())
}

fn progress_bar(quiet: bool) -> ProgressBar {
    let bar = ProgressBar::new_spinner();
    if quiet {
        bar.set_draw_target(ProgressDrawTarget::hidden());
    } else {
        bar.set_draw_target(ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template("{spinner} {elapsed} {msg}") {
            bar.set_style(style);
        }
        bar.enable_steady_tick(Duration::from_millis(200));
    }
    bar
}

fn write_atomic(path: &Path, data: &[u8]) -> anyhow::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .ok_or_else(|| bad(format!("{}: not a file name", path.display())))?;
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(data)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        anyhow::bail!("{}: {e}", path.display());
    }
    Ok(())
}
