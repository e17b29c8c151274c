import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from accounts.choices import CareerStage, Profession, Region, Role, Specialty, VerificationStatus
from accounts.models import PractitionerProfile, User

PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.org")
    first_name = "Alice"
    last_name = factory.Sequence(lambda n: f"Martin{n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified_email(obj, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=obj, email=obj.email, verified=True, primary=True)
        obj.save()


class ProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PractitionerProfile

    user = factory.SubFactory(UserFactory)
    display_name = factory.Sequence(lambda n: f"Dr Example {n}")
    profession = Profession.PHYSICIAN
    specialty = Specialty.GENERAL_PRACTICE
    career_stage = CareerStage.JUNIOR
    first_practice_year = 2020
    rpps = factory.Sequence(lambda n: f"{10000000000 + n:011d}")
    languages = ["fr", "en"]
    region = Region.BRETAGNE
    verification_status = VerificationStatus.PENDING


def add_role(user: User, role: Role | str) -> User:
    user.groups.add(Group.objects.get_or_create(name=str(role))[0])
    if hasattr(user, "_compagnon_roles"):
        del user._compagnon_roles
    return user


def enable_totp(user: User) -> str:
    """Give the user a TOTP authenticator; returns the secret (for pyotp codes in tests)."""
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    RecoveryCodes.activate(user)
    return secret


def ensure_site_tree():
    """Put back the page tree, site and editor permissions that the migrations create.

    Transactional tests (browser, WebSocket) end with a flush that empties every table, the
    Wagtail tree included; tests that run after them get it back from here.
    """
    import importlib

    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Locale, Page, Site

    from accounts.services import roles_ensure
    from compagnon.models import HomePage

    ContentType.objects.clear_cache()  # ids cached before a flush are stale
    home = HomePage.objects.first()
    if home is not None:
        return home
    seed = importlib.import_module("compagnon.migrations.0002_create_homepage")
    locale, _ = Locale.objects.get_or_create(language_code="fr")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    home = root.add_child(
        instance=HomePage(
            title=seed.HOME_TITLE,
            slug="home",
            locale=locale,
            hero_title=seed.HERO_FR,
            hero_intro=seed.INTRO_FR,
            hero_title_en=seed.HERO_EN,
            hero_intro_en=seed.INTRO_EN,
        )
    )
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", root_page=home, is_default_site=True, site_name="Compagnon"
    )
    roles_ensure()  # course editors' page permissions hang on the root page
    return home
