"""More anonymiser rules, per identifier type, in French and English, adversarial forms included.

Each identifier test has a twin proving that the clinical words around it survive. The names,
places and numbers are invented for these tests.
"""

from __future__ import annotations

import pytest

from cases.anonymiser import Label, detect, nir_key


def labels(text: str, language: str | None = None) -> dict[str, str]:
    """Detected text -> label."""
    return {s.text: str(s.label) for s in detect(text, language=language)}


def covered(text: str, fragment: str, language: str | None = None) -> bool:
    """Is every non-space character of ``fragment`` inside a detected span?"""
    start = text.index(fragment)
    spans = detect(text, language=language)
    return all(
        any(s.start <= i < s.end for s in spans)
        for i in range(start, start + len(fragment))
        if not text[i].isspace()
    )


def untouched(text: str, fragment: str, language: str | None = None) -> bool:
    start = text.index(fragment)
    end = start + len(fragment)
    return not any(s.start < end and start < s.end for s in detect(text, language=language))


# --------------------------------------------------------------------------- phones and numbers


@pytest.mark.parametrize(
    "text",
    [
        "soc: wife (Irene Watts, 301442-9876) in to see pt",
        "Rappeler le fils au 06.71.23.45.98 ou au +33 (0)6 11 22 33 44.",
        "Tél. portable 06-12-34-56-78, fixe 0298441267.",
        "Call back 617.555.0123 or cell 857-555-0100 x204.",
    ],
)
def test_phone_formats(text: str) -> None:
    phones = [s for s in detect(text) if s.label == Label.PHONE]
    assert phones, detect(text)
    for s in phones:
        assert any(ch.isdigit() for ch in s.text)


def test_glued_phone_needs_a_separator() -> None:
    assert labels("wife (Irene Watts, 301442-9876)")["301442-9876"] == "PHONE"
    # A bare 10-digit run is a number, not a phone shape of its own.
    assert "PHONE" not in labels("Lot 3014429876 utilisé.").values()


def test_nir_glued_to_its_keyword_and_written_with_dots() -> None:
    body = "2840575114023"
    nir = f"{body}{nir_key(body):02d}"
    assert labels(f"NIR{nir} transmis.", "fr")[nir] == "NIR"
    dotted = ".".join([nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13], nir[13:]])
    assert labels(f"N° sécu {dotted}, mutuelle MGEN.", "fr")[dotted] == "NIR"


def test_social_security_numbers() -> None:
    assert labels("SSN 123-45-6789, MRN 4455667.", "en")["123-45-6789"] == "OTHER_ID"
    assert covered("pt's social security number: 078-05-1120.", "078-05-1120", "en")


def test_record_number_after_plain_dossier() -> None:
    assert covered("DUPUIS Gérard — Dossier 45-88-123", "45-88-123", "fr")
    assert untouched("Dossier complet, revu en staff.", "complet", "fr")


# --------------------------------------------------------------------------- dates and ages


def test_written_first_day_of_month() -> None:
    text = "Née le premier mars 1939 ; vue le 1er avril."
    assert covered(text, "premier mars", "fr")
    assert covered(text, "1er avril", "fr")


def test_day_month_after_a_sentence_end_but_not_after_a_decimal() -> None:
    assert covered("Did well, transferred to Ward B.8/31. Readmitted 9/3.", "8/31", "en")
    assert untouched("remains ac mode 600x12x.7/5 peep", "7/5", "en")
    assert untouched("PA 32/15, wedge 0.8/12 today", "0.8/12", "en")


def test_age_over_89_before_a_full_stop() -> None:
    assert labels("MRN 00123456. DOB 04/12/1930. Age 94.", "en")["94"] == "AGE"
    assert untouched("Age 74. Lives alone.", "74", "en")


def test_years_dating_the_patients_history_are_flagged() -> None:
    # A year alone may stay under Safe Harbor, but the year of a given operation plus the age
    # narrows the patient down: the gate flags it and suggests the decade.
    text = "PMH: CABG '79, MI 2008, TURP in 1993, prostate CA'88. Crohn depuis 2015."
    assert [s.text for s in detect(text)] == ["'79", "2008", "1993", "'88", "2015"]
    assert [s.text for s in detect("Hypertension since 1998, s/p resection 1977.")] == [
        "1998",
        "1977",
    ]


def test_two_digit_numbers_and_orientation_years() -> None:
    assert detect("EF 50%, K 4.2, CKD 3, 5'10\" tall, gave 'PRN' meds.") == []
    assert "2019" in [s.text for s in detect("I know I'm in GH and its 2019.")]


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("UOP DROPPED WITH LOW PAPS, K JOHNSON ORDERED EPI DRIP.", "K JOHNSON"),
        ("PLAN INCLUDES CT...MARK HOLLOWAY (RESIDENT) WORKING ON THIS.", "MARK HOLLOWAY"),
        ("Avis pris auprès de Anne Roux (interne) ce matin.", "Anne Roux"),
        ("pedal pulses by doppler. helen brody aware.", "helen brody"),
        ("pressors weaned per diane porter) to keep map > 65", "diane porter"),
        ("maria gonzalez is a 68 yo woman admitted for sepsis.", "maria gonzalez"),
        ("Jeanne Martin, 84 ans, est adressée pour chute.", "Jeanne Martin"),
        ("MS: UNCHANGED. MRS LIM HERE AND UPSET ABOUT THE PLAN.", "LIM"),
        ("SOCIAL-son Bernard notified of the change.", "Bernard"),
        ("Madame Josiane QUÉRÉ épouse LE GOFF", "LE GOFF"),
        ("DATE DE NAISSANCE : 03/06/1944  NOM : LE GALL  PRENOM : YVES", "LE GALL"),
    ],
)
def test_more_name_forms(text: str, name: str) -> None:
    assert covered(text, name), detect(text)


