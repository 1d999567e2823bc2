#!/usr/bin/env python3
"""
pabutools_fund_bench.py -- Quartier's Equal Shares (add1) against pabutools on the same election, same run.

1. runs the criterion benchmark `cargo bench -p quartier-rules --bench fund` (release build), which
   writes its election (100 projects, 10,000 approval voters, budget = a quarter of all costs) to
   target/fund-bench/bench_100x10000.pb and reports the time per run;
2. times pabutools' method_of_equal_shares(..., sat_class=Cost_Sat, voter_budget_increment=1) on that
   file (parse time excluded; --repeat N runs, the median is reported);
3. checks both select the same projects (via `cargo run -p quartier -- fund allocate`, if --check) and
   prints the figures and the ratio; writes target/fund-bench/result.json.

Run:  python3 tools/reference/pabutools_fund_bench.py [--repeat 1] [--skip-cargo]
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time

from pabutools.election import Cost_Sat, parse_pabulib
from pabutools.rules import method_of_equal_shares

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PB = os.path.join(ROOT, "target/fund-bench/bench_100x10000.pb")
UNITS = {"ns": 1e-9, "µs": 1e-6, "us": 1e-6, "ms": 1e-3, "s": 1.0}


def criterion_times(output):
    res = {}
    for name, lo, lu, mid, mu, hi, hu in re.findall(
        r"fund/(\S+)\s+time:\s+\[([\d.]+) (\S+) ([\d.]+) (\S+) ([\d.]+) (\S+)\]", output
    ):
        res[name] = {"low_s": float(lo) * UNITS[lu], "median_s": float(mid) * UNITS[mu], "high_s": float(hi) * UNITS[hu]}
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--skip-cargo", action="store_true", help="reuse target/criterion results and the .pb file")
    args = ap.parse_args()
    rust = {}
    if not args.skip_cargo:
        out = subprocess.run(["cargo", "bench", "-p", "quartier-rules", "--bench", "fund"], cwd=ROOT,
                             capture_output=True, text=True, check=True)
        text = out.stdout + out.stderr
        rust = criterion_times(text)
        m = re.search(r"add1: (\d+) projects selected after (\d+) rounds", text)
        if m:
            rust["add1_selected"], rust["add1_rounds"] = int(m.group(1)), int(m.group(2))
    instance, profile = parse_pabulib(PB)
    times = []
    outcome = None
    for _ in range(args.repeat):
        t = time.perf_counter()
        outcome = method_of_equal_shares(instance, profile, sat_class=Cost_Sat, voter_budget_increment=1)
        times.append(time.perf_counter() - t)
    py = statistics.median(times)
    selected = sorted(p.name for p in outcome)
    result = {
        "instance": os.path.relpath(PB, ROOT),
        "projects": len(instance),
        "voters": profile.num_ballots(),
        "pabutools_add1_s": py,
        "pabutools_runs": times,
        "pabutools_selected": selected,
        "quartier": rust,
    }
    q = rust.get("equal_shares_add1_cost_100x10000", {}).get("median_s")
    if q:
        result["ratio_pabutools_over_quartier"] = py / q
    with open(os.path.join(ROOT, "target/fund-bench/result.json"), "w") as f:
        json.dump(result, f, indent=1)
    print(json.dumps({k: v for k, v in result.items() if k != "pabutools_selected"}, indent=1))
    if rust.get("add1_selected") is not None and rust["add1_selected"] != len(selected):
        print(f"MISMATCH: quartier selected {rust['add1_selected']}, pabutools {len(selected)}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
