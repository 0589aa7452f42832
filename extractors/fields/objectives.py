"""Objectives and their targets, under "Mục tiêu" headings (general / specific),
including the inline project form "- Mục tiêu chung: ..." / "- Mục tiêu cụ thể: + ..."."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from extractors.document import Block, Document
from extractors.fields.common import (AMEND_VERB, BULLET, CHUNK_MIN_ITEMS, LABEL_MARK, chunk_lead, chunk_paragraphs, content_end,
                                      quoted_region, unquoted, span, strip_bullet)
from extractors.fields.task_tables import FIGURE_CELL, headerless_indicator_rows
from extractors.segment import Node, roman_value
from extractors.layout.cells import CODE_HEAD
from extractors.tables.rebuild import BARE_YEAR, UNIT_HEAD
from normalizers.dates import YEAR_RANGE_SIGN
from normalizers.numbers import bound_kind, parse_number
from normalizers.percent import find_percents
from normalizers.text import UPPER

GENERAL = re.compile(r"mục tiêu\s+(?:chung|tổng quát|tổng thể)", re.I)
# "Mục tiêu cụ thể", "Chỉ tiêu cụ thể", "Các chỉ tiêu chủ yếu", "Chỉ tiêu"
# (and a field's: "Các chỉ tiêu chủ yếu về y tế", "Nhóm chỉ tiêu về môi trường", "Chỉ tiêu đối với giáo dục")
# (and the targets by year or field, or those to strive for: "3. Các chỉ tiêu theo năm", "Chỉ tiêu theo từng lĩnh vực",
# "Các chỉ tiêu phấn đấu đến năm 2028"; not "Các chỉ tiêu theo dõi, đánh giá", the follow-up)
# (and an emulation movement's: "II. CHỈ TIÊU THI ĐUA", round G54)
SPECIFIC = re.compile(r"(?:mục tiêu|chỉ tiêu)\s+cụ thể|^(?:\d+\.\s*)?(?:các\s+)?(?:nhóm\s+)?chỉ tiêu(?:\s+(?:chủ yếu|chính|cơ bản|phấn đấu|thi đua))?"
                      r"(?:\s+(?:về|đối với|trong lĩnh vực|lĩnh vực)\s+[^\d.:;]{2,60}?)?"
                      r"(?:\s+theo\s+(?:từng\s+)?(?:năm|giai đoạn|lĩnh vực|ngành)(?:,\s*(?:năm|giai đoạn|lĩnh vực|ngành))*)?"
                      r"(?:\s+(?:đến(?: hết)? năm|trong năm|năm|giai đoạn)\s+\d{4}(?:\s*[-–]\s*\d{4})?)?\s*:?$", re.I)
OBJECTIVE = re.compile(r"^mục tiêu\b", re.I)
# the section of an amending plan that restates its changed objectives, named for nothing else: "I. ĐIỀU CHỈNH MỤC
# TIÊU", "Sửa đổi, bổ sung mục tiêu, chỉ tiêu" (not a task that adjusts an aim: "3. Điều chỉnh mục tiêu đầu tư ...")
# (and where they stand in the plan it amends: "Điều chỉnh, bổ sung một số chỉ tiêu tại khoản 2 Điều 1 Nghị quyết số
# 12/2025/NQ-HĐND như sau:", "Sửa đổi các chỉ tiêu của Kế hoạch số 205/KH-UBND như sau:"; round G60)
AMENDED_OBJECTIVES = re.compile(r"^(?:điều chỉnh|sửa đổi|bổ sung)(?:\s*,\s*(?:sửa đổi|bổ sung|điều chỉnh))?\s+"
                                r"(?:(?:một số|các)\s+)?(?:mục tiêu|chỉ tiêu)(?:\s*(?:,|và)\s*(?:mục tiêu|chỉ tiêu))?"
                                r"(?:\s+(?:tại|của|trong)\s+(?:(?:điểm|khoản|mục|Điều|Phần|tiết)\s+[\w.]+\s*,?\s*)*"
                                r"(?:Nghị quyết|Kế hoạch|Quyết định|Chương trình|Đề án)\s+(?:số\s+)?[\w/.-]+"
                                r"(?:\s+ngày\s+[\d/]+(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4})?)?(?:\s+như sau)?)?\s*:?$",
                                re.I)
# a resolution's Article that adopts the targets listed under it, its heading a sentence that ends on them: "Điều 1.
# Tán thành ..., Hội đồng nhân dân tỉnh quyết định các chỉ tiêu chủ yếu năm 2009 như sau:" over "1. Tốc độ tăng trưởng
# ... đạt 11 - 12%;" (not an Article over its own "1. Mục tiêu", "2. Các chỉ tiêu chủ yếu" headings, nor one that adopts
# a plan or its tasks: "... thông qua kế hoạch năm 2010 như sau:", "... mục tiêu, nhiệm vụ, giải pháp năm 2026 như sau:")
# (and whose they are: "với các chỉ tiêu chủ yếu của toàn huyện như sau:", "các chỉ tiêu chủ yếu năm 2018 của toàn
# tỉnh như sau:", "các chỉ tiêu trên địa bàn thị xã sau:")
ADOPTS_TARGETS = re.compile(r"\b(?:các\s+)?chỉ tiêu(?:\s+(?:chủ yếu|chính|cơ bản|kinh tế\s*-\s*xã hội))?"
                            r"(?:\s+(?:năm|giai đoạn|đến năm)\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?"
                            r"(?:\s+(?:của\s+(?:toàn\s+)?|trên địa bàn\s+(?:toàn\s+)?|toàn\s+)"
                            r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn))?"
                            r"\s*(?:như sau|sau đây|sau)?\s*:?\s*$", re.I)
# (a school year aims at its end: "Đến hết năm học 2025 - 2026" -> 2026)
YEAR_BY = re.compile(r"(?:đến(?: hết)?|tới|trong|vào)\s+(?:cuối\s+)?năm\s+(?:học\s+(?:19|20)\d{2}\s*[-–]\s*)?((?:19|20)\d{2})",
                     re.I)
# a deadline's year with no "năm": "Đến 2030, ...", "tới hết 2028" (not "từ 1.500 đến 2000 người", not a date
# "đến 2030/..." or a number "đến 2030,5")
BARE_BY = re.compile(r"(?<![\d%]\s)(?<![\d%])(?<!\w)(?:đến|tới)(?:\s+hết)?\s+(20[1-9]\d)(?!\d|\s*%|[/.,]\d|\s+(?:người|hộ|lượt|học sinh|ha|tấn|km)\b)", re.I)
# a deadline within a quarter or a month of the year: "trong quý I năm 2026", "trước tháng 9/2026", "đến hết quý
# III/2028" (not "so với quý I năm 2025", not a report's "quý IV/2026")
PART_BY = re.compile(r"(?:đến(?: hết)?|tới|trong|vào|trước)\s+(?:cuối\s+)?(?:quý\s+[IV]{1,3}|tháng\s+\d{1,2})\s*(?:năm\s+|/\s*)"
                     r"((?:19|20)\d{2})(?!\d)", re.I)
# a deadline date: "100% thôn ... trước ngày 31/12/2026", "chậm nhất ngày 30 tháng 6 năm 2026", a milestone
# "Đến hết ngày 30/6/2024, giải ngân đạt 45% ..." (not a date the item counts from or is measured at: "tính đến
# ngày 31/12/2025", "so với ngày 01/01/2025")
DATE_BY = re.compile(r"(?:trước|chậm nhất(?: là)?|(?<!\w)(?<!tính )(?:đến|tới)(?: hết)?\s+ngày)\s+(?:ngày\s+)?\d{1,2}\s*(?:/|\s+tháng\s+)\d{1,2}\s*(?:/|\s+năm\s+)"
                     r"((?:19|20)\d{2})(?!\d)", re.I)
# an item's own year besides "đến năm": a closing "(năm 2028)" / "(2028)", or the end of the period it
# runs over ("Giai đoạn 2026-2030, ... bình quân 3,5%/năm"; not "so với giai đoạn 2021-2025", nor the period a thing
# comes from, "dự án chuyển tiếp từ giai đoạn 2021 - 2025", "của giai đoạn 2021 - 2025": round G32)
# ... or a bare closing "năm 2026" after a percentage ("Phấn đấu 80%-85% hộ ... năm 2026."; not "so với năm
# 2020", "như năm 2022", "cùng kỳ năm 2024", "từ năm 2020", "của năm 2025")
ITEM_YEAR = re.compile(r"\((?:năm\s+)?((?:19|20)\d{2})\)\s*[.;,]?\s*$|"
                       r"(?<!từ )(?<!của )giai đoạn\s+(?:19|20)\d{2}\s*" + YEAR_RANGE_SIGN + r"\s*((?:19|20)\d{2})(?!\d)|"
                       r"(?<![\w/])(?<!cùng kỳ )(?<!như )(?<!từ )(?<!của )năm\s+((?:19|20)\d{2})\s*[.;,]?\s*$", re.I)
BASELINE_BEFORE = re.compile(r"\b(?:so\s+với|hơn|bằng)\b[^,;.]{0,25}$", re.I)  # "so với (trung bình) giai đoạn ..."
# a work to be finished before a year: "100% dự án chuyển tiếp ... hoàn thành, đưa vào sử dụng trước năm 2028", "hoàn
# thành xây dựng trước năm 2027" (a completion's deadline; not "nhà xây trước năm 2000", a thing's age; round G32)
DONE_BEFORE = re.compile(r"\b(?:hoàn thành|đưa vào (?:sử dụng|vận hành|khai thác)|hoàn tất)\b[^;.]{0,60}?\btrước\s+năm\s+"
                         r"((?:19|20)\d{2})(?!\d)", re.I)
# the year after the level an item rises or falls to, its starting level's year before it: "từ 65% năm 2023 lên 80%
# năm 2024", "từ 18% năm 2024 xuống dưới 10% năm 2028" (not the "năm 2023" of the starting level)
LEVEL_YEAR = re.compile(r"\b(?:lên|xuống|còn)\s+(?:(?:mức|trên|dưới|còn|khoảng|ít nhất|tối thiểu)\s+)?\d[\d.,]*\s*%"
                        r"\s*,?\s*(?:vào\s+)?(?:cuối\s+)?năm\s+((?:19|20)\d{2})(?!\d)", re.I)


# an item that opens on its year: "Năm 2018, hình thành thêm 05 điểm du lịch ...", "Năm 2027: 100% xã ..." (not a
# year that is the subject: "Năm 2025 là năm ...", nor a baseline "So với năm 2020, ...")
OPENING_YEAR = re.compile(r"^\W{0,3}năm\s+((?:19|20)\d{2})\s*[,:]\s*\S", re.I)
# (PAST_OPENING_YEAR) not a year before the first of the plan's period: "Năm 2022, Chỉ số SIPAS đạt 81,2%; năm 2023 phấn
# đấu đạt trên 86%" in a plan for 2023 tells the level the item starts from; it aims at the year of its level, or at
# its heading's
# ... or on the year it aims at: "Phấn đấu năm 2027, tỷ lệ ... đạt 45%", "Phấn đấu trong năm 2026 có 100% ...",
# "Riêng năm 2028: ..." (not "Phấn đấu năm 2027 là năm ...")
OPENING_AIM = re.compile(r"^\W{0,3}(?:phấn đấu(?:\s+trong)?|riêng)\s+năm\s+((?:19|20)\d{2})(?!\d)\s*[,:]?\s+(?!là\b)\S", re.I)


# a year of four digits as the patterns _item_year tries read one ("19xx", "20xx"): the cheap test before them
_ANY_YEAR = re.compile(r"(?:19|20)\d{2}")


def _item_year(text: str) -> int | None:
    """The year an item names for itself (see OPENING_YEAR, OPENING_AIM, YEAR_BY, BARE_BY, PART_BY, DATE_BY, LEVEL_YEAR,
    DONE_BEFORE, ITEM_YEAR), or None."""
    if not _ANY_YEAR.search(text):
        return None  # (each of those patterns reads a year of four digits: most items name none)
    own = (OPENING_YEAR.match(text) or OPENING_AIM.match(text) or YEAR_BY.search(text) or BARE_BY.search(text) or PART_BY.search(text)
           or DATE_BY.search(text) or LEVEL_YEAR.search(text) or DONE_BEFORE.search(text))
    if own:
        return int(own.group(1))
    for m in ITEM_YEAR.finditer(text):
        if m.group(3) and "%" not in text[: m.start()]:
            continue  # (a closing year with no percentage before it may name a thing: "kế hoạch vốn ... năm 2018")
        if m.group(1) or not BASELINE_BEFORE.search(text, 0, m.start()):
            return int(m.group(1) or m.group(2) or m.group(3))
    return None
# a heading that names the year of its items: "2. Chỉ tiêu cụ thể năm 2026", "Mục tiêu cụ thể năm học 2025 - 2026"
HEAD_YEAR = re.compile(r"\bnăm\s+(?:học\s+(?:19|20)\d{2}\s*[-–]\s*)?((?:19|20)\d{2})\s*:?\s*$", re.I)
# a heading under "Mục tiêu" that sets a horizon rather than a kind: "3. Định hướng đến năm 2030",
# "Tầm nhìn đến năm 2045", "Phấn đấu đến năm 2030" (its items are objectives too)
HORIZON = re.compile(r"^(?:định hướng|tầm nhìn|(?:phấn đấu\s+)?đến(?: hết)? năm\s+(?:19|20)\d{2})\b", re.I)
# a section of what comes next that names its year for the targets under it: a report's "III. PHƯƠNG HƯỚNG, NHIỆM
# VỤ NĂM 2025" over "1. Mục tiêu, chỉ tiêu chủ yếu", "KẾ HOẠCH NĂM 2026", "NHIỆM VỤ TRỌNG TÂM NĂM 2027" (not "KẾT
# QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024": what was done)
FORWARD_HEAD = re.compile(r"^(?:phương hướng|định hướng|nhiệm vụ|kế hoạch)\b[^:;.]{0,80}?\bnăm\s+((?:19|20)\d{2})\s*:?\s*$",
                          re.I)
# items numbered inside one paragraph: "(1) Tỷ lệ ... đạt 80%; (2) 100% hồ sơ ...; (3) ..."
ENUMERATED = re.compile(r"(?:^|(?<=[\s:;,.]))\((\d{1,2})\)\s+")
# a lead-in line that names the year of the items under it: "a) Năm 2026:", "Riêng năm 2027:"
# (and the lead-in that aims at that year or lists its targets: "Phấn đấu năm 2026:", "Chỉ tiêu năm 2027:", round G12;
# not "So với năm 2024:", a base to compare with)
YEAR_LEAD = re.compile(r"^(?:riêng\s+|phấn đấu\s+|(?:các\s+)?chỉ tiêu(?:\s+chủ yếu)?\s+)?năm\s+((?:19|20)\d{2})\s*:?\s*$", re.I)
# a lead-in line that names a stage of the plan: "a) Giai đoạn 2026 - 2028:" (its items aim at the stage's end)
PERIOD_LEAD = re.compile(r"^(?:trong\s+)?giai đoạn\s+(?:từ\s+(?:năm\s+)?)?(?:19|20)\d{2}\s*(?:[-–]|đến)\s*(?:năm\s+)?((?:19|20)\d{2})\s*:?\s*$",
                         re.I)
# "03 cơ sở", "10 mô hình", "300 người"
# (not the "15" of "Quyết định số 15", not a road's number: "Đường tỉnh 217 km", not "15 trường hợp";
# a longer noun before the shorter it starts with: "03 tổ dân phố", "12 bản tin", "02 cơ sở dữ liệu")
# (every match opens on "từ" or a digit: the look-ahead asks that first, one character's test where the four
# look-behinds were tried at every position of a long item; half the time of a search, the same matches)
COUNTED = re.compile(r"(?=từ|\d)(?<![\w.,/])(?<!số )(?<!tỉnh )(?<!lộ )(?:(?:từ\s+)?(\d{1,3}(?:\.\d{3})*)\s*(?:-|–|đến|tới)\s*)?(\d{1,3}(?:\.\d{3})*)\s+(cơ sở dữ liệu|cơ sở|mô hình|người|xã|huyện|trung tâm|văn phòng|lớp|cuộc|"
                     r"hội nghị|đợt|trẻ em|hộ gia đình|hộ|cán bộ|điểm(?!\s*(?:%|phần trăm))|câu lạc bộ|nhóm|tổ dân phố|tổ|lượt|lao động|học sinh|doanh nghiệp|"
                     r"hợp tác xã|sản phẩm|thôn|bản tin|bản|trường(?! hợp)|công trình|giường bệnh|phòng học|ha|km|"
                     r"lễ hội|di tích|làng nghề|căn nhà|nhà|buổi|phóng sự|chuyên mục|ấn phẩm|tài liệu|học liệu|hồ sơ|"
                     r"dự án|đội|chợ|cụm công nghiệp|khu công nghiệp|học viên|giáo viên|hội viên|đoàn viên|tấn|"
                     r"làng|trang(?! thiết| phục| trại)|sự kiện|hội thi|hội thảo|tin bài|bài viết|khu dân cư|ấp|phường|"
                     r"thị trấn|trạm|tuyến|thư viện|bệnh viện|phòng khám)(?!\w)")
# an item's own label: "a)", "1.", "2.1.", "3)", "(4)" (not the "50" of "50 cơ sở", not "1.500")
# "a)", "b/", "c." (as a browser draws <ol type="a">), "1.", "2.1.", "3)", "(4)"
# (or glued to a capital, a PDF that lost the space: "a.Tỷ lệ ...", "2.Phấn đấu ..."; not the letters that shorten
# a place word, "x.Tân Phú", as segment.GLUED_LETTER)
GLUED_LABEL = r"(?:[a-gi-oru-wyđ][./]|\d{1,2}(?:\.\d{1,2})*[.)]|\(\d{1,2}\))(?=[" + UPPER + r"])"
# (not the low end of a range that opens the item: "- 90 - 95% hồ sơ ...", "8 - 9% hộ ...": two numbers of as many
# digits around the dash, a percent after the second, are a range; "1 - 95% hồ sơ ..." is still item 1)
OPENING_RANGE = r"(?!(?:\d\s?-\s*\d|\d{2}\s?-\s*\d{2})(?:[.,]\d+)?\s?%)"
# (and a number of levels with no stop after it before a capital or a percent: "2.1 Về hạ tầng", "2.1.1 Tỷ lệ ...",
# "2.1.2 100% ..."; round G30)
BARE_LEVELS = r"\d{1,2}(?:\.\d{1,2})+\s+(?=[" + UPPER + r"]|\d{1,3}(?:,\d+)?\s?%)"
ITEM_LABEL = re.compile(r"^" + OPENING_RANGE + r"(?:(?:" + LABEL_MARK + r"|\(\d{1,2}\))\s+|" + GLUED_LABEL + "|" + BARE_LEVELS + ")")
INLINE = re.compile(r"^[-+•*]?\s*(Mục tiêu\s+(?:chung|tổng quát|cụ thể))\s*:\s*(.*)$", re.I)
# a starting level, not a commitment: the "18%" of "so với 18% năm 2025", of "so với mức 18%"
BASELINE_AFTER_SO_VOI = re.compile(r"\bso\s+với\s+(?:(?:mức|t[ỷỉ] lệ)\s+)?$", re.I)
# the "80%" of "tăng từ 80% năm 2025 lên 95%", "giảm từ 5% xuống còn 3%" (not "từ 80% trở lên", "từ 2% đến 5%")
BASELINE_FROM = re.compile(r"\btừ\s+(?:mức\s+)?$", re.I)
# (or changed into the new level: "điều chỉnh từ 45% thành 47%"; round G60)
BASELINE_TO = re.compile(r"^\s*(?:\(?(?:năm\s+(?:19|20)\d{2}|hiện nay|hiện tại)\)?\s*,?\s*)?(?:lên|xuống|còn|"
                         r"thành(?=\s+(?:mức\s+)?\d))(?!\w)", re.I)
# a year's level in brackets: the "38%" of "đạt 50% (năm 2025: 38%)", "(2025 là 38%)", and a year's
# result so stated: "giảm từ 3 - 4% (năm 2017 giảm 3,6%)", "(năm 2024 ước đạt 61%)", "(năm 2020 tăng 2,1%)"
# ... and a year's share so stated: "chiếm 38,5% dân số toàn tỉnh (năm 2026 chiếm 36,1%)" (round G42)
BASELINE_BRACKET = re.compile(r"\((?:năm\s+)?((?:19|20)\d{2})\s*(?::|là|(?:ước\s+)?(?:đạt|giảm|tăng|chiếm)(?:\s+còn)?|còn)?\s*$",
                              re.I)
# today's level in brackets: the "15,3%" of "xuống còn 12% (hiện nay 15,3%)", "(hiện tại là 88%)", "(hiện đạt 52%)"
# ... and the level an amending plan replaces: "giảm 3,5% (trước đây là 3%)", "(cũ: 3%)", "(Kế hoạch cũ là 3%)",
# "đạt 60%, thay cho 55%", "đạt 42% (thay cho chỉ tiêu 38% tại Kế hoạch số ...)" (round G56)
# ... and the level of the plan it amends, named by its number: "thành 92% (Kế hoạch số 47/KH-UBND là 88%)", "(tại
# Nghị quyết số 12/NQ-HĐND: 60%)" (round G38)
BASELINE_NOW = re.compile(r"\((?:hiện nay|hiện tại|hiện|trước đây|trước|cũ|mức cũ|chỉ tiêu cũ|kế hoạch cũ)\s*"
                          r"(?::|là|đạt|mới đạt|ở mức|chỉ đạt|ghi|chiếm)?\s*(?:khoảng\s+)?$|\b(?:thay cho|thay vì)\s+(?:mức\s+|chỉ tiêu\s+)?$", re.I)
BASELINE_CITED = re.compile(r"\((?:theo\s+|tại\s+)?(?:kế hoạch|nghị quyết|quyết định|chương trình|đề án)\s+số\s+[^\s:()]+"
                            r"(?:\s+ngày\s+[\d/]+)?\s*(?::|là|ghi|đạt)\s*(?:khoảng\s+)?$", re.I)
# the change a target makes, in brackets after it: the "5%" of "100 % sản phẩm ... (tăng 5% so với năm 2024)", "đạt 60%
# (giảm 3% so với năm 2025)" -- a comparison, not a second target (a change the item itself commits to, "giảm 15% so
# với năm 2025" outside brackets, stays a target)
CHANGE_IN_BRACKET = re.compile(r"%[^()]{0,120}\(\s*(?:(?:mức|chỉ tiêu)\s+)?(?:tăng|giảm|cao hơn|thấp hơn)(?:\s+(?:thêm|khoảng))?\s*$",
                               re.I)
COMPARED_AFTER = re.compile(r"\s*(?:điểm\s+phần\s+trăm\s+|điểm\s+)?so\s+(?:với|cùng)\b", re.I)
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# a level set for a year, right before its percentage: "năm 2026 đạt 60%, năm 2027 đạt 75%", "năm 2028: 90%"
# a level's year right after it: "60% vào năm 2028", "85% (năm 2031)", "70% đến năm 2030" (not "so với năm 2025")
YEAR_AFTER_LEVEL = re.compile(r"\s*\(?\s*(?:vào\s+|đến\s+|trong\s+)?(?:cuối\s+)?năm\s+((?:19|20)\d{2})(?!\d)", re.I)
# years listed before levels given in their order: "đến năm 2028, 2031 lần lượt đạt ..."
RESPECTIVE_YEARS = re.compile(r"(?:19|20)\d{2}(?:\s*(?:,|và)\s*(?:năm\s+)?(?:19|20)\d{2})+(?=\s*(?:,\s*)?lần lượt\b)", re.I)
# milestones on the way to an item's level: "..., trong đó năm 2029 đạt 40%", "(lộ trình: năm 2029 đạt 40%, ...)"
MILESTONES = re.compile(r"(?:\btrong đó|\blộ trình|\bcụ thể)\s*:?\s*(?:đến\s+)?năm\s+(?:19|20)\d{2}\b", re.I)
# ... or after the levels that "lần lượt" / "tương ứng" give in their order: "đạt lần lượt 38%, 42% và 45% vào các năm
# 2028, 2029, 2030", "đạt 50%, 70%, 90% tương ứng với các năm 2027, 2028, 2030" (round G62)
RESPECTIVE_YEARS_AFTER = re.compile(r"(?:\blần lượt\b[^;]*?|\btương ứng(?:\s+với)?\s+)(?:vào\s+|trong\s+)?(?:các\s+)?năm\s+"
                                    r"((?:19|20)\d{2}(?:\s*(?:,|và)\s*(?:năm\s+)?(?:19|20)\d{2})+)(?!\d)", re.I)
# ("đến năm 2030 có 70%" too)
YEAR_LEVEL = re.compile(r"(?<![(\w])năm\s+((?:19|20)\d{2})\s*(?::|là|đạt|có|phấn đấu đạt)?\s*(?:trên|từ|ít nhất|tối thiểu)?\s*$",
                        re.I)


def _baseline(text: str, start: int, end: int, year: int | None, first: int | None = None) -> bool:
    """A percentage the item starts from rather than commits to: after "so với", a "từ ..."
    followed by "lên"/"xuống"/"còn", today's level in brackets ("(hiện nay 15,3%)"), or a bracketed year's level when the item aims at a
    later year ("Đến năm 2030 đạt 50% (năm 2025: 38%)"; "(năm 2030: 50%)" is kept) or the year
    is before the plan's period (`first`, its first year: "đạt 85% (năm 2024: 62%)" in a 2025 plan)."""
    before = text[max(0, start - 30): start]
    if BASELINE_AFTER_SO_VOI.search(before):
        return True
    if BASELINE_FROM.search(before) and BASELINE_TO.match(text[end: end + 30]):
        return True
    cited_from = max(0, start - 80)  # (a plan's number and date make a long bracket: BASELINE_CITED)
    if BASELINE_NOW.search(before) or ("số" in text[cited_from: start] and BASELINE_CITED.search(text, cited_from, start)):
        return True
    if CHANGE_IN_BRACKET.search(text, max(0, start - 150), start) and COMPARED_AFTER.match(text, end):
        return True
    if m := BASELINE_BRACKET.search(before):
        years = [int(y) for y in YEAR.findall(text[:start - len(before) + m.start()] + text[end:])]
        aims = max(years + ([year] if year else []), default=None)
        if aims is not None and int(m.group(1)) < aims:
            return True
        return first is not None and int(m.group(1)) < first
    return False


