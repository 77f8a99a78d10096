"""Corpus scale: ``extract-corpus`` with the serial engine against Dask with 1 and 2 workers.

Run from the checkout (the real UCDP file in ../shared/data is needed)::

    .venv/bin/python benchmarks/corpus_bench.py [--docs 1000000] [--partition-size 5000]

The corpus is synthetic but made of real text: ``--docs`` documents, each a UCDP GED
``source_headline`` (16,566 real headlines of the Syria file, in a shuffled order, with the
event's date as ``published``), and every 1,000th a paragraph of the seed article; written as
JSON lines. The baseline is the serial engine (one process, what ``extract_corpus`` does),
measured in the same run as the Dask engine on a ``distributed.LocalCluster`` of 1 and 2
worker processes, cluster start-up included. For each run: documents per second, the peak
memory of each worker (VmHWM) and its resident memory sampled as partitions finish
(first tenth against last tenth of the run: flat when the corpus streams), and a hash of the
output table sorted by (doc_id, figure_id), which must be the same for every engine; and the CPU
seconds of the driver and of each worker (on a shared machine the wall time depends on the
others' load, the CPU seconds do not). Then one
part is deleted and the Dask run repeated: only that part may be rewritten.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

try:  # run from a checkout without installing: the package is beside this folder
    import idlibstats  # noqa: F401
except ModuleNotFoundError:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from idlibstats import load_article
from idlibstats._paths import shared_data_dir
from idlibstats.corpus import dask_client, dask_engine, run_corpus, serial_engine
from idlibstats.extract.evaluate import SEED_PATH

GED = "ucdp_ged/ucdp_ged_syria_652.1601.1911.csv"


def write_corpus(path: Path, n: int, seed: int = 0) -> int:
    """Write ``n`` documents to ``path`` (JSON lines); return the mean characters a document."""
    ged = pd.read_csv(shared_data_dir() / GED, usecols=["source_headline", "date_start"])
    ged = ged.dropna(subset=["source_headline"])
    heads = ged["source_headline"].astype(str).tolist()
    dates = ged["date_start"].astype(str).tolist()
    order = np.random.default_rng(seed).permutation(len(heads))
    art = load_article(SEED_PATH)
    paragraphs = [p for p in art.text.split("\n") if p.strip()]
    chars = 0
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            if i % 1000 == 999:
                text, published = paragraphs[(i // 1000) % len(paragraphs)], str(art.published)
            else:
                k = order[i % len(heads)]
                text, published = heads[k], dates[k]
            chars += len(text)
            fh.write(json.dumps({"doc_id": f"doc{i:07d}", "text": text, "published": published}))
            fh.write("\n")
    return chars // max(n, 1)


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mb() -> float:
    """Peak resident memory of this process (VmHWM; ``ru_maxrss`` would count the memory of
    the process that forked a Dask worker)."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _sampled(engine, sample):
    """Wrap an engine: call ``sample()`` after every partition that finishes."""

    def run(tasks, outdir):
        for item in engine(tasks, outdir):
            sample()
            yield item

    return run


def table_hash(outdir: Path) -> tuple[str, int]:
    df = pd.read_parquet(outdir).sort_values(["doc_id", "figure_id"]).reset_index(drop=True)
    df = df.astype({c: object for c in df.columns if df[c].dtype != "float64"})
    digest = hashlib.sha256(pd.util.hash_pandas_object(df, index=False).to_numpy().tobytes())
    return digest.hexdigest()[:16], len(df)


