"""Activities: numbered projects and tasks in the plan's content sections, with their
bullets and their lead and partner agencies, and the rows of its task tables.

Which sections hold tasks: those whose heading says so (Nội dung, Nhiệm vụ, Dự án,
Phương án triển khai ...), else the sections between the objectives and the first
section of solutions or organization; in a report (Báo cáo) only the sections about what
comes next. Items are decided by what they are, not by their section: items that open
with an agency are responsibilities, field labels ("1. Thời gian:", "2. Địa điểm:") are
attributes. "Giao <unit> ... các công việc sau:" gives its numbered items that unit as
lead. Agencies come from label lines ("Cơ quan chủ trì: ..."), several labels on one line,
a title that opens with "Phối hợp với X ...", and bullets that open with an agency and a
verb. A task table's row that repeats a task of the body adds its agencies to it; a body
item that only repeats a table's group heading gives way to the table's rows.
"""

from __future__ import annotations

import copy
import dataclasses
import re

from extractors.document import Document
from extractors.fields.common import (AMEND_VERB, BULLET, CHUNK_MIN_ITEMS, LABEL_MARK, LETTER_LABEL, Keywords, chunk_lead, closings,
                                      content_end, quoted_region, unquoted,
                                      is_page_number, looks_like_ocr, one_edit, span, strip_bullet, strip_footnote,
                                      untoned)
from extractors.fields.responsibilities import SECTION as ORGANIZATION
from extractors.fields.responsibilities import agency_groups
from extractors.fields.task_tables import table_activities, table_cells, two_column_rows
from extractors.segment import Node, classify, heading_of, number_inferred
from normalizers.agencies import (AGENCY_AT_START, GIVEN_WORDS, definitions_in, document_initials, leading_agency, opens_agency, roles_in,
                                  split_agencies, without_fields)
from normalizers.money import find_money

CONTENT_SECTION = Keywords("nội dung", "dự án", "nhiệm vụ", "hoạt động", "chương trình hành động", "phương án triển khai",
                           "phương án thực hiện", "các công việc", "kế hoạch triển khai")
# headings of other sections: they win over a task word that comes after them ("MỤC TIÊU,
# NHIỆM VỤ") but not over one before them ("NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN")
# ("PHÂN CÔNG NHIỆM VỤ", "PHÂN CÔNG TRÁCH NHIỆM": the organization's heading in other words, whose items are
# each agency's duties)
NOT_CONTENT = Keywords("tổ chức thực hiện", "kinh phí", "tiến độ", "mục tiêu", "mục đích", "giải pháp thực hiện",
                       "chế độ báo cáo", "phân công")
# what was done: never tasks ("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026")
PAST = Keywords("đánh giá kết quả", "kết quả thực hiện", "kết quả đạt được", "tình hình thực hiện", "đánh giá tình hình",
                "thực trạng")
# a section before the tasks, or after them
PREFACE = Keywords("quan điểm", "căn cứ", "sự cần thiết", "thực trạng", "bối cảnh", "phạm vi", "đối tượng", "yêu cầu")
OBJECTIVES = Keywords("mục tiêu", "mục đích", "chỉ tiêu")
AFTER_TASKS = Keywords("giải pháp", "tổ chức thực hiện", "kinh phí", "chế độ báo cáo", "điều khoản", "hiệu lực")
# what a report plans next: "Phương hướng, nhiệm vụ năm 2026", "Nhiệm vụ trọng tâm thời gian tới"
FORWARD = Keywords("phương hướng", "thời gian tới", "năm tới", "nhiệm vụ trọng tâm", "kế hoạch năm", "giải pháp trọng tâm",
                   "nhiệm vụ năm", "nhiệm vụ, giải pháp", "nhiệm vụ và giải pháp", "nhiệm vụ giai đoạn")
REPORT_TYPE = re.compile(r"^bao cao\b|^so\s*:?.*/\s*b\s*c\b")  # "BÁO CÁO", "Số: 329/BC-UBND"
# an appendix that is a form to fill in, not part of the plan: "ĐỀ CƯƠNG BÁO CÁO", "MẪU BÁO CÁO"
TEMPLATE = re.compile(r"\bde cuong\b|\bmau bao cao\b|\bbieu mau\b|^mau\b")
# "2. Giải pháp" beside "1. Nhiệm vụ" under "II. NHIỆM VỤ VÀ GIẢI PHÁP": how, not a task (nor a resolution's
# "Điều 2. Giải pháp thực hiện:" over its numbered solutions)
SOLUTIONS_ONLY = re.compile(r"^(?:các\s+)?giải pháp(?:\s+(?:thực hiện|chủ yếu|chính|trọng tâm))?\s*:?\s*$", re.I)
# a section of the budget's own figures, which a financial plan sets out where another plan sets its tasks: "II. DỰ
# KIẾN THU NGÂN SÁCH NHÀ NƯỚC GIAI ĐOẠN 2027 - 2029", "III. DỰ TOÁN CHI NGÂN SÁCH ĐỊA PHƯƠNG", "CÂN ĐỐI NGÂN SÁCH"
FISCAL = Keywords("dự kiến thu", "dự kiến chi", "dự toán thu", "dự toán chi", "thu ngân sách", "chi ngân sách",
                  "cân đối ngân sách", "thu, chi ngân sách")
# a heading of the funds: "Kinh phí ...", "Dự toán ...", and the whole heading "Nguồn lực thực hiện",
# "Nguồn vốn", "Nguồn kinh phí thực hiện", "Kế hoạch vốn năm 2021" (not "Huy động nguồn lực ...", "Phát
# triển nguồn nhân lực")
BUDGET_NODE = re.compile(r"^(?:kinh phí|tổng kinh phí|dự toán|"
                         r"nguồn (?:lực|vốn|kinh phí)(?:\s+(?:thực hiện|đầu tư|tài chính))?\s*:?\s*$|"
                         r"kế hoạch vốn(?:\s+đầu tư(?:\s+công)?)?(?:\s+năm\s+(?:19|20)\d{2})?\s*:?\s*$)", re.I)
# a numbered sub-section inside the task section whose heading is nothing but the names of a part of the plan: the
# targets ("1. Mục tiêu, chỉ tiêu chủ yếu": no task, objectives.py reads it) or the tasks ("2. Nhiệm vụ, giải pháp
# chủ yếu" over "a) ...", "b) ...": the letters are the tasks, as under a section) of a report's "III. PHƯƠNG
# HƯỚNG, NHIỆM VỤ NĂM 2025" (not a task that names them: "1. Rà soát các chỉ tiêu ...", "2. Nhiệm vụ phát triển
# hạ tầng giao thông nông thôn")
_PART_TAIL = r"(?:\s*,\s*|\s+và\s+|\s+)"
OBJECTIVES_HEAD = re.compile(r"^(?:các\s+)?(?:mục tiêu|chỉ tiêu)(?:" + _PART_TAIL +
                             r"(?:các\s+)?(?:mục tiêu|chỉ tiêu|chủ yếu|cụ thể|chung|tổng quát|chính|cơ bản|trọng tâm|"
                             r"(?:đến\s+|trong\s+)?năm\s+(?:19|20)\d{2}))*\s*:?$", re.I)
TASKS_HEAD = re.compile(r"^(?:các\s+)?(?:nhiệm vụ|giải pháp|nội dung)(?:" + _PART_TAIL +
                        r"(?:các\s+)?(?:nhiệm vụ|giải pháp|nội dung|chủ yếu|cụ thể|chính|trọng tâm|trọng điểm|thực hiện|"
                        r"(?:đến\s+|trong\s+)?năm\s+(?:19|20)\d{2}))*\s*:?$", re.I)
# a point of an amending plan, which names the part of the plan it amends: "1. Sửa đổi điểm b khoản 2 Mục I như
# sau:", "2. Bổ sung nhiệm vụ 2.5 và 2.6 vào khoản 2 Mục II", "3. Thay thế Phụ lục 01" (the new text under it may
# hold tasks; the point is none. "Bổ sung trang thiết bị cho trạm y tế" names no part: a task)
AMENDS = re.compile(r"^(?:sửa đổi|bổ sung|thay thế|bãi bỏ|điều chỉnh)(?:\s*,\s*(?:sửa đổi|bổ sung|thay thế))?"
                    r"(?:\s+(?:một số|các|nội dung|toàn bộ|tên|tiêu đề)(?:\s+(?:nội dung|của))?)?\s+"
                    r"(?:điểm|khoản|mục|tiểu mục|điều|phụ lục|tiết|nhiệm vụ|chỉ tiêu)\s+(?:số\s+)?"
                    r"(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])(?![\w.]\w)", re.I)
# an amending document's point that keeps the rest of the earlier plan: "4. Các nội dung khác giữ nguyên theo Kế hoạch số
# ...", "Những nội dung còn lại thực hiện theo Kế hoạch số ..." (no task, whatever the line under it gives; round G66)
_KEPT_PART = r"(?:nội dung|điểm|khoản|mục|phần)"
KEPT_REST = re.compile(r"^(?:các|những)\s+" + _KEPT_PART + r"(?:\s*,\s*" + _KEPT_PART + r")*\s+(?:khác|còn lại)(?!\w)", re.I)
# a situation a response plan answers, each with the measures it calls for: "1. Cấp độ 1: Dịch xảy ra tại 01 xã", "2.
# Tình huống 2: Cháy rừng trên 1 ha", "Kịch bản 3 - ..." (a level, scenario or case, no task of the plan; "1. Xây dựng
# phương án ứng phó theo cấp độ 1" opens with its task)
SITUATION = re.compile(r"^(?:cấp độ|tình huống|kịch bản|trường hợp)(?:\s+(?:rủi ro|dịch|báo động|cảnh báo|thiên tai))*"
                       r"\s+(?:số\s+)?(?:\d{1,2}|[IVX]{1,4})(?!\w)(?!\s*(?:năm|tháng|ngày|%))", re.I)
# a slot of an event's programme, which opens with its time of day: "1. Từ 7 giờ 00 đến 7 giờ 30: Đón tiếp đại biểu",
# "a) 7h30 - 8h00: Khai mạc", "2. 14h00 ngày 24/9: Bế mạc" (the order of the ceremony, no task of the plan, as a
# programme table's rows are none; not "40 giờ: ..." of a course, a duration with no minutes, no range and no "từ", nor a task
# whose time comes later: "Tổ chức khai mạc lúc 7h30")
_CLOCK_H = r"\d{1,2}\s*h(?:\s*\d{2})?(?:\s*(?:phút|'))?"
_CLOCK_G = r"\d{1,2}\s*giờ(?:\s*\d{1,2}(?:\s*phút)?)?"
_CLOCK = r"(?:" + _CLOCK_H + "|" + _CLOCK_G + ")"
SLOT = re.compile(r"^(?:(?:từ\s+)?" + _CLOCK + r"\s*(?:-|–|đến)\s*" + _CLOCK + r"|từ\s+" + _CLOCK + r"|" + _CLOCK_H
                  + r"|\d{1,2}\s*giờ\s*\d{1,2}(?:\s*phút)?)"
                  r"(?:,?\s+(?:sáng|chiều|tối)?\s*(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?)?"  # "16h00, ngày 24/9/2023"
                  r"(?=\s*(?:[:\-–]|$))", re.I)
