import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _english():
    """Explanations are asserted in English; the site's default language is French."""
    with translation.override("en"):
        yield
