"""What a figure counts: the measure (killed, displaced, ...) and the subject as written.

The measure comes first from the subject noun ("3.5 million Syrian refugees" -> refugees,
"24 airstrikes" -> attacks), else from the nearest measure word in the sentence ("were killed",
"forced to flee", "trapped"). Keyword rules, because a model-free classifier of what a conflict
figure counts does not exist as a library and the vocabulary is small and fixed (COMMON.md).
"""

from __future__ import annotations

import functools
import itertools
import re

from idlibstats.extract.countries import (
    COUNTRY_NAMES,
    DEMONYMS,
    PLACES_ABROAD,
    alternation,
)
from idlibstats.extract.text import WEEKDAYS, holds_any, word_alternation

_KEYWORDS: dict[str, tuple[str, ...]] = {
    "killed": (
        "killed",
        "kill",
        "kills",
        "killing",
        "dead",
        "died",
        "die",
        "dies",
        "dying",
        "deaths",
        "death",
        "death toll",
        "toll",
        "tolls",
        "lives",
        "bodies",
        "fatalities",
        "slain",
        "massacred",
        "slaughtered",
        "among the dead",
        "executed",
        "perished",
        "martyrs",
        "martyred",
        "human losses",
        "murdered",
        "assassinated",
        "drowned",
        "drowning",
        "starved to death",
        "burned to death",
        "burnt to death",
        "burned alive",
        "burnt alive",
        "beheaded",
        "beheading",
        "beheadings",
        # round 20: "decapitated two people collecting water" (rt18_064); "eliminated" kills
        # only as the verb of its figure (_GOVERNING_VERB: "had eliminated 10 terrorists",
        # rt16_061), not from afar
        "decapitated",
        "decapitating",
        "succumbed",
        "lost their lives",
        "fatally",
        "claimed the lives",
        "fatal",
        "victims",
        "death-toll",
        "body count",
    ),
    "injured": (
        "wounded",
        "wounding",
        "injured",
        "injuring",
        "injuries",
        "hurt",
        "injures",
        "wounds",
        "maimed",
        "injury",
        "in critical condition",
        "in serious condition",
        "in severe condition",
    ),
    "displaced": (
        "abandon their homes",
        "abandoned their homes",
        "displaced",
        "displacing",
        "displacement",
        "displacements",
        "fled",
        "flee",
        "flees",
        "fleeing",
        "uprooted",
        "forced from their homes",
        "forced to flee",
        "forced out",
        "idps",
        "idp",
        "internally displaced",
        "evacuated",
        "evacuees",
        "evacuation",
        "homeless",
        "on the move",
        "exodus",
        "left their homes",
        "driven from",
        "run for their lives",
        "escaped",
        "escaping",
        "forced to leave",
        "made homeless",
        "flight",
        "sheltering",
        "relocated",
        "uprooting",
        "reached the border",
        "from their homes",
        "from their houses",
        "left the area",
        "have left",
        "had left",
        "already left",
        "have already left",
        "left their villages",
        "remain displaced",
        "left homeless",
        "moved away",
        "moved out",
        "moved to safety",
        "crossing the front lines",
        "crossed the front lines",
        "crossing front lines",
        "lost their homes",
        "lost their houses",
        "taken shelter",
        "took shelter",
        "sought shelter",
        "sought refuge",
        "shelter in",
        "sheltering in",
        "taken refuge",
        "took refuge",
        "newly displaced",
        "on the run",
        # "left Eastern Ghouta through the Wafideen corridor"
        "corridor",
        "corridors",
        # issue 11: displacement verbs and the places displaced people stay in
        "remained displaced",
        "remain internally displaced",
        "remained internally displaced",
        "remains internally displaced",
        "remaining internally displaced",
        "still internally displaced",
        "remains displaced",
        "remaining displaced",
        "still displaced",
        "displacements",
        "evacuate",
        "evacuating",
        "evacuations",
        "ordered to evacuate",
        "forced to evacuate",
        "told to evacuate",
        "forced to move",
        "forced to relocate",
        "relocation",
        "relocations",
        "headed north",
        "headed south",
        "headed east",
        "headed west",
        "heading north",
        "heading south",
        "headed towards",
        "heading towards",
        "headed toward",
        "heading toward",
        "moved north",
        "moving north",
        "camps",
        "camp",
        "displacement camps",
        "relief camps",
        "idp camps",
        "shelters",
        "in shelters",
        "in a shelter",
        "collective centres",
        "collective centers",
        "collective sites",
        "collective shelters",
        "evacuation centres",
        "evacuation centers",
        "host families",
        "host communities",
        "makeshift shelters",
        "informal settlements",
        "tented settlements",
        "sought safety",
        "forced displacement",
        "subjected to forced displacement",
        "has left",
        "camping",
        "sleeping in churches",
        "sleeping rough",
        "safe passage",
        "safe passage of",
        "seek refuge",
        "seeking refuge",
        "seek safety",
        "seeking safety",
        # arrivals in numbers: "2,000-4,000 Syrians flood into Zaatari"
        "flood into",
        "flooded into",
        "flooding into",
        "poured into",
        "pouring into",
        "pour into",
        "streamed into",
        "streaming into",
        "stream into",
        "flocked to",
        "flocked towards",
        "flocking to",
        "running north",
        "running south",
        "ran for their lives",
        "began fleeing",
        "began to flee",
        "able to leave",
        "managed to leave",
        "allowed to leave",
        "evicted",
        "forcibly evicted",
        "evictions",
    ),
    "refugees": (
        "refugees",
        "refugee",
        "asylum",
        "asylum seekers",
        "asylum-seekers",
        "cross the border",
        "crossed the border",
        "crossing the border",
        "crossed into",
        "cross into",
        "crossing into",
        "resettled",
        "from lebanon",
        "from turkey",
        "from jordan",
        "from iraq",
        "from abroad",
        "from europe",
        "from germany",
        "from neighbouring countries",
        "from neighboring countries",
        "sought asylum",
        "under temporary protection",
        "temporary protection",
        "registered as refugees",
        "seek asylum",
        "seeking asylum",
        "outside their homeland",
        "outside the country",
        "fled abroad",
        "fled the country",
        "fleeing the country",
        "left the country",
        "across the border",
        "crossed over",
        "crossed into",
        "fled their country",
        "fled their own country",
        "fleeing their country",
        "flee their country",
        "left their country",
        "fled their homeland",
        # round 13: a stock named by its status ("Egypt's refugee population of 500,000")
        "refugee population",
        "refugee populations",
        # crossing counts are border crossings: "141,500 people crossed from Ukraine into Poland"
        "crossed",
        "crossing",
        # round 16: the crossings counted ("over 80 percent of last month's crossings", "cleared
        # 129,000 people at border crossings")
        "crossings",
        "have crossed",
        "crossed from",
        "into neighbouring countries",
        "into neighboring countries",
        "to neighbouring countries",
        "to neighboring countries",
    ),
    "_host": (
        "took in",
        "taken in",
        "take in",
        "takes in",
        "hosts",
        "host",
        "hosted",
        "hosting",
        "is home to",
        "are home to",
        "home to",
        "hold",
        "holds",
    ),
    # only when they follow the counted people ("35,000 people have reached Azaz"), not when
    # the people are their object ("aid has reached 1.2 million people")
    "~displaced": ("have reached", "had reached", "reached", "have moved", "had moved", "moved to"),
    # arrivals are refugees when a country abroad is named, else displaced
    "_arrive": ("arrive", "arrived", "arrives", "arriving", "arrivals", "new arrivals"),
    # refugee stocks (the real-text guideline: "registered", "registering") when a refugee word,
    # a nation or a country abroad is named, else people registered where they fled inside
    # their country: "have registered in the camps" (rt16_109), "we have registered more than
    # 4,000 people" (rt14_317)
    "_register": ("registered", "registering", "registration", "officially registered"),
    "_return": (
        "returned",
        "returnees",
        "have returned",
        "had returned",
        "return",
        "returns",
        "returned to their homes",
        "went back",
        "gone back",
        "returning",
        "go back",
        "going back",
        "come back",
        "came back",
        "coming back",
    ),
    "captured": (
        "captured",
        "capture",
        "captures",
        "capturing",
        "seized",
        "seize",
        "seizing",
        "took control",
        "taken control",
        "take control",
        "gained control",
        "gain control",
        "gains control",
        "recaptured",
        "retook",
        "retaken",
        "overran",
        "overrun",
        "fell",
        "fallen",
        "took",
        "taken",
        "take",
        "takes",
        "control of",
        "control over",
        "fell to",
        "taken over",
        "took over",
        "regained",
        "cleared",
        "advanced into",
        "entered",
        "liberated",
        "conquered",
    ),
    "population": (
        "residents",
        "inhabitants",
        "population",
        "populations",
        "people living",
        "living in",
        "live in",
        "lives in",
        "lived in",
        "reside",
        "residing",
        "houses",
        "housed",
        "house",
        "housing",
        "remain",
        "remains",
        "remained",
        "remaining",
        "stayed",
        "still live",
        "still living",
        "living at",
        "live at",
        "living on",
    ),
    "attacks": (
        "airstrikes",
        "air strikes",
        "air strike",
        "airstrike",
        "strikes",
        "attacks",
        "barrel bombs",
        "barrel bomb",
        "shells",
        "raids",
        "air raids",
        "rockets",
        "missiles",
        "bombs",
        "sorties",
        "shelling attacks",
        "bombardments",
        "artillery shells",
        "mortar rounds",
        "bombings",
        "strikes on",
        "drone strikes",
        "attacks on",
        "striking",
        "struck",
        "targets",
        "violated",
        "violations",
        "ceasefire violations",
        "breaches",
        "bombarded",
        "shelled",
        "shelling",
        # issue 11: attacks on places and facilities
        "massacres",
        "hit",
        "been hit",
        "were hit",
        "targeted",
        "attacked",
        "bombed",
        "incidents",
        "attacks against",
    ),
    "other": (
        # lives put at risk, not lost: "people can lose their lives, and we're talking about
        # hundreds of people" (rt4_293), "134,000 people ... risked their lives through the
        # dense jungle" (rt7_316): no death told
        "risked their lives",
        "risking their lives",
        "risk their lives",
        "risks their lives",
        "can lose their lives",
        "could lose their lives",
        "may lose their lives",
        "might lose their lives",
        # issue 11, round 3: fates that are neither death nor flight (the guideline's "rescued,
        # trapped, besieged, missing ... -> other"; the round-3 decisions: deportations,
        # people buried under rubble, kidnappings)
        "deported",
        "were deported",
        "deportees",
        "deportations",
        # the round-4 decision: deportations and forced returns are other whatever the verb
        "deportation",
        "expelled",
        "expulsion",
        "expulsions",
        "forced returns",
        # counts mixing returns and deportations (the round-4 decision: other)
        "returned or were deported",
        "returned or deported",
        "deported or returned",
        "deported or voluntarily returned",
        "intercepted",
        "were intercepted",
        "kidnapped",
        "kidnapping",
        "abducted",
        "abductions",
        "victims of kidnapping",
        "victims of abduction",
        "remained buried",
        "remain buried",
        "buried under",
        "under the rubble",
        "under the debris",
        "remained under",
        "remain under",
        # killed and wounded together: "the casualty toll rose to nine"
        "casualty toll",
        "casualty count",
        "casualty figure",
        "casualty figures",
        "gathered",
        "had gathered",
        "trapped",
        "in the open",
        "living in the open",
        "destroyed",
        "damaged",
        "remain trapped",
        "remained trapped",
        "still trapped",
        "are trapped",
        "trucks",
        "lorries",
        "aid trucks",
        "tents",
        "in need",
        "need",
        "needs",
        "dollars",
        "euros",
        "funding",
        "million dollars",
        "stranded",
        "besieged",
        "detained",
        "arrested",
        "missing",
        # a fate after a stock verb is the fate: "two remain missing" (not the population)
        "remain missing",
        "remained missing",
        "remains missing",
        "still missing",
        "are missing",
        "were missing",
        "went missing",
        "food",
        "tonnes",
        "vaccinated",
        # the Turkish defence ministry's word for killed, wounded or captured together
        "neutralised",
        "neutralized",
        # people reached or helped by aid are neither killed nor displaced: "$250m to help
        # 1.5 million people, after 300 were killed"
        "to help",
        "help",
        "helping",
        "assist",
        "assisting",
        "to support",
        "supporting",
        "to feed",
        "feeding",
        "beneficiaries",
        "benefiting",
        "benefitting",
        "to reach",
        "aid to",
        "assistance to",
        "food to",
        "vaccinate",
        "funded",
        "dire need",
        "require",
        "requires",
        "requiring",
        # round 13: a need counted after the figure ("far short of the estimated 800 required")
        "required",
        "needed",
        "urgent need",
        "rescued",
        "rescuing",
        # round 13: fighters who gave themselves up are no attacks ("about 100 members of the
        # regime's police force ... surrendered to the AA after relentless attacks")
        "surrendered",
        "defected",
        "rescue",
        "pulled from the rubble",
        "affected",
        "waiting to flee",
        "waiting to leave",
        "unable to flee",
        "trying to flee",
        "trying to leave",
        "unable to leave",
    ),
}
#: The keywords of "captured" (territory taken): figures.py tests a sentence for their first words
#: before it scans it for every keyword.
CAPTURE_KEYWORDS: tuple[str, ...] = _KEYWORDS["captured"]
_KW_LIST = sorted({(w, m) for m, ws in _KEYWORDS.items() for w in ws}, key=lambda x: -len(x[0]))
_KW_MAP = {w: m for w, m in _KW_LIST}
# Text copied from PDF reports loses spaces ("weredisplaced", "displacedabout 4,400"): a keyword
# glued to one of a few short words still counts ("[endsw]": their last letters, one test
# inside a word instead of seven). The 400 keywords are factored by shared prefixes
# (text.word_alternation): the same matches as their plain alternation, about three times faster.
KEYWORD_RE = re.compile(
    r"(?:(?<![\w-])|(?<=[endsw])(?:(?<=were|have|been)|(?<=had|has|new|are)))(?:"
    + word_alternation([w for w, _ in _KW_LIST])
    + r")(?:(?![\w-])|(?=about|people|more|some|around|nearly))",
    re.IGNORECASE,
)

# subject words that fix the measure whatever the verb
_SUBJECT_MEASURE = {
    "refugees": "refugees",
    "refugee": "refugees",
    "asylum-seekers": "refugees",
    "asylum": "refugees",
    "idps": "displaced",
    "displaced": "displaced",
    "evacuees": "displaced",
    "residents": "population",
    "inhabitants": "population",
    "population": "population",
    "airstrikes": "attacks",
    "strikes": "attacks",
    "raids": "attacks",
    "attacks": "attacks",
    "bombs": "attacks",
    "shells": "attacks",
    "missiles": "attacks",
    "rockets": "attacks",
    "sorties": "attacks",
    "bombings": "attacks",
    "air": "attacks",
    "barrel": "attacks",
    "dead": "killed",
    "slain": "killed",
    "deceased": "killed",
    "deaths": "killed",
    "bodies": "killed",
    "fatalities": "killed",
    "corpses": "killed",
    # a fate adjective before the noun: "resulting in one injured and three killed people"
    "killed": "killed",
    "wounded": "injured",
    "injured": "injured",
    "injuries": "injured",
    "victims": "killed",
    "targets": "attacks",
    "returnees": "_return",
    "returns": "_return",
    "arrivals": "_arrive",  # "89 percent of the newly registered arrivals" (resolve_return)
    "trucks": "other",
    "lorries": "other",
    "convoys": "other",
    "tents": "other",
    "hospitals": "other",
    "clinics": "other",
    "schools": "other",
    "facilities": "other",
    "bakeries": "other",
    "tonnes": "other",
    "tons": "other",
    "blankets": "other",
    "shelters": "other",
    "homes": "other",
    "houses": "other",
    "buildings": "other",
    "vehicles": "other",
    # vehicles and staff are other (the guideline's "vehicles", "staff"), whatever moves them:
    # "They arrived on more than 50 motorcycles", "Two UNHCR staff members will arrive"
    # groups of people counted as groups: "827,644 people representing 95 nationalities",
    # "South Sudan has 64 tribes"
    "nationalities": "other",
    "tribes": "other",
    "motorcycles": "other",
    "motorbikes": "other",
    "staff": "other",
    "workers": "other",
    "troops": "other",
    "tanks": "other",
    "aircraft": "other",
    "helicopters": "other",
    "jets": "other",
    "drones": "other",
    "barrels": "attacks",
    "violations": "attacks",
    "breaches": "attacks",
    "airstrike": "attacks",
    "raid": "attacks",
    "missile": "attacks",
    "rocket": "attacks",
    "shell": "attacks",
    "bomb": "attacks",
    "sortie": "attacks",
    "casualties": "other",  # killed and wounded together in wire copy
    "martyrs": "killed",
    "displacements": "displaced",
    "massacres": "attacks",
    "incidents": "attacks",
    "camps": "other",
    "structures": "other",
    "centres": "other",
    "centers": "other",
    "sites": "other",
    "installations": "other",
    "countries": "other",
    "nations": "other",
    "agencies": "other",
    "organizations": "other",
    "organisations": "other",
    "governments": "other",
    "donors": "other",
    "checkpoints": "other",
    "types": "other",
    "kinds": "other",
    "soldiers": "other",
    "militants": "other",
    "gunmen": "other",
    "militiamen": "other",
    "policemen": "other",
    "diplomats": "other",
    "officials": "other",
    "delegates": "other",
    "buses": "other",
    "ambulances": "other",
    "institutions": "other",
    "patients": "other",
    "services": "other",
    "files": "other",
    "cases": "other",
    "complaints": "other",
    "applications": "other",
    "documents": "other",
    # things and groups counted are neither people nor events (the guideline's "other")
    "latrines": "other",
    "toilets": "other",
    "showers": "other",
    "classrooms": "other",
    "wells": "other",
    "points": "other",
    "factions": "other",
    "coups": "other",
    "boats": "other",
    "ships": "other",
    "vessels": "other",
    # round 23: boats by their local names and boats lost are things too, whoever they carried
    # ("in five cayucos", rt17_030; "two additional cayucos also arrived", rt17_031; "four
    # shipwrecks were reported", rt20_365)
    "canoes": "other",
    "cayucos": "other",
    "pateras": "other",
    "pirogues": "other",
    "dinghies": "other",
    "rafts": "other",
    "shipwrecks": "other",
    "wrecks": "other",
    "markets": "other",
    "mosques": "other",
    "churches": "other",
    "bridges": "other",
    "weapons": "other",
    "doses": "other",
    "kits": "other",
    "meals": "other",
    "flights": "other",
    # round 9: more things counted (never people): "More than 900 shanties", "the remaining two
    # bunkers", "235 portable trauma bags", "three student hostels"
    "shanties": "other",
    # round 13: graves found are things, the remains in them the dead ("Thirty-four mass graves
    # with the remains of at least 500 people")
    "graves": "other",
    "bunkers": "other",
    "bags": "other",
    "hostels": "other",
    # round 13: the steps of an operation counted ("relocated to the island in four phases")
    "phases": "other",
    "stages": "other",
    "batches": "other",
    # people held or saved are other whatever moves them (the guideline's rescued, detention
    # centres, evacuations of detainees), unless they are killed or wounded
    "survivors": "other",
    "rescues": "other",
    "inmates": "other",
    "prisoners": "other",
    "detainees": "other",
    "hostages": "other",
    # arrests count detainees: "at least 27 deaths and over 2,400 arrests"
    "arrests": "other",
    "detentions": "other",
    "insurgents": "other",
    "attackers": "other",
    # round 13: more armed actors counted (the round-3 decision: fighters are people, other
    # unless killed, wounded or held): "Dozens of bandits on motorcycles invaded", "approximately
    # 100 Islamic extremists entered the town"
    "bandits": "other",
    "extremists": "other",
    "jihadists": "other",
    "raiders": "other",
    "assailants": "other",
    "executions": "killed",
    # round 24: assassinations counted are the people killed, as executions are ("registered at
    # least 105 assassinations of ... leaders", rt21_032); "assassination attempts" stay attacks
    "assassinations": "killed",
    "killings": "attacks",  # "seven mass killings of families": events, as massacres are
    "explosions": "attacks",  # "killed in three separate landmine explosions": events
    "blasts": "attacks",
    # round 19: "up to 50 soldiers were killed by the IS in two ambushes" (rt17_327)
    "ambushes": "attacks",
    "ambush": "attacks",
}


