from urllib.parse import urlencode

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def page_url(context, page: int) -> str:
    """The current search's query string with another page number."""
    params = [(k, v) for k, values in context["request"].GET.lists() for v in values if k != "page"]
    params.append(("page", str(page)))
    return "?" + urlencode(params)
