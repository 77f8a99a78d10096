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
# # 04 · "Turkey already hosts more than 3.5 million Syrian refugees"
#
# Syrian refugees in Turkey and the other main hosts, from UNHCR's Refugee Data Finder
# (end-year stocks, 2011 on; the latest year of the bundled release may be a mid-year figure,
# see below): growth, doubling time, burden per 1,000 inhabitants for the hosts with a bundled
# population figure, and the article's claim checked against the series.
#
# **Stocks, not flows.** UNHCR reports how many refugees a country hosts at the end of each
# year. The difference between two years is a *net* change — arrivals minus departures,
# returns, resettlement, naturalisation and deaths, plus registration changes — never the
# number who crossed.

# %% tags=["parameters"]
host = "TUR"
claim_year = 2019  # the article is dated 29 Jan 2020: the latest stock it could use is end-2019
growth_start, growth_end = 2013, 2017
# First year of registered stocks for the host: UNHCR's series for Turkey counts Syrians from
# 2012, when registration began; its 2011 figure is not a stock comparable to later years.
first_stock_year = 2012

# %%
# %matplotlib inline
import pandas as pd
from IPython.display import Markdown

import idlibstats as s

series = s.plot.refugee_series()
wide = series.pivot(index="year", columns="iso3", values="refugees")
hosts = ["TUR", "LBN", "JOR", "DEU", "IRQ", "EGY"]
partial = sorted(set(series.loc[series["partial"], "year"]))
print(s.datasets.load("unhcr_syrian_refugees_by_asylum").attrs["provenance"]["notes"][0])
print(f"not end-year stocks (mid-year figures of the bundled release): {partial or 'none'}")
(wide[hosts] / 1e6).round(3)

# %% [markdown]
# The bundled table comes from UNHCR's `refugees` R package release 2025.12.1 (December
# 2025). End-year stocks for a year are published the following June, so that release cannot
# hold end-2025 stocks: its 2025 rows are a mid-year figure. The figures draw such years as
# hollow points and say so in the source line.

# %%
s.plot.refugees_by_host(None, None, claim_year)

# %% [markdown]
# ## The claim against the series

# %%
seed = s.datasets.load("seed_figures")
claim = seed[(seed["measure"] == "refugees") & (seed["qualifier"] != "vague")].iloc[0]
stock = wide.loc[claim_year, host]
print(
    f"claim: {claim['phrase']!r} Syrian refugees in Turkey ({claim['qualifier']}, "
    f"lower bound {claim['lower']:,.0f}); source in the text: {claim['source'] or 'none'}"
)
print(
    f"UNHCR end-{claim_year}: {stock:,.0f}; end-{claim_year - 1}: "
    f"{wide.loc[claim_year - 1, host]:,.0f}"
)
print("consistent with the claim" if stock > claim["lower"] else "NOT consistent with the claim")

# %% [markdown]
# UNHCR's figure for Turkey is the Turkish government's count of Syrians under *temporary
# protection* (registered by the Directorate General of Migration Management), which UNHCR
# reports as refugees. The article's wording is a floor: it does not claim more, and the
# registered count leaves out the unregistered. How the stock moved before and after the
# article:

# %%
end_year = wide[host].drop(index=partial, errors="ignore").dropna()
peak_year = int(end_year.idxmax())
last_year = int(end_year.index.max())
Markdown(
    f"End-{claim_year - 1} and end-{claim_year} stocks: "
    f"{end_year[claim_year - 1] / 1e6:.2f} and {end_year[claim_year] / 1e6:.2f} million "
    f"({'fell' if end_year[claim_year] < end_year[claim_year - 1] else 'rose'} over "
    f"{claim_year}). The end-year stock peaked at the end of {peak_year} "
    f"({end_year[peak_year] / 1e6:.2f} million); at the end of {last_year}, the latest end-year "
    f"stock, it was {end_year[last_year] / 1e6:.2f} million "
    f"({end_year[last_year] / end_year[peak_year] - 1:+.0%} on the peak)."
    + "".join(
        f" The {y} mid-year figure is {wide.loc[y, host] / 1e6:.2f} million." for y in partial
    )
)

# %% [markdown]
# "Already hosts" described the stock the article could see in January 2020; the same words
# need checking against the latest stock before they are reused.

# %% [markdown]
# ## Growth and doubling time
#
# Between two end-year stocks `S0` and `S1`, `years` apart:
#
# - the **log growth rate** is `r = ln(S1/S0) / years` (per year);
# - the **compound annual change** is `100 (exp(r) − 1)` percent a year: the constant yearly
#   percentage that takes `S0` to `S1`;
# - the **doubling time** is `ln 2 / r` years (negative: a halving time).
#
# These describe registered stocks, so there is no sampling interval: the uncertainty is in
# registration, not in chance.

