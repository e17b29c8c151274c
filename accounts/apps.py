from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from . import signals

        # Roles need every app's permissions, which exist only once all apps have migrated.
        post_migrate.connect(signals.ensure_roles, dispatch_uid="accounts.ensure_roles")
