"""Source rules of the sixth English tuning round (issue 11, helper src6en).

Passages are the English dev records named in each case (``tests/data/realtext*_dev.jsonl``),
with their URL; the expected sources are the dev gold of those records. Passages "written here"
check a rule's limit and expect what the guideline and the decisions in DEVSET.md give.
"""

from __future__ import annotations

import pytest

from idlibstats.extract import extract_figures


def _sources(text: str, phrase: str) -> list[str | None]:
    """The sources of every extracted figure of ``text`` whose phrase is ``phrase``."""
    t = extract_figures(text)
    rows = t[t["phrase"] == phrase]
    assert len(rows) >= 1, (text, list(t["phrase"]))
    return [None if not isinstance(s, str) else s for s in rows["source"]]


# -- registry names of the round-4 and round-5 gold: bodies, outlets, governments -------------


REGISTRY_NAMES = [
    # rt5_037: https://trustradio.com.ng/en/war-on-gaza-death-toll-hits-25105-says-health-ministry
    (
        "Over the past 24 hours, the ministry said 178 people had been killed across the Gaza Strip.\n\n“Dozens are still under the rubble,” the Hamas government media office said in a separate statement.",
        "Dozens",
        "Gaza government",
    ),
    # rt5_038: https://en.althawranews.net/2025/04/gazas-health-ministry-50000-killed-116343-wounded-since-october-2023
    (
        "The Palestinian Ministry of Health in the Gaza Strip announced on Tuesday that 17 people were killed and 69 others were injured in the past 24 hours and were transferred to hospitals across the Strip.",
        "17",
        "Gaza Health Ministry",
    ),
    # rt5_144: https://newsyemen.life/new/77946
    (
        "The United Nations Population Fund (UNFPA) confirmed that about 44,000 people were displaced from the Ma’rib governorate after the Iranian-backed terrorist Houthi militia raised the pace of the widespread attack on the governorate in early February 2021, in the districts of Serwah, Al Rahba, and Al Abdiya.",
        "about 44,000",
        "UNFPA",
    ),
    # rt5_187: https://menafn.com/1109039180/Head-of-Syrian-Network-for-Human-Rights-reveals-number-of-detainees-forcibly-disappeared-individuals-in-Syria-surpassed-112000
    (
        "Earlier this month, Moaz Mustafa, head of the Syrian Emergency Organization, reported finding a mass grave near Damascus containing at least 100,000 bodies of individuals killed by the Assad regime.",
        "at least 100,000",
        "Syrian Emergency Organization",
    ),
    # rt5_139: https://www.yemenwatch.com/news/over-1500-families-forced-to-displace-maribs-outskirts-due-to-houthi-attacks-says-report/
    (
        "The report by the Government of Yemen’s Executive Unit for Internally Displaced People revealed that more than 1,500 families were forced to leave again from Mudghal region in Marib’s borders to its capital and other government-controlled locales because of continuing Houthi attacks. The total number of uprooted people has reached to more than 20,000.",
        "more than 1,500",
        "Executive Unit for IDPs",
    ),
    # rt5_369: https://rfa.org/english/news/myanmar/sagaing-ambush-airstrikes-displaced-10032024065418.html
    (
        "About 10,000 villagers in Myanmar’s Sagaing region are fleeing junta airstrikes launched after forces loyal to a shadow pro-democracy government inflicted unusually heavy casualties on a military column, residents told Radio Free Asia.",
        "About 10,000",
        "RFA",
    ),
    # rt5_453: http://apanews.net/en/news/gunmen-mow-down-15-civilians-in-western-ethiopia
    (
        "Gunmen killed at least 15 civilians in Ethiopia’s Eastern Wolloga Zone of Oromia State,APA can report on Friday.",
        "at least 15",
        "APA",
    ),
    # rt5_402: https://upnewsinfo.com/2021/03/23/deadly-fire-tears-through-rohingya-camp/
    (
        "The Bangladesh authorities say that at least 15 people have died after a devastating fire ripped through the Rohingya refugee camp in Cox’s Bazar, leaving hundreds injured and tens of thousands homeless once again.",
        "at least 15",
        "Bangladeshi government",
    ),
    # rt5_456: https://reliefweb.int/report/haiti/haiti-earthquake-fact-sheet-4-fiscal-year-fy-2021
    (
        "The August 14 earthquake results in at least 2,189 deaths, injures at least 12,260 people, and damages or destroys an estimated 130,000 houses as of August 18, according to the GoH.",
        "at least 2,189",
        "Haitian government",
    ),
    # rt5_473: https://www.mideastdiscourse.com/2020/09/21/azerbaijani-soldier-killed-in-border-clash-with-armenian-military/
    (
        "Azerbaijan and Armenia exchanged accusations for violating the armistice, and according to Baku, 12 Azerbaijani soldiers, including a general, were previously killed as a result of the clashes on the borders.\nIn turn, the Armenian side announced the killing of six soldiers and the wounding of nine soldiers and one civilian.",
        "six",
        "Armenian government",
    ),
    # rt5_415: https://dailypost.ng/2025/05/01/two-killed-15-injured-in-russian-attack-on-ukraine
    (
        "Meanwhile, Ukraine’s air force said that Russia launched five ballistic missiles and 170 drones during the overnight attack.\nIt said that it shot down 74 drones while another 68 drones did not reach their targets, likely due to electronic warfare countermeasures.",
        "five",
        "Ukrainian Air Force",
    ),
    # rt4_235: https://newsfusion365.blogspot.com/2025/05/russian-strikes-kill-eight-across.html
    (
        "In Mykolaiv, Ukraine's state emergencies service DSNS stated that the remains of an elderly man were retrieved from a five-story residential building struck by a drone. Additionally, five other individuals were hurt.",
        "five",
        "DSNS",
    ),
    # rt4_056: http://hubski.com/prev/414908
    (
        "Colombia’s director of migration reported that at the end of 2017, the country had more than 550,000 Venezuelans. Just six months later, he said the figure had risen to 870,093, accounting for 1.7 percent of Colombia’s population.",
        "more than 550,000",
        "Migración Colombia",
    ),
    # rt4_109: https://babel.ua/en/news/98981-almost-85-000-people-left-nagorno-karabakh-this-is-half-of-the-region-s-population
    (
        'As "Radio Azatutyun" reports, as of 6 a.m. on September 29, 84 770 forcibly displaced people entered Armenia. If we take into account the data of the population census of Karabakh for 2015, then half of the population left the region. According to the census, almost 145 000 people lived there, and almost all of them ethnic Armenians.',
        "84 770",
        "Radio Azatutyun",
    ),
]


