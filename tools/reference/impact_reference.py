#!/usr/bin/env python3
"""Reference values for the survey statistics of the impact module.

Generates data sets with a fixed seed, computes every statistic with scipy,
statsmodels and pingouin (libraries no one on the project wrote) and writes
inputs and results to crates/rules/tests/reference/impact.json. The Rust test
crates/rules/tests/impact_reference.rs recomputes everything and compares.

    python3 -m venv /tmp/ref && /tmp/ref/bin/pip install scipy statsmodels pingouin
    /tmp/ref/bin/python tools/reference/impact_reference.py

Conventions (as in quartier_rules::impact::stats): 95 % two-sided intervals;
SD with n - 1; t intervals for means; Welch with Welch-Satterthwaite df;
Wilson score intervals; Cronbach's alpha with listwise deletion;
difference-in-differences as OLS y ~ pilot + after + pilot:after with HC3
standard errors and t quantiles with n - 4 degrees of freedom.
"""

import json
import pathlib

import numpy as np
import pandas as pd
import pingouin
import scipy
import statsmodels
import statsmodels.formula.api as smf
from scipy import stats
from statsmodels.stats.proportion import proportion_confint

OUT = pathlib.Path(__file__).resolve().parents[2] / "crates/rules/tests/reference/impact.json"
rng = np.random.default_rng(20261204)


def likert_scores(n, centre, spread, items=5):
    """Mean scores of n respondents on `items` five-point items."""
    latent = rng.normal(centre, spread, size=n)
    answers = np.clip(np.rint(latent[:, None] + rng.normal(0, 0.8, size=(n, items))), 1, 5)
    return answers.mean(axis=1)


def describe_case(values):
    values = np.asarray(values, dtype=float)
    n = len(values)
    mean = values.mean()
    sd = values.std(ddof=1)
    low, high = stats.t.interval(0.95, df=n - 1, loc=mean, scale=stats.sem(values))
    return {"values": values.tolist(), "n": n, "mean": mean, "sd": sd,
            "ci_low": low, "ci_high": high}


def alpha_case(n, k, missing_share, loading):
    latent = rng.normal(0, 1, size=n)
    raw = latent[:, None] * loading + rng.normal(0, 1, size=(n, k))
    items = np.clip(np.rint(3 + raw), 1, 5)
    mask = rng.random(size=(n, k)) < missing_share
    items[mask] = np.nan
    frame = pd.DataFrame(items, columns=[f"i{j}" for j in range(k)])
    alpha, _ci = pingouin.cronbach_alpha(frame, nan_policy="listwise")
    complete = frame.dropna()
    rows = [[None if np.isnan(v) else float(v) for v in row] for row in items]
    return {"rows": rows, "alpha": float(alpha), "n_complete": int(len(complete))}


def welch_case(before, after):
    before = np.asarray(before, dtype=float)
    after = np.asarray(after, dtype=float)
    res = stats.ttest_ind(after, before, equal_var=False)
    ci = res.confidence_interval(0.95)
    se = np.sqrt(before.var(ddof=1) / len(before) + after.var(ddof=1) / len(after))
    return {"before": before.tolist(), "after": after.tolist(),
            "estimate": after.mean() - before.mean(), "se": se, "df": float(res.df),
            "t": float(res.statistic), "p": float(res.pvalue),
            "ci_low": float(ci.low), "ci_high": float(ci.high)}


def wilson_case(successes, n):
    low, high = proportion_confint(successes, n, alpha=0.05, method="wilson")
    return {"successes": successes, "n": n, "ci_low": float(low), "ci_high": float(high)}


def did_case(cells):
    rows = []
    for (pilot, after), values in cells.items():
        rows += [{"pilot": pilot, "after": after, "y": float(v)} for v in values]
    frame = pd.DataFrame(rows)
    fit = smf.ols("y ~ pilot * after", data=frame).fit(cov_type="HC3", use_t=True)
    term = "pilot:after"
    ci = fit.conf_int(alpha=0.05).loc[term]
    return {"obs": rows, "estimate": float(fit.params[term]), "se": float(fit.bse[term]),
            "df": float(fit.df_resid), "t": float(fit.tvalues[term]), "p": float(fit.pvalues[term]),
            "ci_low": float(ci[0]), "ci_high": float(ci[1])}


def main():
    describe = [
        describe_case(likert_scores(30, 3.2, 0.6)),
        describe_case(likert_scores(120, 3.6, 0.5)),
        describe_case(rng.normal(50, 12, size=45)),
        describe_case([1.0, 2.0]),
    ]
    alpha = [
        alpha_case(80, 5, 0.0, 1.0),
        alpha_case(150, 5, 0.05, 0.8),
        alpha_case(60, 10, 0.03, 0.6),
        alpha_case(40, 2, 0.0, 0.4),
    ]
    welch = [
        welch_case(likert_scores(60, 3.1, 0.6), likert_scores(75, 3.4, 0.7)),
        welch_case(likert_scores(31, 3.0, 0.3), likert_scores(200, 3.1, 0.9)),
        welch_case(rng.normal(0, 1, size=35), rng.normal(0, 1, size=35)),
    ]
    wilson = [wilson_case(s, n) for s, n in [(0, 30), (30, 30), (12, 30), (47, 112), (1, 400), (999, 1000)]]
    did = [
        did_case({
            (1, 0): likert_scores(80, 3.0, 0.6), (1, 1): likert_scores(90, 3.35, 0.6),
            (0, 0): likert_scores(150, 3.2, 0.6), (0, 1): likert_scores(140, 3.25, 0.6)}),
        did_case({
            (1, 0): likert_scores(35, 3.0, 0.3), (1, 1): likert_scores(60, 3.1, 0.9),
            (0, 0): likert_scores(40, 3.5, 0.5), (0, 1): likert_scores(33, 3.4, 0.4)}),
    ]
    t_quantiles = [{"df": df, "q": float(stats.t.ppf(0.975, df))} for df in [1, 2.5, 29, 57.3, 1000]]
    out = {
        "generated_by": "tools/reference/impact_reference.py",
        "versions": {"numpy": np.__version__, "scipy": scipy.__version__,
                     "statsmodels": statsmodels.__version__, "pingouin": pingouin.__version__},
        "describe": describe, "alpha": alpha, "welch": welch, "wilson": wilson,
        "did": did, "t_quantiles": t_quantiles,
    }
    OUT.write_text(json.dumps(out, indent=1) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
