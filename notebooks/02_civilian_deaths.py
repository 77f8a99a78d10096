# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 02 · "More than 1,300 civilians killed between May and August 2019"
#
# The seed article quotes the United Nations: *more than 1,300 civilians were killed in
# airstrikes and shelling by the regime and Russian forces between May and August 2019*. This
# notebook turns that sentence into a rate with its honest, one-sided bound, and sets it
# against the Uppsala Conflict Data Program's event data for Idlib and north-west Syria:
# the UCDP GED file with version id 652.1601.1911, a release that covers 1 January 2016 to
# 30 November 2019 (not the annual GED 19.1, which covers 1989–2018).
#
# The parameters set the rate unit and the window over which UCDP is counted (by default the
# UN figure's own period).

# %% tags=["parameters"]
per = "day"  # unit of the rates: day, week, month or year
period_start = "2019-05-01"
period_end = "2019-08-31"

# %%
# %matplotlib inline
import pandas as pd
from IPython.display import Markdown

import idlibstats as s

seed = s.datasets.load("seed_figures")
un = seed[(seed["measure"] == "killed") & (seed["source"] == "UN")].iloc[0]
un[["quote", "value", "lower", "upper", "qualifier", "period_start", "period_end", "source"]]

# %% [markdown]
# ## The UN figure as a rate
#
# "More than" a number means at least that number plus one; the period counts both of its
# ends. The wording gives a floor, not a value: the rate is *at least* that many deaths over
# the period's days, with no upper limit. The 95% lower limit below treats the deaths as a
# Poisson count; it covers chance variation only, not deaths the UN could not verify (which
# would push the true number up, not down).

# %%
un_rate = s.rate_from_figure(un, per=per)
print(f"at least {un_rate.count:,.0f} deaths over {un_rate.exposure:g} days")
un_rate

# %% [markdown]
# ## UCDP's monthly counts
#
# The bundled tables `ucdp_deaths_monthly_governorate` and `ucdp_deaths_monthly_district` sum
# UCDP GED events per OCHA governorate (district) and month (explicit zero months; events
# dated by their first day). UCDP records an event only when a credible source reports at
# least one death in organised violence at a known place and date; `deaths_civilians` is its
# count of civilians among the dead, `deaths_best` its best estimate of all deaths.

# %%
monthly = s.datasets.load("ucdp_deaths_monthly_governorate")
district = s.datasets.load("ucdp_deaths_monthly_district")
print(monthly.attrs["provenance"]["description"])
monthly.head()

# %% [markdown]
# "North-west Syria" is the package's one definition, `s.NORTH_WEST_SYRIA`: Idleb governorate
# and the adjacent front-line districts of Hama, Lattakia and Aleppo, summed from the district
# table. It approximates the UN's area but is not the same area: it takes in Aleppo city
# (Jebel Saman district; its 2016 siege dominates the early months) and places UCDP events in
# districts outside Idleb by UCDP's names only. The comparison with the UN can therefore err
# in either direction; it is not a bound on UCDP.

# %%
print(s.NORTH_WEST_SYRIA.note)
civ = s.plot.monthly_series(monthly, "deaths_civilians", district)
civ[(civ["period_start"] >= period_start) & (civ["period_end"] <= period_end)]

# %%
s.plot.civilian_deaths_monthly(monthly, seed, district, period_start, period_end)

# %% [markdown]
# ## Side by side over the comparison window
#
# UCDP's totals over the whole months from `period_start` to `period_end`, as rates with
# exact Poisson (Garwood) 95% intervals.

# %%
totals = s.plot.period_totals(monthly, period_start, period_end, district=district)
ucdp_rates = s.rates(totals, count="count", exposure="exposure_days", per=per)
table = ucdp_rates.table
table

# %%
s.plot.un_vs_ucdp(monthly, seed, district, period_start, period_end)

# %% [markdown]
# ## The gap
#
# The UN's floor against UCDP's civilian count for north-west Syria and for Idleb alone.

# %%
nw = totals.query("area == 'north_west' and measure == 'civilian deaths'").iloc[0]
idleb = totals.query("area == 'idleb' and measure == 'civilian deaths'").iloc[0]
nw_civ, idleb_civ, days = int(nw["count"]), int(idleb["count"]), int(nw["exposure_days"])
un_min = un_rate.count
same_window = (nw["period_start"], nw["period_end"]) == (un["period_start"], un["period_end"])
print(
    f"UCDP window {nw['period_start']:%-d %b %Y} – {nw['period_end']:%-d %b %Y} ({days} days); "
    f"UN period {un['period_start']:%-d %b %Y} – {un['period_end']:%-d %b %Y} "
    f"({un_rate.exposure:g} days)"
)
print(
    f"UN: at least {un_min:,.0f} civilians; UCDP north-west: {nw_civ:,}; UCDP Idleb: {idleb_civ:,}"
)
if same_window:
    print(
        f"UCDP north-west is {nw_civ / un_min:.0%} of the UN's floor, so at most "
        f"{nw_civ / un_min:.0%} of the UN's count (which is larger than its floor); Idleb alone "
        f"{idleb_civ / un_min:.0%} of the floor. North-west falls {un_min - nw_civ:,.0f} short of "
        "the floor, so at least that far short of the UN's count."
    )
