"""Header and signature shapes, table-driven (tests/cases/headers.yaml), on texts of our
own: a draft's blank date, split digits, where a title ends, a type in sentence case,
an issuer line in lower case, signer titles with a qualifier, a name after interleaved
recipients, and what is not a name."""

from pathlib import Path

import pytest
import yaml

from pipeline.process import process

CASES = yaml.safe_load((Path(__file__).parents[1] / "cases" / "headers.yaml").read_text(encoding="utf-8"))


def fields_of(record: dict) -> dict:
    return {"place": record["place"], "issued_date": record["issued_date"], "doc_type": record["doc_type"],
            "title": record["title"], "issuer_name": record["issuer"]["name"], "issuer_level": record["issuer"]["level"],
            "period": [record["period"]["start_year"], record["period"]["end_year"]],
            "signer_name": record["signer"]["name"], "signer_title": record["signer"]["title"],
            "authority": record["signer"]["authority"], "issuer_locality": record["issuer"]["locality"],
            "recipients": list(record["recipients"])}


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_header_case(case):
    record = process(case.get("file", "plan.txt"), case["text"].encode()).record.model_dump(mode="json")
    got = fields_of(record)
    assert {k: got[k] for k in case["expect"]} == case["expect"]
    if "number" in case:
        assert record["number"] == case["number"]
    codes = {q["code"] for q in record["quality"]["issues"]}
    assert set(case.get("issues", [])) <= codes
