"""UTF-8 text decoded as Windows-1252 with errors="replace" and saved again: the five bytes Windows-1252 leaves
undefined (81, 8D, 8F, 90, 9D) became U+FFFD, so "Đ" (C4 90) is "Ä\ufffd", "Á"/"Í"/"Ý" (C3 81/8D/9D) are "Ã\ufffd",
"ề"/"ọ"/"ỏ"/"Ố"/"ờ" (E1 BB 81/8D/8F/90/9D) are "á»\ufffd" and "”" (E2 80 9D) is "â€\ufffd". ftfy repairs the other
letters and leaves these. extractors.formats.mojibake now gives each its byte back: the one whose letter keeps the
case of the letters around it, makes a dictionary word with a neighbour, or is the syllable used most (underthesea's
word list and its tagger's sample text).

Each must row failed before (the letter stayed lost: "Tr�ng tâm", "�VT"); each must-not row reads as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.formats import mojibake
from pipeline.process import process
from tests.metamorphic import assert_read_alike

INVENTED = Path(__file__).parent / "invented" / "raw"


def lossy(text: str) -> str:
    """The text as such a program saves it."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


# a sentence of other mangled letters around each row: the repair is asked only of a text holding enough of them
AROUND = "Kế hoạch triển khai nhiệm vụ năm 2028 của Ủy ban nhân dân huyện Bắc Hà. " * 3

MUST = [
    "ĐVT: triệu đồng",
    "Phòng Giáo dục và Đào tạo huyện",
    "Áp dụng từ ngày 01/7/2028",
    "ÁP DỤNG CÔNG NGHỆ THÔNG TIN",
    "Ý kiến của các sở, ngành",
    "Ít nhất 02 lớp tập huấn",
    "thời gian thực hiện: Quý IV/2028",
    "nhiệm vụ trọng tâm, quan trọng",
    "học sinh trung học cơ sở",
    "đề xuất bổ sung kinh phí",
    "ĐỀ ÁN PHÁT TRIỂN DU LỊCH",
    "KẾ HOẠCH SỐ 12/KH-UBND",
    "bảo vệ rừng phòng hộ ven bờ biển",
    "người dân, người lao động",
    "mọi tầng lớp nhân dân",
    "tổ chức “Ngày hội Đại đoàn kết toàn dân tộc”",
    "bỏ phiếu tín nhiệm",
    "Thường trực Hội đồng nhân dân",
]


@pytest.mark.parametrize("phrase", MUST)
def test_lost_letter_given_back(phrase):
    text = AROUND + "\n" + phrase + "\n"
    mangled = lossy(text)
    assert "\ufffd" in mangled  # the row holds a lost byte
    fixed, issue = mojibake.repaired(mangled)
    assert issue is not None
    assert fixed.split("\n")[1] == phrase


MUST_NOT = [
    # a Vietnamese text with a replacement character of its own (a byte lost elsewhere), no mojibake: as it is
    "Kế hoạch số 12/KH-UBND ngày 05/3/2028 \ufffd của Ủy ban nhân dân tỉnh về trồng rừng; Đề án trọng tâm.",
    # a Western text holding "Ä\ufffd" (a German word whose byte was lost): too few marks, left alone
    "Die Ä\ufffdrzte und die Ä\ufffdmter der Stadt",
]


@pytest.mark.parametrize("text", MUST_NOT)
def test_not_mojibake_left_alone(text):
    assert mojibake.repaired(text) == (text, None)


def test_mojibake_without_loss_repaired_as_before():
    text = AROUND + "Ủy ban nhân dân xã Tân Phú; Hội Nông dân xã; Công an xã.\n"
    mangled = lossy(text)
    assert "\ufffd" not in mangled
    assert mojibake.repaired(mangled)[0] == text


def test_lexicon_read_from_underthesea():
    """Both sources are there (an underthesea that moved them would leave the choice to the first byte)."""
    words, in_words, used = mojibake._lexicon()
    assert "quan trọng" in words and in_words["trọng"] > 10 and used["người"] > 100


@pytest.mark.parametrize("name", [
    "g40_tinh-quanghung_118-kh-ubnd_2027_ung-pho-bao-cap-do-rui-ro-crawl.txt",
    "g42_xa-tanvinh_73-kh-ubnd_2029_san-xuat-vu-he-thu-crawl.txt",
    "g32_tinh-vanson_87-kh-ubnd_2026_giam-ngheo-nguon-von-wordseg.txt",
])
def test_invented_plan_mangled_lossily_reads_alike(name):
    data = (INVENTED / name).read_bytes()
    mangled = lossy(data.decode("utf-8"))
    assert mangled.count("\ufffd") >= 20
    plain = process(name, data)
    repaired = process(name, mangled.encode("utf-8"))
    assert_read_alike(plain, repaired, "text.mojibake_repaired")