_COUNTRY_NAMES, _DEMONYMS, _PLACES_ABROAD = COUNTRY_NAMES, DEMONYMS, PLACES_ABROAD


# a country named (group "place"), or a country or a place abroad, ending at a word's end: one
# alternation each, shared by the patterns below
_A_COUNTRY = r"(?P<place>" + alternation(_COUNTRY_NAMES) + r")(?![\w-]|'s|’s)"
_A_COUNTRY_OR_ABROAD = (
    r"(?P<place>" + alternation([*_COUNTRY_NAMES, *_PLACES_ABROAD]) + r")(?![\w-]|'s|’s)"
)

# a country (or a place abroad) named as where people are or go: "in Turkey", "to Uganda",
# "arrived in Cox's Bazar", "into neighbouring Chad"
_LOCATED = re.compile(
    r"\b(?:in|into|to|towards?|toward|for|at|across|reached|entered|entering|reaching|inside)\s+"
    r"(?:(?:the\s+)?(?:neighbou?ring|nearby|northern|southern|eastern|western|north|south|east|"
    r"west|central|north-eastern|north-western|south-eastern|south-western)\s+)?"
    + _A_COUNTRY_OR_ABROAD
)
# a place in a country named by its possessive: "at the Gilvegozu crossing in Turkey's southern
# Hatay province"
_LOCATED_POSS = re.compile(
    r"\b(?:in|into|to|at|inside)\s+(?P<place>" + alternation(_COUNTRY_NAMES) + r")(?:'s|’s)\s+"
    r"(?:(?:northern|southern|eastern|western|north|south|east|west|central|border)\s+)?"
    r"(?:[A-Z][\w-]*\s+)?(?:province|region|state|governorate|city|town|district|border)\b"
)
_A_COUNTRY_RE = re.compile(r"(?<![\w-])" + _A_COUNTRY)
_DEMONYM_RE = re.compile(r"(?<![\w-])(?:" + alternation(_DEMONYMS) + r")(?![\w-])")


def _nation_of(subject: str | None) -> str | None:
    """The country of the nation the counted noun names ("Somali refugees": Somalia), if any."""
    d = _DEMONYM_RE.search(subject) if subject else None
    return _DEMONYMS[" ".join(d.group().split())] if d is not None else None


# shelter sought in a country: "sought refuge in Iran", "took shelter in Lebanon"; round 24:
# in a country's province ("to seek temporary shelter in Thailand's northernmost province",
# rt17_068) or abroad with no country named ("have sought safety in neighboring countries",
# rt20_135; "sent millions seeking refuge abroad", rt20_318): group "place" is then None
_REFUGE_IN = re.compile(
    r"\b(?:sought|seek|seeking|seeks|taken|took|take|taking|find|found|finding)\s+"
    r"(?:temporary\s+|safe\s+)?(?:refuge|shelter|safety|sanctuary)\s+(?:abroad\b|in\s+(?:the\s+)?"
    r"(?:neighbou?ring|nearby|other|surrounding)\s+countries\b|in\s+"
    # an adjective may come first: "sought refuge in tiny Lebanon", "in neighbouring Chad"
    r"(?:(?:the\s+)?[a-z][\w-]*\s+)?(?P<place>"
    + alternation(_COUNTRY_NAMES)
    + r")(?![\w-])(?P<poss>'s|’s)?)"
)

# a country left: "Some 200,000 ethnic Azeris also left Armenia", "people fleeing war-torn Sudan"
_LEFT_COUNTRY = re.compile(
    r"\b(?:fled|flee|flees|fleeing|left|leaving|escaped|escaping)\s+(?:war-torn\s+)?" + _A_COUNTRY
)

# a border crossed: "people fleeing the fighting crossed into Uganda", "crossed the border into
# Chad" (whoever the people are: crossing into a country is leaving another one)
_CROSSED_INTO = re.compile(
    r"\bcross(?:ed|ing|es)?\s+(?:the\s+border\s+|over\s+)?into\s+(?:neighbou?ring\s+)?"
    + _A_COUNTRY_OR_ABROAD
)

# a country's land entered, named by its people: "seek refuge on Thai soil" (rt17_070),
# "escorts 858 Iraqis from Al-Hol Camp toward Iraqi territory" (rt7_008); a border crossed,
# out of a country or back into one's own
_ONTO_NATION_SOIL = re.compile(
    r"\b(?:on|onto|into|to|toward|towards|reached|entered|entering)\s+(?:the\s+)?"
    + _DEMONYM_RE.pattern
    + r"\s+(?:soil|territory)\b"
)

# a border crossed after the flight: "fled the fighting ..., crossing the southern border into"
_CROSSING_BORDER = re.compile(
    r"\b(?:crossing|crossed)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western)\s+)?border\b"
)

# countries people flee to (refugee hosts of the crises in the dev sets and beyond); a flight
# to one of them is a flight across a border
_HOST_COUNTRIES = (
    r"Turkey|T(?:ü|u)rkiye|Lebanon|Jordan|Iraq|Egypt|Germany|Greece|Austria|Sweden|Europe|Syria|"
    r"Iran|Pakistan|Afghanistan|Bangladesh|India|Uganda|Kenya|Ethiopia|Sudan|South\s+Sudan|Chad|"
    r"Niger|Nigeria|Cameroon|Mali|Mauritania|Burkina\s+Faso|Djibouti|Somalia|Yemen|Libya|"
    r"Tunisia|Algeria|Rwanda|Burundi|Tanzania|Congo|DRC|Poland|Romania|Moldova|Hungary|Slovakia|"
    r"Italy|Spain|France|Britain|the\s+UK|the\s+United\s+Kingdom|the\s+United\s+States|the\s+US|"
    r"Canada|Colombia|Peru|Ecuador|Brazil|Chile|Thailand|Malaysia|Myanmar|Egypt|Armenia|Azerbaijan|"
    r"Georgia|Russia|Belarus|Israel|Cyprus|Malta|Bulgaria|Serbia|Croatia|Hungary|Kurdistan\s+Region|"
    r"Ukraine|Venezuela|Eritrea|Mozambique|Central\s+African\s+Republic|Burma|"
    # and every country of countries.tsv by its name
    + alternation(_COUNTRY_NAMES)
)
_ABROAD = re.compile(
    rf"\b(?:{_HOST_COUNTRIES}|abroad|neighbouring\s+countries|neighboring\s+countries|refugees?)\b"
)
_COMPASS = (
    r"(?:southern|northern|eastern|western|central|south|north|east|west|"
    r"(?:north|south)-?(?:eastern|western|east|west))"
)
#: Right after a flight word: the flight crosses a border ("fled to Turkey", "fled across the
#: border into Lebanon", "fled abroad").
ACROSS_BORDER = re.compile(
    r"(?:\s+(?:their|the|its)\s+(?:homes?|country|city|town|village|area))?"
    # a place left, then where to: "fled from Aleppo to Turkey"; a part of a country left is no
    # border crossed ("displaced from southern Lebanon"), only where the flight went tells
    rf"(?:\s+from\s+(?:{_COMPASS}\s+)?(?!{_COMPASS}\b)[\w'-]+(?:\s+[A-Z][\w'-]+)?)?"
    # leaving a country is crossing its border: "who fled Myanmar", "fled from Ukraine"
    rf"(?:\s+(?:from\s+)?(?:{_HOST_COUNTRIES})\b(?!'s)|"
    r"\s+(?:abroad\b|(?:across|over)\s+(?:the\s+)?borders?\b|(?:to|into|towards?)\s+(?:the\s+)?"
    r"(?:(?:\w+\s+)?(?:neighbou?ring|nearby|surrounding|other|host|European)\s+"
    rf"(?:countries|states|nations)\b|(?:neighbou?ring\s+)?(?:{_HOST_COUNTRIES})\b(?!'s))))"
)
#: Entering or reaching a country abroad: "had entered Bangladesh", "arrived in Turkey".
ENTERED_ABROAD = re.compile(
    r"(?:entered|entering|enter|arrived\s+in|arriving\s+in|arrive\s+in|reached|crossed\s+into|"
    rf"made\s+it\s+to)\s+(?:{_HOST_COUNTRIES})\b"
)

#: Entering "the country": a border crossed by the foreign people who do it.
_ENTERED_COUNTRY = re.compile(r"(?:entered|entering|enter|crossed\s+into)\s+the\s+country\b")


def entered_the_country(norm: str, verb_at: int, subject: str | None) -> bool:
    """Whether people of a nation, the subject, enter "the country" at ``verb_at``.

    Examples
    --------
    >>> s = "more than 300,000 Syrians have entered the country"
    >>> entered_the_country(s, s.index("entered"), "Syrians")
    True
    >>> entered_the_country(s, s.index("entered"), "people")
    False
    """
    return (
        subject is not None
        and _DEMONYM_RE.search(subject) is not None
        and _ENTERED_COUNTRY.match(norm, verb_at) is not None
    )


def foreign_subject(subject: str | None) -> bool:
    """Whether the counted people are named by a nationality or as migrants.

    Parameters
    ----------
    subject : str or None
        The counted noun phrase.

    Returns
    -------
    bool
        True for "Syrians", "Syrian migrants", "migrants"; False for "people" or None.

    Examples
    --------
    >>> foreign_subject("Syrian migrants"), foreign_subject("migrants")
    (True, True)
    >>> foreign_subject("people"), foreign_subject(None)
    (False, False)
    """
    return bool(subject) and (_DEMONYM_RE.search(subject) is not None or "migrant" in subject)


def resolve_return(
    norm: str,
    start: int,
    end: int,
    kind: str = "_return",
    subject: str | None = None,
    at: int | None = None,
    s_start: int | None = None,
) -> str:
    """People who returned, were hosted or arrived: refugees when a country abroad is named.

    Otherwise arrivals are displaced people, and so are returns of people called displaced or
    IDPs (in the sentence or the one before), returns from a place or "home" and returns to a
    place (the real-text guideline: "returned IDPs ... -> displaced"); a return the passage
    tells only as "returned" / "returnees" is of refugees (rounds 4 and 5); residents who return
    ("1,200 residents had returned to their homes") and people hosted are the population. A place that "is home to"
    people (the figure starting at ``at``) gives its population, whoever they are, unless the
    place is a country ("Jordan is home to 650,000 registered refugees").

    Arrivals and returns are from abroad only when a refugee word, "abroad" or a movement to,
    from or in a country is named: in the figure's sentence (from ``s_start``), or "from" or
    "to" a country in the sentence before it (``start``); a country named otherwise ("the
    coordinator for Sudan", "people from the Kordofan regions in Sudan are fleeing") says
    nothing of a border. A return to a place that is no country ("returned to areas recaptured
    by the army", "returning to Khartoum") is a return inside the country unless a country it
    came from is named.
    """
    if kind == "_host" and at is not None:
        home = _HOME_TO_END.search(norm, max(start, at - 70), at)
        host = (
            _COUNTRY_END.search(norm, max(start, home.start() - 30), home.start())
            if home is not None
            else None
        )
        if host is not None and _IN_PLACE_END.search(
            norm, max(start, host.start() - 12), host.start()
        ):
            host = None  # "The Zaatari refugee camp in north Jordan is home to"
        if home is not None and host is None:
            return "population"  # "The Zaatari refugee camp is home to 115,000 Syrians"
    if kind == "_register":
        if not subject or _nation_of(subject) is not None:
            return "refugees"  # "532,736 Syrians are registered in the city", "the number of
            # those officially registered is less than 350,000" (the real-text guideline's
            # refugee stocks)
        if s_start is not None and _A_COUNTRY_RE.search(norm, s_start, end):
            return "refugees"  # a country registers arrivals from abroad: "Greece registered
            # 4,000 new arrivals", "Lebanon's General Security registered 348,237"
        kind = "_arrive"
    if kind in ("_arrive", "_return") and s_start is not None:
        if subject_measure(subject, False) == "refugees":
            return "refugees"
        if at is not None and _from_another_country(norm, at, end, subject):
            return "refugees"  # "Up to 6,000 Syrians are returning to their homes every month
            # from Sanliurfa province" (a place of Turkey)
        if kind == "_arrive" and _REFUGEE_AGENCY.search(norm, s_start, end):
            return "refugees"  # "UNHCR figures show that the number of new arrivals ... is now
            # 395": arrivals the refugee agency counts
        dest = _RETURN_DEST.search(norm, at, end) if kind == "_return" and at is not None else None
        if dest is not None and not _FROM_ABROAD.search(norm, s_start, end):
            if _HOME_COUNTRY.match(norm, dest.end()):
                return "refugees"  # "returned to Afghanistan", "came back to their country"
            return "population" if subject_measure(subject, False) == "population" else "displaced"
        moved = _MOVE_ABROAD.search(norm, s_start, end)
        before = _MOVE_ABROAD.search(norm, start, s_start) if start < s_start else None
        if moved is not None or (before is not None and before.group("prep") != "in"):
            return "refugees"
    elif _ABROAD.search(norm, start, end):
        return "refugees"
    if kind == "_arrive":
        return "displaced"
    if (
        kind == "_host"
        and foreign_subject(subject)
        and (at is None or "home to" not in norm[max(start, at - 70) : at])
    ):
        return "refugees"  # people hosted and named by a nationality or as migrants are
        # foreigners where they stay: "the border town of Adre, which hosts over 150,000
        # Sudanese", "Hatay and Gaziantep host some 300,000 migrants" (a place "home to" them
        # gives its population: "currently home to a total of 401,068 Syrians")
    if kind == "_return" and subject_measure(subject, False) != "population":
        seg = norm[start:end]
        if "displace" in seg or "idp" in seg or _RETURN_FROM.search(norm, s_start or start, end):
            return "displaced"  # "return 5,000 displaced families", "returned from Sinjar to Duhok"
        return "refugees"  # a passage that only says "returned" / "returnees" (rounds 4 and 5)
    return "population"


# the refugee agency by its name (the words "refugee agency" are read by _MOVE_ABROAD)
_REFUGEE_AGENCY = re.compile(r"\bUNHCR\b")
_FROM_PLACE = re.compile(r"\bfrom\s+(?:the\s+)?" + _A_COUNTRY_OR_ABROAD)


def _from_another_country(norm: str, at: int, end: int, subject: str | None) -> bool:
    """Whether people of a nation (``subject``) move from a place of another country.

    "Up to 6,000 Syrians are returning ... from Sanliurfa province" (Turkey); the words
    after the figure starting at ``at``, up to ``end``, are read.
    """
    own = _nation_of(subject)
    if own is None:
        return False
    return any(
        _country_of(m.group("place")) not in (None, own)
        for m in _FROM_PLACE.finditer(norm, at, end)
    )


# a movement to, from or in a country, or words of a border crossed
_MOVE_ABROAD = re.compile(
    r"\b(?:(?P<prep>from|in|into|to|across|inside|reached|entered|entering|reaching)\s+(?:the\s+)?"
    rf"(?:neighbou?ring\s+)?(?:{_HOST_COUNTRIES})\b(?!'s|’s)|abroad\b|(?:from|to|into)\s+(?:\w+\s+)?"
    r"countries\b|neighbou?ring\s+countries\b|refugees?\b|asylum\b)"
)
_FROM_ABROAD = re.compile(
    rf"\bfrom\s+(?:the\s+)?(?:neighbou?ring\s+)?(?:{_HOST_COUNTRIES}|abroad\b|"
    r"(?:\w+\s+)?countries\b)(?!'s|’s)"
)
# where a return goes: "returned to areas recaptured", "returning\" to Khartoum"
_RETURN_DEST = re.compile(
    r"\b(?:returned|returning|returns?|went\s+back|gone\s+back|go(?:ing)?\s+back|c[oa]m(?:e|ing)\s+"
    r"back)[\"”’']?\s+(?:home\s+)?(?:to|into)\s+"
)
# a return from a place or "home" (abroad only when a country is named): "returned from Sinjar
# to Duhok", "Another 4,000 returned home"
_RETURN_FROM = re.compile(r"\b(?:returned|returning|returns?)\s+(?:from|home)\b")
_HOME_COUNTRY = re.compile(
    rf"(?:the\s+)?(?:{_HOST_COUNTRIES})\b|(?:their|his|her)\s+(?:own\s+)?(?:home\s+)?(?:country|"
    r"countries|homeland)\b"
)
_HOME_TO_END = re.compile(
    r"\bhome\s+to\s+(?:(?:some|about|around|nearly|almost|over|more\s+than|an\s+estimated)\s+)?$"
)
_IN_PLACE_END = re.compile(
    r"\b(?:in|of|near|at|north|south|east|west|northern|southern|eastern|western)\s+$"
)
# a country right before "is home to" (its own name, or "which"/"that" after it)
_COUNTRY_END = re.compile(
    r"\b(?:" + alternation(COUNTRY_NAMES) + r")(?:\s*,\s*(?:which|that))?\s+(?:\w+\s+){0,2}$"
)


def _country_of(place: str) -> str | None:
    key = " ".join(place.split())
    return _COUNTRY_NAMES.get(key) or _PLACES_ABROAD.get(key)


def _other_country(norm: str, s_start: int, s_end: int, r: re.Match) -> bool:
    """Whether the sentence names a country other than the one ``r`` names ("from Myanmar")."""
    there = _country_of(r.group("place"))
    return any(
        _country_of(m.group("place")) not in (None, there)
        for m in _A_COUNTRY_RE.finditer(norm, s_start, s_end)
    )


def crossed_border(
    norm: str,
    s_start: int,
    s_end: int,
    subject: str | None,
    measure: str,
    at: int | None = None,
    before: int | None = None,
) -> str:
    """``measure`` of displaced people corrected to refugees when they are in another country.

    People of one country ("Syrians", "South Sudanese", "Rohingya") displaced into, or staying
    in, another one ("in Turkey", "to Uganda", "arrived in Cox's Bazar") crossed a border;
    shelter sought in a country ("sought refuge in Iran") is abroad too, unless the people are
    its own; so is a flight from a named country just after the figure ("left Armenia",
    "fleeing war-torn Sudan"). Countries and demonyms come from ``countries.tsv``. People
    displaced "internally" (before the figure starting at ``at``, or in its subject) stay displaced ("has internally displaced more than 570,000 Cameroonians ...,
    and pushed over 70,000 ... to seek refuge in Nigeria"). A sentence that names no country
    and no place gone to keeps the other country where the sentence before it (from
    ``before``) puts its people: "They arrive in Chad tomorrow. Last May, some 8,500 Sudanese
    left the town of Al-Geneina", "... taking refuge to Bangladesh. Before that, several
    hundreds of thousands Rohingyas had already taken shelter there".

    Examples
    --------
    >>> s = "An estimated 10,000 Rohingyas arrived in Cox's Bazar."
    >>> crossed_border(s, 0, len(s), "Rohingyas", "displaced")
    'refugees'
    >>> s = "Some 40,000 Syrians were displaced to Idlib."
    >>> crossed_border(s, 0, len(s), "Syrians", "displaced")
    'displaced'
    """
    if (
        measure == "refugees"
        and at is not None
        and fled_within_own_country(norm, at, s_end, subject)
    ):
        return "displaced"  # "Thousands of Somali refugees ... streamed into Mogadishu"
    if measure != "displaced":
        return measure
    if at is not None:
        if (
            _INTERNALLY_END.search(norm, max(s_start, at - 30), at)
            or (subject and "internally" in subject.lower())
            or _WITHIN_AFTER.match(norm, at, s_end)
        ):
            return measure
        if _LEFT_COUNTRY.search(norm, at, min(s_end, at + 120)):
            return "refugees"  # "Some 200,000 ethnic Azeris also left Armenia"
        if ("soil" in norm[at:s_end] or "territory" in norm[at:s_end]) and _ONTO_NATION_SOIL.search(
            norm, at, min(s_end, at + 160)
        ):
            return "refugees"  # "forcing 5,384 villagers to ... seek refuge on Thai soil"
        if _CROSSING_BORDER.search(norm, at, min(s_end, at + 160)):
            return (
                "refugees"  # "have fled the fighting ..., crossing the southern border into Renk"
            )
        if moved_between_countries(norm, at, s_end):
            return "refugees"  # round 22: "115 Iraqi families from al-Hol camp left by bus for
            # al-Jada'a camp" (rt19_376), "were heading back to their country after leaving
            # al-Hol camp" (rt19_378), "brought to Jada-1 camp near Mosul ... from al-Hol camp"
            # (rt9_021)
    own = _nation_of(subject)
    for rx in (_REFUGE_IN, _CROSSED_INTO) if "cross" in norm[s_start:s_end] else (_REFUGE_IN,):
        r = rx.search(norm, s_start, s_end)
        if r is None or (r.group("place") is not None and _country_of(r.group("place")) == own):
            continue
        if r.groupdict().get("poss") is None or _other_country(norm, s_start, s_end, r):
            return "refugees"  # a place of a country ("in Thailand's northernmost province")
            # only when the sentence names the other country the people came from
    if own is None:
        return measure
    fled = _FLED_OWN.search(norm, s_start, s_end)
    arrived = _HAVE_ARRIVED.search(norm, s_start, s_end) if fled is not None else None
    if (
        arrived is not None
        and _country_of(fled.group("place")) == own
        # not where the arrival is named in their own country: "... have arrived in Port Sudan"
        and not _arrived_in(norm, arrived.end(), s_end, own)
    ):
        return "refugees"  # "Rohingyas fleeing violence in Myanmar have arrived in the district"
    poss = "'s" in norm[s_start:s_end] or "’s" in norm[s_start:s_end]
    for m in (
        itertools.chain(
            _LOCATED.finditer(norm, s_start, s_end), _LOCATED_POSS.finditer(norm, s_start, s_end)
        )
        if poss
        else _LOCATED.finditer(norm, s_start, s_end)
    ):
        country = _country_of(m.group("place"))
        if country is not None and country != own:
            return "refugees"
    if before is not None and before < s_start and abroad_before(norm, before, s_start, s_end, own):
        return "refugees"
    return measure


