"""Demo members for `seed_demo`: idempotent, development only."""

from __future__ import annotations

import base64
import hashlib

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from .choices import CareerStage, Profession, Region, Role, Specialty, VerificationStatus
from .models import CharterAcceptance, PractitionerProfile, User
from .services import charter_accept, roles_ensure

DEMO_PASSWORD = "compagnon-demo-2026"  # noqa: S105 — documented demo credential, dev only
DEMO_DOMAIN = "demo.compagnon.test"


def demo_totp_secret(email: str) -> str:
    """A fixed TOTP secret per demo account, so testers can add it to an authenticator app."""
    digest = hashlib.sha256(f"compagnon-demo:{email}".encode()).digest()[:20]
    return base64.b32encode(digest).decode()


# email local part, first, last, display name, profession, specialty, stage, first year,
# region, languages, roles, status, superuser
DEMO_MEMBERS = [
    (
        "junior",
        "Inès",
        "Moreau",
        "Dr Inès M.",
        Profession.PHYSICIAN,
        Specialty.GENERAL_PRACTICE,
        CareerStage.JUNIOR,
        2023,
        Region.BRETAGNE,
        ["fr", "en"],
        [],
        VerificationStatus.VERIFIED,
    ),
    (
        "senior",
        "Bernard",
        "Lefèvre",
        "Dr Bernard L.",
        Profession.PHYSICIAN,
        Specialty.CARDIOLOGY,
        CareerStage.SENIOR,
        1998,
        Region.BRETAGNE,
        ["fr", "en"],
        [],
        VerificationStatus.VERIFIED,
    ),
    (
        "moderator",
        "Mathilde",
        "Roux",
        "Dr Mathilde R.",
        Profession.PHYSICIAN,
        Specialty.PUBLIC_HEALTH,
        CareerStage.SENIOR,
        2005,
        Region.ILE_DE_FRANCE,
        ["fr", "en"],
        [Role.MODERATOR],
        VerificationStatus.VERIFIED,
    ),
    (
        "editor",
        "Étienne",
        "Garnier",
        "Étienne G.",
        Profession.PHARMACIST,
        Specialty.HOSPITAL_PHARMACY,
        CareerStage.SENIOR,
        2008,
        Region.AUVERGNE_RHONE_ALPES,
        ["fr", "en"],
        [Role.COURSE_EDITOR],
        VerificationStatus.VERIFIED,
    ),
    (
        "admin",
        "Camille",
        "Durand",
        "Camille D.",
        Profession.OTHER,
        Specialty.PUBLIC_HEALTH,
        CareerStage.SENIOR,
        2010,
        Region.ILE_DE_FRANCE,
        ["fr", "en"],
        [Role.PROGRAMME_ADMIN, Role.MODERATOR],
        VerificationStatus.VERIFIED,
    ),
    (
        "nurse",
        "Sophie",
        "Bernard",
        "Sophie B., IDE",
        Profession.NURSE,
        Specialty.GENERAL_NURSING,
        CareerStage.SENIOR,
        2004,
        Region.OCCITANIE,
        ["fr"],
        [],
        VerificationStatus.VERIFIED,
    ),
    (
        "ipa",
        "Karim",
        "Haddad",
        "Karim H., IPA",
        Profession.NURSE,
        Specialty.ADVANCED_PRACTICE_NURSING,
        CareerStage.JUNIOR,
        2019,
        Region.HAUTS_DE_FRANCE,
        ["fr", "ar"],
        [],
        VerificationStatus.VERIFIED,
    ),
    (
        "pharmacist",
        "Claire",
        "Petit",
        "Claire P.",
        Profession.PHARMACIST,
        Specialty.COMMUNITY_PHARMACY,
        CareerStage.SENIOR,
        2001,
        Region.NOUVELLE_AQUITAINE,
        ["fr", "en", "es"],
        [],
        VerificationStatus.VERIFIED,
    ),
    (
        "midwife",
        "Léa",
        "Fontaine",
        "Léa F., sage-femme",
        Profession.MIDWIFE,
        Specialty.MIDWIFERY,
        CareerStage.JUNIOR,
        2021,
        Region.PAYS_DE_LA_LOIRE,
        ["fr"],
        [],
        VerificationStatus.VERIFIED,
    ),
    (
        "physio",
        "Hugo",
        "Lambert",
        "Hugo L.",
        Profession.PHYSIOTHERAPIST,
        Specialty.PHYSIOTHERAPY,
        CareerStage.SENIOR,
        2009,
        Region.GRAND_EST,
        ["fr", "de"],
        [],
        VerificationStatus.VERIFIED,
    ),
    (
        "dentist",
        "Nadia",
        "Benali",
        "Dr Nadia B.",
        Profession.DENTIST,
        Specialty.DENTAL_SURGERY,
        CareerStage.JUNIOR,
        2022,
        Region.PROVENCE_ALPES_COTE_D_AZUR,
        ["fr", "en"],
        [],
        VerificationStatus.VERIFIED,
    ),
    (
        "resident",
        "Thomas",
        "Girard",
        "Thomas G., interne",
        Profession.PHYSICIAN,
        Specialty.EMERGENCY_MEDICINE,
        CareerStage.RESIDENT,
        None,
        Region.AUVERGNE_RHONE_ALPES,
        ["fr", "en"],
        [],
        VerificationStatus.VERIFIED,
    ),
    (
        "geriatrician",
        "Françoise",
        "Mercier",
        "Dr Françoise M.",
        Profession.PHYSICIAN,
        Specialty.GERIATRICS,
        CareerStage.SENIOR,
        1994,
        Region.NORMANDIE,
        ["fr"],
        [],
        VerificationStatus.VERIFIED,
    ),
    (
        "newcomer",
        "Julien",
        "Robin",
        "Julien R.",
        Profession.PHYSICIAN,
        Specialty.PSYCHIATRY,
        CareerStage.RESIDENT,
        None,
        Region.CENTRE_VAL_DE_LOIRE,
        ["fr"],
        [],
        VerificationStatus.PENDING,
    ),
    (
        "student",
        "Emma",
        "Chevalier",
        "Emma C.",
        Profession.MIDWIFE,
        Specialty.MIDWIFERY,
        CareerStage.STUDENT,
        None,
        Region.BRETAGNE,
        ["fr", "en"],
        [],
        VerificationStatus.PENDING,
    ),
]