# a clause that opens on its year and tells that year's level: "Năm 2020 tỷ lệ che phủ rừng đạt 46,2%" before
# "; phấn đấu đến năm 2025 duy trì ... 47%" or ", đến năm 2030 đạt 45%" (see _past_level)
PAST_OPENING = re.compile(r"\s*\W{0,3}(?:trong\s+|cuối\s+|hết\s+)?năm\s+((?:19|20)\d{2})\b", re.I)


# the aim that follows a year's level in the next clause, naming no year of its own: "Năm 2022, tỷ lệ ... đạt 41%;
# phấn đấu đạt trên 60%", "..., phấn đấu năm nay đạt 55%" (round G26)
AIM_AFTER = re.compile(r"[^;,.]{0,40}[;,.]\s*(?:và\s+|năm nay\s+|trong năm\s+)?phấn đấu\b", re.I)


def _past_level(text: str, at: int, end: int, years: list[tuple[int, int]], start: Callable[[], int | None] | None) -> bool:
    """A level told in a clause that opens on a year before the plan's period, no other year between it and the level,
    the item naming a later year after it ("Năm 2018 tỷ lệ ... là 21,4%; năm 2019 giảm xuống dưới 20,5%" in a plan
    for 2019): the result the item starts from, no target (a level of a year of the plan is one: "năm 2026 đạt 60%;
    năm 2027 đạt 75%"). `years`: (position, year) of every year the text names."""
    m = PAST_OPENING.match(text, text.rfind(";", 0, at) + 1)
    if m is None or m.end() > at:
        # (or the level's own year right before it, inside the clause: "Tỷ lệ hộ dùng nước sạch năm 2029 đạt 86,5%,
        # phấn đấu năm 2030 đạt trên 90%", "...: năm 2029 đạt 92%; phấn đấu năm 2030 đạt 95%" in a plan for 2030;
        # round G40)
        m = YEAR_LEVEL.search(text, max(0, at - 40), at)
    if m is None or m.end() > at or start is None:
        return False
    past = int(m.group(1))
    if any(m.end() <= pos < at for pos, _ in years) or not (any(pos >= end and y > past for pos, y in years)
                                                             or AIM_AFTER.match(text, end)):
        return False
    first = start()
    return first is not None and past < first


