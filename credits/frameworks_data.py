"""The real frameworks, as data. Used by migration 0002 and `services.frameworks_ensure()`.

Only missing rows are created: staff may edit frameworks in the admin, and re-seeding must not
undo their changes.

Framework names and unit labels are proper names, kept as the body that owns them writes them
(“AMA PRA Category 1 Credit™” is a trademarked designation; “EACCME ECMEC®” too). The French
frameworks' category names are their official French wording, shown as is. The other categories
are plain descriptions: they are stored in English, marked here with `gettext_noop` so that
makemessages collects them, and translated where they are shown (`{% translate category.name %}`).
Not `gettext_lazy`: the value is saved by a migration, and a lazy string would be saved in
whatever language happens to be active then (French by default), never as the English msgid.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.utils.translation import gettext_noop

FRAMEWORKS = [
    {
        "code": "certification-periodique",
        "name": "Certification périodique",
        "description": (
            "Obligation of the French health professions with an order (ordonnance du 19 juillet "
            "2021): at least two actions in each of the four blocs per cycle. The cycle lasts six "
            "years, nine for professionals already in practice on 1 January 2023."
        ),
        "cycle_years": 6,
        "alt_cycle_years": 9,
        "alt_cycle_condition": "in_practice_2023",
        "default_cycle_start": dt.date(2023, 1, 1),
        "credit_step": Decimal("0.25"),
        "unit_label": "heures",
        "order": 10,
        "categories": [
            ("bloc-1", "Bloc 1 — Actualiser ses connaissances et ses compétences", "bloc", None),
            (
                "bloc-2",
                "Bloc 2 — Renforcer la qualité de ses pratiques professionnelles",
                "bloc",
                None,
            ),
            ("bloc-3", "Bloc 3 — Améliorer la relation avec ses patients", "bloc", None),
            ("bloc-4", "Bloc 4 — Mieux prendre en compte sa santé personnelle", "bloc", None),
        ],
        # (kind, category code or None, min_count, min_credits)
        "requirements": [("min_actions", None, 2, None)],
    },
    {
        "code": "dpc",
        "name": "DPC",
        "description": (
            "Développement professionnel continu: over each three-year period, a path of at least "
            "two actions of at least two different types, one of them on a national priority."
        ),
        "cycle_years": 3,
        "default_cycle_start": dt.date(2023, 1, 1),
        "credit_step": Decimal("0.25"),
        "unit_label": "heures",
        "order": 20,
        "categories": [
            ("formation-continue", "Formation continue", "action_type", None),
            ("epp", "Évaluation des pratiques professionnelles", "action_type", None),
            ("gestion-des-risques", "Gestion des risques", "action_type", None),
        ],
        "requirements": [
            ("min_total_actions", None, 2, None),
            ("min_distinct_categories", None, 2, None),
            ("min_national_priority", None, 1, None),
        ],
    },
    {
        "code": "eaccme",
        "name": "EACCME ECMEC®",
        "description": (
            "European CME Credits of the UEMS EACCME: one credit per hour of education, in half "
            "credits. National authorities set the requirement; 250 credits over five years is "
            "common and can be edited here."
        ),
        "cycle_years": 5,
        "credit_step": Decimal("0.50"),
        "unit_label": "ECMEC®s",
        "order": 30,
        "categories": [
            ("live", gettext_noop("Live educational events"), "credit_category", None),
            ("elearning", gettext_noop("E-learning materials"), "credit_category", None),
        ],
        "requirements": [("min_credits", None, None, Decimal("250"))],
    },
    {
        "code": "ama-pra-1",
        "name": "AMA PRA Category 1 Credit™",
        "description": (
            "Credit from accredited CME providers, one per hour in quarter credits. The AMA PRA "
            "award for three years asks for 150 credits, at least 60 of them Category 1."
        ),
        "cycle_years": 3,
        "credit_step": Decimal("0.25"),
        "unit_label": "AMA PRA Category 1 Credits™",
        "order": 40,
        "categories": [
            ("live-activity", gettext_noop("Live activity"), "credit_category", None),
            ("enduring-material", gettext_noop("Enduring material"), "credit_category", None),
            ("journal-cme", gettext_noop("Journal-based CME"), "credit_category", None),
        ],
        "requirements": [("min_credits", None, None, Decimal("60"))],
    },
    {
        "code": "ama-pra-2",
        "name": "AMA PRA Category 2 Credit™",
        "description": (
            "Self-claimed credit for learning not certified for Category 1 (reading, teaching, "
            "consultation), one per hour in quarter credits."
        ),
        "cycle_years": 3,
        "credit_step": Decimal("0.25"),
        "unit_label": "AMA PRA Category 2 Credits™",
        "order": 50,
        "categories": [
            (
                "self-directed",
                gettext_noop("Self-directed learning"),
                "credit_category",
                Decimal("60"),
            ),
            ("teaching", gettext_noop("Teaching and mentoring"), "credit_category", Decimal("30")),
        ],
        "requirements": [],
    },
]


def ensure(framework_model, category_model, requirement_model) -> int:
    """Create the frameworks, categories and requirements that are missing. Returns how many
    frameworks were created. Takes the model classes so that migrations can pass theirs."""
    created_count = 0
    for spec in FRAMEWORKS:
        fields = {
            key: value
            for key, value in spec.items()
            if key not in {"code", "categories", "requirements"}
        }
        framework, created = framework_model.objects.get_or_create(
            code=spec["code"], defaults=fields
        )
        created_count += created
        categories = {}
        for order, (code, name, kind, cap) in enumerate(spec["categories"], start=1):
            categories[code], _ = category_model.objects.get_or_create(
                framework=framework,
                code=code,
                defaults={"name": name, "kind": kind, "cap_per_cycle": cap, "order": order},
            )
        if created:
            for order, (kind, category_code, min_count, min_credits) in enumerate(
                spec["requirements"], start=1
            ):
                requirement_model.objects.create(
                    framework=framework,
                    kind=kind,
                    category=categories.get(category_code) if category_code else None,
                    min_count=min_count,
                    min_credits=min_credits,
                    order=order,
                )
    return created_count
