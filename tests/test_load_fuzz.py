"""Corruption fuzz suite (issue 10): hypothesis damages small samples of the real shared files
and the loaders must either load every row unchanged or raise an idlibstats error naming the
file. Never a raw pandas/OS/JSON exception, never a silent partial or shifted load.

Damage: truncate at a random byte, overwrite bytes (with an invalid UTF-8 byte, a quote, a
delimiter, a line break, NUL or any byte), duplicate, drop or shuffle columns, re-encode
(latin-1, cp1252, UTF-16), add blank lines.

What "unchanged" can mean: a byte overwritten inside a value can turn it into another valid
value (a digit for a digit); no reader can see that. So for overwritten bytes the property is:
an error, or the same number of rows with every record the damage did not touch unchanged. A
truncated file must give an error or exactly the records before the cut, each unchanged (a
record cut in the middle must not be loaded). Blank lines, shuffled columns and a re-encoding
of a pure-ASCII sample change nothing: the table must be identical (or, for re-encoding, an
error). A duplicated or dropped column is an error, or (where the loader allows it: an
optional ACLED column, HXL columns) the other columns unchanged.

Bounded in time: samples of a few dozen records written to tmp_path, a few dozen examples per
loader (about a minute for the whole file on one core).
"""

from __future__ import annotations

import bisect
import csv
import io
import json
import os
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from idlibstats import datasets
from idlibstats._paths import REPO_DIR
from idlibstats.errors import ValidationError
from idlibstats.load.acled import load_acled
from idlibstats.load.admin import load_admin_boundaries, load_admin_units
from idlibstats.load.hxl import read_hxl
from idlibstats.load.ucdp import load_ucdp_ged
from idlibstats.load.unhcr import load_unhcr_population
from idlibstats.table import read_figures

pytestmark = pytest.mark.shared

#: More examples, drawn afresh: IDLIBSTATS_FUZZ_EXAMPLES=500 pytest tests/test_load_fuzz.py
_MORE = int(os.environ.get("IDLIBSTATS_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=_MORE or 30,
    deadline=None,  # a load is a few ms to 100 ms; the shared CI machine varies
    derandomize=not _MORE,  # the same examples on every CI run, unless asked for more
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                           HealthCheck.data_too_large],
)  # fmt: skip


# ---------------------------------------------------------------- samples of the real files
def _records(data: bytes, header_rows: int = 1) -> tuple[list[list[str]], list[int]]:
    """CSV records of ``data`` and the byte offset where each starts."""
    text = data.decode("utf-8-sig")
    offsets, pos = [], len(data) - len(text.encode("utf-8"))  # after a byte-order mark
    lines = text.split("\n")
    line_start = []
    for ln in lines:
        line_start.append(pos)
        pos += len((ln + "\n").encode("utf-8"))
    rows = []
    reader = csv.reader(io.StringIO(text, newline=""))
    last = 0
    for rec in reader:
        if rec:
            rows.append(rec)
            offsets.append(line_start[last])
        last = reader.line_num
    return rows, offsets


def _head(path: Path, n: int, header_rows: int = 1) -> bytes:
    data = path.read_bytes()
    rows, offsets = _records(data)
    return data[: offsets[header_rows + n]] if header_rows + n < len(offsets) else data