# the wording an amendment replaces, quoted before its new wording: 'Thay thế chỉ tiêu "... đạt 70%" bằng chỉ tiêu "...
# đạt 80%"', 'Sửa đổi chỉ tiêu "Có ít nhất 25 điểm ..." thành "Có ít nhất 35 điểm ..."', 'cụm từ "60%" được thay bằng
# cụm từ "65%"' (its numbers were the old plan's, no targets; round G38)
REPLACED_QUOTE = re.compile(r"[\"“]([^\"“”]{1,300})[\"”]\s*(?:(?:được|đã được)\s+)?(?:thay\s+)?(?:bằng|thành)(?!\w)"
                            r"(?!\s+(?:phố|viên|lập|công|tích|phần|thị|tựu|quả)(?!\w))", re.I)
# ... and unquoted after "thay thế" a target or its wording: "thay thế chỉ tiêu tỷ lệ ... đạt 70% bằng chỉ tiêu ...
# 80%" (not a task that replaces things: "Thay thế 100% bóng đèn sợi đốt bằng đèn LED" commits to its 100%)
REPLACED_PLAIN = re.compile(r"\bthay thế\s+((?:các\s+)?(?:chỉ tiêu|mục tiêu|cụm từ|nội dung|mức)\b[^;.\"“”]{3,300}?)"
                            r"\s+bằng(?!\w)", re.I)


def _replaced(text: str) -> list[tuple[int, int]]:
    """The stretches of `text` an amendment replaces (REPLACED_QUOTE, REPLACED_PLAIN)."""
    if "bằng" not in text and "thành" not in text:
        return []
    return [m.span(1) for m in REPLACED_QUOTE.finditer(text)] + [m.span(1) for m in REPLACED_PLAIN.finditer(text)]


def targets_in(text: str, offset: int, year: int | None = None, start: Callable[[], int | None] | None = None) -> list[dict]:
    """The numbers `text` commits to (`year`: the year the item aims at, if known; `start()`: the
    first year of the plan's period, asked for only by a bracketed year's level or a clause opening on its year)."""
    out = []
    replaced = _replaced(text)
    years = [(y.start(), int(y.group())) for y in YEAR.finditer(text)] if "năm" in text.lower() else []
    for p in find_percents(text):
        first = start() if start is not None and BASELINE_BRACKET.search(text[max(0, p.start - 30): p.start]) else None
        if p.bound != "range" and _baseline(text, p.start, p.end, year, first):
            continue
        if any(a <= p.start < b for a, b in replaced):
            continue
        if years and _past_level(text, p.start, p.end, years, start):
            continue
        clause_start = max(text.rfind(";", 0, p.start), text.rfind(".", 0, p.start - 1 if p.start else 0)) + 1
        clause_end = min([i for i in (text.find(";", p.end), text.find(".", p.end)) if i >= 0] or [len(text)])
        indicator = text[clause_start:clause_end].strip() or None
        where = span(offset + p.start, offset + p.end)
        if p.bound == "range" and p.high is not None:
            # "60-70%" commits to both ends: the lower as a minimum, the upper as a maximum
            out.append({"value": p.value, "value_high": p.high, "unit": "percent", "raw": p.raw, "bound": "min",
                        "indicator": indicator, "span": where})
            out.append({"value": p.high, "value_high": None, "unit": "percent", "raw": p.raw, "bound": "max",
                        "indicator": indicator, "span": dict(where)})
            continue
        out.append({"value": p.value, "value_high": p.high, "unit": "percent", "raw": p.raw, "bound": p.bound,
                    "indicator": indicator, "span": where})
    for m in COUNTED.finditer(text):
        value = parse_number(m.group(2)).value
        if value is None or any(a <= m.start() < b for a, b in replaced):
            continue
        low = parse_number(m.group(1)).value if m.group(1) else None
        if low is not None and low < value:  # "từ 01 đến 03 mô hình"
            out.append({"value": float(low), "value_high": float(value), "unit": m.group(3), "raw": m.group(0),
                        "bound": "range", "indicator": None, "span": span(offset + m.start(), offset + m.end())})
            continue
        start = m.start(2)
        if BASELINE_FROM.search(text[max(0, start - 30): start]) and BASELINE_TO.match(text[m.end(): m.end() + 30]):
            continue  # the count a change starts from: "từ 2.000 người xuống 1.600 người" (round G38)
        before, after = text[max(0, start - 20): start], text[m.end(): m.end() + 15]
        out.append({"value": float(value), "unit": m.group(3), "raw": text[start: m.end()], "bound": bound_kind(before, after),
                    "indicator": None, "span": span(offset + start, offset + m.end())})
    return sorted(out, key=lambda t: t["span"]["start"])


# an indicator table under "Mục tiêu cụ thể": Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2027 | ...
INDICATOR_HEAD = re.compile(r"^(?:tên\s+)?(?:các\s+)?(?:chỉ tiêu|nội dung(?:\s+chỉ tiêu)?|danh mục chỉ tiêu)\b", re.I)
# a column of levels the plan sets: a year, "Mục tiêu đến năm 2030", "Kế hoạch 2026", "Chỉ tiêu giai đoạn"
LEVEL_HEAD = re.compile(r"(?:19|20)\d{2}|mục tiêu|kế hoạch|chỉ tiêu|phấn đấu", re.I)
# a column of what was reached or a starting level, or of no level at all: "Thực hiện 2025", "Ước TH 2025",
# "Hiện trạng", "Năm cơ sở", "Kết quả", "So sánh", "Tăng/giảm", "Ghi chú", "Cơ quan chủ trì"
NOT_LEVEL_HEAD = re.compile(r"thực hiện|\bước\b|\bTH\b|hiện trạng|hiện nay|năm gốc|năm cơ sở|kết quả|so sánh|tăng|giảm|"
                            r"lũy kế|ghi chú|chủ trì|phối hợp|cơ quan|đơn vị thực hiện|thời gian|stt", re.I)
# a level in a cell: "85", "80,5", "≥ 95", "trên 90%", "85-90", "từ 70 trở lên"; and with the verb that sets it or
# what the percent counts: "Đạt 85", "Giảm 1,5" (a decrease is the level the row sets), "100% số xã"
# (thousands grouped by a dot or a space: "1.200", "1 200", as web scrapes and OCR layers give them; round G29)
CELL_LEVEL = re.compile(r"^(?:(?:đạt|phấn đấu đạt|khoảng|duy trì|giảm|tăng)\s+)?"
                        r"(≥|>=|>|≤|<=|<|trên|dưới|tối thiểu|tối đa|ít nhất|không dưới|không quá|từ)?\s*"
                        r"(\d{1,3}(?:[. ]\d{3})*(?:,\d+)?)\s*(%)?\s*(?:(?:-|–|đến)\s*(\d{1,3}(?:[. ]\d{3})*(?:,\d+)?)\s*(%)?)?"
                        r"\s*(trở lên|trở xuống)?(?:(?<=%)\s*số\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2})?$", re.I)
