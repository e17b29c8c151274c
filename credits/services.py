"""Every write to the credit ledger. Other apps award credit through `credit_award()` only.

Rules that protect the ledger (designation, expiry, step, maximum, caps, idempotence, who may
revoke or decide) live here, so no path — view, admin, another app, the shell — can skip them.
"""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Model, Q, Sum
from django.http import HttpRequest
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from accounts.audit import audit_record
from accounts.models import User
from accounts.permissions import check_can_moderate_credits, check_verified_practitioner

from . import frameworks_data, rules
from .certificates.badges import build_credential, sign_credential
from .certificates.codes import new_verification_code
from .certificates.data import AwardedCredit, CertificateData, CertificateStatus
from .certificates.pdf import render_certificate_pdf
from .models import (
    Activity,
    ActivityFormat,
    ActivityKind,
    Category,
    Certificate,
    Designation,
    EntryKind,
    ExternalActivity,
    ExternalStatus,
    Framework,
    LedgerEntry,
    Requirement,
    UserFramework,
)
from .signing import signing_key
from .validators import evidence_sniff

MAX_DESIGNATED_CREDITS = Decimal("100")
MAX_EXTERNAL_CREDITS = Decimal("50")


@dataclass(frozen=True)
class AwardResult:
    entry: LedgerEntry
    created: bool
    counted: Decimal
    explanation: str


# --- Frameworks and designations ------------------------------------------------------------------


def frameworks_ensure() -> int:
    """Create the real frameworks that are missing (idempotent; staff edits are kept)."""
    return frameworks_data.ensure(Framework, Category, Requirement)


def _as_amount(value, *, field: str = "amount") -> Decimal:
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError, TypeError):
        raise ValidationError({field: _("Enter a number of credits.")}) from None
    if not amount.is_finite():
        raise ValidationError({field: _("Enter a number of credits.")})
    return amount


def _check_amount(
    amount: Decimal, *, framework: Framework, maximum: Decimal, field: str = "amount"
) -> None:
    if amount <= 0:
        raise ValidationError({field: _("The number of credits must be more than zero.")})
    if not rules.is_multiple_of(amount, framework.credit_step):
        raise ValidationError(
            {
                field: _(
                    "%(framework)s counts credits in steps of %(step)s; %(amount)s is not one."
                )
                % {
                    "framework": framework.name,
                    "step": rules.fmt(framework.credit_step),
                    "amount": rules.fmt(amount),
                }
            }
        )
    if amount > maximum:
        raise ValidationError(
            {
                field: _("At most %(max)s credits can be claimed here; you asked for %(amount)s.")
                % {"max": rules.fmt(maximum), "amount": rules.fmt(amount)}
            }
        )


def _check_category(*, framework: Framework, category: Category) -> None:
    if category.framework_id != framework.pk:
        raise ValidationError(
            {
                "category": _("This category does not belong to %(framework)s.")
                % {"framework": framework.name}
            }
        )


def _designation_write(
    *, activity: Activity, framework: Framework, category: Category, max_credits
) -> Designation:
    max_credits = _as_amount(max_credits, field="max_credits")
    _check_category(framework=framework, category=category)
    _check_amount(
        max_credits, framework=framework, maximum=MAX_DESIGNATED_CREDITS, field="max_credits"
    )
    designation = (
        Designation.objects.select_for_update()
        .filter(activity=activity, framework=framework)
        .first()
    )
    if designation is None:
        return Designation.objects.create(
            activity=activity, framework=framework, category=category, max_credits=max_credits
        )
    if designation.category_id == category.pk and designation.max_credits == max_credits:
        return designation
    designation.category = category
    designation.max_credits = max_credits
    designation.save()  # refuses if it has awarded credit
    return designation


