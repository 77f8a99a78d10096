"""Score extracted figures against hand-annotated gold figures.

Predicted and gold figures are matched one-to-one within each document: first pairs whose
phrases overlap in the text, then pairs with equal values. A matched pair with the same value is a
true positive; precision, recall and F1 are of values. Bounds (lower, upper and qualifier),
measure, period (start and end) and source are scored as accuracies over the true positives.

Run ``python -m idlibstats.extract.evaluate`` to score :func:`idlibstats.extract_figures` on
the dev sets (``tests/data/devset.jsonl`` and the held-out ``devset_holdout.jsonl``) and on the
seed article (``data/seed_figures.csv``), listing every mismatch.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import numpy as np
import pandas as pd

from idlibstats import datasets
from idlibstats._paths import REPO_DIR
from idlibstats.article import load_article
from idlibstats.errors import DataFileError, Problem
from idlibstats.extract.figures import extract_figures
from idlibstats.table import COLUMNS, MEASURES, coerce_figures, empty_figure_table
from idlibstats.table.validate import figure_table_problems

__all__ = [
    "DevSet",
    "EvaluationResult",
    "evaluate",
    "load_devset",
    "measure_confusion",
    "run_extraction",
]

#: The dev set shipped with the tests.
DEVSET_PATH = REPO_DIR / "tests" / "data" / "devset.jsonl"
#: A smaller dev set written after the first one, kept out of engine tuning.
HOLDOUT_PATH = REPO_DIR / "tests" / "data" / "devset_holdout.jsonl"
SEED_PATH = REPO_DIR / "seeds" / "000_4e6930046677a3d5.txt"

_FIELDS = ("bounds", "measure", "period", "source")
_EXTRA = ("unit", "duration", "parent")


@dataclass(frozen=True)
class DevSet:
    """An annotated dev set.

    Attributes
    ----------
    docs : pandas.DataFrame
        One row per document: ``doc_id``, ``text``, ``published``.
    gold : pandas.DataFrame
        The gold figures as a validated figure table (with ``parent_figure_id``,
        ``duration_days`` and ``duration_qualifier``).
    """

    docs: pd.DataFrame
    gold: pd.DataFrame

    def __repr__(self) -> str:
        return f"DevSet(docs={len(self.docs)}, figures={len(self.gold)})"


def _quote(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]`` (a plain cut at . ! ? and blank lines)."""
    left = max(
        (m.end() for m in re.finditer(r"[.!?][\"”’')]*\s+|\n\s*\n", text[:start])), default=0
    )
    m = re.search(r"[.!?][\"”’')]*(?=\s|$)|\n\s*\n", text[end:])
    right = end + m.end() if m else len(text)
    return text[left:right].strip()