def test_lower_case_surname_after_a_given_name_and_a_verb() -> None:
    text = "his wife, Susan harper is here and many family members called."
    assert covered(text, "Susan harper", "en")
    assert untouched(text, "here", "en")


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Mme B., 72 ans, aide-soignante retraitée.", "B."),
        ("M. A. K., 34 ans, originaire du Mali.", "A. K."),
    ],
)
def test_title_with_initials_only(text: str, initials: str) -> None:
    assert covered(text, initials, "fr"), detect(text, language="fr")


@pytest.mark.parametrize(
    "text",
    [
        "epidural rate increased, now at 10cc/hr which is max rate ordered by pain service.",
        "Good pedal pulses. Ted stockings on. BILATERAL TED HOSE IN PLACE.",
        "MAE. Pearl. Follows commands.",
        "A SHARP PAIN NOTED, MD AWARE.",
        "Signe de Murphy positif, maladie de Parkinson, syndrome de Guillain-Barré.",
    ],
)
def test_ordinary_words_near_name_cues_stay(text: str) -> None:
    assert not [s for s in detect(text) if s.label == Label.NAME], detect(text)


# --------------------------------------------------------------------------- places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("WEAKNESS AND WENT TO HOLY CROSS WITH FEVER OF 103.", "HOLY CROSS"),
        ("70y/o female transferred from sacred heart hosp this afternoon", "sacred heart"),
        ("Pt admitted to U Maryland ER w/ ant ST elevations.", "U Maryland"),
        ("PT WAS TRANSFERED TO THE ZELKOVA CAMPUS FOR GI STUDIES.", "ZELKOVA"),
        ("increase activity as tolerated \nc/o to brightwater if stable.", "brightwater"),
        ("pt transferred to 312 brightwater.", "brightwater"),
        ("CONVERSATION WITH PT'S SON IN GREENVILLE, THE DECISION WAS MADE", "GREENVILLE"),
        ("social: lives alone in white marsh, daughter lives close by", "white marsh"),
        ("daughter returned to new haven today, back tomorrow", "new haven"),
        ('asked where he was, he said "at john miller\'s house."', "john miller"),
        ("SCREENED BY BALTIMORE REHAB AND FAIRHAVEN. MAY BE TRANSFERED", "FAIRHAVEN"),
        ("Patient de 45 ans, agriculteur à Carhaix.", "Carhaix"),
        ("Sortie au domicile à Ploudalmézeau avec HAD.", "Ploudalmézeau"),
        ("Son fils vit à Boulogne-sur-Mer depuis 2010.", "Boulogne-sur-Mer"),
        ("Vue au domicile, 12 allée des Chênes, Pont-l'Abbé.", "Pont-l'Abbé"),
        ("Prise en charge au CHU Pontchaillou demandée.", "Pontchaillou"),
    ],
)
def test_more_place_forms(text: str, place: str) -> None:
    assert covered(text, place), detect(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Relais, passage à Eliquis 5 mg matin et soir.", "Eliquis"),
        ("Échelle de Hamilton à 24, dissection type A de Stanford.", "Hamilton"),
        ("Maladie de Dupuytren stade 2 main droite.", "Dupuytren"),
        ("Bilan à Noël, examen à Jeun.", "Noël"),
        ("Called out to Medicine, then transferred to telemetry.", "Medicine"),
        ("Plan: c/o to floor when stable, transferred to stepdown.", "stepdown"),
        ("NO SIGN ACUTE BLEED. TO RECEIVE 2 MORE UNITS THIS AM.", "RECEIVE"),
        ("Lives in Maryland with his wife, moved from Florida.", "Maryland"),
        ("Data taken from Report of the day, transferred to Neurology.", "Report"),
        ("fracture de Pouteau-Colles, maladie de Charcot-Marie-Tooth", "Charcot-Marie-Tooth"),
    ],
)
def test_clinical_words_after_place_cues_stay(text: str, kept: str) -> None:
    assert untouched(text, kept), detect(text)


def test_capital_place_word_spreads_to_its_glued_form() -> None:
    text = "TRANSFERED TO KILDEMORE 3 POST PROCEDURE. KILDEMORE3 DEVELOPED CP."
    glued = text.index("KILDEMORE3")
    assert any(s.start <= glued and s.end >= glued + 9 for s in detect(text, language="en"))


# --------------------------------------------------------------------------- whole snippets

