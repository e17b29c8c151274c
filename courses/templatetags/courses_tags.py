from django import template

from .. import selectors

register = template.Library()


@register.inclusion_tag("courses/includes/my_learning.html", takes_context=True)
def my_learning(context):
    request = context.get("request")
    user = getattr(request, "user", None)
    return {"learning": selectors.my_learning(user=user), "request": request}


@register.filter
def get_item(mapping, key):
    return (mapping or {}).get(key)


@register.filter
def kc_multiple(value) -> bool:
    """A knowledge check with several correct options is answered with checkboxes."""
    return sum(1 for option in value["options"] if option["correct"]) > 1


@register.simple_tag
def claim_form(max_hours):
    from ..forms import DigestClaimForm

    return DigestClaimForm(max_hours=max_hours)
