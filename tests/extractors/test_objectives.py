"""Objectives: a numbered line that only names a group of bulleted items (and may date
them) is not an objective itself; a numbered sentence is. Ranges give both ends."""

from extractors.document import build_document
from extractors.fields.objectives import extract_objectives
from extractors.formats import read
from extractors.segment import outline


def objectives_of(text: str) -> list[dict]:
    doc = build_document(read(text.encode(), "plan.txt"))
    return extract_objectives(doc, outline(doc))


def test_group_labels_are_not_objectives_and_date_their_items():
    got = objectives_of("II. MỤC TIÊU\n1. Phát triển nông nghiệp số đến năm 2030\n- Tỷ lệ hợp tác xã dùng sàn điện tử đạt 50%.\n"
                        "- 100% xã có điểm bán nông sản trực tuyến.\n2. Chuyển đổi số trong y tế\n- 90% bệnh viện dùng bệnh án điện tử.\n"
                        "III. NHIỆM VỤ\n")
    assert [o["text"][:20] for o in got] == ["Tỷ lệ hợp tác xã dùn", "100% xã có điểm bán ", "90% bệnh viện dùng b"]
    assert [o["target_year"] for o in got] == [2030, 2030, None]


def test_a_numbered_sentence_is_an_objective():
    got = objectives_of("II. MỤC TIÊU\n1. Đến năm 2028, 95% hộ dân được dùng nước sạch.\n- Ưu tiên vùng đồng bào dân tộc.\n"
                        "2. Giảm tỷ lệ hộ nghèo 2-3% mỗi năm.\nIII. NHIỆM VỤ\n")
    texts = [o["text"] for o in got]
    assert texts[0].startswith("Đến năm 2028, 95% hộ dân") and got[0]["target_year"] == 2028
    assert any(t.startswith("Giảm tỷ lệ hộ nghèo") for t in texts)
    ranged = next(o for o in got if o["text"].startswith("Giảm"))
    assert [(t["value"], t["bound"], t["raw"]) for t in ranged["targets"]] == [(2.0, "min", "2-3%"), (3.0, "max", "2-3%")]


import pytest  # noqa: E402

from extractors.fields.objectives import targets_in  # noqa: E402


@pytest.mark.parametrize("text,want", [
    # must match: a count of a noun the item commits to, as written
    ("Đào tạo nghề cho trên 12.000 lượt lao động nông thôn.", [(12000.0, "lượt")]),
    ("Trồng mới 350 ha rừng sản xuất", [(350.0, "ha")]),
    ("Thành lập mới 25 hợp tác xã và 40 doanh nghiệp", [(25.0, "hợp tác xã"), (40.0, "doanh nghiệp")]),
    ("Xây dựng 6 trường đạt chuẩn, 120 phòng học kiên cố", [(6.0, "trường"), (120.0, "phòng học")]),
    ("Khôi phục 08 lễ hội truyền thống và tu bổ 03 di tích", [(8.0, "lễ hội"), (3.0, "di tích")]),
    ("Xây mới 45 căn nhà cho hộ nghèo; số hóa 1.500 học liệu", [(45.0, "căn nhà"), (1500.0, "học liệu")]),
    ("Phát hành 20 phóng sự và 12 chuyên mục; thành lập 05 đội văn nghệ", [(20.0, "phóng sự"), (12.0, "chuyên mục"), (5.0, "đội")]),
    # must not match: a noun the number does not count, a date, a document number, a code
    ("Căn cứ Quyết định số 15 trường hợp đặc biệt", []),
    ("ngày 12/5 hạn chót nộp hồ sơ", []),
    ("Đường tỉnh 217 km", []),
    ("theo Quyết định số 12 dự án đã được phê duyệt", []),
    ("ngày 12 tháng 5, trong 3 ngày", []),
])
def test_counted_targets(text, want):
    got = [(t["value"], t["unit"]) for t in targets_in(text, 0)]
    assert got == want
    for t in targets_in(text, 0):  # spans hold the raw text
        assert text[t["span"]["start"]: t["span"]["end"]] == t["raw"]


