"""Establishments (hospitals, clinics, care homes) and cities.

French establishments are recognised from their type word ("CHU de Nantes", "clinique du Parc",
"EHPAD Les Tilleuls"); English ones from their generic tail ("Mercy Medical Center", "St. Mary's
Hospital"); hospitals referred to by an abbreviation or a building name are recognised after a
transfer verb ("transferred to GH", "transfer to Quartermain 2"). Cities come from gazetteers,
or from a living/birth context ("vit seule à Quimper", "lives in Towson").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .gazetteers import drugs, english_cities, eponyms, french_cities, norm, stopwords
from .names import _CLINICAL, _EPONYM_CONTEXT, _TITLES
from .patterns import P_CITY, P_ESTAB, Cand
from .spans import Label
from .tokens import Token


def _words(block: str) -> list[str]:
    """Split a block of whitespace-separated words (keeps long word lists compact)."""
    return block.split()


_UP = "A-ZÀ-ÖØ-ÞŒ"
_CAPWORD = rf"[{_UP}][\w'’]*(?:-[\w'’]+)*"
_STOP_CAP = (
    r"(?!(?:Service|Unité|Unite|Pôle|Pole|Département|Departement|Urgences|Bâtiment|Batiment|Tél"
    r"|Tel|Fax|Dr|Pr|Mme|M|Mr|Secrétariat|Consultation|Consultations|Hôpital|Hopital|CS|BP"
    r"|Cedex|CEDEX|Le|La|Les|Du|De|Des|Au|Aux|En|Et|Pour|Avec|Par|Sur|Dans|RDV|Entrée|Sortie"
    r"|Motif|Patient|Patiente|Objet|Date|IPP|NDA|Né|Née)\b)"
)
_LINK = (
    r"(?:(?:de la|de|du|des|la|le|les|sur|en|et|aux|au|lès|Les|Le|La|LES|LE|LA|DE|DU|DES)\s+"
    r"|(?:de l|d|l)['’]\s*)"
)
_HEAD_FR = (
    r"(?:CHU|CHRU|CHR|CHIC|CHI|CHG|CHS|CHD|CHT|CH|CLCC|GHU|GHT|GHPSO|GH|HIA|AP-HP|APHP|AP-HM|APHM"
    r"|HCL|[Hh][ôo]pital|H[ÔO]PITAL|[Hh][ôo]p\.|[Pp]olyclinique|POLYCLINIQUE|[Cc]linique|CLINIQUE"
    r"|[Cc]entre [Hh]ospitalier(?: [Uu]niversitaire| [Rr][ée]gional(?: [Uu]niversitaire)?"
    r"| [Ii]ntercommunal| [Gg][ée]n[ée]ral| [Ss]p[ée]cialis[ée]| [Dd][ée]partemental)?"
    r"|CENTRE HOSPITALIER|[Gg]roupe [Hh]ospitalier|[Gg]roupement [Hh]ospitalier|EHPAD|Ehpad"
    r"|ehpad|SSR|HAD|USLD|[Mm]aison de retraite|[Mm]aison de sant[ée]|MSP|[Ii]nstitut|[Ff]ondation"
    r"|[Cc]entre de (?:r[ée][ée]ducation|r[ée]adaptation|dialyse|soins(?: de suite)?|sant[ée]"
    r"|lutte contre le cancer|g[ée]rontologie)|[Cc]entre m[ée]dical|[Cc]abinet m[ée]dical"
    r"|[Cc]entre d['’]imagerie(?: m[ée]dicale)?|[Cc]entre de (?:radiologie|consultations?"
    r"|pr[ée]l[èe]vements?|biologie|vaccination|d[ée]pistage|addictologie|planification familiale)"
    r"|[Cc]abinet de (?:radiologie|kin[ée]sith[ée]rapie|kin[ée])|[Mm]aternit[ée]|MATERNIT[ÉE]"
    r"|[Ll]aboratoire(?: d['’]analyses(?: m[ée]dicales)?| de biologie(?: m[ée]dicale)?)?"
    r"|[Cc]entre|[Pp][ôo]le sant[ée]|[Rr][ée]sidence|IME|ESAT|MAS|FAM|CMP|CMPP|CATTP|SAMSAH"
    r"|[Pp]harmacie|PHARMACIE|CHRS|CSAPA|CAARUD|SESSAD|ITEP)"
)
_ADJ_FR = (
    r"(?:priv[ée]e?|europ[ée]en(?:ne)?|mutualiste|universitaire|r[ée]gional|intercommunal"
    r"|g[ée]n[ée]ral|militaire|d['’]instruction des arm[ée]es|am[ée]ricain|franco-britannique"
    r"|d[ée]partemental|p[ée]diatrique|psychiatrique|local|public|protestant|priv[ée] de)"
)
ESTAB_FR_RE = re.compile(
    rf"(?<![\w-]){_HEAD_FR}(?:\s+{_ADJ_FR})?\s+(?:{_LINK})?{_STOP_CAP}{_CAPWORD}"
    rf"(?:(?:\s+|-)(?:{_LINK})?{_STOP_CAP}{_CAPWORD}){{0,4}}"
)
# Hospitals commonly named without their type word.
FAMOUS_FR_RE = re.compile(
    r"(?<![\w-])(?:(?:la\s+)?Piti[ée][- ]Salp[êe]tri[èe]re|Salp[êe]tri[èe]re|Lariboisi[èe]re"
    r"|H[ôo]tel-Dieu|Kremlin[- ]Bic[êe]tre|Bic[êe]tre|Croix-Rousse|[ÉE]douard[- ]Herriot"
    r"|Gustave[- ]Roussy|Institut Curie|L[ée]on[- ]B[ée]rard|Georges[- ]Pompidou|HEGP|Purpan"
    r"|Rangueil|(?:la\s+)?Timone|Pellegrin|Haut-L[ée]v[êe]que|Val-de-Gr[âa]ce|Robert[- ]Debr[ée]"
    r"|Avicenne|Beaujon|Henri[- ]Mondor|Ambroise[- ]Par[ée]|Raymond[- ]Poincar[ée]"
    r"|Louis[- ]Mourier|Jean[- ]Verdier|Lyon[- ]Sud|Necker|Cochin|Bichat|Tenon|Saint-Antoine"
    r"|Mass(?:achusetts)? General|Mayo Clinic|Johns Hopkins|Mount Sinai|Cleveland Clinic"
    r"|Addenbrooke(?:'s)?|Guy's and St Thomas')(?![\w-])"
)

# Hospital names so common that they are written without a type word ("went to Holy Cross",
# "from sacred heart hosp", "U Maryland ER"): multi-word names in any case, single words
# capitalised only.
KNOWN_HOSPITAL_RE = re.compile(
    r"(?<![\w-])(?:(?i:holy\s+cross|sacred\s+heart|good\s+samaritan|beth\s+israel"
    r"|mount\s+sinai|mt\.?\s+sinai|cedars[- ]sinai|johns\s+hopkins|mass\s+general|brigham\s+and"
    r"\s+women'?s|walter\s+reed|holy\s+family|holy\s+name|lenox\s+hill|bon\s+secours"
    r"|our\s+lady\s+of\s+\w+|st\.?\s+elsewhere|union\s+memorial|shady\s+grove|sibley\s+memorial"
    r"|kaiser\s+permanente)|Presbyterian|Kaiser|Bellevue|Mercy|NYU|UCLA|UCSF|UCSD|UPMC|UMMC|UMass"
    r"|UPenn|MUSC|OHSU|BIDMC|Pitié|Foch|Lapeyronie|Pontchaillou|Hautepierre|Brabois"
    r"|Michallon|Vinatier|Quinze-Vingts|Paul-Brousse|Antoine-B[ée]cl[èe]re"
    r"|Charles-Nicolle|Jean-Minjoz|Gui-de-Chauliac|Sainte-Marguerite|Saint-[ÉE]loi|Saint-Joseph"
    r"|Saint-Louis|Sainte-Anne|Saint-Jacques|Saint-Philibert|Saint-Luc|Desgenettes)"
    r"(?![\w-])"
)
UNIV_STATE_RE = re.compile(
    r"(?<![\w-])U\.?\s?(?:of\s+)?(?:Maryland|Virginia|Michigan|Pennsylvania|Penn|Chicago|Iowa|Utah"
    r"|Colorado|Washington|Wisconsin|Minnesota|Alabama|Kentucky|Texas|Florida|Miami|Cincinnati"
    r"|Rochester|Vermont|Arizona|Nebraska|Kansas|Missouri|Illinois|Oregon|Tennessee|MD|M)(?![\w-])"
)

_TAIL_EN = (
    r"(?:Hospital|Hosp\.?|Medical Cent(?:er|re)|Med\.? Cent(?:er|re)|Medical Ctr|Memorial"
    r"|Infirmary|Clinic|Health System|Health Cent(?:er|re)|Health|Rehab(?:ilitation)?"
    r"(?: Cent(?:er|re)| Hospital)?|Nursing Home|Nursing (?:and Rehabilitation )?Cent(?:er|re)"
    r"|Assisted Living|Heart Cent(?:er|re)|Cancer Cent(?:er|re)|Cancer Institute|Campus|Hospice"
    r"|Care Cent(?:er|re)|Surgical Cent(?:er|re)|Children'?s Hospital|VAMC|VA|Medical|Building"
    r"|Manor|Senior Living|Care Home|Home for the Aged|Healthcare|Health Care)"
)
TAIL_EN_RE = re.compile(rf"(?<![\w-]){_TAIL_EN}(?![\w-])", re.IGNORECASE)
UNIV_RE = re.compile(
    r"(?<![\w-])(?:university|univ\.?|u)\s*of\s+(?P<name>[A-Za-z]+(?:\s+[A-Za-z]+)?)",
    re.IGNORECASE,
)
ROYAL_RE = re.compile(r"(?<![\w-])(?:Royal\s+)?Infirmary\s+of\s+[A-Z][a-z]+")
SAINT_RE = re.compile(
    r"(?<![\w-])(?:St\.?|Saint|Ste\.?|Mt\.?|Mount)\s+[A-Z][a-z]+(?:(?:['’]s|(?<=s)['’])(?:\s+(?:Hospital|Hosp\.?"
    r"|Medical Cent(?:er|re)|Infirmary|Clinic))?|\s+(?:Hospital|Hosp\.?|Medical Cent(?:er|re)"
    r"|Infirmary|Clinic))(?![\w-])"
)
# Words that make "X Hospital" generic rather than a name.
_GENERIC_PRE = frozenset(
    _words(
        """
    the a an to at from in of outside local community osh this that previous another other
    nearest same his her their our your my state county general district teaching day
    private public home nursing rehab va psychiatric psych children childrens women
    university veterans area regional city private referring receiving sending admitting
    transferred transfered transfer tx admitted sent via by and or with for into onto back
    go went going return returned discharged dc d c rehabilitation acute chronic memorial
    medical health mental long term care center centre hospital hosp his her main east west
    north south upper lower new old satellite affiliated
    """
    )
)
# Conditions and specialties that name a clinic or a unit, not a place: "heart failure clinic",
# "Memory Clinic", "Fracture Clinic", "Diabetes Centre".
_SPECIALTY_WORDS = frozenset(
    _words(
        """
    antenatal prenatal postnatal maternity heart failure diabetes diabetic memory fracture
    pain fertility asthma stroke renal kidney liver lung breast eye ear skin sleep weight
    obesity wound foot falls continence anticoagulation coumadin warfarin lipid hypertension
    sexual travel walk-in outpatient chest epilepsy headache movement bone spine hand knee
    hip vascular transplant dialysis infusion allergy smoking cessation urgent same-day
    well-baby vaccine vaccination immunization methadone addiction cancer oncology
    """
    )
)
# Wards, units and departments after transfer verbs are not places to redact.
_UNIT_WORDS = frozenset(
    _words(
        """
    floor unit ward bed room level pod icu micu sicu ccu csru cvicu nicu picu tsicu tcu er
    ed ew or pacu ir ct mri cath lab step stepdown tele telemetry rehab home hospice snf ltc
    ltac acute medicine surgery surgical medical oncology cardiology neuro neurology osh
    floors service team morgue dialysis endoscopy radiology us echo ekg eeg the a an his her
    cmo dnr nursing skilled facility shelter jail prison nh alf ward rea reanimation usic
    usc sau uhcd ssr soins chirurgie medecine pneumologie cardiologie domicile ehpad
    urgences salle bloc chambre lit box hdj hdn ume sspi hd irm tdm bed bay quartier secteur
    etage hospitalisation clinic department dept division office ob gyn l&d labor delivery
    pt stage psvt simv cmv prvc aprv vent ventilator trach mask bipap cpap nrb stage grade
    bb nrb cvp nc fm ep gi cta vats egd ercp tee pet ekg abg bal lp ivr nicu mri ct cxr bmt
    hosp hospital nh snf alf ltach lvad iabp ecmo crrt cvvh ptca pci cabg tavr
    """
    )
)
TRANSFER_RE = re.compile(
    r"(?<![\w-])(?:transfer(?:red|ed|ring)?|transfered|tranfered|tx(?:'?d)?|admit(?:ted)?|readmit"
    r"(?:ted)?|brought|sent|(?:med-?)?flighted|flown|taken|presented|returned|return|discharged"
    r"|dc'?d|d/c'?d|went|go(?:es|ing)?|retired|came|arrived|c/o|called out|accepted|received"
    r"|transf[ée]r[ée]e?s?|adress[ée]e?s?|admise?s?|hospitalis[ée]e?s?|mut[ée]e?s?|retour"
    r"|rapatri[ée]e?s?|vient|venant|provenance)"
    r"(?:\s+(?:back|directly|emergently|urgently|again|here|then|today|over|out|him|her|pt"
    r"|patient|ensuite|directement))?\s*(?:to|from|at|in|into|@|(?-i:au|à|a|de|du|vers|depuis"
    r"|en))\s+"
    r"(?:the\s+|l['’])?(?P<place>[A-Za-z][A-Za-z'’]*(?:[ ](?-i:[A-Z])[A-Za-z'’]*){0,2})"
    r"(?P<num>\s*\d{1,2}\b)?",
    re.IGNORECASE,
)
# "to Quartermain 2", "from QUARTERMAIN 3", "on Hopkins 4": a building or ward name and a
# floor/ward number, unless the number carries a unit (then the word is a drug: "on Lasix 20 mg").
WARD_RE = re.compile(
    r"(?<![\w-])(?i:to|from|on|in)\s+(?P<place>[A-Za-z][a-z]{4,}|[A-Z]{5,})\s?(?P<num>\d{1,2})"
    r"(?![\d/:]|[.,]\d|\s*(?i:mg|mcg|µg|g|ml|cc|l|u|units?|iu|ui|%|mmhg|hrs?|h|min|x|times|days?|j"
    r"|sem|weeks?|months?|years?|yrs?|am|pm|pts?|points?|beats?|bpm|liters?|litres?|kg|lbs?"
    r"|meq|mmol|cm|mm|fr|french|gauge|ga)\b)"
)
_LIVING_RE = re.compile(
    r"(?<![\w-])(?i:(?:habite|habitant|vit|vivant|domicili[ée]e?|demeur(?:e|ant)|r[ée]sid(?:e|ant)"
    r"|originaire|n[ée]e?(?:\s+le\s+[^\n,;]{4,30}?)?|install[ée]e?|d[ée]m[ée]nag[ée]e?"
    r"|lives?|live|living|lived|resides?|residing|moved|born|grew up)"
    r"(?:\s+(?:seule?|alone|seul|encore|actuellement|currently|now|there))?"
    # "lives with her partner in X", "vit avec son épouse à X"
    r"(?:\s+(?:with|avec)\s+(?:(?:his|her|their|a|an|the|son|sa|ses|leur|un|une)\s+)?"
    r"[a-zà-ÿ'’\-]{3,}(?:\s+(?:and|et)\s+(?:(?:his|her|their|son|sa|ses)\s+)?[a-zà-ÿ'’\-]{3,})?)?"
    r"\s+(?:(?-i:à|a|au|en|de|d['’]|vers)|in|at|near|from|to))\s*(?P<city>(?:(?:Le|La|Les|St\.?|Saint|New|"
    r"Los|San|Las|El|Fort|Port|Mount)\s+)?[A-ZÀ-Ý][\w'’]{2,}(?:-[\w'’]+)*(?:\s+[A-Z][a-z]+)?)"
)
# Lower-case notes: "lives in parkville", "son rob lives in rome".
_LIVING_LOWER_RE = re.compile(
    r"(?<![\w-])(?:lives?|living|resides?|habite|vit|domicili[ée]e?)(?:\s+(?:alone|seule?|seul))?"
    r"\s+(?:in|à|a)\s+(?P<city>[a-zà-ÿ][a-zà-ÿ'’\-]{3,})(?P<second>\s[a-zà-ÿ][a-zà-ÿ'’\-]{3,})?"
    r"(?![\w-])"
)
_NOT_PLACES_LOWER = frozenset(
    _words(
        """
    house home apartment apt condo assisted senior nursing group shelter trailer same town
    area community facility state another different rural city country village suburb
    appartement maison foyer ehpad residence campagne ville immeuble rez-de-chaussee etage
    etranger l'etranger abroad overseas
    florida maryland virginia pennsylvania jersey california texas ohio delaware
    """
    )
)
_AMBIGUOUS_CITIES = frozenset(
    _words(
        """
    orange sens vienne lens tours gap nice sedan dole moulins saintes foix prades riom agen
    colombes thiers auch mende laval nancy florence charlotte columbia essex frederick
    richmond salisbury washington providence cambridge perth cork york reading bath mobile
    phoenix columbus springfield albany norfolk worcester newark austin jackson buffalo
    rochester orlando memphis dallas houston denver aurora victoria sydney adelaide paris
    oxford saint-paul saint-pierre saint-andre saint-denis saint-quentin calais dax bastia
    corte calvi tulle sete die valence vannes cannes creil dreux alencon tarbes
    """
    )
)
_LOWER_CITY_PREPS = frozenset(_words("in to from near at à de vers of"))
_CITY_PREPS = frozenset(
    _words(
        """
    a au de d sur vers in from near en pres lives habite cedex hopital chu ch chr chru
    clinique domicile
    """
    )
)
_COUNTRIES = frozenset(
    _words(
        """
    france algerie maroc tunisie portugal espagne italie allemagne belgique suisse
    luxembourg angleterre royaume-uni england scotland wales ireland irlande usa america
    canada senegal mali cameroun turquie chine vietnam russia russie italy spain germany
    europe afrique africa asie asia haiti bretagne normandie corse provence alsace lorraine
    bourgogne occitanie aquitaine picardie auvergne savoie maryland virginia pennsylvania
    california texas florida ohio york jersey
    """
    )
)


# "at GH", "leave GBMC", "to VAMC": a short capital acronym ending like a hospital's
# ("...H", "...MC", "...HC") right after a place preposition.
HOSP_ACRONYM_RE = re.compile(
    r"(?<![\w-])(?i:at|to|in|from|leave|leaving|left|into|@)\s+(?i:the\s+)?"
    r"(?P<a>[A-Z]{1,2}H|[A-Z]{0,3}(?:MC|HC)|VAMC)(?![\w-])"
    r"(?!\s+(?i:levels?|deficiency|secretion|excess|therapy|replacement|axis|stimulation))"
)
# "MGH ED", "to gh cath lab", "bwh er": a short acronym ending like a hospital's, before one of
# its departments.
HOSP_ACRONYM_UNIT_RE = re.compile(
    r"(?<![\w-])(?P<a>[A-Za-z]{1,2}[Hh]|[A-Z]{1,3}(?:MC|HC))\s+(?=(?i:er|ed|ew|cath\s+lab|icu|micu"
    r"|sicu|ccu|csru|or|pacu)\b)"
)
_NOT_HOSP_ACRONYMS = frozenset(
    w.upper()
    for w in _words(
        """
    OSH SAH ICH IVH LVH RVH BPH PPH SIADH ACH DKH PNH CMH LDH ADH ACTH TSH FSH PTH HH NH ALH
    AH OH EH IH UH SH TH CH MH DH KH PH WH RH BH FH JH VH ZH ASH BMH HCH TCH MCH HMC USOH
    SOH HTH AAH UGH HAH NAH BAH DUH HUH MEH YEH OOH SSH
    """
    )
)
_STATES_ABBR = (
    r"AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV"
    r"|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|Md|Mass|Penn|Calif"
    r"|Fla|Va|Pa|Conn|Del|Ill|Mich|Minn|Tex|Wash|Wis"
)
_PLACE_WORDS = r"[A-Za-z][a-z'’]+(?:\s[A-Z][a-z'’]+){0,2}"
# "from Middle River, MD", "in Towson, Md.": a place followed by a US state abbreviation.
PLACE_STATE_RE = re.compile(
    r"(?<![\w-])(?i:from|in|near|of|to|at|lives?|living)\s+"
    rf"(?P<p>[A-Z][a-z'’]+(?:\s[A-Z][a-z'’]+){{0,2}}),\s*"
    rf"(?:{_STATES_ABBR})\.?(?![\w-])(?=\s*(?:[.,;:)\n]|\d{{5}}|$))"
)
# "506 Elm Lane, Glasgow, MD 21201": a town between a comma and a state with its ZIP code.
CITY_STATE_ZIP_RE = re.compile(
    r",\s+(?P<p>[A-Z][a-z'’]+(?:\s[A-Z][a-z'’]+){0,2}),?\s+"
    rf"(?:{_STATES_ABBR})\.?\s+\d{{5}}(?:-\d{{4}})?(?!\d)"
)
# "son from Pikesville", "DAUGHTER IN NEW HAVEN", "home in Milford Mill", "a bakery in
# Randallstown", "works at Harford Memorial": a place after a relation, home or work cue.
PLACE_CUE_RE = re.compile(
    r"(?<![\w-])(?i:(?P<cue>wife|husband|son|daughter|dtr|brother|sister|mother|father|mom|dad"
    r"|niece|nephew|aunt|uncle|cousin|friend|girlfriend|boyfriend|family|relatives?|children"
    r"|kids|parents|home|house|apartment|farm|bakery|store|shop|restaurant|business|company"
    r"|office|job|works?|worked|working|employed|retired|raised|born|grew\s+up|moved|visiting"
    r"|vacation|vacationing|trip|travel(?:l?ed|l?ing)?|flew|drove|driving|drive|lives?|living"
    r"|resides?|residing|fly|flying|flies|flew|flown|arriv\w*|coming|comes|come|driv\w*"
    r"|daugh?t?er|dau|visitors?)(?:\s+(?:back|here|now|alone|there|in|tomorrow|today)){0,2})\s+"
    r"(?i:in|from|near|at|for|of|outside(?:\s+of)?)\s+(?:the\s+)?"
    r"(?P<p>[A-Z][a-z'’]{2,}(?:\s[A-Z][a-z'’]{2,}){0,2}|[A-Z]{3,}(?:\s[A-Z]{3,}){0,2})(?![\w-])"
)
_HOME_CUES = frozenset(
    _words(
        """
    home house apartment farm lives live living resides reside residing born raised moved
    """
    )
)
_NOT_PLACE_CAPS = frozenset(
    _words(
        """
    english spanish french italian german russian chinese portuguese arabic greek polish
    korean japanese vietnamese haitian creole hebrew yiddish american the his her their this
    that morning evening afternoon night today tonight tomorrow yesterday person town city
    area state hospital house home time contact touch bed chair room place order addition
    general pain distress march april may june july august september october november
    december january february monday tuesday wednesday thursday friday saturday sunday
    bedside denial shock distress agreement attendance visit
    """
    )
)


# "Mercy Medical Center in Lochearn", "the clinic at Brookdale": the town of a facility.
FACILITY_TOWN_RE = re.compile(
    r"(?<![\w-])(?i:hospital|hosp|medical cent(?:er|re)|clinic|infirmary|nursing home|rehab"
    r"|hospice|health cent(?:er|re)|campus)\s+(?i:in|of|at)\s+"
    r"(?P<p>[A-Z][a-z'’]{3,}(?:\s[A-Z][a-z'’]{2,}){0,2})(?![\w-])"
)
# Lower-case notes: "works at harford memorial", "from er mazur campus", "on mackerer campus".
LOWER_FACILITY_RE = re.compile(
    r"(?<![\w-])(?:at|for|from|to|on|in|er|the)\s+(?P<p>[a-z][a-z'’]{3,}(?:\s[a-z][a-z'’]{3,})?)"
    r"\s+(?P<tail>memorial|health|campus|medical center|hospital|rehab|nursing home)(?![\w-])"
)


def _tok_index(toks: list[Token]) -> list[int]:
    return [t.start for t in toks]


_SHORT_HEADS = frozenset(
    _words(
        """
    CH GH SSR MAS FAM IME CMP MSP CHS CHG CHD CHT HIA HCL CHI ESAT HAD
    """
    )
)


def find_establishments(text: str, toks: list[Token], language: str = "fr") -> list[Cand]:
    out: list[Cand] = []
    for m in ESTAB_FR_RE.finditer(text):
        head = m.group().split()[0]
        rest = m.group()[len(head) :].strip()
        # In English notes only the unmistakably French heads count ("CHU de Nantes",
        # "Hôpital Necker"); "GH FOR CATH" or "CHG IN APPEARANCE" are abbreviations there.
        if language != "fr" and (
            head in _SHORT_HEADS
            or head.upper() in _SHORT_HEADS
            or m.group().isupper()
            or head.lower() in ("centre", "institut", "fondation", "résidence", "cabinet", "pôle")
        ):
            continue
        # "CH", "GH", "SSR"... are also abbreviations: with an all-capital name they need a
        # linking word ("CH DE CHOLET"), otherwise "SSR ET KINE" would be a hospital.
        if head in _SHORT_HEADS and rest.isupper() and not re.match(r"(?:DE|DU|DES|D['’])\b", rest):
            continue
        out.append((m.start(), m.end(), Label.ESTABLISHMENT, 0.9, P_ESTAB))
    for m in FAMOUS_FR_RE.finditer(text):
        out.append((m.start(), m.end(), Label.ESTABLISHMENT, 0.85, P_ESTAB))
    for rx in (ROYAL_RE, SAINT_RE):
        for m in rx.finditer(text):
            out.append((m.start(), m.end(), Label.ESTABLISHMENT, 0.7, P_ESTAB - 2))
    for m in UNIV_RE.finditer(text):
        words = m.group("name").split()
        # Keep the proper-name words only: "University of Maryland [Medical Center]".
        keep = 0
        for w in words:
            if (
                TAIL_EN_RE.fullmatch(w)
                or norm(w) in stopwords()
                or (norm(w) in _CLINICAL and not (keep == 0 and w.isupper() and len(w) == 2))
            ):
                break
            keep += 1
        if not keep:
            continue
        if (
            m.group().lower().startswith("u")
            and not m.group().lower().startswith("univ")
            and not (re.search(r"[A-Z]", m.group("name")))
        ):
            continue  # "u of" needs a capitalised name ("U of MD")
        end = m.start("name") + len(" ".join(words[:keep]))
        out.append((m.start(), end, Label.ESTABLISHMENT, 0.8, P_ESTAB))
    for m in HOSP_ACRONYM_RE.finditer(text):
        a = m.group("a")
        if a in _NOT_HOSP_ACRONYMS or len(a) < 2:
            continue
        if language == "fr" and a in _SHORT_HEADS:
            continue  # "au CH de ..." is handled with its name by the French rule
        out.append((m.start("a"), m.end("a"), Label.ESTABLISHMENT, 0.6, P_ESTAB - 5))
    for m in HOSP_ACRONYM_UNIT_RE.finditer(text):
        a = m.group("a")
        if a.upper() in _NOT_HOSP_ACRONYMS or a.lower() in stopwords() or a.lower() in _CLINICAL:
            continue
        if a.islower() and not re.search(r"(?i)\b(?:to|at|from|in)\s+$", text[: m.start()][-8:]):
            continue  # lower-case acronyms only after a place preposition: "enroute to gh er"
        out.append((m.start("a"), m.end("a"), Label.ESTABLISHMENT, 0.55, P_ESTAB - 5))
    for m in LOWER_FACILITY_RE.finditer(text):
        words = m.group("p").split()
        if all(
            _place_word_ok(w) and norm(w) not in _NOT_PLACE_CAPS and norm(w) not in eponyms()
            for w in words
        ) and not any(w.endswith(("ing", "ed", "ly")) for w in words):
            # "memorial" and "health" are part of the name; "hospital", "campus" state a type.
            end = m.end() if m.group("tail") in ("memorial", "health") else m.end("p")
            out.append((m.start("p"), end, Label.ESTABLISHMENT, 0.55, P_ESTAB - 6))
    for rx in (KNOWN_HOSPITAL_RE, UNIV_STATE_RE):
        for m in rx.finditer(text):
            end = m.end()
            # "Johns Hopkins Bayview", "Mercy Southwest": a campus name after the known name.
            nxt = re.match(r" ([A-Z][a-z]{3,})(?![\w-])", text[end:])
            if (
                nxt
                and not TAIL_EN_RE.fullmatch(nxt.group(1))
                and _place_word_ok(nxt.group(1))
                and norm(nxt.group(1)) not in _NOT_PLACE_CAPS
            ):
                end += nxt.end()
            out.append((m.start(), end, Label.ESTABLISHMENT, 0.7, P_ESTAB - 2))
    for m in HOUSE_OF_RE.finditer(text):
        words = m.group("p").split()
        if all(norm(w) not in stopwords() and norm(w) not in _CLINICAL for w in words):
            out.append((m.start("p"), m.end("p"), Label.ADDRESS, 0.6, P_ESTAB - 4))
    out.extend(_english_tails(text, toks))
    out.extend(_transfer_targets(text))
    return out


# "at seymour black's house", "chez Mme Martin" is a name: "at John Smith's place" is a place.
HOUSE_OF_RE = re.compile(
    r"(?<![\w-])(?i:at|to|from|in)\s+(?P<p>[A-Za-z][a-z]{2,}(?:\s[A-Za-z][a-z]{2,}){0,2})['’]s"
    r"\s+(?i:house|home|place|apartment|apt|farm|condo|trailer)\b"
)


# English hospital names are redacted without their generic tail ("[NAME] Hospital"), as in the
# PhysioNet gold standard; set True to redact "Mercy Medical Center" whole (safer against other
# annotation conventions, about 4 points of precision lower on the PhysioNet dev notes).
INCLUDE_GENERIC_TAIL = False


def _english_tails(text: str, toks: list[Token]) -> list[Cand]:
    """'Mercy Medical Center', 'reisterstown hospital', 'HARFORD MEMORIAL', 'GBMC'."""
    out: list[Cand] = []
    starts = _tok_index(toks)
    stop = stopwords()
    for m in TAIL_EN_RE.finditer(text):
        tail = m.group()
        tail_low = tail.lower()
        if tail_low in ("va", "medical", "health", "building", "campus", "memorial") and not (
            tail[0].isupper()
        ):
            continue
        k = bisect_left(starts, m.start()) - 1
        first = None
        count = 0
        pos = m.start()
        while k >= 0 and count < 3:
            t = toks[k]
            g = text[t.end : pos]
            if g not in (" ", "  ") and not (g in (". ", " . ") and t.low in ("st", "mt")):
                break
            if t.low not in ("st", "saint", "ste", "mt") and (
                t.low in _GENERIC_PRE
                or t.low in _CLINICAL
                or t.low in eponyms()
                or t.low in drugs()
            ):
                break
            if t.shape == "L":
                # Lower-case names ("kernan hospital") only when the tail is lower-case too.
                if not tail.islower() or t.low in stop or len(t.text) < 4:
                    break
            elif t.low in stop:
                break
            if t.caps_line and not tail.isupper() and t.shape == "U" and len(t.text) <= 2:
                break
            if t.low in _SPECIALTY_WORDS or (
                tail_low == "clinic" and t.low.endswith(("ology", "iatric", "iatrics", "al", "ic"))
            ):
                break  # "Antenatal Clinic", "heart failure clinic": a department
            if len(t.text) > 4 and t.low.endswith(("ing", "ed")):
                break  # "FOUND WANDERING HOSPITAL", "PROLONGED HOSPITAL STAY"
            if (
                t.caps_line
                and tail_low.split()[0]
                in (
                    "rehab",
                    "rehabilitation",
                    "health",
                    "medical",
                    "campus",
                    "building",
                )
                and not (
                    # "SCREENED BY GALVEL REHAB", "AT THOOVU REHAB": after a place word it is
                    # a name; "REQUIRE REHAB", "PRESENT MEDICAL TX" are too common otherwise.
                    k > 0
                    and toks[k - 1].low in ("at", "by", "to", "from", "of", "or", "and")
                    and len(t.text) >= 4
                    and t.low not in stop
                    and t.low not in _UNIT_WORDS
                    and not t.low.endswith(("ing", "ed", "al", "ic", "ive", "ary"))
                )
            ):
                break
            first = t
            pos = t.start
            count += 1
            k -= 1
            # "from Liorin of Md Medical Center", "istvel of ndoistbra hospital": a name built
            # with "of" goes on past it when a name-like word stands before.
            if (
                k >= 1
                and toks[k].low == "of"
                and text[toks[k].end : pos] == " "
                and text[toks[k - 1].end : toks[k].start] == " "
                and toks[k - 1].low not in stop
                and toks[k - 1].low not in _GENERIC_PRE
                and toks[k - 1].low not in _CLINICAL
                and toks[k - 1].low not in _UNIT_WORDS
                and len(toks[k - 1].text) >= 4
                and (toks[k - 1].shape != "L" or tail.islower())
            ):
                first = toks[k - 1]
                pos = first.start
                count += 2
                k -= 2
        if first is None:
            # "MEMORIAL HOSPITAL": a distinctive tail word can itself be the name.
            if tail_low.startswith("memorial") and re.match(
                r"\s+hosp", text[m.end() :], re.IGNORECASE
            ):
                out.append((m.start(), m.end(), Label.ESTABLISHMENT, 0.6, P_ESTAB - 3))
            continue
        if (
            tail_low
            in ("va", "vamc", "health", "medical", "building", "clinic", "rehab", "rehabilitation")
            and first.shape == "L"
            and count == 1
        ):
            continue
        if (
            tail_low in ("health", "medical", "clinic", "rehab", "building")
            and count == 1
            and (first.low in stop or (first.shape == "L" and len(first.text) < 5))
        ):
            continue
        # The generic tail ("Hospital", "Medical Center") states the type and stays readable;
        # only the proper name is an identifier (convention of the PhysioNet gold standard).
        end = (
            m.end()
            if INCLUDE_GENERIC_TAIL or (tail_low.startswith("memorial") and " " not in tail)
            else toks[bisect_left(starts, m.start()) - 1].end
        )
        out.append((first.start, end, Label.ESTABLISHMENT, 0.75, P_ESTAB - 1))
    return out


def _place_word_ok(word: str) -> bool:
    low = norm(word)
    return not (
        low in _UNIT_WORDS
        or low in _CLINICAL
        or low in stopwords()
        or low in _COUNTRIES
        or low in drugs()
        or low in _GENERIC_PRE
    )


_LOWER_TARGET_RE = re.compile(
    r"(?<![\w-])(?:transfer(?:red|ed|ring)?|transfered|tx'?d|moved|c/o|called\s+out|going)\s+"
    r"(?:back\s+)?to\s+(?:(?:rm\.?|room|bed)\s*)?(?P<num>\d{1,4}\s+)?(?P<place>[a-z][a-z'’]{5,})"
    r"(?![\w/-])"
)
_NOT_LOWER_TARGETS = frozenset(
    _words(
        """
    inpatient outpatient stepdown telemetry downstairs upstairs nursing another different
    surgical medical cardiac neuro private regular general emergency intensive chronic
    special bathroom commode chair stretcher wheelchair recliner
    """
    )
)


# Services, adjectives and plurals: "transferred to oncology / stepdown beds / inpatient".
_NOT_TARGET_ENDINGS = tuple(
    _words(
        """
    ology surgery iatry iatrics ics ine ery ing ed tion al ary ive ous ent ant ness ment ity s
    """
    )
)


def _lower_targets(text: str) -> list[Cand]:
    """'c/o to quartermain if stable', 'transferred to 209 quartermain': in lower-case notes a
    word that is not a ward, service or ordinary word after a transfer is a building's name."""
    out: list[Cand] = []
    for m in _LOWER_TARGET_RE.finditer(text):
        word = m.group("place")
        low = norm(word)
        if (
            not _place_word_ok(word)
            or low in _NOT_LOWER_TARGETS
            or low in _NOT_PLACE_CAPS
            or low in eponyms()
            or TAIL_EN_RE.fullmatch(word)
            or low.endswith(_NOT_TARGET_ENDINGS)
        ):
            continue
        out.append((m.start("place"), m.end("place"), Label.ESTABLISHMENT, 0.5, P_ESTAB - 6))
    return out