# round 22: a move out of a place of one country ("from al-Hol camp", "after leaving al-Hol")
# into a place of another ("for al-Jada'a camp", "to Jada-1 camp near Mosul", "in Jada'a camp"),
# or back to the people's own country, crossed a border, whoever the people are
_MOVED_OUT_OF = re.compile(
    r"\b(?:from|leaving|left|leave|leaves|out\s+of)\s+(?:the\s+)?" + _A_COUNTRY_OR_ABROAD
)
_MOVED_INTO = re.compile(
    r"\b(?:(?:to|for|into|towards?|reached|reaching)\s+(?:the\s+)?"
    + _A_COUNTRY_OR_ABROAD
    # a camp people are held in: "the rehabilitation of 603 families in Jada'a camp" (rt19_382),
    # not "in Geneva" of the speaker
    + r"|(?:in|at)\s+(?:the\s+)?"
    + _A_COUNTRY_OR_ABROAD.replace("?P<place>", "?P<camp>")
    + r"\s+camp)"
)
_BACK_TO_COUNTRY = re.compile(
    r"\b(?:back|home)\s+to\s+(?:their|his|her)\s+(?:own\s+)?(?:home\s+)?(?:country|homeland)\b"
)


def moved_between_countries(norm: str, at: int, s_end: int) -> bool:
    """Whether the words after ``at`` move people from a place of one country to another.

    Places and countries are those of ``countries.tsv``; a move back to the people's own
    country from a named place is across a border too. Only the figure's sentence (up to
    ``s_end`` or the first ". ") is read.

    Examples
    --------
    >>> s = "115 Iraqi families from al-Hol camp left by bus for al-Jada'a camp."
    >>> moved_between_countries(s, 0, len(s))
    True
    >>> s = "192 families were heading back to their country after leaving al-Hol camp."
    >>> moved_between_countries(s, 0, len(s))
    True
    >>> s = "5,000 people were displaced from Aleppo to Idlib."
    >>> moved_between_countries(s, 0, len(s))
    False
    """
    stop = norm.find(". ", at, s_end)
    s_end = s_end if stop < 0 else stop
    left = [_country_of(m.group("place")) for m in _MOVED_OUT_OF.finditer(norm, at, s_end)]
    left = [c for c in left if c is not None]
    if not left:
        return False
    if _BACK_TO_COUNTRY.search(norm, at, s_end):
        return True
    return any(
        _country_of(m.group("place") or m.group("camp")) not in (None, *left)
        for m in _MOVED_INTO.finditer(norm, at, s_end)
    )


# a place named in a sentence ("in Renk", "to the capital Khartoum"): the people are placed there
_PLACE_NAMED = re.compile(r"\b(?:to|into|towards?|in|inside|at|reached)\s+(?:the\s+)?[A-Z]")


def abroad_before(norm: str, before: int, s_start: int, s_end: int, own: str) -> bool:
    """Whether the sentence from ``before`` to ``s_start`` puts people in a country not ``own``.

    Only when the figure's own sentence (``s_start`` to ``s_end``) names no country and no
    place the people are in or go to.
    """
    if _A_COUNTRY_RE.search(norm, s_start, s_end) or _PLACE_NAMED.search(norm, s_start, s_end):
        return False
    return any(
        _country_of(m.group("place")) not in (None, own)
        for m in _LOCATED.finditer(norm, before, s_start)
    )


# a flight's destination after the figure: "streamed into Mogadishu", "headed to Khartoum"
_GONE_TO = re.compile(
    r"\b(?:into|to|towards?|reached|reaching|entered|entering)\s+(?:the\s+)?(?:(?:capital|city|town)"
    r"\s+(?:of\s+)?)?" + _A_COUNTRY_OR_ABROAD
)
# round 22: a repatriation crosses a border by its name ("repatriated 381 Iraqi refugees from the
# camp to Nineveh province's ... camp", rt11_028)
_RETURN_WORD = re.compile(r"\b(?:return|repatriat)")


def fled_within_own_country(norm: str, at: int, s_end: int, subject: str | None) -> bool:
    """Whether people called refugees of a nation went to a place of their own country.

    The border is read from the destination: "Thousands of Somali refugees, fleeing famine
    ..., streamed into Mogadishu" crossed none (displaced, the round-1 decision); a place of
    another country, their own country named as such ("crossed into Afghanistan"), "abroad",
    a border or a return keeps them refugees. ``at`` is where the figure
    starts, ``s_end`` where its sentence ends (or any later point: the first ". " ends it).

    Examples
    --------
    >>> s = "Thousands of Somali refugees streamed into Mogadishu."
    >>> fled_within_own_country(s, 0, len(s), "Somali refugees")
    True
    >>> s = "Thousands of Somali refugees streamed into Kenya."
    >>> fled_within_own_country(s, 0, len(s), "Somali refugees")
    False
    """
    own = _nation_of(subject)
    stop = norm.find(". ", at, s_end)
    s_end = s_end if stop < 0 else stop  # the figure's sentence only
    lo = max(0, at - 60)
    if own is None or _RETURN_WORD.search(norm, lo, s_end) or _ABROAD_WORD.search(norm, lo, s_end):
        return False
    # a place of the country, not the country itself: going "to Syria" from abroad crosses
    gone = [
        _PLACES_ABROAD.get(" ".join(m.group("place").split()))
        for m in _GONE_TO.finditer(norm, at, s_end)
    ]
    places = [_country_of(m.group("place")) for m in _LOCATED.finditer(norm, at, s_end)]
    return own in gone and all(c == own for c in places)


_ABROAD_WORD = re.compile(
    r"\b(?:abroad|neighbou?ring\s+countr|across\s+(?:the\s+)?borders?|cross(?:ed|ing|es)?\b|border|"
    r"refugee\s+camps?)"
)


# people who arrived somewhere fleeing what happens in their own country left it: "Rohingyas
# fleeing violence in Myanmar have arrived in the district", "Rohingyas have come to the camp
# facing attacks in Myanmar"
_FLED_OWN = re.compile(
    r"\b(?:fleeing|facing|escaping)\s+(?:[\w-]+\s+){0,3}?(?:in|from)\s+" + _A_COUNTRY
)
_HAVE_ARRIVED = re.compile(r"\b(?:have|has|had)\s+(?:already\s+)?(?:arrived|come)\b")
# the named place of an arrival: "have arrived in Port Sudan" (capitalised words after in/at/to)
_ARRIVAL_PLACE = re.compile(r"\s+(?:in|at|to)\s+(?:the\s+)?(?P<place>(?:[A-Z][\w'-]*\s?){1,3})")


def _arrived_in(norm: str, pos: int, end: int, country: str) -> bool:
    """Whether the arrival read at ``norm[pos]`` names a place of ``country`` ("Port Sudan")."""
    m = _ARRIVAL_PLACE.match(norm, pos, end)
    return m is not None and country in m.group("place")


_INTERNALLY_END = re.compile(
    r"\b(?:internally\s+(?:displaced|displacing|displaces)|internal\s+displacement\s+of)\s+$"
)
# the figure's own flight kept inside a country: "1.4 million people within the DRC"
_WITHIN_AFTER = re.compile(
    r"[^,;.()]{0,40}?\b(?:within|inside)\s+(?:the\s+)?(?:country|its\s+borders|"
    + alternation(_COUNTRY_NAMES)
    + r")\b"
)

TERRITORY = frozenset(
    "villages village towns town localities locality areas area cities city "
    "hills hill positions neighbourhoods neighborhoods districts hamlets "
    "settlements province territory countryside region regions highway highways road roads "
    "pockets pocket states provinces governorates counties localities capital land lands "
    "locations country townships township".split()
)

_STOP = frozenset(
    """
a an the this that these those their his her its our your my of in on at by for from to with
without into onto over under above below after before during since until while as than then
was were is are be been being have has had do does did will would could should may might must
can who whom which whose what where when why how there here it they them he she we you i
said says say reported told added according also still already just only even not no nor but
so yet if because though although however including among amid between across along around
about near toward towards through via per each every all both either neither some many more most
other such same own very too again further once out up down off last next first
second third few several new inside outside within remain remains remained live lives lived living fled
flee left stay stayed return returned reportedly now alone like due owing thanks
 overnight today yesterday daily weekly monthly annually tonight seeking sought""".split()
)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]*")
_OF_THE = re.compile(r"\s+of\s+(?:all\s+)?(?:the\s+|their\s+|its\s+|those\s+)?|-[a-z]+\s+")
_GAP = re.compile(r"[ \n]+")
# words that end the counted noun and start what describes it: "children aged 12", "men older
# than 60" (an age, not part of the noun)
_POSTMODIFIERS = frozenset("aged age ages older younger".split())


_BEFORE_DISPLACED = frozenset(("internally", "newly", "recently", "forcibly"))
_OTHER_FIRST = frozenset(("other",))


def _prenominal_participle(before: str, word: str) -> bool:
    """Whether ``word`` is a participle that an adverb ``before`` puts before a noun.

    "newly arrived Rohingyas", "recently registered refugees": the noun after is counted,
    not the adverb (``word`` is lower-cased).

    Examples
    --------
    >>> _prenominal_participle("newly", "arrived"), _prenominal_participle("people", "arrived")
    (True, False)
    """
    return before.lower() in _BEFORE_DISPLACED and word.endswith("ed")


def subject_after(norm: str, pos: int, ceil: int) -> tuple[str | None, int]:
    """The noun phrase counted by a figure ending at ``pos``, and where it ends.

    Examples
    --------
    >>> subject_after(" villages and towns in Syria", 0, 29)
    ('villages and towns', 19)
    >>> subject_after(" Syrian refugees, and", 0, 21)
    ('Syrian refugees', 16)
    >>> subject_after(" children aged 12 died", 0, 22)
    ('children', 9)
    """
    i = pos
    n = min(ceil, pos + 120)
    m = _OF_THE.match(norm, i, n)
    if m:
        i = m.end()
    words: list[tuple[int, int, str]] = []
    j = i
    while j < n and len(words) < 6:
        sp = _GAP.match(norm, j, n)
        k = sp.end() if sp else j
        if words and not sp:
            break
        w = _WORD_RE.match(norm, k, n)
        if w is None or (w.end() < n and norm[w.end()].isdigit()):
            break  # no word, or a code such as "M5"
        low = w.group().lower()
        if low in ("and", "or", "&"):
            nw = (
                _WORD_RE.match(norm, w.end() + 1, n)
                if w.end() < n and norm[w.end()] == " "
                else None
            )
            if (
                not words
                or nw is None
                or nw.group().lower() in _STOP
                or _verbish(nw.group())
                or nw.group()[0].isupper() != words[-1][2][0].isupper()
            ):
                break
            words.append((w.start(), w.end(), low))
            j = w.end()
            continue
        if not words and low in _OTHER_FIRST:
            # "three other locations", "two other southeastern provinces": the noun after
            words.append((w.start(), w.end(), w.group()))
            j = w.end()
            continue
        if low in _STOP or (
            words
            and (low in ("displaced", "dead") or low in _POSTMODIFIERS)
            and words[-1][2].lower() not in _BEFORE_DISPLACED  # "internally displaced persons"
        ):
            break
        if (
            words
            and _verbish(w.group())
            and words[-1][2] not in ("and", "or")
            and not _prenominal_participle(words[-1][2], low)
        ):
            break
        if not words and low in ("them", "whom"):
            break
        words.append((w.start(), w.end(), w.group()))
        j = w.end()
    while words and (
        words[-1][2] in ("and", "or")
        or (len(words) > 1 and _verbish(words[-1][2]))
        or words[-1][2].lower() in _OTHER_FIRST
    ):
        words.pop()
    if not words:
        return None, pos
    if len(words) == 1 and _verbish(words[0][2]) and words[0][2].lower() not in _SUBJECT_MEASURE:
        return None, pos
    return norm[words[0][0] : words[-1][1]], words[-1][1]


@functools.lru_cache(maxsize=4096)
def _verbish(word: str) -> bool:
    w = word.lower()
    return (
        (w.endswith("ed") and len(w) > 4 and w not in ("displaced",))
        or (w.endswith("ing") and len(w) > 5 and w not in ("building", "buildings"))
        or w
        in (
            "fled",
            "died",
            "remain",
            "were",
            "are",
            "lost",
            "left",
            "hit",
            "killed",
            "made",
            "fell",
            "took",
            "run",
            "ran",
            "live",
            "lives",
            "reside",
            "resides",
            "stay",
            "stays",
            "flee",
            "need",
            "die",
            "face",
            "have",
            "go",
            "went",
            "came",
            "come",
            "got",
            "reach",
            "reached",
            "crossed",
            "cross",
            "depend",
            "depends",
            "rely",
            "relies",
            "lack",
            "lacks",
            "receive",
            "receives",
            "return",
            "returned",
            "arrive",
            "arrives",
            "wait",
            "suffer",
            "suffers",
            "risk",
            "remains",
            "need",
            "needs",
            "are",
            "is",
            "was",
            "say",
            "says",
            "said",
            "continue",
            "continued",
            "continues",
            "flood",
            "floods",
            "pour",
            "pours",
            "stream",
            "streams",
            "flock",
            "flocks",
        )
        or w in _IRREGULAR
    )


_IRREGULAR = frozenset(
    """sought fought brought caught bought thought taught told held kept sent spent went gone
    saw seen found gave given took taken made got left lost met paid put ran sat set stood won
    hit led fell fallen hid froze became began broke came drove grew knew rose shot spoke struck
    threw wrote ate stayed lay lie lies face faced slept""".split()
)


# the statuses a coordinated subject may join
_STATUS = {
    "refugees": "refugees",
    "refugee": "refugees",
    "idps": "displaced",
    "idp": "displaced",
    "displaced": "displaced",
    "returnees": "_return",
}
_AND_OR = re.compile(r"\s+(?:and|or|&)\s+")
# fates that lead a subject as adjectives: "wounded civilians and soldiers"
_FATE_ADJECTIVES = {"wounded": "injured", "injured": "injured"}

# words glued to the counted noun by text copied from PDF reports
_GLUED = re.compile(r"(?:new|were|have|been|had|has|are|more)?([a-z]+?)(?:people|persons)?")


# subjects repeat ("people", "civilians"): the word tests below run once a subject
@functools.lru_cache(maxsize=4096)
def subject_measure(subject: str | None, sentence_has_capture: bool) -> str | None:
    """Measure implied by the subject itself, if any."""
    if not subject:
        return None
    words = subject.lower().replace("-", " ").split()
    parts = [p.split() for p in _AND_OR.split(" ".join(words))]
    if len(parts) > 1 and len({_STATUS.get(w) for p in parts for w in p} - {None}) > 1:
        return "other"  # "refugees and returnees", "Refugee and IDP returnees": one count of
        # two statuses (the round-1 "displaced internally and across borders in one count")
    if words[-1] in TERRITORY:
        # places counted: taken ("captured 24 villages") or just counted ("killed 36 people in
        # three villages", "23 localities across nine of Sudan's 18 states")
        return "captured" if sentence_has_capture else "other"
    if len(words) > 1 and words[0] in _FATE_ADJECTIVES:
        return _FATE_ADJECTIVES[words[0]]  # "300 wounded civilians and soldiers": the fate
        # before the nouns counts them all
    for w in reversed(words):
        if w in _SUBJECT_MEASURE:
            return _SUBJECT_MEASURE[w]
        glued = _GLUED.fullmatch(w)  # PDF text: "displacedpeople", "newdisplacements"
        if glued is not None and glued.group(1) in _SUBJECT_MEASURE:
            return _SUBJECT_MEASURE[glued.group(1)]
    if "asylum" in words:
        return "refugees"
    if sentence_has_capture and any(w in TERRITORY for w in words):
        return "captured"
    return None


_PEOPLE_NOUNS = frozenset(
    """people persons person civilians civilian children child kids women woman men man girls
    boys babies infants minors elderly residents inhabitants population syrians refugees refugee
    displaced idps evacuees returnees migrants asylum-seekers fighters fighter troops soldiers
    rebels militants jihadists insurgents combatants gunmen militiamen members victims dead
    wounded injured casualties families family households doctors nurses medics staff workers
    volunteers detainees prisoners students pupils teachers journalists patients terrorists
    policemen officers individuals""".split()
)


@functools.lru_cache(maxsize=4096)
def subject_kind(subject: str | None) -> str | None:
    """What kind of thing a subject counts: "people", "place", "attack", "thing", or None.

    The last word with a known kind decides ("Syrian refugees" -> people, "towns and
    villages" -> place); None when no word is known (a sub-count can then belong to anything).

    Examples
    --------
    >>> subject_kind("Syrian refugees"), subject_kind("homes"), subject_kind("towns and villages")
    ('people', 'thing', 'place')
    >>> subject_kind(None), subject_kind("commanders")
    (None, None)
    """
    if not subject:
        return None
    for w in reversed(subject.lower().split()):
        if w in _PEOPLE_NOUNS:
            return "people"
        if w in TERRITORY:
            return "place"
        kind = _SUBJECT_MEASURE.get(w)
        if kind == "attacks":
            return "attack"
        if kind == "other":
            return "thing"
    return None


@functools.lru_cache(maxsize=4096)
def keyword_measure(keyword: str) -> str:
    """Measure of a keyword matched by :data:`KEYWORD_RE`."""
    return _KW_MAP[" ".join(keyword.lower().split())]


# an optional qualifier between a verb and the figure's number (its phrase starts there)
_QUALIFIER_OPT = (
    r"(?:(?:an\s+estimated|a\s+total\s+of|some|about|around|roughly|approximately|nearly|almost|"
    r"over|more\s+than|at\s+least|up\s+to)\s+)?"
)

# a fate verb whose object list goes on to the figure after "and" or a comma: "killing four
# civilians and four soldiers", "killed at least three officers, two civilians", "killed more
# than 29,000 people in southern Turkey and more than 3,500 across the border" (the verb is left
# out before the second object)
_FATE_AND = re.compile(
    r"(?<![\w-])(?P<kw>killed|killing|kills|wounded|wounding|injured|injuring)\s+"
    + _QUALIFIER_OPT
    + r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|"
    r"hundreds|thousands)(?P<mid>[^.;:,]{0,60}?)(?:\s+and|,)\s+" + _QUALIFIER_OPT + "$"
)

