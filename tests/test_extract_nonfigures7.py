"""Numbers that are not figures, seventh English tuning round (issue 11): precision.

Every case is a passage of an English dev file (``tests/data/realtext*_dev.jsonl``, the record
named in each case, with its URL) whose gold has no figure at the number named; the guideline of
tests/data/DEVSET.md excludes weights, magnitudes, temperatures and shares without a count
("Not figures" of rounds 3-5). The counts beside them stay figures.
"""

from __future__ import annotations

import pytest

from idlibstats import extract_figures


@pytest.mark.parametrize(
    ("text", "not_figures", "figures"),
    [
        # rt3_176: http://plawiuk.blogspot.com/search?max-results=10&reverse-paginate=true&updated-max=2024-03-18T00%3A57%3A00-07%3A00
        # (AFP, 2024-03-18): a share without a count
        (
            'Two thirds of the 6,612 "foreigners" are children under 17, according to the camp administration.',
            ["Two"],
            ["6,612"],
        ),
        # rt4_136: https://english.bombaysamachar.com/international/myanmar-earthquake-death-toll
        # (April 2025): a temperature with its conversion
        (
            "Over 1,550 international rescuers, aided by 17 countries, joined locals, with mobile hospitals from India and Russia-Belarus operating in Mandalay, where tents shelter the displaced amid 40 C (104 F) heat.",
            ["40", "104"],
            ["Over 1,550", "17"],
        ),
        # rt5_348: https://omnatigray.org/tag/idp (WFP Ethiopia brief, January 2021): metric tons
        (
            "In total, WFP distributed 11,217 mt of food items and transferred USD 657,500 in cash.",
            ["11,217"],
            ["USD 657,500"],
        ),
        # rt6_311: https://www.ena.et/en/?p=35687 (2022-05-13): "tones", a misspelt weight
        (
            "WPF twitted that 3,400 tones of food sent to distribution points in Tigray during the past week and delivered food to 120,000 people.",
            ["3,400"],
            ["120,000"],
        ),
        # rt3_024: https://www.iom.int/news/gang-violence-displaces-165000-haiti-hinders-aid-efforts
        # (June 2023): an earthquake's magnitude
        (
            "The country is facing additional pressure due to severe floods caused by torrential rains, affecting over 46,000 people and displacing over 13,000 others, and a 4.9 Richter earthquake on 6 June, further compounding the humanitarian situation.",
            ["4.9"],
            ["over 46,000", "over 13,000"],
        ),
        # rt3_147: https://reliefweb.int/report/afghanistan/unhcr-rbap-afghanistan-situation-afghan-returns-assisted-unhcr-quarterly-update-october-december-2024
        # (UNHCR, 2024): a footnote marker glued to its word
        (
            "In 2024, UNHCR assisted 54,720 Afghan returns1, (98.9% from Pakistan).",
            ["1"],
            ["54,720", "98.9%"],
        ),
        # rt3_288: https://en.wikipedia.org/wiki/Battle_of_Aleppo_(2024): a numbered field name
        ("- Strength1: 350 militants (Russian claim)", ["1"], ["350"]),
        # rt3_352: https://von.gov.ng/civilians-killed-in-ethiopia-drone-strikes-residents
        # (BBC copy, 2023): "one" names a speaker (the guideline's "one resident told AFP")
        (
            "One resident of Quarit who requested anonymity said two separate drone attacks occurred in the area.",
            ["One"],
            ["two"],
        ),
        # rt5_111: https://aantv.africa/?p=52143 (January 2026): an example introduced
        (
            "In one incident, a drone strike hit a funeral gathering in al-Luweib village, killing 65 people, mostly women and children.",
            ["one"],
            ["65"],
        ),
        # rt3_189: https://thedefensepost.com/2019/11/25/syria-al-hol-isis-women/amp (2019-11-25):
        # an age bound
        (
            "Victims include girls as young as nine, a senior camp security official and eight-year veteran of the Women’s Protection Units (YPJ), told The Defense Post.",
            ["nine"],
            [],
        ),
        # rt4_018: https://en.goobjoog.com/un-says-hostilities-in-sudans-kordofan-trigger-more-displacement
        # (Xinhua copy, late 2025): a number word inside a place name
        (
            "OCHA said the medical association reported on Monday that five people were killed and 13 others injured, all civilians, in an attack on Kartala Market in the Six Mountains area of South Kordofan on Sunday.",
            ["Six"],
            ["five", "13"],
        ),
    ],
)
def test_not_figures(text: str, not_figures: list[str], figures: list[str]) -> None:
    phrases = extract_figures(text)["phrase"].tolist()
    assert phrases == figures
    assert not set(not_figures) & set(phrases)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a number before "third-" counts: only a share word standing alone is excluded
        ("Two third-country nationals were killed in the strike.", "Two"),
        # a capital C or F is a temperature only with its conversion in brackets
        ("At least 12 C-130 flights landed in Amman.", "At least 12"),
        # "one" that counts, with a speaker named after the clause
        ("One civilian was killed, the Observatory said.", "One"),
        ("Only one incident was reported in the district.", "one"),
        # a title-case headline keeps its count
        ("Three Killed In Idlib Shelling", "Three"),
    ],
)
def test_still_figures(text: str, phrase: str) -> None:
    assert phrase in extract_figures(text)["phrase"].tolist()


def test_currency_code_glued_to_its_amount() -> None:
    # rt3_391: https://menafn.com/1108098710/International-conference-in-Paris-secures-over-USD21B-in-aid-for-Sudan
    # (MENAFN, 2024-04-16): the code is the amount's currency, not a code glued to a number
    text = (
        "(MENAFN) At the conclusion of an international conference in Paris aimed at rallying "
        "support for Sudan's 51 million people, French President Emmanuel Macron announced that "
        "world donors had pledged over USD2.1 billion in humanitarian aid."
    )
    row = extract_figures(text).set_index("phrase").loc["over USD2.1 billion"]
    assert (row["value"], row["unit"], row["currency"], row["qualifier"]) == (
        2.1e9,
        "money",
        "USD",
        "more_than",
    )
