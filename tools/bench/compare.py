#!/usr/bin/env python3
"""
compare.py -- benchmark comparison: PySAL (libpysal/esda) and GeoDa (pygeoda) versus
the Quartier CLI on the same maps, every measurement in a fresh process.

Usage (Python side only; run heavy sizes with nice):
  nice -n 10 python3 tools/bench/compare.py --sizes 100,500
With our binary:
  python3 tools/bench/compare.py --sizes 100,500 --quartier target/release/quartier
Real maps (Leipzig 63 Ortsteile, Berlin 447 PLR) in addition to / instead of grids:
  python3 tools/bench/compare.py --real --sizes ""

Options: --python PY (interpreter for the Python tasks; default .venv-oracle/bin/python if present),
--only TASK,... / --skip TASK,..., --timeout S (per process, default 1800), --repeat N (median
of N runs, default 1), --geoda-threads T (default 2 = cores of the build machine), --json FILE
(machine-readable results), --workdir DIR (keep generated maps; default a temp dir, deleted),
--quartier-cmd TEMPLATE (override the CLI call; placeholders {bin} {areas} {csv} {out} {method_args}).

Synthetic data (deterministic): an n x n grid of square cells, cell (row r, column c) has
id = r*n + c (row-major, r = 0 at the bottom) and the corners
    x = 12.3 + c*0.0005, y = 51.3 + r*0.0005   (degrees; lon/lat-like so any WGS84 reader accepts it)
computed once per grid line, so neighbouring cells share bit-identical vertices. The value is
    v = sin(c/7) + cos(r/11) + 0.5 * e,   e = numpy.random.default_rng(42).standard_normal(n*n)[id]
(a smooth field plus seeded white noise; global Moran's I ~ 0.79 with queen weights).
Written as GeoJSON (properties id, v; polygons counter-clockwise, closed) plus values.csv (id,v).

Timing: the parent starts each child with posix_spawn and measures its whole wall time and peak RSS from the kernel
(os.wait4 ru_maxrss = high-water mark of the process and of its waited-for descendants; for
esda n_jobs=2 the worker processes are additionally summed by a 20 ms psutil sampler of the whole
process tree, column tree_rss). Python children also report the time of the measured step
alone (step_s: excludes interpreter start, imports, reading the map, and the numba JIT warm-up,
which is done on a 10x10 grid first and reported as jit_s).

Tasks (Python):
  weights_libpysal       libpysal Queen.from_dataframe(gdf, use_index=False)
  weights_pygeoda        pygeoda.open(gdf) (open_s) + pygeoda.queen_weights  (step_s = queen_weights only)
  lisa_pygeoda_complete  pygeoda.local_moran 999 perms, permutation_method="complete" (its default)
  lisa_pygeoda_lookup    pygeoda.local_moran 999 perms, permutation_method="lookup-table"
  lisa_esda_jobs1/2      esda.Moran_Local 999 perms, numba, n_jobs 1 / 2, keep_simulations=False
  pipeline_pygeoda       whole process: read GeoJSON, queen weights, local_moran (complete), write CSV
  pipeline_pygeoda_lookup  same with lookup-table
  pipeline_esda          whole process: read GeoJSON, libpysal queen, esda Moran_Local, write CSV
                         (includes numba JIT compilation, as a user would pay it; numba cache off)
Quartier (with --quartier):
  quartier               quartier monitor lisa --areas grid.geojson --area-id id --value v --weights queen
                         --permutations 999 --seed 1 --out out.csv
  quartier_shared        same with --permutation-method shared
Ratios printed: pipeline_pygeoda / quartier, pipeline_pygeoda_lookup / quartier_shared,
pipeline_esda / quartier_shared (esda uses one shared permutation table like "shared").
"""
import argparse
import csv
import glob
import json
import math
import os
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

PERMS = 999
ESDA_SEED = 12345
GEODA_SEED = 123456789
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
DEFAULT_DATA = os.path.join(REPO, "..", "shared", "data")

PY_TASKS = ["weights_libpysal", "weights_pygeoda", "lisa_pygeoda_complete", "lisa_pygeoda_lookup",
            "lisa_esda_jobs1", "lisa_esda_jobs2", "pipeline_pygeoda", "pipeline_pygeoda_lookup",
            "pipeline_esda"]