# a section that names the standing body and the means a response plan keeps ready, in the plan's own order: "III.
# BAN CHỈ HUY VÀ LỰC LƯỢNG, PHƯƠNG TIỆN", "II. LỰC LƯỢNG, PHƯƠNG TIỆN ỨNG PHÓ", "BAN CHỈ ĐẠO VÀ TỔ GIÚP VIỆC" (its
# items are the board's make-up, the forces, tools and hotlines: no tasks. Not a section that sets one up or
# strengthens it: "III. KIỆN TOÀN BAN CHỈ HUY ...", "TĂNG CƯỜNG LỰC LƯỢNG ...")
STANDING = re.compile(r"^(?:ban chi huy|ban chi dao|luc luong|phuong tien|vat tu|co so vat chat)\b")
# "Dự án 2" (a "Tiểu dự án 1" belongs to the Dự án above it)
PROJECT = re.compile(r"(?<![Tt]iểu )(?<!TIỂU )\b(Dự án)\s*(\d+)", re.I)
TITLE_PREFIX = re.compile(r"^(?:Triển khai\s+)?(?:Dự án|Tiểu dự án|Hoạt động|Nhiệm vụ|Nội dung|Giải pháp)\s*\d+(?:\.\d+)*"
                          r"\s*(?::|\.(?=\s)|(?<=\s)[-–](?=\s))\s*",
                          re.I)
# label lines, matched without tone marks: "Cơ quan chủ trì:", "Đơn vị phối hợp thực hiện:",
# "Chủ trì:", "Đơn vị thực hiện:", "Thực hiện:"; an investor leads its works: "Chủ đầu tư:", "Đơn vị chủ đầu tư:"
# (the body that advises on the task leads it: "Cơ quan tham mưu: Phòng X")
LEAD = re.compile(r"^(?:(?:co quan|don vi)\s+(?:chu tri|chiu trach nhiem|dau moi|chu dau tu|tham muu)(?:\s+thuc hien)?\s*:?|"
                  r"(?:chu tri(?:\s+thuc hien)?|chu dau tu)\s*:)\s*")
PARTNER = re.compile(r"^(?:(?:co quan|don vi)\s+(?:phoi hop|tham gia)(?:\s+thuc hien)?\s*:?|phoi hop(?:\s+thuc hien)?\s*:)\s*")
PERFORMER = re.compile(r"^(?:(?:co quan|don vi)\s+thuc hien|trach nhiem thuc hien|phan cong thuc hien|thuc hien|"
                       r"trach nhiem|phan cong)\s*:\s*|^(?:co quan|don vi)\s+thuc hien\s+")
# "Cơ quan chủ trì: Sở Y tế; cơ quan phối hợp: Sở Tài chính" on one line
PARTNER_INLINE = re.compile(r"[;.]\s*(?:(?:co quan|don vi)\s+)?phoi hop(?:\s+thuc hien)?\s*:\s*")
_ROLE_WORD = re.compile(r"chu tri|chu dau tu|phoi hop|thuc hien|trach nhiem|dau moi|tham gia|phan cong|tham muu")
_OCR_LABELS = ((LEAD, ("co quan chu tri", "don vi chu tri", "chu tri", "co quan chu tri thuc hien")),
               (PARTNER, ("co quan phoi hop", "don vi phoi hop", "phoi hop", "co quan phoi hop thuc hien")),
               (PERFORMER, ("don vi thuc hien", "co quan thuc hien", "trach nhiem thuc hien")))
# an assignment in brackets at the end of a task: "(Sở Xây dựng chủ trì, các huyện phối hợp)"
# ... and the task's deadline after it, in the same paragraph: "(Văn phòng Sở chủ trì). Thời gian: quý II/2026.",
# "(Sở Y tế chủ trì), hoàn thành trước ngày 30/6/2027."
_DEADLINE_TAIL = (r"(?:\s*[.;,:-]?\s*(?:[Tt]hời gian(?:\s+(?:thực hiện|hoàn thành))?|[Tt]hời hạn(?:\s+hoàn thành)?|"
                  r"[Tt]iến độ|[Hh]oàn thành(?:\s+(?:trong|trước|vào))?)\b[^()]{0,60})?")
TITLE_AGENCIES = re.compile(r"\s*\(([^()]{4,120})\)" + _DEADLINE_TAIL + r"[\s.;]*$")  # "... (Sở Nội vụ, Thanh tra tỉnh)."
# (or in square brackets, as a portal's editor marks it: "... trên Trang thông tin điện tử của Sở. [Văn phòng Sở chủ trì]")
# a task's money after its title and a semicolon: "...; kinh phí 1.250 triệu đồng từ nguồn ...", "; tổng kinh phí dự kiến
# 300 triệu đồng", "; dự toán: 45 triệu đồng" (an amount must follow: "; kinh phí từ nguồn sự nghiệp" names none)
TITLE_MONEY_TAIL = re.compile(r"\s*;\s*(?:với\s+)?(?:tổng\s+)?(?:kinh phí|dự toán|chi phí)(?:\s+(?:thực hiện|dự kiến|ước tính))*"
                              r"\s*(?::|là|khoảng)?\s*\d[^;]*$", re.I)
# a task's time after its title and a colon, the whole rest of the title: "Cân, đo trẻ em dưới 5 tuổi: tháng 6 và tháng
# 12 hằng năm", "...: tháng 5-6/2020", "...: quý III/2026", "...: trước ngày 30/9/2020", "...: hằng năm", "...: thường
# xuyên" (not a title whose words after the colon say what is done: "Hội nghị: tổng kết năm 2026", "Giai đoạn 1:
# năm 2026" has no task before its colon)
_WHEN = (r"(?:(?:trong|vào|từ|đến|trước|sau|cuối|đầu|giữa|hoàn thành(?:\s+(?:trước|trong|vào))?)\s+)*"
         r"(?:(?:tháng|quý|quí|ngày|năm|tuần)\s+(?:[0-9]{1,4}(?:\s*[-–/.]\s*[0-9]{1,4})*|[IVX]{1,4}(?:\s*[-–/]\s*[0-9IVX]{1,4})*)"
         r"|(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)|định kỳ(?:\s+(?:hằng|hàng)\s+(?:năm|quý|tháng))?|thường xuyên|cả năm|"
         r"liên tục)")
TITLE_WHEN_TAIL = re.compile(r"(?<=\w)\s*:\s+" + _WHEN + r"(?:\s*(?:,|và|-|–|đến)\s*" + _WHEN + r"|\s+(?:hằng|hàng)\s+(?:năm|quý)|\s+năm\s+[0-9]{4})*"
                             r"[\s.;]*$", re.I)
TITLE_ROLES = re.compile(r"\s*[(\[]([^()\[\]]*(?:[Cc]hủ trì|[Pp]hối hợp|[Tt]hực hiện)[^()\[\]]*)[)\]]" + _DEADLINE_TAIL
                         + r"[\s.;]*$")
# (an investor leads its works; a focal point leads: "Giao Sở X làm đầu mối, phối hợp với ...")
_CHAIRS_WORD = re.compile(r"(?<!\w)(?:chủ trì|(?:làm|là) chủ đầu tư|(?:làm|là)\s+(?:cơ quan\s+|đơn vị\s+)?đầu mối)(?!\w)")
# several labelled fields on one line: "b) Đơn vị chủ trì: Sở Nội vụ; c) Đơn vị phối hợp: ... d) Thời hạn: ..."
_FIELD_WORDS = r"chủ trì|phối hợp|thực hiện|thời gian|thời hạn|tiến độ|sản phẩm|kinh phí|kết quả"
_FIELD_NAME = r"(?:(?:cơ quan|đơn vị)\s+)?(?:" + _FIELD_WORDS + r")"
# (or given as bullets or lines of their own: "- Chủ trì: X - Phối hợp: Y", "Chủ trì: X\nPhối hợp: Y"; the bullet
# stays on its field, which strip_bullet reads off)
FIELD_CUT = re.compile(r"(?:[;.]\s*|\s+)(?=[a-zđ]\)\s+" + _FIELD_NAME + r"[^:;]{0,25}:)|;\s*(?=" + _FIELD_NAME + r"[^:;]{0,25}:)"
                       r"|\s*\n\s*(?=(?:[-+•]\s*)?" + _FIELD_NAME + r"[^:;\n]{0,25}:)|\s+(?=[-+•]\s+" + _FIELD_NAME + r"[^:;]{0,25}:)"
                       # (or each a sentence of its own, as a scrape's bold labels write them: "**Chủ trì:** Sở Y tế.
                       # **Phối hợp:** Sở Tài chính. **Thời gian:** Quý II/2026.")
                       r"|\.\s+(?=\**(?-i:Cơ quan|Đơn vị|Chủ trì|Phối hợp|Thực hiện|Thời gian|Thời hạn|Tiến độ|Sản phẩm|"
                       r"Kinh phí|Kết quả)[^:;.]{0,25}:)",
                       re.I)
# what every cut of FIELD_CUT stands before: a field's name (or the "Cơ quan" / "Đơn vị" of a sentence's bold label) right
# after a ";", a line break, a bullet after a space, a ". ", or an item's letter after a space or a stop (" b) ", "; c) ")
# -- a line without one is not cut, and FIELD_CUT, tried at each of its spaces, is not asked of it ("b) Cơ quan chủ trì:
# Sở X.", "- Đơn vị thực hiện: Sở X - Y")
FIELD_CUT_SIGN = re.compile(r"(?:[;\n]|\s[+•-]|[;.\s][a-zđ]\))\s*\**(?:(?:cơ quan|đơn vị)\s+)?(?:" + _FIELD_WORDS + r")"
                            r"|\.\s+\**(?:cơ quan|đơn vị|" + _FIELD_WORDS + r")", re.I)
# letter items that are fields of their activity, not tasks of their own
# ("chủ trì", "phối hợp" only as a label, before a colon or alone: "b) Phối hợp thực hiện: ..."; a task may open with
# them as its verb: "c) Phối hợp giám sát việc thực hiện quy chế dân chủ (...)")
FIELD_LABEL = re.compile(r"^(?:nội dung|mục tiêu|mục đích|phạm vi|đối tượng|cơ quan|đơn vị|"
                         r"(?:chủ trì|phối hợp)(?:\s*(?:,|và)\s*(?:chủ trì|phối hợp))?(?:\s+thực hiện)?\s*(?::|$)|kinh phí|"
                         r"nguồn|thời gian|tiến độ|sản phẩm|kết quả|tổ chức thực hiện|phân công|trách nhiệm|giải pháp|"
                         r"cách thức|hình thức|địa bàn|yêu cầu|nhiệm vụ)", re.I)
