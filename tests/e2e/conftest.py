"""Browser tests: Python Playwright driving Debian's Chromium (no browser download needed)."""

import os
import shutil

import pytest

CHROMIUM_CANDIDATES = [
    os.environ.get("CHROMIUM_PATH", ""),
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
]
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def find_chromium() -> str | None:
    for candidate in CHROMIUM_CANDIDATES:
        if candidate and (os.path.exists(candidate) or shutil.which(candidate)):
            return shutil.which(candidate) or candidate
    return None


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def chromium_path():
    path = find_chromium()
    if path is None:
        pytest.skip("No Chromium found (install Debian's `chromium` or set CHROMIUM_PATH).")
    return path


# Module scope: Playwright's loop must be gone before the async (WebSocket) tests run.
@pytest.fixture(scope="module")
def browser(chromium_path):
    # Playwright's sync API runs an event loop in this thread; Django's ORM calls made by the
    # test itself (reading the outbox, the database) are still synchronous and safe here.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.csp_errors = []
    page.on(
        "console",
        lambda msg: (
            page.csp_errors.append(msg.text)
            if msg.type == "error" and "Content Security Policy" in msg.text
            else None
        ),
    )
    yield page
    context.close()


@pytest.fixture
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


def serious_violations(axe, page) -> list[str]:
    results = axe.run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v.get("impact") in {"serious", "critical"}
    ]


_asgi_server = None


@pytest.fixture
def asgi_live_server(transactional_db):
    """Daphne with HTTP and WebSockets on a free port (one per session: Twisted cannot restart).

    Like `live_server`, it needs committed data, hence `transactional_db`. Use it instead of
    `live_server` for pages that open a WebSocket:
    `browser.new_context(base_url=asgi_live_server.url)`.
    """
    global _asgi_server
    from .asgi_server import AsgiLiveServer

    if _asgi_server is None:
        _asgi_server = AsgiLiveServer().start()
    return _asgi_server


def pytest_sessionfinish(session, exitstatus):
    if _asgi_server is not None:
        _asgi_server.stop()
