"""Build the French and English de-identification evaluation sets.

Run: ``.venv/bin/python tests/cases/data/build_deid_sets.py`` (writes ``deid_fr.jsonl`` and
``deid_en.jsonl`` next to this file).

Every snippet is assembled from a template whose slots are filled with surrogate identifiers, so
the gold offsets are exact by construction. The surrogate lists below were written for this file
independently of the anonymiser's gazetteers (many of these names are absent from them on
purpose, to exercise the contextual rules). Negatives (no identifier, but eponyms, drugs, scores,
doses, relative times and lone years) are included as whole snippets and inside positives.

Gold labels follow the anonymiser's label set; ``DateYear`` marks a year alone, which may stay.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent

Segment = tuple[str, str | None]  # (surface text, gold label or None)

# --------------------------------------------------------------------------- surrogate material

FR_FIRST_F = [
    "Jeanne",
    "Thérèse",
    "Monique",
    "Yasmine",
    "Inès",
    "Maëlle",
    "Sandrine",
    "Colette",
    "Nathalie",
    "Aïcha",
    "Fatoumata",
    "Gwenaëlle",
    "Odile",
    "Solène",
    "Capucine",
    "Ghislaine",
    "Brigitte",
    "Chloé",
    "Léa",
    "Agnès",
    "Françoise",
    "Huguette",
    "Soizic",
    "Naïma",
    "Clémence",
    "Élodie",
    "Marie-Claude",
    "Anne-Sophie",
    "Bérangère",
    "Lucienne",
]
FR_FIRST_M = [
    "Marcel",
    "Kévin",
    "Mamadou",
    "Enzo",
    "Loïc",
    "Bernard",
    "Karim",
    "Jean-Pierre",
    "Thierry",
    "Yann",
    "Gaëtan",
    "Rachid",
    "Hervé",
    "Maxime",
    "Théo",
    "Didier",
    "Jean-Luc",
    "Pascal",
    "Rémi",
    "Grégoire",
    "Aurélien",
    "Mathis",
    "Sébastien",
    "Bruno",
    "Raymond",
    "Ibrahima",
    "Corentin",
    "Fabrice",
    "Jacques",
    "Erwan",
]
FR_SURNAMES = [
    "Dupont",
    "Lefèvre",
    "Garnier",
    "Rousseau",
    "Kerbrat",
    "Le Gall",
    "Etcheverry",
    "Benali",
    "Haddad",
    "Nguyen",
    "Diallo",
    "Traoré",
    "Kowalski",
    "Da Silva",
    "N'Diaye",
    "Lefebvre-Masson",
    "Perrin",
    "Rivière",
    "Morvan",
    "Chauvin",
    "Bouchard",
    "Guérin",
    "Faure",
    "Lemaire",
    "Tessier",
    "Marchal",
    "Boulanger",
    "Quéré",
    "Poirier",
    "Vasseur",
    "Ferrand",
    "Maillard",
    "Carpentier",
    "Lacroix",
    "Giraud",
    "Delmas",
    "Barthélémy",
    "Hamon",
    "Le Bihan",
    "Ouedraogo",
    "Bensaïd",
    "Martinez",
    "Lopes",
    "Pereira",
    "Schmitt",
    "Muller",
    "Weber",
    "Fournier",
    "Lambert",
    "Fontaine",
    "Roussel",
    "Mercier",
    "Brunet",
    "Colin",
    "Renaud",
    "Arnaud",
]
FR_CITIES = [
    ("Lyon", "69003"),
    ("Nantes", "44000"),
    ("Quimper", "29000"),
    ("Roubaix", "59100"),
    ("Brest", "29200"),
    ("Cholet", "49300"),
    ("Roanne", "42300"),
    ("Grenoble", "38000"),
    ("Villeurbanne", "69100"),
    ("Montreuil", "93100"),
    ("Saint-Étienne", "42000"),
    ("Besançon", "25000"),
    ("Niort", "79000"),
    ("Lorient", "56100"),
    ("Perpignan", "66000"),
    ("Bastia", "20200"),
    ("Ajaccio", "20000"),
    ("Vannes", "56000"),
    ("Limoges", "87000"),
    ("Tourcoing", "59200"),
    ("Angers", "49100"),
    ("Rennes", "35000"),
    ("Toulouse", "31400"),
    ("Bordeaux", "33000"),
    ("Marseille", "13005"),
    ("Paris", "75011"),
    ("Montpellier", "34000"),
    ("Strasbourg", "67000"),
    ("Dijon", "21000"),
    ("Carhaix-Plouguer", "29270"),
    ("Bayonne", "64100"),
    ("Chambéry", "73000"),
    ("Annecy", "74000"),
    ("Valence", "26000"),
    ("Saint-Brieuc", "22000"),
    ("Mulhouse", "68100"),
    ("Pau", "64000"),
    ("Agen", "47000"),
]
FR_STREETS = [
    "rue des Lilas",
    "avenue Jean Jaurès",
    "boulevard Voltaire",
    "chemin des Vignes",
    "allée des Tilleuls",
    "impasse du Moulin",
    "place de la République",
    "route de Vannes",
    "rue Victor Hugo",
    "quai de la Fosse",
    "rue du Général Leclerc",
    "rue de la Paix",
    "avenue de la Libération",
    "rue Pasteur",
    "cours Lafayette",
    "rue Saint-Jacques",
    "résidence Les Mimosas, bâtiment B",
    "lotissement Les Genêts",
    "rue Émile Zola",
]
FR_ESTABLISHMENTS = [
    "CHU de Nantes",
    "Hôpital Saint-Louis",
    "clinique du Parc",
    "EHPAD Les Tilleuls",
    "CH de Cholet",
    "centre hospitalier de Roanne",
    "hôpital Bichat",
    "CHU de Rennes",
    "Hôpital européen Georges-Pompidou",
    "la Pitié-Salpêtrière",
    "Polyclinique du Val de Saône",
    "SSR Les Cèdres",
    "CHU Grenoble Alpes",
    "hôpital de la Croix-Rousse",
    "CHRU de Brest",
    "clinique Saint-Vincent",
    "Centre Léon Bérard",
    "Institut Curie",
    "hôpital Necker",
    "CHU de Bordeaux",
    "CH de Lorient",
    "clinique mutualiste de Saint-Étienne",
    "EHPAD Résidence du Lac",
    "Hôpital privé Jacques Cartier",
    "CHU Purpan",
    "centre hospitalier Bretagne Atlantique",
    "hôpital Édouard-Herriot",
    "Hôpital Foch",
]
FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

EN_FIRST = [
    "Margaret",
    "Dorothy",
    "Harold",
    "Walter",
    "Deborah",
    "Tyrone",
    "Priya",
    "Siobhan",
    "Kwame",
    "Eleanor",
    "Gareth",
    "Bethany",
    "Mohammed",
    "Winifred",
    "Clive",
    "Shanice",
    "Rajesh",
    "Agnes",
    "Colin",
    "Fiona",
    "Declan",
    "Imogen",
    "Hamish",
    "Bronwyn",
]
EN_SURNAMES = [
    "Whitfield",
    "Okafor",
    "Pemberton",
    "Kowalczyk",
    "MacLeod",
    "O'Sullivan",
    "Hargreaves",
    "Achterberg",
    "Fairbanks",
    "Nakamura",
    "Llewellyn",
    "Patel",
    "Thornton",
    "Abernathy",
    "Castellano",
    "Ridgeway",
    "Osei",
    "Brennan",
    "Fitzgerald",
    "Lindqvist",
    "Delacroix",
]
EN_ESTABLISHMENTS = [
    "St. Mary's Hospital",
    "Riverside General Hospital",
    "Mercy Medical Center",
    "Royal Infirmary of Edinburgh",
    "Addenbrooke's",
    "Lakeview Nursing Home",
    "St. Luke's",
    "Maple Grove Rehab",
    "Northwick Park Hospital",
    "Johns Hopkins Hospital",
    "Massachusetts General Hospital",
    "Brookside Clinic",
    "Sunnyvale Assisted Living",
]
EN_CITIES = [
    "Baltimore",
    "Leeds",
    "Cleveland",
    "Manchester",
    "Birmingham",
    "Sacramento",
    "Bristol",
    "Glasgow",
    "Pittsburgh",
    "Liverpool",
    "Denver",
    "Sheffield",
]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


# --------------------------------------------------------------------------- identifier makers


def nir(rng: random.Random, valid: bool = True, corsica: str | None = None) -> str:
    """A NIR: sex, year, month, department (or 2A/2B), commune, order, key (97 - N mod 97)."""
    sex = rng.choice("12")
    yy = f"{rng.randint(20, 99):02d}"
    mm = f"{rng.randint(1, 12):02d}"
    dep = corsica or f"{rng.choice([1, 13, 22, 29, 33, 44, 59, 69, 75, 93]):02d}"
    commune = f"{rng.randint(1, 400):03d}"
    order = f"{rng.randint(1, 999):03d}"
    body = sex + yy + mm + dep + commune + order
    numeric = body.replace("2A", "19").replace("2B", "18")
    key = 97 - int(numeric) % 97
    if not valid:
        key = (key + 11) % 97 or 5
    parts = [sex, yy, mm, dep, commune, order, f"{key:02d}"]
    style = rng.randint(0, 2)
    if style == 0:
        return " ".join(parts)
    if style == 1:
        return "".join(parts)
    return "".join(parts[:-1]) + " " + f"{key:02d}"


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def rpps(rng: random.Random) -> str:
    while True:
        cand = "10" + "".join(str(rng.randint(0, 9)) for _ in range(9))
        if luhn_ok(cand):
            return cand


def fr_phone(rng: random.Random) -> str:
    digits = [rng.choice(["01", "02", "03", "04", "05", "06", "07", "09"])] + [
        f"{rng.randint(0, 99):02d}" for _ in range(4)
    ]
    style = rng.randint(0, 5)
    if style == 0:
        return " ".join(digits)
    if style == 1:
        return ".".join(digits)
    if style == 2:
        return "-".join(digits)
    if style == 3:
        return "".join(digits)
    if style == 4:
        return "+33 " + digits[0][1] + " " + " ".join(digits[1:])
    return "+33 (0)" + digits[0][1] + " " + " ".join(digits[1:])


def us_phone(rng: random.Random) -> str:
    a, b, c = rng.randint(201, 989), rng.randint(200, 999), rng.randint(0, 9999)
    style = rng.randint(0, 3)
    if style == 0:
        return f"({a}) {b}-{c:04d}"
    if style == 1:
        return f"{a}-{b}-{c:04d}"
    if style == 2:
        return f"{a}.{b}.{c:04d}"
    return f"+1 {a} {b} {c:04d}"


def strip_accents(s: str) -> str:
    table = str.maketrans("éèêëàâäîïôöûüçÉÈÊ'ÏÎ ", "eeeeaaaiioouucEEE-II-")
    return s.translate(table)


class Gen:
    """Surrogate generator (seeded), producing segments with gold labels."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    # names -------------------------------------------------------------------
    def first(self, sex: str | None = None) -> str:
        sex = sex or self.rng.choice("FM")
        return self.rng.choice(FR_FIRST_F if sex == "F" else FR_FIRST_M)

    def surname(self) -> str:
        return self.rng.choice(FR_SURNAMES)

    def person(self, title: bool = True, sex: str | None = None) -> list[Segment]:
        """Patient or relative as French notes write them: many surface forms."""
        sex = sex or self.rng.choice("FM")
        f, s = self.first(sex), self.surname()
        style = self.rng.randint(0, 6)
        if style == 0:
            name = f"{s.upper()} {f}"
        elif style == 1:
            name = f"{f} {s}"
        elif style == 2:
            name = s.upper()
        elif style == 3:
            name = f"{f[0]}. {s}"
        elif style == 4:
            name = f"{f} {s.upper()}"
        elif style == 5:
            name = s
        else:
            name = f"{s} {f}"
        if not title:
            name = f"{f} {s}" if style in (2, 5) else name
            return [(name, "NAME")]
        t = self.rng.choice(
            ["Mme", "Madame", "Mme"] if sex == "F" else ["M.", "Monsieur", "M.", "Mr"]
        )
        return [(t + " ", None), (name, "NAME")]

    def doctor(self) -> list[Segment]:
        f, s = self.first(), self.surname()
        t = self.rng.choice(["Dr", "Dr.", "Docteur", "Pr", "Pr.", "Professeur", "Dr"])
        style = self.rng.randint(0, 4)
        name = [f"{f} {s}", f"{f[0]}. {s}", s.upper(), s, f"{s.upper()} {f}"][style]
        return [(t + " ", None), (name, "NAME")]

    def nurse(self) -> list[Segment]:
        role = self.rng.choice(["IDE", "l'IDE", "l'infirmière", "Mme", "l'interne", "le kiné"])
        name = self.rng.choice([self.first("F"), f"{self.first()} {self.surname()}"])
        return [(role + " ", None), (name, "NAME")]

    # dates -------------------------------------------------------------------
    def date(self, year_lo: int = 2019, year_hi: int = 2025, written: bool | None = None) -> str:
        r = self.rng
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(year_lo, year_hi)
        if written is None:
            written = r.random() < 0.45
        if written:
            style = r.randint(0, 4)
            day = "1er" if d == 1 else str(d)
            if style == 0:
                return f"{day} {FR_MONTHS[m - 1]} {y}"
            if style == 1:
                return f"{r.choice(FR_DAYS)} {day} {FR_MONTHS[m - 1]} {y}"
            if style == 2:
                return f"{day} {FR_MONTHS[m - 1]}"
            if style == 3:
                abbr = [
                    "janv.",
                    "févr.",
                    "mars",
                    "avr.",
                    "mai",
                    "juin",
                    "juil.",
                    "août",
                    "sept.",
                    "oct.",
                    "nov.",
                    "déc.",
                ][m - 1]
                return f"{d:02d} {abbr} {y}"
            return f"{day} {FR_MONTHS[m - 1].capitalize()} {y}"
        style = r.randint(0, 6)
        if style == 0:
            return f"{d:02d}/{m:02d}/{y}"
        if style == 1:
            return f"{d:02d}/{m:02d}/{y % 100:02d}"
        if style == 2:
            return f"{d}/{m}/{y}"
        if style == 3:
            return f"{d:02d}.{m:02d}.{y}"
        if style == 4:
            return f"{y}-{m:02d}-{d:02d}"
        if style == 5:
            return f"{d:02d}/{m:02d}"
        return f"{d:02d}-{m:02d}-{y}"

    def birth(self) -> str:
        return self.date(1925, 1995)

    # places ------------------------------------------------------------------
    def city(self) -> tuple[str, str]:
        return self.rng.choice(FR_CITIES)

    def address(self) -> list[Segment]:
        r = self.rng
        num = str(r.randint(1, 180)) + r.choice(["", "", "", " bis", " ter"])
        street = r.choice(FR_STREETS)
        city, cp = self.city()
        sep = r.choice([", ", " ", ", "])
        cedex = ""
        return [
            (f"{num}{r.choice([' ', ', '])}{street}", "ADDRESS"),
            (sep, None),
            (cp, "POSTCODE"),
            (" ", None),
            (city if r.random() < 0.8 else city.upper(), "CITY"),
            (cedex, None),
        ]

    def establishment(self) -> str:
        return self.rng.choice(FR_ESTABLISHMENTS)

    # numbers -----------------------------------------------------------------
    def ipp(self) -> str:
        return str(self.rng.randint(10_000_000, 99_999_999))

    def nda(self) -> str:
        r = self.rng
        return r.choice(
            [
                f"{r.randint(2019, 2025)}{r.randint(100000, 999999)}",
                f"{r.randint(19, 25)}-{r.randint(10000, 99999)}",
                f"{r.randint(100000000, 999999999)}",
            ]
        )

    def email(self, name: str | None = None) -> str:
        r = self.rng
        if name is None:
            name = f"{self.first()}.{self.surname()}"
        local = strip_accents(name).lower().replace(" ", "")
        dom = r.choice(
            [
                "gmail.com",
                "orange.fr",
                "wanadoo.fr",
                "chu-nantes.fr",
                "laposte.net",
                "free.fr",
                "aphp.fr",
                "sfr.fr",
                "chu-lyon.fr",
            ]
        )
        return f"{local}@{dom}"

    def url(self) -> str:
        r = self.rng
        return r.choice(
            [
                "https://www.clinique-du-parc-lyon.fr/rendez-vous",
                "www.ehpad-les-tilleuls.fr",
                "https://dossier.chu-rennes.fr/patient/88213",
                "http://cabinet-dr-kerbrat.fr",
                "https://www.doctolib.fr/medecin-generaliste/quimper/yann-morvan",
                "https://pacs.ch-cholet.fr/viewer?study=1.2.250.1.59.3",
            ]
        )