RS_TASKS = ["quartier", "quartier_shared"]
NEEDS = {
    "weights_libpysal": ["libpysal", "geopandas"],
    "weights_pygeoda": ["pygeoda", "geopandas"],
    "lisa_pygeoda_complete": ["pygeoda", "geopandas"],
    "lisa_pygeoda_lookup": ["pygeoda", "geopandas"],
    "lisa_esda_jobs1": ["esda", "libpysal", "geopandas", "numba"],
    "lisa_esda_jobs2": ["esda", "libpysal", "geopandas", "numba"],
    "pipeline_pygeoda": ["pygeoda", "geopandas"],
    "pipeline_pygeoda_lookup": ["pygeoda", "geopandas"],
    "pipeline_esda": ["esda", "libpysal", "geopandas", "numba"],
}
RATIOS = [("pipeline_pygeoda", "quartier"), ("pipeline_pygeoda_lookup", "quartier_shared"),
          ("pipeline_esda", "quartier_shared")]


# ----------------------------------------------------------------------------
# data generation (parent; standard library + numpy only)
# ----------------------------------------------------------------------------
def grid_values(n):
    import numpy as np

    r, c = np.divmod(np.arange(n * n), n)
    e = np.random.default_rng(42).standard_normal(n * n)
    return np.sin(c / 7.0) + np.cos(r / 11.0) + 0.5 * e


def write_grid(n, d):
    v = grid_values(n)
    xs = [12.3 + c * 0.0005 for c in range(n + 1)]
    ys = [51.3 + r * 0.0005 for r in range(n + 1)]
    path = os.path.join(d, f"grid{n}.geojson")
    with open(path, "w") as f:
        f.write('{"type":"FeatureCollection","features":[\n')
        for r in range(n):
            y0, y1 = repr(ys[r]), repr(ys[r + 1])
            for c in range(n):
                i = r * n + c
                x0, x1 = repr(xs[c]), repr(xs[c + 1])
                ring = f"[[{x0},{y0}],[{x1},{y0}],[{x1},{y1}],[{x0},{y1}],[{x0},{y0}]]"
                sep = ",\n" if i else ""
                f.write(f'{sep}{{"type":"Feature","properties":{{"id":{i},"v":{float(v[i])!r}}},'
                        f'"geometry":{{"type":"Polygon","coordinates":[{ring}]}}}}')
        f.write("\n]}\n")
    cpath = os.path.join(d, f"grid{n}.csv")
    with open(cpath, "w") as f:
        f.write("id,v\n")
        for i, x in enumerate(v):
            f.write(f"{i},{float(x)!r}\n")
    return {"name": f"grid{n}x{n}", "n": n * n, "areas": path, "csv": cpath}


def write_real(data, d):
    """Leipzig Ortsteile (SGB-II-Quote 2022) and Berlin PLR (MSS 2019 S3) as GeoJSON with id, v."""
    out = []
    base = os.path.join(data, "leipzig-ortsteile")
    try:
        g = json.load(open(os.path.join(base, "ortsteile.json"), encoding="utf-8"))
        k = json.load(open(os.path.join(base, "kdvalues", "leipzig-bedarfsgemeinschaften.json"), encoding="utf-8"))
        vals = {r["district"]: float(r["value"]) for r in k["data"]["2022"]["SGB-II-Quote"]}
        feats = []
        for ft in g["features"]:
            ft = dict(ft)
            ft["properties"] = {"id": ft["properties"]["OT"], "v": vals[ft["properties"]["Name"]]}
            feats.append(ft)
        out.append(_write_fc("leipzig_ot63", feats, d))
    except (OSError, KeyError) as e:
        print(f"[real] Leipzig skipped: {e!r}", file=sys.stderr)
    try:
        gp = glob.glob(os.path.join(data, "berlin-mss", "geometry-plr-until-2020", "*planning-areas.geojson"))[0]
        cp = glob.glob(os.path.join(data, "berlin-mss", "2019", "*-2019-00-2-1.csv"))[0]
        with open(cp, encoding="utf-8") as f:
            vals = {r["id"]: float(r["s3_percentage_transfer_payments_recipients"]) for r in csv.DictReader(f)}
        g = json.load(open(gp, encoding="utf-8"))
        feats = []
        for ft in g["features"]:
            pid = ft["properties"]["id"]
            if pid in vals:
                feats.append({"type": "Feature", "properties": {"id": pid, "v": vals[pid]},
                              "geometry": ft["geometry"]})
        out.append(_write_fc(f"berlin_plr{len(feats)}", feats, d))
    except (OSError, IndexError, KeyError) as e:
        print(f"[real] Berlin skipped: {e!r}", file=sys.stderr)
    return out


