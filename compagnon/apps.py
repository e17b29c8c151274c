from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CompagnonConfig(AppConfig):
    name = "compagnon"
    verbose_name = _("Compagnon site")