@transaction.atomic
def activity_create(
    *,
    title: str,
    kind: str,
    provider: str,
    format: str = ActivityFormat.ONLINE,
    opens_at: dt.datetime | None = None,
    expires_at: dt.datetime | None = None,
    national_priority: bool = False,
    source: Model | tuple[str, str] | None = None,
    designations: Iterable[tuple[Framework, Category, Decimal]] = (),
) -> Activity:
    """A creditable activity with its designations, fixed together before it opens."""
    if kind not in ActivityKind.values:
        raise ValidationError({"kind": _("Unknown kind of activity.")})
    if opens_at and expires_at and expires_at <= opens_at:
        raise ValidationError({"expires_at": _("Credit must stop after the activity opens.")})
    if isinstance(source, Model):
        source_type, source_id = source._meta.label_lower, str(source.pk)
    elif source:
        source_type, source_id = source[0], str(source[1])
    else:
        source_type, source_id = "", ""
    activity = Activity.objects.create(
        title=title.strip(),
        kind=kind,
        provider=provider.strip(),
        format=format,
        opens_at=opens_at,
        expires_at=expires_at,
        national_priority=national_priority,
        source_type=source_type,
        source_id=source_id,
    )
    for framework, category, max_credits in designations:
        _designation_write(
            activity=activity, framework=framework, category=category, max_credits=max_credits
        )
    return activity


@transaction.atomic
def designation_set(
    *,
    activity: Activity,
    framework: Framework,
    category: Category,
    max_credits: Decimal,
    by: User | None = None,
    now: dt.datetime | None = None,
) -> Designation:
    """Set the category and maximum of an activity for a framework.

    Designations are fixed before the activity opens (never retroactively) and frozen once they
    have awarded credit; external activities are designated by the acceptance itself.
    """
    now = now or timezone.now()
    activity = Activity.objects.select_for_update().get(pk=activity.pk)
    if LedgerEntry.objects.filter(activity=activity, framework=framework).exists():
        raise ValidationError(
            _("This designation has already awarded credit and can no longer be changed.")
        )
    if activity.kind != ActivityKind.EXTERNAL and activity.opens_at and activity.opens_at <= now:
        raise ValidationError(
            _("Designations are fixed before the activity opens; this one opened on %(date)s.")
            % {"date": date_format(timezone.localtime(activity.opens_at), "SHORT_DATE_FORMAT")}
        )
    designation = _designation_write(
        activity=activity, framework=framework, category=category, max_credits=max_credits
    )
    if by is not None:
        audit_record(
            action="credits.designation_set",
            actor=by,
            target=designation,
            target_repr=f"designation #{designation.pk}",
            metadata={
                "activity": activity.pk,
                "framework": framework.code,
                "max_credits": str(designation.max_credits),
            },
        )
    return designation


# --- Frameworks a member follows -----------------------------------------------------------------


def default_cycle_start(framework: Framework, today: dt.date | None = None) -> dt.date:
    today = today or timezone.localdate()
    return framework.default_cycle_start or dt.date(today.year, 1, 1)


@transaction.atomic
def user_framework_set(
    *,
    user: User,
    framework: Framework,
    cycle_start: dt.date | None = None,
    in_practice_2023: bool = False,
) -> UserFramework:
    if not framework.is_active:
        raise ValidationError({"framework": _("This framework is no longer offered.")})
    cycle_start = cycle_start or default_cycle_start(framework)
    today = timezone.localdate()
    if not dt.date(2000, 1, 1) <= cycle_start <= rules.add_years(today, 1):
        raise ValidationError({"cycle_start": _("Enter a cycle start between 2000 and next year.")})
    user_framework, _created = UserFramework.objects.update_or_create(
        user=user,
        framework=framework,
        defaults={"cycle_start": cycle_start, "in_practice_2023": in_practice_2023},
    )
    return user_framework


@transaction.atomic
def user_framework_remove(*, user: User, framework: Framework) -> None:
    # Following a framework is a preference; the ledger itself is untouched.
    UserFramework.objects.filter(user=user, framework=framework).delete()


