"""Demo cases for `seed_demo`: idempotent, development only.

About a dozen fully anonymised cases (French and English) across specialties, written and
published through the same services as real ones — the de-identification gate, moderation,
replies, endorsements, outcomes and one blind differential. The demo junior authors none, so
that their first case still goes through moderation as in the issue's walkthrough.
"""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction

from accounts.demo import demo_email
from accounts.models import User

from . import services
from .models import Case, CaseStatus, Differential, Reply, ReplyStatus, Resolution

# Each case: author, fields, replies [(author, body, endorsed by, helpful)], outcome or None,
# differentials [(user, [items])] (blind mode only).
CASES = [
    {
        "author": "senior",
        "fields": {
            "language": "fr",
            "specialty": "cardiology",
            "age_band": "60-64",
            "sex": "male",
            "title": "Douleur thoracique d'effort avec ECG de repos normal",
            "context": "Consultation programmée en cabinet pour renouvellement de traitement.",
            "presentation": (
                "Oppression thoracique à la montée des escaliers depuis trois semaines, cédant "
                "en moins de cinq minutes au repos. Pas de douleur de repos."
            ),
            "history": (
                "Tabagisme actif à 30 paquets-années, hypertension artérielle traitée, "
                "dyslipidémie non traitée. Père coronarien."
            ),
            "examination": "PA 152/88 mmHg, FC 74/min, auscultation cardiaque normale.",
            "investigations": "ECG de repos normal. LDL-c 1,9 g/L, HbA1c 5,8 %.",
            "management": "Aspirine 75 mg débutée, arrêt du tabac proposé.",
            "question": (
                "Épreuve d'effort, scintigraphie ou coroscanner en première intention chez ce "
                "patient à probabilité intermédiaire ?"
            ),
            "tags": "angor, prévention, imagerie",
        },
        "replies": [
            (
                "resident",
                "Avec une probabilité pré-test intermédiaire, les recommandations européennes "
                "privilégient un **test d'imagerie fonctionnelle** ou le *coroscanner* plutôt "
                "que l'épreuve d'effort seule.",
                ["nurse", "pharmacist"],
                True,
            ),
            (
                "geriatrician",
                "Pensez aussi à introduire une statine sans attendre le bilan.",
                ["senior"],
                False,
            ),
        ],
        "outcome": (
            "Angor stable sur sténose de l'IVA proximale",
            "Coroscanner puis coronarographie à J10 : sténose serrée, angioplastie avec stent. "
            "Asymptomatique à trois mois sous traitement optimal.",
            True,
        ),
    },
    {
        "author": "resident",
        "fields": {
            "language": "en",
            "specialty": "emergency_medicine",
            "age_band": "20-24",
            "sex": "female",
            "title": "Syncope during a sprint in a young athlete",
            "context": "Brought to the emergency department after collapsing during training.",
            "presentation": (
                "Sudden loss of consciousness during a sprint, lasting under a minute, with "
                "spontaneous recovery. No prodrome, no incontinence, no tongue biting."
            ),
            "history": "No known illness. A cousin died suddenly in their thirties.",
            "examination": (
                "Systolic ejection murmur at the left sternal border, louder on standing. "
                "Neurological examination normal."
            ),
            "investigations": (
                "ECG: left ventricular hypertrophy voltage criteria with deep T-wave "
                "inversion in V4-V6. Troponin normal."
            ),
            "management": "Admitted to cardiology, competitive sport suspended.",
            "question": "What is your ranked differential before the echocardiogram?",
            "tags": "syncope, sport, sudden death",
            "blind_differential": True,
        },
        "replies": [
            (
                "senior",
                "Exertional syncope with a murmur that increases on standing: this must be "
                "taken seriously until proven otherwise.",
                ["resident"],
                True,
            ),
        ],
        "differentials": [
            ("senior", ["Hypertrophic cardiomyopathy", "Aortic stenosis", "Long QT syndrome"]),
            ("nurse", ["Vasovagal syncope", "Hypertrophic cardiomyopathy"]),
            ("ipa", ["Long QT syndrome", "Arrhythmogenic right ventricular cardiomyopathy"]),
        ],
        "outcome": (
            "Hypertrophic cardiomyopathy",
            "Echocardiography showed asymmetric septal hypertrophy with a dynamic outflow "
            "gradient. An implantable defibrillator was discussed; family screening started.",
            True,
        ),
    },
    {
        "author": "pharmacist",
        "fields": {
            "language": "fr",
            "specialty": "community_pharmacy",
            "age_band": "75-79",
            "sex": "female",
            "title": "INR à 6 après une cure d'antibiotique chez une patiente sous AVK",
            "context": "Délivrance d'une ordonnance de fluindione renouvelée à l'officine.",
            "presentation": (
                "La patiente signale des ecchymoses spontanées. Elle a terminé la veille une "
                "cure de cotrimoxazole pour une infection urinaire."
            ),
            "history": "Fibrillation atriale, insuffisance rénale chronique modérée.",
            "examination": "Ecchymoses des avant-bras, pas de saignement actif.",
            "investigations": "INR 6,2 au contrôle demandé en urgence.",
            "management": "Médecin traitant prévenu, prise d'AVK suspendue.",
            "question": (
                "Comment mieux repérer ces interactions au comptoir quand l'antibiotique est "
                "prescrit par un autre médecin ?"
            ),
            "tags": "interactions, AVK, iatrogénie",
        },
        "replies": [
            (
                "senior",
                "Le dossier pharmaceutique aide beaucoup : une alerte systématique AVK + "
                "cotrimoxazole devrait déclencher un INR à J3.",
                ["pharmacist", "nurse"],
                True,
            ),
            (
                "nurse",
                "En soins à domicile nous vérifions aussi le carnet AVK à chaque nouvelle "
                "prescription.",
                [],
                False,
            ),
        ],
        "outcome": (
            "Surdosage en AVK par interaction médicamenteuse",
            "Vitamine K orale, INR à 2,8 à J2, pas de complication hémorragique.",
            True,
        ),
    },
    {
        "author": "midwife",
        "fields": {
            "language": "fr",
            "specialty": "midwifery",
            "age_band": "30-34",
            "sex": "female",
            "title": "Prurit palmo-plantaire au troisième trimestre",
            "context": "Consultation de suivi de grossesse à 34 semaines d'aménorrhée.",
            "presentation": (
                "Prurit intense des paumes et des plantes, à prédominance nocturne, sans "
                "lésion cutanée."
            ),
            "history": "Deuxième grossesse, première grossesse sans particularité.",
            "examination": "Pas d'ictère, lésions de grattage, mouvements actifs fœtaux perçus.",
            "investigations": "Acides biliaires 38 µmol/L, transaminases doublées.",
            "management": "Avis obstétrical demandé, acide ursodésoxycholique discuté.",
            "question": "À partir de quel seuil d'acides biliaires programmez-vous la naissance ?",
            "tags": "grossesse, prurit",
        },
        "replies": [
            (
                "resident",
                "Au-delà de 100 µmol/L le risque de mort fœtale augmente nettement ; entre 40 "
                "et 100 la surveillance est rapprochée.",
                ["midwife"],
                True,
            ),
        ],
        "outcome": (
            "Cholestase intrahépatique gravidique",
            "Traitement par acide ursodésoxycholique, naissance à 37 semaines, enfant en bonne "
            "santé, bilan hépatique normalisé en post-partum.",
            True,
        ),
    },
    {
        "author": "geriatrician",
        "fields": {
            "language": "fr",
            "specialty": "geriatrics",
            "age_band": "85-89",
            "sex": "female",
            "title": "Chutes répétées depuis l'introduction d'un antidépresseur",
            "context": "Patiente vivant seule, adressée par son médecin traitant.",
            "presentation": "Trois chutes en un mois, confusion fluctuante, asthénie marquée.",
            "history": (
                "Épisode dépressif traité par sertraline depuis six semaines. Diurétique "
                "thiazidique pour une hypertension."
            ),
            "examination": "Pas de déficit focal, hypotension orthostatique absente.",
            "investigations": "Natrémie 122 mmol/L, osmolalité urinaire inadaptée.",
            "management": "Sertraline suspendue, restriction hydrique.",
            "question": "Quel antidépresseur proposer ensuite chez cette patiente ?",
            "tags": "chutes, hyponatrémie, iatrogénie",
        },
        "replies": [
            (
                "pharmacist",
                "La mirtazapine expose moins au SIADH que les ISRS, mais attention à la "
                "sédation et au risque de chute.",
                ["geriatrician"],
                True,
            ),
        ],
        "outcome": (
            "Hyponatrémie par SIADH iatrogène",
            "Natrémie normalisée en une semaine ; relais par mirtazapine à faible dose, plus "
            "de chute à deux mois.",
            True,
        ),
    },
    {
        "author": "physio",
        "fields": {
            "language": "fr",
            "specialty": "physiotherapy",
            "age_band": "40-44",
            "sex": "male",
            "title": "Lombalgie chronique et peur du mouvement",
            "context": "Prise en charge en cabinet de kinésithérapie sur prescription.",
            "presentation": (
                "Lombalgie depuis plus d'un an, arrêt de travail prolongé, évitement de la "
                "flexion du tronc."
            ),
            "history": "Travail de manutention, pas de signe d'alerte.",
            "examination": "Score de Tampa élevé, mobilité lombaire réduite par appréhension.",
            "investigations": "IRM sans anomalie expliquant la douleur.",
            "management": "Éducation à la douleur, exercices gradués.",
            "question": "Quels outils utilisez-vous pour suivre la kinésiophobie ?",
            "tags": "lombalgie, éducation thérapeutique",
        },
        "replies": [
            (
                "ipa",
                "Nous utilisons une application connectée pour les exercices à domicile ; "
                "l'adhésion est meilleure avec un retour hebdomadaire du soignant.",
                ["physio"],
                False,
            ),
        ],
        "outcome": None,
    },
    {
        "author": "dentist",
        "fields": {
            "language": "fr",
            "specialty": "dental_surgery",
            "age_band": "65-69",
            "sex": "female",
            "title": "Exposition osseuse après extraction sous bisphosphonates",
            "context": "Consultation au cabinet pour une douleur persistante après extraction.",
            "presentation": (
                "Os exposé dans l'alvéole six semaines après l'extraction d'une molaire."
            ),
            "history": "Ostéoporose traitée par acide zolédronique depuis quatre ans.",
            "examination": "Exposition osseuse de 5 mm, pas de suppuration.",
            "investigations": "Panoramique : séquestre en cours de formation.",
            "management": "Bains de bouche antiseptiques, avis spécialisé demandé.",
            "question": "Faut-il suspendre le bisphosphonate ?",
            "tags": "ostéonécrose, bisphosphonates",
        },
        "replies": [
            (
                "senior",
                "La décision se prend avec le prescripteur : le bénéfice osseux est souvent "
                "supérieur au risque, la suspension ne change pas toujours l'évolution.",
                ["dentist"],
                True,
            ),
        ],
        "outcome": None,
    },
    {
        "author": "ipa",
        "fields": {
            "language": "en",
            "specialty": "advanced_practice_nursing",
            "age_band": "70-74",
            "sex": "male",
            "title": "Remote-monitoring alert: two kilograms gained in three days",
            "context": (
                "Heart-failure telemonitoring programme followed by an advanced practice nurse."
            ),
            "presentation": (
                "The connected scale raised an alert for a 2 kg weight gain over three days. "
                "Mild ankle swelling reported by phone, no dyspnoea at rest."
            ),
            "history": "Heart failure with reduced ejection fraction, on four drug classes.",
            "examination": "Teleconsultation: bilateral ankle oedema, no crackles reported.",
            "investigations": "BNP pending, creatinine stable last month.",
            "management": "Furosemide increased per the shared protocol.",
            "question": "How do you avoid alert fatigue while catching real decompensations?",
            "tags": "telemonitoring, heart failure, connected devices",
        },
        "replies": [
            (
                "senior",
                "We combine weight with symptoms in the alert rule; weight alone produced too "
                "many false alarms in our service.",
                ["ipa", "resident"],
                True,
            ),
            (
                "nurse",
                "Patient education on weighing at the same time every morning halved our "
                "spurious alerts.",
                ["ipa"],
                True,
            ),
        ],
        "outcome": (
            "Early congestion, managed at home",
            "Weight back to baseline within four days after the diuretic adjustment; no admission.",
            True,
        ),
    },
    {
        "author": "resident",
        "fields": {
            "language": "en",
            "specialty": "paediatrics",
            "age_band": "5-9",
            "sex": "male",
            "title": "Limp and low-grade fever in a child",
            "context": "Seen in the paediatric emergency department.",
            "presentation": "Refuses to bear weight on the right leg since the morning.",
            "history": "Viral upper respiratory infection the week before.",
            "examination": "Temperature 38.1 °C, painful hip rotation, no skin lesion.",
            "investigations": "CRP 18 mg/L, white cells 11 G/L, small effusion on ultrasound.",
            "management": "Analgesia and observation.",
            "question": "Would you aspirate the hip with these Kocher criteria?",
            "tags": "paediatrics, limp",
        },
        "replies": [
            (
                "senior",
                "Two Kocher criteria at most here; many teams would observe and repeat the "
                "CRP rather than aspirate straight away.",
                ["resident"],
                True,
            ),
        ],
        "outcome": None,
    },
    {
        "author": "senior",
        "fields": {
            "language": "fr",
            "specialty": "endocrinology",
            "age_band": "50-54",
            "sex": "female",
            "title": "Hypoglycémies nocturnes révélées par un capteur de glucose connecté",
            "context": "Suivi d'un diabète de type 1 en consultation.",
            "presentation": (
                "Le capteur montre des hypoglycémies nocturnes répétées, non ressenties, vers "
                "trois heures du matin."
            ),
            "history": "Diabète de type 1 depuis vingt ans, schéma basal-bolus.",
            "examination": "Examen sans particularité, pas de lipodystrophie.",
            "investigations": "HbA1c 6,4 %, temps sous la cible 9 %.",
            "management": "Baisse de la dose d'insuline basale de 10 %.",
            "question": "Proposeriez-vous une pompe à insuline en boucle fermée ?",
            "tags": "diabète, objets connectés",
        },
        "replies": [
            (
                "ipa",
                "Avec plus de 4 % de temps sous la cible et des hypoglycémies non ressenties, "
                "la boucle fermée est tout à fait indiquée.",
                ["senior"],
                True,
            ),
        ],
        "outcome": None,
    },
    {
        "author": "pharmacist",
        "fields": {
            "language": "en",
            "specialty": "community_pharmacy",
            "age_band": "45-49",
            "sex": "male",
            "title": "Agitation and tremor after tramadol was added to sertraline",
            "context": (
                "The patient came back to the pharmacy two days after a dental prescription."
            ),
            "presentation": "Restlessness, sweating, tremor and diarrhoea since the day before.",
            "history": "Depression treated with sertraline 100 mg.",
            "examination": "Tachycardia at 112/min, inducible clonus reported by the GP.",
            "investigations": "None at the pharmacy.",
            "management": "Referred to the general practitioner that day; tramadol stopped.",
            "question": "Which analgesic would you have suggested instead?",
            "tags": "serotonin syndrome, interactions",
        },
        "replies": [
            (
                "geriatrician",
                "Paracetamol first, with a short course of an NSAID if there is no "
                "contraindication; avoid tramadol and codeine with SSRIs.",
                ["pharmacist"],
                True,
            ),
        ],
        "outcome": (
            "Mild serotonin syndrome",
            "Symptoms resolved within 48 hours after stopping tramadol.",
            True,
        ),
    },
    {
        "author": "nurse",
        "fields": {
            "language": "fr",
            "specialty": "general_nursing",
            "age_band": "80-84",
            "sex": "female",
            "title": "Ulcère de jambe qui ne cicatrise pas malgré la compression",
            "context": "Soins infirmiers à domicile trois fois par semaine.",
            "presentation": "Ulcère de la face interne de jambe évoluant depuis quatre mois.",
            "history": "Insuffisance veineuse, diabète de type 2, artérite non explorée.",
            "examination": "Pouls pédieux faibles, ulcère fibrineux de 4 cm.",
            "investigations": "IPS 0,6 mesuré au domicile.",
            "management": "Compression arrêtée en attendant l'avis vasculaire.",
            "question": "Quelle compression reste possible avec un IPS à 0,6 ?",
            "tags": "plaies, compression",
        },
        "replies": [
            (
                "senior",
                "Entre 0,5 et 0,8 une compression allégée sous surveillance est possible, "
                "après avis vasculaire.",
                ["nurse"],
                True,
            ),
        ],
        "outcome": None,
    },
]


