"""Two practitioners on one case, in two browsers: replies appear live, held ones never leave.

Runs on Daphne (`asgi_live_server`), so the page's WebSocket is the real one: session cookie,
Origin check, the case consumer and cases/static/cases/js/live.js.
"""

import re

import pytest
from django.test import Client
from playwright.sync_api import expect

from tests.cases.realtime import published_case, verified_practitioner

PHONE = "06 12 34 56 78"


@pytest.fixture
def dora(transactional_db):
    return verified_practitioner("dora@example.org", "Dora")


def open_case(browser, server, user, case):
    session_client = Client()
    session_client.force_login(user)
    context = browser.new_context(base_url=server.url, locale="en-GB")
    context.set_default_timeout(30_000)
    context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": session_client.cookies["sessionid"].value,
                "url": server.url,
            },
            {"name": "django_language", "value": "en", "url": server.url},
        ]
    )
    # Keeps a handle on the page's sockets, so that a test can cut them.
    context.add_init_script(
        """(() => {
            const Native = window.WebSocket;
            window.caseSockets = [];
            window.WebSocket = function (url, protocols) {
                const ws = new Native(url, protocols);
                window.caseSockets.push(ws);
                return ws;
            };
            window.WebSocket.prototype = Native.prototype;
            Object.assign(window.WebSocket, {
                CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3,
            });
        })()"""
    )
    page = context.new_page()
    page.problems = []
    page.on(
        "console",
        lambda msg: page.problems.append(msg.text) if msg.type == "error" else None,
    )
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    page.goto(f"/cases/{case.pk}/")
    expect(page.locator("#replies")).to_have_attribute("data-live", "online")
    return page


def post_reply(page, text):
    page.get_by_label("Your reply").fill(text)
    page.get_by_role("button", name="Post the reply").click()
    page.wait_for_load_state()


@pytest.mark.django_db(transaction=True)
def test_a_reply_appears_live_for_the_other_practitioner_and_a_held_one_never(
    asgi_live_server, browser, alice, dora
):
    case = published_case(dora)
    doras_page = open_case(browser, asgi_live_server, dora, case)
    alices_page = open_case(browser, asgi_live_server, alice, case)
    try:
        expect(doras_page.locator("#case-presence")).to_have_text(
            "You and 1 other practitioner are viewing this case."
        )
        # A marker that a reload would wipe out.
        alices_page.evaluate("window.notReloaded = true")

        post_reply(doras_page, "Start with an **exercise ECG**, then troponin.")

        arrived = alices_page.locator("#replies article").filter(has_text="exercise ECG")
        expect(arrived).to_have_count(1)
        expect(arrived.locator(".reply-body strong")).to_have_text("exercise ECG")
        expect(alices_page.locator("#replies-announcer")).to_have_text("A new reply was posted.")
        expect(alices_page.locator("#no-replies")).to_be_hidden()
        assert alices_page.evaluate("window.notReloaded") is True
        # The broadcast HTML is the same for everyone; the page gives its forms its own token.
        token = arrived.locator("form input[name=csrfmiddlewaretoken]").first
        expect(token).to_have_value(re.compile(r".{32,}"))

        # Dora's next reply carries a phone number: held for her, never sent to Alice.
        post_reply(doras_page, f"Or call me on {PHONE} to discuss.")
        held = doras_page.locator("#replies article.reply-held")
        expect(held).to_contain_text(PHONE)
        expect(held).to_contain_text("Held")
        # Her page reconnected after the post: the snapshot must not take her held reply away.
        expect(doras_page.locator("#replies")).to_have_attribute("data-live", "online")
        expect(held).to_have_count(1)

        # Events reach Alice in order: once the reply after the held one is there, the held
        # one would have arrived before it, had it been sent.
        post_reply(doras_page, "A stress echo is the alternative.")
        after_held = alices_page.locator("#replies article").filter(has_text="stress echo")
        expect(after_held).to_have_count(1)
        expect(alices_page.locator("#replies article")).to_have_count(2)
        assert PHONE not in alices_page.content()
        assert alices_page.evaluate("window.notReloaded") is True

        assert alices_page.problems == []
        assert doras_page.problems == []
    finally:
        alices_page.context.close()
        doras_page.context.close()


@pytest.mark.django_db(transaction=True)
def test_the_page_reconnects_and_catches_up_on_what_it_missed(
    asgi_live_server, browser, alice, dora
):
    case = published_case(dora)
    doras_page = open_case(browser, asgi_live_server, dora, case)
    alices_page = open_case(browser, asgi_live_server, alice, case)
    try:
        alices_page.evaluate("window.notReloaded = true")
        # Alice's network drops (offline emulation leaves open sockets alone, so the test
        # closes hers); meanwhile Dora replies.
        alices_page.context.set_offline(True)
        alices_page.evaluate("window.caseSockets.forEach((ws) => ws.close())")
        expect(alices_page.locator("#replies")).to_have_attribute("data-live", "offline")
        post_reply(doras_page, "Posted during the network outage.")
        posted = doras_page.locator("#replies article").filter(has_text="network outage")
        expect(posted).not_to_have_class(re.compile(r"reply-held"))
        alices_page.context.set_offline(False)

        missed = alices_page.locator("#replies article").filter(has_text="network outage")
        expect(missed).to_have_count(1, timeout=20_000)
        expect(alices_page.locator("#replies")).to_have_attribute("data-live", "online")
        assert alices_page.evaluate("window.notReloaded") is True
    finally:
        alices_page.context.close()
        doras_page.context.close()