def cycle_for(
    *, user_framework: UserFramework | None, framework: Framework, on: dt.date
) -> rules.CycleWindow:
    if user_framework is not None:
        return rules.cycle_window(
            start=user_framework.cycle_start, years=user_framework.cycle_years, on=on
        )
    return rules.cycle_window(
        start=default_cycle_start(framework, on), years=framework.cycle_years, on=on
    )


# --- Awards and revocations ---------------------------------------------------------------------


def _counted(*, entry: LedgerEntry, framework: Framework, category: Category) -> tuple:
    """How much of an award counts against its category cap in its cycle, and why."""
    user_framework = UserFramework.objects.filter(user=entry.user, framework=framework).first()
    window = cycle_for(user_framework=user_framework, framework=framework, on=entry.earned_on)
    prior = (
        LedgerEntry.objects.filter(
            user=entry.user,
            framework=framework,
            category=category,
            earned_on__gte=window.start,
            earned_on__lt=window.end,
        )
        .exclude(Q(pk=entry.pk) | Q(revokes=entry))
        .aggregate(total=Sum("amount"))["total"]
    )
    prior = prior or rules.ZERO
    amount = entry.amount
    counted = rules.counted_for_award(prior=prior, amount=amount, cap=category.cap_per_cycle)
    explanation = rules.cap_explanation(prior + amount, category.cap_per_cycle)
    if not explanation:
        explanation = _("%(amount)s counted") % {"amount": rules.fmt(counted)}
    return counted, explanation


@transaction.atomic
def credit_award(
    *,
    user: User,
    activity: Activity,
    framework: Framework,
    amount: Decimal | str | float,
    attestation: str,
    earned_on: dt.date | None = None,
    by: User | None = None,
    request: HttpRequest | None = None,
) -> AwardResult:
    """Award credit for an activity. Idempotent: one award per user, activity and framework.

    A second call — also a concurrent one — returns the existing award and creates nothing:
    the designation row is locked, and the unique constraint settles any race left.
    """
    check_verified_practitioner(user)
    designation = (
        Designation.objects.select_for_update()
        .select_related("category", "framework")
        .filter(activity=activity, framework=framework)
        .first()
    )
    existing = LedgerEntry.objects.filter(
        user=user, activity=activity, framework=framework, kind=EntryKind.AWARD
    ).first()
    if existing is not None:
        return _already(existing)
    if designation is None:
        raise ValidationError(
            _("This activity is not designated for %(framework)s.") % {"framework": framework.name}
        )
    now = timezone.now()
    if activity.opens_at is None or activity.opens_at > now:
        raise ValidationError(_("This activity is not open yet."))
    if activity.is_expired(now):
        raise ValidationError(
            _("Credit for this activity stopped on %(date)s.")
            % {"date": date_format(timezone.localtime(activity.expires_at), "SHORT_DATE_FORMAT")}
        )
    amount = _as_amount(amount)
    _check_amount(amount, framework=framework, maximum=designation.max_credits)
    attestation = (attestation or "").strip()
    if not attestation:
        raise ValidationError({"attestation": _("Attest to the time you actually spent.")})
    earned_on = earned_on or timezone.localdate(now)
    if earned_on > timezone.localdate(now):
        raise ValidationError({"earned_on": _("Credit cannot be earned in the future.")})
    try:
        with transaction.atomic():
            entry = LedgerEntry.objects.create(
                user=user,
                framework=framework,
                category=designation.category,
                activity=activity,
                kind=EntryKind.AWARD,
                amount=amount,
                earned_on=earned_on,
                attestation=attestation[:2000],
                attested_at=now,
                source=activity.kind,
                created_by=by or user,
            )
    except IntegrityError:
        existing = LedgerEntry.objects.get(
            user=user, activity=activity, framework=framework, kind=EntryKind.AWARD
        )
        return _already(existing)
    counted, explanation = _counted(entry=entry, framework=framework, category=designation.category)
    audit_record(
        action="credits.award",
        actor=by or user,
        target=entry,
        target_repr=f"ledger entry #{entry.pk}",
        request=request,
        metadata={
            "user": user.pk,
            "activity": activity.pk,
            "framework": framework.code,
            "amount": str(amount),
            "counted": str(counted),
        },
    )
    return AwardResult(entry=entry, created=True, counted=counted, explanation=explanation)


