"""Hold-out round G36 (tests/invented/build_g36.py): a responsible body named before its role or the scope of its duties.

Probing the round's shapes beside its documents (a hospital's plan under its department, a steering committee's plan
that lists its members first), two ways a "Tổ chức thực hiện" item goes on after the body's name were read into the
name: its role given with "làm" ("Phòng Kế hoạch tổng hợp làm đầu mối theo dõi ...", "Công an tỉnh làm cơ quan thường
trực ...", the "là đầu mối" the rules knew, said with "làm"), and the scope of its duties after "theo" ("Các thành viên
Ban Chỉ đạo theo lĩnh vực, địa bàn được phân công chỉ đạo ...", "Các sở, ngành theo lĩnh vực quản lý chủ động ...", as
"theo chức năng" was already cut). The body is the name before them (normalizers.agencies: VERB, MAIN_PREDICATE and
_TRAILING). And a body with no level word to end its name ("Sở Nông nghiệp và Môi trường", "Bệnh viện Y học cổ
truyền") before a verb the rules did not know, the verbs of a plan against disasters or epidemics and of a hospital's
("phụ trách", "sẵn sàng", "khắc phục", "dự báo", "cảnh báo", "thu dung", "cấp cứu", "đẩy nhanh", "làm tốt"; VERB). And a
unit named for a field of building before its own predicate ("Vụ Vật liệu xây dựng theo dõi ...", a ministry's plan;
"xây dựng" was read as the verb, "Vụ Vật liệu"), and a verb of a list after a comma ("Sở Y tế xây dựng, ban hành ...",
read as "Sở Y tế xây dựng"). Not: a name that holds "làm" ("Trung tâm Dịch vụ việc làm tỉnh"), a body whose role is "là đầu mối" (as before), a post or a unit or a board that holds those verbs ("Phó Giám đốc phụ trách chuyên môn", "Khoa Hồi sức
cấp cứu", "Ban Chỉ đạo khắc phục hậu quả thiên tai tỉnh", a field listed after a comma: "Phòng Giám sát, cảnh
báo và ..."), building as a verb with its object ("Sở Công Thương xây dựng
kế hoạch ...", "... xây dựng hướng dẫn ...").
Every name, place and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
TỈNH VĨNH THÔNG
Số: 52/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Thông, ngày 11 tháng 3 năm 2029

KẾ HOẠCH
Ứng phó sự cố thiên tai tỉnh Vĩnh Thông năm 2029

I. MỤC TIÊU
Chủ động ứng phó kịp thời với thiên tai, giảm thiểu thiệt hại về người và tài sản.
II. TỔ CHỨC THỰC HIỆN
1. {item}
2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch theo quy định./.

Nơi nhận:
- Các sở, ban, ngành tỉnh;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Khổng Văn Lực
"""


def _agencies(item: str) -> list[str]:
    record = process("kh-tinh.txt", PLAN.format(item=item).encode("utf-8")).record.model_dump(mode="json")
    return [r["agency"] for r in record["responsibilities"]]


