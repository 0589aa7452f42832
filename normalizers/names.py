"""Vietnamese personal names: the family names a name opens with. Pure data and a pure function."""

from __future__ import annotations

import re

# the family names that open most Vietnamese personal names (a name in capitals must start
# with one, so that "PHỤ LỤC" or "BIỂU MẪU" after a signature is not taken for a name)
SURNAMES = {"nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
            "dương", "lý", "đinh", "đoàn", "lâm", "mai", "trịnh", "trương", "đào", "cao", "lương", "hà", "tạ", "lưu",
            "tô", "châu", "thái", "phùng", "quách", "kiều", "vương", "la", "giang", "triệu", "đồng", "hứa", "lại",
            "chu", "cù", "khổng", "kim", "lục", "mạc", "nông", "quan", "tăng", "thân", "tống", "văn", "vi", "y", "a",
            "h", "k", "rơ", "ksor", "nay", "rmah", "siu", "điểu", "thạch", "danh", "sơn", "bế", "hầu", "lò", "lường",
            "sầm", "hoàng", "ninh", "âu", "doãn", "từ", "khúc", "lã", "phí", "tiêu", "ông", "bạch", "hàn", "mã", "nghiêm"}
# rarer family names, Kinh and those of the northern uplands' peoples (H'Mông, Dao, Thái, Tày, Nùng), the
# Central Highlands' and the Khmer's ("GIÀNG A CHU", "SÙNG THỊ MỶ", "TÒNG VĂN BÌNH", "CẦM VĂN ĐOÀN", "MA THỊ
# THÚY"): a name in capitals may start with one too. (Kept apart from SURNAMES, whose marks an OCR reading's
# name is repaired by where only one fits: "Phàn" beside "Phan", "Trình" beside "Trịnh" would stop that.)
OTHER_SURNAMES = {"đàm", "ma", "diệp", "tôn", "trình", "ứng", "khương", "giáp", "cấn", "khuất", "mẫn", "đậu", "uông",
                  "thiều", "tất", "ôn", "vy", "lạc", "đường", "phương", "hoa", "quản", "lữ", "yên", "nhữ", "đới",
                  "viên", "giàng", "sùng", "thào", "vàng", "lầu", "mùa", "cứ", "hờ", "chảo", "bàn", "phàn", "tẩn", "lù",
                  "chẩu", "đèo", "cầm", "quàng", "lèo", "khà", "tòng", "hạng", "sình", "ka", "kpă", "rcom", "ayun",
                  "niê", "mlô", "byă", "êban", "ksơr", "kpuih", "bhling", "pơloong", "alăng", "kiên", "chau"}


FAMILY_NAMES = frozenset(SURNAMES | OTHER_SURNAMES)


def opens_with_family_name(text: str) -> bool:
    """Whether the words open with a family name of either list (case aside; the family name before an apostrophe:
    "H'YIM KĐOH", "K'BRỐT")."""
    words = text.split()
    return bool(words) and re.split(r"['’]", words[0].lower())[0] in FAMILY_NAMES