# --------------------------------------------------------------------------- template engine

Filler = Callable[[Gen], list[Segment]]


def lit(label: str, fn: Callable[[Gen], str]) -> Filler:
    return lambda g: [(fn(g), label)]


def build(template: str, fillers: dict[str, Filler], g: Gen) -> tuple[str, list[dict]]:
    """Fill ``{slot}`` markers, recording exact gold offsets of every labelled segment."""
    out: list[str] = []
    ents: list[dict] = []
    pos = 0
    for part in re.split(r"(\{[a-z_0-9]+\})", template):
        if part.startswith("{") and part.endswith("}"):
            key = part[1:-1]
            base = re.sub(r"\d+$", "", key)
            for text, label in fillers[base](g):
                if label and text:
                    ents.append({"start": pos, "end": pos + len(text), "label": label})
                out.append(text)
                pos += len(text)
        else:
            out.append(part)
            pos += len(part)
    return "".join(out), ents


def fr_fillers() -> dict[str, Filler]:
    def oldage(g: Gen) -> list[Segment]:
        return [(f"{g.rng.randint(90, 103)} ans", "AGE")]

    def nir_f(g: Gen) -> list[Segment]:
        r = g.rng.random()
        if r < 0.12:
            return [(nir(g.rng, corsica="2A"), "NIR")]
        if r < 0.24:
            return [(nir(g.rng, corsica="2B"), "NIR")]
        if r < 0.32:
            return [(nir(g.rng, valid=False), "NIR")]
        return [(nir(g.rng), "NIR")]

    def year(g: Gen) -> list[Segment]:
        return [(str(g.rng.randint(1975, 2023)), "DateYear")]

    def cityonly(g: Gen) -> list[Segment]:
        return [(g.city()[0], "CITY")]

    def month_year(g: Gen) -> list[Segment]:
        return [(f"{g.rng.choice(FR_MONTHS)} {g.rng.randint(2015, 2024)}", "DATE")]

    return {
        "pat": lambda g: g.person(),
        "patf": lambda g: g.person(sex="F"),
        "patm": lambda g: g.person(sex="M"),
        "rel": lambda g: g.person(title=False),
        "relfirst": lambda g: [(g.first(), "NAME")],
        "doc": lambda g: g.doctor(),
        "nurse": lambda g: g.nurse(),
        "date": lambda g: [(g.date(), "DATE")],
        "ndate": lambda g: [(g.date(written=False), "DATE")],
        "wdate": lambda g: [(g.date(written=True), "DATE")],
        "birth": lambda g: [(g.birth(), "DATE")],
        "monthyear": month_year,
        "year": year,
        "oldage": oldage,
        "phone": lambda g: [(fr_phone(g.rng), "PHONE")],
        "email": lambda g: [(g.email(), "EMAIL")],
        "url": lambda g: [(g.url(), "URL")],
        "ip": lambda g: [
            (
                f"{g.rng.choice([10, 172, 192])}.{g.rng.randint(0, 255)}."
                f"{g.rng.randint(0, 255)}.{g.rng.randint(1, 254)}",
                "IP",
            )
        ],
        "nir": nir_f,
        "rpps": lambda g: [(rpps(g.rng), "RPPS")],
        "adeli": lambda g: [
            (f"{g.rng.choice([29, 44, 69, 75])}{g.rng.randint(1000000, 9999999)}", "ADELI")
        ],
        "finess": lambda g: [
            (f"{g.rng.choice([29, 44, 69, 75])}0{g.rng.randint(100000, 999999)}", "FINESS")
        ],
        "ipp": lambda g: [(g.ipp(), "RECORD_ID")],
        "nda": lambda g: [(g.nda(), "RECORD_ID")],
        "addr": lambda g: g.address(),
        "city": cityonly,
        "cp": lambda g: (lambda c: [(c[1], "POSTCODE"), (" ", None), (c[0], "CITY")])(g.city()),
        "etab": lambda g: [(g.establishment(), "ESTABLISHMENT")],
        "serial": lambda g: [
            (
                f"{g.rng.choice(['PJN', 'RNR', 'SN'])}{g.rng.randint(100000, 999999)}"
                f"{g.rng.choice(['H', 'S', ''])}",
                "DEVICE_ID",
            )
        ],
        "mutuelle": lambda g: [(str(g.rng.randint(100000000, 999999999)), "OTHER_ID")],
    }


