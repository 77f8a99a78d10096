"""Speed and quality of figure extraction: idlibstats against quantulum3 (the baseline).

Run from the checkout::

    .venv/bin/python benchmarks/extract_bench.py [--repeat 3]

Both tools get the same texts in the same run: the dev set (tests/data/devset.jsonl), the seed
article and, when the raw data folder is present, the 312 IDETECT excerpts. Each tool is warmed up
once (quantulum3 loads its unit tables on first use), then timed over all texts; the best of
``--repeat`` passes is kept. F1 of values is computed for both on the dev set with
``idlibstats.extract.evaluate`` (quantulum3 has no qualifiers, measures, periods or sources, so
only its values are scored). idlibstats is timed twice: ``extract_figures`` called once per text
(one validated table per text) and ``extract_corpus`` on all texts at once (one table). The issue's
target: idlibstats at least 10x faster per article; the last line compares ``extract_figures``.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

import pandas as pd

try:  # run from a checkout without installing: the package is beside this folder
    import idlibstats  # noqa: F401
except ModuleNotFoundError:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from idlibstats._paths import shared_data_dir
from idlibstats.extract.evaluate import SEED_PATH, evaluate, load_devset, run_extraction


def _texts(dev) -> list[tuple[str, str, object]]:
    from idlibstats import load_article

    docs = list(dev.docs[["doc_id", "text", "published"]].itertuples(index=False, name=None))
    if SEED_PATH.exists():
        art = load_article(SEED_PATH)
        docs.append((art.doc_id, art.text, art.published))
    shared = shared_data_dir(required=False)
    idetect = (
        None
        if shared is None
        else (shared / "benchmarks" / "idetect" / "IDETECT_test_dataset_NLP.csv")
    )
    if idetect is not None and idetect.exists():
        df = pd.read_csv(idetect)
        docs += [
            (f"idetect{int(i)}", str(t), None)
            for i, t in zip(df["excerpt_id"], df["excerpt"], strict=True)
        ]
    return docs


def _quantulum_table(parse, docs) -> pd.DataFrame:
    rows = []
    for doc_id, text, _ in docs:
        for n, q in enumerate(parse(text), start=1):
            rows.append(
                {
                    "doc_id": doc_id,
                    "figure_id": n,
                    "start": q.span[0],
                    "end": q.span[1],
                    "phrase": q.surface,
                    "value": float(q.value),
                    "quote": text,
                }
            )
    return pd.DataFrame(
        rows, columns=["doc_id", "figure_id", "start", "end", "phrase", "value", "quote"]
    )


def _time(fn, docs, repeat: int) -> float:
    """Best total seconds over ``repeat`` passes of ``fn(text, published, doc_id)``."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for doc_id, text, published in docs:
            fn(text, published, doc_id)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="timed passes per tool (best kept)")
    args = ap.parse_args(argv)

    from idlibstats.extract import extract_corpus, extract_figures

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as q3
    except ImportError:
        print("quantulum3 is not installed (pip install quantulum3): no baseline to compare")
        return 1

    def q3_parse(text: str):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return q3.parse(text)

    dev = load_devset()
    docs = _texts(dev)
    n = len(docs)
    chars = sum(len(t) for _, t, _ in docs)

    failed: set[str] = set()

    def ours(text, published, doc_id):
        pub = None if published is None or pd.isna(published) else pd.Timestamp(published).date()
        try:
            return extract_figures(text, published=pub, doc_id=doc_id)
        except Exception:  # reported below; the benchmark still times the other texts
            failed.add(doc_id)
            return None

    def theirs(text, published, doc_id):
        return q3_parse(text)

    ours("Warm-up: 3 people.", None, "w")
    theirs("Warm-up: 3 people.", None, "w")
    t_ours = _time(ours, docs, args.repeat)
    t_q3 = _time(theirs, docs, args.repeat)
    corpus = [
        (d, t, None if p is None or pd.isna(p) else pd.Timestamp(p).date()) for d, t, p in docs
    ]
    t_corpus = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        try:
            extract_corpus(corpus, progress=False)
        except Exception as exc:
            print(f"extract_corpus raised {type(exc).__name__}: {exc}")
            break
        t_corpus = min(t_corpus, time.perf_counter() - t0)

    res_ours = evaluate(run_extraction(dev.docs), dev.gold)
    dev_docs = list(dev.docs[["doc_id", "text", "published"]].itertuples(index=False, name=None))
    res_q3 = evaluate(_quantulum_table(q3_parse, dev_docs), dev.gold)

    print(
        f"texts: {n} (dev set {len(dev.docs)}, seed article, IDETECT excerpts), "
        f"{chars:,} characters; best of {args.repeat} passes"
    )
    print(
        f"{'tool':<12} {'ms/article':>10} {'P':>6} {'R':>6} {'F1':>6} {'bounds':>7} "
        f"{'measure':>8} {'period':>7} {'source':>7}"
    )
    for name, t, r in (("idlibstats", t_ours, res_ours), ("quantulum3", t_q3, res_q3)):
        fields = (
            f"{r.bounds:>7.3f} {r.measure:>8.3f} {r.period:>7.3f} {r.source:>7.3f}"
            if name == "idlibstats"
            else f"{'-':>7} {'-':>8} {'-':>7} {'-':>7}"
        )
        print(
            f"{name:<12} {1000 * t / n:>10.3f} {r.precision:>6.3f} {r.recall:>6.3f} "
            f"{r.f1:>6.3f} {fields}"
        )
    print(
        f"{'(corpus)':<12} {1000 * t_corpus / n:>10.3f}   idlibstats.extract_corpus on all "
        f"{n} texts at once, per article"
    )
    if failed:
        print(f"idlibstats raised on {len(failed)} texts: {', '.join(sorted(failed))}")
    print(
        f"extract_corpus (one table for all texts): idlibstats is {t_q3 / t_corpus:.1f}x faster "
        f"than quantulum3 (baseline) per article"
    )
    ratio = t_q3 / t_ours
    print(
        f"extract_figures (one table per text): idlibstats is {ratio:.1f}x faster than quantulum3 "
        f"(baseline) per article; target >= 10x: {'met' if ratio >= 10 else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