def _transfer_targets(text: str) -> list[Cand]:
    """'transferred to GH', 'went to Holy Cross', 'transfer to Quartermain 2'."""
    out: list[Cand] = _lower_targets(text)
    for m in TRANSFER_RE.finditer(text):
        words = m.group("place").split(" ")
        # Keep the leading words that can be part of a place name.
        keep: list[str] = []
        for w in words:
            if not _place_word_ok(w) or (
                TAIL_EN_RE.fullmatch(w) and not (keep == [] and w.isupper() and len(w) <= 4)
            ):
                break
            keep.append(w)
        if not keep:
            continue
        word = " ".join(keep)
        low = norm(word)
        if (
            low in english_cities()
            or tuple(low.split()) in french_cities()
            or tuple(low.split()) in english_cities()
        ):
            continue  # the city rule labels it
        start = m.start("place")
        is_acronym = len(keep) == 1 and word.isupper() and 2 <= len(word) <= 4
        has_num = m.group("num") is not None and len(keep) == len(words)
        multi = (
            len(keep) > 1
            and all(w[0].isupper() for w in keep)
            and not all(w.isupper() for w in keep)
        )
        single = (
            len(keep) == 1
            and len(word) >= 5
            and word[0].isupper()
            and word[1:].islower()
            and not m.group("num")
            and re.match(r"(?i)transf|tx|sent|admit|readmit", m.group(0)) is not None
            and norm(word) not in eponyms()
            and norm(word) not in _NOT_PLACE_CAPS
            # services, not places: "transferred to Neurosurgery / Cardiology / Geriatrics"
            and not norm(word).endswith(("ology", "surgery", "iatry", "ics", "ine", "ery"))
        )
        # "TRANSFERED TO THE ZAGARIA CAMPUS": a capital word before a facility word.
        caps_named = (
            len(keep) == 1
            and word.isupper()
            and len(word) >= 5
            and len(words) > 1
            and (
                (
                    TAIL_EN_RE.fullmatch(words[1]) is not None
                    and words[1].lower() not in ("va", "medical", "health")
                )
                # "TRANSFERRED TO ZELKOVA ICU": a name before a hospital's department.
                or words[1].lower() in ("icu", "ccu", "micu", "sicu", "er", "ed", "ew")
            )
            and not norm(word).endswith(("ing", "ed", "al", "ic", "ive", "ary"))
        )
        if caps_named:
            out.append((start, start + len(word), Label.ESTABLISHMENT, 0.6, P_ESTAB - 5))
            continue
        if is_acronym or multi or single:
            out.append((start, start + len(word), Label.ESTABLISHMENT, 0.6, P_ESTAB - 5))
        elif has_num and len(word) >= 5:
            out.append((start, start + len(word), Label.ESTABLISHMENT, 0.55, P_ESTAB - 5))
    for m in WARD_RE.finditer(text):
        word = m.group("place")
        if not _place_word_ok(word) or TAIL_EN_RE.fullmatch(word):
            continue
        if norm(word).endswith(("ive", "ate", "ing", "ed", "ize", "ise")):
            continue  # verbs: "TO RECEIVE 2 MORE UNITS", "to titrate 2"
        # A word + number ("to maintain 7", "changed to Apaced 88") is only a ward when a
        # transfer is being described just before ("transfer to quartermain 2").
        strong = (
            not word.islower()
            and m.group(0).split()[0].lower() in ("to", "from")
            and len(m.group("num")) == 1
        )
        # "ON QUARTERMAIN 6;", "intubated on Hopkins 4." : a long unknown word and a one-digit
        # number closing the phrase name a ward even without a transfer verb.
        closing = (
            len(word) >= 7
            and not word.islower()
            and len(m.group("num")) == 1
            and norm(word) not in drugs()
            and norm(word) not in eponyms()
            and re.match(r"\s*(?:[.;,)]|\n|$|(?i:for|when|at|this|if|and)\b)", text[m.end() :])
            is not None
        )
        if (
            not strong
            and not closing
            and not _TRANSFER_CUE_RE.search(text, max(0, m.start() - 40), m.start() + 6)
        ):
            continue
        out.append((m.start("place"), m.end("place"), Label.ESTABLISHMENT, 0.5, P_ESTAB - 6))
    return out