# -- a name right after its description names the reporter -------------------------------------


NAME_AFTER_ITS_DESCRIPTION = [
    # rt5_068: https://www.anews.com.tr/middle-east/2025/07/26/israeli-strike-kills-2-in-southern-lebanon-in-new-violation-of-ceasefire
    (
        "The state news agency NNA said that an Israeli drone fired two missiles into a house in the area, killing two people.",
        "two",
        "NNA",
    ),
    # written here: the Syrian state news agency keeps its own name
    ("Syria's state news agency said 14 people were killed in Idlib.", "14", "SANA"),
]


# -- a verb that an earlier speaker's attribution holds is not the later mention's -------------


VERB_OF_AN_EARLIER_SPEAKER = [
    # rt5_106: https://www.trtworld.com/article/a47f4825d531
    (
        "Meanwhile, the Sudan Doctors Network said the RSF killed 38 civilians in the town of Umm Dam Haj Ahmed in the same state.",
        "38",
        "Sudan Doctors Network",
    ),
    # written here: the verb names the speaker after it when nobody speaks before
    ("At least 38 civilians were killed in the town, said the RSF.", "At least 38", "RSF"),
]


# -- a structural ministry name holds the registry's government name inside it -----------------


MINISTRY_OVER_GOVERNMENT = [
    # rt5_121: https://en.964media.com/23833/
    (
        "DUHOK — Nearly 130 displaced families, comprising 732 individuals from Esyan Camp in Baadre, a town in the Shekhan District under Kurdish control, have returned to Sinjar, according to Iraq’s Minister of Migration and Displacement, Ivan Faiq Jabro.",
        "732",
        "MoMD",
    ),
    # rt5_161: https://thelevantnews.com/public/en/article/decline-in-temporary-protected-syrians-in-turkeynovember-21,-2024,-10:24-am
    (
        "Turkish Interior Minister Ali Yerlikaya revealed a significant decrease in the number of Syrians residing under temporary protection in Turkey, with the total number now at 2,935,742 refugees.",
        "2,935,742",
        "Turkish Interior Ministry",
    ),
]


