"""Glue only: a case deleted by a cascade (its author's account removed) leaves search too."""

from django.db.models.signals import pre_delete
from django.dispatch import receiver

from search.documents import document_remove

from .models import Case


@receiver(pre_delete, sender=Case, dispatch_uid="cases.case_leaves_search")
def case_leaves_search(sender, instance: Case, **kwargs):
    document_remove(instance)
