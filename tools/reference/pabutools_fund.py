#!/usr/bin/env python3
"""
pabutools_fund.py -- reference outcomes for the fund's allocation methods (crates/rules/src/fund/allocate).

Generates participatory-budgeting elections in the pabulib .pb format (approval, cumulative and ordinal
ballots, with deliberate ties, decimal costs, ids like "BO.D4.7/23", CRLF and mixed line ends, quoted
names with doubled quotes and result columns), copies the hand-built real-style files from
crates/rules/tests/reference/fund/real/, and computes with pabutools (PyPI) the outcome of

  equal-shares  x  satisfaction cost|cardinality  x  completion none|add1|greedy
  greedy        x  satisfaction cost|cardinality

for each file. Outcomes are stored as sorted lists of project ids in
crates/rules/tests/reference/fund/expected.json; the Rust test
crates/rules/tests/fund_reference.rs compares all of them exactly (same set of project ids).

The pabutools calls (the semantics Quartier follows):
  none    method_of_equal_shares(instance, profile, sat_class=S)
  add1    method_of_equal_shares(instance, profile, sat_class=S, voter_budget_increment=1)
  greedy  completion_by_rule_combination(instance, profile,
              [method_of_equal_shares, greedy_utilitarian_welfare], [{"sat_class": S}, {"sat_class": S}])
  greedy rule: greedy_utilitarian_welfare(instance, profile, sat_class=S)
Ties: pabutools' default lexico_tie_breaking (smallest project name, i.e. id, as text).

Setup:  pip install pabutools==1.2.3
Run:    python3 tools/reference/pabutools_fund.py [--out crates/rules/tests/reference/fund] [--count 60]
Deterministic: random.Random(seed) per instance.
"""
import argparse
import glob
import json
import os
import random
import sys

import pabutools
from pabutools.election import Cardinality_Sat, Cost_Sat, parse_pabulib
from pabutools.rules import (
    completion_by_rule_combination,
    greedy_utilitarian_welfare,
    method_of_equal_shares,
)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SATS = {"cost": Cost_Sat, "cardinality": Cardinality_Sat}


def quote(s):
    if any(c in s for c in ';"') or s != s.strip():
        return '"' + s.replace('"', '""') + '"'
    return s


