"""Unit tests of the clinical-text anonymiser (pure Python: no database, no Django needed)."""

from __future__ import annotations

import itertools
import json
from datetime import date
from pathlib import Path

import pytest

from cases.anonymiser import (
    Label,
    Span,
    detect,
    detect_language,
    nir_is_valid,
    nir_key,
    redact,
    suggest_generalisation,
)
from cases.anonymiser.evaluation import score

DATA = Path(__file__).resolve().parent / "data"


def found(text: str, language: str | None = None) -> dict[str, str]:
    """Detected text -> label, for compact assertions."""
    return {s.text: str(s.label) for s in detect(text, language=language)}


def covered(text: str, fragment: str, language: str | None = None) -> bool:
    """Is every character of ``fragment`` (first occurrence) inside a detected span?"""
    start = text.index(fragment)
    end = start + len(fragment)
    spans = detect(text, language=language)
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, end))


def untouched(text: str, fragment: str, language: str | None = None) -> bool:
    start = text.index(fragment)
    end = start + len(fragment)
    return not any(s.start < end and start < s.end for s in detect(text, language=language))


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vu ce jour Mme DUPONT Jeanne pour suivi.", "DUPONT Jeanne"),
        ("Adressé par le Dr B. Martin pour avis.", "B. Martin"),
        ("Patiente vue avec le Pr FONTAINE.", "FONTAINE"),
        ("M. Bernard Lefèvre, 72 ans, consulte.", "Bernard Lefèvre"),
        ("Chez Madame LE GALL, pansement fait.", "LE GALL"),
        ("Sa fille Nathalie est présente.", "Nathalie"),
        ("Personne de confiance : son fils Karim Haddad.", "Karim Haddad"),
        ("Relève faite à l'IDE Sandrine.", "Sandrine"),
        ("Nuit calme. mme rivière a dormi.", "rivière"),
    ],
)
def test_french_names(text: str, name: str) -> None:
    assert found(text, "fr").get(name) == "NAME", detect(text, language="fr")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dr. Rakusin aware, 1mg iv ativan given.", "Rakusin"),
        ("DR KLEIN HAD TALKED TO THE PATIENT.", "KLEIN"),
        ("His wife, Carol Buckley, confirms the story.", "Carol Buckley"),
        ("Maria Silva, RN", "Maria Silva"),
        ("pt of dr. john bowman.", "john bowman"),
        ("Mrs. Gaudreau was weaned to 40%.", "Gaudreau"),
        ("Discussed with Dr Arthur Wilson today.", "Arthur Wilson"),
    ],
)
def test_english_names(text: str, name: str) -> None:
    assert found(text, "en").get(name) == "NAME", detect(text, language="en")


def test_title_itself_is_not_redacted() -> None:
    text = "Mme DUPONT Jeanne"
    assert redact(text) == "Mme [NOM]"


def test_eponyms_survive_but_titled_eponym_is_a_name() -> None:
    text = "Maladie de Parkinson suivie par M. Parkinson, signe de Murphy, maladie de Crohn."
    spans = detect(text, language="fr")
    assert [s.text for s in spans] == ["Parkinson"]
    assert spans[0].start == text.index("M. Parkinson") + 3


@pytest.mark.parametrize(
    "text",
    [
        "Syndrome de Guillain-Barré, maladie d'Alzheimer, lymphome de Hodgkin.",
        "Glasgow 15, NYHA III, CHA2DS2-VASc 4, HAS-BLED 2, score de Wells 6.",
        "Kardegic 75 mg, Eliquis 5 mg x2/j, Lasilix 40 mg, Doliprane 1 g x3/j.",
        "J3 post-op, H0 troponine 12 ng/L, J+5 apyrexie, day 8 of vancomycin, POD 2.",
        "TA 135/80, FC 88/min, SpO2 96 %, EVA 6/10, force 4/5, Hb 10,2 g/dL.",
        "Wolff-Parkinson-White syndrome, Epstein-Barr virus, Child-Pugh B.",
        "Alzheimer's disease, Crohn's disease, Murphy's sign negative.",
        "Strength 5/5 throughout. Pain 3/10. BP 132/84. CPAP 5/5.",
    ],
)
def test_clinical_meaning_survives(text: str) -> None:
    assert detect(text) == [], detect(text)


