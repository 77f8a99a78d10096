"""Source rules of the eighth English tuning round (helper src8en).

Each case is a passage, the phrase of one of its figures and the source that figure should get.
Cases with a dev record id (``tests/data/realtext*_dev.jsonl``) and URL expect that record's gold;
cases "written here" test where a rule stops, by the guideline and the round decisions in
DEVSET.md and ``DECISIONS8`` (D1 continuations, D2 "X told OUTLET").
"""

from __future__ import annotations

import pytest

from tests.test_extract_source_rules6 import _sources

# -- D2: the teller of an outlet ----------------------------------------------------------------


TOLD_OUTLET = [
    # rt7_008: https://www.shafaq.com/en/society/Iraq-to-repatriate-830-nationals-from-Syria-s-Al-Hol-camp
    # (an anonymous teller: the outlet)
    (
        "Meanwhile, an administrative source at the camp told Shafaq News that the Global Coalition escorts 858 Iraqis from Al-Hol Camp toward Iraqi territory, marking the 31st repatriation convoy.",
        "858",
        "Shafaq News",
    ),
    # rt7_340: https://www.thehindu.com/news/international/more-than-500-rohingya-refugees-land-in-indonesia-un-agency/article67550435.ece
    # (an officer of a named body, by title and name: the body)
    (
        "United Nations refugee agency protection associate Faisal Rahman told AFP one boat had arrived in Aceh Province’s Bireuen district with 256 people aboard, while at least 239 others arrived in Aceh’s Pidie region and a smaller boat carrying 36 arrived in East Aceh.",
        "at least 239",
        "UNHCR",
    ),
    # written here: an officer of a named body by title only
    ("A UNHCR spokesman told Reuters that 20 people were killed.", "20", "UNHCR"),
    # written here: an anonymous teller stays the outlet
    ("A security source told Xinhua that 20 people were killed.", "20", "Xinhua"),
    # rt2_283 (gold pass D2): http://ademocracynet.com/index.php?page=news&id=25497&action=Detail
    #: a speaker no body is named for, in an interview with an outlet
    (
        "In Ibrahim’s statement during an interview with Reuters, he said 25,000 refugees had gone back by way of General Security and another 25,000 had returned of their own initiative so far this year, for a total of 50,000.",
        "50,000",
        "Reuters",
    ),
    # written here: a body in an interview with an outlet stays the body
    ("The UN said in an interview with Reuters that 20 people were killed.", "20", "UN"),
    # rt075 (gold pass D2, "he told The Daily Star"): https://www.thedailystar.net/news/bangladesh/news/rohingyas-sneaking-bangladesh-thru-naf-3697776
    (
        "However, some 8,000 to 10,000 Rohingyas have come to the camp facing attacks in Myanmar in recent times, he told The Daily Star.",
        "some 8,000 to 10,000",
        "Daily Star",
    ),
    # written here: a teller in lower case without a body stays the outlet
    ("A camp resident named Ahmed told AFP that 20 people were killed.", "20", "AFP"),
]


# -- an officer of a body after the verb: '"...," said a spokesman for X' -------------------------


OFFICER_AFTER_VERB = [
    # rt7_348: https://humaniterre.net/ (Eastern DR Congo)
    (
        "“The number of displaced people is now over 400,000 this year alone, almost double the number reported last week,” said a spokesman for the UN refugee agency (UNHCR), Matthew Saltmarsh, at a press briefing in Geneva.",
        "over 400,000",
        "UNHCR",
    ),
    # rt231: https://www.safeguardinghealth.org/tags/hospital-attack ( the next sentence keeps the reporter, D1)
    (
        "An upsurge in fighting and bombing over the past week in northern Syria’s Azaz district, near the Turkish border, is jeopardising medical activities in the few hospitals and health posts that are still functioning, says international medical organisation Médecins Sans Frontières (MSF), warning that it may be forced to close its own hospital in the Aleppo province. The increased violence has also paralyzed the delivery of humanitarian aid – which was already limited – to more than half a million people in the area.",
        "more than half a million",
        "MSF",
    ),
    # written here: a body described after "by" is the actor, not the reporter
    ("Some 20 people were killed by the armed group Hamas.", "Some 20", None),
    # written here: an officer the speaker told is the audience, not the reporter
    ("Amal told a spokesman for the UN refugee agency that 20 people died.", "20", None),
]


