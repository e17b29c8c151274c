"""Every write about cases: drafting, the de-identification gate, moderation, discussion,
retraction, credit.

The gate lives here (and, as a last line, in `Case.save()`): no path — form, admin, WebSocket,
shell — publishes a case whose text still carries an identifier the author has not resolved.
Realtime events are queued with `events.event_send()` inside the transaction; the realtime layer
sends them after commit. Held or unpublished text is never sent, indexed or notified.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable
from decimal import Decimal
from urllib.parse import unquote_plus, urlsplit

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accounts.audit import audit_record
from accounts.choices import Role
from accounts.models import Notification, User
from accounts.permissions import can_moderate, check_can_moderate, check_verified_practitioner
from accounts.services import notification_create

from . import events
from .anonymiser import Label, Span, detect, placeholders_for, suggest_generalisation
from .images import image_clean
from .markdown import render_markdown
from .models import (
    CASE_TEXT_FIELDS,
    IDENTIFIER_NAMES,
    OUTCOME_TEXT_FIELDS,
    AgeBand,
    Case,
    CaseImage,
    CaseLanguage,
    CaseStatus,
    ConsentBasis,
    Differential,
    Endorsement,
    Flag,
    Follow,
    Reply,
    ReplyStatus,
    Report,
    ReportStatus,
    Resolution,
    Revision,
    Sex,
)

MAX_IMAGES_PER_CASE = 8
MAX_SCAN_CHARS = 20_000
MAX_DIFFERENTIAL_ITEMS = 5
DUPLICATE_REPLY_WINDOW = dt.timedelta(minutes=2)
EDITABLE_STATUSES = {CaseStatus.DRAFT, CaseStatus.REJECTED, CaseStatus.IN_REVIEW}


# --- Helpers ------------------------------------------------------------------------------------


# Public reference sites (guidelines, literature, regulators, drug databases). A link to them
# cites knowledge, not a patient: it is not held by the gate. A subdomain counts (www., dx.).
REFERENCE_DOMAINS = frozenset(
    {
        # France
        "has-sante.fr",
        "legifrance.gouv.fr",
        "ameli.fr",
        "ansm.sante.fr",
        "sante.gouv.fr",
        "solidarites-sante.gouv.fr",
        "santepubliquefrance.fr",
        "base-donnees-publique.medicaments.gouv.fr",
        "vidal.fr",
        "e-cancer.fr",
        "cismef.org",
        "inserm.fr",
        "ordre.medecin.fr",
        "em-consulte.com",
        # International
        "doi.org",
        "pubmed.ncbi.nlm.nih.gov",
        "ncbi.nlm.nih.gov",
        "clinicaltrials.gov",
        "who.int",
        "nice.org.uk",
        "cdc.gov",
        "ema.europa.eu",
        "ecdc.europa.eu",
        "cochranelibrary.com",
        "nejm.org",
        "thelancet.com",
        "bmj.com",
        "jamanetwork.com",
        "nature.com",
        "escardio.org",
        "uptodate.com",
        "medrxiv.org",
    }
)
_URL_TEXT_SEPARATORS = re.compile(r"[=&+_;|]+")


def _reference_domains() -> frozenset[str]:
    return frozenset(getattr(settings, "CASES_REFERENCE_DOMAINS", REFERENCE_DOMAINS))


def is_reference_link(url: str, *, language: str | None = None) -> bool:
    """A link to a public reference site (guideline, article, drug monograph): https or http,
    an allow-listed host (or a subdomain of one), no user name, password or port, and no
    identifier in its query string or fragment (where free text such as a search goes)."""
    url = url.strip()
    candidate = url if "://" in url else f"https://{url}"
    try:
        parts = urlsplit(candidate)
        port = parts.port
    except ValueError:
        return False
    if parts.scheme.lower() not in ("http", "https") or port is not None:
        return False
    if "@" in parts.netloc or parts.username or parts.password:
        return False
    host = (parts.hostname or "").rstrip(".").lower()
    if not host or not any(
        host == domain or host.endswith(f".{domain}") for domain in _reference_domains()
    ):
        return False
    free_text = " ".join(
        _URL_TEXT_SEPARATORS.sub(" ", unquote_plus(part)) for part in (parts.query, parts.fragment)
    ).strip()
    return not (free_text and detect(free_text, language=language))


def _scan(text: str, language: str | None) -> list[Span]:
    """The anonymiser's spans, less links to public reference sites (see REFERENCE_DOMAINS).

    Every gate — case fields, image descriptions, replies, outcome, differential, the live
    check — scans through here, so they all agree on what is held."""
    if not text or not text.strip():
        return []
    return [
        span
        for span in detect(text, language=language)
        if not (span.label == Label.URL and is_reference_link(span.text, language=language))
    ]


def _redact(text: str, language: str | None) -> str:
    """Typed placeholders for what the gate would hold (reference links stay readable)."""
    placeholders = placeholders_for(language or "fr")
    for span in sorted(_scan(text, language), key=lambda s: s.start, reverse=True):
        text = text[: span.start] + placeholders[span.label] + text[span.end :]
    return text


def _gate_fields(case: Case) -> dict[str, str]:
    """Every text of a case that readers will see: its fields and its image descriptions."""
    fields = case.text_fields()
    if case.pk:
        for image in case.images.all():
            fields[image.gate_field] = image.caption
    return fields


def _case_url(case: Case) -> str:
    return reverse("cases:detail", args=[case.pk])


def _check_author(user: User, case: Case) -> None:
    check_verified_practitioner(user)
    if case.author_id != user.pk:
        raise PermissionDenied(_("Only the author can do this."))


def _check_editable(case: Case) -> None:
    if case.status not in EDITABLE_STATUSES:
        raise ValidationError(
            _(
                "A published case can no longer be edited: post an outcome, or retract it and "
                "write a new one."
            )
        )


def _normalise_tags(raw: str | Iterable[str]) -> str:
    items = raw.split(",") if isinstance(raw, str) else list(raw)
    tags = []
    for item in items:
        tag = " ".join(str(item).strip().lower().split())[:40]
        if tag and tag not in tags:
            tags.append(tag)
    if len(tags) > 8:
        raise ValidationError({"tags": _("Use at most 8 tags.")})
    return f",{','.join(tags)}," if tags else ""


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFKD", value.casefold())
    value = "".join(c for c in value if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", value).split())


def _revision(*, case: Case, reply: Reply | None = None, editor: User, data: dict) -> None:
    # Versions are kept redacted: an identifier the author later removed must not survive in
    # the history (moderators see what was overridden in the flags instead).
    language = case.language or "fr"
    data = {
        key: _redact(value, language) if isinstance(value, str) and value else value
        for key, value in data.items()
    }
    Revision.objects.create(case=case, reply=reply, editor=editor, data=data)


def _followers(case: Case, *, exclude: Iterable[int] = ()) -> list[User]:
    return list(
        User.objects.filter(followed_cases__case=case, is_active=True).exclude(pk__in=exclude)
    )


def _notify_followers(case: Case, *, kind: str, title: str, exclude: Iterable[int] = ()) -> None:
    # Only the published title and a link: never reply or case text.
    for user in _followers(case, exclude=exclude):
        notification_create(user=user, kind=kind, title=title, url=_case_url(case))


def _touch(case: Case) -> None:
    Case.objects.filter(pk=case.pk).update(last_activity_at=timezone.now())


# --- The de-identification gate -----------------------------------------------------------------


def gate_problems(*, case: Case) -> list[tuple[str, Span]]:
    """Spans in the case's current text that no "not an identifier" resolution covers.

    Computed from the text itself, not from stored flags, so an edit that skipped the services
    cannot sneak an identifier past it."""
    overrides: set[tuple[str, str, str]] = set()
    if case.pk:
        overrides = set(
            case.flags.filter(resolution=Resolution.NOT_IDENTIFIER).values_list(
                "field", "label", "text"
            )
        )
    problems = []
    fields = _gate_fields(case)
    # The outcome is scanned when it is posted (no override possible); checking it here too
    # means the admin or the shell cannot write an identifier into it either.
    fields.update({name: getattr(case, name) or "" for name in OUTCOME_TEXT_FIELDS})
    for field, text in fields.items():
        for span in _scan(text, case.language):
            if (field, str(span.label), span.text) not in overrides:
                problems.append((field, span))
    return problems


def gate_check(*, case: Case) -> None:
    problems = gate_problems(case=case)
    if problems:
        raise ValidationError(
            ngettext(
                "This case still has %(n)d possible identifier to resolve before publication.",
                "This case still has %(n)d possible identifiers to resolve before publication.",
                len(problems),
            )
            % {"n": len(problems)},
            code="unresolved_flags",
        )


def case_scan(*, case: Case) -> list[Flag]:
    """Rescan every text field and bring the flags in line; returns the unresolved ones.

    A flag keeps its id while the same words stay in the same field (the editor's resolve
    forms stay valid); "not an identifier" resolutions stay attached to those words; redacted
    and generalised flags stay as history (their words are gone from the case)."""
    pool: dict[tuple[str, str, str], list[Flag]] = {}
    overrides: dict[tuple[str, str, str], Flag] = {}
    for flag in case.flags.filter(
        resolution__in=[Resolution.UNRESOLVED, Resolution.NOT_IDENTIFIER]
    ).order_by("pk"):
        key = (flag.field, flag.label, flag.text)
        pool.setdefault(key, []).append(flag)
        if flag.resolution == Resolution.NOT_IDENTIFIER:
            overrides.setdefault(key, flag)
    to_create, to_update = [], []
    for field, text in _gate_fields(case).items():
        for span in _scan(text, case.language):
            key = (field, str(span.label), span.text[:500])
            suggestion = (suggest_generalisation(span, text=text, language=case.language) or "")[
                :120
            ]
            existing = pool.get(key)
            if existing:
                flag = existing.pop(0)
                flag.start, flag.end, flag.suggestion = span.start, span.end, suggestion
                to_update.append(flag)
                continue
            flag = Flag(
                case=case,
                field=field,
                start=span.start,
                end=span.end,
                label=str(span.label),
                text=span.text[:500],
                suggestion=suggestion,
            )
            kept = overrides.get(key)
            if kept is not None:
                flag.resolution = Resolution.NOT_IDENTIFIER
                flag.reason = kept.reason
                flag.resolved_by_id = kept.resolved_by_id
                flag.resolved_at = kept.resolved_at
            to_create.append(flag)
    gone = [flag.pk for flags in pool.values() for flag in flags]
    if gone:
        Flag.objects.filter(pk__in=gone).delete()
    if to_update:
        Flag.objects.bulk_update(to_update, ["start", "end", "suggestion"])
    if to_create:
        Flag.objects.bulk_create(to_create)
    return list(case.flags.filter(resolution=Resolution.UNRESOLVED).order_by("pk"))


def scan_preview(*, user: User, text: str, language: str = "fr") -> list[dict]:
    """Spans in a text being typed (nothing stored): the editor's live highlighting."""
    check_verified_practitioner(user)
    if len(text) > MAX_SCAN_CHARS:
        raise ValidationError(
            _("This text is too long to check (%(n)d characters maximum).") % {"n": MAX_SCAN_CHARS}
        )
    language = language if language in CaseLanguage.values else "fr"
    placeholders = placeholders_for(language)
    return [
        {
            "start": span.start,
            "end": span.end,
            "label": str(span.label),
            "label_display": str(IDENTIFIER_NAMES.get(str(span.label), span.label)),
            "text": span.text,
            "placeholder": placeholders[span.label],
            "suggestion": suggest_generalisation(span, text=text, language=language) or "",
        }
        for span in _scan(text, language)
    ]


