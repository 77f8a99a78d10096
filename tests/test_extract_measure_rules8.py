"""Measure rules of the eighth English tuning round: what a figure counts.

Every case is a passage of an English dev file (``tests/data/realtext*_dev.jsonl``, the record
named in each case, with its URL); the expected measure is that record's gold, which follows the
written guideline of tests/data/DEVSET.md and its round decisions. Each group holds at least one
counter-case the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests._english import one as _one

# -- The singular event nouns govern their object as the plural ones do (the guideline's killed:
# "death", "death toll"; injured): "resulted in the death of 14", "the injury of over 57 others";
# "the toll" alone is a death toll ("The toll in the earthquake ... has reached 3,085").


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt7_029: https://gulanmedia.com/en/story/317922/turkish-drone-strikes-hit-civilian-vehicles-in-northeast-syria%27s-hasaka-province
        (
            "These strikes have resulted in the death of 14 individuals and injuries to 15 others, including women and children.",
            "2024-02-28",
            "14",
            "killed",
        ),
        # the injuries right after it keep their own figure
        (
            "These strikes have resulted in the death of 14 individuals and injuries to 15 others, including women and children.",
            "2024-02-28",
            "15",
            "injured",
        ),
        # rt5_026: https://zealnews.africa/en/post/snhr-monthly-report-for-victims-of-extrajudicial-killing-in-syria-4lAL9
        (
            "SNHR also recorded the death of 140 civilians, including 10 children, 15 women, and one victim of death due to torture, in June 2025.",
            None,
            "140",
            "killed",
        ),
        # rt7_361: https://scroll.in/latest/1080953/myanmar-earthquake-toll-crosses-3000?utm_source=rss&utm_medium=public
        (
            "The toll in the earthquake that struck central Myanmar on March 28 has reached 3,085, AFP quoted the country’s military-led government as stating on Thursday.",
            "2025-04-03",
            "3,085",
            "killed",
        ),
        # rt2_250: https://www.nation.ge/index.php?lng=geo&m=5&news_id=26302 (a casualty toll is
        # killed and wounded together)
        (
            "Later, City Mayor Borys Filatov said the casualty toll rose to nine.",
            "2024-04-19",
            "nine",
            "other",
        ),
    ],
)
def test_singular_fate_nouns(text: str, published: str | None, phrase: str, measure: str) -> None:
    assert _one(text, phrase, published)["measure"] == measure


# -- A fate told after an object list is the fate of every member (as "killing four civilians
# and four soldiers"): "left ten civilians, ..., and 27 military personnel dead", and the parts of
# a toll listed after a colon share its fate; a fate adjective ends the counted noun
# ("27 military personnel dead"). Joined fates stay a combined count, and a part with a fate of
# its own keeps it.


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt7_027: https://www.syriahr.com/en/310957/?fbclid=IwAR1w4KfiKsdPQ8wwBnQAe_pTSnqEEvYynj2MYdhT9UKSJ70T3NcZN54OAKA
        (
            "• Al-Hasakah: 21 attacks left ten civilians, including three women and a child, and 27 military personnel dead and others injured.",
            None,
            "ten",
            "killed",
        ),
        (
            "• Al-Hasakah: 21 attacks left ten civilians, including three women and a child, and 27 military personnel dead and others injured.",
            None,
            "27",
            "killed",
        ),
        (
            "• Al-Hasakah: 21 attacks left ten civilians, including three women and a child, and 27 military personnel dead and others injured.",
            None,
            "21",
            "attacks",
        ),
        # rt7_026 (the same page)
        (
            "These attacks left 62 fatalities: 13 civilians, including a child and two women, 46 military personnel and three regime soldiers, as well as the injury of over 57 others.",
            None,
            "46",
            "killed",
        ),
        (
            "These attacks left 62 fatalities: 13 civilians, including a child and two women, 46 military personnel and three regime soldiers, as well as the injury of over 57 others.",
            None,
            "three",
            "killed",
        ),
        (
            "These attacks left 62 fatalities: 13 civilians, including a child and two women, 46 military personnel and three regime soldiers, as well as the injury of over 57 others.",
            None,
            "over 57",
            "injured",
        ),
        # rt2_003: http://www.iran-daily.com/News/219267.html (dead and injured together)
        (
            "The Yemeni Ministry of Human Rights announced in a statement on March 25 that the Saudi-led war had left some 600,000 civilians dead and injured since March 2015.",
            "2018-08-03",
            "some 600,000",
            "other",
        ),
        # rt086: https://dogruhaber.com.tr/amp/haber/818362-russian-forces-kill-at-least-227-civilians-in-ukraine-un/
        (
            "“In total, from 4 am on 24 February 2022, when the Russian Federation’s military action against Ukraine started, until 12 midnight on 1 March 2022, the Office of the UN High Commissioner for Human Rights (OHCHR) recorded 752 civilian casualties in Ukraine: 227 killed (31 men, 25 women, 6 boys, and 3 girls, as well as 6 children and 156 adults whose sex is yet unknown) and 525 injured,” United Nations Human Rights Monitoring Mission in Ukraine said in a report.",
            None,
            "525",
            "injured",
        ),
    ],
)
def test_fate_after_list(text: str, published: str | None, phrase: str, measure: str) -> None:
    assert _one(text, phrase, published)["measure"] == measure


# -- Arrests count detainees (the guideline's other), next to the deaths of the same events.


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt7_315: https://naturalnews.com/2024-10-18-darien-gap-panama-venezuelan-migrants-surge.html
        (
            "This in turn led to violent crackdowns on protests, leading to at least 27 deaths and over 2,400 arrests.",
            "2024-10-18",
            "over 2,400",
            "other",
        ),
        (
            "This in turn led to violent crackdowns on protests, leading to at least 27 deaths and over 2,400 arrests.",
            "2024-10-18",
            "at least 27",
            "killed",
        ),
    ],
)
def test_arrests(text: str, published: str | None, phrase: str, measure: str) -> None:
    assert _one(text, phrase, published)["measure"] == measure


# -- Repatriated people are returning refugees (the guideline's refugees), the figure the verb's
# object or its subject; a forced repatriation is a deportation, and a count of repatriations and
# deportations together is neither (round 4: deportations and forced returns are other).


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt6_009: http://www.menafn.com/menafn/1093554485/Jordan-40-Syrian-families-repatriated-upon-their-request?src=RSS
        (
            "(MENAFN- Jordan Times) Jordan has repatriated 40 Syrian families upon their request this week, according to official sources.",
            None,
            "40",
            "refugees",
        ),
        # rt7_011: https://gulanmedia.com/en/story/311965/over-100-iraqi-families-to-leave-syria%27s-al-hol-camp,-continuing-repatriation-efforts
        (
            "During the conference, Iraqi National Security Advisor Qasim al-Araji announced that a total of 1,567 Iraqi families have been successfully repatriated from the al-Hol camp thus far, signifying ongoing efforts to facilitate the return of displaced families to their home country.",
            None,
            "1,567",
            "refugees",
        ),
        # rt3_136: https://menafn.com/1109435647/243M-Afghans-Return-Home-In-Over-18-Months
        (
            "It added 54 were forcibly repatriated and the IOM provided critical post-arrival humanitarian support to 1,003,563 of the returnees.",
            "2025-04-16",
            "54",
            "other",
        ),
        # rt6_343: https://southasiatimes.org/torkham-sees-fresh-wave-of-deportations-as-deadline-for-voluntary-return-ends
        (
            "According to official immigration data, from September 17, 2023, to April 5, 2025, a total of 71,438 Afghan families, comprising 476,159 individuals, have been repatriated to Afghanistan—both voluntarily and through state-managed deportations.",
            None,
            "476,159",
            "other",
        ),
    ],
)
def test_repatriated(text: str, published: str | None, phrase: str, measure: str) -> None:
    assert _one(text, phrase, published)["measure"] == measure


# -- Drones launched are attacks as the missiles launched with them (the guideline's attacks):
# the launch verb before the list of weapons, or "were launched" after the drones; drones
# downed or intercepted stay other.


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt5_415: https://dailypost.ng/2025/05/01/two-killed-15-injured-in-russian-attack-on-ukraine
        (
            "Meanwhile, Ukraine’s air force said that Russia launched five ballistic missiles and 170 drones during the overnight attack.",
            "2025-05-01",
            "170",
            "attacks",
        ),
        (
            "It said that it shot down 74 drones while another 68 drones did not reach their targets, likely due to electronic warfare countermeasures.",
            "2025-05-01",
            "74",
            "other",
        ),
        # rt7_375: https://www.city1016.ae/trending/news/international-news/russia-launches-28-drones-three-missiles-at-ukraine
        (
            "Russia had deployed almost 300 missiles and more than 200 drones in attacks in the last days of 2023 and the first days of 2024.",
            None,
            "more than 200",
            "attacks",
        ),
        # rt7_373: https://naharnet.com/stories/en/301915-russia-attacks-ukraine-with-48-drones-overnight
        (
            '"A total of 48 Shahed-136/131 strike UAVs were launched," the Ukrainian air force said in a statement, adding that defensive systems had downed 41 of the unmanned aerial vehicles.',
            None,
            "48",
            "attacks",
        ),
        (
            '"A total of 48 Shahed-136/131 strike UAVs were launched," the Ukrainian air force said in a statement, adding that defensive systems had downed 41 of the unmanned aerial vehicles.',
            None,
            "41",
            "other",
        ),
    ],
)
def test_drones_launched(text: str, published: str | None, phrase: str, measure: str) -> None:
    assert _one(text, phrase, published)["measure"] == measure


# -- People "being sheltered" in buildings or locations are the population there, as people
# sheltering in them (round 2's verb rule; the guideline's "housed in a place").


@pytest.mark.parametrize(
    ("text", "published", "phrase", "measure"),
    [
        # rt7_068: https://www.lbcgroup.tv/news/lebanon-news/798734/lebanon-death-toll-from-israeli-strikes-reaches-1247-over-150000-displ/en
        (
            "Yassin said 52,900 displaced people are being sheltered in 360 locations, most of which are schools and educational institutions.",
            "2024-09-25",
            "52,900",
            "population",
        ),
        (
            "Yassin said 52,900 displaced people are being sheltered in 360 locations, most of which are schools and educational institutions.",
            "2024-09-25",
            "360",
            "other",
        ),
    ],
)
def test_being_sheltered(text: str, published: str | None, phrase: str, measure: str) -> None:
    assert _one(text, phrase, published)["measure"] == measure