# Templates: one per kind of document, written the way French clinicians write them.
FR_TEMPLATES: list[str] = [
    # consultation notes
    "Consultation du {date}.\n{patf}, née le {birth}, vue pour suivi de sa maladie de Crohn "
    "iléale. Sous Humira 40 mg/15 j depuis {year}. CDAI 120. Pas de rectorragies. "
    "Calprotectine 85 µg/g. Revoir dans 6 mois.",
    "Motif : douleurs thoraciques.\nPatient de 58 ans adressé par le {doc} ({phone}). ECG : "
    "RSR 72/min, pas de sus-décalage. Troponine H0 12 ng/L puis H3 14 ng/L. Score de GRACE 98. "
    "Retour à domicile, {addr}.",
    "CONSULTATION DE NEUROLOGIE – {ndate}\nPatient : {pat}\nDDN : {birth}\nIPP : {ipp}\n"
    "Maladie de Parkinson évoluant depuis {year}, traitée par Modopar 125 mg x4/j. "
    "Pas de signe de Babinski. MMS 27/30.",
    "Vu ce jour {patf}, {oldage}, en consultation gériatrique accompagnée de sa fille {rel}. "
    "Troubles cognitifs type Alzheimer, MMS 18/30. GIR 3. Vit seule à {city}.",
    "{pat} consulte pour une toux fébrile depuis J3. T 38,9 °C, SpO2 94 % AA, FR 24/min. "
    "Foyer base droite. Amoxicilline 1 g x3/j pendant 7 jours. Contrôle le {date}.",
    "Mr {rel}, 67 ans, tabagique 40 PA sevré en {year}, BPCO GOLD 3. VEMS 42 %. "
    "Tél domicile : {phone}. Suivi par le {doc} au {etab}.",
    "Consultation pré-anesthésique du {wdate}\n{pat} – ASA 2 – Mallampati II\n"
    "Intervention prévue : cholécystectomie le {ndate} à la {etab}. "
    "Allergie : pénicilline. Kardegic 75 mg arrêté à J-5.",
    # lettres de liaison
    "Lettre de liaison – sortie du {ndate}\n\nCher confrère,\n\nJe vous adresse {pat} "
    "({birth}), hospitalisé(e) dans le service de cardiologie du {etab} du {ndate} au {ndate} "
    "pour une décompensation cardiaque NYHA III. FEVG 35 %. Traitement de sortie : Entresto "
    "49/51 mg x2/j, bisoprolol 2,5 mg, furosémide 40 mg. Bien confraternellement,\n{doc}",
    "Objet : {pat}, né(e) le {birth}\nN° dossier : {nda}\n\nCher ami, merci de revoir ce patient "
    "de 72 ans pour son syndrome de Guillain-Barré en phase de récupération. Reprise de la "
    "marche à J21. Kinésithérapie au {etab}.\n{doc}\nRPPS {rpps}",
    "Chère consœur,\nJ'ai vu en urgence le {date} {pat}, 45 ans, pour une crise de colique "
    "néphrétique droite. Scanner : calcul de 6 mm. Kétoprofène 100 mg. Elle habite {addr}. "
    "Vous pouvez me joindre au {phone} ou par mail {email}.\n{doc}",
    "Dr {rel}\nMédecin généraliste\n{addr}\nTél : {phone} – Fax : {phone}\nADELI {adeli}\n\n"
    "Je confie à votre attention {pat}, suivi pour un lymphome de Hodgkin en rémission "
    "depuis {year}.",
    "Madame, Monsieur,\nVotre patient {pat} a été admis aux urgences du {etab} le {wdate} pour "
    "un AVC ischémique sylvien gauche, NIHSS 8 à H0, thrombolysé à H2. NIHSS 2 à J1. "
    "Transfert en SSR à {city}.",
    # comptes rendus d'hospitalisation
    "COMPTE RENDU D'HOSPITALISATION\nService de médecine interne – {etab}\nPatient : {pat}\n"
    "Né le : {birth}\nIPP {ipp} – NDA {nda}\nEntrée : {ndate}  Sortie : {ndate}\n\n"
    "Diagnostic : maladie de Horton. VS 98 mm, CRP 112 mg/L. Biopsie d'artère temporale "
    "positive. Cortancyl 60 mg/j.",
    "CRH – {pat}, {oldage}\nMotif : chute à domicile ({addr}).\nAntécédents : fibrillation "
    "auriculaire (CHA2DS2-VASc 5, HAS-BLED 2), maladie de Parkinson, PTH gauche en {year}.\n"
    "Évolution favorable, retour à l'{etab} le {date}.",
    "Hospitalisation du {wdate} au {wdate}. {pat} (NIR {nir}) admis pour pneumopathie "
    "d'inhalation. Glasgow 14. Tazocilline 4 g x3/j. Personne de confiance : son fils "
    "{rel}, joignable au {phone}.",
    "Synthèse : {pat}, 61 ans, cirrhose Child-Pugh B8 sur OH, hospitalisé(e) pour "
    "encéphalopathie hépatique. MELD 17. Lactulose 20 g x3/j, rifaximine 550 mg x2/j. "
    "Sortie le {ndate}, suivi hépatologique avec le {doc}.",
    "Patiente de 34 ans, G2P1, hospitalisée à 32 SA au {etab} pour MAP. Célestène à H0 et H24. "
    "Mari : {rel}. Contact : {phone}. Sortie à J6, RDV avec la sage-femme {relfirst} le {date}.",
    "Mme {rel} a été hospitalisée du {ndate} au {ndate} pour un syndrome de Cushing. "
    "Cortisol libre urinaire 450 µg/24 h. IRM hypophysaire : adénome de 8 mm. Adressée au "
    "{doc}, {etab}.",
    # ordonnances
    "ORDONNANCE\n{doc}\nRPPS : {rpps}\n{addr}\n{phone}\n\nLe {date}\n{pat}\n\n"
    "Doliprane 1 g : 1 cp x3/j si douleur\nEliquis 5 mg : 1 cp matin et soir\n"
    "Levothyrox 75 µg : 1 cp le matin à jeun",
    "Ordonnance bizone – {date}\nPatient(e) : {pat}, né(e) le {birth}\nN° SS : {nir}\n"
    "Insuline Lantus 18 UI le soir, Novorapid selon protocole. Bandelettes : 300.\n{doc}",
    "{doc}\nCentre médical, {addr}\nFINESS {finess}\nPrescription du {ndate} pour {pat} :\n"
    "- Amlodipine 5 mg 1 cp/j\n- Atorvastatine 20 mg 1 cp/j\nÀ renouveler 3 mois.",
    "Ordonnance de soins infirmiers : pansement de l'ulcère de jambe droite tous les 2 jours "
    "par IDE à domicile chez {pat}, {addr}. Fait le {date}. {doc}",
    # transmissions infirmières
    "Transmissions 14h : {pat} ch. 12, J3 post-op PTG. EVA 3/10 sous paracétamol. "
    "Pansement propre. Lever au fauteuil fait avec le kiné. Fille ({rel}) appelée au {phone}.",
    "Nuit calme. mme {rel} a dormi. Diurèse 1,2 L. Glycémie 22h : 1,45 g/L, 4 UI d'Actrapid. "
    "TA 128/76, FC 80. Signalé à l'interne Dr {rel}.",
    "Transmission IDE {ndate} : {pat} agitée vers 3h, appel de l'interne de garde. "
    "Haldol 1 mg. Contention non nécessaire. Famille prévenue ({phone}).",
    "Cible : douleur. {pat} EVA 7/10 à H2 de la pose. Morphine 3 mg IVL. Réévaluation à H+1 : "
    "EVA 3. Relève faite à {nurse}.",
    "M. {rel} (ch. 208) : SAD posée le {ndate}, urines claires. Kiné respiratoire faite. "
    "Son épouse {relfirst} passera demain. Pas de fièvre. Score de Braden 14.",
    # messages between colleagues
    "Salut, tu peux regarder le scanner de {pat} ? IPP {ipp}. Elle a une suspicion de "
    "sigmoïdite, CRP 180. Je suis au {phone} jusqu'à 18h. Merci ! {relfirst}",
    "Bonjour {doc}, je vous transmets le dossier de {pat} ({birth}) par messagerie sécurisée "
    "({email}). Il s'agit d'une maladie de Still de l'adulte. Ferritine 12 000.",
    "Coucou, pour info {pat} de la 14 est sorti(e) ce matin vers l'{etab}. Les résultats du "
    "scanner arrivent sur le PACS (IP {ip}). Bises, {relfirst}",
    "Hello, le patient que je t'ai envoyé le {date}, {pat}, a finalement un syndrome de "
    "Wolff-Parkinson-White. Ablation prévue par le {doc} à l'{etab}. Lien du dossier : {url}",
    "Message du secrétariat : {pat} demande à être rappelé(e) au {phone} pour décaler son RDV "
    "du {date}. Mail : {email}.",
    # administrative / social
    "Assistante sociale : {pat}, veuve, vit seule au {addr}. Aide-ménagère 2 fois/semaine. "
    "Fils {rel} habite à {city} ({phone}). Demande d'EHPAD en cours ({etab}).",
    "Patient adressé par le SAMU 44. Trouvé à domicile, {addr}. Voisin : {rel}. "
    "Glasgow 12 à l'arrivée, glycémie 0,4 g/L, resucré G30.",
    "Dispositif : pacemaker double chambre Medtronic, n° de série {serial}, implanté le "
    "{ndate} au {etab} par le {doc}. Contrôle dans 6 mois.",
    "Mutuelle : n° adhérent {mutuelle}. Carte Vitale de {pat}, NIR {nir}. "
    "ALD 30 pour diabète de type 2.",
    "{pat} est né(e) le {birth} à {city}. Profession : boulangère retraitée. "
    "Antécédents : hystérectomie en {year}, cholécystectomie en {year}.",
    "Rendez-vous pris le {date} à 14h30 au {etab} avec le {doc} (secrétariat {phone}). "
    "Apporter l'IRM de {monthyear}.",
    "Admission en réanimation de {pat}, {oldage}, pour choc septique à point de départ urinaire. "
    "SOFA 9. Noradrénaline 0,4 µg/kg/min. Épouse, {rel}, informée.",
    "Le {doc} et le {doc} ont vu {pat} en RCP le {wdate}. Décision : radio-chimiothérapie "
    "concomitante (Folfox). Patient informé.",
    "Résultats envoyés au portail {url} ; identifiant patient {ipp}. Contact : {email}.",
    "Compte rendu opératoire – {ndate}\nOpérateur : {doc} ; aide : {nurse}\nPatient : {pat}\n"
    "Cholécystectomie cœlioscopique. Signe de Murphy présent en préopératoire. Suites simples.",
]

