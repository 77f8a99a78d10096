"""Source rules of the ninth English tuning round (helper src9en).

Each case is a passage, the phrase of one of its figures and the source that figure should get.
Cases with a dev record id (``tests/data/realtext*_dev.jsonl``) and URL expect that record's gold;
cases "written here" test where a rule stops, by the guideline and the round decisions in
DEVSET.md (local authorities by their place, D1 continuations, D2 "X told OUTLET").
"""

from __future__ import annotations

import pytest

from tests.test_extract_source_rules6 import _sources

# -- local heads: "governor of the southern Kherson region", "the Kharkiv Regional State
# Administration", and the head's surname carried later in the passage ----------------------

KHERSON = (
    '"Three people have been killed and five injured as a result of Russian aggression today,"'
    " Oleksandr Prokudin, governor of the southern Kherson region, wrote on social media.\n"
    "The three victims were a 72-year-old woman, a 50-year-old woman, and a 41-year-old man,"
    " Prokudin said."
)

LOCAL_HEADS = [
    # rt8_032: https://24newshd.tv/14-Jul-2024/5-killed-by-russian-fire-in-ukraine-s-kharkiv-kherson-regions-governors
    (KHERSON, "five", "Kherson regional administration"),
    # the same passage: the governor's surname carried ("Prokudin said")
    (KHERSON, "three", "Kherson regional administration"),
    # rt8_032: "governor of Kharkiv region" in apposition
    (
        "Oleg Synegubov, governor of Kharkiv region, said Russian strikes on a facility in the"
        " village of Budy had killed three people and injured 22.",
        "22",
        "Kharkiv regional administration",
    ),
    # rt8_031: https://newsukraine.rbc.ua/news/russians-shell-kharkiv-region-three-people-1687954934.html
    (
        "Russian occupiers shelled a village in Kharkiv region, resulting in one injured and three"
        " killed people, according to the head of the Kharkiv Regional State Administration, Oleh"
        " Syniehubov.",
        "three",
        "Kharkiv regional administration",
    ),
    # a state's governor stays the state government (written here, the realtext2 decision)
    (
        "Borno State Governor Babagana Zulum said 20 people were killed.",
        "20",
        "Borno state government",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "source"), LOCAL_HEADS)
def test_local_heads(text: str, phrase: str, source: str | None) -> None:
    assert _sources(text, phrase)[-1] == source


# -- the passage's own acronym over the registry's name -----------------------------------------

ANDMA = (
    "Speaking at a presser in Kabul, a spokesman for the country’s National Disaster Management"
    " Authority (ANDMA) said that 13 villages were completely destroyed in Saturday’s quakes, with"
    " thousands of people affected. More than 1,200 people were injured in the quakes, the"
    " spokesman said."
)

ACRONYMS = [
    # rt8_064: https://gna.org.gh/2023/10/more-than-2000-people-died-in-afghanistan-earthquakes-officials-say
    (ANDMA, "13", "ANDMA"),
    (ANDMA, "More than 1,200", "ANDMA"),
    # the registry's own acronym is kept (written here)
    (
        "The National Disaster Management Authority (NDMA) said 37 people died in the floods.",
        "37",
        "NDMA",
    ),
]


# -- bodies the registry does not know: "according to reports by BODY (ACR)", "said NAME,
# co-chair of BODY", a body opening its sentence before "has documented" or "indicate" --------

