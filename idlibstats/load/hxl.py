"""HXL (Humanitarian Exchange Language): read HXL-tagged CSVs, write tables with HXL tags for HDX.

Why not libhxl (considered, tried on ``shared/data/hdx_hxl``): libhxl 5.2.2 reads those files
correctly, but (1) it does not import in a clean environment, because it imports ``six``
without declaring it; (2) importing it pulls requests, urllib3, structlog, jsonpath and ply
(about 150 ms), for a reader whose default security setting refuses local files
(``allow_local=True`` needed); (3) it yields rows of strings one by one, while we want typed
pandas columns. What we need from HXL is small and fixed by the standard (find the hashtag row,
parse ``#tag+attr`` specs, match patterns with ``+include``/``-exclude``/``!``), so it is
written here in a few lines on top of ``pandas.read_csv``; the tests check the hashtag-row
detection and the pattern matching against libhxl itself where libhxl imports.

Reading: :func:`read_hxl` returns a DataFrame whose columns are the normalised hashtag specs
(``#adm1+name``), :func:`hxl_columns` / :func:`hxl_get` / :func:`select_hxl` address them by
pattern, as HXL defines matching (``#affected+killed`` matches ``#affected+killed+f``).

Writing: :func:`to_hxl` writes a CSV with a text header row and a hashtag row. Tags come from
``tags=``, else the column label if it is already a hashtag spec, else :data:`COLUMN_TAGS`
(figure table, UCDP aggregates, UNHCR), else ``#meta+<column name>``.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from idlibstats.errors import DataFileError, Problem
from idlibstats.load.reading import CsvSource, check_file, read_text, to_datetime_ns

# re-exported by idlibstats.load; COLUMN_TAGS and FIGURE_TAGS are reached through this module
__all__ = [
    "hxl_columns",
    "hxl_get",
    "read_hxl",
    "select_hxl",
    "tag_matches",
    "to_hxl",
]

_TOKEN = r"[A-Za-z][_0-9A-Za-z]*"
# same grammar as the HXL 1.1 standard (and libhxl's Column.PATTERN / TagPattern.PATTERN)
_SPEC_RE = re.compile(rf"^\s*#({_TOKEN})((?:\s*\+\s*{_TOKEN})*)\s*$")
_PATTERN_RE = re.compile(rf"^\s*#?({_TOKEN}|\*)((?:\s*[+-]\s*{_TOKEN})*)\s*(!)?\s*$")
#: A row is the hashtag row when at least this share of its non-empty cells are hashtag specs
#: (libhxl's FUZZY_HASHTAG_PERCENTAGE).
HASHTAG_SHARE = 0.5

#: Figure-table column -> HXL hashtag (idlibstats.table.schema columns). One row per reported
#: figure, so the number is the generic ``#value`` (with ``+min``/``+max`` for the bounds) and
#: what it counts is in ``#indicator+code`` (the measure: killed, displaced...).
FIGURE_TAGS: dict[str, str] = {
    "doc_id": "#meta+doc+id",
    "figure_id": "#meta+figure+id",
    "quote": "#meta+quote",
    "start": "#meta+char+start",
    "end": "#meta+char+end",
    "phrase": "#meta+phrase",
    "value": "#value",
    "lower": "#value+min",
    "upper": "#value+max",
    "qualifier": "#meta+qualifier",
    "unit": "#indicator+unit",
    "measure": "#indicator+code",
    "subject": "#indicator+subject",
    "period_start": "#date+start",
    "period_end": "#date+end",
    "source": "#meta+source",
    "source_text": "#meta+source+text",
    "place": "#loc+name",
    "place_pcode": "#loc+code",
    "published": "#date+reported",
    "duration_days": "#meta+duration+days+num",
    "duration_qualifier": "#meta+duration+qualifier",
    "parent_figure_id": "#meta+figure+parent+id",
    "place_lat": "#geo+lat",
    "place_lon": "#geo+lon",
}

#: Column name -> HXL hashtag for the aggregate tables (UCDP counts by admin unit and period,
#: UNHCR stocks) and common columns; used by :func:`to_hxl` after :data:`FIGURE_TAGS`.
#:
#: Deaths: the best estimate is ``#affected+killed``; its bounds ``+min``/``+max``; its parts
#: (``+civilians``, ``+side_a``, ``+side_b``, ``+unknown``). By HXL's matching rules the
#: pattern ``#affected+killed`` matches all of them, so never sum
#: ``hxl_columns(df, "#affected+killed")`` on these tables (that adds best + low + high +
#: parts). To pick one column: :func:`hxl_get` (which prefers the column tagged exactly
#: ``#affected+killed``, the best estimate), or ``select_hxl(df, {...}, exact=True)``.
COLUMN_TAGS: dict[str, str] = {
    "adm1_pcode": "#adm1+code",
    "adm1_name": "#adm1+name",
    "adm2_pcode": "#adm2+code",
    "adm2_name": "#adm2+name",
    "adm3_pcode": "#adm3+code",
    "adm3_name": "#adm3+name",
    "ucdp_names": "#meta+ucdp+name",
    "period": "#date+period",
    "exposure_days": "#meta+exposure+days+num",
    "days": "#meta+exposure+days+num",
    "events": "#event+num",
    "best": "#affected+killed",
    "low": "#affected+killed+min",
    "high": "#affected+killed+max",
    "deaths_best": "#affected+killed",
    "deaths_low": "#affected+killed+min",
    "deaths_high": "#affected+killed+max",
    "deaths_a": "#affected+killed+side_a",
    "deaths_b": "#affected+killed+side_b",
    "deaths_civilians": "#affected+killed+civilians",
    "deaths_unknown": "#affected+killed+unknown",
    "count": "#value",
    "date": "#date",
    "year": "#date+year",
    "month": "#date+month",
    "iso3": "#country+code",
    "country": "#country+name",
    "coo_iso": "#country+code+origin",
    "coo_name": "#country+name+origin",
    "coo": "#country+code+origin+unhcr",
    "coa_iso": "#country+code+asylum",
    "coa_name": "#country+name+asylum",
    "coa": "#country+code+asylum+unhcr",
    "population_type": "#population+type",
    "population": "#population",
    "refugees": "#affected+refugees",
    "asylum_seekers": "#affected+asylum_seekers",
    "idps": "#affected+idps",
    "total": "#value+total",
    "reference_date": "#date+reference",
    "latitude": "#geo+lat",
    "longitude": "#geo+lon",
    "lat": "#geo+lat",
    "lon": "#geo+lon",
    **FIGURE_TAGS,
}

# tags whose values are numbers (HXL core numeric hashtags), and attributes marking a number
_NUMERIC_TAGS = {"affected", "inneed", "targeted", "reached", "population", "value", "capacity"}
_NUMERIC_ATTRS = {"num", "min", "max", "lat", "lon", "pct", "usd", "year"}


def _parse_spec(text: object) -> tuple[str, tuple[str, ...]] | None:
    """('tag', ('attr', ...)) for a hashtag spec, lower-cased; None if not one."""
    if not isinstance(text, str):
        return None
    m = _SPEC_RE.match(text)
    if not m:
        return None
    attrs = tuple(a.strip().lower() for a in m.group(2).split("+")[1:])
    return m.group(1).lower(), attrs


def _normalise_spec(text: str) -> str:
    tag, attrs = _parse_spec(text)  # type: ignore[misc]
    return "#" + "+".join((tag, *attrs))


def tag_matches(pattern: str, spec: str) -> bool:
    """Whether the hashtag ``spec`` of a column matches the HXL tag ``pattern``.

    As the HXL standard defines it: the tags must be equal (or the pattern is ``#*``), every
    ``+attribute`` of the pattern must be on the column, no ``-attribute`` may be, and a
    pattern ending in ``!`` allows no other attributes. Case does not matter.

    Parameters
    ----------
    pattern : str
        E.g. ``"#affected+killed"``, ``"#adm1-code"``, ``"#value+usd!"``, ``"#*+name"``.
    spec : str
        A column's hashtag spec, e.g. ``"#affected+killed+f"``.

    Raises
    ------
    ValueError
        If ``pattern`` is not a tag pattern, or is absolute (``!``) with a ``-attribute``.

    Examples
    --------
    >>> tag_matches("#affected+killed", "#affected+killed+f")
    True
    >>> tag_matches("#affected+killed+f", "#affected+killed")
    False
    >>> tag_matches("#affected+killed!", "#affected+killed+f")
    False
    """
    m = _PATTERN_RE.match(pattern)
    if not m:
        raise ValueError(f"not an HXL tag pattern: {pattern!r}")
    ops = re.findall(rf"([+-])\s*({_TOKEN})", m.group(2))
    include = {a.lower() for op, a in ops if op == "+"}
    exclude = {a.lower() for op, a in ops if op == "-"}
    if m.group(3) and exclude:
        raise ValueError(f"exclusions not allowed in absolute patterns: {pattern!r}")
    parsed = _parse_spec(spec)
    if parsed is None:
        return False
    tag, attrs = parsed
    ptag = m.group(1).lower()
    if ptag != "*" and ptag != tag:
        return False
    have = set(attrs)
    if not include <= have or have & exclude:
        return False
    return not (m.group(3) and not have <= include)


def _is_hashtag_row(cells: list[str]) -> bool:
    filled = [c.strip() for c in cells if c and c.strip()]
    if not filled:
        return False
    hits = sum(_parse_spec(c) is not None for c in filled)
    return hits / len(filled) >= HASHTAG_SHARE


def read_hxl(
    path: str | os.PathLike | io.TextIOBase,
    *,
    scan_rows: int = 25,
    parse: bool = True,
    tags: Mapping[str, str] | None = None,
    encoding: str = "utf-8",
) -> pd.DataFrame:
    r"""Read an HXL-tagged CSV into a DataFrame whose columns are the hashtag specs.

    The hashtag row is the first of the first ``scan_rows`` rows in which at least half of the
    non-empty cells are hashtag specs (as libhxl does); the row above it, if any, gives the
    text headers. Every row below it is a data row.

    Parameters
    ----------
    path : path-like or text file object
        The CSV file.
    scan_rows : int
        How many rows to search for the hashtag row (HXL tools use 25).
    parse : bool
        Convert ``#date`` columns to datetime64 and numeric columns (``#affected``,
        ``#population``, ``#value``, ``#inneed``, ``#targeted``, ``#reached``, ``#capacity``,
        or any tag with ``+num``, ``+min``, ``+max``, ``+lat``, ``+lon``, ``+pct``, ``+usd``,
        ``+year``) to numbers; other columns stay text (``str``). False keeps all as text.
    tags : mapping of str to str, optional
        For a CSV without a hashtag row: text header -> hashtag, applied to the first row
        (the header row), e.g. ``{"admin1": "#adm1+name"}``. Ignored when the file has a
        hashtag row. Every key must be a header of the file.
    encoding : str
        Text encoding of a file given by path (default UTF-8; a byte-order mark is dropped).

    Returns
    -------
    pandas.DataFrame
        Columns are the normalised specs (lower case, no spaces: ``"#value+usd"``); a column
        without a hashtag keeps its text header (HXL tools ignore it, we keep it). Empty cells
        are missing. ``attrs["hxl_headers"]``: the text headers (None when there is no header
        row); ``attrs["hxl_tag_row"]``: 1-based line number of the hashtag row (None when
        tagged by ``tags``); ``attrs["file"]``.

    Raises
    ------
    DataFileError
        No hashtag row in the first ``scan_rows`` rows (and no ``tags``), a key of ``tags``
        that is not a header; with ``parse``, every cell of a date or numeric column that does
        not parse (row = the 1-based physical line where the record starts, as the other
        loaders count: a quoted cell may span lines); every data record with more or fewer
        fields than the hashtag row (a ragged or cut row); and the file errors of
        :func:`idlibstats.load.reading.check_file` (encoding, cut short, empty, a folder).
        Blank lines are skipped. A hashtag may tag several columns (HXL allows it): all are
        kept.

    Examples
    --------
    A pattern matches every column that has its attributes, so ``#affected+killed`` matches
    a best estimate and its bounds alike: take one column exactly, never sum the matches
    (summing is right only for disjoint parts such as ``+f`` and ``+m``).

    >>> import io
    >>> from idlibstats.load.hxl import read_hxl, hxl_columns, select_hxl
    >>> text = ("Province,Killed,Killed (low),Killed (high)\n"
    ...         "#adm1+name,#affected+killed,#affected+killed+min,#affected+killed+max\n"
    ...         "Idleb,12,10,15\n")
    >>> df = read_hxl(io.StringIO(text))
    >>> hxl_columns(df, "#affected+killed")  # all three match: do not add them up
    ['#affected+killed', '#affected+killed+min', '#affected+killed+max']
    >>> select_hxl(df, {"killed": "#affected+killed"}, exact=True)["killed"].tolist()
    [12]
    """
    name = str(path) if not hasattr(path, "read") else getattr(path, "name", "<stream>")
    if hasattr(path, "read"):
        text = path.read()
        check_file(CsvSource(Path(name), data=text.encode("utf-8")), "HXL")
    else:
        text = read_text(CsvSource(Path(path), encoding=encoding), "HXL")
    reader = csv.reader(io.StringIO(text, newline=""))
    head: list[list[str]] = []
    tag_idx = None
    for i, row in enumerate(reader):
        if i >= scan_rows:
            break
        head.append(row)
        if _is_hashtag_row(row):
            tag_idx = i
            break
    if tag_idx is None and tags and head:
        # plain CSV: tag it from its header row
        bad = [Problem("not a header of the file", column=k, file=name) for k in tags
               if k not in head[0]]  # fmt: skip
        bad += [Problem(f"not a hashtag spec: {v!r}", column=k, file=name)
                for k, v in tags.items() if _parse_spec(v) is None]  # fmt: skip
        if bad:
            raise DataFileError(bad)
        tag_idx, headers = 0, head[0]
        row_tags = [tags.get(h, "") for h in headers]
        skip, tag_row = 1, None
    elif tag_idx is None:
        raise DataFileError(
            Problem(f"no HXL hashtag row (e.g. '#adm1+name,#affected') in the first "
                    f"{min(scan_rows, len(head))} rows; pass tags= to tag a plain CSV",
                    file=name))  # fmt: skip
    else:
        row_tags = head[tag_idx]
        headers = head[tag_idx - 1] if tag_idx > 0 else None
        skip = tag_row = tag_idx + 1
    tags_row = row_tags
    labels = []
    for j, cell in enumerate(tags_row):
        if _parse_spec(cell) is not None:
            labels.append(_normalise_spec(cell))
        elif headers is not None and j < len(headers) and headers[j].strip():
            labels.append(headers[j].strip())
        else:
            labels.append(f"column_{j + 1}")
    starts, sizes = _record_shapes(text)  # record (0-based) -> physical line, fields
    ragged = [i for i in range(skip, len(sizes)) if sizes[i] and sizes[i] != len(labels)]
    if ragged:
        raise DataFileError(
            [Problem(f"{sizes[i]} fields where the hashtag row has {len(labels)} (a row cut "
                     "short, or a stray delimiter or quote)", row=starts[i], file=name)
             for i in ragged],
            what="HXL file",
            summary=f"HXL file {name}: {len(ragged)} record(s) with the wrong number of fields",
        )  # fmt: skip
    try:
        body = pd.read_csv(
            io.StringIO(text),
            skiprows=skip,
            header=None,
            names=list(range(len(labels))),
            dtype=str,
            keep_default_na=False,
            na_values=[""],
            skip_blank_lines=True,
            index_col=False,
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:  # e.g. a quote never closed
        raise DataFileError(Problem(f"not a readable CSV file: {' '.join(str(exc).split())}",
                                    file=name), what="HXL file") from exc  # fmt: skip
    body.columns = labels
    if headers is not None:
        headers = [headers[j] if j < len(headers) else "" for j in range(len(labels))]
    # blank lines are no rows (pandas skips them): map rows to the records that hold data
    starts = [starts[i] for i in range(len(sizes)) if sizes[i] or i < skip]
    if parse:
        body = _parse_columns(body, name, starts[skip:])
    body.attrs["hxl_headers"] = headers
    body.attrs["hxl_tag_row"] = None if tag_row is None else starts[tag_row - 1]
    body.attrs["file"] = name
    return body


def _record_shapes(text: str) -> tuple[list[int], list[int]]:
    """1-based line where each CSV record starts, and its number of fields.

    Quoted cells may span lines; counted as :func:`idlibstats.load.reading.record_shapes` counts for
    the other loaders, and its number of fields (0 for a blank line).
    """
    reader = csv.reader(io.StringIO(text, newline=""))
    starts, sizes, last = [], [], 0
    for rec in reader:
        starts.append(last + 1)
        sizes.append(len(rec))
        last = reader.line_num
    return starts, sizes


def _kind(label: str) -> str:
    parsed = _parse_spec(label)
    if parsed is None:
        return "str"
    tag, attrs = parsed
    if tag == "date" and not set(attrs) & {"year", "month", "period"}:
        return "date"
    if tag == "date" and "year" in attrs:
        return "num"
    if tag in _NUMERIC_TAGS or set(attrs) & _NUMERIC_ATTRS:
        return "num"
    return "str"


def _parse_columns(df: pd.DataFrame, file: str, lines: list[int]) -> pd.DataFrame:
    problems = []
    out = {}
    for j, label in enumerate(df.columns):
        s = df.iloc[:, j]
        kind = _kind(label)
        if kind == "num":
            t = s.str.strip()
            # drop thousands separators only where the cell is grouped by them ("1,200");
            # a decimal comma ("0,76") stays and is reported as not a number
            grouped = t.str.fullmatch(r"[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?", na=False)
            t = t.where(~grouped, t.str.replace(",", "", regex=False))
            conv = pd.to_numeric(t, errors="coerce")
        elif kind == "date":
            conv = to_datetime_ns(s.str.strip(), "ISO8601")
        else:
            out[j] = s.astype("str")
            continue
        bad = s.notna() & conv.isna()
        what = "a number" if kind == "num" else "an ISO date (years 1677-2262)"
        for i in bad.to_numpy().nonzero()[0]:  # all of them: the message shows the first 10
            problems.append(Problem(f"not {what}: {s.iloc[i]!r}", row=int(lines[i]),
                                    column=label, file=file))  # fmt: skip
        out[j] = conv
    if problems:
        raise DataFileError(problems, what="HXL file")
    res = pd.DataFrame({j: out[j] for j in range(df.shape[1])})
    res.columns = df.columns
    return res


def hxl_columns(df: pd.DataFrame, pattern: str) -> list[str]:
    """Labels of the columns of ``df`` matching an HXL tag pattern, in column order.

    Every column having the pattern's attributes matches, whatever else it has: on a
    :func:`to_hxl` aggregate table ``#affected+killed`` gives the best estimate, its bounds and
    its parts, which must not be added up (see :data:`COLUMN_TAGS`).

    Parameters
    ----------
    df : pandas.DataFrame
        A table with HXL hashtag columns (from :func:`read_hxl`).
    pattern : str
        An HXL tag pattern, e.g. ``"#affected+killed"`` or ``"#adm1-code"``.

    Returns
    -------
    list of str
        The matching column labels.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame(columns=["#adm1+name", "#adm1+code", "#affected+killed+f"])
    >>> hxl_columns(df, "#adm1"), hxl_columns(df, "#adm1-code")
    (['#adm1+name', '#adm1+code'], ['#adm1+name'])
    """
    return [c for c in df.columns if isinstance(c, str) and tag_matches(pattern, c)]


def hxl_get(df: pd.DataFrame, pattern: str) -> pd.Series:
    """The column of ``df`` an HXL tag pattern names.

    The column tagged with exactly the pattern's attributes if there is one, else the first
    match (libhxl's ``row.get`` always takes the first match; preferring the exact one makes
    ``#affected+killed`` the best estimate of a :func:`to_hxl` table even where
    ``#affected+killed+side_a`` comes first).

    Parameters
    ----------
    df : pandas.DataFrame
        A table with HXL hashtag columns (from :func:`read_hxl`).
    pattern : str
        An HXL tag pattern.

    Returns
    -------
    pandas.Series
        The column.

    Raises
    ------
    KeyError
        Naming the pattern and the hashtags available.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"#date": ["2019-05-15"], "#value+usd": [0.76]})
    >>> hxl_get(df, "#value").tolist()
    [0.76]
    >>> df = pd.DataFrame({"#affected+killed+side_a": [2], "#affected+killed": [12]})
    >>> hxl_get(df, "#affected+killed").tolist()
    [12]
    """
    cols = hxl_columns(df, pattern)
    p = pattern.rstrip()
    if len(cols) > 1 and not p.endswith("!") and "-" not in p and "*" not in p:
        cols = hxl_columns(df, p + "!") or cols
    if not cols:
        have = [c for c in df.columns if isinstance(c, str) and c.startswith("#")]
        raise KeyError(f"no column matches {pattern!r}; hashtags: {', '.join(have)}")
    j = list(df.columns).index(cols[0])
    return df.iloc[:, j]


def select_hxl(df: pd.DataFrame, patterns: Mapping[str, str], *, exact: bool = False,
               file: str | None = None) -> pd.DataFrame:  # fmt: skip
    """Pick and rename columns by HXL tag pattern: ``{new name: pattern}``.

    Parameters
    ----------
    df : pandas.DataFrame
        From :func:`read_hxl`.
    patterns : mapping of str to str
        New column name -> tag pattern; the first matching column is taken.
    exact : bool
        Match the patterns absolutely (as if they ended in ``!``): each pattern then picks the
        one column tagged with exactly its attributes, e.g. ``#affected+killed`` the best
        estimate, not ``#affected+killed+min``/``+max``/``+civilians``; and ``#value`` of a
        figure table written with :data:`FIGURE_TAGS`, not ``#value+min``.
    file : str, optional
        The file name errors name.

    Returns
    -------
    pandas.DataFrame
        The picked columns under their new names.

    Raises
    ------
    DataFileError
        Listing every pattern no column matches.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"#adm1+name": ["Idleb"], "#affected+killed+f": [3]})
    >>> select_hxl(df, {"governorate": "#adm1", "killed": "#affected+killed"}).columns.tolist()
    ['governorate', 'killed']
    """
    out, problems = {}, []
    for name, pat in patterns.items():
        p = pat.rstrip() + ("!" if exact and not pat.rstrip().endswith("!") else "")
        try:
            out[name] = hxl_get(df, p).to_numpy()
        except KeyError:
            problems.append(Problem(f"no column tagged {p!r}", column=name,
                                    file=file or df.attrs.get("file")))  # fmt: skip
    if problems:
        raise DataFileError(problems)
    return pd.DataFrame(out, index=df.index)


def _tag_for(col: object, tags: Mapping[str, str]) -> str:
    key = str(col)
    if key in tags:
        return tags[key]
    if _parse_spec(key) is not None:
        return _normalise_spec(key)
    if key in COLUMN_TAGS:
        return COLUMN_TAGS[key]
    attr = re.sub(r"[^0-9a-z_]+", "_", key.lower()).strip("_") or "column"
    if not attr[0].isalpha():
        attr = "c_" + attr
    return f"#meta+{attr}"


def to_hxl(
    df: pd.DataFrame,
    path: str | os.PathLike | None = None,
    *,
    tags: Mapping[str, str] | None = None,
    headers: Iterable[str] | None = None,
) -> str | None:
    r"""Write a table as an HXL-tagged CSV: text header row, hashtag row, data rows.

    Parameters
    ----------
    df : pandas.DataFrame
        A figure table, an aggregate table, or a frame from :func:`read_hxl`.
    path : path-like, optional
        Where to write (UTF-8, ``\n`` line ends). None returns the text.
    tags : mapping, optional
        Column -> hashtag, overriding the defaults. Default per column: the label itself if
        it is a hashtag spec, else :data:`COLUMN_TAGS` (which includes :data:`FIGURE_TAGS`),
        else ``#meta+<column name>``.
    headers : iterable of str, optional
        Text header row; default ``attrs["hxl_headers"]`` for a frame read by
        :func:`read_hxl`, else the column names.

    Returns
    -------
    str or None
        The CSV text when ``path`` is None.

    Raises
    ------
    ValueError
        If a tag given in ``tags`` is not a hashtag spec.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"adm1_pcode": ["SY07"], "period_start": pd.to_datetime(["2019-05-01"]),
    ...                   "best": [12]})
    >>> print(to_hxl(t), end="")
    adm1_pcode,period_start,best
    #adm1+code,#date+start,#affected+killed
    SY07,2019-05-01,12
    """
    tags = dict(tags or {})
    bad = [f"{k}: {v!r}" for k, v in tags.items() if _parse_spec(v) is None]
    if bad:
        raise ValueError(f"not HXL hashtag specs: {'; '.join(bad)}")
    hashtags = [_tag_for(c, tags) for c in df.columns]
    if headers is None:
        headers = df.attrs.get("hxl_headers") or [str(c) for c in df.columns]
    headers = list(headers)
    if len(headers) != df.shape[1]:
        raise ValueError(f"{len(headers)} headers for {df.shape[1]} columns")
    body = df.copy()
    for j in range(body.shape[1]):
        s = body.iloc[:, j]
        if pd.api.types.is_datetime64_any_dtype(s):
            has_time = (s.dropna() != s.dropna().dt.normalize()).any()
            fmt = "%Y-%m-%dT%H:%M:%S" if has_time else "%Y-%m-%d"
            body.isetitem(j, s.dt.strftime(fmt))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(headers)
    w.writerow(hashtags)
    body.to_csv(buf, index=False, header=False, lineterminator="\n")
    text = buf.getvalue()
    if path is None:
        return text
    Path(path).write_text(text, encoding="utf-8")
    return None
