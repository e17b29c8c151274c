"""Each page's own HTML + CSS + JS stays under 100 KB, with nothing from a third-party origin."""

import re

import pytest
from django.contrib.staticfiles import finders

LIMIT = 100 * 1024
ASSET_RE = re.compile(r'(?:href|src)="(?P<url>[^"]+\.(?:css|js|svg))"')


def page_weight(html: str) -> tuple[int, list[str]]:
    total = len(html.encode())
    foreign = []
    for match in ASSET_RE.finditer(html):
        url = match.group("url")
        if url.startswith(("http://", "https://", "//")):
            foreign.append(url)
            continue
        path = finders.find(url.removeprefix("/static/"))
        assert path, f"{url} is referenced but not found"
        with open(path, "rb") as handle:
            total += len(handle.read())
    return total, foreign


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/accounts/login/", "/accounts/signup/", "/charter/"])
def test_it_keeps_public_pages_light_and_first_party(client, url):
    response = client.get(url)
    assert response.status_code == 200
    weight, foreign = page_weight(response.content.decode())
    assert foreign == []
    assert weight < LIMIT, f"{url} weighs {weight} bytes"


@pytest.mark.django_db
def test_it_keeps_the_profile_form_light(client, alice):
    client.force_login(alice)
    response = client.get("/accounts/profile/edit/")
    weight, foreign = page_weight(response.content.decode())
    assert foreign == [] and weight < LIMIT
