"""Agency names: expand abbreviations, unify dashes and case, split lists.

The abbreviation table is data (data/abbreviations.csv); a document can add its own
definitions ("bảo vệ trẻ em (BVTE)") through `definitions_in`.
"""

from __future__ import annotations

import contextlib
import contextvars
import csv
import functools
import re
from importlib import resources

from normalizers.text import UPPER, normalize_line, untoned


def _load() -> dict[str, str]:
    with resources.files("normalizers").joinpath("data/abbreviations.csv").open(encoding="utf-8") as fh:
        return {row["abbreviation"]: row["expansion"] for row in csv.DictReader(fh)}


ABBREVIATIONS = _load()


def _abbreviation_re(table: dict[str, str]) -> re.Pattern:
    alts = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<![\wĐđ&])(" + "|".join(re.escape(a).replace(r"\ ", r"\s*") .replace(r"\-", r"\s*-\s*")
                                                     for a in alts) + r")(?![\wĐđ&])")


_ABBREV_RE = _abbreviation_re(ABBREVIATIONS)
_DASH = re.compile(r"\s*-\s*")
# "phát triển toàn diện trẻ thơ (BVTE)": a definition of an abbreviation in the text
_ABBR_IN_PARENS = re.compile(r"\(([A-ZĐ][A-ZĐ&]{1,9})\)")
_PHRASE_TAIL = re.compile(r"[A-ZĐÀ-Ỹa-zà-ỹđ][\wÀ-ỹ ,-]{3,80}$")

# Words that start an agency name in a list (case-sensitive: "các Sở, ban, ngành" keeps "ban").
# A unit word that is also a common word names a unit only before a capital or a digit
# ("Bộ Y tế" but not "Bộ tiêu chí", "Báo Nhân dân" but not "Báo cáo"), or not before the
# words that make it common ("Phòng Tư pháp" but not "Phòng, chống dịch", "Hội liên hiệp"
# but not "Hội nghị", "Ban hành" is a verb).
_NAMED = r"(?= [" + UPPER + r"\d])"  # (the capitals only: "Quỹ đất", "Bộ ấn phẩm" are no units)
# "các" starts a name before a word for a body: "các sở, ban, ngành", "Các đơn vị", not
# "Các quy định", "các cuộc đối thoại"
_AGENCY_NOUN = (r"(?:[Ss]ở|[Bb]an|[Nn]gành|[Cc]ơ quan|[Đđ]ơn vị|[Đđ]ịa phương|[Pp]hòng|[Hh]uyện|[Xx]ã|[Tt]ỉnh|"
                r"[Tt]ổ chức|[Đđ]oàn thể|[Hh]ội|[Dd]oanh nghiệp|[Cc]ơ sở|[Tt]rường|[Bb]ệnh viện|[Tt]rung tâm|[Bb]ộ|"
                # (the Party's "các chi, đảng bộ": its cells and committees, "chi bộ" cut to "chi"; a mass
                # organisation's cells: "các chi hội", "các chi đoàn")
                # (a youth union's cells by their level: "Các đoàn xã, phường, đoàn trực thuộc", "các đoàn cơ sở", not "các đoàn
                # kiểm tra", "các đoàn viên")
                r"[Đđ]oàn(?= (?:xã|phường|thị trấn|đặc khu|cơ sở|trực thuộc)\b)|"
                r"[Cc]ấp ủy|[Đđ]ảng đoàn|[Tt]hành viên|[Ll]ực lượng|[Cc]hi bộ|[Cc]hi hội|[Cc]hi đoàn|[Cc]hi(?=,\s*[Đđ]ảng bộ\b)|[Đđ]ảng bộ|[Cc]hủ đầu tư|[Nn]hà trường|[Hh]ợp tác xã|"
                # (a ministry's own units: "các Tổng cục, Cục, Vụ", "Các Tổng cục, Cục, Vụ, Thanh tra Bộ")
                r"[Nn]gân hàng|[Tt]ổng cục|[Tt]ổ|[Vv]iện|[Cc]ục|[Vv]ụ|[Cc]hi cục|[Uu]ỷ ban|[Ủủ]y ban|UBND|[Qq]uận|[Pp]hường|"
                r"[Tt]hị xã|[Tt]hị trấn|[Tt]hành phố|[Đđ]ài|[Bb]áo|[Cc]ông ty|[Tt]ập đoàn|[Nn]hà cung cấp|"
                # a hospital's departments: "các khoa lâm sàng", "Các khoa, phòng" (not "các khoa học")
                r"[Kk]hoa(?! học)|"
                r"[Hh]ọc viện|[Đđ]ại học|[Bb]an quản l[ýí]|[Dd]ự án|[Tt]hôn|[Ấấ]p|[Kk]hu phố|[Tt]ổ dân phố|"
                # a project's contractors ("Các nhà thầu thi công"), a trade union's branches ("các Công đoàn ngành",
                # "Các công đoàn cơ sở", "Các LĐLĐ huyện, thành phố")
                # (not "các công đoàn viên", its members)
                r"[Nn]hà thầu|[Cc]ông đoàn(?! viên)|LĐLĐ|"
                # a state company's own units: "Các Xí nghiệp thủy lợi", "các Nhà máy nước", "Các Chi nhánh thủy nông"
                # (round G26; as "các phòng")
                r"[Xx]í nghiệp|[Nn]hà máy|[Cc]hi nhánh|"
                # ... and a state forestry or farming company's: "Các Lâm trường", "các Nông trường" (round G68)
                r"[Ll]âm trường|[Nn]ông trường|"
                # the hamlets of the mountains and the Highlands, where a list ends or a colon follows: "Trưởng
                # các bản:", "các buôn, bon", "các xóm và ..." (not "các bản cam kết", "các làng nghề", "các xóm trọ")
                # ... or a task's verb follows: "phối hợp với Trưởng các bản thực hiện", "Trưởng các xóm vận động"
                # (round G15; not "các bản báo cáo", "các bản hướng dẫn", copies of papers)
                r"(?:[Bb]ản|[Bb]uôn|[Bb]on|[Xx]óm|[Ll]àng|[Ss]óc)(?=\s*[,:;]|\s*$|\s+và\s|"
                r"\s+(?:thực hiện|chủ trì|phối hợp|triển khai|tổ chức|vận động|theo dõi|phân công)\b)|"
                # (capitalized only: "các Trạm Khuyến nông huyện", "các Hạt Kiểm lâm", "các Tòa chuyên trách", not
                # "các trạm bơm", "các tòa nhà")
                # (the border posts in lower case before their force's name: "Các đồn Biên phòng", "các đồn Biên phòng
                # tuyến biển"; round G50)
                r"Trạm|Hạt|Đồn|Tòa|Toà|đồn(?= Biên phòng\b))(?!\w)")
# a hamlet's word after its head's: "Trưởng thôn", "Trưởng ấp", "Trưởng khu phố" (not "Trưởng thôn văn hóa", a title)
_HAMLET = r"(?:thôn|ấp|bản|buôn|bon|xóm|làng|sóc|khóm|khu phố|tổ dân phố)(?!\w)(?! văn hóa\b)"
_HAMLET_HEAD = re.compile(r"^Trưởng (?=" + _HAMLET + r")")
# a commune's post by its field, before the commune's word
COMMUNE_POST = (r"(?:Văn hóa - (?:Xã hội|Thông tin)|Địa chính(?: - [^,;:.()\n]{1,60}?)?|Tư pháp - Hộ tịch|Tài chính - Kế toán|"
                r"Kế toán(?: ngân sách)?|Văn phòng - Thống kê|Khuyến nông|Thú y)(?= (?:xã|phường|thị trấn)\b)")