def test_a_lead_in_line_dates_the_items_under_it():
    """"2. Phấn đấu đến hết năm 2027:" over bullets: no objective of its own, its year the
    items'; an item that only counts a noun is specific."""
    got = objectives_of("I. MỤC TIÊU\n1. Giữ gìn bản sắc văn hóa các dân tộc trên địa bàn tỉnh.\n"
                        "2. Phấn đấu đến hết năm 2027:\n- Phục dựng 06 lễ hội truyền thống.\n"
                        "- Trên 80% thôn có nhà văn hóa.\n3. Về thể thao:\n- Tổ chức giải việt dã hằng năm.\nII. NHIỆM VỤ\n")
    assert [(o["text"][:20], o["kind"], o["target_year"]) for o in got] == [
        ("Giữ gìn bản sắc văn ", "general", None), ("Phục dựng 06 lễ hội ", "specific", 2027),
        ("Trên 80% thôn có nhà", "specific", 2027), ("Tổ chức giải việt dã", "general", None)]


@pytest.mark.parametrize("heading, kind", [
    ("2. Chỉ tiêu chủ yếu đến năm 2030", "specific"),
    ("2. Các chỉ tiêu cơ bản giai đoạn 2026 - 2030", "specific"),
    ("2. Chỉ tiêu", "specific"),
    # must not read as specific: a heading that only mentions targets among other words
    ("2. Giải pháp thực hiện các chỉ tiêu", None),
])
def test_target_headings_and_their_group_labels(heading, kind):
    text = (f"I. MỤC TIÊU\n1. Mục tiêu chung\nPhát triển văn hóa đọc trong cộng đồng dân cư.\n{heading}\n"
            "2.1. Đối với học sinh\n- 100% trường có thư viện đạt chuẩn.\n2.2. Đối với cộng đồng\n"
            "- Phấn đấu 70% xã có điểm đọc sách.\nII. NHIỆM VỤ\n")
    got = [(o["kind"], o["text"][:12]) for o in objectives_of(text)]
    if kind:
        assert got == [("general", "Phát triển v"), (kind, "100% trường "), (kind, "Phấn đấu 70%")]
    else:
        assert ("specific", "100% trường ") not in got


@pytest.mark.parametrize("body, years", [
    # a lettered lead-in dates the bullets under it; its sibling letter is not dated by it
    ("2. Mục tiêu cụ thể\na) Đến năm 2029:\n- Thành lập mới 60 hợp tác xã.\n- 90% hợp tác xã có lãi.\n"
     "b) Hằng năm, tổ chức 04 lớp tập huấn cho thành viên.\n", [2029, 2029, None]),
    # a numbered lead-in: the next number ends its group, a bullet does not
    ("2. Mục tiêu cụ thể\n2.1. Đến năm 2028:\n- 95% trẻ em được tiêm chủng đầy đủ.\n"
     "2.2. Giảm tỷ lệ suy dinh dưỡng xuống dưới 12%.\n", [2028, None]),
    # lettered items under a numbered lead-in stay in its group
    ("2. Mục tiêu cụ thể\n2.1. Phấn đấu đến năm 2027:\na) 100% xã có trạm y tế đạt chuẩn.\n"
     "b) 85% dân số có thẻ bảo hiểm y tế.\n", [2027, 2027]),
])
def test_a_sibling_item_ends_the_lead_ins_group(body, years):
    got = objectives_of("I. MỤC TIÊU\n1. Mục tiêu chung\nNâng cao sức khỏe nhân dân trên địa bàn.\n" + body + "II. NHIỆM VỤ\n")
    assert [o["target_year"] for o in got if o["kind"] == "specific"] == years


def test_lettered_items_with_a_full_stop_lose_their_label():
    # "a." as a browser draws <ol type="a">, beside "b)"; not a capital "A." heading
    from pipeline.process import process
    text = ("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG\nSố: 20/KH-UBND\nKẾ HOẠCH\nPhát triển thủy sản năm 2026\n"
            "I. MỤC TIÊU\n2. Mục tiêu cụ thể\na. Đến năm 2026, 60% diện tích nuôi tôm đạt chuẩn VietGAP.\n"
            "b) Tỷ lệ cơ giới hóa khâu thu hoạch đạt 75%.\nc. Giảm 20% lượng kháng sinh trong nuôi trồng.\n"
            "II. NHIỆM VỤ\n1. Tập huấn kỹ thuật nuôi (Sở Nông nghiệp và Môi trường chủ trì).\n")
    objectives = process("soctrang.txt", text.encode()).dump["objectives"]
    assert [o["text"][:12] for o in objectives] == ["Đến năm 2026", "Tỷ lệ cơ giớ", "Giảm 20% lượ"]
    assert [[t["value"] for t in o["targets"]] for o in objectives] == [[60.0], [75.0], [20.0]]