# (text, identifiers that must be covered): letters, headers, transmissions and notes written in
# the styles met in practice; the rest of each text must stay readable.
SNIPPETS_FR = [
    (
        "CENTRE HOSPITALIER DE MORLAIX\nService de Médecine Polyvalente\n"
        "Dr Françoise LE ROUX - Dr Alain PAUGAM\nSecrétariat : 02 98 62 61 60",
        ["MORLAIX", "Françoise LE ROUX", "Alain PAUGAM", "02 98 62 61 60"],
    ),
    (
        "Morlaix, le 12 octobre 2023\n\nCher confrère,\n\nJ'ai vu en consultation "
        "Mme CORRE Annick, née le 21/09/1948.",
        ["Morlaix", "12 octobre", "CORRE Annick", "21/09/1948"],
    ),
    ("Objet : M. HUET Philippe - IPP : 00458712", ["HUET Philippe", "00458712"]),
    (
        "Elle a été vue par le Dr Quéméner aux urgences de Landerneau le 02/01.",
        ["Quéméner", "Landerneau", "02/01"],
    ),
    ("Conclusion : patient de 93 ans, polypathologique.", ["93 ans"]),
    (
        "Copie : Dr KERDRAON, médecin traitant, 7 rue de Siam, 29200 BREST",
        ["KERDRAON", "7 rue de Siam", "29200", "BREST"],
    ),
    (
        "Vu avec l'interne, Dr Mathilde Guivarc'h, et le chef de clinique, Dr Nicolas Abgrall.",
        ["Mathilde Guivarc'h", "Nicolas Abgrall"],
    ),
    ("Adresse mail de la fille : c.lebras29@gmail.com", ["c.lebras29@gmail.com"]),
    (
        "Hospitalisation du 14/02/2022 au 28/02/2022 au CHIC de Quimper.",
        ["14/02/2022", "28/02/2022", "CHIC de Quimper"],
    ),
    (
        "La famille (fils : Erwan, tél 06 98 76 54 32) est informée.",
        ["Erwan", "06 98 76 54 32"],
    ),
    ("Suivi au CMP de Landivisiau par Mme Le Roy, psychologue.", ["Landivisiau", "Le Roy"]),
    ("Patient habitant Saint-Renan, marié, 2 enfants.", ["Saint-Renan"]),
    (
        "Ce jour, Monsieur se plaint de douleurs. Son épouse, Marie-Annick, confirme.",
        ["Marie-Annick"],
    ),
    ("Rédigé par : Dr Y. Le Saux, le 05/05/2024 à 14h32.", ["Y. Le Saux", "05/05/2024"]),
    ("Lundi 3 juin : passage du kiné (M. Tanguy).", ["Lundi 3 juin", "Tanguy"]),
    (
        "Mr Pellegrin, 91 ans, vit en EHPAD à Plougastel-Daoulas.",
        ["Pellegrin", "91 ans", "Plougastel-Daoulas"],
    ),
    (
        "Pr BERTRAND Jean-Michel, chef de service, CHU Pellegrin Bordeaux.",
        ["BERTRAND Jean-Michel", "Pellegrin", "Bordeaux"],
    ),
    (
        "Lettre à Madame le Docteur Catherine Halgand, 3 place de la République, 29200 Brest.",
        ["Catherine Halgand", "3 place de la République", "29200", "Brest"],
    ),
    ("Patiente de quatre-vingt-quatorze ans, veuve.", ["quatre-vingt-quatorze ans"]),
]
SNIPPETS_EN = [
    (
        "Dear Dr. Patel,\nThank you for referring Mr. Anthony Russo (DOB 7/22/1941) to our clinic.",
        ["Patel", "Anthony Russo", "7/22/1941"],
    ),
    (
        "MEDICINE ADMISSION NOTE - Boston Medical Center\nAttending: Dr. Susan Whitfield",
        ["Boston", "Susan Whitfield"],
    ),
    (
        "Pt is a 58 yo M with hx of CAD s/p CABG (2010) who presents from Quincy.",
        ["2010", "Quincy"],
    ),
    ("Spoke with pt's niece, Tanya, who is the HCP.", ["Tanya"]),
    ("Labs drawn at 0600. Seen with Dr. Ng and NP Lopez.", ["Ng", "Lopez"]),
    (
        "Admitted 10/14, discharged 10/20/2019 to Hebrew Rehab.",
        ["10/14", "10/20/2019", "Hebrew"],
    ),
    ("Contacted son Michael at 781-555-0142; he will come tomorrow.", ["Michael", "781-555-0142"]),
    ("Pt from Nigeria, lives in Dorchester with family.", ["Dorchester"]),
    ("Case discussed with radiology (Dr. Feldman) - no PE.", ["Feldman"]),
    (
        "Mrs. O'Sullivan-Price was seen with her son Declan on 12 March 2022.",
        ["O'Sullivan-Price", "Declan", "12 March 2022"],
    ),
    (
        "Pt seen by Ortho (Dr. K. Brennan) and Neuro (Dr. Alvarez-Ruiz).",
        ["K. Brennan", "Alvarez-Ruiz"],
    ),
    ("A ninety-two year old woman from Glen Burnie.", ["ninety-two year old", "Glen Burnie"]),
]


