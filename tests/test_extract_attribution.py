"""Attribution: who reported a figure, mapped to canonical names through the source registry."""

from __future__ import annotations

import pytest

from idlibstats.extract import DEFAULT_SOURCES, SourceRegistry, extract_figures


def _source(text: str, **kw):
    r = extract_figures(text, **kw).iloc[-1]
    return r.source, r.source_text


@pytest.mark.parametrize(
    ("text", "source", "source_text"),
    [
        (
            "More than 1,300 civilians were killed, according to the United Nations.",
            "UN",
            "the United Nations",
        ),
        ("SOHR said 19 civilians were killed.", "SOHR", "SOHR"),
        (
            "The Syrian Observatory for Human Rights reported 19 deaths.",
            "SOHR",
            "The Syrian Observatory for Human Rights",
        ),
        (
            "Some 500,000 people have fled, said the UN's humanitarian office.",
            "OCHA",
            "the UN's humanitarian office",
        ),
        (
            "Some 500,000 people have fled, the UN's humanitarian office said.",
            "OCHA",
            "the UN's humanitarian office",
        ),
        (
            "The Britain-based monitor said 23 people were killed.",
            "SOHR",
            "The Britain-based monitor",
        ),
        ("State media reported that 12 soldiers were killed.", "SANA", "State media"),
        ("Pompeo said thousands of civilians were trapped.", "US State Department", "Pompeo"),
        (
            "The Syrian Civil Defence said 40 bodies were recovered.",
            "White Helmets",
            "The Syrian Civil Defence",
        ),
        (
            "Turkey's defence ministry said five soldiers were killed.",
            "Turkish defence ministry",
            "Turkey's defence ministry",
        ),
    ],
)
def test_attribution_forms(text, source, source_text):
    assert _source(text) == (source, source_text)


def test_the_monitor_added_resolves_to_the_last_named_monitor():
    text = (
        "The Syrian Network for Human Rights documented heavy shelling. The UN called for "
        "calm. The monitor added that 19 civilians were killed."
    )
    assert _source(text) == ("SNHR", "The monitor")


def test_the_monitor_without_a_monitor_named_has_no_source():
    assert _source("The monitor added that 19 civilians were killed.") == (None, None)


def test_unattributed_sentence_gets_no_source_from_earlier_sentences():
    # the sentence right after an attributed one continues its statement (the real-text
    # decision "a sentence that continues an attributed ... statement in the same paragraph
    # keeps that reporter"); a sentence further on, or in a new paragraph, does not
    text = "SOHR said the town fell. The UN called for calm. Thousands of people fled."
    assert _source(text) == (None, None)
    assert _source("SOHR said the town fell.\n\nThousands of people fled.") == (None, None)


def test_a_place_is_not_a_source():
    text = (
        "Israeli strikes near Damascus killed 23 people, including 16 foreign fighters, the "
        "Britain-based monitor said."
    )
    t = extract_figures(text)
    assert list(t.source) == ["SOHR", "SOHR"]


def test_quote_continuation_keeps_the_speaker():
    text = (
        "\u201cThe situation is grave,\u201d Pompeo said.\n\n"
        "\u201cThese attacks have trapped thousands of civilians.\u201d"
    )
    assert _source(text) == ("US State Department", "Pompeo")


def test_registry_is_extendable_without_touching_the_default():
    reg = DEFAULT_SOURCES.copy().add("Idlib Health Directorate", "the Idlib health directorate")
    text = "The Idlib health directorate said 14 people were killed."
    assert _source(text, sources=reg) == (
        "Idlib Health Directorate",
        "The Idlib health directorate",
    )
    assert _source(text) == (None, None)
    assert "Idlib Health Directorate" not in DEFAULT_SOURCES.names
    assert reg.canonical("the Idlib Health Directorate") == "Idlib Health Directorate"


def test_registry_matches_acronyms_case_sensitively():
    reg = SourceRegistry({"WHO": ("WHO", "World Health Organization")})
    assert reg.canonical("WHO") == "WHO"
    assert [m.canonical for m in reg.mentions("who said WHO said")] == ["WHO"]
    with pytest.raises(ValueError):
        reg.add("X", "")


def test_default_registry_has_the_canonical_names():
    for name in (
        "SOHR",
        "SNHR",
        "VDC",
        "UN",
        "OCHA",
        "OHCHR",
        "UNHCR",
        "UNICEF",
        "WHO",
        "WFP",
        "IOM",
        "SANA",
        "White Helmets",
        "Turkish defence ministry",
        "Russian defence ministry",
        "US State Department",
        "MSF",
        "Save the Children",
        "Response Coordinators Group",
        "Syrian government",
        "UCDP",
    ):
        assert name in DEFAULT_SOURCES.names