def load_devset(path: str | Path | None = None) -> DevSet:
    """Read a dev set in JSON lines: one document per line with its gold figures.

    Each line is ``{"id", "text", "published", "gold": [{value, lower, upper, qualifier, unit,
    measure, subject, period_start, period_end, source, phrase, start?, parent?,
    duration_days?, duration_qualifier?}, ...]}``. ``start`` (offset of ``phrase``) is optional
    when the phrase occurs once; ``parent`` is the 0-based index, in the same ``gold`` list, of
    the total a sub-count belongs to.

    Parameters
    ----------
    path : str or Path, optional
        Defaults to ``tests/data/devset.jsonl`` of the checkout.

    Returns
    -------
    DevSet

    Raises
    ------
    FileNotFoundError
        If there is no such file.
    idlibstats.errors.DataFileError
        Naming the line and field of every bad record (a phrase not in the text, bounds that
        break the contract, ...).

    Examples
    --------
    >>> dev = load_devset()
    >>> len(dev.docs) >= 150
    True
    """
    path = Path(path) if path is not None else DEVSET_PATH
    if not path.exists():
        raise FileNotFoundError(
            f"dev set {path} not found (the dev sets ship with the source checkout, tests/data/)"
        )
    docs, rows, problems = [], [], []
    with open(path, encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                doc_id, text, gold = str(rec["id"]), rec["text"], rec["gold"]
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                problems.append(Problem(f"not a dev-set record: {exc}", line_no, file=str(path)))
                continue
            published = rec.get("published")
            docs.append({"doc_id": doc_id, "text": text, "published": published})
            ids = sorted(range(len(gold)), key=lambda k: _gold_start(text, gold, k))
            figure_id = {k: n for n, k in enumerate(ids, start=1)}
            for k, g in enumerate(gold):
                start = _gold_start(text, gold, k)
                if start < 0:
                    problems.append(
                        Problem(
                            f"phrase {g.get('phrase')!r} not in the text",
                            line_no,
                            "phrase",
                            str(path),
                        )
                    )
                    continue
                parent = g.get("parent")
                rows.append(
                    {
                        "doc_id": doc_id,
                        "figure_id": figure_id[k],
                        "quote": _quote(text, start, start + len(g["phrase"])),
                        "start": start,
                        "end": start + len(g["phrase"]),
                        "phrase": g["phrase"],
                        **{
                            c: g.get(c)
                            for c in (
                                "value",
                                "lower",
                                "upper",
                                "qualifier",
                                "unit",
                                "measure",
                                "subject",
                                "period_start",
                                "period_end",
                                "source",
                            )
                        },
                        "source_text": None,
                        "place": None,
                        "place_pcode": None,
                        "published": published,
                        "duration_days": g.get("duration_days"),
                        "duration_qualifier": g.get("duration_qualifier"),
                        "parent_figure_id": None if parent is None else figure_id.get(parent),
                        "currency": g.get("currency"),
                        "_line": line_no,
                    }
                )
    gold = pd.DataFrame(rows, columns=[*_gold_columns(), "_line"])
    for col in ("value", "lower", "upper", "duration_days", "parent_figure_id"):
        gold[col] = pd.to_numeric(gold[col]).astype("float64")
    gold = coerce_figures(gold)
    lines = gold.pop("_line")
    for p in figure_table_problems(gold):
        row = lines.get(p.row) if p.row is not None else None
        problems.append(Problem(p.message, row, p.column, str(path)))
    if problems:
        raise DataFileError(problems)
    docs_df = pd.DataFrame(docs, columns=["doc_id", "text", "published"])
    docs_df["published"] = pd.to_datetime(docs_df["published"], format="ISO8601")
    return DevSet(docs=docs_df, gold=gold.reset_index(drop=True))


def _gold_columns() -> list[str]:

    return [*COLUMNS, "duration_days", "duration_qualifier", "parent_figure_id", "currency"]


def _gold_start(text: str, gold: list[dict], k: int) -> int:
    g = gold[k]
    if g.get("start") is not None:
        s = int(g["start"])
        return s if text[s : s + len(g["phrase"])] == g["phrase"] else -1
    # the n-th gold row with this phrase is its n-th occurrence
    nth = sum(1 for h in gold[:k] if h.get("phrase") == g.get("phrase"))
    s = -1
    for _ in range(nth + 1):
        s = text.find(g["phrase"], s + 1)
        if s < 0:
            break
    return s


# --- scoring ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class EvaluationResult:
    """Scores of predicted figures against gold figures.

    Attributes
    ----------
    n_gold, n_pred, n_correct : int
        Gold figures, predicted figures, and matched pairs with equal values.
    precision, recall, f1 : float
        Of values (``n_correct / n_pred``, ``n_correct / n_gold``, harmonic mean).
    bounds, measure, period, source : float
        Accuracy over the ``n_correct`` pairs: lower, upper and qualifier all equal; measure
        equal; period start and end equal (missing equals missing); source equal.
    unit, duration, parent : float
        Further accuracies over the same pairs (unit; duration days and qualifier; sub-count
        parent).
    mismatches : pandas.DataFrame
        One row per problem: ``doc_id, kind, field, gold, predicted, phrase, quote`` where
        ``kind`` is "missed" (gold not found), "spurious" (not in gold), "value" (matched with
        another value) or "field" (a scored field differs).
    confusion : pandas.DataFrame
        Confusion matrix of ``measure`` over the ``n_correct`` pairs: gold measures as rows,
        predicted measures as columns, counts in the cells (see :func:`measure_confusion`).
    """

    n_gold: int
    n_pred: int
    n_correct: int
    precision: float
    recall: float
    f1: float
    bounds: float
    measure: float
    period: float
    source: float
    unit: float = math.nan
    duration: float = math.nan
    parent: float = math.nan
    mismatches: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)
    confusion: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)

    def __repr__(self) -> str:
        return (
            f"EvaluationResult(P={self.precision:.3f}, R={self.recall:.3f}, "
            f"F1={self.f1:.3f}, bounds={self.bounds:.3f}, measure={self.measure:.3f}, "
            f"period={self.period:.3f}, source={self.source:.3f}, n_gold={self.n_gold}, "
            f"n_pred={self.n_pred})"
        )

    def scores(self) -> dict[str, float]:
        """The scores as a dict (name -> value)."""
        return {k: getattr(self, k) for k in ("precision", "recall", "f1", *_FIELDS, *_EXTRA)}

    def to_frame(self) -> pd.DataFrame:
        """One-row DataFrame of the counts and scores."""
        return pd.DataFrame(
            [
                {
                    "n_gold": self.n_gold,
                    "n_pred": self.n_pred,
                    "n_correct": self.n_correct,
                    **self.scores(),
                }
            ]
        )