def _already(entry: LedgerEntry) -> AwardResult:
    counted, _explanation = _counted(
        entry=entry, framework=entry.framework, category=entry.category
    )
    return AwardResult(
        entry=entry,
        created=False,
        counted=counted,
        explanation=_("Already awarded on %(date)s; nothing changed.")
        % {"date": date_format(entry.earned_on, "SHORT_DATE_FORMAT")},
    )


@transaction.atomic
def credit_revoke(
    *,
    entry: LedgerEntry,
    by: User | None,
    reason: str,
    request: HttpRequest | None = None,
) -> LedgerEntry:
    """Cancel an award with a new, negative entry. `by=None` is the system (e.g. a course
    withdrawn); a person must moderate credits."""
    if by is not None:
        check_can_moderate_credits(by)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Give the reason for the revocation.")})
    award = LedgerEntry.objects.select_for_update().get(pk=entry.pk)
    if award.kind != EntryKind.AWARD:
        raise ValidationError(_("Only an award can be revoked."))
    if LedgerEntry.objects.filter(revokes=award).exists():
        raise ValidationError(_("This award has already been revoked."))
    try:
        with transaction.atomic():
            revocation = LedgerEntry.objects.create(
                user_id=award.user_id,
                framework_id=award.framework_id,
                category_id=award.category_id,
                activity_id=award.activity_id,
                kind=EntryKind.REVOCATION,
                amount=-award.amount,
                # Same date as the award: per-year totals net out in the right year.
                earned_on=award.earned_on,
                revokes=award,
                reason=reason[:2000],
                source=award.source,
                created_by=by,
            )
    except IntegrityError:
        raise ValidationError(_("This award has already been revoked.")) from None
    audit_record(
        action="credits.revoke",
        actor=by,
        actor_label="" if by else "system",
        target=revocation,
        target_repr=f"ledger entry #{revocation.pk}",
        request=request,
        metadata={"revokes": award.pk, "user": award.user_id, "amount": str(award.amount)},
    )
    _certificates_revoke_for(award=award, reason=reason)
    return revocation


# --- External credits ---------------------------------------------------------------------------


@transaction.atomic
def external_credit_declare(
    *,
    user: User,
    title: str,
    provider: str,
    earned_on: dt.date,
    framework: Framework,
    category: Category,
    amount: Decimal | str,
    evidence,
    request: HttpRequest | None = None,
) -> ExternalActivity:
    check_verified_practitioner(user)
    errors: dict[str, str] = {}
    title, provider = (title or "").strip(), (provider or "").strip()
    if not title:
        errors["title"] = _("Give the title of the activity.")
    if not provider:
        errors["provider"] = _("Name the provider of the activity.")
    today = timezone.localdate()
    if earned_on > today:
        errors["earned_on"] = _("The date cannot be in the future.")
    elif earned_on < dt.date(2000, 1, 1):
        errors["earned_on"] = _("Enter a date after 2000.")
    if errors:
        raise ValidationError(errors)
    if not framework.is_active:
        raise ValidationError({"framework": _("This framework is no longer offered.")})
    _check_category(framework=framework, category=category)
    amount = _as_amount(amount)
    _check_amount(amount, framework=framework, maximum=MAX_EXTERNAL_CREDITS)
    if evidence is None:
        raise ValidationError({"evidence": _("Attach your certificate or attestation.")})
    try:
        extension = evidence_sniff(evidence)
    except ValidationError as exc:
        raise ValidationError({"evidence": exc.messages}) from None
    # The stored name says nothing about the member or the activity.
    evidence.name = f"{uuid.uuid4().hex}.{extension}"
    external = ExternalActivity.objects.create(
        user=user,
        title=title[:255],
        provider=provider[:200],
        earned_on=earned_on,
        framework=framework,
        category=category,
        amount=amount,
        evidence=evidence,
        evidence_type=extension,
    )
    audit_record(
        action="credits.external_declare",
        actor=user,
        target=external,
        target_repr=f"external credit #{external.pk}",
        request=request,
        metadata={"framework": framework.code, "amount": str(amount)},
    )
    return external


