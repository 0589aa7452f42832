"""An aim and the lead-in of the targets in one paragraph: "Chủ động phòng, chống dịch bệnh ...,
không để dịch lớn xảy ra. Phấn đấu đến năm 2028:" over "- Trên 95% ...;" lines, under a "MỤC TIÊU"
heading with no "Mục tiêu chung" of its own. The sentence before the lead-in is an objective
(general, or specific where it sets a percentage); the lead-in still dates the items under it
(extractors.fields.objectives._aim_then_lead). A paragraph that is only a lead-in, or whose first
sentence is too short to be an aim, states no objective. Invented text (hold-out round R)."""

import pytest

from pipeline.process import process

PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH {P}\n-------\nSố: {n}/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n{P2}, ngày 09 tháng 3 năm 2026\n\nKẾ HOẠCH\n{title}\n\n"
        "I. MỤC TIÊU\n{lead}\n- {item1};\n- {item2}.\n\nII. NHIỆM VỤ\n"
        "1. Tổ chức tuyên truyền trên các phương tiện thông tin đại chúng.\n\n"
        "Nơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n{signer}\n")


def plan(province, n, title, lead, item1, item2, signer):
    return PLAN.format(P=province.upper(), P2=province, n=n, title=title, lead=lead, item1=item1, item2=item2,
                       signer=signer)


MUST_MATCH = [
    ("an aim, then 'Phấn đấu đến năm ...:'",
     plan("Hòa Lâm", 52, "Phòng, chống sốt xuất huyết giai đoạn 2026 - 2028",
          "Giảm số ca mắc sốt xuất huyết, không để xảy ra tử vong do sốt xuất huyết trên địa bàn tỉnh. Phấn đấu "
          "đến năm 2028:", "Trên 90% hộ gia đình được hướng dẫn diệt lăng quăng", "100% ổ dịch được xử lý trong "
          "48 giờ", "Hà Văn Lộc"),
     [("general", "Giảm số ca mắc sốt xuất huyết", []), ("specific", "Trên 90% hộ gia đình", [90.0]),
      ("specific", "100% ổ dịch", [100.0])], 2028),
    ("an aim with its own percentage, then 'Cụ thể:'",
     plan("Bắc Thuận", 140, "Phát triển thương mại điện tử năm 2026",
          "Đưa thương mại điện tử trở thành kênh phân phối quan trọng, chiếm 12% tổng mức bán lẻ của tỉnh. Cụ thể:",
          "70% hợp tác xã có gian hàng trên sàn thương mại điện tử", "Trên 50% giao dịch được thanh toán không dùng "
          "tiền mặt", "Lục Thị Duyên"),
     [("specific", "Đưa thương mại điện tử trở thành kênh phân phối", [12.0]), ("specific", "70% hợp tác xã", [70.0]),
      ("specific", "Trên 50% giao dịch", [50.0])], 2026),  # (a one-year plan's year)
]

MUST_NOT_MATCH = [
    ("a lead-in alone",
     plan("Hòa Lâm", 53, "Phòng, chống bệnh dại năm 2026", "Phấn đấu đến năm 2026:", "95% chó nuôi được tiêm phòng",
          "100% ổ dịch được xử lý", "Hà Văn Lộc")),
    ("a first sentence too short to be an aim",
     plan("Bắc Thuận", 141, "Phòng, chống bệnh tay chân miệng năm 2026", "Năm 2026. Phấn đấu đạt các chỉ tiêu sau:",
          "90% trường mầm non được khử khuẩn", "100% ca bệnh được giám sát", "Lục Thị Duyên")),
]


def objectives(text: str) -> list[dict]:
    return process("doc.txt", text.encode()).record.model_dump(mode="json")["objectives"]


@pytest.mark.parametrize("why, text, want, year", MUST_MATCH, ids=[m[0] for m in MUST_MATCH])
def test_the_aim_before_the_lead_in_is_an_objective(why, text, want, year):
    found = objectives(text)
    assert [(o["kind"], [t["value"] for t in o["targets"]]) for o in found] == [(k, v) for k, _, v in want]
    assert all(o["text"].startswith(prefix) for o, (_, prefix, _) in zip(found, want))
    assert not any(o["text"].rstrip().endswith(":") for o in found)
    assert [o["target_year"] for o in found[1:]] == [year, year]  # the lead-in dates the items


@pytest.mark.parametrize("why, text", MUST_NOT_MATCH, ids=[m[0] for m in MUST_NOT_MATCH])
def test_a_lead_in_alone_is_no_objective(why, text):
    assert len(objectives(text)) == 2