_FATE_OF = {
    "kill": "killed",
    "exec": "killed",
    "mass": "killed",
    "murd": "killed",
    "slau": "killed",
    "deat": "killed",
    "shot": "killed",
    "behe": "killed",
    "elim": "killed",
    "lost": "killed",
    "losi": "killed",
    "shoo": "killed",
    "gunn": "killed",
    "woun": "injured",
    "inju": "injured",
    "disp": "displaced",
    "upro": "displaced",
    "relo": "displaced",
}
# a time between the verb and its object: "ISIS killed on Saturday at dawn five soldiers"
_WEEKDAY_ALT = "|".join(WEEKDAYS)
_WHEN_WORDS = (
    rf"on\s+(?:{_WEEKDAY_ALT})|at\s+dawn|overnight|yesterday|today|"
    rf"(?:on\s+(?:{_WEEKDAY_ALT})|this|last)\s+(?:morning|night|evening|afternoon)"
)
# the event verb whose object is the figure: "killed 12 civilians", "killing at least 15",
# "displaced 20,000 people", "the displacement of 9,000 people", "the killing of 30 civilians"
# (qualifiers are part of the figure's phrase, so the verb touches its start)
_GOVERNING_VERB = re.compile(
    r"(?<![\w-])(?P<kw>killed|killing|kills|kill|executed|executing|massacred|murdered|"
    r"slaughtered|beheaded|beheading|eliminated|lost|losing|shot\s+dead|shooting\s+dead|gunned\s+down|wounded|wounding|wounds|injured|injuring|injures|"
    r"injure|displaced|displacing|displaces|displace|uprooted|uprooting|uproots|uproot|"
    r"(?:the\s+)?(?:killings?|deaths?|murders?|massacre|displacement|uprooting|relocation|"
    r"wounding|injuring|injury)(?:\s+and\s+[a-z]+)?\s+of(?:\s+the|\s+some)?)"
    r"\s+(?:(?:also|reportedly|another|a\s+further|a\s+total\s+of|the\s+lives\s+of|"
    + _WHEN_WORDS
    + r")\s+)*$"
)
# lives taken, the figure the object: "have claimed 344 lives", "took 12 lives"
_CLAIMED_BEFORE = re.compile(
    r"(?<![\w-])(?:claimed|claiming|claims|claim|took|taken|taking|takes|cost|costing|costs)\s+"
    + _QUALIFIER_OPT
    + "$"
)
# the figure is what a place shelters or holds (the round-2 "the verb decides over the noun for
# stocks"): "going from sheltering about 10,000 people", "the camp houses 3,000 families"
_SHELTERING = re.compile(
    r"(?<![\w-])(?P<built>(?:designed|built|meant|intended|able|(?:[Oo]pened|set\s+up|established)"
    # a place opened "to host" people: "Opened 10 years ago to host 12,000 people" (a capacity)
    r"(?:\s+[\w-]+){0,3}?|capacity)\s+to\s+(?:temporarily\s+)?(?:house|accommodate|shelter|hold|host)\s+|"
    # round 25: what a place can hold ("the Musenyi refugee site, which can accommodate 10,000
    # people", rt20_117; "another camp, ..., which could sleep around 3,000 people", rt21_409;
    # "with capacity to accommodate up to 30,000", rt19_065; "an official capacity of only
    # around 400", rt19_398)
    r"(?:can|could)\s+(?:(?:only|easily)\s+)?(?:house|accommodate|shelter|hold|host|sleep)\s+|"
    r"(?:with\s+)?(?:a\s+)?capacity\s+(?:of|for)\s+(?:only\s+)?)?"
    r"(?(built)|(?:sheltering|shelters|housing|houses|house|accommodating|accommodates|accommodate)\s+)"
    + _QUALIFIER_OPT
    + "$"
)
# a place hosting people (the round-2 "hosts"/"hosting" rule: the hosted people's status)
_HOSTING = re.compile(r"(?<![\w-])(?:hosts|hosting|hosted|host)\s+" + _QUALIFIER_OPT + "$")
_IDP_SITE_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:idps?|displacement|displaced|internally\s+displaced\s+persons)\s+"
    r"(?:sites?|camps?|settlements?|centres?|centers?|shelters?)\b"
)
_CAMP_BEFORE = re.compile(r"\b(?:camps?|sites?|settlements?)\b(?![^.;]*\brefugees?\b)[^.;]*$")
# the hosted people told to go: "which together were hosting over 100,000 people, to leave"
_TO_LEAVE_AFTER = re.compile(r"\s*,?[^,;.\d]{0,40}?\bto\s+(?:leave|flee|evacuate)\b")
_DISPLACEMENT_WORD = re.compile(r"\b(?:displac|idps?\b)")
# people a state sends back, the figure the object (the round-4 decision: deportations and forced
# returns are other whatever the verb): "Iran has returned 1.8 million Afghans", "deported over
# 930,000 Afghans", "expelled some 2,000"
_SENT_BACK = re.compile(
    r"(?<![\w-])(?:(?:has|have|had)\s+(?:forcibly\s+)?returned|forcibly\s+returned|deport(?:ed|ing|s)?|"
    r"expel(?:led|ling|s)?|pushed\s+back|sent\s+back)\s+" + _QUALIFIER_OPT + "$"
)
# people brought back to their own country (the guideline's returning refugees), the figure the
# object or the subject: "Jordan has repatriated 40 Syrian families", "1,567 Iraqi families have
# been successfully repatriated"; forced ones are deportations (the round-4 decision: other)
_REPATRIATED_BEFORE = re.compile(
    r"(?<![\w-])(?P<forced>forcibly\s+)?(?:repatriat(?:ed|ing|es|e)|(?:the\s+)?repatriation\s+of)\s+"
    + _QUALIFIER_OPT
    + "$"
)
_REPATRIATED_AFTER = re.compile(
    r"\s+(?:(?:have|has|had|were|was|been|being|are|is|also|successfully|now|already|reportedly)"
    r"\s+)*(?P<forced>forcibly\s+)?repatriated\b"
)
# drones launched are attacks as the missiles launched with them (the guideline's attacks;
# drones downed or intercepted stay other): "Russia launched five ballistic missiles and 170
# drones", "A total of 48 Shahed-136/131 strike UAVs were launched"
_DRONES_AT = re.compile(r"(?:[\w/.,-]+\s+){1,5}?(?:drones|uavs)\b")
_LAUNCHED_BEFORE = re.compile(
    r"(?<![\w-])(?:launched|launching|launches|fired|firing|deployed|deploying|using|used)\s+"
    r"(?:[^.;:]{0,60}?\b(?:missiles?|rockets?)\s+(?:and|,)\s+)?" + _QUALIFIER_OPT + "$"
)
_LAUNCHED_AFTER = re.compile(
    r"\s+(?:(?:were|was|have\s+been|had\s+been|been|also)\s+)+(?:launched|fired)\b"
)
# people a disease or a disaster reached, not a fate of the conflict (the guideline's "cases of
# disease ... -> other"): "infecting almost half a million people", "affecting over 46,000"
_AFFECTING = re.compile(
    r"(?<![\w-])(?:infect(?:ed|ing|s)?|affect(?:ed|ing|s)?|sicken(?:ed|ing|s)?)\s+"
    + _QUALIFIER_OPT
    + "$"
)
# aid given to the figure's people (the round-7 decision: aid recipients are other unless the
# passage calls them displaced, refugees or returnees): "WFP assisted 1.7 million people",
# "providing electricity to 400,000 people", "a food distribution for more than 27,500", "supplies
# for 1200 people"
_AID_TO = re.compile(
    r"(?<![\w-])(?:assist(?:ed|ing|s)?|(?:provid(?:ed|ing|es|e)|deliver(?:ed|ing|s)?|"
    r"distribut(?:ed|ing|es|e))\b[^.;]{0,100}?\s(?:to|for)|(?:assistance|aid|support|treatment|"
    r"services|distributions?|supplies|kits|food|medicines?|education)\s+(?:to|for))\s+"
    + _QUALIFIER_OPT
    + "$"
)
# the figure's people called displaced, refugees or returnees right after it: "for more than
# 113,000 newly arrived Rohingya refugees"
_STATUS_NEXT = re.compile(r"[^.;,]{0,30}?\b(?:refugees?|idps?|displaced|returnees|asylum)\b")
# the figure's people named as returns or returnees right after it ("54,720 Afghan returns1",
# a footnote mark glued on; "2,614 of these returnees", "25,000 safe and dignified returns")
_RETURNS_NEXT = re.compile(r"[^.;,]{0,30}?\b(?:returns|returnees)(?:\d{1,2})?\b")
# two or more fates joined are one combined count (the guideline's "killed or injured",
# "killed or captured"; also "killed, wounded or kidnapped", "dead and injured")
_FATE_WORD = (
    r"(?:killed|killing|kill|kills|dead|died|deaths|drowned|wounded|wounding|wounds|injured|injuring|"
    r"injuries|hurt|captured|capturing|kidnapped|abducted|detained|arrested|maimed|missing|"
    # "died or went missing", "drowned or went missing" (the round-4 "dead or missing together
    # -> other")
    r"went\s+missing)"
)
# the figure's own fate verb: "more than 330 people have been killed in Lebanon and 945 wounded"
_OWN_VERB = re.compile(
    r"\s+(?:(?:were|was|have|has|had|been|are|is|also|reportedly|others?|more)\s+)*(?:"
    + _FATE_WORD
    + r"|displaced|fled|uprooted)(?![\w-])"
)
# a flight joined to a fate in one list is one mixed count too: "hundreds others are injured,
# displaced and missing" (other)
_JOINED_WORD = rf"(?:{_FATE_WORD}|displaced|uprooted|homeless)"
_FATE_JOIN_AFTER = re.compile(
    rf"(?:\s*,\s*{_JOINED_WORD})*\s*,?\s*(?:or|and|and/or)\s+(?P<kw>{_JOINED_WORD})(?![\w-])"
)
_FATE_JOIN_BEFORE = re.compile(
    rf"(?<![\w-])(?P<kw>{_FATE_WORD})(?:\s*,\s*|\s*,?\s*(?:or|and|and/or)\s+)$"
)
# a number right before a fate word, or a figure right after one: each fate has its own figure
_FIGURE_END = re.compile(r"\d\s+$")
_FIGURE_NEXT = re.compile(r"\s+" + _QUALIFIER_OPT + r"\d")
_FATE_CLASS = {
    "kill": "killed",
    "dead": "killed",
    "died": "killed",
    "deat": "killed",
    "exec": "killed",
    "drow": "killed",
}
_FATE_CLASS |= {"woun": "injured", "inju": "injured", "hurt": "injured", "maim": "injured"}


def combined_fates(low: str, start: int, end: int) -> bool:
    """Whether the fate word at ``low[start:end]`` is joined to another fate in one count.

    "killed or injured", "killed and wounded", "killed or captured", "killed, wounded or
    kidnapped", "dead and injured" count several fates together: the guideline's combined
    counts (measure other). A fate of its own figure is not joined: "12 were killed and 30
    others wounded". Both the keyword measure of a figure and the event verb governing it
    read this one rule.

    Examples
    --------
    >>> s = "more than 1,630 people were killed, wounded or kidnapped"
    >>> combined_fates(s, s.index("killed"), s.index("killed") + 6)
    True
    >>> s = "12 were killed and 30 others wounded"
    >>> combined_fates(s, s.index("killed"), s.index("killed") + 6)
    False
    """
    word = low[start:end]
    after = _FATE_JOIN_AFTER.match(low, end)
    if after is not None and _FIGURE_NEXT.match(low, after.end()):
        after = None  # "killed 12 and displaced 3,000": each fate has its own figure
    before = _FATE_JOIN_BEFORE.search(low, max(0, start - 30), start)
    if (
        before is not None
        and _FIGURE_END.search(low, max(0, before.start() - 16), before.start())
        and _FIGURE_NEXT.match(low, end)
    ):
        before = None  # "results in at least 2,189 deaths, injures at least 12,260 people"
    others = [m.group("kw") for m in (after, before) if m is not None]
    kinds = {_FATE_CLASS.get(w[:4], "other") for w in (word, *others)}
    return bool(others) and len(kinds) > 1 and bool(kinds & {"killed", "injured"})


_FORCING = re.compile(r"(?<![\w-])(?:forced|forcing|forces|force|drove|driven|driving|pushed)\s+$")
_TO_LEAVE = re.compile(
    r"[^,;.\d]{0,40}?\b(?:to\s+(?:flee|leave|evacuate|abandon|move|relocate|seek\s+(?:shelter|refuge|"
    r"safety))|towards?\s+the\s+"
    r"border|into\s+(?:camps|exile)|from\s+their\s+"
    r"(?:homes?|houses?|villages?|towns?)|out\s+of\s+their)\b"
)


# a death toll the figure is the value of, with words between: "The Palestinian death toll from
# the Israeli airstrikes on the Gaza Strip since Oct 7 rose to 7,028"
_DEATH_TOLL_HEAD = re.compile(
    # "the toll" alone is of the dead: "The toll in the earthquake ... has reached 3,085"
    # "The death from an Israeli airstrike on an area in southern Lebanon has risen to 10"
    r"\b(?:death\s+toll|death-toll|(?<=the\s)toll|(?<=the\s)deaths?(?=\s+(?:from|in|caused)\b)|"
    r"toll\s+of\s+(?:the\s+)?dead|number\s+of\s+(?:the\s+)?"
    r"(?:dead|deaths|fatalities|people\s+killed|those\s+killed))\b(?P<mid>[^;]{0,120}?)"
    r"(?:\s+(?:has|had|have|now|also|reportedly))*"
    r"\s+(?:rose|risen|rises|rising|climbed|climbs|reached|reaches|stood|stands|hit|hits|jumped|"
    r"increased|surged|soared|swelled|mounted|grew|passed|is|was|at|to|"
    # "is set to climb from around 1,700"
    r"(?:is|was)\s+(?:set|expected|likely)\s+to\s+(?:climb|rise)\s+(?:from|above|beyond))"
    r"(?:\s+(?:to|at|from))?\s+$"  # "climbed from 558 to 569"
)
_NOT_DEATHS = re.compile(
    # another count between the toll and its value (a year is none: "on March 28, 2025,")
    r"\b(?:wounded|injured|injuries|casualties|displaced|and|while)\b|\d{1,3}(?:[,.]\d{3})+|\d{5}|"
    r"[.](?=\s+[A-Z])"
)
# casualties the figure is the value of: "Civilian casualties from February 24, 2022, ... to May
# 1, 2023, totaled 23,375", "Regarding healthcare personnel casualties, he affirmed the total
# count at 281"
_CASUALTIES_HEAD = re.compile(
    r"\bcasualties\b(?P<mid>[^;]{0,120}?)\s+(?:(?:has|have|had)\s+)?(?:totaled|totalled|totals|"
    r"reached|rose\s+to|risen\s+to|stood\s+at|stands\s+at|climbed\s+to|swelled\s+to|at)\s+"
    + _QUALIFIER_OPT
    + "$"
)
# people living in poverty, not a stock of a place nor a fate: "90% of the population lives
# below the poverty line"
_POVERTY_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:lives?|living)\s+(?:below|under|in)\s+(?:the\s+|extreme\s+|"
    r"abject\s+)*poverty\b"
)
# "thousands more injured", "12 others wounded": the fate right after "more"/"others"
_MORE_FATE = re.compile(
    r"\s+(?:more|others|other\s+people)\s+(?:(?:were|was|have\s+been|had\s+been|are|also|"
    r"reportedly)\s+)*(?P<kw>killed|dead|died|wounded|injured|hurt|displaced)\b"
)
# a fate verb after an apposition that holds another figure
_APPOSITION_FATE = re.compile(
    r"(?:\s+[a-z-]+){0,3}?\s*,[^;,]{3,120},(?:\[\d+\])*\s+(?:(?:were|was|are|is|have\s+been|had\s+been|"
    r"has\s+been)\s+(?:(?:previously|reportedly|allegedly|also|later)\s+)?(?:(?:estimated|believed|thought|said|reported|feared)\s+to\s+(?:be|have\s+"
    r"been)\s+)?(?:internally\s+)?(?P<kw>displaced|killed|wounded|injured|uprooted)|(?:had|have|has)\s+"
    r"(?P<fled>fled))\b"
)
_POPULATION_OF_END = re.compile(r"\bpopulation\s+of\s+(?:(?:about|some|around|nearly)\s+)?$")
_BEGAN_FLEEING = re.compile(
    r"\s+(?:(?:have|had|has)\s+)?(?:began|begun|begin|started|start)\s+(?:running|fleeing|to\s+flee|"
    r"leaving|to\s+leave|streaming|pouring)\b"
)
# a stock named by where people stay, whoever they are (the round-2 decisions: the verb
# decides over the noun): "Syrian refugees living in Jordan", "IDPs have remained in Malakal"
_STOCK_AFTER = re.compile(
    # an acronym or what displaced them may come first: "internally displaced people (IDPs) are
    # sheltering in", "people displaced by the earthquake are sheltering in 26 sites"
    r"(?:\s*\([A-Za-z]{2,6}\))?(?:\s+(?:displaced|uprooted)\s+by\s+(?:the\s+)?[\w-]+)?"
    # or a relative clause: "Around 1.2 million Rohingyas, most of whom fled the country ... in
    # 2017, are living at the sprawling camps"
    r"(?:\s*,\s*(?:who|most\s+of\s+whom|many\s+of\s+whom|all\s+of\s+whom)\b[^;]{0,110}?(?=,))?"
    # or who they are: "about 500 people, including displaced residents, were staying in the
    # village" (rt16_006), "Close to 200 people, mainly civil servants and foreigners ...,
    # sheltered in the beachfront Amarula Palma Hotel" (rt5_486)
    r"(?:\s*,\s*(?:including|mainly|mostly|many|most|among\s+them)\s[^;,\d]{0,90}(?=,))?"
    r"(?:\s*,)?\s+(?:(?:who|that|are|were|is|was|have|has|had|been|currently|now|still|already|mostly|"
    # "about 7 million Afghan refugees ... are currently living abroad"
    r"all|also|reportedly)\s+)*(?:(?:living|live|lives|lived|resided|residing|reside)\s+(?:there|here|abroad)\b|"
    # round 25: a second verb of shelter may join the stay verb ("roughly 250,000 people are
    # living and seeking shelter in the evacuation zone", rt22_210)
    r"(?:living|live|lives|lived|remained|remain|remaining|staying|stay|housed|residing|"
    r"reside)(?:\s+and\s+(?:seeking|taking|finding)\s+(?:shelter|refuge))?\s+(?:in|at|inside|across|within)\b"
    r"(?!\s+(?:[\w-]+\s+){0,3}(?:conditions|poverty|fear|"
    r"squalor|limbo|misery|hardship|danger|hiding|uncertainty)\b)|"
    # round 25: people who sleep in a place are counted where they stay, not in the open
    # ("About 700 people slept on Wednesday in abandoned open-air containers", rt21_411;
    # "hundreds of migrants were sleeping rough in Bihac", rt20_376; but "31,000 are sleeping in
    # the open air" stay displaced)
    r"(?:sleeping|slept|sleep|sleeps)(?:\s+(?:rough|on\s+(?:" + _WEEKDAY_ALT + r")))?\s+"
    r"(?:in|at|inside)\b(?!\s+(?:the\s+)?open\b)|"
    # sheltering in buildings, not in the open: "sheltering in 155 UNRWA facilities", but
    # "displaced civilians are sheltering in open fields" stay displaced; round 25: in and near
    # them ("sheltering in and in the vicinity of its 156 Gaza installations", rt13_054), UN
    # compounds ("are reportedly being sheltered at various UN compounds", rt22_188)
    r"(?:sheltering|shelter|(?:being\s+)?sheltered)\s+(?:in|at|inside)\s+"
    r"(?:and\s+(?:in\s+)?(?:the\s+)?vicinity\s+of\s+)?(?:[\w'-]+\s+){0,4}?(?:facilities|"
    r"shelters|schools|centres|centers|buildings|mosques|churches|hospitals|camps|sites|locations|"
    r"hotels?|installations|compounds)\b)"
)
# people there are in a place, without a status of their own (the round-2 verb rule: people
# counted where they stay are its population)
_THERE_ARE_END = re.compile(
    r"\bthere\s+(?:are|were|is|was)\s+(?:(?:still|now|currently|already)\s+)*"
    + _QUALIFIER_OPT
    + "$"
)
_IN_PLACE_AFTER = re.compile(
    r"(?:\s+(?:who|that)\s+[^,;.]{0,50},)?\s+(?:(?:still|now|currently|living|residing|staying)\s+)*"
    r"(?:in|inside|at|across|within)\s"
)
# people a place holds, its stock verb closing the clause: "115 shelters ..., where 90,000
# forcibly displaced people are now residing", "where 17,000 IDPs are sheltering, UNRWA ...";
# round 20: "70 camps for internally displaced persons (IDPs), at which close to 70,000 people
# resided in 2014" (rt18_320), "a hotel where dozens had sought safety, army ... said" (rt5_485)
_WHERE_BEFORE = re.compile(r"\b(?:where|at\s+which|in\s+which)\s+" + _QUALIFIER_OPT + "$")
_STAY_CLOSES = re.compile(
    r"\s+(?:(?:are|were|is|was)\s+(?:(?:now|currently|still)\s+)*(?:residing|sheltering|living|"
    # or a plain verb: "Zaatari refugee camp ..., where about 35,000 Syrian refugees reside"
    r"staying)|(?:(?:now|currently|still)\s+)*(?:reside|resided|live|lived|stay|stayed)|"
    r"(?:had|have|has)\s+(?:sought|taken|found)\s+(?:safety|refuge|shelter))"
    # the clause closes, or only its year follows
    r"(?:\s*(?:[.,;)]|$)|\s+(?:in|since|until)\s+(?:19|20)\d\d\b)"
)
# the people one stays with in a place are its population: "who was camping with hundreds of
# people in a park" (rt16_075), "huddled with 25 other families in a make-shift camp" (rt18_367)
_STAYING_WITH_BEFORE = re.compile(
    r"(?<![\w-])(?:camping|camped|huddled|huddling|sheltering|sheltered|staying|stayed|living|"
    r"lived|crammed|packed)\s+(?:together\s+)?with\s+" + _QUALIFIER_OPT + "$"
)
_IN_A_PLACE_AFTER = re.compile(r"\s+(?:in|at|inside)\s+(?:a|an|the)\s")
_LATER_FATE = re.compile(
    r"[^.;]{0,80}?\s(?:(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:killed|wounded|"
    r"injured|displaced)|(?:moved|fled|crossed|left|returned|have\s+fled|had\s+fled)\s+(?:to|towards?|"
    r"across|into|from|back|their)\b)"
)
# people flown or taken out of a country: "over 104,000 civilians have been evacuated from
# Afghanistan"
_AIRLIFTED = re.compile(
    r"\s+(?:(?:have|has|had|were|was|been|being|already|now)\s+)*(?:evacuated|airlifted|flown)\s+"
    r"(?:out\s+of|from)\s+(?:" + alternation(COUNTRY_NAMES) + r")\b"
)
# refugees an agency moves: "UNHCR is planning to relocate 130,000 new Sudanese refugees"
_RELOCATE_BEFORE = re.compile(
    r"(?<![\w-])(?:relocat(?:e|ed|es|ing)|transferr?(?:ed|ing|s)?)\s+(?:a\s+(?:group|batch)\s+of\s+)?"
    + _QUALIFIER_OPT
    + "$"
)
_MORE_NATION = re.compile(r"\s+(?:more|other|new)\s+" + _DEMONYM_RE.pattern)
# people of a nation moved by the host ("9,540 Rohingyas have been relocated to the island"):
# the relocation verbs alone, as evacuations of a nation's own people stay displaced
_RELOCATED_AFTER = re.compile(
    r"\s+(?:(?:have|has|had|were|was|are|is|been|being|be|to|will|would|also|now|already|"
    r"successfully|expected|set|due|scheduled)\s+)*(?:relocated|transferred)\b"
)
_REFUGEES_NEXT = re.compile(r"[^.;,]{0,30}?\brefugees?\b")
# the same people relocated later in the sentence: "nearly 1,800 refugee Rohingyas set sail for
# Bhasan Char Thursday, as part of the government's plan to relocate them"
_RELOCATE_THEM = re.compile(r"[^.;]{0,120}?\b(?:relocat(?:e|ing)|transfer(?:ring)?)\s+them\b")
# one count of people displaced inside and outside the country (the round-1 "people displaced
# internally and across borders in one count -> other"): "has displaced almost 1.3 million
# people within and across borders"
_INSIDE_AND_ABROAD = re.compile(
    r"[^.;]{0,30}?\b(?:within\s+and\s+(?:across|outside|beyond)\s+(?:the\s+|its\s+)?(?:borders?|country)|"
    r"inside\s+and\s+outside\s+(?:the\s+|its\s+)?(?:country|borders?)|internally\s+and\s+"
    r"(?:across\s+borders|abroad|externally))\b"
)
# one flight to a part of a country and to another country ("forced half a million to flee to
# French-speaking regions of Cameroon or into neighboring Nigeria", "fled to other parts of the
# country or abroad"): inside and abroad in one count, other
_INSIDE_OR_ABROAD = re.compile(
    r"[^.;]{0,40}?\bto\s+(?:[\w-]+\s+){0,3}?(?:regions?|areas?|parts?|provinces?|states?|cities|"
    r"towns|villages|districts)\s+of\s+(?:(?P<home>the\s+country)|(?P<c1>"
    + alternation(_COUNTRY_NAMES)
    + r"))\s*,?\s+(?:or|and)\s+(?:(?:in)?to\s+)?(?:the\s+)?(?:(?P<abroad>abroad|(?:neighbou?ring|other)"
    r"\s+countries)|(?:neighbou?ring\s+)?(?P<c2>" + alternation(_COUNTRY_NAMES) + r"))\b"
)