def test_year_of_an_event_flagged_and_full_date_redacted() -> None:
    text = "Opéré en 2019, revu le 3 mars 2024."
    assert found(text)["2019"] == "DATE"
    assert found(text)["3 mars 2024"] == "DATE"


def test_the_age_aggregate_is_not_an_age() -> None:
    # The gate's own suggestion for 93 must not be flagged again once it is in the text.
    text = "Patiente de 90 ans et plus ; patients ≥ 90 ans ; aged 90 and over; over 95 years."
    assert [s for s in detect(text) if s.label is Label.AGE] == []
    assert found("Patiente de 93 ans.") == {"93 ans": "AGE"}


def test_month_and_year_after_en() -> None:
    assert found("Vu en 03/2024, revu en 11/2025.") == {"03/2024": "DATE", "11/2025": "DATE"}
    assert untouched("EN 3/10 au repos.", "3/10")


@pytest.mark.parametrize(
    "text",
    [
        "CK 1980 UI/L, NT-proBNP 1985 pg/mL, plaquettes à 1500 G/L.",
        "Selon les recommandations ESC 2021 et l'étude publiée en 2019 par Obermeyer et al.",
        "Classification OMS 2016 des tumeurs du SNC ; critères de Duke 2023.",
        "Lasix 40 mg IV at 2030, NTG started @ 1900, CPK at 2000, 1900>>0700 shift.",
        "Dialysis this am with 2000cc fluid removal; 1 500 pas à 2000 m.",
        "Score HAS-BLED 3 ; version 2020 du référentiel HAS.",
    ],
)
def test_years_of_references_and_clock_times_stay(text: str) -> None:
    assert [s.text for s in detect(text) if s.label is Label.DATE] == []


# --------------------------------------------------------------------------- dates and ages


@pytest.mark.parametrize(
    "value",
    ["03/03/2024", "03/03/24", "3/3/2024", "12.05.2023", "2023-05-12", "14-07-2020"],
)
def test_numeric_dates(value: str) -> None:
    assert found(f"Vu le {value} en consultation.", "fr").get(value) == "DATE"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Née le 1er avril 1951 à domicile.", "1er avril 1951"),
        ("RDV lundi 3 juin 2024.", "lundi 3 juin 2024"),
        ("IRM de mars 2021 normale.", "mars 2021"),
        ("Admitted March 3, 2024 for CAP.", "March 3, 2024"),
        ("Seen on 20th Oct, 1989 in clinic.", "20th Oct, 1989"),
        ("Discharged 8/23 to rehab.", "8/23"),
        ("DOB: 5/23/1968.", "5/23/1968"),
    ],
)
def test_written_and_short_dates(text: str, value: str) -> None:
    assert covered(text, value), detect(text)


@pytest.mark.parametrize(
    ("text", "value", "flagged"),
    [
        ("Patiente de 92 ans.", "92 ans", True),
        ("Patient âgé de 95 ans.", "95", True),
        ("A 94-year-old man.", "94-year-old", True),
        ("He is 91 yo.", "91 yo", True),
        ("Patiente de 84 ans.", "84 ans", False),
        ("A 74 YO WOMAN.", "74 YO", False),
    ],
)
def test_ages_over_89(text: str, value: str, flagged: bool) -> None:
    assert covered(text, value) is flagged


# --------------------------------------------------------------------------- contact details


@pytest.mark.parametrize(
    "phone",
    [
        "06 12 34 56 78",
        "06.12.34.56.78",
        "06-12-34-56-78",
        "0612345678",
        "+33 6 12 34 56 78",
        "+33 (0)4 72 11 22 33",
        "(201) 555-0147",
        "410-555-9876",
        "202.555.0188",
    ],
)
def test_phones(phone: str) -> None:
    text = f"Joignable au {phone} ce soir."
    assert found(text).get(phone) == "PHONE", detect(text)


def test_pager_and_fax() -> None:
    assert found("Pager #12345 for questions.").get("12345") == "PHONE"
    assert found("Fax : 04 78 12 34 56").get("04 78 12 34 56") == "PHONE"


def test_email_url_ip() -> None:
    text = (
        "Mail jeanne.dupont@orange.fr, dossier https://dossier.chu-rennes.fr/p/88213, "
        "PACS 10.12.3.45"
    )
    got = found(text)
    assert got["jeanne.dupont@orange.fr"] == "EMAIL"
    assert got["https://dossier.chu-rennes.fr/p/88213"] == "URL"
    assert got["10.12.3.45"] == "IP"
    assert found("Voir www.ehpad-les-tilleuls.fr.")["www.ehpad-les-tilleuls.fr"] == "URL"


