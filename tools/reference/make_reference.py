#!/usr/bin/env python3
"""
make_reference.py -- independent reference values for the Quartier `stats` crate.

Computes spatial weights, global/local spatial autocorrelation statistics and
choropleth classifications with the reference implementations (PySAL libpysal /
esda / mapclassify and GeoDa's pygeoda) on real public datasets and writes one
JSON file per dataset to crates/stats/tests/reference/<dataset>.json.

Setup (once):   bash tools/reference/setup.sh          (creates .venv-oracle/)
Run:            .venv-oracle/bin/python tools/reference/make_reference.py [--data DIR] [--out DIR] [--only NAME,...]

--data defaults to ../shared/data relative to the repository root (i.e. the
shared data folder next to the checkout); --out defaults to
crates/stats/tests/reference. Everything runs offline.

Conventions (see crates/stats/tests/reference/README.md for the full schema):
  * areas are kept in FILE ORDER; neighbour lists are 0-based indices into that order
  * floats are written with Python's repr (shortest round-trip), NaN/inf -> null
  * permutation tests: 999 permutations; global tests seeded with np.random.seed(12345)
    immediately before each call; esda local statistics with seed=12345, n_jobs=1;
    pygeoda with its default seed 123456789 but cpu_threads=1 (its p-values depend on
    the thread count).
"""
import argparse
import datetime
import json
import math
import os
import platform
import sys
import tempfile
import warnings

import numpy as np

PERMS = 999
SEED = 12345  # esda seeds (local stats) and np.random.seed before global stats
GEODA_SEED = 123456789  # pygeoda default
GEODA_THREADS = 1
ALPHA = 0.05
K = 5

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEFAULT_DATA = os.path.join(REPO, "..", "shared", "data")
DEFAULT_OUT = os.path.join(REPO, "crates", "stats", "tests", "reference")

LICENCES = {
    "pysal": {
        "licence": "BSD-3-Clause (libpysal example data; datasets from the GeoDa Center / cited papers)",
        "attribution": "PySAL libpysal 4.14.1 examples (pysal.org); GeoDa Center for Geospatial Analysis and Computation",
    },
    "leipzig": {
        "licence": "dl-de/by-2-0 (Datenlizenz Deutschland - Namensnennung 2.0)",
        "attribution": "Datenquelle: Stadt Leipzig, Amt fuer Statistik und Wahlen, dl-de/by-2-0 "
                       "(mirrored by CodeforLeipzig/opendata-leipzig-playground and CodeforLeipzig/leipzigmaps)",
    },
    "berlin": {
        "licence": "CC BY 3.0 DE (source) / CC BY 4.0 (open-lifeworlds data product)",
        "attribution": "Senatsverwaltung fuer Stadtentwicklung, Bauen und Wohnen Berlin, Monitoring Soziale "
                       "Stadtentwicklung 2019; data product open-lifeworlds/"
                       "open-lifeworlds-data-product-berlin-lor-monitoring-social-urban-development",
    },
}