def _num_eq(a: object, b: object) -> bool:
    a = np.nan if a is None or a is pd.NA else float(a)
    b = np.nan if b is None or b is pd.NA else float(b)
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _missing(x: object) -> bool:
    return x is None or (not isinstance(x, str) and bool(pd.isna(x)))


def _date_eq(a: object, b: object) -> bool:
    if _missing(a) or _missing(b):
        return _missing(a) and _missing(b)
    return pd.Timestamp(a).normalize() == pd.Timestamp(b).normalize()


def _str_eq(a: object, b: object) -> bool:
    a = "" if _missing(a) else str(a).strip().casefold()
    b = "" if _missing(b) else str(b).strip().casefold()
    return a == b


def _col(df: pd.DataFrame, name: str) -> list:
    if name in df.columns:
        return df[name].astype(object).tolist()
    return [None] * len(df)


def _match(g: pd.DataFrame, p: pd.DataFrame) -> list[tuple[int, int]]:
    """One-to-one pairs (gold position, pred position): overlap first, then equal value."""
    gs, ge, gv = g["start"].to_numpy(), g["end"].to_numpy(), g["value"].to_numpy(float)
    ps, pe, pv = p["start"].to_numpy(), p["end"].to_numpy(), p["value"].to_numpy(float)
    cands = []
    for i in range(len(g)):
        for j in range(len(p)):
            overlap = ps[j] < ge[i] and gs[i] < pe[j]
            same = _num_eq(gv[i], pv[j])
            if overlap or same:
                rank = 0 if overlap and same else 1 if overlap else 2
                cands.append((rank, abs(int(gs[i]) - int(ps[j])), i, j))
    pairs, used_g, used_p = [], set(), set()
    for _, _, i, j in sorted(cands):
        if i not in used_g and j not in used_p:
            pairs.append((i, j))
            used_g.add(i)
            used_p.add(j)
    return pairs


