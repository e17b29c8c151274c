"""Daphne serving compagnon.asgi (HTTP and WebSockets) in a background thread, for browser tests.

Django's `live_server` speaks WSGI only, so live pages (cases, mentoring rooms) need this one.
It runs in this process, so it shares the test database (a file on SQLite, see tests/conftest.py)
and the in-memory channel layer with the code under test. Twisted's reactor cannot restart, so
there is one server per test session.
"""

import socket
import threading
import time

from channels.routing import ProtocolTypeRouter
from django.contrib.staticfiles.handlers import ASGIStaticFilesHandler


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class AsgiLiveServer:
    def __init__(self):
        from daphne.server import Server
        from django.core.asgi import get_asgi_application

        from compagnon.asgi import application

        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        app = ProtocolTypeRouter(
            {
                "http": ASGIStaticFilesHandler(get_asgi_application()),
                "websocket": application.application_mapping["websocket"],
            }
        )
        self.server = Server(
            app,
            endpoints=[f"tcp:port={self.port}:interface=127.0.0.1"],
            signal_handlers=False,
            verbosity=0,
        )
        self.thread = threading.Thread(target=self.server.run, name="daphne", daemon=True)

    def start(self) -> "AsgiLiveServer":
        self.thread.start()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("Daphne did not start listening")

    def stop(self) -> None:
        from twisted.internet import reactor

        if reactor.running:
            reactor.callFromThread(reactor.stop)
            self.thread.join(timeout=5)