# Negatives: no identifier at all, but everything that must survive.
FR_NEGATIVES: list[str] = [
    "Maladie de Crohn iléo-colique diagnostiquée en 2012, sous Stelara 90 mg/8 sem. "
    "Score de Harvey-Bradshaw 3. CRP 4 mg/L.",
    "Signe de Murphy positif, défense de l'hypochondre droit. Échographie : cholécystite "
    "lithiasique. Rocéphine 2 g/j, métronidazole 500 mg x3/j.",
    "Syndrome de Guillain-Barré post-infectieux (Campylobacter). IgIV 0,4 g/kg/j pendant 5 j. "
    "Reprise de la marche à J15.",
    "Maladie de Parkinson depuis 2016, fluctuations motrices. Stalevo 100 mg x5/j, "
    "rasagiline 1 mg. Score UPDRS III : 32.",
    "Patiente de 84 ans, maladie d'Alzheimer, MMS 14/30. Donépézil arrêté en 2021. "
    "Chute à J2 sans traumatisme.",
    "Lymphome de Hodgkin stade IIA traité en 2008 par ABVD x4 + radiothérapie. Rémission complète.",
    "Glasgow 15, pupilles symétriques réactives. NIHSS 0. Pas de signe de Babinski. "
    "Manœuvre de Lasègue négative.",
    "FA permanente, CHA2DS2-VASc 4, HAS-BLED 1. Eliquis 5 mg x2/j. ETT : FEVG 55 %.",
    "Insuffisance cardiaque NYHA II, BNP 450 pg/mL. Lasilix 40 mg/j, Aldactone 25 mg/j.",
    "J0 : pose de PICC line. J3 : fièvre 38,5 °C. H0 hémocultures, H6 Tazocilline. J5 : apyrexie.",
    "TA 142/88 mmHg, FC 96/min, SpO2 93 % sous 2 L/min, T 37,8 °C, FR 22/min.",
    "Hb 9,8 g/dL, VGM 78 fL, plaquettes 412 G/L, leucocytes 11,2 G/L, créatinine 98 µmol/L, "
    "DFG 62 mL/min/1,73 m².",
    "Cirrhose Child-Pugh A5, MELD 9. Varices œsophagiennes grade 1. Propranolol 40 mg x2/j.",
    "Triade de Charcot : douleur, fièvre, ictère. Angiocholite. CPRE à H24.",
    "Maladie de Basedow traitée par Néomercazole 20 mg/j depuis 2020. TSH < 0,01 mUI/L.",
    "Sarcome de Kaposi cutané, VIH stade C3, CD4 180/mm3. Biktarvy 1 cp/j.",
    "Syndrome de Gougerot-Sjögren, anti-SSA positifs. Test de Schirmer 3 mm.",
    "Score de Wells 6, D-dimères 1 800 ng/mL. Angioscanner : EP segmentaire. "
    "Tinzaparine 175 UI/kg/j.",
    "Classification de Killip 2. Score TIMI 4. Coronarographie à H12 : stent actif IVA proximale.",
    "Syndrome de Wolff-Parkinson-White découvert en 2018, ablation par radiofréquence.",
    "Score d'Apgar 9/10/10. Poids 3 250 g. Ictère néonatal à J3, bilirubine 180 µmol/L.",
    "Maladie de Horton, VS 90. Cortancyl 1 mg/kg/j. Biopsie de l'artère temporale.",
    "Maladie de Still, ferritine 8 000 µg/L. Anakinra 100 mg/j SC.",
    "Infection à virus d'Epstein-Barr, MNI-test positif. Pas d'amoxicilline.",
    "Maladie de Ménière gauche. Bétahistine 24 mg x2/j. Audiométrie : surdité 40 dB.",
    "Phénomène de Raynaud, capillaroscopie normale. Nifédipine LP 20 mg.",
    "Maladie de Dupuytren stade 2 main droite, aponévrotomie à l'aiguille en 2019.",
    "Œsophage de Barrett, dysplasie de bas grade. IPP double dose, contrôle dans 3 ans.",
    "Maladie de Willebrand type 1, facteur VIII 45 %. Desmopressine avant chirurgie.",
    "Tétralogie de Fallot opérée en 1995. IRM cardiaque annuelle.",
    "Post-op J1 de PTH : EVA 4/10, Hb 10,1. Lovenox 4 000 UI/j pendant 35 jours. Kiné dès J1.",
    "Score de Glasgow 8 à l'arrivée du SMUR, intubation. Propofol 2 mg/kg, célocurine 1 mg/kg.",
    "Diabète de type 2 depuis 2005, HbA1c 8,1 %. Metformine 1 000 mg x2/j, Ozempic 1 mg/sem.",
    "Insulinothérapie : Lantus 22 UI le soir, Humalog 6-8-6 UI. Cible glycémique 1,0-1,8 g/L.",
    "BPCO stade GOLD 2, exacerbation. Aérosols de Bricanyl 5 mg et Atrovent 0,5 mg x3/j.",
    "Hypothyroïdie d'Hashimoto. Levothyrox 100 µg. TSH 2,3 mUI/L.",
    "Maladie de Paget osseuse, PAL 320 UI/L. Acide zolédronique 5 mg IV en 2022.",
    "Syndrome de Marfan, dilatation aortique 45 mm. Losartan 50 mg/j.",
    "Maladie de Charcot-Marie-Tooth type 1A. Orthèses releveurs.",
    "Syndrome de Mallory-Weiss après vomissements. Hb stable à 12,4 g/dL à H6.",
]