# UCDP's all-deaths best estimate against its own civilian count, per area
every = totals.query("measure == 'all deaths'").set_index("area")["count"]
for area, n_civ in (("idleb", idleb_civ), ("north_west", nw_civ)):
    print(
        f"UCDP {area}: all deaths (deaths_best) {every[area]:,} = "
        f"{every[area] / n_civ:.1f} times its civilian count {n_civ:,}"
    )

# %% [markdown]
# ## How far below the UN, allowing for chance
#
# The ratio of UCDP's civilian death rate to the UN's, each over its own number of days. The
# UN's true count is some number at or above its floor, and a larger UN count only makes the
# ratio smaller: the ratio to the floor is the *largest* the ratio can be, and a lower limit
# means nothing. Only an upper limit is informative. Treating UCDP's count and the UN's floor
# as Poisson counts, the one-sided 95% upper limit is the upper end of the exact conditional
# two-sided *90%* interval (`rate_ratio(..., alpha=0.10)`): the ratio is below it with 95%
# confidence. It covers chance variation only; the UN's figure is a verified tally, not a
# Poisson draw.

# %%
level = 0.95  # one-sided confidence level of the upper limit
ratios = {
    area: s.rate_ratio(n, days, int(un_min), un_rate.exposure, alpha=2 * (1 - level))
    for area, n in (("north_west", nw_civ), ("idleb", idleb_civ))
}
ratio = ratios["north_west"]
pd.DataFrame(
    {
        "UCDP civilian deaths": [int(r.count1) for r in ratios.values()],
        "UN floor": [int(r.count2) for r in ratios.values()],
        "rate ratio to the floor (largest possible)": [
            round(r.estimate, 3) for r in ratios.values()
        ],
        f"one-sided {level:.0%} upper limit": [round(r.upper, 3) for r in ratios.values()],
    },
    index=pd.Index(list(ratios), name="UCDP area"),
)

# %%
Markdown(
    f"UCDP's civilian death rate for north-west Syria is at most {ratio.upper:.0%} of the UN's "
    f"(one-sided {level:.0%} upper limit; {ratio.estimate:.0%} against the floor itself), and "
    f"Idleb's alone at most {ratios['idleb'].upper:.0%}. "
    + (
        "Both rates are over the same days, so this is also the ratio of the counts."
        if same_window
        else "The two rates are over different windows."
    )
    + (
        " Chance variation alone does not explain the gap: even the upper limit is below 1."
        if ratio.upper < 1
        else " The upper limit reaches 1: this window does not show UCDP below the UN."
    )
)

# %% [markdown]
# Which months were the deadliest for Idleb's civilians in UCDP's record?

# %%
civ.nlargest(5, "idleb")[["period_start", "idleb", "north_west"]]

# %% [markdown]
# ## Why the two differ
#
# - **Definitions.** UCDP counts deaths in *organised violence* events and splits them into
#   sides and civilians by what the sources say; a death whose status is unclear goes to
#   `deaths_unknown`, not to civilians. UN casualty figures for Syria come from the human
#   rights office (OHCHR), which counts only civilians it has *verified* individually (the
#   article does not say which UN body gave the figure). The UN's figure is civilians only;
#   UCDP's `deaths_best` is everyone, fighters included (its ratio to the civilian count is
#   printed under "The gap").
# - **Coverage.** UCDP needs a report with a place, a date and a death toll for each event;
#   deaths reported only in aggregate ("dozens killed this week") are hard to code and are
#   often left out. Monitors such as SOHR and SNHR, and the UN, collect individual cases.
# - **Conservatism.** UCDP's best estimate is deliberately cautious: when sources disagree it
#   takes the most reliable, not the largest, and its `low`/`high` columns bracket it.
# - **Area and time.** The UN does not define its "north-west Syria"; ours (above) is an
#   approximation built from whole OCHA districts. Events are dated by their first day, and
#   the UCDP release used here (version id 652.1601.1911) ends on 30 November 2019, before the
#   January 2020 offensive the article reports.
# - **One-sidedness.** The UN figure is a floor. Even if UCDP matched it exactly, the true
#   number could be higher than both.

# %%
window = (civ["period_start"] >= period_start) & (civ["period_end"] <= period_end)
top = civ.nlargest(int(window.sum()), "idleb")["period_start"]
in_window = int(top.isin(civ.loc[window, "period_start"]).sum())
Markdown(
    f"**What can be said.** UCDP, a conservative event dataset, records about "
    f"{nw_civ / days:.1f} civilian deaths a day in north-west Syria between "
    f"{nw['period_start']:%-d %B} and {nw['period_end']:%-d %B %Y}; the UN's figure is "
    f"at least {un_min / un_rate.exposure:.1f} a day, so UCDP's rate is at most "
    f"{ratio.upper:.0%} of the UN's (one-sided {level:.0%} upper limit of the rate ratio; "
    f"{ratio.estimate:.0%} of the floor). {in_window} of Idleb's {len(top)} deadliest months "
    f"for civilians in UCDP's {civ['period_start'].min():%Y}–{civ['period_end'].max():%Y} "
    "record fall in this window (table above). A gap in this direction is what one expects "
    "between event coding and case verification."
)