def _user(local: str) -> User:
    return User.objects.get(email=demo_email(local))


def _publish(author: User, fields: dict, moderator: User) -> Case:
    case, flags = services.case_save(author=author, data=dict(fields))
    for flag in flags:
        # Demo texts are written without identifiers; anything the anonymiser still flags is
        # redacted, exactly as an author would.
        services.flag_resolve(user=author, flag=flag, resolution=Resolution.REDACT)
    case = services.case_submit(
        author=author, case=case, consent_basis="anonymised", charter_accepted=True
    )
    if case.status == CaseStatus.IN_REVIEW:
        case = services.case_approve(moderator=moderator, case=case, reason="Démo")
    return case


def _reply(case: Case, author: User, body: str) -> Reply:
    reply = services.reply_create(author=author, case=case, body=body)
    if reply.status == ReplyStatus.HELD:
        reply = services.reply_redact_held(user=author, reply=reply)
    return reply


def _designate_credit() -> None:
    """Staff's designation of case-based learning, as a programme admin would set it."""
    from credits import services as credits_services
    from credits.models import Category, Framework

    templates = services.credit_templates_ensure()
    wanted = [("certification-periodique", "bloc-2", {"publication": "2", "helpful_reply": "1"})]
    for code, category_code, amounts in wanted:
        framework = Framework.objects.filter(code=code).first()
        category = Category.objects.filter(framework=framework, code=category_code).first()
        if framework is None or category is None:
            continue
        for kind, template in templates.items():
            if not template.designations.filter(framework=framework).exists():
                credits_services.designation_set(
                    activity=template,
                    framework=framework,
                    category=category,
                    max_credits=Decimal(amounts[kind]),
                )


