"""Events to counts by period and administrative unit, with explicit zero-count periods.

Two steps, both vectorised (no Python loop over events):

1. :func:`place_events` gives each event OCHA P-codes: first from UCDP's ``adm_1``/``adm_2``
   names through :func:`idlibstats.load.admin.crosswalk_ucdp`, then, for events whose name is
   empty, from their coordinates (:func:`idlibstats.load.admin.point_to_pcode`). Events that
   stay unplaced are counted and announced, never silently lost.
2. :func:`count_events` counts events and sums deaths per unit and period (day, week or month)
   over a requested date range, with a row for every unit and every period, zeros included,
   and the exposure of each row in days: the columns the rate and trend estimators take.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence

import numpy as np
import pandas as pd

from idlibstats.errors import DataQualityWarning
from idlibstats.load.admin import crosswalk_ucdp, load_admin_units, point_to_pcode

__all__ = ["PERIODS", "count_events", "place_events"]

#: Period names and their pandas period frequencies (weeks run Monday to Sunday).
PERIODS = {"day": "D", "week": "W-SUN", "month": "M"}

_LEVELS = {"governorate": 1, "district": 2}


def place_events(
    events: pd.DataFrame, *, by_coordinates: bool = True, warn: bool = True
) -> pd.DataFrame:
    """Add OCHA governorate and district P-codes and names to UCDP events.

    Parameters
    ----------
    events : pandas.DataFrame
        UCDP GED events (``adm_1``, ``adm_2``, ``latitude``, ``longitude``), e.g. from
        :func:`idlibstats.load_ucdp_ged`.
    by_coordinates : bool
        Place events with an empty UCDP name by point-in-polygon on the OCHA boundaries:
        governorates anywhere in Syria; districts only inside Idleb (SY07), the only
        governorate whose district polygons the shared data hold, and only when the district
        lies in the event's governorate.
    warn : bool
        Emit a :class:`DataQualityWarning` with the numbers of unplaced events.

    Returns
    -------
    pandas.DataFrame
        A copy of ``events`` with ``adm1_pcode``, ``adm1_name``, ``adm2_pcode``, ``adm2_name``
        (OCHA; categoricals whose categories are all units of the level, so they stay small on
        millions of events) and how each level was placed (``adm1_placed_by``,
        ``adm2_placed_by``: categorical ``"name"``, ``"coordinates"``, missing when unplaced). ``attrs["unplaced"]`` holds
        ``{"governorate": n1, "district": n2}``.

    Examples
    --------
    >>> import pandas as pd
    >>> ev = pd.DataFrame({"adm_1": ["Idlib Governorate", None],
    ...                    "adm_2": ["Ariha district", None],
    ...                    "latitude": [35.81, 35.6478], "longitude": [36.61, 36.6746]})
    >>> place_events(ev, warn=False)[["adm1_pcode", "adm2_pcode", "adm2_placed_by"]].values.tolist()
    [['SY07', 'SY0705', 'name'], ['SY07', 'SY0702', 'coordinates']]
    """
    out = events.copy(deep=False)  # copy-on-write: new columns do not touch events
    # crosswalk the distinct (adm_1, adm_2) pairs only, then map back by integer codes
    c1, u1 = pd.factorize(out["adm_1"])
    c2, u2 = pd.factorize(out["adm_2"])
    pair = (c1.astype(np.int64) + 1) * (len(u2) + 1) + (c2 + 1)
    inv, upair = pd.factorize(pair)  # hash-based: faster than np.unique on 1M events
    i1, i2 = upair // (len(u2) + 1) - 1, upair % (len(u2) + 1) - 1
    a1 = np.append(np.asarray(u1, dtype=object), None)  # index -1 -> None (empty name)
    a2 = np.append(np.asarray(u2, dtype=object), None)
    cw = crosswalk_ucdp(pd.Series(a1[i1]), pd.Series(a2[i2]))
    units1 = load_admin_units(1).set_index("adm1_pcode")["adm1_name"]
    units2 = load_admin_units(2).set_index("adm2_pcode")["adm2_name"]
    # per level: category code of each event's P-code (-1 unplaced), and how it was placed
    codes, how = {}, {}
    for lv, units in ((1, units1), (2, units2)):
        cat = pd.Index(units.index, dtype="str")
        codes[lv] = cat.get_indexer(cw[f"adm{lv}_pcode"])[inv]
        how[lv] = np.where(codes[lv] >= 0, 0, -1)  # 0 = name, 1 = coordinates
    lat, lon = out["latitude"].to_numpy(), out["longitude"].to_numpy()
    if by_coordinates:
        m1 = codes[1] < 0
        if m1.any():
            p1 = _points(lat[m1], lon[m1], 1, point_to_pcode)
            got = pd.Index(units1.index, dtype="str").get_indexer(pd.Index(p1, dtype="str"))
            codes[1][m1] = got
            how[1][m1] = np.where(got >= 0, 1, -1)
        sy07 = pd.Index(units1.index, dtype="str").get_loc("SY07")
        m2 = (codes[2] < 0) & (codes[1] == sy07)
        if m2.any():
            p2 = pd.Index(_points(lat[m2], lon[m2], 2, point_to_pcode), dtype="str")
            got = pd.Index(units2.index, dtype="str").get_indexer(p2.where(p2.str[:4] == "SY07"))
            codes[2][m2] = got
            how[2][m2] = np.where(got >= 0, 1, -1)
    for lv, units in ((1, units1), (2, units2)):
        out[f"adm{lv}_pcode"] = pd.Categorical.from_codes(codes[lv], categories=units.index)
        names = pd.Index(units.unique(), dtype="str")
        name_code = names.get_indexer(units.to_numpy())[np.maximum(codes[lv], 0)]
        out[f"adm{lv}_name"] = pd.Categorical.from_codes(
            np.where(codes[lv] >= 0, name_code, -1), categories=names
        )
        out[f"adm{lv}_placed_by"] = pd.Categorical.from_codes(how[lv], ["name", "coordinates"])
    n1 = int(out["adm1_pcode"].isna().sum())
    n2 = int(out["adm2_pcode"].isna().sum())
    out.attrs["unplaced"] = {"governorate": n1, "district": n2}
    if warn and (n1 or n2):
        warnings.warn(
            f"{n1} of {len(out)} events not placed in a governorate and {n2} not in a district "
            "(empty UCDP names and no polygon to place them); they are left out of unit counts",
            DataQualityWarning,
            stacklevel=2,
        )
    return out


def _points(
    lat: np.ndarray, lon: np.ndarray, level: int, point_to_pcode: Callable[..., np.ndarray]
) -> np.ndarray:
    """point_to_pcode on the distinct coordinates only (events repeat places), mapped back."""
    xy, inv = np.unique(np.column_stack([lat, lon]), axis=0, return_inverse=True)
    return np.asarray(point_to_pcode(xy[:, 0], xy[:, 1], level), dtype=object)[inv.ravel()]


def _unit_table(level: int, units: Sequence[str] | None) -> pd.DataFrame:

    cols = ["adm1_pcode", "adm1_name"] + (["adm2_pcode", "adm2_name"] if level == 2 else [])
    tab = load_admin_units(level)[cols].drop_duplicates().sort_values(cols[-2])
    if units is not None:
        code = tab[f"adm{level}_pcode"]
        keep = np.zeros(len(tab), dtype=bool)
        for u in units:
            keep |= code.str.startswith(u).to_numpy()
        tab = tab[keep]
    return tab.reset_index(drop=True)


def count_events(
    events: pd.DataFrame,
    *,
    period: str = "month",
    level: str | None = "district",
    start: str | pd.Timestamp | None = None,
    end: str | pd.Timestamp | None = None,
    values: Sequence[str] = ("best", "low", "high", "deaths_civilians"),
    measure: str = "events",
    units: Sequence[str] | None = None,
    date: str = "date_start",
) -> pd.DataFrame:
    """Count events and sum deaths per admin unit and period, zero rows included.

    Parameters
    ----------
    events : pandas.DataFrame
        Events with a date column and, for ``level`` not None, P-codes from
        :func:`place_events` (placed here if the columns are missing).
    period : {"day", "week", "month"}
        Period length; weeks run Monday to Sunday.
    level : {"district", "governorate", None}
        Unit level: every OCHA unit of that level gets a row per period (units with no event
        get zeros). None counts all events together.
    start, end : date-like, optional
        First and last day counted (inclusive); default the first and last event date. Periods
        cut by the range get the exposure of the days inside it.
    values : sequence of str
        Numeric event columns summed per row (UCDP: ``best``, ``low``, ``high``,
        ``deaths_civilians``...).
    measure : str
        Column copied into ``count``: ``"events"`` or one of ``values``.
    units : sequence of str, optional
        Keep only units whose P-code starts with one of these (e.g. ``["SY07"]``: Idleb).
    date : str
        Date column that places an event in a period (events are dated by their first day).

    Returns
    -------
    pandas.DataFrame
        One row per unit x period, sorted: unit columns (``adm1_pcode``, ``adm1_name`` and at
        district level ``adm2_pcode``, ``adm2_name``), ``period`` (text: ``2019-05``,
        ``2019-05-06`` for the week starting that Monday, or the day), ``period_start``,
        ``period_end`` (datetime64, inclusive, clipped to the range), ``exposure_days``,
        ``events``, the ``values`` sums (int64), and ``count`` (= ``measure``).
        ``attrs["left_out"]`` counts the events left out: ``outside_range`` (dated outside
        ``start``..``end``), ``no_date`` (no date in ``date``) and ``not_placed_in_<level>``.

    Examples
    --------
    >>> import pandas as pd
    >>> ev = pd.DataFrame({"date_start": pd.to_datetime(["2019-05-03", "2019-07-01"]),
    ...                    "best": [4, 2]})
    >>> t = count_events(ev, level=None, values=["best"], measure="best",
    ...                  start="2019-05-01", end="2019-07-15")
    >>> t[["period", "exposure_days", "events", "count"]].values.tolist()
    [['2019-05', 31, 1, 4], ['2019-06', 30, 0, 0], ['2019-07', 15, 1, 2]]
    """
    if period not in PERIODS:
        raise ValueError(f"period must be one of {sorted(PERIODS)}, not {period!r}")
    if level is not None and level not in _LEVELS:
        raise ValueError(f"level must be 'district', 'governorate' or None, not {level!r}")
    values = list(values)
    if measure != "events" and measure not in values:
        raise ValueError(f"measure must be 'events' or one of {values}, not {measure!r}")
    missing = [c for c in [date, *values] if c not in events.columns]
    if missing:
        raise ValueError(f"events lack column(s) {missing}")
    freq = PERIODS[period]
    dates = pd.to_datetime(events[date])
    start = pd.Timestamp(start) if start is not None else dates.min().normalize()
    end = pd.Timestamp(end) if end is not None else dates.max().normalize()
    if end < start:
        raise ValueError(f"end {end.date()} is before start {start.date()}")
    inside = ((dates >= start) & (dates < end + pd.Timedelta(days=1))).to_numpy()
    no_date = dates.isna().to_numpy()
    left_out = {"outside_range": int((~inside & ~no_date).sum()), "no_date": int(no_date.sum())}

    keys: list[str] = []
    unit_tab = pd.DataFrame(index=[0])
    ev = events.loc[inside, values].copy()
    if level is not None:
        lv = _LEVELS[level]
        code = f"adm{lv}_pcode"
        if code not in events.columns:
            events = place_events(events)
        ev[code] = events.loc[inside, code]
        unit_tab = _unit_table(lv, units)
        placed = ev[code].notna()
        left_out[f"not_placed_in_{level}"] = int((~placed).sum())
        ev = ev[placed & ev[code].isin(unit_tab[code])]
        keys = [code]
    # periods of the distinct days only (a few thousand), then taken per event
    day_code, days = pd.factorize(dates[inside].loc[ev.index].dt.normalize())
    ev["period"] = pd.PeriodIndex(days.to_period(freq)).take(day_code)
    ev["events"] = 1
    sums = ev.groupby([*keys, "period"], observed=True)[["events", *values]].sum()
    if keys:  # categorical P-codes -> plain text, to line up with the unit table
        sums.index = sums.index.set_levels(sums.index.levels[0].astype("str"), level=0)

    periods = pd.period_range(start.to_period(freq), end.to_period(freq), freq=freq)
    if keys:
        full = pd.MultiIndex.from_product([unit_tab[keys[0]], periods], names=[*keys, "period"])
    else:
        full = pd.Index(periods, name="period")
    sums = sums.reindex(full, fill_value=0).astype("int64").reset_index()
    out = unit_tab.merge(sums, on=keys) if keys else sums
    p = out.pop("period")
    label = p.dt.start_time.dt.strftime("%Y-%m-%d") if period == "week" else p.astype(str)
    out.insert(len(unit_tab.columns) if keys else 0, "period", label)
    p_start = p.dt.start_time.clip(lower=start)
    p_end = p.dt.end_time.dt.normalize().clip(upper=end)
    pos = out.columns.get_loc("period") + 1
    out.insert(pos, "period_start", p_start.astype("datetime64[ns]"))
    out.insert(pos + 1, "period_end", p_end.astype("datetime64[ns]"))
    out.insert(pos + 2, "exposure_days", ((p_end - p_start).dt.days + 1).astype("int64"))
    out["count"] = out[measure]
    out.attrs["left_out"] = left_out
    return out