def test_a_speaker_outside_the_registry_keeps_its_figure_unsourced():
    t = extract_figures(
        "Rescuers said 11 people were killed, while the Observatory gave a toll of 14."
    )
    assert list(t.source) == [None, "SOHR"]
    t = extract_figures(
        "Aid groups warned that 280,000 people could flee. Some 50,000 have "
        "already left, they said."
    )
    assert list(t.source) == [None, None]


def test_which_said_belongs_to_the_source_before_it():
    text = (
        "At least 13 Turkish soldiers have been killed this month, according to Turkey's "
        'defence ministry, which said it had "neutralised" more than 100 Syrian troops.'
    )
    t = extract_figures(text, published="2020-02-19")
    assert list(t.source) == ["Turkish defence ministry"] * 2
    assert t.place.isna().all()  # "Turkey's defence ministry" names a source, not a place


def test_dotted_un_spellings_are_known():
    for alias, canonical in [
        ("the U.N. Office for the Coordination of Humanitarian Affairs", "OCHA"),
        ("the U.N.'s humanitarian office", "OCHA"),
        ("the U.N. refugee agency", "UNHCR"),
        ("U.N. officials", "UN"),
    ]:
        assert DEFAULT_SOURCES.canonical(alias) == canonical


def test_multi_paragraph_quote_with_single_line_breaks():
    text = (
        "\u201cThe situation is grave,\u201d Pompeo said.\n"
        "\u201cThese attacks have trapped thousands of civilians.\n"
        "\u201cAnd 300 more died.\u201d\n"
        "Later, 40 people were killed."
    )
    assert list(extract_figures(text).source) == [
        "US State Department",
        "US State Department",
        None,
    ]


# issue 11: a larger registry and the reporting chain (fragments of realtext_dev passages and
# the issue's quotes)
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Some 500 people were displaced, according to the United Nations Refugee Agency (UNHCR).",
            "UNHCR",
        ),
        ("The UN High Commissioner for Refugees said 500 people had fled.", "UNHCR"),
        ("According to the UNAMA, the conflict caused the deaths of 144 women.", "UN"),
        ("The U.N. Secretary-General said 300 civilians were killed.", "UN"),
        ("The Civil Defense said 12 people were killed in Ariha.", "White Helmets"),
        ("The ICRC said 40 detainees were released.", "ICRC"),
        ("Human Rights Watch documented 12 attacks on schools.", "HRW"),
        ("Amnesty International said 30 civilians were killed.", "Amnesty International"),
        ("ACLED recorded 1,200 events in March.", "ACLED"),
        ("Airwars said 17 civilians were killed.", "Airwars"),
        (
            "At least 2,670 Palestinians have been killed, the Palestinian Health Ministry in Gaza said.",
            "Gaza Health Ministry",
        ),
        (
            "At least 16 civilians were killed, according to figures released by the UK-based "
            "Syrian Observatory for Human Rights.",
            "SOHR",
        ),
        (
            "A human rights monitoring group, the Syrian Observatory for Human Rights, has said "
            "that at least 16 civilians have been killed.",
            "SOHR",
        ),
        ("WHO: Death toll in Libya clashes rises to 264", "WHO"),
        (
            "More than 30,000 people have fled, the UN agency co-ordinating relief efforts said.",
            "OCHA",
        ),
    ],
)
def test_registry_of_issue_11(text, source):
    t = extract_figures(text, published="2020-01-01")
    assert t.source.iloc[0] == source


def test_reporting_chain_follows_pronouns_and_generic_reporters():
    text = (
        "The UN refugee agency called for support for the refugees in Uganda.\n"
        "It added that at least another one million refugees have fled to Sudan."
    )
    assert list(extract_figures(text).source) == ["UNHCR"]
    text = "OCHA published its update. The report also revealed that 300 families fled."
    assert list(extract_figures(text).source) == ["OCHA"]


def test_a_continuing_sentence_keeps_the_source_of_its_paragraph():
    text = (
        "The Palestinian Health Ministry said 4,000 people were missing. Additionally, 26 out "
        "of 35 hospitals have ceased operations."
    )
    assert list(extract_figures(text).source) == ["Palestinian Health Ministry"] * 3
    # a new paragraph, or a sentence that does not continue, stands alone
    assert extract_figures("SOHR said the town fell.\n\nAlso, 300 people fled.").source.isna().all()