MONEY_UNIT = re.compile(r"\bđồng\b|\bUSD\b|tr\.?đ", re.I)  # "triệu đồng", "tỷ đồng", "tr.đ"
# an indicator table's level cell that sets a rank, a climb or a share in words: "Nhóm 15 tỉnh dẫn đầu", "Tăng 3 bậc",
# "Top 10", "Xếp thứ 20 trở lên", "2/3 số xã" (the row is an objective with no percent; not "Năm 2025", "-", a sum)
RANK_LEVEL = re.compile(r"^(?:(?:duy trì|giữ vững|phấn đấu|đạt|tăng|nằm)\s+)*(?:(?:trong\s+)?(?:nhóm|top)\s*\d{1,3}\b|"
                        r"(?:ít nhất|tối thiểu|từ)?\s*\d{1,2}\s*bậc\b|(?:xếp\s+)?(?:thứ|hạng)\s+\d{1,3}\b|"
                        r"(?:ít nhất|tối thiểu)?\s*\d{1,2}\s*/\s*\d{1,2}\s+số\b|"
                        r"(?:chuẩn\s+)?(?:mức|cấp)\s+(?:độ\s+)?\d{1,2}$)", re.I)  # (a grade in words: "mức độ 2")
# a row of an indicator table that is money to spend, not a level: "Kinh phí nâng cấp trạm y tế", "Vốn đầu tư
# công", "Dự toán chi thường xuyên" (not "Thu ngân sách trên địa bàn" nor "Thu nhập bình quân", the economy's levels)
SPENDING_ROW = re.compile(r"^(?:tổng\s+)?(?:kinh phí|chi phí|(?:nguồn\s+|kế hoạch\s+)?vốn|dự toán|chi\b|ngân sách|"
                          r"giải ngân)", re.I)


# a column headed by a year alone ("Năm 2025", "2025") and one that names the level it sets ("Mục tiêu
# 2030", "Kế hoạch năm 2028", "Phấn đấu đến 2029", "Giai đoạn 2026 - 2030")
BARE_YEAR_HEAD = re.compile(r"^(?:năm\s+)?((?:19|20)\d{2})$", re.I)
NAMED_LEVEL_HEAD = re.compile(r"mục tiêu|kế hoạch|chỉ tiêu|phấn đấu|giai đoạn", re.I)


def _starting_level_dropped(levels: list[int], heads: list[str], start: Callable[[], int | None]) -> list[int]:
    """`levels` less the one column headed by a year alone when another column names the level
    it sets for a later year ("Năm 2025 | Mục tiêu 2030"): the bare year beside the named target
    is where the plan starts from. Several bare years ("Năm 2026 | Năm 2028 | Mục tiêu 2030")
    are levels set year by year and stay, unless the year is before the plan's period (`start()`,
    its first year): "Năm 2025 | Năm 2030" in a plan for 2026-2030 starts from 2025."""
    if len(levels) > 1 and (first := start()) is not None:
        # a level of a year before the plan's under a header of two rows ("Năm 2023" over "Kế hoạch | Ước thực hiện"
        # beside "Kế hoạch năm 2024"): last year's plan, which this one is compared with, when a later level is set
        # (round G30)
        years = {c: [int(y) for y in YEAR.findall(heads[c])] for c in levels}
        past = {c for c in levels if years[c] and max(years[c]) < first and not BARE_YEAR_HEAD.match(" ".join(heads[c].split()))}
        if past and any(years[c] and max(years[c]) >= first for c in levels if c not in past):
            levels = [c for c in levels if c not in past]
    bare = [(c, int(m.group(1))) for c in levels if (m := BARE_YEAR_HEAD.match(" ".join(heads[c].split())))]
    if bare and len(levels) > 1 and (first := start()) is not None:
        before = {c for c, year in bare if year < first}
        if len(before) < len(levels) and any(YEAR.search(heads[c]) for c in levels if c not in before):
            levels = [c for c in levels if c not in before]
            bare = [(c, year) for c, year in bare if c not in before]
    if len(bare) != 1:
        return levels
    (col, year), = bare
    named = [int(y) for c in levels if c != col and NAMED_LEVEL_HEAD.search(heads[c]) for y in YEAR.findall(heads[c])]
    return [c for c in levels if c != col] if named and min(named) > year else levels


# the unit a label ends with in brackets, where the table has no unit column: "Tỷ lệ trường đạt chuẩn quốc gia (%)",
# "Số phòng học được xây mới (phòng)" (not a note with a number: "(mũi 1 so với mũi 3)")
LABEL_UNIT = re.compile(r"\((%|[^\W\d_](?:[^\W\d_]|\s){0,14})\)\s*$")


def _group_columns(heads: list[str], label: int, unit: int | None) -> list[int]:
    """The level columns of an indicator table whose columns are not years but the groups a level is
    set for ("Chỉ tiêu | Mầm non | Tiểu học | THCS", "Chỉ tiêu | ĐVT | Xã Tân An | Xã Phú Mỹ"): every
    column but the code, the label, the unit and those of results or notes, when there are two or
    more of them (one "Số lượng" beside the label says nothing of groups)."""
    cols = [c for c, h in enumerate(heads) if c not in (label, unit) and h.strip() and not CODE_HEAD.match(h.strip())
            and not NOT_LEVEL_HEAD.search(h) and not YEAR.search(h)]
    return cols if len(cols) >= 2 else []


def _spread_row(row: list[str]) -> bool:
    """A group row set over every column ("I. Chỉ tiêu về thu nhập, việc làm" in each cell, as an HTML
    colspan reads): below the header, not a line of it."""
    texts = [c.strip() for c in row if c.strip()]
    return len(texts) >= 3 and len(texts) == len(row) and len(set(texts)) == 1


# a unit column's percent written with more: "%/năm" (a rate a year), "Tỷ lệ %", "(%)", "điểm %" (percentage points;
# not "‰", a rate per mille)
PERCENT_UNIT = re.compile(r"^\(?\s*(?:t[ỷỉ] lệ\s*)?\(?\s*(?:điểm\s*)?%\s*\)?(?:\s*/\s*năm)?\s*\)?$", re.I)


def _table_items(table: Block, kind: str, section: str | None, year: int | None,
                 start: Callable[[], int | None]) -> list[dict]:
    """The rows of an indicator table as objectives: the indicator is the text, each level
    column's cell a target (percent when the unit column says "%" or the cell carries one, else
    the unit as written), the last year a level is set for the target year. A column of results
    or starting levels ("Thực hiện 2025", "Hiện trạng") sets none; a row with no level (a group's
    name) is no objective."""
    rows, spans = table.rows or [], table.cell_spans or []
    body = next((r for r, row in enumerate(rows) if r and any(CELL_LEVEL.match(c.strip()) and not BARE_YEAR.match(c)
                                                           for c in row[1:])), None)
    if body is None:
        return []
    width = max(len(row) for row in rows)
    top = next((r for r in range(1, body) if _spread_row(rows[r])), body)
    heads = [" ".join(row[c] for row in rows[:top] if c < len(row)) for c in range(width)]
    label = next((c for c, h in enumerate(heads) if INDICATOR_HEAD.match(h.strip())), None)
    if label is None:
        return []
    unit = next((c for c, h in enumerate(heads) if c != label and UNIT_HEAD.match(h.strip())), None)
    levels = _starting_level_dropped(
        [c for c, h in enumerate(heads) if c not in (label, unit) and LEVEL_HEAD.search(h) and not NOT_LEVEL_HEAD.search(h)],
        heads, start) or _group_columns(heads, label, unit)
    out = []
    for r in range(body, len(rows)):
        row, where = rows[r], spans[r] if r < len(spans) else []
        text = row[label].strip() if label < len(row) else ""
        if not re.search(r"[^\W\d_]", text) or label >= len(where):
            continue
        unit_text = row[unit].strip() if unit is not None and unit < len(row) else ""
        if not unit_text and (named := LABEL_UNIT.search(text)):
            # "Tỷ lệ trường đạt chuẩn (%)", "Số phòng học mới (phòng)": no unit column, or its cell left empty
            unit_text = named.group(1)
        targets, years, end = [], [], where[label][1]
        for c in levels:
            cell = row[c].strip() if c < len(row) and c < len(where) else ""
            m = CELL_LEVEL.match(cell)
            if not m:
                continue
            percent = (bool(m.group(3) or m.group(5)) or bool(PERCENT_UNIT.match(unit_text))
                       or (not unit_text and text.lower().startswith(("tỷ lệ", "tỉ lệ"))))
            if not percent and (not unit_text or (MONEY_UNIT.search(unit_text) and SPENDING_ROW.match(text))):
                # (a sum to spend is no level an objective sets: the budget tables read it; a level set in money,
                # "Thu nhập bình quân đầu người | triệu đồng/người | 66", "Tổng giá trị sản xuất | tỷ đồng", is
                # the indicator's target in its unit as written)
                continue
            low, high = parse_number(m.group(2)).value, parse_number(m.group(4)).value if m.group(4) else None
            if low is None or (percent and max(low, high or 0) > 100 and "vượt" not in text.lower()):
                continue
            at = span(where[c][0], where[c][1])
            shared = {"unit": "percent" if percent else unit_text, "raw": cell, "indicator": text}
            if high is not None and high > low:
                targets += [{"value": float(low), "value_high": float(high), "bound": "min", "span": at, **shared},
                            {"value": float(high), "value_high": None, "bound": "max", "span": dict(at), **shared}]
            else:
                bound = bound_kind(f"{m.group(1) or ''} ", f" {m.group(6) or ''}")  # "≥ 95", "từ 70 trở lên"
                targets.append({"value": float(low), "value_high": None, "bound": bound, "span": at, **shared})
            years += [int(y) for y in YEAR.findall(heads[c])][-1:]
            end = max(end, where[c][1])
        if not targets:
            # a rank, a climb or a share set in words: no percent, still what the plan commits to (RANK_LEVEL)
            ranked = [c for c in levels if c < len(row) and c < len(where) and RANK_LEVEL.search(row[c].strip())]
            if ranked:
                years = [int(y) for c in ranked for y in YEAR.findall(heads[c])][-1:]
                out.append({"section": section, "kind": kind, "text": text, "target_year": max(years) if years else year,
                            "targets": [], "span": span(where[label][0], max(where[label][1], where[ranked[-1]][1]))})
            continue
        out.append({"section": section, "kind": kind, "text": text, "target_year": max(years) if years else year,
                    "targets": targets, "span": span(where[label][0], end)})
    return out


def _tables(doc: Document, node: Node, used: set[int], year: int | None, start: Callable[[], int | None]) -> list[dict]:
    """The indicator tables under an objectives heading, row by row (specific: they set numbers)."""
    out = []
    for b in doc.blocks[node.block.index + 1: node.end_index]:
        if b.kind == "table" and b.index not in used:
            used.add(b.index)
            out.extend(_table_items(b, "specific", node.path, year, start))
    return out


# an item that leaves its levels to an appendix: "Các chỉ tiêu cụ thể theo từng năm tại Phụ lục I kèm theo",
# "(chi tiết tại Phụ lục số 02)", "theo Phụ lục kèm theo Kế hoạch này"
APPENDIX_REF = re.compile(r"\b(?:tại|theo|ở|trong)\s+(?:các\s+)?(?:biểu\s+)?phụ lục(?:\s+số)?(?:\s+([IVXL]{1,5}|\d{1,2})(?![\w.]))?", re.I)
# an appendix's title: "PHỤ LỤC I", "Phụ lục số 01: ...", "**PHỤ LỤC II**"
APPENDIX_TITLE = re.compile(r"^[*#_\s]*phụ lục(?:\s+số)?(?:\s+([IVXL]{1,5}|\d{1,2}))?(?![\w.])", re.I)


