"""Benchmark: the full LCMCR Kosovo run (1,010,000 Gibbs iterations) against R's LCMCR.

Baseline: R's ``LCMCR`` (C++ with GSL), the package a user would otherwise run. When ``Rscript``
can load LCMCR, it is timed in this run (a subprocess; wall time, and CPU time from the child's
resource usage), with this call::

    m <- lcmCR(kosovo_aggregate, tabular=FALSE, in_list_label='1', not_in_list_label='0',
               K=10, a_alpha=0.25, b_alpha=0.25, seed=1, verbose=FALSE)
    N <- lcmCR_PostSampl(m, burnin=10000, samples=10000, thinning=100, output=FALSE)

When it cannot (LCMCR is not on Debian, and CRAN was not reachable from this machine on
2026-12-02), the baseline is the time recorded in the reference runs on this machine
(``../shared/reference/mse/lcmcr_results.json``, ``elapsed_s`` of the five seeds; median about
15.9 s), not measured in this run, and the output says so. Target: at most 2x R's time.

The first call compiles the numba sampler (cached on disk afterwards); it is timed separately.
Wall and CPU time are both printed: on a shared machine the CPU time is the fairer number.

Run: ``.venv/bin/python benchmarks/lcmcr_bench.py``
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import time
import warnings

import pandas as pd

from idlibstats._paths import shared_reference_file
from idlibstats.errors import ConvergenceWarning
from idlibstats.mse import mse_latent_class

TARGET_RATIO = 2.0

R_SCRIPT = """
suppressPackageStartupMessages(library(LCMCR))
data(kosovo_aggregate)
m <- lcmCR(captures=kosovo_aggregate, tabular=FALSE, in_list_label='1',
           not_in_list_label='0', K=10, a_alpha=0.25, b_alpha=0.25, seed=1, verbose=FALSE)
N <- lcmCR_PostSampl(m, burnin=10000, samples=10000, thinning=100, output=FALSE)
cat(quantile(N, c(0.025, 0.5, 0.975)), "\\n")
"""


def _r_lcmcr() -> tuple[float, float, str] | None:
    """Wall and CPU seconds of R's LCMCR run, and its quantiles; None if LCMCR is not there."""
    rscript = shutil.which("Rscript")
    if rscript is None:
        return None
    probe = subprocess.run(
        [rscript, "-e", "quit(status = !requireNamespace('LCMCR', quietly = TRUE))"],
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        return None
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall0 = time.perf_counter()
    run = subprocess.run(
        [rscript, "-e", R_SCRIPT], capture_output=True, text=True, check=True
    )  # R startup (about 0.2 s) is inside the time: a user pays it too
    wall = time.perf_counter() - wall0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, run.stdout.strip()


def main() -> None:
    ref = shared_reference_file("mse")
    kosovo = pd.read_csv(ref / "kosovo_4lists.csv")

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
    measured = _r_lcmcr()
    if measured is not None:
        r_wall, r_cpu, r_quantiles = measured
        print(f"R LCMCR, measured in this run, wall:      {r_wall:8.2f} s")
        print(f"R LCMCR, measured in this run, CPU:       {r_cpu:8.2f} s")
        print(f"R LCMCR 2.5%, 50%, 97.5% quantiles (seed 1): {r_quantiles}")
    else:
        runs = json.loads((ref / "lcmcr_results.json").read_text())["runs"]
        r_times = [run["elapsed_s"] for run in runs]
        r_wall = r_cpu = statistics.median(r_times)
        print(
            f"R LCMCR 0.4.14, RECORDED (not run here; Rscript cannot load LCMCR): median "
            f"{r_wall:.2f} s of {', '.join(f'{t:.1f}' for t in r_times)} s (elapsed)"
        )
    ratio, cpu_ratio = wall / r_wall, cpu / r_cpu
    load = os.getloadavg()[0]
    print(
        f"ratio wall / R wall: {ratio:.2f}x, CPU / R CPU: {cpu_ratio:.2f}x (target <= "
        f"{TARGET_RATIO}x: {'met' if ratio <= TARGET_RATIO else 'not met'} in wall time, "
        f"{'met' if cpu_ratio <= TARGET_RATIO else 'not met'} in CPU time; "
        f"load average {load:.1f} on {os.cpu_count()} cores)"
    )
    print(
        f"posterior: median {r.estimate:,.0f}, 95% [{r.lower:,.0f}, {r.upper:,.0f}], "
        f"ESS {r.ess:,.0f} (R over 5 seeds: median 10,376-10,422, [8,763-8,959, 13,721-14,026])"
    )


if __name__ == "__main__":
    main()