# numbered items that are attributes of the plan, not tasks: "1. Thời gian: ...", "3. Thành phần:" (and of a
# contest or games: "2. Môn thi đấu: ...", "3. Giải thưởng: ...", "Cơ cấu giải thưởng", "Điều lệ thi đấu"; and of a
# crop's production plan, its calendar and the mix of its seeds or crops: "1. Lịch thời vụ: gieo sạ từ ngày ...",
# "2. Cơ cấu giống: giống chủ lực ... chiếm 60% diện tích", "Khung thời vụ", "Cơ cấu cây trồng" (round G42; not a task
# that changes them: "1. Chuyển đổi cơ cấu cây trồng: ...", "2. Cơ cấu lại ngành trồng trọt: ..."))
ATTRIBUTE = re.compile(r"^(?:thoi gian|thoi han|dia diem|thanh phan|doi tuong|pham vi|hinh thuc|quy mo|so luong|"
                       r"mon thi dau|noi dung thi dau|giai thuong|co cau giai thuong|dieu le|"
                       r"(?:khung\s+)?(?:lich\s+)?thoi vu|co cau (?:giong|cay trong|mua vu|dien tich|vat nuoi)|"
                       r"kinh phi|nguon kinh phi|che do bao cao|lo trinh|de xuat|kien nghi|phuong phap)"
                       r"(?:[^:]{0,30})$")
# a task that opens with its partners: "Phối hợp với Bộ Công an và các địa phương rà soát ..."
WITH_PARTNERS = re.compile(r"^(?:Phối hợp|Chủ động phối hợp|Phối kết hợp)\s+(?:chặt chẽ\s+)?với\s+(.*)$")
# "Giao Sở Nội vụ chủ trì, phối hợp với ... thực hiện các công việc sau:"
ASSIGNS_TASKS = re.compile(r"^giao\b.*\b(?:cac|nhung)\s+(?:cong viec|nhiem vu|noi dung)(?:\s+\w+){0,2}\s+sau(?:\s+day)?\s*:?\s*$")
# the label of an item or Article: "Điều 2.", "3.", "b)"
# (a slash after the number only with a space: "1/ Tuyên truyền", not "76/NQ-CP" wrapped onto a line)
ITEM_LABEL = re.compile(r"^(?:(?:Điều|ĐIỀU)\s+\d{1,3}\s*[.:]\s*|" + LABEL_MARK + r"\s*)")
BULLET_TITLE_MIN = 20  # a bullet task's first clause is its title when it is at least this long
PARTNERS_IN = re.compile(r"phối hợp(?:\s+chặt chẽ)?\s+với\s+(.*?)(?:\s+(?:thực hiện|triển khai|tổ chức)\b|$)")


def _is_report(doc: Document, nodes: list[Node]) -> bool:
    """A report (Báo cáo): its type line or its number says so."""
    first = nodes[0].block.index if nodes else min(len(doc.blocks), 25)
    return any(REPORT_TYPE.search(untoned(b.text.strip())) for b in doc.blocks[:min(first, 25)] if b.kind != "table")


def _templates(doc: Document) -> list[range]:
    """Block ranges of appendices that are forms to fill in ("Phụ lục: ĐỀ CƯƠNG BÁO CÁO")."""
    starts = [i for i in closings(doc) if untoned(doc.blocks[i].text.strip()[:10]).startswith("phu luc")]
    out = []
    for n, s in enumerate(starts):
        title = " ".join(untoned(b.text) for b in doc.blocks[s: s + 4] if b.kind != "table")
        if TEMPLATE.search(title):
            out.append(range(s, starts[n + 1] if n + 1 < len(starts) else len(doc.blocks)))
    return out


def _is_content(heading: str, ocr: bool, report: bool) -> bool:
    if PAST.search(heading, ocr):
        return False
    if report:
        return FORWARD.search(heading, ocr)
    task, other = CONTENT_SECTION.find(heading, ocr), NOT_CONTENT.find(heading, ocr)
    return task is not None and (other is None or task < other)


# a chapter's section, read as a Roman section under its chapter: "Mục 1. Đầu tư tuyến trục kết nối" under "Chương II
# / NHIỆM VỤ VÀ GIẢI PHÁP" (a chapter so divided is the plan's top section, its "Mục" the items under it)
CHAPTER_SECTION_LABEL = re.compile(r"^(?:Mục|MỤC)\s+(\d{1,2}|[IVXL]{1,6})\b")  # (its number as written)


def _code(node: Node) -> str:
    """An activity's code: its node's number, as written for a chapter's section ("Mục 1." is 1, which the
    outline numbers I among the chapter's Roman-level sections)."""
    m = CHAPTER_SECTION_LABEL.match(node.label)
    return m.group(1) if m else node.number


def _chapter_sections(node: Node) -> list[Node]:
    """The "Mục" sections of a chapter ("Chương II" over "Mục 1.", "Mục 2.") when they are its items, with no numbered
    items of their own; [] where any child section is Roman numbered ("Phần thứ hai" over "I.", "II.") or a "Mục"
    groups numbered tasks ("Mục 1. NHIỆM VỤ VỀ SẢN XUẤT" over "1. ...", "2. ...": the Mục are sections, as before)."""
    romans = [c for c in node.children if c.kind == "roman"]
    if not romans or not all(CHAPTER_SECTION_LABEL.match(c.label) for c in romans):
        return []
    return [] if any(g.kind in ("arabic", "letter") for c in romans for g in c.children) else romans


def content_sections(nodes: list[Node], ocr: bool = False, report: bool = False,
                     doc: Document | None = None) -> list[Node]:
    """The sections that hold the plan's tasks: Roman sections (or Parts without Roman
    sections under them) whose heading names tasks; else those between the objectives and
    the solutions, or, when none is between them, a section named only for the solutions
    whose items are labelled one by one ("II. GIẢI PHÁP" over "Giải pháp 1. ...", `doc`
    given); and numbered sub-sections that name tasks under other headings ("I. MỤC
    TIÊU, NHIỆM VỤ" over "2. Nhiệm vụ" over "2.1. ...")."""
    tops = [n for n in nodes if n.kind == "roman"
            or (n.kind == "part" and (not any(c.kind == "roman" for c in n.children) or _chapter_sections(n)))]
    chosen = [n for n in tops if _is_content(n.heading, ocr, report)
              or (report and n.parent is not None and n.parent.kind == "part"  # "B. PHƯƠNG HƯỚNG ..." over "II. NHIỆM VỤ"
                  and _is_content(n.parent.heading, ocr, True) and _is_content(n.heading, ocr, False))]
    # a resolution's Article whose heading names nothing but the tasks ("Điều 3. Nhiệm vụ và giải pháp chủ yếu")
    # over numbered items, with no Roman section under it: the items are the tasks
    chosen += [n for n in nodes if n.kind == "article" and TASKS_HEAD.match(n.heading.strip())
               and not SOLUTIONS_ONLY.match(n.heading.strip()) and not any(c.kind == "roman" for c in n.children)
               and any(c.kind in ("arabic", "letter") for c in n.children)]
    if not chosen and tops and not report:
        # no heading says "Nhiệm vụ": the sections between the objectives and the first
        # section of solutions, organization or funds ("III. PHÁT TRIỂN HẠ TẦNG SỐ")
        seen_objectives = False
        for n in tops:
            if AFTER_TASKS.search(n.heading, ocr) and seen_objectives:
                if not chosen and doc is not None and SOLUTIONS_ONLY.match(n.heading.strip()) and _labelled_items(doc, n):
                    chosen.append(n)  # "II. GIẢI PHÁP" over "Giải pháp 1. ...", "Giải pháp 2. ...": the plan's tasks
                break
            if NOT_CONTENT.search(n.heading, ocr) or PAST.search(n.heading, ocr) or PREFACE.search(n.heading, ocr):
                seen_objectives = seen_objectives or OBJECTIVES.search(n.heading, ocr)
                continue
            if STANDING.match(" ".join(untoned(n.heading).split())):
                continue  # the standing board, forces and means ("III. BAN CHỈ HUY VÀ LỰC LƯỢNG, PHƯƠNG TIỆN")
            if FISCAL.search(n.heading, ocr) or BUDGET_NODE.match(n.heading.strip()):
                continue  # the budget's figures, not tasks ("II. NGUỒN VỐN THỰC HIỆN" over "a) Vốn ngân sách ...: N")
            if seen_objectives:
                chosen.append(n)
    # "2. NHIỆM VỤ" with "2.1." (or "a)", "b)") under it, outside the chosen sections
    inside = {id(n) for c in chosen for n in [c] + _descendants(c)}
    chosen += [n for n in nodes if n.kind == "arabic" and id(n) not in inside and len(n.heading) < 80
               and _is_content(n.heading, ocr, report)
               and (any(c.kind == "arabic" for c in n.children) or sum(c.kind == "letter" for c in n.children) >= 2)
               and not any(id(a) in inside or ORGANIZATION.search(a.heading, ocr) or PAST.search(a.heading, ocr)
                           or BUDGET_NODE.match(a.heading) for a in _ancestors(n))]
    return sorted(chosen, key=lambda n: n.block.index)


def _labelled_items(doc: Document, node: Node) -> bool:
    """Whether a section holds items labelled one by one: "Giải pháp 1. ...", "Nhiệm vụ 2: ..."."""
    return any(b.kind != "table" and TITLE_PREFIX.match(b.text.lstrip(" *-"))
               for b in doc.blocks[node.block.index + 1: node.end_index])


def _descendants(node: Node) -> list[Node]:
    out = []
    for c in node.children:
        out += [c] + _descendants(c)
    return out