# ----------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------
def clean(x):
    """Recursively convert numpy types to JSON-safe python types (NaN/inf -> None)."""
    if isinstance(x, dict):
        return {str(k): clean(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [clean(v) for v in x]
    if isinstance(x, np.ndarray):
        return [clean(v) for v in x.tolist()]
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    if isinstance(x, (int, np.integer)):
        return int(x)
    if isinstance(x, (float, np.floating)):
        f = float(x)
        return f if math.isfinite(f) else None
    return x


def fl(a):
    return [float(v) for v in np.asarray(a, dtype=float).ravel()]


def attrs(obj, names):
    out = {}
    for k in names:
        v = getattr(obj, k, None)
        if v is None:
            continue
        out[k] = float(v)
    return out


def versions():
    import esda
    import libpysal
    import mapclassify
    import pygeoda
    import scipy

    v = {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__,
         "esda": esda.__version__, "libpysal": libpysal.__version__,
         "mapclassify": mapclassify.__version__, "pygeoda": pygeoda.__version__}
    for mod in ("numba", "geopandas", "shapely", "pyogrio"):
        try:
            v[mod] = __import__(mod).__version__
        except ImportError:
            v[mod] = None
    return v


# ----------------------------------------------------------------------------
# weights
# ----------------------------------------------------------------------------
def neighbour_lists(w, n):
    """0-based sorted neighbour lists in file order (W built with ids 0..n-1)."""
    return [sorted(int(j) for j in w.neighbors[i]) for i in range(n)]


def fresh_w(nbrs):
    """A new binary libpysal W from neighbour lists (esda mutates W.transform in place)."""
    from libpysal.weights import W

    n = len(nbrs)
    return W({i: list(nb) for i, nb in enumerate(nbrs)}, id_order=list(range(n)),
             silence_warnings=True)


def w_summary(nbrs):
    w = fresh_w(nbrs)
    out = {}
    for t in ("b", "r"):
        w.transform = t
        out[f"s0_{t}"] = float(w.s0)
        out[f"s1_{t}"] = float(w.s1)
        out[f"s2_{t}"] = float(w.s2)
    card = [len(nb) for nb in nbrs]
    out.update({
        "n_links": int(sum(card)),  # directed links = number of non-zero w_ij
        "cardinalities": card,
        "min_neighbors": int(min(card)), "max_neighbors": int(max(card)),
        "mean_neighbors": float(np.mean(card)),
        "islands": [i for i, c in enumerate(card) if c == 0],
        "symmetric": all(i in nbrs[j] for i, nb in enumerate(nbrs) for j in nb),
    })
    return out


def build_weights(gdf, kind):
    """Returns (neighbour lists, dict of metadata)."""
    import libpysal
    from libpysal.graph import Graph

    n = len(gdf)
    meta = {}
    if kind in ("queen", "rook"):
        cls = libpysal.weights.Queen if kind == "queen" else libpysal.weights.Rook
        w = cls.from_dataframe(gdf, use_index=False, silence_warnings=True)
        nbrs = neighbour_lists(w, n)
        meta["builder"] = f"libpysal.weights.{cls.__name__}.from_dataframe(gdf, use_index=False)"
        # cross-check with the new Graph API
        g = Graph.build_contiguity(gdf.reset_index(drop=True), rook=(kind == "rook"))
        gn = [sorted(int(j) for j in g.neighbors[i]) for i in range(n)]
        meta["graph_build_contiguity_identical"] = gn == nbrs
    elif kind.startswith("knn"):
        k = int(kind[3:])
        w = libpysal.weights.KNN.from_dataframe(gdf.reset_index(drop=True), k=k, use_index=True)
        nbrs = neighbour_lists(w, n)
        meta["builder"] = f"libpysal.weights.KNN.from_dataframe(gdf, k={k}) on point coordinates (euclidean)"
        # ties at the k-th distance make the neighbour set ambiguous: list them
        xy = np.column_stack([gdf.geometry.x.to_numpy(), gdf.geometry.y.to_numpy()])
        d = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(-1))
        np.fill_diagonal(d, np.inf)
        ties = []
        for i in range(n):
            s = np.sort(d[i])
            if s[k - 1] == s[k]:
                ties.append(i)
        meta["ambiguous_knn_sites(tie at k-th distance)"] = ties
        meta["coordinates"] = [[float(a), float(b)] for a, b in xy]
    else:
        raise ValueError(kind)
    meta.update(w_summary(nbrs))
    return nbrs, meta


def gal_weights(path, n):
    import libpysal

    w = libpysal.io.open(path).read()
    ids = w.id_order
    pos = {idv: i for i, idv in enumerate(ids)}
    return [sorted(pos[j] for j in w.neighbors[idv]) for idv in ids]


# ----------------------------------------------------------------------------
# statistics
# ----------------------------------------------------------------------------
def global_stats(y, nbrs):
    import esda

    out = {}
    for t in ("r", "b"):
        np.random.seed(SEED)
        m = esda.Moran(y, fresh_w(nbrs), transformation=t, permutations=PERMS)
        d = attrs(m, ("I", "EI", "VI_norm", "seI_norm", "z_norm", "p_norm", "VI_rand", "seI_rand",
                      "z_rand", "p_rand", "p_sim", "EI_sim", "VI_sim", "seI_sim", "z_sim", "p_z_sim"))
        d.update({"transformation": t, "two_tailed": True, "permutations": PERMS,
                  "seed": f"np.random.seed({SEED}) before the call"})
        out["moran_" + t] = d
    np.random.seed(SEED)
    g = esda.Geary(y, fresh_w(nbrs), transformation="r", permutations=PERMS)
    d = attrs(g, ("C", "EC", "VC_norm", "seC_norm", "z_norm", "p_norm", "VC_rand", "seC_rand",
                  "z_rand", "p_rand", "p_sim", "EC_sim", "VC_sim", "seC_sim", "z_sim", "p_z_sim"))
    d.update({"transformation": "r", "permutations": PERMS, "seed": f"np.random.seed({SEED}) before the call"})
    out["geary_r"] = d
    if np.all(y >= 0):
        np.random.seed(SEED)
        gg = esda.G(y, fresh_w(nbrs), permutations=PERMS)
        d = attrs(gg, ("G", "EG", "VG", "seG", "z_norm", "p_norm", "p_sim", "EG_sim", "VG_sim",
                       "seG_sim", "z_sim", "p_z_sim"))
        d.update({"transformation": "b (esda.G always sets binary weights)", "permutations": PERMS,
                  "seed": f"np.random.seed({SEED}) before the call",
                  "p_norm_note": "one-sided: 1 - Phi(|z|)"})
        out["getis_ord_g_b"] = d
    return out


def esda_fdr(p, alpha):
    import esda

    return float(esda.fdr(np.asarray(p), alpha))


def geoda_rule_fdr(p, alpha):
    """GeoDa's GetFDR rule (stop at first failure), for documentation."""
    ps = np.sort(np.asarray(p))
    n = len(ps)
    cut = alpha / n
    for i, pv in enumerate(ps):
        val = (i + 1) * alpha / n
        if pv >= val:
            break
        cut = val
    return float(cut)


def local_moran_esda(y, nbrs):
    import esda

    w = fresh_w(nbrs)
    lm = esda.Moran_Local(y, w, transformation="r", permutations=PERMS, seed=SEED, n_jobs=1,
                          keep_simulations=True)
    wr = fresh_w(nbrs)
    wr.transform = "r"
    lag_z = wr.sparse @ lm.z
    lag_y = wr.sparse @ np.asarray(y, float)
    p = np.asarray(lm.p_sim)
    labels = lm.get_cluster_labels(ALPHA) if hasattr(lm, "get_cluster_labels") else None
    out = {
        "call": f"esda.Moran_Local(y, w, transformation='r', permutations={PERMS}, seed={SEED}, n_jobs=1, "
                "keep_simulations=True)",
        "z": fl(lm.z), "lag_z": fl(lag_z), "lag_y": fl(lag_y),
        "Is": fl(lm.Is), "q": [int(v) for v in lm.q],
        "q_coding": "esda default: 1 HH (z>0, lag>0), 2 LH (z<=0, lag>0), 3 LL (z<=0, lag<=0), 4 HL (z>0, lag<=0)",
        "EIc": fl(lm.EIc), "VIc": fl(lm.VIc),
        "p_sim": fl(p), "EI_sim": fl(lm.EI_sim), "seI_sim": fl(lm.seI_sim),
        "z_sim": fl(lm.z_sim), "p_z_sim": fl(lm.p_z_sim),
        "fdr_0.05": esda_fdr(p, 0.05), "fdr_0.10": esda_fdr(p, 0.10),
        "geoda_rule_fdr_0.05_on_esda_p": geoda_rule_fdr(p, 0.05),
        "n_sig_0.05": int((p < 0.05).sum()), "n_sig_0.01": int((p < 0.01).sum()),
        "n_sig_fdr_0.05": int((p <= esda_fdr(p, 0.05)).sum()),
    }
    if labels is not None:
        out["cluster_labels_0.05"] = [str(s) for s in labels]
    return out


def local_g_esda(y, nbrs, star):
    import esda

    lg = esda.G_Local(y, fresh_w(nbrs), transform="R", permutations=PERMS, star=star, seed=SEED,
                      n_jobs=1, keep_simulations=True)
    return {
        "call": f"esda.G_Local(y, w, transform='R', permutations={PERMS}, star={star}, seed={SEED}, n_jobs=1)",
        "Gs": fl(lg.Gs), "EGs": fl(np.broadcast_to(lg.EGs, lg.Gs.shape)),
        "VGs": fl(np.broadcast_to(lg.VGs, lg.Gs.shape)), "Zs": fl(lg.Zs),
        "p_norm": fl(lg.p_norm), "p_sim": fl(lg.p_sim),
        "n_sig_p_sim_0.05": int((np.asarray(lg.p_sim) < 0.05).sum()),
    }


def pygeoda_weights(gda, kind, nbrs, tmpdir):
    """pygeoda's own weights (and how they compare with libpysal's)."""
    import pygeoda

    n = len(nbrs)
    native = None
    if kind == "queen":
        native = pygeoda.queen_weights(gda)
    elif kind == "rook":
        native = pygeoda.rook_weights(gda)
    elif kind.startswith("knn"):
        native = pygeoda.knn_weights(gda, int(kind[3:]))
    same = False
    if native is not None:
        gn = [sorted(int(j) for j in native.get_neighbors(i)) for i in range(n)]
        same = gn == nbrs
        if same:
            return native, {"pygeoda_weights": f"pygeoda native ({kind}), identical to libpysal"}
    if native is None:
        return None, {"pygeoda_weights": f"no pygeoda builder for {kind}: pygeoda LISA skipped"}
    diff = [i for i in range(n) if gn[i] != nbrs[i]]
    # pygeoda's GAL loader is unreliable (crashes), so run on pygeoda's own weights and record them
    return native, {"pygeoda_weights": f"pygeoda native ({kind}); DIFFERS from libpysal at {len(diff)} sites",
                    "differing_sites": diff, "pygeoda_neighbors": gn}


def local_moran_pygeoda(w, y, method):
    import pygeoda

    lm = pygeoda.local_moran(w, [float(v) for v in y], permutations=PERMS, permutation_method=method,
                             cpu_threads=GEODA_THREADS, seed=GEODA_SEED, significance_cutoff=ALPHA)
    p = np.asarray(lm.lisa_pvalues(), float)
    return {
        "call": f"pygeoda.local_moran(w, y, permutations={PERMS}, permutation_method='{method}', "
                f"cpu_threads={GEODA_THREADS}, seed={GEODA_SEED}, significance_cutoff={ALPHA})",
        "lisa_values": fl(lm.lisa_values()), "lisa_pvalues": fl(p),
        "lisa_clusters": [int(c) for c in lm.lisa_clusters()],
        "lisa_num_nbrs": [int(c) for c in lm.lisa_num_nbrs()],
        "labels": [str(s) for s in lm.lisa_labels()],
        "cluster_coding": "0 not significant (p > cutoff), 1 High-High, 2 Low-Low, 3 Low-High, 4 High-Low, "
                          "5 Undefined, 6 Isolated",
        "fdr_0.05": float(lm.lisa_fdr(0.05)), "bonferroni_0.05": float(lm.lisa_bo(0.05)),
        "n_sig_0.05": int((p <= 0.05).sum()),
    }


def classify(y):
    import mapclassify

    out = {}
    schemes = (
        ("Quantiles_k5", lambda v: mapclassify.Quantiles(v, k=K)),
        ("EqualInterval_k5", lambda v: mapclassify.EqualInterval(v, k=K)),
        ("FisherJenks_k5", lambda v: mapclassify.FisherJenks(v, k=K)),
        ("StdMean", lambda v: mapclassify.StdMean(v)),
        ("BoxPlot_hinge1.5", lambda v: mapclassify.BoxPlot(v, hinge=1.5)),
        ("BoxPlot_hinge3.0", lambda v: mapclassify.BoxPlot(v, hinge=3.0)),
        ("Percentiles", lambda v: mapclassify.Percentiles(v)),
    )
    calls = {
        "Quantiles_k5": "mapclassify.Quantiles(y, k=5)",
        "EqualInterval_k5": "mapclassify.EqualInterval(y, k=5)",
        "FisherJenks_k5": "mapclassify.FisherJenks(y, k=5)",
        "StdMean": "mapclassify.StdMean(y)  # multiples [-2,-1,1,2], sd ddof=1",
        "BoxPlot_hinge1.5": "mapclassify.BoxPlot(y, hinge=1.5)",
        "BoxPlot_hinge3.0": "mapclassify.BoxPlot(y, hinge=3.0)",
        "Percentiles": "mapclassify.Percentiles(y)  # pct [1,10,50,90,99,100]",
    }
    for name, fn in schemes:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            cl = fn(np.asarray(y, float))
        out[name] = {"call": calls[name], "bins": fl(cl.bins), "counts": [int(c) for c in cl.counts],
                     "k": int(cl.k), "yb": [int(c) for c in cl.yb], "adcm": float(cl.adcm)}
    return out


# ----------------------------------------------------------------------------
# datasets
# ----------------------------------------------------------------------------
def read(path):
    import geopandas as gpd

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return gpd.read_file(path)


def load_leipzig(data):
    import json as _json

    base = os.path.join(data, "leipzig-ortsteile")
    gdf = read(os.path.join(base, "ortsteile.json"))
    series = [
        ("sgb2_quote_2022", "kdvalues/leipzig-bedarfsgemeinschaften.json", "2022", "SGB-II-Quote",
         "SGB-II-Quote 2022 (% of residents < 65 receiving SGB II; integer, truncated by the mirror)"),
        ("unemployed_share_2022", "kdvalues/leipzig-arbeitslose-insgesamt.json", "2022",
         "Anteil an den Erwerbsfähigen",
         "Arbeitslose: Anteil an den Erwerbsfähigen 2022 (% of residents 15-64; integer, truncated by the mirror)"),
    ]
    variables, meta = {}, {}
    for key, f, year, name, desc in series:
        d = _json.load(open(os.path.join(base, f), encoding="utf-8"))
        recs = d["data"][year][name]
        m = {r["district"]: float(r["value"]) for r in recs}
        assert len(m) == len(recs) == 63, (key, len(m), len(recs))
        variables[key] = np.array([m[nm] for nm in gdf["Name"]], float)
        meta[key] = {"file": "leipzig-ortsteile/" + f, "path_in_json": f"data['{year}']['{name}']",
                     "join": "record 'district' == feature property 'Name'", "description": desc}
    return {
        "gdf": gdf, "id_field": "OT", "ids": [str(v) for v in gdf["OT"]],
        "names": [str(v) for v in gdf["Name"]],
        "files": ["leipzig-ortsteile/ortsteile.json"] + [m["file"] for m in meta.values()],
        "geometry_file": "leipzig-ortsteile/ortsteile.json",
        "variables": variables, "variable_meta": meta, "weights": ["queen", "rook"],
        "licence": LICENCES["leipzig"], "description": "Leipzig, 63 Ortsteile (WGS84 polygons)",
    }


def load_berlin(data):
    import glob

    import pandas as pd

    gpath = glob.glob(os.path.join(data, "berlin-mss", "geometry-plr-until-2020", "*planning-areas.geojson"))[0]
    cpath = glob.glob(os.path.join(data, "berlin-mss", "2019", "*-2019-00-2-1.csv"))[0]
    gdf = read(gpath)
    n_geom = len(gdf)
    tab = pd.read_csv(cpath, dtype={"id": str})
    cols = {"s3_transfer_2019": "s3_percentage_transfer_payments_recipients",
            "s1_unemployed_2019": "s1_percentage_unemployed"}
    gdf = gdf[["id", "name", "geometry"]].copy()
    gdf["id"] = gdf["id"].astype(str)
    merged = gdf.merge(tab[["id"] + list(cols.values())], on="id", how="inner", sort=False)
    # keep geometry file order
    order = {v: i for i, v in enumerate(gdf["id"])}
    merged = merged.iloc[np.argsort([order[v] for v in merged["id"]], kind="stable")].reset_index(drop=True)
    dropped = sorted(set(gdf["id"]) - set(merged["id"]))
    rel_g = os.path.relpath(gpath, data)
    rel_c = os.path.relpath(cpath, data)
    variables = {k: merged[c].to_numpy(float) for k, c in cols.items()}
    meta = {k: {"file": rel_c, "column": c, "join": "csv 'id' (8-digit string) == feature property 'id'",
                "description": ("MSS 2019 S3 Transferbezug (% SGB II + XII recipients)" if k.startswith("s3")
                                else "MSS 2019 S1 Arbeitslosigkeit (% unemployed)")
                + "; PLR with < 300 inhabitants carry 0 in the source table and are kept as 0"}
            for k, c in cols.items()}
    import geopandas as gpd

    mg = gpd.GeoDataFrame(merged, geometry="geometry", crs=gdf.crs)
    return {
        "gdf": mg, "id_field": "id", "ids": [str(v) for v in mg["id"]],
        "names": [str(v) for v in mg["name"]],
        "files": [rel_g, rel_c], "geometry_file": rel_g,
        "join_note": f"inner join of {n_geom} geometry features with {len(tab)} csv rows on 'id'; "
                     f"dropped (no csv row): {dropped}; order = geometry file order",
        "variables": variables, "variable_meta": meta, "weights": ["queen", "rook"],
        "licence": LICENCES["berlin"],
        "description": "Berlin, old LOR planning areas (PLR, valid until 2020) with MSS 2019 indicators",
    }


def load_pysal(data, name):
    base = os.path.join(data, "pysal-examples")
    lic = LICENCES["pysal"]
    if name == "columbus":
        gdf = read(os.path.join(base, "columbus", "columbus.shp"))
        d = {"id_field": "POLYID", "vars": ["CRIME", "HOVAL", "INC"], "files": ["pysal-examples/columbus/columbus.shp"],
             "alt": "pysal-examples/columbus/columbus.json", "gal": ("columbus/columbus.gal", "queen"),
             "weights": ["queen", "rook"], "description": "Columbus OH, 49 neighbourhoods 1980 (Anselin 1988), planar"}
    elif name == "sids2":
        gdf = read(os.path.join(base, "sids2", "sids2.shp"))
        d = {"id_field": "FIPSNO", "vars": ["SIDR74"], "files": ["pysal-examples/sids2/sids2.shp"],
             "gal": ("sids2/sids2.gal", "queen"), "weights": ["queen", "rook"],
             "description": "North Carolina, 100 counties, SIDS rates (Cressie 1993), planar"}
    elif name == "stl":
        gdf = read(os.path.join(base, "stl", "stl_hom.shp"))
        d = {"id_field": "FIPSNO", "vars": ["HR8893"], "files": ["pysal-examples/stl/stl_hom.shp"],
             "gal": ("stl/stl.gal", "queen"), "weights": ["queen", "rook"],
             "description": "St. Louis region, 78 counties, homicide rates 1988-93, planar"}
    elif name == "baltim":
        gdf = read(os.path.join(base, "baltim", "baltim.shp"))
        d = {"id_field": "STATION", "vars": ["PRICE"], "files": ["pysal-examples/baltim/baltim.shp"],
             "alt": "pysal-examples/baltim/baltimore.geojson", "weights": ["knn4", "knn6"],
             "description": "Baltimore, 211 house sales 1978 (points), planar"}
    else:
        raise ValueError(name)
    out = {
        "gdf": gdf, "id_field": d["id_field"], "ids": [clean(v) for v in gdf[d["id_field"]]],
        "files": d["files"], "geometry_file": d["files"][0],
        "variables": {v: gdf[v].to_numpy(float) for v in d["vars"]},
        "variable_meta": {v: {"file": d["files"][0], "column": v} for v in d["vars"]},
        "weights": d["weights"], "licence": lic, "description": d["description"],
    }
    if "alt" in d:
        alt = read(os.path.join(data, d["alt"]))
        same = (len(alt) == len(gdf) and list(alt[d["id_field"]]) == list(gdf[d["id_field"]])
                and all(np.array_equal(alt[v].to_numpy(float), gdf[v].to_numpy(float)) for v in d["vars"]))
        out["equivalent_geojson"] = {"file": d["alt"], "same_order_ids_values": bool(same)}
        out["files"].append(d["alt"])
    if "gal" in d:
        out["gal"] = ("pysal-examples/" + d["gal"][0], os.path.join(base, d["gal"][0]), d["gal"][1])
    return out


# ----------------------------------------------------------------------------
def run_dataset(name, ds, tmpdir):
    import pygeoda

    gdf = ds["gdf"].reset_index(drop=True)
    n = len(gdf)
    res = {
        "schema_version": 1,
        "dataset": name,
        "description": ds["description"],
        "source": {"data_dir": "shared/data (paths below are relative to it)", "files": ds["files"],
                   "geometry_file": ds["geometry_file"], **ds["licence"]},
        "n": n,
        "id_field": ds["id_field"],
        "ids": ds["ids"],
    }
    if "names" in ds:
        res["names"] = ds["names"]
    if "join_note" in ds:
        res["join_note"] = ds["join_note"]
    if "equivalent_geojson" in ds:
        res["equivalent_geojson"] = ds["equivalent_geojson"]
    res["settings"] = {"permutations": PERMS, "esda_seed": SEED, "global_seed": SEED,
                       "pygeoda_seed": GEODA_SEED, "pygeoda_cpu_threads": GEODA_THREADS, "alpha": ALPHA,
                       "esda_n_jobs": 1, "mapclassify_k": K}
    res["variables"] = {k: {**ds["variable_meta"][k], "values": fl(v)} for k, v in ds["variables"].items()}

    weights = {}
    for kind in ds["weights"]:
        nbrs, meta = build_weights(gdf, kind)
        weights[kind] = {**meta, "neighbors": nbrs}
    extra = {}
    if "gal" in ds:
        rel, path, _ = ds["gal"]
        gn = gal_weights(path, n)
        # GAL ids are the file's ids; our lists are in GAL order, which equals file order for these datasets
        same = [k for k in ds["weights"] if gn == weights[k]["neighbors"]]
        extra = {"file": rel, "identical_to": same[0] if same else None}
        if extra["identical_to"] is None:
            extra["neighbors"] = gn
            extra.update({k: v for k, v in w_summary(gn).items() if k != "cardinalities"})
        weights["gal_file"] = extra
    res["weights"] = {k: {kk: vv for kk, vv in v.items()} for k, v in weights.items()}

    gda = pygeoda.open(gdf[["geometry"]].copy())
    results = {}
    for var, y in ds["variables"].items():
        rv = {"classify": classify(y), "weights": {}}
        for kind in ds["weights"]:
            nbrs = weights[kind]["neighbors"]
            r = global_stats(y, nbrs)
            r["moran_local_esda"] = local_moran_esda(y, nbrs)
            gw, gmeta = pygeoda_weights(gda, kind, nbrs, tmpdir)
            r["moran_local_pygeoda"] = {"weights_used": gmeta.pop("pygeoda_weights"), **gmeta}
            if gw is not None:
                for method in ("complete", "lookup-table"):
                    r["moran_local_pygeoda"][method] = local_moran_pygeoda(gw, y, method)
            r["g_local_esda"] = local_g_esda(y, nbrs, star=False)
            r["g_star_local_esda"] = local_g_esda(y, nbrs, star=True)
            rv["weights"][kind] = r
        if "gal" in ds and weights["gal_file"].get("identical_to") is None:
            rv["weights"]["gal_file"] = global_stats(y, weights["gal_file"]["neighbors"])
        results[var] = rv
        print(f"  {name}/{var}: " + ", ".join(
            f"{k} I={rv['weights'][k]['moran_r']['I']:.6f}" for k in ds["weights"]), flush=True)
    res["results"] = results
    return res


DATASETS = ("columbus", "sids2", "stl", "baltim", "leipzig", "berlin")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=DEFAULT_DATA, help="shared data folder (default ../shared/data)")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output folder (default crates/stats/tests/reference)")
    ap.add_argument("--only", default=",".join(DATASETS), help="comma-separated subset of " + ",".join(DATASETS))
    a = ap.parse_args()
    warnings.filterwarnings("ignore")
    try:
        import esda  # noqa: F401
        import libpysal  # noqa: F401
        import mapclassify  # noqa: F401
        import pygeoda  # noqa: F401
        import geopandas  # noqa: F401
    except ImportError as e:
        sys.exit(f"missing package: {e.name}. Run `bash tools/reference/setup.sh` and use .venv-oracle/bin/python")
    data = os.path.abspath(a.data)
    if not os.path.isdir(data):
        sys.exit(f"data folder not found: {data} (use --data DIR)")
    os.makedirs(a.out, exist_ok=True)
    vers = versions()
    cmd = "python tools/reference/make_reference.py " + " ".join(sys.argv[1:])
    for name in a.only.split(","):
        print(f"{name} ...", flush=True)
        if name == "leipzig":
            ds = load_leipzig(data)
        elif name == "berlin":
            ds = load_berlin(data)
        else:
            ds = load_pysal(data, name)
        with tempfile.TemporaryDirectory() as tmp:
            res = run_dataset(name, ds, tmp)
        res["generated"] = {"by": "tools/reference/make_reference.py", "command": cmd.strip(),
                            "date_utc": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d"),
                            "versions": vers}
        # put 'generated' near the top
        order = ["schema_version", "dataset", "description", "generated"]
        res = {**{k: res[k] for k in order}, **{k: v for k, v in res.items() if k not in order}}
        path = os.path.join(a.out, f"{name}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(clean(res), f, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
            f.write("\n")
        print(f"  wrote {os.path.relpath(path, REPO)} ({os.path.getsize(path) / 1024:.0f} KiB)", flush=True)


if __name__ == "__main__":
    main()