_LEVEL_WORD = r"(?:tỉnh|thành phố|thị xã|huyện|quận|thị trấn|xã|phường|đặc khu)"
_AGENCY_WORDS = (
    "Sở", "Ủy ban", "Uỷ ban", "UBND", "UBMTTQVN", "Ủy ban MTTQ", "Công an", "Tòa án", "Toà án", "Đài", "Cục", "Chi cục",
    "Trung tâm", "Liên đoàn", "Tỉnh [Đđ]oàn",
    # a school's Young Pioneers' unit: "Liên đội trường", "Liên đội Trường Tiểu học Tân Xuân" (round G28; not "liên đội"
    # in lower case, nor "Liên đội" before a verb or a number)
    r"Liên đội(?= trường\b| [" + UPPER + r"])", "Huyện [Đđ]oàn", "Thành [Đđ]oàn", "Văn phòng", "Kho bạc", "Ngân hàng",
    # the Youth Union of a commune, a ward, a town or an urban district: "Xã đoàn Đông Hưng", "Thị đoàn", "Quận đoàn"
    # (the lower-case "đoàn" only: not "Xã Đoàn Kết", a commune so named)
    "Xã đoàn", "Phường đoàn", "Thị đoàn", "Quận đoàn",
    # associations and their unions: "Hiệp hội Chè tỉnh", "Hiệp hội Doanh nghiệp tỉnh", "Liên hiệp các Hội
    # Khoa học và Kỹ thuật tỉnh" (not "liên hiệp hợp tác xã" in lower case, not "Liên hiệp" before a verb)
    "Hiệp hội", r"Liên hiệp(?= các [Hh]ội\b| [" + UPPER + r"])",
    "Bảo hiểm", "Bộ Chỉ huy", "Bệnh viện", "Cổng", "Hội đồng", "Thanh tra", "Mặt trận", "Đề nghị", "Liên minh",
    "Tổng cục", "Chính phủ", "Thủ tướng", "Chi nhánh", "Tạp chí", "Thông tấn xã", "Hải quan", "Thường trực",
    "Tỉnh ủy", "Tỉnh uỷ", "Huyện ủy", "Huyện uỷ", "Thành ủy", "Thành uỷ", "Đảng ủy", "Đảng uỷ", "Công ty",
    # a Party delegation in a council, the Front or an association: "Đảng đoàn HĐND tỉnh", "Đảng đoàn Hội Nông dân"
    "Đảng đoàn",
    # a union: "Công đoàn trường", "Công đoàn ngành Giáo dục", "Công đoàn Viên chức tỉnh" (not "công đoàn viên", a member;
    # not "Công đoàn cơ sở", any grassroots union, as in _AGENCY_NOUN)
    r"Công đoàn(?! (?:viên|phí|cơ sở)\b)",
    "Tổng công ty", "Học viện", "Đại học", "Bộ đội", "Ban Chỉ huy", "Đại biểu", "đại biểu",
    # a commune's office for the public at a former commune's seat, since the 2025 reform: "Điểm phục vụ hành chính công
    # xã Tân Phú (cũ)" (round G31; not "điểm" in lower case, nor a place to see)
    r"Điểm phục vụ(?= hành chính\b)",
    r"Phòng(?!,? (?:chống|ngừa|cháy|bệnh|tránh|họp|làm việc|khám|học|ở|thí nghiệm)\b)",
    # ("Ban nhân dân ấp", "Ban nhân dân khu phố": a hamlet's board in the South; "Ban công tác Mặt trận thôn";
    # not "Ban hành", "BAN HÀNH" read in any case)
    # ("Ban đại diện cha mẹ học sinh", "Ban đại diện Hội Người cao tuổi": a school's or an association's board)
    # ("Ban cán sự đảng UBND tỉnh": the Party's board in a People's Committee)
    r"Ban(?! hành\b)(?= [" + UPPER + r"]| (?:quản l[ýí]|chỉ đạo|điều hành|chỉ huy|tổ chức|vận động|thường vụ|chấp hành|dân tộc|nhân dân|công tác|đại diện|của|cán sự đảng)\b)",
    r"Hội(?! (?:nghị|thảo|thi|chợ|diễn|trại|họp|viên|khỏe|ý)\b)",
    r"Báo(?! (?:cáo|chí|động|hiệu|giá)\b)",
    r"Đoàn(?! (?:viên|kết)\b)",
    "Vụ(?! việc)",  # "Vụ việc" is a case
    r"Cơ quan(?!\s+(?:chủ trì|phối hợp|thực hiện|đầu mối|chịu trách nhiệm|tham mưu)\b)",  # a label, not a body
    r"Thuế(?= [" + UPPER + r"]| (?:tỉnh|thành phố|cơ sở|khu vực)\b)",
    # the market-surveillance office written without its "Cục", as "Thuế tỉnh" is: "Quản lý thị trường tỉnh", "Quản lý
    # thị trường Hòa Bắc" (round G12; not "quản lý thị trường xăng dầu", "Quản lý thị trường bất động sản", a task)
    r"Quản lý thị trường(?= [" + UPPER + r"]| (?:tỉnh|thành phố)\b)",
    "Bộ" + _NAMED, "Viện" + _NAMED, "Trường" + _NAMED, "Quỹ" + _NAMED, "Kiểm toán" + _NAMED,
    r"Viện kiểm sát(?= nhân dân\b)",  # "Viện kiểm sát nhân dân các huyện": the procuracy, its words in lower case
    "Trạm" + _NAMED,  # "Trạm Y tế xã", "Trạm Chăn nuôi và Thú y huyện", not "Trạm biến áp"
    "Tòa" + _NAMED, "Toà" + _NAMED,  # a court's chamber: "Tòa Hình sự", "Tòa Gia đình và người chưa thành niên"
    # a body's unit: "Bộ phận Kiểm sát điều tra", "Bộ phận Tiếp nhận và Trả kết quả" (not "các bộ phận cơ thể")
    "Bộ phận" + _NAMED,
    # ... and a unit named by its kind in lower case before the body it belongs to or a colon: "Bộ phận chuyên môn
    # Phòng Giáo dục và Đào tạo", "Tổ chuyên môn các trường", "Bộ phận nghiệp vụ: ..." (round G23; not "bộ phận
    # chuyên môn hóa", nor "Tổ chuyên môn hóa sản xuất")
    r"(?:Bộ phận|Tổ) (?:chuyên môn|nghiệp vụ)(?= [" + UPPER + r"]| (?:các|của|thuộc)\b|\s*:)",
    # a hospital's department: "Khoa Khám bệnh", "Khoa Nội - Nhi", not "Khoa học" ("KHOA HỌC" in a heading)
    r"Khoa(?! [Hh]ọc\b)" + _NAMED,
    # a school's subject group or office: "Tổ Toán - Tin", "Tổ Văn phòng" (not "Tổ Quốc", nor "TỔ CHỨC THỰC HIỆN"
    # read as a name); its class teachers stand for their classes as a commune's post for its office
    # ("Giáo viên chủ nhiệm lớp 12")
    # ("giáo viên chủ nhiệm các lớp" in lower case after "phối hợp với", as it is written; a primary school's grade
    # group, "Tổ khối 4", by its number: round G28)
    r"Tổ(?! (?:[Qq]uốc|[Cc]hức)\b)" + _NAMED, r"[Gg]iáo viên chủ nhiệm(?!\w)", r"Tổ khối(?= \d)",
    # ... and its posts, where the assignments name them before a colon: "Phó Hiệu trưởng phụ trách chuyên môn: ...",
    # "Kế toán: ...", "Tổng phụ trách Đội: ...", "Nhân viên y tế: ..." (round G12; not "Kế toán viên các trường được
    # bồi dưỡng ...", nor "Hiệu trưởng các trường chỉ đạo ...", a leader of the bodies named after it)
    r"(?:Phó )?Hiệu trưởng(?=(?: phụ trách [^:;.\n]{1,40}?)?\s*:)", r"Kế toán(?=(?: trường| đơn vị)?\s*:)",
    r"Tổng phụ trách Đội(?=[^:;.\n]{0,50}:)", r"(?:Nhân viên y tế|Văn thư|Thủ quỹ)(?=(?: trường(?: học)?)?\s*:)",
    # units named after their unit word: "Cảng vụ Hàng hải Nghệ An", "Cảnh sát biển Vùng 2", "Bảo tàng
    # tỉnh", "Nhà hát Chèo", "Tập đoàn Điện lực Việt Nam", "Công đoàn Viên chức tỉnh", "Trung đoàn 920",
    # "Thi hành án dân sự tỉnh" (not "cảnh sát" in a sentence, "tập đoàn" as a common noun, "Nhà máy
    # xử lý rác" (a project), "Công đoàn cơ sở" (any union))
    "Cảng vụ", r"Cảng hàng không(?= [" + UPPER + r"])", r"Cảnh sát(?= [" + UPPER + r"]| (?:biển|giao thông|cơ động)\b)",
    r"Bảo tàng(?= [" + UPPER + r"]| (?:tỉnh|thành phố|huyện)\b)", "Nhà hát" + _NAMED, "Tập đoàn" + _NAMED,
    "Công đoàn" + _NAMED, r"Công đoàn(?= các [" + UPPER + r"])", "Nhà máy" + _NAMED, "Xí nghiệp" + _NAMED,
    "Lâm trường" + _NAMED, "Nông trường" + _NAMED,  # a state forestry or farming company's unit (round G68)
    "Phân hiệu" + _NAMED, "Phòng khám" + _NAMED,
    r"(?:Trung|Sư|Lữ) đoàn(?= \d| [" + UPPER + r"])", r"Thi hành án dân sự(?= (?:tỉnh|thành phố|khu vực)\b| [" + UPPER + r"])",
    r"Nhà (?:Thiếu nhi|Văn hóa Thanh niên)", r"Cung (?:Văn hóa|Thiếu nhi)", r"Khu bảo tồn(?= thiên nhiên\b| [" + UPPER + r"])",
    "Chi hội" + _NAMED, "Tổ giúp việc", r"Hợp tác xã(?= [" + UPPER + r"])",
    # ... and a co-operative named by its trade in lower case before its own name: "Hợp tác xã nông nghiệp Tân Vĩnh",
    # "Hợp tác xã dịch vụ nông nghiệp Bình An", "Hợp tác xã thủy sản Hòa Lợi" (round G42; not "hợp tác xã có
    # sản phẩm OCOP", "Hợp tác xã tham gia ...": the trade's words only)
    r"Hợp tác xã(?= (?:(?:dịch vụ|sản xuất|kinh doanh|nông nghiệp|lâm nghiệp|thủy sản|thuỷ sản|chăn nuôi|"
    r"trồng trọt|nuôi trồng|vận tải|môi trường|thương mại|rau(?: an toàn)?|chè|cà phê|lúa gạo|dược liệu|nước sạch|"
    r"thủ công mỹ nghệ|hữu cơ|và|,)\s*)+(?: [" + UPPER + r"]|\s*(?:[;.]|$)))",
    # ... or by its trade alone, a kind of body as a list's item or a cell's line ("Ủy ban nhân dân các xã" /
    # "Hợp tác xã nông nghiệp"; round G45), and a co-operative group: "Tổ hợp tác"
    r"Tổ hợp tác(?=\s*(?:[;,.]|$)| [" + UPPER + r"])",
    # a publisher: "Nhà xuất bản Giáo dục Việt Nam", "Nhà xuất bản Chính trị quốc gia Sự thật" (round G3)
    "Nhà xuất bản" + _NAMED,
    # border posts and field teams: "Đồn Biên phòng Sa Huỳnh", "Đội Quản lý thị trường số 2" (not "Đội ngũ");
    # national parks are units: "Vườn quốc gia Chư Yang Sin"
    "Đồn" + _NAMED, "Đội" + _NAMED, "Vườn [Qq]uốc gia",
    # and teams named by their work: "Đội chống dịch cơ động", "Đội phản ứng nhanh", "Đội kiểm tra liên ngành"
    r"Đội (?:chống dịch|phản ứng nhanh|cơ động|xung kích|kiểm tra|công tác|tình nguyện|thanh niên tình nguyện|"
    r"quy tắc|trật tự|cứu hộ|cứu nạn)(?!\w)",
    "Công chức(?= [" + UPPER + "])",  # a commune's post stands for its office: "Công chức Văn hóa - Xã hội"
    # ... written by its field alone or after "Cán bộ", where the commune's word follows it: "Văn hóa - Thông tin xã",
    # "Địa chính - Xây dựng xã", "Cán bộ Khuyến nông xã", "Kế toán ngân sách xã", "Tư pháp - Hộ tịch phường"; and a
    # hamlet's animal-health or extension worker: "Thú y viên các thôn", "Khuyến nông viên các bản" (not "văn hóa - xã hội
    # xã", a field in lower case; not "Thú y viên" alone)
    "(?:Cán bộ )?" + COMMUNE_POST, r"(?:Thú y viên|Khuyến nông viên|Nhân viên thú y)(?= (?:các )?(?:thôn|bản|ấp|xã|phường|thị trấn|đặc khu|khu phố|tổ dân phố|xóm|buôn|làng|khóm)\b)",
    r"Thư viện(?= [" + UPPER + r"]| (?:tỉnh|huyện|thành phố|thị xã|quận)\b)",  # "Thư viện tỉnh", not "Thư viện số"
    "Tổ [Cc]ông tác", "[Cc]ác(?= " + _AGENCY_NOUN + ")",
    # the head of each hamlet, as "Trưởng các thôn" names them all: "Trưởng thôn, ấp:", "Trưởng ấp, khu phố", "phối hợp
    # với Trưởng bản thực hiện" (round G52)
    r"Trưởng(?= " + _HAMLET + r")",
    # the post, telecom and power companies of a province, and the forest rangers: "Bưu điện tỉnh",
    # "Viễn thông Nghệ An", "Điện lực Hà Tĩnh", "Viettel Quảng Trị", "Hạt Kiểm lâm huyện" (not "hạ tầng viễn thông")
    r"(?:Bưu điện|Viễn thông|Điện lực|Kiểm lâm)(?= [" + UPPER + r"]| (?:tỉnh|huyện|thành phố|thị xã|quận|khu vực)\b)",
    # ... and a commune's post office since the communes took the districts' services: "Bưu điện xã Phú Mỹ" (round G)
    r"Bưu điện(?= (?:xã|phường|đặc khu)\b)",
    # the central body of a mass organisation: "Trung ương Hội Nông dân Việt Nam", "Trung ương Đoàn Thanh niên Cộng sản
    # Hồ Chí Minh" (not "Văn phòng Trung ương Đảng", where it is the Party's centre inside a name)
    r"Trung ương(?= (?:Hội|Đoàn)\s)",
    # the forest ranger of a commune's area: "Kiểm lâm địa bàn", "Kiểm lâm phụ trách địa bàn" (round A)
    r"Kiểm lâm(?= (?:phụ trách )?địa bàn\b)",
    r"(?:Viettel|VNPT|Hạt Kiểm lâm)(?!\w)",
    # a command or a steering board by its initials: "BCH Quân sự tỉnh", "BCĐ 389 tỉnh" (round J), or alone, as a
    # document that defines it once names it after ("... (sau đây gọi tắt là BCĐ)" / "1. BCĐ", "BCĐ tỉnh:"; round G58)
    r"(?:BCH|BCĐ)(?= [" + UPPER + r"\d]| (?:" + _LEVEL_WORD + r"|cấp)\b|\s*[:;,]|\s*$)",
)
_AGENCY_START = "(?:" + "|".join(_AGENCY_WORDS) + ")"
# The head of an agency stands for it: "Giám đốc các Sở", "Chánh Văn phòng", "Vụ trưởng Vụ X",
# "Thủ trưởng các đơn vị", "Chủ tịch UBND các huyện", "lãnh đạo các đơn vị"
# ("Trạm trưởng Trạm Khuyến nông", "Chi cục trưởng Chi cục Thủy lợi", "Hạt trưởng Hạt Kiểm lâm", "Đội trưởng Đội ...";
# the heads of a ward's residential groups, "Tổ trưởng các tổ dân phố", as "Trưởng các thôn" (round G15);
# "... và thủ trưởng các cơ quan": the head of the other bodies is written in lower case too)
LEADER = re.compile(r"^(?:(?:Phó\s+)?(?:Giám đốc|Chủ tịch|Tổng Giám đốc)|[Tt]hủ trưởng|Chánh(?= )|Vụ trưởng|Cục trưởng|"
                    r"Chi cục trưởng|Trạm trưởng|Hạt trưởng|Đội trưởng|Tổ trưởng|Tổng cục trưởng|Bộ trưởng|Trưởng|[Ll]ãnh đạo|[Nn]gười đứng đầu|Viện trưởng|Hiệu trưởng|"
                    r"Chỉ huy trưởng)\s+(?=[" + UPPER + r"]|các\s|phòng\s|ban\s)")
_LEADER_ALT = LEADER.pattern[1:]
# Upper-case letters, Vietnamese included: "phòng Tư pháp" starts a name, "ban, ngành" does not.
# Lower-case unit words that start a name only when a capitalized name follows them.
_LOWER_START = (r"(?:phòng|sở|trung tâm|đài|ủy ban|hội|ban|công chức|khoa)(?= [" + UPPER + r"])"
                r"|cán bộ(?= " + COMMUNE_POST + ")"
                r"|người sử dụng lao động(?!\w)")  # (employers, a partner as "các doanh nghiệp" are)
# A line that opens with an agency's name ("Sở Tài chính: ...", "Đề nghị Ủy ban MTTQ ...",
# "Giao phòng Tư pháp ...", "Giám đốc các Sở ...", "Phòng 5, Cục ...")
# ("Giao: Sở X chủ trì ...", the hand-over word set off by a colon, as a label is)
_ASSIGN_WORD = r"(?:Đề nghị|Giao cho|Giao|Yêu cầu)\s*:?\s+"
_ASSIGN = r"(?:" + _ASSIGN_WORD + r")?"
_BODY_START = "(?:" + "|".join(w for w in _AGENCY_WORDS if w != "Đề nghị") + ")"
# the heads of the Government's bodies, as a Prime Minister's or the Government's decision names who executes it:
# "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ", "Bộ trưởng các Bộ, Thủ trưởng các
# cơ quan ngang Bộ, ..." stand for the bodies they head, one collective
GOVERNMENT_HEADS = re.compile(r"(?:[Cc]ác\s+)?Bộ trưởng(?:\s+các\s+[Bb]ộ)?\s*,\s*[Tt]hủ trưởng\s+(?:các\s+)?cơ quan\s+ngang\s+[Bb]ộ"
                              r"\s*,\s*[Tt]hủ trưởng\s+(?:các\s+)?cơ quan\s+thuộc\s+Chính phủ")
GOVERNMENT_BODIES = "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"
# ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, ..." opens with those heads: no body's name follows the first)
AGENCY_AT_START = re.compile(r"^" + _ASSIGN + r"(?:" + GOVERNMENT_HEADS.pattern + r"|(?:" + _LEADER_ALT + r")?(?:" + _BODY_START
                             + r"(?!\w)|(?:phòng|sở|trung tâm|ban(?! hành\b)|công chức)(?= [" + UPPER + r"\d])"
                             + r"|cán bộ(?= " + COMMUNE_POST + r")))")
# the same, its exceptions read in any case ("Hội Nghị" is no body)
_AGENCY_AT_START_ANY_CASE = re.compile(AGENCY_AT_START.pattern, re.I)
_NAME_AHEAD = r"(?=(?:" + _LEADER_ALT + r"|" + _AGENCY_START + r"(?!\w)|" + _LOWER_START + r"))"
# "Văn phòng HĐND và UBND huyện" is one office
# (and a dash between two whole bodies, as a task table's lead cell joins them: "Sở Nội vụ - Sở Tài chính", "Ban Chỉ
# huy Quân sự xã - Công an xã"; not a dash inside a name, "Sở Lao động - Thương binh và Xã hội", "Phòng Tài chính - Kế
# hoạch", nor the one office of "Văn phòng HĐND - UBND huyện")
_DASH_BODY = r"(?:Sở|Ủy ban nhân dân|UBND|Công an|Bộ Chỉ huy|Thanh tra|Kho bạc|Bảo hiểm xã hội|Chi cục|Cục)(?= [" + UPPER + r"\w])"
# (a unit's kind alone, as a collective lists them, goes on with it: "Các Tổng cục, Cục, Vụ, Thanh tra Bộ" is "Các
# Tổng cục, Cục, Vụ" and "Thanh tra Bộ", "Các Cục, Vụ" one: no "Cục" nor "Vụ" of its own)
# ("Các Cục, Vụ liên quan", "các Vụ, Cục có liên quan": the kinds with what limits them, one collective; round G52)
_BARE_KIND = r"(?!(?:Tổng cục|Chi cục|Cục|Vụ|Sở|Viện|Trung tâm|Phòng)(?:\s*(?:,|;|\.|$)|\s+(?:và|thuộc|trực thuộc)\s|" \
             r"\s+(?:có\s+)?liên quan\b))"