_INSIDE_OR_ABROAD_WORDS = ("region", "area", "part", "province", "state", "cities", "towns")
_INSIDE_OR_ABROAD_WORDS += ("villages", "districts")


def inside_or_abroad(norm: str, pos: int, ceil: int) -> bool:
    """Whether the flight told after ``pos`` goes to a part of a country and to another one.

    Examples
    --------
    >>> s = " to flee to French-speaking regions of Cameroon or into neighboring Nigeria."
    >>> inside_or_abroad(s, 0, len(s))
    True
    >>> s = " to flee to French-speaking regions of Cameroon or to Douala."
    >>> inside_or_abroad(s, 0, len(s))
    False
    """
    # each match holds one of its place words (case-sensitive, lower-case) before ceil
    if not holds_any(norm, pos, ceil, _INSIDE_OR_ABROAD_WORDS):
        return False
    m = _INSIDE_OR_ABROAD.match(norm, pos, ceil)
    if m is None:
        return False
    if m.group("home") is not None:
        return True  # "to other parts of the country or abroad"
    if m.group("abroad") is not None:
        return True
    return _country_of(m.group("c1")) != _country_of(m.group("c2"))


_MOVED_BY_OTHERS = re.compile(
    # "Nearly 90,000 Sudanese refugees have now been moved into our eight camps"
    r"\s+(?:(?:have|has|had)\s+(?:(?:now|already|since|successfully)\s+)?been\s+|(?:were|was|are|being|"
    r"also|will\s+be|to\s+be|would\s+be|now|already|successfully|expected|set|due|scheduled)\s+)*"
    r"(?:relocated|transferred|"
    r"evacuated|moved|bussed|flown)\b"
)
# people who went to or came from another country (a border crossed, whatever the verb):
# "740,356 Afghans traveled to these neighboring countries, with 340,741 heading to Iran",
# "532,854 people have migrated to Iran", "43,176 migrants came from Iran"
_MOVED_ABROAD = re.compile(
    r"\s+(?:(?:have|has|had|were|was|also|reportedly)\s+)*(?:travell?ed|travell?ing|travels|"
    r"migrated|migrating|headed|heading|came|coming)\s+(?:back\s+)?(?:to|into|from)\s+"
    r"(?:(?:these|the|other)\s+)?(?:neighbou?ring\s+countries\b|(?:" + _HOST_COUNTRIES + r")\b)"
)
# people sent back to a country by others: "at least 17 others were returned to Libya", "604
# migrants were intercepted and returned" (a return from abroad keeps its "from": "were
# forcibly returned from Iran" are returning refugees)
_RETURNED_BY_OTHERS = re.compile(
    r"\s+(?:(?:have|has|had|also|then|later)\s+)*(?:were|was|been|being)\s+(?:(?:also|then|later|"
    r"forcibly)\s+)?(?:intercepted\s+and\s+)?returned\s+(?:to|off|back\s+to)\b"
)
# the counted things or people did the killing: "dozens of aircraft had killed more than 60"
_ACTIVE_FATE = re.compile(
    r"\s+(?:(?:had|has|have|reportedly|allegedly|also|then)\s+)*(?:killed|wounded|injured|"
    r"displaced|uprooted)\s+(?:(?:(?:at\s+least|more\s+than|some|about|over|nearly|around|up\s+to)"
    # "individuals killed over the last two days" is no object
    r"\s+)?(?:\d|dozens|hundreds|thousands|scores)|the\s|a\s|an\s|[a-z]+\s+(?:people|civilians|"
    r"children|soldiers|fighters))"
)


# territory held or taken, the verb before the figure: "The militia controls all five Darfur
# states", "Moscow holds approximately 20% of Ukrainian land", "gangs seize control of 85 per
# cent of the capital" (the guideline's "control of more than 70% of the area" -> captured)
_CONTROL_BEFORE = re.compile(
    r"(?<![\w-])(?:controls?|controlled|controlling|holds|held|holding|(?:(?:seize[sd]?|seizing|"
    r"took|take[sn]?|taking|gain(?:ed|s)?|gaining|wrest(?:ed)?|retake|retook|retaken)\s+)?"
    r"control\s+(?:of|over)|(?:controls?|controlled|controlling)\s+or\s+influences?|occup(?:y|ies|ied|ying)|"
    r"(?:the\s+)?occupation\s+of)\s+(?:(?:all|the|some|about|around|roughly|approximately|an\s+estimated|"
    # most of the places held: "The army holds most areas of the remaining 13 states" (rt16_069)
    r"nearly|almost|over|more\s+than|at\s+least|up\s+to|remaining|most|(?:much|parts?|areas?)\s+of)\s+)*$"
)
# a share of territory under someone's control: "An estimated 85% of the capital is now estimated
# to be under gang control", "40 percent of the country lies outside government control"
_UNDER_CONTROL = re.compile(
    r"[^.;,]{0,50}?\b(?:(?:under|outside|out\s+of|beyond)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}control|"
    # passing to a side: "with over 30 residential areas shifting to GoS control" (rt13_044)
    r"(?:shift(?:ed|ing|s)?|pass(?:ed|ing|es)?|return(?:ed|ing|s)?|revert(?:ed|ing|s)?)\s+"
    r"(?:back\s+)?to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}control|"
    # "29 villages affiliated with the town are now occupied by the Turkish forces"
    r"(?:are|is|were|was|have\s+been|has\s+been)\s+(?:now\s+)?(?:occupied|controlled)\s+by)\b"
)
# weapons cleared are no attacks: "our teams have successfully removed over 24,000 munitions"
_CLEARED_BEFORE = re.compile(
    r"(?<![\w-])(?:removed|removing|cleared|clearing|defused|defusing|disposed\s+of|disposing\s+of|"
    r"dismantled|dismantling)\s+" + _QUALIFIER_OPT + "$"
)
_WEAPONS = frozenset(
    "munitions ordnance mines landmines bombs explosives devices remnants shells rockets".split()
)
# places or things attacked, the attack before the figure (the guideline's attacks: "targets
# struck"): "the targeting of 7 hospitals", "shelling targeted the two inhabited villages", "a
# Thursday attack on two villages", "The armed men stormed at least three student hostels"
_ATTACKED_BEFORE = re.compile(
    r"(?<![\w-])(?:target(?:ed|ing|s)?|attack(?:ed|ing|s)?|storm(?:ed|ing|s)?|raid(?:ed|ing|s)?|"
    r"shell(?:ed|ing|s)|bomb(?:ed|ing|s)|struck|(?:air\s*)?strikes?)\s+(?:(?:of|on|against|across)\s+)?"
    r"(?:the\s+)?" + _QUALIFIER_OPT + "$"
)


# facilities counted are things, whoever they serve: "opened 16 new camps", "44 new IDP camps",
# "the number of operational shelters dropped to 36", "camps increased from 391 to 435", "Two
# new IDP hosting sites" (other, as tents are; a facility struck is an attack)
_FACILITY = r"(?:camps?|shelters|sites|settlements|installations|facilities|centres|centers)"
_FACILITY_STEMS = ("camp", "shelters", "sites", "settlements", "installations", "facilities")
_FACILITY_STEMS += ("centres", "centers")
# words that may stand between the figure and the facility: adjectives, not people or places
_FACILITY_WORD = (
    r"(?!(?:in|at|of|from|to|into|inside|near|living|sheltering|staying|people|persons|idps|"
    r"refugees|families|households|residents|children|women|men|have|has|had|been|were|was|are|"
    r"is|left|leave|leaving|the|their|its)\b|[\w-]+ed\b)[\w-]+"
)
_FACILITY_AFTER = re.compile(
    r"(?:\s+" + _FACILITY_WORD + r"){0,3}?\s+" + _FACILITY + r"\b(?!\s+(?:residents|dwellers|"
    r"inhabitants|population|populations|staff|workers|managers)\b)"
)
_FACILITY_BEFORE = re.compile(
    r"\b(?:(?:number|total|count)\s+of\s+(?:"
    + _FACILITY_WORD
    + r"\s+){0,2}?"
    + _FACILITY
    + r"\b[^.;\d]{0,40}|"
    + _FACILITY
    + r"\s+(?:(?:has|have|had)\s+)?(?:increased|rose|risen|grew|"
    r"grown|dropped|fell|fallen|declined|decreased|went)\s+(?:up\s+|down\s+)?(?:from\s+)?"
    r"(?:\d[\d,.]*\s+to\s+)?)$"
)


def counted_facilities(
    low: str, start: int, subject_end: int, ceil: int, subject: str | None = None
) -> bool:
    """Whether the figure starting at ``start`` counts camps, shelters or sites (things).

    ``subject_end`` is where the figure's phrase or counted noun ``subject`` ends, ``ceil``
    where the next figure starts. A counted noun of its own decides by its word
    (:data:`_SUBJECT_MEASURE`); without one ("16 new camps": "new" ends no noun) the facility
    word after the figure, or a number of facilities before it, does.

    Examples
    --------
    >>> s = "the authorities opened 16 new camps in medina."
    >>> counted_facilities(s, s.index("16"), s.index("16") + 2, len(s))
    True
    >>> s = "the number of operational shelters dropped to 36."
    >>> counted_facilities(s, s.index("36"), s.index("36") + 2, len(s))
    True
    >>> s = "some 16,000 people in camps."
    >>> counted_facilities(s, s.index("16"), s.index("16") + 6, len(s), "people")
    False
    """
    lo = max(0, start - 80)
    # each match of either pattern holds a word of _FACILITY, after the figure (up to ceil) or
    # in the 80 characters before it: a window without one is not searched
    if not holds_any(low, lo, ceil, _FACILITY_STEMS):
        return False
    if subject is None and _FACILITY_AFTER.match(low, subject_end, ceil):
        return True
    return (
        holds_any(low, lo, start, _FACILITY_STEMS)
        and _FACILITY_BEFORE.search(low, lo, start) is not None
    )


# animals counted are never people: "1,504 livestock have also been killed", "the attackers took
# off with some 500 head of cattle" (other, whatever happened to them)
_ANIMALS = frozenset(
    "livestock cattle animals camels goats sheep cows donkeys horses poultry chickens".split()
)
# "more than 2 000 head of cattle": animals counted by the head
_HEAD_OF_ANIMALS = re.compile(r"\s+of\s+(?:" + "|".join(sorted(_ANIMALS)) + r")\b")
# natural hazards counted are events of no measure, never attacks or deaths: "when two quakes
# struck rural areas", "The death toll from three recent typhoons has climbed to 14"
_HAZARDS = frozenset(
    """earthquakes earthquake quakes quake tremors aftershocks typhoons typhoon cyclones cyclone
    hurricanes hurricane storms floods landslides tornadoes droughts""".split()
)
# armed groups counted (the round-3 decision: fighters and armed groups are people, never
# attacks or refugees): "The AA and two other rebel groups", "clashes between two influential
# armed groups" (the counted noun ends at "armed"), "divided into three groups"; not "two
# groups of displaced people" (people counted by groups)
_GROUPS_NEXT = re.compile(r"(?:\s+[a-z-]+)?\s+groups\b(?!\s+of\b)")
# the counted people came on vehicles, as attackers do: "Several dozen men arrived on
# motorcycles", "approximately 100 Islamic extremists entered the town on motorcycles"
_CAME_ON_VEHICLES = re.compile(
    r"\s+(?:(?:have|has|had)\s+)?(?:arrived|came|entered|rode|stormed|invaded)\b[^.;]{0,40}?"
    r"\bon\s+(?:motorcycles|motorbikes|motor\s+bikes|bikes|horseback|horses|camels|"
    r"pick-?ups?|pick-?up\s+trucks|pickup\s+trucks|pick\s+up\s+trucks)\b"
)


def _counted_groups(low: str, subject: str | None, subject_end: int) -> bool:
    """Whether the figure counts groups (armed or other), not people."""
    if subject is None:
        return False
    words = subject.lower().split()
    if words[-1] in ("groups", "group"):
        return not low.startswith(" of ", subject_end)
    return len(words) == 1 and _GROUPS_NEXT.match(low, subject_end) is not None