def _appendix_number(label: str | None) -> int | None:
    """"II" -> 2, "02" -> 2, "IV" -> 4; None for an appendix without a number."""
    if not label:
        return None
    if label.isdigit():
        return int(label)
    return roman_value(label.upper())


def _appendix_items(doc: Document, ref: re.Match, kind: str, section: str | None, year: int | None,
                    used: set[int], start: Callable[[], int | None]) -> list[dict]:
    """The rows of the indicator table in the appendix an objective points to ("tại Phụ lục I
    kèm theo"): the first table after that appendix's title, before the next appendix; [] when
    no such appendix holds an indicator table. A reference without a number takes the first
    appendix that holds one."""
    wanted = _appendix_number(ref.group(1))
    inside = False
    for b in doc.blocks:
        if b.kind != "table":
            m = APPENDIX_TITLE.match(b.text) if b.text else None
            if m:
                inside = wanted is None or _appendix_number(m.group(1)) == wanted
            continue
        if inside and b.index not in used:
            items = _table_items(b, kind, section, year, start)
            if items:
                used.add(b.index)
                return items
            if wanted is not None:
                inside = False  # the first table of the appendix named is not one of levels
    return []


# the title of an appendix that sets the plan's targets, on its "PHỤ LỤC" line or the lines under it: "CHỈ TIÊU TIÊM
# CHỦNG MỞ RỘNG THEO NĂM", "Phụ lục II: Các chỉ tiêu chủ yếu ...", "BIỂU MỤC TIÊU, CHỈ TIÊU ..." (not one of results
# or of follow-up: "Kết quả thực hiện các chỉ tiêu ...", "Chỉ tiêu theo dõi, đánh giá ...")
TARGETS_TITLE = re.compile(r"^[\s:.\-–]*(?:biểu\s+|bảng\s+|danh mục\s+)?(?:các\s+)?(?:mục tiêu\s*,\s*)?chỉ tiêu\b"
                           r"(?!.*\b(?:kết quả|đánh giá|theo dõi)\b)", re.I)
# the lines an appendix's title may run over before its table (the title, its subject, "(Kèm theo ...)", the unit)
APPENDIX_TITLE_LINES = 4


def _titled_appendix_items(doc: Document, used: set[int], start: Callable[[], int | None]) -> list[dict]:
    """The rows of the indicator tables in appendices whose titles name them targets ("PHỤ LỤC" / "CHỈ TIÊU ... THEO
    NĂM" over "TT | Chỉ tiêu | ĐVT | Năm 2026 | Năm 2027"), read when the objectives point to no appendix and no table
    (one they point to is read where they do; one pointed to elsewhere leaves these none): the plan's targets by
    year, stated nowhere else (round G54)."""
    out, title, lines = [], False, APPENDIX_TITLE_LINES
    for b in doc.blocks:
        if b.kind != "table":
            m = APPENDIX_TITLE.match(b.text) if b.text else None
            if m:
                title, lines = bool(TARGETS_TITLE.match(b.text[m.end():])), APPENDIX_TITLE_LINES
            elif b.text and lines:
                lines -= 1
                title = title or bool(TARGETS_TITLE.match(b.text.strip(" *#_")))
            continue
        if title and b.index not in used:
            items = _table_items(b, "specific", None, None, start)
            if items:
                used.add(b.index)
                out.extend(items)
        title, lines = False, 0
    return out


# the word a reference to an appendix opens with, left at the end of a line a PDF's reader did not join to the
# next one, which opens with "Phụ lục" ("... đến năm 2030 tại" / "Phụ lục kèm theo Chương trình này.")
_OPEN_REFERENCE = re.compile(r"\b(?:tại|theo|ở|trong)(?:\s+các)?\s*$", re.I)


def _reference_wrapped(doc: Document, block: Block, text: str) -> str:
    """An item's text for finding its reference to an appendix: with the next line when the item ends with the
    reference's first word and that line opens with "Phụ lục" (a wrapped line read as a block of its own)."""
    nxt = doc.blocks[block.index + 1] if block.index + 1 < len(doc.blocks) else None
    if nxt is not None and nxt.kind != "table" and nxt.text and _OPEN_REFERENCE.search(text.rstrip()) \
            and APPENDIX_TITLE.match(nxt.text):
        return f"{text.rstrip()} {nxt.text.strip()}"
    return text


def _or_appendix(doc: Document, items: list[dict], text: str, section: str | None, year: int | None,
                 used: set[int], start: Callable[[], int | None]) -> list[dict]:
    """`items`, or for a line that sets no level and only points to an appendix ("Các chỉ tiêu cụ
    thể ... tại Phụ lục I kèm theo") the rows of the indicator table there, if it holds one."""
    ref = APPENDIX_REF.search(text) if len(items) == 1 and not items[0]["targets"] else None
    return (_appendix_items(doc, ref, "specific", section, year, used, start) if ref else []) or items


def _enumerated(text: str) -> tuple[str, list[str]]:
    """The lead and the items of a paragraph that numbers them inline, "(1) ...; (2) ...",
    the labels running 1, 2, 3 ...; ("", []) when it does not number two or more."""
    run: list[re.Match] = []
    for m in ENUMERATED.finditer(text):
        # the first opens the text or follows its lead's ":"; each next one follows a ";", "," or "."
        # (not footnote marks inside a sentence: "... lên 300 người/cơ sở (1) vào năm 2020; ... nhận nuôi (2) có thời hạn")
        before = text[: m.start()].rstrip()
        if int(m.group(1)) == len(run) + 1 and (before.endswith(":") or not before if not run else before[-1:] in ";,."):
            run.append(m)
    if len(run) < 2:
        run = _dashed(text)
    if len(run) < 2:
        return "", []
    items = [text[m.end(): nxt.start() if nxt else len(text)].strip(" ;,.\n") for m, nxt in zip(run, run[1:] + [None])]
    return text[: run[0].start()], [t for t in items if len(t) > 10]


# a dash list run into one line (a corpus of one sentence per line: "Mục tiêu đến năm 2010: - 85% đường trục xã được
# cứng hóa; - 100% xã có đường ô tô đến trung tâm xã."): each dash opens the text or follows its lead's ":", the next
# ones a ";" (not "Độc lập - Tự do", not a range "5 - 10%")
DASHED = re.compile(r"(?:^|(?<=[:;]))\s*[-–•]\s+(?=\S)")


def _dashed(text: str) -> list[re.Match]:
    run = [m for m in DASHED.finditer(text)]
    if not run or not (run[0].start() == 0 or text[: run[0].start()].rstrip().endswith(":")):
        return []
    return run if all(text[: m.start()].rstrip().endswith(";") for m in run[1:]) else []


def _objectives(block: Block, text: str, kind: str, section: str | None, year: int | None,
                start: Callable[[], int | None] | None = None) -> list[dict]:
    """The objective a line states, or each of those it numbers inline ("(1) ...; (2) ...")."""
    lead, items = _enumerated(text)
    if not items:
        return [_objective(block, text, kind, section, year, start)]
    own = YEAR_BY.search(lead) or BARE_BY.search(lead) or HEAD_YEAR.search(lead.strip(" :"))  # "Phấn đấu đến năm 2026: (1) ...; (2) ..."
    return [_objective(block, item, kind, section, int(own.group(1)) if own else year, start) for item in items]


def _objective(block: Block, text: str, kind: str, section: str | None, year: int | None,
               start: Callable[[], int | None] | None = None) -> dict:
    offset = block.start + block.text.find(text) if text in block.text else block.start
    # an item's own "Đến năm 2030, ...", "Đến 2030, ...", "... (năm 2028)", "Giai đoạn 2026-2030, ..." wins over its
    # group's or heading's year
    own = _item_year(text)
    if own is not None and start is not None and OPENING_YEAR.match(text) and (first := start()) is not None \
            and own < first:
        own = None  # it opens on a year before the plan's: where it starts from (PAST_OPENING_YEAR)
    target_year = own if own is not None else year
    targets = targets_in(text, offset, target_year, start)
    # levels set year by year ("năm 2026 đạt 60%, năm 2027 đạt 75%"): the item aims at the last, and so it does when
    # it opens on the first of them ("đến năm 2027 đạt 12%, đến năm 2030 đạt 20%": not its own year; round G52)
    percents = [(t["span"]["start"] - offset, t["span"]["end"] - offset) for t in targets if t["unit"] == "percent"]
    levels = [int(m.group(1)) for a, _ in percents if (m := YEAR_LEVEL.search(text[max(0, a - 30): a]))]
    # ... or names each level's year after it ("đạt 60% vào năm 2028 và 85% vào năm 2031"), or the years before the
    # levels in their order ("đến năm 2028, 2031 lần lượt đạt 60% và 85%")
    after = [int(m.group(1)) for _, b in percents if (m := YEAR_AFTER_LEVEL.match(text, b))]
    respective = [int(y) for y in YEAR.findall(m.group(0))] if (m := RESPECTIVE_YEARS.search(text)) else \
        [int(y) for y in YEAR.findall(m.group(1))] if (m := RESPECTIVE_YEARS_AFTER.search(text)) else []
    # (not when the item's first level has no year and milestones follow it: "tối thiểu 60% ..., trong đó năm 2029
    # đạt 40%, năm 2030 đạt 50%" aims at its heading's or the plan's year, the milestones on the way; round G62)
    first_free = bool(percents) and not YEAR_LEVEL.search(text[max(0, percents[0][0] - 30): percents[0][0]]) \
        and not YEAR_AFTER_LEVEL.match(text, percents[0][1])
    if levels and (not own or len(set(levels)) > 1) and not (own is None and first_free and MILESTONES.search(text)):
        target_year = max(levels)
    elif len(percents) > 1 and (len(set(after)) > 1 or len(set(respective)) > 1):
        target_year = max(after if len(set(after)) > 1 else respective)
    return {"section": section, "kind": kind, "text": text, "target_year": target_year,
            "targets": targets, "span": span(offset, offset + len(text))}


def _plan_start(doc: Document, period: dict | None) -> Callable[[], int | None]:
    """The first year of the plan's period (`period` as the header gives it, else read from the
    header when first asked: only a table of years needs it)."""
    found: list[int | None] = []

    def start() -> int | None:
        if not found:
            if period is None:
                from extractors.fields.header import extract_header  # (the header's own reading of its title)
                found.append(extract_header(doc)["period"]["start_year"])
            else:
                found.append(period.get("start_year"))
        return found[0]
    return start