def _check_snippet(text: str, expected: list[str], language: str) -> None:
    spans = detect(text, language=language)
    for fragment in expected:
        assert covered(text, fragment, language), (fragment, spans)
    wanted = set()
    for fragment in expected:
        start = text.index(fragment)
        wanted.update(range(start, start + len(fragment)))
    extra = [s.text for s in spans if not any(i in wanted for i in range(s.start, s.end))]
    assert not extra, extra


@pytest.mark.parametrize(("text", "expected"), SNIPPETS_FR)
def test_french_snippets(text: str, expected: list[str]) -> None:
    _check_snippet(text, expected, "fr")


@pytest.mark.parametrize(("text", "expected"), SNIPPETS_EN)
def test_english_snippets(text: str, expected: list[str]) -> None:
    _check_snippet(text, expected, "en")


NEGATIVES = [
    "Patient transféré en réanimation puis en cardiologie. Relais à Kardégic 75 mg.",
    "Passage à Eliquis 5 mg matin et soir, arrêt du Previscan.",
    "Maladie de Crohn iléale, spondylarthrite, syndrome de Gougerot-Sjögren.",
    "Score de Glasgow à 13, score NIHSS à 8, score de Wells à 4, CHA2DS2-VASc à 3.",
    "J3 post-opératoire, H48 de l'admission, à J+5 de l'antibiothérapie.",
    "Douleur EVA 6/10 à l'effort, TA 135/85 mmHg, FC 92/min.",
    "Hernie de Spiegel, tumeur de Klatskin, fracture de Pouteau-Colles, maladie de Horton.",
    "Lymphome de Hodgkin stade IIA, réponse métabolique complète (Deauville 2).",
    "Sonde urinaire remplacée par un étui pénien ; cathéter de Quinton posé.",
    "Hx Crohn's disease, Graves disease, Addison's disease, Cushing's syndrome, Bell's palsy.",
    "Murphy's sign negative, Homans sign negative, Kernig's negative, Brudzinski negative.",
    "On Lasix 40 mg IV bid, Coumadin 5 mg, Lipitor 80 mg, Plavix 75 mg.",
    "GU: CONDOM CATH IN PLACE. R. FEMORAL QUINTON CATHETER PLACED THIS AM.",
    "Vent settings: AC 500x14, PEEP 5, FiO2 40%. PS 10/5. Day 8 of vancomycin. POD 3.",
    "Slough noted in the wound bed. Swan-Ganz catheter, Whipple procedure, Nissen fundoplication.",
    "Moved to stepdown. Transferred to telemetry. Transferred to Neurology.",
    "Shifted from S to S. Emotional support given to family.",
    "a fifty-two year old man, hypertension for 20 years, diabetes since childhood.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_clinical_text_without_identifiers_is_left_alone(text: str) -> None:
    assert detect(text) == [], detect(text)


# --------------------------------------------------------------------------- position-only cues
# Names and places absent from every word list, recognised from where they stand.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cher Thomar,\nPeux-tu voir Mme X en consultation ?", "Thomar"),
        ("Les images arrivent sur le PACS. Bises, Quenvelsa", "Quenvelsa"),
        ("Je suis au bip jusqu'à 18h. Merci ! Enaolatar", "Enaolatar"),
        ("Dear Anwen,\nplease see the attached ECG.", "Anwen"),
        ("CONTACT PERSON BRAQUEN SAKELVEL (135-442-9738). BROTHER ALSO CALLED.", "SAKELVEL"),
        ("SOCIAL: LIVES ALONE. SON NDOKEL 285-482-5518 AND ANOTHER SON.", "NDOKEL"),
        ("skin intact, no precautions.\n\nzengalbra velmu, rn\n", "zengalbra velmu"),
        ("Informed of transfer from CSRU to CCU by Marenatar Marndo, NP. \n", "Marenatar Marndo"),
        ("Social: Kelgallio Enamu MD spoke with pt's daughter.", "Kelgallio Enamu"),
        ("Also, I spoke with Zensamu Zenovuquen, who will meet with family.", "Zensamu Zenovuquen"),
        ("Pt hypertensive after extubation. Thoriva Enakel contacted again.", "Thoriva Enakel"),
        ("social - no visitors. wife, ndoolatar, left phone number for MD.", "ndoolatar"),
        ('family taking shifts to stay with him.  daughter "istrin" at bedside.', "istrin"),
        ("social:  daughters marbra and enathosa in to visit today.", "enathosa"),
        ("possible plan to extubate tomorrow. s. muola rrt\n", "muola"),
        ("ci<2.0. tarveldor velper np aware. 1u prbc given.", "tarveldor velper"),
        ("CXR DONE. IV NURSE TARTARBRA TARQUENMU CALLED AND SAID OK.", "TARTARBRA TARQUENMU"),
    ],
)
def test_names_recognised_from_their_position(text: str, name: str) -> None:
    language = "fr" if "Cher" in text or "Bises" in text or "Merci" in text else "en"
    assert covered(text, name, language), detect(text, language=language)