def _write_fc(name, feats, d):
    path = os.path.join(d, f"{name}.geojson")
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": feats}, f, ensure_ascii=False)
    cpath = os.path.join(d, f"{name}.csv")
    with open(cpath, "w", encoding="utf-8") as f:
        f.write("id,v\n")
        for ft in feats:
            f.write(f"{ft['properties']['id']},{ft['properties']['v']!r}\n")
    return {"name": name, "n": len(feats), "areas": path, "csv": cpath}


# ----------------------------------------------------------------------------
# child side: one task in this (fresh) process, prints one JSON line
# ----------------------------------------------------------------------------
def child(task, areas, out, geoda_threads):
    import warnings

    warnings.filterwarnings("ignore")
    res = {"task": task}
    t0 = time.perf_counter()
    try:
        import numpy as np
        import geopandas as gpd

        if "esda" in task or task == "weights_libpysal":
            import libpysal
            import esda
        if "pygeoda" in task:
            import pygeoda
    except ImportError as e:
        print(json.dumps({"task": task, "error": f"missing package: {e.name}"}))
        sys.exit(3)
    res["import_s"] = time.perf_counter() - t0

    def tiny_grid():
        import shapely

        ix, iy = np.meshgrid(np.arange(10.0), np.arange(10.0))
        ix, iy = ix.ravel(), iy.ravel()
        g = gpd.GeoDataFrame(geometry=shapely.box(ix, iy, ix + 1, iy + 1))
        return g, np.sin(ix) + np.cos(iy)

    t = time.perf_counter()
    gdf = gpd.read_file(areas)
    y = gdf["v"].to_numpy(dtype=float)
    res["read_s"] = time.perf_counter() - t
    res["n"] = len(gdf)

    if task == "weights_libpysal":
        t = time.perf_counter()
        w = libpysal.weights.Queen.from_dataframe(gdf, use_index=False, silence_warnings=True)
        res["step_s"] = time.perf_counter() - t
        res["links"] = int(w.nonzero)
    elif task == "weights_pygeoda":
        t = time.perf_counter()
        gda = pygeoda.open(gdf)
        res["open_s"] = time.perf_counter() - t
        t = time.perf_counter()
        w = pygeoda.queen_weights(gda)
        res["step_s"] = time.perf_counter() - t
        res["mean_neighbors"] = float(w.mean_neighbors())
    elif task in ("lisa_pygeoda_complete", "lisa_pygeoda_lookup", "pipeline_pygeoda", "pipeline_pygeoda_lookup"):
        method = "lookup-table" if task.endswith("lookup") else "complete"
        gda = pygeoda.open(gdf)
        w = pygeoda.queen_weights(gda)
        yl = y.tolist()
        t = time.perf_counter()
        lm = pygeoda.local_moran(w, yl, permutations=PERMS, permutation_method=method,
                                 cpu_threads=geoda_threads, seed=GEODA_SEED)
        res["step_s"] = time.perf_counter() - t
        p = np.asarray(lm.lisa_pvalues())
        res["sig05"] = int((p <= 0.05).sum())
        res["threads"] = geoda_threads
        if task.startswith("pipeline"):
            vals = np.asarray(lm.lisa_values())
            cl = lm.lisa_clusters()
            with open(out, "w") as f:
                f.write("id,I,p,cluster\n")
                for a, b, c, d in zip(gdf["id"].tolist(), vals.tolist(), p.tolist(), cl):
                    f.write(f"{a},{b!r},{c!r},{d}\n")
    elif task in ("lisa_esda_jobs1", "lisa_esda_jobs2", "pipeline_esda"):
        jobs = 2 if task.endswith("2") else 1
        try:
            import numba

            res["numba"] = numba.__version__
        except ImportError:
            res["numba"] = None
        if not task.startswith("pipeline"):
            g0, y0 = tiny_grid()
            w0 = libpysal.weights.Queen.from_dataframe(g0, use_index=False, silence_warnings=True)
            t = time.perf_counter()
            esda.Moran_Local(y0, w0, permutations=PERMS, seed=1, n_jobs=jobs, keep_simulations=False)
            res["jit_s"] = time.perf_counter() - t
        w = libpysal.weights.Queen.from_dataframe(gdf, use_index=False, silence_warnings=True)
        t = time.perf_counter()
        lm = esda.Moran_Local(y, w, transformation="r", permutations=PERMS, seed=ESDA_SEED, n_jobs=jobs,
                              keep_simulations=False)
        res["step_s"] = time.perf_counter() - t
        res["sig05"] = int((lm.p_sim < 0.05).sum())
        res["n_jobs"] = jobs
        if task.startswith("pipeline"):
            with open(out, "w") as f:
                f.write("id,I,p,q\n")
                for a, b, c, d in zip(gdf["id"].tolist(), lm.Is.tolist(), lm.p_sim.tolist(), lm.q.tolist()):
                    f.write(f"{a},{b!r},{c!r},{d}\n")
    else:
        raise SystemExit(f"unknown task {task}")
    print(json.dumps(res))


