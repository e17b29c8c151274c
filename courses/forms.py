from __future__ import annotations

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Balance, PracticeChange

RELEVANCE_CHOICES = [
    (5, _("5 — very relevant")),
    (4, _("4")),
    (3, _("3")),
    (2, _("2")),
    (1, _("1 — not relevant")),
]


class EvaluationForm(forms.Form):
    relevance = forms.TypedChoiceField(
        label=_("How relevant was this course to your practice?"),
        choices=RELEVANCE_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
    )
    balance = forms.ChoiceField(
        label=_("Was the content balanced and free of commercial bias?"),
        choices=Balance.choices,
        widget=forms.RadioSelect,
    )
    bias_comment = forms.CharField(
        label=_("If not, where did you see a bias?"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    practice_change = forms.ChoiceField(
        label=_("Do you intend to change your practice?"),
        choices=PracticeChange.choices,
        widget=forms.RadioSelect,
    )
    practice_change_text = forms.CharField(
        label=_("What will you change?"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class AttestationForm(forms.Form):
    hours = forms.DecimalField(
        label=_("Time you actually spent (hours)"),
        min_value=Decimal("0.25"),
        decimal_places=2,
        max_digits=5,
        help_text=_("In quarter hours: 0.25, 0.5, 0.75, 1…"),
        widget=forms.NumberInput(attrs={"step": "0.25", "inputmode": "decimal"}),
    )
    attest = forms.BooleanField(
        label=_("I attest that I spent this time on the activity myself."), required=True
    )

    def __init__(self, *args, max_hours=None, **kwargs):
        super().__init__(*args, **kwargs)
        if max_hours is not None:
            self.fields["hours"].widget.attrs["max"] = str(max_hours)
            self.fields["hours"].help_text = _(
                "In quarter hours (0.25, 0.5, 0.75…), at most %(max)s."
            ) % {"max": max_hours.normalize()}


class DigestClaimForm(AttestationForm):
    relevance = forms.TypedChoiceField(
        label=_("How relevant was this study to your practice?"),
        choices=RELEVANCE_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
    )
    balance = forms.ChoiceField(
        label=_("Was the digest balanced and free of commercial bias?"),
        choices=Balance.choices,
        widget=forms.RadioSelect,
    )

    field_order = ["relevance", "balance", "hours", "attest"]