# (the offices whose one name joins two bodies with "và", as "Văn phòng HĐND và UBND huyện" above: the province's office
# of its deputies and its council, "Văn phòng Đoàn ĐBQH và HĐND tỉnh", too; round G52)
_JOINT_OFFICES = ("Văn phòng HĐND", "Văn phòng Hội đồng nhân dân", "Văn phòng Đoàn ĐBQH",
                  "Văn phòng Đoàn đại biểu Quốc hội")
_NOT_IN_JOINT_OFFICE = "".join(f"(?<!{office})" for office in _JOINT_OFFICES)
_SPLIT = re.compile(r"\s*[;:]\s*|\s*\.\s+(?=" + _AGENCY_START + r")|\s*,\s*" + _BARE_KIND + _NAME_AHEAD
                    + r"|" + _NOT_IN_JOINT_OFFICE + r"\s+và\s+" + _BARE_KIND + _NAME_AHEAD
                    + r"|(?<!HĐND)(?<!Hội đồng nhân dân)\s+[-–]\s+(?=" + _DASH_BODY + r")"
                    + r"|(?<=[^\W\d_])\s*/\s*(?=" + _AGENCY_START + r"(?!\w))")
# (and a slash between two bodies, as a task's cell joins the two that share it: "Sở Nội vụ/Ban Thi đua - Khen thưởng",
# "Tỉnh đoàn/Hội Liên hiệp Thanh niên Việt Nam tỉnh"; not a slash before a level or a kind, "các xã/phường"; round G66)
# "Giám đốc các Sở: Tài chính, Y tế" names Sở Tài chính and Sở Y tế (names split at commas only:
# "Kế hoạch và Đầu tư" is one)
# (the unit word in either case: "Trưởng các phòng: Tài chính - Kế hoạch, Nội vụ" names Phòng Tài chính - Kế
# hoạch and Phòng Nội vụ; the colon right after it is what makes it a list of its units)
# (and a Sở's or a Bộ's with the branches beside it: "Thủ trưởng các sở, ngành: Công Thương, Tài chính, Công an tỉnh"
# names Sở Công Thương, Sở Tài chính and Công an tỉnh, a branch by its own name; round G62)
_BRANCHES_TOO = r"(?:(?<=[Ss]ở)|(?<=[Bb]ộ))\s*,\s*(?:ban\s*,\s*)?ngành"
_DISTRIBUTIVE_HEAD = re.compile(r"\bcác\s+(?:[Ss]ở|[Bb]ộ|[Vv]ụ|[Cc]ục|[Pp]hòng|[Bb]an|[Hh]ội|[Tt]rung tâm)(?:" + _BRANCHES_TOO
                                + r")?\s*$")
_DISTRIBUTIVE = re.compile(r"\bcác\s+([Ss]ở|[Bb]ộ|[Vv]ụ|[Cc]ục|[Pp]hòng|[Bb]an|[Hh]ội|[Tt]rung tâm)(" + _BRANCHES_TOO
                           + r")?\s*:\s*([^;:]+?)(?=\s*;|\s*$|\s+và\s+" + _NAME_AHEAD + r")")
# Trailing words that are not part of the name: "Sở X chủ trì", "(nếu có)", "thực hiện", the scope of its duties ("theo
# chức năng, nhiệm vụ", and "theo lĩnh vực, địa bàn được phân công", "theo thẩm quyền": round G36), and a
# note on its role: "Ban Nội chính Tỉnh ủy (Cơ quan Thường trực Ban Chỉ đạo)", "(đơn vị đầu mối)"
# ... and a member's place in a committee after a dash: "Trưởng phòng Công thương - Thành viên", "... - Phó Trưởng ban
# Thường trực", "... - Ủy viên Ban Chỉ đạo" (a steering committee's task table by member)
# (the role cut with the passive that gives it, not a dangling "được giao": "Các cơ quan, đơn vị thuộc Bộ được giao chủ
# trì nhiệm vụ" is "Các cơ quan, đơn vị thuộc Bộ"; round G44)
_TRAILING = re.compile(r"\s*(?:\(nếu có\)|\(\s*(?:là\s+)?(?:cơ quan|đơn vị|thường trực|đầu mối)[^()]*\)|"
                       r"(?:(?:đã\s+)?được\s+giao\s+|(?<!hội đồng )(?<!ban )(?<!tổ )(?<!nhóm ))(?:chủ trì|phối hợp).*|thực hiện\.?|theo (?:chức năng|lĩnh vực|địa bàn|thẩm quyền|phạm vi)\b.*|tổ chức triển khai.*|"
                       r"\s-\s+(?:Phó\s+)?(?:Trưởng ban|[ỦU][ỷy] viên|Thành viên)(?:\s+[Tt]hường trực)?"
                       r"(?:\s+(?:Ban Chỉ đạo|BCĐ)\b.*)?)$", re.I)
# A name followed by what the agency does: "Sở X chỉ đạo và hướng dẫn ...", "UBND các xã
# triển khai". Lower case only, so "Ban Chỉ đạo" keeps its name.
# (a verb right after a unit word names the unit, as in _SUBJECT_VERB and _TRAILING: "Hội đồng phối hợp phổ biến,
# giáo dục pháp luật tỉnh", "Ban chỉ đạo ...", "Tổ chủ trì ...")
_PREDICATE = re.compile(r"(?<!Ban)(?<!ban)(?<!Đoàn)(?<!đoàn)(?<!Tổ)(?<!tổ)(?<!Hội đồng)(?<!hội đồng)(?<!Nhóm)(?<!nhóm)"
                        r"\s+(?:triển khai|chủ động|chỉ đạo|hướng dẫn|rà soát|tham mưu|theo dõi|căn cứ|"
                        r"có trách nhiệm|chịu trách nhiệm|bố trí|tăng cường|đẩy mạnh|phối hợp|chủ trì)\b.*$")
# (not "tuyến huyện", nor a cooperative's own "xã": "Liên minh Hợp tác xã", "các hợp tác xã" (round G46))
_LEVEL_END = re.compile(r"(?<!tuyến)(?<!cấp)(?<![Hh]ợp tác)\s(tỉnh|huyện|thành phố|thị xã|quận|xã)$")
_LEADING = re.compile(r"^(?:(?:đề nghị|giao cho|giao|yêu cầu)\s*:?\s+|(?:và|với)\s+)+", re.I)
# Where the subject of an assignment ends: at a colon, a sentence end, or the first
# predicate ("Vụ Tổ chức cán bộ nghiên cứu, đề xuất ..."). Inside a passive relative clause
# ("Cơ quan, đơn vị được giao nhiệm vụ theo dõi ... thường xuyên kiểm tra") only a main-
# predicate marker ends it.
# ("thường xuyên" of "Giáo dục thường xuyên" names a unit: "Vụ Giáo dục thường xuyên")
# (a body's role said with "làm" as with "là": "Phòng Kế hoạch tổng hợp làm đầu mối theo dõi ...", "Công an tỉnh làm cơ
# quan thường trực, ...": the body is the name before it; round G36)
MAIN_PREDICATE = (r"có trách nhiệm|chịu trách nhiệm|(?<![Gg]iáo dục )thường xuyên|khẩn trương|chủ động|căn cứ|(?<!nghiệp )tập trung|"
                   r"là cơ quan|là đơn vị|là đầu mối|làm (?:cơ quan|đơn vị|đầu mối|thường trực)|"
                   r"tiếp tục|định kỳ|trực tiếp|quan tâm|nghiêm túc|kịp thời")
VERB = (r"chủ trì|phối hợp|triển khai|"
         # ("tổ chức đảng", "tổ chức đoàn thể" in a list of bodies are bodies: "Các cấp ủy, tổ chức đảng căn cứ ...")
         r"tổ chức(?!\s+(?:đảng|cơ sở đảng|đoàn thể|chính trị - xã hội)(?!\w))|thực hiện|tham mưu|hướng dẫn|chỉ đạo|theo dõi|rà soát|"
         # ("Ban Quản lý dự án đầu tư xây dựng các công trình ..." names a unit)
         # (and a unit named for a field of building, before its own predicate, "Vụ Vật liệu xây dựng theo dõi ...",
         # "Cục Kinh tế xây dựng chủ trì ...", "Viện Kinh tế xây dựng phối hợp ...": "xây dựng" ends its name, the
         # predicate's verb is no object of building; after a comma it is the verb of a list, "Sở Y tế xây dựng, ban hành
         # ..."; round G36)
         r"nghiên cứu|đề xuất|(?<!đầu tư )xây dựng(?=,\s+[a-zà-ỹđ]|\s+(?!(?:tỉnh|huyện|xã|thành phố|thị xã|quận|khu vực)\b)"
         r"(?!(?:chủ trì|phối hợp|theo dõi|tham mưu|thực hiện|triển khai|chịu trách nhiệm|có trách nhiệm|là|làm|đôn đốc|"
         r"chỉ đạo|phụ trách|bố trí|chủ động|tiếp tục|khẩn trương|thường xuyên|định kỳ|kiểm tra|rà soát|nghiên cứu|"
         r"căn cứ)(?!\w))[a-zà-ỹđ])|bố trí|"
         r"tăng cường|đẩy mạnh|kiểm tra|kiểm soát|(?<!tư vấn )giám sát|báo cáo|cung cấp|bảo đảm|đảm bảo|quán triệt|phổ biến|"
         r"tuyên truyền|ban hành|cập nhật|hỗ trợ|cử|là|làm chủ đầu tư|lồng ghép|vận động|phát huy|chấp hành|thi hành|"
         # (the set named by what it uses: "các cơ quan, đơn vị sử dụng nhân lực", "các doanh nghiệp sử dụng lao động",
         # "các cơ sở sử dụng năng lượng trọng điểm", "các đơn vị sử dụng ngân sách nhà nước": a unit word and its
         # object; "các đơn vị sử dụng hiệu quả nguồn vốn" is what the units do; round G46)
         r"tiếp nhận|(?:(?<!đơn vị )(?<!cơ quan )(?<!doanh nghiệp )(?<!cơ sở )(?<!hợp tác xã )(?<!tổ chức )(?<!người )sử dụng|"
         r"sử dụng(?!\s+(?:lao động|nhân lực|năng lượng|ngân sách)(?!\w)))|thẩm định|hoàn thiện|nâng cao|đôn đốc|"
         # (a hospital's "Phòng Kế hoạch tổng hợp" is one office; "Phòng Tài chính - Kế hoạch tổng hợp ..." works;
         # a procuracy's or a court's "Bộ phận Văn phòng tổng hợp", "Phòng Văn phòng tổng hợp" is one unit; a hospital's
         # "Khoa Nội tổng hợp", "Khoa Ngoại tổng hợp", "Phòng Hành chính tổng hợp" so too)
         r"(?<![Pp]hòng Kế hoạch )(?<!phận Văn phòng )(?<!Phòng Văn phòng )(?<!Khoa Nội )(?<!Khoa Ngoại )"
         r"(?<!Hành chính )tổng hợp|phân công|(?<![Tt]rợ )giúp|chuẩn bị|sắp xếp|xếp|"
         r"thành lập|ưu tiên|duy trì|nắm|lập|(?<!công )(?<!chương )(?<![Qq]uy )trình|xử l[ýí]|đánh giá|khảo sát|tiến hành|phê duyệt|chỉ định|"
         r"(?<!Ban )(?<!ban )(?<!Cục )(?<!cục )(?<!Phòng )(?<!phòng )(?<!tâm )(?<!quan )quản l[ýí]|"
         r"cân đối|huy động|tạo điều kiện|có văn bản|có kế hoạch|mở|công bố|đưa tin|đăng tải|hoàn thành|"
         r"giải ngân|quyết toán|thẩm tra|giải quyết|vận hành|ký|phát hành|thu thập|gửi|nộp|"
         r"thông báo|yêu cầu|đề nghị|phân bổ|chi trả|cấp phát|thanh toán|kiến nghị|tiếp tục|phát động|thúc đẩy|khuyến khích|"
         # ("đơn vị tư vấn giám sát", "nhà thầu tư vấn thiết kế" name a project's consultant: no verbs there;
         # "Các đơn vị tư vấn cho doanh nghiệp" is one)
         # (a hospital's "Khoa Hồi sức tích cực" is one department)
         r"chú trọng|thu hút|mở rộng|(?<!Hồi sức )tích cực|"
         # ("Các đơn vị tham gia" names the units taking part; "các đoàn thể tham gia tuyên truyền ..." is what they do)
         r"tham gia(?=\s+(?:tuyên truyền|vận động|hưởng ứng|giám sát|phối hợp|thực hiện|triển khai|tổ chức)(?!\w))|"
         r"(?:(?<!đơn vị )(?<!nhà thầu )tư vấn|tư vấn(?!\s+(?:giám sát|thiết kế|khảo sát|thẩm tra|lập|đấu thầu)(?!\w)))|"
         r"được|"
         # ("Đảng ủy UBND tỉnh lãnh đạo ...", "Trung tâm Phục vụ hành chính công số hóa hồ sơ ...")
         # (not words a unit's name holds in lower case: "khu công nghiệp tập trung", "Văn phòng điều phối")
         r"lãnh đạo|số hóa|cụ thể hóa|phấn đấu|xác định|"
         # the works a plan assigns ("phối hợp với Hội Nông dân xã quy hoạch vùng ...", "... cải tạo khu chợ");
         # a name writes them with a capital ("Viện Quy hoạch xây dựng tỉnh")
         r"quy hoạch|cải tạo|nâng cấp|sửa chữa|mua sắm|kêu gọi|biên soạn|tập huấn|"
         # staff a plan gives to hire ("phối hợp với Phòng Giáo dục và Đào tạo tuyển dụng đủ giáo viên")
         r"tuyển dụng|tuyển chọn|"
         # what a plan adds ("phối hợp với Sở Nội vụ bổ sung biên chế giáo viên ...")
         r"bổ sung|"
         # what an office open to the public does with its procedures ("Trung tâm Phục vụ hành chính công phường công
         # khai thủ tục hành chính ...", "Bộ phận một cửa niêm yết ...")
         r"công khai|niêm yết|"
         # what a plan gives a body to put in order, gather, move or mend ("Giao UBND các xã kiện toàn tổ quản lý ...",
         # "Phòng Kinh tế thu gom, vận chuyển ...", "Công an huyện xử phạt ..."); none names a unit in lower case but
         # after a unit word ("Tổ thu gom", "Hội đồng xác minh": those stay names, see _SUBJECT_VERB); not "chuyển đổi",
         # "bồi dưỡng", "thống kê", "điều tra", which do ("Ban Chỉ đạo chuyển đổi số", "Cơ quan Cảnh sát điều tra")
         r"kiện toàn|củng cố|in ấn|lắp đặt|phân loại|thu gom|vận chuyển|tiêu hủy|khoanh vùng|đo đạc|cắm mốc|xử phạt|"
         r"dọn dẹp|sơ tán|di dời|nhập liệu|chia sẻ|kết nối|tích hợp|bảo trì|tuyên dương|nhân rộng|xác minh|điều chỉnh|"
         r"sửa đổi|sáp nhập|điều động|luân chuyển|nghiệm thu|bàn giao|"
         # what a plan against disasters, epidemics or for a hospital gives a body to do ("Sở Nông nghiệp và Môi trường
         # phụ trách vùng ...", "Sở Giao thông sẵn sàng phương tiện ...", "Đài Khí tượng cảnh báo ...", "Sở Y tế khắc
         # phục ...", "Khoa Khám bệnh thu dung, cấp cứu ..."; round G36); not a post's or a unit's name that holds them in
         # lower case: "Phó Giám đốc phụ trách chuyên môn", "Tổng phụ trách Đội", "Khoa Hồi sức cấp cứu", a board named
         # for what it does ("Ban Chỉ đạo khắc phục hậu quả thiên tai", "Ban Chỉ huy dự báo ...", "Tổ công tác cảnh báo
         # ..."); a unit writes them with a capital ("Trung tâm Dự báo khí tượng thủy văn", "Trung tâm Cấp cứu 115")
         # ... nor a field a unit's name lists after a comma ("Phòng Giám sát, cảnh báo và phòng chống ngộ độc thực phẩm")
         r"(?<![Cc]hỉ đạo )(?<![Cc]hỉ huy )(?<![Cc]ông tác )(?<![Tt]ổ )(?<![Nn]hóm )(?<!, )"
         r"(?:(?<![Gg]iám đốc )(?<![Tt]rưởng )(?<![Tt]ổng )(?<![Cc]hủ tịch )(?<![Ll]âm )phụ trách|khắc phục|sẵn sàng|"
         r"dự báo|cảnh báo|thu dung|(?<![Hh]ồi sức )cấp cứu|đẩy nhanh|làm tốt)|"
         # the policy credit a plan gives a body to pass on, to take in trust and to lend ("phối hợp với Hội Cựu chiến
         # binh phường ủy thác cho vay ...", "Đoàn Thanh niên xã nhận ủy thác ...", "Hội Nông dân xã cho vay ..."; round
         # G29); a lender's own name writes it with a capital ("Quỹ Cho vay ..."); not "thu hồi", which a working
         # group's name holds ("Tổ công tác thu hồi nợ", "Ban Chỉ đạo thu hồi nợ đọng")
         r"nhận [ủu][ỷy] thác|[ủu][ỷy] thác|cho vay|"
         # the works on canals, drains and roads a plan gives a body ("UBND các xã nạo vét 36 km kênh mương", "Các ấp
         # khơi thông cống rãnh"; round G27); a name writes them with a capital ("Công ty Nạo vét đường biển"), a
         # project board's names the works it builds ("Ban Quản lý dự án kiên cố hóa kênh mương")
         r"nạo vét|khơi thông|phát quang|(?<!dự án )bê tông hóa|(?<!dự án )kiên cố hóa|"
         # what a Party committee's bodies do with a directive ("Các chi, đảng bộ cơ sở sơ kết ...", "Ủy ban Kiểm tra
         # Huyện ủy đưa nội dung ... vào chương trình kiểm tra", "Ban Thường vụ biểu dương ...")
         # (not the field of an emulation council: "Hội đồng thi đua, khen thưởng tỉnh", "Ban Thi đua - khen thưởng")
         r"sơ kết|tổng kết|đưa|biểu dương|(?<![Tt]hi đua, )(?<![Tt]hi đua - )khen thưởng|"
         # what a plan asks a body to grow ("Sở Y tế phát triển mạng lưới ..."; not a fund's, an institute's or a
         # project board's name: "Quỹ Đầu tư phát triển tỉnh", "Quỹ Hỗ trợ phát triển hợp tác xã", "Viện Nghiên cứu
         # phát triển", "Quỹ bảo vệ và phát triển rừng", "Ban Quản lý dự án phát triển đô thị", a consultancy's "Trung
         # tâm Khuyến công và Tư vấn phát triển công nghiệp", "Công ty Tư vấn đầu tư xây dựng"; "xúc tiến" is left
         # out: centres carry it in their names, "Trung tâm Thông tin xúc tiến du lịch")
         # what a plan asks a body to find and put forward ("Liên đoàn Lao động tỉnh phát hiện, biểu dương ...", "Hội
         # Cựu chiến binh xã phát hiện, tố giác ..."; round G30); not a council's or a board's name ("Hội đồng bình chọn
         # ...", "Ban Tổ chức lựa chọn ...")
         # and to improve, put right or renew ("phối hợp với Phòng Điều dưỡng cải tiến quy trình ...", "Bảo hiểm xã hội
         # tỉnh đổi mới phương thức ..."); not a working group's or a steering board's name ("Tổ cải tiến chất lượng",
         # "Ban Chỉ đạo đổi mới và phát triển doanh nghiệp")
         r"(?<![Tt]ổ )(?<![Nn]hóm )cải tiến|(?<![Tt]ổ )(?<![Nn]hóm )cải thiện|chấn chỉnh|(?<![Đđ]ạo )(?<![Tt]ổ )đổi mới|"
         r"phát hiện|tố giác|(?<![Đđ]ồng )(?<![Bb]an )bình chọn|(?<![Đđ]ồng )(?<![Bb]an )lựa chọn|"
         r"(?<![Đđ]ầu tư )(?<![Hh]ỗ trợ )(?<![Nn]ghiên cứu )(?<![Dd]ự án )(?<![Ll]ược )(?<!và )(?<![Tt]ư vấn )phát triển|"
         # what a plan asks a body to invest in, the works named after it ("phối hợp với Phòng Tài chính - Kế hoạch đầu
         # tư đường nội bản ...", "UBND các xã đầu tư xây dựng ..."; round G28); not a name's field: "Ban Quản lý dự án
         # đầu tư xây dựng", "Sở Kế hoạch và đầu tư", "Trung tâm Xúc tiến đầu tư", "Ban Quản lý đầu tư và xây dựng"
         r"(?<![Dd]ự án )(?<!và )(?<![Qq]uản lý )(?<![Qq]uản lí )(?<![Xx]úc tiến )(?<!chủ )(?<![Hh]ỗ trợ )(?<![Tt]ư vấn )đầu tư"
         r"(?= (?:xây dựng|nâng cấp|cải tạo|mua sắm|trang bị|đường|hạ tầng|cơ sở vật chất|hệ thống|công trình|"
         r"trang thiết bị)\b)")
