from django import template

from accounts.forms import CHARTER_POINTS

register = template.Library()


@register.simple_tag
def charter_points():
    return CHARTER_POINTS