def test_a_source_named_for_the_figures_in_the_next_sentence():
    # https://www.dw.com (realtext_dev rt046)
    text = (
        "Nearly 42,000 people have fled the Iraqi city after the military launched a crackdown. "
        "The figures have been released by the International Organization for Migration (IOM)."
    )
    assert list(extract_figures(text).source) == ["IOM"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # realtext_dev fragments (AP, Anadolu, HRW, Al Jazeera pages)
        (
            "Between 9,000 and 11,000 people were killed in the battle, an Associated Press "
            "investigation has found.",
            "AP",
        ),
        ("And thousands died,\u201d said Chris Woods, head of Airwars.", "Airwars"),
        (
            "Turki al-Malki, a spokesman for the Saudi-led coalition, said the attack killed one "
            "person.",
            "Saudi-led coalition",
        ),
        (
            "There are over 3.71 million Syrians in Turkey, according to the updated figures of the "
            "Ministry of Interior's Directorate General of Migration Management.",
            "DGMM",
        ),
        (
            "The number of Syrian migrants in Turkey now tops 3.5 million, says a new report from "
            "Turkey's Disaster and Emergency Management Agency.",
            "AFAD",
        ),
        (
            "The former Turkish Interior Minister disclosed that there were 62,151 in camps.",
            "Turkish Interior Ministry",
        ),
        (
            "The number has exceeded one million, the Polish Border Guard said.",
            "Polish Border Guard",
        ),
        ("UNRWA noted that at least 319 people were killed.", "UNRWA"),
        (
            "According to the United Nations humanitarian coordination, more than 177,000 people "
            "have found refuge there.",
            "OCHA",
        ),
    ],
)
def test_registry_of_realtext_sources(text, source):
    assert extract_figures(text, published="2020-01-01").source.iloc[0] == source


def test_an_appeal_is_not_a_report():
    t = extract_figures("The United Nations issued an appeal for $8.4 billion this year.")
    assert t.source.isna().all()


def test_according_to_him_and_the_figures_follow_the_chain():
    text = (
        "WHO spokesperson Christian Lindmeier said the situation was dire. According to him, "
        "111,000 cases of respiratory disease have been recorded."
    )
    assert list(extract_figures(text).source) == ["WHO"]
    text = (
        "Turkey's Disaster and Emergency Management Agency released a report. According to data "
        "gathered by the agency, the number of Syrians in Turkey is 3,506,532."
    )
    assert list(extract_figures(text).source) == ["AFAD"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # realtext_dev fragments (Reuters, AP, Al Jazeera)
        (
            "More than 31,000 civilians fled, according to the head of Syria's Response "
            "Coordination Group.",
            "Response Coordinators Group",
        ),
        (
            "Researchers at the Belgian University of Ghent estimate as many as half a million "
            "people have died.",
            "Ghent University",
        ),
        (
            "Jordan's King Abdullah said his country could not sustain what he said was almost "
            "1.3 million Syrian refugees.",
            "Jordanian government",
        ),
    ],
)
def test_heads_researchers_and_pronouns_in_the_same_sentence(text, source):
    assert extract_figures(text).source.iloc[0] == source


def test_the_un_agency_after_a_un_agency_is_that_agency():
    text = (
        "UNRWA said its shelters were overcrowded. The UN agency indicated that UNRWA facilities "
        "now house 1.4 million people."
    )
    assert list(extract_figures(text).source) == ["UNRWA"]
    assert (
        extract_figures("At least 21 civilians were killed, UN agency says.").source.iloc[0] == "UN"
    )


def test_a_country_speaking_is_its_government():
    # realtext_dev rt098 (Al Jazeera)
    t = extract_figures("Israel says it has killed some 1,500 Hamas terrorists inside Israel.")
    assert (t.source.iloc[0], t.place.iloc[0]) == ("Israeli government", "Israel")
    t = extract_figures("Rebels said 300 people fled to Turkey. Turkey said 200 crossed.")
    assert list(t.source) == [None, "Turkish government"]
    assert extract_figures("Aid groups in Turkey said 300 people fled.").source.isna().all()


def test_mentions_found_on_ascii_text_match_the_word_by_word_scan(monkeypatch):
    # ASCII text is scanned for the words that start an alias (attribution._words), other text
    # word by word; both give the same mentions
    import re

    import numpy as np

    from idlibstats.extract import attribution

    words = ["UN", "U.N.", "UN's", "the", "WHO", "SOHR", "Syrian", "Observatory", "for", "Human"]
    words += ["Rights", "OCHA", "former", "pro", "said", "state", "media", "al", "Islamic"]
    glue = [" ", " ", " ", "-", ".", ". ", ", ", "'", "..", "-", "\n", "3"]
    rng = np.random.default_rng(7)
    texts = []
    for _ in range(600):
        n = int(rng.integers(1, 14))
        text = "".join(str(rng.choice(words)) + str(rng.choice(glue)) for _ in range(n))
        texts.append((text, int(rng.integers(0, len(text)))))  # a start inside a word too

    def found(word_by_word: bool) -> list:
        if word_by_word:  # every start > 0 then reads word by word
            monkeypatch.setattr(attribution, "_WORD_BEFORE", re.compile(""))
        out = []
        for text, cut in texts:
            whole = DEFAULT_SOURCES.mentions(" " + text, 1)
            part = DEFAULT_SOURCES.mentions(" " + text, cut + 1)
            out.append([(m.start, m.end, m.canonical) for m in whole + part])
        monkeypatch.undo()
        return out

    fast, slow = found(False), found(True)
    assert sum(map(len, fast)) > 500
    assert fast == slow
