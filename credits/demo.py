"""Demo credit history for `seed_demo`: idempotent, development only.

Courses do not award credit yet, so a few platform activities are created here (keyed by
`source_type="credits.demo"`), designated, and awarded through the same services as real ones.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from accounts.models import User

from . import services
from .models import (
    Activity,
    ActivityFormat,
    ActivityKind,
    Category,
    ExternalActivity,
    ExternalStatus,
    Framework,
    LedgerEntry,
)

DEMO_SOURCE = "credits.demo"
# A minimal, well-formed PDF: enough for the content check and a browser to open.
DEMO_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)

# key, title, kind, provider, format, national priority, months open before today,
# months until expiry (None: no expiry), designations [(framework, category, max)]
ACTIVITIES = [
    (
        "ia-diagnostic",
        "IA et aide au diagnostic : ce que le généraliste doit savoir",
        ActivityKind.COURSE,
        "Compagnon",
        ActivityFormat.ONLINE,
        True,
        30,
        24,
        [
            ("certification-periodique", "bloc-1", "3"),
            ("dpc", "formation-continue", "3"),
            ("eaccme", "elearning", "3"),
            ("ama-pra-1", "enduring-material", "3"),
        ],
    ),
    (
        "objets-connectes",
        "Objets connectés et télésurveillance : en parler avec le patient",
        ActivityKind.COURSE,
        "Compagnon",
        ActivityFormat.ONLINE,
        False,
        28,
        30,
        [
            ("certification-periodique", "bloc-3", "2"),
            ("dpc", "formation-continue", "2"),
            ("eaccme", "elearning", "2"),
        ],
    ),
    (
        "lecture-essai-sglt2",
        "Lecture critique : inhibiteurs de SGLT2 et insuffisance cardiaque",
        ActivityKind.STUDY_DIGEST,
        "Compagnon",
        ActivityFormat.ONLINE,
        False,
        26,
        30,
        [
            ("certification-periodique", "bloc-1", "1"),
            ("ama-pra-1", "journal-cme", "1"),
            ("ama-pra-2", "self-directed", "1"),
        ],
    ),
    (
        "revue-morbi-mortalite",
        "Revue de morbi-mortalité : erreurs médicamenteuses",
        ActivityKind.CASE_CONTRIBUTION,
        "Compagnon",
        ActivityFormat.ONLINE,
        True,
        24,
        None,
        [
            ("certification-periodique", "bloc-2", "2"),
            ("dpc", "gestion-des-risques", "2"),
        ],
    ),
    (
        "audit-antibiotiques",
        "Audit clinique : prescription d'antibiotiques en ville",
        ActivityKind.COURSE,
        "Compagnon",
        ActivityFormat.BLENDED,
        True,
        20,
        36,
        [
            ("certification-periodique", "bloc-2", "4"),
            ("dpc", "epp", "4"),
        ],
    ),
    (
        "compagnonnage-teleconsultation",
        "Séance de compagnonnage : téléconsultation en soins primaires",
        ActivityKind.MENTORING_SESSION,
        "Compagnon",
        ActivityFormat.ONLINE,
        False,
        18,
        None,
        [
            ("certification-periodique", "bloc-3", "1.5"),
            ("ama-pra-2", "teaching", "1.5"),
        ],
    ),
    (
        "sante-soignant",
        "Prendre soin de soi : prévenir l'épuisement professionnel",
        ActivityKind.COURSE,
        "Compagnon",
        ActivityFormat.ONLINE,
        False,
        12,
        36,
        [("certification-periodique", "bloc-4", "2")],
    ),
    (
        "consentement-donnees",
        "Consentement et données de santé : le rôle du tiers de confiance",
        ActivityKind.COURSE,
        "Compagnon",
        ActivityFormat.ONLINE,
        True,
        6,
        36,
        [
            ("certification-periodique", "bloc-3", "2"),
            ("dpc", "gestion-des-risques", "2"),
            ("eaccme", "elearning", "2"),
        ],
    ),
]

# user, activity key, framework, amount, earned months ago
AWARDS = [
    ("junior", "ia-diagnostic", "certification-periodique", "2.5", 20),
    ("junior", "ia-diagnostic", "dpc", "2.5", 10),
    ("junior", "ia-diagnostic", "eaccme", "2.5", 20),
    ("junior", "lecture-essai-sglt2", "certification-periodique", "1", 14),
    ("junior", "revue-morbi-mortalite", "certification-periodique", "2", 9),
    ("junior", "objets-connectes", "certification-periodique", "1.75", 5),
    ("junior", "objets-connectes", "eaccme", "1.5", 5),
    ("junior", "audit-antibiotiques", "certification-periodique", "3.5", 2),
    ("senior", "ia-diagnostic", "certification-periodique", "3", 28),
    ("senior", "ia-diagnostic", "ama-pra-1", "3", 28),
    ("senior", "lecture-essai-sglt2", "certification-periodique", "1", 25),
    ("senior", "lecture-essai-sglt2", "ama-pra-1", "1", 25),
    ("senior", "lecture-essai-sglt2", "ama-pra-2", "1", 25),
    ("senior", "revue-morbi-mortalite", "certification-periodique", "2", 22),
    ("senior", "revue-morbi-mortalite", "dpc", "2", 10),
    ("senior", "audit-antibiotiques", "certification-periodique", "4", 18),
    ("senior", "audit-antibiotiques", "dpc", "4", 8),
    ("senior", "compagnonnage-teleconsultation", "certification-periodique", "1.5", 15),
    ("senior", "compagnonnage-teleconsultation", "ama-pra-2", "1.5", 15),
    ("senior", "sante-soignant", "certification-periodique", "2", 7),
]

# user, title, provider, framework, category, amount, months ago, final status
EXTERNAL = [
    (
        "junior",
        "Congrès de médecine générale — atelier dermatoscopie",
        "Collège de médecine générale",
        "certification-periodique",
        "bloc-1",
        "3",
        16,
        ExternalStatus.ACCEPTED,
    ),
    (
        "junior",
        "Formation aux gestes d'urgence (AFGSU 2)",
        "CESU 35",
        "dpc",
        "formation-continue",
        "7",
        3,
        ExternalStatus.SELF_DECLARED,
    ),
    (
        "senior",
        "ESC Congress 2024 — heart failure sessions",
        "European Society of Cardiology",
        "eaccme",
        "live",
        "12",
        26,
        ExternalStatus.ACCEPTED,
    ),
    (
        "senior",
        "ACC.25 Scientific Session",
        "American College of Cardiology",
        "ama-pra-1",
        "live-activity",
        "18.5",
        20,
        ExternalStatus.ACCEPTED,
    ),
    (
        "senior",
        "Webinaire insuffisance cardiaque",
        "Société française de cardiologie",
        "dpc",
        "formation-continue",
        "1.5",
        1,
        ExternalStatus.SELF_DECLARED,
    ),
]


def _months_ago(today: dt.date, months: int) -> dt.date:
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    return dt.date(year, month + 1, min(today.day, 28))


@transaction.atomic
def seed(stdout=None) -> None:
    services.frameworks_ensure()
    users = {
        u.email.split("@")[0]: u
        for u in User.objects.filter(email__endswith="@demo.compagnon.test")
    }
    junior, senior = users.get("junior"), users.get("senior")
    moderator = users.get("moderator")
    if junior is None or senior is None or moderator is None:
        return
    frameworks = {f.code: f for f in Framework.objects.all()}
    categories = {
        (c.framework.code, c.code): c for c in Category.objects.select_related("framework")
    }
    now = timezone.now()
    today = timezone.localdate()

    services.user_framework_set(
        user=junior,
        framework=frameworks["certification-periodique"],
        cycle_start=dt.date(2023, 11, 1),
        in_practice_2023=False,
    )
    services.user_framework_set(user=junior, framework=frameworks["dpc"])
    services.user_framework_set(
        user=junior, framework=frameworks["eaccme"], cycle_start=dt.date(2024, 1, 1)
    )
    services.user_framework_set(
        user=senior, framework=frameworks["certification-periodique"], in_practice_2023=True
    )
    services.user_framework_set(user=senior, framework=frameworks["dpc"])
    services.user_framework_set(
        user=senior, framework=frameworks["ama-pra-1"], cycle_start=dt.date(2024, 1, 1)
    )

    activities = {}
    for key, title, kind, provider, fmt, priority, opened, expires, designations in ACTIVITIES:
        activity = Activity.objects.filter(source_type=DEMO_SOURCE, source_id=key).first()
        if activity is None:
            activity = services.activity_create(
                title=title,
                kind=kind,
                provider=provider,
                format=fmt,
                opens_at=now - dt.timedelta(days=30 * opened),
                expires_at=now + dt.timedelta(days=30 * expires) if expires else None,
                national_priority=priority,
                source=(DEMO_SOURCE, key),
                designations=[
                    (frameworks[f], categories[(f, c)], Decimal(m)) for f, c, m in designations
                ],
            )
        activities[key] = activity

    awards = 0
    for local, key, framework_code, amount, months in AWARDS:
        result = services.credit_award(
            user=users[local],
            activity=activities[key],
            framework=frameworks[framework_code],
            amount=Decimal(amount),
            attestation="J'atteste avoir consacré ce temps à l'activité.",
            earned_on=_months_ago(today, months),
        )
        awards += result.created

    # A certificate per completed activity (before the revocation below, so one shows revoked).
    for local, key in {(local, key) for local, key, *_rest in AWARDS}:
        services.certificate_issue(user=users[local], activity=activities[key])

    # One award revoked: the junior's EACCME credit for a course whose accreditation lapsed.
    revoked = LedgerEntry.objects.filter(
        user=junior,
        activity=activities["objets-connectes"],
        framework=frameworks["eaccme"],
        kind="award",
    ).first()
    if revoked is not None and not LedgerEntry.objects.filter(revokes=revoked).exists():
        services.credit_revoke(
            entry=revoked,
            by=moderator,
            reason="Accréditation EACCME de la session non renouvelée par le prestataire.",
        )

    for local, title, provider, fw, cat, amount, months, status in EXTERNAL:
        user = users[local]
        external = ExternalActivity.objects.filter(user=user, title=title).first()
        if external is None:
            external = services.external_credit_declare(
                user=user,
                title=title,
                provider=provider,
                earned_on=_months_ago(today, months),
                framework=frameworks[fw],
                category=categories[(fw, cat)],
                amount=Decimal(amount),
                evidence=ContentFile(DEMO_PDF, name="attestation.pdf"),
            )
        if (
            status != ExternalStatus.SELF_DECLARED
            and external.status == ExternalStatus.SELF_DECLARED
        ):
            services.external_credit_decide(
                decided_by=moderator,
                external=external,
                accept=status == ExternalStatus.ACCEPTED,
                reason="",
            )
    if stdout is not None:
        stdout.write(
            f"  credits: {len(activities)} activities, {awards} new awards, "
            f"{LedgerEntry.objects.filter(user__in=[junior, senior]).count()} ledger entries"
        )
