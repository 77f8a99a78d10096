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
# # 03 · "24 villages and towns in less than four days"
#
# *SOHR said regime forces have gained control over 24 villages and towns in Syria in less than
# four days.* This notebook turns the sentence into a pace with its bounds, and maps Idlib's
# districts and sub-districts (OCHA P-codes) with the places the article names.

# %% tags=["parameters"]
per = "day"

# %%
# %matplotlib inline
import pandas as pd

import idlibstats as s

seed = s.datasets.load("seed_figures")
captured = seed[seed["measure"] == "captured"].iloc[0]
captured[["quote", "value", "qualifier", "duration_days", "duration_qualifier", "source", "place"]]

# %% [markdown]
# ## The pace, and why it is only a floor
#
# The count is exact but the duration is an upper bound ("less than four days"). A shorter
# time for the same count means a faster pace, so the wording supports *more than* the count
# divided by the stated days, and says nothing about how much faster. `rate_from_figure` reads
# both qualifiers and returns a lower-bounded rate:

# %%
pace = s.rate_from_figure(captured, per=per)
print(
    f"{captured['value']:g} {captured['subject']} in "
    f"{str(captured['duration_qualifier']).replace('_', ' ')} {captured['duration_days']:g} days: "
    f"{pace.relation.replace('_', ' ')} {pace.estimate:g} a {pace.per}"
)
pace

# %% [markdown]
# Had SOHR said "in four days", the rate would be two-sided:

# %%
s.rate(int(captured["value"]), captured["duration_days"], per=per)

# %% [markdown]
# **Caveats a reviewer will raise.**
#
# - The Poisson interval assumes captures happen independently at a steady rate. An offensive
#   takes villages in clusters (one town falls and its satellites with it), so the real
#   uncertainty is wider than the interval; read the lower limit as indicative.
# - "Villages and towns" mixes units of very different size, and "gained control" is the
#   claim of a monitor (SOHR) relayed by a news outlet, not an observed fact; the state news
#   agency SANA spoke instead of having "liberated most of the town's districts" of Maarat
#   al-Numan, and gave no count of villages.
# - The article gives no dates for the four days; the period columns are empty (NaT) and only
#   the duration is known. The UCDP release used here (GED version id 652.1601.1911) ends on
#   30 November 2019, so it cannot check the January 2020 advance.

# %% [markdown]
# ## Where: Idlib's districts, sub-districts and the article's places
#
# Boundaries are OCHA COD-AB v02 (valid 2020-12-17), simplified to about 200 m and bundled as
# `idlib_admin_boundaries`, so the map needs no raw data. The place points are OCHA's admin
# capitals, except al-Habit (not an admin capital), taken from UCDP GED's "Al Habit town".

# %%
bounds = s.plot.idlib_boundaries()
print(bounds.attrs["provenance"]["licence"])
bounds.groupby("kind").size()

# %%
s.plot.idlib_map(bounds)

# %% [markdown]
# Which sub-district (admin 3) holds each place? A point-in-polygon test on the bundled
# (simplified) polygons; for analysis use `idlibstats.load.admin.point_to_pcode` on the full
# OCHA polygons.

# %%
adm3 = bounds[bounds["kind"] == "adm3"]
adm2 = bounds[bounds["kind"] == "adm2"].set_index("pcode")["name"]
rows = []
for _, p in bounds[bounds["kind"] == "place"].iterrows():
    hit = adm3[[g.contains(p["geometry"]) for g in adm3["geometry"]]]
    rows.append(
        {
            "place (as in the article)": p["name"],
            "lon": round(p["geometry"].x, 4),
            "lat": round(p["geometry"].y, 4),
            "sub-district": hit["name"].iloc[0] if len(hit) else "outside Idleb",
            "P-code": hit["pcode"].iloc[0] if len(hit) else p["pcode"],
            "district": adm2.get(hit["parent_pcode"].iloc[0], "") if len(hit) else "",
        }
    )
places = pd.DataFrame(rows)
places

# %% [markdown]
# Maarat al-Numan (SY070200) is the seat of Al Ma'ra district (SY0702), the southern district
# that the 2019–2020 offensives cut through; al-Habit lies in Khan Shaykun sub-district at its
# southern edge. Abu al-Duhour is in the east of Idleb district, and al-Hader — one of the
# three "humanitarian corridors" SANA names — is not in Idlib at all but in Aleppo governorate
# (Jebel Saman district, SY020006).
#
# ## How deadly were these districts before the advance?
#
# UCDP's district table for Idleb (explicit zero months) gives context for the months before
# the article: deaths per district over the UN's May–August 2019 window.

# %%
district = s.datasets.load("ucdp_deaths_monthly_district")
un = seed[(seed["measure"] == "killed") & (seed["source"] == "UN")].iloc[0]
window = (un["period_start"], un["period_end"])
by_district = s.plot.district_deaths(district, *window)
by_district = by_district.sort_values("deaths_best", ascending=False, ignore_index=True)
governorate = s.datasets.load("ucdp_deaths_monthly_governorate")
in_window = (governorate["period_start"] >= window[0]) & (governorate["period_end"] <= window[1])
idleb_total = int(
    governorate.loc[in_window & (governorate["adm1_pcode"] == "SY07"), "deaths_best"].sum()
)
no_district = idleb_total - int(by_district["deaths_best"].sum())
print(
    f"Idleb governorate, same window: {idleb_total:,} deaths; {no_district:,} of them in no district"
)
top = by_district.iloc[0]
print(
    f"{top['adm2_name']} ({top['adm2_pcode']}): {top['deaths_best']:,} of "
    f"{by_district['deaths_best'].sum():,} deaths "
    f"({top['deaths_best'] / by_district['deaths_best'].sum():.0%}), "
    f"{window[0]:%-d %b} – {window[1]:%-d %b %Y}"
)
by_district

# %%
s.plot.idlib_district_deaths(district, bounds, *window)

# %% [markdown]
# Al Ma'ra district, where Maarat al-Numan and al-Habit lie, holds the largest share of the
# deaths UCDP recorded in Idleb over the summer of 2019 (printed above): the front line of the
# offensive ran through it (Khan Shaykun, in its south, fell in August 2019). The districts
# differ widely in area and population, so this is a map of where deaths were recorded, not of
# risk per inhabitant. UCDP places an event at the most precise location its sources give;
# Idleb events that UCDP names no district for are placed by their coordinates in the bundled
# table, and the governorate total printed above says how many deaths still fall in no
# district.
