"""The real-text dev set (issue 11) and the Arabic set (issue 16): format, offsets and split.

The files hold short passages of published text with hand-made gold figures (see
``tests/data/DEVSET.md``, "Real-text set (issue 11)"). This test does not run the extractor:
it checks that every record is well formed, that every gold phrase sits at its offset, that the
blind/dev split follows the rule fixed before any tuning, and that the gold loads through
``load_devset`` (which validates bounds, qualifiers and periods against the figure-table
contract).
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from idlibstats.extract.evaluate import load_devset
from idlibstats.table import UNITS

DATA = Path(__file__).parent / "data"
SETS = {
    "realtext": ("realtext_dev.jsonl", "realtext_blind.jsonl"),
    "arabic": ("arabic_dev.jsonl", "arabic_blind.jsonl"),
    # round 2 (issues 11 and 16): fresh blind parts, the round-1 blind files being spent
    "realtext2": ("realtext2_dev.jsonl", "realtext2_blind.jsonl"),
    "arabic2": ("arabic2_dev.jsonl", "arabic2_blind.jsonl"),
    # round 3 (issues 11 and 16): fresh blind parts, the round-2 blind files being spent
    "realtext3": ("realtext3_dev.jsonl", "realtext3_blind.jsonl"),
    "arabic3": ("arabic3_dev.jsonl", "arabic3_blind.jsonl"),
    # round 4 (issue 11): a fresh English blind part, the round-3 blind file being spent
    "realtext4": ("realtext4_dev.jsonl", "realtext4_blind.jsonl"),
    # round 4 (issue 16): a fresh Arabic blind part, the round-3 blind file being spent
    "arabic4": ("arabic4_dev.jsonl", "arabic4_blind.jsonl"),
    # round 5 (issues 11 and 16): fresh blind parts, the round-4 blind files being spent
    "realtext5": ("realtext5_dev.jsonl", "realtext5_blind.jsonl"),
    "arabic5": ("arabic5_dev.jsonl", "arabic5_blind.jsonl"),
    # round 6 (issues 11 and 16): fresh blind parts, the round-5 blind files being spent
    "realtext6": ("realtext6_dev.jsonl", "realtext6_blind.jsonl"),
    "arabic6": ("arabic6_dev.jsonl", "arabic6_blind.jsonl"),
    # round 7 (issues 11 and 16): fresh blind parts, the round-6 blind files being spent
    "realtext7": ("realtext7_dev.jsonl", "realtext7_blind.jsonl"),
    "arabic7": ("arabic7_dev.jsonl", "arabic7_blind.jsonl"),
    # round 8 (issues 11 and 16): fresh blind parts, the round-7 blind files being spent
    "realtext8": ("realtext8_dev.jsonl", "realtext8_blind.jsonl"),
    "arabic8": ("arabic8_dev.jsonl", "arabic8_blind.jsonl"),
    # round 9 (issues 11 and 16): fresh blind parts, the round-8 blind files being spent
    "realtext9": ("realtext9_dev.jsonl", "realtext9_blind.jsonl"),
    "arabic9": ("arabic9_dev.jsonl", "arabic9_blind.jsonl"),
    # round 10 (issues 11 and 16): fresh blind parts, the round-9 blind files being spent
    "realtext10": ("realtext10_dev.jsonl", "realtext10_blind.jsonl"),
    "arabic10": ("arabic10_dev.jsonl", "arabic10_blind.jsonl"),
    # round 11 (issues 11 and 16): fresh blind parts, the round-10 blind files being spent
    "realtext11": ("realtext11_dev.jsonl", "realtext11_blind.jsonl"),
    "arabic11": ("arabic11_dev.jsonl", "arabic11_blind.jsonl"),
    # round 12 (issues 11 and 16): fresh blind parts, the round-11 blind files being spent
    "realtext12": ("realtext12_dev.jsonl", "realtext12_blind.jsonl"),
    "arabic12": ("arabic12_dev.jsonl", "arabic12_blind.jsonl"),
    # round 13 (issues 11 and 16): fresh blind parts, the round-12 blind files being spent
    "realtext13": ("realtext13_dev.jsonl", "realtext13_blind.jsonl"),
    "arabic13": ("arabic13_dev.jsonl", "arabic13_blind.jsonl"),
    # round 14 (issues 11 and 16): fresh blind parts, the round-13 blind files being spent
    "realtext14": ("realtext14_dev.jsonl", "realtext14_blind.jsonl"),
    "arabic14": ("arabic14_dev.jsonl", "arabic14_blind.jsonl"),
    # round 15 (issues 11 and 16): collected with round 14 and held out whole until the round-15
    # rules were merged
    "realtext15": ("realtext15_dev.jsonl", "realtext15_blind.jsonl"),
    "arabic15": ("arabic15_dev.jsonl", "arabic15_blind.jsonl"),
    # round 16 (issues 11 and 16): held out whole until the round-16 rules were merged
    "realtext16": ("realtext16_dev.jsonl", "realtext16_blind.jsonl"),
    "arabic16": ("arabic16_dev.jsonl", "arabic16_blind.jsonl"),
    # round 17 (issues 11 and 16): held out whole until the round-17 rules were merged
    "realtext17": ("realtext17_dev.jsonl", "realtext17_blind.jsonl"),
    "arabic17": ("arabic17_dev.jsonl", "arabic17_blind.jsonl"),
    # round 18 (issues 11 and 16): held out whole until the round-18 rules were merged
    "realtext18": ("realtext18_dev.jsonl", "realtext18_blind.jsonl"),
    "arabic18": ("arabic18_dev.jsonl", "arabic18_blind.jsonl"),
    # round 19 (issues 11 and 16): held out whole until the round-20 rules were merged
    "realtext19": ("realtext19_dev.jsonl", "realtext19_blind.jsonl"),
    "arabic19": ("arabic19_dev.jsonl", "arabic19_blind.jsonl"),
    # round 20 (issues 11 and 16): held out whole until the round-22 rules were merged
    "realtext20": ("realtext20_dev.jsonl", "realtext20_blind.jsonl"),
    "arabic20": ("arabic20_dev.jsonl", "arabic20_blind.jsonl"),
    # round 21 (issues 11 and 16): held out whole until the round-23 rules were merged
    "realtext21": ("realtext21_dev.jsonl", "realtext21_blind.jsonl"),
    "arabic21": ("arabic21_dev.jsonl", "arabic21_blind.jsonl"),
    # round 22 (issues 11 and 16): held out whole until the round-24 rules were merged
    "realtext22": ("realtext22_dev.jsonl", "realtext22_blind.jsonl"),
    "arabic22": ("arabic22_dev.jsonl", "arabic22_blind.jsonl"),
    # round 23 (issues 11 and 16): held out whole until the round-25 rules were merged
    "realtext23": ("realtext23_dev.jsonl", "realtext23_blind.jsonl"),
    "arabic23": ("arabic23_dev.jsonl", "arabic23_blind.jsonl"),
    # round 24 (issues 11 and 16): held out whole until the round-26 rules were merged
    "realtext24": ("realtext24_dev.jsonl", "realtext24_blind.jsonl"),
    "arabic24": ("arabic24_dev.jsonl", "arabic24_blind.jsonl"),
    # round 25 (issues 11 and 16): held out whole until the round-27 rules were merged
    "realtext25": ("realtext25_dev.jsonl", "realtext25_blind.jsonl"),
    "arabic25": ("arabic25_dev.jsonl", "arabic25_blind.jsonl"),
}
DOC_KEYS = {"id", "text", "published", "url", "crisis", "gold"}
# "audit": set by the round-3 annotation audit (DEVSET.md, "Audit (round 3)"); the only value is
# "not found" (the passage was not found in the stored pages by the audit's queries)
DOC_OPTIONAL = {"date_note", "audit"}
AUDIT_VALUES = {"not found"}
# the dev-set record format of DEVSET.md ("Format"), plus `start` always given
GOLD_KEYS = set(
    "value lower upper qualifier unit measure subject period_start period_end source phrase start".split()
)
GOLD_OPTIONAL = {"parent", "currency", "duration_days", "duration_qualifier"}
CURRENCIES = set("USD EUR GBP SYP TRY CHF SAR QAR JPY CAD AUD SEK NOK SGD".split())
# the minimum size of each set once delivered: (passages, blind passages)
MINIMUM = {
    "realtext": (300, 110),
    "arabic": (150, 50),
    "realtext2": (300, 111),
    "arabic2": (300, 110),
    "realtext3": (410, 149),
    "arabic3": (301, 112),
    "realtext4": (332, 123),
    "arabic4": (259, 90),
    "realtext5": (433, 164),
    "arabic5": (168, 66),
    "realtext6": (150, 62),
    "arabic6": (53, 21),
    "realtext7": (169, 63),
    "arabic7": (70, 24),
    "realtext8": (82, 33),
    "arabic8": (61, 28),
    "realtext9": (148, 55),
    "arabic9": (73, 31),
    "realtext10": (71, 24),
    "arabic10": (68, 31),
    "realtext11": (29, 14),
    "arabic11": (37, 12),
    "realtext12": (120, 42),
    "arabic12": (118, 41),
    "realtext13": (130, 53),
    "arabic13": (128, 52),
    "realtext14": (236, 97),
    "arabic14": (270, 99),
    "realtext15": (106, 41),
    "arabic15": (140, 62),
    "realtext16": (124, 43),
    "arabic16": (150, 56),
    "realtext17": (182, 61),
    "arabic17": (88, 33),
    "realtext18": (185, 67),
    "arabic18": (142, 54),
    "realtext19": (260, 100),
    "arabic19": (231, 85),
    "realtext20": (265, 103),
    "arabic20": (218, 94),
    "realtext21": (288, 97),
    "arabic21": (209, 78),
    "realtext22": (260, 98),
    "arabic22": (234, 91),
    "realtext23": (177, 63),
    "arabic23": (111, 38),
    "realtext24": (95, 30),
    "arabic24": (98, 37),
    "realtext25": (93, 34),
    "arabic25": (88, 28),
}
# the share of passages without any figure: 0.08 (the annotators aim at 10%); round 6 was
# delivered with fewer (DEVSET.md, "Real-text and Arabic sets, round 6"), recorded as it is
NO_FIGURE_SHARE = {"realtext6": 0.04, "arabic6": 0.07}


def _records(name: str) -> tuple[list[dict], list[dict]]:
    dev, blind = SETS[name]
    out = []
    for fn in (dev, blind):
        path = DATA / fn
        with open(path, encoding="utf-8") as fh:
            out.append([json.loads(line) for line in fh if line.strip()])
    return out[0], out[1]


def _is_blind(rec: dict) -> bool:
    # the split rule, fixed before anyone tuned on the set: blind if the first hex digit of
    # sha256(url + "\n" + text) is below 6 (6/16 = 37.5% of the passages)
    digest = hashlib.sha256((rec["url"] + "\n" + rec["text"]).encode("utf-8")).hexdigest()
    return int(digest[0], 16) < 6


def _present(name: str) -> bool:
    return all((DATA / fn).exists() for fn in SETS[name])


PRESENT = [name for name in SETS if _present(name)]


def test_realtext_files_exist():
    assert "realtext" in PRESENT


@pytest.mark.parametrize("name", PRESENT)
def test_records_are_well_formed(name):
    dev, blind = _records(name)
    ids = [r["id"] for r in dev + blind]
    assert len(ids) == len(set(ids))
    texts = [r["text"] for r in dev + blind]
    assert len(texts) == len(set(texts))
    for rec in dev + blind:
        assert DOC_KEYS <= set(rec) <= DOC_KEYS | DOC_OPTIONAL, rec["id"]
        assert rec["url"].startswith(("http://", "https://")), rec["id"]
        assert rec["published"] is None or re.fullmatch(r"\d{4}-\d\d-\d\d", rec["published"])
        if rec["published"] is None:
            assert rec.get("date_note"), f"{rec['id']}: no date and no date_note"
        assert rec.get("audit", "not found") in AUDIT_VALUES, rec["id"]
        for k, g in enumerate(rec["gold"]):
            where = f"{rec['id']} gold[{k}]"
            assert GOLD_KEYS <= set(g) <= GOLD_KEYS | GOLD_OPTIONAL, where
            s = g["start"]
            assert rec["text"][s : s + len(g["phrase"])] == g["phrase"], where
            if g["unit"] == "money":
                assert g.get("currency") in CURRENCIES, where
                assert g["measure"] == "other", where
            else:
                assert "currency" not in g, where
            if "parent" in g:
                assert 0 <= g["parent"] < len(rec["gold"]) and g["parent"] != k, where
                # money and people are never total and sub-count (DEVSET.md guideline)
                parent_unit = rec["gold"][g["parent"]]["unit"]
                assert (g["unit"] == "money") == (parent_unit == "money"), where


# later rounds must bring new passages: a text already in an earlier set is not reused
ROUNDS_1_TO_4 = ("realtext", "arabic") + tuple(
    f"{k}{n}" for n in (2, 3, 4) for k in ("realtext", "arabic")
)
ROUNDS_5_TO_8 = tuple(f"{k}{n}" for n in (5, 6, 7, 8) for k in ("realtext", "arabic"))
ROUNDS_9_TO_10 = ("realtext9", "arabic9", "realtext10", "arabic10")
ROUNDS_9_TO_12 = (*ROUNDS_9_TO_10, "realtext11", "arabic11", "realtext12", "arabic12")
ROUNDS_13_TO_14 = ("realtext13", "arabic13", "realtext14", "arabic14")
ROUNDS_13_TO_15 = (*ROUNDS_13_TO_14, "realtext15", "arabic15")
ROUNDS_13_TO_16 = (*ROUNDS_13_TO_15, "realtext16", "arabic16")
ROUNDS_13_TO_17 = (*ROUNDS_13_TO_16, "realtext17", "arabic17")
ROUNDS_13_TO_18 = (*ROUNDS_13_TO_17, "realtext18", "arabic18")
ROUNDS_13_TO_19 = (*ROUNDS_13_TO_18, "realtext19", "arabic19")
ROUNDS_13_TO_20 = (*ROUNDS_13_TO_19, "realtext20", "arabic20")
ROUNDS_13_TO_21 = (*ROUNDS_13_TO_20, "realtext21", "arabic21")
ROUNDS_13_TO_22 = (*ROUNDS_13_TO_21, "realtext22", "arabic22")
ROUNDS_13_TO_23 = (*ROUNDS_13_TO_22, "realtext23", "arabic23")
ROUNDS_13_TO_24 = (*ROUNDS_13_TO_23, "realtext24", "arabic24")
LATER_ROUNDS = {
    "realtext2": ("realtext", "arabic"),
    "arabic2": ("realtext", "arabic"),
    "realtext3": ("realtext", "arabic", "realtext2", "arabic2"),
    "arabic3": ("realtext", "arabic", "realtext2", "arabic2"),
    "realtext4": ("realtext", "arabic", "realtext2", "arabic2", "realtext3", "arabic3"),
    "arabic4": ("realtext", "arabic", "realtext2", "arabic2", "realtext3", "arabic3"),
    "realtext5": ROUNDS_1_TO_4,
    "arabic5": ROUNDS_1_TO_4,
    "realtext6": (*ROUNDS_1_TO_4, "realtext5", "arabic5"),
    "arabic6": (*ROUNDS_1_TO_4, "realtext5", "arabic5"),
    "realtext7": (*ROUNDS_1_TO_4, "realtext5", "arabic5", "realtext6", "arabic6"),
    "arabic7": (*ROUNDS_1_TO_4, "realtext5", "arabic5", "realtext6", "arabic6"),
    "realtext8": (*ROUNDS_1_TO_4, *(f"{k}{n}" for n in (5, 6, 7) for k in ("realtext", "arabic"))),
    "arabic8": (*ROUNDS_1_TO_4, *(f"{k}{n}" for n in (5, 6, 7) for k in ("realtext", "arabic"))),
    "realtext9": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8),
    "arabic9": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8),
    "realtext10": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, "realtext9", "arabic9"),
    "arabic10": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, "realtext9", "arabic9"),
    "realtext11": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_10),
    "arabic11": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_10),
    "realtext12": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_10, "realtext11", "arabic11"),
    "arabic12": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_10, "realtext11", "arabic11"),
    "realtext13": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12),
    "arabic13": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12),
    "realtext14": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12, "realtext13", "arabic13"),
    "arabic14": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12, "realtext13", "arabic13"),
    "realtext15": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12, *ROUNDS_13_TO_14),
    "arabic15": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12, *ROUNDS_13_TO_14),
    "realtext16": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12, *ROUNDS_13_TO_15),
    "arabic16": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12, *ROUNDS_13_TO_15),
    "realtext17": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12, *ROUNDS_13_TO_16),
    "arabic17": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12, *ROUNDS_13_TO_16),
    "realtext18": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12, *ROUNDS_13_TO_17),
    "arabic18": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12, *ROUNDS_13_TO_17),
    "realtext19": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12, *ROUNDS_13_TO_18),
    "arabic19": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12, *ROUNDS_13_TO_18),
    "realtext20": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12, *ROUNDS_13_TO_19),
    "arabic20": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12, *ROUNDS_13_TO_19),
    "realtext21": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12, *ROUNDS_13_TO_20),
    "arabic21": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12, *ROUNDS_13_TO_20),
    "realtext22": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12, *ROUNDS_13_TO_21),
    "arabic22": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12, *ROUNDS_13_TO_21),
    "realtext23": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12, *ROUNDS_13_TO_22),
    "arabic23": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12, *ROUNDS_13_TO_22),
    "realtext24": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12, *ROUNDS_13_TO_23),
    "arabic24": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12, *ROUNDS_13_TO_23),
    "realtext25": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12, *ROUNDS_13_TO_24),
    "arabic25": (*ROUNDS_1_TO_4, *ROUNDS_5_TO_8, *ROUNDS_9_TO_12, *ROUNDS_13_TO_24),
}


@pytest.mark.parametrize("name", sorted(n for n in LATER_ROUNDS if n in PRESENT))
def test_later_round_reuses_no_passage(name):
    earlier = set()
    for other in LATER_ROUNDS[name]:
        dev, blind = _records(other)
        earlier |= {r["text"] for r in dev + blind}
    for fn in ("devset.jsonl", "devset_holdout.jsonl", "devset_blind2.jsonl"):
        with open(DATA / fn, encoding="utf-8") as fh:
            earlier |= {json.loads(line)["text"] for line in fh if line.strip()}
    dev, blind = _records(name)
    reused = [r["id"] for r in dev + blind if r["text"] in earlier]
    assert not reused


# Passages that hold a whole earlier passage inside a longer excerpt of the same page: the
# reuse check above compares whole texts, and the annotators' checker compared 120-character
# runs, so a short earlier text inside a new one passed until round 23 (DEVSET.md, "Real-text and
# Arabic sets, round 23"). These were split and scored before that was found; none of the earlier
# texts they hold had been tuned on when they were scored (blind parts, or the same round's dev
# part). Round 23 on drops such passages before the split.
HOLDS_AN_EARLIER_PASSAGE = {
    "realtext20": {"rt20_007", "rt20_031", "rt20_036"},
    "arabic20": {"ar20_052", "ar20_308", "ar20_311", "ar20_382", "ar20_384"},
    "realtext22": {"rt22_009", "rt22_239"},
    "arabic22": {"ar22_159", "ar22_196"},
}


@pytest.mark.parametrize("name", sorted(n for n in LATER_ROUNDS if n in PRESENT))
def test_later_round_holds_no_earlier_passage(name):
    earlier = set()
    for other in (*LATER_ROUNDS[name], name):
        dev, blind = _records(other)
        earlier |= {r["text"] for r in dev + blind}
    for fn in ("devset.jsonl", "devset_holdout.jsonl", "devset_blind2.jsonl"):
        with open(DATA / fn, encoding="utf-8") as fh:
            earlier |= {json.loads(line)["text"] for line in fh if line.strip()}
    earlier = [t for t in earlier if len(t) >= 30]  # "12 killed." alone is no shared passage
    dev, blind = _records(name)
    holding = {
        r["id"] for r in dev + blind if any(t in r["text"] and t != r["text"] for t in earlier)
    }
    assert holding == HOLDS_AN_EARLIER_PASSAGE.get(name, set())


# Passages whose text was corrected to the published wording after the split was drawn (a later
# audit, DEVSET.md "Audit (round 3)"): a new text changes the hash, so such a passage stays in the
# part it was drawn into and is exempt from the hash check. The round-3 audit found no altered
# text, so the set is empty; add an id here, with its DEVSET.md entry, when a text is corrected.
TEXT_CORRECTED_AFTER_SPLIT: dict[str, set[str]] = {
    "realtext": set(),
    "arabic": set(),
    "realtext2": set(),
    "arabic2": set(),
    "realtext3": set(),
    "arabic3": set(),
    "realtext4": set(),
    "arabic4": set(),
    "realtext5": set(),
    "arabic5": set(),
    "realtext6": set(),
    "arabic6": set(),
    "realtext7": set(),
    "arabic7": set(),
    "realtext8": set(),
    "arabic8": set(),
    "realtext9": set(),
    "arabic9": set(),
    "realtext10": set(),
    "arabic10": set(),
    "realtext11": set(),
    "arabic11": set(),
    "realtext12": set(),
    "arabic12": set(),
    "realtext13": set(),
    "arabic13": set(),
    "realtext14": set(),
    "arabic14": set(),
    "realtext15": set(),
    "arabic15": set(),
    "realtext16": set(),
    "arabic16": set(),
    "realtext17": set(),
    "arabic17": set(),
    "realtext18": set(),
    "arabic18": set(),
    "realtext19": set(),
    "arabic19": set(),
    "realtext20": set(),
    "arabic20": set(),
    "realtext21": set(),
    "arabic21": set(),
    "realtext22": set(),
    "arabic22": set(),
    "realtext23": set(),
    "arabic23": set(),
    "realtext24": set(),
    "arabic24": set(),
    "realtext25": set(),
    "arabic25": set(),
}


@pytest.mark.parametrize("name", PRESENT)
def test_split_follows_the_fixed_rule(name):
    dev, blind = _records(name)
    exempt = TEXT_CORRECTED_AFTER_SPLIT[name]
    assert not any(_is_blind(r) for r in dev if r["id"] not in exempt)
    assert all(_is_blind(r) for r in blind if r["id"] not in exempt)


@pytest.mark.parametrize("name", sorted(MINIMUM))
def test_set_size(name):
    dev, blind = _records(name)
    total, n_blind = MINIMUM[name]
    assert len(dev) + len(blind) >= total
    assert len(blind) >= n_blind
    crises = {r["crisis"].split("-")[0] for r in dev + blind}
    assert len(crises) >= 8
    no_figure = sum(1 for r in dev + blind if not r["gold"])
    assert no_figure >= NO_FIGURE_SHARE.get(name, 0.08) * (len(dev) + len(blind))


@pytest.mark.parametrize("name", PRESENT)
@pytest.mark.parametrize("part", [0, 1])
def test_gold_loads_under_the_contract(name, part, tmp_path):
    path = DATA / SETS[name][part]
    if "money" not in UNITS:
        # the contract does not know unit "money" yet (issue 11 adds it): load a copy in which
        # money rows are counts, so that bounds, qualifiers and periods are still validated
        copy = tmp_path / path.name
        with open(path, encoding="utf-8") as src, open(copy, "w", encoding="utf-8") as dst:
            for line in src:
                rec = json.loads(line)
                for g in rec["gold"]:
                    if g["unit"] == "money":
                        g["unit"] = "count"
                        del g["currency"]
                dst.write(json.dumps(rec, ensure_ascii=False) + "\n")
        path = copy
    dev = load_devset(path)
    with open(path, encoding="utf-8") as fh:
        n_gold = sum(len(json.loads(line)["gold"]) for line in fh if line.strip())
    assert len(dev.gold) == n_gold
