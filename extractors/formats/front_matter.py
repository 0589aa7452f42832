"""A static-site generator's front matter at the head of a Markdown file (Hugo, Jekyll, Hexo ...): the site's own
data about the page (its title, date, tags, a summary, the attached file), not the document. A portal that keeps its
documents as Markdown writes it as YAML between "---" lines (Jekyll also closes it with "...") or as TOML between
"+++" lines:

    ---
    title: "Kế hoạch chuyển đổi số xã ... năm 2028"
    description: "... với tổng kinh phí 1.150 triệu đồng ..."
    attachments:
      - name: "42-KH-UBND.pdf"
    ---

Read as text, its summary gives the record a second total and its keys lines of prose; the reader blanks it (the
lines kept as empty lines, so that the lines after keep their numbers). A block is front matter only when it opens
the file and each of its lines is a key (ASCII, as the generators' keys are: "title:", "date =", "[params]"), a
value's continuation (indented, or a "- " item) or blank: a document opening on a rule and its header lines
("---" / "ỦY BAN NHÂN DÂN" / "Số: 42/KH-UBND" / "---") is left as it is.
"""

from __future__ import annotations

import re

# the opening delimiter on the file's first line, and the closing one it pairs with
_OPEN = re.compile(r"\A\ufeff?(---|\+\+\+)[ \t]*\r?\n")
_CLOSE = {"---": re.compile(r"(?m)^(?:---|\.\.\.)[ \t]*\r?$"), "+++": re.compile(r"(?m)^\+\+\+[ \t]*\r?$")}
# a key line: "title:", "date: 2028-01-15", "draft = false", "[params]", "# a comment"
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*[ \t]*(?::|=)(?:[ \t]|\r?$)|\[[A-Za-z0-9_.-]+\][ \t]*\r?$|#", re.A)
_GOES_ON = re.compile(r"[ \t]|-[ \t]|\r?$")  # an indented value, a list item, a blank line
MAX_FRONT_MATTER = 8000  # characters: a page's data, not a document between two rules


def front_matter_blanked(text: str) -> str:
    """`text` without the front matter it opens on (see above), its lines left empty; `text` itself when it opens
    on none."""
    opening = _OPEN.match(text)
    if not opening:
        return text
    closing = _CLOSE[opening.group(1)].search(text, opening.end(), opening.end() + MAX_FRONT_MATTER)
    if not closing:
        return text
    lines = text[opening.end():closing.start()].split("\n")[:-1]  # (the text before the closing line ends on "\n")
    if not any(_KEY.match(line) for line in lines) or \
            not all(_KEY.match(line) or _GOES_ON.match(line) for line in lines):
        return text
    return "\n" * text.count("\n", 0, closing.end()) + text[closing.end():]