def en_fillers() -> dict[str, Filler]:
    def person(g: Gen) -> list[Segment]:
        f, s = g.rng.choice(EN_FIRST), g.rng.choice(EN_SURNAMES)
        style = g.rng.randint(0, 4)
        t = g.rng.choice(["Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Miss"])
        name = [f"{f} {s}", s, f"{s.upper()}", f"{f[0]}. {s}", f"{f} {s.upper()}"][style]
        return [(t + " ", None), (name, "NAME")]

    def doctor(g: Gen) -> list[Segment]:
        f, s = g.rng.choice(EN_FIRST), g.rng.choice(EN_SURNAMES)
        t = g.rng.choice(["Dr.", "Dr", "Doctor", "Prof."])
        name = g.rng.choice([f"{f} {s}", s, f"{f[0]}. {s}", s.upper()])
        return [(t + " ", None), (name, "NAME")]

    def rel(g: Gen) -> list[Segment]:
        return [
            (
                g.rng.choice(
                    [
                        f"{g.rng.choice(EN_FIRST)} {g.rng.choice(EN_SURNAMES)}",
                        g.rng.choice(EN_FIRST),
                    ]
                ),
                "NAME",
            )
        ]

    def date(g: Gen) -> list[Segment]:
        r = g.rng
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2018, 2025)
        style = r.randint(0, 6)
        s = [
            f"{m}/{d}/{y}",
            f"{m:02d}/{d:02d}/{y % 100:02d}",
            f"{EN_MONTHS[m - 1]} {d}, {y}",
            f"{d} {EN_MONTHS[m - 1]} {y}",
            f"{m}/{d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{EN_MONTHS[m - 1][:3]} {d}",
        ][style]
        return [(s, "DATE")]

    def birth(g: Gen) -> list[Segment]:
        r = g.rng
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1925, 1990)
        return [(r.choice([f"{m}/{d}/{y}", f"{EN_MONTHS[m - 1]} {d}, {y}"]), "DATE")]

    return {
        "pat": person,
        "doc": doctor,
        "rel": rel,
        "date": date,
        "birth": birth,
        "year": lambda g: [(str(g.rng.randint(1980, 2022)), "DateYear")],
        "oldage": lambda g: [
            (
                g.rng.choice(
                    [
                        f"{g.rng.randint(90, 101)}-year-old",
                        f"{g.rng.randint(90, 101)} yo",
                        f"{g.rng.randint(90, 101)} years old",
                    ]
                ),
                "AGE",
            )
        ],
        "phone": lambda g: [(us_phone(g.rng), "PHONE")],
        "email": lambda g: [
            (
                f"{strip_accents(g.rng.choice(EN_FIRST)).lower()}."
                f"{strip_accents(g.rng.choice(EN_SURNAMES)).lower()}@"
                f"{g.rng.choice(['gmail.com', 'nhs.net', 'mercyhealth.org'])}",
                "EMAIL",
            )
        ],
        "mrn": lambda g: [(str(g.rng.randint(1000000, 99999999)), "RECORD_ID")],
        "etab": lambda g: [(g.rng.choice(EN_ESTABLISHMENTS), "ESTABLISHMENT")],
        "city": lambda g: [(g.rng.choice(EN_CITIES), "CITY")],
        "addr": lambda g: [
            (
                f"{g.rng.randint(2, 990)} {g.rng.choice(['Oak', 'Maple', 'Elm', 'High'])}"
                f" {g.rng.choice(['Street', 'Avenue', 'Road', 'Lane', 'Drive'])}",
                "ADDRESS",
            )
        ],
        # A state is not an identifier under Safe Harbor: only the ZIP code is gold.
        "zip": lambda g: [
            (g.rng.choice(["MD ", "OH ", "CA "]), None),
            (g.rng.choice(["21201", "44106", "95814"]), "POSTCODE"),
        ],
        "ip": lambda g: [
            (f"10.{g.rng.randint(0, 255)}.{g.rng.randint(0, 255)}.{g.rng.randint(1, 254)}", "IP")
        ],
        "url": lambda g: [("https://portal.mercyhealth.org/patient/48213", "URL")],
    }


