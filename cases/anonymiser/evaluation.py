"""Character-level scoring of the anonymiser against gold spans (used by the benchmark/tests).

Scores are computed over non-space characters, as in the de-identification dev-data README:

* recall: share of gold identifier characters covered by a detected span;
* precision: share of covered characters that are gold identifier characters;
* leak rate: share of gold entities with under 80 % of their characters covered.

Gold ``DateYear`` entities (a year alone, which may stay) are scored apart: they are excluded
from recall and leaks, and covering them is not counted as a false positive either.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .detector import detect
from .spans import Span

LEAK_THRESHOLD = 0.8
_NUMERIC_DATE = re.compile(r"[\d/.\-\s']+")


@dataclass
class LabelScore:
    gold_chars: int = 0
    covered_chars: int = 0
    entities: int = 0
    leaked: int = 0

    @property
    def recall(self) -> float:
        return self.covered_chars / self.gold_chars if self.gold_chars else 1.0

    @property
    def leak_rate(self) -> float:
        return self.leaked / self.entities if self.entities else 0.0


@dataclass
class PredScore:
    chars: int = 0
    true_chars: int = 0

    @property
    def precision(self) -> float:
        return self.true_chars / self.chars if self.chars else 1.0


@dataclass
class Report:
    docs: int = 0
    chars: int = 0
    seconds: float = 0.0  # CPU time of this process in the detector (one core)
    wall_seconds: float = 0.0
    gold: LabelScore = field(default_factory=LabelScore)
    pred: PredScore = field(default_factory=PredScore)
    by_gold_label: dict[str, LabelScore] = field(default_factory=lambda: defaultdict(LabelScore))
    by_pred_label: dict[str, PredScore] = field(default_factory=lambda: defaultdict(PredScore))
    dateyear_entities: int = 0
    dateyear_covered: int = 0
    misses: list[tuple[str, str, str, float]] = field(default_factory=list)
    false_positives: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.gold.recall

    @property
    def precision(self) -> float:
        return self.pred.precision

    @property
    def leak_rate(self) -> float:
        return self.gold.leak_rate

    @property
    def chars_per_second(self) -> float:
        """Throughput on one core: characters per second of CPU time (not disturbed by other
        processes sharing the machine)."""
        return self.chars / self.seconds if self.seconds else float("inf")

    @property
    def wall_chars_per_second(self) -> float:
        return self.chars / self.wall_seconds if self.wall_seconds else float("inf")

    def as_dict(self) -> dict[str, object]:
        return {
            "docs": self.docs,
            "chars": self.chars,
            "recall": round(self.recall, 4),
            "precision": round(self.precision, 4),
            "leak_rate": round(self.leak_rate, 4),
            "chars_per_second": round(self.chars_per_second),
            "wall_chars_per_second": round(self.wall_chars_per_second),
            "dateyear_redacted": f"{self.dateyear_covered}/{self.dateyear_entities}",
            "by_gold_label": {
                k: {
                    "recall": round(v.recall, 4),
                    "leak_rate": round(v.leak_rate, 4),
                    "entities": v.entities,
                    "chars": v.gold_chars,
                }
                for k, v in sorted(self.by_gold_label.items())
            },
            "by_pred_label": {
                k: {"precision": round(v.precision, 4), "chars": v.chars}
                for k, v in sorted(self.by_pred_label.items())
            },
        }


def gold_label(label: str, text: str) -> str:
    """Gold label used for reporting; numeric dates get their own row (stricter target)."""
    if label.upper() == "DATE" and _NUMERIC_DATE.fullmatch(text):
        return "DATE_NUMERIC"
    return label


def score(
    rows: Iterable[dict],
    detector: Callable[[str], list[Span]] | None = None,
    *,
    language: str | None = None,
    keep_examples: bool = False,
) -> Report:
    """Run ``detector`` (default :func:`detect`) on each row and score it against the gold."""

    def _default(text: str) -> list[Span]:
        return detect(text, language=language)

    run = detector or _default
    rep = Report()
    for row in rows:
        text: str = row["text"]
        t0, w0 = time.process_time(), time.perf_counter()
        spans = run(text)
        rep.seconds += time.process_time() - t0
        rep.wall_seconds += time.perf_counter() - w0
        rep.docs += 1
        rep.chars += len(text)
        covered = [None] * len(text)
        for sp in spans:
            for i in range(sp.start, sp.end):
                covered[i] = str(sp.label)
        gold_mask = [False] * len(text)
        year_mask = [False] * len(text)
        for ent in row["entities"]:
            s, e, label = ent["start"], ent["end"], ent["label"]
            idx = [i for i in range(s, e) if not text[i].isspace()]
            if label == "DateYear":
                rep.dateyear_entities += 1
                if idx and all(covered[i] for i in idx):
                    rep.dateyear_covered += 1
                for i in idx:
                    year_mask[i] = True
                continue
            for i in idx:
                gold_mask[i] = True
            hit = sum(1 for i in idx if covered[i])
            glabel = gold_label(label, text[s:e])
            for agg in (rep.gold, rep.by_gold_label[glabel]):
                agg.gold_chars += len(idx)
                agg.covered_chars += hit
                agg.entities += 1
                if idx and hit / len(idx) < LEAK_THRESHOLD:
                    agg.leaked += 1
            if keep_examples and idx and hit / len(idx) < 1:
                ctx = text[max(0, s - 30) : s] + "«" + text[s:e] + "»" + text[e : e + 20]
                rep.misses.append(
                    (str(row.get("id")), glabel, ctx.replace("\n", " "), hit / len(idx))
                )
        for sp in spans:
            idx = [i for i in range(sp.start, sp.end) if not text[i].isspace() and not year_mask[i]]
            true = sum(1 for i in idx if gold_mask[i])
            for agg in (rep.pred, rep.by_pred_label[str(sp.label)]):
                agg.chars += len(idx)
                agg.true_chars += true
            if keep_examples and idx and true < len(idx):
                ctx = (
                    text[max(0, sp.start - 30) : sp.start]
                    + "«"
                    + sp.text
                    + "»"
                    + text[sp.end : sp.end + 20]
                )
                rep.false_positives.append(
                    (str(row.get("id")), str(sp.label), ctx.replace("\n", " "))
                )
    return rep
