from importlib import import_module

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

# Each app that has demo content provides `<app>/demo.py` with `seed(stdout)`; order matters
# (credits before the apps that award credit).
DEMO_APPS = ["accounts", "credits", "courses", "cases", "mentoring", "search"]


class Command(BaseCommand):
    help = "Create or refresh the demo data (idempotent). Refuses to run in production."

    def handle(self, *args, **options):
        if settings.PRODUCTION:
            raise CommandError("seed_demo refuses to run in production (COMPAGNON_ENV=production).")
        for app in DEMO_APPS:
            try:
                module = import_module(f"{app}.demo")
            except ModuleNotFoundError as exc:
                if exc.name != f"{app}.demo":
                    raise
                continue
            module.seed(stdout=self.stdout)
        from accounts.demo import DEMO_DOMAIN, DEMO_PASSWORD, PRIVILEGED

        self.stdout.write(self.style.SUCCESS("Demo data ready. Sign in with:"))
        for local in ("junior", "senior", "moderator", "editor", "admin"):
            email = f"{local}@{DEMO_DOMAIN}"
            extra = f"  + TOTP code: make totp EMAIL={email}" if local in PRIVILEGED else ""
            self.stdout.write(f"  {email} / {DEMO_PASSWORD}{extra}")
