import time

from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from accounts.demo import DEMO_DOMAIN, PRIVILEGED, demo_totp_secret


class Command(BaseCommand):
    help = "Print the current TOTP code of a privileged demo account (development only)."

    def add_arguments(self, parser):
        parser.add_argument("email", help=f"e.g. moderator@{DEMO_DOMAIN}")

    def handle(self, *args, email, **options):
        if settings.PRODUCTION:
            raise CommandError("demo_totp refuses to run in production.")
        local, _, domain = email.partition("@")
        if domain != DEMO_DOMAIN or local not in PRIVILEGED:
            raise CommandError(
                f"Only the demo accounts {', '.join(sorted(PRIVILEGED))}@{DEMO_DOMAIN} have a "
                "known TOTP secret."
            )
        secret = demo_totp_secret(email)
        counter = int(time.time()) // mfa_settings.TOTP_PERIOD
        remaining = mfa_settings.TOTP_PERIOD - int(time.time()) % mfa_settings.TOTP_PERIOD
        self.stdout.write(format_hotp_value(hotp_value(secret, counter)))
        self.stderr.write(f"(valid for about {remaining} s; secret for an app: {secret})")
