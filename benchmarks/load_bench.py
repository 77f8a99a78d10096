"""Benchmark: UCDP GED loader + validation + district-month aggregation vs plain pandas.read_csv.

Writes a synthetic GED-shaped CSV (default 1,000,000 events) to a temporary folder: rows are
drawn with replacement (seeded) from the real Syria GED file, then given new unique ids, new
dates spread over 2016-01..2019-11 and jittered coordinates, so text lengths, names and quirks
look like real data. The file is deleted afterwards, never committed.

Baselines: ``pandas.read_csv`` (the target) and, when polars is installed (the ``bench``
extra), ``polars.read_csv`` of the same file, printed as a second ratio with no target: polars
reads multi-threaded into Arrow memory, so it shows what a user who reaches for polars would
compare against (issue 13). The loader itself stays on pandas.

Each measurement runs in a fresh subprocess (so peak memory is not shared): time is wall-clock
of the work, memory is peak resident set size (``ru_maxrss``) minus the resident size after
imports. Target: loader path <= 2x the time and <= 2x the memory of ``pandas.read_csv``.

The slow path is timed too, and printed apart (no target): the same file with one bad cell
(text in ``best`` of one row) loaded with ``errors="drop"``, which makes the loader fall back
to its all-text pass, name the bad cell with its line (a pass over the file with the csv
module) and set the row aside.

Run::

    .venv/bin/python benchmarks/load_bench.py [--rows 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run from a checkout without installing

CHILD = r"""
import json, resource, sys, time, warnings
import pandas as pd
if sys.argv[2] == "polars":
    import polars as pl
import idlibstats.load as L
import idlibstats.load.admin as A
# warm the small caches (admin tables, polygons, name index) outside the timing
A.load_admin_units(1); A.load_admin_units(2)
A.point_to_pcode([35.9], [36.6], 1); A.point_to_pcode([35.9], [36.6], 2)
A.crosswalk_ucdp(pd.Series(["Idlib Governorate"]), pd.Series(["Ariha district"]))
def rss():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize()
base = rss()
path, what = sys.argv[1], sys.argv[2]
steps = {}
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
c0 = cpu()
t = time.perf_counter()
if what == "read_csv":
    df = pd.read_csv(path)
    n = len(df)
elif what == "polars":
    df = pl.read_csv(path, infer_schema_length=10000)
    n = df.height
else:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ev = L.load_ucdp_ged(path, errors="drop" if what == "slow_path" else "raise")
        if what == "slow_path":
            assert len(ev.attrs["set_aside"]) == 1, ev.attrs.get("set_aside")
        steps["load+validate"] = time.perf_counter() - t
        placed = L.place_events(ev, warn=False)
        steps["place"] = time.perf_counter() - t - sum(steps.values())
        out = L.count_events(placed, period="month", level="district",
                             start="2016-01-01", end="2019-11-30")
        steps["district-month"] = time.perf_counter() - t - sum(steps.values())
    n = len(ev)
secs = time.perf_counter() - t
cpu_secs = cpu() - c0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"what": what, "rows": n, "seconds": secs, "cpu": cpu_secs,
                  "peak_bytes": peak - base,
                  "steps": steps}))
