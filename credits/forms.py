from __future__ import annotations

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from . import selectors
from .models import ActivityKind


class DateInput(forms.DateInput):
    input_type = "date"


class UserFrameworkForm(forms.Form):
    framework = forms.ModelChoiceField(label=_("Framework"), queryset=None)
    cycle_start = forms.DateField(
        label=_("Cycle start"),
        required=False,
        widget=DateInput,
        help_text=_("Leave empty for the framework's usual start."),
    )
    in_practice_2023 = forms.BooleanField(
        label=_("I was in practice on 1 January 2023"),
        required=False,
        help_text=_("Certification périodique: your first cycle then lasts 9 years, not 6."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["framework"].queryset = selectors.frameworks_active()


class ExternalCreditForm(forms.Form):
    title = forms.CharField(label=_("Title of the activity"), max_length=255)
    provider = forms.CharField(label=_("Provider"), max_length=200)
    earned_on = forms.DateField(label=_("Date"), widget=DateInput)
    framework = forms.ModelChoiceField(label=_("Framework"), queryset=None)
    category = forms.ModelChoiceField(
        label=_("Category"),
        queryset=None,
        help_text=_("The bloc, action type or credit category, within the framework chosen."),
    )
    amount = forms.DecimalField(
        label=_("Credits"), max_digits=6, decimal_places=2, help_text=_("1 hour = 1 credit.")
    )
    evidence = forms.FileField(
        label=_("Evidence"),
        help_text=_("Your certificate or attestation: PDF, PNG or JPEG, 5 MB at most."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.png,.jpg,.jpeg"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["framework"].queryset = selectors.frameworks_active()
        self.fields["category"].queryset = selectors.categories_active()
        self.fields["category"].label_from_instance = _category_label


def _category_label(category) -> str:
    # Descriptive category names are stored in English and translated when shown.
    return f"{category.framework.name} — {gettext(category.name)}"


class TranscriptFilterForm(forms.Form):
    framework = forms.ModelChoiceField(
        label=_("Framework"), queryset=None, required=False, empty_label=_("All")
    )
    category = forms.ModelChoiceField(
        label=_("Category"), queryset=None, required=False, empty_label=_("All")
    )
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    source = forms.ChoiceField(label=_("Source"), required=False)

    def __init__(self, *args, years: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["framework"].queryset = selectors.frameworks_active()
        self.fields["category"].queryset = selectors.categories_active()
        self.fields["category"].label_from_instance = _category_label
        self.fields["year"].choices = [("", _("All"))] + [(y, str(y)) for y in years]
        self.fields["source"].choices = [("", _("All")), *ActivityKind.choices]


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("accept", _("Accept")), ("reject", _("Refuse"))],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason (required to refuse; sent to the member)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