# -- a sentence whose only verbs are passive has no speaker of its own: it continues the report ---


PASSIVE_VERBS_CONTINUE_THE_REPORT = [
    # rt5_028: https://en.etilaf.org/all-news/field-news/rights-group-records-161-civilian-deaths-in-syria-in-october-majority-attributed-to-assad-regime-and-allies
    (
        "In its most recent monthly report on casualties in Syria, the SNHR disclosed that Assad regime forces were responsible for the deaths of 61 civilians, among them 23 children and 9 women. Meanwhile, Russian forces were found to be responsible for the deaths of 9 civilians, including 4 children and 4 women.",
        "4",
        "SNHR",
    ),
    # written here: an active verb of another reporter
    (
        "In its most recent monthly report, the SNHR disclosed that 61 civilians were killed. Meanwhile, the UN said 9 civilians were killed in Idlib.",
        "9",
        "UN",
    ),
]


# -- a document of the body named before: 'A ministry statement said', 'The report, ..., claims' ---


DOCUMENT_BACK_REFERENCES = [
    # rt5_036: https://trustradio.com.ng/en/war-on-gaza-death-toll-hits-25105-says-health-ministry
    (
        "The health ministry in Hamas-run Gaza said Sunday at least 25,105 people have been killed in the Palestinian territory since the war with Israel broke out on October 7. A ministry statement said some 62,681 people were also wounded in the fighting between Israeli forces and Palestinian militants.",
        "some 62,681",
        "Gaza Health Ministry",
    ),
    # rt5_350: https://newsshalom.com/aaa-reports-72-drone-strikes-in-amhara-region-amid-escalating-tensions
    (
        "Toronto – The Amhara Association of America (AAA) has reported that 72 drone strikes were conducted by the Ethiopian government across the Amhara region over a two-month period, primarily targeting residential areas and civilians.\nThe report, released earlier this week, claims these strikes occurred between September 25 and November 23, impacting 38 woredas in 10 zonal administrations.",
        "38",
        "AAA",
    ),
    # written here: a report whose owner the passage does not name
    ("The report, released earlier this week, claims 38 people were killed.", "38", None),
]


# -- 'reports by X', 'according to the ACR', 'The ACR reported' --------------------------------


REPORTS_BY_AND_ACRONYMS = [
    # rt5_427: https://dunyanews.tv/en/World/809487-Russian-attacks-cause-casualties-in-three-Ukraine-regions
    (
        "The reports, which Reuters could not immediately verify, followed overnight reports by the Ukrainian Air Force that Russia had launched 13 Shahed drones towards the Kharkiv and Dnipro regions.\nAll were downed by air defences, the air force commander said.",
        "13",
        "Ukrainian Air Force",
    ),
    # rt5_351: https://newsshalom.com/aaa-reports-72-drone-strikes-in-amhara-region-amid-escalating-tensions
    (
        "According to the AAA, the strikes caused 434 casualties, including 321 fatalities and 113 injuries, with the majority being civilians.",
        "434",
        "AAA",
    ),
    # rt4_271: https://www.votesup.pk/at-least-1696-people-died-in-recent-floods-ndma/
    (
        "The PDMA reported that 13,097 km length of roads and 440 bridges were damaged due to the floods across the country.",
        "440",
        "PDMA",
    ),
    # written here: a country's acronym is not a body
    ("The US said 12 fighters were killed.", "12", None),
]


# -- a civil defence named without its country in a Gaza passage is Gaza's ---------------------


GAZA_CIVIL_DEFENCE = [
    # rt5_210: https://www.shafaq.com/en/Middle-East/Gaza-Lack-of-machinery-hampers-search-for-10K-missing
    (
        "Roughly 10,000 people remain trapped beneath the rubble of destroyed homes across the Gaza Strip, the Civil Defense warned Monday, as rescue operations struggle to advance despite a ceasefire in place since October 11.",
        "Roughly 10,000",
        "Gaza Civil Defence",
    ),
    # rt2_299: https://newnation.io/life-under-siege-in-rebel-held-aleppo
    (
        "The Syria Civil Defence, a volunteer group also known as the White Helmets, said that 61 civilians had been killed in Saturday's air strikes on rebel-held eastern Aleppo.",
        "61",
        "White Helmets",
    ),
]


# -- an officer named with the body around it speaks for the body when named by name later -----


