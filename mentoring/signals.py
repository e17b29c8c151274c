"""Glue only: keep the mentor search entry in line with profile and verification changes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from accounts.models import PractitionerProfile

from .models import MentorProfile


@receiver(post_save, sender=PractitionerProfile)
def practitioner_changed(sender, instance: PractitionerProfile, **kwargs):
    # A mentor whose verification is withdrawn (or name changes) must leave or update search.
    if MentorProfile.objects.filter(user_id=instance.user_id).exists():
        from .services import mentor_index_refresh

        mentor_index_refresh(user=instance.user)


@receiver(post_delete, sender=MentorProfile)
def mentor_profile_deleted(sender, instance: MentorProfile, **kwargs):
    from search.documents import document_remove

    document_remove(instance)