EN_TEMPLATES: list[str] = [
    "Discharge summary\nPatient: {pat}  DOB: {birth}  MRN: {mrn}\nAdmitted {date} to "
    "{etab} with community-acquired pneumonia, CURB-65 of 2. Treated with ceftriaxone 2 g "
    "daily and azithromycin 500 mg. Discharged on day 5. Follow up with {doc} in 2 weeks.",
    "{pat} is a {oldage} woman with Alzheimer's disease and atrial fibrillation (CHA2DS2-VASc 6) "
    "admitted from {etab} after a fall. Her daughter {rel} ({phone}) is the health care proxy.",
    "Dear {doc},\nThank you for seeing {pat}, a 54-year-old man with Crohn's disease since "
    "{year}, on infliximab 5 mg/kg every 8 weeks. He lives at {addr}, {city}, {zip}.\n"
    "Kind regards,\n{doc}",
    "Seen in clinic on {date}. {pat} reports improved dyspnea, NYHA II. BP 128/74, HR 68. "
    "Continue sacubitril/valsartan 49/51 mg BID. Labs on {date}: K 4.6, Cr 1.1.",
    "POD 2 after laparoscopic cholecystectomy. Murphy's sign negative. Pain 3/10 on "
    "acetaminophen. Plan discharge tomorrow. Called wife {rel} at {phone}.",
    "Nursing note: pt resting comfortably, SpO2 95% on 2L NC. Spoke with son {rel} who "
    "will visit tomorrow. Dr. {rel} aware of K 3.2, 40 mEq KCl given.",
    "Referral: {pat}, DOB {birth}, with Parkinson's disease (Hoehn and Yahr 3) transferred "
    "from {etab} in {city}. Contact: {email} or {phone}.",
    "ED note {date}: {oldage} male found down at home. GCS 13. CT head negative. Neighbour "
    "{rel} called 911. Admitted to medicine under {doc}.",
    "Radiology images available at {url} (workstation {ip}). Patient {pat}, MRN {mrn}.",
    "Oncology follow-up. Hodgkin lymphoma diagnosed in {year}, ABVD x6. PET on {date} shows "
    "complete metabolic response (Deauville 2). Seen with {doc}.",
    "Mr. {rel} called on {date} asking about his mother's discharge to {etab}. "
    "Callback number {phone}.",
    "Pre-op: {pat}, {oldage}, for hip hemiarthroplasty on {date}. ASA 3. Apixaban held 48 h. "
    "Consent signed with {doc}.",
]

EN_NEGATIVES: list[str] = [
    "Guillain-Barre syndrome, IVIG day 3 of 5. Vital capacity 1.8 L. No bulbar signs.",
    "Glasgow Coma Scale 15. NIHSS 0. Babinski downgoing bilaterally.",
    "Known Crohn's disease since 2010 on vedolizumab 300 mg. Harvey-Bradshaw index 4.",
    "Atrial fibrillation, CHA2DS2-VASc 3, HAS-BLED 1. Apixaban 5 mg BID. Echo EF 55%.",
    "POD 1 s/p CABG x3. Chest tubes to suction. Metoprolol 12.5 mg BID. Hct 28.",
    "Day 8 of vancomycin 1 g q12h, trough 15. WBC 9.8, afebrile since day 5.",
    "Hashimoto's thyroiditis on levothyroxine 88 mcg. TSH 2.1 in 2019.",
    "Cushing's syndrome workup: late-night salivary cortisol elevated x2. Dexamethasone "
    "suppression test pending.",
    "BP 132/84, HR 76, RR 16, SpO2 97% RA, T 37.1 C. Pain 2/10. Strength 5/5 throughout.",
    "Child-Pugh B cirrhosis, MELD 15. Lactulose 30 mL TID, rifaximin 550 mg BID.",
    "Hodgkin lymphoma in remission since 2015. Bleomycin lung toxicity, DLCO 62%.",
    "Alzheimer's dementia, MMSE 19/30. Donepezil 10 mg nightly, memantine 10 mg BID.",
    "Wolff-Parkinson-White pattern on ECG, delta waves, PR 100 ms. Ablation 2017.",
    "H0 troponin 8 ng/L, H3 10 ng/L. HEART score 3. Discharged with outpatient stress test.",
    "NYHA class III, BNP 1200. Furosemide 40 mg IV BID, net negative 1.5 L.",
]


