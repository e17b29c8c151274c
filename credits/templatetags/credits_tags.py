from django import template

from credits.rules import fmt

register = template.Library()


@register.filter
def credits(value):
    """2, 1.5, 0.25 — not 2.00."""
    if value is None or value == "":
        return ""
    return fmt(value)
