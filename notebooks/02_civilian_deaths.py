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
# against the Uppsala Conflict Data Program's event data (UCDP GED 19.1, version
# 652.1601.1911) for Idlib and north-west Syria, 2016–2019.

# %% tags=["parameters"]
per = "day"  # unit of the rates: day, week, month or year
period_start = "2019-05-01"
period_end = "2019-08-31"

# %%
# %matplotlib inline
import pandas as pd

import idlibstats as s

seed = s.datasets.load("seed_figures")
un = seed[(seed["measure"] == "killed") & (seed["source"] == "UN")].iloc[0]
un[["quote", "value", "lower", "upper", "qualifier", "period_start", "period_end", "source"]]

# %% [markdown]
# ## The UN figure as a rate
#
# "More than 1,300" means at least 1,301 deaths; May–August 2019 is 123 days (both ends
# counted). The wording gives a floor, not a value: the rate is *at least* 1,301 / 123 deaths a
# day, with no upper limit. The 95% lower limit below treats the deaths as a Poisson count; it
# covers chance variation only, not deaths the UN could not verify (which would push the true
# number up, not down).

# %%
un_rate = s.rate_from_figure(un, per=per)
un_rate

# %% [markdown]
# ## UCDP's monthly counts
#
# The bundled table `ucdp_deaths_monthly_governorate` sums UCDP GED events per OCHA
# governorate and month (explicit zero months; events dated by their first day). UCDP
# records an event only when a credible source reports at least one death in organised
# violence at a known place and date; `deaths_civilians` is its count of civilians among the
# dead, `deaths_best` its best estimate of all deaths.

# %%
monthly = s.datasets.load("ucdp_deaths_monthly_governorate")
print(monthly.attrs["provenance"]["description"])
monthly.head()

# %% [markdown]
# "North-west Syria" here means the whole governorates of Idleb, Hama, Aleppo and Lattakia.
# That is wider than the UN's area (Idlib plus the adjoining parts of the other three), so
# UCDP's north-west totals are, if anything, too generous to UCDP.

# %%
civ = s.plot.monthly_series(monthly, "deaths_civilians")
civ[(civ["period_start"] >= period_start) & (civ["period_end"] <= period_end)]

# %%
s.plot.civilian_deaths_monthly(monthly, seed)

# %% [markdown]
# ## Side by side, May–August 2019
#
# The same 123 days, as deaths per day with exact Poisson (Garwood) 95% intervals.

# %%
totals = s.plot.period_totals(monthly, pd.Timestamp(period_start), pd.Timestamp(period_end))
ucdp_rates = s.rate(totals["count"].to_numpy(), totals["exposure_days"].to_numpy(), per=per)
table = pd.concat([totals, ucdp_rates[["rate", "lower", "upper"]]], axis=1)
table

# %%
s.plot.un_vs_ucdp(monthly, seed)

# %% [markdown]
# ## The gap
#
# The UN's floor against UCDP's civilian count for the whole of north-west Syria: UCDP records
# at most this share of what the UN says happened at a minimum.

# %%
nw_civ = int(totals.query("area == 'north_west' and measure == 'civilian deaths'")["count"].iloc[0])
idleb_civ = int(totals.query("area == 'idleb' and measure == 'civilian deaths'")["count"].iloc[0])
un_min = un_rate.count
print(
    f"UN: at least {un_min:,.0f} civilians; UCDP north-west: {nw_civ:,}; UCDP Idleb: {idleb_civ:,}"
)
print(
    f"UCDP north-west is at most {nw_civ / un_min:.0%} of the UN's floor; "
    f"Idleb alone at most {idleb_civ / un_min:.0%}."
)
print(
    f"UCDP's civilian column for the four governorates falls at least "
    f"{un_min - nw_civ:,.0f} short of the UN's floor."
)

# %% [markdown]
# As rates, the ratio of UCDP's north-west civilian rate to the UN's floor, with an exact
# conditional interval (treating the UN floor as if it were a count), shows the gap is not
# chance variation:

# %%
s.rate_ratio(nw_civ, 123, int(un_min), 123)

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
#   article does not say which UN body gave the figure). The UN's 1,300 is civilians only; UCDP's `deaths_best` (several times larger
#   in the table above) is everyone, fighters included.
# - **Coverage.** UCDP needs a report with a place, a date and a death toll for each event;
#   deaths reported only in aggregate ("dozens killed this week") are hard to code and are
#   often left out. Monitors such as SOHR and SNHR, and the UN, collect individual cases.
# - **Conservatism.** UCDP's best estimate is deliberately cautious: when sources disagree it
#   takes the most reliable, not the largest, and its `low`/`high` columns bracket it.
# - **Area and time.** The UN's "north-west Syria" is smaller than four whole governorates, so
#   the comparison above flatters UCDP; events are dated by their first day, and UCDP 19.1
#   ends on 30 November 2019, before the January 2020 offensive the article reports.
# - **One-sidedness.** The UN figure is a floor. Even if UCDP matched it exactly, the true
#   number could be higher than both.
#
# What can be said: UCDP, a conservative event dataset, records about 9 civilian deaths a day
# in north-west Syria in May–August 2019; the UN's verified floor is at least 10.6 a day. The
# two agree in direction — May–August 2019 holds Idleb's deadliest months for civilians in
# UCDP's 2016–2019 record (table above) — and the gap is what one expects between event
# coding and case verification.