@transaction.atomic
def seed(stdout=None) -> list[Case]:
    moderator = _user("moderator")
    _designate_credit()
    created = []
    for spec in CASES:
        author = _user(spec["author"])
        fields = spec["fields"]
        if Case.objects.filter(author=author, title=fields["title"]).exists():
            continue
        case = _publish(author, fields, moderator)
        for local, items in spec.get("differentials", []):
            if not Differential.objects.filter(case=case, user=_user(local)).exists():
                try:
                    services.differential_submit(user=_user(local), case=case, items=items)
                except ValidationError:
                    continue  # an item the anonymiser flags is left out, as a member would
        for local, body, endorsers, helpful in spec["replies"]:
            reply = _reply(case, _user(local), body)
            for endorser in endorsers:
                if endorser != local:
                    services.endorsement_set(user=_user(endorser), reply=reply, on=True)
            if helpful and reply.status == ReplyStatus.VISIBLE:
                services.reply_mark_helpful(user=author, reply=reply)
        if spec["outcome"]:
            diagnosis, text, solved = spec["outcome"]
            services.outcome_post(
                user=author, case=case, diagnosis=diagnosis, text=text, solved=solved, redact=True
            )
        created.append(case)
    if stdout is not None:
        total = Case.objects.filter(
            author__email__endswith="@demo.compagnon.test", status=CaseStatus.PUBLISHED
        ).count()
        stdout.write(f"  cases: {total} published demo cases ({len(created)} new)")
    return created