def evaluate(pred: pd.DataFrame, gold: pd.DataFrame) -> EvaluationResult:
    """Score predicted figures against gold figures.

    Parameters
    ----------
    pred, gold : pandas.DataFrame
        Figure tables (``doc_id``, ``start``, ``end``, ``value``, ``lower``, ``upper``,
        ``qualifier``, ``measure``, ``period_start``, ``period_end``, ``source`` at least).

    Returns
    -------
    EvaluationResult

    Examples
    --------
    >>> import idlibstats as s
    >>> seed = s.datasets.load("seed_figures")
    >>> r = evaluate(seed.iloc[:6], seed)
    >>> round(r.precision, 3), round(r.recall, 3), r.source
    (1.0, 0.857, 1.0)
    """
    needed = ("doc_id", "start", "end", "value")
    for name, df in (("pred", pred), ("gold", gold)):
        missing = [c for c in needed if c not in df.columns]
        if missing:
            raise ValueError(f"{name} table lacks column(s) {', '.join(missing)}")
    mism: list[dict] = []
    measures: list[tuple[str, str]] = []  # (gold, predicted) measure of each correct pair
    correct = 0
    hits = {f: 0 for f in (*_FIELDS, *_EXTRA)}
    docs = pd.unique(pd.concat([gold["doc_id"].astype(str), pred["doc_id"].astype(str)]))
    g_by = {d: t for d, t in gold.groupby(gold["doc_id"].astype(str), sort=False)}
    p_by = {d: t for d, t in pred.groupby(pred["doc_id"].astype(str), sort=False)}
    empty = gold.iloc[0:0]
    for doc in docs:
        g = g_by.get(doc, empty).sort_values("start", kind="stable").reset_index(drop=True)
        p = p_by.get(doc, pred.iloc[0:0]).sort_values("start", kind="stable")
        p = p.reset_index(drop=True)
        pairs = _match(g, p)
        pair_of_g = dict(pairs)
        g_fig = {fid: i for i, fid in enumerate(_col(g, "figure_id"))}
        p_fig = {fid: j for j, fid in enumerate(_col(p, "figure_id"))}
        gq, pq = _col(g, "quote"), _col(p, "quote")

        def row(kind, fld, gi, pj, gval, pval, doc=doc, g=g, p=p, gq=gq, pq=pq):
            src = g if gi is not None else p
            k = gi if gi is not None else pj
            return {
                "doc_id": doc,
                "kind": kind,
                "field": fld,
                "gold": gval,
                "predicted": pval,
                "phrase": src["phrase"].iloc[k] if "phrase" in src else None,
                "quote": (gq if gi is not None else pq)[k],
            }

        matched_p = {j for _, j in pairs}
        for i in range(len(g)):
            if i not in pair_of_g:
                mism.append(row("missed", None, i, None, _describe(g, i), None))
        for j in range(len(p)):
            if j not in matched_p:
                mism.append(row("spurious", None, None, j, None, _describe(p, j)))
        for i, j in pairs:
            if not _num_eq(g["value"].iloc[i], p["value"].iloc[j]):
                mism.append(row("value", "value", i, j, g["value"].iloc[i], p["value"].iloc[j]))
                continue
            correct += 1
            measures.append(
                (str(_col(g, "measure")[i]).casefold(), str(_col(p, "measure")[j]).casefold())
            )
            checks = {
                "bounds": (
                    _num_eq(_col(g, "lower")[i], _col(p, "lower")[j])
                    and _num_eq(_col(g, "upper")[i], _col(p, "upper")[j])
                    and _str_eq(_col(g, "qualifier")[i], _col(p, "qualifier")[j]),
                    lambda t, k: (
                        f"{_col(t, 'qualifier')[k]} [{_fmt(_col(t, 'lower')[k])}, "
                        f"{_fmt(_col(t, 'upper')[k])}]"
                    ),
                ),
                "measure": (
                    _str_eq(_col(g, "measure")[i], _col(p, "measure")[j]),
                    lambda t, k: _col(t, "measure")[k],
                ),
                "period": (
                    _date_eq(_col(g, "period_start")[i], _col(p, "period_start")[j])
                    and _date_eq(_col(g, "period_end")[i], _col(p, "period_end")[j]),
                    lambda t, k: (
                        f"{_fmt_date(_col(t, 'period_start')[k])}.."
                        f"{_fmt_date(_col(t, 'period_end')[k])}"
                    ),
                ),
                "source": (
                    _str_eq(_col(g, "source")[i], _col(p, "source")[j]),
                    lambda t, k: _col(t, "source")[k],
                ),
                "unit": (
                    _str_eq(_col(g, "unit")[i], _col(p, "unit")[j])
                    and _str_eq(_col(g, "currency")[i], _col(p, "currency")[j]),
                    lambda t, k: " ".join(
                        str(x)
                        for x in (_col(t, "unit")[k], _col(t, "currency")[k])
                        if not _missing(x)
                    ),
                ),
                "duration": (
                    _num_eq(_col(g, "duration_days")[i], _col(p, "duration_days")[j])
                    and (
                        _missing(_col(g, "duration_days")[i])
                        or _str_eq(
                            _col(g, "duration_qualifier")[i], _col(p, "duration_qualifier")[j]
                        )
                    ),
                    lambda t, k: (
                        f"{_fmt(_col(t, 'duration_days')[k])} {_col(t, 'duration_qualifier')[k]}"
                    ),
                ),
                "parent": (
                    _parent_ok(
                        _col(g, "parent_figure_id")[i],
                        _col(p, "parent_figure_id")[j],
                        g_fig,
                        p_fig,
                        pair_of_g,
                    ),
                    lambda t, k: _fmt(_col(t, "parent_figure_id")[k]),
                ),
            }
            for fld, (ok, show) in checks.items():
                if ok:
                    hits[fld] += 1
                else:
                    mism.append(row("field", fld, i, j, show(g, i), show(p, j)))
    n_gold, n_pred = len(gold), len(pred)
    precision = correct / n_pred if n_pred else (1.0 if n_gold == 0 else 0.0)
    recall = correct / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    acc = {f: hits[f] / correct if correct else math.nan for f in hits}
    cols = ["doc_id", "kind", "field", "gold", "predicted", "phrase", "quote"]
    return EvaluationResult(
        n_gold=n_gold,
        n_pred=n_pred,
        n_correct=correct,
        precision=precision,
        recall=recall,
        f1=f1,
        mismatches=pd.DataFrame(mism, columns=cols),
        confusion=_confusion(measures),
        **acc,
    )


