from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index


class FeatureBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=80)
    text = blocks.TextBlock(label=_("Text"), max_length=400)
    link_page = blocks.PageChooserBlock(label=_("Link to page"), required=False)
    link_url = blocks.CharBlock(label=_("or link to a path"), required=False, max_length=200)

    class Meta:
        icon = "pick"
        template = "compagnon/blocks/feature.html"


class HomeBodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(label=_("Heading"), form_classname="title", max_length=120)
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=["bold", "italic", "link", "ol", "ul"]
    )
    features = blocks.ListBlock(FeatureBlock(), label=_("Feature cards"))


class HomePage(Page):
    """The site's home page. French is the reference text; English fields are optional
    translations shown to visitors who chose English (French is shown where one is missing)."""

    hero_title = models.CharField(_("hero title (French)"), max_length=140)
    hero_intro = models.TextField(_("introduction (French)"), max_length=600, blank=True)
    body = StreamField(HomeBodyBlock(), verbose_name=_("body (French)"), blank=True)
    hero_title_en = models.CharField(_("hero title (English)"), max_length=140, blank=True)
    hero_intro_en = models.TextField(_("introduction (English)"), max_length=600, blank=True)
    body_en = StreamField(HomeBodyBlock(), verbose_name=_("body (English)"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("hero_title"),
        FieldPanel("hero_intro"),
        FieldPanel("body"),
    ]
    english_panels = [
        FieldPanel("hero_title_en"),
        FieldPanel("hero_intro_en"),
        FieldPanel("body_en"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content (French)")),
            ObjectList(english_panels, heading=_("English")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("hero_intro"),
        index.SearchField("hero_intro_en"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def localized(self, field: str):
        if (get_language() or "fr").startswith("en"):
            english = getattr(self, f"{field}_en")
            if english:
                return english
        return getattr(self, field)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["hero_title"] = self.localized("hero_title")
        context["hero_intro"] = self.localized("hero_intro")
        context["body_blocks"] = self.localized("body")
        return context