def _has_content(doc: Document, node: Node) -> bool:
    """Whether a lettered item has lines of its own under it (a line that starts in lower
    case is the item's own sentence, wrapped), or assigns itself on its line ("a) Rà soát
    quỹ đất: Ủy ban nhân dân các xã chủ trì", "a) Rà soát quỹ đất (Ủy ban nhân dân các xã
    chủ trì)", "a) Rà soát quỹ đất. Giao Ủy ban nhân dân các xã chủ trì thực hiện.")."""
    if (tail := _after_colon(node.body)) and leading_agency(tail) and (roles := roles_in(tail)) and roles[0]:
        return True
    if (m := _title_roles(node.body.rstrip())) and (
            roles := labelled_roles(m.group(1)) or roles_in(m.group(1)) or _performs(m.group(1))) and roles[0]:
        # "a) Kiểm tra bếp ăn bán trú (Chi cục X chủ trì, phối hợp với Y).", "(Chủ trì: Chi cục X; phối hợp: Y)",
        # read as the task's own title reads them (_activity)
        return True
    if (m := _inline_role_label(node.body.rstrip())) and (roles := labelled_roles(m.group(1))) and roles[0]:
        return True  # "a) Nâng cấp đường băng cản lửa. Chủ trì: Chi cục Kiểm lâm; phối hợp: Sở Xây dựng."
    if (m := TITLE_AGENCIES.search(node.body.rstrip())) and _agencies_only(m.group(1)):
        return True  # "a) Ban hành quy chế phối hợp (Văn phòng UBND huyện; quý III/2024).": who does it, no role word
    if (roles := _assigned_after(node.body.rstrip())) and roles[0]:
        return True  # "a) Biên soạn tài liệu. Giao Trung tâm X chủ trì, phối hợp với Vụ Y thực hiện; hoàn thành ..."
    if _CHAIRS_WORD.search(node.body) and (found := leading_agency(node.body)) and found[0] == 0 \
            and (roles := roles_in(node.body)) and roles[0]:
        return True  # "a/ Khoa Kiểm soát bệnh tật chủ trì, phối hợp với Trạm Y tế xã giám sát ...": its own lead
    return any(b.kind != "table" and b.text and not is_page_number(doc, b) and not b.text[:1].islower()
               for b in doc.blocks[node.block.index + 1: node.end_index])


def _has_prose(doc: Document, node: Node, first: Node) -> bool:
    """Whether an item describes itself before its first lettered sub-item (a paragraph
    that is not a bullet: "Phát triển hạ tầng số nhanh, đồng bộ ...")."""
    return any(b.kind != "table" and b.text and not BULLET.match(b.text) and not is_page_number(doc, b)
               and len(b.text) > 60 for b in doc.blocks[node.block.index + 1: first.block.index])


def _heading_only(doc: Document, node: Node) -> bool:
    """Whether a numbered item is its heading alone: nothing after its label's line but the
    next item ("2. Nhiệm vụ, giải pháp" / "1. Phân bổ ..." / "2. Đẩy nhanh ...", the tasks
    numbered again from 1 under it and read as its siblings)."""
    return node.body.strip(" :.") == node.heading.strip(" :.") and not any(
        b.text.strip() for b in doc.blocks[node.block.index + 1: node.end_index] if b.kind != "table")


def _is_attribute(node: Node) -> bool:
    """"1. Thời gian: ...", "2. Địa điểm", "3. Thành phần tham dự:": a field of the plan."""
    head = node.body.split(":", 1)[0] if ":" in node.body[:60] else node.body
    return bool(ATTRIBUTE.match(" ".join(untoned(head).split()).rstrip(" .")))


def extract_activities(doc: Document, nodes: list[Node]) -> list[dict]:
    with document_initials(definitions_in(doc.text[:200000])):  # "(IOC chủ trì, ...)" where the document defines IOC
        return _activities(doc, nodes)


def _activities(doc: Document, nodes: list[Node]) -> list[dict]:
    ocr = looks_like_ocr(doc)
    skip = _templates(doc)
    assigned = {id(n) for group in agency_groups(nodes) for n in group}  # responsibilities, not tasks
    out = []
    sections = content_sections(nodes, ocr, _is_report(doc, nodes), doc)
    for section in sections + _chunk_sections(doc, nodes, ocr):
        if any(section.block.index in r for r in skip):
            continue
        end = content_end(doc, section.block.index, section.end_index)
        members = [n for n in nodes if section.block.index < n.block.index < end and n.kind == "arabic"]
        leading: set[int] = set()
        if section.kind == "chunk":  # the chunk's own numbered (or lettered) items
            members = _chunk_items(nodes, section.end_index)
            leading = _leading_letters(members)
        if not members and section.kind == "arabic":  # "2. Nội dung" over "a) ...", "b) ...": "2.a", "2.b"
            # (a section's heading is no task: its letters are, even when each is one sentence,
            # which under a task would be the task's content)
            found = [a for a in _node_activities(doc, section, end) if a["_node"] is not section]
            out += found or _letter_tasks(doc, section, end)
            continue
        if not members and section.kind == "part":  # "Chương II. NHIỆM VỤ" over "Mục 1. ...", "Mục 2. ..."
            members = [n for n in _chapter_sections(section) if n.block.index < end]
        if not members:  # "II. NHIỆM VỤ" over "a) ...", "b) ..."
            members = [n for n in section.children if n.kind == "letter" and n.block.index < end]
        if not members and section.kind in ("part", "roman", "article"):
            out += _bullet_tasks(doc, section, end)  # "III. NỘI DUNG" over "- Phòng X chủ trì ..." alone
            continue
        for node in members:
            if BUDGET_NODE.match(node.heading) or id(node) in assigned or _is_attribute(node) \
                    or SOLUTIONS_ONLY.match(node.heading) or AMENDS.match(node.heading) \
                    or KEPT_REST.match(node.heading.strip()) \
                    or SITUATION.match(node.heading.strip()) or SLOT.match(node.heading.strip()):
                continue
            if any(c.kind == "arabic" for c in node.children) or OBJECTIVES_HEAD.match(node.heading.strip()):
                continue  # a heading that only groups numbered sub-items, or the targets' heading
            if TASKS_HEAD.match(node.heading.strip()) and sum(c.kind == "letter" for c in node.children) >= 2:
                out += _letter_tasks(doc, node, end)  # "2. Nhiệm vụ, giải pháp chủ yếu" over "a) ...", "b) ..."
                continue
            if TASKS_HEAD.match(node.heading.strip()) and _heading_only(doc, node):
                continue  # "2. Nhiệm vụ, giải pháp" over tasks numbered again from "1.": their heading
            found = _node_activities(doc, node, end)
            if id(node) in leading:
                found = [a for a in found if a["lead_agencies"]]
            out += found
    out += _assigned_tasks(doc, nodes, {id(a["_node"]) for a in out})
    out += _quoted_tasks(doc, nodes, {a["_node"].block.index for a in out})
    return _merge_tables(out, _outside_organization(doc, table_activities(doc), nodes), doc)


def _bullet_tasks(doc: Document, section: Node, end: int) -> list[dict]:
    """A task section with no numbered or lettered item, only dash bullets (under unnumbered
    phase lines, "Giai đoạn 1 (tháng 3 - 6/2025): ...", or none): each bullet is a task when
    most of them name who leads them ("- Phòng X chủ trì tổ chức ...", "- Giao Trung tâm Y tế
    huyện bố trí ...", "- Hoàn thành việc sắp xếp ... (Sở Nội vụ chủ trì)"). Such a task has no
    code; its title is its first clause (a deadline or a partner after ";" is its detail).
    Bullets that name no lead are the section's description, not tasks."""
    bullets = [b for b in doc.blocks[section.block.index + 1: end]
               if b.kind != "table" and b.text and BULLET.match(b.text) and not is_page_number(doc, b)]
    found = []
    for b in bullets:
        body = strip_bullet(b.text.strip())
        node = Node(path=section.path, label="-", heading=body, level=section.level + 1, kind="bullet", number="",
                    block=b, body=body, parent=section, end_index=b.index + 1)
        act = _activity(doc, node, "", _project(section), end)
        act["content"] = []
        first, sep, _ = act["title"].partition(";")
        if sep and len(first) >= BULLET_TITLE_MIN:
            act["title"] = first.rstrip(" ,.")
        found.append(act)
    if len(found) < CHUNK_MIN_ITEMS or 2 * sum(bool(a["lead_agencies"]) for a in found) <= len(found):
        return []
    return found


def _outside_organization(doc: Document, rows: list[dict], nodes: list[Node]) -> list[dict]:
    """A table's rows, less those of a table by agency ("TT | Cơ quan, đơn vị | Nhiệm vụ") that sits
    under "Tổ chức thực hiện": there it gives each agency's duties (responsibilities), no tasks."""
    reach = [(n.block.start, doc.blocks[n.end_index].start if n.end_index < len(doc.blocks) else len(doc.text))
             for n in nodes if n.kind in ("part", "roman", "article", "arabic") and ORGANIZATION.search(n.heading)]
    out = []
    for row in rows:
        if row.pop("by_agency", False) and any(a <= row["span"]["start"] < b for a, b in reach):
            continue
        out.append(row)
    return out


def _chunk_sections(doc: Document, nodes: list[Node], ocr: bool) -> list[Node]:
    """A chunk cut out of a longer text (a corpus that splits documents into pieces) may
    begin in the middle of the tasks, with no heading over them: the items of its lead
    (common.chunk_lead). They are tasks when two or more of them name who leads them ("Giao:
    Sở X chủ trì, phối hợp với ..."); the lead is then one section over them."""
    first = chunk_lead(doc, nodes)
    if first is None:
        return []
    items = _chunk_items(nodes, first)
    led = sum(1 for n in items if any(_activity(doc, t, t.number or "", None, first)["lead_agencies"]
                                      for t in [n] + _descendants(n)))
    if led < CHUNK_MIN_ITEMS:
        return []
    return [Node(path="", label="", heading="", level=0, kind="chunk", number="", block=doc.blocks[0], body="",
                 end_index=first)]


def _chunk_items(nodes: list[Node], end: int) -> list[Node]:
    """A chunk's items before block `end`: its numbered items under no other, else its lettered
    ones ("a. ...", "b. ...": the chunk began inside a numbered task). Lettered items before the
    first numbered one ("c) ...", then "3.", "4.": the chunk began among the letters of a task
    whose number is in the chunk before) come first (see _leading_letters)."""
    numbered = [n for n in nodes if n.kind == "arabic" and n.parent is None and n.block.index < end]
    letters = [n for n in nodes if n.kind == "letter" and n.parent is None and n.block.index < end]
    if not numbered:
        return letters
    return [n for n in letters if n.block.index < numbered[0].block.index] + numbered


def _leading_letters(members: list[Node]) -> set[int]:
    """The lettered items of a chunk's items that come before its numbered ones: each is a task only
    when it names who leads it ("c) Rà soát ... Sở X chủ trì, phối hợp với Y ..."); else it is the
    content of the task the chunk before numbered ("c) Thời gian: quý IV")."""
    if not any(n.kind == "arabic" for n in members):
        return set()
    return {id(n) for n in members if n.kind == "letter"}


def _project(node: Node) -> str | None:
    """"Dự án 2" when the node or a numbered section over it names a project."""
    for anc in [node] + _ancestors(node):
        pm = PROJECT.search(anc.body)
        if pm and anc.kind in ("arabic", "roman", "part"):
            return f"Dự án {pm.group(2)}"
    return None


