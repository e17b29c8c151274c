"""Sentences for reasons, in the active language.

This is the one module of the engine that touches Django, and only inside the functions: the
engine stays importable (and benchmarkable) without settings, while the page renders reasons
with the project's translation catalogue. Strings are written out in full in ``gettext`` and
``ngettext`` calls so ``makemessages`` finds them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from . import assignment, filters, scoring
from .types import Reason

Translate = Callable[[str], str]
TranslatePlural = Callable[[str, str, int], str]


def gettext_noop(message: str) -> str:
    """Marks a string for translation without translating it yet (as Django's does)."""
    return message


# Topics are free codes; these are the common ones. Anything else is shown as its code, readably.
TOPIC_LABELS = {
    "ai": gettext_noop("artificial intelligence"),
    "connected_devices": gettext_noop("connected devices"),
    "telemedicine": gettext_noop("telemedicine"),
}


def _choice_label(choices_name: str, code: str) -> str:
    # Labels live in accounts.choices (already translated there); import late to keep the engine
    # Django-free until something is actually rendered.
    from accounts import choices

    labels = dict(getattr(choices, choices_name).choices)
    return str(labels.get(code, code))


def _join(items: Sequence[str], gettext: Translate) -> str:
    if len(items) <= 1:
        return "".join(items)
    return gettext("%(items)s and %(last)s") % {"items": ", ".join(items[:-1]), "last": items[-1]}


def describe(
    reason: Reason | tuple,
    gettext: Translate | None = None,
    ngettext: TranslatePlural | None = None,
) -> str:
    """One reason as a short phrase, e.g. "3 hours of shared availability".

    ``gettext``/``ngettext`` default to Django's, in the active language; choice labels
    (specialty, region, language names) always come from ``accounts.choices`` in that language.
    """
    if gettext is None or ngettext is None:
        from django.utils import translation

        gettext = gettext or translation.gettext
        ngettext = ngettext or translation.ngettext
    code, params = reason

    match code:
        case scoring.SAME_SPECIALTY:
            return gettext("same specialty")
        case scoring.RELATED_SPECIALTY:
            specialty = _choice_label("Specialty", params["specialty"])
            return gettext("related specialty (%(specialty)s)") % {"specialty": specialty}
        case scoring.SHARED_TOPICS:
            topics = [
                gettext(TOPIC_LABELS[t]) if t in TOPIC_LABELS else t.replace("_", " ")
                for t in params["topics"]
            ]
            return gettext("shared interests: %(topics)s") % {"topics": ", ".join(topics)}
        case scoring.MEETS_IN_PERSON:
            region = _choice_label("Region", params["region"])
            return gettext("can meet in person in %(region)s") % {"region": region}
        case scoring.MEETS_REMOTELY:
            return gettext("can meet remotely")
        case scoring.MEETS_REMOTELY_NOT_IN_PERSON:
            return gettext("can meet remotely, not in person")
        case scoring.MEETS_IN_PERSON_NOT_REMOTELY:
            region = _choice_label("Region", params["region"])
            return gettext("can meet in person in %(region)s, not remotely") % {"region": region}
        case scoring.NO_COMMON_MODALITY:
            return gettext("no way to meet: in person only, in another region")
        case scoring.SHARED_AVAILABILITY_HOURS:
            hours = params["hours"]
            return ngettext(
                "%(hours)s hour of shared availability",
                "%(hours)s hours of shared availability",
                hours,
            ) % {"hours": hours}
        case scoring.SHARED_LANGUAGES:
            names = [_choice_label("Language", code) for code in params["languages"]]
            return gettext("both speak %(languages)s") % {"languages": _join(names, gettext)}

        case filters.SAME_PERSON:
            return gettext("cannot mentor themselves")
        case filters.NO_CAPACITY:
            return gettext("no places left")
        case filters.NOT_MORE_SENIOR:
            return gettext("not more senior than the mentee")
        case filters.NO_SHARED_LANGUAGE:
            return gettext("no language in common")
        case filters.CONFLICT_DECLARED_BY_MENTEE | filters.CONFLICT_DECLARED_BY_MENTOR:
            # Deliberately not saying who declared it: that is private to the person declaring.
            return gettext("a declared conflict of interest")

        case assignment.NO_ELIGIBLE_MENTOR:
            return gettext("no eligible mentor")
        case assignment.ELIGIBLE_MENTORS_FULL:
            return gettext("every eligible mentor's places went to other mentees")
    raise ValueError(f"no description for reason code {code!r}")


def describe_all(
    reasons: Iterable[Reason | tuple],
    gettext: Translate | None = None,
    ngettext: TranslatePlural | None = None,
) -> str:
    """Reasons as one line: "same specialty, 3 hours of shared availability, both speak English"."""
    return ", ".join(describe(reason, gettext, ngettext) for reason in reasons)