# --- Writing a case -----------------------------------------------------------------------------


def _case_assign(case: Case, data: dict) -> None:
    choices = {"age_band": AgeBand.values, "sex": Sex.values, "language": CaseLanguage.values}
    for name, allowed in choices.items():
        if name in data and data[name] not in allowed:
            raise ValidationError({name: _("Choose a value from the list.")})
    for name in ["language", "specialty", "age_band", "sex", *CASE_TEXT_FIELDS]:
        if name in data:
            value = data[name]
            limit = Case._meta.get_field(name).max_length
            if isinstance(value, str) and limit and len(value.strip()) > limit:
                # TextField limits are not checked by model validation: check them here.
                raise ValidationError(
                    {
                        name: _("At most %(limit)d characters (this text has %(n)d).")
                        % {"limit": limit, "n": len(value.strip())}
                    }
                )
            if name == "tags":
                value = _normalise_tags(value)
            elif isinstance(value, str):
                value = value.strip()
            setattr(case, name, value)
    if "blind_differential" in data:
        case.blind_differential = bool(data["blind_differential"])


@transaction.atomic
def case_save(
    *, author: User, data: dict, case: Case | None = None, request: HttpRequest | None = None
) -> tuple[Case, list[Flag]]:
    """Create or update a draft; every text field is scanned. Returns the case and its
    unresolved flags. There is no birth date and no exact age: an age band and a sex."""
    check_verified_practitioner(author)
    if case is None:
        case = Case(author=author)
    else:
        case = Case.objects.select_for_update().get(pk=case.pk)
        _check_author(author, case)
        _check_editable(case)
        if case.status == CaseStatus.IN_REVIEW:
            # Editing takes it out of the queue: the moderator must see what is published.
            case.status = CaseStatus.DRAFT
    _case_assign(case, data)
    case.updated_at = timezone.now()
    case.full_clean(exclude=["author", "decided_by", "retracted_by"])
    case.save()
    _revision(case=case, editor=author, data=case.text_fields())
    flags = case_scan(case=case)
    return case, flags