def _letter_tasks(doc: Document, node: Node, end: int) -> list[dict]:
    """A node's lettered items as its tasks, coded "2.a", "2.b" (an attribute line, "a)
    Thời gian: ...", is none)."""
    project = _project(node)
    return [_activity(doc, task, f"{node.number}.{task.number}", project, end) for task in node.children
            if task.kind == "letter" and task.block.index < end and not FIELD_LABEL.match(task.heading)
            and not _is_attribute(task)]


def _node_activities(doc: Document, node: Node, end: int) -> list[dict]:
    project = _project(node)
    letters = [c for c in node.children if c.kind == "letter"]
    if node.kind == "letter":
        return [_activity(doc, node, _code(node), project, end)]
    if letters and not any(FIELD_LABEL.match(c.heading) for c in letters) and not _has_prose(doc, node, letters[0]) \
            and 2 * sum(_has_content(doc, c) for c in letters) >= len(letters):
        # "1. Lĩnh vực y tế" over "a) Nâng cấp trạm y tế" with its own lines: the letters are
        # the tasks (letters that are one sentence each, or that follow the item's own
        # description, are the item's content)
        return _letter_tasks(doc, node, end)
    return [_activity(doc, node, _code(node), project, end)]


def _assigned_tasks(doc: Document, nodes: list[Node], done: set[int]) -> list[dict]:
    """"Giao Sở Nội vụ chủ trì, phối hợp với ... thực hiện các công việc sau:" and the
    numbered items under it: tasks led by that unit."""
    out = []
    for b in doc.blocks:
        if b.kind == "table" or not b.text.rstrip().endswith((":", "sau", "đây", "SAU", "ĐÂY")):
            continue
        line = ITEM_LABEL.sub("", strip_bullet(b.text.strip()))
        if not line or not ASSIGNS_TASKS.match(untoned(line)):
            continue
        found = leading_agency(line)
        if not found:
            continue
        lead = split_agencies(line[found[0]:found[1]])
        pm = PARTNERS_IN.search(b.text)
        partner = split_agencies(pm.group(1)) if pm else []
        after = [n for n in nodes if n.block.index > b.index and n.kind in ("arabic", "letter")]
        if not after or after[0].block.index > b.index + 1:
            continue
        for n in after:
            if n.level != after[0].level or n.kind != after[0].kind or id(n) in done:
                if n.level <= after[0].level and n.kind != after[0].kind:
                    break
                continue
            act = _activity(doc, n, n.number, None, content_end(doc, n.block.index, n.end_index))
            act["lead_agencies"] = act["lead_agencies"] or list(lead)
            act["partner_agencies"] = act["partner_agencies"] or list(partner)
            out.append(act)
            done.add(id(n))
    return out


# the point of an amending document that adds or rewrites tasks, the new wording under it: "2. Bổ sung nhiệm vụ tại
# Mục II như sau:", "Nhiệm vụ 3 khoản 2 Mục II được sửa đổi như sau:", "Điều chỉnh hoạt động 2.1 nay sửa thành:" (a
# verb that amends, common.AMEND_VERB, and the tasks named)
AMENDED_TASKS = re.compile(r"(?<!\w)(?:nhiệm vụ|hoạt động|dự án|nội dung công việc)(?!\w)", re.I)
# the new wording quoted on the point's own line, after its colon: '2. Sửa đổi nhiệm vụ 3 khoản 2 Mục II như sau: "3.
# Tổ chức ..."' (a quote that opens on a numbered item)
QUOTE_AFTER_COLON = re.compile(r":\s*(?=[\"“]\s*(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)/-]\s)")


def _tail_block(doc: Document, point: Node):
    """The rest of an amending point's line after its colon when a quoted numbered item opens there, as a block of its
    own (its place in the text where it stands), else None."""
    b = point.block
    m = QUOTE_AFTER_COLON.search(b.text)
    if not m or doc.text[b.start: b.end] != b.text:
        return None
    return dataclasses.replace(b, text=b.text[m.end():], start=b.start + m.end())


def _quoted_tasks(doc: Document, nodes: list[Node], done: set[int]) -> list[dict]:
    """The tasks an amending document adds or rewrites in quotes: under a point that amends tasks ("2. Bổ sung nhiệm
    vụ tại Mục II như sau:"), the quoted new wording's numbered (or lettered) items, the quote marks left out:
    '"5. Xây dựng vùng nuôi ... Giao Sở X chủ trì, phối hợp với Y thực hiện."' is task 5, led by X. A quote that
    opens with no numbered item (new prose, a slogan, a name) adds none, nor one under a point on other parts
    (targets, money, the bodies' duties)."""
    out = []
    view = None
    for point in nodes:
        if point.kind not in ("arabic", "letter", "article") or not AMEND_VERB.search(point.heading) \
                or not AMENDED_TASKS.search(point.heading):
            continue
        tail = _tail_block(doc, point)
        region = quoted_region(doc, point, tail)
        if region is None:
            continue
        if view is None:
            view = copy.copy(doc)
            view.blocks = list(doc.blocks)
        for i in region:  # the blocks without their quote marks (their places in the text unchanged)
            b = tail if tail is not None and i == region.start else doc.blocks[i]
            if b.kind != "table" and b.text:
                view.blocks[i] = dataclasses.replace(b, text=unquoted(b.text).strip())
        items = []
        for i in region:
            b = view.blocks[i]
            found = classify(b.text) if b.kind != "table" and b.text else None
            if found and found[0] in ("arabic", "letter") and found[2][-1:] in ".)/-–" \
                    and (not items or found[0] == items[0][1][0]):
                items.append((b, found))
        if not items or items[0][0].index != region.start:
            continue  # the new wording opens with no numbered item: no task
        for k, (b, (kind, number, label, body)) in enumerate(items):
            end = items[k + 1][0].index if k + 1 < len(items) else region.stop
            heading = heading_of(body)
            if b.index in done or OBJECTIVES_HEAD.match(heading.strip()) or BUDGET_NODE.match(heading.strip()) \
                    or ORGANIZATION.search(heading) or TASKS_HEAD.match(heading.strip()):
                continue
            node = Node(path=f"{point.path}.{number}", label=label, heading=heading, level=point.level + 1, kind=kind,
                        number=number, block=b, body=body, parent=point, end_index=end)
            act = _activity(view, node, number, None, end)
            if not opens_agency(act["title"]):  # "3. Sở Tài chính: ..." is a body's duty, no task
                out.append(act)
    return out


def _ocr_label(folded: str) -> tuple[re.Pattern, int] | None:
    """In an OCR reading, a label one edit away from a known one ("co quan chu tn:"): the
    pattern it stands for and where its value starts."""
    colon = folded.find(":", 0, 45)
    label = " ".join(folded[:colon].split()) if colon > 0 else ""
    for pattern, phrases in _OCR_LABELS:
        if label and any(one_edit(label, p) for p in phrases):
            return pattern, colon + 1
    return None


def labelled_roles(text: str, ocr: bool = False) -> tuple[list[str], list[str]] | None:
    """(lead, partner) from a line of labelled fields ("Cơ quan chủ trì: Sở Y tế; cơ quan
    phối hợp: Sở Tài chính", "b) Đơn vị chủ trì: ...; c) Đơn vị phối hợp: ... d) Thời hạn:
    ...", "Đơn vị thực hiện: X chủ trì, phối hợp với Y"), labels read without tone marks
    (and with one edit in an OCR reading); None when the line has no such label."""
    folded = untoned(text)
    if not _ROLE_WORD.search(folded) and not (ocr and ":" in text):
        return None
    if ":" not in folded and "co quan" not in folded and "don vi" not in folded:
        # every label below ends on its colon, or opens on "cơ quan" / "đơn vị" (LEAD, PARTNER, PERFORMER; an OCR
        # label is read up to its colon): a line with none of them has no label ("... thực hiện tốt ...")
        return None
    lead: list[str] = []
    partner: list[str] = []
    found = False
    line = strip_bullet(text.strip())
    # (every cut stands before a field's label and its colon: a line with no colon is one part)
    for part in FIELD_CUT.split(line) if ":" in line and FIELD_CUT_SIGN.search(line) else [line]:
        part = strip_bullet(LETTER_LABEL.sub("", part.strip())).strip().rstrip(" ;.")
        folded = untoned(part)
        fuzzy = _ocr_label(folded) if ocr and not (LEAD.match(folded) or PARTNER.match(folded)
                                                   or PERFORMER.match(folded)) else None
        if fuzzy:  # read the value after the label, as its own pattern would
            folded = {LEAD: "chu tri: ", PARTNER: "phoi hop: ", PERFORMER: "thuc hien: "}[fuzzy[0]]
            part = folded + part[fuzzy[1]:].lstrip()
        if m := LEAD.match(folded):
            value = part[m.end():]
            inline = PARTNER_INLINE.search(untoned(value))
            if inline:  # "Sở Y tế; cơ quan phối hợp: Sở Tài chính"
                partner += split_agencies(value[inline.end():])
                value = value[: inline.start()]
            lead += split_agencies(value)
        elif m := PARTNER.match(folded):
            partner += split_agencies(part[m.end():])
        elif m := PERFORMER.match(folded):
            value = part[m.end():]
            roles = roles_in(value)
            lead += roles[0] if roles else split_agencies(value)
            partner += roles[1] if roles else []
        else:
            continue
        found = True
    return (lead, partner) if found else None


def _wrapped(doc: Document, node: Node, limit: int) -> tuple[str, int]:
    """An item's text with the lines a wrap cut from it: a line that does not end a
    sentence is continued by the next one when that starts in lower case, or when the
    page layout wrapped a full line ("3. Triển khai ... đảm" / "bảo chất lượng ...").
    Returns the text and the index of the first block after it."""
    text, at = node.body, node.block.index + 1
    line = node.block.text
    cells = table_cells(doc)
    while at < min(limit, len(doc.blocks)):
        nxt = doc.blocks[at]
        if nxt.kind == "table" or not nxt.text or BULLET.match(nxt.text) or ITEM_LABEL.match(nxt.text) or nxt.index in cells:
            break
        if ROLE_LABEL_END.search(line.rstrip()):
            pass  # "... Mộ Đức. Chủ trì:" / "Ban Quản lý rừng phòng hộ tỉnh; phối hợp: ...": the label's value
        elif line.rstrip()[-1:] in ".:;!?" or not (nxt.text[:1].islower() or (len(line) >= 60 and _page_wrap(node.block, nxt)
                                                                             and not _own_sentence(line, nxt.text))):
            break
        text, line, at = f"{text} {nxt.text}", nxt.text, at + 1
    return text, at


# a word a line cannot end a phrase on: what follows it is the rest of the line ("... Nghị quyết của" /
# "Hội đồng nhân dân tỉnh ...")
_OPEN_END = re.compile(r"(?:^|\s)(?:và|với|của|cho|tại|các|những|trong|theo|về|để|từ|đến|trên|dưới|thuộc|giữa|do|"
                       r"bởi|là|hoặc|hay|như|phục vụ|gắn với)$", re.I)