# (not the dot of "TP. Cần Thơ", "TX. Ninh Hòa", "TT. Hòa Bình", "Q. 3")
# ... or a duty's first words in a capital, where a reader joined an agency's heading line to the line under it
# ("1. Phòng Văn hóa và Thông tin" / "Là cơ quan thường trực, ..."): words no unit's name holds
_DUTY_OPENS = r"Là cơ quan|Là đơn vị|Là đầu mối|Chủ trì|Chịu trách nhiệm|Có trách nhiệm"
# (and the council's bare "các Ban" before what they supervise: "Thường trực HĐND tỉnh, các Ban giám sát việc thực
# hiện Nghị quyết" is no "Ban giám sát" named; round G62)
_SUBJECT_END = re.compile(r"\s*:|(?<!\bTP)(?<!\bTp)(?<!\bTX)(?<!\bTT)(?<!\bQ)\.(?:\s|$)|,?\s+(?=(?:" + MAIN_PREDICATE + r"|"
                          + _DUTY_OPENS + r")(?!\w))|(?<=[Cc]ác Ban)\s+(?=giám sát\s+(?:việc|tình hình|quá trình|"
                          r"kết quả|hoạt động)\b)")
# a verb right after "các"/"những" is a noun: "các tổ chức đoàn thể"
# and a verb right after a unit word names the unit: "Đoàn kiểm tra", "Đội kiểm tra", "Ban chỉ đạo", "Tổ giúp việc"
# ("Hội đồng thẩm định"; after "cộng đồng" a verb is the predicate: "UBND các xã có điểm du lịch cộng đồng vận động ...")
# and after "Dịch vụ", "Quản lý" it names the unit's field: "Trung tâm Dịch vụ hỗ trợ đầu tư", "Ban Quản lý xây dựng
# nông thôn mới xã" (or "Quản lí", its i-spelling); a registry office's "Đăng ký" and the right it registers ("Văn phòng Đăng ký quyền sử dụng
# đất") name the unit too
_SUBJECT_VERB = re.compile(r"(?<!\bcác)(?<!\bCác)(?<!\bnhững)(?<!\bNhững)(?<!Ban)(?<!ban)(?<!Đoàn)(?<!Đội)(?<!Tổ)(?<!tổ)(?<!Hội đồng)(?<!hội đồng)(?<!Nhóm)"
                           r"(?<!Hội đồng phối hợp)(?<!hội đồng phối hợp)(?<!nhóm)(?<!Chương)(?<!chương)(?<!bầu)(?<!đăng)(?<!Đăng)(?<!quyền)(?<!Dịch vụ)(?<!dịch vụ)(?<!Quản lý)(?<!quản lý)(?<!Quản lí)(?<!quản lí)"
                           r",?\s+(?=(?:" + VERB + r")(?!\w))")
# an issuer handing a task over: "UBND tỉnh giao Sở Y tế ...", "Chủ tịch UBND tỉnh yêu cầu ..."
# a singular level word that ends a unit's name, then a lower-case word that goes on no name: "Công an
# tỉnh kết nối ...", not "Ban Tổ chức tỉnh ủy", "Công an tỉnh và ...", "các cơ quan cấp tỉnh có liên quan",
# "thành phố trực thuộc tỉnh", "các tỉnh, thành phố" (plural), "Bảo hiểm xã hội tỉnh" (xã is no level here)
_LEVEL_THEN_PREDICATE = re.compile(r"(?<![Cc]ác )(?<!cấp )\b(tỉnh|huyện|thành phố|thị xã|quận)\s+(?!(?:ủy|uỷ|đoàn|và|"
                                   r"hoặc|có|cùng|với|thuộc|trực thuộc|về|nhiệm kỳ|khóa|khoá|mới|cũ)(?!\w))([^\W\d_])")
# ... and the Youth Union's or the Party's committee of a level, a name that ends on "đoàn" or "ủy": "Tỉnh đoàn tổ
# chức ...", "Thành đoàn phát động ...", "Ủy ban Kiểm tra Huyện ủy kiện toàn ...", "Ban Dân vận Tỉnh ủy củng cố ..."
# (not "Thành đoàn thành phố X", "Huyện đoàn và ...", "Đảng ủy xã X", "Huyện ủy viên", "Tỉnh ủy và ...", "Đảng ủy Quân
# sự tỉnh")
_COMMITTEE_THEN_PREDICATE = re.compile(r"\b((?:Tỉnh|Thành|Huyện|Quận|Thị|Xã|Phường)\s+đoàn|(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)"
                                       r"\s+(?:ủy|uỷ))\s+(?!(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu|"
                                       r"viên|và|hoặc|có|cùng|với|thuộc|trực thuộc|về|các|khối|cơ sở|cơ quan|bộ phận|"
                                       r"doanh nghiệp|nhiệm kỳ|khóa|khoá)(?!\w))([^\W\d_])")
# and the plural of it: "các" and a list of two or more levels that ends a collective's name, then a lower-case word
# that goes on no name: "Ủy ban nhân dân các xã, phường, thị trấn củng cố ...", not "các huyện, thành phố và ...",
# "các xã, phường có ...", "các xã, thị trấn thuộc huyện", "các huyện, thị xã biên giới", "các xã, phường vùng cao",
# "các huyện, thành phố Đà Lạt, Bảo Lộc" (a capital: a place's name)
# (a council named for what it coordinates: "Hội đồng phối hợp phổ biến, giáo dục pháp luật", "Hội đồng phối hợp liên
# ngành về trợ giúp pháp lý", "Hội đồng phối hợp công tác PBGDPL": "phối hợp" is its name, not its predicate)
COORDINATING_COUNCIL = r"(?!\s+(?:công tác\s+|hoạt động\s+)?(?:phổ biến|liên ngành|PBGDPL|PBGD)\b)"
# ... and a council named alone ("các thành viên Hội đồng", "Thường trực Hội đồng") before a verb of carrying out
# (a verb that names no council: "Hội đồng thẩm định", "Hội đồng tư vấn" go on)
_COUNCIL_THEN_PREDICATE = re.compile(r"\b([Hh]ội đồng)\s+(?=(?:chủ trì|phối hợp" + COORDINATING_COUNCIL + r"|triển khai|tổ chức(?!\s+thi\b)|thực hiện|"
                                     r"tham mưu|báo cáo|hướng dẫn|chỉ đạo|theo dõi|đôn đốc)(?!\w))")
_LEVELS_THEN_PREDICATE = re.compile(r"\b[Cc]ác\s+(" + _LEVEL_WORD + r"(?:\s*,\s*" + _LEVEL_WORD + r")+)(?!\w)"
                                    r"\s+(?!(?:và|hoặc|có|cùng|với|thuộc|trực thuộc|trên|trong|tại|ở|nơi|của|liên quan|"
                                    r"biên giới|vùng|ven|miền|khu vực|đặc biệt|khó khăn|được|đã|đang|sẽ|bị|nói trên|nêu trên)"
                                    r"(?!\w))([^\W\d_])")