@transaction.atomic
def flag_resolve(
    *,
    user: User,
    flag: Flag,
    resolution: str,
    replacement: str = "",
    reason: str = "",
) -> Flag:
    """Resolve one flag: redact (typed placeholder), generalise (a replacement that keeps the
    clinical meaning) or "not an identifier" with a reason (which sends the case to moderation)."""
    case = Case.objects.select_for_update().get(pk=flag.case_id)
    _check_author(user, case)
    _check_editable(case)
    flag = Flag.objects.get(pk=flag.pk)
    if flag.is_resolved:
        raise ValidationError(_("This flag is already resolved."))
    now = timezone.now()
    if resolution == Resolution.NOT_IDENTIFIER:
        reason = " ".join((reason or "").split())
        if len(reason) < 3:
            raise ValidationError({"reason": _("Say why this is not an identifier.")})
        flag.reason = reason[:300]
    elif resolution in (Resolution.REDACT, Resolution.GENERALISE):
        if resolution == Resolution.REDACT:
            new = placeholders_for(case.language)[Label(flag.label)]
        else:
            new = " ".join((replacement or flag.suggestion).split())[:120]
            if not new:
                raise ValidationError(
                    {"replacement": _("Enter the generalisation (e.g. an age band, a region).")}
                )
        _replace_span(case, flag, new)
        flag.replacement = new
        flag.text = ""  # the identifier is gone from the case; keep no copy of it
    else:
        raise ValidationError({"resolution": _("Choose how to resolve this flag.")})
    flag.resolution = resolution
    flag.resolved_by = user
    flag.resolved_at = now
    flag.save()
    if resolution != Resolution.NOT_IDENTIFIER:
        case.updated_at = now
        case.save()
    case_scan(case=case)
    return flag


@transaction.atomic
def flags_redact_all(*, user: User, case: Case) -> int:
    """Redact every unresolved flag of a case at once (typed placeholders); returns how many."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    _check_author(user, case)
    _check_editable(case)
    done = 0
    # Each redaction rescans the case (offsets move); the bound stops a pathological loop.
    for _round in range(500):
        flag = case.flags.filter(resolution=Resolution.UNRESOLVED).order_by("pk").first()
        if flag is None:
            break
        flag_resolve(user=user, flag=flag, resolution=Resolution.REDACT)
        done += 1
    return done


def _replace_span(case: Case, flag: Flag, new: str) -> None:
    if flag.field.startswith("image-"):
        image = case.images.filter(pk=int(flag.field.removeprefix("image-"))).first()
        current = image.caption if image else ""
    elif flag.field in CASE_TEXT_FIELDS:
        image = None
        current = getattr(case, flag.field) or ""
    else:
        raise ValidationError(_("Unknown field."))
    if current[flag.start : flag.end] != flag.text:
        raise ValidationError(_("The text changed since it was checked: save the case again."))
    value = current[: flag.start] + new + current[flag.end :]
    if image is not None:
        image.caption = value[:300]
        image.save(update_fields=["caption"])
    elif flag.field == "tags":
        case.tags = _normalise_tags(value)
    else:
        setattr(case, flag.field, value)


@transaction.atomic
def image_add(*, author: User, case: Case, upload, caption: str) -> CaseImage:
    """Attach an image: its real type is read from its content, limits checked before decoding,
    and only a re-encoded, metadata-free copy is stored (never the original)."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    _check_author(author, case)
    _check_editable(case)
    caption = " ".join((caption or "").split())
    if not caption:
        raise ValidationError({"caption": _("Describe the image (it is read aloud to some).")})
    if case.images.count() >= MAX_IMAGES_PER_CASE:
        raise ValidationError(_("A case has at most %(n)d images.") % {"n": MAX_IMAGES_PER_CASE})
    clean = image_clean(upload)
    image = CaseImage(
        case=case,
        content_type=clean.content_type,
        width=clean.width,
        height=clean.height,
        caption=caption[:300],
    )
    image.file.save(f"image{clean.extension}", ContentFile(clean.content), save=False)
    image.save()
    case_scan(case=case)
    return image


