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
# # 01 · The seed article's figures
#
# One news article (29 January 2020) on the Syrian government's push into Idlib contains seven
# reported figures. This notebook runs the article through idlibstats' extraction into the
# *figure table* (one row per figure: value, bounds implied by the wording, what is counted,
# period, who said it, where), checks the result against the hand-checked table bundled with
# the package, and ends with a table a journalist can paste.
#
# **How to read the bounds.** A figure's wording fixes what it can support. "More than 1,300"
# is a *lower bound*: the true number is at least 1,301 and may be much larger; nothing in the
# sentence caps it. "Thousands" means at least 2,000 and nothing more. Only "24 villages and
# towns" is stated as an exact count. Every table and figure below keeps these bounds.

# %% tags=["parameters"]
seed_path = None  # a path to another article; None: the seed shipped with idlibstats

# %%
# %matplotlib inline
import pandas as pd
from IPython.display import Markdown

import idlibstats as s

pd.set_option("display.max_colwidth", 80)
pd.set_option("display.width", 160)

art = s.load_article(seed_path or s.datasets.seed_article())
art

# %% [markdown]
# ## Extraction
#
# `extract_figures` finds every count in the text and reads its qualifier ("more than",
# "less than", vague plurals), measure, subject, period (resolved against the publication
# date), source and place. The result is validated against the figure-table contract.

# %%
extracted = s.extract_figures(art.text, published=art.published, doc_id=art.doc_id)
s.validate_figures(extracted, text=art.text)
extracted[
    [
        "figure_id",
        "phrase",
        "value",
        "lower",
        "upper",
        "qualifier",
        "measure",
        "subject",
        "period_start",
        "period_end",
        "source",
        "place",
    ]
]

# %% [markdown]
# ## Checked against the hand-checked table
#
# `datasets.load("seed_figures")` is the reference: every figure in the article, checked by
# hand against the text. Figures are matched by their character offsets; the comparison
# covers the fields extraction must get right (value, bounds, measure, period, source).

# %%
truth = s.datasets.load("seed_figures")
fields = ["value", "lower", "upper", "qualifier", "measure", "period_start", "period_end", "source"]
matched = truth.merge(
    extracted, on=["start", "end"], how="outer", suffixes=("_true", "_got"), indicator=True
)
found = matched["_merge"] == "both"
print(
    f"hand-checked figures: {len(truth)}, extracted: {len(extracted)}, "
    f"matched by offsets: {int(found.sum())}"
)


def same(a: pd.Series, b: pd.Series) -> pd.Series:
    a, b = a.astype(object), b.astype(object)
    return (a == b) | (a.isna() & b.isna())


agree = pd.DataFrame(
    {f: same(matched.loc[found, f"{f}_true"], matched.loc[found, f"{f}_got"]) for f in fields}
)
agree.insert(0, "phrase", matched.loc[found, "phrase_true"])
agree

# %% [markdown]
# Any `False` above is a field where extraction and the hand check disagree; rows missing from
# either side show up as unmatched (`_merge` other than `both`). The rest of the report uses the
# hand-checked table, so an extraction slip does not travel into the numbers.

# %%
matched.loc[~found, ["_merge", "start", "end", "phrase_true", "phrase_got"]]

# %% [markdown]
# ## A table a journalist can paste
#
# One line per figure: the words as printed, what the wording allows, the period, who said it.

# %%
WORDS = {
    "exact": "exactly {v}",
    "more_than": "more than {v} (at least {v1})",
    "at_least": "at least {v}",
    "less_than": "fewer than {v}",
    "at_most": "at most {v}",
    "approx": "about {v} (no stated bounds)",
    "range": "between {lo} and {hi}",
    "vague": "at least {v} (the smallest number the word allows)",
}


def bound_words(r: pd.Series) -> str:
    return WORDS[str(r["qualifier"])].format(
        v=f"{r['value']:,.0f}",
        v1=f"{r['value'] + 1:,.0f}",
        lo=f"{r['lower']:,.0f}",
        hi=f"{r['upper']:,.0f}",
    )


def period_words(r: pd.Series) -> str:
    if pd.notna(r["period_start"]):
        return f"{r['period_start']:%d %b %Y} – {r['period_end']:%d %b %Y}"
    if pd.notna(r.get("duration_days")):
        q = str(r["duration_qualifier"]).replace("_", " ")
        return f"{q} {r['duration_days']:g} days (dates not given)"
    return "not stated"


paste = pd.DataFrame(
    {
        "as printed": truth["phrase"],
        "what it counts": truth["subject"] + " (" + truth["measure"].astype(str) + ")",
        "what the wording allows": truth.apply(bound_words, axis=1),
        "period": truth.apply(period_words, axis=1),
        "who said it": truth["source"].fillna("not attributed"),
        "where": truth["place"].fillna(""),
    }
)
paste