def _own_sentence(line: str, nxt: str) -> bool:
    """Whether `nxt`, which opens with a capital, is a sentence of its own rather than the wrap of
    `line`: it ends a sentence and is no short name's end ("Hỗ trợ hợp tác xã ký hợp đồng bao tiêu
    ... 350 ha." under "3. Xây dựng chuỗi liên kết ... chất lượng cao"), or it opens the assignment
    under the heading, its lead and "chủ trì" ("Chi cục Kiểm lâm chủ trì, phối hợp với ... các xã có",
    the paragraph's first line); and `line` does not stop on a word that leaves its phrase open
    ("... Nghị quyết của" / "Hội đồng nhân dân tỉnh ... mới.")."""
    if _OPEN_END.search(line.rstrip(" ,")):
        return False
    if nxt.rstrip()[-1:] in ".!?;" and len(nxt.split()) >= 8:
        return True
    found = leading_agency(nxt)
    return bool(found and found[0] == 0 and _CHAIRS_WORD.match(nxt[found[1]:].lstrip(" ,")))


def _page_wrap(block, nxt) -> bool:
    """Whether `nxt` may be the wrap of a full line of `block` that the page reader left
    apart: a page's blocks (a scan's, a PDF's), not a text file's lines (its reader joined
    its wraps by their width), and not plain text under a heading set in bold (the body
    under it, not its wrap)."""
    if "page" not in nxt.location or "line" in nxt.location:
        return False
    return not (block.location.get("bold") and not nxt.location.get("bold"))


# a labelled field after the task on its line: ". Đơn vị thực hiện: X", " - Cơ quan chủ trì: X"
# (after a sentence's end the label may be bare: "... rừng nghèo kiệt. Chủ trì: Chi cục Kiểm lâm; phối hợp: ...")
INLINE_ROLE_LABEL = re.compile(r"(?:(?:[.;]\s+|\s+[-–]\s+)(?=(?:[Cc]ơ quan|[Đđ]ơn vị)\s+(?:chủ trì|thực hiện|phối hợp|chịu trách nhiệm)"
                               r"[^:]{0,25}:\s*\S)|[.;]\s+(?=(?:Chủ trì|Phối hợp)(?:\s+thực hiện)?\s*:\s*\S)"
                               # (the bare "Thực hiện:" when an agency follows it, not a time: "Thực hiện: Quý III")
                               r"|[.;]\s+(?=(?:Thực hiện|Trách nhiệm(?: thực hiện)?)\s*:\s*(?:" + AGENCY_AT_START.pattern[1:]
                               + r")))(\S.*)$")
# the words one of INLINE_ROLE_LABEL's labels holds, one of which it needs (with a colon): a line with none has no
# such label, found without the search, which is tried at every space of the line
_INLINE_ROLE_WORDS = ("hủ trì", "hực hiện", "hối hợp", "rách nhiệm")


def _inline_role_label(text: str) -> re.Match | None:
    """INLINE_ROLE_LABEL.search(text), asked only of a text with a colon and one of its role words."""
    if ":" not in text or not any(w in text for w in _INLINE_ROLE_WORDS):
        return None
    return INLINE_ROLE_LABEL.search(text)


def _title_roles(text: str) -> re.Match | None:
    """TITLE_ROLES.search(text), asked only of a text with a bracket (it ends on one)."""
    return TITLE_ROLES.search(text) if "(" in text or "[" in text else None


# the verb after an agency that makes a sentence under a task its assignment: "Trung tâm Y tế huyện
# thực hiện", "UBND các huyện chỉ đạo các xã ..." (not "Các ngành, lĩnh vực khác, căn cứ ...")
DOES = re.compile(r"^,?\s+(?:thực hiện|triển khai|chủ trì|chịu trách nhiệm|đảm nhiệm|phụ trách|tổ chức|chỉ đạo|lãnh đạo|"
                  r"hướng dẫn)(?!\w)")
# a paragraph that opens by giving the task to a body, then what it is to do: "Giao Ủy ban nhân dân các xã kiện toàn
# tổ quản lý ...", "Giao Phòng Lao động - Thương binh và Xã hội mở 03 lớp tập huấn ..." (a verb in lower case right
# after the body's name, where leading_agency ends it)
GIVEN_OPENS = re.compile(r"^G" + GIVEN_WORDS[1:] + r"(?=\S)")  # ("Giao", capital: the paragraph opens on it)
GIVEN_VERB = re.compile(r",?\s+[a-zà-ỹđ]")
# "Sở Y tế thực hiện", "Công an tỉnh chịu trách nhiệm": an agency and the one verb that makes it the lead
# (the verbs one alternation: "triển khai thực hiện" before its parts)
_CARRIES_OUT = r"(?:triển khai thực hiện|thực hiện|chịu trách nhiệm|đảm nhiệm|triển khai)"
PERFORMS = re.compile(r"^(.*?)\s+" + _CARRIES_OUT + r"\s*$")


def _performs(text: str) -> tuple[list[str], list[str]] | None:
    """(lead, []) from a note that names who carries the task out: "(Sở Y tế thực hiện)"."""
    m = PERFORMS.match(without_fields(text.strip()))
    if not m or not (found := leading_agency(m.group(1))) or found[0] != 0 or found[1] < len(m.group(1).rstrip()):
        return None
    return split_agencies(m.group(1)), []


def _role_label(roles: str) -> str:
    """A role's label as a task's lines write it, of the roles `roles`: "Cơ quan chủ trì:", "Đơn vị phối hợp thực
    hiện:", "Chủ trì:"."""
    return r"(?:(?:[Cc]ơ quan|[Đđ]ơn vị)\s+)?(?:" + roles + r")(?:\s+thực hiện)?\s*:"


_ANY_ROLE = r"[Cc]hủ trì|[Pp]hối hợp|[Tt]hực hiện"

# a role label that ends a line after the task's sentence, its value wrapped onto the next line:
# "a) Trồng mới rừng phòng hộ ven biển. Chủ trì:" (not a lead-in that ends with a colon)
ROLE_LABEL_END = re.compile(r"[.;]\s+" + _role_label(r"[Cc]hủ trì|[Pp]hối hợp") + "$")

# a role's label ending the task's own line, its agencies listed on the lines under it: "1. Rà soát hồ sơ. Đơn vị thực
# hiện:" / "- Phòng Nội vụ;" / "- UBND các xã." (the label, its colon kept, as labelled_roles reads it)
TITLE_LABEL_END = re.compile(r"[.;]\s+(" + _role_label(_ANY_ROLE) + ")$")

# a role's label alone on its line, its agencies listed on the lines under it: "- Đơn vị phối hợp:" / "+ Sở Y tế;"
ROLE_LABEL_ALONE = re.compile("^" + _role_label(_ANY_ROLE) + "$")

# a line that ends with a role's label, its value on the next line: "Cơ quan chủ trì: Sở Y tế; cơ quan
# phối hợp:" / "Sở Tài chính; ...", "Đơn vị thực hiện:" / "Trung tâm Y tế huyện."
ROLE_VALUE_WRAPPED = re.compile(r"(?:^|[.;,]\s+)" + _role_label(r"[Cc]hủ trì|[Pp]hối hợp|thực hiện") + "$")
# ... or a role's label and its list, the line ending on a semicolon or a comma as the list goes on: "b) Cơ quan phối
# hợp: Cục Quản lý và Xây dựng công trình thủy lợi;" / "Cục Quản lý đê điều ...; Báo ..." (a text whose lines a page
# wrapped, a line ending on ";" kept as a line of its own; round G44)
ROLE_LIST_GOES_ON = re.compile(r"^(?:[a-zđ]\)\s*|[-+•]\s*)?" + _role_label(_ANY_ROLE) + r".*[;,]$")

# where a sentence ends inside a task's line: "... đại chúng. Sở Y tế chủ trì ...", or a dash sets its lead apart:
# "In 2.000 tờ gấp - Trung tâm Văn hóa tỉnh chủ trì." (the clause after it must open on an agency and chair)
# (or a clause that hands the task over: "Tổ chức diễn tập ...; giao Sở X chủ trì, ...", "..., giao Sở X chủ trì ...")
SENTENCE_END = re.compile(r"[.;]\s+|\s+[-–]\s+|,\s+(?=giao\s)")
# the lead said in the passive, after "do" (by): "Rà soát hồ sơ do Phòng Tư pháp chủ trì, phối hợp với ...",
# "Nhiệm vụ này do Sở X chủ trì thực hiện", "Do Trung tâm Y chủ trì, ..." (what follows must open with an agency
# and say "chủ trì": not "do thiếu kinh phí", "do Sở X ban hành")
DONE_BY = re.compile(r"(?:^|(?<=\s))[Dd]o\s+")
# a later sentence that gives the task to one body to carry out: "Giao Sở Công Thương thực hiện", "Giao Trung tâm
# Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh thực hiện, hoàn thành trong năm 2026"
GIVEN_TO = re.compile(r"Giao\s+(.+?\s(?:thực hiện|triển khai))(?=\s*(?:[,;.]|$))")
# the body that advises on the task, named right before "tham mưu", leads it: "Tập huấn cán bộ; Phòng Kinh tế tham
# mưu, phối hợp với Phòng Tài chính thực hiện", "...; Công chức Tư pháp - Hộ tịch tham mưu thực hiện"
ADVISES = re.compile(r"\s*,?\s*(?:chủ trì\s+)?tham mưu(?!\w)")
# a later sentence whose subject carries the task out (_performs), alone or with its partners after it: "Rà soát hồ sơ;
# Công chức Tư pháp - Hộ tịch thực hiện", "... Công chức Địa chính - Xây dựng thực hiện, Văn phòng - Thống kê phối
# hợp" (the verb ends the sentence: not "Phòng Y tế thực hiện theo Kế hoạch số ..."): the partners after the verb
PARTNERS_AFTER = re.compile(r"(?:(?<=thực hiện)|(?<=triển khai)|(?<=đảm nhiệm))\s*,\s*(.+?)\s+phối hợp(?:\s+thực hiện)?$")
# ... or carries it out with partners named before the verb: "Văn phòng - Thống kê phối hợp với Đoàn Thanh niên xã
# thực hiện"
PERFORMED_WITH = re.compile(r"^.+?\s+phối hợp với\s+.+?\s+" + _CARRIES_OUT + "$")


def _performed_by_subject(rest: str) -> tuple[list[str], list[str]] | None:
    """(lead, partner) of a sentence that opens on the body that carries the task out (_performs and PARTNERS_AFTER,
    PERFORMED_WITH)."""
    rest = rest.strip().rstrip(" .;")
    head, partners = rest, []
    if m := PARTNERS_AFTER.search(rest):
        head, partners = rest[: m.start()], split_agencies(m.group(1))
    if all(opens_agency(n) for n in partners) and (partners or head == rest) and (done := _performs(head)):
        return done[0], partners
    if PERFORMED_WITH.match(rest) and (roles := roles_in(rest)) and roles[0]:
        return list(roles[0]), list(roles[1])
    return None