@transaction.atomic
def external_credit_decide(
    *,
    decided_by: User,
    external: ExternalActivity,
    accept: bool,
    reason: str = "",
    request: HttpRequest | None = None,
) -> ExternalActivity:
    """Accept (the declaration becomes an activity and an award) or reject, with a reason."""
    check_can_moderate_credits(decided_by)
    external = ExternalActivity.objects.select_for_update().get(pk=external.pk)
    if external.user_id == decided_by.pk:
        raise PermissionDenied(_("You cannot decide on your own declaration."))
    if external.status != ExternalStatus.SELF_DECLARED:
        raise ValidationError(_("This declaration has already been decided."))
    reason = (reason or "").strip()
    if not accept and not reason:
        raise ValidationError({"reason": _("Tell the member why the declaration is refused.")})
    now = timezone.now()
    if accept:
        framework, category = external.framework, external.category
        opened = timezone.make_aware(dt.datetime.combine(external.earned_on, dt.time.min))
        activity = activity_create(
            title=external.title,
            kind=ActivityKind.EXTERNAL,
            provider=external.provider,
            format=ActivityFormat.OTHER,
            opens_at=min(opened, now),
            source=external,
            designations=[(framework, category, external.amount)],
        )
        credit_award(
            user=external.user,
            activity=activity,
            framework=framework,
            amount=external.amount,
            attestation=_("Declared by the member with evidence; accepted by a moderator."),
            earned_on=external.earned_on,
            by=decided_by,
            request=request,
        )
        external.activity = activity
    external.status = ExternalStatus.ACCEPTED if accept else ExternalStatus.REJECTED
    external.decided_by = decided_by
    external.decided_at = now
    external.decision_reason = reason[:2000]
    external.save()
    audit_record(
        action="credits.external_accept" if accept else "credits.external_reject",
        actor=decided_by,
        target=external,
        target_repr=f"external credit #{external.pk}",
        request=request,
        metadata={"user": external.user_id, "amount": str(external.amount)},
    )
    from accounts.services import notification_create

    notification_create(
        user=external.user,
        kind="credits.external_decision",
        title=(
            _("Your external credit was accepted.")
            if accept
            else _("Your external credit was not accepted.")
        ),
        body=reason,
        url="/credits/external/",
    )
    return external


# --- Certificates -------------------------------------------------------------------------------


def _activity_format_label(activity: Activity) -> str:
    return f"{ActivityKind(activity.kind).label} ({ActivityFormat(activity.format).label.lower()})"