@transaction.atomic
def image_remove(*, author: User, image: CaseImage) -> None:
    case = Case.objects.select_for_update().get(pk=image.case_id)
    _check_author(author, case)
    _check_editable(case)
    _image_delete(image)
    case_scan(case=case)


def _image_delete(image: CaseImage) -> None:
    name, storage = image.file.name, image.file.storage
    image.delete()
    # The file goes once the row is surely gone.
    transaction.on_commit(lambda: storage.delete(name) if name else None)


# --- Submission and moderation ------------------------------------------------------------------


@transaction.atomic
def case_submit(
    *,
    author: User,
    case: Case,
    consent_basis: str,
    charter_accepted: bool,
    request: HttpRequest | None = None,
) -> Case:
    """Submit a draft: the author attests, the gate runs, then the case is published — or
    queued for moderation when the author is new or overrode a flag."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    _check_author(author, case)
    if case.status not in (CaseStatus.DRAFT, CaseStatus.REJECTED):
        raise ValidationError(_("This case has already been submitted."))
    if consent_basis not in ConsentBasis.values:
        raise ValidationError(
            {"consent_basis": _("Attest that the patient consented or that the case is anonymous.")}
        )
    if not charter_accepted:
        raise ValidationError({"charter_accepted": _("Accept the charter to share a case.")})
    unresolved = case_scan(case=case)
    if unresolved:
        raise ValidationError(
            ngettext(
                "Resolve the %(n)d flagged identifier before submitting.",
                "Resolve the %(n)d flagged identifiers before submitting.",
                len(unresolved),
            )
            % {"n": len(unresolved)},
            code="unresolved_flags",
        )
    gate_check(case=case)
    now = timezone.now()
    case.consent_basis = consent_basis
    case.attested_at = now
    case.charter_version = settings.CHARTER_VERSION
    case.submitted_at = now
    reasons = []
    if not Case.objects.filter(author=author, published_at__isnull=False).exists():
        reasons.append("first_case")
    if case.flags.filter(resolution=Resolution.NOT_IDENTIFIER).exists():
        reasons.append("overridden_flags")
    case.moderation_reasons = reasons
    audit_record(
        action="case.submitted",
        actor=author,
        target=case,
        target_repr=f"case #{case.pk}",
        request=request,
        metadata={"moderation": reasons},
    )
    if reasons:
        case.status = CaseStatus.IN_REVIEW
        case.save()
        _notify_moderators(case)
        return case
    return _publish(case, by=author, request=request)


def _notify_moderators(case: Case) -> None:
    # A pointer to the queue only: the case is not published, so none of its text.
    moderators = User.objects.filter(is_active=True, groups__name=str(Role.MODERATOR)).exclude(
        pk=case.author_id
    )
    for moderator in moderators.distinct():
        notification_create(
            user=moderator,
            kind="case.in_review",
            title=_("A case awaits moderation."),
            url=reverse("cases:moderation_case", args=[case.pk]),
        )


def _publish(case: Case, *, by: User, request: HttpRequest | None = None) -> Case:
    now = timezone.now()
    case.status = CaseStatus.PUBLISHED
    case.published_at = case.published_at or now
    case.last_activity_at = now
    case.save()  # Case.save() runs the gate once more
    Follow.objects.get_or_create(case=case, user=case.author)
    _index(case)
    audit_record(
        action="case.published",
        actor=by,
        target=case,
        target_repr=f"case #{case.pk}",
        request=request,
    )
    events.event_send(case_id=case.pk, type="case.updated", payload={"fields": ["status"]})
    return case


def _index(case: Case) -> None:
    """Publish or edit: what goes into search is decided in cases.documents."""
    from search.documents import document_index

    from .documents import CaseDocument

    document_index(CaseDocument, case)


def _check_moderator_on(moderator: User, case: Case) -> None:
    check_can_moderate(moderator)
    if case.author_id == moderator.pk:
        raise PermissionDenied(_("Moderators cannot decide on their own case."))


@transaction.atomic
def case_approve(
    *, moderator: User, case: Case, reason: str = "", request: HttpRequest | None = None
) -> Case:
    case = Case.objects.select_for_update().get(pk=case.pk)
    _check_moderator_on(moderator, case)
    if case.status != CaseStatus.IN_REVIEW:
        raise ValidationError(_("This case is not awaiting moderation."))
    if case_scan(case=case):
        raise ValidationError(_("This case has unresolved identifiers; return it to its author."))
    case.decided_by = moderator
    case.decided_at = timezone.now()
    case.decision_reason = (reason or "").strip()[:2000]
    audit_record(
        action="case.approved",
        actor=moderator,
        target=case,
        target_repr=f"case #{case.pk}",
        request=request,
        metadata={"reason": case.decision_reason, "moderation": case.moderation_reasons},
    )
    _publish(case, by=moderator, request=request)
    notification_create(
        user=case.author,
        kind="case.approved",
        title=_("Your case was approved and published."),
        url=_case_url(case),
    )
    return case


@transaction.atomic
def case_reject(
    *, moderator: User, case: Case, reason: str, request: HttpRequest | None = None
) -> Case:
    case = Case.objects.select_for_update().get(pk=case.pk)
    _check_moderator_on(moderator, case)
    if case.status != CaseStatus.IN_REVIEW:
        raise ValidationError(_("This case is not awaiting moderation."))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Give the author the reason.")})
    case.status = CaseStatus.REJECTED
    case.decided_by = moderator
    case.decided_at = timezone.now()
    case.decision_reason = reason[:2000]
    case.save()
    audit_record(
        action="case.rejected",
        actor=moderator,
        target=case,
        target_repr=f"case #{case.pk}",
        request=request,
        metadata={"reason": case.decision_reason, "moderation": case.moderation_reasons},
    )
    # The reason stays on the case's edit page: notifications carry no case-related text.
    notification_create(
        user=case.author,
        kind="case.rejected",
        title=_("A moderator returned your case: see their reason."),
        url=reverse("cases:edit", args=[case.pk]),
    )
    return case


# --- Retraction ---------------------------------------------------------------------------------


@transaction.atomic
def case_retract(
    *, user: User, case: Case, reason: str = "", request: HttpRequest | None = None
) -> Case:
    """The author or a moderator takes a case down for good: its text and images are deleted,
    replies hidden, notifications about it purged and its search entry removed."""
    from search.documents import document_remove

    case = Case.objects.select_for_update().get(pk=case.pk)
    if case.author_id == user.pk:
        check_verified_practitioner(user)
    else:
        check_can_moderate(user)
    if case.status == CaseStatus.RETRACTED:
        raise ValidationError(_("This case is already retracted."))
    url = _case_url(case)
    for image in list(case.images.all()):
        _image_delete(image)
    case.flags.all().delete()
    case.revisions.all().delete()
    case.differentials.all().delete()
    hidden = list(case.replies.exclude(status=ReplyStatus.HIDDEN).values_list("pk", flat=True))
    case.replies.update(status=ReplyStatus.HIDDEN, held_spans=[])
    for name in CASE_TEXT_FIELDS:
        setattr(case, name, "")
    case.outcome_diagnosis = case.outcome_text = ""
    case.status = CaseStatus.RETRACTED
    case.retracted_at = timezone.now()
    case.retracted_by = user
    case.save()
    Notification.objects.filter(url__startswith=url).delete()
    Notification.objects.filter(
        url__in=[
            reverse("cases:edit", args=[case.pk]),
            reverse("cases:moderation_case", args=[case.pk]),
        ]
    ).delete()
    _credits_revoke(case)
    document_remove(case)
    audit_record(
        action="case.retracted",
        actor=user,
        target=case,
        target_repr=f"case #{case.pk}",
        request=request,
        metadata={"by_author": case.author_id == user.pk, "reason": (reason or "")[:500]},
    )
    for reply_id in hidden:
        events.event_send(case_id=case.pk, type="reply.hidden", payload={"reply_id": reply_id})
    events.event_send(case_id=case.pk, type="case.updated", payload={"fields": ["status"]})
    return case


# --- Discussion ---------------------------------------------------------------------------------


def _check_published(case: Case) -> None:
    if case.status != CaseStatus.PUBLISHED:
        raise ValidationError(_("This case is not open for discussion."))


def _clean_body(body: str) -> str:
    body = (body or "").strip()
    if not body:
        raise ValidationError({"body": _("Write your reply.")})
    if len(body) > 8000:
        raise ValidationError({"body": _("A reply has at most 8000 characters.")})
    return body


def _reply_scan(reply: Reply) -> None:
    # Members reply in their own language, whatever the case's: let the anonymiser tell.
    spans = _scan(reply.body, None)
    reply.held_spans = [s.to_dict() for s in spans]
    reply.html = render_markdown(reply.body)


@transaction.atomic
def reply_create(*, author: User, case: Case, body: str) -> Reply:
    """Post a reply. It is scanned before it is stored or sent: one with a possible identifier
    is held — visible to its author only, to fix — and nothing about it is broadcast."""
    from .selectors import case_get_for_user, reply_html

    case = case_get_for_user(user=author, case_id=case.pk)
    _check_published(case)
    body = _clean_body(body)
    # A double click or a resent form posts the same reply twice: the case row serialises the
    # two requests and the second returns the first reply.
    Case.objects.select_for_update().filter(pk=case.pk).first()
    duplicate = (
        Reply.objects.filter(
            case=case,
            author=author,
            body=body,
            created_at__gte=timezone.now() - DUPLICATE_REPLY_WINDOW,
        )
        .exclude(status=ReplyStatus.HIDDEN)
        .order_by("-pk")
        .first()
    )
    if duplicate is not None:
        return duplicate
    reply = Reply(case=case, author=author, body=body)
    _reply_scan(reply)
    reply.status = ReplyStatus.HELD if reply.held_spans else ReplyStatus.VISIBLE
    reply.save()
    _revision(case=case, reply=reply, editor=author, data={"body": reply.body})
    Follow.objects.get_or_create(case=case, user=author)
    if reply.status == ReplyStatus.VISIBLE:
        _reply_went_visible(reply, html=lambda: reply_html(reply))
    return reply


def _reply_went_visible(reply: Reply, *, html: Callable[[], str]) -> None:
    case = reply.case
    _touch(case)
    events.event_send(
        case_id=case.pk, type="reply.created", payload={"reply_id": reply.pk, "html": html}
    )
    _notify_followers(
        case,
        kind="case.reply",
        title=_("New reply on the case “%(title)s”") % {"title": case.title},
        exclude=[reply.author_id],
    )


@transaction.atomic
def reply_update(*, user: User, reply: Reply, body: str) -> Reply:
    from .selectors import case_get_for_user, reply_html

    reply = Reply.objects.select_for_update().select_related("case").get(pk=reply.pk)
    if reply.author_id != user.pk:
        raise PermissionDenied(_("Only its author can edit a reply."))
    case = case_get_for_user(user=user, case_id=reply.case_id)
    _check_published(case)
    if reply.status == ReplyStatus.HIDDEN:
        raise ValidationError(_("This reply was hidden by a moderator."))
    was = reply.status
    reply.body = _clean_body(body)
    _reply_scan(reply)
    reply.status = ReplyStatus.HELD if reply.held_spans else ReplyStatus.VISIBLE
    reply.edited_at = timezone.now()
    reply.save()
    _revision(case=case, reply=reply, editor=user, data={"body": reply.body})
    if reply.status == ReplyStatus.VISIBLE and was == ReplyStatus.HELD:
        _reply_went_visible(reply, html=lambda: reply_html(reply))
    elif reply.status == ReplyStatus.VISIBLE:
        events.event_send(
            case_id=case.pk,
            type="reply.updated",
            payload={"reply_id": reply.pk, "html": lambda: reply_html(reply)},
        )
    elif was == ReplyStatus.VISIBLE:
        # Now flagged: it leaves everyone else's screen until its author fixes it.
        events.event_send(case_id=case.pk, type="reply.hidden", payload={"reply_id": reply.pk})
    return reply


def reply_redact_held(*, user: User, reply: Reply) -> Reply:
    """Replace the flagged words of a held reply with typed placeholders, then post it."""
    if reply.author_id != user.pk:
        raise PermissionDenied(_("Only its author can edit a reply."))
    language = reply.case.language
    body = reply.body
    placeholders = placeholders_for(language)
    for span in sorted(_scan(body, None), key=lambda s: s.start, reverse=True):
        body = body[: span.start] + placeholders[span.label] + body[span.end :]
    return reply_update(user=user, reply=reply, body=body)


@transaction.atomic
def reply_hide(
    *, moderator: User, reply: Reply, reason: str, request: HttpRequest | None = None
) -> Reply:
    check_can_moderate(moderator)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Give the reason.")})
    reply = Reply.objects.select_for_update().get(pk=reply.pk)
    was_visible = reply.status == ReplyStatus.VISIBLE
    reply.status = ReplyStatus.HIDDEN
    reply.save(update_fields=["status"])
    audit_record(
        action="case.reply_hidden",
        actor=moderator,
        target=reply,
        target_repr=f"reply #{reply.pk}",
        request=request,
        metadata={"case": reply.case_id, "reason": reason[:500]},
    )
    if was_visible:
        events.event_send(
            case_id=reply.case_id, type="reply.hidden", payload={"reply_id": reply.pk}
        )
    return reply


def _visible_reply(user: User, reply: Reply) -> Reply:
    from .selectors import case_get_for_user

    case = case_get_for_user(user=user, case_id=reply.case_id)
    _check_published(case)
    reply = Reply.objects.select_related("case").get(pk=reply.pk)
    if reply.status != ReplyStatus.VISIBLE:
        raise ValidationError(_("This reply is not visible."))
    return reply


@transaction.atomic
def endorsement_set(*, user: User, reply: Reply, on: bool) -> int:
    """Say a reply is helpful (or take it back); returns the new count."""
    reply = _visible_reply(user, reply)
    if reply.author_id == user.pk:
        raise ValidationError(_("You cannot endorse your own reply."))
    if on:
        try:
            with transaction.atomic():
                Endorsement.objects.get_or_create(reply=reply, user=user)
        except IntegrityError:
            pass
    else:
        Endorsement.objects.filter(reply=reply, user=user).delete()
    count = Endorsement.objects.filter(reply=reply).count()
    events.event_send(
        case_id=reply.case_id,
        type="endorsement.changed",
        payload={"reply_id": reply.pk, "count": count},
    )
    return count


@transaction.atomic
def reply_mark_helpful(*, user: User, reply: Reply, helpful: bool = True) -> Reply:
    """The case author marks the replies that helped them (they may earn their authors credit)."""
    from .selectors import reply_html

    reply = _visible_reply(user, reply)
    if reply.case.author_id != user.pk:
        raise PermissionDenied(_("Only the case author can mark a reply as helpful."))
    if reply.helpful == helpful:
        return reply
    reply.helpful = helpful
    reply.save(update_fields=["helpful"])
    events.event_send(
        case_id=reply.case_id,
        type="reply.updated",
        payload={"reply_id": reply.pk, "html": lambda: reply_html(reply)},
    )
    if helpful and reply.author_id != user.pk:
        notification_create(
            user=reply.author,
            kind="case.reply_helpful",
            title=_("The author of “%(title)s” marked your reply as helpful.")
            % {"title": reply.case.title},
            url=f"{_case_url(reply.case)}#reply-{reply.pk}",
        )
    return reply


@transaction.atomic
def outcome_post(
    *,
    user: User,
    case: Case,
    diagnosis: str,
    text: str,
    solved: bool,
    redact: bool = False,
) -> Case:
    """The author's follow-up: confirmed diagnosis and what happened. Scanned like the case;
    with `redact`, flagged words are replaced by placeholders, otherwise they are refused."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    _check_author(user, case)
    _check_published(case)
    diagnosis = " ".join((diagnosis or "").split())[:300]
    text = (text or "").strip()[:4000]
    if not diagnosis and not text:
        raise ValidationError(_("Give the confirmed diagnosis or what happened."))
    cleaned = {}
    found = []
    placeholders = placeholders_for(case.language)
    for name, value in (("outcome_diagnosis", diagnosis), ("outcome_text", text)):
        spans = _scan(value, case.language)
        if spans and redact:
            for span in sorted(spans, key=lambda s: s.start, reverse=True):
                value = value[: span.start] + placeholders[span.label] + value[span.end :]
        else:
            found += spans
        cleaned[name] = value
    if found:
        raise ValidationError(
            _("Possible identifiers: %(items)s. Rewrite them, or tick “replace them”.")
            % {"items": ", ".join(f"“{s.text}” ({s.label})" for s in found)},
            code="flagged",
        )
    first = not case.outcome_at
    case.outcome_diagnosis = cleaned["outcome_diagnosis"]
    case.outcome_text = cleaned["outcome_text"]
    case.outcome_at = timezone.now()
    case.solved = bool(solved)
    case.last_activity_at = timezone.now()
    case.save()
    _revision(
        case=case,
        editor=user,
        data={"outcome_diagnosis": case.outcome_diagnosis, "outcome_text": case.outcome_text},
    )
    _index(case)
    events.event_send(
        case_id=case.pk,
        type="case.updated",
        payload={"fields": ["outcome_diagnosis", "outcome_text", "solved"]},
    )
    if first:
        _notify_followers(
            case,
            kind="case.outcome",
            title=_("The outcome of “%(title)s” was posted.") % {"title": case.title},
            exclude=[user.pk],
        )
    return case