_HANDS_OVER = re.compile(r"\s(?:giao(?:\s+cho)?|yêu cầu|đề nghị)\s+")
# (not the "bị" of a noun: "Khoa Dược - Trang thiết bị - Vật tư y tế", "Phòng Vật tư - Thiết bị", "Tổ chuẩn bị"; round G30)
_PASSIVE = re.compile(r"\s(?:được|(?<![Tt]hiết )(?<![Cc]huẩn )bị)\s")
# the clause that says who was given the tasks: "(các đơn vị) được giao nhiệm vụ", "được phân công"; not
# "được giao chủ trì", which is a named body's predicate ("Sở Công Thương được giao chủ trì xây dựng ...")
_GIVEN_TASKS = re.compile(r"\s(?:được|đã được)\s+(?:giao(?!\s+chủ trì)(?:\s+nhiệm vụ)?|phân công(?:\s+nhiệm vụ)?)(?=\s)")
_GIVEN_LEAD = re.compile(r"\s(?:được|đã được)\s+giao\s+chủ trì(?!\w)")
# a subject's end that is a predicate (not the colon or the sentence's full stop): "thường xuyên", "có trách nhiệm"
_PREDICATE_MARK = re.compile(r",?\s+(?:" + MAIN_PREDICATE + r"|" + _DUTY_OPENS + r")(?!\w)")


# a word that reads as one Vietnamese syllable once its marks are gone ("SỞ", "BAN", "NGHỆ");
# anything else in capitals is an abbreviation to keep as written ("UBND", "HĐND", "VNPT")
_SYLLABLE = re.compile(r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")
_HEAD = re.compile(r"[^:;.(]*")


def _capital(words: str) -> str:
    """The first letter in capitals, the rest as written: "phòng" -> "Phòng", "ủy ban" -> "Ủy ban"."""
    return words[:1].upper() + words[1:]


def _capitalized_word(m: re.Match) -> str:
    word = m.group()
    if not _SYLLABLE.fullmatch(untoned(word)):
        return word
    return word[:1] + word[1:].lower()


@functools.cache
def _written_forms() -> tuple[re.Pattern, dict[str, str]]:
    """The unit words of more than one word as names write them ("Ủy ban", "Trung tâm",
    "Mặt trận"), found in their capitalized form ("Ủy Ban"); the linking words of a name
    ("và", "các", "của") and "nhân dân" in lower case."""
    forms = {w.title(): w for w in _AGENCY_WORDS if " " in w and re.fullmatch(r"[\w ]+", w)}
    forms.update({"Nhân Dân": "nhân dân", "Và": "và", "Các": "các", "Của": "của"})
    keys = sorted(forms, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, keys)) + r")(?!\w)"), forms


def in_heading_case(text: str) -> str:
    """A line whose opening words (up to a colon, semicolon or stop) are all capitals, as a
    heading writes an agency ("1. PHÒNG KINH TẾ", "SỞ Y TẾ: ..."), with those words written
    as a name is ("Phòng Kinh Tế", "Ủy ban Mặt trận Tổ Quốc"), abbreviations kept ("UBND");
    one character for one, so that positions in the result are positions in `text`. Any
    other line as it is."""
    head = _HEAD.match(text).group()
    if not head.isupper() or sum(c.isalpha() for c in head) < 4:  # (isupper: no letter in lower case)
        return text
    pattern, forms = _written_forms()
    head = re.sub(r"\w+", _capitalized_word, head)
    head = pattern.sub(lambda m: _capital(forms[m.group()]) if not head[:m.start()].strip(" 0123456789.-+*")
                       else forms[m.group()], head)
    return head + text[len(head):]


# a subject's end that is only the sentence's full stop (no predicate nor colon)
_STOP_ONLY = re.compile(r"\.(?:\s|$)")


def leading_agency(text: str) -> tuple[int, int] | None:
    """Where the agency that opens `text` is named: the noun phrase from its start up to
    the first predicate or colon, whatever its length ("Sở Tư pháp: ...", "3. Vụ Tổ chức
    cán bộ nghiên cứu ...", "Giao phòng Tư pháp tổ chức ..."); None when `text` does not
    open with an agency. The span leaves out "Giao"/"Đề nghị" but keeps a leader's title.
    An agency written in capitals ("PHÒNG KINH TẾ") is found as if capitalized as a name."""
    if (cased := in_heading_case(text)) is not text and not initials_at_start(text):
        if not _AGENCY_AT_START_ANY_CASE.match(cased):
            return None  # "HỘI NGHỊ", "PHÒNG, CHỐNG", "BÁO CÁO": the words that make a unit word common
        text = cased
    if not AGENCY_AT_START.match(text) and not initials_at_start(text):
        return None
    start = len(_LEADING.match(text).group(0)) if _LEADING.match(text) else 0
    hand = _HANDS_OVER.search(text, start)
    if (hand and opens_agency(text[hand.end():]) and not _SUBJECT_END.search(text, start + 2, hand.start())
            and not _SUBJECT_VERB.search(text, start + 2, hand.start())):
        # "Ủy ban nhân dân huyện giao Phòng Văn hóa ... xây dựng": the one given the task
        start = hand.end()
    main = _SUBJECT_END.search(text, start + 2)
    while main and text[main.start():].lstrip().startswith(":") and _DISTRIBUTIVE_HEAD.search(text, 0, main.start()):
        main = _SUBJECT_END.search(text, main.end())  # "các Sở: Tài chính, Y tế" is one subject
    end = main.start() if main else len(text)
    if plural := next((m for m in _LEVELS_THEN_PREDICATE.finditer(text, start + 2, end) if m.group(2).islower()), None):
        end = plural.end(1)  # the list's last level word (not "các huyện, thành phố Đà Lạt, Bảo Lộc")
    if committee := next((m for m in _COMMITTEE_THEN_PREDICATE.finditer(text, start, end) if m.group(2).islower()), None):
        end = committee.end(1)  # "..., Tỉnh đoàn đổi mới ...", "Ủy ban Kiểm tra Huyện ủy kiện toàn ...": ends on "đoàn", "ủy"
    if council := _COUNCIL_THEN_PREDICATE.search(text, start, end):
        end = council.end(1)  # "Các thành viên Hội đồng tổ chức ...": the council alone
    verb = _SUBJECT_VERB.search(text, start + 2, end)
    passive = _PASSIVE.search(text, start, end)
    if passive and (not verb or passive.start() <= verb.start()):
        # "Cơ quan được giao nhiệm vụ theo dõi ... thường xuyên kiểm tra", "Các đơn vị được
        # kiểm tra" (a heading): the clause is part of the subject when a main predicate
        # follows or the line ends soon after it; else "được" is the predicate
        short = len(text[passive.end():end].split()) <= 3
        given = _GIVEN_TASKS.match(text, passive.start())
        if given and not (main and _PREDICATE_MARK.match(text, main.start())) and \
                (after := _SUBJECT_VERB.match(text, given.end())):
            # "Các đơn vị được giao nhiệm vụ xây dựng kế hoạch ..., báo cáo ...": with no main predicate
            # later on, the verb after who was given the tasks is the main one
            end = after.start()
        elif _GIVEN_LEAD.match(text, passive.start()) and not (main and _PREDICATE_MARK.match(text, main.start())):
            end = passive.start()  # "Sở Công Thương được giao chủ trì xây dựng ..., báo cáo ...": its predicate
        else:
            end = end if (main or short) else passive.start()
    elif verb:
        end = verb.start()
    elif (not main or _STOP_ONLY.match(text, main.start())) and (
            level := next((m for m in _LEVEL_THEN_PREDICATE.finditer(text, start + 2, end) if m.group(2).islower()),
                          None)):
        # "Công an tỉnh kết nối hồ sơ ...", "Trung tâm Y tế huyện truy vết ...": no verb the list
        # knows, but a unit named at one level ends at its level word when a lower-case word follows
        # (the sentence's full stop no predicate: "Bảo hiểm xã hội tỉnh phát triển người tham gia bảo hiểm y tế.")
        end = level.end(1)
    end = len(text[:end].rstrip(" ,;-"))
    if adverb := _ADVERB_END.search(text, start, end):
        end = adverb.start()  # "các thôn tự tổ chức ...", "Sở Y tế khẩn trương triển khai ...": the body without how
    return (start, end) if end - start >= 3 else None


# an adverb between a body's name and its verb, which no name ends on: "Giao cho các thôn tự tổ chức", "Công an huyện
# trực tiếp kiểm tra", "Sở Y tế khẩn trương triển khai"
# (not "thường xuyên", "trật tự": names end on them, "Vụ Giáo dục thường xuyên", "Đội Cảnh sát trật tự")
_ADVERB_END = re.compile(r"(?:(?<![Tt]rật)(?<![Tt]hứ)\s+tự|\s+(?:trực tiếp|kịp thời|khẩn trương|nghiêm túc))$")


_CELL_LIST_MARK = re.compile(r"^[-+•*]\s*")


def join_cell_lines(cell: str) -> str:
    """A table cell's lines as one line: a cell that lists agencies one a line ("Liên minh
    Hợp tác xã tỉnh" / "UBND các xã", "- Viettel Phú Thọ" / "- VNPT Phú Thọ") joins them with
    "; ", as it would write them on one line; any other cell joins its lines with spaces."""
    if "\n" not in cell:
        return cell
    lines = [line.strip() for line in cell.split("\n") if line.strip()]
    if len(lines) > 1:
        lines = _lone_kinds_joined(lines)
    if len(lines) > 1:
        lines = owners_joined(lines)
    if len(lines) > 1 and all(AGENCY_AT_START.match(_CELL_LIST_MARK.sub("", line)) for line in lines):
        return " ".join(line if line.endswith((";", ",")) or n == len(lines) - 1 else f"{line};"
                        for n, line in enumerate(lines))
    if len(lines) > 1 and not _CELL_LIST_MARK.match(lines[0]) and all(_DASH_ITEM.match(line) for line in lines[1:]):
        # a task's name over its dash items ("Tuyên truyền chính sách" / "- Trên đài huyện" / "- Cấp phát báo"):
        # the name, a colon, the items parted by "; " (CELL_ITEMS parts them again)
        return f"{lines[0].rstrip(' :')}: " + "; ".join(line.rstrip(" ;.") for line in lines[1:])
    return " ".join(cell.split("\n"))


def owners_joined(lines: list[str]) -> list[str]:
    """The lines with a unit's bare name before its owner's put together, one body: "Ban Tuyên giáo" / "Tỉnh ủy",
    "Ban Tổ chức" / "Tỉnh đoàn", "Ban Gia đình - Xã hội Hội" / "Liên hiệp Phụ nữ tỉnh" (owner_of, _HEAD_WORD_CUT;
    round G71: a cell set one body a paragraph read them as two)."""
    out = [lines[0]]
    for line in lines[1:]:
        if not _CELL_LIST_MARK.match(line) and (owner_of(line, out[-1]) or _head_word_cut(out[-1], line)):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _lone_kind_tails(lines: list[str]) -> set[int]:
    """The lines (by index) that are a kind of institution alone (_LONE_KIND) ending the name above: the cell's
    last line, or one before a line that names an agency of its own ("Vụ Giáo dục" / "Đại học" / "Vụ Pháp chế"); a
    kind before the rest of its own name ("Sở Y tế" / "Trung tâm" / "Kiểm soát bệnh tật tỉnh") heads that name."""
    return {k for k, line in enumerate(lines) if k and _LONE_KIND.match(line)
            and (k == len(lines) - 1 or AGENCY_AT_START.match(lines[k + 1]))}


def _lone_kinds_joined(lines: list[str]) -> list[str]:
    """The lines with a kind of institution alone ending the name above (_lone_kind_tails) put at the end of it."""
    tails = _lone_kind_tails(lines)
    if not tails:
        return lines
    out = [lines[0]]
    for k, line in enumerate(lines[1:], start=1):
        if k in tails:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


_DASH_ITEM = re.compile(r"^[-+•]\s+\S")
# a cell written so by join_cell_lines: its name, then its dash items
CELL_ITEMS = re.compile(r"^(?P<name>[^\n]+?): (?P<items>[-+•]\s.*)$")


# a line that ends so goes on in the next ("Sở Văn hóa, Thể thao và" / "Du lịch")
_OPEN_END = re.compile(r"(?:(?<!\w)(?:và|của|các|với|thuộc|cùng)|[,&\-–])\s*$")


# an organ of a People's Committee, a Council or a Party committee, named by that body's whole name rather
# than by a place: "Văn phòng Ủy ban nhân dân tỉnh X", "Ban Tuyên giáo Tỉnh ủy Y", "Ban Pháp chế HĐND tỉnh Z"
# (a department is named by its place: "Sở Y tế tỉnh X"); in lower case, to be matched with re.I
ORGAN = (r"(?:văn phòng|(?:ủy|uỷ) ban kiểm tra|ban (?:tuyên giáo(?: và dân vận)?|dân vận|tổ chức|nội chính"
         r"|kinh tế(?:\s*-\s*(?:ngân sách|xã hội))?|pháp chế|văn hóa\s*-\s*xã hội|dân tộc|đô thị))")
# an organ's name wrapped in a cell before its body's: "Văn phòng" / "UBND tỉnh", "Ban Tuyên giáo" / "Tỉnh ủy",
# "Sở Tư pháp, Văn phòng" / "UBND tỉnh" (one agency: "Văn phòng UBND tỉnh")
# ... and the Party's board or delegation in that body: "Ban cán sự đảng" / "UBND tỉnh", "Đảng đoàn" / "HĐND tỉnh",
# "Đảng đoàn" / "Ủy ban MTTQ Việt Nam tỉnh" (kept out of ORGAN: no header writes them over their body)
_BARE_ORGAN = re.compile(r"(?:^|[;,]\s*)(?:" + ORGAN + r"|ban cán sự đảng|đảng đoàn)\s*$", re.I)
# (in either tone placement: "Tỉnh ủy", "Tỉnh uỷ")
_OWNING_BODY = re.compile(r"^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND|(?:Tỉnh|Huyện|Thành|Đảng) (?:ủy|uỷ)|"
                          r"Bộ\s|Đoàn [ĐđD]|[ỦU][ỷy] ban (?:MTTQ|Mặt trận)|"
                          # ... its head word alone, a narrow cell cut it there: "Văn phòng" / "Hội đồng" / "nhân dân
                          # và" / "Ủy ban nhân" / "dân phường"
                          r"(?:Ủy ban|Uỷ ban|Hội đồng)(?:\s+nhân)?\s*$)")


