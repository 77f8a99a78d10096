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
# # 06 · How many were not counted?
#
# Every casualty list is incomplete. "More than 1,300 civilians killed" is a *documented
# floor*: the deaths someone could verify, not the deaths there were. Where several
# organisations each keep a list of named victims, the overlaps between the lists say how many
# people no list recorded: if two lists that worked independently share few names, many
# victims are likely missing from both. This is *multiple systems estimation* (MSE, also
# called capture-recapture), the method HRDAG used for Kosovo, Peru, Guatemala and Syria.
#
# The data: killings in Kosovo, 20 March - 22 June 1999, as recorded by four sources, EXH
# (exhumations), ABA (American Bar Association interviews), OSCE and HRW (Human Rights Watch)
# (Ball et al. 2002, report to the ICTY; the aggregated table shipped with Manrique-Vallier's R
# package LCMCR). It is read from the shared reference folder, not bundled with idlibstats.
#
# Three estimators, each with a different idea of how the lists depend on each other:
# loglinear models (Rcapture's family), Bayesian model averaging over decomposable graphs (R's
# dga) and a Bayesian latent-class model (R's LCMCR). The latent-class run here is short so
# that the notebook runs in CI; set `lc_full = True` for the published run (1,010,000
# iterations, about 15 s).

# %% tags=["parameters"]
# requires-shared: reference/mse/kosovo_4lists.csv
kosovo_csv = None  # a path to another overlap table; None: Kosovo from ../shared/reference/mse
lc_full = False  # True: LCMCR's own run (burnin 10,000, 10,000 draws, thinning 100)
lc_seed = 1

# %%
# %matplotlib inline
import numpy as np
import pandas as pd
from IPython.display import Markdown
from matplotlib.figure import Figure

import idlibstats as s

table = s.capture_table(
    pd.read_csv(kosovo_csv or s.datasets.reference_file("mse", "kosovo_4lists.csv"))
)
n = table.n_observed
table

# %% [markdown]
# The diagonal holds each list's size, the other cells the people on both lists of a pair.
# The all-zero pattern (people on no list) is what the estimators infer.

# %%
table.table

# %% [markdown]
# ## Three estimates
#
# - **Independence** (`mse_loglinear(table, model="Mt")`): lists catch people independently,
#   everyone alike on a list. The simplest model; the overlap of lists that share sources or
#   reach the same people makes it too low.
# - **Best loglinear model by AIC** (`select="aic"`): every hierarchical model with two-way
#   interactions, ranked by AIC; it allows pairs of lists to depend on each other but not
#   three-way dependence, and trusts one model.
# - **Model averaging** (`mse_bma`, dga's defaults): every decomposable graphical model,
#   weighted by its posterior probability, with a prior 1/N on the population size.
# - **Latent classes** (`mse_latent_class`, LCMCR's defaults): people fall into latent
#   groups (e.g. easy and hard to reach); within a group the lists are independent. This
#   captures heterogeneity between people, which makes lists look positively dependent.

# %%
run = (
    {"burnin": 10_000, "samples": 10_000, "thinning": 100}
    if lc_full
    else {"burnin": 10_000, "samples": 2_000, "thinning": 100}
)
results = {
    "independence (Mt)": s.mse_loglinear(table, model="Mt"),
    "loglinear, AIC-best": s.mse_loglinear(table, select="aic"),
    "model averaging (BMA)": s.mse_bma(table),
    "latent classes (LCMCR)": s.mse_latent_class(table, seed=lc_seed, **run),
}
lc = results["latent classes (LCMCR)"]
summary = pd.DataFrame(
    [
        {
            "method": name,
            "estimate": r.estimate,
            "lower": r.lower,
            "upper": r.upper,
            "never recorded": r.estimate - n,
            "documented share": n / r.estimate,
            "assumes": r.method,
        }
        for name, r in results.items()
    ]
)
summary.style.format(
    {
        "estimate": "{:,.0f}",
        "lower": "{:,.0f}",
        "upper": "{:,.0f}",
        "never recorded": "{:,.0f}",
        "documented share": "{:.0%}",
    }
)

# %%
Markdown(
    f"The latent-class run kept {len(lc.draws):,} draws ({'full' if lc_full else 'short'} "
    f"run, {run['burnin'] + run['samples'] * run['thinning']:,} iterations); its effective "
    f"sample size is {lc.ess:,.0f} and the Monte Carlo error of its median about "
    f"{lc.mcse_median:,.0f}, against an interval {lc.upper - lc.lower:,.0f} wide. The "
    "warnings printed above the table are idlibstats flagging models that fit poorly."
)

# %% [markdown]
# ## The documented count against the estimates