# --------------------------------------------------------------------------- French numbers


def _make_nir(body: str) -> str:
    return f"{body}{nir_key(body):02d}"


def test_nir_key_and_corsica() -> None:
    assert nir_key("1850578006084") == 97 - 1850578006084 % 97
    # Corsica: 2A counts as 19 and 2B as 18 in the key computation.
    assert nir_key("178062A004012") == 97 - 1780619004012 % 97
    assert nir_key("251042B113054") == 97 - 2510418113054 % 97
    for body in ("1850578006084", "178062A004012", "251042B113054"):
        valid = _make_nir(body)
        assert nir_is_valid(valid)
        spaced = " ".join(
            [valid[0], valid[1:3], valid[3:5], valid[5:7], valid[7:10], valid[10:13], valid[13:]]
        )
        assert nir_is_valid(spaced)
        wrong = valid[:-2] + f"{(int(valid[-2:]) % 97) + 1:02d}"
        assert not nir_is_valid(wrong)


@pytest.mark.parametrize("spaced", [True, False])
def test_nir_detection_valid_key_is_certain(spaced: bool) -> None:
    nir = _make_nir("2510475113054")
    shown = (
        " ".join([nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13], nir[13:]])
        if spaced
        else nir
    )
    spans = [s for s in detect(f"NIR : {shown}") if s.label is Label.NIR]
    assert [s.text for s in spans] == [shown]
    assert spans[0].confidence >= 0.95


def test_nir_detection_corsica_and_invalid_key() -> None:
    nir_2a = _make_nir("178062A004012")
    spans = detect(f"N° SS {nir_2a}")
    assert spans and spans[0].label is Label.NIR and spans[0].confidence >= 0.95
    bad = nir_2a[:-2] + f"{(int(nir_2a[-2:]) + 3) % 97:02d}"
    spans = detect(f"N° SS {bad}")
    assert spans and spans[0].label is Label.NIR and spans[0].confidence < 0.9


def test_rpps_adeli_finess_and_record_numbers() -> None:
    text = (
        "RPPS : 10101234567. ADELI 691234567. FINESS 690000880. IPP : 44690645, "
        "NDA 2019606012, dossier n° 24-00123."
    )
    got = found(text)
    assert got["10101234567"] == "RPPS"
    assert got["691234567"] == "ADELI"
    assert got["690000880"] == "FINESS"
    assert got["44690645"] == "RECORD_ID"
    assert got["2019606012"] == "RECORD_ID"
    assert got["24-00123"] == "RECORD_ID"
    assert found("MRN: 7354161")["7354161"] == "RECORD_ID"
    assert found("pacemaker, n° de série PJN123456H")["PJN123456H"] == "DEVICE_ID"


# --------------------------------------------------------------------------- places


def test_french_address_postcode_city() -> None:
    text = "Domicile : 12 rue des Lilas, 69003 Lyon."
    got = found(text)
    assert got["12 rue des Lilas"] == "ADDRESS"
    assert got["69003"] == "POSTCODE"
    assert got["Lyon"] == "CITY"


@pytest.mark.parametrize(
    "etab",
    [
        "CHU de Nantes",
        "Hôpital Saint-Louis",
        "clinique du Parc",
        "EHPAD Les Tilleuls",
        "centre hospitalier de Roanne",
        "la Pitié-Salpêtrière",
    ],
)
def test_french_establishments(etab: str) -> None:
    text = f"Transféré au {etab} pour la suite."
    assert covered(text, etab.removeprefix("la "), "fr"), detect(text, language="fr")


def test_english_establishments_and_places() -> None:
    assert covered("Transferred from Mercy Medical Center yesterday.", "Mercy", "en")
    assert covered("She was at St. Mary's Hospital.", "St. Mary's", "en")
    assert covered("PT TRANSFERRED TO GH FOR CATH.", "GH", "en")
    assert covered("His daughter lives in Baltimore.", "Baltimore", "en")
    assert covered("Vit seule à Quimper depuis 2010.", "Quimper", "fr")


def test_cities_need_context_when_ambiguous() -> None:
    assert untouched("Aspiration bilieuse, couleur orange.", "orange")
    assert covered("Elle habite à Orange avec son fils.", "Orange", "fr")