def _confusion(pairs: list[tuple[str, str]]) -> pd.DataFrame:
    """Counts of (gold, predicted) labels; rows and columns in the contract's order."""
    seen = {x for pair in pairs for x in pair}
    labels = [m for m in MEASURES if m in seen] + sorted(seen - set(MEASURES))
    out = pd.DataFrame(0, index=pd.Index(labels, name="gold"), columns=labels, dtype="int64")
    out.columns.name = "predicted"
    for gm, pm in pairs:
        out.loc[gm, pm] += 1
    return out


def measure_confusion(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Confusion matrix of ``measure`` over the figures found with the right value.

    Parameters
    ----------
    pred, gold : pandas.DataFrame
        Figure tables, as for :func:`evaluate`.

    Returns
    -------
    pandas.DataFrame
        Gold measures as rows, predicted measures as columns, pair counts in the cells; the
        diagonal holds the agreements. Labels absent from both tables are left out.

    Examples
    --------
    >>> import idlibstats as s
    >>> seed = s.datasets.load("seed_figures")
    >>> pred = seed.assign(measure=seed["measure"].replace({"injured": "killed"}))
    >>> m = measure_confusion(pred, seed)
    >>> int(m.to_numpy().trace()) == int((seed.measure == pred.measure).sum())
    True
    """
    return evaluate(pred, gold).confusion


def _parent_ok(gpar: object, ppar: object, g_fig: dict, p_fig: dict, pair_of_g: dict) -> bool:
    if _missing(gpar) or _missing(ppar):
        return _missing(gpar) and _missing(ppar)
    gi = g_fig.get(gpar)
    return gi is not None and pair_of_g.get(gi) == p_fig.get(ppar)


def _fmt(x: object) -> str:
    if _missing(x):
        return "NaN"
    return f"{float(x):g}"


def _fmt_date(x: object) -> str:
    return "NaT" if _missing(x) else str(pd.Timestamp(x).date())


def _describe(df: pd.DataFrame, k: int) -> str:
    c = lambda name: _col(df, name)[k]  # noqa: E731
    return (
        f"{_fmt(c('value'))} {c('qualifier')} {c('unit')} {c('measure')} "
        f"src={c('source')} period={_fmt_date(c('period_start'))}.."
        f"{_fmt_date(c('period_end'))}"
    )


# --- running the extractor -------------------------------------------------------------------


def run_extraction(
    docs: pd.DataFrame | Iterable[tuple[str, str, object]],
    extract: Callable[..., pd.DataFrame] | None = None,
) -> pd.DataFrame:
    """Extract figures from every document and concatenate the tables.

    Parameters
    ----------
    docs : DataFrame with ``doc_id``, ``text``, ``published``, or iterable of such triples
    extract : callable, optional
        ``extract(text, published=..., doc_id=...)``; :func:`idlibstats.extract_figures` by
        default.
    """
    if extract is None:
        extract = extract_figures
    if isinstance(docs, pd.DataFrame):
        docs = docs[["doc_id", "text", "published"]].itertuples(index=False, name=None)
    tables = []
    for doc_id, text, published in docs:
        pub = None if _missing(published) else pd.Timestamp(published).date()
        tables.append(extract(text, published=pub, doc_id=doc_id))
    tables = [t for t in tables if len(t)]
    if not tables:
        return empty_figure_table()
    return pd.concat(tables, ignore_index=True)


def _seed_case() -> tuple[pd.DataFrame, pd.DataFrame]:
    """(docs, gold) of the seed article."""
    art = load_article(SEED_PATH)
    gold = datasets.load("seed_figures")
    docs = pd.DataFrame(
        [{"doc_id": str(gold["doc_id"].iloc[0]), "text": art.text, "published": art.published}]
    )
    return docs, gold


def _report(title: str, res: EvaluationResult, out: TextIO, limit: int | None) -> None:
    print(f"== {title}", file=out)
    print(f"gold {res.n_gold}, predicted {res.n_pred}, correct values {res.n_correct}", file=out)
    for k, v in res.scores().items():
        print(f"  {k:<10} {v:.3f}", file=out)
    if len(res.confusion):
        print("-- measure confusion (rows: gold, columns: predicted)", file=out)
        print(res.confusion.to_string(), file=out)
    m = res.mismatches
    if len(m):
        print(f"-- {len(m)} mismatches", file=out)
        for r in m.head(limit).itertuples(index=False):
            what = r.kind if r.field is None or r.kind != "field" else r.field
            print(
                f"[{r.doc_id}] {what}: gold={r.gold!s} | pred={r.predicted!s} | "
                f"phrase={r.phrase!r}\n    {r.quote}",
                file=out,
            )


def main(argv: list[str] | None = None) -> int:
    """Command line: score the extractor on the dev sets and the seed article."""
    ap = argparse.ArgumentParser(
        prog="python -m idlibstats.extract.evaluate", description=__doc__.splitlines()[0]
    )
    ap.add_argument(
        "devsets",
        nargs="*",
        default=[str(p) for p in (DEVSET_PATH, HOLDOUT_PATH) if p.exists()],
        help="dev sets (JSON lines); default: the dev set and the held-out dev set",
    )
    ap.add_argument("--limit", type=int, default=None, help="list at most N mismatches")
    ap.add_argument("--no-seed", action="store_true", help="skip the seed article")
    args = ap.parse_args(argv)
    for path in args.devsets:
        dev = load_devset(path)
        res = evaluate(run_extraction(dev.docs), dev.gold)
        _report(f"dev set {path} ({len(dev.docs)} documents)", res, sys.stdout, args.limit)
    if not args.no_seed and SEED_PATH.exists():
        docs, gold = _seed_case()
        _report(
            "seed article vs data/seed_figures.csv",
            evaluate(run_extraction(docs), gold),
            sys.stdout,
            args.limit,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
