"""Time for one reply to reach 200 viewers of a case over WebSockets, with the in-memory and the
Redis channel layers. Target: p99 under 250 ms on this machine.

Run: ``.venv/bin/python benchmarks/cases_broadcast.py [--viewers 200] [--replies 20]``.
It builds a throwaway SQLite database in a temporary directory (``DATABASE_URL`` is ignored),
creates the viewers and a published case, opens one authenticated socket per viewer through
``compagnon.asgi.application`` (session cookie, Origin check, the case consumer, snapshot,
presence), then posts replies through ``cases.services.reply_create`` and records when each
socket receives the ``reply.created`` event. Latency is measured from the commit (when the event
leaves) and from the service call (anonymiser scan, Markdown, database write, commit included).
The Redis run uses ``REDIS_URL`` if set, else ``redis://127.0.0.1:6379/15`` if Redis answers
there (the channel layer, the cache holding the event counter and the presence store all move
to Redis, as in production); otherwise it is skipped with the reason.
Each layer runs in a process of its own, as one ASGI worker would (frames are not written to
real TCP sockets).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TMP = tempfile.TemporaryDirectory(prefix="compagnon-bench-broadcast-")
REDIS_URL = (
    os.environ.pop("CASES_BENCH_REDIS_URL", "")
    or os.environ.pop("REDIS_URL", "")
    or "redis://127.0.0.1:6379/15"
)
os.environ.pop("REDIS_URL", None)
os.environ.pop("DATABASE_URL", None)
os.environ["SQLITE_PATH"] = str(Path(TMP.name) / "bench.sqlite3")
os.environ["MEDIA_ROOT"] = str(Path(TMP.name) / "media")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "compagnon.settings")
os.environ.setdefault("LOG_LEVEL", "WARNING")

import django  # noqa: E402

django.setup()

from channels.db import database_sync_to_async  # noqa: E402
from channels.testing import WebsocketCommunicator  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings, setup_test_environment  # noqa: E402

# Broadcast HTML is rendered once for every viewer, without a request: its forms get the CSRF
# token of each viewer's page in the browser (cases/static/cases/js/live.js).
warnings.filterwarnings("ignore", message=r"A \{% csrf_token %\} was used")

TARGET_P99_MS = 250
REPLY = "For an exertional chest pain like this one, I would start with an **exercise ECG**."


def build(viewers: int):
    from accounts.models import PractitionerProfile, User
    from cases.models import Case, CaseStatus

    users = []
    for i in range(viewers + 1):
        # No password: hashing 200 of them would take longer than the benchmark itself.
        user = User.objects.create_user(email=f"viewer{i}@bench.test", password=None)
        PractitionerProfile.objects.create(
            user=user,
            display_name=f"Dr Viewer {i}",
            profession="physician",
            specialty="cardiology",
            career_stage="senior",
            region="bretagne",
            verification_status="verified",
        )
        users.append(user)
    author, viewers_ = users[0], users[1:]
    case = Case.objects.create(
        author=author,
        status=CaseStatus.PUBLISHED,
        language="en",
        specialty="cardiology",
        age_band="60-64",
        sex="male",
        title="Chest pain after exercise",
        presentation="Chest pain on exertion for three weeks, relieved by rest.",
        question="Which test would you order first?",
    )
    cookies = []
    for user in viewers_:
        client = Client()
        client.force_login(user)
        cookies.append(f"sessionid={client.cookies['sessionid'].value}".encode())
    return author, case, cookies


def redis_answers(url: str) -> str | None:
    try:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except Exception as exc:  # any failure means "no Redis here"
        return f"{type(exc).__name__}: {exc}"
    return None


def layer_settings(kind: str) -> dict:
    if kind == "memory":
        return {
            "REDIS_URL": "",
            "CACHES": {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
            "CHANNEL_LAYERS": {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}},
        }
    # The production configuration of compagnon/settings.py, pointed at the benchmark's Redis
    # (plus the socket timeout it needs, see the report of the realtime layer).
    return {
        "REDIS_URL": REDIS_URL,
        "CACHES": {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": REDIS_URL,
                "KEY_PREFIX": "compagnon-bench",
            }
        },
        "CHANNEL_LAYERS": {
            "default": {
                "BACKEND": "channels_redis.core.RedisChannelLayer",
                "CONFIG": {
                    # redis-py 8 times reads out after 5 s by default, exactly channels-redis's
                    # blocking-pop time: an idle socket's receive fails without a longer one.
                    "hosts": [
                        {"address": REDIS_URL, "max_connections": 10000, "socket_timeout": 15}
                    ],
                    "capacity": 1000,
                    "expiry": 60,
                    "prefix": "compagnon-bench",
                },
            }
        },
    }


async def drain(ws: WebsocketCommunicator) -> None:
    while not await ws.receive_nothing(timeout=0.05, interval=0.01):
        await ws.receive_output()


async def wait_for_reply(ws: WebsocketCommunicator) -> tuple[int, float]:
    while True:
        message = await ws.receive_json_from(timeout=60)
        if message["type"] == "reply.created":
            return message["reply_id"], time.perf_counter()


async def listen(sockets: list) -> list:
    # Listening starts before the reply is posted, so an arrival is stamped when it happens.
    tasks = [asyncio.ensure_future(wait_for_reply(ws)) for ws in sockets]
    await asyncio.sleep(0)
    return tasks


async def arrivals_of(tasks: list, reply_id: int, timeout: float) -> list[float]:
    """When each socket received the reply; a socket still waiting after `timeout` lost it."""
    done, pending = await asyncio.wait(tasks, timeout=timeout)
    for task in pending:
        task.cancel()  # cancels the wait only, not the socket
    await asyncio.gather(*pending, return_exceptions=True)
    results = [task.result() for task in done if task.exception() is None]
    failures = {repr(task.exception())[:200] for task in done if task.exception() is not None}
    arrived = [at for received_id, at in results if received_id == reply_id]
    if len(arrived) < len(tasks):
        others = sorted({received_id for received_id, _ in results if received_id != reply_id})
        print(
            f"  reply {reply_id}: {len(tasks) - len(arrived)} sockets missed it "
            f"(still waiting: {len(pending)}, other replies: {others}, errors: {failures})"
        )
    return arrived


async def run(kind: str, case, author, cookies: list[bytes], replies: int) -> dict:
    from cases import events
    from cases.services import reply_create
    from compagnon.asgi import application

    sockets = []
    connect_start = time.perf_counter()
    for batch_start in range(0, len(cookies), 50):
        batch = []
        for cookie in cookies[batch_start : batch_start + 50]:
            ws = WebsocketCommunicator(
                application,
                f"/ws/cases/{case.pk}/?lang=en",
                headers=[(b"origin", b"http://testserver"), (b"cookie", cookie)],
            )
            batch.append(ws)
        results = await asyncio.gather(*(ws.connect(timeout=30) for ws in batch))
        assert all(connected for connected, _code in results), "a socket was refused"
        snapshots = await asyncio.gather(*(ws.receive_json_from(timeout=30) for ws in batch))
        assert all(s["type"] == "snapshot" for s in snapshots), snapshots[0]
        sockets.extend(batch)
    connect_seconds = time.perf_counter() - connect_start
    # Presence announcements are throttled to one a second per case: let the last one pass.
    await asyncio.sleep(events.presence_throttle() + 1)
    await asyncio.gather(*(drain(ws) for ws in sockets))

    @database_sync_to_async
    def post(number: int):
        marks = {}
        started = time.perf_counter()
        with transaction.atomic():
            # Registered first, so it runs just before the broadcast callback.
            transaction.on_commit(lambda: marks.setdefault("commit", time.perf_counter()))
            reply = reply_create(author=author, case=case, body=f"{REPLY} ({number})")
        return reply.pk, started, marks["commit"]

    from_commit, from_call, slowest, lost = [], [], [], 0
    for number in range(replies + 1):  # the first round warms up and is not counted
        tasks = await listen(sockets)
        reply_id, started, committed = await post(number)
        arrivals = await arrivals_of(tasks, reply_id, timeout=10)
        if number == 0:
            continue
        lost += len(sockets) - len(arrivals)
        from_commit.extend((a - committed) * 1000 for a in arrivals)
        from_call.extend((a - started) * 1000 for a in arrivals)
        slowest.append((max(arrivals) - committed) * 1000 if arrivals else float("inf"))

    await asyncio.gather(*(ws.disconnect() for ws in sockets))
    return {
        "connect_s": connect_seconds,
        "from_commit": from_commit,
        "from_call": from_call,
        "slowest": slowest,
        "lost": lost,
    }


def percentile(values: list[float], q: int) -> float:
    if not values:
        return float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def measure_layer(kind: str, viewers: int, replies: int) -> None:
    """One layer, in this process: migrate, build, connect, post, print one row."""
    setup_test_environment()
    call_command("migrate", verbosity=0)
    author, case, cookies = build(viewers)
    # Migrating leaves a large heap behind that a worker serving sockets would not have: keep
    # the garbage collector from walking it in the middle of a broadcast.
    gc.collect()
    gc.freeze()
    with override_settings(**layer_settings(kind)):
        if kind == "redis":
            import redis

            redis.Redis.from_url(REDIS_URL).flushdb()
        result = asyncio.run(run(kind, case, author, cookies, replies))
    p99 = percentile(result["from_commit"], 99)
    calls = result["from_call"]
    verdict = "ok" if p99 < TARGET_P99_MS and not result["lost"] else "MISSED"
    print(
        f"{kind:<8}{result['connect_s']:>10.1f}"
        f"{percentile(result['from_commit'], 50):>9.1f}{p99:>9.1f}"
        f"{max(result['from_commit'] or [float('nan')]):>9.1f}"
        f"{percentile(calls, 50):>10.1f}{percentile(calls, 99):>10.1f}"
        f"{percentile(result['slowest'], 99):>17.1f}{result['lost']:>6}  {verdict}",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--viewers", type=int, default=200)
    parser.add_argument("--replies", type=int, default=20)
    parser.add_argument("--layers", default="memory,redis", help="comma-separated")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        measure_layer(args.layers, args.viewers, args.replies)
        return 0

    wanted = args.layers.split(",")
    kinds = ["memory"] if "memory" in wanted else []
    redis_problem = redis_answers(REDIS_URL) if "redis" in wanted else "not requested"
    if redis_problem is None:
        kinds.append("redis")
    print(
        f"{args.viewers} viewers of one case, {args.replies} replies each "
        f"(one ASGI worker in-process, SQLite); target p99 < {TARGET_P99_MS} ms"
    )
    print(
        f"{'layer':<8}{'connect s':>10}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}"
        f"{'p50 call':>10}{'p99 call':>10}{'last viewer p99':>17}{'lost':>6}  verdict",
        flush=True,
    )
    # One process per layer, as a worker runs with one layer (and nothing carries over).
    failed = False
    for kind in kinds:
        child = subprocess.run(
            [
                *(sys.executable, __file__, "--child", "--layers", kind),
                *("--viewers", str(args.viewers), "--replies", str(args.replies)),
            ],
            env={**os.environ, "CASES_BENCH_REDIS_URL": REDIS_URL},
            check=False,
        )
        failed = failed or child.returncode != 0
    if "redis" in wanted and "redis" not in kinds:
        print(f"redis   skipped: no Redis at {REDIS_URL} ({redis_problem})")
    print(
        "p50/p99/max: from the commit to each viewer's socket; 'call': from the reply_create() "
        "call; 'last viewer': the slowest of the viewers in each round."
    )
    return 1 if failed else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    finally:
        TMP.cleanup()