# --------------------------------------------------------------------------- API contract


def test_spans_are_sorted_non_overlapping_and_exact() -> None:
    text = (
        "Mme DUPONT Jeanne, née le 03/03/1951, 12 rue des Lilas, 69003 Lyon, tél 06 12 34 56 78, "
        "vue au CHU de Nantes par le Dr Hélène Moreau (RPPS 10101234567) le 3 mars 2024."
    )
    spans = detect(text)
    assert spans
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start
    for s in spans:
        assert isinstance(s, Span)
        assert text[s.start : s.end] == s.text
        assert 0 < s.confidence <= 1
        assert s.label in Label


def test_redact_placeholders_french_and_english() -> None:
    text = "Mme DUPONT, née le 03/03/1951, tél 06 12 34 56 78, vue au CHU de Nantes."
    assert redact(text) == ("Mme [NOM], née le [DATE], tél [TÉLÉPHONE], vue au [ÉTABLISSEMENT].")
    assert redact(text, language="en") == (
        "Mme [NAME], née le [DATE], tél [PHONE], vue au [FACILITY]."
    )
    custom = {Label.NAME: "X"}
    assert redact("Dr Smith aware", placeholders=custom) == "Dr X aware"
    assert redact("Âge : 92 ans") == "Âge : [ÂGE]"


def test_redact_with_given_spans() -> None:
    spans = [Span(0, 4, Label.CITY, "Lyon")]
    assert redact("Lyon est loin", spans) == "[VILLE] est loin"


def test_empty_text() -> None:
    assert detect("") == []
    assert redact("") == ""


def test_language_detection() -> None:
    assert detect_language("Patiente vue ce jour pour une douleur thoracique, sans fièvre.") == "fr"
    assert detect_language("Patient was seen today for chest pain, no fever.") == "en"


# --------------------------------------------------------------------------- generalisation


def _span(text: str, fragment: str, label: Label) -> Span:
    start = text.index(fragment)
    return Span(start, start + len(fragment), label, fragment)


def test_generalise_years_to_decades_in_the_texts_language() -> None:
    text = "PMH: CABG '79, MI 2008. Âge 93 ans. Suivi au CHU de Brest."
    assert suggest_generalisation(_span(text, "'79", Label.DATE), text=text) == (
        "dans les années 1970"
    )
    assert suggest_generalisation(_span(text, "2008", Label.DATE), text=text) == (
        "dans les années 2000"
    )
    en = {"text": text, "language": "en"}
    assert suggest_generalisation(_span(text, "2008", Label.DATE), **en) == "2000s"
    worded = "Opérée en 2015, diabète depuis 2008. Quit smoking in 1995."
    suggestions = [
        suggest_generalisation(_span(worded, year, Label.DATE), text=worded, language=language)
        for year, language in (("2015", "fr"), ("2008", "fr"), ("1995", "en"))
    ]
    assert suggestions == ["2010-2019", "les années 2000", "the 1990s"]
    assert suggest_generalisation(_span(text, "93 ans", Label.AGE), **en) == "90 years and over"
    etab = _span(text, "CHU de Brest", Label.ESTABLISHMENT)
    assert suggest_generalisation(etab, **en) == "university hospital"  # "au" has its article
    assert suggest_generalisation(etab, text=text) == "CHU"  # "au CHU"
    text = "Adressée par la clinique Pasteur à l'hôpital Saint-Louis. Seen at the Mayo Clinic."
    assert [
        suggest_generalisation(_span(text, name, Label.ESTABLISHMENT), text=text, language=lang)
        for name, lang in (("clinique Pasteur", "fr"), ("hôpital Saint-Louis", "fr"))
    ] == ["clinique", "hôpital"]
    mayo = _span(text, "Mayo Clinic", Label.ESTABLISHMENT)
    assert suggest_generalisation(mayo, text=text, language="en") == "clinic"
    assert suggest_generalisation(mayo, text="Mayo Clinic", language="en") == "a clinic"


def test_generalise_age_and_dates() -> None:
    text = "Patiente de 92 ans, 87 ans, entrée le 03/03/2024, sortie le 6 mars 2024."
    assert suggest_generalisation(_span(text, "92 ans", Label.AGE), text=text) == "90 ans et plus"
    assert suggest_generalisation(_span(text, "87 ans", Label.AGE), text=text) == "85-89 ans"
    admission = date(2024, 3, 3)
    assert (
        suggest_generalisation(
            _span(text, "6 mars 2024", Label.DATE), text=text, reference_date=admission
        )
        == "J+3"
    )
    assert (
        suggest_generalisation(
            _span(text, "03/03/2024", Label.DATE), text=text, reference_date=admission
        )
        == "J0"
    )
    assert suggest_generalisation(_span(text, "6 mars 2024", Label.DATE), text=text) == "2024"