@pytest.mark.parametrize(
    "text",
    [
        "Cher confrère,\nJe vous adresse ce patient.",
        "Dear colleague,\nplease see the attached ECG.",
        "Merci de votre aide.\nLe service de cardiologie",
        "family meeting today w/ wife, son and grandson, neurologist, pcp.",
        "ATCD familiaux : père décédé d'un IDM à 62 ans, mère diabétique, sœur suivie.",
        "Angioscanner : EP segmentaire. Tinzaparine 175 UI/kg/j.",
        "Sbp responded quickly to fluids. \n Scheduled Xanax ordered to help control anxiety.",
        "Bp stable. Large drainage from \npleural tube, md aware, hct stable.",
        "Seen with Physical Therapy. Discussed with Tumor Board. Referred to Infectious Disease.",
        "Wound care done. chest tube, md aware. pleural drain np aware.",
        "IV NURSE IN TO PLACE LINE. PICC TEAM CALLED.",
    ],
)
def test_position_rules_leave_ordinary_words(text: str) -> None:
    assert not [s for s in detect(text) if s.label == Label.NAME], detect(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("PT ADMITTED FROM OVUOVULIO OF BRALIOSA MEDICAL YESTERDAY", "OVUOVULIO OF BRALIOSA"),
        ("Pt recieved from istvel of ndoistbra hospital. pt is alert", "istvel of ndoistbra"),
        ("DAUGHTER IS ATTEMPTING TO FLY FROM PERENA IN NEXT COUPLE OF DAYS.", "PERENA"),
        ("daughter is flying in tomorrow from Muper.", "Muper"),
        ("NON-Q WAVE MI AND TRANSFERRED TO ZENNDOMU ICU. AT 2A", "ZENNDOMU"),
        ("PT EVALUATED AND SCREENED BY GALVEL REHAB AND TARKEL. PT MAY BE", "GALVEL"),
        ("PT EVALUATED AND SCREENED BY GALVEL REHAB AND TARKEL. PT MAY BE", "TARKEL"),
        ("pt rec'd lasix and sl ntg enroute to gh er. pt req intubation", "gh"),
        ("Seen in the MGH ED yesterday for chest pain.", "MGH"),
    ],
)
def test_places_recognised_from_their_position(text: str, place: str) -> None:
    assert covered(text, place, "en"), detect(text, language="en")


@pytest.mark.parametrize(
    "text",
    [
        "PT WILL REQUIRE REHAB. PRESENT MEDICAL TX CONTINUED.",
        "TRANSFERRED TO MICU. SENT TO THE ER.",
        "OSH ER gave lasix. With ER staff.",
        "Family coming from the floor to visit.",
    ],
)
def test_position_place_rules_leave_units_and_services(text: str) -> None:
    assert detect(text, language="en") == [], detect(text, language="en")


# --------------------------------------------------------------------------- date and phone edges


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("heroin and etoh last used in may 15' per pt", "may 15"),
        ("At PMD 8/5 wbc low, and pt. started on neupogen", "8/5"),
        ("SUBSEQUENTLY INTUBATED. BC FROM 3-5 GREW STAPH.", "3-5"),
        ("wean off vent, family meeting 052647", "052647"),
        ("Consultation du 03/04. Mme X vue seule.", "03/04"),
    ],
)
def test_dates_with_a_weak_but_sufficient_cue(text: str, date: str) -> None:
    assert [s.text for s in detect(text, language="en") if s.label is Label.DATE] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "PEEP from 3-5 today, rate increased from 16-20.",
        "may 15 mg be given? 3/4 of the dose, 1/2 NS.",
        "PS 8/5 on the vent, CPAP 10/5 overnight.",
        "WBC 120000, platelets 250000, 150000 units of heparin.",
    ],
)
def test_lookalikes_of_those_dates_stay(text: str) -> None:
    assert [s.text for s in detect(text, language="en") if s.label is Label.DATE] == []


def test_phone_alone_in_brackets_goes_with_them_and_line_final_stop() -> None:
    text = "Daughter called (201-223-4567) and was updated.\nCall family at 410-555-9876.\nOK"
    assert [s.text for s in detect(text, language="en") if s.label is Label.PHONE] == [
        "(201-223-4567)",
        "410-555-9876.",
    ]
    # A sentence's own brackets and a full stop mid-line stay in the text.
    text = "Son (Rob, 410-555-9876) aware. Tel 06 12 34 56 78. Seen."
    assert [s.text for s in detect(text) if s.label is Label.PHONE] == [
        "410-555-9876",
        "06 12 34 56 78",
    ]


# --------------------------------------------------------------------------- generality probe
# Causes found with tests/cases/data/deid_probe.jsonl (styles absent from the FR/EN sets).


def _found(text: str, label: Label, language: str | None = None) -> list[str]:
    return [s.text for s in detect(text, language=language) if s.label is label]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Endoscopiste : Dr M.-C. Jourdan. Préparation bonne.", "M.-C. Jourdan"),
        ("Dr J.-M. D. : avis demandé pour la chambre 215.", "J.-M. D."),
        ("Compte rendu rédigé par J.-M. Dupont hier.", "J.-M. Dupont"),
    ],
)
def test_hyphenated_initials(text: str, name: str) -> None:
    assert _found(text, Label.NAME) == [name]