UNKNOWN_BODIES = [
    # rt8_078: https://floodlist.com/africa/cyclone-freddy-madagascar-mozambique-malawi-march-2023
    (
        "Over 72,600 people were affected by the storm’s second impact, including 24,300 who were"
        " displaced in the regions of Menabe and Atsimo Andrefana, according to reports by the"
        " National Bureau of Risk and Disaster Management (BNGRC).",
        "24,300",
        "BNGRC",
    ),
    # rt8_048: https://npasyria.com/en/78882 ("said NAME, co-chair of BODY")
    (
        "In addition, “29 villages affiliated with the town are now occupied by the Turkish forces,”"
        " said Jwan Ayoub, co-chair of the Tel Tamr Local Council.",
        "29",
        "Tel Tamr Local Council",
    ),
    # rt8_048: "Statistics of BODY indicate"
    (
        "Statistics of Tel Tamr Local Council indicate that since 2019, nearly 5,000 families have"
        " been displaced to Tel Tamr region.",
        "nearly 5,000",
        "Tel Tamr Local Council",
    ),
    # rt8_074: https://lbnntv.com/amhara-region-is-ethiopias-latest-battleground
    (
        "The Amhara Association of America has documented 24 drone and airstrikes in 17 separate"
        " incidents between September 25 and October 16, killing 87 people and injured 37.",
        "87",
        "Amhara Association of America",
    ),
    # written here: people who are not a body documented nothing the guideline names
    ("Residents have documented 24 airstrikes since March.", "24", None),
]


# -- the paragraph's chain: a body that opens a quotation speaks for it when the closing words
# name it again ("the organization said"); an attribution does not reach across a headline's
# line break ------------------------------------------------------------------------------------

IOM_QUOTE = (
    '"The International Organization for Migration and its partners are scaling up humanitarian'
    " assistance in Yemen where fighting has displaced over 14,000 people to Marib and Al Jawf"
    " governorates. More than 3,000 people have received emergency kits, containing food rations,"
    " clothing and solar lights, from the IOM and its partners through the inter-agency Rapid"
    " Response Mechanism. Each of the 500 families is also receiving a one-time emergency cash"
    ' transfer from IOM," the organization said in a press release.'
)

KHARKIV_QUOTE = (
    "Because of the strike carried out by the Russian Armed Forces on Shevchenkivsky district of"
    " Kharkiv on Saturday afternoon, there was damage, said the head of the regional military"
    " administration, Oleh Synehubov.\n“According to preliminary data, one person was killed,"
    " another was injured. There was damage to civil infrastructure, a car caught fire. The review"
    " by the relevant services continues,” he wrote on Telegram."
)

CHAIN = [
    # rt8_035: https://en.interfax.com.ua/news/general/978563.html: the
    # quotation is read to its close, where "he wrote" names its speaker
    (KHARKIV_QUOTE, "one", "Kharkiv regional administration"),
    # rt8_021: https://www.urdupoint.com/en/world/iom-boosts-humanitarian-aid-to-help-people-di-829725.html
    (IOM_QUOTE, "over 14,000", "IOM"),
    (IOM_QUOTE, "500", "IOM"),
    # rt8_024: https://globenewsnow.net/?p=320406 (the headline's figure is nobody's)
    (
        "Haiti: spiralling gang violence has left more than one million displaced\nSurging gang"
        " violence in Haiti has caused a threefold rise in the number of people uprooted from their"
        " homes in a year, the UN migration agency, IOM, said on Tuesday.",
        "more than one million",
        None,
    ),
    # rt3_362 (a wrapped sentence, not a headline): the attribution still reaches the figure
    (
        "UN Secretary-General Antonio Guterres hailed the pledges at the\nconclusion of the daylong"
        " conference in Geneva, saying it had raised half of the $2.1 billion in funds sought this"
        " year in a U.N. appeal for Yemen.",
        "$2.1 billion",
        "UN",
    ),
]


# -- the passage's military: "according to the military", Iraq's Security Media Cell, and "the
# press release added" after it ------------------------------------------------------------------

IRAQ = (
    "A suspected attack of the so-called Islamic State killed at least two Iraqi soldiers and"
    " wounded three other members of the army in northern Kirkuk province on Saturday overnight,"
    " according to the military.\nThe two officers were killed by ISIS militants at an army"
    " outpost in Dibis district's Talal Al-Ward village at 11:00 PM overnight, according to a"
    " statement from the Security Media Cell, the military media.\nThe attack, conducted by"
    " “light weapons”, wounded seven other soldiers, the press release added."
)

