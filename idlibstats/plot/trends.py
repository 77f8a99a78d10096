"""Idlib's monthly deaths over time: interrupted time series and change points.

The interrupted time series is around the Sochi agreement (17 Sep 2018).
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from scipy import special

from idlibstats.errors import OverdispersionWarning, StatisticalWarning
from idlibstats.estimate.changepoints import ChangepointResult, detect_changepoints
from idlibstats.estimate.trends import ITSResult, interrupted_time_series
from idlibstats.plot.deaths import _midpoints, _month_label, monthly_series
from idlibstats.plot.style import (
    COLORS,
    SOCHI,
    UCDP_SOURCE,
    add_source,
    mark_sochi,
    new_figure,
    set_title,
    style,
    year_axis,
)

_FAMILY_NAMES = {"negbin": "Negative binomial", "poisson": "Poisson"}

#: What a change-point segment's band is, per cost (see ``detect_changepoints``' segments).
_BAND_WORDS = {
    "poisson": "95% exact Poisson interval (chance variation only: no overdispersion)",
    "negbin": "95% negative binomial Wald interval",
}


def its_result(
    monthly: pd.DataFrame | None = None,
    column: str = "deaths_best",
    family: str = "negbin",
    break_date: str | pd.Timestamp = SOCHI,
) -> tuple[pd.DataFrame, ITSResult]:
    """The interrupted time series the figure draws.

    Idleb monthly deaths around ``break_date`` (default: the Sochi agreement, 17 Sep 2018).

    Returns ``(series, result)`` with ``series`` from :func:`monthly_series`.

    Parameters
    ----------
    monthly : pandas.DataFrame, optional
        Monthly deaths per governorate; the bundled ``ucdp_deaths_monthly_governorate`` by
        default.
    column : str
        The deaths column (``deaths_best``, ``deaths_low``, ``deaths_high``,
        ``deaths_civilians``).
    family : {"negbin", "poisson"}
        The count model.
    break_date : str or pandas.Timestamp
        The interruption (default: the Sochi agreement, 17 Sep 2018).

    Returns
    -------
    series : pandas.DataFrame
        From :func:`monthly_series`.
    result : ITSResult
        The segmented fit.

    Examples
    --------
    >>> series, result = its_result()
    >>> len(series), type(result).__name__
    (47, 'ITSResult')
    """
    m = monthly_series(monthly, column)
    res = interrupted_time_series(
        m["idleb"],
        m["period_start"],
        pd.Timestamp(break_date),
        exposure=m["exposure_days"],
        family=family,
    )
    return m, res


def changepoint_results(
    monthly: pd.DataFrame | None = None, column: str = "deaths_best"
) -> tuple[pd.DataFrame, dict[str, ChangepointResult]]:
    """Change points of Idleb monthly deaths under a Poisson and a negative binomial cost.

    Returns ``(series, {"poisson": result, "negbin": result})``.

    Parameters
    ----------
    monthly : pandas.DataFrame, optional
        Monthly deaths per governorate; the bundled ``ucdp_deaths_monthly_governorate`` by
        default.
    column : str
        The deaths column (``deaths_best``, ``deaths_low``, ``deaths_high``,
        ``deaths_civilians``).

    Returns
    -------
    series : pandas.DataFrame
        From :func:`monthly_series`.
    results : dict of str to ChangepointResult
        ``{"poisson": ..., "negbin": ...}``.

    Examples
    --------
    >>> series, results = changepoint_results()
    >>> len(series), sorted(results)
    (47, ['negbin', 'poisson'])
    """
    m = monthly_series(monthly, column)
    with warnings.catch_warnings():
        # the Poisson panel shows on purpose how a Poisson cost reads overdispersion as change
        # points: the OverdispersionWarning it raises is the figure's point
        warnings.simplefilter("ignore", OverdispersionWarning)
        res = {
            fam: detect_changepoints(
                m["idleb"], exposure=m["exposure_days"], dates=m["period_start"], family=fam
            )
            for fam in ("poisson", "negbin")
        }
    return m, res


def fitted_bands(res: ITSResult, alpha: float | None = None) -> pd.DataFrame:
    """Pointwise Wald bands of an ITS fit's rate per unit exposure, and of its counterfactual.

    For period ``t`` with design row ``x_t`` the band is ``exp(x_t b ± z sqrt(x_t' V x_t))``.
    The result carries the coefficients and their standard errors but not their covariance
    ``V``, so ``V`` is rebuilt from the fit: the correlation of the expected information
    ``X' diag(mu / (1 + a mu)) X`` over the periods used (``a`` the NB2 dispersion, 0 for
    Poisson; as the estimator's default standard errors), scaled to the result's standard
    errors so the bands agree with the intervals it prints. Returns a DataFrame with
    ``rate``, ``lower``, ``upper``, ``cf_rate``, ``cf_lower``, ``cf_upper`` per period.

    Parameters
    ----------
    res : ITSResult
        From :func:`idlibstats.interrupted_time_series`.
    alpha : float, optional
        Significance level; the fit's ``alpha`` by default.

    Returns
    -------
    pandas.DataFrame
        Per time point: the fitted rate and counterfactual with their lower and upper bands.

    Examples
    --------
    >>> from idlibstats.plot.trends import fitted_bands, its_result
    >>> b = fitted_bands(its_result()[1])
    >>> bool((b["lower"] < b["rate"]).all() and (b["rate"] < b["upper"]).all())
    True
    """
    f = res.fitted
    t = f["time"].to_numpy(dtype=float)
    post, used = f["post"].to_numpy(dtype=bool), f["used"].to_numpy(dtype=bool)
    t1 = t[used & post].min()
    X = np.column_stack([np.ones_like(t), t, post.astype(float), np.where(post, t - t1, 0.0)])
    mu = f["fitted"].to_numpy(dtype=float)
    a = 0.0 if np.isnan(res.nb_alpha) else float(res.nb_alpha)
    w = mu / (1.0 + a * mu)
    cov = np.linalg.inv(X[used].T @ (w[used, None] * X[used]))
    sd = np.sqrt(np.diag(cov))
    se = res.coefficients["se"].to_numpy(dtype=float)[:4]
    cov = cov / np.outer(sd, sd) * np.outer(se, se)
    b = res.coefficients["coef"].to_numpy(dtype=float)[:4]
    z = special.ndtri(1 - (res.alpha if alpha is None else alpha) / 2)
    out = {}
    for key, cols in (("", slice(0, 4)), ("cf_", slice(0, 2))):
        Xc, bc, vc = X[:, cols], b[cols], cov[cols, cols]
        eta = Xc @ bc
        half = z * np.sqrt(np.einsum("ij,jk,ik->i", Xc, vc, Xc))
        out |= {
            f"{key}rate": np.exp(eta),
            f"{key}lower": np.exp(eta - half),
            f"{key}upper": np.exp(eta + half),
        }
    return pd.DataFrame(out, index=f.index)


def idlib_its(
    monthly: pd.DataFrame | None = None,
    column: str = "deaths_best",
    family: str = "negbin",
    break_date: str | pd.Timestamp = SOCHI,
) -> Figure:
    """Idleb deaths per day by month with the segmented fit around ``break_date`` (Sochi).

    Points are UCDP's monthly deaths divided by the days in the month; the solid lines are the
    fitted pre- and post-agreement trends with their pointwise 95% bands
    (:func:`fitted_bands`). The dashed line is a projection, not data: the pre-agreement trend
    carried forward (the counterfactual), with its wider band. Every line stops at the months
    it was fitted to or compared with: nothing is drawn beyond the last month of data, and
    the figure says so. September 2018, which straddles the agreement, is left out of the fit
    (hollow point). The level and slope changes with their 95% intervals are written on the
    figure.

    Parameters
    ----------
    monthly : pandas.DataFrame, optional
        Monthly deaths per governorate; the bundled ``ucdp_deaths_monthly_governorate`` by
        default.
    column : str
        The deaths column (``deaths_best``, ``deaths_low``, ``deaths_high``,
        ``deaths_civilians``).
    family : {"negbin", "poisson"}
        The count model.
    break_date : str or pandas.Timestamp
        The interruption (default: the Sochi agreement, 17 Sep 2018).

    Returns
    -------
    matplotlib.figure.Figure
        The figure, titled, sourced and captioned.

    Examples
    --------
    >>> from idlibstats.plot.trends import idlib_its
    >>> idlib_its().axes[0].get_ylabel()
    'deaths per day (UCDP best estimate)'
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        m, res = its_result(monthly, column, family, break_date)
    # the short-series note on NB intervals is said on the figure; any other warning goes on
    short = [w for w in caught if w.category is StatisticalWarning and "Wald" in str(w.message)]
    for w in caught:
        if w not in short:
            warnings.warn(w.message, w.category, stacklevel=2)
    break_date = pd.Timestamp(break_date)
    what = "the Sochi agreement" if break_date == SOCHI else f"{break_date:%-d %b %Y}"
    f = res.fitted
    bands = fitted_bands(res)
    level = f"{1 - res.alpha:.0%}"
    mid = _midpoints(m)
    per_day = m["idleb"] / m["exposure_days"]
    used = f["used"].to_numpy(dtype=bool)
    post = f["post"].to_numpy(dtype=bool)
    pre = used & ~post
    after = used & post
    with style():
        fig, ax = new_figure(9.0, 5.4)
        ax.plot(
            mid[used],
            per_day[used],
            ls="none",
            marker="o",
            ms=4,
            color=COLORS["data"],
            label="UCDP deaths per day, by month",
            zorder=4,
        )
        ax.plot(
            mid[~used],
            per_day[~used],
            ls="none",
            marker="o",
            ms=5,
            mfc="white",
            color=COLORS["data"],
            label=", ".join(f"{d:%b %Y}" for d in m["period_start"][~used])
            + ": straddles the break, left out",
            zorder=4,
        )
        curves = []  # (band, line, label): one legend entry each
        for rows, key, color, label, extra in (
            (pre, "", COLORS["estimate"], "fitted trend before", {}),
            (after, "", COLORS["reported"], "fitted trend after", {}),
            (after, "cf_", COLORS["estimate"], "projection, not data: trend before", {"ls": "--"}),
        ):
            band = ax.fill_between(
                mid[rows],
                bands[f"{key}lower"][rows],
                bands[f"{key}upper"][rows],
                color=color,
                alpha=0.12 if key else 0.22,
                lw=0,
                hatch="//" if key else None,
                label=f"{label} {what}, {level} band",
            )
            name = f"{label} {what}" + (" carried forward" if key else "")
            (line,) = ax.plot(
                mid[rows],
                bands[f"{key}rate"][rows],
                color=color,
                label=name,
                **({"lw": 2.2} | extra),
            )
            curves.append(((band, line), name))
        mark_sochi(ax)
        if break_date != SOCHI:
            ax.axvline(break_date, color=COLORS["highlight"], lw=1.2, ls=":", label="break date")
        text = (
            f"Level change at the break: ×{res.estimate:.2f} "
            f"({level} CI {res.lower:.2f}–{res.upper:.2f})\n"
            f"Slope change: ×{res.slope_change:.2f} a month "
            f"({res.slope_change_lower:.2f}–{res.slope_change_upper:.2f})\n"
            f"{_FAMILY_NAMES.get(res.family, res.family)} GLM, {res.n_pre} months before, "
            f"{res.n_post} after"
        )
        ax.text(
            0.01,
            0.98,
            text,
            transform=ax.transAxes,
            ha="left",
            va="top",
            fontsize=8.5,
            bbox={"boxstyle": "round,pad=0.4", "fc": "white", "ec": "#cccccc"},
            zorder=5,
        )
        drawn = pd.concat(
            [per_day, bands["upper"][used], bands["cf_upper"][after]], ignore_index=True
        )
        ax.set_ylim(0, 1.15 * float(drawn.max()))
        year_axis(ax)
        ax.set_xlabel(_month_label(m))
        ax.set_ylabel("deaths per day (UCDP best estimate)")
        ax.set_title(f"Idleb governorate: deaths before and after {what}")
        handles, labels = ax.get_legend_handles_labels()
        points = [
            (h, lab)
            for h, lab in zip(handles, labels, strict=True)
            if isinstance(h, Line2D) and h.get_marker() == "o"
        ]
        entries = points + [(h, f"{lab}, {level} band") for h, lab in curves]
        ax.legend(
            [h for h, _ in entries],
            [lab for _, lab in entries],
            loc="upper left",
            bbox_to_anchor=(0, -0.14),
            ncol=2,
            fontsize=8,
        )
        last = m["period_end"].max()
        add_source(
            fig,
            UCDP_SOURCE + " (all deaths, best estimate, Idleb governorate SY07)\n"
            f"Fitted lines stop at the last month of data ({last:%b %Y}); the exponential fit "
            f"is not extended beyond it. Bands: pointwise {level} Wald intervals of the fitted "
            "rate."
            + (
                f"\nThe intervals are approximate: {res.n_pre + res.n_post} months for 4 coefficients, "
                "and negative binomial Wald intervals run a little short in series this short."
                if short
                else ""
            ),
        )
    return fig


def idlib_changepoints(monthly: pd.DataFrame | None = None, column: str = "deaths_best") -> Figure:
    """Segments of constant death rate in Idleb, Poisson against negative binomial cost.

    Each segment is drawn as its rate (deaths per day) with the 95% interval as a band, each
    panel's legend naming the interval (exact Poisson under the Poisson cost, which ignores
    the extra variation; negative binomial Wald under the NB cost). Under a Poisson cost the
    overdispersed series splits into many segments; the negative binomial cost, which allows
    for the extra variation, keeps far fewer.

    Parameters
    ----------
    monthly : pandas.DataFrame, optional
        Monthly deaths per governorate; the bundled ``ucdp_deaths_monthly_governorate`` by
        default.
    column : str
        The deaths column (``deaths_best``, ``deaths_low``, ``deaths_high``,
        ``deaths_civilians``).

    Returns
    -------
    matplotlib.figure.Figure
        The figure, titled, sourced and captioned.

    Examples
    --------
    >>> from idlibstats.plot.trends import idlib_changepoints
    >>> len(idlib_changepoints().axes)
    2
    """
    m, res = changepoint_results(monthly, column)
    mid = _midpoints(m)
    per_day = m["idleb"] / m["exposure_days"]
    names = {"poisson": "Poisson cost", "negbin": "negative binomial cost"}
    with style():
        fig, axes = new_figure(9.0, 6.4, nrows=2, ncols=1, sharex=True, sharey=True)
        for ax, (fam, r) in zip(axes, res.items(), strict=True):
            ax.plot(
                mid,
                per_day,
                ls="none",
                marker="o",
                ms=3.5,
                color=COLORS["data"],
                label="UCDP deaths per day, by month",
            )
            for _, seg in r.segments.iterrows():
                x0 = seg["start"]
                x1 = m.loc[int(seg["end_index"]), "period_end"] + pd.Timedelta(days=1)
                ax.fill_between(
                    [x0, x1], seg["lower"], seg["upper"], color=COLORS["estimate"], alpha=0.25, lw=0
                )
                ax.hlines(seg["rate"], x0, x1, color=COLORS["estimate"], lw=2)
            ax.fill_between(
                [],
                [],
                [],
                color=COLORS["estimate"],
                alpha=0.25,
                label=f"segment rate, {_BAND_WORDS[fam]}",
            )
            ax.set_title(f"{names[fam]}: {len(r.break_dates)} change point(s)")
            ax.set_ylabel("deaths per day")
            ax.set_ylim(0, None)
            ax.legend(loc="upper left", fontsize=8.5)
        year_axis(axes[1])
        axes[1].set_xlabel(_month_label(m))
        set_title(fig, "Idleb governorate: change points in monthly deaths (PELT, BIC penalty)")
        add_source(fig, UCDP_SOURCE + " (all deaths, best estimate, Idleb governorate SY07)")
    return fig