# %% [markdown]
# Notes for the reader:
#
# - **"More than 1,300 civilians … between May and August 2019"** is attributed to the United
#   Nations. It covers the whole of May to August 2019 (the period column) and north-west Syria
#   (the UN's area is Idlib and the adjoining parts of Hama, Aleppo and Lattakia); notebook 02
#   sets it against UCDP's event data.
# - **"24 villages and towns … in less than four days"** comes from SOHR, a UK-based monitor
#   with a network of informants; the count is exact, the duration an upper bound, so the pace
#   is a lower bound (notebook 03).
# - **"More than 3.5 million Syrian refugees"** in Turkey is not attributed in the text; it
#   is consistent with UNHCR's end-2019 figure for Turkey (notebook 04). "Millions more could soon cross"
#   is a projection of concern, not a count: kept as a vague figure, never added to anything.
# - **"Thousands"** (who fled; the displaced in camps; those trapped, per US Secretary of
#   State Pompeo) carry no number: the table keeps only the smallest count the word allows.

# %% [markdown]
# ## The three headline figures, drawn as worded
#
# Lower bounds are drawn as a tick with an arrow running off the axis: the figure supports
# "at least this much", never a bar of that height.

# %%
s.plot.seed_headlines(truth)

# %% [markdown]
# ## The rates they imply
#
# Two figures come with a time span and so imply a pace. `rate_from_figure` reads both the
# count's wording and the duration's ("more than" a count, "less than" a duration), so both
# paces are one-sided: the wording rules out slower paces, not faster ones. The lower 95%
# limit adds Poisson chance variation on top of the wording; it does not cover what the
# sources missed.

# %%
rates = pd.concat(
    [
        s.rate_from_figure(r).to_frame().assign(phrase=r["phrase"])
        for _, r in s.plot.headline_rows(truth).iloc[:2].iterrows()
    ],
    ignore_index=True,
)
rates[["phrase", "estimate", "lower", "upper", "bound", "relation", "count", "exposure", "per"]]

# %%
heads = s.plot.headline_rows(truth).iloc[:2].reset_index(drop=True)
Markdown(
    " ".join(
        f'"{q["phrase"]}" {h["subject"]} in '
        + (
            f"{str(h['duration_qualifier']).replace('_', ' ')} {q['exposure']:g} days"
            if pd.notna(h["duration_qualifier"])
            else f"{q['exposure']:g} days"
        )
        + f" gives {str(q['relation']).replace('_', ' ')} {q['estimate']:.1f} {h['measure']} a {q['per']} "
        f"(one-sided 95% lower limit {q['lower']:.1f})."
        for (_, q), (_, h) in zip(rates.iterrows(), heads.iterrows(), strict=True)
    )
)

# %%
s.plot.seed_rates(truth)

# %% [markdown]
# ## The same event reported in Arabic and in English
#
# Much of the reporting on these wars is published first in Arabic. `extract_figures` reads
# Arabic copy into the same table (language detected from the script): here the WHO toll of
# the battle for Tripoli in April 2019, once from an English wire copy (CGTN Africa, quoting
# WHO's tweet of 17 April 2019: https://africa.cgtn.com/death-toll-exceeds-200-in-libyas-tripoli-clashes-who)
# and once from an Arabic copy (newlebanon.info:
# https://newlebanon.info/lebanon-now/403669/منظمة-الصحة-205-قتلى-خلال-اسبوعين-من-المعارك-قرب-العاصمة-الليبية).
# Both passages are in the dev parts of the real-text and Arabic dev sets (`rt144`, `ar188`).
# The two reports agree on 205 dead and 913 wounded, and the table keeps each one's wording:
# "at least 205" in both, the English lead's rounded "more than 900" next to the tweet's exact
# 913, and the Arabic "within two weeks of fighting" as a 14-day duration. (The tweet line of
# the English copy names no reporter in its own sentence, so its rows have no source.)

# %%
english = (
    "At least 205 people have been killed and more than 900 wounded in the battle for control "
    "of the Libyan capital Tripoli, World Health Organization (WHO) confirmed via Twitter.\n"
    "Toll for armed conflict in #Tripoli is 205 dead and 913 wounded."
)
arabic = (
    "قتل 205 أشخاص على الأقل وأصيب 913 آخرون بجروح خلال أسبوعين من المعارك الدامية المستمرة "
    'منذ بدء حملة "الجيش الوطني الليبي" بقيادة المشير خليفة حفتر للسيطرة على طرابلس، بحسب '
    "حصيلة جديدة لمنظمة الصحة العالمية."
)
both = pd.concat(
    [
        s.extract_figures(english, published="2019-04-17", doc_id="rt144 English (CGTN)"),
        s.extract_figures(arabic, doc_id="ar188 Arabic (newlebanon.info)"),
    ],
    ignore_index=True,
)
s.validate_figures(both)
both[
    [
        "doc_id",
        "phrase",
        "value",
        "lower",
        "upper",
        "qualifier",
        "measure",
        "source",
        "duration_days",
    ]
]