MILITARY = [
    # rt8_053: https://www.kurdistan24.net/en/story/391636/Suspected-ISIS-attack-kills-two-Iraqi-soldiers,-wounds-three-others-in-Kirkuk
    (IRAQ, "at least two", "Iraqi military"),
    (IRAQ, "two", "Iraqi military"),
    (IRAQ, "seven", "Iraqi military"),
    # rt4_131 (written as there): "the military" as a subject is not read
    (
        "The military had earlier reported 1,644 deaths in Myanmar but did not provide specifics.",
        "1,644",
        None,
    ),
]


# -- officers and offices: "A source of BODY ... told OUTLET" (D2: the body), "eastern Libya’s
# health minister", "a government spokesman said" (the sentence's country) --------------------

OFFICES = [
    # rt8_045: https://npasyria.com/en/81617
    (
        "A source of Tel Tamr Military Council, affiliated with the Syrian Democratic Forces (SDF),"
        " told North Press that the Turkish shelling targeted the two inhabited villages of"
        " al-Gozaliya and Tel al-Laban, leading to a large wave of displacement.",
        "two",
        "Tel Tamr Military Council",
    ),
    # rt8_023: https://www.livemint.com/news/world/libya-flood-updates-death-toll-in-derna-rises-to-over-11-000-10-points/amp-11694738257524.html
    (
        "More than 3,000 bodies were buried by Thursday morning, eastern Libya’s health minister,"
        " Othman Abduljaleel said, adding that while another 2,000 were still being processed.",
        "More than 3,000",
        "Eastern Libya Health Ministry",
    ),
    # written here: the country's own ministry without a side stays the registry's
    (
        "More than 3,000 bodies were buried by Thursday morning, Libya’s health minister said.",
        "More than 3,000",
        "Libyan Health Ministry",
    ),
    # rt8_067: https://www.onmanorama.com/news/world/2023/10/08/powerful-earthquake-aftershocks-kill-hundreds-injure-many-more-in-western-afghanistan.amp.html
    (
        "Kabul: The death toll from a series of earthquakes in remote western Afghanistan rose"
        ' sharply Sunday to "more than 1,000", a government spokesman said.',
        "more than 1,000",
        "Afghan government",
    ),
    # written here: with no country in the sentence, nobody (the round-6 decision)
    (
        "The death toll rose to more than 1,000, a government spokesman said.",
        "more than 1,000",
        None,
    ),
]


# -- closing attributions the registry cannot know: "according to the Internal Security Forces
# (Asayish)", "according to the state-run Palestine TV", "(source: UNHCR)" ----------------------

CLOSING = [
    # rt7_032: https://npasyria.com/en/120022
    (
        "A Turkish drone targeted a civilian vehicle on Saturday near the city of Hasakah in"
        " northeastern Syria, killing three individuals and leaving one critically injured,"
        " according to the Internal Security Forces (Asayish).",
        "three",
        "Asayish",
    ),
    # rt7_063: https://menafn.com/1107928990/Massacre-Dozens-Killed-By-Israeli-Fire-In-Gaza-While-Collecting-Food-Aid
    # (an outlet named after its country)
    (
        "Earlier yesterday, Israeli warplanes bombed a small truck carrying humanitarian aid, in"
        " Deir al-Balah in the central Gaza Strip, killing at least eight, according to the"
        " state-run Palestine TV.",
        "at least eight",
        "Palestine TV",
    ),
    # rt7_301: https://maf-uk.org/news/as-sudans-conflict-rages-on-maf-supports-thousands-of-refugees-fleeing-to-neighbouring-south-sudan
    (
        "This northern border town in South Sudan has a transit refugee centre – with associated"
        " camps – which have registered over 84,000 refugees from Sudan since the conflict erupted"
        " on 15 April (source: UNHCR).",
        "over 84,000",
        "UNHCR",
    ),
    # written here: a country alone is still no outlet
    ("At least eight were killed, according to the Palestine Ministry.", "At least eight", None),
]


@pytest.mark.parametrize(
    ("text", "phrase", "source"), ACRONYMS + UNKNOWN_BODIES + CHAIN + MILITARY + OFFICES + CLOSING
)
def test_source(text: str, phrase: str, source: str | None) -> None:
    assert _sources(text, phrase) == [source]
