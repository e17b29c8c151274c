"""Every write about members: charter, profiles, verification, roles, notifications."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .audit import audit_record
from .choices import Role, VerificationStatus
from .models import CharterAcceptance, Notification, PractitionerProfile, User
from .permissions import check_can_moderate

logger = logging.getLogger(__name__)

# Django model permissions each role receives; Wagtail page permissions are added by the apps
# that own the pages (see `courses`), since the page tree does not exist at migrate time.
ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.PRACTITIONER: [],
    Role.MODERATOR: ["accounts.view_auditevent", "accounts.view_practitionerprofile"],
    Role.COURSE_EDITOR: [
        "wagtailadmin.access_admin",
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
        # The required-readings snippet (Wagtail → Snippets).
        "courses.add_requiredreading",
        "courses.change_requiredreading",
        "courses.delete_requiredreading",
        "courses.view_requiredreading",
    ],
    Role.PROGRAMME_ADMIN: ["accounts.view_practitionerprofile"],
}


def roles_ensure() -> None:
    """Create the role groups and give them their permissions (idempotent)."""
    for role, codenames in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=str(role))
        wanted = []
        for dotted in codenames:
            app_label, codename = dotted.split(".")
            perm = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if perm is not None:
                wanted.append(perm)
        group.permissions.add(*wanted)
    _grant_editor_page_permissions()


EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def _grant_editor_page_permissions() -> None:
    """Course editors author the whole page tree (courses, lessons, digests) in Wagtail."""
    from wagtail.models import GroupPagePermission, Page

    root = Page.get_first_root_node()
    if root is None:
        return
    group = Group.objects.get(name=str(Role.COURSE_EDITOR))
    for perm in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=EDITOR_PAGE_PERMISSIONS
    ):
        GroupPagePermission.objects.get_or_create(group=group, page=root, permission=perm)


def role_grant(*, user: User, role: Role | str, by: User | None = None) -> None:
    group, _created = Group.objects.get_or_create(name=str(role))
    user.groups.add(group)
    if hasattr(user, "_compagnon_roles"):
        del user._compagnon_roles
    audit_record(action="role.granted", actor=by, target=user, metadata={"role": str(role)})


def charter_accept(*, user: User, version: str | None = None) -> CharterAcceptance:
    version = version or settings.CHARTER_VERSION
    acceptance, _created = CharterAcceptance.objects.get_or_create(user=user, version=version)
    return acceptance


def _is_complete(profile: PractitionerProfile) -> bool:
    required = [profile.display_name, profile.profession, profile.specialty, profile.career_stage]
    required.append(profile.region)
    if profile.rpps_required:
        required.append(profile.rpps)
    return all(required)


@transaction.atomic
def profile_save(
    *,
    user: User,
    profile: PractitionerProfile,
    changed_fields: Iterable[str] = (),
    request: HttpRequest | None = None,
) -> PractitionerProfile:
    """Save a member's own profile and move it through the verification states.

    A complete profile goes to the moderators' queue. A verified profile stays verified unless an
    identity field (profession, RPPS, career stage) changes: then it is checked again.
    """
    if profile.user_id != user.pk:
        raise PermissionError("A member edits only their own profile.")
    profile.full_clean()
    changed = set(changed_fields)
    status = profile.verification_status
    if not _is_complete(profile):
        profile.verification_status = VerificationStatus.INCOMPLETE
    elif status in (VerificationStatus.INCOMPLETE, VerificationStatus.REJECTED) or (
        status == VerificationStatus.VERIFIED and changed & set(profile.IDENTITY_FIELDS)
    ):
        profile.verification_status = VerificationStatus.PENDING
        profile.submitted_at = timezone.now()
        profile.rejection_reason = ""
    profile.save()
    if profile.verification_status != status:
        audit_record(
            action="profile.submitted"
            if profile.verification_status == VerificationStatus.PENDING
            else "profile.status_changed",
            actor=user,
            target=profile,
            request=request,
            metadata={"from": status, "to": profile.verification_status},
        )
    if status == VerificationStatus.VERIFIED and not profile.is_verified:
        user.groups.remove(*Group.objects.filter(name=Role.PRACTITIONER))
    return profile


def _notify_decision(profile: PractitionerProfile) -> None:
    user = profile.user
    with translation.override(settings.LANGUAGE_CODE):
        if profile.is_verified:
            title = _("Your practitioner profile is verified")
            body = _("You can now read and share cases and join mentoring.")
        else:
            title = _("Your practitioner profile could not be verified")
            body = _("Reason given by the moderator: %(reason)s") % {
                "reason": profile.rejection_reason
            }
        url = reverse("accounts:profile")
        notification_create(user=user, kind="profile.decision", title=title, body=body, url=url)
        try:
            send_mail(
                subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{title}",
                message=f"{body}\n\n{settings.SITE_URL}{url}",
                from_email=None,
                recipient_list=[user.email],
            )
        except OSError:
            # The in-app notification is already saved; a mail outage must not undo a decision.
            logger.warning("Could not email a verification decision (profile %s)", profile.pk)


@transaction.atomic
def profile_verify(
    *, moderator: User, profile: PractitionerProfile, request: HttpRequest | None = None
) -> PractitionerProfile:
    check_can_moderate(moderator)
    profile = PractitionerProfile.objects.select_for_update().get(pk=profile.pk)
    if profile.user_id == moderator.pk:
        raise ValidationError(_("Moderators cannot verify their own profile."))
    if profile.verification_status != VerificationStatus.PENDING:
        raise ValidationError(_("Only profiles awaiting verification can be approved."))
    profile.verification_status = VerificationStatus.VERIFIED
    profile.verified_at = timezone.now()
    profile.verified_by = moderator
    profile.rejection_reason = ""
    profile.save()
    profile.user.groups.add(Group.objects.get_or_create(name=Role.PRACTITIONER)[0])
    audit_record(action="profile.verified", actor=moderator, target=profile, request=request)
    transaction.on_commit(lambda: _notify_decision(profile))
    return profile


@transaction.atomic
def profile_reject(
    *,
    moderator: User,
    profile: PractitionerProfile,
    reason: str,
    request: HttpRequest | None = None,
) -> PractitionerProfile:
    check_can_moderate(moderator)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Give the practitioner a reason, so they can correct it."))
    profile = PractitionerProfile.objects.select_for_update().get(pk=profile.pk)
    if profile.user_id == moderator.pk:
        raise ValidationError(_("Moderators cannot decide on their own profile."))
    if profile.verification_status not in (VerificationStatus.PENDING, VerificationStatus.VERIFIED):
        raise ValidationError(_("This profile is not awaiting a decision."))
    profile.verification_status = VerificationStatus.REJECTED
    profile.verified_at = timezone.now()
    profile.verified_by = moderator
    profile.rejection_reason = reason[:1000]
    profile.save()
    profile.user.groups.remove(*Group.objects.filter(name=Role.PRACTITIONER))
    # The reason is the moderator's words about the profile, not health data; it stays out of
    # the audit log all the same, which records the decision only.
    audit_record(action="profile.rejected", actor=moderator, target=profile, request=request)
    transaction.on_commit(lambda: _notify_decision(profile))
    return profile


def notification_create(
    *, user: User, kind: str, title: str, body: str = "", url: str = ""
) -> Notification:
    return Notification.objects.create(
        user=user, kind=kind, title=title[:200], body=body[:1000], url=url
    )


def notifications_mark_read(*, user: User, ids: Iterable[int] | None = None) -> int:
    qs = Notification.objects.filter(user=user, read_at__isnull=True)
    if ids is not None:
        qs = qs.filter(pk__in=list(ids))
    return qs.update(read_at=timezone.now())
