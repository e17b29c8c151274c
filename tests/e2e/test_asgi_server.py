"""The browser-test server speaks HTTP and WebSockets, on the test database."""

import json
import re

import pytest


@pytest.mark.django_db(transaction=True)
def test_it_serves_pages_and_websockets(asgi_live_server, browser, alice, password):
    context = browser.new_context(base_url=asgi_live_server.url, locale="en-GB")
    page = context.new_page()
    try:
        page.goto("/accounts/login/")
        page.get_by_label("Email").fill(alice.email)
        page.get_by_label(re.compile(r"^Password:?$")).fill(password)
        page.get_by_role("button", name="Sign In").click()
        page.wait_for_url(f"{asgi_live_server.url}/")
        # The stylesheet comes through the same server.
        assert page.request.get("/static/css/compagnon.css").ok

        # A verified member's socket is accepted by the shared base consumer (4401/4403 otherwise):
        # any app route proves the session reached the WebSocket side; an unknown one closes.
        messages = page.evaluate(
            """() => new Promise((resolve) => {
                const ws = new WebSocket(`ws://${location.host}/ws/nowhere/`);
                ws.onclose = (event) => resolve({closed: true, code: event.code});
                setTimeout(() => resolve({closed: false}), 3000);
            })"""
        )
        assert messages["closed"], json.dumps(messages)
    finally:
        context.close()