# a department or ministry named by its head word alone, as its own organs name it: "Thanh tra" / "Sở",
# "Văn phòng" / "Bộ" (a narrow cell's wrap of "Thanh tra Sở"): no agency of its own
_LONE_OWNER = re.compile(r"^(?:Sở|Bộ)$")
# a kind of institution with no name after it names no body: the end of the name above it, wrapped in a narrow
# cell ("Vụ Giáo dục" / "Đại học" is "Vụ Giáo dục Đại học", "Phòng Khám" / "Bệnh viện" hardly a list)
_LONE_KIND = re.compile(r"^(?:Đại học|Học viện|Bệnh viện|Cục|Chi cục|Tổng cục|Trung tâm|Ngân hàng|Công ty|Tổng công ty|"
                        r"Đài|Tạp chí|Hiệp hội|Liên đoàn|Chi nhánh)[.;,]?$")
# a unit of the police ("Phòng Cảnh sát giao thông", "Đội Cảnh sát phòng cháy", "Phòng An ninh kinh tế") and the
# force it belongs to, named after it: "Công an tỉnh", "Công an huyện Tân Hà", or "Công an" alone where a page
# break cut the cell before its level
_POLICE_UNIT = re.compile(r"^(?:Phòng|Đội)\s+(?:Cảnh sát|An ninh)\b")
_POLICE_OWNER = re.compile(r"^Công an(?:$|\s+(?:tỉnh|huyện|thành phố|thị xã|quận)\b)")


# a unit of a mass organisation (the Women's, the Farmers', the Veterans' Union, the Youth Union, the Labour
# Federation) named bare, as the organisation's own boards are: "Văn phòng", "Ban Tuyên giáo", "Ban Tổ chức", "Ban
# Kiểm tra", "Ủy ban Kiểm tra", "Ban Phong trào", "Ban Gia đình - Xã hội", "Ban Chính sách - Luật pháp", "Ban Kinh tế
# - Xã hội", "Ban Thanh niên nông thôn", "Ban Nữ công" (round G71; not "Ban Dân tộc", a province's own board)
_MASS_ORGAN = re.compile(r"(?:^|[;,]\s*)(?:Văn phòng|(?:Ủy|Uỷ) ban Kiểm tra|Ban (?:Tuyên giáo|Tổ chức|Kiểm tra|Phong trào|"
                         r"Gia đình\s*-\s*Xã hội|Chính sách\s*-\s*Luật pháp|Kinh tế(?:\s*-\s*Xã hội)?|Xã hội|"
                         r"Dân chủ\s*-\s*Pháp luật|Nữ công|Thanh niên(?: [a-zà-ỹđ]+){0,2}|Thiếu nhi(?: [a-zà-ỹđ]+){0,2}|"
                         r"Công tác [a-zà-ỹđ ]+|Mặt trận|Đoàn kết tập hợp thanh niên))$")
# ... and the organisation that owns it, on the next line: "Hội Liên hiệp Phụ nữ tỉnh", "Hội Nông dân huyện", "Tỉnh
# đoàn", "Huyện đoàn", "Đoàn Thanh niên ...", "Liên đoàn Lao động tỉnh"
_MASS_OWNER = re.compile(r"^(?:Hội [A-ZĐÂĂÊÔƠƯ" + UPPER + r"]|(?:Tỉnh|Huyện|Thành|Thị|Quận) (?:đoàn|Đoàn)\b|"
                         r"Đoàn (?:Thanh niên|TNCS)|Liên đoàn Lao động)")
# a body's head word "Hội" ending a line, the rest of its name on the next: "Ban Gia đình - Xã hội Hội" / "Liên hiệp
# Phụ nữ tỉnh", "Văn phòng Hội" / "Nông dân huyện" (not "Văn phòng Hội" / "Ban Kinh tế - Xã hội": a board of its own)
_HEAD_WORD_END = re.compile(r"\S\s+Hội$")
_HOI_NAME = re.compile(r"^(?:Liên hiệp|LHPN|Nông dân|Cựu chiến binh|CCB|Chữ thập đỏ|Người cao tuổi|Khuyến học|Luật gia|"
                       r"Người mù|Doanh nhân|Doanh nghiệp|Nhà báo|Cựu thanh niên xung phong|Nạn nhân|Sinh viên|"
                       r"Làm vườn|Đông y|Bảo trợ)\b")


def _head_word_cut(so_far: str, line: str) -> bool:
    return bool(_HEAD_WORD_END.search(so_far) and _HOI_NAME.match(line))


def owner_of(line: str, so_far: str) -> bool:
    """Whether a line names the body that owns the name so far, ending it, rather than an agency of its own: a
    bare organ before its owning body ("Sở Tư pháp, Văn phòng" / "UBND tỉnh"), a mass organisation's bare unit
    before the organisation ("Ban Tổ chức" / "Tỉnh đoàn"), a head word alone ("Thanh tra" /
    "Sở"), a police force after one of its units ("Phòng Cảnh sát giao thông" / "Công an tỉnh")."""
    return bool((_OWNING_BODY.match(line) and _BARE_ORGAN.search(so_far)) or _LONE_OWNER.match(line)
                or (_MASS_OWNER.match(line) and _MASS_ORGAN.search(so_far))
                or (_POLICE_OWNER.match(line) and _POLICE_UNIT.match(so_far) and "Công an" not in so_far)
                or (_GOVERNMENT_OWNER.match(line) and _GOVERNMENT_ORGAN.search(so_far) is not None))


# the Government alone on a line, the name above it left without a separator: its owner, a narrow cell's wrap
# ("Ban Tôn giáo" / "Chính phủ", "Văn phòng" / "Chính phủ", "Ban Cơ yếu" / "Chính phủ"; round G29's programme as a
# PDF); after "Bộ Tài chính;" it is a body of its own
_GOVERNMENT_OWNER = re.compile(r"^Chính phủ[.;,]?$")
# (the names the Government owns: its office, its inspectorate, its committees "Ban ..."; not a ministry or a Sở:
# "Sở Tài chính" / "Chính phủ" in a cell set one body a line are two)
_GOVERNMENT_ORGAN = re.compile(r"(?:^|[;,]\s*)(?:Văn phòng|Thanh tra|Ban [^;,]+)$")


# a body's head word with no name after it ("Ủy ban" / "Mặt trận Tổ quốc Việt Nam xã"), its leader's title
# before it ("Chủ tịch Ủy ban" / "Mặt trận Tổ quốc huyện"), or its members with no body ("Các thành viên" /
# "Ban Chỉ huy phòng, chống thiên tai huyện"): the next line names it
# (and a company's or a bank's kind cut from its name in a narrow cell: "Công ty" / "Điện lực Hòa Bắc", "Ngân hàng" /
# "Chính sách xã hội tỉnh"; round G26)
_BARE_HEAD = re.compile(r"(?:^|[;,]\s*)(?:(?:" + _LEADER_ALT + r")?(?:Ủy ban|Uỷ ban|Ban|Sở|Phòng|Trung tâm|Hội|Chi cục|Cục|"
                        r"Tổng cục|Bộ|Đài|Viện|(?:Tổng )?[Cc]ông ty(?: (?:TNHH|CP|Cổ phần|cổ phần))?|Tập đoàn|Ngân hàng|"
                        r"Xí nghiệp|Nhà máy|Chi nhánh)|(?:[Cc]ác\s+)?(?:[Tt]hành viên|[Ủủ]y viên))$")
# a sentence that opens by handing a task over: "Giao ", "Đề nghị: ", "Yêu cầu "
HANDS_OVER_AT_START = re.compile(_ASSIGN_WORD)


_OWNERLESS = {"Văn phòng", "Thanh tra"}  # an office's name that says nothing of whose it is


def lines_by_agency(lines: list[str]) -> list[list[str]] | None:
    """The lines of a table cell set one agency a line, grouped by agency: a line that
    opens with an agency's name in a capital ("Tỉnh Đoàn", "Sở Tài chính") after a line that
    does not leave its name open starts the next one; any other line is the wrap of the
    one before ("Công ty TNHH Khai thác" / "công trình thủy lợi"). An organ's bare name ends
    the group so far, however a narrow cell cut it ("Sở Tư" / "pháp, Văn" / "phòng"), before
    its owning body ("UBND tỉnh, Công" / "an tỉnh"): one name (owner_of); so does a head word with no
    name after it ("Ủy ban" / "Mặt trận Tổ quốc Việt Nam xã"). None unless the cell
    starts with an agency and holds two or more ("Hội Liên hiệp Phụ nữ tỉnh" / "Tỉnh Đoàn").
    Lines with a list mark ("- Hội Phụ nữ tỉnh") have their separator: not grouped here; nor a
    cell that opens by handing a task over ("Giao Sở X chủ trì, tham mưu" / "UBND tỉnh tổ chức
    ..."): a sentence, not a list of names."""
    if len(lines) < 2 or not AGENCY_AT_START.match(lines[0]) or HANDS_OVER_AT_START.match(lines[0]):
        return None
    groups = [[lines[0]]]
    tails = _lone_kind_tails(lines)
    # (a cell whose names end in ";": an office's bare name with none, "Văn phòng" / "Tỉnh đoàn;", is cut by the
    # cell's width before its owner, no office of its own; one set alone in such a cell would be "Văn phòng;")
    semicolons = any(line.rstrip().endswith(";") for line in lines)
    for k, line in enumerate(lines[1:], start=1):
        so_far = " ".join(groups[-1]).strip()
        if (line[:1].isupper() and AGENCY_AT_START.match(line) and not _OPEN_END.search(groups[-1][-1])
                and not _BARE_HEAD.search(so_far) and not owner_of(line, so_far) and k not in tails
                and not _head_word_cut(so_far, line)
                and not (semicolons and so_far in _OWNERLESS)):
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups if len(groups) > 1 else None


# a body's initials defined in words after its whole name: "Ban Chỉ đạo ... tỉnh X (sau đây gọi tắt là BCĐ)", "(sau
# đây viết tắt là BQL)", "(gọi tắt là TCT)" (round G58)
# (initials of two words too, or after the kind of body: "(sau đây gọi tắt là BQL KCN)", "(gọi tắt là Quỹ BVMT)";
# round G60)
# (and initials with the lower-case words of the kind of body after them: "(sau đây gọi tắt là BQL dự án)", "(gọi tắt
# là BQL rừng)", which the document then writes with its level after them, "BQL dự án tỉnh"; or with the level in the
# short name itself, "(sau đây gọi tắt là BQL dự án tỉnh)"; round G66)
_DEFINED_AS = re.compile(r"\(\s*(?i:(?:sau\s+đây\s+)?(?:được\s+)?(?:gọi\s+tắt|viết\s+tắt|gọi)\s+là)\s*:?\s*[\"“]?"
                         r"((?:[A-ZĐ][a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+)?\s+)?[A-ZĐ][A-ZĐ&]{1,9}(?: [A-ZĐ][A-ZĐ&]{1,9})?"
                         r"(?:\s+(?!" + _LEVEL_WORD + r"\b)[a-zà-ỹđ]+){0,3}(?:\s+" + _LEVEL_WORD + r")?)"
                         r"[\"”]?\s*\)")
# ... or by the head of its own name, in words: "Trung tâm Phục vụ hành chính công tỉnh X (sau đây gọi tắt là Trung
# tâm)", "Ban Quản lý dự án đầu tư xây dựng ... tỉnh (sau đây gọi tắt là Ban Quản lý dự án)": that short name alone (a
# whole name, "1. Trung tâm:", "(Trung tâm chủ trì, ...)") is the body (round G60)
_DEFINED_SHORT = re.compile(r"\(\s*(?i:(?:sau\s+đây\s+)?(?:được\s+)?(?:gọi\s+tắt|viết\s+tắt|gọi)\s+là)\s*:?\s*[\"“]?"
                            r"([A-ZĐ][^()\"“”:;,.\d\n]{1,60}?)[\"”]?\s*\)")
_INITIALS_WORD = re.compile(r"(?<!\w)[A-ZĐ][A-ZĐ&]+(?!\w)")  # "IOC", "BQL": initials, read by _DEFINED_AS
_CLAUSE_BREAK = re.compile(r"[.;:()\n]")  # (")": the end of a definition before, "(... gọi tắt là X) và Y")
_COLLECTIVE = re.compile(r"(?:Các|Những)\s+[a-zà-ỹđ]")  # "Các dự án ... (sau đây gọi tắt là DA)": no one body
_WORD_START = re.compile(r"(?<!\S)\S")


def _named_before(before: str) -> str | None:
    """The body named at the end of `before` (the words before its defined initials), from the first word of its
    clause that opens an agency's name ("Kiện toàn Ban Chỉ đạo ... tỉnh X" -> "Ban Chỉ đạo ... tỉnh X")."""
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(before)), default=0)
    clause = before[cut:].rstrip(" ,")
    starts = [m.start() for m in _WORD_START.finditer(clause) if clause[m.start()].isupper()
              and AGENCY_AT_START.match(clause[m.start():]) and not _COLLECTIVE.match(clause, m.start())]
    # the first whose name runs to the initials (not "Giao Sở Y tế" of "Giao Sở Y tế chủ trì, phối hợp Trung tâm Kiểm
    # soát bệnh tật tỉnh (sau đây gọi tắt là CDC)"), else the last (a committee named by its task: "Kiện toàn Ban Chỉ
    # đạo phát triển lâm nghiệp bền vững tỉnh X")
    # (from where the name itself starts: "Ủy ban nhân dân tỉnh giao Ban Quản lý dự án ... tỉnh (sau đây gọi tắt là Ban
    # QLDA)" names the board, not the committee that hands it the task; round G62)
    whole = next((i + where[0] for i in starts
                  if (where := leading_agency(clause[i:])) and where[1] == len(clause) - i), None)
    at = whole if whole is not None else (starts[-1] if starts else None)
    if at is None:
        return None
    name = _LEADING.sub("", clause[at:])
    return name if len(name.split()) <= 20 else None


def definitions_in(text: str) -> dict[str, str]:
    """Abbreviations a document defines in parentheses: {"BVTE": "bảo vệ trẻ em"}.
    Finds each "(ABBR)" first and reads the words before it (a scan from every letter
    for a phrase that ends in one is slow on long documents); and a body's initials
    defined in words after its name, "(sau đây gọi tắt là BCĐ)" (_DEFINED_AS). Read once a text (the record's
    agencies, the activities and the responsibilities each ask of the same document); a copy each time."""
    return dict(_definitions_in(text))


