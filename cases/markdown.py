"""Replies in a safe Markdown subset: markdown-it renders, nh3 keeps only harmless HTML."""

from __future__ import annotations

import nh3
from markdown_it import MarkdownIt

# Raw HTML in the source is not rendered at all ("html": False); whatever the renderer produces
# is then sanitised again, so a bug in either layer alone cannot let a script through.
# Bare addresses ("https://www.has-sante.fr/…", "doi.org/…") become links, as people expect.
_md = (
    MarkdownIt("commonmark", {"html": False, "linkify": True, "breaks": True})
    .enable("linkify")
    .disable(["image"])
)
# Without a scheme, only these endings make a link: any two-letter country ending would turn a
# missing space after a full stop ("traitement.Il", "etc.La") into an address.
_md.linkify.tlds(["com", "org", "net", "edu", "gov", "int", "eu", "fr", "be", "ch", "ca", "uk"])

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "h3",
    "h4",
    "hr",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}


def render_markdown(source: str) -> str:
    html = _md.render(source or "")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow noopener noreferrer",
    ).strip()