def _assigned_after(title: str) -> tuple[list[str], list[str], str] | None:
    """(lead, partner, the task alone) when a later sentence of a task's line assigns it:
    "Đào tạo nhân lực du lịch. Giao Phòng Lao động - Thương binh và Xã hội chủ trì, phối
    hợp với UBND các xã thực hiện". The sentence must open with the agency (or "Giao") and
    say "chủ trì", or give the task to one body to carry out (GIVEN_TO: "... nền tảng số. Giao
    Trung tâm Xúc tiến Du lịch tỉnh thực hiện, hoàn thành trong năm 2026"); a sentence that only
    mentions an agency assigns nothing."""
    if ("chủ" not in title and "Giao " not in title and "đầu mối" not in title and "tham mưu" not in title
            and "thực hiện" not in title and "triển khai" not in title and "đảm nhiệm" not in title):
        return None  # (what _CHAIRS_WORD or GIVEN_TO asks of the sentence, asked of the whole line first)
    for m in [*SENTENCE_END.finditer(title), *DONE_BY.finditer(title)]:
        rest = title[m.end():]
        if rest.startswith("giao "):
            rest = "G" + rest[1:]  # (a clause, not a sentence: "...; giao Sở X chủ trì" reads as "Giao Sở X chủ trì")
        if opens_agency(rest) and _CHAIRS_WORD.search(rest) and (roles := roles_in(rest)) and roles[0]:
            return list(roles[0]), list(roles[1]), title[: m.start()].rstrip(" .;:,") or title
        if (given := GIVEN_TO.match(rest)) and (performs := _performs(given.group(1))):
            return performs[0], [], title[: m.start()].rstrip(" .;:,")
        if (opens_agency(rest) and (found := leading_agency(rest)) and found[0] == 0
                and ADVISES.match(rest, found[1])):
            roles = roles_in(rest)
            return split_agencies(rest[: found[1]]), list(roles[1]) if roles else [], title[: m.start()].rstrip(" .;:,")
        if m.group().strip() in (".", ";", "-", "–") and opens_agency(rest) and (done := _performed_by_subject(rest)):
            return done[0], done[1], title[: m.start()].rstrip(" .;:,")
    for m in CLAUSE_AFTER_TASK.finditer(title):
        # "Tổ chức Cuộc thi "...", Phòng Tư pháp chủ trì.", "Nạo vét kênh mương nội đồng: UBND các xã thực hiện."
        rest = title[m.end():]
        if not opens_agency(rest):
            continue
        if m.group().startswith(",") and _CHAIRS_WORD.search(rest) and (roles := roles_in(rest)) and roles[0] \
                and (found := leading_agency(rest)) and found[0] == 0 and _CHAIRS_WORD.match(rest, found[1] + 1):
            return list(roles[0]), list(roles[1]), title[: m.start()].rstrip(" .;:,")
        if m.group().startswith(":") and (done := _performed_by_subject(rest)):
            return done[0], done[1], title[: m.start()].rstrip(" .;:,")
    return None


# a task's line whose last clause names the body that leads or carries it out, after a comma or a colon: "Tổ chức Cuộc
# thi "Tìm hiểu ...", Phòng Tư pháp chủ trì.", "Nạo vét kênh mương nội đồng: Ủy ban nhân dân các xã thực hiện." (the
# clause must be the body and its verb alone: _performed_by_subject; round G27)
CLAUSE_AFTER_TASK = re.compile(r"[,:]\s+")


def _after_colon(title: str) -> str | None:
    """What follows the first ": " of a task's line, if anything does."""
    cut = title.find(": ")
    return title[cut + 2:] if cut > 0 else None


def _listed_under(doc: Document, start: int, end: int, cells: set[int], listed: set[int]) -> list[str]:
    """The agencies listed one a bullet line from block `start` on, as long as each line opens with one (a role's
    label above them, alone on its line or ending the task's); their lines are added to `listed`."""
    names = []
    for nxt in doc.blocks[start: end]:
        item = strip_bullet(nxt.text.strip()) if nxt.kind != "table" and nxt.text else ""
        if (not BULLET.match(nxt.text or "") or nxt.index in cells or not opens_agency(item)
                or labelled_roles(item) is not None):
            break
        names.append(item.rstrip(" ;,."))
        listed.add(nxt.index)
    return names


def _activity(doc: Document, node: Node, code: str, project: str | None, limit: int) -> dict:
    if number_inferred(node):
        code = ""  # "= Tiếp tục ...": a number read as a sign, placed by its neighbours, is in no text
    body, first = _wrapped(doc, node, min(node.end_index, limit))
    title = strip_footnote(TITLE_PREFIX.sub("", body).strip().rstrip(":.; "))
    lead: list[str] = []
    partner: list[str] = []
    named: list[str] = []  # subjects of bullets and of the title
    content: list[str] = []
    end = min(node.end_index, limit)
    cells = table_cells(doc)
    listed: set[int] = set()  # the lines listing a role's agencies under its label
    if m := _title_roles(title):
        # "Rà soát quy hoạch (Sở Xây dựng chủ trì, các huyện phối hợp)", "(Sở Y tế thực hiện)"
        roles = labelled_roles(m.group(1)) or roles_in(m.group(1)) or _performs(m.group(1))
        if roles and not roles[0] and (said := roles_in(m.group(1))) and said[0]:
            roles = said  # "(Sở Tư pháp chủ trì; phối hợp: Sở A, Sở B)": the lead said before the partners' label
        if roles:
            lead, partner = list(roles[0]), list(roles[1])
            title = title[: m.start()].rstrip(" .;:,")
    elif (m := TITLE_AGENCIES.search(title)) and (names := _agencies_only(m.group(1))):
        # "Tăng cường kiểm tra công vụ (Sở Nội vụ, Thanh tra tỉnh)": the bracket names who does it, no role word
        lead, title = names, title[: m.start()].rstrip(" .;:,")
    elif m := TITLE_LABEL_END.search(body.rstrip()):
        # "1. Rà soát hồ sơ thủ tục hành chính. Đơn vị thực hiện:" / "- Phòng Nội vụ;" / "- UBND các xã.": the
        # task, then its role's label, the agencies listed on the bullet lines under it
        title = strip_footnote(TITLE_PREFIX.sub("", body[: m.start()]).strip().rstrip(":.; "))
        names = _listed_under(doc, first, end, cells, listed)
        roles = labelled_roles(f"{m.group(1)} {'; '.join(names)}") if names else None
        if roles:
            lead, partner = list(roles[0]), list(roles[1])
    elif m := _inline_role_label(title):
        # "Truyền thông phòng chống dịch. Đơn vị thực hiện: Trung tâm Kiểm soát bệnh tật tỉnh"
        roles = labelled_roles(m.group(1))
        if roles and (roles[0] or roles[1]):
            lead, partner = list(roles[0]), list(roles[1])
            title = title[: m.start()].rstrip(" .;:,-")
    elif roles := _assigned_after(title):
        # "Tuyên truyền trên báo, đài. Phòng Văn hóa và Thông tin chủ trì, phối hợp với ..."
        lead, partner, title = list(roles[0]), list(roles[1]), roles[2]
    if (m := TITLE_MONEY_TAIL.search(title)) and find_money(title[m.start():]):
        # "Tập huấn kỹ thuật cho nông dân; kinh phí 320 triệu đồng từ ...": the task, then its money after a semicolon
        title = title[: m.start()].rstrip(" .;:,")
    title = without_time(title)
    if m := WITH_PARTNERS.match(title):
        # "Phối hợp với Bộ Công an và các địa phương rà soát ...": the partners are named first
        found = leading_agency(m.group(1))
        if found:
            partner += split_agencies(m.group(1)[found[0]:found[1]])
    elif (found := leading_agency(title)) and found[1] < len(title):
        # "2. Sở Y tế triển khai tiêm chủng ..." among tasks that do not name one
        roles = roles_in(title)
        named += roles[0] if roles else split_agencies(title[found[0]:found[1]])
        partner += roles[1] if roles else []
    elif not lead and (tail := _after_colon(title)) and leading_agency(tail):
        # "Phát triển hạ tầng số: Sở Thông tin và Truyền thông chủ trì, phối hợp với ...":
        # the task, then who does it, on one line (roles stated, not only a name)
        roles = roles_in(tail)
        if roles and roles[0]:
            lead, partner = list(roles[0]), list(roles[1])
            title = title[: len(title) - len(tail)].rstrip(" :")  # the task alone, before its assignment
    ocr = looks_like_ocr(doc)
    for row in two_column_rows(doc, first, end):
        # the task's attributes in a small table of its own: "Đơn vị chủ trì | Sở X", "Đơn vị phối hợp | Y; Z"
        if roles := labelled_roles(row, ocr):
            lead += [a for a in roles[0] if a not in lead]
            partner += [a for a in roles[1] if a not in partner]
    wrapped: set[int] = set()  # the lines joined to the one before them (a role label's value wrapped onto them)
    for b in doc.blocks[first: end]:
        if b.kind == "table" or not b.text or is_page_number(doc, b) or b.index in cells or b.index in wrapped \
                or b.index in listed:
            continue  # a table's cells are read as its rows
        line = b.text
        # (both labels below end the line on their colon: a line that does not is asked neither)
        if line.rstrip().endswith(":") and ROLE_LABEL_ALONE.match(strip_bullet(line.strip())):
            # "- Đơn vị phối hợp:" / "+ Ngân hàng Chính sách xã hội tỉnh;" / "+ Sở Y tế.": the role's agencies
            # listed under its label
            names = _listed_under(doc, b.index + 1, end, cells, listed)
            if names:
                line = f"{strip_bullet(line.strip())} {'; '.join(names)}"
        nxt_at = b.index + 1
        while nxt_at < end and (line.rstrip().endswith(":") and ROLE_VALUE_WRAPPED.search(line.rstrip())
                                or line.rstrip().endswith((";", ",")) and ROLE_LIST_GOES_ON.match(line.strip())):
            nxt = doc.blocks[nxt_at]
            if not (nxt.kind != "table" and nxt.text and not BULLET.match(nxt.text) and not ITEM_LABEL.match(nxt.text)
                    and nxt.index not in cells and opens_agency(nxt.text.strip())):
                break
            # "Cơ quan chủ trì: Sở Y tế; cơ quan phối hợp:" / "Sở Tài chính; thời gian: năm 2026."
            line = f"{line.rstrip()} {nxt.text.strip()}"
            wrapped.add(nxt.index)
            nxt_at += 1
        if (not BULLET.match(line) and ":" in line and (m := _inline_role_label(line))
                and labelled_roles(line[: m.start()], ocr) is None and (roles := labelled_roles(m.group(1), ocr))
                and (roles[0] or roles[1])):
            # "Tổ chức 20 lớp đào tạo nghề. Đơn vị thực hiện: Trung tâm Khuyến công": the task's
            # description, then who does it, in one paragraph
            lead += [a for a in roles[0] if a not in lead]
            partner += [a for a in roles[1] if a not in partner]
            continue
        roles = labelled_roles(line, ocr)
        if roles:
            lead += [a for a in roles[0] if a not in lead]
            partner += [a for a in roles[1] if a not in partner]
            continue
        text = strip_bullet(LETTER_LABEL.sub("", b.text)).strip()
        if text.startswith(("(", "[")) and (m := TITLE_ROLES.match(text)) and (
                roles := labelled_roles(m.group(1)) or roles_in(m.group(1)) or _performs(m.group(1))):
            # the assignment in brackets on a line of its own: "(Sở Y tế chủ trì; các huyện phối hợp)."
            lead += [a for a in roles[0] if a not in lead]
            partner += [a for a in roles[1] if a not in partner]
            continue
        if not BULLET.match(b.text) and not LETTER_LABEL.match(b.text) and ("(" in text or "[" in text) and (
                m := TITLE_ROLES.search(text)) and (
                roles := labelled_roles(m.group(1)) or roles_in(m.group(1)) or _performs(m.group(1))) and roles[0]:
            # the task's paragraph ending on who does it: "Duy trì dạy bơi ... (Sở Giáo dục và Đào tạo chủ trì,
            # phối hợp với Tỉnh đoàn)." (a lettered sub-item's bracket is the sub-item's, not the task's)
            lead += [a for a in roles[0] if a not in lead]
            partner += [a for a in roles[1] if a not in partner]
            continue
        closing = roles_in(text) if opens_agency(text) else None
        if closing and not BULLET.match(b.text) or (closing and _CHAIRS_WORD.search(text)):
            # "- Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện." closing the content
            lead += [a for a in closing[0] if a not in lead]
            partner += [a for a in closing[1] if a not in partner]
        elif not BULLET.match(b.text) and not closing and (assigned := _assigned_after(text)):
            # "Nạo vét 42 km kênh. Kinh phí dự kiến 45,5 tỷ đồng. Giao Sở X chủ trì, phối hợp với Y
            # thực hiện.": the task's paragraph, its last sentence the assignment
            lead += [a for a in assigned[0] if a not in lead]
            partner += [a for a in assigned[1] if a not in partner]
        elif not BULLET.match(b.text) and (m := WITH_PARTNERS.match(text)) and (found := leading_agency(m.group(1))):
            # "Phối hợp với Đài Phát thanh và Truyền hình tỉnh xây dựng chuyên mục ...": the
            # task's paragraph names its partners first, as its title may
            partner += [a for a in split_agencies(m.group(1)[found[0]:found[1]]) if a not in partner]
        elif not BULLET.match(b.text) and (found := leading_agency(text)) and (
                DOES.match(text[found[1]:]) or (GIVEN_OPENS.match(text) and GIVEN_VERB.match(text, found[1]))):
            # a sentence whose subject is an agency: "Trung tâm Y tế huyện thực hiện; Hội Phụ nữ
            # huyện phối hợp vận động." (a clause "; Y phối hợp ..." names a partner); or that gives the task to an
            # agency, whatever it is to do: "Giao Ủy ban nhân dân các xã rà soát danh sách hộ nghèo ..."
            named += [a for a in split_agencies(text[found[0]:found[1]]) if a not in named]
            for clause in text.split(";")[1:]:
                other = leading_agency(clause.strip())
                if other and clause.strip()[other[1]:].lstrip(" ,").startswith("phối hợp"):
                    partner += [a for a in split_agencies(clause.strip()[other[0]:other[1]]) if a not in partner]
        elif BULLET.match(b.text):
            content.append(text)
            if ("(" in text or "[" in text) and (m := TITLE_ROLES.search(text)):  # "- In tờ rơi (Trung tâm Văn hóa thực hiện)."
                roles = labelled_roles(m.group(1)) or roles_in(m.group(1)) or _performs(m.group(1))
                if roles:
                    named += [a for a in roles[0] if a not in named]
                    partner += [a for a in roles[1] if a not in partner]
                    continue
            found = leading_agency(text)
            if found and found[1] < len(text.rstrip(" .;")):
                # "- Sở Y tế triển khai ...": each bullet that opens with an agency and a verb
                named += [a for a in split_agencies(text[found[0]:found[1]]) if a not in named]
    if not lead:  # a label line ("Cơ quan chủ trì: ...") says more than the subjects
        lead = named
    last = doc.blocks[end - 1].end if end > node.block.index else node.block.end
    return {"code": code, "project": project, "title": title, "content": content,
            "lead_agencies": lead, "partner_agencies": partner,
            "span": span(node.block.start, max(last, node.block.end)), "_node": node}