def test_double_particle_surnames_but_not_a_clinic_after_a_name() -> None:
    assert _found("Opérateur : Pr Benoît de La Roche. Aide.", Label.NAME) == ["Benoît de La Roche"]
    assert _found("vu par le Dr Jan van der Berg hier", Label.NAME) == ["Jan van der Berg"]
    text = "adressé par le Dr. Nguyen de la Clinique du Parc à Lyon"
    assert _found(text, Label.NAME) == ["Nguyen"]
    assert _found(text, Label.ESTABLISHMENT) == ["Clinique du Parc"]


def test_keyed_ids_with_an_owner_phrase_or_elided_de() -> None:
    assert _found("FINESS de l'établissement : 330781196.", Label.FINESS) == ["330781196"]
    assert _found("RPPS du prescripteur : 10003456786", Label.RPPS) == ["10003456786"]
    assert _found("N° d'ordonnance ORD-784512. Kiné.", Label.RECORD_ID) == ["ORD-784512"]


def test_french_day_alone_after_an_article() -> None:
    text = "Le 3, pic fébrile. Transfusion le 7. Sortie prévue le 11. Absent du 15 au 30 août."
    assert _found(text, Label.DATE, "fr") == ["3", "7", "11", "15", "30 août"]
    # Relative days, quantities and ranges of units stay.
    text = "Arrêt à J-2, reprise à J3. Débit passé du 2 au 4 L/min. Le 3e épisode."
    assert _found(text, Label.DATE, "fr") == []


def test_day_month_abbreviation_year_joined() -> None:
    assert _found("CXR 14-Mar-2023: no acute process.", Label.DATE, "en") == ["14-Mar-2023"]
    assert _found("Scanner du 03/janv/24 normal.", Label.DATE, "fr") == ["03/janv/24"]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Please contact the ward on 0161 496 0732 today.", "0161 496 0732"),
        ("Call 020 7946 0958 if concerned.", "020 7946 0958"),
        ("Called daughter on 07700 900123.", "07700 900123"),
        ("Preferred contact is text to +44 7911 123456.", "+44 7911 123456"),
        ("Any concern: bleep 2245.", "2245"),
    ],
)
def test_british_phone_numbers_and_bleeps(text: str, phone: str) -> None:
    assert _found(text, Label.PHONE, "en") == [phone]


def test_clock_times_are_not_phones() -> None:
    text = "Wife called at 0230, reassured. Meds given 0600 0800 1000."
    assert _found(text, Label.PHONE, "en") == []


def test_murmur_grade_is_not_a_date() -> None:
    assert _found("Souffle systolique 3/6 au foyer aortique.", Label.DATE, "fr") == []
    assert _found("2/6 systolic murmur at the apex.", Label.DATE, "en") == []
    assert _found("Revu le 3/6 en consultation.", Label.DATE, "fr") == ["3/6"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("HPI: Jamal Washington is a 58 yo M with HTN.", "Jamal Washington"),
        ("Clinic letter: I reviewed Harpreet Singh today.", "Harpreet Singh"),
        ("Nursing note: Pt Gonzalez restless overnight.", "Gonzalez"),
        ("MRN: 123 | Name: WILLIAMS, Brenda | DOB: unknown", "WILLIAMS, Brenda"),
    ],
)
def test_english_name_contexts(text: str, name: str) -> None:
    assert _found(text, Label.NAME, "en") == [name]


def test_french_establishment_heads() -> None:
    text = "Accouchement à la Maternité Port-Royal. IRM au Centre d'imagerie du Parc."
    assert _found(text, Label.ESTABLISHMENT, "fr") == [
        "Maternité Port-Royal",
        "Centre d'imagerie du Parc",
    ]
    assert _found("Biologiste : laboratoire Cerballiance Vannes.", Label.ESTABLISHMENT) == [
        "laboratoire Cerballiance Vannes"
    ]


def test_specialty_clinics_are_not_places_and_plural_saint_is() -> None:
    text = "Seen in the Antenatal Clinic. Follow up in heart failure clinic in 2 weeks."
    assert _found(text, Label.ESTABLISHMENT, "en") == []
    assert _found("Admitted to St Thomas' Hospital today.", Label.ESTABLISHMENT, "en") == [
        "St Thomas' Hospital"
    ]


def test_towns_before_uk_postcodes_and_after_lives_with() -> None:
    text = "Address: 42 Barton Road, Cambridge CB3 9LH."
    assert _found(text, Label.CITY, "en") == ["Cambridge"]
    assert _found("Lives with partner in Brooklyn, bus driver.", Label.CITY, "en") == ["Brooklyn"]
    assert _found("Il vit avec son épouse à Lannion.", Label.CITY, "fr") == ["Lannion"]


# --------------------------------------------------------------------------- years: review cases


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Antécédents :\n- 2008 : pontage coronarien\n- 2015 : AVC", ["2008", "2015"]),
        ("Accouchements en 2010 et 2013. HTA connue 2005.", ["2010", "2013", "2005"]),
        ("Surgery in 1998, 2003 and 2011.", ["1998", "2003", "2011"]),
        ("CABGx4 '79, '09 PTCA to LCX, prostate CA'88, mi in '08", ["'79", "'09", "'88", "'08"]),
    ],
)
def test_history_years_in_lists_and_timelines(text: str, years: list[str]) -> None:
    assert [s.text for s in detect(text) if s.label is Label.DATE] == years


