"""Benchmark: the full LCMCR Kosovo run (1,010,000 Gibbs iterations) against R's LCMCR.

Baseline: R's ``LCMCR`` 0.4.14 (C++ with GSL), the package a user would otherwise run. It is not
installable on this machine, so its time is the recorded one from the reference runs on this
machine (``../shared/reference/mse/lcmcr_results.json``, ``elapsed_s`` of the five seeds; median
about 15.9 s), not measured in this run; the script says so in its output. Target: at most 2x
R's time. R's call::

    m <- lcmCR(kosovo_aggregate, tabular=FALSE, in_list_label='1', not_in_list_label='0',
               K=10, a_alpha=0.25, b_alpha=0.25, seed=SEED)
    N <- lcmCR_PostSampl(m, burnin=10000, samples=10000, thinning=100)

The first call compiles the numba sampler (cached on disk afterwards); it is timed separately.
Wall and CPU time are both printed: on a shared machine the CPU time is the fairer number.

Run: ``.venv/bin/python benchmarks/lcmcr_bench.py``
"""

from __future__ import annotations

import json
import os
import statistics
import time
import warnings

import pandas as pd

from idlibstats._paths import shared_data_dir
from idlibstats.errors import ConvergenceWarning
from idlibstats.mse import mse_latent_class

TARGET_RATIO = 2.0


def main() -> None:
    ref = shared_data_dir().parent / "reference" / "mse"
    kosovo = pd.read_csv(ref / "kosovo_4lists.csv")
    runs = json.loads((ref / "lcmcr_results.json").read_text())["runs"]
    r_times = [run["elapsed_s"] for run in runs]
    r_time = statistics.median(r_times)

    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        mse_latent_class(kosovo, burnin=10, samples=10, thinning=1)
    t_first = time.perf_counter() - t0

    wall0, cpu0 = time.perf_counter(), time.process_time()
    r = mse_latent_class(kosovo, burnin=10_000, samples=10_000, thinning=100, seed=1)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0

    print("Kosovo, 4 lists, n = 4,400; K=10, burnin 10,000 + 10,000 samples x thinning 100")
    print(f"first call (numba compile or cache load):  {t_first:8.2f} s")
    print(f"idlibstats.mse_latent_class, wall:        {wall:8.2f} s")
    print(f"idlibstats.mse_latent_class, CPU:         {cpu:8.2f} s")
    print(
        f"R LCMCR 0.4.14, RECORDED (not run here; LCMCR is not installed): median {r_time:.2f} s "
        f"of {', '.join(f'{t:.1f}' for t in r_times)} s"
    )
    ratio, cpu_ratio = wall / r_time, cpu / r_time
    load = os.getloadavg()[0]
    print(
        f"ratio wall / R: {ratio:.2f}x, CPU / R: {cpu_ratio:.2f}x (target <= {TARGET_RATIO}x: "
        f"{'met' if ratio <= TARGET_RATIO else 'not met'} in wall time, "
        f"{'met' if cpu_ratio <= TARGET_RATIO else 'not met'} in CPU time; "
        f"load average {load:.1f} on {os.cpu_count()} cores)"
    )
    print(
        f"posterior: median {r.estimate:,.0f}, 95% [{r.lower:,.0f}, {r.upper:,.0f}], "
        f"ESS {r.ess:,.0f} (R over 5 seeds: median 10,376-10,422, [8,763-8,959, 13,721-14,026])"
    )


if __name__ == "__main__":
    main()
