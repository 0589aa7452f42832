"""Amount tables whose cells are one space apart, table-driven (tests/cases/spaced_rows.yaml):
the rows read at the layout stage, and whole documents of our own through the pipeline (the
budget items, their spans holding their amounts), word-segmented too."""

from pathlib import Path

import pytest
import yaml

from extractors.layout import spaced_rows
from pipeline.process import process

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "spaced_rows.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_spaced_rows(case):
    lines = case["text"].rstrip("\n").split("\n")
    found = spaced_rows.table_at(lines, 0)
    if case["rows"] is None:
        assert found is None
    else:
        assert found is not None
        assert found[1] == case["rows"]
        # the table ends at its last row or wrapped label: nothing after it is taken
        assert found[0] == 1 + max(k for k, line in enumerate(lines) if line.strip() and not line.startswith("Các"))


PLAN = """ỦY BAN NHÂN DÂN
HUYỆN HƯƠNG KHÊ
Số: 73/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hương Khê, ngày 14 tháng 4 năm 2026
KẾ HOẠCH
Bảo vệ và phát triển rừng năm 2026 - 2027
I. MỤC ĐÍCH, YÊU CẦU
Nâng tỷ lệ che phủ rừng đạt 68% vào năm 2027.
II. KINH PHÍ THỰC HIỆN
Đơn vị tính: triệu đồng
TT Hạng mục Tổng số Năm 2026 Năm 2027
Ngân sách tỉnh Ngân sách huyện Ngân sách tỉnh Ngân sách huyện
1 Khoanh nuôi tái sinh rừng tự nhiên 2.760 900 480 900 480
2 Trồng cây phân tán, cây bóng mát 1.340 - 670 - 670
trên các tuyến đường liên xã
3 Tập huấn phòng cháy rừng 210 - 105 - 105
Tổng cộng 4.310 900 1.255 900 1.255

III. TỔ CHỨC THỰC HIỆN
1. Hạt Kiểm lâm huyện chủ trì theo dõi, đôn đốc.
"""


def word_segmented(text: str) -> str:
    """The text as underthesea's word tokenizer writes it, line by line ("Ngân_sách tỉnh",
    "phân_tán , cây"): the way word-segmented corpora hold documents."""
    from underthesea import word_tokenize
    return "\n".join(word_tokenize(line, format="text") if line.strip() else line for line in text.split("\n"))


@pytest.mark.parametrize("text", ["spaced", "word-segmented"])
def test_spaced_budget_table_in_a_plan(text):
    text = PLAN if text == "spaced" else word_segmented(PLAN)
    assert (text == PLAN) != ("Ngân_sách tỉnh" in text)  # the tokenizer joined the words
    result = process("plan.txt", text.encode())
    items = result.record.model_dump(mode="json")["budget"]["items"]
    got = {(i["row_label"], i["year"], i["amount_vnd"]) for i in items}
    assert ("Khoanh nuôi tái sinh rừng tự nhiên", None, 2_760_000_000) in got
    assert ("Trồng cây phân tán, cây bóng mát trên các tuyến đường liên xã", 2027, 670_000_000) in got
    assert ("Tổng cộng", 2026, 1_255_000_000) in got
    assert len(items) == 16  # 5 amounts a row, 2 with none ("-") in each of two rows
    for item in items:  # provenance: each span holds the amount as written
        assert result.text[item["span"]["start"]:item["span"]["end"]] == item["raw"]


TARGETS = """ỦY BAN NHÂN DÂN
HUYỆN TRÀ LĨNH
Số: 41/KH-UBND
Trà Lĩnh, ngày 09 tháng 3 năm 2026
KẾ HOẠCH
Phát triển giáo dục năm 2026
I. MỤC TIÊU
2. Chỉ tiêu cụ thể
STT Chỉ tiêu ĐVT Thực hiện 2025 Kế hoạch 2026
1 Tỷ lệ huy động trẻ 5 tuổi ra lớp % 98,5 99
2 Tỷ lệ trường đạt chuẩn quốc gia % 61 65
3 Số phòng học được kiên cố hóa phòng 12 20

II. NHIỆM VỤ
1. Tăng cường cơ sở vật chất trường lớp.
"""


def test_spaced_targets_table_reads_as_its_pipe_table():
    """The same targets as a Markdown table and with one space between cells: the same objectives."""
    def objectives(name: str, text: str) -> list:
        record = process(name, text.encode()).record.model_dump(mode="json")
        return [(o["text"], o["target_year"], [(t["value"], t["unit"]) for t in o["targets"]]) for o in record["objectives"]]
    rows = [["STT", "Chỉ tiêu", "ĐVT", "Thực hiện 2025", "Kế hoạch 2026"],
            ["1", "Tỷ lệ huy động trẻ 5 tuổi ra lớp", "%", "98,5", "99"],
            ["2", "Tỷ lệ trường đạt chuẩn quốc gia", "%", "61", "65"],
            ["3", "Số phòng học được kiên cố hóa", "phòng", "12", "20"]]
    table = "\n".join(["| " + " | ".join(rows[0]) + " |", "|---|---|---|---|---|"] + ["| " + " | ".join(r) + " |" for r in rows[1:]])
    spaced = "\n".join(" ".join(r) for r in rows)
    assert spaced in TARGETS
    piped = TARGETS.replace(spaced, "\n" + table + "\n")
    got = objectives("plan.txt", TARGETS)
    assert got == objectives("plan.md", piped)
    assert ("Tỷ lệ trường đạt chuẩn quốc gia", 2026, [(65.0, "percent")]) in got
