from __future__ import annotations

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from accounts.choices import Language, Region, Specialty, Topic

from .models import (
    MAX_DURATION_WEEKS,
    MIN_DURATION_WEEKS,
    CohortRun,
    EntrustmentLevel,
    FitAnswer,
    MentoringSession,
    Modality,
    Rhythm,
)

WEEKDAYS = [
    _("Monday"),
    _("Tuesday"),
    _("Wednesday"),
    _("Thursday"),
    _("Friday"),
    _("Saturday"),
    _("Sunday"),
]
HOURS = range(7, 22)  # the grid offers 07:00–22:00; enough for a working practitioner


class AvailabilityField(forms.MultipleChoiceField):
    """Weekly availability as hourly (weekday, hour) slots, shown as a grid of checkboxes."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        choices = [
            (f"{day}-{hour}", f"{WEEKDAYS[day]} {hour:02d}:00–{hour + 1:02d}:00")
            for day in range(7)
            for hour in HOURS
        ]
        super().__init__(choices=choices, required=False, **kwargs)

    def prepare_value(self, value):
        if value and isinstance(value[0], list | tuple):
            return [f"{d}-{h}" for d, h in value]
        return value

    def clean(self, value):
        values = super().clean(value)
        return [[int(part) for part in item.split("-")] for item in values]


def availability_grid(form: forms.Form, name: str = "availability") -> list[dict]:
    """Rows of the availability table: one per hour, one checkbox per weekday."""
    bound = form[name]
    selected = set(bound.value() or [])
    if selected and not isinstance(next(iter(selected)), str):
        selected = {f"{d}-{h}" for d, h in bound.value()}
    rows = []
    for hour in HOURS:
        cells = []
        for day in range(7):
            value = f"{day}-{hour}"
            cells.append(
                {
                    "value": value,
                    "id": f"id_{name}_{day}_{hour}",
                    "checked": value in selected,
                    "label": f"{WEEKDAYS[day]} {hour:02d}:00",
                }
            )
        rows.append({"hour": f"{hour:02d}:00", "cells": cells})
    return rows


class MentorProfileForm(forms.Form):
    is_active = forms.BooleanField(label=_("I accept new mentees"), required=False, initial=True)
    headline = forms.CharField(
        label=_("Headline"),
        max_length=200,
        required=False,
        help_text=_("One line shown on your public mentor profile. No patient information."),
    )
    specialties = forms.MultipleChoiceField(
        label=_("Other specialties you can mentor in"),
        choices=Specialty.choices,
        required=False,
        help_text=_("Your main specialty comes from your practitioner profile."),
    )
    topics = forms.MultipleChoiceField(
        label=_("Topics"),
        choices=Topic.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages"), choices=Language.choices, widget=forms.CheckboxSelectMultiple
    )
    region = forms.ChoiceField(label=_("Region"), choices=Region.choices)
    modality = forms.ChoiceField(
        label=_("How you can meet"), choices=Modality.choices, widget=forms.RadioSelect
    )
    capacity = forms.IntegerField(
        label=_("Capacity"),
        min_value=0,
        max_value=20,
        help_text=_("How many mentees you can follow at the same time."),
    )
    availability = AvailabilityField(label=_("Weekly availability"))


class MenteeProfileForm(forms.Form):
    is_active = forms.BooleanField(
        label=_("I am looking for a mentor"), required=False, initial=True
    )
    goals = forms.CharField(
        label=_("Your goals"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What you want to learn. Shared with your mentor. No patient information."),
    )
    topics = forms.MultipleChoiceField(
        label=_("Topics"),
        choices=Topic.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages"), choices=Language.choices, widget=forms.CheckboxSelectMultiple
    )
    modality = forms.ChoiceField(
        label=_("Preferred way to meet"), choices=Modality.choices, widget=forms.RadioSelect
    )
    preferences = forms.CharField(
        label=_("Other preferences"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    availability = AvailabilityField(label=_("Weekly availability"))


class ConflictForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address of the member"),
        help_text=_("For example your supervisor or evaluator. They are never told."),
    )


class RequestForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the mentor"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class DeclineForm(forms.Form):
    reason = forms.CharField(label=_("Reason (optional)"), max_length=300, required=False)


class AgreementForm(forms.Form):
    goals = forms.CharField(
        label=_("Goals"), max_length=2000, widget=forms.Textarea(attrs={"rows": 4})
    )
    rhythm = forms.ChoiceField(label=_("Meeting rhythm"), choices=Rhythm.choices)
    duration_weeks = forms.IntegerField(
        label=_("Duration (weeks)"),
        min_value=MIN_DURATION_WEEKS,
        max_value=MAX_DURATION_WEEKS,
        help_text=_("From 4 to 24 weeks."),
    )
    starts_on = forms.DateField(
        label=_("Start date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )


RATINGS = [(n, str(n)) for n in range(1, 6)]


class FeedbackForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("Overall, how useful was this mentorship? (1 = not at all, 5 = very)"),
        choices=RATINGS,
        coerce=int,
        widget=forms.RadioSelect,
    )
    goals_met = forms.BooleanField(label=_("The goals we agreed on were met"), required=False)
    comment = forms.CharField(
        label=_("Comment"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class FitForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("How well does this pairing fit you?"),
        choices=FitAnswer.choices,
        widget=forms.RadioSelect,
    )


class SessionProposeForm(forms.Form):
    """Up to three times for the other participant to choose from."""

    agenda = forms.CharField(
        label=_("Agenda: one goal per line"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    SLOTS = 3

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for n in range(1, self.SLOTS + 1):
            required = n == 1
            self.fields[f"date_{n}"] = forms.DateField(
                label=_("Date %(n)s") % {"n": n},
                required=required,
                widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            )
            self.fields[f"start_{n}"] = forms.TimeField(
                label=_("Start %(n)s") % {"n": n},
                required=required,
                widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            )
            self.fields[f"end_{n}"] = forms.TimeField(
                label=_("End %(n)s") % {"n": n},
                required=required,
                widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            )

    def slot_rows(self):
        return [
            (n, self[f"date_{n}"], self[f"start_{n}"], self[f"end_{n}"])
            for n in range(1, self.SLOTS + 1)
        ]

    def clean(self):
        data = super().clean()
        slots = []
        tz = timezone.get_current_timezone()
        for n in range(1, self.SLOTS + 1):
            day, start, end = data.get(f"date_{n}"), data.get(f"start_{n}"), data.get(f"end_{n}")
            if not (day or start or end):
                continue
            if not (day and start and end):
                raise forms.ValidationError(
                    _("Time %(n)s: give a date, a start and an end.") % {"n": n}
                )
            slots.append(
                (
                    dt.datetime.combine(day, start, tzinfo=tz),
                    dt.datetime.combine(day, end, tzinfo=tz),
                )
            )
        data["slots"] = slots
        data["agenda_items"] = [line.strip() for line in data.get("agenda", "").splitlines()]
        return data


class LogbookEntryForm(forms.Form):
    skill = forms.CharField(
        label=_("Skill or procedure"),
        max_length=120,
        help_text=_("For example “Shoulder ultrasound” or “Breaking bad news”."),
    )
    performed_on = forms.DateField(
        label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    level = forms.TypedChoiceField(
        label=_("Entrustment level"),
        choices=EntrustmentLevel.choices,
        coerce=int,
        widget=forms.RadioSelect,
    )
    reflection = forms.CharField(
        label=_("Comment"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("About your practice only: never a patient's name or details."),
    )
    session = forms.ModelChoiceField(
        label=_("During the session of (optional)"),
        queryset=MentoringSession.objects.none(),
        required=False,
    )

    def __init__(self, *args, sessions=None, **kwargs):
        super().__init__(*args, **kwargs)
        if sessions is not None:
            self.fields["session"].queryset = sessions
            self.fields["session"].label_from_instance = lambda s: date_format(
                timezone.localtime(s.starts_at), "SHORT_DATETIME_FORMAT"
            )


class SignForm(forms.Form):
    level = forms.TypedChoiceField(
        label=_("Level you observed"),
        choices=EntrustmentLevel.choices,
        coerce=int,
    )
    comment = forms.CharField(
        label=_("Comment (required if you change the level)"), max_length=1000, required=False
    )


class WeightsForm(forms.Form):
    specialty = forms.FloatField(label=_("Specialty"), min_value=0, max_value=100)
    topics = forms.FloatField(label=_("Topics"), min_value=0, max_value=100)
    region_modality = forms.FloatField(label=_("Region and modality"), min_value=0, max_value=100)
    availability = forms.FloatField(label=_("Shared availability"), min_value=0, max_value=100)

    def clean(self):
        data = super().clean()
        values = [data.get(name) for name in self.fields]
        if all(v is not None for v in values) and not any(values):
            raise forms.ValidationError(_("At least one weight must be above zero."))
        return data


class CohortRunForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("When published"),
        choices=CohortRun.Outcome.choices,
        widget=forms.RadioSelect,
        initial=CohortRun.Outcome.REQUESTS,
    )


class SuggestionFilterForm(forms.Form):
    topic = forms.ChoiceField(
        label=_("Topic"), choices=[("", _("Any")), *Topic.choices], required=False
    )
    language = forms.ChoiceField(
        label=_("Language"), choices=[("", _("Any")), *Language.choices], required=False
    )
    modality = forms.ChoiceField(
        label=_("Meeting"),
        choices=[
            ("", _("Any")),
            (Modality.REMOTE, _("Remote")),
            (Modality.IN_PERSON, _("In person")),
        ],
        required=False,
    )