# %%
names = list(results)
with s.plot.style():
    fig = Figure(figsize=(8.0, 4.2), layout="constrained")
    ax = fig.subplots()
    y = np.arange(len(names))[::-1]
    est = np.array([results[k].estimate for k in names])
    lo = np.array([results[k].lower for k in names])
    hi = np.array([results[k].upper for k in names])
    ax.errorbar(est, y, xerr=[est - lo, hi - est], fmt="o", color="#1f4e79", capsize=4)
    ax.axvline(n, color="#b22222", lw=1.5)
    ax.axvspan(0, n, color="#b22222", alpha=0.08)
    ax.text(n, len(names) - 0.45, f" documented: {n:,}", color="#b22222", va="center")
    ax.set_yticks(y, names)
    ax.set_xlim(0, 1.08 * hi.max())
    ax.set_ylim(-0.6, len(names) - 0.2)
    ax.xaxis.set_major_formatter(lambda v, _: f"{v:,.0f}")
    ax.set_xlabel("killings, 20 March - 22 June 1999 (estimate and 95% interval)")
    fig.suptitle(
        "Kosovo 1999: killings documented on four lists, and the totals MSE methods estimate",
        x=0.01,
        ha="left",
        fontweight="bold",
    )
    s.plot.add_source(
        fig,
        "Data: Ball et al. (2002) via R package LCMCR (kosovo_aggregate); lists EXH, ABA, OSCE, "
        "HRW. Estimates: idlibstats.",
    )
fig

# %%
lowest, highest = (
    summary.loc[summary["estimate"].idxmin()],
    summary.loc[summary["estimate"].idxmax()],
)
Markdown(
    f"The four lists together name {n:,} people killed. Every method puts the total higher: "
    f"from {lowest['estimate']:,.0f} ({lowest['method']}) to {highest['estimate']:,.0f} "
    f"({highest['method']}), so the lists documented between "
    f"{highest['documented share']:.0%} and {lowest['documented share']:.0%} of the killings. "
    f"The latent-class model estimates {lc.estimate:,.0f} "
    f"(95% interval {lc.lower:,.0f} to {lc.upper:,.0f}). The spread between the methods, "
    f"{highest['estimate'] - lowest['estimate']:,.0f}, is "
    f"{(highest['estimate'] - lowest['estimate']) / (lc.upper - lc.lower):.1f} times the "
    "width of the latent-class interval: it comes from the list dependence each method "
    "assumes, not from sampling error, and no one interval accounts for it."
)

# %% [markdown]
# ## What each method assumes
#
# All four assume a *closed population* (nobody enters or leaves the population during the
# period) and *perfect matching* (a victim on two lists is recognised as the same person).
# They differ in how the lists may depend on each other:
#
# | method | lists may depend... | cannot see |
# |---|---|---|
# | independence | not at all | any dependence: shared sources, people easy or hard to reach for all lists |
# | AIC-best loglinear | in pairs, one model | three-way dependence; uncertainty about which model is right |
# | model averaging | as any decomposable graph, averaged | dependence that is not a graph of pairs; depends on the prior (`delta`) |
# | latent classes | through groups of people who are easy or hard to reach | people whom every list misses in every group alike |
#
# The last column is the same for all: people whom no list had any chance to record (a
# village no one reached) are invisible to every MSE method, so even the estimates are
# floors of a kind, for the population the lists could reach.

# %% [markdown]
# ## A documented floor and an estimate
#
# A count such as the UN's "more than 1,300 civilians killed" (the seed article) is like the
# names on the Kosovo lists: a documented floor. idlibstats reads it as a one-sided figure, `bound =
# "lower"`, with no upper limit, and that is all the sentence supports. An MSE estimate is
# a different kind of number: it needs the lists and their overlaps, and it estimates the
# total including the never recorded, with an interval that starts at or above the floor.

# %%
seed = s.datasets.load("seed_figures")
un = seed[(seed["measure"] == "killed") & (seed["source"] == "UN")].iloc[0]
shares = summary.set_index("method")["documented share"]
ov = table.overlaps()
sizes = pd.Series(np.diag(ov), index=ov.index)
Markdown(
    f'The UN figure is worded "{un["quote"]}": qualifier `{un["qualifier"]}`, value '
    f"{un['value']:,.0f}. As a floor it is honest; as an estimate of the toll it is not one. "
    f"In Kosovo the four lists together documented {shares.min():.0%} to {shares.max():.0%} "
    "of the estimated killings, depending on the method; a single list documents less (the "
    f"largest Kosovo list, {sizes.idxmax()}, holds {sizes.max():,} names, "
    f"{sizes.max() / n:.0%} of those on any list). The share documented depends on the conflict, the sources and "
    "the period, so Kosovo's share does not carry over to Idlib: without overlapping lists "
    f'of named victims, the most the {un["value"]:,.0f} supports is "at least".'
)
