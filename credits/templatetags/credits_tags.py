from decimal import Decimal

from django import template

from credits.rules import fmt

register = template.Library()


@register.filter
def credits(value):
    """2, 1.5, 0.25 — not 2.00."""
    if value is None or value == "":
        return ""
    # Certificate snapshots keep amounts as text ("2.00").
    return fmt(value if isinstance(value, Decimal | int) else Decimal(str(value)))