def diagnosis_rank(*, items: list[str], diagnosis: str) -> int | None:
    target = _fold(diagnosis or "")
    if not target:
        return None
    for index, item in enumerate(items, start=1):
        candidate = _fold(item)
        if not candidate:
            continue
        if candidate == target or (
            min(len(candidate), len(target)) >= 4 and (candidate in target or target in candidate)
        ):
            return index
    return None


@transaction.atomic
def differential_submit(*, user: User, case: Case, items: list[str]) -> Differential:
    """A responder's ranked differential, entered before they can see anyone else's."""
    from .selectors import case_get_for_user

    case = case_get_for_user(user=user, case_id=case.pk)
    _check_published(case)
    if not case.blind_differential:
        raise ValidationError(_("This case does not use a blind differential."))
    if case.author_id == user.pk:
        raise ValidationError(_("The author does not enter a differential."))
    if case.outcome_at and case.outcome_diagnosis:
        raise ValidationError(_("The diagnosis is already confirmed."))
    items = [" ".join(str(i).split())[:200] for i in items]
    items = [i for i in items if i][:MAX_DIFFERENTIAL_ITEMS]
    if not items:
        raise ValidationError({"items": _("Enter at least one diagnosis.")})
    flagged = [s for item in items for s in _scan(item, case.language)]
    if flagged:
        raise ValidationError(
            _("Possible identifiers: %(items)s.")
            % {"items": ", ".join(f"“{s.text}”" for s in flagged)}
        )
    already = ValidationError(_("You have already entered your differential."))
    if Differential.objects.filter(case=case, user=user).exists():
        raise already
    try:
        # Two tabs submitting at once: the unique constraint decides, the loser gets a message.
        with transaction.atomic():
            differential = Differential.objects.create(case=case, user=user, items=items)
    except IntegrityError:
        raise already from None
    Follow.objects.get_or_create(case=case, user=user)
    return differential


