"""A list of choice codes stored as JSON (topics, professions): checkboxes in Wagtail forms."""

from __future__ import annotations

from django import forms
from django.db import models


class ChoiceListField(models.JSONField):
    def __init__(self, *args, item_choices=None, **kwargs):
        # Kept out of migrations: the codes live in accounts.choices and may grow.
        self.item_choices = item_choices or []
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.item_choices,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name.capitalize() if self.verbose_name else None,
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = {str(code) for code, _label in self.item_choices}
        if allowed and any(str(v) not in allowed for v in value or []):
            from django.core.exceptions import ValidationError

            raise ValidationError(self.error_messages["invalid_choice"], params={"value": value})