@functools.lru_cache(maxsize=4)
def _definitions_in(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for m in _DEFINED_AS.finditer(text):
        if name := _named_before(text[max(0, m.start() - 160): m.start()]):
            found.setdefault(m.group(1), name)
    for m in _DEFINED_SHORT.finditer(text):
        short = " ".join(m.group(1).split())
        if short in found or _INITIALS_WORD.search(short):
            continue
        name = _named_before(text[max(0, m.start() - 160): m.start()])
        if name and name != short and name.lower().startswith(short.lower() + " "):
            found[short] = name  # "Trung tâm ... tỉnh X (sau đây gọi tắt là Trung tâm)": the head of its own name
    for m in _ABBR_IN_PARENS.finditer(text):
        abbr = m.group(1)
        before = text[max(0, m.start() - 90): m.start()]
        phrase = _PHRASE_TAIL.search(before)
        if not phrase:
            continue
        words = phrase.group(0).split()
        if len(abbr) <= len(words):
            candidate = " ".join(words[-len(abbr):])
            initials = "".join(w[0].upper() for w in candidate.split())
            if initials.replace("Đ", "D") == abbr.replace("Đ", "D"):
                found.setdefault(abbr, candidate)
    return found


def expand(text: str, extra: dict[str, str] | None = None) -> str:
    """Abbreviations spelled out: the document's own definitions first ("quản lý dự án (QLDA)"), as
    it writes them, then the table's."""
    if extra:
        for abbr, full in extra.items():
            if not _INITIALS_WORD.search(abbr):
                text = full if text == abbr else text  # a short name in words names the body only as a whole name
                continue
            text = _with_level(_defined(abbr, full), full, text)
    return _ABBREV_RE.sub(lambda m: _lookup(m.group(1)), text)


# the level (and the place) a defined body's whole name ends with: "Ban Chỉ đạo ... tỉnh Nam Hà", "Trung tâm Y tế huyện"
_NAME_LEVEL = re.compile(r"\s(" + _LEVEL_WORD + r")((?:\s+[A-ZĐ][\wĐđ]*)*)$")


def _with_level(pattern: re.Pattern, full: str, text: str) -> str:
    """`text` with a defined body's initials (`pattern`) spelled out as `full`, its whole name; a level word written
    after the initials ("BCĐ tỉnh", "TTYT huyện") is the body's level: the whole name once when it ends with that level
    already ("Ban Chỉ đạo ... tỉnh Nam Hà (sau đây gọi tắt là BCĐ)" / "BCĐ tỉnh"), the body of another level when it
    ends with another ("BCĐ huyện": "Ban Chỉ đạo ... huyện"), the level added to a name without one ("BQL dự án tỉnh";
    round G66)."""
    own = _NAME_LEVEL.search(full)
    if own is None:
        return pattern.sub(lambda m: full, text)
    with_level = _leveled(pattern.pattern)

    def spelled(m: re.Match) -> str:
        if m.group("level") is None:
            return full
        if m.group("level") == own.group(1):
            return full
        return full[: own.start()] + " " + m.group("level") + m.group("place")
    return with_level.sub(spelled, text)


@functools.lru_cache(maxsize=512)
def _leveled(initials: str) -> re.Pattern:
    """A defined body's initials' pattern with the level word (and the place) that may follow them."""
    return re.compile(initials + r"(?:\s+(?P<level>(?:các\s+)?" + _LEVEL_WORD + r")(?!\w)(?P<place>(?:\s+[A-ZĐ][\wĐđ]*)*))?")


@functools.lru_cache(maxsize=512)
def _defined(abbr: str, full: str = "") -> re.Pattern:
    """The pattern of an abbreviation a document defines, as a word of its own (made once); with the kind of body its
    whole name opens with, when it is written before the initials too ("Trung tâm IOC" for "Trung tâm giám sát, điều
    hành ... (sau đây gọi tắt là IOC)": the whole name once, not "Trung tâm Trung tâm giám sát ..."; round G60)."""
    words = full.split()
    kinds = [re.escape(" ".join(words[:n])) for n in (3, 2, 1) if len(words) > n and full[:1].isupper()]
    kind = r"(?:(?:" + "|".join(kinds) + r")\s+)?" if kinds else ""
    return re.compile(r"(?<![\wĐđ])" + kind + re.escape(abbr) + r"(?![\wĐđ])")


# The initials of bodies the document being read defines ("(sau đây gọi tắt là IOC)"), which then name the body alone:
# "1. IOC" over its duties, "(IOC chủ trì, phối hợp ...)" after a task (round G60). Set by the extractors that read
# agencies (document_initials), empty otherwise.
_INITIALS: contextvars.ContextVar[re.Pattern | None] = contextvars.ContextVar("document_initials", default=None)


@contextlib.contextmanager
def document_initials(definitions: dict[str, str]):
    """While reading one document: its defined initials open a body's name (initials_at_start)."""
    bodies = sorted((abbr for abbr, full in definitions.items()
                     if " " in abbr or (full[:1].isupper() and AGENCY_AT_START.match(full))), key=len, reverse=True)
    pattern = (re.compile(r"^" + _ASSIGN + r"(?:" + "|".join(map(re.escape, bodies)) + r")(?![\wĐđ])") if bodies
               else None)
    token = _INITIALS.set(pattern)
    try:
        yield
    finally:
        _INITIALS.reset(token)


def initials_at_start(text: str) -> bool:
    """Whether `text` opens with the initials of a body the document defined (document_initials)."""
    pattern = _INITIALS.get()
    return bool(pattern and pattern.match(text))


def opens_agency(text: str) -> bool:
    """Whether `text` opens with a body's name: AGENCY_AT_START, or the initials the document defined for a body."""
    return bool(AGENCY_AT_START.match(text)) or initials_at_start(text)


def initials_key() -> str:
    """The defined initials in force, for a cache of what leading_agency finds ("" when none)."""
    pattern = _INITIALS.get()
    return pattern.pattern if pattern else ""


# the table by its abbreviations with the spaces around dashes gone ("LĐ - TB&XH" -> "LĐ-TB&XH"),
# the first one written for a form winning, as a scan of the table in order would find it
_BY_FORM: dict[str, str] = {}
for _abbr, _full in ABBREVIATIONS.items():
    _BY_FORM.setdefault(_DASH.sub("-", _abbr), _full)


def _lookup(written: str) -> str:
    return _BY_FORM.get(_DASH.sub("-", " ".join(written.split())), written)


_COMMA = re.compile(r"\s*,\s*")
_AMPERSAND = re.compile(r"\s*&\s*")
_NOT_WORD = re.compile(r"[^\w\s]")


def canonical(name: str, extra: dict[str, str] | None = None) -> str:
    """One full form of an agency name: "Sở LĐ-TB&XH" -> "Sở Lao động - Thương binh và Xã hội"."""
    return _canonical(name, tuple(extra.items()) if extra else ())


@functools.lru_cache(maxsize=4096)
def _canonical(name: str, extra: tuple[tuple[str, str], ...]) -> str:
    """canonical, remembered: a document names its agencies again and again, and the
    agencies, the agency keys and the issuer ask for the same names."""
    text = normalize_line(name).strip(" .;,:-")
    text = _LEADING.sub("", text)
    text = _strip_predicate(_TRAILING.sub("", text)).strip(" .;,:")
    text = expand(text, dict(extra))
    text = _DASH.sub(" - ", text)
    text = _COMMA.sub(", ", text)
    text = _AMPERSAND.sub(" và ", text)
    text = " ".join(text.split())
    return text[:1].upper() + text[1:] if text else text


def key(name: str) -> str:
    """Comparison key for deduplication: canonical, casefolded, punctuation-free."""
    text = canonical(name).casefold()
    return " ".join(_NOT_WORD.sub(" ", text).split())


def _strip_predicate(name: str) -> str:
    """A name without what the agency does ("UBND các xã triển khai"), but with its passive
    clause ("Các đơn vị được giao nhiệm vụ theo dõi")."""
    m = _PREDICATE.search(name)
    if m and not _PASSIVE.search(name[: m.start() + 1]):
        return name[: m.start()]
    return name


def _load_comma_fields() -> frozenset[str]:
    with resources.files("normalizers").joinpath("data/comma_fields.csv").open(encoding="utf-8") as fh:
        return frozenset(row["field"].lower() for row in csv.DictReader(fh))


# fields of a unit's name that hold a comma: "Văn hóa, Thể thao và Du lịch" (data/comma_fields.csv)
COMMA_FIELDS = _load_comma_fields()
_COMMA_FIELD_PARTS = max(f.count(",") for f in COMMA_FIELDS) + 1


def _fields(listed: str) -> list[str]:
    """The fields of "các Sở: Văn hóa, Thể thao và Du lịch, Tài chính, Y tế", parted at the
    commas but for a field whose name holds one: ["Văn hóa, Thể thao và Du lịch", "Tài chính", "Y tế"]."""
    parts = [x.strip() for x in listed.split(",") if x.strip()]
    out = []
    i = 0
    while i < len(parts):
        n = next((n for n in range(min(_COMMA_FIELD_PARTS, len(parts) - i), 1, -1)
                  if ", ".join(parts[i:i + n]).lower() in COMMA_FIELDS), 1)
        out.append(", ".join(parts[i:i + n]))
        i += n
    return out


def split_agencies(text: str) -> list[str]:
    """An agency list as written, cut into names (not canonicalized). A head stands for
    the agency ("Giám đốc Sở Y tế" is Sở Y tế) and "các Sở: A, B" names Sở A and Sở B."""
    return list(_split(text, initials_key()))


# "UBND huyện (giao Phòng Nội vụ)": the body a bracket says the one before it gives the work to
# ("giao", "giao cho", "giao:": the words that give a task, in a bracket here and alone in one: activities.GIVEN_IN_BRACKET)
GIVEN_WORDS = r"giao(?:\s+cho)?\s*:?\s+"
_GIVEN_TO = re.compile(r"\s*\(\s*" + GIVEN_WORDS + r"([^()]+?)\s*\)", re.I)


def _given_to(text: str) -> tuple[str, ...] | None:
    """The names of a list in which a body gives its work to others in a bracket after its name: those others stand in
    its place ("Sở Y tế; UBND huyện (giao Phòng Y tế, Trung tâm Y tế huyện)" names Sở Y tế, Phòng Y tế and Trung tâm Y
    tế huyện); None when no bracket does (not "(giao thông)", "(giao ban tháng)": words that name no body)."""
    m = next((m for m in _GIVEN_TO.finditer(text) if opens_agency(m.group(1))), None)
    if m is None:
        return None
    key = initials_key()
    before, given = _split(text[: m.start()], key), _split(m.group(1), key)
    if not before or not given or not all(opens_agency(n) for n in given):
        return None
    return before[:-1] + given + _split(text[m.end():], key)


@functools.lru_cache(maxsize=4096)
def _split(text: str, initials: str = "") -> tuple[str, ...]:
    """split_agencies, cached: plans repeat their agency lists. `initials`: the defined initials in force
    (initials_key), a part of the key: a bracket's body may be one a document defines ("(giao IOC)")."""
    if "(" in text and (given := _given_to(text)) is not None:
        return given
    text = GOVERNMENT_HEADS.sub(GOVERNMENT_BODIES, normalize_line(text)).strip(" .;")
    text = _DISTRIBUTIVE.sub(lambda m: "; ".join(x if m.group(2) and AGENCY_AT_START.match(x) else f"{_capital(m.group(1))} {x}"
                                                 for x in _fields(m.group(3))), text)
    parts = [p.strip(" .;,") for p in _SPLIT.split(text) if p and p.strip(" .;,")]
    out = []
    for p in parts:
        # (a cell's list marks: "- Cục X, Bộ Công an; - Sở Y tế", its lines joined with "; ")
        p = _LEADING.sub("", _CELL_LIST_MARK.sub("", p))
        p = LEADER.sub("", _HAMLET_HEAD.sub("các ", p))  # ("Trưởng thôn, ấp" is "Trưởng các thôn, ấp")
        p = _strip_predicate(_TRAILING.sub("", p)).strip(" .;,")
        if len(p) >= 3:
            out.append(p)
    return tuple(_share_level(text, _join_hierarchy(text, out)))


# "Phòng 5, Cục Cảnh sát ..., Bộ Công an" and "Vụ Pháp chế, Bộ Tư pháp" name one unit by its
# parents: a Phòng before a Cục, a Cục or Vụ before a Bộ
_CHILD_PARENT = (("Phòng ", ("Cục ", "Tổng cục ")), ("Cục ", ("Bộ ",)), ("Vụ ", ("Bộ ",)), ("Tổng cục ", ("Bộ ",)))


def _join_hierarchy(text: str, names: list[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        prev = out[-1] if out else ""
        last = prev.rsplit(", ", 1)[-1]
        if prev and any(last.startswith(child) and name.startswith(parents) for child, parents in _CHILD_PARENT) \
                and re.search(re.escape(last) + r"\s*,\s*" + re.escape(name), text):
            out[-1] = f"{prev}, {name}"
        else:
            out.append(name)
    return out


_HAS_LEVEL = re.compile(r"\b(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn)\b")  # "... tỉnh"


# the bodies a level word names at their end ("Hội Nông dân tỉnh", "Liên đoàn Lao động huyện", "Công an xã"), which a
# list of them may write once after its last ("Hội Nông dân, Hội Cựu chiến binh tỉnh"); not a Sở or a Phòng, whose names
# stand without one ("Sở Giáo dục và Đào tạo, Công an tỉnh" names Sở Giáo dục và Đào tạo)
# (and a commune's Party committee before its Front: "Đảng ủy, Ủy ban MTTQ Việt Nam xã"; round G52)
_LEVELLED = re.compile(r"(?:Hội|Công đoàn|Liên đoàn Lao động|Liên minh Hợp tác xã|Ủy ban Mặt trận Tổ quốc|Ủy ban MTTQ|Đoàn Thanh niên|"
                       r"Đoàn TNCS|Công an|Ban Chỉ huy Quân sự|Bộ Chỉ huy Quân sự|Đảng ủy)(?!\w)(?!\s+đồng)")


# a school's or a college's own bodies, named by the word "trường" after them: "Công đoàn, Đoàn Thanh niên trường"
_SCHOOL_END = re.compile(r"\s(trường)$")


def _share_level_list(text: str, names: list[str]) -> list[str]:
    """"Đề nghị Hội Nông dân, Hội Cựu chiến binh tỉnh ...": the level word after the last of a run of bodies that take
    one (_LEVELLED), none written with its own, belongs to each of them (the run as written: names apart by a comma or
    "và" only)."""
    out = list(names)
    for i in range(len(out) - 1, 0, -1):
        level = _LEVEL_END.search(out[i]) or _SCHOOL_END.search(out[i])
        if not level or not _LEVELLED.match(out[i]):
            continue
        k = i
        while (k > 0 and _LEVELLED.match(out[k - 1]) and not _HAS_LEVEL.search(out[k - 1])
               and not out[k - 1].endswith("Việt Nam")
               and re.search(re.escape(out[k - 1]) + r"(?:\s*,\s*|\s+và\s+)" + re.escape(out[k]), text)):
            k -= 1
        for j in range(k, i):
            out[j] = f"{out[j]} {level.group(1)}"
    return out


# bodies whose names stand without a level word: a ministry's, a province's department's, a directorate's
# ("Sở Công Thương và các đoàn thể chính trị - xã hội tỉnh" names Sở Công Thương)
_NO_LEVEL = re.compile(r"(?:Bộ|Sở|Tổng cục|Cục|Vụ)\s")


# a People's Council's own organs with no owner named ("các Tổ đại biểu", "Thường trực") before its members or organs
# named with it once, after the last: "các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh" (round G58); its committees
# too, "các Ban", among its organs ("Thường trực Hội đồng nhân dân tỉnh, các Ban và đại biểu Hội đồng nhân dân tỉnh":
# the council's Ban, round G60; not "các Ban và Ủy ban nhân dân xã", no council after them)
_COUNCIL_ORGAN = re.compile(r"^(?:[Cc]ác\s+)?(?:Tổ đại biểu|Thường trực|Ban)$")
_COUNCIL_OWNER = re.compile(r"\s((?:Hội đồng nhân dân|HĐND)\s+" + _LEVEL_WORD + r")$")
# (or the council's standing committee named whole right before its bare "các Ban", the list ending there:
# "Thường trực Hội đồng nhân dân huyện, các Ban giám sát ...")
_COUNCIL_STANDING = re.compile(r"^Thường trực\s+((?:Hội đồng nhân dân|HĐND)\s+" + _LEVEL_WORD + r")$")
_BARE_BAN = re.compile(r"^(?:[Cc]ác\s+)?Ban$")


def _share_council(text: str, names: list[str]) -> list[str]:
    """The council named after the last of a run of its organs ("Thường trực, các Tổ đại biểu và đại biểu Hội đồng
    nhân dân tỉnh") owns each organ of the run written without it (_COUNCIL_ORGAN; names apart by a comma or "và"
    only); so does the council whose standing committee is named whole right before a bare "các Ban"."""
    out = list(names)
    for i in range(len(out) - 2, -1, -1):
        owner = _COUNCIL_OWNER.search(out[i + 1])
        if owner and _COUNCIL_ORGAN.match(out[i]) and re.search(
                re.escape(out[i]) + r"(?:\s*,\s*|\s+và\s+)" + re.escape(names[i + 1]), text):
            out[i] = f"{out[i]} {owner.group(1)}"
    owner = None  # (and the bare organs that follow "các Ban" there: "..., các Ban, các Tổ đại biểu giám sát"; G62)
    for i in range(1, len(out)):
        joined = re.search(re.escape(names[i - 1]) + r"(?:\s*,\s*|\s+và\s+)" + re.escape(names[i]), text)
        if joined and _BARE_BAN.match(out[i]) and (standing := _COUNCIL_STANDING.match(out[i - 1])):
            owner = standing.group(1)
        elif not (joined and owner and _COUNCIL_ORGAN.match(out[i]) and out[i - 1].endswith(owner)):
            owner = None
        if owner:
            out[i] = f"{out[i]} {owner}"
    return out


def _share_level(text: str, names: list[str]) -> list[str]:
    """"Ủy ban MTTQ Việt Nam và các đoàn thể chính trị - xã hội tỉnh": the level word at
    the end of a "X và các Y tỉnh" pair belongs to both names; so does a council's name after
    its organs (_share_council)."""
    out = _share_council(text, _share_level_list(text, names))
    for i in range(len(out) - 1):
        if not out[i + 1].startswith("các ") or len(out[i + 1].split()) < 3:  # the cheap tests first
            continue
        level = _LEVEL_END.search(out[i + 1])
        if level and not _HAS_LEVEL.search(out[i]) and not _NO_LEVEL.match(out[i]) and re.search(
                re.escape(out[i]) + r"\s+và\s+" + re.escape(out[i + 1]), text):
            out[i] = f"{out[i]} {level.group(1)}"
    return out


# the lead of an assignment sentence: "X chủ trì", "X là cơ quan chủ trì"
# (an investor leads the works it is given: "Giao Ban Quản lý dự án ... làm chủ đầu tư, phối hợp với ...")
# (or the focal point it is made: "Giao Sở Tài chính làm đầu mối, phối hợp với ...", "X là cơ quan đầu mối")
_CHAIRS = re.compile(r"\s*,?\s*(?:là\s+(?:cơ quan|đơn vị)\s+)?(?:(?<![Hh]ội )đồng\s+(?=chủ trì))?(?:chủ trì|(?:làm|là) chủ đầu tư|"
                     r"(?:làm|là)\s+(?:cơ quan\s+|đơn vị\s+)?đầu mối)(?!\s*:)(?!\w)")
# its partners: "phối hợp với Y ...", or "; Y phối hợp"
_WITH = re.compile(r"(?:phối hợp|phối kết hợp)(?:\s+chặt chẽ)?\s+với\s+")
# ("Y - phối hợp", "Y là cơ quan phối hợp")
_PARTNERS_FIRST = re.compile(r"^[\s,;]*(?:(?:tổ chức\s+)?(?:thực hiện|triển khai)\s*[,;]\s*)?(.+?)(?:\s+[-–])?(?:\s+là\s+(?:cơ quan|đơn vị))?\s+(?:cùng\s+)?phối hợp(?!\s+với)(?!\w)")
# right after the lead's "chủ trì", its partners with no "với": "X chủ trì, phối hợp Sở Nội vụ, Công an tỉnh"
# (a name must follow: "chủ trì, phối hợp tổ chức ..." names none)
# the partners named after a label once the task is said: "X chủ trì hướng dẫn ...; phối hợp: Y, Z", "... Đơn vị phối
# hợp: Y"
_WITH_LABEL = re.compile(r"[;.,]\s*(?:(?:[Cc]ơ quan|[Đđ]ơn vị)\s+)?[Pp]hối hợp(?:\s+thực hiện)?\s*:\s*")
# (or after a semicolon: "X chủ trì; phối hợp Trung tâm Y")
_WITH_BARE = re.compile(r"^\s*[,;]?\s*(?:phối hợp|phối kết hợp)(?:\s+chặt chẽ)?\s+(?!với\b)")


# a role written after each name: "Sở Tư pháp (chủ trì); Sở Nội vụ, Công an tỉnh (phối hợp)"
# (or by a task matrix's codes: "Sở Y tế (CT); Sở Công Thương, Công an tỉnh (PH)")
_MARKED = re.compile(r"\(\s*(chủ trì|phối hợp|phối kết hợp|(?-i:CT|PH))\s*\)", re.I)


def _leads(mark: re.Match) -> bool:
    """Whether a role mark in brackets is the lead's ("chủ trì", "CT")."""
    return mark.group(1).lower().startswith("chủ") or mark.group(1) == "CT"


def _marked_roles(body: str) -> tuple[list[str], list[str]]:
    """(lead, partner) of a list whose names carry their role in brackets; the names
    before a marker take its role, the names after the last one are partners. With no lead
    marked, the groups before the first partner marker's own group (";" parts) lead:
    "Bệnh viện Đa khoa tỉnh; Trung tâm Kiểm soát bệnh tật (phối hợp)"."""
    lead: list[str] = []
    partner: list[str] = []
    at = 0
    marks = list(_MARKED.finditer(body))
    if marks and not any(_leads(m) for m in marks) and ";" in body[: marks[0].start()]:
        at = body.rfind(";", 0, marks[0].start()) + 1
        lead = split_agencies(body[: at - 1])
    for m in marks:
        (lead if _leads(m) else partner).extend(split_agencies(body[at:m.start()]))
        at = m.end()
    rest = body[at:].strip(" .;,")
    if rest and opens_agency(rest):
        partner += split_agencies(rest)
    return lead, partner


# what may follow an assignment's names and names no agency: a field ("; thời gian: năm 2026",
# ", kinh phí: 200 triệu đồng") or a time (", Quý II/2026", "; năm 2026", " - tháng 6/2026")
_FIELD_TAIL = re.compile(r"\s*(?:[;,]|\s[-–])\s*(?:(?:thời gian|thời hạn|tiến độ|kinh phí|sản phẩm|kết quả|nguồn vốn|"
                         r"nguồn kinh phí)(?:\s+[^\W\d]+){0,3}\s*:|(?:(?:trong|từ|trước|đến|hoàn thành)\s+)*"
                         r"(?:(?:năm|quý|tháng|ngày)\s+[\dIVX]|(?:\d{1,2}/){1,2}(?:19|20)\d{2}\b|(?:19|20)\d{2}\b)).*$", re.I)


def without_fields(text: str) -> str:
    """An assignment without the fields and times written after its names: "Sở Y tế chủ
    trì, phối hợp với Sở Tài chính; thời gian: năm 2026" -> "... với Sở Tài chính"."""
    return _FIELD_TAIL.sub("", text)


# the rest of a listed partner's name that reads like a predicate, up to the next one ("phối hợp với Khoa Hồi sức tích
# cực - Chống độc, Khoa Nội tổng hợp và Phòng Điều dưỡng": "tích cực", "tổng hợp" end no subject): a few words in lower
# case (and a part after a dash), then a comma or "và" and the next body
_LISTED_TAIL = re.compile(r"(?:\s+[^\W\d" + UPPER + r"][\w]*){1,4}(?:\s+-\s+[" + UPPER + r"]\w*(?:\s+[^\W\d" + UPPER
                          + r"]\w*){0,3})?\s*(?:,|\s+và)\s+")


def _partners(after: str) -> list[str]:
    """The partners a text after "phối hợp với" names: the body that opens it, and each listed after it, a comma or
    "và" apart, even where a name's words in lower case read like a predicate (_LISTED_TAIL)."""
    found = leading_agency(after)
    if not found:
        return []
    end = found[1]
    while (m := _LISTED_TAIL.match(after, end)) and opens_agency(after[m.end():]) \
            and (more := leading_agency(after[m.end():])):
        end = m.end() + more[1]
    return split_agencies(after[found[0]:end])


def roles_in(text: str) -> tuple[list[str], list[str]] | None:
    """(lead, partner) of an assignment sentence, or None when `text` is not one:
    "Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện", "Giao Sở Y tế chủ trì; các
    sở, ngành phối hợp", "Sở Y tế phối hợp với Công an tỉnh triển khai", "Sở Tư pháp (chủ
    trì); Sở Nội vụ (phối hợp)"."""
    body = without_fields(_LEADING.sub("", normalize_line(text).strip(" .;")))
    if "(" in body and _MARKED.search(body) and opens_agency(body):
        return _marked_roles(body)
    chairs = _CHAIRS.search(body)
    with_ = _WITH.search(body)
    if chairs:
        lead_text, rest = body[: chairs.start()], body[chairs.end():]
    elif with_ and with_.start() > 0:
        lead_text, rest = body[: with_.start()], body[with_.start():]
    else:
        return None
    if not opens_agency(lead_text.strip()):
        return None
    found = leading_agency(lead_text.strip())
    lead = split_agencies(lead_text.strip()[found[0]:found[1]] if found else lead_text)
    partner: list[str] = []
    if m := _WITH.search(rest):
        partner = _partners(rest[m.end():].strip())
    elif chairs and (m := _WITH_BARE.match(rest)) and opens_agency(rest[m.end():].strip()):
        partner = _partners(rest[m.end():].strip())
    elif (m := _PARTNERS_FIRST.match(rest)) and opens_agency(m.group(1).strip()):
        partner = split_agencies(m.group(1))
    elif (m := _WITH_LABEL.search(rest)) and opens_agency(after := rest[m.end():].strip(" .;")):
        partner = split_agencies(re.split(r"\s*[;.]\s+", after)[0])
    return lead, partner


# the collective of a plan's own boards and branches named with no level word: "Các Ban, ngành", "các ban, ngành, đoàn
# thể" (the kind of body before "ban" would say the level: "các sở, ban, ngành" a province's, "các phòng, ban, ngành" a
# district's; and "các Ban, ngành, đoàn thể xã", "các ban, ngành liên quan" say it or limit it themselves)
_BARE_BRANCHES = re.compile(r"^[Cc]ác\s+[Bb]an\s*,?\s*ngành(?:\s*,?\s*đoàn\s+thể)?$")
# the level word of an issuing council or committee: "Ủy ban nhân dân huyện Phù Lâm" -> "huyện", "Đảng ủy xã X" -> "xã"
_ISSUER_LEVEL = re.compile(r"^(?:Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|UBND|HĐND|Đảng ủy|Đảng uỷ)\s+"
                           r"(tỉnh|thành phố|thị xã|huyện|quận|xã|phường|thị trấn)\b", re.I)
# ... and of a Party committee named by its level: "Huyện ủy Krông Pha" -> "huyện", "Thành ủy X" -> "thành phố"
_PARTY_LEVEL = re.compile(r"^(?:Ban Thường vụ\s+)?(Tỉnh|Huyện|Thị|Thành|Quận)\s+(?:ủy|uỷ)\b")
_PARTY_LEVELS = {"Tỉnh": "tỉnh", "Huyện": "huyện", "Thị": "thị xã", "Thành": "thành phố", "Quận": "quận"}


def with_issuer_level(name: str, issuer: str | None) -> str:
    """A bare "các Ban, ngành" (", đoàn thể") the level of the council or committee that issues the document: a
    district's plan's "Các Ban, ngành, đoàn thể" is "Các Ban, ngành, đoàn thể huyện", a commune's "các Ban, ngành"
    "các Ban, ngành xã" (round G62); any other name, or an issuer of no such level, as it is."""
    if not issuer or not _BARE_BRANCHES.match(name):
        return name
    if level := _ISSUER_LEVEL.match(issuer):
        return f"{name} {level.group(1).lower()}"
    party = _PARTY_LEVEL.match(issuer)
    return f"{name} {_PARTY_LEVELS[party.group(1)]}" if party else name