@transaction.atomic
def follow_set(*, user: User, case: Case, on: bool) -> bool:
    from .selectors import case_get_for_user

    case = case_get_for_user(user=user, case_id=case.pk)
    if on:
        Follow.objects.get_or_create(case=case, user=user)
    else:
        Follow.objects.filter(case=case, user=user).delete()
    return on


@transaction.atomic
def report_create(*, user: User, case: Case, reason: str, reply: Reply | None = None) -> Report:
    """A member reports a case or a reply (e.g. an identifier that got through): it goes to the
    moderation queue."""
    from .selectors import case_get_for_user

    case = case_get_for_user(user=user, case_id=case.pk)
    if reply is not None and reply.case_id != case.pk:
        raise ValidationError(_("This reply belongs to another case."))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Say what the problem is.")})
    report = Report.objects.create(case=case, reply=reply, reporter=user, reason=reason[:1000])
    audit_record(
        action="case.reported",
        actor=user,
        target=report,
        target_repr=f"report #{report.pk}",
        metadata={"case": case.pk, "reply": reply.pk if reply else None},
    )
    return report


@transaction.atomic
def report_decide(
    *,
    moderator: User,
    report: Report,
    action: str,
    reason: str = "",
    request: HttpRequest | None = None,
) -> Report:
    """Dismiss a report, or act on it: hide the reply, or retract the case."""
    check_can_moderate(moderator)
    report = (
        Report.objects.select_for_update(of=("self",))
        .select_related("case", "reply")
        .get(pk=report.pk)
    )
    if report.status != ReportStatus.OPEN:
        raise ValidationError(_("This report has already been decided."))
    if action == "dismiss":
        report.status = ReportStatus.DISMISSED
    elif action == "hide_reply" and report.reply is not None:
        reply_hide(
            moderator=moderator, reply=report.reply, reason=reason or "report", request=request
        )
        report.status = ReportStatus.ACTIONED
    elif action == "retract":
        case_retract(user=moderator, case=report.case, reason=reason, request=request)
        report.status = ReportStatus.ACTIONED
    else:
        raise ValidationError(_("Unknown action."))
    report.decided_by = moderator
    report.decided_at = timezone.now()
    report.save()
    audit_record(
        action="case.report_decided",
        actor=moderator,
        target=report,
        target_repr=f"report #{report.pk}",
        request=request,
        metadata={"action": action, "case": report.case_id, "reason": (reason or "")[:500]},
    )
    return report