def extract_objectives(doc: Document, nodes: list[Node], period: dict | None = None) -> list[dict]:
    """The objectives under the "Mục tiêu" headings; `period` is the plan's ({"start_year": ..,
    "end_year": ..}, the header's), read from the header when not given."""
    start = _plan_start(doc, period)
    out: list[dict] = []
    used: set[int] = set()
    pointed = False  # whether the objectives send the reader to an appendix or a table (its rows theirs, or none)
    for node in nodes:
        head = node.heading
        kind = "general" if GENERAL.search(head) else "specific" if SPECIFIC.search(head) else None
        if kind is None and _adopts_targets(node):
            kind = "specific"
        if kind is None and AMENDED_OBJECTIVES.match(head.strip()) and any(
                b.text.lstrip()[:1] in QUOTE_MARKS for b in doc.blocks[node.block.index + 1: node.end_index] if b.text):
            continue  # its new wording quoted ('"2. Mục tiêu cụ thể' / ...): _quoted_objectives reads what is a target
        if kind is None and AMENDED_OBJECTIVES.match(head.strip()) and node.block.index in used:
            continue  # an item of the objectives read above: "d) Bổ sung chỉ tiêu: "100% ..."" under "1. Sửa đổi, bổ
            # sung khoản 2 Mục I (Mục tiêu cụ thể) như sau:" (round G38)
        if kind is None and (OBJECTIVE.match(head) or AMENDED_OBJECTIVES.match(head.strip())):
            inline = any(INLINE.match(b.text) for b in doc.blocks[node.block.index + 1: node.end_index] if b.text)
            if inline:  # "a) Mục tiêu:" over "- Mục tiêu chung: ..." / "- Mục tiêu cụ thể: + ..."
                out.extend(_inline(doc, node, used, start))
                continue
            if node.children:
                if not any(GENERAL.search(c.heading) or SPECIFIC.search(c.heading) or OBJECTIVE.match(c.heading)
                           for c in node.children):
                    out.extend(_numbered_items(doc, node, used, start))
                continue
            out.extend(_numbered_items(doc, node, used, start))  # plain "Mục tiêu" over its items
            continue
        if (kind is None and node.parent is not None and OBJECTIVE.match(node.parent.heading) and HORIZON.match(head)
                and node.block.index not in used):
            out.extend(_numbered_items(doc, node, used, start))  # "3. Định hướng đến năm 2030" beside "1. Mục tiêu chung"
            continue
        if kind is None and node.block.index not in used and _aim_before_targets(node):
            text = ITEM_LABEL.sub("", strip_bullet(node.block.text)).strip()
            for item in _objectives(node.block, text, "general", node.path, _section_year(node), start):
                item["kind"] = _kind_by_number(item)
                out.append(item)
            used.add(node.block.index)
            continue
        if kind is None or node.block.index in used:
            continue  # (an item of an objectives node above: "a) Chỉ tiêu về diện tích: ..." under "Mục tiêu cụ thể")
        heading_year = YEAR_BY.search(node.block.text) or BARE_BY.search(node.block.text) or HEAD_YEAR.search(head)
        year = int(heading_year.group(1)) if heading_year else _section_year(node)
        if year is None and _adopts_targets(node) and (years := re.findall(r"(?:19|20)\d{2}",
                                                                            ADOPTS_TARGETS.search(node.heading).group(0))):
            year = int(years[-1])  # "Điều 1. ... quyết định các chỉ tiêu chủ yếu năm 2009 như sau:"
        if year is None and _adopts_targets(node) and len(years := set(re.findall(r"\bnăm\s+((?:19|20)\d{2})\b",
                                                                                  node.heading))) == 1:
            # "Điều 1. Giao chỉ tiêu kế hoạch ... năm 2018 cho ..., với các chỉ tiêu chủ yếu của toàn huyện như sau:"
            # (the one year the article names; round G26)
            year = int(years.pop())
        rest = node.body[len(head):].lstrip(" :") if node.body.startswith(head) else ""
        if rest and len(rest) > 15 and not _leads_in(doc, node, nodes, rest):  # "1. Mục tiêu chung: Tiếp tục đẩy mạnh ..."
            out.extend(_or_appendix(doc, _objectives(node.block, rest, kind, node.path, year, start), rest, node.path, year,
                                    used, start))
            used.add(node.block.index)
        out.extend(_tables(doc, node, used, year, start))
        group = _Group()
        blocks = [b for b in doc.blocks[node.block.index + 1: _end(doc, node, nodes)] if b.kind != "table" and b.text]
        pointed = pointed or any(APPENDIX_REF.search(b.text) or _table_note(b.text) for b in blocks)
        for k, b in enumerate(blocks):
            if b.index in used:
                continue
            if _caption(doc, b):
                # "Bảng 2. Các chỉ tiêu chủ yếu năm 2021" over the table of targets: its title, no item; a note that
                # sends the reader to an appendix, "(Chỉ tiêu theo từng năm tại Phụ lục kèm theo)", brings the rows
                # of the indicator table there, as an item pointing to it does (round G27)
                if _table_note(b.text) and (ref := APPENDIX_REF.search(b.text)):
                    used.add(b.index)
                    out.extend(_appendix_items(doc, ref, "specific", node.path, group.year or year, used, start))
                continue
            style = group.next_line(b.text)
            text = strip_bullet(unquoted(b.text))
            text = ITEM_LABEL.sub("", text)
            used.add(b.index)
            if text.rstrip().endswith(":") and len(aside := RESULTS_ASIDE.sub("", text)) < 150:
                text = aside  # (a lead-in that builds on last year's results in brackets: RESULTS_ASIDE)
            if (text.rstrip().endswith(":") and len(text) < 150) or _group_label(
                    b.text, blocks[k + 1].text if k + 1 < len(blocks) else "") or _heads_deeper(doc, b):
                # ("2.1. Đối với học sinh" over "- ..." items names their group)
                # "2.1. Về y tế (đến năm 2027):" labels the items under it, and may date them
                group.lead(text, style)
                if find_percents(text):  # "a) Tỷ lệ thu gom đạt lần lượt 90%, 95%:" commits to its numbers too
                    out.append(_objective(b, text, kind, node.path, group.year or year, start))
                continue
            if len(text) > 10:
                items = _objectives(b, text, kind, node.path, group.year or year, start)
                out.extend(_or_appendix(doc, items, _reference_wrapped(doc, b, text), node.path, group.year or year,
                                        used, start))
    if out and not pointed:
        out.extend(_titled_appendix_items(doc, used, start))
    if not out:
        out = _quoted_objectives(doc, nodes, start) or _quoted_aims(doc, nodes, start)
    if not out:
        out = _chunk_objectives(doc, nodes, start) or _headerless_indicators(doc, nodes, start)
    # a one-year plan's objective with no year of its own aims at that year ("Kế hoạch ... năm 2025": "Tỷ lệ hộ nghèo
    # giảm còn 2,5%"); a plan over several years leaves it without one (its general aims look past any one year)
    if period and period.get("start_year") and period.get("start_year") == period.get("end_year"):
        for o in out:
            if o["target_year"] is None:
                o["target_year"] = period["end_year"]
    return sorted(out, key=lambda o: o["span"]["start"])  # (an indicator table's rows where the table stands)


# an amendment's quoted new text of an objectives heading: '"2. Mục tiêu cụ thể', '“a) Mục tiêu chung:' (the quote
# opens before the label, so the line is no section of the outline)
# (and the year it closes on: '"a) Chỉ tiêu cụ thể đến năm 2029:', '"2. Mục tiêu cụ thể năm 2028'; round G56)
QUOTED_HEAD = re.compile(r"^\s*[\"“]\s*(?:(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.)]\s*)?(?:các\s+)?"
                         r"((?:mục tiêu|chỉ tiêu)(?:\s+(?:chung|tổng quát|cụ thể))?)"
                         r"(?:\s+(?:(?:đến|tới)\s+(?:hết\s+)?)?năm\s+((?:19|20)\d{2}))?\s*:?\s*$", re.I)
QUOTE_CLOSED = re.compile(r"[\"”]\s*[.;,]?\s*$")
QUOTE_MARKS = "\"“”"


def _quoted_objectives(doc: Document, nodes: list[Node], start: Callable[[], int | None]) -> list[dict]:
    """The objectives an amending plan sets in quotes ("Sửa đổi khoản 2 mục I như sau:" / '"2. Mục tiêu cụ thể' /
    "- Năm 2022, đón ... tăng 40% ...;" / '- 90% cơ sở ... ."'): the lines after the quoted heading up to the one
    that closes the quote, each an item (specific unless the heading says chung or tổng quát)."""
    out = []
    texts = [b for b in doc.blocks if b.kind != "table" and b.text]
    headings = {n.block.index for n in nodes}
    for k, b in enumerate(texts):
        m = QUOTED_HEAD.match(b.text)
        if not m:
            continue
        kind = "general" if GENERAL.search(m.group(1)) else "specific"
        section = next((n.path for n in reversed(nodes) if n.block.index <= b.index), None)
        for item in texts[k + 1:]:
            if QUOTED_HEAD.match(item.text) or item.index in headings:
                break
            text = ITEM_LABEL.sub("", strip_bullet(item.text)).strip().strip(QUOTE_MARKS).rstrip(" ;.").strip(QUOTE_MARKS)
            if len(text) > 10:
                out.extend(_objectives(item, text, kind, section, int(m.group(2)) if m.group(2) else None, start))
            if QUOTE_CLOSED.search(item.text):
                break
    return out


# an amending point named only by its place in the plan: "1. Điểm b khoản 1 Mục II được sửa đổi như sau:", "Sửa đổi
# điểm a khoản 2 Mục I như sau:" (its verb common.AMEND_VERB; what it amends said by the quoted wording under it)
AMENDED_PLACE = re.compile(r"(?<!\w)(?:điểm|tiết|khoản|mục|phần)\s+(?:[a-zđ]|\d{1,2}|[IVX]{1,5})(?!\w)", re.I)
# new wording that opens on an aim: "Phấn đấu ...", "Đến (hết) năm 2027, ...", "Tỷ lệ ... đạt ..."
QUOTED_AIM = re.compile(r"^(?:phấn đấu|đến(?:\s+hết|\s+cuối)?\s+năm\s+(?:19|20)\d{2}|t[ỷỉ] lệ)\b", re.I)


def _quoted_text(text: str) -> str:
    """A quoted item's words without its quote marks, its bullet or label and its closing stop."""
    text = ITEM_LABEL.sub("", strip_bullet(text.strip().lstrip(QUOTE_MARKS).strip())).strip()
    return text.strip(QUOTE_MARKS).rstrip(" ;.").strip(QUOTE_MARKS).rstrip(" ;.")


def _quoted_aims(doc: Document, nodes: list[Node], start: Callable[[], int | None]) -> list[dict]:
    """The objectives an amending document sets in quotes under a point named only by its place in the plan ("1. Điểm
    b khoản 1 Mục II được sửa đổi như sau:" / '"b) Phấn đấu đến năm 2027 có 85% hộ ...; 60% ... ."'): the quoted
    wording (common.quoted_region), when it opens on an aim (QUOTED_AIM) with a number, each of its lines an item
    (specific), its letter and quote marks left out. A quoted task, slogan or sum is no aim."""
    out = []
    for point in nodes:
        if point.kind not in ("arabic", "letter") or not AMEND_VERB.search(point.heading) \
                or not AMENDED_PLACE.search(point.heading) or (region := quoted_region(doc, point)) is None:
            continue
        items = [(b, _quoted_text(b.text)) for b in doc.blocks[region.start: region.stop]
                 if b.kind != "table" and b.text.strip()]
        kind, year = "specific", None
        if head := HEAD_ON_LINE.match(items[0][1]):
            # '"b) Mục tiêu cụ thể: Phấn đấu 60% ..."': the heading's new wording and its aim on one line (round G66)
            kind = "general" if GENERAL.search(head.group(1)) else "specific"
            year = int(head.group(2)) if head.group(2) else None
            items[0] = (items[0][0], items[0][1][head.end():])
        if not QUOTED_AIM.match(items[0][1]) or not find_percents(items[0][1]):
            continue
        for item, text in items:
            if len(text) > 10:
                out.extend(_objectives(item, text, kind, point.path, year, start))
    return out


# an objectives heading with its aim after a colon on the same line: "Mục tiêu cụ thể: Phấn đấu ...", "Chỉ tiêu đến năm
# 2029: Tỷ lệ ..." (an amendment's quoted new wording of a point; round G66)
HEAD_ON_LINE = re.compile(r"^((?:mục tiêu|chỉ tiêu)(?:\s+(?:chung|tổng quát|cụ thể))?)"
                          r"(?:\s+(?:(?:đến|tới)\s+(?:hết\s+)?)?năm\s+((?:19|20)\d{2}))?\s*:\s*(?=\S)", re.I)


def _leads_in(doc: Document, node: Node, nodes: list[Node], rest: str) -> bool:
    """Whether what follows an objectives heading on its line only leads in the items or the table under it ("2. Mục
    tiêu cụ thể: phấn đấu đạt các chỉ tiêu sau:", "... : Đến năm 2025 đạt các chỉ tiêu chủ yếu như sau:"), as a line
    of its own that ends on a colon does (no level of its own, something under it): no objective."""
    if not rest.rstrip().endswith(":") or len(rest) >= 150 or find_percents(rest):
        return False
    return any(b.text for b in doc.blocks[node.block.index + 1: _end(doc, node, nodes)])