# --------------------------------------------------------------------------- free-text snippets
# Written by hand as clinicians write (not from templates), with inline gold markup
# [[LABEL:text]]. They exercise forms the templates do not: names without titles, lower case,
# signatures, ranges of dates, establishments known by their usual short name, etc.

FR_HANDWRITTEN: list[str] = [
    "Transmissions de nuit – ch. 214\n[[NAME:Mme Garcia]] ne dort pas, demande à voir sa fille "
    "[[NAME:Sabrina]]. Appel à l'interne ([[NAME:Dr Lemoine]]) à 2h. Atarax 25 mg. RAS ensuite.",
    "Vu avec [[NAME:Jean-Marc]] (interne) ce matin : on passe l'augmentin en IV. "
    "Famille prévenue par téléphone au [[PHONE:06 71 22 94 10]].",
    "Monsieur [[NAME:ANTOINE Paul]], 67 ans, domicilié [[ADDRESS:4 allée des Peupliers]] à "
    "[[CITY:Saint-Herblain]], est hospitalisé depuis le [[DATE:12 mars]] pour une "
    "pyélonéphrite.",
    "Patiente de [[AGE:96 ans]], vit en [[ESTABLISHMENT:EHPAD Korian Les Lilas]], "
    "adressée par son médecin traitant le [[NAME:Dr Quéméner]] pour chute avec "
    "traumatisme crânien sous Préviscan.",
    "Séjour du [[DATE:12]] au [[DATE:15 mars 2024]] en cardiologie au "
    "[[ESTABLISHMENT:CH de Saint-Nazaire]]. Coronarographie : lésion IVA traitée par stent actif.",
    "Je revois ce jour [[NAME:Mme Le Floch]] épouse [[NAME:Kerjean]], originaire de "
    "[[CITY:Pont-l'Abbé]], pour le suivi de sa polyarthrite rhumatoïde (DAS28 3,1).",
    "Cher [[NAME:Yannick]],\nPeux-tu voir en consultation [[NAME:M. Caradec]] pour sa "
    "fibrillation atriale ? Il est joignable au [[PHONE:02.98.43.17.62]]. Merci, "
    "[[NAME:Hélène]]",
    "Compte rendu de consultation – Dr [[NAME:M. Le Goff]], rhumatologue\n"
    "Patient : [[NAME:Thierry BLANCHARD]] (né le [[DATE:17/09/1958]])\n"
    "Gonarthrose bilatérale, infiltration genou droit.",
    "Le patient a été transféré de l'[[ESTABLISHMENT:hôpital de Quimperlé]] vers le "
    "[[ESTABLISHMENT:CHU de Brest]] le [[DATE:02/02/2023]] pour prise en charge neurochirurgicale.",
    "Courrier à : Docteur [[NAME:Anne-Laure Prigent]], [[ADDRESS:2 place de l'Église]], "
    "[[POSTCODE:29800]] [[CITY:Landerneau]].",
    "RDV pris à la consultation mémoire du [[ESTABLISHMENT:CHU de Rennes]] "
    "([[ESTABLISHMENT:hôpital Pontchaillou]]) le [[DATE:jeudi 4 juillet]] à 9h.",
    "ATCD : appendicectomie (1985), cholécystectomie en 2009, PTH droite en 2017. "
    "Tabac sevré depuis 2000. Allergie à la pénicilline.",
    "Mail de [[NAME:Sophie Marchand]] ([[EMAIL:s.marchand@ch-cornouaille.fr]]) : l'IRM est "
    "prévue le [[DATE:18/04]] à 14h, merci de prévenir le patient.",
    "IDE : pansement refait, plaie propre. Kiné [[NAME:Maxime]] passé à 10h. "
    "Mobilisation au fauteuil. Signé : [[NAME:Laure D.]]",
    "Personne à prévenir : [[NAME:M. Roger Tanguy]] (fils) – [[PHONE:07 82 13 56 09]] – "
    "[[ADDRESS:18 rue de Brest]], [[POSTCODE:29200]] [[CITY:BREST]].",
    "Pas de contre-indication à la reprise du travail. Certificat remis. "
    "Dr [[NAME:Caroline Bodin]] – RPPS [[RPPS:10003456789]]",
    "Hospitalisé en [[DATE:janvier 2022]] pour une décompensation de BPCO (GOLD 3). "
    "Depuis, 2 exacerbations/an. VNI nocturne.",
    "La patiente, [[AGE:93 ans]], présente une démence type Alzheimer évoluée. "
    "Sa petite-fille [[NAME:Émilie]] est sa personne de confiance.",
    "NIR du patient : [[NIR:1 54 07 29 019 063 22]]. Prise en charge à 100 % (ALD 8).",
    "Pour info, [[NAME:Mme Nguyen]] a été réhospitalisée à la [[ESTABLISHMENT:Clinique Pasteur]] "
    "de [[CITY:Brest]] le [[DATE:23 août]]. Compte rendu demandé.",
    "Staff du mardi : dossier de [[NAME:M. Bouvier]] présenté par le [[NAME:Pr Caroff]]. "
    "Indication de TAVI retenue (EuroSCORE II 4,2 %).",
    "Score de Glasgow à 13 (Y3 V4 M6) à l'arrivée du SMUR. Pupilles isocores. "
    "Hémoglobine 11,8 g/dL, lactates 2,1 mmol/L.",
    "[[NAME:Marie-Christine]], IDE de l'[[ESTABLISHMENT:HAD du Pays de Morlaix]], signale "
    "une escarre talonnière stade 2 chez [[NAME:Mme Quéré]].",
    "Dossier n° [[RECORD_ID:2024-118734]] – Séjour n° [[RECORD_ID:901234567]]\n"
    "Motif d'admission : douleur abdominale fébrile.",
    "Antécédents familiaux : père décédé d'un IDM à 62 ans, mère diabétique, "
    "sœur suivie pour un cancer du sein.",
    "Le Dr [[NAME:Morvan]] (cardiologue, [[ESTABLISHMENT:clinique Saint-Yves]]) a "
    "introduit le Xarelto 20 mg le [[DATE:9/10/2023]].",
    "Résultats consultables sur [[URL:https://resultats.labo-iroise.fr]] avec l'identifiant "
    "[[RECORD_ID:IRO-558231]].",
    "Patient connu du service, suivi par le [[NAME:Dr Salaün]] pour une cirrhose "
    "Child-Pugh B. Dernière endoscopie le [[DATE:5 février 2024]] : VO grade 2 ligaturées.",
    "Transmission : [[NAME:m. kerbrat]] refuse son traitement ce soir, vu avec l'interne. "
    "Glycémie 2,4 g/L, 6 UI de Novorapid.",
    "Infirmière coordinatrice : [[NAME:Gwenola Le Roux]], [[PHONE:02 98 33 12 45]] "
    "poste [[PHONE:4512]].",
    "Syndrome coronarien aigu ST+ inférieur, thrombolyse à H1, coronarographie à H6. "
    "FEVG 50 %. Sortie à J5 sous bisoprolol, ramipril, atorvastatine 80 mg, Brilique.",
    "Né à [[CITY:Douarnenez]], marin pêcheur retraité, exposition à l'amiante. "
    "Vit avec son épouse [[NAME:Josiane]] à [[CITY:Tréboul]].",
    "Adressée par le [[ESTABLISHMENT:CMP de Quimper]] pour idées suicidaires. "
    "Évaluation par le psychiatre de garde, [[NAME:Dr Jaouen]].",
    "Examen du [[DATE:14 novembre 2023]] comparé à celui du [[DATE:2 mai 2023]] : "
    "stabilité du nodule lobaire supérieur droit (8 mm). Lung-RADS 2.",
    "Le médecin traitant, [[NAME:Dr Philippe Guivarch]], sera destinataire de ce courrier.",
    "Traitement habituel : Kardegic 75, Tahor 40, Coversyl 5, Lasilix 40, Diffu-K x2/j. "
    "INR cible 2-3 pour la valve mécanique (Saint Jude 2015).",
    "Signé électroniquement par [[NAME:Dr Y. Le Bras]] le [[DATE:08/01/2024]] à 17:42.",
    "Accueil aux urgences du [[ESTABLISHMENT:CH de Morlaix]] : box 4. Brancardier informé. "
    "Transfert en UHCD.",
    "Madame [[NAME:Rolland]], 58 ans, fumeuse (35 PA), consulte pour hémoptysie. "
    "Scanner : masse hilaire droite. Fibroscopie prévue [[DATE:lundi 11 mars]].",
    "Le fils, [[NAME:Frédéric Abgrall]], souhaite être appelé avant toute décision "
    "([[PHONE:+33 6 45 98 21 07]]).",
]

