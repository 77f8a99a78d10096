"""Source rules of the seventh English tuning round (issue 11, helper src7en).

Each case is a passage, the phrase of one of its figures and the source that figure should get.
Cases with a dev record id (``tests/data/realtext*_dev.jsonl``) and URL expect that record's gold;
cases "written here" test where a rule stops, by the guideline and the round decisions in
DEVSET.md.
"""

from __future__ import annotations

import pytest

from tests.test_extract_source_rules6 import _sources

# -- registry names of the round-6 gold: bodies and outlets -----------------------------------


REGISTRY_NAMES = [
    # rt6_362: https://www.brecorder.com/news/40197391/more-rains-likely-in-some-flood-hit-areas
    (
        "According to the NDMA data, in the past 24 hours, nationwide a total 54 flood-related deaths were reported, of which, 44 in Sindh, eight in Balochistan, and two in the AJK. The NDMA data further revealed six flood water-related injuries were reported in Balochistan province.",
        "six",
        "NDMA",
    ),
    # rt6_364: https://www.brecorder.com/news/40197391/more-rains-likely-in-some-flood-hit-areas
    (
        "The NDMA report said that the rain waters across the country have resulted in injuries to 12,748 people since June 14, of which, 8,321 people are injured in Sindh, 3,858 in Punjab, 368 in KPK, 172 in Balochistan, 24 in KPK, and five in GB.",
        "12,748",
        "NDMA",
    ),
    # rt6_352: https://thegoaspotlight.com/2021/12/22/how-many-are-there-in-latin-america-look-at-the-map-2/
    (
        "In total, until November 2021, there were 4.99 million Venezuelan refugees and migrants in Latin America and the Caribbean and 6.04 million worldwide, according to figures from R4V, the Interagency Coordination Platform for Refugees and Migrants from Venezuela.",
        "6.04 million",
        "R4V",
    ),
    # rt6_347: https://aniweb.voxturr.us/topic/torkham/page/3
    (
        "Over 3,000 Afghans have been transported from Turkey to Kabul for deportation in the last 20 days, Khaama Press reported citing the head of the Ministry of Refugees' Legal Support Directorate.",
        "Over 3,000",
        "Khaama Press",
    ),
    # rt6_338: https://www.dawn.com/news/1902317/torkham-witnesses-largest-deporation-of-afghans-since-april-1
    (
        "Officials at the transit centre in Landi Kotal told Dawn that 777 Afghan nationals were handed over to the Khyber police at the Karkhano Market checkpost.",
        "777",
        "Dawn",
    ),
    # written here: "dawn" in lower case is the time of day, no outlet
    (
        "Residents who fled before dawn told reporters that 40 houses were destroyed.",
        "40",
        None,
    ),
]


# -- reporting frames: "data provided by", a qualified document, "(IOM DTM)", "(OCHA)" --------


FRAMES = [
    # rt6_026: https://english.hathalyoum.net/amp/17519
    (
        "Some 31,000 families – around 186,000 people – left or were forced to leave camps in 2019, according to official data provided by the Norwegian Refugee Council (NRC).",
        "around 186,000",
        "NRC",
    ),
    # rt6_373: https://www.brecorder.com/news/40186725/another-35-killed-in-past-24-hours-death-toll-from-flash-floods-reaches-238-ndma
    (
        "The NDMA’s flood-related figures released on Monday said that 187 people had also been injured due to floods countrywide and 1,504 livestock have also been killed.",
        "187",
        "NDMA",
    ),
    # rt2_022 (the limit: "reported that" qualifies no document; the UN agency reported it):
    # https://en.minanews.net/iom-nearly-89000-civilians-displaced-from-el-fasher-after-rsf-takeover/
    (
        "The UN agency reported that data from its Displacement Tracking Matrix (DTM) shows 7,075 additional civilians fled El-Fasher between Nov. 5 and 8 due to worsening insecurity.",
        "7,075",
        "UN",
    ),
    # rt6_047: https://reliefweb.int/report/lebanon/iom-lebanon-emergency-response-update-9-1-28-february-2025
    (
        "A ceasefire agreement took effect on 27 November 2024, prompting nearly 580,000 IDPs to begin returning home in the following days (IOM DTM). As of 27 February 2025, 949,571 people have begun returning to their communities and 98,875 IDPs remain displaced (IOM DTM).",
        "98,875",
        "IOM",
    ),
    # rt6_303: https://eng.fatshimetrie.org/2023/10/19/humanitarian-crisis-in-north-kivu-massive-population-displacements-and-urgent-assistance-needs/?amp=1
    (
        "According to a report from the Office for Humanitarian Coordination (OCHA), more than 145,000 people have been displaced to more than 33 locations since the beginning of October.",
        "more than 145,000",
        "OCHA",
    ),
]


# -- a government or governor named by its office alone, and other ministries --------------


