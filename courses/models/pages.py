"""Wagtail pages: the catalogue, courses and their lessons, the evidence library and its digests.

Each language version is its own page (`language`); versions of one course share `code`.
Rendering logic lives in `courses.selectors`, writes in `courses.services`; the pages only route.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.template.response import SimpleTemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from accounts.choices import Profession, Topic
from credits.models import ActivityFormat

from ..blocks import RICH_FEATURES, LessonBodyBlock, QuestionsBlock
from ..fields import ChoiceListField

LANGUAGE_CHOICES = [("fr", _("French")), ("en", _("English"))]
RESERVED_LESSON_SLUGS = {"enrol", "assessment", "evaluation", "attestation", "check", "claim"}


def _date_start(day: dt.date | None) -> dt.datetime | None:
    if day is None:
        return None
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


# --- Catalogue ----------------------------------------------------------------------------------


class CourseIndexPage(RoutablePageMixin, Page):
    intro = models.TextField(_("introduction (French)"), blank=True)
    intro_en = models.TextField(_("introduction (English)"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("intro_en")]

    parent_page_types = ["compagnon.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import catalogue

        context = super().get_context(request, *args, **kwargs)
        context["catalogue"] = catalogue(index=self, params=request.GET, user=request.user)
        return context


# --- Course -------------------------------------------------------------------------------------


class CoursePageForm(WagtailAdminPageForm):
    """Says, in the editor, why designations cannot change once the course is open."""

    def clean(self):
        cleaned = super().clean()
        page = self.instance
        if not page.pk or "designations" not in self.formsets:
            return cleaned
        from ..services import course_designations_frozen_reason

        formset = self.formsets["designations"]
        if not formset.is_valid():  # validates the inline forms now, so they can be compared
            return cleaned
        wanted = set()
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if not data or data.get("DELETE") or not data.get("framework"):
                continue
            wanted.add(
                (
                    data["framework"].pk,
                    data["category"].pk if data.get("category") else None,
                    Decimal(data.get("max_credits") or 0),
                )
            )
        reason = course_designations_frozen_reason(page=page, wanted=wanted)
        if reason:
            self.add_error(None, reason)
        return cleaned


class CoursePage(RoutablePageMixin, Page):
    code = models.SlugField(
        _("code"),
        max_length=80,
        help_text=_("Shared by the French and English versions of the same course."),
    )
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGE_CHOICES, default="fr")
    summary = models.TextField(_("summary"), max_length=600)
    audience = models.TextField(_("audience"), max_length=600)
    objectives = models.TextField(_("learning objectives"), help_text=_("One objective per line."))
    topics = ChoiceListField(_("topics"), item_choices=Topic.choices, blank=True)
    professions = ChoiceListField(
        _("professions"),
        item_choices=Profession.choices,
        blank=True,
        help_text=_("Leave empty for every profession."),
    )
    format = models.CharField(
        _("format"), max_length=20, choices=ActivityFormat.choices, default=ActivityFormat.ONLINE
    )
    provider = models.CharField(_("provider"), max_length=200, default="Compagnon")
    estimated_minutes = models.PositiveIntegerField(
        _("estimated time (minutes)"), validators=[MinValueValidator(5)], default=60
    )
    release_date = models.DateField(_("release date"))
    last_review_date = models.DateField(_("last review date"))
    expiry_date = models.DateField(
        _("credit expiry date"), help_text=_("At most three years after the last review.")
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=75,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("maximum attempts"), default=3, validators=[MinValueValidator(1), MaxValueValidator(20)]
    )
    national_priority = models.BooleanField(_("on a national priority (DPC)"), default=False)
    assessment = StreamField(
        QuestionsBlock(),
        verbose_name=_("final assessment"),
        blank=True,
        help_text=_("Questions are shown in a random order; answers are graded on the server."),
    )
    substantive_change = models.BooleanField(
        _("this update is a substantive change"),
        default=False,
        help_text=_(
            "Learners who completed the course are told what changed when you publish. "
            "Cleared after publishing."
        ),
    )
    change_summary = models.TextField(_("what changed"), blank=True, max_length=800)

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("code"), FieldPanel("language")]),
        FieldPanel("summary"),
        FieldPanel("audience"),
        FieldPanel("objectives"),
        MultiFieldPanel(
            [FieldPanel("topics"), FieldPanel("professions"), FieldPanel("format")],
            heading=_("Classification"),
        ),
        InlinePanel("faculty", label=_("Faculty and disclosures"), min_num=1),
        MultiFieldPanel(
            [
                FieldPanel("provider"),
                FieldPanel("estimated_minutes"),
                FieldRowPanel(
                    [
                        FieldPanel("release_date"),
                        FieldPanel("last_review_date"),
                        FieldPanel("expiry_date"),
                    ]
                ),
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("max_attempts")]),
                FieldPanel("national_priority"),
            ],
            heading=_("Credit and dates"),
        ),
        InlinePanel("designations", label=_("Designated credits per framework")),
        FieldPanel("assessment"),
        MultiFieldPanel(
            [FieldPanel("substantive_change"), FieldPanel("change_summary")],
            heading=_("Update notice"),
        ),
    ]
    base_form_class = CoursePageForm

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.FilterField("language"),
        index.FilterField("code"),
    ]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def clean(self):
        super().clean()
        errors = {}
        if self.release_date and self.expiry_date and self.expiry_date <= self.release_date:
            errors["expiry_date"] = _("Credit must end after the release date.")
        if self.last_review_date and self.expiry_date:
            limit = self.last_review_date.replace(year=self.last_review_date.year + 3)
            if self.expiry_date > limit:
                errors["expiry_date"] = _(
                    "Credit ends at most three years after the last review (%(date)s)."
                ) % {"date": limit.isoformat()}
        if self.substantive_change and not (self.change_summary or "").strip():
            errors["change_summary"] = _("Say what changed: learners will read it.")
        if self.code and self.language:
            clash = CoursePage.objects.filter(code=self.code, language=self.language)
            if self.pk:
                clash = clash.exclude(pk=self.pk)
            if clash.exists():
                errors["code"] = _("Another %(language)s course already uses this code.") % {
                    "language": self.get_language_display()
                }
        if errors:
            raise ValidationError(errors)

    @property
    def objective_list(self) -> list[str]:
        return [line.strip() for line in self.objectives.splitlines() if line.strip()]

    def is_expired(self, today: dt.date | None = None) -> bool:
        return self.expiry_date <= (today or timezone.localdate())

    def is_released(self, today: dt.date | None = None) -> bool:
        return self.release_date <= (today or timezone.localdate())

    @property
    def opens_at(self):
        return _date_start(self.release_date)

    @property
    def expires_at(self):
        return _date_start(self.expiry_date)

    def get_context(self, request, *args, **kwargs):
        from ..selectors import course_view

        context = super().get_context(request, *args, **kwargs)
        context["view"] = course_view(course=self, user=request.user)
        return context

    def serve(self, request, view=None, args=None, kwargs=None):
        response = super().serve(request, view, args, kwargs)
        # `compagnon.views.page_serve` sets the key for an anonymous visitor whose page could be
        # served from the cache (see courses.selectors); only the course page itself is kept.
        key = getattr(request, "course_page_cache_key", None)
        if (
            key
            and getattr(view, "__func__", None) is CoursePage.index_route
            and isinstance(response, SimpleTemplateResponse)
        ):
            from ..selectors import course_page_cache_store

            response.add_post_render_callback(
                lambda rendered: course_page_cache_store(
                    request=request, key=key, page=self, response=rendered
                )
            )
        return response

    # Learner actions: each route calls one service; see courses/routes.py.
    @path("enrol/")
    def enrol_route(self, request):
        from ..routes import course_enrol

        return course_enrol(request, self)

    @path("assessment/")
    def assessment_route(self, request):
        from ..routes import course_assessment

        return course_assessment(request, self)

    @path("evaluation/")
    def evaluation_route(self, request):
        from ..routes import course_evaluation

        return course_evaluation(request, self)

    @path("attestation/")
    def attestation_route(self, request):
        from ..routes import course_attestation

        return course_attestation(request, self)


class CourseFaculty(Orderable):
    page = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="faculty")
    name = models.CharField(_("name"), max_length=200)
    credentials = models.CharField(_("credentials"), max_length=120, blank=True)
    role = models.CharField(_("role in this course"), max_length=200, blank=True)
    disclosures = models.TextField(
        _("disclosures"),
        help_text=_("Relevant financial relationships, or state that there are none."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("credentials"),
        FieldPanel("role"),
        FieldPanel("disclosures"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("faculty member")


class DesignationBase(Orderable):
    framework = models.ForeignKey("credits.Framework", on_delete=models.PROTECT, related_name="+")
    category = models.ForeignKey("credits.Category", on_delete=models.PROTECT, related_name="+")
    max_credits = models.DecimalField(
        _("designated maximum (credits)"),
        max_digits=5,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.25")), MaxValueValidator(Decimal("100"))],
    )

    panels = [FieldPanel("framework"), FieldPanel("category"), FieldPanel("max_credits")]

    class Meta(Orderable.Meta):
        abstract = True

    def clean(self):
        super().clean()
        if (
            self.category_id
            and self.framework_id
            and self.category.framework_id != self.framework_id
        ):
            raise ValidationError({"category": _("This category belongs to another framework.")})
        if self.max_credits is not None and (self.max_credits * 4) % 1:
            raise ValidationError({"max_credits": _("Credits are designated in steps of 0.25.")})


class CourseDesignation(DesignationBase):
    page = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="designations")

    class Meta(DesignationBase.Meta):
        verbose_name = _("designation")
        constraints = [
            models.UniqueConstraint(fields=["page", "framework"], name="course_designation_once")
        ]


# --- Lesson -------------------------------------------------------------------------------------


class LessonPage(RoutablePageMixin, Page):
    summary = models.TextField(_("summary"), max_length=400, blank=True)
    estimated_minutes = models.PositiveIntegerField(_("estimated time (minutes)"), default=20)
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]

    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def clean(self):
        super().clean()
        if self.slug in RESERVED_LESSON_SLUGS:
            raise ValidationError({"slug": _("This slug is reserved; choose another one.")})

    def get_context(self, request, *args, **kwargs):
        from ..selectors import lesson_view

        context = super().get_context(request, *args, **kwargs)
        context["view"] = lesson_view(
            lesson=self, user=request.user, preview=getattr(request, "is_preview", False)
        )
        return context

    @path("complete/")
    def complete_route(self, request):
        from ..routes import lesson_complete_view

        return lesson_complete_view(request, self)

    @path("check/")
    def check_route(self, request):
        from ..routes import lesson_check_view

        return lesson_check_view(request, self)


# --- Evidence library ---------------------------------------------------------------------------


class StudyDigestIndexPage(Page):
    intro = models.TextField(_("introduction (French)"), blank=True)
    intro_en = models.TextField(_("introduction (English)"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("intro_en")]

    parent_page_types = ["compagnon.HomePage"]
    subpage_types = ["courses.StudyDigestPage"]
    max_count = 1

    class Meta:
        verbose_name = _("evidence library")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import digest_library

        context = super().get_context(request, *args, **kwargs)
        context["library"] = digest_library(index=self, params=request.GET)
        return context


class PublicationStatus(models.TextChoices):
    PUBLISHED = "published", _("Published, peer-reviewed")
    PREPRINT = "preprint", _("Unpublished or preprint")


class StudyDigestPage(RoutablePageMixin, Page):
    code = models.SlugField(
        _("code"), max_length=80, help_text=_("Shared by the French and English versions.")
    )
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGE_CHOICES, default="fr")
    citation = models.TextField(_("citation"))
    doi = models.CharField(_("DOI"), max_length=200, blank=True)
    publication_status = models.CharField(
        _("publication status"),
        max_length=20,
        choices=PublicationStatus.choices,
        default=PublicationStatus.PUBLISHED,
    )
    publication_year = models.PositiveSmallIntegerField(_("publication year"))
    topics = ChoiceListField(_("topics"), item_choices=Topic.choices, blank=True)
    design = models.TextField(_("design"))
    population = models.TextField(_("population"))
    intervention = models.TextField(_("intervention or exposure"))
    comparator = models.TextField(_("comparator"), blank=True)
    outcomes = models.TextField(_("outcomes"))
    results = RichTextField(_("results"), features=RICH_FEATURES)
    limitations = RichTextField(_("limitations"), features=RICH_FEATURES)
    practice_points = RichTextField(_("what it changes in practice"), features=RICH_FEATURES)
    estimated_minutes = models.PositiveIntegerField(
        _("estimated reading time (minutes)"), default=30
    )
    release_date = models.DateField(_("release date"), default=dt.date.today)
    expiry_date = models.DateField(_("credit expiry date"))
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark of the comprehension check (%)"),
        default=66,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    comprehension_check = StreamField(
        QuestionsBlock(), verbose_name=_("comprehension check"), blank=True
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("code"), FieldPanel("language")]),
        FieldPanel("citation"),
        FieldRowPanel(
            [FieldPanel("doi"), FieldPanel("publication_status"), FieldPanel("publication_year")]
        ),
        FieldPanel("topics"),
        FieldPanel("design"),
        FieldPanel("population"),
        FieldPanel("intervention"),
        FieldPanel("comparator"),
        FieldPanel("outcomes"),
        FieldPanel("results"),
        FieldPanel("limitations"),
        FieldPanel("practice_points"),
        MultiFieldPanel(
            [
                FieldPanel("estimated_minutes"),
                FieldRowPanel([FieldPanel("release_date"), FieldPanel("expiry_date")]),
                FieldPanel("pass_mark"),
            ],
            heading=_("Credit and dates"),
        ),
        InlinePanel("designations", label=_("Designated credits per framework")),
        FieldPanel("comprehension_check"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("citation"),
        index.FilterField("language"),
    ]

    parent_page_types = ["courses.StudyDigestIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("study digest")
        verbose_name_plural = _("study digests")

    def clean(self):
        super().clean()
        if self.release_date and self.expiry_date and self.expiry_date <= self.release_date:
            raise ValidationError({"expiry_date": _("Credit must end after the release date.")})

    def is_expired(self, today: dt.date | None = None) -> bool:
        return self.expiry_date <= (today or timezone.localdate())

    @property
    def opens_at(self):
        return _date_start(self.release_date)

    @property
    def expires_at(self):
        return _date_start(self.expiry_date)

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else ""

    def get_context(self, request, *args, **kwargs):
        from ..selectors import digest_view

        context = super().get_context(request, *args, **kwargs)
        context["view"] = digest_view(digest=self, user=request.user)
        return context

    @path("check/")
    def check_route(self, request):
        from ..routes import digest_check_view

        return digest_check_view(request, self)

    @path("claim/")
    def claim_route(self, request):
        from ..routes import digest_claim_view

        return digest_claim_view(request, self)


class DigestDesignation(DesignationBase):
    page = ParentalKey(StudyDigestPage, on_delete=models.CASCADE, related_name="designations")

    class Meta(DesignationBase.Meta):
        verbose_name = _("designation")
        constraints = [
            models.UniqueConstraint(fields=["page", "framework"], name="digest_designation_once")
        ]