# ----------------------------------------------------------------------------
# parent side: run a command in a fresh process, measure wall time and peak RSS
# ----------------------------------------------------------------------------
def run_measured(cmd, timeout, env=None):
    try:
        import psutil
    except ImportError:
        psutil = None
    # Peak RSS: the kernel's ru_maxrss of a process also counts the memory of the process that
    # forked/vforked it (recorded at exec), so wait4 on our own child would add this parent's ~40 MB.
    # GNU time forks from a ~2 MB process and reports its child's ru_maxrss (%M) -- the same number
    # `/usr/bin/time -v` prints. Without it we fall back to the psutil-sampled RSS.
    exe = shutil.which(cmd[0])
    if exe is None:
        return {"error": f"cannot start: {cmd[0]} not found"}
    cmd = [exe] + list(cmd[1:])
    gtime = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
    tfile = None
    if gtime:
        fd, tfile = tempfile.mkstemp(prefix="bench-time-")
        os.close(fd)
        cmd = [gtime, "-f", "%M", "-o", tfile] + cmd
        exe = gtime
    fo = tempfile.TemporaryFile()
    fe = tempfile.TemporaryFile()
    t0 = time.perf_counter()
    try:
        pid0 = os.posix_spawn(exe, cmd, dict(env or os.environ), setsid=True,
                              file_actions=[(os.POSIX_SPAWN_DUP2, fo.fileno(), 1),
                                            (os.POSIX_SPAWN_DUP2, fe.fileno(), 2)])
    except OSError as e:
        return {"error": f"cannot start: {e}"}

    class _P:
        pid = pid0

    p = _P()
    tree_peak = [0]
    main_peak = [0]
    stop = threading.Event()

    def sampler():
        if psutil is None:
            return
        try:
            proc = psutil.Process(p.pid)
        except psutil.Error:
            return
        while not stop.is_set():
            tot = 0
            try:
                procs = [proc] + proc.children(recursive=True)
            except psutil.Error:
                break
            for q in procs:
                try:
                    rss = q.memory_info().rss
                except psutil.Error:
                    continue
                # the GNU time wrapper is not part of the measured program
                if not (gtime and q.pid == proc.pid):
                    tot += rss
                    main_peak[0] = max(main_peak[0], rss)
            tree_peak[0] = max(tree_peak[0], tot)
            stop.wait(0.02)

    th = threading.Thread(target=sampler, daemon=True)
    th.start()
    timed_out = False
    deadline = t0 + timeout
    while True:
        pid, status, ru = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            timed_out = True
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                pass
            pid, status, ru = os.wait4(p.pid, 0)
            break
        time.sleep(0.005)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    stop.set()
    th.join()
    fo.seek(0)
    fe.seek(0)
    out_chunks = [fo.read().decode("utf-8", "replace")]
    err_chunks = [fe.read().decode("utf-8", "replace")]
    fo.close()
    fe.close()
    peak, method = None, None
    if tfile:
        try:
            lines = [x for x in open(tfile).read().split("\n") if x.strip()]
            peak, method = int(lines[-1]) / 1024.0, "GNU time %M (kernel ru_maxrss)"
        except (OSError, ValueError, IndexError):
            pass
        try:
            os.unlink(tfile)
        except OSError:
            pass
    if peak is None:
        peak, method = main_peak[0] / 2**20, "psutil sampling (20 ms)"
    res = {"wall_s": wall, "peak_rss_mb": peak, "rss_method": method, "rc": p.returncode,
           "stdout": "".join(out_chunks), "stderr": "".join(err_chunks)}
    if psutil is not None:
        res["tree_rss_mb"] = tree_peak[0] / 2**20
    if timed_out:
        res["error"] = f"timeout after {timeout:.0f} s"
    elif p.returncode != 0:
        res["error"] = f"exit code {p.returncode}: " + (res["stderr"].strip().splitlines() or [""])[-1][-300:]
    return res