@pytest.mark.parametrize(
    "text",
    [
        "He said '10 more minutes' and 'OK'.",
        "Vit D stopped 2000 IU; ca. 2000 patients in the cohort.",
        "Lasix at 2000 and 2030, NTG 1900-2100.",
        "Plaquettes à 101000, WBC 120300 cells, Lab ref 101010.",
    ],
)
def test_quotes_doses_clock_times_and_counts_are_not_years(text: str) -> None:
    assert [s.text for s in detect(text) if s.label is Label.DATE] == []


# --------------------------------------------------------------------------- second probe causes


@pytest.mark.parametrize(
    ("text", "postcode"),
    [
        ("Adresse : Quartier Bellevue, 97200 Fort-de-France.", "97200"),
        ("Assuré domicilié 45 chemin Bœuf Mort, 97410 Saint-Pierre.", "97410"),
        ("Sorti vers le domicile à Saint-Denis (97400).", "97400"),
        ("Amené par les pompiers de Pointe-à-Pitre (97110) pour malaise.", "97110"),
    ],
)
def test_overseas_postcodes_and_postcode_in_brackets(text: str, postcode: str) -> None:
    assert labels(text).get(postcode) == "POSTCODE"


def test_number_in_brackets_after_a_drug_is_not_a_postcode() -> None:
    assert labels("Héparine (25000) en IVSE.") == {}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Accouchement voie basse le lundi 4 à 3h12, garçon 3450 g.", "lundi 4"),
        ("Consultation du vendredi 19. Résultats normaux.", "vendredi 19"),
        ("Prochain RDV : le 12 à 10h15 avec la diététicienne.", "12"),
    ],
)
def test_french_weekday_and_bare_day(text: str, day: str) -> None:
    assert labels(text).get(day) == "DATE"


@pytest.mark.parametrize("text", ["Staff le lundi 8h en salle 2.", "Le lundi 3 patients sortent."])
def test_weekday_before_hours_or_counts_is_not_a_date(text: str) -> None:
    assert "DATE" not in labels(text).values()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("IDEL Sophie Tanguy signale une plaie du talon.", "Sophie Tanguy"),
        ("Équipe : IADE Laurent, IBODE Nathalie.", "Laurent"),
        ("Yours sincerely,\nDr Fiona McLeod MBChB MRCGP\n", "Fiona McLeod"),
    ],
)
def test_role_acronyms_and_degrees_stay_outside_names(text: str, name: str) -> None:
    assert labels(text).get(name) == "NAME"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Signed: Katherine L. Brennan, NP-C.", "Katherine L. Brennan"),
        ("Dr. W. H. Grant paged re: hypotension at 0215.", "W. H. Grant"),
    ],
)
def test_middle_and_double_initials(text: str, name: str) -> None:
    assert covered(text, name) and labels(text).get(name) == "NAME"


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Mme Germaine Vasseur, nonagénaire, vit seule.", "nonagénaire"),
        ("Évaluation gériatrique d'un patient centenaire autonome.", "centenaire"),
        ("A nonagenarian with hip fracture.", "nonagenarian"),
    ],
)
def test_age_nouns_over_89(text: str, age: str) -> None:
    assert labels(text).get(age) == "AGE"


def test_age_noun_after_exact_age_is_left() -> None:
    assert labels("Mme Weiss, 102 ans, centenaire en bonne santé.") == {
        "Weiss": "NAME",
        "102 ans": "AGE",
    }


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("IPP 0045123987 – Séjour 24118765. Motif : cholécystite.", "24118765", "RECORD_ID"),
        ("Patient n° 2024-00781, hospitalisé.", "2024-00781", "RECORD_ID"),
        ("FINESS établissement : 750712184.", "750712184", "FINESS"),
        ("SSN 123-45-6789, insurance ID XWB884512337.", "XWB884512337", "OTHER_ID"),
    ],
)
def test_more_keyed_identifiers(text: str, value: str, label: str) -> None:
    assert labels(text).get(value) == label


def test_stay_length_is_not_an_identifier() -> None:
    assert labels("Séjour de 12 jours, séjour 2024 sans incident.") == {}


@pytest.mark.parametrize(
    ("text", "place", "label"),
    [
        (
            "Délivrance : Pharmacie du Marché, 27 rue Nationale.",
            "Pharmacie du Marché",
            "ESTABLISHMENT",
        ),
        ("Hébergé au CHRS La Passerelle depuis un mois.", "CHRS La Passerelle", "ESTABLISHMENT"),
        ("14 avenue Yves Thépot, BP 1757, 29107 Quimper CEDEX.", "BP 1757", "ADDRESS"),
        ("Adresse : Quartier Bellevue, 97200 Fort-de-France.", "Quartier Bellevue", "ADDRESS"),
    ],
)
def test_pharmacies_shelters_postal_boxes_and_quarters(text: str, place: str, label: str) -> None:
    assert labels(text).get(place) == label


def test_blood_pressure_is_not_a_postal_box() -> None:
    assert labels("BP 130 80 mmHg, HR 88.", language="en") == {}