def make_instance(seed):
    rng = random.Random(seed)
    vote_type = ["approval", "approval", "cumulative", "ordinal"][seed % 4]
    n_projects = rng.randint(3, 24)
    n_voters = rng.randint(1, 160)
    style = seed % 5
    ids = []
    for j in range(n_projects):
        if style == 0:
            ids.append(str(j + 1))
        elif style == 1:
            ids.append(f"BO.D{rng.randint(1, 9)}.{j + 1}/23")
        elif style == 2:
            ids.append(f"P{rng.randint(0, 99):02d}-{j}")
        else:
            ids.append(str(rng.randint(1, 400) * 10 + j))
    ids = list(dict.fromkeys(ids))
    n_projects = len(ids)
    # costs: integers, repeated values (ties), or decimals
    base_costs = [rng.choice([100, 200, 250, 500]) for _ in range(3)]
    costs = []
    for j in range(n_projects):
        r = rng.random()
        if r < 0.4:
            c = str(rng.choice(base_costs))
        elif r < 0.7:
            c = str(rng.randint(1, 60) * 50)
        elif r < 0.95:
            c = f"{rng.randint(50, 3000)}.{rng.randint(0, 99):02d}"
        else:
            c = "0"
        costs.append(c)
    total = sum(float(c) for c in costs)
    budget_share = rng.choice([0.2, 0.35, 0.5, 0.8])
    if rng.random() < 0.3:
        budget = f"{total * budget_share:.2f}".replace(".", ",")  # comma decimal mark
    else:
        budget = str(int(total * budget_share))
    popularity = [rng.random() ** 1.5 for _ in ids]
    # clone groups of voters (identical ballots) create ties
    ballots = []
    for v in range(n_voters):
        if ballots and rng.random() < 0.2:
            ballots.append(list(rng.choice(ballots)))
            continue
        chosen = [p for p, q in zip(ids, popularity) if rng.random() < q * 0.7]
        rng.shuffle(chosen)
        if vote_type == "ordinal" or vote_type == "cumulative":
            chosen = chosen[: rng.randint(0, 5)]
        ballots.append(chosen)
    nl = ["\n", "\r\n", "\n"][seed % 3]
    desc = quote("Generated election " + str(seed) + ' "test"; reference')
    lines = ["META", "key;value", f"description;{desc}",
             f"num_projects;{n_projects}", f"num_votes;{n_voters}", f"budget;{budget}", f"vote_type;{vote_type}",
             "rule;equalshares", "PROJECTS", "project_id;cost;name;votes;selected"]
    support = {p: 0 for p in ids}
    for b in ballots:
        for p in b:
            support[p] += 1
    for p, c in zip(ids, costs):
        name = rng.choice(["Bänke am Teich", 'Spielplatz "Nord"', "Licht; Weg", "Baum", " Garten "])
        lines.append(f"{p};{c};{quote(name)};{support[p]};{rng.randint(0, 1)}")
    header = "voter_id;vote;points;age" if vote_type == "cumulative" else "voter_id;vote;age"
    lines += ["", "VOTES", header]
    for i, b in enumerate(ballots):
        age = rng.choice(["none", str(rng.randint(16, 90))])
        if vote_type == "cumulative" and not b:
            lines.append(f"{i + 1};none;none;{age}")
        elif vote_type == "cumulative":
            pts = ",".join(str(rng.randint(1, 5)) for _ in b)
            lines.append(f"{i + 1};{','.join(b)};{pts};{age}")
        else:
            lines.append(f"{i + 1};{','.join(b)};{age}")
    text = nl.join(lines) + nl
    if seed % 7 == 0:
        # mixed line ends
        text = text.replace("\r\n", "\n").replace("VOTES\n", "VOTES\r\n").replace("PROJECTS\n", "PROJECTS\r")
    return text


def outcomes(path):
    instance, profile = parse_pabulib(path)
    res = {}
    for sname, sat in SATS.items():
        res[f"equal-shares;{sname};none"] = method_of_equal_shares(instance, profile, sat_class=sat)
        res[f"equal-shares;{sname};add1"] = method_of_equal_shares(
            instance, profile, sat_class=sat, voter_budget_increment=1)
        res[f"equal-shares;{sname};greedy"] = completion_by_rule_combination(
            instance, profile, [method_of_equal_shares, greedy_utilitarian_welfare],
            [{"sat_class": sat}, {"sat_class": sat}])
        res[f"greedy;{sname};none"] = greedy_utilitarian_welfare(instance, profile, sat_class=sat)
    return {k: sorted(p.name for p in v) for k, v in res.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(ROOT, "crates/rules/tests/reference/fund"))
    ap.add_argument("--count", type=int, default=60)
    args = ap.parse_args()
    gen_dir = os.path.join(args.out, "generated")
    os.makedirs(gen_dir, exist_ok=True)
    for old in glob.glob(os.path.join(gen_dir, "*.pb")):
        os.remove(old)
    for seed in range(args.count):
        with open(os.path.join(gen_dir, f"gen_{seed:03d}.pb"), "w", encoding="utf-8", newline="") as f:
            f.write(make_instance(seed))
    expected = {}
    files = sorted(glob.glob(os.path.join(gen_dir, "*.pb"))) + sorted(glob.glob(os.path.join(args.out, "real", "*.pb")))
    for path in files:
        rel = os.path.relpath(path, args.out).replace(os.sep, "/")
        expected[rel] = outcomes(path)
        print(rel, file=sys.stderr)
    doc = {
        "generator": "tools/reference/pabutools_fund.py",
        "pabutools_version": pabutools.__version__ if hasattr(pabutools, "__version__") else "1.2.3",
        "comparison": "exact: the same set of project ids",
        "outcomes": expected,
    }
    with open(os.path.join(args.out, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
