"""Place linking: the gazetteer and find_places."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from idlibstats import datasets
from idlibstats.datasets.builders import build_gazetteer
from idlibstats.extract import extract_figures
from idlibstats.extract.places import PlaceMatch, find_places, gazetteer, normalize_name


def _one(text: str) -> PlaceMatch:
    found = find_places(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "pcode"),
    [
        ("Maarat al-Numan", "SY070200"),
        ("Ma'arrat an Nu'man", "SY070200"),
        ("Ma’arrat an-Nu’man", "SY070200"),
        ("Maaret al-Numan", "SY070200"),
        ("Maarrat al-Nu'man", "SY070200"),
        ("Idlib", "SY07"),
        ("Idleb", "SY07"),
        ("Idlib province", "SY07"),
        ("Aleppo", "SY02"),
        ("Halab", "SY02"),
        ("al-Hader", "SY020006"),  # in Aleppo governorate, not Idlib
        ("Hadher", "SY020006"),
        ("Saraqeb", "SY070003"),
        ("Saraqib", "SY070003"),
        ("Khan Sheikhoun", "SY070201"),
        ("Khan Shaykhun", "SY070201"),
        ("Abu al-Duhour", "SY070001"),
        ("Abu Al Thohur", "SY070001"),
        ("Jisr al-Shughour", "SY070400"),
        ("Hama", "SY05"),
        ("Syria", "SY"),
        ("al-Bab", "SY020200"),  # "Bab" alone is not a place, with the article it is
        ("Deir Ezzor", "SY09"),  # news spellings added by hand
        ("Al-Bokamal", "SY090200"),
        ("Edlib", "SY07"),
    ],
)
def test_spelling_variants_link_to_pcode(text: str, pcode: str) -> None:
    m = _one(text)
    assert (m.start, m.end, m.name) == (0, len(text), text)
    assert m.pcode == pcode


def test_al_habit_from_hand_list_lies_in_idlib() -> None:
    m = _one("the humanitarian corridor in al-Habit")
    assert m.name == "al-Habit"
    assert m.level == "place"
    assert (m.lat, m.lon) == (35.4386, 36.5383)
    assert m.pcode is not None and m.pcode.startswith("SY07")


def test_levels_and_coordinates() -> None:
    gov = _one("Idlib")
    assert gov.level == 1 and gov.canonical == "Idleb"
    assert 35 < gov.lat < 37 and 36 < gov.lon < 37.5
    sub = _one("Maarat al-Numan")
    assert sub.level == 3
    town = _one("Kafranbel")
    assert town.level == "place" and town.pcode.startswith("SY0702")


def test_countries() -> None:
    syria, turkey = find_places("Syria borders Turkey.")
    assert (syria.pcode, syria.level) == ("SY", 0)
    assert (turkey.name, turkey.pcode, turkey.level) == ("Turkey", None, 0)
    assert math.isnan(turkey.lat)
    names = [m.name for m in find_places("refugees in Lebanon, Jordan, Iraq and Germany")]
    assert names == ["Lebanon", "Jordan", "Iraq", "Germany"]


def test_offsets_in_seed_article(seed_article) -> None:
    text = seed_article.text
    found = find_places(text)
    assert all(text[m.start : m.end] == m.name for m in found)
    by_name = {m.name: m.pcode for m in found}
    assert by_name["Maarat al-Numan"] == "SY070200"
    assert by_name["Abu al-Duhour"] == "SY070001"
    assert by_name["al-Hader"] == "SY020006"
    assert by_name["al-Habit"].startswith("SY07")
    assert by_name["Idlib"] == "SY07"
    assert "Mahmoud Hassano" not in by_name


def test_longest_match_and_possessive() -> None:
    m = _one("Turkey's border")
    assert m.name == "Turkey"
    m = _one("residents of Maarat al-Numan's old city")
    assert m.name == "Maarat al-Numan"
    m = _one("the southern Idlib countryside")
    assert m.name == "Idlib"


@pytest.mark.parametrize(
    "text",
    [
        "Hayat Tahrir al-Sham fighters",
        "Ahrar al-Sham and the Syrian city council",
        "the Bureau said Suleiman was at the Ashura rally",
        "a Turki Khan",
        "he was at Bab al-Hawa home",
        "sur la route",
        "the home of the family",
        "",
        "1,300 civilians were killed",
    ],
)
def test_no_false_places(text: str) -> None:
    assert find_places(text) == []


def test_lower_case_words_are_not_places() -> None:
    # "hama" and "idlib" written in lower case are not taken for names in English text
    assert find_places("idlib") == []


def test_normalize_name() -> None:
    assert normalize_name("Ma'arrat an Nu'man") == normalize_name("Maarat al-Numan")
    assert normalize_name("al-Hader") == normalize_name("Al-Hadher")
    assert normalize_name("Abul Thohur") == "abu al thohur"


def test_messy_and_large_text_is_fast_enough_and_safe() -> None:
    text = "Shelling\u00a0hit Saraqeb and\nKhan Sheikhoun. " * 2000 + "“Idlib”"
    found = find_places(text)
    assert len(found) == 4001
    assert found[-1].name == "Idlib"


def test_committed_gazetteer_is_complete() -> None:
    g = gazetteer()
    levels = g["level"].value_counts()
    assert levels["1"] == 14 and levels["2"] == 62 and levels["3"] == 272
    assert levels["place"] > 250
    assert g["place_id"].is_unique
    inside = g[g["level"] == "place"]
    assert inside["pcode"].str.fullmatch(r"SY\d{6}").all()


@pytest.mark.shared
def test_build_gazetteer_reproduces_committed_file(shared_data, tmp_path) -> None:
    path = build_gazetteer(out_dir=tmp_path, shared_dir=shared_data)
    built = pd.read_csv(path, dtype=str, keep_default_na=False)
    committed = pd.read_csv(datasets.path("syria_places"), dtype=str, keep_default_na=False)
    pd.testing.assert_frame_equal(built, committed)


_PIECES = [*"aeilmnortuAIMS '’-ʿ\u00a0\n.,", "Idlib", "al-", "Ma'", "Numan", "Hader", "Syria's"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=80).map("".join))
def test_find_places_never_crashes_and_offsets_hold(text: str) -> None:
    found = find_places(text)
    assert all(text[m.start : m.end] == m.name for m in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_hand_listed_places_from_ucdp() -> None:
    found = {m.name: m for m in find_places("camps in Atmeh, Sarmada and the Rukban camp")}
    assert found["Atmeh"].pcode == found["Sarmada"].pcode == "SY070301"  # Dana sub-district
    assert found["Rukban camp"].pcode.startswith("SY04")  # Homs governorate, on the border
    g = gazetteer()
    hand = g[g["source"].str.startswith("hand: UCDP")]
    assert len(hand) >= 5 and hand["pcode"].notna().all()


# issue 11: several places per figure, and the north-west Syria region
def test_places_listed_together_are_all_kept():
    r = extract_figures("About 4,500 people left Maarat al-Numan and Saraqeb.").iloc[0]
    assert set(r.places.split("; ")) == {"Maarat al-Numan", "Saraqeb"}
    assert r.places.split("; ")[0] == r.place
    r = extract_figures("Shelling killed 12 people in Idlib, Aleppo and Hama.").iloc[0]
    assert r.places == "Idlib; Aleppo; Hama"


@pytest.mark.parametrize(
    "text",
    [
        "More than 30,000 people have fled their homes in north-west Syria.",
        "Some 900,000 people have been displaced in northwest Syria since December.",
        "Some 900,000 people have been displaced in Syria's northwest.",
    ],
)
def test_north_west_syria_is_the_region_not_the_country(text):
    from idlibstats.load.regions import NORTH_WEST_SYRIA

    r = extract_figures(text).iloc[0]
    assert r.place == NORTH_WEST_SYRIA.name
    assert r.place_pcode is None
    assert r.measure == "displaced"  # a region of Syria is no border crossing


def test_a_figure_without_a_place_has_no_places():
    assert extract_figures("Some 300 people were killed.").places.isna().all()


def test_abul_with_a_hyphen_is_one_name_and_a_possessive_is_dropped():
    found = find_places("Fighting near Abul-Duhur airbase, in Idlib's south.")
    assert [(m.name, m.pcode) for m in found] == [("Abul-Duhur", "SY070001"), ("Idlib", "SY07")]
