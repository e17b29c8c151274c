"""French by default, English on request (Accept-Language or the language switcher)."""

import pytest
from django.urls import reverse

from compagnon.models import HomePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def home():
    page = HomePage.objects.get()
    assert page.hero_title and page.hero_title_en and page.hero_title != page.hero_title_en
    return page


def test_it_serves_the_home_page_in_french_by_default(client, home):
    response = client.get("/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert response["Content-Language"] == "fr"
    assert home.hero_title in html
    assert home.hero_intro in html
    assert home.hero_title_en not in html
    # The switcher offers the other language, named in that language.
    assert 'name="language" value="en" lang="en"' in html


def test_it_serves_the_home_page_in_english_to_an_english_browser(client, home):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")

    html = response.content.decode()
    assert '<html lang="en">' in html
    assert response["Content-Language"] == "en"
    assert home.hero_title_en in html
    assert home.hero_intro_en in html
    assert home.hero_title not in html
    assert 'name="language" value="fr" lang="fr"' in html


def test_it_falls_back_to_french_for_an_unsupported_language(client, home):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="de").content.decode()

    assert '<html lang="fr">' in html
    assert home.hero_title in html


def test_it_remembers_the_language_chosen_with_the_switcher(client, home):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/"})

    assert response.status_code == 302
    assert response["Location"] == "/"
    assert client.cookies["django_language"].value == "en"
    html = client.get("/").content.decode()
    assert '<html lang="en">' in html
    assert home.hero_title_en in html

    client.post(reverse("set_language"), {"language": "fr", "next": "/"})
    html = client.get("/").content.decode()
    assert '<html lang="fr">' in html
    assert home.hero_title in html


def test_it_falls_back_to_the_french_text_where_no_english_was_written(client, home):
    home.hero_intro_en = ""
    home.save_revision().publish()

    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert home.hero_title_en in html
    assert home.hero_intro in html


def test_it_translates_framework_strings_into_french(client):
    # Strings from the framework catalogues (Django, allauth, Wagtail), not from ours.
    page = client.get(reverse("account_login")).content.decode()
    assert "Mot de passe" in page

    response = client.post(reverse("account_login"), {"login": "", "password": ""})
    # Django's "This field is required.", as translated by Wagtail's catalogue, which comes
    # before Django's in INSTALLED_APPS.
    assert "Champ requis." in response.content.decode()

    english = client.post(
        reverse("account_login"), {"login": "", "password": ""}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert "This field is required." in english.content.decode()


def test_it_translates_our_own_interface_into_french(client, home):
    # Our own catalogue (locale/fr): these fail until locale/fr/LC_MESSAGES/django.mo is
    # compiled with these entries — they state the requirement that the UI is French by default.
    html = client.get("/").content.decode()

    assert ">Formations</a>" in html  # nav "Courses"
    assert ">Se connecter</a>" in html  # "Sign in"
    assert "Aller au contenu principal" in html  # skip link, "Skip to main content"
    assert ">Courses</a>" not in html

    english = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert ">Courses</a>" in english
    assert ">Sign in</a>" in english


def test_it_switches_the_language_with_the_switcher_form(client, home):
    html = client.get("/").content.decode()
    assert f'action="{reverse("language_switch")}" method="get"' in html
    assert "csrfmiddlewaretoken" not in html

    response = client.get(reverse("language_switch"), {"language": "en", "next": "/courses/"})

    assert response.status_code == 302
    assert response["Location"] == "/courses/"
    assert client.cookies["django_language"].value == "en"
    # The very cookie Django's own `set_language` sets.
    django_way = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert response.cookies["django_language"].output() == (
        django_way.cookies["django_language"].output()
    )
    assert "no-store" in response["Cache-Control"]
    html = client.get("/").content.decode()
    assert '<html lang="en">' in html
    assert home.hero_title_en in html


def test_it_ignores_an_unknown_language(client, home):
    response = client.get(reverse("language_switch"), {"language": "de", "next": "/courses/"})

    assert response.status_code == 302
    assert response["Location"] == "/courses/"
    assert "django_language" not in response.cookies
    assert '<html lang="fr">' in client.get("/").content.decode()


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/", "javascript:alert(1)", ""]
)
def test_it_refuses_an_unsafe_next_address(client, next_url):
    response = client.get(reverse("language_switch"), {"language": "en", "next": next_url})

    assert response.status_code == 302
    assert response["Location"] == "/"
    assert client.cookies["django_language"].value == "en"