_TRANSFER_CUE_RE = re.compile(
    r"transf|\btx|admit|c/o|called out|called to|\bfloor|\bbed\b|\b(?:pt|patient)\s+(?:to|from)\b"
    r"|(?:^|\n|\s)p:\s*to\b",
    re.IGNORECASE,
)


# Town-name endings: an unknown capitalised word with one of them after "in"/"from"/"near"
# is a town ("son in Pikesville", "lives near Reisterstown", "originaire de Bréauté-ville").
_TOPONYM_SUFFIXES = tuple(
    _words(
        """
    ville town burg burgh bury borough boro ford field wood mouth port chester minster dale
    ridge haven ton court heim
    """
    )
)
TOPONYM_RE = re.compile(
    r"(?<![\w-])(?i:in|from|near|outside(?:\s+of)?|à|de|pr[èe]s\s+de|vers)\s+"
    r"(?P<p>[A-Z][a-zà-ÿ]{4,}|[A-Z]{6,})(?![\w-])"
)
# "Boulogne-sur-Mer", "Châlons-en-Champagne", "Saint-Rémy-de-Provence": French town shape.
FR_COMPOUND_TOWN_RE = re.compile(
    r"(?<![\w-])(?:[A-ZÀ-Ý][a-zà-ÿ'’]+-)+(?:sur|sous|lès|lez|les|en|le|la|de|du|des|aux|d['’])-?"
    r"(?:[A-ZÀ-Ý][a-zà-ÿ'’]+)(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)*(?![\w-])"
)
# French "à" + a capitalised word names a place ("agriculteur à Carhaix", "sortie à
# Ploudalmézeau"), except for feasts, titles, days and months written with a capital.
FR_A_PLACE_RE = re.compile(
    r"(?<![\w-])(?:à|À)\s+(?P<p>[A-ZÀ-Ý][a-zà-ÿ'’]{2,}(?:-(?:[A-ZÀ-Ý][a-zà-ÿ'’]+|sur|sous|en|lès"
    r"|les|le|la|de|du|des|aux|l['’][A-ZÀ-Ý][a-zà-ÿ'’]+))*(?:\s(?:sur|sous|en|lès)\s[A-ZÀ-Ý]"
    r"[a-zà-ÿ'’]+)?)(?![\w-])"
)
_FR_NOT_PLACES = frozenset(
    _words(
        """
    noel paques toussaint pentecote ascension nouvel lundi mardi mercredi jeudi vendredi
    samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre
    novembre decembre madame monsieur mademoiselle docteur professeur maitre dieu jesus
    partir noter savoir ce cet cette chaque tout toute tous toutes plusieurs quelques
    certains certaines domicile distance jeun gauche droite droit terme heure heures minuit
    midi j0 j1 j2 j3 j7 savoir titre nouveau nouveau-ne noter domicile
    """
    )
)
# "habitant Saint-Renan", "née à Sainte-Foy": hyphenated saints' names are mostly towns
# (hospitals named so are found with their type word, which wins the overlap).
FR_SAINT_TOWN_RE = re.compile(
    r"(?<![\w-])(?:Saint|Sainte|St|Ste)-[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)*(?![\w-])"
)
_NOT_TOPONYMS = frozenset(
    _words(
        """
    report support transport passport airport import export sport rapport downtown uptown
    midtown hometown skeleton cotton button carton proton photon baton mutton triton
    hollywood firewood plywood driftwood battlefield minefield airfield
    """
    )
)
_US_STATES = frozenset(
    _words(
        """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico
    york carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee texas utah vermont
    virginia washington wisconsin wyoming england scotland ireland wales finland iceland
    holland poland switzerland greenland thailand
    """
    )
)