def test_generalise_places() -> None:
    text = "12 rue des Lilas, 69003 Lyon, suivi au CHU de Nantes puis à la clinique du Parc."
    assert suggest_generalisation(_span(text, "69003", Label.POSTCODE), text=text) == (
        "Auvergne-Rhône-Alpes"
    )
    assert suggest_generalisation(_span(text, "Lyon", Label.CITY), text=text) == (
        "Auvergne-Rhône-Alpes"
    )
    assert suggest_generalisation(_span(text, "12 rue des Lilas", Label.ADDRESS), text=text) == (
        "Auvergne-Rhône-Alpes"
    )
    assert (
        suggest_generalisation(_span(text, "CHU de Nantes", Label.ESTABLISHMENT), text=text)
        == "CHU"  # "suivi au CHU"
    )
    assert (
        suggest_generalisation(_span(text, "clinique du Parc", Label.ESTABLISHMENT), text=text)
        == "clinique"  # "à la clinique"
    )
    corse = "20000 Ajaccio"
    assert suggest_generalisation(_span(corse, "20000", Label.POSTCODE), text=corse) == "Corse"
    assert suggest_generalisation(_span(text, "Lyon", Label.NAME), text=text) is None


# --------------------------------------------------------------------------- quality


def _rows(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_french_dataset_is_well_formed() -> None:
    rows = _rows("deid_fr.jsonl")
    assert len(rows) >= 150
    labels = {e["label"] for r in rows for e in r["entities"]}
    for needed in (
        "NAME",
        "DATE",
        "AGE",
        "PHONE",
        "EMAIL",
        "URL",
        "IP",
        "NIR",
        "RPPS",
        "ADELI",
        "FINESS",
        "RECORD_ID",
        "ADDRESS",
        "POSTCODE",
        "CITY",
        "ESTABLISHMENT",
    ):
        assert needed in labels
    for r in rows:
        for e in r["entities"]:
            assert r["text"][e["start"] : e["end"]] == e["text"]


@pytest.mark.parametrize("name", ["deid_fr.jsonl", "deid_en.jsonl"])
def test_quality_targets(name: str) -> None:
    rep = score(_rows(name))
    assert rep.recall >= 0.95, rep.as_dict()
    assert rep.precision >= 0.85, rep.as_dict()
    for label in ("PHONE", "EMAIL", "NIR", "DATE_NUMERIC"):
        if label in rep.by_gold_label:
            assert rep.by_gold_label[label].recall >= 0.99, (label, rep.as_dict())


# --------------------------------------------------------------- context mechanisms (English)


def test_name_propagates_within_a_document() -> None:
    text = "Met with Nadia Brackett (pt's next of kin). Later Nadia asked about the plan."
    spans = [s for s in detect(text, language="en") if s.label == Label.NAME]
    assert [s.text for s in spans] == ["Nadia Brackett", "Nadia"]
    # An ordinary word is never spread: the name rule found "Hope" only after a title.
    assert untouched("Mrs. Hope is here. There is hope for recovery.", "hope for", "en")


def test_name_followed_by_relation_in_brackets() -> None:
    assert found("Called Tobias Wendt (son) at 2pm.", "en").get("Tobias Wendt") == "NAME"
    assert covered("ORLA KEANE (DAUGHTER) UPDATED", "ORLA KEANE", "en")
    assert covered("Spoke to Ines Farro (pt's closest living relative)", "Ines Farro", "en")
    assert covered("Mara Vell, his daughter, visited.", "Mara Vell", "en")
    assert untouched("FULL CODE PER HER WISHES (PER SON).", "WISHES", "en")


def test_relation_then_name_on_capital_and_lower_case_lines() -> None:
    assert covered("SOCIAL: SPOKE WITH DAUGHTER ROSALIND ON PHONE.", "ROSALIND", "en")
    assert untouched("SOCIAL: WIFE AGREES THAT HE IS COMFORTABLE.", "AGREES", "en")
    assert untouched("SOCIAL: SON PRESENT TILL NOON.", "PRESENT", "en")
    assert covered("family: dtr ysolde does speak english.", "ysolde", "en")
    assert untouched("family: dtr also does speak english.", "also", "en")
    assert covered("visited by significant other Teodor, updated.", "Teodor", "en")


def test_role_then_name_in_mixed_notes() -> None:
    assert covered("NO LABS PER NP Harwick. CONSENT IN CHART.", "Harwick", "en")
    assert covered("febrile overnight, md ostrander aware.", "ostrander", "en")
    assert untouched("md aware of the labs.", "aware", "en")


def test_hospital_acronyms_after_place_prepositions() -> None:
    text = "Taken to GH cath lab. At GH he was intubated. Leave the BVMC soon."
    assert found(text, "en").get("GH") == "ESTABLISHMENT"
    assert covered(text, "BVMC", "en")
    # Everyday words ending in H, and clinical acronyms, are not hospitals.
    assert untouched("TAKEN TO CATH LAB WITH HIGH SATS", "CATH", "en")
    assert untouched("Bleed seen in SAH protocol; stays at OSH.", "OSH", "en")
    assert untouched("increase in GH levels noted", "GH", "en")


def test_hospital_acronym_spreads_within_the_note() -> None:
    text = "Transferred from GH yesterday. Blood cultures from GH pending."
    spans = [s for s in detect(text, language="en") if s.text == "GH"]
    assert len(spans) == 2


def test_places_after_relation_home_and_state_cues() -> None:
    assert covered("Son from Glenharrow called last night.", "Glenharrow", "en")
    assert covered("Has a bakery in Ashcombe. Speaks Italian.", "Ashcombe", "en")
    assert covered("FOUND IN HIS HOME IN OAKRIDGE FALLS BY EMS", "OAKRIDGE FALLS", "en")
    assert covered("niece Ada from Lower Brambly, MD, called.", "Lower Brambly", "en")
    assert untouched("WIFE STILL IN DENIAL ABOUT PROGNOSIS", "DENIAL", "en")
    assert untouched("Lung sounds dim in Bases bilat, CT system working.", "Bases", "en")
    assert untouched("Family in visiting all day.", "visiting", "en")
    assert untouched("Daughter speaks in Spanish with him.", "Spanish", "en")


def test_wards_and_single_word_transfer_targets() -> None:
    assert covered("Transferred to Wexcombe. Doing well.", "Wexcombe", "en")
    assert covered("CODE CALLED ON THORNBURY 6; PT INTUBATED.", "THORNBURY", "en")
    assert covered("pt to thornbury 3 this am", "thornbury", "en")
    assert covered("UNRESPONSIVE ON THORNBURY 6. CODE CALLED.", "THORNBURY", "en")
    assert untouched("Transferred to Medicine. Doing well.", "Medicine", "en")
    assert untouched("transferred to Neurosurgery today", "Neurosurgery", "en")
    assert untouched("Started on Propofol 2.5 mcg/kg.", "Propofol", "en")
    assert untouched("Started on Lasix 20 mg.", "Lasix", "en")


def test_date_ranges_weekdays_ordinals_and_glued_dates() -> None:
    assert covered("intubated 6/30-7/2 for CHF", "6/30-7/2", "en")
    assert covered("cultures from 10/15 - 10/16 negative", "10/15 - 10/16", "en")
    assert covered("Seen Monday 5/5 in clinic", "5/5", "en")
    assert covered("Follow-up on the 23rd.", "23rd", "en")
    assert untouched("Give the 2nd dose tonight.", "2nd", "en")
    assert covered("s/p pelvic fx4/97, right arm", "4/97", "en")
    assert untouched("BP 120/80-130/85 overnight", "120/80", "en")


def test_facility_town_and_lower_case_facilities() -> None:
    assert covered("Seen at Mercy Medical Center in Dunmore Heights.", "Dunmore Heights", "en")
    assert covered("he works at aldwick memorial. pt", "aldwick memorial", "en")
    assert covered("transferred from er pellston campus. stable", "pellston", "en")
    assert untouched("poor mental health today", "mental", "en")
    assert untouched("in the hospital today, back to rehab", "the", "en")


def test_town_before_state_and_zip() -> None:
    text = "He lives at 12 Birch Road, Harwick Falls, MD 21201."
    assert covered(text, "Harwick Falls", "en")
    assert covered(text, "21201", "en")
