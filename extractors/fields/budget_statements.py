"""Budget statements: sums stated in prose, with scope, source and year.

"Kinh phí thực hiện Dự án 1: 67.400 triệu đồng ..., trong đó: - Ngân sách Trung ương:
30.600 triệu đồng" gives a total for Dự án 1 and its parts. Prose is read in sentence
units: lines a scrape wrapped mid-sentence are joined again, and so are the two halves of
a sentence a page's footnotes cut in two (the footnotes between blanked out). Each amount's scope comes
from, in order: a project named in its own clause; the figure a comparison gives in
parentheses ("tăng 10% so cùng kỳ (9.500 tỷ đồng)": the same subject, "(cùng kỳ)", a year
earlier); the subject of "<X> với tổng mức đầu tư N"; a name the amount follows in
parentheses ("Bến A (40 tỷ đồng), Bến B (35 tỷ đồng)"); a purpose phrase ("Thực hiện X là
...", "... triệu đồng để X"); the item's own label when it names a budget line ("- Thu nội
địa: ...", "chi thường xuyên 14.635 tỷ đồng", "Vốn tỉnh quản lý: ..."), with the stage
the sentence gives it ("(ước thực hiện)", "(thực hiện)", "(đã giải ngân)"); for a label
that is only a stage ("Ước thực hiện cả năm là ..."), the subject before it; then the
paragraph's first amount (for the parts after it), the statement a footnote hangs from,
the lead line a list continues ("... như sau:"), the table title or heading that names a
project, and else the plan ("total"), or the past period a heading names. A label that
only names a source ("Ngân sách Trung ương:") or the money in general ("Tổng kinh phí:")
is no scope of its own. Rates ("định mức 20 triệu đồng/xã", "80 triệu đồng/người") are
prices, and the economy's figures (GRDP, doanh thu, kim ngạch, vốn đăng ký) are no budget:
both are skipped. A sum with no year of its own or from the sum it belongs to takes the one
year its heading names ("2. Tình hình thực hiện dự toán năm 2025").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from extractors.document import Block, Document
from extractors.fields.common import BULLET, FOOTNOTE_MARK, body_end, is_upper, recites_another, span
from extractors.segment import classify
from normalizers.agencies import leading_agency
from normalizers.dates import YEAR_RANGE_SIGN
from normalizers.money import Money, find_money, without_foreign_worth
from normalizers.text import UPPER

PROJECT = re.compile(r"\b(?:Dự án|DỰ ÁN)\s*(\d+)")
TITLE_START = re.compile(r"^(?:PHỤ LỤC|Phụ lục|BẢNG|Bảng|BIỂU|Biểu)\b")
# (not a period, "năm 2024 - 2025", nor a list of years, "năm 2024, 2025", "năm 2024 và 2025")
SINGLE_YEAR = re.compile(r"năm\s+((?:19|20)\d{2})(?!\s*[-–]\s*(?:19|20)?\d{2})(?!\s*(?:,|và)\s*(?:19|20)\d{2}(?!\d))",
                         re.I)
YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*" + YEAR_RANGE_SIGN + r"\s*((?:19|20)\d{2})")
# "đến ngày 10/12/2025", "tính đến hết ngày 30/6/2024": the date a figure stands at
AS_OF_YEAR = re.compile(r"(?:đến|tới)\s+(?:hết\s+)?(?:thời điểm\s+)?(?:ngày\s+)?\d{1,2}/\d{1,2}/((?:19|20)\d{2})", re.I)
# "so với năm 2024", "so với cùng kỳ năm 2024": the year a figure is compared with
COMPARED_YEAR = re.compile(r"\bso\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?năm\s+(?:19|20)\d{2}(?!\d)", re.I)
# "giảm tiền thuê đất của năm 2024": the year the thing is of (a debt, a tax), not always the sum's
OWN_YEAR = re.compile(r"\bcủa\s+năm\s+((?:19|20)\d{2})\b(?!\s*[-–]\s*\d)(?!\s*(?:,|và)\s*(?:19|20)\d{2}(?!\d))", re.I)
# the one year a heading is about: "2. Tình hình thực hiện dự toán ngân sách năm 2025" (not "đến năm
# 2030", not a cited document's date "ngày 05 tháng 3 năm 2024", not "năm 2026 và các năm tiếp theo")
# (the words it must not follow are looked at behind "năm", once it is found: a pattern that opens
# on them is tried at every position of the line, one that opens on "năm" skips ahead to it)
HEADING_YEAR = re.compile(r"năm(?<!đến năm)(?<!tới năm)(?<!tầm nhìn năm)(?<!tháng \d năm)(?<!tháng \d\d năm)"
                          r"\s+((?:19|20)\d{2})(?!\s*[-–]\s*(?:19|20)?\d{2})(?!\s*(?:và các năm|trở đi|về sau))", re.I)
# "Do thay đổi chính sách thuế X với hàng hóa ... ước tăng thu": the cause of a rise or fall of
# revenue, up to its first qualifier ("với", "đối với", "tại", "theo", "quy định", a comma)
CAUSE = re.compile(r"^(?:do|nhờ)\s+(?!(?:đó|vậy|này)\b)([^,;]{4,120}?)(?=\s+(?:với|đối với|tại|theo|quy định|trên|của|làm|nên|ước|dự kiến)\b|\s*,|\s*$)",
                   re.I)
CHANGE = re.compile(r"(?:tăng|giảm)\s+(?:thu|chi)", re.I)  # "Tăng thu", "Giảm thu": a change named by its cause
PERIOD = re.compile(r"giai đoạn\s*((?:19|20)\d{2})\s*" + YEAR_RANGE_SIGN + r"\s*((?:19|20)\d{2})", re.I)
# ("kinh phí khuyến công quốc gia", "vốn quốc gia": the national budget; not "Chương trình mục tiêu quốc gia")
CENTRAL = re.compile(r"trung ương|NSTW|\bTW\b|\b(?:kinh phí|vốn|ngân sách)(?:\s+(?!chương\b|trình\b)\w+){0,2}\s+quốc gia\b",
                     re.I)
# ("địa phương" in a list of agencies, "các sở, ngành, địa phương", is no source)
# ("NS tỉnh", "NS cấp huyện": a table header's short form of "ngân sách tỉnh"; "ngân sách các xã, thị trấn":
# the local levels in the plural; not "ngân sách các cấp", every level's; "ngân sách đặc khu": a special zone's, a
# commune-level unit since 2025)
LOCAL = re.compile(r"(?<!các )(?<!, )(?<!và )địa phương|ngân sách \w{1,4} phương|NSĐP|(?:ngân sách|\bNS) (?:cấp |các )?(?:tỉnh|huyện|xã|thành phố|thị xã|quận|phường|thị trấn|đặc khu)\b|"
                   r"(?:UBND|Ủy ban nhân dân) (?:tỉnh|huyện)[^.;]*cấp|phân cấp (?:về|cho) (?:các )?(?:huyện|xã|cấp)|"
                   r"\bcấp (?:huyện|xã)\b|"
                   # a commune's or a district's money from the level above it: "ngân sách cấp trên hỗ trợ", "NS cấp
                   # trên", "kinh phí cấp trên cấp" (round G15; the province's, not "báo cáo cấp trên", no money)
                   r"(?:ngân sách|\bNS|kinh phí|vốn|nguồn) cấp trên\b|"
                   # the province's counterpart money: "vốn đối ứng của tỉnh", "kinh phí đối ứng ngân sách huyện", a
                   # part's label "Đối ứng của huyện: N" (not "đối ứng của hợp tác xã")
                   r"(?:(?:vốn|kinh phí|nguồn) )?(?<!\w)đối ứng (?:của )?(?:ngân sách )?(?:các )?(?:tỉnh|huyện|xã|thành phố)\b|"
                   # the levels that put it up: "các huyện, thành phố đối ứng 500 triệu đồng" (not "hợp tác xã đối ứng")
                   r"\b(?<!hợp tác )(?:tỉnh|huyện|xã|thành phố|thị xã|quận|phường|thị trấn) đối ứng\b|"
                   # money from a province's own revenue lines: "vốn ngân sách XDCB tập trung", "từ nguồn thu
                   # tiền sử dụng đất", "nguồn xổ số kiến thiết" (the revenue line itself, "Thu tiền sử dụng đất", is none)
                   r"(?:vốn|nguồn)\b[^,;:]{0,25}?(?:(?:xây dựng cơ bản|XDCB) tập trung|ngân sách tập trung|sử dụng đất|"
                   r"xổ số kiến thiết)|"
                   # a local level's capital by its kind: "từ nguồn vốn đầu tư công của huyện", "vốn sự nghiệp của xã"
                   # (not the plan the sum is booked in: "kế hoạch vốn năm 2027 của tỉnh")
                   # (its term may come between: "vốn đầu tư công trung hạn (giai đoạn 2026-2030) của tỉnh")
                   # (nor the level's total of every source: "Tổng vốn đầu tư công ... của huyện")
                   # (or "nguồn"/"kinh phí" with the year it is booked in: "từ nguồn sự nghiệp môi trường năm 2027 của tỉnh")
                   r"(?<!kế hoạch )(?<!tổng )\b(?:vốn|nguồn(?: vốn| kinh phí)?|kinh phí) (?:đầu tư công|đầu tư phát triển|"
                   r"sự nghiệp(?: \w+){0,2}|ngân sách)"
                   r"(?: trung hạn| hằng năm)?(?: giai đoạn (?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}| năm (?:19|20)\d{2})? của "
                   r"(?:tỉnh|huyện|xã|thành phố|thị xã|quận|phường)\b", re.I)
# (the money of those who take part, named by who they are: "Nhân dân đóng góp", "Người chăn nuôi đóng góp",
# "Hộ gia đình đóng góp", "Phụ huynh học sinh đóng góp"; not "đóng góp ý kiến", a contribution of views; and
# their counterpart money: "doanh nghiệp đối ứng 16 tỷ đồng", "hợp tác xã đối ứng" -- a level of government's,
# "các huyện đối ứng", is LOCAL's, tried first)
MOBILIZED = re.compile(r"vận động|huy động|xã hội hóa|\bXHH\b|hợp pháp khác|unicef|tài trợ|viện trợ|tổ chức quốc tế|"
                       # ("Dân đóng góp", the people named alone as a table's column heads them)
                       # (and those a programme supports: "các chủ thể OCOP đối ứng", "các cơ sở sản xuất đối ứng", "các
                       # trang trại đóng góp", "các tổ hợp tác đối ứng", "chủ rừng đối ứng"; round G71)
                       r"\b(?:nhân dân|dân|người|hộ|phụ huynh|doanh nghiệp|hợp tác xã|thành viên|hội viên|đoàn viên|cộng đồng|"
                       r"chủ thể|chủ rừng|trang trại|tổ hợp tác|cơ sở(?= (?:sản xuất|kinh doanh|chăn nuôi|chế biến|nuôi|trồng)))"
                       r"\b[^,;:.()]{0,40}?\s(?:đóng góp(?!\s+ý kiến)|đối ứng)|"
                       # ("vốn của các tổ chức, cá nhân nuôi trồng": the money of those who take part)
                       # ("vốn đối ứng của hộ", "đối ứng của người dân": the households' own share; "vốn đối ứng của các
                       # chủ thể": of the producers a programme supports)
                       r"(?:(?:vốn|nguồn|đóng góp)(?: đối ứng)?|đối ứng) (?:của )?(?:các )?(?:doanh nghiệp|nhà đầu tư|tư nhân|hợp tác xã|"
                       r"người dân|nhân dân|cộng đồng|cơ sở sản xuất|chủ thể|tổ chức,? (?:và )?cá nhân|cá nhân|hộ(?: gia đình)?\b)|"
                       r"vốn tự có|"
                       # (a gift of a company or a benefactor, in money or in kind with its worth: "Công ty TNHH X hỗ trợ
                       # 20.000 cây giống, trị giá khoảng N", "các nhà hảo tâm ủng hộ N"; round G58)
                       # (the giver the subject: not "hỗ trợ các doanh nghiệp ..., hỗ trợ ...", the one helped)
                       r"(?<!hỗ trợ )(?<!cho )(?<!với )(?<!của )(?<!giúp )(?<!các )(?<!những )"
                       r"\b(?:(?:các|những)\s+)?(?:công ty|doanh nghiệp|nhà hảo tâm|mạnh thường quân|nhà tài trợ)\b"
                       r"[^,;:.()]{0,60}?"
                       r"\s(?:hỗ trợ|tặng|trao tặng|ủng hộ)\b", re.I)
# the state budget as one part of a project's money ("- Vốn NSNN: 300 tỷ đồng"): no one source
STATE_BUDGET = re.compile(r"ngân sách nhà nước|\bNSNN\b", re.I)
# a label that names the whole: "Tổng vốn ...", "Tổng kinh phí ..."
WHOLE_WORD = re.compile(r"^tổng\s", re.I)
# the works a whole's label says it is of, with the year it runs over: "Tổng kế hoạch vốn đầu tư công năm 2027 của 04
# dự án trọng điểm là N" (and the kind of works, "trọng điểm", "giao thông", in group 1; see _plan_works)
WORKS_OF_WHOLE = re.compile(r"(?:\s+năm\s+(?:19|20)\d{2})?\s+của\s+(?:các|\d{1,3})\s+(?:dự án|công trình)\b"
                            r"((?:\s+[^\W\d_]+){0,3})$", re.I)
# the budget a heading is about: "2.2. Chi ngân sách địa phương (NSĐP)" (not "ngân sách tại địa phương")
HEADING_BUDGET = re.compile(r"ngân sách\s+(?:nhà nước|trung ương|địa phương|cấp\s+(?:tỉnh|huyện|xã))|\bNS(?:NN|TW|ĐP)\b", re.I)
# what a sum is about: the budget ("Thu nội địa", "Chi thường xuyên", "Vốn đầu tư công"), or
# the economy, whose figures are no budget ("GRDP ... 172.033 tỷ đồng", "doanh thu", "kim ngạch")
# (both open on the set of their words' first letters, looked ahead for: a search then skips
# ahead to those letters instead of trying every word at every position, three times slower;
# the set is matched with the same case folding as the words)
BUDGET_WORDS = re.compile(r"(?=[nkvdgtcđ])(?:ngân sách|\bNS(?:NN|TW|ĐP)\b|kinh phí|\bvốn\b|dự toán|giải ngân|\bthu\b|"
                          r"\bchi\b|đầu tư công)", re.I)
NOT_BUDGET = re.compile(r"(?=[gtdkđvblsxph])(?:\bGR?DP\b|tổng sản phẩm|doanh thu|kim ngạch|(?:toàn|đầu tư) xã hội|vốn đăng ký|"
                        r"vốn điều lệ|(?<!thuế )thu nhập|bình quân|giá trị sản xuất|tổng mức bán lẻ|lợi nhuận|sản lượng|"
                        # a yield's worth and a sum per hectare or per head: "giá trị sản phẩm thu hoạch trên 01 ha đất
                        # trồng trọt đạt 135 triệu đồng", "giá trị thu hoạch", "trên 1 ha", "trên 01 lao động"
                        r"giá trị (?:sản phẩm|thu hoạch)|trên 0?1 (?:ha|héc\s?ta|người|hộ|lao động)\b|"
                        # audit findings and penalties: "Số kiến nghị xử lý về tài chính là ...", "xử phạt", "phạt tiền"
                        r"kiến nghị|sai phạm|vi phạm|xử phạt|tiền phạt|phạt tiền|"
                        # damage a disaster or a fire did, and a trade's takings ("tổng thu từ khách du lịch")
                        r"thiệt hại|tổn thất|thu từ khách|"
                        # a bank's lending to households: "doanh số cho vay", "cho 46 hộ vay vốn ..., tổng dư nợ"
                        # (not the capital it lends: "Vốn tín dụng chính sách cho vay hộ nghèo là 75 tỷ đồng")
                        r"doanh số cho vay|\bhộ vay|"
                        # the bank's loan book ("tổng dư nợ 3.850 trđ"), not the budget's own debt ("dư nợ vay của ngân sách")
                        r"dư nợ(?!\s+(?:vay\s+)?(?:của\s+)?(?:ngân sách|NSĐP|chính quyền)))", re.I)
# what an enterprise or a taxpayer pays into the budget, no money of the plan (which is what the budget spends): "nộp
# ngân sách nhà nước 1,9 tỷ đồng", "nộp NSNN", "nộp vào ngân sách" (round G26)
PAID_IN = re.compile(r"\bnộp\s+(?:vào\s+)?(?:ngân sách|NSNN\b)", re.I)
# the fines a body may keep and spend, named as a source of the plan's money: "nguồn thu xử phạt vi phạm hành chính
# được để lại 2.800 triệu đồng", "từ nguồn thu phạt vi phạm an toàn giao thông để lại cho lực lượng chức năng"
# (the fines collected are no budget: NOT_BUDGET's "xử phạt")
KEPT_FINES = re.compile(r"\b(?:nguồn|từ)\s+(?:thu\s+)?(?:tiền\s+)?(?:xử\s+)?phạt\b[^,;:]{0,60}?\bđể lại\b", re.I)
# takings named as such: "Tổng thu ngân sách trên địa bàn", "Nguồn thu sự nghiệp", "thu ngân sách nhà nước"
# (a year's takings before the plan, told where no heading names money, are its situation: see _past_takings)
# (and the land money a province takes in: "thu tiền sử dụng đất đạt 1.126 tỷ đồng", "thu tiền thuê đất")
TAKINGS = re.compile(r"(?=[tn])(?:\btổng thu|\bnguồn thu|\bthu (?:ngân sách|NSNN|nội địa|sự nghiệp|dịch vụ|tiền (?:sử dụng|thuê) đất))\b",
                     re.I)
# what a past year spent, told as its result: "Năm 2024, tỉnh đã giải ngân 4.215 tỷ đồng vốn đầu tư công, đạt 91,6%"
PAST_SPENT = re.compile(r"(?=[đg])(?:\bđã giải ngân|\bgiải ngân được)\b", re.I)
# what joins an amount that is no budget to the next, which is none either: "X/Y" (the plan),
# "từ 5.000.000 đồng đến 10.000.000 đồng" (a range)
RANGE_OR_PLAN = re.compile(r"\s*(?:/|đến|tới|[-–])\s*", re.I)
# a part of a figure that is no budget is none either: "thu nhập bình quân đạt 72 triệu đồng/người, trong đó khu vực
# nông thôn đạt 58 triệu đồng" (the words between the two naming no budget of their own: BUDGET_WORDS)
PART_OF_DROPPED = re.compile(r"\btrong đó\b", re.I)
# a rate is a price per unit, not a sum: "định mức 18 triệu đồng", "20 triệu đồng/xã"
# ("hỗ trợ mỗi xã 50 triệu đồng", "mỗi hộ được hỗ trợ 3 triệu đồng": an amount for each)
# (not the norms a province shares its capital out by: "Vốn phân bổ theo nguyên tắc, tiêu chí, định mức: N")
RATE_BEFORE = re.compile(r"(?<!theo )(?<!tiêu chí, )(?<!tiêu chí và )(?:định mức|mức hỗ trợ|mức chi|đơn giá)\s*(?:là)?\s*:?\s*$|"
                         # (and its cap: "mỗi xã được hỗ trợ không quá 200 triệu đồng", "mỗi lớp tối đa 15 triệu đồng")
                         r"\b(?:mỗi|từng)\s+[^\W\d]+(?:\s+[^\W\d]+){0,3}?\s*(?:được\s+(?:hỗ trợ|cấp|chi)\s*)?"
                         r"(?:(?:không quá|tối đa|tối thiểu)\s*)?(?:là|:)?\s*$|"
                         # (and what each member or branch gives: "mỗi cơ sở Đoàn vận động ủng hộ ít nhất 2.000.000 đồng",
                         # "mỗi hội viên tiết kiệm 100.000 đồng": a quota or a due, no sum of the plan's)
                         r"\b(?:mỗi|từng)\s+[^\W\d]+(?:\s+[^\W\d]+){0,5}?\s+(?:vận động|ủng hộ|đóng góp|quyên góp|đóng|nộp|"
                         r"tiết kiệm)(?:\s+(?:ủng hộ|đóng góp|quyên góp))?\s*(?:(?:ít nhất|tối thiểu|không quá|tối đa|từ|"
                         r"trên|khoảng)\s*)?(?:là|:)?\s*$|"
                         # (and a reward's money for each given a title: "Mỗi tập thể ... được tặng Giấy khen kèm theo tiền
                         # thưởng N", "mỗi cá nhân được thưởng M"; round G54)
                         r"\bkèm theo\s+(?:tiền thưởng|mức thưởng|phần thưởng)(?:\s+(?:là|trị giá))?\s*:?\s*$|"
                         r"\b(?:mỗi|từng)\s+[^\W\d]+(?:\s+[^\W\d]+){0,5}?\s+được\s+thưởng\s*(?:là|:)?\s*$", re.I)
# a rate named with what it is paid for, before "là" or a colon: "mức thưởng kèm Giấy khen của Chủ tịch Ủy ban nhân dân
# huyện cho tập thể là N", "Mức tiền thưởng đối với danh hiệu Chiến sĩ thi đua cơ sở: N", "mức chi bồi dưỡng báo cáo
# viên là N" (the words between naming no sum: not "mức hỗ trợ ..., tổng kinh phí là N")
# (and the recipient after the colon: "Mức thưởng: tập thể N, cá nhân M"; round G28)
_RECIPIENT = r"(?:mỗi\s+)?(?:tập thể|cá nhân|hộ gia đình|gia đình|đơn vị|học sinh|giáo viên|vận động viên)(?:\s+[^\W\d]+){0,3}?"
RATE_NAMED = re.compile(r"\bmức\s+(?:tiền\s+)?(?:thưởng|khen thưởng|chi|hỗ trợ|trợ cấp|phụ cấp|bồi dưỡng)\b"
                        r"(?:(?!tổng|kinh phí|ngân sách|vốn|dự toán)[^.;:]){0,120}?(?:\slà|\s*:)"
                        r"(?:\s*(?:cho\s+|đối với\s+)?" + _RECIPIENT + r")?\s*$", re.I)
# the next rate of a series after a rate, for another recipient: "..., cho cá nhân là N", "; đối với tập thể: N",
# ", cá nhân M" (round G28)
RATE_SERIES = re.compile(r"\s*[,;]?\s*(?:và\s+)?(?:cho|đối với)\s+[^\W\d][^.;:\d]{0,60}?\s*(?:là|:)\s*|"
                         r"\s*[,;]\s*(?:và\s+)?" + _RECIPIENT + r"\s*(?:là|:)?\s*", re.I)
# the rest of a computation after its rate, up to the result: "120 người x 4,5 triệu đồng" "/người = " 540 triệu
# đồng, "350 triệu đồng" "/năm x 3 năm = " 1.050 triệu đồng; and the count before the rate, which the line it
# computes leaves out ("Hỗ trợ đào tạo nghề: " "120 người x ")
# (a count may be one per unit itself, "70 tiết/đội", "4 buổi/lớp": "06 đội tuyển x 70 tiết/đội x 150 nghìn đồng/tiết
# = N", round G68)
_PER = r"(?:\s*/\s*[^\W\d_]+)?"
COMPUTED_REST = re.compile(r"^\s*(?:/\s*[^\W\d_]+(?:\s*/\s*[^\W\d_]+|\s+[^\W\d_]+){0,3}\s*)?"
                           r"(?:[x×*]\s*[\d.,]+(?:\s+[^\W\d_]+){0,2}" + _PER + r"\s*)*=\s*$")
# the counts a rate is multiplied by before it, the whole chain: "50 người x 2 ngày x " (each "N unit x")
COUNT_TIMES = re.compile(r"(?:[\d.,]+(?:\s+[^\W\d_]+){0,2}" + _PER + r"\s*[x×*]\s*)+$")
COUNT_REACH = 160  # characters before a rate its chain of counts may take (searched there only: a chain run
# against a whole paragraph's label, "x 1 x 1 ...", costs the square of its length)


def _count_chain(label: str) -> re.Match | None:
    """The chain of counts that ends a label ("50 người x 2 ngày x "), looked for in its last COUNT_REACH
    characters (the match's positions are those of that tail)."""
    return COUNT_TIMES.search(label, max(0, len(label) - COUNT_REACH))
# a factor of a computation whose result follows on the line: "01 giải x 3.000.000 đồng = 3.000.000 đồng" (a price
# with no "/unit" of its own, then "=", perhaps after further factors "x 2 ngày"): no sum, its result is
FACTOR_AFTER = re.compile(r"^\s*(?:[x×*]\s*[\d.,]+(?:\s+[^\W\d_]+){0,2}" + _PER + r"\s*)*=\s*\d")
TIMES_AFTER = re.compile(r"^\s*[x×*]\s*\d")  # a price multiplied by the counts after it: "N đồng x 3 đợt = M"
RATE_AFTER = re.compile(r"^\s*(?:/\s*(?![\d.,]+\s*(?:tỷ|tỉ|triệu|nghìn|ngàn|đồng))|(?:cho\s+)?mỗi\b|"
                        r"một\s+(?:người|hộ|xã|lớp|buổi|năm|tháng|lượt)\b)", re.I)
# a difference from another sum is no sum: "Tổng kinh phí tăng 1.225 triệu đồng so với Kế hoạch số 142/KH-UBND",
# "giảm 300 triệu đồng so với dự toán" (an amount "tăng thêm" with nothing it is compared to is money added: kept)
# a sum an amendment changes, told with its old amount: "Tổng kinh phí ... điều chỉnh từ 215 tỷ đồng lên 248,5 tỷ đồng",
# "giảm từ 12 tỷ đồng xuống còn 9,5 tỷ đồng", "từ 800 triệu đồng thành 950 triệu đồng": the old amount is no sum of
# the plan, the new one takes the words before "từ" as its label (round G38; not "từ 10 đến 12 tỷ đồng", a range)
# (and a replacement's, the old words quoted or not: "thay thế "850 triệu đồng" bằng "1.120 triệu đồng"", "thay thế cụm
# từ "kinh phí tập huấn 300 triệu đồng" bằng cụm từ "kinh phí tập huấn 420 triệu đồng"": the new amount takes the
# words its own quote gives it, else those before "thay thế"; round G56)
_QUOTED_WORDS = r"(?:(?:cụm từ|số tiền|mức|con số|số)\s+)?"
OLD_AMOUNT_FROM = re.compile(r"\btừ\s*$|\bthay(?:\s+thế)?\s+" + _QUOTED_WORDS + r"(?:[\"“][^\"”]*)?$", re.I)
OLD_AMOUNT_TO = re.compile(r"^\s*(?:\(?\s*(?:năm\s+)?(?:19|20)\d{2}\s*\)?\s*)?(?:lên|xuống(?:\s+còn)?|thành)\s+"
                           r"(?:mức\s+)?$|^[^\"”]*[\"”]?\s*bằng\s+" + _QUOTED_WORDS + r"[\"“]?(?P<new>[^\"”]*)$", re.I)
# the old amount named in brackets after the new one: "1.120 triệu đồng (thay cho 850 triệu đồng tại Kế hoạch số ...)"
REPLACED_BEFORE = re.compile(r"\(\s*thay\s+(?:cho|thế)\s+(?:mức\s+|số tiền\s+)?(?:kinh phí\s+)?$", re.I)
DIFFERENCE_BEFORE = re.compile(r"\b(?:tăng|giảm)(?:\s+(?:thêm|khoảng|là|được))?\s*$", re.I)
DIFFERENCE_AFTER = re.compile(r"^\s*(?:\([^()]*\)\s*)?,?\s*so\s+(?:với\s+)?(?!cùng kỳ)", re.I)
# "Thực hiện Đề án X là 2.668 triệu đồng"; "1.200 triệu đồng để phát triển X"
PURPOSE_BEFORE = re.compile(r"(?:^|[,:(]\s*|\bvà\s+)(?:để\s+)?thực hiện\s+(.{4,150}?)\s*(?:là|với kinh phí(?: là)?)\s*:?\s*$", re.I)
# (the purpose may close on a short note in brackets: "để xây dựng cầu treo bản Nà (dài 45 m);")
PURPOSE_AFTER = re.compile(r"^\s*(?:để|chi cho|dùng cho|dành cho)\s+([^.;()]{4,150}?)\s*(?:\([^()]{1,40}\)\s*)?"
                           r"(?:[.;)]|,\s*$|$)", re.I)
# what is no purpose of its own: a time, or the plan itself ("Kế hoạch này", "các nội dung của Nghị quyết này")
NOT_A_PURPOSE = re.compile(r"^(?:(?:năm|giai đoạn|trong)\b[\s\d–-]*|(?:(?:các\s+)?(?:nội dung|nhiệm vụ|mục tiêu|chính sách|"
                           r"quy định)\s+(?:của|tại|theo|được quy định tại)\s+)?(?:kế hoạch|chương trình|đề án|dự án|"
                           r"nghị quyết|quyết định)(?: này| trên)?)$", re.I)
# "để thực hiện chính sách X": the purpose is X ("để thực hiện." alone names none)
DO_WORD = re.compile(r"^thực hiện\b\s*", re.I)
# "Dự án đường ven biển với tổng mức đầu tư 500 tỷ đồng": the project is the scope (", tổng số vốn N" without "với"
# too: "Phân bổ ... cho các huyện, tổng số vốn N, cụ thể như sau:"; a bare "tổng số" too: "Phân bổ vốn ... cho các huyện
# với tổng số N, trong đó: ...")
WITH_TOTAL = re.compile(r"^(.{4,200}?)(?:,?\s+với|,)\s+(?:tổng\s+(?:mức\s+đầu\s+tư|vốn(?:\s+đầu\s+tư)?|dự\s+toán|kinh\s+phí"
                        r"(?:\s+đầu\s+tư)?|số(?:\s+vốn)?)|tổng\s+số\s+tiền)\s*(?:là|khoảng|:)?\s*$", re.I)
# a sentence opened by a numbered task's label, "Nhiệm vụ 1: 450 triệu đồng, trong đó ...", "- Nội dung 2: ...",
# "Giải pháp 3. ...", "Hoạt động 2.1: ...": its sums are that task's (the code as the task is numbered); not "Nhiệm vụ
# trọng tâm: ..." (no number), nor a year ("Nhiệm vụ năm 2025: ...")
_TASK_NUMBER = r"\d{1,2}(?:\.\d{1,2})*"  # "1", "2.1"
# the mark after an item's number or letter: "1.", "a)", "2/", "b-" (a slash or a dash before a space: "12/2025" and
# "3-5" are none)
_MARK = r"(?:\s*(?:[.)]|/(?=\s))|-(?=\s))"
TASK_CODE = re.compile(_TASK_NUMBER)
# (after an item's own number, or the money's word: "1. Nhiệm vụ 1: N", "Kinh phí thực hiện Nhiệm vụ 1: N"; with the
# task's name in brackets: "Nhiệm vụ 1 (Kiện toàn bộ máy): N")
_TASK_WORD = r"(?:Nhiệm vụ|Nội dung|Giải pháp|Hoạt động)"
_TASK_LABEL = _TASK_WORD + r"\s+(" + _TASK_NUMBER + r")(?:\s*\([^()]{1,80}\))?\s*[:.](?!\d)"
TASK_SENTENCE = re.compile(r"^[-+•*\s]*(?:(?:\d{1,2}|[a-zđ])" + _MARK + r"\s+)?(?:(?:Tổng\s+)?[Kk]inh phí(?:\s+thực hiện)?\s+)?"
                           + _TASK_LABEL)
# a part a sum's list names by its task's label ("..., trong đó: Nhiệm vụ 1: N; Nhiệm vụ 2: M"): the task's code
TASK_SCOPE = re.compile(_TASK_WORD + r"\s+(" + _TASK_NUMBER + ")")
PROJECT_WORD = re.compile(r"\b(?:dự án|công trình|đề án|chương trình|tiểu dự án)\b", re.I)
# a line that names a project by its name before a colon, its money after it by kind: "- Dự án nâng cấp đường trục xã
# Tân Hà: tổng mức đầu tư 45,6 tỷ đồng, kế hoạch vốn năm 2026 là 20 tỷ đồng", "b) Công trình kè suối Nậm Cang: vốn năm
# 2026 ..." (not "Dự án 1:", read by _project; round G32)
PROJECT_LABEL = re.compile(r"^[\s\-–+•]*(?:[a-zđ]\)\s*|\d{1,2}(?:\.\d{1,2})*[.)]\s*)?((?:Dự án|Công trình|Tiểu dự án)\s+"
                           r"(?!\d)[^:;\d]{3,150}?)\s*:\s*(?:tổng mức đầu tư|tổng vốn|kế hoạch vốn|vốn|kinh phí)\b", re.I)
# a programme named with its period: "Đề án phát triển ... giai đoạn 2021 - 2025"
# (a comma inside the name, before a word in small letters, is the name's own list: "Đề án kiên cố hóa trường, lớp
# học giai đoạn 2021 - 2025")
NAMED_PERIOD = re.compile(PROJECT_WORD.pattern + r"(?:[^:;,()]|,(?!\s*(?-i:[0-9" + UPPER + r"])))*?\bgiai đoạn\s+"
                          + YEAR_RANGE.pattern, re.I)
# a result's share of its plan, the plan's sum in parentheses after it: "đạt 104,2% dự toán Hội đồng nhân dân tỉnh giao ("
PLAN_IN_PAREN = re.compile(r"\bđạt\s+[\d.,]+\s*%\s*(?:dự toán|kế hoạch)\b[^()]*\(\s*$", re.I)
# the act a document performs on the money, before "với tổng số vốn N": the sum is the act's whole
# a prize of a contest or a tournament, its count before it: "- 01 giải Nhất: 3.000.000 đồng", "Giải Khuyến khích trị
# giá N", "02 giải Ba cá nhân:", after a lead-in's colon ("Giải thưởng gồm: 01 giải Nhất trị giá N") (the money of that prize, as "Giải Nhất: 01 giải x N = M" is; not "giải ngân", "giải
# pháp", nor the whole "Giải thưởng: N")
PRIZE = re.compile(r"(?:^|[:;]\s*)\W*(?:\d{1,3}\s+)?(giải\s+(?:nhất|nhì|ba|tư|khuyến khích|đặc biệt|vàng|bạc|đồng|phong cách|triển vọng|"
                   r"[A-D](?!\w))(?:\s+[^\W\d]+){0,3}?)\s*(?:trị giá|mỗi giải|là|:)?\s*$", re.I)
ACT = re.compile(r"^(?:giao|phân bổ|bố trí|phê duyệt)\s", re.I)
# "Bến xe A (40 tỷ đồng)": a name the amount follows in parentheses
NAMED_BEFORE = re.compile(r"([^,;:()]{3,120}?)\s*\(\s*$")
# "từ nguồn ngân sách tỉnh ... (350 triệu đồng) và nguồn xã hội hóa (120 triệu đồng)": a source the amount
# follows in parentheses is no name of its own (the sum's source, read as any label's)
SOURCE_NAMED = re.compile(r"\bnguồn\b|^\s*(?:và\s+)?(?:ngân sách|vốn|NS(?:TW|ĐP|NN)?)\b", re.I)
# "tăng 10,48% so cùng kỳ (10.482 tỷ đồng)": the same line a year earlier
SAME_PERIOD = re.compile(r"(?:so (?:với )?)?cùng kỳ(?: năm trước)?\s*\(\s*$", re.I)
# (not the dot after a project's number: "- Dự án 2. Phát triển du lịch sinh thái: N tỷ đồng", its title follows)
# (and an Article's label with a colon, "Điều 1: Phân bổ ...", as "Điều 1. Phân bổ ..." ends at its stop)
CLAUSE_END = re.compile(r"(?:(?<!án \d)(?<!án \d\d)\.|;)\s|trong đó\s*:?|\bĐiều\s+\d{1,3}\s*:\s", re.I)
# a sum for part of the time or of the money: "đã cấp", "dự kiến", "còn lại"
PARTIAL = re.compile(r"đã (?:cấp|bố trí|giao|thực hiện)|dự kiến|còn lại|bổ sung|tạm ứng", re.I)
_HAS_WORD = re.compile(r"[^\W\d_]{2}")
_DIGIT = re.compile(r"\d")  # (what every amount find_money reads opens on: a text without one holds none)
PARTS = re.compile(r"\(|trong đó|bao gồm|\bgồm\b", re.I)
# (the words alone: a bracket after a sum may name its source, "N (nguồn ngân sách trung ương) và ... M")
PARTS_NAMED = re.compile(r"trong đó|bao gồm|\bgồm\b", re.I)
# a footnote marker after an amount: "đồng16", "đồng (nguồn ...)17", "đồng [3]", "đồng*[3]"
MARKER = re.compile(r"^(?:\s*\([^()]*\))?(\d{1,3})(?![\d.,]?\d)|^\s*\*?\[(\d{1,3})\]")

# -- labels: the words before an amount -----------------------------------------------
# list markers and connectors that open a label: "- ", "a) ", "1.1. ", "b . 2 . ", "trong đó:", "gồm"
# and the way the sum is broken down: "- Phân theo năm: năm 2026: N", "Chia theo nguồn vốn: ngân sách tỉnh: N",
# "Cơ cấu theo nguồn kinh phí:" (how the parts are ordered, no scope of their own)
LEAD_IN = re.compile(r"^(?:\s*(?:[-+•*]|\d{1,2}(?:\s*\.\s*\d{1,2})*" + _MARK + r"|[a-zđ]" + _MARK + r"(?:\s*\d{1,2}" + _MARK + r")*|"
                     r"[IVXL]{1,5}" + _MARK + r"|trong đó|bao gồm|gồm|cụ thể|và|còn lại|"
                     r"(?:(?:phân bổ|phân kỳ|phân|chia|cơ cấu)\s+)?theo\s+(?:từng\s+)?(?:năm|(?:(?:tính chất|loại)\s+)?nguồn(?:\s+(?:vốn|kinh phí))?|"
                     # (and the words that announce the parts after it: "phân theo năm như sau: năm 2024: N (...)")
                     # ("Theo tính chất nguồn vốn: vốn đầu tư phát triển A, vốn sự nghiệp B": by the kind of capital)
                     r"cấp ngân sách)(?:\s+(?:(?:cụ thể|chi tiết)\s+)?như sau)?(?=\s*:)|"
                     # the phasing named alone before its years: "Tổng kinh phí N, phân kỳ: năm 2026: A; ...",
                     # "Phân kỳ vốn: ..."
                     r"(?:phân kỳ|phân bổ)(?:\s+(?:vốn|kinh phí|thực hiện|đầu tư|nguồn vốn))?"
                     r"(?:\s+(?:(?:cụ thể|chi tiết)\s+)?như sau)?(?=\s*:)|"
                     # ... or the words that announce the parts ("..., phân kỳ như sau: Giai đoạn 2026 - 2027: A;
                     # giai đoạn 2028 - 2030: B", "..., cụ thể như sau: ..."): no scope of their own
                     r"(?:(?:cụ thể|chi tiết)\s+)?như sau(?=\s*:)|"
                     # "Kế hoạch vốn từng năm: năm 2027 bố trí N", "Phân kỳ hằng năm: ..."
                     r"(?:(?:kế hoạch vốn|kế hoạch|vốn|kinh phí|phân kỳ|phân bổ|bố trí)\s+)?(?:từng|hằng|hàng|mỗi)\s+năm(?=\s*:))"
                     r"(?![^\W\d_])\s*[:,]?)+", re.I)
# words between a label and its amount: "là", "đạt", "ước đạt", "khoảng", "dự kiến", ":", "được giao là" (not the
# "kế hoạch vốn được giao" a phrase names before "với tổng dự toán"), a cap
# ("tối đa", "không quá") and the opening of a range ("Kinh phí quảng bá từ 2-3 tỷ đồng")
# (and the verb that allocates a year's money: "năm 2027 bố trí N"; not a name's "do tỉnh quản lý và phân bổ")
TAIL = re.compile(r"(?:[\s:,*-]|\b(?:là|đạt(?: được)?|được(?: giao\s+là)?|khoảng|dự kiến|với số tiền|số tiền|bằng|tương đương|ước|"
                  r"tối đa|không quá|tối thiểu)\b|\btừ\s+\d[\d.,]*\s*[-–]|"
                  r"(?<=\d{4}\s)(?:bố trí|phân bổ)\b)+$", re.I)
# the stage of the budget a figure stands at, and how a scope names it
STAGES = (
    (re.compile(r"\b[uư]ớc (?:thực hiện|đạt|tính)\b|\b[uư]ớc\b(?=\s*(?:cả năm|năm|là|$))", re.I), "ước thực hiện"),
    (re.compile(r"\bđã giải ngân(?: được)?\b", re.I), "đã giải ngân"),
    (re.compile(r"\bthực hiện(?: giải ngân)?(?=\s*(?:đến|tới|trong|cả năm|năm\b|là|:|$))", re.I), "thực hiện"),
)
# a budget line a label can name: "Tổng thu ...", "Chi thường xuyên", "Vốn tỉnh quản lý",
# "Công trình khởi công mới", "Dự phòng ...", "Lũy kế giải ngân ...", an investment plan's "Thu hồi vốn ứng trước";
# the revenue line "Thu phí, lệ phí" (not "Chi phí ...", a cost, nor "mức thu phí X", the cause of a change)
HEAD = re.compile(r"\b(?:tổng (?:thu|chi)|thu hồi vốn|thu phí,? (?:và )?lệ phí|(?:dự toán |kế hoạch )?(?:thu|chi)(?! (?:tiết|phí|tiêu|cục|nhánh|hội|nhập|hút|hồi|thập|"
                  r"gom|hoạch|dùng|trả lương|bộ|đoàn))|kế hoạch vốn|vốn|dự toán|công trình|thanh toán|trả nợ|dự phòng|"
                  r"bội (?:chi|thu)|dư nợ|giảm (?:thu|thuế|tiền)|tăng thu|lũy kế|giải ngân)\b", re.I)
# the words a label may hold and still name only a source or the money in general:
# "Ngân sách Trung ương hỗ trợ, vốn sự nghiệp", "Vốn đối ứng địa phương", "Tổng kinh phí thực hiện Kế hoạch",
# "Nguồn vốn: ngân sách trung ương" (a source after the label of the list it opens)
PLAIN_WORDS = re.compile(r"\b(?:tổng(?: cộng| số)?|số|kinh phí|vốn|nguồn(?: vốn| kinh phí)?|ngân sách|nhà nước|NS(?:NN|TW|ĐP)|"
                         r"trung ương|TW|địa phương|xã hội hóa|tỉnh|huyện|xã|thành phố|cấp|sự nghiệp|đầu tư(?: phát triển| công)?|"
                         r"hỗ trợ|từ|do|của|cho|đối ứng|huy động|vận động|hợp pháp|khác|các|và|bố trí|phân bổ|"
                         r"doanh nghiệp|nhà đầu tư|tư nhân|tự có|hợp tác xã|người dân|nhân dân|hộ(?: gia đình| dân)?|cộng đồng|đóng góp|thị xã|quận|phường|thị trấn|đặc khu|"
                         r"cân đối|thực hiện|kế hoạch|chương trình|đề án|dự án|nhiệm vụ|dự kiến|được|giao|cần|mức|nhu cầu|"
                         # (and the plan's own area: "Tổng nguồn vốn thực hiện Chương trình năm 2024 trên địa bàn huyện";
                         # round G50)
                         r"dự toán|toàn bộ|này|trên|đề nghị|trung hạn|địa bàn)\b|"
                         # the years a sum runs over: "Tổng cộng 2 năm", "Tổng kinh phí cả 5 năm", "cả giai đoạn"
                         r"\b(?:cả\s+)?\d{1,2}\s+năm\b|\bcả\s+(?:năm|giai đoạn)\b|[\s,()/&:-]", re.I)
# what a scope is cut at: a cited document ("theo Nghị quyết số 174/2024/QH15 ..."), a year,
# a date, the body that set it ("được Hội đồng nhân dân tỉnh giao"), a trailing connector
CITED = re.compile(r"\s+(?:theo|tại)\s+(?:Nghị quyết|Quyết định|Nghị định|Thông tư|Luật|Kế hoạch|Công văn)\s+số\b.*$", re.I)
NOT_IN_SCOPE = re.compile(r"\s*\bcả năm\b|\s*\b(?:theo|từng|hằng|hàng)\s+năm\b(?=\s*(?:[,:;]|$))|"
                        r"\s*(?:\bđến|\btới|\btính đến)\s+(?:hết\s+)?(?:thời điểm\s+)?(?:ngày\s+)?"
                        r"\d{1,2}/\d{1,2}/\d{4}|\s*\bđược\s+(?!giao\b)[^,;]{3,60}?\bgiao\b|"
                        # a year or period that closes the phrase, or stands before the body that set it
                        # (not the year a sum is carried into: "..., giải ngân sang năm 2024 là N")
                        # (with the count of its years: "trong hai năm 2024 - 2025", "cho 03 năm (2026-2028)",
                        # "trong 02 năm 2024, 2025")
                        r"\s*(?:\b(?:trong|của|cho)\s+(?:(?:hai|ba|bốn|\d{1,2})\s+)?)?\b(?<!sang )(?:năm|giai đoạn)\s*"
                        r"(?:\((?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2}\)|(?:19|20)\d{2}"
                        r"(?:\s*[-–]\s*(?:19|20)?\d{2}|(?:\s*(?:,|và)\s*(?:19|20)\d{2}(?!\d))+)?)"
                        # (or the area the plan covers: "... Chương trình năm 2024 trên địa bàn huyện là N"; round G50)
                        r"(?=\s*(?:[,:;]|là\b|được\b|khoảng\b|dự kiến\b|ước\b|$|của (?:tỉnh|huyện|xã|thành phố|thị xã)\b|"
                        r"trên địa bàn\b))|"
                        # the year's estimate and the units it was given to: "... năm 2019 giao cho các đơn vị trực
                        # thuộc Sở là" (not "Vốn ủy thác giao cho Ngân hàng Chính sách xã hội", the line's own name)
                        r"\s*\bnăm\s*(?:19|20)\d{2}\s+giao cho\s+[^;]{3,80}?(?=\s*(?:[:;]|là\b|$))", re.I)
LONG_PAREN = re.compile(r"\s*\((?:[^()]*%[^()]*|(?:không|trừ|kể cả|bao gồm)\b[^()]*|[^()]*(?:\s[^()\s]+){5,})\)")
STRAY = re.compile(r"\*+|\[\d{1,3}\]")
# a comparison after the line it qualifies: "..., đạt 97% kế hoạch", ", tăng 10% so cùng kỳ"
# (not the line itself after its cause: "Do dịch bệnh, giảm thu khoảng")
COMPARED = re.compile(r",\s*(?:ước\s+)?(?:đạt|vượt|bằng|so|(?:tăng|giảm)(?!\s+(?:thu|chi)\b))\b.*$", re.I)
# a label that names where a part of a sum comes from: "Vốn tín dụng", "Nguồn vốn sự nghiệp du lịch",
# "Vốn Chương trình mục tiêu quốc gia ...", "Vốn huy động cộng đồng" (not "Vốn phân bổ cho cấp huyện")
# (or their counterpart money: "vốn đối ứng của các chủ thể", "vốn đối ứng của doanh nghiệp")
SOURCE_PART = re.compile(r"^vốn\s+(?:(?:đối ứng|hỗ trợ)\s+)?(?:(?:của|từ)\s+)?(?:các\s+)?(?:tín dụng|vay|sự nghiệp|đầu tư phát triển|ODA|"
                         r"trong nước|nước ngoài|viện trợ|tài trợ|"
                         r"lồng ghép|chương trình|doanh nghiệp|cơ sở|nhà đầu tư|huy động|xã hội hóa|khác|tổ chức|cá nhân|"
                         r"người dân|nhân dân|hộ gia đình|cộng đồng|chủ thể|"
                         # (a company's or a unit's own capital: "Vốn sản xuất kinh doanh của Công ty", "vốn chủ sở hữu",
                         # "vốn của đơn vị"; round G68)
                         r"sản xuất,?\s*kinh doanh|chủ sở hữu|công ty|đơn vị)\b|"
                         # a budget named by the sector it is spent on, not by its level: "ngân sách quốc phòng phân cấp
                         # cho Bộ Chỉ huy", "kinh phí an ninh" (round G50; the codes name none: other)
                         r"^(?:nguồn\s+)?(?:ngân sách|kinh phí)\s+(?:quốc phòng|an ninh)\b", re.I)
# a source the codes do not name: "từ nguồn vốn lồng ghép", "vốn vay", "vốn tín dụng", "vốn ODA"
# a line named by its capital: "Vốn trái phiếu Chính phủ", "Nguồn vốn ODA"
OWN_CAPITAL = re.compile(r"^(?:nguồn\s+)?vốn\b", re.I)
# a source's money by its kind of capital: "vốn đầu tư phát triển", "vốn đầu tư", "vốn sự nghiệp"
# ("vốn trong nước", "vốn nước ngoài": the central budget's capital by where it is raised)
# (and of spending: "kinh phí thường xuyên", "kinh phí không thường xuyên", "kinh phí sự nghiệp"; round G56)
KIND_OF_CAPITAL = re.compile(r"^(?:vốn\s+(?:đầu tư(?: phát triển)?|sự nghiệp|trong nước|nước ngoài)|"
                             r"kinh phí\s+(?:(?:không\s+)?thường xuyên|sự nghiệp))$", re.I)
# ("trả nợ vốn vay": the loan is what the money pays back, not where it comes from)
OTHER_SOURCE = re.compile(r"lồng ghép|tín dụng|(?<!trả nợ )(?<!trả nợ vốn )\bvay\b|\bODA\b|trái phiếu", re.I)
# "bố trí trong dự toán ...", "thuộc kế hoạch vốn ...": where a sum is booked, no budget line of its own
# a source named with the kind of its spending, after "từ (nguồn)": "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách trung
# ương chi thường xuyên của Bộ, dự kiến: năm 2026: N" (the plan's money from that source, not the ministry's line)
SPENT_FROM = re.compile(r"\btừ\s+(?:nguồn\s+)?(?:ngân sách|NS(?:TW|ĐP|NN)?|kinh phí|vốn)\b[^,;:]{0,40}?\s+$", re.I)
# (or drawn from: "bố trí từ dự toán chi thường xuyên năm 2027 của Sở ...", the estimate the plan's money comes out of)
# (or the revenue it is paid from: "Kinh phí thực hiện từ nguồn thu sự nghiệp của Trường ... là N", the unit's own
# takings as the plan's source, no revenue line of its own)
# (or the channel it is handed through: "Ngân sách tỉnh cấp qua dự toán của Chi cục Kiểm lâm: N", "giao thông qua dự
# toán của Sở ...": the province's part, not the estimate's line; round G68; not a council's "thông qua" of a line,
# "quyết nghị thông qua tổng thu ngân sách nhà nước N", which approves it)
BOOKED_IN = re.compile(r"\b(?:trong|vào|thuộc)\s+$|\b(?:cấp|giao|bố trí|phân bổ|chuyển)\s+(?:thông\s+)?qua\s+$|\b(?:bố trí|trích|cấp|chi|sử dụng)\s+từ\s+$|\btừ\s+(?:các\s+)?nguồn\s+$",
                       re.I)
# a source that grants its money as a budget line: "ngân sách tỉnh cấp chi thường xuyên N", "ngân sách huyện bố trí
# chi sự nghiệp N": the source's part, the line only says how it is spent
GRANTED_AS = re.compile(r"^(?:(?:từ\s+)?nguồn\s+)?(?:ngân sách|NS(?:TW|ĐP|NN)?)\b[^,;:]{0,40}?\s(?:cấp|cấp cho|bố trí|giao|hỗ trợ)\s+$",
                        re.I)
# a part's label and its purpose: "- Kinh phí tổ chức tập huấn:", "Kinh phí dành cho in ấn:"
LABEL_COLON = re.compile(r":\s*$")
SHORT_PART_WORDS = 8  # a part named without its colon is a few words long
PART_LABEL = re.compile(r"^(?:kinh phí|chi phí)\s+(?:(?:dành\s+)?cho\s+|để\s+|chi\s+(?:cho\s+)?)?", re.I)
# a label that opens by naming a source: "nguồn Chương trình 135", "Nguồn vốn lồng ghép", and the money of a programme
# named as such: "Ngân sách Chương trình mục tiêu quốc gia y tế", "Vốn Chương trình 135", "Kinh phí CTMTQG ..."
# (and what is "lồng ghép" from a programme, the money joined in from it: "được lồng ghép từ Chương trình mục tiêu
# quốc gia giảm nghèo bền vững N và Chương trình mục tiêu quốc gia xây dựng nông thôn mới M", "trong đó lồng ghép
# CTMTQG ... N": each part from a programme, as "nguồn Chương trình ..." is)
NAMED_SOURCE = re.compile(r"^(?:(?:được\s+)?lồng ghép\s+(?:từ\s+)?(?:(?:nguồn\s+)?(?:vốn|kinh phí)\s+)?(?:các\s+)?"
                          r"(?:chương trình|CTMTQG|CTMT)\b|(?:và\s+)?(?:chương trình mục tiêu quốc gia|CTMTQG)\b|"
                          r"nguồn\b|(?:ngân sách|vốn|kinh phí)\s+(?:các\s+)?(?:chương trình|CTMTQG|CTMT)\b)", re.I)
# a fund raised from donors ("vận động Quỹ Đền ơn đáp nghĩa được ...") is no budget
FUND = re.compile(r"\bquỹ\b", re.I)
# ... but a fund named as the donor of the plan's money is a source: "nguồn viện trợ của Quỹ Toàn cầu", "tài trợ
# từ Quỹ Hỗ trợ nông dân"
DONOR_FUND = re.compile(r"\b(?:viện trợ|tài trợ)\s+(?:của|từ)\s+(?:các\s+)?quỹ\b", re.I)
# a line with no amount that names where the section's money comes from: "Nguồn kinh phí: ngân sách tỉnh.",
# "2. Nguồn vốn: Ngân sách Trung ương", "Kinh phí thực hiện từ nguồn ngân sách huyện.", "Kinh phí tập huấn được
# bố trí từ nguồn ..."
CLOSING_SENTENCE = re.compile(r"[.;]\s+(?=[A-ZĐÀ-Ỹ])")
SOURCE_LINE = re.compile(r"^[-+*•\s]*(?:(?:\d{1,2}|[a-zđ])" + _MARK + r"\s*)?(?:nguồn(?:\s+(?:kinh phí|vốn))?(?:\s+thực hiện)?\s*:|"
                         r"(?:kinh phí|vốn)(?:\s+[^\s\d,;:]+){0,6}?(?:\s+(?:được bố trí|bố trí|do|lấy|chi))?\s+từ\s+nguồn)"
                         r"\s*(.{4,200})$", re.I)


def _ends_open(label: str) -> bool:
    """Whether a label ends on "(" and white space: SAME_PERIOD and NAMED_BEFORE end so, and a
    label that does not is neither (their searches, tried at every position of a long label,
    are then not made; `\\s` and str.rstrip know the same white space)."""
    return label.rstrip().endswith("(")


def _project(text: str) -> re.Match | None:
    """PROJECT's match, searched only in a text that holds its words (a plain substring
    test is much cheaper than the search)."""
    return PROJECT.search(text) if "ự án" in text or "Ự ÁN" in text else None


@functools.lru_cache(maxsize=4096)
def source_of(label: str) -> str:
    """The source a label names (remembered: table rows and their restatements, and the
    plans of one province, name the same sources in the same words)."""
    if CENTRAL.search(label):
        return "central"
    if LOCAL.search(label):
        return "local"
    if MOBILIZED.search(label):
        return "mobilized"
    return "total"


@dataclass(slots=True)
class Lead:
    """What later amounts inherit: the first amount of a paragraph, a lead line, or the
    statement a footnote hangs from."""
    scope: str
    year: int | None
    source: str = "total"
    partial: bool = False  # a sum for part of the period or of the money
    subject: str | None = None  # the budget line it is about ("Tổng thu ngân sách nhà nước")
    stage: str | None = None  # "ước thực hiện"


@dataclass(frozen=True)
class Label:
    """What the words before an amount say: a budget line (`subject`), only a stage of
    the one before (`stage` with no subject), or nothing of their own."""
    subject: str | None
    stage: str | None
    plain: bool  # names only a source or the money in general


# a lead-in that points back at what the text said before: "Để thực hiện các nhiệm vụ trên, ...", "Để triển
# khai các mục tiêu nêu trên, ..." (what follows the comma names the budget line)
BACK_PURPOSE = re.compile(r"^(?:để\s+)?(?:thực hiện|triển khai|hoàn thành)\s+(?:các\s+|những\s+)?"
                          r"(?:nhiệm vụ|mục tiêu|giải pháp|nội dung|hoạt động|chỉ tiêu)(?:\s+[^\W\d_]+){0,3}?"
                          r"\s+(?:nêu\s+|đề ra\s+)?(?:trên|này)\s*,\s*", re.I)


def _clause(label: str) -> str:
    """The clause an amount belongs to: its label after the last sentence break (and after a
    lead-in that points back, see BACK_PURPOSE)."""
    label = re.sub(r"^\s*\([^()]*\)\d{0,3}", "", label)  # the previous amount's "(nguồn ...)"
    cut = 0
    for m in CLAUSE_END.finditer(label):
        cut = m.end()
    clause = label[cut:].lstrip(" 0123456789,:-()")
    return clause[m.end():] if (m := BACK_PURPOSE.match(clause)) else clause


def _purpose(clause: str, trailing: str) -> str | None:
    m = PURPOSE_BEFORE.search(clause) or PURPOSE_AFTER.match(trailing)
    if not m:
        return None
    text = DO_WORD.sub("", NOT_IN_SCOPE.sub("", m.group(1)).strip(" ,:"))
    if NOT_A_PURPOSE.match(text) or find_money(text) or not text:
        return None
    return _capital(text)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


@functools.lru_cache(maxsize=4096)
def _tidy(text: str) -> str:
    """A scope as written, without its lead-in, cited documents, years, dates, the body
    that set it, long notes in parentheses and the words before the amount (remembered: a
    pure function of its text, asked of one clause by several of _scope's readings, and
    the same labels recur across a province's plans)."""
    text = STRAY.sub("", text)
    text = LEAD_IN.sub("", text)
    text = CITED.sub("", text)
    text = NOT_IN_SCOPE.sub("", text)
    text = LONG_PAREN.sub("", text)
    text = " ".join(text.split())
    text = TAIL.sub("", text)
    return LEAD_IN.sub("", text).strip(" ,:;-")


def _own_head(text: str) -> re.Match | None:
    """The first budget line's head word of a phrase that is the phrase's own line, not where
    its money is booked or drawn from ("... bố trí trong dự toán năm 2027 của Bộ Y tế", "...
    trích từ dự toán ngân sách năm 2025"), nor the line a source grants or spends it as."""
    return next((h for h in HEAD.finditer(text) if not BOOKED_IN.search(text, 0, h.start())
                 and not GRANTED_AS.match(text[: h.start()]) and not SPENT_FROM.search(text, 0, h.start())), None)


@functools.lru_cache(maxsize=4096)
def read_label(clause: str) -> Label:
    """The budget line a clause names and the stage it gives: "Tổng thu ngân sách địa
    phương thực hiện đến ngày 10/12/2025 là" -> ("Tổng thu ngân sách địa phương",
    "thực hiện"); "Ước thực hiện cả năm là" -> (None, "ước thực hiện")."""
    text = STRAY.sub("", clause)
    stage = None
    for pattern, name in STAGES:
        m = pattern.search(text)
        if m:
            before, after = text[: m.start()], text[m.end():]
            text = before if HEAD.search(before) else after
            stage = name
            break
    text = COMPARED.sub("", _tidy(text))
    # (not where the money is booked: "Kinh phí ... bố trí trong dự toán năm 2027 của Bộ Y tế")
    head = ESTIMATE_LINE.match(text) or _own_head(text)
    if head and (not PLAIN_WORDS.sub("", text[head.start():]).strip() or LOAN_ONLY.fullmatch(text[head.start():])):
        head = None  # "vốn sự nghiệp", "Vốn Trung ương hỗ trợ đầu tư", "Vốn ODA": a source, no line of its own
    begin = head.start() if head else 0
    if head and (m := CAPITAL_REVENUE.match(text)) and m.start(1) == begin:
        begin = 0  # "Nguồn thu tiền sử dụng đất": capital from that revenue, not the revenue line
    if head and head.group(0).lower() == "công trình" and PLAIN_WORDS.sub("", text[:begin]).strip():
        # "Duy tu, bảo dưỡng công trình hạ tầng": the work done on the works, not the works ("kinh phí duy tu công
        # trình": the work, as a part named by its purpose is, without its "Kinh phí")
        begin = pl.end() if (pl := PART_LABEL.match(text)) else 0
    subject = _capital(YEAR_AFTER_COLON.sub("", text[begin:])) \
        if head and ("%" not in text[begin:] or SHARED_RESERVE.match(text, begin)) else None
    if subject and CHANGE.fullmatch(subject):
        cause = CAUSE.match(text[: head.start()])
        if cause:
            subject = f"{subject} do {cause.group(1)}"  # "Tăng thu do thay đổi chính sách thuế X"
    plain = not subject and bool(text) and not PLAIN_WORDS.sub("", SHARE_BEFORE.sub("", text)).strip()
    return Label(subject, stage, plain)


_SHARE = r"\d{1,3}(?:,\d{1,2})?\s*%"  # a share of a sum: "70%", "12,5 %"
# a source's share of the whole sum, the sum's amount after it: "Ngân sách Trung ương hỗ trợ 70%, ngân sách tỉnh đối ứng
# 30% tổng kinh phí 5.000 triệu đồng" (the amount is the sum's, of no one source; not "hỗ trợ 50% kinh phí xây dựng mô
# hình, tối đa 200 triệu đồng": the source's own money)
SHARE_OF_WHOLE = re.compile(_SHARE + r"\s*(?:của\s+)?tổng\s+(?:kinh phí|vốn|mức đầu tư|dự toán|chi phí)"
                            r"(?:\s+(?:thực hiện|dự kiến|đầu tư|của\s+(?:kế hoạch|dự án|chương trình|đề án|mô hình)))*"
                            r"\s*(?:là|khoảng|:)?\s*$", re.I)
# a source's share of the sum just before the amount it comes to: "ngân sách tỉnh hỗ trợ 70% (" + "1.400 triệu đồng)",
# "ngân sách huyện đối ứng 30% là" (the label names only the source: the share is no budget line)
SHARE_BEFORE = re.compile(r"\s+" + _SHARE + r"\s*(?:\(|là|bằng|tương ứng|tương đương)?\s*$", re.I)


# a label that opens on "nguồn" before a revenue a province puts into investment: capital from that revenue, "Nguồn
# thu xổ số kiến thiết: N" in an investment plan's sources (not "nguồn thu nội địa" under a revenue sum, a revenue
# line; nor "Tổng nguồn thu ngân sách", the revenue)
CAPITAL_REVENUE = re.compile(r"nguồn\s+(thu\s+(?:từ\s+)?(?:tiền\s+sử\s+dụng\s+đất|xổ\s+số|tiền\s+thuê\s+đất|đấu\s+giá|bán\s))",
                             re.I)
# an ODA loan named alone or by its lender, a source the codes do not name: "Vốn ODA", "Vốn vay ODA của Ngân hàng Thế
# giới" (round G58: "Vốn ODA: N; vốn đối ứng từ ngân sách tỉnh M" read the loan as a budget line and the counterpart
# funds as its part; not a budget estimate's "Vốn vay ưu đãi:", a line of its own, tests/test_d2_holdout.py)
LOAN_ONLY = re.compile(r"vốn\s+(?:vay\s+)?ODA(?:\s+(?:của|từ)\s+[" + UPPER + r"][^,;:()]{0,60})?\s*:?\s*", re.I)
# a loan named by its kind or its lender, first in its sentence, and the counterpart funds named next: "Vốn vay ưu đãi: N;
# vốn đối ứng ngân sách tỉnh: M", "Vốn vay của Ngân hàng Phát triển châu Á N, vốn đối ứng M" (round G60; a loan line
# alone, "- Vốn vay ưu đãi: N" in a budget estimate, stays a line: tests/test_d2_holdout.py)
LOAN_LINE = re.compile(r"(?:nguồn\s+)?vốn\s+(?:vay|tín dụng)(?:\s+(?:ưu đãi|ODA|nước ngoài|lại|trong nước|"
                       r"của\s+Chính phủ))*(?:\s+(?:của|từ)\s+[" + UPPER + r"][^,;:()]{0,60})?\s*(?::|là)?\s*", re.I)
COUNTERPART_NEXT = re.compile(r"[^;.\n]{0,40}?(?:[;,]\s*(?:và\s+)?|\s+và\s+)(?:vốn|kinh phí|nguồn(?:\s+vốn)?)\s+đối ứng\b",
                              re.I)
# a budget estimate's borrowing and transfers, as the label opens: "Tổng mức vay của ngân sách địa phương", "gồm vay
# để bù đắp bội chi", "Bổ sung cho ngân sách cấp huyện", "trong đó bổ sung có mục tiêu" (not "vốn vay", "được vay
# vốn", nor a year's money added to a plan: "Năm 2026 bổ sung có mục tiêu")
ESTIMATE_LINE = re.compile(r"(?:tổng )?mức vay|vay để|bổ sung (?:cho ngân sách|cân đối|có mục tiêu)", re.I)
# a line's label, its colon, then the year of its first amount: "Thu ngân sách địa phương được hưởng theo phân cấp: năm
# 2027 đạt N; năm 2028 đạt M" (the year is the amount's, not the line's name)
YEAR_AFTER_COLON = re.compile(r"\s*:\s*(?:trong\s+)?năm\s+(?:19|20)\d{2}\s*$", re.I)
# a clause that names nothing but the year of its amount: "năm 2028 đạt", "; và năm 2029 là", "năm 2028:", and the
# verb that places the money in it: "năm 2027 bố trí", "năm 2028 dự kiến được phân bổ" (round G52)
YEAR_ONLY = re.compile(r"\s*(?:và\s+)?(?:trong\s+)?năm\s+(?:19|20)\d{2}\s*(?:là|đạt|ước đạt|dự kiến(?:\s+đạt)?|khoảng|"
                       r"(?:dự kiến\s+)?(?:được\s+)?(?:bố trí|phân bổ|cấp|giao))?\s*:?\s*(?:là\s*)?", re.I)
# a reserve named with its share of the plan: "Dự phòng 10% kế hoạch", "Dự phòng 5% tổng vốn" (a share
# elsewhere in a label is a result: "đạt 97% dự toán")
SHARED_RESERVE = re.compile(r"dự phòng\s+\d{1,2}(?:,\d{1,2})?\s*%", re.I)


def _base(subject: str) -> str:
    """A budget line without the stage words it opens with: "Lũy kế giải ngân kế hoạch
    vốn đầu tư công" -> "Kế hoạch vốn đầu tư công"; "Dự toán chi thường xuyên" -> "Chi
    thường xuyên"."""
    return _capital(re.sub(r"^(?:(?:lũy kế|giải ngân|dự toán|ước thực hiện|thực hiện)\s+)+", "", subject, flags=re.I))


# a budget line named as assigned: "Chi thường xuyên được giao", "Kế hoạch vốn giao" (the plan, not a stage of it)
ASSIGNED_END = re.compile(r"\s+(?:được\s+)?giao$")


def _scoped(subject: str, stage: str | None) -> str:
    return f"{subject} ({stage})" if stage else subject


def _trailing(text: str, money: Money, nxt: Money | None) -> str:
    return text[money.end: nxt.start if nxt else len(text)]


# "(Tám mươi lăm triệu đồng)", "(Bằng chữ: Hai tỷ đồng)": the amount again, in words
IN_WORDS = re.compile(r"^\s*\((?:bằng chữ\s*:?\s*)?[^()\d]*\b(?:đồng|triệu|tỷ|tỉ|nghìn|ngàn)\b[^()\d]*\)", re.I)
# ", từ nguồn ngân sách huyện năm 2027" after an amount: where it comes from
# (a list of sources runs on over its commas: "từ nguồn ngân sách tỉnh hỗ trợ, ngân sách xã và huy động nhân dân")
# (money raised named with no "nguồn": "N từ xã hội hóa", "M từ huy động doanh nghiệp")
# (or the capital named right after the amount, with no "từ": "Phân bổ 62.400 triệu đồng vốn ngân sách tỉnh năm
# 2024 ...", "N triệu đồng nguồn vốn NSTW"; not "N triệu đồng vốn đối ứng", which names no budget)
_SOURCE_WORD = r"(?:nguồn|ngân sách|vốn|kinh phí|huy động|xã hội hóa|đóng góp|NSTW|NSĐP)"
FROM_SOURCE = re.compile(r"^\s*,?\s*(?:(?:từ|bằng|do|thuộc)\s+|"
                         r"(?=(?:nguồn\s+)?(?:vốn|kinh phí)\s+(?:từ\s+)?(?:ngân sách|NSTW|NSĐP|NSNN)(?!\w)))"
                         r"((?:nguồn|ngân sách|vốn|kinh phí|xã hội hóa|huy động|vận động)[^.;,()]*"
                         r"(?:\s*,\s*(?:và\s+)?" + _SOURCE_WORD + r"[^.;,()]*)*)", re.I)


# the source named right after an amount with no word between, up to a comma: "trong đó 2.000 triệu đồng ngân sách tỉnh,
# 500 triệu đồng ngân sách huyện", "N triệu đồng nguồn xã hội hóa" (no figure in it: "N, ngân sách tỉnh M" names M's)
SOURCE_NEXT = re.compile(r"^\s*((?:(?:nguồn|vốn)\s+)?(?:ngân sách|NSTW|NSĐP|NSNN)(?!\w)[^.;,()\d]*|"
                         r"(?:(?:nguồn|vốn)\s+)?(?:xã hội hóa|huy động|vận động)[^.;,()\d]*)", re.I)


# a comma, then a source that runs up to the next amount: that amount's label ("N (vốn ngân sách trung ương A, vốn ngân
# sách tỉnh B)"), not this amount's source (as "N triệu đồng, từ ngân sách tỉnh" is); asked of the words between two
# amounts only
NEXT_PART = re.compile(r"^\s*,\s*(?:nguồn\s+)?(?:vốn|kinh phí)\s+(?:ngân sách|NSTW|NSĐP|NSNN)(?!\w)[^.;,()\d]*$", re.I)


def _source_after(trailing: str, words: str, year: re.Match | None = None, next_amount: bool = False) -> int:
    """How far into `trailing` the words naming the amount's own source reach ("từ ngân sách tỉnh", "ngân sách
    huyện", up to a comma or semicolon), or else its own year right after it (`year`, YEAR_NEXT's match in `words`,
    the words after the amount: _after_words): the next amount's label starts after them, as they are not its own."""
    m = FROM_SOURCE.match(words) or SOURCE_NEXT.match(words)
    if m and next_amount and NEXT_PART.match(words):
        m = None  # "N (vốn ngân sách trung ương A, vốn ngân sách tỉnh B)": B's label, not A's source (round G60)
    if not m:
        return len(trailing) - len(words) + year.end() if year else 0
    stop = re.search(r"[,;]", words[m.start(1):])
    end = min(m.end(), m.start(1) + stop.start()) if stop else m.end()
    return len(trailing) - len(words) + end


# the same sum again in another unit, in brackets right after it: "3.250 triệu đồng (tương đương 3,25 tỷ đồng)",
# "2,4 tỷ đồng (2.400 triệu đồng)" (round G62)
RESTATED = re.compile(r"^\s*\(\s*(?:(?:tương đương|tương ứng|bằng|tức(?: là)?|hay|hoặc)\s*(?:với\s+)?:?\s*)?$", re.I)


def _unrestated(text: str, moneys: list[Money]) -> list[Money]:
    """The amounts of a line but each one that restates the one before it, of the same worth, in brackets after it."""
    return [m for i, m in enumerate(moneys)
            if not (i and m.amount_vnd == moneys[i - 1].amount_vnd and RESTATED.match(text[moneys[i - 1].end: m.start]))]


def _after_words(trailing: str) -> str:
    """What follows an amount once the amount written in words and a footnote's mark after it are passed over
    ("245 triệu đồng[3] từ nguồn ngân sách phường": a Word note's reference, a scrape's "[3]")."""
    m = IN_WORDS.match(trailing)
    if m:
        trailing = trailing[m.end():]
    if (mark := NOTE_MARK_AFTER.match(trailing)) is not None:
        trailing = trailing[mark.end():]
    return trailing


NOTE_MARK_AFTER = re.compile(r"\s*\*?(?:" + FOOTNOTE_MARK + ")")  # "[3]", " [14]", "*[^1]", "<sup>2</sup>"


def _paren_source(trailing: str) -> str:
    """"(nguồn do Trung ương bổ sung ...)" or "từ nguồn ngân sách huyện" right after an
    amount (or after the amount in words) names its source; "(không bao gồm vốn Trung
    ương)" names what it leaves out."""
    trailing = _after_words(trailing)
    m = re.match(r"^\d{0,3}\s*\(([^()]*)\)", trailing)
    if m and not find_money(m.group(1)) and not re.match(r"\s*(?:không|trừ|ngoài)\b", m.group(1), re.I):
        return "total" if _several_sources(m.group(1)) else source_of(m.group(1))
    m = FROM_SOURCE.match(trailing) or SOURCE_NEXT.match(trailing)
    if m:
        return "total" if _several_sources(m.group(1)) else _part_source(m.group(1))
    return "total"


# a second fund joined on by "và" that the codes do not name: "từ ngân sách thành phố và vốn của các dự án",
# "... và kinh phí của đơn vị", "ngân sách xã và Quỹ hỗ trợ nông dân tỉnh" (not a kind of capital of the same
# budget: "vốn sự nghiệp và vốn đầu tư phát triển của ngân sách tỉnh")
ANOTHER_FUND = re.compile(r"\bvà\s+(?:các\s+)?(?:nguồn\s+)?(?:vốn|kinh phí|quỹ)\b(?!\s+(?:sự nghiệp|đầu tư phát triển|"
                          r"đầu tư công|chi thường xuyên|thường xuyên)\b)", re.I)


# a budget named by whom it is given to, not by its level, then "và" and the money raised: "từ nguồn ngân sách cấp
# cho Tỉnh đoàn năm 2024 và nguồn vận động xã hội hóa", "ngân sách được giao và nguồn tài trợ", and a body's own
# funds so named: "từ nguồn kinh phí hoạt động năm 2023 của Hội Nông dân huyện và nguồn xã hội hóa", "vốn tự có của
# đơn vị và vốn huy động"
_BUDGET_AND = re.compile(r"\b(?:ngân sách|kinh phí|vốn)\b[^;]*?\s+và\s+", re.I)


def _codes_named(text: str) -> int:
    """How many of the sources the codes name a text names (central, local, raised; not "lồng ghép", "vay", which may
    be the act that brings a named budget in: "được lồng ghép từ ngân sách tỉnh N")."""
    return sum(1 for pattern in (CENTRAL, LOCAL, MOBILIZED) if pattern.search(text))


def _several_sources(text: str) -> bool:
    """"từ ngân sách xã và nguồn xã hội hóa", "vốn ODA, vốn đối ứng của tỉnh": a sum from more
    than one source is of all of them."""
    named = _codes_named(text) + bool(OTHER_SOURCE.search(text))
    return named > 1 or (named == 1 and (ANOTHER_FUND.search(text) is not None or _budget_then_raised(text)))


def _budget_then_raised(text: str) -> bool:
    """A budget of no level the codes name, joined by "và" to money raised (MOBILIZED) named after it: two sources."""
    m = _BUDGET_AND.search(text)
    return bool(m) and not MOBILIZED.search(text, 0, m.end()) and MOBILIZED.search(text, m.end()) is not None


# the whole a programme raises from every source: "Tổng nguồn vốn huy động thực hiện Chương trình ... là N, trong đó:
# vốn ngân sách trung ương A; ...; cộng đồng dân cư đóng góp B" ("huy động" the act of raising the programme's means,
# no source of its own; round G50)
RAISED_WHOLE = re.compile(r"^tổng\s+(?:số\s+)?(?:nguồn\s+)?(?:vốn|nguồn lực|kinh phí)\s+(?:được\s+)?huy động\b", re.I)


# (raised from whom: "Tổng vốn huy động từ các doanh nghiệp", "... của cộng đồng"; not "từ các nguồn", every source)
RAISED_FROM = re.compile(r"\s*(?:từ|của)\s+(?!(?:các|mọi|nhiều)\s+nguồn\b)", re.I)


def _whole_source(clause: str) -> str:
    """The source a label names, where "Tổng vốn huy động ..." names none by its "huy động" (the source named after
    it still counts, and so do those it is raised from: "Tổng vốn huy động từ các doanh nghiệp" is mobilized)."""
    tidy = _tidy(clause)
    raised = RAISED_WHOLE.match(tidy)
    if not raised:
        if _codes_named(clause) > 1:
            return "total"
        found = source_of(clause)
        return "other" if found == "total" and LOAN_ONLY.fullmatch(tidy) else found  # "Vốn ODA: N" (round G58)
    rest = tidy[raised.end():]
    source = source_of(rest)
    return "mobilized" if source == "total" and RAISED_FROM.match(rest) else source


def _source_year(after: str) -> int | None:
    """The year of the budget an amount is drawn from, when named after it (`after`, the words
    after the amount, _after_words: "... từ nguồn ngân sách xã năm 2026")."""
    m = FROM_SOURCE.match(after)
    y = SINGLE_YEAR.search(m.group(1)) if m else None
    return int(y.group(1)) if y else None


BARE_JOIN = re.compile(r"\s*(?:và|,|;)?\s*")  # a clause that only joins an amount to the one before it
# the year an amount is for, right after it, up to the clause's end or the next amount: "N trong năm 2026 và M ...",
# "N (năm 2026); M (năm 2027)", "N vào năm 2027." (round P53; not "N năm 2026 và năm 2027", one sum for both)
YEAR_NEXT = re.compile(r"\s*\(?\s*(?:trong\s+|vào\s+|cho\s+)?năm\s+((?:19|20)\d{2})(?!\d)\s*\)?"
                       r"(?=\s*(?:[,;.)]|và\s*(?:\d|$)|$))", re.I)


def _part_source(label: str) -> str:
    """The source a part of a sum names: the state budget as one part, or money the codes
    do not name ("vốn lồng ghép"), is "other"; the rest as `source_of` reads them."""
    if _codes_named(label) > 1:
        # "Kinh phí thực hiện từ nguồn ngân sách tỉnh và nguồn xã hội hóa là N": of both (round G50; not a raised
        # part's donors, "Vận động xã hội hóa (Nguồn hỗ trợ của Unicef và các nguồn vốn hợp pháp khác)")
        return "total"
    found = source_of(label)
    return "other" if found == "total" and (STATE_BUDGET.search(label) or OTHER_SOURCE.search(label)) else found


def _project_context(block: Block, node) -> str | None | bool:
    """'Dự án N' when a heading or table title names a project, None when a top-level
    heading ends the project's part, False when the block says nothing."""
    if node is None and "ự án" not in block.text and "Ự ÁN" not in block.text:
        return False
    cut = block.text.find("\n")
    first_line = block.text if cut < 0 else block.text[:cut]
    pm = _project(first_line)
    if pm and (node or is_upper(first_line) or TITLE_START.match(first_line)):
        return f"Dự án {pm.group(1)}"
    if node and node[0] in ("roman", "part"):
        return None
    return False


# -- sentence units -----------------------------------------------------------------
# a line that holds only a number or marker: "2.2.", "*2.1.", "a)", "[1]" (not a table's row code "1", "I")
BARE_MARKER = re.compile(r"^[*\s]*(?:(?:[IVXL]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)/-]|\[\d{1,3}\])[*\s]*$")
SENTENCE_MARKER = re.compile(r"(?<=[^\W\d_])(\d{1,3})(?=[.;:*\s]*$)")  # "... Hội đồng nhân dân tỉnh giao17."
NOTE_TEXT = re.compile(r"^[(\[]?(\d{1,3})[)\]]?\s+\S")  # "16 Kế hoạch số ...", "[2] Cụ thể: ..."
BODY_NOTE = re.compile(r"^(\d{1,3})\s+[A-ZĐ]")  # "17 Trong đó:": a footnote, when an amount carried marker 17
IN_TEXT_MARKER = re.compile(r"\[(\d{1,3})\]")  # "[2]" in running text: a footnote's anchor
NOTE_START = re.compile(r"^[*\s]*\[\d{1,3}\](?:\s+\S+){0,2}[*\s]*$")  # "[2] Cụ": a footnote's first word
SENTENCE_END = re.compile(r"[.;!?][*\s]*$")
# "a) ...", "b.1. ...": a lettered item (or a part of one), the one item that starts in lower case
LETTER_ITEM = re.compile(r"^[a-zđ](?:\s*\.\s*\d{1,2})?" + _MARK + r"\s")
# a line that ends on a function word goes on below ("... xử lý khác về"; not "... các năm tiếp theo")
OPEN_END = re.compile(r"\b(?:về|của|và|là|các|cho|với|tại|(?<!tiếp )theo|đến|từ|trong|được|do|bằng)[*\s]*$", re.I)
SENTENCE_BREAK = re.compile(r"[.!?][*\s]+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]")  # ". Ước thực hiện ...": a new sentence
# a footnote's first line in the flow of a page's text: "16 Kế hoạch số ...", "[2] Cụ thể: ..."
PAGE_NOTE = re.compile(r"^[*\s]*(?:\d{1,3}\s+[A-ZĐ]|\[\d{1,3}\]\s*\S)")
NOTE_GAP = 8  # at most so many runs of footnotes between the two halves of a sentence
GAP = re.compile(r"\s{2,}")
ITEM_START = re.compile(r"^\d{1,2}(?:\.\d{1,2})*" + _MARK + r"(?=\s)")  # "2.", "1.1.", "3)", "4/", "5-": a numbered item, no wrapped number


@dataclass(slots=True)
class Unit:
    """Consecutive blocks read as one text: a line a scrape wrapped mid-sentence and
    the lines that continue it."""
    blocks: list[Block]
    text: str  # the document text it covers, line breaks as spaces (same offsets)
    start: int
    joined: bool = False  # two halves of a sentence, the footnotes between them blanked out

    @property
    def first(self) -> Block:
        return self.blocks[0]


def _words_end(text: str) -> int:
    """Where a line's words end: its length less the stars and white space after them
    (what SENTENCE_END and OPEN_END pass over before the end)."""
    end = len(text)
    while end and (text[end - 1] == "*" or text[end - 1].isspace()):
        end -= 1
    return end


def _sentence_ends(text: str) -> bool:
    """SENTENCE_END.search(text), from the last character before the trailing "*" and
    spaces instead of a search through the whole line."""
    end = _words_end(text)
    return end > 0 and text[end - 1] in ".;!?"


def _open_ends(text: str) -> bool:
    """OPEN_END.search(text), started where its words can start: they end the line's words
    and are at most five letters long (its look-behinds still see the text before)."""
    return OPEN_END.search(text, max(0, _words_end(text) - 6)) is not None


def _continues(a: Block, b: Block, length: int) -> bool:
    """Whether line b continues line a: a holds only a number or marker ("2.2.", "[1]"),
    or the unit so far (`length`) is a long line with no sentence end and b starts in
    lower case or with a figure (not a numbered item, not a bullet)."""
    if len(a.text) <= 20:
        if BARE_MARKER.match(a.text):
            return bool(_HAS_WORD.search(b.text))
        if NOTE_START.match(a.text) and b.text.lstrip(" *")[:1].islower():
            return True  # "[2] Cụ" / "thể: giảm thuế ..."
    if length < 25 or _sentence_ends(a.text) or BULLET.match(b.text):
        return False
    first = b.text.lstrip(" *")
    if first[:1].isdigit():  # "2 Điều 9 Luật ...", "560 tỷ đồng [1], bằng": a wrapped figure
        return not ITEM_START.match(first)
    if _open_ends(a.text):  # "... xử lý khác về" / "Tài chính là ...": no sentence ends on "về"
        return not classify(first)
    return first[:1].islower() and not LETTER_ITEM.match(first)


def _units(doc: Document) -> list[Unit]:
    runs: list[list[Block]] = []
    run: list[Block] = []
    length = 0
    for block in doc.blocks:
        if block.kind == "table":
            continue
        if (run and block.index == run[-1].index + 1 and block.text and run[-1].text
                and _continues(run[-1], block, length)):
            run.append(block)
            length += len(block.text)
            continue
        if run:
            runs.append(run)
        run, length = [block], len(block.text)
    if run:
        runs.append(run)
    return [_unit(doc, r) for r in _rejoin(runs)]


def _rejoin(runs: list[list[Block]]) -> list[list[Block]]:
    """A sentence a page's footnotes cut in two ("... phân bổ 100% kế hoạch vốn" / "16 Kế
    hoạch số ..." / "17 Trong đó:" / "- ..." / "được giao với tổng dự toán là N"): its two
    halves as one run, read where the second half stands (after the footnotes)."""
    out = list(runs)
    i = 0
    while i < len(out):
        run = out[i]
        # where the footnotes start: inside the run (a footnote's "16 Kế hoạch ..." read as a
        # wrapped figure) or at the next run
        k = 1 if len(run) == 1 else next((k for k in range(1, len(run)) if PAGE_NOTE.match(run[k].text)), len(run))
        notes = run[k] if k < len(run) else (out[i + 1][0] if i + 1 < len(out) else None)
        # (no footnote where they would start: most runs end here, without a call)
        j = _rest_after_notes(out, i, k) if notes is not None and PAGE_NOTE.match(notes.text) else None
        if j is None:
            i += 1
            continue
        out[j] = run[:k] + out[j]
        if k < len(run):
            out[i] = run[k:]
            i += 1
        else:
            del out[i]
    return out


def _rest_after_notes(runs: list[list[Block]], i: int, k: int) -> int | None:
    """The run that ends the sentence runs[i][:k] leaves open, when only footnotes (and
    their bullets) stand between: it starts in lower case, no item and no bullet."""
    notes = runs[i][k] if k < len(runs[i]) else (runs[i + 1][0] if i + 1 < len(runs) else None)
    if notes is None or not PAGE_NOTE.match(notes.text):  # (the cheap test first: most lines have no notes after)
        return None
    head = runs[i][:k]
    last = head[-1].text.rstrip(" *")
    if sum(len(b.text) for b in head) < 25 or not last or SENTENCE_END.search(last) or last.endswith(":"):
        return None
    for j in range(i + 1 if k < len(runs[i]) else i + 2, min(len(runs), i + 2 + NOTE_GAP)):
        text = runs[j][0].text
        first = text.lstrip(" *")
        if first[:1].islower() and not LETTER_ITEM.match(first) and not BULLET.match(text):
            return j
        if not (PAGE_NOTE.match(text) or BULLET.match(text)):
            return None
    return None


def _unit(doc: Document, blocks: list[Block]) -> Unit:
    if len(blocks) == 1 and "\n" not in blocks[0].text:
        return Unit(blocks, blocks[0].text, blocks[0].start)
    start, end = blocks[0].start, blocks[-1].end
    if all(b.index == a.index + 1 for a, b in zip(blocks, blocks[1:])):
        return Unit(blocks, doc.text[start:end].replace("\n", " "), start)
    chars = [" "] * (end - start)  # two halves of a sentence: what stands between them is blanked out
    for b in blocks:
        chars[b.start - start: b.end - start] = doc.text[b.start: b.end]
    return Unit(blocks, "".join(chars).replace("\n", " "), start, joined=True)


def _footnote_units(doc: Document, units: list[Unit]) -> dict[int, str]:
    """Unit position -> footnote marker, for footnote texts."""
    end = body_end(doc)
    out = {}
    for n, u in enumerate(units):
        first = u.blocks[0]
        if first.kind == "footnote" or first.index >= end:
            m = NOTE_TEXT.match(u.text)
            if m:
                out[n] = m.group(1)
    return out


def _item_level(text: str, node) -> float:
    """A numbered line's depth: "1." < "1.1." < "a)" < "a.1." ("b . 2 . Vốn ...")."""
    level = _heading_level(node)
    if node[0] == "letter":
        m = re.match(r"^[*\s]*[a-zđ]" + _MARK + r"((?:\s*\d{1,2}" + _MARK + r")*)", text)
        level += 0.1 * len(re.findall(r"\d{1,2}", m.group(1))) if m else 0
    return level


def _heading_level(node) -> int:
    """An Article ranks with a Roman section, above its numbered items ("Điều 2. Mục tiêu, chỉ tiêu chủ yếu
    năm 2010" over "2. Các chỉ tiêu chủ yếu:": the year and budget it names hold for them)."""
    kind, number = node[0], node[1]
    return {"part": 0, "roman": 1, "article": 1, "letter": 5}.get(kind, 2 + number.count("."))


# the public investment capital a yearly plan or a report states ("Kế hoạch vốn đầu tư công năm 2024 của huyện là
# N", "Tổng vốn đầu tư công năm 2023 là N"): that budget line of the place, not the document's own money, unless
# the document is about that capital (its title names it: "Kế hoạch đầu tư công năm 2024", "... phân bổ vốn ...")
PUBLIC_CAPITAL = re.compile(r"(?:tổng\s+)?(?:kế hoạch\s+)?vốn\s+đầu\s+tư\s+công\b", re.I)
CAPITAL_TITLE = re.compile(r"đầu\s+tư|\bvốn\b|giải\s+ngân", re.I)
# a document about the public finances themselves: "Kế hoạch tài chính - ngân sách nhà nước 03 năm", "Dự toán ngân
# sách", "thu, chi ngân sách", or about a place's whole economy ("Kế hoạch phát triển kinh tế - xã hội năm 2025",
# which weighs the year before as a report does): its past years' takings are its matter, not a situation (see
# _past_takings)
FISCAL_TITLE = re.compile(r"tài\s+chính\s*[-–,]?\s*ngân\s+sách|dự\s+toán\s+(?:thu|chi|ngân\s+sách)|"
                          r"\b(?:thu,?\s+(?:và\s+)?chi|thu|chi)\s+ngân\s+sách|kinh\s+tế\s*[-–]\s*xã\s+hội", re.I)


def extract_statements(doc: Document, period: dict | None = None, title: str | None = None,
                       issued: str | None = None) -> list[dict]:
    """The budget statements of a document whose header gives its `period`, `title` and the date
    it was `issued` (ISO, or None)."""
    period = period or {}
    own_capital = not title or bool(CAPITAL_TITLE.search(title))  # (a chunk with no title: its own, as before)
    fiscal = bool(title and FISCAL_TITLE.search(title))
    plan = (period.get("start_year"), period.get("end_year"))
    dated = int(issued[:4]) if issued else None  # a letter or a notice with no period: the year it is dated
    units = _units(doc)
    notes = _footnote_units(doc, units)
    referents: dict[str, Lead] = {}  # footnote marker -> the statement it hangs from
    out: list[dict] = []
    context: str | None = None  # "Dự án 2" from the nearest heading or table title
    heading_scope: str | None = None  # "Giai đoạn 2010 - 2020" from a heading about a past period
    sections: dict[int, str | None] = {}  # heading level -> the budget it names ("total", "local", ...)
    moneyed: dict[int, str] = {}  # heading level -> its text, which may name money ("Kinh phí", "Thu ngân sách")
    years: dict[int, int | None] = {}  # heading level -> the one year it is about ("... năm 2025")
    lead: Lead | None = None  # a paragraph whose bullets continue it ("... trong đó:")
    items: Lead | None = None  # the lead a run of numbered items ("a)", "b)") stands under
    outline: dict[float, Lead] = {}  # outline level -> the sum of the numbered line there ("1.2. Vốn ...: N")
    last: Lead | None = None  # the last paragraph's budget line, for "Ước thực hiện ... là N" after it
    closed: Lead | None = None  # the sum of the paragraph before, for a bare "Trong đó:" line after it
    heading_at = -1  # the unit of the nearest heading: the section a statement stands in
    where: list[int] = []  # per statement of `out`, its section
    named: dict[int, set[str]] = {}  # per section, the sources its lines with no amount name
    costed = False  # the bullets so far of this run hold a computed line of cost ("- Tiền ăn: 50 người x ... = N")
    for n, unit in enumerate(units):
        text = unit.text
        if not _HAS_WORD.search(text):  # a table cell ("50", "-"): no heading, no money
            if not BULLET.match(text):
                lead = None
            continue
        node = classify(text.lstrip(" *"))
        found = _project_context(unit.first, node)
        if found is not False:
            context = found
        moneys = _unrestated(text, find_money(text)) if _DIGIT.search(text) else []  # (every amount opens on a digit)
        if moneys and recites_another(text):
            # "Ngày D, X ban hành Kế hoạch số N về ... Tổng kinh phí thực hiện Kế hoạch là M": the sums the story of
            # another document's issue quotes are that document's (round G33)
            moneys = []
        if node:
            # (a line's period after its first amount is no heading's: "đ) Tổng kinh phí N, trong đó: giai đoạn 2026 -
            # 2027 là A; ..." is the plan's sum and its phases)
            pm = PERIOD.search(text, 0, moneys[0].start if moneys else len(text))
            # only a period known to differ from the plan's is a scope of its own
            past = pm and None not in plan and (int(pm.group(1)), int(pm.group(2))) != plan
            heading_scope = f"Giai đoạn {pm.group(1)} - {pm.group(2)}" if past else None
            if not moneys and len(text) < 200:  # a heading: the budget it names holds for what it covers
                level = _heading_level(node)
                if node[0] not in ("letter", "arabic") or not SOURCE_LINE.match(text):
                    heading_at = n
                sections = {k: v for k, v in sections.items() if k < level}
                sections[level] = _budget_named(text)
                moneyed = {k: v for k, v in moneyed.items() if k < level}
                moneyed[level] = text  # (asked whether it names money only when a past year's sum needs it)
                years = {k: v for k, v in years.items() if k < level}
                ym = None if YEAR_RANGE.search(text) else HEADING_YEAR.search(text)
                years[level] = int(ym.group(1)) if ym else None
                last = None
                outline = {k: v for k, v in outline.items() if k < level}
                if node[0] != "letter":
                    items = None
            elif moneys:
                # a numbered line with a sum of its own is the sibling of a heading at its level, not under it:
                # "1. Vắc xin do Bộ Y tế cấp. Kinh phí ... do ngân sách địa phương bảo đảm." names no budget
                # over "2. Tổng kinh phí ... là N, trong đó: ngân sách tỉnh A; ngân sách huyện B"
                level = _heading_level(node)
                sections = {k: v for k, v in sections.items() if k < level}
                years = {k: v for k, v in years.items() if k < level}
        bullet = bool(BULLET.match(text))
        if not bullet:
            costed = False
        numbered = not bullet and node is not None and node[0] in ("letter", "arabic")
        body_note = BODY_NOTE.match(text) if text[:1].isdigit() else None  # (it opens on a digit)
        if n not in notes and body_note and body_note.group(1) in referents:
            notes[n] = body_note.group(1)  # a page's footnote the reader left in the flow: "17 Trong đó: ..."
        if not moneys:
            if sm := SOURCE_LINE.match(text):
                named.setdefault(heading_at, set()).add(_single_source(sm.group(1)))
            opens = text.rstrip(" *").endswith(":")  # a lead line: "... như sau:", "17 Trong đó:"
            if n in notes and referents.get(notes[n]) and opens:
                lead = referents[notes[n]]  # "17 Trong đó:" over the bullets that break the sum down
                continue
            if opens and closed and not bullet and not numbered and BARE_PARTS.fullmatch(text.strip(" *")):
                lead = items = closed  # "... tổng kinh phí là N, từ nguồn X." / "Trong đó:" / "- A: N1;"
                continue
            if not bullet:
                closed = None
            if bullet and lead and n not in notes and "[" in text:  # (what the loop asks of each marker)
                for m in IN_TEXT_MARKER.finditer(text):
                    if m.group(1) not in referents:
                        referents[m.group(1)] = lead  # "- ... giảm thu ngân sách [2]." under "... năm 2025 ... sau:"
            if opens and BUDGET_WORDS.search(text):
                line = _lead_line(text, context or heading_scope or "total")  # "... như sau:" over its items
                if line or not lead or bullet or numbered:  # (one that only goes on about the sum before keeps it)
                    lead = line or Lead(context or heading_scope or "total", None)
                    if not bullet and not numbered:
                        items = lead
            elif not bullet and not text.rstrip().endswith(":"):
                lead = None
            continue
        section_source = next((sections[k] for k in sorted(sections, reverse=True) if sections[k]), None)
        section_year = None if n in notes else next((years[k] for k in sorted(years, reverse=True) if years[k]), None)
        level = _item_level(text, node) if numbered else None
        if numbered:
            # a numbered line is a part of the nearest numbered sum above it ("a. Vốn ..." under
            # "1.2. Vốn Trung ương hỗ trợ đầu tư: N"), else of the lead line it stands under
            above = [k for k in outline if k < level]
            inherited = outline[max(above)] if above else items
        else:
            inherited = lead if bullet else None
        note = referents.get(notes[n]) if n in notes else None
        first: Lead | None = None
        first_end = 0
        prev_end = 0
        previous: Lead | None = None  # the amount before this one
        staged: Lead | None = None  # the last amount of this sentence with a stage of its own
        own_line: Lead | None = None  # the first amount of this sentence that names its budget line
        staged_end = 0
        dropped = False  # the amount before this one was no budget (so is its "/plan")
        unit_start = len(out)
        before: list[tuple[int, Lead]] = []  # (end, reading) of the amounts of this unit so far
        rate_label = None  # the label of a rate just dropped, which its computation's result takes
        carried: str | None = None  # the label an amendment's old amount hands its new one (OLD_AMOUNT_FROM)
        task = TASK_SENTENCE.match(text)
        for k, money in enumerate(moneys):
            nxt = moneys[k + 1] if k + 1 < len(moneys) else None
            label = without_foreign_worth(text[prev_end: money.start])  # ("2,5 triệu USD (tương đương " N)
            computed = rate_label is not None and COMPUTED_REST.match(label) is not None
            if computed:
                # "- Hỗ trợ đào tạo nghề: 120 người x 4,5 triệu đồng/người = 540 triệu đồng": the result is the
                # line's sum, named by what comes before the computation
                label = rate_label[: m.start()] if (m := _count_chain(rate_label)) else rate_label
            rate_label = None
            if unit.joined:
                label = GAP.sub(" ", label)  # (the blanked footnotes between a sentence's halves)
            if carried is not None:
                label, carried = carried, None  # (the new amount of "từ <old> lên <new>": OLD_AMOUNT_FROM)
            if nxt is not None and (old := OLD_AMOUNT_FROM.search(label)) \
                    and (to := OLD_AMOUNT_TO.match(text[money.end: nxt.start])):
                carried = to.group("new") if to.group("new") and _HAS_WORD.search(to.group("new")) \
                    else label[: old.start()]
                continue
            trailing = _trailing(text, money, nxt)
            words_after = _after_words(trailing)
            year_next = YEAR_NEXT.match(words_after)  # (its year right after it, "N trong năm 2026 và M ...")
            # (its source's words named after it, or its year, are not the next's)
            prev_end = money.end + _source_after(trailing, words_after, year_next, nxt is not None)
            clause = _clause(label)
            # (or a fund's part on a bullet of its own under "... N, trong đó:", "- Quỹ phòng, chống thiên tai xã: M")
            fund = FUND.search(clause) is not None and _fund_part(clause, text[: money.start] if k > 0 else "",
                                                                  k == 0 and inherited is not None)
            # (a factor with the counts before it, "01 giải x N = M", or after it, "N x 3 đợt = M"; round G50)
            after = text[money.end: money.end + 60]
            factor = bool(FACTOR_AFTER.match(after) and (_count_chain(label) or TIMES_AFTER.match(after)))
            if (RATE_BEFORE.search(label) or RATE_NAMED.search(label) or RATE_AFTER.match(text[money.end: money.end + 40])
                    or factor or (dropped and RATE_SERIES.fullmatch(label))
                    or (NOT_BUDGET.search(clause) and not KEPT_FINES.search(clause)) or PAID_IN.search(clause) or (FUND.search(clause) and not BUDGET_WORDS.search(clause) and not DONOR_FUND.search(clause)
                                                     and not fund)
                    or (dropped and RANGE_OR_PLAN.fullmatch(label)) or REPLACED_BEFORE.search(label)
                    or (dropped and PART_OF_DROPPED.search(label) and not BUDGET_WORDS.search(label))
                    or (DIFFERENCE_BEFORE.search(label) and DIFFERENCE_AFTER.match(text[money.end: money.end + 60]))):
                if RATE_AFTER.match(text[money.end: money.end + 40]) or factor:
                    rate_label = label
                dropped = True  # a rate; GRDP, doanh thu, kim ngạch: the economy's figures; a fund's donations
                continue
            dropped = False
            if SENTENCE_BREAK.search(label):
                if k and task:
                    # the task's sentence has ended (not at its own number's dot: "1. Nhiệm vụ 1: N"): the sums after
                    # it are no parts of the task's ("Nhiệm vụ 1: N. Tổng kinh phí của Kế hoạch là M")
                    task = first = None
                staged = own_line = None
            whole = staged if staged and PARTS.search(text[staged_end: money.start]) else None
            scope, source, subject, stage = _scope(clause, label, trailing, previous, whole, first, note, inherited,
                                                   last, context or heading_scope or "total", bullet, numbered,
                                                   own_line, plan)
            if (k == 0 and subject and nxt is not None and LOAN_LINE.fullmatch(_tidy(clause))
                    and COUNTERPART_NEXT.match(text[money.end: nxt.start])):
                # "Vốn vay ưu đãi: N; vốn đối ứng ngân sách tỉnh: M": the loan and its counterpart funds, two sources
                # of the plan's money (the loan "other"), not a loan line and its part (round G60)
                scope, source, subject = context or heading_scope or "total", "other", None
            if (scope == "total" and (computed or (bullet and costed and k == 0)) and LABEL_COLON.search(clause)
                    and (part := _part_named(clause))):
                # a line of a cost estimate with no sum above it ("III. DỰ TRÙ KINH PHÍ" / "- Tiền ăn: 50 người x 2
                # ngày x 50.000 đồng/người/ngày = 5.000.000 đồng"): the cost of what its label names, and so is a
                # labelled bullet among such lines ("- Mua vôi bột: 1.800.000 đồng")
                scope = part
                costed = True
            # a phase's parts by source, in brackets right after its sum or after "trong đó" in its clause: "giai đoạn
            # 2026 - 2027 là N (ngân sách trung ương A, ngân sách tỉnh B); giai đoạn 2028 - 2030 là M, trong đó ngân sách
            # trung ương C, ..." (not the whole's sources in a sentence after the phases; round G60)
            phase_sum = next(((end, lead) for end, lead in reversed(before) if PHASE.fullmatch(lead.scope)
                              and lead.source == "total"), None)
            if (phase_sum and first and scope == first.scope and first.scope != phase_sum[1].scope
                    and not PHASE.search(clause) and source != "total"
                    and PARTS.search(text, phase_sum[0], money.start)
                    and not SENTENCE_BREAK.search(text, phase_sum[0], money.start)
                    and not any(phase_sum[0] < end <= money.start and lead.scope == first.scope and lead.source == "total"
                                for end, lead in before)):
                scope = phase_sum[1].scope
            if source != "total" and SHARE_OF_WHOLE.search(clause):
                source = "total"  # "Ngân sách tỉnh hỗ trợ 50% tổng kinh phí 800 triệu đồng": the source's share, of the sum
            if task and scope == "total":
                scope = task.group(1)  # "Nhiệm vụ 1: N, trong đó ...": the task's sum and its parts
            elif tm := TASK_SCOPE.fullmatch(scope):
                scope = tm.group(1)  # "..., trong đó: Nhiệm vụ 1: N; Nhiệm vụ 2: M"
            if subject and not stage and not (whole or first) and _plan_works(clause, title):
                scope, subject = "total", None  # "Tổng kế hoạch vốn ... của 04 dự án trọng điểm là N" (WORKS_OF_WHOLE)
            if scope == "total" and not own_capital and (pc := PUBLIC_CAPITAL.match(_tidy(clause))):
                scope = subject = _capital(pc.group(0))  # "Kế hoạch vốn đầu tư công năm 2024 là N" (PUBLIC_CAPITAL)
            # the sum of this sentence a bracket holding this amount follows: "năm 2025: N (ngân sách tỉnh A; xã hội
            # hóa B)", the parts of that year's sum (round G28)
            opened = text.rfind("(", 0, money.start)
            bracketed = next(((end, lead) for end, lead in reversed(before) if end <= opened), None) \
                if opened > text.rfind(")", 0, money.start) else None
            of_year = bracketed[1].year if bracketed and not SENTENCE_BREAK.search(text, bracketed[0], opened) else None
            if stage == "cùng kỳ":
                year = previous.year - 1 if previous and previous.year else None  # the same figure a year earlier
            else:
                year = _year(clause, label if k == 0 else "", first, inherited, note, text, first_end, money,
                             section_year, of_year)
                if year is None and not YEAR_RANGE.search(clause):
                    year = int(year_next.group(1)) if year_next else _source_year(words_after)
                if year is None and not YEAR_RANGE.search(clause):
                    year = _handed_year(text, money.start, before)
                own = OWN_YEAR.search(clause)
                if own and subject and year != int(own.group(1)) and scope == _scoped(subject, stage):
                    subject = f"{subject} năm {own.group(1)}"  # "Giảm tiền thuê đất năm 2024", counted in 2025
                    scope = _scoped(subject, stage)
            if not fiscal and _past_takings(clause, year, plan[0] or dated, moneyed):
                dropped = True
                continue
            if source == "total":
                source = _paren_source(trailing)
            # an amount in brackets after a sum of this unit (its anchor): "ngân sách huyện: N (năm 2027: A; ...)"
            opened = text.rfind("(", 0, money.start)
            anchor = next((lead for end, lead in reversed(before) if end <= opened), None) \
                if opened > text.rfind(")", 0, money.start) else None
            if source == "total" and anchor and SINGLE_YEAR.search(clause) and anchor.source != "total" \
                    and anchor.year is None:
                source = anchor.source  # "ngân sách huyện: N (năm 2027: A; năm 2028: B)": the years of that source
            if source in ("total", "other") and anchor and anchor.source not in ("total", "other"):
                tidy = _tidy(clause)
                kind = KIND_OF_CAPITAL.match(tidy)
                if (SOURCE_PART.match(tidy) or kind) and source_of(clause) == "total" and not OTHER_SOURCE.search(clause):
                    # "ngân sách trung ương N (vốn đầu tư phát triển A, vốn sự nghiệp B)": that source's sum by kind
                    # of capital (not "(vốn vay ODA C)", a source of its own), each named by its kind as a line of
                    # its own is ("a. Vốn sự nghiệp: B" under the source's sum)
                    source = anchor.source
                    if scope == anchor.scope and kind:
                        scope = _capital(tidy)
            if source == "total" and note and note.source != "total" and scope != note.scope:
                source = note.source  # parts of a sum from one source share it
            # (or handed to bodies: "N từ ngân sách tỉnh, giao Công an tỉnh A, Sở Y tế B"; HANDED_BETWEEN, round G56)
            sum_of = whole or (first if first and (PARTS_NAMED.search(text[first_end: money.start])
                                                   or HANDED_BETWEEN.search(text, first_end, money.start)) else None)
            if source == "total" and sum_of and sum_of.source not in ("total", "other") and scope != sum_of.scope:
                source = sum_of.source  # "N từ ngân sách tỉnh, trong đó: sự nghiệp văn hóa A; ...": so are its parts
            if source == "total" and sum_of and sum_of.source not in ("total", "other") and scope == sum_of.scope \
                    and sum_of.year is None and year is not None and SINGLE_YEAR.search(clause):
                # "từ nguồn ngân sách trung ương, tổng cộng N, trong đó: năm 2014 là A; năm 2015 là B": that source's
                # years, as in brackets after it
                source = sum_of.source
            if source == "total" and inherited and inherited.source != "total":
                source = inherited.source  # "- Vốn các chương trình mục tiêu" under "Vốn Trung ương hỗ trợ: ..."
            if source == "total" and section_source and section_source != "total" and n not in notes:
                source = section_source  # under "2.2. Chi ngân sách địa phương"
            if source == "total" and inherited and subject and OWN_CAPITAL.match(subject) and OTHER_SOURCE.search(subject):
                source = "other"  # "1.3. Vốn trái phiếu Chính phủ: N" among the sources of "1. Tổng số vốn: N, bao gồm:"
            if source == "total" and fund:
                source = "other"  # "..., gồm: ngân sách tỉnh A; Quỹ phòng, chống thiên tai tỉnh B": a fund the codes do not name
            marker = MARKER.match(trailing) or (SENTENCE_MARKER.search(trailing) if nxt is None else None)
            this = Lead(scope, year, source, subject=subject, stage=stage)
            if marker and n not in notes:
                referents[next(g for g in marker.groups() if g)] = this
            if first is None:
                first, first_end = this, money.end
            this.partial = bool(SINGLE_YEAR.search(clause) or YEAR_RANGE.search(clause) or PARTIAL.search(clause)
                                or (first is not this and first.partial) or (inherited and inherited.partial))
            previous = this
            before.append((money.end, this))
            if stage and stage != "cùng kỳ" and not (whole and stage == whole.stage):
                staged, staged_end = this, money.end
            if subject and this is first:
                last = this
            if own_line is None and subject:
                own_line = this
            start, end = unit.start + money.start, unit.start + money.end
            out.append({"scope": scope, "source": source, "year": year, "amount_vnd": money.amount_vnd,
                        "raw": doc.text[start:end],  # as written, a line break and all ("28.611\ntỷ đồng")
                        "flags": list(money.flags), "partial": this.partial, "span": span(start, end)})
        _share_closing_source(out, unit_start, text, moneys)
        where += [heading_at] * (len(out) - len(where))
        # a sentence after the last amount that names the source: "... 1.350 triệu đồng. Nguồn: ngân sách huyện.",
        # or one before the first amount: "Kinh phí thực hiện từ nguồn ngân sách tỉnh. Tổng kinh phí: 500 triệu đồng."
        for rest in [*(CLOSING_SENTENCE.split(text[moneys[-1].end:])[1:] if moneys else ()),
                     *(CLOSING_SENTENCE.split(text[: moneys[0].start])[:-1] if moneys else ())]:
            if sm := SOURCE_LINE.match(rest):
                named.setdefault(heading_at, set()).add(_single_source(sm.group(1)))
        if not bullet:
            # its bullets are its parts: after "... trong đó:", or under a numbered line's sum
            ends_open = bool(re.search(r"(?:trong đó|gồm|như sau)\s*:?\s*$|:\s*$", text.rstrip(" *"), re.I))
            lead = first if first and (ends_open or numbered) else None
            closed = first if first and not ends_open and not numbered and len(moneys) == 1 else None
            if not numbered and first and ends_open:
                items = first  # "... Cụ thể như sau:" with a sum of its own, over a), b), c)
            if numbered:
                outline = {k: v for k, v in outline.items() if k < level}
                if first:
                    outline[level] = first
    _source_lines(out, where, named)
    _counterpart_sources(doc.text, out)
    return out


# the counterpart money of a loan named with the budget it comes from: "vốn đối ứng từ ngân sách tỉnh", "vốn đối ứng
# của ngân sách địa phương", "vốn đối ứng (ngân sách tỉnh)"
_COUNTERPART_NAMED = re.compile(r"\bvốn\s+đối\s+ứng\s*\(?\s*(?:(?:từ|của|bằng|thuộc)\s+)?(?:nguồn\s+)?"
                                r"(ngân\s+sách\s+(?:trung\s+ương|tỉnh|huyện|xã|thành\s+phố|thị\s+xã|địa\s+phương)|"
                                r"NSTW|NSĐP|NS\s+tỉnh)", re.I)
_COUNTERPART = re.compile(r"\bvốn\s+đối\s+ứng\b", re.I)
_WHOLE_BEFORE = re.compile(r"\btổng\b", re.I)  # "Tổng vốn đối ứng ...": the whole, not a part to give a source


def _plan_works(clause: str, title: str | None) -> bool:
    """Whether a whole's label names only the money of the plan's own works ("Tổng kế hoạch vốn đầu tư công năm 2027
    của 04 dự án trọng điểm", the plan titled "... các dự án trọng điểm ..."; "Tổng vốn của các dự án"): the plan's
    whole sum, as "Tổng vốn đầu tư công" is. Works of a kind the title does not name ("Tổng vốn của 04 dự án giao
    thông là N; tổng vốn của 02 dự án thủy lợi là M") are a part's line of their own."""
    tidied = _tidy(clause)
    works = WORKS_OF_WHOLE.search(tidied) if WHOLE_WORD.match(tidied) else None
    if not works or not read_label(tidied[: works.start()]).plain:
        return False
    kind = works.group(1).strip().casefold()
    return not kind or bool(title) and kind in title.casefold()


def _counterpart_sources(text: str, out: list[dict]) -> None:
    """A loan's counterpart money named bare ("Kế hoạch bố trí vốn đối ứng theo năm: năm 2027 là N") takes the source
    the document gave it where it named where it comes from ("vốn đối ứng từ ngân sách tỉnh ..."): local there, so
    here; only where the document names one such source, and for a sum whose own words name none."""
    if "đối ứng" not in text:
        return
    named = {source_of(m.group(1)) for m in _COUNTERPART_NAMED.finditer(text)}
    if len(named) != 1:
        return
    (source,) = named
    for st in out:
        if st["source"] != "total" or not st.get("span"):
            continue
        start = st["span"]["start"]
        line = text[text.rfind("\n", 0, start) + 1: start]
        last = None
        for last in _COUNTERPART.finditer(line):
            pass
        # the words from the counterpart's name to the sum: no source of their own, no whole ("tổng")
        if last is None or _COUNTERPART_NAMED.match(line, last.start()) or source_of(line[last.end():]) != "total" \
                or _WHOLE_BEFORE.search(line, max(0, last.start() - 40), last.start()):
            continue
        st["source"] = source


# a line that only says the parts follow, after a paragraph that states a sum: "Trong đó:", "Bao gồm:", "Cụ thể như
# sau:", "Chi tiết như sau:"
BARE_PARTS = re.compile(r"(?:trong đó|bao gồm|gồm|cụ thể|chi tiết)(?:\s+như sau)?\s*:", re.I)


# a part of a sum named by the fund it comes from: "Tổng kinh phí ... là N, gồm: ngân sách tỉnh A; Quỹ phòng, chống
# thiên tai tỉnh B"
FUND_PART = re.compile(r"^(?:từ\s+)?(?:nguồn\s+)?quỹ\b", re.I)


def _fund_part(clause: str, before: str, under_sum: bool = False) -> bool:
    """Whether a sum whose clause opens on a fund's name is a part of the sum before it, listed
    after its "gồm" / "trong đó" (`before`, the text before it), or on a bullet under that sum
    (`under_sum`; not a fund's takings told on their own: "vận động Quỹ ... được N")."""
    return FUND_PART.match(_tidy(clause)) is not None and (under_sum or PARTS_NAMED.search(before) is not None)


def _names_money(headings: dict[int, str]) -> bool:
    """Whether any of the headings over a sum names money (BUDGET_WORDS): asked only of a past year's sum, not
    of every heading as it is read."""
    return any(BUDGET_WORDS.search(text) for text in headings.values())


def _past_takings(clause: str, year: int | None, plan_start: int | None, moneyed: dict[int, str]) -> bool:
    """Whether a sum is the takings or the spending of a year before the plan told in its situation or
    results ("I. THỰC TRẠNG ... Tổng thu ngân sách trên địa bàn xã năm 2025 đạt N", a directive's preamble
    "Năm 2024, ... thu tiền sử dụng đất đạt N", a meeting's "Năm 2024, tỉnh đã giải ngân N vốn đầu tư công"):
    under headings that name no money, a past year's revenue or disbursement is the place's context, not
    the plan's money (a budget report's "1. Thu ngân sách nhà nước" names it, and keeps it)."""
    if (year is not None and plan_start is not None and year <= plan_start and not _names_money(moneyed)
            and PART_GONE.search(clause) and PAST_RAISED.search(clause)):
        return True  # "Sáu tháng đầu năm 2013, toàn huyện đã huy động N cho ..." in a notice of July 2013 (round G26)
    return (year is not None and plan_start is not None and year < plan_start and not _names_money(moneyed)
            and (TAKINGS.search(clause) is not None or PAST_SPENT.search(clause) is not None))


# the part of a year already gone when the document speaks: "6 tháng đầu năm 2013", "Sáu tháng đầu năm", "9 tháng đầu
# năm" (round G26)
PART_GONE = re.compile(r"\btháng\s+đầu\s+năm\b", re.I)  # (the clause may start after its count)
# what was raised, spent or paid out then, told as done: "đã huy động", "đã giải ngân", "đã bố trí", "huy động được"
PAST_RAISED = re.compile(r"\bđã\s+(?:huy động|giải ngân|bố trí|chi|thu|đầu tư|hỗ trợ)\b|\b(?:huy động|giải ngân|thu) được\b",
                         re.I)


def _single_source(text: str) -> str:
    """The one source a source line names ("ngân sách tỉnh" -> "local"), "total" when it names
    none the codes know or more than one ("ngân sách tỉnh và nguồn xã hội hóa")."""
    codes = {code for code, pattern in (("central", CENTRAL), ("local", LOCAL), ("mobilized", MOBILIZED))
             if pattern.search(text)}
    # (one the codes know beside a fund they do not: "kinh phí hoạt động của Hội ... và nguồn xã hội hóa")
    return codes.pop() if len(codes) == 1 and not OTHER_SOURCE.search(text) and not _several_sources(text) else "total"


def _source_lines(out: list[dict], where: list[int], named: dict[int, set[str]]) -> None:
    """A section's sums that name no source take the one source a line of the section with no
    amount names ("Tổng kinh phí: 500 triệu đồng." / "Nguồn kinh phí: ngân sách tỉnh."), when
    none of its sums names a source of its own (a section that breaks its sum down by source
    keeps its reading)."""
    for section, sources in named.items():
        if len(sources) != 1 or (source := next(iter(sources))) == "total":
            continue
        members = [s for s, at in zip(out, where) if at == section]
        if members and all(s["source"] == "total" for s in members):
            for s in members:
                s["source"] = source


def _share_closing_source(out: list[dict], unit_start: int, text: str, moneys: list) -> None:
    """A source named once after the last of a list of amounts by year ("năm 2026 là N; năm
    2027 là M, từ nguồn ngân sách huyện") is each year's: the amounts of the list before it
    (same scope, a year each, no source of their own, in the same sentence) take it. The sum
    the list breaks down (no year) keeps its own reading."""
    found = out[unit_start:]
    if len(found) < 2 or len(found) != len(moneys) or found[-1]["year"] is None or found[-1]["source"] == "total":
        return
    if not FROM_SOURCE.match(_after_words(text[moneys[-1].end:])):
        return
    last = found[-1]
    for k in range(len(found) - 2, -1, -1):
        item = found[k]
        between = text[moneys[k].end: moneys[k + 1].start]
        if (item["year"] is None or item["year"] == last["year"] or item["source"] != "total"
                or item["scope"] != last["scope"] or SENTENCE_BREAK.search(between) or not SINGLE_YEAR.search(between)):
            return
        item["source"] = last["source"]


# the province's concentrated capital for construction, the local budget's: "vốn XDCB tập trung"
CONCENTRATED = re.compile(r"\b(?:XDCB|xây dựng cơ bản) tập trung\b", re.I)


def _budget_named(text: str) -> str | None:
    """The budget a heading or lead line names: "Thu ngân sách nhà nước" -> "total",
    "Chi ngân sách địa phương" -> "local"; None if it names none."""
    if CONCENTRATED.search(text):
        return "local"  # "2. Phương án phân bổ vốn XDCB tập trung:" (the local budget's capital)
    folded = text.casefold()  # (case-insensitive: "ngân sách ..." or "NS..." must be there)
    if "ngân" not in folded and "ns" not in folded:
        return None
    named = HEADING_BUDGET.search(text)
    if not named:
        return None
    return "total" if STATE_BUDGET.search(named.group()) else source_of(named.group())


MONEY_FROM = re.compile(r"\b(?:kinh phí|vốn|nguồn)\b", re.I)  # the money a lead line is about, by its source


def _lead_line(text: str, default: str) -> Lead | None:
    """A line that introduces a list and states no amount ("Kinh phí thực hiện Dự án 2
    như sau:", "... thu ngân sách năm 2025 vẫn còn một số khó khăn sau:"): what its items
    inherit, or None when it names no project, year or budget of its own."""
    pm = _project(text)
    ym = SINGLE_YEAR.search(text)
    named = _budget_named(text)
    if named is None and MONEY_FROM.search(text) and _codes_named(text) == 1 and not _several_sources(text):
        # the one source the codes name of the money the line is about, which the items take: "Kinh phí ngân sách
        # tỉnh bố trí thực hiện Chương trình:" over "+ Năm 2026: N" (round G52; not a budget's estimate, "Giao dự
        # toán thu, chi ngân sách xã năm 2026 như sau:", whose lines name their own)
        named = source if (source := source_of(text)) in ("central", "local", "mobilized") else None
    if not (pm or ym or named):
        return None
    return Lead(f"Dự án {pm.group(1)}" if pm else default, int(ym.group(1)) if ym else None, named or "total")


def _year(clause: str, whole: str, first: Lead | None, inherited: Lead | None, note: Lead | None,
          text: str, first_end: int, money: Money, heading_year: int | None = None,
          bracketed: int | None = None) -> int | None:
    """The amount's year: its clause's (or, for a paragraph's first amount, its whole
    label's) "năm 2025" or as-of date ("đến ngày 10/12/2025"); else the year of the sum of
    its sentence whose bracket holds it (`bracketed`), of the sum it is a part of, the lead
    it continues, the statement its footnote hangs from; else the year its thing is of
    ("tiền thuê đất của năm 2024"), else the one its heading names."""
    # (a year the sum is compared with is not its own: "..., tăng 2,1% so với năm 2024. Thu ngân sách đạt N", "So với
    # cùng kỳ năm 2024, ..."; round G32)
    clause, whole = COMPARED_YEAR.sub(" ", clause), COMPARED_YEAR.sub(" ", whole) if whole else whole
    own = OWN_YEAR.search(clause)
    if own or (whole and "của" in whole):
        clause, whole = OWN_YEAR.sub(" ", clause), OWN_YEAR.sub(" ", whole)
    # (a clause that names its own period is that period's, not the year its sentence opened with: "Đến hết năm 2010,
    # toàn huyện có ...; giai đoạn 2006 - 2010 đã đầu tư N")
    ym = SINGLE_YEAR.search(clause) or (SINGLE_YEAR.search(whole) if whole and not PERIOD.search(clause) else None) \
        or AS_OF_YEAR.search(clause)
    if ym:
        return int(ym.group(1))
    if YEAR_RANGE.search(clause):
        # (a programme's name holds its period: "1. Đề án X giai đoạn 2021 - 2025: N" under "Phân bổ kế
        # hoạch vốn năm 2023 ..., cụ thể như sau:" is that year's money)
        named = NAMED_PERIOD.search(clause)
        return inherited.year if named and inherited and not first and inherited.year else None
    listed = _listed_year(text, money.start)
    if listed:
        return listed
    if bracketed:
        return bracketed
    own_year = int(own.group(1)) if own else None
    between = text[first_end: money.start]
    if first and (PARTS.search(between) or re.fullmatch(r"\s*(?:\[\d{1,3}\])?\s*/\s*", between)):
        return first.year or own_year  # "(trong đó: ...)": parts of the first sum; "5.817/5.937 tỷ đồng": its plan
    if inherited and not first:
        return inherited.year or own_year
    if note:
        return note.year or own_year  # a footnote's amounts belong to the statement it hangs from
    return own_year or heading_year


# a year that opens a list of sums: "Năm 2027: ngân sách tỉnh N, ngân sách huyện M; năm 2028: ..."
YEAR_COLON = re.compile(r"\bnăm\s+((?:19|20)\d{2})\s*:", re.I)
LIST_END = re.compile(r"[;]|\.\s", re.I)


# a lead that names the year of the list after it, its colon ending it, with no amount or other year in it: "Giao dự
# toán kinh phí năm 2027 cho các đơn vị: Sở Nội vụ A; Sở Tư pháp B" (not a milestone's "đến năm 2030 ...:"; round G58)
YEAR_LEAD = re.compile(r"(?<!đến )(?<!tới )\bnăm\s+((?:19|20)\d{2})(?!\s*[-–]\s*(?:19|20)?\d{2})[^:;.\d\n]{1,80}:", re.I)


def _listed_year(text: str, at: int) -> int | None:
    """The year of the list an amount stands in: the last "năm 2027:" before it in its
    unit, with no ";" or sentence end between (the sums after the colon are that year's),
    or the last lead naming its year before its colon (YEAR_LEAD), with no sentence end
    between (the items of its list apart by ";")."""
    found = None
    for m in YEAR_COLON.finditer(text, 0, at):
        found = m
    if found is not None and not LIST_END.search(text, found.end(), at):
        return int(found.group(1))
    lead = None
    for m in YEAR_LEAD.finditer(text, 0, at):
        lead = m
    if lead is None or SENTENCE_BREAK.search(text, lead.end(), at) or "\n" in text[lead.end(): at]:
        return None
    return int(lead.group(1))


def _handed_year(text: str, at: int, before: list[tuple[int, Lead]]) -> int | None:
    """The year of a part handed to a body in the sentence of the sum it is handed from: "Năm 2027 bố trí N, giao Sở
    Y tế A, Ủy ban nhân dân các xã B" (A and B that year's; round G58): the year of the last sum before the act
    (HANDED_BETWEEN), in the same sentence as the act and the part."""
    hand = None
    for m in HANDED_BETWEEN.finditer(text, 0, at):
        hand = m
    if hand is None or SENTENCE_BREAK.search(text, hand.start(), at):
        return None
    end, giver = next(((end, lead) for end, lead in reversed(before) if end <= hand.start()), (None, None))
    if giver is None or SENTENCE_BREAK.search(text, end, hand.start()):
        return None
    return giver.year


def _scope(clause: str, label: str, trailing: str, previous: Lead | None, whole: Lead | None, first: Lead | None,
           note: Lead | None, inherited: Lead | None, last: Lead | None,
           default: str, bullet: bool = False, numbered: bool = False,
           own_line: Lead | None = None, plan: tuple = (None, None)) -> tuple[str, str, str | None, str | None]:
    """(scope, source, budget line, stage) of one amount (`bullet`, `numbered`: of a bullet's, a
    numbered item's line; `own_line`: the first amount of its sentence that names a budget line; `plan`: the plan's
    first and last year)."""
    bare = STRAY.sub("", label)
    paren = _ends_open(bare)
    pm = _project(clause)
    if pm:
        return f"Dự án {pm.group(1)}", source_of(clause), None, None
    if named := PROJECT_LABEL.match(bare):
        # "- Dự án nâng cấp đường trục xã X: tổng mức đầu tư N, kế hoạch vốn năm 2026 là M": the project's money
        return _capital(_tidy(named.group(1))), source_of(clause), None, None
    if prize := PRIZE.search(_tidy(clause)):
        return _capital(prize.group(1)), source_of(clause), None, None  # "- 01 giải Nhất: N": the prize's money
    if previous and paren and SAME_PERIOD.search(bare):
        base = _base(previous.subject) if previous.subject else previous.scope
        return (_scoped(base, "cùng kỳ") if base != "total" else base), previous.source, previous.subject, "cùng kỳ"
    if previous and previous.subject and re.fullmatch(r"\s*(?:\[\d{1,3}\])?\s*/\s*", bare):
        plan = _base(previous.subject)  # "X/Y tỷ đồng, đạt N% kế hoạch": Y is the plan
        return plan, previous.source, plan, None
    if previous and previous.subject and paren and PLAN_IN_PAREN.search(bare):
        plan = _base(previous.subject)  # "X ước thực hiện N, đạt 104,2% dự toán ... giao (M)": M is the plan
        return plan, previous.source, plan, None
    wm = WITH_TOTAL.match(_tidy_front(clause))
    if wm and ACT.match(wm.group(1)):  # "Giao kế hoạch vốn ... cho các chủ đầu tư với tổng số vốn N": all of it
        return "total", source_of(clause), None, None
    if wm and (_own_head(_tidy(wm.group(1))) or PROJECT_WORD.search(wm.group(1))):
        return _named(wm.group(1)), source_of(clause), None, None
    nm = NAMED_BEFORE.search(bare) if paren else None
    if nm and not SAME_PERIOD.search(bare) and not SOURCE_NAMED.search(nm.group(1)):
        name = _tidy(nm.group(1))
        if _HAS_WORD.search(name) and not read_label(name).plain:
            return _capital(name), source_of(nm.group(1)), None, None
    part_of = whole or first or (inherited if bullet else None)
    if listed := _listed_part(clause, part_of, first, plan):
        return listed, source_of(clause), None, None
    read = read_label(clause)
    if part_of and not (part_of.scope == "total" or part_of.scope.startswith("Dự án")
                        or TASK_CODE.fullmatch(part_of.scope)):
        part_of = None  # (under a budget line's sum, "- Vốn các chương trình mục tiêu: N" is a line of its own)
    tidy = _tidy(clause)
    purpose = _purpose(clause, trailing)
    if (part_of and KIND_OF_CAPITAL.match(tidy) and not purpose and source_of(clause) == "total"
            and not OTHER_SOURCE.search(clause)):
        # "N từ ngân sách tỉnh, trong đó: vốn sự nghiệp A; vốn đầu tư B": the sum by kind of capital, each part
        # named by its kind and of the sum's source, as in brackets after a source's sum (see the main loop);
        # one with what it is for after it is a part by source (below)
        return _capital(tidy), part_of.source if part_of.source != "other" else "total", None, None
    named_source = bool(part_of and (SOURCE_PART.match(read.subject or tidy) or NAMED_SOURCE.match(tidy)))
    if purpose and not (named_source or (part_of and read.plain)):
        # (a part of the plan's sum named by its source, then what it is for: "trong đó: vốn đầu tư phát
        # triển 900 triệu đồng để cải tạo ...": a part by source, the purpose no scope of its own)
        source = source_of(clause)
        if source == "total" and OTHER_SOURCE.search(clause) and not _several_sources(clause):
            source = "other"  # "lồng ghép vốn các chương trình mục tiêu quốc gia N để đầu tư ...": a source unnamed by the codes
        return purpose, source, None, None
    if named_source and (read.subject or SOURCE_PART.match(tidy)):
        # "trong đó: ... vốn tín dụng 200 tỷ đồng", "- Nguồn vốn sự nghiệp du lịch: N", "nguồn thu sự
        # nghiệp của các đơn vị N" under the plan's sum: a part of it by where its money comes from (one
        # the codes do not name is "other")
        source = source_of(clause)
        if source == "total" and part_of.source not in ("total", "other") and KIND_OF_CAPITAL.match(tidy) \
                and not OTHER_SOURCE.search(clause):
            source = part_of.source  # "Vốn ngân sách trung ương: N, gồm vốn trong nước A": that source's capital
        if source == "total":
            source = inherited.source if inherited and inherited.source != "total" else "other"
        return part_of.scope, source, None, None
    if read.subject:
        # a part takes the stage of the sum it belongs to: "Ước thực hiện ... là N; trong đó: thu nội địa M"
        stage = (read.stage or (whole.stage if whole else None) or (inherited.stage if inherited else None)
                 or (first.stage if first else None))
        source = "total" if STATE_BUDGET.search(read.subject) else source_of(clause)
        return _scoped(read.subject, stage), source, read.subject, stage
    # (a numbered item under a sum's lead line names its part too: "... tổng số vốn N, cụ thể như sau:" /
    # "1. Đề án X: A." / "2. Xã Y: B.")
    # (and a part of a part so named: "2. Xã Y: B, trong đó: kênh mương C; trường học D")
    of_sum = part_of or (inherited if numbered and not first else None) or first
    if of_sum and (of_sum.scope == "total" or of_sum is first) and not read.plain and not read.stage \
            and (named := _part_named(clause)):
        return named, source_of(clause), None, None  # "trong đó: - Kinh phí in ấn tài liệu: N" under the plan's sum
    # (the state budget named as the whole is no part of it: "Tổng vốn đầu tư từ ngân sách nhà nước ... N, trong đó: ...")
    source = _part_source(clause) if read.plain and not WHOLE_WORD.match(_tidy(clause)) else _whole_source(clause)
    if source == "total" and part_of and not read.plain and NAMED_SOURCE.match(_tidy(clause)):
        source = "other"  # "trong đó: nguồn Chương trình mục tiêu quốc gia ... 1.600 triệu đồng"
    # (the line its own sentence names before it, when a later sentence of the paragraph names one: "Tổng kế hoạch
    # vốn ... là A. Kinh phí chi thường xuyên được giao B, ước thực hiện cả năm C": C is the current spending's)
    base = own_line or first or inherited or last
    if read.stage and not read.plain and base and base.subject:
        # "Ước thực hiện cả năm là N": the line before, at this stage (not as assigned: "Chi thường xuyên được
        # giao A, ước thực hiện B" is "Chi thường xuyên (ước thực hiện)")
        line = ASSIGNED_END.sub("", _base(base.subject)) or _base(base.subject)
        return _scoped(line, read.stage), base.source, base.subject, read.stage
    if first:
        # a part named only by its stage or source ("gồm kế hoạch năm 2025 là N"): the line it is part of
        if (source == "total" and not read.subject and (first.subject or first.year)
                and (YEAR_ONLY.fullmatch(clause) or (first.year and BARE_JOIN.fullmatch(clause)))
                and _paren_source(trailing) == "total"):  # ("năm 2028: M từ nguồn ngân sách huyện": its own source)
            # (or only joined to it, each with its year after it: "Ngân sách tỉnh đảm bảo N trong năm 2026 và M trong
            # năm 2027", YEAR_NEXT; round P53)
            # "...: năm 2027 đạt N; năm 2028 đạt M": the next year's share of the same line ("từ nguồn ngân sách trung
            # ương, dự kiến: năm 2027: N; năm 2028: M": of the same source)
            source = first.source
        return (_scoped(_base(first.subject), first.stage) if first.subject else first.scope), source, None, None
    if note:
        return note.scope, source, None, None
    if inherited:
        return inherited.scope, source, None, None
    return default, source, None, None


# a phase of the plan named by its years, with its number or without: "giai đoạn 2026 - 2027", "giai đoạn 1 (2026 -
# 2027)"
PHASE = re.compile(r"giai đoạn\s*(?:\d{1,2}\s*)?\(?\s*((?:19|20)\d{2})\s*" + YEAR_RANGE_SIGN
                   + r"\s*((?:19|20)\d{2})\s*\)?", re.I)


def _listed_part(clause: str, part_of: Lead | None, first: Lead | None, plan: tuple) -> str | None:
    """A part of the plan's sum listed after the lead that announces the list, named by its kind of capital, its phase
    or the body it is handed to: "Theo tính chất nguồn vốn: vốn đầu tư phát triển A, vốn sự nghiệp B", "Phân kỳ thực
    hiện: giai đoạn 2026 - 2027 là A; giai đoạn 2028 - 2030 là B", "Kinh phí năm 2028: giao Sở Tư pháp A, ..." (round
    G56: the first part, after the lead on its line, was read as the plan's whole, the next kind as the first's, the
    second phase as the first's, and the bullets under "Phân kỳ thực hiện:" as the plan's whole). A kind after a sum it
    is part of is read below (of that sum's source); a phase after any sum of its sentence, after a lead, or on a
    bullet under one, is its own, unless it is the plan's whole period or a project's (the project's money)."""
    if part_of and (part_of.scope.startswith("Dự án") or TASK_CODE.fullmatch(part_of.scope)):
        return None  # "Dự án 3: ... Kinh phí: N (năm 2024: A; ...; giai đoạn 2026 - 2030: B)": the project's money
    phase = PHASE.search(clause)
    alone = phase and not TAIL.sub("", clause[phase.end():]).strip() \
        and not LEAD_IN.sub("", clause[: phase.start()]).strip()
    # (after a sum of its sentence, a phase is a part of that sum, of its scope, as round G16 read "Tổng kinh phí là N,
    # phân kỳ như sau: Giai đoạn 2026 - 2027: A; ..."; after a phase so listed, it is a phase too)
    # (after the plan's whole sum too, the phase named alone in its clause: "Tổng kinh phí ... là N, trong đó: giai đoạn
    # 2026 - 2027 là A (...); giai đoạn 2028 - 2030 là B, trong đó ...", the phase's money; round G60)
    if alone and ((PHASE.fullmatch(first.scope) or first.scope == "total") if first
                  else part_of or ":" in clause[: phase.start()]) \
            and (int(phase.group(1)), int(phase.group(2))) != plan:
        return f"Giai đoạn {phase.group(1)} - {phase.group(2)}"
    colon = clause.rfind(":")
    if colon >= 0 and not part_of and (body := _agency_part(_tidy(clause[colon + 1:]))):
        return body  # "Kinh phí năm 2028: giao Sở Tư pháp A, Sở Nội vụ B": the first body's part
    tidy = _tidy(clause)
    at = clause.rfind(tidy) if tidy else -1
    if at < 0 or not KIND_OF_CAPITAL.match(tidy) or source_of(clause) != "total":
        return None
    listed = (":" in clause[:at] and not part_of) or (first and KIND_OF_CAPITAL.match(first.scope))
    return _capital(tidy) if listed else None


def _part_named(clause: str) -> str | None:
    """What a labelled part of the plan's sum is for: "- Kinh phí tổ chức tập huấn cho cán
    bộ thôn: N" -> "Tổ chức tập huấn cho cán bộ thôn", "In ấn tài liệu: N", or a few words in
    lower case without the colon in a list after the sum ("trong đó: diễn tập phương án sơ tán
    N; tuyên truyền M"); None for a label that names a year, a source, a stage or the plan
    ("Năm 2026:", "Vốn khác:", "Phần còn lại:")."""
    label = _tidy(clause)
    if body := _agency_part(label):
        return body  # "N từ ngân sách tỉnh, trong đó: Công an tỉnh A; Sở Y tế B": each body's part (round G54)
    if not LABEL_COLON.search(clause) and not (label[:1].islower() and len(label.split()) <= SHORT_PART_WORDS) \
            and not PART_LABEL.match(label):
        # (without its colon: "trong đó: diễn tập phương án sơ tán 120 triệu đồng; tuyên truyền ..."; a sentence of
        # its own opening on "Kinh phí": "Kinh phí tổ chức Hội thi X là N")
        return None
    text = PART_LABEL.sub("", label)
    if (not _HAS_WORD.search(text) or not PLAIN_WORDS.sub("", text).strip() or PARTIAL.search(text)
            or NOT_A_PURPOSE.match(text) or (source_of(label) != "total" and not DELEGATED.match(text))
            or NAMED_SOURCE.match(text)
            or OTHER_SOURCE.search(text) or STATE_BUDGET.search(text) or FUND.search(text)):
        return None
    return _capital(DO_WORD.sub("", text))


HANDED_BETWEEN = re.compile(r"\b(?:giao|phân bổ)(?:\s+cho)?\s+(?=[" + UPPER + r"])")
# the act that hands a part of the sum to a body, before the body: "giao Công an tỉnh A, Sở Y tế B", "phân bổ cho Sở
# Nội vụ A" (round G56)
HANDED_TO = re.compile(r"^(?:giao|phân bổ|cấp|bố trí)(?:\s+cho)?\s+", re.I)
# a body's part is named by the body's whole name, longer than a purpose's few words: "Ủy ban nhân dân các xã vùng
# dược liệu", "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh" (round G58)
BODY_PART_WORDS = 16


def _agency_part(label: str) -> str | None:
    """The body a part of a sum is named by, when it names that body and nothing else, "Công an tỉnh", "Sở Y tế", "Ủy
    ban nhân dân các xã", or that body after the act that hands the part to it ("giao Công an tỉnh"; HANDED_TO); None
    for a predicate after it or a fund ("Quỹ Xã hội Công đoàn tỉnh", a source of its own)."""
    body = label[hand.end():] if (hand := HANDED_TO.match(label)) else label
    where = leading_agency(body) if len(body.split()) <= BODY_PART_WORDS and not FUND.search(body) else None
    return body if where is not None and where == (0, len(body)) and source_of(body) == "total" else None


# a part the plan's sum hands down to a lower level, named by that act ("đ) Phân cấp cho cấp huyện quản lý: N"):
# a part of the sum, of the source the level names, not that source's money in general
DELEGATED = re.compile(r"phân cấp (?:cho|về)\s", re.I)


def _named(text: str) -> str:
    """The budget line or project a phrase names, from its first head word ("thực hiện
    phân bổ 100% kế hoạch vốn được giao" -> "Kế hoạch vốn được giao")."""
    text = _tidy(text)
    head = _own_head(text) or PROJECT_WORD.search(text)
    return _capital(text[head.start():] if head else text)


def _tidy_front(clause: str) -> str:
    """A clause without its lead-in and a date or time phrase it opens with ("Đến thời
    điểm ngày 10/12/2025, ...")."""
    text = LEAD_IN.sub("", STRAY.sub("", clause))
    return re.sub(r"^\s*(?:đến|tới|tính đến)\s+[^,]{0,40}\d{4}\s*,\s*", "", text, flags=re.I)