OFFICER_NAMED_AROUND_THE_BODY = [
    # rt5_185: https://menafn.com/1109039180/Head-of-Syrian-Network-for-Human-Rights-reveals-number-of-detainees-forcibly-disappeared-individuals-in-Syria-surpassed-112000
    (
        "(MENAFN) Fadel Abdel Ghani, head of the Syrian Network for Human Rights, revealed that the number of detainees and forcibly disappeared individuals in Syria has surpassed 112,000 since the prisons were emptied. Abdel Ghani stated in press comments on Saturday that 112,414 people are still forcibly disappeared, emphasizing the urgent need to determine their fate.",
        "112,414",
        "SNHR",
    ),
    # rt5_171: https://www.shafaq.com/en/World/Turkish-backed-forces-claim-control-over-Manbij-SDF-denies
    (
        "In contrast, the head of the SDF media office, Farhad Shami, released a video today from Tishrin Dam, south of Manbij, confirming that the dam and the surrounding villages and hills remain under SDF control despite over 20 attacks by Turkish-backed factions.\n\nShami added that SDF forces have killed 450 Syrian National Army fighters and destroyed dozens of their military vehicles.",
        "450",
        "SDF",
    ),
]


# -- an acronym whose letters take each part of a hyphenated word ------------------------------


HYPHENATED_ACRONYM = [
    # rt5_410: https://exbulletin.com/uncategorized/814006/
    (
        "The fire destroyed at least 10,000 shelters as the camp was being breached, the Bangladesh Inter-Sectoral Coordination Group (ISCG) reported. Up to 10,000 Rohingya refugee families – an estimated 45,000 people – have been displaced, the ISCG said, noting that the figure could rise in the coming days as assessments from aid organizations progress.",
        "an estimated 45,000",
        "ISCG",
    ),
    # rt5_410: https://exbulletin.com/uncategorized/814006/
    (
        "The fire destroyed at least 10,000 shelters as the camp was being breached, the Bangladesh Inter-Sectoral Coordination Group (ISCG) reported. Up to 10,000 Rohingya refugee families – an estimated 45,000 people – have been displaced, the ISCG said, noting that the figure could rise in the coming days as assessments from aid organizations progress.",
        "at least 10,000",
        "ISCG",
    ),
]


# -- regional governors without an article, or with 'its' --------------------------------------


REGIONAL_GOVERNOR = [
    # rt5_416: https://www.swissinfo.ch/eng/russian-drone-attack-on-ukraine%27s-odesa-region-injures-five-people/87699385
    (
        "KYIV (Reuters) – A Russian drone attack on the southern Ukrainian region of Odesa injured five people and damaged an apartment building, its regional governor said on Wednesday.",
        "five",
        "Odesa regional administration",
    ),
    # rt5_428: https://dunyanews.tv/en/World/809487-Russian-attacks-cause-casualties-in-three-Ukraine-regions
    (
        "In the industrial Dnipropetrovsk region, shelling injured a 57-year-old woman and damaged infrastructure in Nikopol, near the Russian-held Zaporizhzhia nuclear power plant, regional governor Serhiy Lysak said.\nHe also said two people had been wounded in another attack overnight that damaged critical infrastructure and houses.",
        "two",
        "Dnipropetrovsk regional administration",
    ),
]


# -- a county commissioner's list; a hearsay sentence after it is not his ----------------------


COUNTY_COMMISSIONER = [
    # rt5_362: https://radiotamazuj.org/en/news/article/nearly-160-000-south-sudanese-displaced-mainly-from-jonglei
    (
        "While UNMISS has not been able to verify the casualty figures on the Murle side, the Pibor County Commissioner provided a list of at least 328 allegedly killed. On 20 October, an armed attack in Twic East County by a group of men wearing unidentified green uniforms reportedly led to at least 56 people being killed and at least 49 seriously wounded, in addition to 20 children abducted.",
        "at least 328",
        "Pibor County administration",
    ),
    # rt5_362: https://radiotamazuj.org/en/news/article/nearly-160-000-south-sudanese-displaced-mainly-from-jonglei
    (
        "While UNMISS has not been able to verify the casualty figures on the Murle side, the Pibor County Commissioner provided a list of at least 328 allegedly killed. On 20 October, an armed attack in Twic East County by a group of men wearing unidentified green uniforms reportedly led to at least 56 people being killed and at least 49 seriously wounded, in addition to 20 children abducted.",
        "at least 56",
        None,
    ),
]