def test_name_stops_before_de_and_a_known_town() -> None:
    text = "Adressée par son médecin traitant le docteur Lambert de Quimper pour chutes."
    assert labels(text) == {"Lambert": "NAME", "Quimper": "CITY"}
    assert labels("Pr Benoît de La Roche opère demain.") == {"Benoît de La Roche": "NAME"}


def test_french_range_ending_on_a_numeric_date_and_a_cued_fraction_like_date() -> None:
    assert [s.text for s in detect("Nuit du 21 au 22/09 : agitation.")] == ["21", "22/09"]
    assert [s.text for s in detect("Transferred from the ward on 2/3.", language="en")] == ["2/3"]
    for text in ("du 3 au 5/10 mg", "from 1 to 2.5 mg", "from 2 to 3/4 of dose", "on 1/2 NS"):
        assert [s for s in detect(text) if s.label is Label.DATE] == [], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Patiente : Anne-Sophie DE LA FONTAINE, adressée par son MT.",
            "Anne-Sophie DE LA FONTAINE",
        ),
        ("M. DE LA TOUR est revu ce jour.", "DE LA TOUR"),
    ],
)
def test_particles_in_capitals_stay_in_the_name(text: str, name: str) -> None:
    assert [s.text for s in detect(text) if s.label is Label.NAME] == [name]


def test_a_facility_after_capital_particles_is_not_part_of_the_name() -> None:
    spans = detect("Vu par Dr Martin DE LA CLINIQUE DU PARC.")
    assert [(s.text, str(s.label)) for s in spans] == [
        ("Martin", "NAME"),
        ("CLINIQUE DU PARC", "ESTABLISHMENT"),
    ]


# --------------------------------------------------------------------------- probe 3 causes


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("CR du12/03/2024 : scanner thoracique.", "12/03/2024"),
        ("DDN:12/03/1950, sexe F.", "12/03/1950"),
        ("RDV le 12/03/2024à 10h.", "12/03/2024"),
        ("Prélèvement le 12 / 03 / 2024.", "12 / 03 / 2024"),
        ("Hospitalisé 12/03/2024-15/03/2024.", "15/03/2024"),
        ("Bloc le 12/03/2024-14h.", "12/03/2024"),
        ("Prélevé le 12 03 2024 au domicile.", "12 03 2024"),
        ("Sample taken 2024-03-12T10:00.", "2024-03-12"),
    ],
)
def test_dates_with_a_four_digit_year_glued_spaced_or_joined(text: str, date: str) -> None:
    assert covered(text, date)


def test_dotted_short_date_needs_a_date_cue() -> None:
    assert covered("Né(e) le 4.7.51 – sexe F.", "4.7.51")
    assert covered("Admitted 3.12.24 from home.", "3.12.24", language="en")
    assert [s for s in detect("Logiciel version 3.12.24.") if s.label is Label.DATE] == []


def test_english_month_day_with_a_dash_after_on() -> None:
    assert covered("Seen in clinic on 03-12 for follow-up.", "03-12", language="en")
    for text in ("Weaned on 02-04 L NC.", "Started on 10-12 units."):
        assert [s for s in detect(text, language="en") if s.label is Label.DATE] == [], text


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Tél. : 06/12/34/56/78.", "06/12/34/56/78"),
        ("Fils : (+33) 6 12 34 56 78.", "(+33) 6 12 34 56 78"),
        ("Fils : +33 0 6 12 34 56 78.", "+33 0 6 12 34 56 78"),
        ("Fils : (0)6 12 34 56 78.", "(0)6 12 34 56 78"),
        ("Tél06 12 34 56 78 (domicile).", "06 12 34 56 78"),
        ("Anesthésiste joignable par bip 312 la nuit.", "312"),
        ("Tél 06 12 34 56 78 poste 234.", "234"),
        ("Please page 555-0199 on arrival.", "555-0199"),
    ],
)
def test_phone_forms_slashes_bracketed_prefix_glued_and_short_extensions(
    text: str, phone: str
) -> None:
    assert covered(text, phone)


def test_glued_digits_without_phone_grouping_are_not_a_phone() -> None:
    assert [s for s in detect("Code AB0612345678 du kit.") if s.label is Label.PHONE] == []
    assert [
        s for s in detect("Paged at 1230 for pain.", language="en") if s.label is Label.PHONE
    ] == []


def test_email_with_an_apostrophe_in_the_local_part() -> None:
    assert labels("Mail : marie.o'neil@hospital.ie.") == {"marie.o'neil@hospital.ie": "EMAIL"}


@pytest.mark.parametrize("tail", [" (clé {k})", " - {k}", "/{k}", " clé {k}"])
def test_nir_key_written_apart_from_the_body(tail: str) -> None:
    key = f"{nir_key('1841275123456'):02d}"
    text = "NIR 1 84 12 75 123 456" + tail.format(k=key) + ", assuré."
    assert covered(text, "1 84 12 75 123 456" + tail.format(k=key))
    assert untouched("NIR 1 84 12 75 123 456 - 12 mg", "12 mg")


def test_visual_acuity_and_abroad_are_not_identifiers() -> None:
    assert labels("Fond d'œil normal, acuité visuelle 10/10 ODG.") == {}
    assert labels("Le fils vit à l'étranger, joignable par mail.") == {}