# the items of an objectives' section that are no aims: "1. Yêu cầu: ...", "2. Quan điểm", "Phạm vi"
NOT_AIM = re.compile(r"^(?:yêu cầu|mục đích|quan điểm|phạm vi|đối tượng|nguyên tắc|định hướng|tầm nhìn)\b", re.I)
AIM_MIN = 30  # an aim is a sentence, not a short heading


def _aim_before_targets(node: Node) -> bool:
    """A numbered item with no label of its own under a plain "Mục tiêu" heading, before the sibling
    that heads the specific targets ("I. MỤC TIÊU" / "1. Hoàn thiện hạ tầng, nền tảng ..." / "2. Chỉ
    tiêu cụ thể năm 2025:"): the plan's general aim, one line with no items under it."""
    parent = node.parent
    if parent is None or not OBJECTIVE.match(parent.heading) or node.children or len(node.body) < AIM_MIN:
        return False
    if NOT_AIM.match(node.heading) or node.body.rstrip().endswith(":") or node.end_index != node.block.index + 1:
        return False
    later = parent.children[parent.children.index(node) + 1:] if node in parent.children else []
    return any(SPECIFIC.search(c.heading) for c in later) and not any(GENERAL.search(c.heading) for c in parent.children)


def _adopts_targets(node: Node) -> bool:
    """An Article whose heading ends on the targets it adopts (ADOPTS_TARGETS), with numbered or lettered
    items under it that are no headings of objectives of their own."""
    return (node.kind == "article" and bool(ADOPTS_TARGETS.search(node.heading))
            and any(c.kind in ("arabic", "letter") for c in node.children)
            and not any(GENERAL.search(c.heading) or SPECIFIC.search(c.heading) or OBJECTIVE.match(c.heading)
                        for c in node.children))


# a table's numbered caption: "Bảng 2. Các chỉ tiêu chủ yếu năm 2021", "Biểu số 01: ..."
CAPTION = re.compile(r"^[*_\s]*(?:bảng|biểu)\s+(?:số\s+)?\d{1,2}\b", re.I)


# a line in brackets that only sends the reader to a table: "(Chỉ tiêu từng năm theo bảng dưới đây)", "(Chỉ tiêu theo
# từng huyện tại Biểu kèm theo)", "(Chi tiết tại Phụ lục số 02 kèm theo)", "(có biểu chi tiết đính kèm)"
# (one bracket around the whole line, no other inside it; the words looked for in it, no longer than a note is)
BRACKETED = re.compile(r"^[*_\s]*\(([^()]{1,300})\)\s*[.;]?[*_\s]*$")
TABLE_WORD = re.compile(r"\b(?:bảng|biểu|phụ lục)\b", re.I)
WHERE_TABLE = re.compile(r"\b(?:dưới đây|sau đây|kèm theo|đính kèm|bên dưới)\b", re.I)


def _table_note(text: str) -> bool:
    """Whether a line only sends the reader to a table: "(Chỉ tiêu từng năm theo bảng dưới đây)", "(Chỉ tiêu theo
    từng huyện tại Biểu kèm theo)" (in brackets, naming a table and where it is, no level of its own)."""
    inner = BRACKETED.match(text)
    return (inner is not None and TABLE_WORD.search(inner.group(1)) is not None
            and WHERE_TABLE.search(inner.group(1)) is not None and not find_percents(text))


# a table's unit line over it: "Đơn vị tính: theo từng chỉ tiêu", "ĐVT: %", "(Đơn vị tính: người, %)", "*Đơn vị: triệu
# đồng*" (the label and its colon opening the line, a few words and no number after it; round G32)
UNIT_NOTE = re.compile(r"^[*_\s]*\(?\s*(?:đơn vị tính|đơn vị|đvt)\s*:\s*(?:[^\W\d]|[%/,\-–\s])+\)?\s*[.;]?[*_\s]*$", re.I)
UNIT_NOTE_WORDS = 8


def _unit_note(text: str) -> bool:
    """Whether a line only gives the unit of the table it stands over: "Đơn vị tính: theo từng chỉ tiêu", "(ĐVT: %)"."""
    return bool(UNIT_NOTE.match(text)) and len(text.split()) <= UNIT_NOTE_WORDS + 3


def _caption(doc: Document, b: Block) -> bool:
    """Whether a line is the numbered caption of the table right after it, a bracketed note that sends the reader
    to a table (_table_note), or a table's unit line (_unit_note)."""
    if _table_note(b.text) or _unit_note(b.text):
        return True
    nxt = b.index + 1
    return bool(CAPTION.match(b.text)) and nxt < len(doc.blocks) and doc.blocks[nxt].kind == "table"


# what a target says that a result or a task does not: "Phấn đấu", "Đến năm 2030", "tối thiểu",
# "ít nhất", "không dưới", "trên 95%" ... (matched in lower case)
TARGET_CUE = re.compile(r"\b(?:phấn đấu|đến năm|đến hết năm|đến cuối năm|tới năm|tối thiểu|ít nhất|không dưới|không thấp hơn|"
                        r"trên \d|đạt (?:từ |trên |tối thiểu )?\d|đạt t[ỷỉ] lệ|\d+(?:,\d+)?\s?% (?:số |các |cán bộ|hộ|trẻ|người|xã|thôn|học sinh))")
# what a result or a task says: "đã đạt", "chủ trì", "phối hợp", "kết quả"
NOT_TARGET = re.compile(r"\b(?:đã đạt|đã có|đạt được|chủ trì|phối hợp|kết quả|so với cùng kỳ|ước đạt)\b")


# the headings of a report's account of what was done: "2. Kết quả thực hiện các chỉ tiêu xã hội", "II. TỒN TẠI, HẠN
# CHẾ", "Tình hình thực hiện ..." (a chunk that holds one is a report's results: its "đạt 97,2%" are no targets)
RESULTS_HEAD = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s*)?(?:kết quả (?:thực hiện|đạt được)|tình hình thực hiện|"
                          r"tồn tại(?:\s*,\s*|\s+và\s+)hạn chế|hạn chế(?:\s*,\s*|\s+và\s+)tồn tại)\b", re.I)


def _report_results(doc: Document, nodes: list[Node]) -> bool:
    """Whether a chunk's lead is a report's results: a heading of what was done in the lead, or as the heading
    that ends it."""
    first = chunk_lead(doc, nodes)
    return first is not None and any(RESULTS_HEAD.match(n.heading.strip()) for n in nodes if n.block.index <= first)


def _chunk_objectives(doc: Document, nodes: list[Node], start: Callable[[], int | None]) -> list[dict]:
    """A chunk cut from the middle of a plan's objectives (a corpus that splits documents into
    pieces): bullets that state targets ("- Đến năm 2030 có 60% ...", "- Phấn đấu 100% xã ...")
    with no heading over them, in the chunk's lead (common.chunk_lead). Read only where two
    or more bullets there state targets; results ("đã đạt", "so với cùng kỳ") and tasks ("chủ
    trì") are not, nor is any bullet of a chunk of a report's results (_report_results)."""
    if _report_results(doc, nodes):
        return []
    found = []
    for b in chunk_paragraphs(doc, nodes):
        if not BULLET.match(b.text):
            continue
        text = strip_bullet(b.text)
        low = text.lower()
        if find_percents(text) and TARGET_CUE.search(low) and not NOT_TARGET.search(low):
            found.append((b, text))
    if len(found) < CHUNK_MIN_ITEMS:
        return []
    return [o for b, text in found for o in _objectives(b, text, "specific", None, None, start)]


# the header an indicator table's rows stand under when the chunk before held it: TT | Chỉ tiêu | Đơn vị tính |
# a level per column of figures (its year unknown) | what else (Cơ quan chủ trì, Ghi chú)
CHUNK_HEADS = ("TT", "Chỉ tiêu", "Đơn vị tính")
CHUNK_LEVEL_HEAD, CHUNK_OTHER_HEAD = "Kế hoạch", "Ghi chú"


def _headerless_indicators(doc: Document, nodes: list[Node], start: Callable[[], int | None]) -> list[dict]:
    """A chunk cut inside an indicator table, its header row in the chunk before ("| 12 | Tỷ lệ che phủ rừng | % |
    41,5 | 41,8 | 42 | Sở X |", task_tables.headerless_indicator_rows): its rows as objectives, read under the
    header such a table has (CHUNK_HEADS, a level per column of figures, of no year the chunk states)."""
    if chunk_lead(doc, nodes) is None:
        return []
    out = []
    for b in doc.tables:
        rows = b.rows or []
        if not headerless_indicator_rows(rows):
            continue
        width = max(len(r) for r in rows)
        heads = list(CHUNK_HEADS) + [
            CHUNK_LEVEL_HEAD if all(FIGURE_CELL.match(r[c].strip()) for r in rows if c < len(r) and r[c].strip())
            else CHUNK_OTHER_HEAD for c in range(len(CHUNK_HEADS), width)]
        spans = b.cell_spans or []
        framed = replace(b, rows=[heads] + rows, cell_spans=[[(b.start, b.start)] * width] + list(spans))
        out += _table_items(framed, "specific", None, None, start)
    return out


def _section_year(node: Node) -> int | None:
    """The year the objectives' section over a "Mục tiêu cụ thể" names for all of it: "I. MỤC TIÊU ĐẾN
    NĂM 2030", "1. Mục tiêu đến năm 2028" over "a) Mục tiêu chung", "b) Mục tiêu cụ thể", "Điều 2. Mục tiêu,
    chỉ tiêu chủ yếu năm 2010" over "1. Mục tiêu tổng quát", "2. Các chỉ tiêu chủ yếu"."""
    anc = node.parent
    while anc is not None:
        if OBJECTIVE.match(anc.heading) or HORIZON.match(anc.heading):
            # (or the one year that closes it: "Điều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2010")
            m = YEAR_BY.search(anc.heading) or BARE_BY.search(anc.heading) or HEAD_YEAR.search(anc.heading)
            if m:
                return int(m.group(1))
        if anc.kind == "article" and (m := ADOPTED_YEAR.search(anc.body)):
            return int(m.group(1))
        anc = anc.parent
    return _forward_year(node)


# an article that adopts the targets of one year, its items under it: "Điều 1. ... thông qua mục tiêu, chỉ tiêu, nhiệm
# vụ, giải pháp chủ yếu năm 2026 như sau:" (not "... kế hoạch năm 2025 như sau:", no target named after the year)
ADOPTED_YEAR = re.compile(r"\b(?:mục tiêu|chỉ tiêu)\b[^.;:]{0,80}?\bnăm\s+((?:19|20)\d{2})\s*(?:như sau)?\s*:\s*$", re.I)


def _forward_year(node: Node) -> int | None:
    """The year a section of what comes next names over the objectives' heading: a report's "III.
    PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025" over "1. Mục tiêu, chỉ tiêu chủ yếu" (its targets are for 2025)."""
    anc = node.parent
    while anc is not None:
        if m := FORWARD_HEAD.match(anc.heading.strip()):
            return int(m.group(1))
        anc = anc.parent
    return None


def _end(doc: Document, node: Node, nodes: list[Node] | None = None) -> int:
    """Where the items of an objectives' section end: its last block, or the closing when the section is the
    body's last and the "Nơi nhận" and signature follow it with no "./." line between ("- Tỷ lệ ... đạt 95%."
    over "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN": no objectives). Items numbered again from 1 right under it are
    its own (`_numbered_again`)."""
    again = _numbered_again(node, nodes or [])
    return content_end(doc, node.block.index, again[-1].end_index if again else node.end_index)