def _flat(samples: list[list[float]]) -> str:
    """Resident MB of each worker: mean of the first and of the last tenth of the samples."""
    if len(samples) < 2:
        return "-"
    k = max(1, len(samples) // 10)
    first = np.mean(samples[:k], axis=0)
    last = np.mean(samples[-k:], axis=0)
    return ", ".join(f"{a:.0f}->{b:.0f}" for a, b in zip(first, last, strict=True))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1_000_000, help="documents in the corpus")
    ap.add_argument("--partition-size", type=int, default=5_000, help="documents a partition")
    ap.add_argument("--workdir", default=None, help="folder for the corpus and outputs (temp)")
    args = ap.parse_args(argv)
    if shared_data_dir(required=False) is None:
        print("the UCDP file in ../shared/data is needed: no benchmark")
        return 1

    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        work = Path(tmp)
        src = work / "corpus.jsonl"
        t0 = time.perf_counter()
        chars = write_corpus(src, args.docs)
        print(
            f"corpus: {args.docs:,} documents, {chars} characters a document on average "
            f"(UCDP headlines + seed article), {src.stat().st_size / 2**20:.0f} MB of JSON "
            f"lines, written in {time.perf_counter() - t0:.1f} s; partitions of "
            f"{args.partition_size:,}; {os.cpu_count()} cores"
        )
        print(
            f"{'engine':<10} {'seconds':>8} {'docs/s':>8} {'speed-up':>8} {'figures':>9} "
            f"{'peak MB/worker':>15}  {'resident MB first->last tenth':<30} "
            f"{'CPU s (driver + workers)':<16} hash"
        )
        results = {}
        for name, workers in (("serial", 0), ("dask-1", 1), ("dask-2", 2)):
            out = work / name
            samples: list[list[float]] = []
            t0 = time.perf_counter()
            c0 = time.process_time()
            if workers == 0:
                engine = _sampled(serial_engine, lambda s=samples: s.append([_rss_mb()]))
                summary = run_corpus(src, out, engine=engine, partition_size=args.partition_size)
                peaks, cpu = [_peak_mb()], [time.process_time() - c0]
            else:
                with dask_client(workers=workers) as client:
                    w0 = client.run(time.process_time)
                    engine = _sampled(
                        dask_engine(client),
                        lambda s=samples, c=client: s.append(list(c.run(_rss_mb).values())),
                    )
                    summary = run_corpus(
                        src, out, engine=engine, partition_size=args.partition_size
                    )
                    peaks = list(client.run(_peak_mb).values())
                    w1 = client.run(time.process_time)
                    cpu = [time.process_time() - c0] + [w1[k] - w0[k] for k in w0]
            seconds = time.perf_counter() - t0
            digest, rows = table_hash(out)
            results[name] = (seconds, digest)
            speed = results["serial"][0] / seconds
            print(
                f"{name:<10} {seconds:>8.1f} {summary.documents / seconds:>8.0f} "
                f"{speed:>7.2f}x {rows:>9,} {', '.join(f'{p:.0f}' for p in peaks):>15}  "
                f"{_flat(samples):<30} {' + '.join(f'{c:.1f}' for c in cpu):<16} {digest}"
            )
            if summary.failures:
                print(f"  {len(summary.failures)} documents failed: {summary.failures[:3]}")
        same = len({d for _, d in results.values()}) == 1
        print(f"same table from every engine: {'yes' if same else 'NO'}")
        print(
            f"machine load (1-minute average) at the end: {os.getloadavg()[0]:.1f} on "
            f"{os.cpu_count()} cores: wall times are shared with whatever else runs, CPU "
            "seconds are this benchmark's own"
        )
        ratio = results["serial"][0] / results["dask-2"][0]
        print(
            f"Dask with 2 workers (cluster start-up included) is {ratio:.2f}x the serial engine; "
            f"target >= 1.25x: {'met' if ratio >= 1.25 else 'NOT met'}"
        )

        out = work / "dask-2"
        parts = sorted(out.glob("part-*.parquet"))
        lost = parts[len(parts) // 2]
        before = {p.name: p.stat().st_mtime_ns for p in parts}
        lost.unlink()
        t0 = time.perf_counter()
        with dask_client(workers=2) as client:
            summary = run_corpus(
                src, out, engine=dask_engine(client), partition_size=args.partition_size
            )
        after = {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.parquet")}
        rewritten = sorted(k for k in after if after[k] != before.get(k))
        ok = rewritten == [lost.name] and table_hash(out)[0] == results["serial"][1]
        print(
            f"resume after losing {lost.name}: {summary.written} written, {summary.skipped} "
            f"skipped in {time.perf_counter() - t0:.1f} s, rewritten {rewritten}, same table: "
            f"{'yes' if ok else 'NO'}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
