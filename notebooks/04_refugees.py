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
# (end-year stocks, 2011 to the latest year): growth, doubling time, burden per 1,000
# inhabitants, and the article's claim checked against the series.
#
# **Stocks, not flows.** UNHCR reports how many refugees a country hosts at the end of each
# year. The difference between two years is a *net* change — arrivals minus departures,
# returns, resettlement, naturalisation and deaths, plus registration changes — never the
# number who crossed.

# %% tags=["parameters"]
host = "TUR"
claim_year = 2019  # the article is dated 29 Jan 2020: the latest stock it could use is end-2019
growth_start, growth_end = 2013, 2017

# %%
# %matplotlib inline

import idlibstats as s

series = s.plot.refugee_series()
wide = series.pivot(index="year", columns="iso3", values="refugees")
hosts = ["TUR", "LBN", "JOR", "DEU", "IRQ", "EGY"]
(wide[hosts] / 1e6).round(3)

# %%
s.plot.refugees_by_host()

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
# reports as refugees. "More than 3.5 million" is a fair, slightly rounded-down reading of
# the end-2018 and end-2019 stocks (3.62 and 3.58 million). It is a floor: the article's
# wording does not claim more, and the registered count leaves out the unregistered.
#
# Note that Turkey's stock *fell* between the end of 2018 and the end of 2019 and peaked at
# the end of 2021; from 2022 it declines fast. "Already hosts" was true in January 2020;
# the same words would overstate the stock today.

# %% [markdown]
# ## Growth and doubling time
#
# Average annual growth between two end-year stocks is `ln(S1/S0) / years`; the doubling
# time is `ln 2` divided by it. These describe registered stocks, so there is no sampling
# interval: the uncertainty is in registration, not in chance.

# %%
turkey = wide[host].dropna()
g = s.stock_growth(turkey, growth_start, growth_end)
g

# %%
print(
    f"{growth_start}–{growth_end}: {g.percent_per_year:.0f}% a year, "
    f"doubling every {g.doubling_time:.1f} years"
)
late = s.stock_growth(turkey, 2017, claim_year)
print(
    f"2017–{claim_year}: {late.percent_per_year:.1f}% a year — the stock had levelled off "
    "before the article."
)

# %%
changes = s.stock_changes(turkey)
changes[["year", "stock", "change", "percent_per_year", "note"]]

# %% [markdown]
# ## Burden: refugees per 1,000 inhabitants
#
# Denominators are end-year populations from the national statistics offices, hand-entered
# with their citations in the bundled `host_population` table. The claim becomes a lower
# bound on the burden.

# %%
burden_claim = s.burden(claim, host, claim_year)
burden_claim

# %%
print(f"denominator: {burden_claim.population:,.0f} ({burden_claim.population_source})")
burdens = s.plot.burden_series()
burdens.pivot(index="year", columns="iso3", values="per_1000").round(1)

# %%
s.plot.refugee_burden()

# %% [markdown]
# **Caveats.** Only hosts with a bundled population figure get a burden; UNHCR's latest year
# may be provisional; registration drives the stock (Turkey's numbers follow its registration
# and verification campaigns, Lebanon stopped new UNHCR registrations in 2015, so its count is
# a floor); and a national ratio hides concentration (Syrians are a much larger share of the
# population in Kilis or Gaziantep than in Turkey as a whole).
