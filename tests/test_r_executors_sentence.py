"""Who executes a decision, named in the same paragraph as the article's first sentence:
"Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng ..., Giám đốc các Sở: ...;
Chủ tịch ... chịu trách nhiệm thi hành Quyết định này./." (a Word file exported to PDF keeps the
article one paragraph). The sentence that holds "chịu trách nhiệm thi hành" is read for its
agencies (extractors.fields.responsibilities._executors). A sentence that names no agency, or an
article whose only agency comes before the executing sentence, gives none. Invented text
(hold-out round R)."""

import pytest

from pipeline.process import process

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH {P}\n-------\nSố: {n}/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n{P2}, ngày 14 tháng 5 năm 2026\n\nQUYẾT ĐỊNH\n"
        "Phê duyệt Đề án phát triển {topic}\n\nỦY BAN NHÂN DÂN TỈNH {P}\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Phê duyệt Đề án phát triển {topic} với các nội dung chủ yếu tại Phụ lục kèm theo.\n\n")
TAIL = "\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n{signer}\n"


def decision(province: str, number: int, topic: str, articles: str, signer: str) -> str:
    return (HEAD.format(P=province.upper(), P2=province, n=number, topic=topic) + articles
            + TAIL.format(signer=signer))


MUST_MATCH = [
    ("effect, then the heads and 'Giám đốc các Sở:'",
     decision("Hà Xuyên", 611, "du lịch nông thôn",
              "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc "
              "các Sở: Công Thương, Tài chính; Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành "
              "Quyết định này./.\n", "Phạm Hữu Trí"),
     ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Công Thương", "Sở Tài chính", "Ủy ban nhân dân các xã, phường"]),
    ("effect with a date, then a ministry's heads",
     decision("Nam Lương", 1208, "giáo dục nghề nghiệp",
              "Điều 2. Quyết định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026. Giám đốc Sở Giáo dục và "
              "Đào tạo, Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.\n",
              "Lò Thị Hoa"),
     ["Sở Giáo dục và Đào tạo", "Các cơ quan, đơn vị có liên quan"]),
    ("two sentences before the executing one",
     decision("Tây Sơn Hà", 77, "kinh tế ban đêm",
              "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Bãi bỏ Quyết định số 15/QĐ-UBND ngày 03 tháng 01 "
              "năm 2024. Giám đốc Sở Văn hóa, Thể thao và Du lịch và Chủ tịch Ủy ban nhân dân các xã chịu trách "
              "nhiệm thi hành Quyết định này./.\n", "Vi Văn Sáng"),
     ["Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân các xã"]),
]

MUST_NOT_MATCH = [
    ("an effect sentence alone",
     decision("Hà Xuyên", 612, "làng nghề", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n", "Phạm Hữu Trí")),
    ("the executing sentence names no agency",
     decision("Nam Lương", 1209, "thể thao", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Các cá nhân, tổ "
              "chức có liên quan chịu trách nhiệm thi hành Quyết định này./.\n", "Lò Thị Hoa")),
    ("the effect and the executing phrase in one sentence",
     decision("Tây Sơn Hà", 78, "thương mại", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và các cơ quan có "
              "liên quan chịu trách nhiệm thi hành./.\n", "Vi Văn Sáng")),
]


def responsibilities(text: str) -> tuple[list[dict], str]:
    outcome = process("doc.txt", text.encode())
    return outcome.record.model_dump(mode="json")["responsibilities"], outcome.text


@pytest.mark.parametrize("why, text, agencies", MUST_MATCH, ids=[m[0] for m in MUST_MATCH])
def test_the_executing_sentence_names_its_agencies(why, text, agencies):
    found, normalized = responsibilities(text)
    assert [r["agency"] for r in found] == agencies
    for r in found:  # each record's span is the article's paragraph
        assert normalized[r["span"]["start"]:r["span"]["end"]].startswith("Điều 2.")


@pytest.mark.parametrize("why, text", MUST_NOT_MATCH, ids=[m[0] for m in MUST_NOT_MATCH])
def test_no_executors_without_an_agency_in_that_sentence(why, text):
    assert responsibilities(text)[0] == []