# -- a country's capital after 'according to' or speaking by its verb is its government ---


ACCORDING_TO_A_CAPITAL = [
    # rt5_473: https://www.mideastdiscourse.com/2020/09/21/azerbaijani-soldier-killed-in-border-clash-with-armenian-military/
    (
        "Azerbaijan and Armenia exchanged accusations for violating the armistice, and according to Baku, 12 Azerbaijani soldiers, including a general, were previously killed as a result of the clashes on the borders.\nIn turn, the Armenian side announced the killing of six soldiers and the wounding of nine soldiers and one civilian.",
        "12",
        "Azerbaijani government",
    ),
    # the adj15 gold pass (C17): a capital speaking by its verb is its country's government
    # too (this case expected none before, after a held-out row the gold pass overrules)
    (
        "Ankara says it has neutralised more than 2,500 regime troops.",
        "more than 2,500",
        "Turkish government",
    ),
]


# -- a bracketed source closing a summary names the figures of the sentence before it ----------


BRACKETED_SOURCE_SENTENCE = [
    # rt5_484: https://newsasfacts.com/news/73913
    (
        "Boko Haram jihadists raid the town of Diffa, killing four civilians and four soldiers. Six attackers are killed by responding security forces. (Reuters)",
        "Six",
        "Reuters",
    ),
]


# -- 'Yerlikaya explained' (a person named only by name) governs over the outlet of the press conference ---


EXPLAINED_BY_AN_UNNAMED_SPEAKER = [
    # rt5_162: https://thelevantnews.com/public/en/article/decline-in-temporary-protected-syrians-in-turkeynovember-21,-2024,-10:24-am
    (
        "In statements made during a press conference reported by the Anadolu Agency, Yerlikaya explained that 731,146 refugees had not updated their information. As a result, they were given a 90-day grace period to complete this process.",
        "731,146",
        None,
    ),
]


# -- the passage's country by a description: "the West African nation's president" -----------


THE_NATIONS_PRESIDENT = [
    # rt3_044: https://www.breitbart.com/tag/burkina-faso/
    (
        "OUAGADOUGOU, Burkina Faso (AP) — Jihadists attacked a town in northern Burkina Faso and killed 35 civilians, most of them women, and ensuing clashes with security forces left 80 jihadists dead, the West African nation’s president announced late Tuesday.",
        "35",
        "Burkinabe government",
    ),
    # written here: no country in the passage
    (
        "Jihadists killed 35 civilians, the nation's president announced late Tuesday.",
        "35",
        None,
    ),
]


# -- "It noted", "pointed out": a pronoun reporter resolves to the reporter before ------------


NOTED_BY_A_PRONOUN = [
    # rt3_324: https://arc-dev.theglobeandmail.com/world/article-haiti-sees-surge-in-killings-and-police-executions-with-children
    (
        "Gangs now have an estimated 5,500 members after recruiting mainly children who work as scouts, carry weapons and ammunition and even participate in combat, according to a U.N. Security Council report released Monday. It noted that children may represent up to 50% of all gang members.",
        "up to 50%",
        "UN",
    ),
    # written here: an unnamed speaker's "noted" gives no source
    ("Aid workers noted that 40 families had fled the town.", "40", None),
]


# -- every case above: the figure's source is the expected one ------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        *REGISTRY_NAMES,
        *NAME_AFTER_ITS_DESCRIPTION,
        *VERB_OF_AN_EARLIER_SPEAKER,
        *MINISTRY_OVER_GOVERNMENT,
        *PASSIVE_VERBS_CONTINUE_THE_REPORT,
        *DOCUMENT_BACK_REFERENCES,
        *REPORTS_BY_AND_ACRONYMS,
        *GAZA_CIVIL_DEFENCE,
        *OFFICER_NAMED_AROUND_THE_BODY,
        *HYPHENATED_ACRONYM,
        *REGIONAL_GOVERNOR,
        *COUNTY_COMMISSIONER,
        *ACCORDING_TO_A_CAPITAL,
        *BRACKETED_SOURCE_SENTENCE,
        *EXPLAINED_BY_AN_UNNAMED_SPEAKER,
        *THE_NATIONS_PRESIDENT,
        *NOTED_BY_A_PRONOUN,
    ],
)
def test_source(text: str, phrase: str, source: str | None) -> None:
    assert set(_sources(text, phrase)) == {source}
