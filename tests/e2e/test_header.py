"""The signed-in header keeps to one row on a laptop screen, in French (the longer labels), and
its account menu works with the keyboard: open, Escape to close, sign out from it."""

import pytest
from django.test import Client

from accounts.choices import VerificationStatus
from tests.factories import ProfileFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_signed_in_header_is_one_row_and_its_menu_works_by_keyboard(page, live_server):
    alice = ProfileFactory(
        user__email="alice@example.org",
        user__first_name="Alexandrine-Marguerite",
        user__last_name="de La Tour d'Auvergne",
        verification_status=VerificationStatus.VERIFIED,
    ).user
    client = Client()
    client.force_login(alice)
    page.context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": client.cookies["sessionid"].value,
                "url": live_server.url,
            },
            {"name": "django_language", "value": "fr", "url": live_server.url},
        ]
    )
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/credits/")
    header = page.locator("body > header").first
    nav_links = page.locator("header nav a")
    tops = {round(box["y"]) for box in (nav_links.nth(i).bounding_box() for i in range(3))}
    search_top = page.locator("#header-q").bounding_box()["y"]
    assert header.bounding_box()["height"] < 90
    assert max(tops) - min(tops) < 10 and abs(search_top - min(tops)) < 30

    summary = page.locator(".account-menu summary")
    summary.focus()
    page.keyboard.press("Enter")
    sign_out = page.get_by_role("button", name="Se déconnecter")
    assert sign_out.is_visible()
    page.keyboard.press("Escape")
    assert not sign_out.is_visible()
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"

    # Tabbing out of the open menu closes it.
    page.keyboard.press("Enter")
    assert sign_out.is_visible()
    for _ in range(3):
        page.keyboard.press("Tab")
    assert not sign_out.is_visible()
    assert summary.get_attribute("aria-label") is None
    assert "menu du compte" in summary.inner_text()

    summary.focus()
    page.keyboard.press("Enter")
    sign_out.click()
    page.wait_for_load_state()
    page.goto("/credits/")
    assert "/accounts/login/" in page.url
    assert page.csp_errors == []
