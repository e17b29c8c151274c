from django.core.management.base import BaseCommand

from mentoring.services import reminders_send, requests_expire


class Command(BaseCommand):
    help = (
        "Send in-app reminders 24 h and 1 h before mentoring sessions and mark old requests "
        "expired. Idempotent: run it as often as you like (e.g. every 10 minutes)."
    )

    def handle(self, *args, **options):
        expired = requests_expire()
        sent = reminders_send()
        self.stdout.write(f"mentoring: {sent} reminders sent, {expired} requests expired")
