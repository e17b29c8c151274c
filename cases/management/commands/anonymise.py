"""``manage.py anonymise``: a thin command-line wrapper over :mod:`cases.anonymiser`.

* ``--jsonl``: one JSON object per input line, ``{"id": ..., "text": ...}``; one JSON line per
  input on stdout: ``{"id", "text": <redacted>, "entities": [{"start", "end", "label", "text"}]}``
  with offsets into the *input* text (end exclusive). A malformed line produces an error message
  on stderr and ``{"id": <id if readable>, "error": "..."}`` on stdout; processing continues.
* without ``--jsonl``: reads plain text on stdin and prints the redacted text.
* ``--language fr|en`` forces the language (otherwise guessed per text) and selects the
  placeholder language; without it placeholders are French.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any, TextIO

from django.core.management.base import BaseCommand, CommandParser

from cases.anonymiser import detect, redact


class Command(BaseCommand):
    help = "De-identify clinical text read on stdin (plain text, or JSON lines with --jsonl)."
    # Lets tests and callers pass a stream: call_command("anonymise", stdin=io.StringIO(...)).
    stealth_options = ("stdin",)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--jsonl",
            action="store_true",
            help='read {"id", "text"} JSON objects, one per line; write one JSON result per line',
        )
        parser.add_argument("--language", choices=["fr", "en"], default=None)

    def handle(self, *args: Any, **options: Any) -> None:
        # call_command(..., stdin=...) passes the stream as an option; the CLI uses sys.stdin.
        stdin: TextIO = options.get("stdin") or sys.stdin
        language: str | None = options.get("language")
        if options["jsonl"]:
            self._jsonl(stdin, language)
        else:
            text = stdin.read()
            self.stdout.write(
                redact(text, detect(text, language=language), language=language), ending=""
            )

    def _emit(self, obj: dict[str, Any]) -> None:
        self.stdout.write(json.dumps(obj, ensure_ascii=False))

    def _jsonl(self, stdin: TextIO, language: str | None) -> None:
        for lineno, raw in enumerate(stdin, start=1):
            line = raw.strip()
            if not line:
                continue  # blank lines carry no record
            doc_id: Any = None
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise ValueError("each line must be a JSON object")
                doc_id = obj.get("id")
                text = obj.get("text")
                if not isinstance(text, str):
                    raise ValueError('"text" must be a string')
                spans = detect(text, language=language)
                self._emit(
                    {
                        "id": doc_id,
                        "text": redact(text, spans, language=language),
                        "entities": [sp.to_dict() for sp in spans],
                    }
                )
            except (ValueError, TypeError) as exc:  # json.JSONDecodeError is a ValueError
                if doc_id is None:
                    doc_id = _salvage_id(line)
                message = f"line {lineno}: {exc}"
                self.stderr.write(message)
                self._emit({"id": doc_id, "error": message})


def _salvage_id(line: str) -> Any:
    """Best effort to keep the id of a line whose JSON is broken elsewhere."""
    m = re.search(r'"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)', line)
    if not m:
        return None
    try:
        return json.loads(m.group(1))
    except ValueError:
        return None