def missing_modules(python, mods):
    code = ("import importlib.util,sys;"
            f"print(' '.join(m for m in {mods!r} if importlib.util.find_spec(m) is None))")
    try:
        r = subprocess.run([python, "-c", code], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        return mods, str(e)
    return r.stdout.split(), None


def quartier_cmd(args, ds, out, shared):
    method = ["--permutation-method", "shared"] if shared else []
    if args.quartier_cmd:
        s = args.quartier_cmd.format(bin=args.quartier, areas=ds["areas"], csv=ds["csv"], out=out,
                                     method_args=" ".join(method))
        return shlex.split(s)
    return [args.quartier, "monitor", "lisa", "--areas", ds["areas"], "--area-id", "id", "--value", "v",
            "--weights", "queen", "--permutations", str(PERMS), "--seed", "1", "--out", out] + method


def check_output(path, n, ref_path):
    """Light sanity check of a LISA CSV: row count and, if possible, local I against the reference."""
    try:
        with open(path, newline="") as f:
            rows = list(csv.DictReader(f))
    except OSError as e:
        return f"no output ({e.strerror})"
    msg = f"{len(rows)} rows" + ("" if len(rows) == n else f" (expected {n}!)")
    if not rows or not ref_path or not os.path.exists(ref_path):
        return msg
    icol = next((c for c in rows[0] if c.lower() in ("i", "ii", "local_i", "lisa", "moran_i", "local_moran")), None)
    idcol = next((c for c in rows[0] if c.lower() in ("id", "area_id")), None)
    if not icol or not idcol:
        return msg + "; no I/id column recognised"
    with open(ref_path, newline="") as f:
        ref = {r["id"]: float(r["I"]) for r in csv.DictReader(f)}
    diffs = []
    for r in rows:
        if r[idcol] in ref:
            try:
                diffs.append(abs(float(r[icol]) - ref[r[idcol]]) / max(1.0, abs(ref[r[idcol]])))
            except ValueError:
                pass
    if diffs:
        msg += f"; max rel. diff of {icol} vs Python: {max(diffs):.2e} over {len(diffs)} ids"
    return msg


def fmt(v, digits=3):
    if v is None:
        return "-"
    if isinstance(v, str):
        return v
    if v >= 100:
        return f"{v:.1f}"
    if v >= 1:
        return f"{v:.2f}"
    return f"{v:.{digits}f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100,500", help="grid side lengths n (n x n cells), comma-separated")
    ap.add_argument("--real", action="store_true", help="also run the Leipzig and Berlin maps")
    ap.add_argument("--data", default=DEFAULT_DATA, help="shared data folder for --real")
    ap.add_argument("--quartier", help="path to the quartier binary")
    ap.add_argument("--quartier-cmd", help="command template overriding the default CLI call")
    venv_py = os.path.join(REPO, ".venv-oracle", "bin", "python")
    ap.add_argument("--python", default=venv_py if os.path.exists(venv_py) else sys.executable)
    ap.add_argument("--only", help="comma-separated task names")
    ap.add_argument("--skip", default="", help="comma-separated task names to skip")
    ap.add_argument("--no-python", action="store_true", help="skip all Python tasks")
    ap.add_argument("--timeout", type=float, default=1800.0, help="seconds per process")
    ap.add_argument("--repeat", type=int, default=1, help="runs per task (median reported)")
    ap.add_argument("--geoda-threads", type=int, default=2)
    ap.add_argument("--workdir", help="keep generated maps and outputs here")
    ap.add_argument("--json", help="write all results as JSON to this file")
    a = ap.parse_args()
    try:
        import numpy  # noqa: F401  (the value field uses numpy's seeded generator)
    except ImportError:
        if os.path.realpath(a.python) != os.path.realpath(sys.executable):
            os.execv(a.python, [a.python, os.path.abspath(__file__)] + sys.argv[1:])
        sys.exit("numpy is required (run `bash tools/reference/setup.sh` and use .venv-oracle/bin/python)")

    tasks = [] if a.no_python else list(PY_TASKS)
    if a.quartier:
        if not (os.path.isfile(a.quartier) and os.access(a.quartier, os.X_OK)):
            sys.exit(f"--quartier: not an executable file: {a.quartier}")
        a.quartier = os.path.abspath(a.quartier)
        tasks += RS_TASKS
    if a.only:
        tasks = [t for t in tasks if t in a.only.split(",")]
    tasks = [t for t in tasks if t not in a.skip.split(",")]

    unavailable = {}
    py_needed = sorted({m for t in tasks if t in NEEDS for m in NEEDS[t]} | {"psutil"})
    if any(t in NEEDS for t in tasks):
        miss, err = missing_modules(a.python, py_needed)
        if err:
            sys.exit(f"cannot run {a.python}: {err}")
        if miss:
            print(f"NOTE: missing Python packages in {a.python}: {', '.join(miss)} "
                  f"(run `bash tools/reference/setup.sh`); affected tasks are skipped", file=sys.stderr)
        for t in tasks:
            m = [x for x in NEEDS.get(t, []) if x in miss]
            if m:
                unavailable[t] = "missing " + ",".join(m)

    work = a.workdir or tempfile.mkdtemp(prefix="quartier-bench-")
    os.makedirs(work, exist_ok=True)
    datasets = []
    try:
        for s in [x for x in a.sizes.split(",") if x.strip()]:
            n = int(s)
            t = time.perf_counter()
            datasets.append(write_grid(n, work))
            print(f"# generated {datasets[-1]['name']} ({n * n} cells) in {time.perf_counter() - t:.1f} s",
                  file=sys.stderr)
        if a.real:
            datasets += write_real(os.path.abspath(a.data), work)

        results = {}
        for ds in datasets:
            for task in tasks:
                key = (ds["name"], task)
                if task in unavailable:
                    results[key] = {"error": unavailable[task]}
                    continue
                out = os.path.join(work, f"{ds['name']}.{task}.csv")
                runs = []
                for _ in range(max(1, a.repeat)):
                    if task in RS_TASKS:
                        cmd = quartier_cmd(a, ds, out, shared=(task == "quartier_shared"))
                    else:
                        cmd = [a.python, os.path.abspath(__file__), "_child", task, ds["areas"], out,
                               str(a.geoda_threads)]
                    r = run_measured(cmd, a.timeout)
                    if "error" not in r and task not in RS_TASKS:
                        try:
                            r.update(json.loads(r["stdout"].strip().splitlines()[-1]))
                        except (ValueError, IndexError):
                            r["error"] = "no JSON from child"
                    if "error" in r and task not in RS_TASKS:
                        try:
                            j = json.loads(r["stdout"].strip().splitlines()[-1])
                            r["error"] = j.get("error", r["error"])
                        except (ValueError, IndexError):
                            pass
                    runs.append(r)
                    if "error" in r:
                        break
                ok = [r for r in runs if "error" not in r]
                if not ok:
                    res = {"error": runs[-1]["error"]}
                else:
                    res = dict(ok[0])
                    for k in ("wall_s", "step_s", "peak_rss_mb", "tree_rss_mb"):
                        vals = [r[k] for r in ok if k in r]
                        if vals:
                            res[k] = statistics.median(vals)
                    res["runs"] = len(ok)
                    res.pop("stdout", None)
                    res.pop("stderr", None)
                    if task in RS_TASKS:
                        ref = os.path.join(work, f"{ds['name']}.pipeline_pygeoda.csv")
                        res["check"] = check_output(out, ds["n"], ref)
                results[key] = res
                shown = res.get("error") or (f"wall {res['wall_s']:.2f} s, step {fmt(res.get('step_s'))} s, "
                                             f"peak RSS {res['peak_rss_mb']:.0f} MB"
                                             + (f", {res['check']}" if 'check' in res else ""))
                print(f"# {ds['name']:>14} {task:<24} {shown}", file=sys.stderr, flush=True)

        report(datasets, tasks, results, a)
        if a.json:
            with open(a.json, "w") as f:
                json.dump({"settings": {"permutations": PERMS, "geoda_threads": a.geoda_threads,
                                        "python": a.python, "quartier": a.quartier, "repeat": a.repeat},
                           "datasets": [{k: d[k] for k in ("name", "n")} for d in datasets],
                           "results": [{"dataset": k[0], "task": k[1], **v} for k, v in results.items()]},
                          f, indent=1)
    finally:
        if not a.workdir:
            shutil.rmtree(work, ignore_errors=True)


