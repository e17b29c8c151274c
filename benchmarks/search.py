"""Benchmark the database search backend: index 20,000 generated entries, rebuild, query.

Run: ``.venv/bin/python benchmarks/search.py [--database-url URL] [--entries N] [--queries N]``.
Database: ``--database-url``, else $DATABASE_URL, else the local PostgreSQL
``postgres://postgres@127.0.0.1:5432/test_search_bench`` (created if missing); if PostgreSQL
does not answer, a temporary SQLite file. The first line of output says which.
Targets on PostgreSQL: p50 < 30 ms, p99 < 150 ms for the query mix below.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/test_search_bench"

FR_TERMS = [
    "insuffisance cardiaque", "télésurveillance", "fibrillation atriale", "diabète de type 2",
    "hypertension artérielle", "sepsis", "pneumopathie", "intelligence artificielle",
    "dispositif médical connecté", "consentement éclairé", "anonymisation", "téléconsultation",
    "insuffisance rénale chronique", "bronchopneumopathie chronique obstructive", "AVC ischémique",
    "douleur thoracique", "embolie pulmonaire", "antibiothérapie", "vaccination", "dépression",
    "maladie de Crohn", "syndrome de Guillain-Barré", "maladie de Parkinson", "échographie",
    "électrocardiogramme", "score de risque", "aide à la décision", "éducation thérapeutique",
    "polymédication", "sujet âgé", "soins palliatifs", "grossesse", "nouveau-né", "asthme",
]  # fmt: skip
# Generic words, most frequent first: drawn with Zipf weights, as in real clinical text.
FR_WORDS = """\
    patient traitement prise charge soins médecin diagnostic risque suivi évaluation
    examen symptômes recommandations étude infirmier pharmacien urgence hospitalisation domicile
    douleur dose surveillance complication prévention dépistage bilan imagerie biologie essai
    cohorte résultat sensibilité spécificité coordination parcours consultation ordonnance
    posologie contre-indication interaction effet indésirable tolérance observance éducation
    famille aidant consentement données confidentialité algorithme validation performance biais
    capteur tension fréquence saturation glycémie créatinine hémoglobine potassium troponine
    oedème dyspnée fièvre toux fatigue vertige syncope chute fracture plaie escarre nutrition
    dénutrition sommeil anxiété addiction tabac alcool sport obésité vieillissement fragilité
""".split()  # noqa: SIM905
EN_WORDS = """\
    patient treatment care clinician diagnosis risk follow-up assessment examination
    symptoms guidelines study nurse pharmacist emergency admission home pain dose monitoring
    complication prevention screening imaging laboratory trial cohort outcome sensitivity
    specificity coordination pathway consultation prescription dosage contraindication
    interaction adverse tolerance adherence education family caregiver consent data privacy
    algorithm validation performance bias sensor pressure rate saturation glucose creatinine
    haemoglobin potassium troponin oedema dyspnoea fever cough fatigue dizziness syncope fall
    fracture wound ulcer nutrition malnutrition sleep anxiety addiction smoking alcohol exercise
    obesity ageing frailty