# --- Credit -------------------------------------------------------------------------------------

# Staff designate frameworks on these two template activities (credits admin); each published
# case gets its own activities, designated from the templates as they stand at that moment
# (designations are never changed retroactively).
CREDIT_PUBLICATION = "publication"
CREDIT_HELPFUL_REPLY = "helpful_reply"
CREDIT_KINDS = {
    CREDIT_PUBLICATION: "Apprentissage par cas : publication d'un cas clinique",
    CREDIT_HELPFUL_REPLY: "Apprentissage par cas : réponse jugée utile par l'auteur du cas",
}
TEMPLATE_SOURCE = "cases.credit-template"
CREDIT_VALIDITY = dt.timedelta(days=365 * 3)


def _credits_revoke(case: Case) -> None:
    """Credit earned on a retracted case is revoked (a new ledger entry, by the system)."""
    from credits import services as credits_services
    from credits.models import EntryKind, LedgerEntry

    awards = LedgerEntry.objects.filter(
        activity__source_type__in=[f"cases.case-{k.replace('_', '-')}" for k in CREDIT_KINDS],
        activity__source_id=str(case.pk),
        kind=EntryKind.AWARD,
        revoked_by__isnull=True,
    )
    for award in awards:
        credits_services.credit_revoke(entry=award, by=None, reason="Case retracted")


