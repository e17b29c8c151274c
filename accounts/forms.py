from allauth.mfa.models import Authenticator
from allauth.mfa.totp.forms import ActivateTOTPForm as BaseActivateTOTPForm
from allauth.mfa.totp.internal.auth import TOTP
from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import Language
from .models import PractitionerProfile, normalise_rpps

CHARTER_POINTS = [
    _("Confidentiality: what I read here about patients and colleagues stays here."),
    _("Duty to anonymise: I share no information that could identify a patient."),
    _("Respect: I address colleagues courteously and criticise ideas, not people."),
    _("No promotion: I do not advertise products, services or practices."),
    _(
        "Responsible use of AI: I check what an AI tool produces and never paste "
        "identifiable patient data into one."
    ),
]


class CharterSignupForm(forms.Form):
    """Extra signup fields, plugged into allauth's form through ACCOUNT_SIGNUP_FORM_CLASS."""

    first_name = forms.CharField(
        label=_("First name"),
        max_length=150,
        help_text=_("As it should appear on your certificates."),
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    accept_charter = forms.BooleanField(
        label=_("I have read and accept the Compagnon charter."),
        error_messages={"required": _("You must accept the charter to join Compagnon.")},
    )

    field_order = ["first_name", "last_name", "email", "password1", "password2", "accept_charter"]

    def signup(self, request, user):
        from .services import charter_accept

        user.first_name = self.cleaned_data["first_name"].strip()
        user.last_name = self.cleaned_data["last_name"].strip()
        user.save(update_fields=["first_name", "last_name"])
        charter_accept(user=user, version=settings.CHARTER_VERSION)


class ProfileForm(forms.ModelForm):
    languages = forms.MultipleChoiceField(
        label=_("Languages"),
        choices=Language.choices,
        widget=forms.CheckboxSelectMultiple,
        required=True,
        error_messages={"required": _("Tick at least one language you practise in.")},
    )

    class Meta:
        model = PractitionerProfile
        fields = [
            "display_name",
            "profession",
            "specialty",
            "career_stage",
            "first_practice_year",
            "rpps",
            "languages",
            "region",
            "bio",
        ]
        widgets = {
            "rpps": forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
            "bio": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Accept "101 0123 4567": the model's validators check the normalised value instead.
        self.fields["rpps"].max_length = 20
        self.fields["rpps"].validators = []
        self.fields["rpps"].widget.attrs["maxlength"] = 20
        self.fields["first_practice_year"].widget.attrs.update(
            {"min": 1950, "max": timezone.now().year}
        )
        self.fields["bio"].help_text = _(
            "A few lines for colleagues. Never mention a patient here."
        )

    def clean_rpps(self):
        return normalise_rpps(self.cleaned_data.get("rpps", ""))


class RejectionForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (sent to the practitioner)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        error_messages={"required": _("Give the practitioner a reason, so they can correct it.")},
    )


class AuditFilterForm(forms.Form):
    action = forms.CharField(label=_("Action"), required=False)
    actor = forms.CharField(label=_("Member (email)"), required=False)
    target_type = forms.CharField(label=_("Object type"), required=False)
    since = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


class ActivateTOTPForm(BaseActivateTOTPForm):
    """allauth's activation form, plus: the code typed to enrol cannot be replayed to log in.

    allauth marks codes as used only at login; without this, the enrolment code would stay
    valid for a sign-in during the rest of its time window.
    """

    def clean_code(self) -> str:
        code = super().clean_code()
        # TOTP keeps the used-code markers; an unsaved authenticator gives it the user id.
        TOTP(Authenticator(user=self.user))._mark_code_used(code)
        return code