def without_time(title: str) -> str:
    """A task's title without the time written after it and a colon ("Cân, đo trẻ em dưới 5 tuổi: tháng 6 và tháng 12
    hằng năm" -> "Cân, đo trẻ em dưới 5 tuổi"); kept whole when the clause before the colon has fewer than three words
    (numbers aside: "Giai đoạn 1: năm 2026" names no task) or is a field's label ("Lập danh sách hộ. Thực hiện: Quý
    II/2027", where activities read the label)."""
    m = TITLE_WHEN_TAIL.search(title)
    if not m:
        return title
    clause = re.split(r"[.;]\s+", title[: m.start()])[-1]  # (the clause the time is said of)
    if len(re.findall(r"[^\W\d_]+", clause)) < 3 or _TIME_LABEL.match(clause):
        return title  # "..., thực hiện: Quý II/2027", "Thời gian hoàn thành: tháng 6/2026": a field's label, kept
    return title[: m.start()].rstrip(" .;:,")


# a label of a task's field before its time: "Thực hiện:", "Thời gian thực hiện:", "Thời hạn hoàn thành:", "Tiến độ:"
# (a field's name, as FIELD_CUT knows them, or a word of a time's label)
_TIME_LABEL = re.compile(r"^\W*(?:" + _FIELD_NAME + r"|hoàn thành|lộ trình|thời điểm)\b", re.I)

# "(giao Văn phòng UBND xã)": the body a bracket gives the task to
GIVEN_IN_BRACKET = re.compile("^" + GIVEN_WORDS, re.I)


def _agencies_only(text: str) -> list[str]:
    """The agencies a bracket holds when it holds nothing else ("Sở Nội vụ, Thanh tra tỉnh",
    "Sở Y tế", or the task given to them: "giao Văn phòng UBND xã"); [] for a bracket of other words ("đẩy gậy, kéo
    co", "qua Sở Nội vụ", "nếu có", "giao thông nông thôn")."""
    text = without_fields(GIVEN_IN_BRACKET.sub("", text.strip(" .;,"))).strip(" .;,")  # (not its deadline: "; quý I/2026")
    names = split_agencies(text) if (found := leading_agency(text)) and found == (0, len(text)) else []
    return names if names and all(opens_agency(n) for n in names) else []


def _ancestors(node: Node) -> list[Node]:
    out = []
    while node.parent is not None:
        node = node.parent
        out.append(node)
    return out


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", untoned(text or "")))


def _alike(a: str, b: str) -> bool:
    """Two titles of one task: equal, one the start of the other, or every word of the
    shorter (three words at least) in the longer."""
    a, b = _key(a), _key(b)
    if not a or not b:
        return False
    if a == b or (min(len(a), len(b)) >= 12 and (a.startswith(b) or b.startswith(a))):
        return True
    short, long_ = sorted((a.split(), b.split()), key=len)
    return len(short) >= 3 and set(short) <= set(long_)


def _overlap(a: str, b: str) -> float:
    """Share of the shorter title's words found in the other."""
    short, long_ = sorted((set(_key(a).split()), set(_key(b).split())), key=len)
    return len(short & long_) / len(short) if short else 0.0


def _held_rows(doc: Document, node: Node, rows: list[dict]) -> list[dict]:
    """The task table rows a numbered heading holds as its content: rows inside the heading's
    range with at most one line of prose (its lead-in, "..., cụ thể như sau:") between the
    heading and the first of them ("1. Kiểm tra theo kế hoạch" / "Năm 2028, Sở tiến hành 05
    cuộc kiểm tra ..." / the table of the units inspected; round G40)."""
    if node.kind not in ("arabic", "letter"):
        return []
    start = node.block.end
    end = doc.blocks[node.end_index].start if node.end_index < len(doc.blocks) else len(doc.text)
    inside = [r for r in rows if start <= r["span"]["start"] < end]
    if not inside:
        return []
    first = min(r["span"]["start"] for r in inside)
    prose = [b for b in doc.blocks if start <= b.start and b.end <= first and b.kind != "table" and b.text.strip()]
    return inside if len(prose) <= 1 else []


def _merge_tables(body: list[dict], rows: list[dict], doc: Document | None = None) -> list[dict]:
    """The body's tasks and the task tables' rows as one list: a row that repeats a body
    task (the same title, or the same code where the table's codes are unique) adds its
    agencies to it; a body item (or its parent) that repeats a table's group heading gives
    way to the table's rows, and so does a body heading whose content is a task table (its
    rows then numbered in a series of their own: no body task of another heading is theirs
    by its code)."""
    groups = {r["group"] for r in rows if r["group"]}
    kept = []
    held: set[int] = set()  # rows a body heading holds as its content
    for act in body:
        node = act["_node"]
        chain = [node] + [a for a in _ancestors(node) if a.kind in ("arabic", "letter")]
        if any(_alike(n.heading, g) or _alike(n.body, g) for n in chain for g in groups):
            continue
        own = _held_rows(doc, node, rows) if doc is not None else []
        if len(own) >= 2:
            held |= {id(r) for r in own}
            continue
        kept.append(act)
    codes = [r["code"] for r in rows]
    unique = len(set(codes)) == len(codes)
    extra = []
    for row in rows:
        match = next((a for a in kept if _alike(a["title"], row["title"])), None)
        if match is None and unique and id(row) not in held:
            # the same code, and titles about the same thing ("2. Hòa giải cơ sở" and the
            # row "2 | Kiện toàn tổ hòa giải cơ sở")
            same = [a for a in kept if a["code"] == row["code"]]
            if len(same) == 1 and _overlap(same[0]["title"], row["title"]) >= 0.4:
                match = same[0]
        if match is None:
            extra.append(row)
            continue
        match["lead_agencies"] += [x for x in row["lead_agencies"] if x not in match["lead_agencies"]]
        match["partner_agencies"] += [x for x in row["partner_agencies"] if x not in match["partner_agencies"]]
    out = kept + extra
    for act in out:
        act.pop("_node", None)
        act.pop("group", None)
    return out