# -- governments by country and title -----------------------------------------------------------


GOVERNMENTS = [
    # rt7_311: https://d1softballnews.com/the-passage-of-migrants-through-the-darien-jungle-is-on-the-way-to-breaking-all-records/
    (
        "This alarming flow exceeded 30,000 migrants last August, according to the Panamanian authorities, 23,000 of them Venezuelans, unprecedented numbers that have set off the alarms of human rights organizations.",
        "23,000",
        "Panamanian government",
    ),
    # rt7_011: https://gulanmedia.com/en/story/311965/over-100-iraqi-families-to-leave-syria%27s-al-hol-camp,-continuing-repatriation-efforts
    (
        "During the conference, Iraqi National Security Advisor Qasim al-Araji announced that a total of 1,567 Iraqi families have been successfully repatriated from the al-Hol camp thus far.",
        "1,567",
        "Iraqi government",
    ),
]


# -- a body's document, then its verb ----------------------------------------------------------


DOCUMENT_BY = [
    # rt5_055: https://ochaopt.org/content/humanitarian-situation-update-186-west-bank
    # (the continuation "These include seven ..." keeps the reporter, D1)
    (
        "On 2 July, an assessment led by the United Nations estimated that at least 200 houses were damaged during an operation carried out by Israeli forces in Nur Shams Refugee Camp (Tulkarm). These include seven structures that have been rendered uninhabitable due to severe damage from military bulldozers or explosions.",
        "seven",
        "UN",
    ),
    # written here: an attack by a body is no report
    ("An attack by the United Nations convoy guards killed 20 people.", "20", None),
]


# -- "the minister" after a ministry ------------------------------------------------------------


THE_MINISTER = [
    # rt7_067: https://www.lbcgroup.tv/news/lebanon-news/809475/lebanons-humanitarian-crisis-deepens-11085-attacks-put-immense-pressur/en
    (
        "Lebanon's Minister of Health reported that attacks on emergency services have surged to around 200 incidents, resulting in 163 fatalities and 272 injuries within the health sector.\n\nThe minister also noted that there have been 55 recorded Israeli attacks on hospitals, with 36 of these being direct hits, forcing the closure of eight facilities.",
        "55",
        "Lebanese Health Ministry",
    ),
    # written here: after a reporter that is no ministry nor government, "the minister" is
    # someone else
    (
        "UNHCR said 300 families had fled the town.\n\nThe minister also noted that 55 hospitals were hit.",
        "55",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [*TOLD_OUTLET, *OFFICER_AFTER_VERB, *GOVERNMENTS, *DOCUMENT_BY, *THE_MINISTER],
)
def test_source(text: str, phrase: str, source: str | None) -> None:
    assert set(_sources(text, phrase)) == {source}


# -- D1: a chain of continuation sentences keeps the reporter -----------------------------------


CONTINUATION_CHAIN = [
    # rt4_163: https://www.shafaq.com/en/World/Death-toll-rises-to-1-383-in-Syria-s-coastal-violence
    # (the third sentence keeps the reporter through the second)
    (
        "According to the SOHR report, the victims were distributed as follows: 49 deaths in Tartous, 25 in Latakia—including five Christians —and 84 in Hama. Since March 6, a total of 50 documented similar incidents have occurred in Syria’s coastal and mountainous regions. The province-wise death toll includes 683 in Latakia, 433 in Tartous, 255 in Hama, and 12 in Homs.",
        "683",
        "SOHR",
    ),
    # written here: a paragraph break ends the chain
    (
        "According to the SOHR report, 49 people died in Tartous. A total of 50 similar incidents have occurred.\n\nThe death toll includes 683 in Latakia.",
        "683",
        None,
    ),
]


@pytest.mark.parametrize(("text", "phrase", "source"), CONTINUATION_CHAIN)
def test_continuation_chain(text: str, phrase: str, source: str | None) -> None:
    assert set(_sources(text, phrase)) == {source}
