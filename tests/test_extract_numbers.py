"""Numbers: numerals, magnitudes, number words, percentages, money, and what is not a figure."""

from __future__ import annotations

import re

import pytest

from idlibstats.extract import extract_figures, numerals
from idlibstats.extract.numerals import words_value


def _fig(text: str) -> tuple[str, float, str]:
    t = extract_figures(text, published="2020-01-29")
    assert len(t) == 1, t[["phrase", "value"]]
    r = t.iloc[0]
    return r.phrase, float(r.value), r.unit


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The strikes killed 1,300 people.", "1,300", 1300),
        ("The town had 140,000 residents.", "140,000", 140_000),
        ("Turkey hosts 3.5 million refugees.", "3.5 million", 3_500_000),
        ("The fighting has displaced 1.7m people.", "1.7m", 1_700_000),
        ("The UN said 800 thousand people live in camps.", "800 thousand", 800_000),
        ("Twenty-four people were killed.", "Twenty-four", 24),
        ("Thirty-three soldiers were killed.", "Thirty-three", 33),
        ("A dozen aid trucks crossed the border.", "A dozen", 12),
        ("Half a million people fled.", "Half a million", 500_000),
        ("A million people fled.", "A million", 1_000_000),
        (
            "Nine hundred and twenty-one families were displaced.",
            "Nine hundred and twenty-one",
            921,
        ),
        ("The toll rose to 12.", "12", 12),
    ],
)
def test_counts(text, phrase, value):
    got = _fig(text)
    assert got[0] == phrase
    assert got[1] == pytest.approx(value)
    assert got[2] == "count"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Some 80% of the town's residents have fled.", "80%"),
        ("An estimated 80 per cent of them depend on aid.", "80 per cent"),
        ("About 60 percent of people depend on aid.", "60 percent"),
    ],
)
def test_percentages(text, phrase):
    got = _fig(text)
    assert got[0].endswith(phrase)
    assert got[1] == 80 or got[1] == 60
    assert got[2] == "percent"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "currency"),
    [
        ("Donors pledged $2bn in aid.", "$2bn", 2e9, "USD"),
        ("Donors pledged $30 million in aid.", "$30 million", 3e7, "USD"),
        # issue 11's real-text fragments
        ("Donors have pledged $7bn.", "$7bn", 7e9, "USD"),
        ("The bank approved US$1.1 billion for the response.", "US$1.1 billion", 1.1e9, "USD"),
        ("The EU pledged 6 billion euros.", "6 billion", 6e9, "EUR"),
        ("Bread now costs 200 Syrian pounds.", "200", 200, "SYP"),
        ("Britain gave £50m.", "£50m", 5e7, "GBP"),
        ("The fund has 4 hundred million dollars.", "4 hundred million", 4e8, "USD"),
    ],
)
def test_money_is_its_own_unit_with_an_iso_currency(text, phrase, value, currency):
    t = extract_figures(text)
    assert len(t) == 1
    r = t.iloc[0]
    # a currency written after the amount is not part of the phrase (the guideline)
    assert (r.phrase, r.value, r.unit, r.currency, r.measure) == (
        phrase,
        value,
        "money",
        currency,
        "other",
    )


def test_filtering_counts_leaves_money_out():
    t = extract_figures(
        "The UN appealed for $250m to help 1.5 million people, after 300 were killed."
    )
    assert list(t.loc[t.unit == "count", "value"]) == [1.5e6, 300]
    assert list(t.loc[t.unit == "money", "currency"]) == ["USD"]
    assert t.loc[t.unit == "count", "currency"].isna().all()


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("About 2,7 million people fled.", "About 2,7 million", 2.7e6),  # decimal comma
        ("Some 4,56,000 people were displaced.", "Some 4,56,000", 456_000),  # Indian grouping
        ("Some 300 000 people were displaced.", "Some 300 000", 300_000),  # space groups
        ("Two million and a half people fled.", "Two million and a half", 2.5e6),
        ("Two and a half million people fled.", "Two and a half million", 2.5e6),
        ("Some 12, 400 people were killed.", "Some 12, 400", 12_400),  # stray space
    ],
)
def test_number_forms_of_published_text(text, phrase, value):
    assert _fig(text)[:2] == (phrase, value)