OFFICES = [
    # rt6_307: https://www.journal-news.com/nation-world/jihadis-attack-in-eastern-burkina-faso-kills-11-soldiers/AT6XEKWSRRCWXGG7FQVKF6L73A/
    (
        "Eleven soldiers were killed and nearly two dozen injured by jihadis targeting a military base in eastern Burkina Faso, the government said.",
        "nearly two dozen",
        "Burkinabe government",
    ),
    # written here: no country in the sentence, nobody (the round-6 decision)
    (
        "Eleven soldiers were killed and nearly two dozen injured by jihadis targeting a military base, the government said.",
        "nearly two dozen",
        None,
    ),
    # rt6_315: https://ethiopianmonitor.com/2022/03/31/21-trucks-carrying-humanitarian-aid-en-route-to-tigray/
    (
        "ADDIS ABABA – Twenty-one trucks carrying humanitarian aid have today begun their journey to Tigray via Aba’la Road in Afar region, says the federal government of Ethiopia.",
        "Twenty-one",
        "Ethiopian government",
    ),
    # rt6_300: https://english.alarabiya.net/News/world/2023/08/23/Russia-says-three-killed-in-Ukrainian-drone-attack-in-border-region-of-Belgorod-
    (
        "A Ukrainian drone strike Wednesday killed three people in the Russian border region of Belgorod, the governor said.",
        "three",
        "Belgorod regional administration",
    ),
    # written here: no region named, nobody
    (
        "A Ukrainian drone strike Wednesday killed three people in a Russian border village, the governor said.",
        "three",
        None,
    ),
    # rt6_387: https://www.france24.com/en/20190610-scores-killed-attack-dogon-village-central-mali-sobane
    (
        "Mali’s communication ministry later gave a revised death toll of 35 based on those who had been identified by the governor of Mopti.",
        "35",
        "Malian government",
    ),
]


# -- a longer frame before the name: its description, its seat ------------------------------


LONGER_FRAMES = [
    # rt6_058: https://www.anews.com.tr/middle-east/2026/01/29/illegal-israeli-settler-attacks-displace-818-palestinians-in-west-bank-this-month-un
    (
        "More than 500,000 illegal Israeli settlers live in settlements and outposts across the West Bank, while another 250,000 live in settlements built on land in the occupied East Jerusalem, according to the Israeli left-wing group Peace Now.",
        "250,000",
        "Peace Now",
    ),
    # rt6_035: https://fadelabdulghany.net/?p=5630 (the total, then "he pointed out")
    (
        "“The hardest hit Turkish cities were home to a large number of Syrians, said Fadel Abdul Ghany, head of the UK-based Syrian Network for Human Rights, or SNHR, which monitors human rights violations inside Syria. Both the badly battered provinces of Hatay and Gaziantep in Turkey had just under half a million Syrian inhabitants each, he pointed out.",
        "just under half a million",
        "SNHR",
    ),
]


# -- verbs: "places the number at"; a participle before a counted noun is no verb ----------


VERBS = [
    # rt6_020: https://iafrica.com/libya-still-reeling-from-devastating-floods/
    (
        "Unicef places the number of people still missing at about 8,500, but the true death toll remains unclear.",
        "about 8,500",
        "UNICEF",
    ),
    # rt4_163: https://www.shafaq.com/en/World/Death-toll-rises-to-1-383-in-Syria-s-coastal-violence
    (
        "According to the SOHR report, the victims were distributed as follows: 49 deaths in Tartous, 25 in Latakia—including five Christians —and 84 in Hama. Since March 6, a total of 50 documented similar incidents have occurred in Syria’s coastal and mountainous regions.",
        "50",
        "SOHR",
    ),
    # written here: a verb of its own keeps the next sentence apart
    (
        "According to the SOHR report, 49 people died in Tartous. Residents documented 50 similar incidents in the region.",
        "50",
        None,
    ),
]


# -- a body's officer named with a lower-case particle ("Ashraf al-Qudra") ------------------


OFFICER_WITH_PARTICLE = [
    # rt3_101: https://menafn.com/1107352035/Gazas-Health-Ministry-death-toll-in-Gaza-rises-to-8796
    (
        "(MENAFN) The Health Ministry in the blocked enclave in the Gaza Strip reported on Wednesday that the number of Palestinian deaths resulting from an Israeli military onslaught has risen to 8,796.\n\n\n\n“The victims include 3,648 children and 2,290 women, while 22,219 other people were injured,” ministry speaker Ashraf al-Qudra reported at a media conference in Gaza City.",
        "22,219",
        "Gaza Health Ministry",
    ),
]


# -- "confirmed by" an office-holder; deputy ministers speak for their government ----------


CONFIRMED_BY = [
    # rt285: https://www.alaturka.us/number-of-syrian-migrants-in-turkey-tops-3-5-million/
    (
        "According to the report, to date Turkey has spent $30.29 billion on the Syrian migrants, a number confirmed by Deputy Prime Minister Recep Akdag.",
        "$30.29 billion",
        "Turkish government",
    ),
    # written here, after the round-6 decision ("Armenia's Deputy Minister of Territorial
    # Administration" -> Armenian government)
    (
        "Armenia's Deputy Minister of Territorial Administration said 20,000 refugees had arrived in Goris.",
        "20,000",
        "Armenian government",
    ),
]


# -- every case above: the figure's source is the expected one ------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        *REGISTRY_NAMES,
        *FRAMES,
        *OFFICES,
        *LONGER_FRAMES,
        *VERBS,
        *OFFICER_WITH_PARTICLE,
        *CONFIRMED_BY,
    ],
)
def test_source(text: str, phrase: str, source: str | None) -> None:
    assert set(_sources(text, phrase)) == {source}