def find_cities(text: str, toks: list[Token]) -> list[Cand]:
    out: list[Cand] = []
    fr = french_cities()
    en = english_cities()
    epo = eponyms()
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if t.shape not in "TU" or (len(t.text) < 3 and t.low not in ("pau", "gap", "die")):
            # Lower-case notes: a known city of two or three words after a place preposition
            # ("returned to new haven", "vit à saint-malo" is one token and stays capitalised).
            if t.shape == "L" and i > 0 and toks[i - 1].low in _LOWER_CITY_PREPS:
                for length in (3, 2):
                    parts = toks[i : i + length]
                    if len(parts) == length and all(
                        p.shape == "L" and text[parts[x - 1].end : parts[x].start] == " "
                        for x, p in enumerate(parts)
                        if x
                    ):
                        key = tuple(p.low for p in parts)
                        if key in fr or key in en:
                            out.append((t.start, parts[-1].end, Label.CITY, 0.6, P_CITY - 1))
                            i += length - 1
                            break
            i += 1
            continue
        matched = 0
        for length in (3, 2, 1):
            if i + length > n:
                continue
            parts = toks[i : i + length]
            if any(
                text[parts[x - 1].end : parts[x].start] not in (" ", ". ", "-")
                for x in range(1, length)
            ):
                continue
            key = tuple(p.low for p in parts)
            if key in fr or key in en:
                matched = length
                break
        if not matched:
            i += 1
            continue
        last = toks[i + matched - 1]
        low = " ".join(p.low for p in toks[i : i + matched])
        prev = (
            toks[i - 1].low if i > 0 and text[toks[i - 1].end : t.start] in (" ", "'", "’") else ""
        )
        if i > 0 and (
            toks[i - 1].low in _EPONYM_CONTEXT or (i > 1 and toks[i - 2].low in _EPONYM_CONTEXT)
        ):
            i += matched
            continue
        # Ambiguous names ("Orange", "Tours", "Nice") and cities on all-capital lines need a
        # preposition: "à Orange", "in Nice".
        ambiguous = low in _AMBIGUOUS_CITIES or low in epo or (t.caps_line and t.shape != "U")
        if ambiguous and prev not in _CITY_PREPS:
            i += matched
            continue
        # Part of a name ("Jean Paris") or an eponym context is left to other rules.
        out.append((t.start, last.end, Label.CITY, 0.8, P_CITY))
        i += matched
    for rx in (PLACE_STATE_RE, PLACE_CUE_RE, FACILITY_TOWN_RE, CITY_STATE_ZIP_RE):
        for m in rx.finditer(text):
            words = m.group("p").split()
            keep: list[str] = []
            for w in words:
                low = norm(w)
                strong = rx in (PLACE_STATE_RE, CITY_STATE_ZIP_RE)
                if low in _NOT_PLACE_CAPS or (low in epo and not strong):
                    break  # "Glasgow, MD 21201" is a town despite the Glasgow scale
                # A state after the place vouches for words like "Lower", "North", "New".
                if not _place_word_ok(w) and not (
                    strong and low in _GENERIC_PRE and low not in stopwords()
                ):
                    break
                keep.append(w)
            if not keep or (len(keep) == 1 and len(keep[0]) < 4):
                continue
            if rx is PLACE_CUE_RE:
                if norm(keep[0]) in _COUNTRIES:
                    continue
                # All-capital lines ("WIFE IN DENIAL", "FAMILY IN VISITING"): only a home or
                # residence cue, or "from", vouches for the place.
                if keep[0].isupper() and not (
                    m.group("cue").lower().split()[0] in _HOME_CUES
                    or text[m.end("cue") : m.start("p")].strip().lower().startswith("from")
                ):
                    continue
                if keep[-1].lower().endswith(("ing", "ed")):
                    continue
            s = m.start("p")
            out.append((s, s + len(" ".join(keep)), Label.CITY, 0.6, P_CITY - 1))
    for m in _LIVING_LOWER_RE.finditer(text):
        low = norm(m.group("city"))
        if low in _NOT_PLACES_LOWER or low in stopwords() or low in _CLINICAL:
            continue
        end = m.end("city")
        second = m.group("second")
        if second:
            low2 = norm(second.strip())
            # "lives in white marsh, ..." : a second word closing the phrase is part of it.
            if (
                _place_word_ok(second.strip())
                and low2 not in _NOT_PLACES_LOWER
                and not low2.endswith(("ing", "ed", "ly"))
                and re.match(r"\s*(?:[,.;)]|\n|$)", text[m.end() :])
            ):
                end = m.end("second")
        out.append((m.start("city"), end, Label.CITY, 0.6, P_CITY - 1))
    for m in TOPONYM_RE.finditer(text):
        word = m.group("p")
        low = norm(word)
        if (
            len(low) < 6
            or not low.endswith(_TOPONYM_SUFFIXES)
            or not _place_word_ok(word)
            or low in _NOT_PLACE_CAPS
            or low in epo
            or low in _US_STATES
            or low in _NOT_TOPONYMS
        ):
            continue
        out.append((m.start("p"), m.end("p"), Label.CITY, 0.55, P_CITY - 2))
    for m in FR_A_PLACE_RE.finditer(text):
        words = re.split(r"[\s-]+", m.group("p"))
        low = norm(words[0])
        if (
            low in stopwords()
            or low in _CLINICAL
            or low in epo
            or low in drugs()
            or low in _NOT_PLACE_CAPS
            or low in _FR_NOT_PLACES
            or low in _TITLES
            or low in _COUNTRIES
            or low in _UNIT_WORDS
            or re.match(r"\s*\d", text[m.end() :])  # "passage à Eliquis 5 mg": a drug
        ):
            continue
        out.append((m.start("p"), m.end("p"), Label.CITY, 0.6, P_CITY - 1))
    for m in FR_COMPOUND_TOWN_RE.finditer(text):
        out.append((m.start(), m.end(), Label.CITY, 0.6, P_CITY - 1))
    for m in FR_SAINT_TOWN_RE.finditer(text):
        before = text[max(0, m.start() - 25) : m.start()].lower().split()
        if before and (
            before[-1] in ("la", "le", "de", "du")
            and (len(before) < 2 or norm(before[-2]) in _EPONYM_CONTEXT | {"danse", "feu", "fete"})
        ):
            continue  # "danse de Saint-Guy", "la Saint-Jean"
        if before and before[-1] == "la":
            continue
        out.append((m.start(), m.end(), Label.CITY, 0.55, P_CITY - 2))
    for m in _LIVING_RE.finditer(text):
        city = m.group("city")
        low = norm(city)
        first_word = low.split()[0]
        if first_word in _COUNTRIES or first_word in stopwords() or first_word in _CLINICAL:
            continue
        # Keep only the capitalised words of the place ("Lyon avec sa fille" -> "Lyon").
        words = city.split()
        if len(words) > 1 and (norm(words[-1]) in stopwords() or words[-1][0].islower()):
            city = words[0]
        out.append((m.start("city"), m.start("city") + len(city), Label.CITY, 0.7, P_CITY))
    return out
