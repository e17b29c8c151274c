"""Contract of ``manage.py anonymise`` (thin wrapper over cases.anonymiser; no database)."""

from __future__ import annotations

import io
import json

from django.core.management import call_command


def run(stdin_text: str, *args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("anonymise", *args, stdin=io.StringIO(stdin_text), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_jsonl_contract() -> None:
    text = "Mme DUPONT Jeanne, née le 03/03/1951, tél 06 12 34 56 78."
    out, err = run(json.dumps({"id": "a1", "text": text}, ensure_ascii=False) + "\n", "--jsonl")
    lines = out.splitlines()
    assert len(lines) == 1 and err == ""
    result = json.loads(lines[0])
    assert set(result) == {"id", "text", "entities"}
    assert result["id"] == "a1"
    assert result["text"] == "Mme [NOM], née le [DATE], tél [TÉLÉPHONE]."
    assert "é" in lines[0]  # ensure_ascii=False
    for ent in result["entities"]:
        assert set(ent) == {"start", "end", "label", "text"}
        assert text[ent["start"] : ent["end"]] == ent["text"]  # offsets into the INPUT text
    assert [e["label"] for e in result["entities"]] == ["NAME", "DATE", "PHONE"]


def test_jsonl_malformed_lines_do_not_stop_processing() -> None:
    stdin = (
        "\n".join(
            [
                '{"id": 1, "text": "Dr. Smith aware."}',
                '{"id": 2, "text": oops}',
                "[1, 2]",
                '{"id": 4, "text": 42}',
                '{"id": 5, "text": "Pas d\'identifiant ici."}',
            ]
        )
        + "\n"
    )
    out, err = run(stdin, "--jsonl")
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line.get("id") for line in lines] == [1, 2, None, 4, 5]
    assert "error" in lines[1] and "error" in lines[2] and "error" in lines[3]
    assert lines[0]["text"] == "Dr. [NOM] aware."
    assert lines[4] == {"id": 5, "text": "Pas d'identifiant ici.", "entities": []}
    assert len(err.strip().splitlines()) == 3


def test_plain_text_and_language_option() -> None:
    out, _ = run("Vu le 3 mars 2024 par le Dr Hélène Moreau.")
    assert out == "Vu le [DATE] par le Dr [NOM]."
    out, _ = run("Seen on March 3, 2024 by Dr. Helen Moore.", "--language", "en")
    assert out == "Seen on [DATE] by Dr. [NAME]."