# a share that is a rate of change, not a share of people (the guideline's "shares that are
# none of these"): "a 23% increase in the number of incidents", "20% less than in the previous
# week", "Returns are up 62% from 2024", "displacement has risen by 87%"
# cases told as killings: "629 cases of what it describes as “assassinations and revenge
# killings”", "cases of extrajudicial executions" (not of killing and wounding together)
_CASES_OF_KILLING = re.compile(
    r"\s+of\s+(?:[^.;,\d]{0,40}?\s)?[\"\u201c']?(?:(?:extrajudicial|revenge|targeted)\s+)?"
    r"(?:assassinations?|executions?|murders?|killings?)\b(?!\s+(?:and|or)\s+(?:injur|wound|maim))"
)
_PERCENT_AT = re.compile(
    r"(?:[a-z]+\s+){0,3}?\d[\d.,]*(?:\s*(?:to|-|–)\s*\d[\d.,]*)?\s*(?:%|per\s*cent|percent)"
)
_CHANGE_AFTER = re.compile(
    r"\s+(?:increase|decrease|rise|drop|decline|jump|less|more|higher|lower|fewer|surge|"
    r"reduction|fall)\b"
)
_CHANGE_BEFORE = re.compile(
    r"(?:\b(?:are|is|was|were|been|has|have)\s+(?:up|down)|\b(?:risen|rose|increased|decreased|"
    r"fell|fallen|dropped|jumped|grew|grown|surged|declined))\s+(?:by\s+)?"
    r"(?:(?:some|about|around|nearly|almost|over|more\s+than)\s+)?$"
)
_ENTERED_AFTER = re.compile(r"\s+(?:(?:have|has|had|also)\s+)*" + ENTERED_ABROAD.pattern)
# people arrested, detained or abducted (the guideline's other: detainees, abducted people),
# whatever they are called: "eight refugees were arrested"
_HELD_AFTER = re.compile(
    r"\s+(?:(?:were|was|have\s+been|had\s+been|has\s+been|are|being|also|reportedly|remained|remain|"
    r"remains|still)\s+)+(?:arrested|detained|abducted|kidnapped|jailed|imprisoned|held|"
    r"taken\s+hostage)\b|\s+(?:taken|held)\s+(?:hostage|captive)\b"
)
# the same people as the object of the verb: "arbitrarily arresting more than 1,100 people",
# "killing four people and abducting 50 others"
_HELD_BEFORE = re.compile(
    r"(?<![\w-])(?:arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|abduct(?:ed|ing|s)?|kidnapp?(?:ed|ing|s)?)\s+"
    + _QUALIFIER_OPT
    + "$"
)
# people rescued or saved are other whoever they are (the guideline's "rescued ... -> other"):
# "fishermen rescued more than 100 Rohingya refugees" (rt15_087), "147 people had been saved"
# (rt18_306); people named by their fate keep it ("rescued 12 wounded civilians": injured)
_RESCUED_BEFORE = re.compile(r"(?<![\w-])rescu(?:ed|ing|es)\s+" + _QUALIFIER_OPT + "$")
_RESCUED_AFTER = re.compile(
    r"\s+(?:(?:were|was|have|has|had|been|being|also|reportedly)\s+)+(?:rescued|saved)\b"
)
# people a boat carried or had on board when it landed came ashore from abroad (refugees): "A
# boat carrying 20 men believed to be Rohingya Muslims landed on the eastern coast of Aceh"
# (rt15_090), "The landed boat had 58 children, 45 women and 36 men" (rt4_295); people on board
# a boat that sank, drifted or was stopped stay other (the round-7 "on board")
_BOAT_WORDS = ("boat", "vessel", "ship", "dinghy", "dinghies")
_BOAT_CARRYING_END = re.compile(
    r"\b(?P<landed>landed\s+)?(?:boats?|vessels?|ships?|dinghy|dinghies)\s+(?:that\s+)?"
    r"(?:carrying|carried|with|had|has|holding|bringing|brought|ferrying)\s+"
    # the earlier objects of a list: "had 58 children, 45 women and 36 men"
    r"(?:"
    + _QUALIFIER_OPT
    + r"\d[\d,.]*\s+[a-z-]+(?:\s*,\s*(?:and\s+)?|\s+and\s+))*"
    + _QUALIFIER_OPT
    + "$"
)
_LANDED_AFTER = re.compile(
    r"[^.;]{0,120}?\b(?:landed|landing|came\s+ashore|come\s+ashore|docked|disembarked)\b"
)


def boat_landing(low: str, start: int, subject_end: int) -> bool:
    """Whether the figure (``start``, its noun ending at ``subject_end``) counts a boat's people.

    Only a boat that landed: "a boat carrying 20 men ... landed on the coast", "the landed boat
    had 58 children, 45 women and 36 men"; ``low`` is the lower-cased text.
    """
    lo = max(0, start - 100)
    if not holds_any(low, lo, start, _BOAT_WORDS):
        return False
    boat = _BOAT_CARRYING_END.search(low, lo, start)
    return boat is not None and (
        boat.group("landed") is not None or _LANDED_AFTER.match(low, subject_end) is not None
    )


# migrants are read like refugees and the event decides (DEVSET "Gold pass on doubted dev rows,
# round 17", case 5): those who land, arrive, reach a shore or pass through a country crossed
# a border ("640 migrants reached Lampedusa", "more than 2,500 migrants from North Africa
# landed on Italian shores", "133,000 migrants passed through Panama", "160,690 immigrants
# have passed through the Darien"); those rescued, intercepted, held or missing stay other
_MIGRANT_WORDS = frozenset(("migrants", "immigrants", "migrant", "immigrant"))
_MIGRANT_MOVED_AFTER = re.compile(
    # a short origin after the noun: "of sub-Saharan origin", "from North Africa"
    r"(?:\s+(?:of|from)\s+[\w-]+(?:\s+[\w-]+){0,2}?)?"
    r"\s+(?:(?:that|who|have|has|had|already|also|reportedly|successfully)\s+)*"
    r"(?:landed|landing|arrived|arriving|arrive|reached|reaching|stepped\s+ashore|came\s+ashore|"
    r"disembarked|passed\s+through|passing\s+through|transited|made\s+the\s+(?:journey|crossing))"
    # not reached by others ("300 migrants reached by IOM teams"), not a detention centre
    # reached ("arrived at the Tajoura detention centre": detainees)
    r"\b(?!\s+by\b)(?![^.;]{0,60}\bdetention\b)"
)


def migrant_moved(low: str, subject: str | None, subject_end: int, ceil: int) -> bool:
    """Whether migrants, the counted noun ending at ``subject_end``, landed, arrived or passed.

    Examples
    --------
    >>> s = "a total of 640 migrants reached lampedusa"
    >>> migrant_moved(s, "migrants", s.index(" reached"), len(s))
    True
    >>> s = "604 migrants were intercepted and reached no shore"
    >>> migrant_moved(s, "migrants", s.index(" were"), len(s))
    False
    >>> s = "120 migrants arrived at the tajoura detention centre"
    >>> migrant_moved(s, "migrants", s.index(" arrived"), len(s))
    False
    """
    return (
        subject is not None
        and subject.rsplit(None, 1)[-1].lower() in _MIGRANT_WORDS
        and _MIGRANT_MOVED_AFTER.match(low, subject_end, ceil) is not None
    )


# the counted people attacked something (the round-3 decision: fighters and armed groups are
# people, never attacks): "Several dozen men on motorbikes attacked the village"
_ATTACKED_AFTER = re.compile(
    r"(?:\s+(?:on|in|with)\s+[\w-]+)?\s+(?:(?:had|have|has|reportedly|allegedly|also|then)\s+)*"
    r"(?:attacked|raided|stormed|ambushed|attacking|raiding|storming|ambushing|"
    # "scores of Houthi fighters launched a series of intense armed attacks"
    r"(?:launched|launching|carried\s+out|carrying\s+out|staged|staging|mounted|mounting)\s+"
    r"(?:(?:a|an|the)\s+)?(?:(?:series|wave|number)\s+of\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|assaults?|raids?|offensives?|ambush(?:es)?))\b"
)
# the counted people need aid, an apposition between: "Nearly 19 million people or two-thirds of
# the population need emergency aid"
_IN_NEED_AFTER = re.compile(
    r"(?:\s*,[^;.]{0,60}?,|\s+or\s+[^,;.]{0,40}?|\s+of\s+(?:the\s+)?[\w'’-]+)?\s+"
    r"(?:(?:is|are|were|was|remain|remains|still|"
    r"now|currently|believed\s+to\s+be|thought\s+to\s+be|estimated\s+to\s+be)\s+)*"
    r"(?:in\s+(?:[\w\"“]+\s+)?need\s+of|need|needs|needing|require|requires)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:aid|assistance|help|support|protection)\b"
)
# a place's possessive right before the figure: "Tigray's 5.5 million people"
_POSSESSIVE_PLACE_END = re.compile(r"[A-Z][\w-]*'s\s+$")
_PLACE_PEOPLE = frozenset("people residents civilians inhabitants".split())
# people held in detention, whatever moves them (the guideline's "People held in detention
# centres", "evacuations of detainees by UNHCR -> other"): "8,000 refugees, asylum seekers and
# migrants who have been trapped and arbitrarily held in closed detention centres", "evacuated
# nearly 180 migrants from a detention center"
_DETENTION_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:held|detained|locked\s+up|kept|trapped|from|in|at)\s+(?:[\w-]+\s+){0,2}?"
    r"detention\s+(?:centres?|centers?|facilit(?:y|ies)|camps?)"
)
# a count of people returned and deported together, or sent off for deportation (the round-4
# decision: deportations are other; a count of both is no return): "481 Undocumented Afghans
# either spontaneously returned (446) or were deported (35)", "30,000 Afghans are returning from
# Iran each day ..., and most are forcibly deported", "transported from Turkey to Kabul for
# deportation"
_DEPORTED_AFTER = re.compile(
    # the parts' counts in brackets do not end it: "481 Undocumented Afghans either
    # spontaneously returned (446) or were deported (35)"
    r"(?:[^.;\d(]|\(\d[\d,.]*\)|\((?=[^\d])){0,120}?\b(?:deport(?:ed|ation|ations|ees)|expelled|"
    r"forcibly\s+sent\s+back)\b"
)
# a count that tells the size of the deportations named just before: "a sharp rise in forced
# returns, with nearly 60,000 individuals crossing back"
_DEPORTED_WITH_BEFORE = re.compile(
    r"\b(?:forced\s+returns|deportations|expulsions)\s*,?\s+with\s+" + _QUALIFIER_OPT + "$"
)
# the fate of people unknown (the guideline's missing): "the fate of over 2,000 people remains
# unknown"; people left in want: "left millions of vulnerable people starving"
_FATE_UNKNOWN_BEFORE = re.compile(
    r"\b(?:(?:fate|whereabouts)\s+of(?:\s+the)?|deprived)\s+" + _QUALIFIER_OPT + "$"
)
_LEFT_IN_WANT = re.compile(
    # (not "without shelter": people left without shelter are displaced, C22 of round 20)
    r"(?:\s+[\w-]+){0,3}?\s+(?:starving|hungry|destitute|without\s+(?:food|water|aid))\b"
)
# a displacement count split into people displaced inside and outside the country is one count
# of both (the round-1 "people displaced internally and across borders in one count -> other"):
# "An estimated 3 million Sudanese have been displaced, with almost 2.5 million displaced
# internally", "1.2 million people have been displaced, with over 425,000 fleeing the country"
_DISPLACED_SPLIT = re.compile(
    r"\s+(?:(?:have|has|had|been|were|are|now)\s+)+displaced\s*,\s*(?:with|including)\s+(?:[^.;]|\.(?=\d)){0,40}?"
    r"\b(?:displaced\s+internally|internally\s+displaced|fleeing\s+(?:the\s+country|abroad)|"
    r"(?:fled|gone|went)\s+abroad|(?:crossing|crossed)\s+(?:the\s+border|into))\b"
)
# the counted noun listed with people of another status in one count (the round-1 "mixed
# counts -> other"): "over 241,000 Nigerian refugees, internally displaced people from Niger and
# returning Niger nationals"
_STATUS_LIST_AFTER = re.compile(
    r"\s*,\s+(?:[\w-]+\s+){0,2}?(?P<st>internally\s+displaced|idps?|displaced\s+(?:people|persons|"
    r"families)|refugees|returnees|returning|asylum[\s-]seekers)\b[^.;\d]{0,80}?\s(?:and|or)\s"
)
_LIST_STATUS = {"refugees": "refugees", "asylum": "refugees", "returnees": "_return"}


def mixed_status_list(low: str, subject: str | None, subject_end: int, ceil: int) -> bool:
    """Whether the counted noun is listed with people of another status in one count.

    Examples
    --------
    >>> s = " nigerian refugees, internally displaced people from niger and returnees."
    >>> mixed_status_list(s, "Nigerian refugees", 18, len(s))
    True
    >>> s = " nigerian refugees, chadian refugees and cameroonian refugees."
    >>> mixed_status_list(s, "Nigerian refugees", 18, len(s))
    False
    """
    own = subject_measure(subject, False)
    if own not in ("refugees", "displaced", "_return"):
        return False
    m = _STATUS_LIST_AFTER.match(low, subject_end, ceil)
    if m is None:
        return False
    word = m.group("st").split()[0]
    return _LIST_STATUS.get(word, "_return" if word == "returning" else "displaced") != own


