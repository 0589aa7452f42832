"""Plain pdftotext text (paragraphs in blank-line blocks, wrapped inside): a short numbered
heading ending in an administrative word ("xã", "huyện", "tỉnh") is whole when the body
under it starts with a capital; a sentence that runs on into a place name still joins
(extractors.layout.wrap.joins). Invented text (helper Q6)."""

from extractors.layout.text import read_text

PROSE = [
    "Ủy ban nhân dân xã Mường Toong ban hành Kế hoạch cấp nước sinh hoạt tập trung",
    "cho các bản vùng cao năm 2027 nhằm bảo đảm sức khỏe của nhân dân như sau:",
    "",
    "Bảo đảm 90% hộ dân vùng cao được sử dụng nước sinh hoạt hợp vệ sinh; duy trì",
    "hoạt động ổn định của các công trình cấp nước tập trung sau khi đầu tư.",
    "",
    "Khảo sát, lập hồ sơ đầu tư 03 công trình cấp nước tập trung tại các bản xa",
    "nguồn nước; huy động nhân dân đóng góp ngày công, vật liệu tại chỗ.",
    "",
    "Lồng ghép nguồn vốn các chương trình mục tiêu quốc gia để hỗ trợ hộ nghèo",
    "xây dựng bể chứa nước mưa và nhà tiêu hợp vệ sinh theo quy định.",
    "",
    "Tổng kinh phí dự kiến là 3.600 triệu đồng, từ nguồn ngân sách tỉnh hỗ trợ,",
    "ngân sách xã và huy động đóng góp của nhân dân trên địa bàn.",
    "",
]
BLOCKS = PROSE + [
    "IV. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Kinh tế",
    "Chủ trì, phối hợp với các đơn vị liên quan tham mưu Ủy ban nhân dân huyện",
    "Mường Nhé bố trí vốn; tổng hợp, báo cáo kết quả thực hiện định kỳ hằng năm.",
    "2. Trạm Y tế xã",
    "Theo dõi, giám sát chất lượng nước sinh hoạt tại các công trình cấp nước tập",
    "trung trên địa bàn xã.",
    "3. Các thôn, bản",
    "Vận động nhân dân tham gia bảo vệ công trình, đóng góp kinh phí vận hành theo",
    "quy định của Ủy ban nhân dân tỉnh.",
    "",
]


def test_short_heading_ending_in_an_administrative_word_is_whole():
    texts = [b.text for b in read_text("\n".join(BLOCKS) + "\n")[0] if b.text]
    assert "2. Trạm Y tế xã" in texts, texts
    assert any(t.startswith("Theo dõi, giám sát") for t in texts), texts


def test_a_sentence_runs_on_into_a_place_name():
    texts = [b.text for b in read_text("\n".join(BLOCKS) + "\n")[0] if b.text]
    assert any("Ủy ban nhân dân huyện Mường Nhé bố trí vốn" in t for t in texts), texts