def report(datasets, tasks, results, a):
    import platform

    print(f"Quartier LISA benchmark — {PERMS} permutations, queen contiguity, row-standardised")
    print(f"machine: {os.cpu_count()} cpus, {platform.platform()}; python tasks via {a.python}")
    vers = next((r for r in results.values() if "numba" in r), {})
    if vers.get("numba"):
        print(f"numba {vers['numba']}")
    method = next((r["rss_method"] for r in results.values() if "rss_method" in r), "-")
    print("wall = whole fresh process (s); step = the measured call alone (s); "
          f"rss = peak RSS of the main process (MB; {method}); "
          "tree = sampled peak of the summed RSS of the process and its children, 20 ms (MB)")
    print()
    hdr = f"{'dataset':<15} {'n':>7}  {'task':<24} {'wall':>8} {'step':>8} {'rss':>7} {'tree':>7}  notes"
    print(hdr)
    print("-" * len(hdr))
    for ds in datasets:
        for task in tasks:
            r = results.get((ds["name"], task), {})
            if "error" in r:
                print(f"{ds['name']:<15} {ds['n']:>7}  {task:<24} {'':>8} {'':>8} {'':>7} {'':>7}  ERROR: {r['error']}")
                continue
            notes = []
            for k in ("jit_s", "open_s", "read_s"):
                if k in r and task not in RS_TASKS:
                    notes.append(f"{k[:-2]} {fmt(r[k])}s")
            if "sig05" in r:
                notes.append(f"p<=.05: {r['sig05']}")
            if "check" in r:
                notes.append(r["check"])
            print(f"{ds['name']:<15} {ds['n']:>7}  {task:<24} {fmt(r.get('wall_s')):>8} {fmt(r.get('step_s')):>8} "
                  f"{fmt(r.get('peak_rss_mb')):>7} {fmt(r.get('tree_rss_mb')):>7}  {'; '.join(notes)}")
        print()
    if any(t in RS_TASKS for t in tasks):
        print("Ratios Python / Quartier (whole process: wall time, peak RSS)")
        for ds in datasets:
            for py, rs in RATIOS:
                rp, rr = results.get((ds["name"], py), {}), results.get((ds["name"], rs), {})
                if "wall_s" in rp and "wall_s" in rr and rr["wall_s"] > 0:
                    print(f"  {ds['name']:<15} {py:<24} / {rs:<16} time x{rp['wall_s'] / rr['wall_s']:.1f}"
                          f"   rss x{rp['peak_rss_mb'] / max(rr['peak_rss_mb'], 1e-9):.1f}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_child":
        child(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
    else:
        main()