"""


def make_file(path: Path, rows: int, seed: int = 20191130, bad_row: int | None = None) -> None:
    """Write a GED-shaped CSV of ``rows`` synthetic events (see module docstring); with
    ``bad_row`` (0-based), the same file except for text in ``best`` of that row."""
    from idlibstats._paths import shared_file

    real = pd.read_csv(shared_file("ucdp_ged", "ucdp_ged_syria_652.1601.1911.csv"), dtype=str,
                       keep_default_na=False)  # fmt: skip
    rng = np.random.default_rng(seed)
    chunk = 200_000
    days = pd.date_range("2016-01-01", "2019-11-30", freq="D")
    first = True
    for lo in range(0, rows, chunk):
        n = min(chunk, rows - lo)
        df = real.iloc[rng.integers(0, len(real), n)].reset_index(drop=True)
        df["id"] = np.arange(lo + 1, lo + n + 1).astype(str)
        d = days[rng.integers(0, len(days), n)]
        df["date_start"] = d.strftime("%Y-%m-%d")
        df["date_end"] = d.strftime("%Y-%m-%d")
        df["year"] = d.year.astype(str)
        for c in ("latitude", "longitude"):
            x = pd.to_numeric(df[c]) + rng.normal(0, 0.01, n)
            df[c] = np.round(x, 6).astype(str)
        if bad_row is not None and lo <= bad_row < lo + n:
            df.loc[bad_row - lo, "best"] = "twelve"
        df.to_csv(path, mode="w" if first else "a", header=first, index=False)
        first = False


def measure(path: Path, what: str) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), what], check=True,
                         capture_output=True, text=True, cwd=REPO)  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each; the best is kept")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ged_synthetic.csv"
        bad = Path(tmp) / "ged_synthetic_one_bad_cell.csv"
        t = time.perf_counter()
        make_file(path, args.rows)
        make_file(bad, args.rows, bad_row=args.rows // 2)
        print(f"wrote 2 x {args.rows:,} events ({path.stat().st_size / 1e6:.0f} MB each) in "
              f"{time.perf_counter() - t:.0f} s")  # fmt: skip
        # interleaved runs, so all see the same machine load; the best of each is kept
        runs = {"read_csv": [], "loader": [], "slow_path": []}
        if importlib.util.find_spec("polars") is not None:
            runs["polars"] = []
        for _ in range(args.repeat):
            for what in runs:
                runs[what].append(measure(bad if what == "slow_path" else path, what))
    res = {}
    for what, rs in runs.items():
        res[what] = {"seconds": min(r["seconds"] for r in rs), "cpu": min(r["cpu"] for r in rs),
                     "peak_bytes": min(r["peak_bytes"] for r in rs)}  # fmt: skip
        print(f"{what:>9}: {res[what]['seconds']:.2f} s wall, {res[what]['cpu']:.2f} s CPU, peak +"
              f"{res[what]['peak_bytes'] / 2**20:.0f} MiB  (runs: "
              + ", ".join(f"{r['seconds']:.2f}" for r in rs) + " s)")  # fmt: skip
    for what in ("loader", "slow_path"):
        steps = min(runs[what], key=lambda r: r["seconds"])["steps"]
        print(f"   {what} steps: " + ", ".join(f"{k} {v:.2f} s" for k, v in steps.items()))
    t_ratio = res["loader"]["seconds"] / res["read_csv"]["seconds"]
    m_ratio = res["loader"]["peak_bytes"] / res["read_csv"]["peak_bytes"]
    c_ratio = res["loader"]["cpu"] / res["read_csv"]["cpu"]
    print(
        f"time ratio (load + validate + place + district-month) / read_csv: {t_ratio:.2f} "
        f"(target <= 2)"
    )
    print(f"CPU-time ratio (less sensitive to other load on the machine): {c_ratio:.2f}")
    print(f"peak memory ratio: {m_ratio:.2f} (target <= 2)")
    if "polars" in res:
        p = res["polars"]
        print(
            f"vs polars.read_csv (no target): time {res['loader']['seconds'] / p['seconds']:.2f}"
            f", CPU {res['loader']['cpu'] / p['cpu']:.2f}, peak memory "
            f"{res['loader']['peak_bytes'] / p['peak_bytes']:.2f}"
        )
    else:
        print("polars not installed (pip install -e '.[bench]'): no polars baseline")
    s_ratio = res["slow_path"]["seconds"] / res["read_csv"]["seconds"]
    sc_ratio = res["slow_path"]["cpu"] / res["read_csv"]["cpu"]
    sm_ratio = res["slow_path"]["peak_bytes"] / res["read_csv"]["peak_bytes"]
    print(
        f"slow path (one bad cell, errors='drop'; no target) / read_csv of the clean file: "
        f"time {s_ratio:.2f}, CPU {sc_ratio:.2f}, peak memory {sm_ratio:.2f}"
    )
    return 0 if (t_ratio <= 2 and m_ratio <= 2) else 1


if __name__ == "__main__":
    sys.exit(main())