def _numbered_again(node: Node, nodes: list[Node]) -> list[Node]:
    """The items a numbered targets' heading numbers again from 1 ("2. Các chỉ tiêu chủ yếu đến năm 2025" /
    "1. Giá trị sản xuất ... tăng 4,5%/năm." / "2. ..."), as a Party committee's programme writes its "chỉ
    tiêu chủ yếu": the outline reads them as the heading's siblings. The siblings right after it numbered
    from 1 upwards (numbering that goes on, "3.", is a section of its own)."""
    if node.kind != "arabic" or not node.number.isdigit() or node not in nodes:
        return []
    out: list[Node] = []
    for nxt in nodes[nodes.index(node) + 1:]:
        # (from 1 on, rising: an item that opens with a number, "2. 100% cơ sở ...", is no node of its own)
        if nxt.parent is not node.parent or nxt.level != node.level or nxt.kind != "arabic" or not nxt.number.isdigit() \
                or (nxt.number != "1" if not out else int(nxt.number) <= int(out[-1].number)):
            break
        out.append(nxt)
    return out


# a number an item commits to, whatever it counts: "tăng thêm ít nhất 10 tủ sách", "bình quân đạt 1,5 bản
# sách/người dân", "ít nhất hai lớp tập huấn" (not a year, "đạt năm 2027"; not "có một số ...", some; not a sum of
# money, "thu nhập bình quân đạt 68 triệu đồng", which a lone aim under "Mục tiêu" may name and stay general)
SETS_NUMBER = re.compile(r"\b(?:đạt|ít nhất|tối thiểu|thêm|bình quân|có)\s+(?!(?:19|20)\d{2}\b)"
                         r"(?:\d[\d.,]*|(?:một(?!\s+(?:số|cách|phần|trong)\b)|hai|ba|bốn|sáu|bảy|tám|chín|mười)(?=\s))"
                         r"(?!\s*(?:(?:triệu|tỷ|tỉ|nghìn|ngàn)\s+)?(?:đồng|USD)\b)\s*[^\W\d_]", re.I)


def _kind_by_number(item: dict) -> str:
    """An objective item with no heading of its kind: specific when it sets a number (a target the
    reading found, or a count of any noun, a level, a number in words: SETS_NUMBER), general when not."""
    return "specific" if item["targets"] or SETS_NUMBER.search(item["text"]) else "general"


def _numbered_items(doc: Document, node: Node, used: set[int], start: Callable[[], int | None]) -> list[dict]:
    """"I. MỤC TIÊU" over "1. Phấn đấu 100% xã ...", "2. Giảm ...": the numbered items
    are the objectives; one that sets a number is specific, one that does not, general."""
    out = []
    heading_year = YEAR_BY.search(node.block.text) or BARE_BY.search(node.block.text) or HEAD_YEAR.search(node.heading)
    year = int(heading_year.group(1)) if heading_year else _forward_year(node)
    rest = node.body[len(node.heading):].lstrip(" :") if node.body.startswith(node.heading) else ""
    if len(rest) > 15:  # "a) Mục tiêu: Nâng cao chất lượng ..." on the heading's own line (or its items run into it)
        for item in _objectives(node.block, rest, "general", node.path, year, start):
            item["kind"] = _kind_by_number(item)
            out.append(item)
        used.add(node.block.index)
    out.extend(_tables(doc, node, used, year, start))
    blocks = [b for b in doc.blocks[node.block.index + 1: _end(doc, node)] if b.kind != "table" and b.text]
    group = _Group()
    for k, b in enumerate(blocks):
        if b.index in used or _caption(doc, b):
            continue  # (a table's caption: its title, no item)
        used.add(b.index)
        style = group.next_line(b.text)
        text = ITEM_LABEL.sub("", strip_bullet(b.text)).strip()
        if (split := _aim_then_lead(text)) is not None:
            aim, text = split  # "Chủ động phòng, chống dịch ... xảy ra. Phấn đấu đến năm 2028:": the aim is one
            for item in _objectives(b, aim, "general", node.path, year, start):
                item["kind"] = _kind_by_number(item)
                out.append(item)
        if text.endswith(":") and len(aside := RESULTS_ASIDE.sub("", text)) < 150:
            text = aside  # "Trên cơ sở kết quả năm 2025 (tỷ lệ ... đạt 62,4%), xã đặt các chỉ tiêu ... như sau:" leads
            group.lead(text, style)  # "2. Phấn đấu đến hết năm 2026:" leads the items under it, and may date them
            if find_percents(text):  # "2. Phấn đấu 95% xã đạt các tiêu chí sau:" commits to its number too
                out.append(_objective(b, text, "specific", node.path, group.year or year, start))
            continue
        if len(text) <= 10:
            continue
        if _group_label(b.text, blocks[k + 1].text if k + 1 < len(blocks) else "") or _heads_deeper(doc, b):
            group.lead(text, style)  # "1. Phát triển kinh tế số đến năm 2030" over "- ..." items: it groups and dates them
            continue
        items = _objectives(b, text, "general", node.path, group.year or year, start)
        for item in items:  # (a count under "Phấn đấu trong năm 2026:" is a target too)
            item["kind"] = "specific" if group.cue else _kind_by_number(item)
        out.extend(_or_appendix(doc, items, text, node.path, group.year or year, used, start))
    return out


# the label styles of items: "a)" / "b/" and "1." / "2.1." / "3)", and the bullets "-" / "+" / "•"
_LETTER_LABEL = re.compile(r"^\s*(?:[a-zđ][.)/]\s|[a-gi-oru-wyđ][./](?=[" + UPPER + r"]))")
_NUMBER_LABEL = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)/](?:\s|(?=[" + UPPER + r"]))|" + BARE_LEVELS + ")")
_BULLET_LABEL = re.compile(r"^\s*([-+•*–])\s*")


def _label_style(text: str) -> str | None:
    """"letter" for "a) ...", "number:<depth>" for "1. ..." or "2.1. ...", "bullet:-" for
    "- ...", None for a plain line."""
    if _LETTER_LABEL.match(text):
        return "letter"
    if m := _NUMBER_LABEL.match(text):
        return "number:%d" % len(re.findall(r"\d+", m.group(0)))  # ("2.1." and "2.1" two levels)
    if m := _BULLET_LABEL.match(text):
        return f"bullet:{m.group(1)}"
    return None


class _Group:
    """The line that leads a group of items ("2. Phấn đấu đến hết năm 2026:", "a) Đến năm
    2030:") and the year it gives them, until a sibling of that line ("b) Hằng năm ...")
    ends the group."""

    def __init__(self):
        self.year: int | None = None
        self.style: str | None = None
        self.nested = False  # an item under the lead has been marked otherwise ("+" under "-")
        self.cue = False  # the lead sets targets ("Phấn đấu trong năm 2026:"): its items are specific

    def next_line(self, line: str) -> str | None:
        """The line's label style; a sibling of the leading line ends the group (a bullet
        like the lead's only once the items under it were marked otherwise: "- Đến năm
        2027:" / "+ ..." / "- ..." ends, "- Đến năm 2027:" / "- ..." / "- ..." does not)."""
        style = _label_style(line)
        if style is not None and style == self.style and (not style.startswith("bullet:") or self.nested):
            self.year = self.style = None
            self.nested = self.cue = False
        elif self.style is not None and style != self.style:
            self.nested = True
        return style

    def lead(self, text: str, style: str | None) -> None:
        m = YEAR_BY.search(text) or BARE_BY.search(text) or YEAR_LEAD.match(text.strip()) or PERIOD_LEAD.match(text.strip())
        self.year, self.style, self.nested = (int(m.group(1)) if m else None), style, False
        self.cue = TARGET_CUE.search(text.lower()) is not None


# the sentence that leads a list in, at the end of a paragraph: "... Phấn đấu đến năm 2028:", "Cụ thể như sau:"
_LAST_SENTENCE = re.compile(r"(?<=[.;])\s+(?=\w[^.;]*:$)")
# a lead-in in lower case after the aim's last clause: "...; trong đó:", "..., cụ thể:", "...; bao gồm:"
_LEAD_IN_CLAUSE = re.compile(r"(?<=[.;,])\s+((?:trong đó|cụ thể(?: như sau)?|bao gồm|gồm|như sau)\s*:)$")


def _aim_then_lead(text: str) -> tuple[str, str] | None:
    """(the aim, the lead-in) of a paragraph that states an aim in a sentence and ends with a
    sentence leading its items in ("Chủ động phòng, chống dịch bệnh, không để dịch lớn xảy ra.
    Phấn đấu đến năm 2028:"); None for a paragraph that is only a lead-in."""
    if not text.endswith(":"):
        return None
    m = _LAST_SENTENCE.search(text)
    if m is not None and text[m.end()].isupper():
        aim, lead = text[:m.start()].strip(), text[m.end():]
    elif (m := _LEAD_IN_CLAUSE.search(text)) is not None:
        aim, lead = text[:m.start()].strip(), m.group(1)  # "...; hoàn thành các chỉ tiêu năm 2026; trong đó:"
    else:
        return None
    return (aim, lead) if len(aim.split()) >= 6 and len(lead) < 150 else None


# a bracket of results a lead-in builds on: "Trên cơ sở kết quả năm 2025 (tỷ lệ ... đạt 62,4%, ...), xã đặt ..."
RESULTS_ASIDE = re.compile(r"(?<=\bkết quả)(?:\s+(?:đạt được|thực hiện))?(?:\s+(?:năm|giai đoạn)\s+[\d\s-]{4,11})?"
                           r"\s*\([^()]*\)", re.I)


def _group_label(text: str, following: str) -> bool:
    """A numbered line that names a group of bulleted items under it: short, no sentence
    of its own, and the next line is a bullet while it is not."""
    bullet = re.compile(r"^\s*[-+•*]\s")
    return (ITEM_LABEL.match(text) is not None and not bullet.match(text) and bullet.match(following) is not None
            and len(text.split()) <= 16 and not re.search(r"[.;]\s*$", text) and not find_percents(text))


def _depth(style: str | None) -> int | None:
    """How deep a label sits: "1." 1, "2.1." 2, "2.2.1." 3, a letter "a)" below every number; None for a bullet or
    a plain line."""
    if style == "letter":
        return 9
    return int(style.split(":")[1]) if style and style.startswith("number:") else None


def _heads_deeper(doc: Document, b: Block) -> bool:
    """A numbered heading under the objectives that only names a group of the items or the table under it ("2.1. Các
    chỉ tiêu chủ yếu" over a table, "2.2. Các chỉ tiêu khác" over "2.2.1. ...", "2.2.1. Về môi trường" over "a) ...";
    round G30): short, no sentence, no number of its own, and what follows it is a table or a line labelled one level
    deeper (a longer number, or a letter under a number)."""
    depth = _depth(_label_style(b.text))
    if depth is None or depth == 9 or len(b.text.split()) > 12 or re.search(r"[.;:]\s*$", b.text) \
            or find_percents(b.text) or re.search(r"\d", ITEM_LABEL.sub("", b.text)):
        return False
    nxt = next((n for n in doc.blocks[b.index + 1:] if n.kind == "table" or n.text.strip()), None)
    if nxt is None:
        return False
    if nxt.kind == "table":
        return True
    deeper = _depth(_label_style(nxt.text))
    return deeper is not None and deeper > depth


def _inline(doc: Document, node: Node, used: set[int], start: Callable[[], int | None]) -> list[dict]:
    out = []
    kind = None
    for b in doc.blocks[node.block.index + 1: _end(doc, node)]:
        if b.kind == "table" or not b.text or b.index in used:
            continue
        m = INLINE.match(b.text)
        if m:
            kind = "general" if GENERAL.search(m.group(1)) else "specific"
            used.add(b.index)
            if len(m.group(2)) > 10:
                out.append(_objective(b, m.group(2).strip(), kind, node.path, None, start))
            continue
        if kind == "specific":
            used.add(b.index)
            if b.text.rstrip().endswith(":") and not find_percents(b.text):
                continue  # "+ Về cai nghiện ma túy:" labels a group of items
            out.append(_objective(b, strip_bullet(b.text), kind, node.path, None, start))
    return out