MUST = [
    # a body's role given with "làm"
    ("Phòng Điều dưỡng làm đầu mối theo dõi, tổng hợp kết quả chăm sóc người bệnh.", "Phòng Điều dưỡng"),
    ("Bộ Chỉ huy Quân sự tỉnh làm cơ quan thường trực, tổng hợp tình hình, báo cáo Ủy ban nhân dân tỉnh.",
     "Bộ Chỉ huy Quân sự tỉnh"),
    ("Văn phòng Ủy ban nhân dân tỉnh làm đơn vị đầu mối tiếp nhận thông tin phản ánh của người dân.",
     "Văn phòng Ủy ban nhân dân tỉnh"),
    ("Trung tâm Dịch vụ việc làm tỉnh làm đầu mối kết nối cung - cầu lao động.", "Trung tâm Dịch vụ việc làm tỉnh"),
    # the scope of its duties after "theo"
    ("Các thành viên Ban Chỉ huy theo lĩnh vực, địa bàn được phân công kiểm tra, đôn đốc công tác ứng phó.",
     "Các thành viên Ban Chỉ huy"),
    ("Các sở, ngành theo lĩnh vực quản lý chủ động triển khai các biện pháp ứng phó.", "Các sở, ngành"),
    ("Công an tỉnh theo địa bàn phụ trách bảo đảm an ninh trật tự tại khu vực sơ tán.", "Công an tỉnh"),
    ("Sở Y tế theo thẩm quyền chỉ đạo các cơ sở y tế sẵn sàng thu dung, cấp cứu người bị nạn.", "Sở Y tế"),
    # a body with no level word before a verb of the plan
    ("Sở Nông nghiệp và Môi trường phụ trách địa bàn các xã ven biển.", "Sở Nông nghiệp và Môi trường"),
    ("Sở Xây dựng sẵn sàng phương tiện, vật tư để ứng cứu khi có sự cố.", "Sở Xây dựng"),
    ("Sở Công Thương khắc phục sự cố lưới điện sau bão.", "Sở Công Thương"),
    ("Trung tâm Kiểm soát bệnh tật dự báo diễn biến dịch bệnh trên địa bàn.", "Trung tâm Kiểm soát bệnh tật"),
    ("Phòng Kỹ thuật cảnh báo sớm nguy cơ sạt lở.", "Phòng Kỹ thuật"),
    ("Bệnh viện Y học cổ truyền thu dung, cấp cứu người bị nạn.", "Bệnh viện Y học cổ truyền"),
    ("Kho bạc Nhà nước đẩy nhanh thanh toán các khoản chi khẩn cấp.", "Kho bạc Nhà nước"),
    ("Ban Quản lý các khu công nghiệp làm tốt công tác tuyên truyền đến doanh nghiệp.",
     "Ban Quản lý các khu công nghiệp"),
    # a unit named for a field of building before its predicate; building as the verb of a list
    ("Vụ Kinh tế xây dựng theo dõi, đôn đốc việc thực hiện định mức.", "Vụ Kinh tế xây dựng"),
    ("Cục Vật liệu xây dựng chủ trì rà soát quy chuẩn vật liệu.", "Cục Vật liệu xây dựng"),
    ("Viện Kinh tế xây dựng phối hợp cập nhật suất vốn đầu tư.", "Viện Kinh tế xây dựng"),
    ("Sở Giáo dục và Đào tạo xây dựng, ban hành hướng dẫn phòng, chống thiên tai trong trường học.",
     "Sở Giáo dục và Đào tạo"),
]

MUST_NOT = [
    # a name that holds "làm", and a role already given with "là"
    ("Trung tâm Dịch vụ việc làm tỉnh chủ trì tư vấn việc làm cho người lao động.", "Trung tâm Dịch vụ việc làm tỉnh"),
    ("Sở Xây dựng là đầu mối hướng dẫn gia cố nhà ở.", "Sở Xây dựng"),
    ("Ban Quản lý dự án đầu tư xây dựng tỉnh chủ trì gia cố đê biển.", "Ban Quản lý dự án đầu tư xây dựng tỉnh"),
    # a unit or a board that holds the verbs
    ("Khoa Hồi sức cấp cứu chủ trì bố trí giường bệnh dự phòng.", "Khoa Hồi sức cấp cứu"),
    ("Ban Chỉ đạo khắc phục hậu quả thiên tai tỉnh chỉ đạo các xã rà soát thiệt hại.",
     "Ban Chỉ đạo khắc phục hậu quả thiên tai tỉnh"),
    ("Trung tâm Dự báo khí tượng thủy văn tỉnh chủ trì cung cấp bản tin.", "Trung tâm Dự báo khí tượng thủy văn tỉnh"),
    ("Phòng Quan trắc, cảnh báo và phòng chống dịch bệnh thủy sản chủ trì lấy mẫu.",
     "Phòng Quan trắc, cảnh báo và phòng chống dịch bệnh thủy sản"),
    # building as the verb, its object after it
    ("Sở Công Thương xây dựng kế hoạch dự trữ hàng hóa thiết yếu.", "Sở Công Thương"),
    ("Sở Giáo dục và Đào tạo xây dựng hướng dẫn an toàn trường học.", "Sở Giáo dục và Đào tạo"),
]


@pytest.mark.parametrize("item, agency", MUST)
def test_the_body_is_named_without_its_role_or_scope(item, agency):
    agencies = _agencies(item)
    assert agencies[0] == agency, agencies
    assert agencies[1:] == ["Sở Tài chính"], agencies


@pytest.mark.parametrize("item, agency", MUST_NOT)
def test_names_that_hold_the_words_are_kept_whole(item, agency):
    assert _agencies(item) == [agency, "Sở Tài chính"]