""".split()  # noqa: SIM905
EN_TERMS = [
    "heart failure", "remote monitoring", "atrial fibrillation", "type 2 diabetes", "sepsis",
    "hypertension", "pneumonia", "artificial intelligence", "machine learning", "wearable device",
    "informed consent", "de-identification", "telehealth", "chronic kidney disease", "stroke",
    "chest pain", "pulmonary embolism", "antibiotic stewardship", "vaccination", "depression",
    "early warning score", "clinical decision support", "deprescribing", "palliative care",
    "pregnancy", "neonatal care", "asthma", "ultrasound", "electrocardiogram", "risk prediction",
]  # fmt: skip
KINDS = ["course", "lesson", "digest", "case", "mentor"]
SPECIALTIES = [
    "general_practice", "cardiology", "emergency_medicine", "intensive_care", "geriatrics",
    "pulmonology", "neurology", "paediatrics", "obstetrics", "psychiatry", "public_health",
]  # fmt: skip
TOPICS = [  # accounts.choices.Topic codes
    "ai", "connected_devices", "remote_monitoring", "telemedicine", "patient_communication",
    "data_protection", "cybersecurity", "evidence", "ethics", "research",
]  # fmt: skip
FRAMEWORKS = ["certification-periodique", "dpc", "eaccme", "ama-pra-1", "ama-pra-2"]
QUERIES = [
    "insuffisance cardiaque télésurveillance", "AI sepsis score", "telesurveillance",
    "insuffisance cardiaque", "fibrillation", "diabete", "intelligence artificielle",
    "heart failure remote monitoring", "machine learning", "wearable", "consentement",
    "anonymisation des données", "maladie de Crohn", "stroke", "embolie pulmonaire",
    "early warning", "deprescribing in primary care", "soins palliatifs à domicile",
    "échographie", "asthma children", "pneumopathie antibiothérapie", "vaccination",
    "cardiaqeu", "telemonitorng", "patient", '"chest pain" OR stroke', "-sepsis pneumonia",
    "risque", "score de risque AVC", "de-identification health data",
]  # fmt: skip


def zipf_weights(n: int) -> list[float]:
    return [1 / (rank + 1) for rank in range(n)]


FR_WEIGHTS, EN_WEIGHTS = zipf_weights(len(FR_WORDS)), zipf_weights(len(EN_WORDS))


def entry_fields(rng: random.Random, n: int) -> dict:
    """A document about one or two subjects, written with common words around them."""
    french = rng.random() < 0.6
    terms, generic, weights = (
        (FR_TERMS, FR_WORDS, FR_WEIGHTS) if french else (EN_TERMS, EN_WORDS, EN_WEIGHTS)
    )
    subjects = rng.sample(terms, 2)
    sentences = []
    for _ in range(rng.randint(6, 18)):
        words = rng.choices(generic, weights, k=rng.randint(6, 12))
        if rng.random() < 0.5:
            words.insert(rng.randrange(len(words)), rng.choice(subjects))
        sentences.append(" ".join(words).capitalize() + ".")
    kind = rng.choice(KINDS)
    return {
        "content_type": "bench.item",
        "object_id": str(n),
        "kind": kind,
        "title": f"{subjects[0].capitalize()} : {rng.choice(generic)}"
        if french
        else f"{subjects[0].capitalize()}: {rng.choice(generic)}",
        "body": " ".join(sentences),
        "language": "fr" if french else "en",
        "url": f"/bench/{n}/",
        "specialty": rng.choice(SPECIALTIES),
        "topics": rng.sample(TOPICS, rng.randint(0, 2)),
        "frameworks": rng.sample(FRAMEWORKS, rng.randint(0, 2)),
        "visibility": "verified_only" if kind == "case" else "public",
        "published": rng.random() > 0.03,
        "dirty": False,
    }


def choose_database(url: str | None) -> str:
    """The database URL to use; SQLite (via SQLITE_PATH) when PostgreSQL does not answer."""
    url = url or os.environ.get("DATABASE_URL") or DEFAULT_PG
    if not url.startswith("postgres"):
        return url
    import psycopg

    dbname = url.rsplit("/", 1)[1]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    try:
        with psycopg.connect(admin, connect_timeout=3, autocommit=True) as conn:
            exists = conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [dbname]
            ).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{dbname}"')
        return url
    except psycopg.OperationalError as exc:
        print(f"PostgreSQL unreachable ({exc.__class__.__name__}); using SQLite", file=sys.stderr)
        return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url")
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    url = choose_database(args.database_url)
    if url:
        os.environ["DATABASE_URL"] = url
    else:
        os.environ.pop("DATABASE_URL", None)
        os.environ["SQLITE_PATH"] = str(Path(tempfile.mkdtemp()) / "search_bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "compagnon.settings")
    os.environ["ELASTICSEARCH_URL"] = ""  # the database backend is what is measured

    import django

    django.setup()
    from django.contrib.auth.models import AnonymousUser
    from django.core.management import call_command
    from django.db import connection

    from accounts.choices import VerificationStatus
    from search.db import DatabaseSearch
    from search.models import SearchEntry
    from search.selectors import search, suggest
    from search.services import search_index_rebuild_database

    call_command("migrate", verbosity=0)
    print(f"database: {connection.vendor} ({connection.settings_dict['NAME']})")

    rng = random.Random(args.seed)
    SearchEntry.objects.all().delete()
    rows = [SearchEntry(**entry_fields(rng, n)) for n in range(args.entries)]
    started = time.perf_counter()
    SearchEntry.objects.bulk_create(rows, batch_size=1000)
    load = time.perf_counter() - started
    print(f"load:    {args.entries} entries in {load:.2f} s = {args.entries / load:,.0f} entries/s")

    started = time.perf_counter()
    count = search_index_rebuild_database()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE search_searchentry")
    rebuild = time.perf_counter() - started
    print(f"rebuild: {count} entries in {rebuild:.2f} s = {count / rebuild:,.0f} entries/s")

    anonymous = AnonymousUser()
    verified = SimpleNamespace(
        is_authenticated=True,
        is_active=True,
        profile=SimpleNamespace(verification_status=VerificationStatus.VERIFIED),
    )
    plan = []
    for n in range(args.queries):
        filters = {}
        if n % 4 == 1:
            filters["kind"] = [rng.choice(KINDS)]
        if n % 5 == 2:
            filters["topic"] = [rng.choice(TOPICS)]
        if n % 7 == 3:
            filters["language"] = [rng.choice(["fr", "en"])]
        plan.append(
            {
                "user": verified if n % 2 else anonymous,
                "query": QUERIES[n % len(QUERIES)],
                "filters": filters,
                "page": 1 + (n % 10 == 9),
            }
        )
    # The did-you-mean vocabulary is built on a cache miss (once per 5 minutes per audience in
    # the shared cache): measured here on its own, then warm for the query mix.
    started = time.perf_counter()
    for audience in (("public",), ("public", "verified_only")):
        DatabaseSearch().vocabulary(audience)
    vocabulary_ms = (time.perf_counter() - started) * 1000 / 2
    print(f"vocabulary build (cold cache, per audience): {vocabulary_ms:.0f} ms")
    for kwargs in plan[:10]:  # warm the caches, as a running site would have them
        search(**kwargs)
    timings, totals, slowest = [], [], []
    for kwargs in plan:
        started = time.perf_counter()
        results = search(**kwargs)
        timings.append((time.perf_counter() - started) * 1000)
        totals.append(results.total)
        slowest.append((timings[-1], kwargs["query"], results.total))
    cuts = statistics.quantiles(timings, n=100)
    p50, p99 = statistics.median(timings), cuts[98]
    print(
        f"queries: {len(timings)} in {sum(timings) / 1000:.2f} s; p50 {p50:.1f} ms, "
        f"p99 {p99:.1f} ms, max {max(timings):.1f} ms; median hits {statistics.median(totals):.0f}"
    )
    for ms, query, total in sorted(slowest, reverse=True)[:3]:
        print(f"  slowest: {ms:6.1f} ms  {query!r} ({total} hits)")
    if connection.vendor == "postgresql":
        verdict = "met" if p50 < 30 and p99 < 150 else "MISSED"
        print(f"targets (PostgreSQL p50 < 30 ms, p99 < 150 ms): {verdict}")

    # The header search box asks for suggestions as the user types.
    prefixes = [query[:length] for query in QUERIES for length in (3, 6, 10) if len(query) > 3]
    suggest_timings = []
    for n, prefix in enumerate(prefixes * 3):
        started = time.perf_counter()
        suggest(user=verified if n % 2 else anonymous, prefix=prefix)
        suggest_timings.append((time.perf_counter() - started) * 1000)
    cuts = statistics.quantiles(suggest_timings, n=100)
    print(
        f"suggest: {len(suggest_timings)} prefixes; p50 {statistics.median(suggest_timings):.1f}"
        f" ms, p99 {cuts[98]:.1f} ms"
    )


if __name__ == "__main__":
    main()