# %%
turkey = wide[host].dropna()
g = s.stock_growth(turkey, growth_start, growth_end)
late = s.stock_growth(turkey, growth_end, claim_year)
pd.DataFrame(
    {
        "period": f"{r.start_year}–{r.end_year}",
        "stock at start": f"{r.start_stock:,.0f}",
        "stock at end": f"{r.end_stock:,.0f}",
        "log growth rate (per year)": f"{r.estimate:.3f}",
        "compound annual change": f"{r.percent_per_year:+.1f}%",
        "doubling time (years)": f"{r.doubling_time:.1f}",
    }
    for r in (g, late)
).set_index("period")

# %%
print(
    f"{growth_start}–{growth_end}: log growth rate {g.estimate:.2f} a year, i.e. a compound "
    f"{g.percent_per_year:.0f}% a year; doubling every {g.doubling_time:.1f} years"
)
print(
    f"{growth_end}–{claim_year}: log growth rate {late.estimate:.3f} a year, i.e. a compound "
    f"{late.percent_per_year:.1f}% a year, against {g.percent_per_year:.0f}% in "
    f"{growth_start}–{growth_end}"
)

# %% [markdown]
# Year-on-year changes of the end-year stock, each a *net* change:

# %%
kept = end_year.loc[first_stock_year:]
changes = s.stock_changes(kept)
before = end_year.loc[: first_stock_year - 1]
Markdown(
    f"The table starts at {first_stock_year}. "
    + (
        f"UNHCR's end-{before.index[-1]} figure for {host} is {before.iloc[-1]:,.0f}, against "
        f"{kept.iloc[0]:,.0f} a year later: registration began in {first_stock_year}, so "
        f"{before.index[-1]} is not a stock comparable to later years, and the change into "
        f"{first_stock_year} (a {kept.iloc[0] / before.iloc[-1]:,.0f}-fold rise on paper) is "
        "left out. "
        if len(before) and before.iloc[-1] > 0
        else ""
    )
    + "".join(
        f"The {y} mid-year figure is left out too: its change from the previous end-year "
        "stock covers half a year, not a year. "
        for y in partial
    )
    + f"Every change is a {s.STOCK_NOTE}."
)

# %%
pd.DataFrame(
    {
        "year": changes["year"],
        "end-year stock": changes["stock"].map("{:,.0f}".format),
        "change": changes["change"].map(lambda v: "" if pd.isna(v) else f"{v:+,.0f}"),
        "log growth": changes["log_growth"].map(lambda v: "" if pd.isna(v) else f"{v:+.3f}"),
        "change, % a year": changes["percent_per_year"].map(
            lambda v: "" if pd.isna(v) else f"{v:+.1f}%"
        ),
    }
).set_index("year")

# %% [markdown]
# ## Burden: refugees per 1,000 inhabitants, Turkey and Germany
#
# Denominators are end-year populations from the national statistics offices, hand-entered
# with their citations in the bundled `host_population` table, which so far holds Turkey and
# Germany only: Lebanon's and Jordan's denominators are not
# bundled yet, so they have no burden here. The claim becomes a lower bound on Turkey's burden.

# %%
burden_claim = s.burden(claim, host, claim_year)
# "more than 3.5 million" is a count of at least 3,500,001: the burden is bounded the same way
worded = burden_claim.relation.replace("_", " ")
print(
    f"{host}, end-{burden_claim.year}: {worded} {burden_claim.estimate:.1f} Syrian refugees per "
    f"{burden_claim.per:,.0f} inhabitants (the claim: {worded} {burden_claim.stock:,.0f} over "
    f"a population of {burden_claim.population:,.0f}); a bound from the wording, not a "
    "confidence interval"
)

# %%
print(f"denominator: {burden_claim.population:,.0f} ({burden_claim.population_source})")
burdens = s.plot.burden_series()
print("hosts with a bundled denominator:", ", ".join(sorted(burdens["iso3"].unique())))
burdens.pivot(index="year", columns="iso3", values="per_1000").round(1)

# %%
s.plot.refugee_burden(None, None, claim_year)

# %% [markdown]
# **Caveats.** Only hosts with a bundled population figure get a burden (Turkey and Germany
# for now); UNHCR's latest year is a mid-year figure in this release; registration drives the stock (Turkey's numbers follow its registration
# and verification campaigns, Lebanon stopped new UNHCR registrations in 2015, so its count is
# a floor); and a national ratio hides concentration (Syrians are a much larger share of the
# population in Kilis or Gaziantep than in Turkey as a whole).