@transaction.atomic
def certificate_issue(
    *, user: User, activity: Activity, started_on: dt.date | None = None
) -> Certificate:
    """Issue (once) the certificate of the credit a member was awarded for an activity.

    Apps call this when an activity is completed, after `credit_award`. It snapshots what the
    certificate shows, so later edits to the activity or the profile never rewrite history.
    """
    existing = Certificate.objects.filter(user=user, activity=activity).first()
    if existing is not None:
        return existing
    awards = list(
        LedgerEntry.objects.filter(
            user=user, activity=activity, kind=EntryKind.AWARD, revoked_by__isnull=True
        )
        .select_related("framework", "category")
        .order_by("framework__name")
    )
    if not awards:
        raise ValidationError(_("No credit has been awarded for this activity yet."))
    available = {d.framework_id: d.max_credits for d in activity.designations.all()}
    profile = getattr(user, "profile", None)
    completed_on = max(entry.earned_on for entry in awards)
    certificate = Certificate.objects.create(
        user=user,
        activity=activity,
        code=new_verification_code(),
        identity_salt=secrets.token_hex(16),
        practitioner_name=user.get_full_name() or user.display_name,
        rpps=getattr(profile, "rpps", "") or "",
        provider_name=activity.provider,
        activity_title=activity.title,
        activity_format=_activity_format_label(activity),
        started_on=min(started_on or completed_on, completed_on),
        completed_on=completed_on,
        credits=[
            {
                "framework": entry.framework.name,
                "category": entry.category.name,
                "credits": str(entry.amount),
                "available": str(available.get(entry.framework_id, entry.amount)),
            }
            for entry in awards
        ],
    )
    audit_record(
        action="credits.certificate_issued",
        actor=user,
        target=certificate,
        target_repr=f"certificate {certificate.code}",
        metadata={"activity": activity.pk},
    )
    return certificate


def _certificates_revoke_for(*, award: LedgerEntry, reason: str) -> None:
    """A certificate shows credit that must stand: revoking one of its awards revokes it."""
    certificate = (
        Certificate.objects.select_for_update()
        .filter(user_id=award.user_id, activity_id=award.activity_id, revoked_at__isnull=True)
        .first()
    )
    if certificate is None:
        return
    certificate.revoked_at = timezone.now()
    certificate.revocation_reason = reason[:2000]
    certificate.save(update_fields=["revoked_at", "revocation_reason"])
    audit_record(
        action="credits.certificate_revoked",
        target=certificate,
        actor_label="system",
        target_repr=f"certificate {certificate.code}",
    )


def certificate_data(
    certificate: Certificate, *, language: str, verify_url: str
) -> CertificateData:
    lang = "en" if language.startswith("en") else "fr"
    lines = certificate.credits
    with translation.override(lang):
        # Descriptive category names are stored in English and shown in the document's language.
        categories = [_(line["category"]) if line["category"] else "" for line in lines]
    return CertificateData(
        practitioner_name=certificate.practitioner_name,
        rpps=certificate.rpps,
        provider_name=certificate.provider_name,
        activity_title=certificate.activity_title,
        activity_format=certificate.activity_format,
        start_date=certificate.started_on,
        completion_date=certificate.completed_on,
        issued_at=timezone.localtime(certificate.issued_at),
        credits=tuple(
            AwardedCredit(line["framework"], category, Decimal(line["credits"]))
            for line, category in zip(certificate.credits, categories, strict=True)
        ),
        credits_available=tuple(
            (line["framework"], Decimal(line["available"])) for line in certificate.credits
        ),
        verification_code=certificate.code,
        verify_url=verify_url,
        issuer_name=settings.CREDENTIAL_ISSUER_NAME,
        language=lang,
        status=CertificateStatus.REVOKED if certificate.is_revoked else CertificateStatus.VALID,
    )


def certificate_pdf(certificate: Certificate, *, language: str, verify_url: str) -> bytes:
    return render_certificate_pdf(
        certificate_data(certificate, language=language, verify_url=verify_url)
    )


def certificate_credential(certificate: Certificate, *, site_url: str, verify_url: str) -> str:
    """The certificate as a signed Open Badges 3.0 credential (JWT-VC)."""
    private_key, kid = signing_key()
    credential = build_credential(
        certificate_data(certificate, language="en", verify_url=verify_url),
        issuer_id=f"{site_url}/",
        issuer_name=settings.CREDENTIAL_ISSUER_NAME,
        credential_id=f"urn:uuid:{certificate.credential_id}",
        achievement_id=f"{site_url}/credits/activities/{certificate.activity_id}",
        valid_from=certificate.issued_at,
        recipient_email=certificate.user.email,
        salt=certificate.identity_salt,
    )
    return sign_credential(credential, private_key=private_key, kid=kid)
