"""A small course and digest in the demo-content format (courses/demo_content), for tests."""

from __future__ import annotations

import datetime as dt


def _lesson(language: str, n: int) -> dict:
    fr = language == "fr"
    return {
        "title": (
            f"Leçon {n} : lire un score de risque" if fr else f"Lesson {n}: reading a risk score"
        ),
        "summary": "Une phrase." if fr else "One sentence.",
        "estimated_minutes": 20,
        "body": [
            ["heading", "Ce que le score dit" if fr else "What the score says"],
            [
                "paragraph",
                "<p>Un score estime une probabilité, pas un diagnostic.</p>"
                if fr
                else "<p>A score estimates a probability, not a diagnosis.</p>",
            ],
            [
                "key_point",
                {
                    "title": "À retenir" if fr else "Remember",
                    "text": "<p>Calibration et discrimination.</p>"
                    if fr
                    else "<p>Calibration and discrimination.</p>",
                },
            ],
            [
                "patient_conversation",
                {
                    "situation": "<p>Le patient demande si l'algorithme a raison.</p>"
                    if fr
                    else "<p>The patient asks whether the algorithm is right.</p>",
                    "say": [
                        "L'outil m'aide, c'est moi qui décide avec vous."
                        if fr
                        else "The tool helps me; we decide together."
                    ],
                    "avoid": [
                        "« L'ordinateur ne se trompe jamais » : faux et inquiétant."
                        if fr
                        else "“The computer is never wrong”: false."
                    ],
                },
            ],
            [
                "vignette",
                {
                    "title": "Mme A." if fr else "Mrs A.",
                    "text": "<p>Cas fictif.</p>" if fr else "<p>Fictional case.</p>",
                    "question": "Que faites-vous ?" if fr else "What would you do?",
                    "discussion": "<p>Discussion.</p>",
                },
            ],
            [
                "knowledge_check",
                {
                    "question": f"Question de contrôle {n}" if fr else f"Check question {n}",
                    "options": [
                        {
                            "text": "Bonne réponse" if fr else "Right answer",
                            "correct": True,
                            "feedback": "Oui." if fr else "Yes, because.",
                        },
                        {
                            "text": "Mauvaise réponse" if fr else "Wrong answer",
                            "correct": False,
                            "feedback": "Non." if fr else "No, because.",
                        },
                        {
                            "text": "Autre" if fr else "Other",
                            "correct": False,
                            "feedback": "Non plus." if fr else "Not this either.",
                        },
                    ],
                },
            ],
        ],
    }


def _question(language: str, n: int, multiple: bool) -> dict:
    options = [
        {"text": f"Option A{n}", "correct": True},
        {"text": f"Option B{n}", "correct": multiple},
        {"text": f"Option C{n}", "correct": False},
        {"text": f"Option D{n}", "correct": False},
    ]
    return {
        "text": (f"Question d'évaluation {n}" if language == "fr" else f"Assessment question {n}"),
        "multiple": multiple,
        "options": options,
        "explanation": f"Explanation {n}: A{n} is right.",
    }


def course_data(
    code: str = "ai-risk-scores",
    *,
    lessons: int = 3,
    questions: int = 4,
    release: dt.date | None = None,
    expiry: dt.date | None = None,
    pass_mark: int = 75,
    max_attempts: int = 2,
    languages: tuple[str, ...] = ("fr", "en"),
    designations: list[dict] | None = None,
) -> dict:
    today = dt.date.today()
    release = release or today - dt.timedelta(days=30)
    expiry = expiry or release + dt.timedelta(days=700)
    return {
        "code": code,
        "topics": ["ai", "ethics"],
        "professions": ["physician", "nurse"],
        "estimated_minutes": 90,
        "pass_mark": pass_mark,
        "max_attempts": max_attempts,
        "release_date": release.isoformat(),
        "last_review_date": release.isoformat(),
        "expiry_date": expiry.isoformat(),
        "designations": designations
        if designations is not None
        else [
            {"framework": "certification-periodique", "category": "bloc-1", "max_credits": "2"},
            {"framework": "dpc", "category": "formation-continue", "max_credits": "1.5"},
        ],
        "faculty": [
            {
                "name": "Dr Fictive Example",
                "credentials": "MD",
                "disclosures_fr": "Aucun lien d'intérêt.",
                "disclosures_en": "None.",
                "role_fr": "Autrice",
                "role_en": "Author",
            }
        ],
        "translations": {
            language: {
                "title": (
                    "IA : lire un score de risque"
                    if language == "fr"
                    else "AI: reading a risk score"
                ),
                "summary": "Résumé." if language == "fr" else "Summary.",
                "audience": "Médecins et infirmiers."
                if language == "fr"
                else "Physicians and nurses.",
                "objectives": ["Objectif 1", "Objectif 2", "Objectif 3"],
                "lessons": [_lesson(language, n) for n in range(1, lessons + 1)],
                "assessment": [
                    _question(language, n, multiple=n % 2 == 0) for n in range(1, questions + 1)
                ],
            }
            for language in languages
        },
    }


def digest_data(code: str = "obermeyer-2019") -> dict:
    return {
        "code": code,
        "topics": ["ai", "evidence"],
        "doi": "10.1126/science.aax2342",
        "publication_status": "published",
        "publication_year": 2019,
        "estimated_minutes": 30,
        "designations": [
            {"framework": "certification-periodique", "category": "bloc-1", "max_credits": "0.5"},
            {"framework": "ama-pra-1", "category": "journal-cme", "max_credits": "0.5"},
        ],
        "translations": {
            language: {
                "title": "Biais algorithmique" if language == "fr" else "Algorithmic bias",
                "citation": "Obermeyer Z, et al. Science. 2019;366(6464):447-453.",
                "design": "Cohort",
                "population": "Patients",
                "intervention": "Algorithm",
                "comparator": "",
                "outcomes": "Bias",
                "results": "<p>Results.</p>",
                "limitations": "<p>Limits.</p>",
                "practice_points": "<p>Points.</p>",
                "check": [_question(language, n, multiple=n == 3) for n in range(1, 4)],
            }
            for language in ("fr", "en")
        },
    }


COURSES = [course_data()]
DIGESTS = [digest_data()]