EN_HANDWRITTEN: list[str] = [
    "Mr. [[NAME:John O'Neill]] is a 71-year-old man seen at "
    "[[ESTABLISHMENT:Johns Hopkins Bayview]] on [[DATE:March 4, 2023]] for COPD exacerbation. "
    "His wife [[NAME:Eileen]] is at bedside.",
    "Discussed with Dr. [[NAME:Sarah-Jane Cole]] (pulmonology). Plan: prednisone 40 mg x5 days, "
    "azithromycin, nebs q4h. Follow up in 2 weeks.",
    "Patient lives alone in [[CITY:Dorchester]], MA [[POSTCODE:02124]]. Son [[NAME:Kevin]] "
    "checks on him daily, phone [[PHONE:(617) 555-0199]].",
    "Ms. [[NAME:Alvarez]] was transferred from [[ESTABLISHMENT:Mercy]] Hospital on "
    "[[DATE:11/02/2022]] with septic shock, lactate 4.8.",
    "Referring physician: [[NAME:Raymond Holt]], MD\nPCP: Dr. [[NAME:Amy Santiago]]",
    "Day 3 of ceftriaxone. Afebrile x48h. WBC 9.1 down from 17. Plan switch to PO cefpodoxime.",
    "Called daughter [[NAME:Linda Park]] at [[PHONE:415-555-0123]] to update her on the CT "
    "findings. She will come on [[DATE:Tuesday, June 6]].",
    "[[AGE:92-year-old]] female with Parkinson's disease, Hoehn and Yahr stage 4, "
    "admitted for aspiration pneumonia.",
    "Seen by Dr. [[NAME:Patel]] and Dr. [[NAME:Nguyen]] in the ED. Troponin negative x2. "
    "HEART score 3. Discharged home.",
    "Email sent to [[EMAIL:case.management@stlukes.org]] regarding SNF placement.",
    "MRN [[RECORD_ID:00483921]] / Acct [[RECORD_ID:A7730218]]",
    "Her granddaughter, [[NAME:Chloe]], reports she has been more confused since last Thursday.",
    "Pacemaker interrogation: Medtronic Azure, serial [[DEVICE_ID:RNB604312S]], normal function.",
    "Nursing note: pt ambulated 50 ft with PT. Pain 2/10. Tolerating regular diet. "
    "Plan DC home tomorrow with VNA.",
    "Transferred to [[ESTABLISHMENT:Brigham]] for ECMO evaluation per Dr. [[NAME:Rosa Diaz]].",
]


def parse_marked(snippet: str) -> tuple[str, list[dict]]:
    """Turn '[[LABEL:text]]' markup into plain text plus exact gold offsets."""
    out: list[str] = []
    ents: list[dict] = []
    pos = 0
    for part in re.split(r"(\[\[[A-Z_]+:.*?\]\])", snippet, flags=re.DOTALL):
        m = re.fullmatch(r"\[\[([A-Z_]+):(.*?)\]\]", part, flags=re.DOTALL)
        if m:
            label, value = m.group(1), m.group(2)
            # Titles are context, not identifiers: "Mme Garcia" -> gold "Garcia".
            t = re.match(
                r"(?:(?:Mme|Mlle|M\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?|Madame|Monsieur|m\.)\s+)", value
            )
            if label == "NAME" and t:
                out.append(value[: t.end()])
                pos += t.end()
                value = value[t.end() :]
            ents.append({"start": pos, "end": pos + len(value), "label": label})
            out.append(value)
            pos += len(value)
        else:
            out.append(part)
            pos += len(part)
    return "".join(out), ents


def make_rows(
    templates: list[str],
    negatives: list[str],
    fillers: dict[str, Filler],
    prefix: str,
    n_positive: int,
    seed: int,
    handwritten: list[str] | None = None,
) -> list[dict]:
    g = Gen(seed)
    rows: list[dict] = []
    for i in range(n_positive):
        text, ents = build(templates[i % len(templates)], fillers, g)
        rows.append({"id": f"{prefix}-{i + 1:03d}", "text": text, "entities": ents})
    for j, neg in enumerate(negatives):
        rows.append({"id": f"{prefix}-neg-{j + 1:03d}", "text": neg, "entities": []})
    for j, snippet in enumerate(handwritten or []):
        text, ents = parse_marked(snippet)
        rows.append({"id": f"{prefix}-hw-{j + 1:03d}", "text": text, "entities": ents})
    # Lone years in the negatives are DateYear gold: a year alone may stay, scored apart.
    for row in rows:
        if not row["entities"] or row["id"].startswith((f"{prefix}-neg", f"{prefix}-hw")):
            taken = [(e["start"], e["end"]) for e in row["entities"]]
            for m in re.finditer(r"(?<![\d/.,])(19[5-9]\d|20[0-2]\d)(?![\d/]|[.,]\d)", row["text"]):
                if not any(a < m.end() and m.start() < b for a, b in taken):
                    row["entities"].append(
                        {"start": m.start(), "end": m.end(), "label": "DateYear"}
                    )
    for row in rows:
        row["entities"].sort(key=lambda e: e["start"])
        for e in row["entities"]:
            e["text"] = row["text"][e["start"] : e["end"]]
    return rows


def main() -> None:
    fr = make_rows(
        FR_TEMPLATES,
        FR_NEGATIVES,
        fr_fillers(),
        "fr",
        160,
        seed=20240611,
        handwritten=FR_HANDWRITTEN,
    )
    en = make_rows(
        EN_TEMPLATES,
        EN_NEGATIVES,
        en_fillers(),
        "en",
        48,
        seed=19971003,
        handwritten=EN_HANDWRITTEN,
    )
    for name, rows in (("deid_fr.jsonl", fr), ("deid_en.jsonl", en)):
        with (HERE / name).open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(name, len(rows), "snippets,", sum(len(r["entities"]) for r in rows), "spans")


if __name__ == "__main__":
    main()
