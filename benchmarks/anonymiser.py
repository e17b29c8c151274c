"""Benchmark the clinical-text anonymiser: recall, precision, leak rate and throughput.

Run: ``.venv/bin/python benchmarks/anonymiser.py`` (no Django needed). Data sets:

* the PhysioNet English dev notes, read in place from ``$DEID_DEV`` or
  ``/work/shared/deid/physionet_en_dev.jsonl`` (never copied into the repository);
* ``tests/cases/data/deid_fr.jsonl`` and ``tests/cases/data/deid_en.jsonl``;
* ``tests/cases/data/deid_probe.jsonl``, hand-written snippets in styles the two sets above do
  not use (letters, reports, prescriptions, messages, forum posts), to probe generality.
* ``deid_probe2.jsonl`` and ``deid_probe3.jsonl``, further fresh probes; probe 3 concentrates on
  the strictly-required types (phones, emails, NIR, numeric dates) and their look-alikes.

Options: ``--show N`` prints N missed and N over-redacted examples per set, ``--json`` prints
the machine-readable figures, ``--language fr|en`` forces the language (default: guessed).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cases.anonymiser.evaluation import Report, score  # noqa: E402

DEFAULT_DEV = Path("/work/shared/deid/physionet_en_dev.jsonl")
DATA = ROOT / "tests" / "cases" / "data"


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def print_report(name: str, rep: Report, show: int) -> None:
    print(f"\n== {name}: {rep.docs} docs, {rep.chars} chars")
    print(
        f"recall {rep.recall:.4f}  precision {rep.precision:.4f}  leak rate {rep.leak_rate:.4f}"
        f"  throughput {rep.chars_per_second:,.0f} chars/s of CPU"
        f" ({rep.wall_chars_per_second:,.0f} wall)"
        f"  (years alone redacted: {rep.dateyear_covered}/{rep.dateyear_entities})"
    )
    print(f"  {'gold label':<16}{'entities':>9}{'chars':>8}{'recall':>9}{'leak':>8}")
    for label, s in sorted(rep.by_gold_label.items()):
        print(f"  {label:<16}{s.entities:>9}{s.gold_chars:>8}{s.recall:>9.4f}{s.leak_rate:>8.4f}")
    print(f"  {'predicted label':<16}{'chars':>17}{'precision':>10}")
    for label, p in sorted(rep.by_pred_label.items()):
        print(f"  {label:<16}{p.chars:>17}{p.precision:>10.4f}")
    if show:
        print("  -- misses")
        for doc, label, ctx, cov in rep.misses[:show]:
            print(f"   [{doc}] {label} {cov:.2f}: {ctx}")
        print("  -- over-redaction")
        for doc, label, ctx in rep.false_positives[:show]:
            print(f"   [{doc}] {label}: {ctx}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--language", choices=["fr", "en"], default=None)
    ap.add_argument("--only", default=None, help="substring of the data set name to run")
    args = ap.parse_args()
    sets: list[tuple[str, Path]] = []
    dev = Path(os.environ.get("DEID_DEV", DEFAULT_DEV))
    if dev.exists():
        sets.append(("physionet_en_dev", dev))
    else:
        print(f"(skipping PhysioNet dev set: {dev} not found)", file=sys.stderr)
    for name in ("deid_fr", "deid_en", "deid_probe", "deid_probe2", "deid_probe3"):
        path = DATA / f"{name}.jsonl"
        if path.exists():
            sets.append((name, path))
    results: dict[str, dict] = {}
    for name, path in sets:
        if args.only and args.only not in name:
            continue
        rows = load(path)
        score(rows[:5], language=args.language)  # warm the caches before timing
        rep = score(rows, language=args.language, keep_examples=bool(args.show))
        results[name] = rep.as_dict()
        if not args.json:
            print_report(name, rep, args.show)
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