def credit_templates_ensure():
    """The two template activities staff designate (idempotent)."""
    from credits.models import Activity, ActivityKind

    templates = {}
    for kind, title in CREDIT_KINDS.items():
        templates[kind], _created = Activity.objects.get_or_create(
            source_type=TEMPLATE_SOURCE,
            source_id=kind,
            defaults={
                "title": title,
                "kind": ActivityKind.CASE_CONTRIBUTION,
                "provider": "Compagnon",
                "opens_at": None,
            },
        )
    return templates


def credit_eligible(*, user: User, case: Case, kind: str) -> bool:
    if case.status != CaseStatus.PUBLISHED:
        return False
    if kind == CREDIT_PUBLICATION:
        return case.author_id == user.pk
    if kind == CREDIT_HELPFUL_REPLY:
        return Reply.objects.filter(
            case=case, author=user, helpful=True, status=ReplyStatus.VISIBLE
        ).exists()
    return False


def _case_activity(case: Case, kind: str):
    from credits import services as credits_services
    from credits.models import Activity, ActivityKind

    source_type = f"cases.case-{kind.replace('_', '-')}"
    activity = Activity.objects.filter(source_type=source_type, source_id=str(case.pk)).first()
    if activity is not None:
        return activity
    template = credit_templates_ensure()[kind]
    designations = [
        (d.framework, d.category, d.max_credits)
        for d in template.designations.select_related("framework", "category")
    ]
    if not designations:
        return None
    opens = case.published_at or timezone.now()
    return credits_services.activity_create(
        title=f"{CREDIT_KINDS[kind]} (cas n° {case.pk})",
        kind=ActivityKind.CASE_CONTRIBUTION,
        provider="Compagnon",
        opens_at=opens,
        expires_at=opens + CREDIT_VALIDITY,
        source=(source_type, str(case.pk)),
        designations=designations,
    )


def credit_options(*, user: User, case: Case) -> list[dict]:
    """What the user may claim on this case: [{"kind", "designations": [Designation]}]."""
    from credits.models import Activity

    options = []
    for kind in CREDIT_KINDS:
        if not credit_eligible(user=user, case=case, kind=kind):
            continue
        source_type = f"cases.case-{kind.replace('_', '-')}"
        activity = Activity.objects.filter(source_type=source_type, source_id=str(case.pk)).first()
        if activity is None:
            activity = credit_templates_ensure()[kind]
        designations = list(activity.designations.select_related("framework", "category"))
        if designations:
            options.append({"kind": kind, "designations": designations})
    return options


@transaction.atomic
def credit_claim(
    *,
    user: User,
    case: Case,
    kind: str,
    framework_code: str,
    amount: Decimal | str,
    attestation: str,
    request: HttpRequest | None = None,
):
    """Self-declared case-based-learning credit, up to the designated maximum."""
    from credits import services as credits_services
    from credits.models import Framework

    from .selectors import case_get_for_user

    case = case_get_for_user(user=user, case_id=case.pk)
    if kind not in CREDIT_KINDS:
        raise ValidationError(_("Unknown kind of credit."))
    if not credit_eligible(user=user, case=case, kind=kind):
        raise PermissionDenied(_("This contribution does not earn you credit on this case."))
    activity = _case_activity(case, kind)
    if activity is None:
        raise ValidationError(_("Staff have not designated credit for case contributions yet."))
    framework = Framework.objects.filter(code=framework_code).first()
    if framework is None:
        raise ValidationError({"framework": _("Unknown framework.")})
    return credits_services.credit_award(
        user=user,
        activity=activity,
        framework=framework,
        amount=amount,
        attestation=attestation,
        request=request,
    )


def can_retract(*, user: User, case: Case) -> bool:
    return case.status != CaseStatus.RETRACTED and (case.author_id == user.pk or can_moderate(user))