PRIVILEGED = {"moderator", "editor", "admin"}


def demo_email(local: str) -> str:
    return f"{local}@{DEMO_DOMAIN}"


def _rpps_for(index: int, stage: str, region: str) -> str:
    if stage == CareerStage.STUDENT or region == Region.OUTSIDE_FRANCE:
        return ""
    return f"1099{index:07d}"


@transaction.atomic
def seed(stdout=None) -> list[User]:
    roles_ensure()
    moderator = None
    users = []
    now = timezone.now()
    for index, row in enumerate(DEMO_MEMBERS, start=1):
        (
            local,
            first,
            last,
            display,
            profession,
            specialty,
            stage,
            year,
            region,
            languages,
            roles,
            status,
        ) = row
        email = demo_email(local)
        user, _ = User.objects.get_or_create(email=email)
        user.first_name, user.last_name = first, last
        user.is_active = True
        user.is_staff = user.is_superuser = local == "admin"
        user.set_password(DEMO_PASSWORD)
        user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        if not CharterAcceptance.objects.filter(user=user).exists():
            charter_accept(user=user)
        PractitionerProfile.objects.update_or_create(
            user=user,
            defaults={
                "display_name": display,
                "profession": profession,
                "specialty": specialty,
                "career_stage": stage,
                "first_practice_year": year,
                "rpps": _rpps_for(index, stage, region),
                "languages": languages,
                "region": region,
                "bio": "",
                "verification_status": status,
                "submitted_at": now,
                "verified_at": now if status == VerificationStatus.VERIFIED else None,
            },
        )
        wanted_roles = [str(r) for r in roles]
        if status == VerificationStatus.VERIFIED:
            wanted_roles.append(str(Role.PRACTITIONER))
        user.groups.set(Group.objects.filter(name__in=wanted_roles))
        if (
            local in PRIVILEGED
            and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        ):
            from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
            from allauth.mfa.totp.internal.auth import TOTP

            TOTP.activate(user, demo_totp_secret(email))
            RecoveryCodes.activate(user)
        if local == "moderator":
            moderator = user
        users.append(user)
    if moderator is not None:
        PractitionerProfile.objects.filter(
            user__email__endswith=f"@{DEMO_DOMAIN}", verification_status=VerificationStatus.VERIFIED
        ).update(verified_by=moderator)
    if stdout is not None:
        stdout.write(f"  accounts: {len(users)} demo members")
    return users