def test_a_date_before_a_comma_is_not_a_stray_thousands_space():
    t = extract_figures("On March 12, 400 people fled.", published="2020-04-01")
    assert list(t.value) == [400]


def test_a_range_of_number_words_takes_the_scale_of_its_upper_end():
    r = extract_figures("Four to five thousand people fled.").iloc[0]
    assert (r.qualifier, r.lower, r.upper, r.value) == ("range", 4000, 5000, 4500)


def test_percent_forms():
    t = extract_figures("Inflation was 1.38pc while output changed by -1.3%.")
    assert list(t.phrase) == ["1.38pc", "-1.3%"]
    assert list(t.value) == [1.38, -1.3]
    assert set(t.unit) == {"percent"}


@pytest.mark.parametrize(
    "text",
    [
        "At least 412 people killed[17] in the attack.",
        "Some 3,000 people were displaced.[44][45]",
        "On 20/Oct, 300 families fled.",
        "On 20/11/2016 more than 40 were killed.",
        "Since the 2011 takeover, 500 people died.",
        "Children under the age of ten make up 40 percent of the displaced.",
    ],
)
def test_citation_markers_dates_and_ages_are_not_figures(text):
    t = extract_figures(text, published="2017-01-01")
    assert len(t) == 1 and t.value.iloc[0] in (412, 3000, 300, 40, 500)


@pytest.mark.parametrize(
    "text",
    [
        "He spent about three and a half years in prison.",
        "Residents of the 10-12 km zone were told to leave.",
        "Three out of four Syrians live in poverty.",
        "Nine out of ten refugees are in debt.",
        "The S&P 500 fell.",
        "The airline grounded its 737 Max jets.",
        "They found the 37m (121ft)-long skeleton.",
    ],
)
def test_durations_distances_proportions_and_names_are_not_counts(text):
    assert extract_figures(text).empty


@pytest.mark.parametrize(
    "text",
    [
        "The offensive began on Jan. 28, 2020.",  # dates
        "Rebels have held the town since 2012.",  # years
        "The strike hit at 10:30 am local time.",  # times
        "The explosion happened at 2200 GMT.",
        "The truce lasted four days.",  # durations
        "Fighting raged for 48 hours.",
        "The nearly nine-year-long civil war goes on.",
        "A 12-year-old boy was among the wounded.",  # ages
        "Assad, 54, has vowed to retake every inch of Syria.",
        "The 4th Division led the assault.",  # ordinals / unit names
        "The 25th Special Mission Forces Division advanced.",
        "Resolution 2254 calls for a ceasefire.",
        "The M5 highway and the SY07 district code.",  # codes
        "A Su-24 jet and an F-16 crashed.",
        "The two-day truce broke down.",
        "One of the hospitals was hit.",
        "It is the ninth year of the war.",
        "The convoy left at 0900 and the vote was 13-2.",
        "Refugee numbers peaked in the 1990s.",
        "Two-thirds of the town was damaged.",
    ],
)
def test_not_figures(text):
    t = extract_figures(text, published="2020-01-29")
    assert t.empty, t[["phrase", "value"]]


def test_glued_qualifier_and_non_breaking_space():
    r = extract_figures("At\u00a0least140,000 people fled.").iloc[0]
    assert (r.phrase, r.value, r.qualifier) == ("At\u00a0least140,000", 140_000.0, "at_least")


def test_code_letters_glued_to_digits_are_not_figures():
    assert extract_figures("Flight QR107 landed.").empty


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("twenty-four", 24),
        ("a dozen", 12),
        ("half a million", 500_000),
        ("two million", 2e6),
        ("one hundred and five", 105),
        ("eleven", 11),
    ],
)
def test_words_value(words, value):
    assert words_value(words) == value


def test_words_value_rejects_non_numbers():
    assert words_value("many") is None


def test_thousands_split_by_a_non_breaking_space():
    got = _fig("Some 12\u00a0000 people live in the camp.")
    assert got[:2] == ("Some 12\u00a0000", 12_000.0)


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("A shell hit the house, killing one and wounding two.", ["one", "two"]),
        ("The blast hit a bus, killing one.", ["one"]),
        ("At least one child died.", ["At least one"]),
        ("He was the one who fled, one of many.", []),
        ("The home side won 2-0 and the vote was 13-2.", []),
    ],
)
def test_one_and_scores(text, phrases):
    assert list(extract_figures(text).phrase) == phrases