def _write_rows(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode("utf-8")


class Loader:
    """A loader under test: how to load, what a row's key is, how many rows a record gives."""

    def __init__(self, name, sample, load, *, key=None, per_record=1, header_rows=1,
                 suffix=".csv"):  # fmt: skip
        self.name, self.sample, self.load = name, sample, load
        self.key, self.per_record, self.header_rows, self.suffix = (
            key, per_record, header_rows, suffix)  # fmt: skip
        rows, self.offsets = _records(sample)
        self.header = rows[:header_rows]
        self.body = rows[header_rows:]
        self._ref = None

    def ref(self, tmp_path_factory) -> pd.DataFrame:
        """The frame of the undamaged sample (loaded once)."""
        if self._ref is None:
            self._ref = self.load(_write(tmp_path_factory, self, self.sample))
        return self._ref

    def record_keys(self, idx):
        """The key of each record in ``idx`` as the loader's frame spells it."""
        head = self.header[-1]
        return [self.key[1]([self.body[i][head.index(c)] for c in self.key[0]]) for i in idx]


def _quiet(load):
    def run(path):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # DataQualityWarning on known quirks, repairs
            return load(path)

    return run


def _ucdp_key(v):
    return int(v[0])


def _unhcr_key(v):
    return (int(v[0]), v[1], v[2])


@pytest.fixture(scope="module")
def loaders(shared_data):
    ged = shared_data / "ucdp_ged" / "ucdp_ged_syria_652.1601.1911.csv"
    unhcr = shared_data / "unhcr" / "unhcr_population_origin_SYR.csv"
    hxl = shared_data / "hdx_hxl" / "wfp_food_prices_syr_qc.csv"
    adm = shared_data / "ocha_cod_ab" / "syr_admin2.csv"
    seed = datasets.path("seed_figures")
    return {
        "ucdp": Loader("ucdp", _head(ged, 30), _quiet(load_ucdp_ged), key=(["id"], _ucdp_key)),
        "unhcr": Loader("unhcr", _head(unhcr, 40), _quiet(load_unhcr_population),
                        key=(["year", "coo_iso", "coa_iso"], _unhcr_key), per_record=9),
        "acled": Loader("acled", (REPO_DIR / "tests" / "data" / "acled_sample.csv").read_bytes(),
                        _quiet(load_acled), key=(["event_id_cnty"], lambda v: v[0])),
        "hxl": Loader("hxl", _head(hxl, 40, header_rows=2), _quiet(read_hxl), header_rows=2),
        "admin_csv": Loader("admin_csv", _head(adm, 25),
                            _quiet(lambda p: load_admin_units(2, p)),
                            key=(["adm2_pcode"], lambda v: v[0])),
        "figures_csv": Loader("figures_csv", seed.read_bytes(), _quiet(read_figures)),
    }  # fmt: skip


# ---------------------------------------------------------------- the property
def _load(loader: Loader, path: Path):
    """The frame, or None after checking the error is an idlibstats one naming the file."""
    try:
        return loader.load(path)
    except ValidationError as exc:
        assert str(path) in str(exc) or any(str(path) in str(p.file) for p in exc.problems), (
            f"{loader.name}: the error does not name the file: {exc}"
        )
        return None


def _same(got: pd.DataFrame, ref: pd.DataFrame, loader: Loader, records, *, exact_rows: bool,
          n_rows: int | None = None, skip: tuple[str, ...] = ()) -> None:  # fmt: skip
    """The rows of ``records`` (record numbers of the sample) are in ``got`` as in ``ref``
    (columns in ``skip`` aside; of a label given twice, the first column)."""
    if n_rows is not None:
        assert len(got) == n_rows, f"{loader.name}: {len(got)} rows, expected {n_rows}"
    got = got.loc[:, ~got.columns.duplicated()]
    cols = [c for c in ref.columns if c in got.columns and c not in skip]
    assert cols, f"{loader.name}: no column in common"
    if loader.key is None:  # the loader keeps the file order: record i is row i
        pos = [i for i in records]
        a, b = got[cols].iloc[pos], ref[cols].iloc[pos]
    else:
        keys = loader.record_keys(records)
        kcols = loader.key[0]
        g, r = got.set_index(kcols), ref.set_index(kcols)
        cols = [c for c in cols if c not in kcols]
        a, b = g.loc[keys, cols], r.loc[keys, cols]
    pd.testing.assert_frame_equal(
        a.reset_index(drop=True), b.reset_index(drop=True), check_dtype=exact_rows,
        check_categorical=False, obj=loader.name,
    )  # fmt: skip


def _touched(loader: Loader, positions) -> set[int]:
    """Record numbers (0-based, header rows excluded) holding any of the byte ``positions``."""
    out = set()
    for p in positions:
        k = bisect.bisect_right(loader.offsets, p) - 1 - loader.header_rows
        out.add(k)
        if loader.sample[p : p + 1] in (b"\r", b"\n"):  # a line break: the next record too
            out.add(k + 1)
    return out


LOADER_NAMES = ["ucdp", "unhcr", "acled", "hxl", "admin_csv", "figures_csv"]
REPLACEMENTS = st.sampled_from([b"\xff", b'"', b",", b"\n", b"\r", b"\x00", b";"]) | st.binary(
    min_size=1, max_size=1
)


@pytest.mark.parametrize("name", LOADER_NAMES)
@FUZZ
@given(data=st.data())
def test_truncated(loaders, tmp_path_factory, name, data):
    loader = loaders[name]
    ref = loader.ref(tmp_path_factory)
    cut = data.draw(st.integers(0, len(loader.sample) - 1), label="cut")
    path = _write(tmp_path_factory, loader, loader.sample[:cut])
    got = _load(loader, path)
    if got is None:
        return
    # only whole records before the cut, each unchanged; a record cut short is not loaded (a
    # record is whole when its line break, or the CR of its CR LF, is before the cut)
    whole = [i for i in range(len(loader.body)) if _content_end(loader, i) < cut]
    _same(got, ref, loader, whole, exact_rows=False, n_rows=len(whole) * loader.per_record)


def _content_end(loader: Loader, i: int) -> int:
    """Byte offset just past the last value of record ``i`` (before its line break)."""
    k = i + loader.header_rows + 1
    end = loader.offsets[k] if k < len(loader.offsets) else len(loader.sample)
    return end - (2 if loader.sample[end - 2 : end] == b"\r\n" else 1)


@pytest.mark.parametrize("name", LOADER_NAMES)
@FUZZ
@given(data=st.data())
def test_overwritten_bytes(loaders, tmp_path_factory, name, data):
    loader = loaders[name]
    ref = loader.ref(tmp_path_factory)
    n = data.draw(st.integers(1, 3), label="how many")
    damaged = bytearray(loader.sample)
    where = []
    for _ in range(n):
        pos = data.draw(st.integers(0, len(damaged) - 1), label="at")
        damaged[pos : pos + 1] = data.draw(REPLACEMENTS, label="byte")
        where.append(pos)
    got = _load(loader, _write(tmp_path_factory, loader, bytes(damaged)))
    if got is None:
        return
    # A header byte that changed and still loads renamed a column the loader does not need
    # (an optional ACLED column then comes out empty, its values kept under the new name), or
    # wrote the byte that was there: every other column must be unchanged all the same.
    touched = _touched(loader, where)
    keep = [i for i in range(len(loader.body)) if i not in touched]
    renamed = ()
    if any(k < 0 for k in touched) and loader.header_rows == 1:
        first = next(csv.reader(io.StringIO(bytes(damaged).decode("utf-8", "replace"))), [])
        renamed = tuple(c for c in loader.header[0] if c not in first)
    _same(got, ref, loader, keep, exact_rows=False, n_rows=len(ref), skip=renamed)


COLUMN_DAMAGE = st.sampled_from(["duplicate", "drop", "shuffle", "blank_lines"])


@pytest.mark.parametrize("name", LOADER_NAMES)
@FUZZ
@given(data=st.data())
def test_column_and_line_damage(loaders, tmp_path_factory, name, data):
    loader = loaders[name]
    ref = loader.ref(tmp_path_factory)
    how = data.draw(COLUMN_DAMAGE, label="damage")
    rows = [*loader.header, *loader.body]
    width = len(rows[0])
    j = data.draw(st.integers(0, width - 1), label="column")
    if how == "duplicate":
        rows = [r + [r[j]] for r in rows]
    elif how == "drop":
        rows = [r[:j] + r[j + 1 :] for r in rows]
    elif how == "shuffle":
        order = data.draw(st.permutations(range(width)), label="order")
        rows = [[r[k] for k in order] for r in rows]
    raw = _write_rows(rows)
    if how == "blank_lines":
        text = raw.decode("utf-8")
        starts = [loader.header_rows + k for k in range(len(loader.body) + 1)]
        at = sorted(set(data.draw(st.lists(st.sampled_from(starts), min_size=1, max_size=4))))
        recs = list(csv.reader(io.StringIO(text, newline="")))
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        for k, rec in enumerate(recs):
            if k in at:
                out.write("\n" * data.draw(st.integers(1, 2), label="blanks"))
            w.writerow(rec)
        if len(recs) in at:
            out.write("\n")
        raw = out.getvalue().encode("utf-8")
    got = _load(loader, _write(tmp_path_factory, loader, raw))
    everything = list(range(len(loader.body)))
    if how in ("shuffle", "blank_lines"):
        assert got is not None, f"{loader.name}: {how} must not be an error"
        _same(got, ref, loader, everything, exact_rows=True, n_rows=len(ref))
    elif got is not None:  # a duplicated/dropped column the loader does not need
        name = loader.header[-1][j]
        _same(got, ref, loader, everything, exact_rows=True, n_rows=len(ref), skip=(name,))
        # only columns the loader does not need may go: any HXL column (HXL has no required
        # columns), ACLED's pre-2023 ones, the figure table's optional ones, the COD-AB
        # columns it does not read
        assert how == "duplicate" or _optional(loader.name, name), f"{loader.name}: {name} dropped"
        assert how == "drop" or loader.name == "hxl", f"{loader.name}: {name} duplicated"


def _optional(loader: str, column: str) -> bool:
    from idlibstats.load.acled import OPTIONAL_COLUMNS as ACLED_OPTIONAL
    from idlibstats.table.schema import OPTIONAL_COLUMNS as FIGURE_OPTIONAL

    needed_admin = {f"adm{k}_{w}" for k in (1, 2) for w in ("pcode", "name", "name1")}
    needed_admin |= {"center_lat", "center_lon", "area_sqkm"}
    return {
        "hxl": True,
        "acled": column in ACLED_OPTIONAL,
        "figures_csv": column in FIGURE_OPTIONAL,
        "admin_csv": column not in needed_admin,
    }.get(loader, False)


@pytest.mark.parametrize("name", LOADER_NAMES)
@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16", "utf-8-sig"])
def test_reencoded(loaders, tmp_path_factory, name, encoding):
    loader = loaders[name]
    ref = loader.ref(tmp_path_factory)
    text = loader.sample.decode("utf-8")
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:
        pytest.skip(f"the {name} sample has characters {encoding} cannot write")
    got = _load(loader, _write(tmp_path_factory, loader, raw))
    ascii_only = text.isascii()
    if got is None:
        assert encoding != "utf-8-sig" and not (ascii_only and encoding != "utf-16"), (
            f"{loader.name}: {encoding} of this text must load"
        )
        return
    assert encoding == "utf-8-sig" or ascii_only, f"{loader.name}: {encoding} loaded as UTF-8"
    _same(got, ref, loader, list(range(len(loader.body))), exact_rows=True, n_rows=len(ref))


def _write(tmp_path_factory, loader: Loader, data: bytes) -> Path:
    path = tmp_path_factory.mktemp(loader.name) / f"sample{loader.suffix}"
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------- JSON: GeoJSON and JSON lines
@pytest.fixture(scope="module")
def geojson(shared_data):
    return (shared_data / "ocha_cod_ab" / "syr_admin2_idlib_SY07.geojson").read_bytes()


def _load_geo(path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_admin_boundaries(2, path)


@FUZZ
@given(data=st.data())
def test_geojson_damage(geojson, tmp_path_factory, data):
    import shapely

    ref = _geo_ref(geojson, tmp_path_factory)
    how = data.draw(st.sampled_from(["truncate", "overwrite", "whitespace", "drop_property"]))
    doc = bytearray(geojson)
    if how == "truncate":
        doc = doc[: data.draw(st.integers(0, len(doc) - 1))]
    elif how == "overwrite":
        flips = data.draw(st.integers(1, 3))
        for _ in range(flips):
            pos = data.draw(st.integers(0, len(doc) - 1))
            doc[pos : pos + 1] = data.draw(REPLACEMENTS)
    elif how == "whitespace":  # blank lines between JSON tokens change nothing
        doc = bytearray(geojson.replace(b', "features": ', b',\n\n "features":\n '))
    else:
        obj = json.loads(geojson)
        key = data.draw(st.sampled_from(sorted(obj["features"][0]["properties"])))
        for f in obj["features"]:
            f["properties"].pop(key)
        doc = bytearray(json.dumps(obj).encode("utf-8"))
    path = _put(tmp_path_factory, "geo", bytes(doc), ".geojson")
    try:
        got = _load_geo(path)
    except ValidationError as exc:
        assert str(path) in str(exc), exc
        return
    assert how != "truncate" or bytes(doc) == geojson
    # nothing lost: the same units (an overwritten byte may make another valid P-code of its
    # own feature, never of the others); every geometry valid (repaired if need be)
    assert len(got) == len(ref)
    same = set(got["adm2_pcode"]) & set(ref["adm2_pcode"])
    assert len(same) >= len(ref) - (flips if how == "overwrite" else 0)
    assert shapely.is_valid(np.asarray(got["geometry"].tolist(), dtype=object)).all()
    if how == "whitespace":
        pd.testing.assert_frame_equal(got.drop(columns="geometry"), ref.drop(columns="geometry"))
        assert all(a.equals_exact(b, 0) for a, b in zip(got["geometry"], ref["geometry"],
                                                        strict=True))  # fmt: skip


_GEO_REF: dict = {}


def _geo_ref(geojson, tmp_path_factory):
    if "ref" not in _GEO_REF:
        _GEO_REF["ref"] = _load_geo(_put(tmp_path_factory, "geo", geojson, ".geojson"))
    return _GEO_REF["ref"]


@FUZZ
@given(data=st.data())
def test_figures_jsonl_damage(tmp_path_factory, data):
    seed = datasets.load("seed_figures")
    buf = io.StringIO()
    seed.to_json(buf, orient="records", lines=True, date_format="iso")
    raw = buf.getvalue().encode("utf-8")
    ref = read_figures(_put(tmp_path_factory, "jsonl", raw, ".jsonl"))
    how = data.draw(st.sampled_from(["truncate", "overwrite", "blank_lines"]))
    lines = raw.split(b"\n")
    if how == "truncate":
        cut = data.draw(st.integers(0, len(raw) - 1))
        damaged = raw[:cut]
    elif how == "overwrite":
        b = bytearray(raw)
        pos = data.draw(st.integers(0, len(b) - 1))
        b[pos : pos + 1] = data.draw(REPLACEMENTS)
        damaged = bytes(b)
    else:
        k = data.draw(st.integers(0, len(lines) - 1))
        damaged = b"\n".join([*lines[:k], b"", b"  ", *lines[k:]])
    path = _put(tmp_path_factory, "jsonl", damaged, ".jsonl")
    try:
        got = read_figures(path)
    except ValidationError as exc:
        assert str(path) in str(exc), exc
        return
    if how == "blank_lines":
        pd.testing.assert_frame_equal(got, ref)
    elif how == "truncate":  # only whole lines, unchanged
        n = damaged.count(b"\n")
        pd.testing.assert_frame_equal(
            got.reset_index(drop=True), ref.iloc[:n].reset_index(drop=True)
        )
    else:
        assert len(got) == len(ref)
        line = damaged[:pos].count(b"\n")
        keep = [i for i in range(len(ref)) if i != line]
        # (a key overwritten in the damaged line adds a column that is empty elsewhere)
        pd.testing.assert_frame_equal(got[list(ref.columns)].iloc[keep], ref.iloc[keep],
                                      check_dtype=False, check_categorical=False)  # fmt: skip


def _put(tmp_path_factory, name, data, suffix):
    path = tmp_path_factory.mktemp(name) / f"sample{suffix}"
    path.write_bytes(data)
    return path
