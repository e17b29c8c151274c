"""Forms only shape input; the services decide (and run the de-identification gate)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.choices import Specialty

from .images import MAX_UPLOAD_BYTES
from .models import CASE_TEXT_FIELDS, AgeBand, Case, CaseLanguage, ConsentBasis, Resolution, Sex

GATED = {"data-gate-field": "1"}


class CaseForm(forms.ModelForm):
    """The structured case template. No birth date, no exact age: an age band and a sex."""

    tags = forms.CharField(
        label=_("Tags"),
        required=False,
        max_length=300,
        help_text=_("Comma-separated, e.g. “asthma, child”."),
        widget=forms.TextInput(attrs=GATED),
    )

    class Meta:
        model = Case
        fields = [
            "language",
            "title",
            "specialty",
            "age_band",
            "sex",
            "context",
            "presentation",
            "history",
            "examination",
            "investigations",
            "management",
            "question",
            "tags",
            "blind_differential",
        ]
        widgets = {
            "title": forms.TextInput(attrs=GATED),
            **{
                name: forms.Textarea(attrs={**GATED, "rows": 4})
                for name in CASE_TEXT_FIELDS
                if name not in ("title", "tags")
            },
        }
        help_texts = {
            "age_band": _("Never a birth date or an exact age."),
            "context": _("Setting and reason for the consultation, without names or places."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and "tags" not in self.data:
            self.initial["tags"] = ", ".join(self.instance.tag_list)
        self.fields["specialty"].choices = Specialty.choices
        self.fields["language"].choices = CaseLanguage.choices
        self.fields["age_band"].choices = [("", "—"), *AgeBand.choices]
        self.fields["sex"].choices = [("", "—"), *Sex.choices]

    def to_service_data(self) -> dict:
        return dict(self.cleaned_data)


class FlagResolveForm(forms.Form):
    resolution = forms.ChoiceField(
        label=_("Resolution"),
        # Actions, not states: the author chooses what to do with the words.
        choices=[
            (Resolution.REDACT, _("Redact: replace with a placeholder")),
            (Resolution.GENERALISE, _("Generalise: replace with a broader term")),
            (Resolution.NOT_IDENTIFIER, _("Keep: it is not an identifier (a moderator checks)")),
        ],
        widget=forms.RadioSelect,
    )
    replacement = forms.CharField(label=_("Generalisation"), required=False, max_length=120)
    reason = forms.CharField(
        label=_("Why is this not an identifier?"), required=False, max_length=300
    )


class SubmitForm(forms.Form):
    consent_basis = forms.ChoiceField(
        label=_("Attestation"), choices=ConsentBasis.choices, widget=forms.RadioSelect
    )
    charter_accepted = forms.BooleanField(
        label=_("I have read the charter and share this case in keeping with it."), required=True
    )


class ImageForm(forms.Form):
    image = forms.FileField(
        label=_("Image"),
        help_text=_(
            "JPEG, PNG, WebP or GIF, %(mb)d MB maximum. Every metadata field (EXIF, GPS, "
            "comments) is removed and the image re-encoded. No faces, no name tags."
        )
        % {"mb": MAX_UPLOAD_BYTES // (1024 * 1024)},
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    caption = forms.CharField(
        label=_("Description (alternative text)"), max_length=300, widget=forms.TextInput(GATED)
    )


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Your reply"),
        max_length=8000,
        widget=forms.Textarea(attrs={"rows": 5, "data-gate-field": "1"}),
        help_text=_(
            "Markdown: **bold**, *italic*, lists, links. No HTML. Checked for identifiers "
            "before anyone else sees it."
        ),
    )


class OutcomeForm(forms.Form):
    diagnosis = forms.CharField(label=_("Confirmed diagnosis"), max_length=300, required=False)
    text = forms.CharField(
        label=_("What happened"),
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    solved = forms.BooleanField(label=_("My question is answered"), required=False)
    redact = forms.BooleanField(
        label=_("Replace any possible identifier with a placeholder"), required=False
    )


class DifferentialForm(forms.Form):
    item1 = forms.CharField(label=_("1st diagnosis (most likely)"), max_length=200)
    item2 = forms.CharField(label=_("2nd diagnosis"), max_length=200, required=False)
    item3 = forms.CharField(label=_("3rd diagnosis"), max_length=200, required=False)
    item4 = forms.CharField(label=_("4th diagnosis"), max_length=200, required=False)
    item5 = forms.CharField(label=_("5th diagnosis"), max_length=200, required=False)

    def items(self) -> list[str]:
        return [self.cleaned_data.get(f"item{i}", "") for i in range(1, 6)]


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"), max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
    )


class OptionalReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class DecisionForm(forms.Form):
    # Optional in the browser: approving needs no reason; the service refuses a return without one.
    reason = forms.CharField(
        label=_("Reason (required to return the case to its author)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class CreditClaimForm(forms.Form):
    kind = forms.CharField(widget=forms.HiddenInput)
    framework = forms.CharField(widget=forms.HiddenInput)
    amount = forms.DecimalField(
        label=_("Time spent (hours, in steps of 0.25)"),
        min_value=0.25,
        max_digits=5,
        decimal_places=2,
    )
    attestation = forms.BooleanField(
        label=_("I attest that I spent this time on this case-based learning."), required=True
    )


class CaseFilterForm(forms.Form):
    specialty = forms.ChoiceField(
        label=_("Specialty"), required=False, choices=[("", _("All")), *Specialty.choices]
    )
    tag = forms.CharField(label=_("Tag"), required=False, max_length=40)
    state = forms.ChoiceField(
        label=_("State"),
        required=False,
        choices=[("", _("All")), ("open", _("Open")), ("solved", _("Solved"))],
    )
    has_outcome = forms.BooleanField(label=_("With an outcome"), required=False)