def test_scale_words_in_capitals():
    t = extract_figures("SYRIA: 3.5 MILLION REFUGEES, 1.7M DISPLACED, $2BN PLEDGED")
    assert list(t.value) == [3.5e6, 1.7e6, 2e9]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # realtext_dev fragments (Anadolu, IOM DTM link glued in scraped text, Indian press)
        (
            "The total has reached 3 million and 321 thousand and 72 individuals, including 62 "
            "thousand and 151 residing in camps.",
            [3_321_072, 62_151],
        ),
        ("More than 3 millions fled.", [3e6]),
        ("More than 1.6 millionhttps://dtm.iom.int/x people fled.", [1.6e6]),
        ("An estimated 3.79 lakh refugees and around four lakh Rohingyas.", [379_000, 400_000]),
        # a part without a scale word is not added to millions: two figures
        ("Some 3 million fled and 300 were injured.", [3e6, 300]),
        # frequencies are counts, ratios are not
        ("Militants violated the ceasefire 26 times in one day.", [26]),
    ],
)
def test_number_forms_of_realtext(text, values):
    assert list(extract_figures(text).value) == values


@pytest.mark.parametrize(
    "text",
    [
        "A pause in the airstrikes between 6am and 12 midday enabled the safe passage.",
        "The casualty rate was nearly 10 times higher than reported.",
        "The influx began four to five years ago.",
        "The forces had captured a total of 5,677 km2 (2,192 sq mi).",
        "The convoy carried 1 million litres of fuel.",
    ],
)
def test_times_ratios_areas_and_volumes_are_not_figures(text):
    assert extract_figures(text).empty


@pytest.mark.parametrize(
    "text",
    [
        "US $ 3 million, CA $ 5m, AU$2bn, USD 40, Rs. 12 lakh, €7, £8 and 9 dollars",
        "v1.2345 at 10:30, 20/11/2016, 3.5 and 1,300 ($4) ... 12, 400 people; S$ 6",
        "no digits at all, only US$ and USD",
        "",
    ],
)
def test_digit_jumping_finds_what_a_full_search_finds(text):
    from idlibstats.extract.numerals import _NUMERAL_RE, _numerals

    def spans(search):
        out, pos = [], 0
        while (m := search(text, pos, len(text))) is not None:
            out.append((m.start(), m.end(), m.group("cur")))
            pos = m.end()
        return out

    assert spans(_numerals) == spans(_NUMERAL_RE.search)


def test_digit_jumping_keeps_the_longest_currency_before_an_amount():
    from idlibstats.extract.numerals import _numerals

    text = "US $ 3 million, CA $ 5m and Rs. 12 lakh"
    found, pos = [], 0
    while (m := _numerals(text, pos, len(text))) is not None:
        found.append((m.group(), m.group("cur")))
        pos = m.end()
    assert found == [("US $ 3 million", "US $ "), ("CA $ 5m", "CA $ "), ("Rs. 12 lakh", "Rs. ")]


@pytest.mark.parametrize(
    "after",
    [
        " Days ago",
        " PM on",
        " GMT",
        " Comments",
        "/Oct/2016",
        " KM from",
        " Per Cent of",
        "PC",
        " US Dollars",
        " Syrian Pounds sterling",
        " Percentage Points",
        "-Year-Old",
        " Times Higher",
        " people were killed",
        " Degrees C",
    ],
)
def test_lowered_patterns_match_as_their_ignorecase_originals(after):
    # the text after a number is matched lower-cased, without IGNORECASE (faster): the same
    # matches, which needs patterns with no capital in an escape or group name
    for original, lowered in (
        (numerals._AFTER_NONFIGURE, numerals._AFTER_NONFIGURE_LOW),
        (numerals._PERCENT_RE, numerals._PERCENT_LOW),
        (numerals._CURRENCY_AFTER, numerals._CURRENCY_AFTER_LOW),
    ):
        assert not re.search(r"\\[A-Z]|\(\?P<\w*[A-Z]", original.pattern)
        m, k = original.match(after), lowered.match(after.lower())
        assert (m and m.span()) == (k and k.span())