# the figure listed among the victims of a fate: "Among the victims were 4 women and 10 children,
# with 17 others injured"
_AMONG_FATE_BEFORE = re.compile(
    r"\bamong\s+(?:the\s+)?(?P<kw>dead|victims|killed|fatalities|wounded|injured)\s+(?:were|are|was|is)\s+"
    r"(?:[^.;:\d]{0,40}?\d[\d,.]*[^.;:\d]{0,40}?(?:\s+and|,)\s+)?" + _QUALIFIER_OPT + "$"
)
# the counted people killed in a massacre or by an attack: "another 93 civilians fell victim to
# massacres"; people counted as a total of what is named before: "The displaced families,
# totaling about 16,200 people"
# the dead found as remains or in a grave: "the remains of at least 500 people have been
# exhumed", "At least 113 members of the Yazidi minority were found in the bomb-rigged grave"
_REMAINS_OF_BEFORE = re.compile(r"\bthe\s+(?:human\s+)?remains\s+of\s+" + _QUALIFIER_OPT + "$")
_FOUND_IN_GRAVE_AFTER = re.compile(
    r"(?:\s+[a-z-]+){0,5}?\s+(?:(?:were|was|have\s+been|had\s+been|has\s+been)\s+)"
    r"(?:found|discovered|exhumed|recovered|buried)\s+(?:in|from)\s+(?:a|the|two|several|"
    r"mass)?[^.;,]{0,30}?\bgraves?\b"
)
# round 27: the dead buried, or put in a grave, not people buried alive under rubble: "Over 50
# people were buried in Rann on Monday" (rt24_009), "We buried today 32 of them" (rt20_033),
# "They put over 250 people in a grave" (rt19_396); but "buried under the rubble" stays other
_BURIED_BEFORE = re.compile(
    r"(?<![\w-])(?:buried|bury|burying)\s+(?:(?:today|yesterday|on\s+[a-z]+)\s+)?"
    + _QUALIFIER_OPT
    + "$"
)
_BURIED_AFTER = re.compile(
    # past only: people "are buried in collapsed buildings" are trapped, not dead
    r"(?:\s+[a-z-]+){0,3}?\s+(?:(?:were|was|have\s+been|had\s+been|has\s+been)\s+)+"
    r"buried\b(?!\s+(?:alive|under|beneath|in\s+(?:the\s+)?(?:rubble|debris|ruins)|"
    r"(?:in|inside)\s+(?:the\s+)?(?:collapsed|destroyed)))"
)
_IN_GRAVE_AFTER = re.compile(
    r"(?:\s+[a-z-]+){0,2}?\s+in(?:to)?\s+(?:a|the|one)\s+(?:(?:mass|common|single|shallow)\s+)?"
    # the noun, not the adjective: "in a grave condition" is no burial
    r"graves?\b(?!\s+(?:condition|danger|situation|state|risk|concern|shape))"
)
_UNDER_RUBBLE = re.compile(r"\b(?:under|beneath)\s+(?:the\s+)?(?:rubble|debris|ruins)\b")
# a fate told as happening in the events the figure counts: "were killed in three separate
# landmine explosions"
_FATE_IN_END = re.compile(
    r"\b(?:killed|died|dead|wounded|injured|hurt|lost\s+their\s+lives)\s+"
    # the agent first: "were killed by the IS in two ambushes" (rt17_327)
    r"(?:by\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?=in\b))?"
    r"(?:in|by)\s+(?:(?:a\s+series\s+of|a\s+total\s+of)\s+)?" + _QUALIFIER_OPT + "$"
)
# the events named a word or two after the figure when its noun is not read as one: "lost
# their lives in two distinct shooting incidents" (rt15_027)
_EVENTS_NEXT = re.compile(
    r"(?:\s+[a-z-]+){0,2}?\s+(?:incidents|attacks|ambushes|explosions|shootings|blasts)\b"
)
# the figure's people named by their status as its predicate: "of whom 2.7 million are Syrian
# refugees", "of which more than 800,000 were those who had been internally displaced"
_ARE_STATUS_AFTER = re.compile(
    r"\s+(?:are|were)\s+(?:(?:all|now|mostly|currently)\s+)?(?:(?:those|people|persons)\s+who\s+"
    r"(?:had|have|has)\s+been\s+|[A-Z][\w-]+\s+)?(?P<st>refugees|asylum[\s-]seekers|idps|internally"
    r"\s+displaced)\b"
)
# lives changed, not taken: "Around 240,000 people have had their lives interrupted by the
# conflict" (other: affected people)
_LIVES_CHANGED_AFTER = re.compile(
    r"\s+(?:(?:have|has|had|also)\s+)*(?:had|seen|saw|see)\s+their\s+lives\s+(?:[a-z]+ly\s+)?"
    r"(?:interrupted|disrupted|upended|changed|transformed|shattered|destroyed|ruined|affected|"
    r"turned\s+upside\s+down|put\s+on\s+hold)\b"
)
# the counted people's own fate after the group they belong to: "two soldiers of the government
# forces were killed", "five members of the family have died"
_OF_GROUP_FATE = re.compile(
    r"\s+(?:of|from)\s+(?:the\s+)?(?:(?!who\b|that\b|which\b)[\w'-]+\s+){1,3}?"
    r"(?:(?:were|was|have|has|had|been|are|is|also|reportedly)\s+)+"
    r"(?P<kw>killed|wounded|injured|died)(?![\w-])"
)
# people interviewed or lives saved are neither killed nor hurt (the guideline's other): "based
# on interviews with 45 civilian victims of insurgent attacks", "They have saved lives of almost
# 62 thousand", "saving 300 lives"
_INTERVIEWED_OR_SAVED_BEFORE = re.compile(
    r"(?<![\w-])(?:interviews?\s+with|interviewed|interviewing|surveyed|saved|saving|saves)\s+"
    r"(?:(?:the\s+)?lives\s+of\s+)?" + _QUALIFIER_OPT + "$"
)
# patients counted, wounded or sick together: "403 wounded and ill individuals have departed"
_WOUNDED_AND_SICK = re.compile(
    r"\b(?:wounded|injured)\s+(?:and|or)\s+(?:sick|ill)\b|\b(?:sick|ill)\s+(?:and|or)\s+(?:wounded|injured)\b"
)
_FELL_VICTIM_AFTER = re.compile(
    r"\s+(?:(?:have|has|had|also)\s+)*(?:fell|fallen|falling)\s+victims?\s+(?:to|of)\s+(?:the\s+)?"
    r"(?:massacres?|killings?|shelling|bombings?|bombardment|air\s*strikes?|strikes)\b"
)
_TOTALING_BEFORE = re.compile(
    r"(?P<noun>[a-z-]+\s+[a-z-]+)\s*,?\s+(?:totall?ing|numbering|amounting\s+to)\s+"
    + _QUALIFIER_OPT
    + "$"
)
# people who ended up somewhere after leaving their homes are displaced (crossed_border then asks
# for a border): "More than 600,000 Somalis have ended up here in Baidoa after abandoning lands"
_AFTER_FLEEING = re.compile(
    r"[^.;\d]{0,60}?\bafter\s+(?:fleeing|abandoning|leaving|escaping)\s+(?:their\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:homes?|houses?|lands?|villages?|towns?|farms?)\b"
)
# people taken to hospital or for treatment, or in hospital, were hurt (the guideline's injured):
# "at least 24 were taken for treatment", "two adults and a child are in hospitals"; round 23:
# "21 dead and 51 being admitted to hospitals" (rt20_328), "12 people who sought medical help"
# (rt16_102)
_HOSPITAL_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+(?:a|an|one|two|three)\s+[a-z]+)?\s+(?:(?:(?:were|was|have\s+been|had\s+been|"
    r"has\s+been|are|is|being|also|later|then)\s+)+(?:(?:taken|rushed|admitted|brought)\s+(?:to\s+(?:a\s+|the\s+)?"
    r"(?:[\w-]+\s+)?hospitals?|for\s+(?:medical\s+)?treatment)|in\s+(?:a\s+|the\s+)?hospitals?)|"
    r"who\s+(?:have\s+|had\s+)?sought\s+medical\s+(?:help|treatment|care|attention))\b"
)
# what a "left" leaves its object list in, told after its last member: "21 attacks left ten
# civilians, including three women and a child, and 27 military personnel dead" (as _FATE_AND)
_LEFT_BEFORE = re.compile(r"(?<![\w-])(?:left|leaving|leaves)\s+" + _QUALIFIER_OPT + "$")
_LIST_FATE = re.compile(
    r"(?:\s*,\s*including\s+[^,;.]{0,60},)?\s+and\s+"
    + _QUALIFIER_OPT
    + r"(?:\d[\d,.]*|[a-z]+)\s+(?:[a-z-]+\s+){0,3}?(?P<kw>dead|injured|wounded)\b"
)
# a toll and a colon list of its parts, each part with no fate of its own: "These attacks left 62
# fatalities: 13 civilians, including a child and two women, 46 military personnel and three
# regime soldiers"
_TOLL_LIST = re.compile(
    r"(?:\d[\d,.]*|[a-z]+)\s+(?:[a-z-]+\s+)?(?P<kw>fatalities|deaths|dead|victims|injuries|injured|"
    r"wounded)\s*:(?P<mid>[^.;:]{0,160}?)$"
)
# a toll whose parts are listed after "include"/"comprise": "The fatalities in KP include 167
# women and 108 children" (each part shares the toll's fate)
_TOLL_INCLUDE = re.compile(
    r"\bthe\s+(?P<kw>fatalities|deaths|dead|injured|wounded|death\s+toll)\b[^.;:]{0,40}?\s+(?:include|included|"
    r"comprise|comprised)\b(?P<mid>[^.;:]{0,100}?)$"
)
# the counted people are trapped, stranded or stuck (the guideline's other: trapped people)
_TRAPPED_AFTER = re.compile(
    r"\s+(?:(?:are|were|is|was|remain|remained|have\s+been|had\s+been|still|now|currently|"
    r"reportedly)\s+)+(?:stuck|stranded|trapped)\b"
)
# the counted people are missing (the guideline's other: missing people): "over 1,000 reported
# missing", "as many as 10,000 people may remain unaccounted for"
_MISSING_AFTER = re.compile(
    r"\s+(?:(?:are|were|is|was|have|has|had|been|still|reported|reportedly|remain|remained|may|"
    r"might|could|listed|as|now|more|others)\s+)*(?:missing|unaccounted\s+for)\b"
)
# the counted people were hurt: "five policemen sustained minor injuries", "five others,
# including teachers, sustained injuries"
_INJURIES_AFTER = re.compile(
    r"(?:\s*,[^;.,]{0,60},)?\s+(?:(?:had|have|has|also|reportedly)\s+)*(?:sustained|sustaining|suffered|suffering)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:injuries|wounds)\b"
)
# people left homeless (the guideline's displaced: "made homeless"): "left more than 30,000
# people homeless"
_HOMELESS_AFTER = re.compile(r"\s+(?:homeless|shelterless|roofless)\b")
_HOMELESS_WORDS = ("homeless", "shelterless", "roofless")
# round 20 (C22 of the gold pass): people an event left without shelter are displaced too
# ("leaving 12,000 people without shelter", "left 5,000 families without a roof"); people
# merely counted as lacking it are not ("1.2 million people without adequate shelter")
_WITHOUT_SHELTER_AFTER = re.compile(
    r"\s+without\s+(?:a\s+|any\s+)?(?:shelter|roof|home|place\s+to\s+(?:live|stay))\b"
)
# shelter sought away from home, no place named: a flight ("128,899 sought refuge elsewhere",
# against "300,953 remained in 2,331 evacuation shelters")
_REFUGE_ELSEWHERE_AFTER = re.compile(
    r"\s+(?:(?:have|has|had|also)\s+)*(?:sought|took|taken|found)\s+(?:refuge|shelter|safety)\s+"
    r"elsewhere\b"
)
# people someone plans or helps to bring home, the figure the object: a return whatever the
# relative clause says of where they live now ("a program to return thousands of displaced
# families living in displacement camps")
_TO_RETURN_BEFORE = re.compile(
    r"(?<![\w-])(?:to|help|helps|helped|helping)\s+return\s+" + _QUALIFIER_OPT + "$"
)


_FATES_AND_STATUS = frozenset(("killed", "injured", "displaced", "refugees", "population"))


@functools.lru_cache(maxsize=4096)
def _territory(subject: str | None) -> bool:
    return subject is not None and any(w in TERRITORY for w in subject.lower().split())


# words that every match of a pattern of governing_measure holds: a window without one of them
# is not searched (Python's re would try the pattern at every position of it)
_FATE_UNKNOWN_WORDS = ("fate", "whereabouts", "deprived")
_LEFT_WORDS = ("left", "leav")
_TOTALING_WORDS = ("total", "number", "amount")
_DRONE_WORDS = ("drones", "uavs")
_FATE_AND_WORDS = ("kill", "wound", "injur")
_SENT_BACK_WORDS = ("return", "deport", "expel", "back")
_AFFECTING_WORDS = ("infect", "affect", "sicken")
_SHELTERING_WORDS = ("shelter", "hous", "accommodat", "hold", "capacity", "host", "sleep")
_DEATH_TOLL_WORDS = ("toll", "number", "death")
_INSIDE_WORDS = ("within", "inside", "internally")
# ... and the words those ending at the figure end with: the window's last word is one of them
_QUALIFIER_ENDS = ("estimated", "of", "some", "about", "around", "roughly", "approximately")
_QUALIFIER_ENDS += ("nearly", "almost", "over", "than", "least", "to")
_AID_TO_ENDS = ("assist", "assisted", "assisting", "assists", "for", *_QUALIFIER_ENDS)
# the last words of the "VERB (QUALIFIER) $" patterns searched before the figure, the qualifier's
# (_QUALIFIER_ENDS) apart: a window whose last word is neither cannot match, as each ends there
_HELD_ENDS = ("arrest", "arrested", "arresting", "arrests", "detain", "detained", "detaining")
_HELD_ENDS += ("detains", "abduct", "abducted", "abducting", "abducts", "kidnap", "kidnapp")
_HELD_ENDS += ("kidnaped", "kidnapped", "kidnaping", "kidnapping", "kidnaps", "kidnapps")
_INTERVIEWED_ENDS = ("with", "interviewed", "interviewing", "surveyed", "saved", "saving")
_INTERVIEWED_ENDS += ("saves", "of")
_REPATRIATED_ENDS = ("repatriated", "repatriating", "repatriates", "repatriate", "of")
_WHERE_ENDS = ("where", "which")
_THERE_ARE_ENDS = ("are", "were", "is", "was", "still", "now", "currently", "already")
_RELOCATE_ENDS = ("relocate", "relocated", "relocates", "relocating", "transfer", "transferr")
_RELOCATE_ENDS += ("transfered", "transferred", "transfering", "transferring", "transfers")
_RELOCATE_ENDS += ("transferrs", "of")
_FATE_AND_ENDS = ("and", ",", *_QUALIFIER_ENDS)
# Pre-checks in governing_measure (speed, issue 13): a pattern is tried only when its window
# ends with one of the words its matches end with (the *_ENDS tuples) or holds a word every one
# of its matches holds (the "in right" / "in before" tests written before it). A rule that adds
# an alternative to a guarded pattern adds its word to the test in front of it too.
_FORCING_ENDS = ("forced", "forcing", "forces", "force", "drove", "driven", "driving", "pushed")
_GOVERNING_ENDS = (
    *("killed", "killing", "kills", "kill", "executed", "executing", "massacred", "murdered"),
    *("slaughtered", "dead", "down", "wounded", "wounding", "wounds", "injured", "injuring"),
    *("injures", "injure", "displaced", "displacing", "displaces", "displace", "uprooted"),
    *("uprooting", "uproots", "uproot", "of", "the", "some", "also", "reportedly", "another"),
    *("further", "beheaded", "beheading", "dawn", "overnight", "yesterday", "today", "morning"),
    *("night", "evening", "afternoon", "eliminated", "lost", "losing", *WEEKDAYS),
)


def governing_measure(
    norm: str, low: str, start: int, subject_end: int, ceil: int, subject: str | None
) -> str | None:
    """The measure of the event verb or noun that governs a figure as its object, if any.

    What happens to the people decides, not what they are called or what the sentence says
    about them later: "Air strikes killed 12 civilians living in the camp" (killed, not the
    population), "the displacement and resettlement of more than 9,000 people living in ..."
    (displaced), "forced 5,000 residents to flee" (displaced). ``low`` is the ASCII-lower-cased
    copy of ``norm``; ``start`` is where the figure's phrase starts, ``subject_end`` where its counted noun
    ends and ``ceil`` where the next figure starts. Displaced people who are refugees stay
    refugees ("displacing 1,000 refugees"), and "killed or wounded 30" is a combined count.

    Examples
    --------
    >>> s = "air strikes killed 12 civilians living in the camp."
    >>> governing_measure(s, s, 19, 31, len(s), "civilians")
    'killed'
    >>> s = "the clashes forced 5,000 residents to flee."
    >>> governing_measure(s, s, 19, 34, len(s), "residents")
    'displaced'
    >>> s = "they killed or wounded 30 people."
    >>> governing_measure(s, s, 23, 32, len(s), "people")
    'other'
    """
    lo = max(0, start - 40)
    # the window's last word: each "VERB (QUALIFIER) $" pattern searched in [lo, start) ends
    # with a verb of its own (_HELD_ENDS ...) or a qualifier's last word (_QUALIFIER_ENDS) there
    before = low[lo:start]
    tail = before.rstrip()
    qual_end = tail.endswith(_QUALIFIER_ENDS)
    # what the patterns matched at subject_end up to ceil may read: each holds a word of its
    # own (its verb or noun, lower-case in norm too), tested by "in" on this slice first
    right = low[subject_end:ceil]
    # the "in" tests on before/right/wide below stand for holds_any on the same windows
    wide = low[max(0, start - 120) : start]
    sl = subject.lower() if subject is not None else None
    # the subject's own measure (subject_measure is pure and cached), asked once
    status = subject_measure(subject, False)
    if sl is not None and not _ANIMALS.isdisjoint(sl.split()):
        return "other"  # "1,504 livestock have also been killed"
    if subject is not None and (
        (sl == "head" and _HEAD_OF_ANIMALS.match(low, subject_end))
        or sl.split()[-1] in _HAZARDS
        or _counted_groups(low, subject, subject_end)
    ):
        return "other"  # "500 head of cattle", "two quakes struck", "two other rebel groups"
    if counted_facilities(low, start, subject_end, ceil, subject) and not _ATTACKED_BEFORE.search(
        low, lo, start
    ):
        return "other"  # "opened 16 new camps", "the number of operational shelters dropped to 36"
    share = _PERCENT_AT.match(low, start)
    if share is not None and (
        _CHANGE_AFTER.match(low, share.end()) or _CHANGE_BEFORE.search(low, lo, start)
    ):
        return "other"  # "a 67% increase over the same period", "displacement has risen by 87%"
    if low.startswith(" lives", subject_end) and _CLAIMED_BEFORE.search(low, lo, start):
        return "killed"  # "floods have claimed 344 lives and injured 148 people"
    if subject == "cases" and _CASES_OF_KILLING.match(low, subject_end, ceil):
        return "killed"  # round 24: "documented 629 cases of what it describes as
        # “assassinations and revenge killings”" (rt4_165)
    kind = subject_kind(subject)
    if kind == "thing" and _ENTERED_AFTER.match(norm, subject_end):
        return "other"  # "Some 20 humanitarian aid trucks entered Gaza Strip": things that
        # entered a country are no refugees
    if (
        (
            "arrested" in right
            or "detained" in right
            or "abducted" in right
            or "kidnapped" in right
            or "jailed" in right
            or "imprisoned" in right
            or "held" in right
            or "taken" in right
        )
        and _HELD_AFTER.match(low, subject_end, ceil)
    ) or (
        kind != "thing"
        and (qual_end or tail.endswith(_HELD_ENDS))
        and _HELD_BEFORE.search(low, lo, start)
    ):
        return "other"  # "eight refugees were arrested": detainees, whoever they are
    if (
        (("rescued" in right or "saved" in right) and _RESCUED_AFTER.match(low, subject_end, ceil))
        or ("rescu" in before and _RESCUED_BEFORE.search(low, lo, start))
    ) and status not in ("killed", "injured"):
        return "other"  # "fishermen rescued more than 100 Rohingya refugees"
    if kind == "people" and boat_landing(low, start, subject_end):
        return "refugees"  # "A boat carrying 20 men ... landed on the coast of Aceh"
    # migrant_moved needs a last word of _MIGRANT_WORDS, each holding "migrant"
    if sl is not None and "migrant" in sl and migrant_moved(low, subject, subject_end, ceil):
        return "refugees"  # "640 migrants reached Lampedusa", "133,000 migrants passed through"
    if (
        kind != "thing"
        and (
            "arrived" in right
            or "came" in right
            or "entered" in right
            or "rode" in right
            or "stormed" in right
            or "invaded" in right
        )
        and _CAME_ON_VEHICLES.match(low, subject_end, ceil)
    ):
        return "other"  # "Several dozen men arrived on motorcycles": attackers, not arrivals
    if (
        kind == "people"
        and (
            "attack" in right
            or "raid" in right
            or "storm" in right
            or "ambush" in right
            or "assault" in right
            or "offensive" in right
        )
        and _ATTACKED_AFTER.match(low, subject_end, ceil)
    ):
        return "other"  # "a group of 40 to 50 terrorists had attacked the checkpost": the
        # attackers are people, never attacks
    if (
        # every match holds "need" or "require" before ceil
        ("need" in right or "require" in right)
        and _IN_NEED_AFTER.match(low, subject_end, ceil)
        and status not in ("refugees", "displaced", "population")
        and not (
            subject is not None
            and subject.split()[-1].lower() in _PLACE_PEOPLE
            and _POSSESSIVE_PLACE_END.search(norm, max(0, start - 30), start)
        )  # a place's people are its population whatever they need: "Tigray's 5.5 million
        # people need food aid" (the round-13 possessive rule)
    ):
        return "other"  # "Around 25 million people, more than half of Sudan's population, need
        # humanitarian assistance": people in need (round 4's "children in need ... other")
    after = low[subject_end : subject_end + 120]
    if "detention" in after and _DETENTION_AFTER.match(low, subject_end):
        return "other"  # "evacuated nearly 180 migrants from a detention center"
    if (
        kind != "thing"
        and ("deport" in after or "forcibly" in after)
        and not after.startswith(")")  # "returned (446) or were deported (35)": its own clause
        and _DEPORTED_AFTER.match(low, subject_end)
    ):
        return "other"  # "returned (446) or were deported (35)", "for deportation", "70
        # percent of whom were forcibly sent back"
    if " with " in before and _DEPORTED_WITH_BEFORE.search(low, lo, start):
        return "other"
    if (
        holds_any(low, lo, start, _FATE_UNKNOWN_WORDS)
        and _FATE_UNKNOWN_BEFORE.search(low, lo, start)
    ) or (
        holds_any(low, lo, start, _LEFT_WORDS)
        and _LEFT_BEFORE.search(low, lo, start)
        and _LEFT_IN_WANT.match(low, subject_end, ceil)
    ):
        return "other"  # "the fate of over 2,000 people remains unknown", "left millions of
        # vulnerable people starving", "deprived millions of families of their livelihoods"
    # mixed_status_list is False for any other own measure of the subject
    if status in ("refugees", "displaced", "_return") and mixed_status_list(
        low, subject, subject_end, ceil
    ):
        return "other"  # "241,000 Nigerian refugees, internally displaced people ... and
        # returning Niger nationals": one count of several statuses
    if "displaced" in after and _DISPLACED_SPLIT.match(
        low, subject_end, min(len(low), subject_end + 120)
    ):
        return "other"  # "3 million Sudanese have been displaced, with almost 2.5 million
        # displaced internally"
    among = _AMONG_FATE_BEFORE.search(low, max(0, start - 120), start) if "among" in wide else None
    if among is not None:
        return subject_measure(among.group("kw"), False)  # "Among the victims were 4 women and
        # 10 children"
    status_is = _ARE_STATUS_AFTER.match(norm, subject_end, ceil) if subject is None else None
    if status_is is not None:
        return _LIST_STATUS.get(status_is.group("st").split()[0].lower(), "displaced")
    if "lives" in after and _LIVES_CHANGED_AFTER.match(low, subject_end, ceil):
        return "other"  # "240,000 people have had their lives interrupted by the conflict"
    if (
        kind == "attack"
        or (
            kind is None
            # every match holds one of its event nouns before ceil
            and (
                "incidents" in right
                or "attacks" in right
                or "ambushes" in right
                or "explosions" in right
                or "shootings" in right
                or "blasts" in right
            )
            and _EVENTS_NEXT.match(low, subject_end, ceil)
        )
    ) and _FATE_IN_END.search(low, lo, start):
        return "attacks"  # "were killed in three separate landmine explosions": the events
    group = (
        _OF_GROUP_FATE.match(low, subject_end, ceil)
        if kind == "people"
        and ("killed" in right or "wounded" in right or "injured" in right or "died" in right)
        else None
    )
    if group is not None and not combined_fates(low, group.start("kw"), group.end("kw")):
        return "injured" if group.group("kw") in ("wounded", "injured") else "killed"
    if "victim" in right and _FELL_VICTIM_AFTER.match(low, subject_end, ceil):
        return "killed"  # "another 93 civilians fell victim to massacres"
    if (
        (qual_end or tail.endswith(_INTERVIEWED_ENDS))
        and _INTERVIEWED_OR_SAVED_BEFORE.search(low, lo, start)
    ) or (sl is not None and _WOUNDED_AND_SICK.search(sl)):
        return "other"  # "interviews with 45 civilian victims", "403 wounded and ill individuals"
    if kind != "thing" and (
        (qual_end and _REMAINS_OF_BEFORE.search(low, lo, start))  # "of" is a qualifier end
        # every match ends with "grave" or "graves" before ceil
        or ("grave" in right and _FOUND_IN_GRAVE_AFTER.match(low, subject_end, ceil))
    ):
        return "killed"  # "the remains of at least 500 people", "were found in the grave"
    if (
        kind != "thing"
        and ("buri" in right or "bur" in before or "grave" in right)
        and (
            ("bur" in before and _BURIED_BEFORE.search(low, lo, start))
            or _BURIED_AFTER.match(low, subject_end, ceil)
            or _IN_GRAVE_AFTER.match(low, subject_end, ceil)
        )
        and not _UNDER_RUBBLE.search(low, subject_end, ceil)
        and status != "injured"  # the wounded are not the buried
    ):
        return "killed"  # "Over 50 people were buried in Rann", "put over 250 people in a grave"
    total = (
        _TOTALING_BEFORE.search(low, lo, start)
        if "ing " in before and holds_any(low, lo, start, _TOTALING_WORDS)
        else None
    )
    named = subject_measure(total.group("noun"), False) if total is not None else None
    if named in _FATES_AND_STATUS:
        return named  # "The displaced families, totaling about 16,200 people"
    if (
        kind in ("people", None)
        and status is None  # "1,200 Sudanese refugees ... after fleeing"
        and "after" in after
        and _AFTER_FLEEING.match(low, subject_end, ceil)
        and not _OWN_VERB.match(low, subject_end)
    ):
        return "displaced"  # "600,000 Somalis have ended up here in Baidoa after abandoning lands"
    if (
        kind in ("people", None)
        and status is None
        and ("hospital" in after or "treatment" in after or "medical" in after)
        and _HOSPITAL_AFTER.match(low, subject_end, ceil)
    ):
        return "injured"  # "at least 24 were taken for treatment"
    if ("stuck" in right or "stranded" in right or "trapped" in right) and _TRAPPED_AFTER.match(
        low, subject_end, ceil
    ):
        return "other"  # "another 120,000 are stuck on the Sudan side of the border"
    if ("missing" in right or "unaccounted" in right) and _MISSING_AFTER.match(
        low, subject_end, ceil
    ):
        return "other"  # "over 1,000 reported missing", "9,500 people are reported missing"
    if ("injuries" in right or "wounds" in right) and _INJURIES_AFTER.match(low, subject_end, ceil):
        return "injured"  # "five policemen sustained minor injuries"
    if "elsewhere" in low[start : subject_end + 12] and _REFUGE_ELSEWHERE_AFTER.search(
        low, start, subject_end + 12
    ):
        return "displaced"  # the words may be read as its subject: "128,899 sought refuge
        # elsewhere"
    if (
        _HOMELESS_AFTER.match(low, subject_end)
        or (
            "without" in low[subject_end : subject_end + 10]
            and _WITHOUT_SHELTER_AFTER.match(low, subject_end)
            and _LEFT_BEFORE.search(low, lo, start)
        )
    ) or (
        subject
        and ("homeless" in sl or "shelterless" in sl or "roofless" in sl)
        and not (tail.endswith(_GOVERNING_ENDS) and _GOVERNING_VERB.search(low, lo, start))
    ):  # not "A fire killed five homeless men"
        return "displaced"  # "leaving hundreds injured and tens of thousands homeless"
    if (
        holds_any(low, subject_end, ceil, _INSIDE_WORDS)
        and _INSIDE_AND_ABROAD.match(low, subject_end, ceil)
    ) or inside_or_abroad(norm, subject_end, ceil):
        return "other"  # "displaced almost 1.3 million people within and across borders"
    if (
        (
            _territory(subject)
            # a share of a named place: "gangs that control or influence 80 to 90 percent of
            # Port-au-Prince"
            or (share is not None and subject is not None and subject.split()[-1][:1].isupper())
        )
        and (_CONTROL_BEFORE.search(low, lo, start) or _UNDER_CONTROL.match(low, subject_end, ceil))
    ):
        return "captured"  # "controls all five Darfur states", "85% of the capital is under
        # gang control"
    if (
        subject is not None
        and subject.split()[-1].lower() in _WEAPONS
        and _CLEARED_BEFORE.search(low, lo, start)
    ):
        return "other"  # "removed over 24,000 munitions, including approximately 22,000 cluster
        # bombs" (the sub-count shares it)
    if kind in ("place", "thing") and _ATTACKED_BEFORE.search(low, lo, start):
        return "attacks"  # "the targeting of 7 hospitals", "an attack on two villages"
    drones = (
        _DRONES_AT.match(low, start, ceil) if holds_any(low, start, ceil, _DRONE_WORDS) else None
    )
    if drones is not None and (
        _LAUNCHED_AFTER.match(low, drones.end())
        or _LAUNCHED_BEFORE.search(low, max(0, start - 100), start)
    ):
        return "attacks"  # "launched five ballistic missiles and 170 drones"
    v = _GOVERNING_VERB.search(low, lo, start) if tail.endswith(_GOVERNING_ENDS) else None
    if v is not None:
        kw = v.group("kw")
        word = kw[4:] if kw.startswith("the ") else kw
        fate = _FATE_OF.get(word[:4])
        if fate is None or (
            word == "eliminated" and (share is not None or kind not in ("people", None))
        ):
            return None  # "eliminated 10 terrorists" (killed), not "eliminated 12 checkpoints"
        if word in ("lost", "losing") and (share is not None or kind != "people"):
            return None  # round 21: a side or family that lost people lost them to death
            # ("The army lost five soldiers" rt19_042, "we have lost four police officers"
            # rt18_029, "lost seven members of his family" rt19_013), not "lost 50 homes"
        a = v.start("kw") + len(kw) - len(word)  # the fate word, after "the"
        if fate != "displaced" and combined_fates(low, a, a + len(word.split()[0])):
            return "other"  # "killed or wounded 30 people"
        if fate == "displaced" and status == "refugees":
            return None
        return fate
    # every match ends with "dead", "injured" or "wounded" in its window
    w160 = low[subject_end : subject_end + 160]
    left = (
        _LIST_FATE.match(low, subject_end, min(len(low), subject_end + 160))
        if "dead" in w160 or "injured" in w160 or "wounded" in w160
        else None
    )
    if (
        left is not None
        and kind in ("people", None)
        # round 27: a figure with its own fate keeps it, "left 5 dead and 33 others injured"
        # (rt22_252), "left 19 dead, including three children, and 120 wounded" (rt20_305)
        and status not in ("killed", "injured")
        and _LEFT_BEFORE.search(low, lo, start)
        and not combined_fates(low, left.start("kw"), left.end("kw"))
    ):
        return _FATE_OF.get(left.group("kw")[:4], "killed")  # "left ten civilians, ..., and 27
        # military personnel dead"
    # the list's colon comes first: without one in the window, _TOLL_LIST cannot match
    listed = (
        _TOLL_LIST.search(low, max(0, start - 200), start)
        if low.find(":", max(0, start - 200), start) >= 0
        else None
    )
    near = wide if listed is None else ""
    if "inclu" in near or "compri" in near:  # "The fatalities in KP include 167 women and 108
        # children"
        listed = _TOLL_INCLUDE.search(low, max(0, start - 120), start)
    if (
        listed is not None
        and kind in ("people", None)
        and not KEYWORD_RE.search(listed.group("mid"))
        and not _OWN_VERB.match(low, subject_end)
    ):
        kw = listed.group("kw")
        # "62 fatalities: ..., 46 military personnel and three regime soldiers", "The death toll
        # from the latest strike included \"a woman and her two children\""
        return "killed" if kw.endswith("toll") else subject_measure(kw, False)
    joined = (
        _FATE_AND.search(low, max(0, start - 120), start)
        # a match ends with "and", "," or a qualifier's last word (tail, unless [lo, start) is
        # all white space)
        if (not tail or tail.endswith(_FATE_AND_ENDS))
        and holds_any(low, max(0, start - 120), start, _FATE_AND_WORDS)
        else None
    )
    if (
        joined is not None
        and kind != "thing"  # "killed 5 people and 12 houses were destroyed"
        and not KEYWORD_RE.search(joined.group("mid"))
        and not _OWN_VERB.match(low, subject_end)
        and not combined_fates(low, joined.start("kw"), joined.end("kw"))
    ):
        return _FATE_OF[joined.group("kw")[:4]]  # "killing four civilians and four soldiers"
    if (
        holds_any(low, lo, start, _SENT_BACK_WORDS)
        and _SENT_BACK.search(low, lo, start) is not None
    ):
        return "other"  # "Iran has returned 1.8 million Afghans": deported, not a return
    back = (
        (qual_end or tail.endswith(_REPATRIATED_ENDS))
        and _REPATRIATED_BEFORE.search(low, lo, start)
    ) or _REPATRIATED_AFTER.match(low, subject_end, ceil)
    if back is not None and "deport" not in low[subject_end:ceil]:
        # not "repatriated to Afghanistan—both voluntarily and through state-managed
        # deportations" (a count of both)
        return "other" if back.group("forced") else "refugees"
    returns = (
        status is None
        and "return" in low[subject_end : subject_end + 40]
        and _RETURNS_NEXT.match(low, subject_end) is not None
    )
    if returns and kind is None:
        return "_return"  # returns counted after an adjective or a share: "about 25,000 safe
        # and dignified returns to the CAR", "2,614 of these returnees" (resolve_return then
        # asks whether a border was crossed)
    if (
        wide.rstrip().endswith(_AID_TO_ENDS)
        and _AID_TO.search(low, max(0, start - 120), start) is not None
    ) and status not in (
        "refugees",
        "displaced",
        "_return",
        "_arrive",
    ):
        if returns:
            return "_return"  # aid to returnees keeps their return: "assisted 54,720 Afghan
            # returns"
        if not _STATUS_NEXT.match(low, subject_end):
            return "other"  # "WFP assisted 1.7 million people, including ... IDPs": aid
            # recipients
    if (
        holds_any(low, lo, start, _AFFECTING_WORDS)
        and _AFFECTING.search(low, lo, start) is not None
    ):
        return "other"  # "infecting almost half a million people", "affecting over 46,000"
    if kind != "thing" and "return" in before and _TO_RETURN_BEFORE.search(low, lo, start):
        return "_return"  # "a massive plan to return about 5,000 families living in camps"
    stock_verb = (
        _SHELTERING.search(low, lo, start) if holds_any(low, lo, start, _SHELTERING_WORDS) else None
    )
    if (
        status in ("refugees", "displaced")
        and _HOME_TO_END.search(norm, lo, start)
        and "registered" not in low[start:subject_end]
    ):
        # the round-2 verb rule: a place "home to" people gives its population, whoever they
        # are ("Turkey is home to 3.6 million Syrian refugees"); "registered" keeps the status
        # ("Jordan is home to about 650,000 registered refugees from Syria")
        return "population"
    if stock_verb is not None:
        # a capacity is no stock: "designed to temporarily house 4,000 people"
        if stock_verb.group("built"):
            return "other"
        # the hosted people's status (the round-2 "hosts" rule): "Khartoum still houses about
        # 3.77 million displaced people", "accommodating over 2 million Syrian refugees"
        if status in ("refugees", "displaced"):
            return status
        if foreign_subject(subject):
            return "refugees"  # the round-21 widening of the "hosts" rule: "the reception
            # center on the island currently houses approximately 2,800 migrants" (rt19_398),
            # "sheltering centers ... house nearly 229,000 Syrian migrants" (rt284)
        return "population"
    if "host" in before and _HOSTING.search(low, lo, start) is not None:
        if status in ("refugees", "displaced"):
            return status  # "a site hosting 48,000 internally displaced people"
        if _IDP_SITE_AFTER.match(low, subject_end):
            return "displaced"  # "Marib already hosts an estimated one million in 125 IDP sites"
        if _CAMP_BEFORE.search(low, max(0, start - 100), start):
            # a camp's people, whoever they are, are its population (the round-2 verb rule:
            # "the notorious camp hosting over 50,000 people", rt9_011, rt14_390), unless the
            # camps are for the displaced ("26 camps for displaced people. The camps host more
            # than 36,000 families ..., most of whom were displaced") or the people are told to
            # leave ("Bulengo and Lushagala camps, ... which together were hosting over 100,000
            # people, to leave within 72 hours")
            displacement = _DISPLACEMENT_WORD.search(low, max(0, start - 150), subject_end + 120)
            if displacement is None and not _TO_LEAVE_AFTER.match(low, subject_end, ceil):
                return "population"
            return "displaced"
        return "_host"
    cas = (
        _CASUALTIES_HEAD.search(low, max(0, start - 160), start)
        if low.find("casualties", max(0, start - 160), start) >= 0
        else None
    )
    if (
        cas is not None
        and not _NOT_DEATHS.search(cas.group("mid"))
        and not _OWN_VERB.match(low, subject_end)
        and status not in ("killed", "injured")
        and "death toll" not in low[max(0, cas.start() - 100) : cas.start()]
    ):
        return "other"  # "Civilian casualties from February 24, 2022, ... totaled 23,375": killed
        # and wounded together (the guideline's "casualties")
    if "poverty" in right and _POVERTY_AFTER.match(low, subject_end, ceil):
        return "other"  # "90% of the population lives below the poverty line"
    toll = (
        _DEATH_TOLL_HEAD.search(low, max(0, start - 160), start)
        if holds_any(low, max(0, start - 160), start, _DEATH_TOLL_WORDS)
        else None
    )
    if toll is not None and not _NOT_DEATHS.search(toll.group("mid")):
        return "killed"  # "The death toll from the airstrikes on Gaza since Oct 7 rose to 7,028"
    if subject is None:
        more = _MORE_FATE.match(low, subject_end)
        if more is not None and not combined_fates(low, more.start("kw"), more.end("kw")):
            return _FATE_OF.get(more.group("kw")[:4])  # "... and thousands more injured"
    # every match holds two commas in its window (",[^;,]{3,120},")
    late = (
        _APPOSITION_FATE.match(low, subject_end, min(len(low), subject_end + 200))
        if low.count(",", subject_end, subject_end + 200) >= 2
        else None
    )
    if late is not None and not _POPULATION_OF_END.search(low, max(0, start - 30), start):
        # "1.9 million people, or nearly 85 percent of ..., were ... displaced"
        return "displaced" if late.group("fled") else _FATE_OF.get(late.group("kw")[:4])
    if _BEGAN_FLEEING.match(low, subject_end):
        return "displaced"  # "thousands of panic-stricken residents began running north"
    if (
        kind == "people"
        and status is None  # "living with 3.6 million Syrian refugees in the country" stay refugees
        and " with " in before
        and _STAYING_WITH_BEFORE.search(low, lo, start)
        and _IN_A_PLACE_AFTER.match(low, subject_end, ceil)
    ):
        return "population"  # "huddled with 25 other families in a make-shift camp"
    if (
        (qual_end or tail.endswith(_WHERE_ENDS))
        and _WHERE_BEFORE.search(low, lo, start)
        and _STAY_CLOSES.match(low, subject_end, ceil)
    ):
        return "population"  # "where 17,000 IDPs are sheltering, UNRWA distributed 80 tents"
    if (
        subject is not None
        and status is None
        and kind in ("people", None)
        and (qual_end or tail.endswith(_THERE_ARE_ENDS))
        and _THERE_ARE_END.search(low, lo, start)
        and _IN_PLACE_AFTER.match(low, subject_end, ceil)
    ):
        return "population"  # "There are about 250,000 people in the camp", "there were
        # roughly 550,000 Ezidis in the Kurdistan Region and Iraq"
    stock = _STOCK_AFTER.match(low, subject_end, min(len(low), subject_end + 120))
    if stock is not None and kind != "thing" and not _LATER_FATE.match(low, stock.end(), ceil):
        # things are no stock of people: "people from 62 nations are currently living in the camp"
        return "population"  # "1.4 million displaced people are sheltering in 155 facilities"
    if ("evacuated" in right or "airlifted" in right or "flown" in right) and _AIRLIFTED.match(
        norm, subject_end, ceil
    ):
        return "other"  # "104,000 civilians have been evacuated from Afghanistan"
    if (
        "travel" in right
        or "migrat" in right
        or "head" in right
        or "came" in right
        or "coming" in right
    ) and _MOVED_ABROAD.match(norm, subject_end, ceil):
        return "refugees"  # "740,356 Afghans traveled to neighbouring countries"
    if _RETURNED_BY_OTHERS.match(low, subject_end):
        return "other"  # "17 others were returned to Libya": sent back, not a return home
    nation = (
        _DEMONYM_RE.search(subject) is not None
        if subject is not None
        else _MORE_NATION.match(norm, subject_end) is not None  # "1,703 more Rohingyas"
    )
    if (
        (status == "refugees" and _MOVED_BY_OTHERS.match(low, subject_end))
        or (nation and _RELOCATED_AFTER.match(low, subject_end))
        or ((status == "refugees" or nation) and _RELOCATE_THEM.match(low, subject_end))
        or (
            (qual_end or tail.endswith(_RELOCATE_ENDS))
            and _RELOCATE_BEFORE.search(low, lo, start)
            and (status == "refugees" or nation or _REFUGEES_NEXT.match(low, subject_end))
        )
    ):  # "relocated more than 150 refugees", "relocate 130,000 new Sudanese refugees", "relocate
        # a group of 1,703 more Rohingyas"
        return "other"  # "580 refugees were relocated to Tunaydbah": moved by an agency
    if subject is not None and _ACTIVE_FATE.match(low, subject_end):
        return "other"  # the figure is the agent: "dozens of aircraft had killed more than 60"
    if tail.endswith(_FORCING_ENDS) and _FORCING.search(low, lo, start) is not None:
        m = _TO_LEAVE.match(low, subject_end, min(ceil, subject_end + 60))
        if m is not None:
            return "refugees" if ACROSS_BORDER.match(norm, m.end()) else "displaced"
    return None


# "Unofficial sources put the figure at more than 300,000", "the number could reach 200,000":
# the figure named before is meant
_FIGURE_BACK = re.compile(
    r"\b(?:(?:put|puts|putting|placed|places|placing|set|sets|estimated|estimates)\s+the\s+"
    r"(?:figure|number|total|tally|count)\s+at|the\s+(?:figure|number|total|tally|count)\s+"
    r"(?:could|would|will|may|might|is\s+expected\s+to|is\s+likely\s+to)\s+(?:reach|rise\s+to|"
    r"climb\s+to|hit|top|exceed|stand\s+at))\s+(?:(?:some|about|around|nearly|almost|over|"
    r"more\s+than|at\s+least|up\s+to)\s+)?$"
)


def refers_back(low: str, start: int) -> bool:
    """Whether the figure at ``start`` is a new value of "the figure" named before it.

    Examples
    --------
    >>> s = "unofficial sources put the figure at more than 300,000."
    >>> refers_back(s, s.index("more"))
    True
    >>> refers_back("the figure at 12 sites", 14)
    False
    """
    return _FIGURE_BACK.search(low, max(0, start - 70), start) is not None


# round 20 (C18 of the gold pass): settlements an armed attack struck are attacks, the killing
# told before "in" the figure ("Unidentified attackers killed at least 36 people in three
# villages", "Thirty-five people were killed by the bandits in the five villages", "Gunmen ...
# killed at least 24 persons and injured several others in four communities"); a disaster's
# toll told by place stays other ("killed ... in more than 40 cities and villages since the
# beginning of the earthquake"), and so do settlements destroyed or burned
_SETTLEMENTS = frozenset("villages towns communities hamlets".split())
_STRUCK_IN_BEFORE = re.compile(
    r"(?<![\w-])(?:killed|killing|kills|wounded|wounding|injured|injuring|massacred|murdered|"
    r"slaughtered|abducted|kidnapped)\b[^.;:!?]{0,90}?\bin\s+(?:the\s+)?(?:all\s+)?"
    + _QUALIFIER_OPT
    + "$"
)
# the armed attack: its actors or its weapons (stems, tested with holds_any)
_ARMED_WORDS = (
    *("attack", "gunmen", "gunman", "bandit", "raid", "armed", "militant", "insurgent"),
    *("jihadist", "assailant", "terrorist", "rebels", "militia", "shelling", "airstrike"),
    *("air strike", "bombing", "fighters", "soldiers", "troops", "shot", "shooting"),
)


def struck_settlements(low: str, start: int, subject: str | None) -> bool:
    """Whether the figure at ``start`` counts settlements an armed attack struck (attacks).

    The killing or wounding is told just before "in" the figure, and the sentence names the
    attack, its actors or its weapons (:data:`_ARMED_WORDS`).

    Examples
    --------
    >>> s = "unidentified attackers killed at least 36 people in three villages."
    >>> struck_settlements(s, s.index("three"), "villages")
    True
    >>> s = "the earthquake killed 2,000 people in 40 villages."
    >>> struck_settlements(s, s.index("40"), "villages")
    False
    """
    if subject is None or subject.split()[-1].lower() not in _SETTLEMENTS:
        return False
    if _STRUCK_IN_BEFORE.search(low, max(0, start - 130), start) is None:
        return False
    lo = max(0, start - 250, low.rfind(". ", 0, start))
    hi = low.find(". ", start)
    return holds_any(low, lo, min(start + 250, len(low) if hi < 0 else hi), _ARMED_WORDS)


# round 20: the parts a sentence gives of the figure told before it, the sentence opening on
# the figure or on "they": "This figure comprises 93 members of the security forces" (rt10_001),
# "They included the monk and four of his relatives" (rt5_367)
_PARTS_BACK_WORDS = ("inclu", "compri", "consist")
_PARTS_BACK = re.compile(
    r"[\s\"“]*(?:they|these|(?:this|the)\s+(?:figure|number|total|toll|tally))\s+"
    r"(?:include|included|includes|comprise|comprises|comprised|consists?\s+of|consisted\s+of)\s+"
    r"(?:[^.;:,\d]{0,40}?\s+and\s+)?" + _QUALIFIER_OPT
)


def parts_of_back(low: str, sentence_start: int, start: int, subject_end: int) -> bool:
    """Whether the figure at ``start`` is a part of the figure of the sentence before.

    The sentence opens on "This figure comprises", "The total includes" or "They included",
    and the figure is its first object (or follows one named part and "and"); a part with a
    verb or relative clause of its own (ending at ``subject_end``) is told by it ("They
    included more than 70,000 who arrived in the months that followed").

    Examples
    --------
    >>> s = "they included the monk and four of his relatives."
    >>> parts_of_back(s, 0, s.index("four"), s.index(" of his"))
    True
    >>> s = "they said four of his relatives died."
    >>> parts_of_back(s, 0, s.index("four"), s.index(" of his"))
    False
    >>> s = "they included 70,000 who arrived later."
    >>> parts_of_back(s, 0, s.index("70"), s.index(" who"))
    False
    """
    if not holds_any(low, sentence_start, start, _PARTS_BACK_WORDS):
        return False
    return (
        _PARTS_BACK.fullmatch(low, sentence_start, start) is not None
        and _OWN_CLAUSE.match(low, subject_end) is None
    )


_OWN_CLAUSE = re.compile(r"\s+(?:who|that|which|whom|have|has|had|were|was|are|is)\b")
