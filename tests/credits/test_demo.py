import pytest

from accounts import demo as accounts_demo
from credits import demo, selectors
from credits.models import EntryKind, ExternalStatus, LedgerEntry

pytestmark = pytest.mark.django_db


def test_the_demo_gives_a_realistic_history_and_is_idempotent(client):
    accounts_demo.seed()
    demo.seed()
    entries = LedgerEntry.objects.count()
    demo.seed()
    assert LedgerEntry.objects.count() == entries

    junior = accounts_demo.User.objects.get(email="junior@demo.compagnon.test")
    senior = accounts_demo.User.objects.get(email="senior@demo.compagnon.test")
    assert LedgerEntry.objects.filter(user=junior, kind=EntryKind.REVOCATION).count() == 1
    assert junior.external_credits.filter(status=ExternalStatus.SELF_DECLARED).exists()
    assert junior.external_credits.filter(status=ExternalStatus.ACCEPTED).exists()
    assert LedgerEntry.objects.filter(user=senior).values("framework").distinct().count() >= 4

    boards = selectors.dashboard(user=junior)
    assert {b.framework.code for b in boards} >= {"certification-periodique", "dpc"}
    assert any(board.missing for board in boards)  # a cycle with gaps
    assert any(board.suggestions for board in boards)

    client.force_login(junior)
    assert "Bloc 4" in client.get("/credits/").content.decode()
    assert client.get("/credits/transcript/").status_code == 200
