"""HTML reader (beautifulsoup4 + lxml): site furniture dropped, tables kept as grids.

Scraped legal sites wrap a document in search boxes, menus, download buttons,
visitor counters and a metadata panel ("Số hiệu:", "Loại văn bản:"). The panel is
read into `metadata`; the rest is dropped.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from extractors.formats.base import RawBlock, RawDocument, ReadError, is_layout_table, layout_table_blocks, roman
from extractors.formats.text import decode

_DROP_TAGS = ("script", "style", "noscript", "nav", "form", "header", "footer", "aside", "iframe",
              "svg", "button", "input", "select", "textarea", "template", "object", "embed")
# class/id words of site furniture: "header", "menu", "search", "footer", "breadcrumb" ...
_FURNITURE = re.compile(r"(?:^|[\s_-])(?:header|footer|menu|nav|navbar|search|breadcrumbs?|sidebar|banner|"
                        r"social|share|comment|comments|related|tabs|toolbar|counter|advert|ads)(?:$|[\s_-])", re.I)
_METADATA = re.compile(r"attribute|thuoc-?tinh|properties|metadata|doc-?info", re.I)
_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "dt", "dd"}
_CONTAINER_TAGS = {"div", "section", "article", "main", "body", "ul", "ol", "dl", "center", "span", "font", "td"}
_LABEL = re.compile(r"^\s*([^:]{2,40}):\s*(.*)$")


_BLOCKS_INSIDE = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr"}


def _text(el: Tag) -> str:
    """Text of an element with <br> and the ends of block elements inside it as line
    breaks, inline tags joined."""
    # one pass over the descendants (bs4's find_all builds a filter per call: slow here)
    for tag in [t for t in el.descendants if isinstance(t, Tag)]:
        if tag.name == "br":
            tag.replace_with("\n")
        elif tag.name in _BLOCKS_INSIDE:
            tag.append("\n")
    parts = []
    for s in el.strings:
        parts.append(s)
    text = "".join(parts)
    return "\n".join(" ".join(line.split()) for line in text.split("\n")).strip("\n")


def _own_rows(table: Tag) -> list[Tag]:
    return [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]


def _is_wrapper(table: Tag) -> bool:
    """A table used to lay out a page: it holds another table, or a cell holds several
    paragraphs or headings."""
    if table.find("table") is not None:
        return True
    blocks = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol"}
    for tr in _own_rows(table):
        for cell in (c for c in tr.children if isinstance(c, Tag) and c.name in ("td", "th")):
            if sum(1 for c in cell.children if isinstance(c, Tag) and c.name in blocks) >= 3:
                return True
    return False


def table_grid(table: Tag) -> list[list[str]]:
    """Rows of cell texts with rowspan and colspan resolved (a merged cell's text is
    repeated over every grid position it covers)."""
    grid: dict[tuple[int, int], str] = {}
    rows = _own_rows(table)
    width = 0
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr.find_all(["td", "th"], recursive=False):
            while (r, c) in grid:
                c += 1
            text = _text(cell)
            try:
                rowspan = max(1, min(int(cell.get("rowspan", 1) or 1), 500))
                colspan = max(1, min(int(cell.get("colspan", 1) or 1), 100))
            except ValueError:
                rowspan = colspan = 1
            for dr in range(rowspan):
                for dc in range(colspan):
                    grid[(r + dr, c + dc)] = text
            c += colspan
            width = max(width, c)
    height = max((r for r, _ in grid), default=-1) + 1
    return [[grid.get((r, c), "") for c in range(width)] for r in range(min(height, len(rows)))]


def _metadata(el: Tag) -> dict:
    """Label/value pairs of a metadata panel: "Số hiệu:" | "787/KH-UBND"."""
    cells = [_text(c) for c in el.find_all(["td", "th", "li", "p", "span", "div"]) if not c.find(["td", "li", "p", "div"])]
    meta: dict[str, str] = {}
    i = 0
    while i < len(cells):
        m = _LABEL.match(cells[i])
        if m and m.group(2).strip():
            meta[m.group(1).strip()] = m.group(2).strip()
        elif m and i + 1 < len(cells) and not _LABEL.match(cells[i + 1]):
            meta[m.group(1).strip()] = cells[i + 1].strip()
            i += 1
        i += 1
    return meta


def _is_furniture(el: Tag) -> bool:
    words = " ".join(el.get("class", []) or []) + " " + (el.get("id") or "")
    return bool(_FURNITURE.search(words))


_INLINE_TAGS = {"b", "i", "u", "strong", "em", "span", "font", "a", "sup", "sub", "small", "big", "mark", "s", "strike"}


def _walk(el: Tag, blocks: list[RawBlock], counter: list[int]) -> None:
    # text and inline tags directly in a container are lines that <br> and block
    # elements end: "<div>ỦY BAN<br><b>KẾ HOẠCH</b><br>Phòng chống <i>dịch</i></div>"
    line: list[str] = []

    def flush():
        text = " ".join("".join(line).split())
        line.clear()
        if text:
            counter[0] += 1
            blocks.append(RawBlock("paragraph", text, {"element": counter[0]}))

    for child in el.children:
        if isinstance(child, NavigableString):
            if el.name in _CONTAINER_TAGS or line:
                line.append(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name == "br":
            flush()
            continue
        if name in _INLINE_TAGS and not child.find(list(_BLOCK_TAGS | {"table", "br", "div"})) \
                and not (child.get("class") and "footnote" in " ".join(child.get("class"))):
            line.append(child.get_text())
            continue
        flush()
        counter[0] += 1
        loc = {"element": counter[0]}
        if name == "table" and _is_wrapper(child):
            # a page laid out in a table: its cells hold paragraphs and tables of their own
            for cell in (c for tr in _own_rows(child) for c in tr.find_all(["td", "th"], recursive=False)):
                _walk(cell, blocks, counter)
            continue
        if name == "table":
            rows = table_grid(child)
            if not rows:
                continue
            if is_layout_table(rows):
                blocks.extend(layout_table_blocks(rows, loc))
            else:
                blocks.append(RawBlock("table", rows=rows, location=loc))
        elif name in _BLOCK_TAGS:
            if child.find("table"):
                _walk(child, blocks, counter)
                continue
            text = _text(child)
            if not text.strip():
                continue
            if name[0] == "h" and name[1:].isdigit():
                blocks.append(RawBlock("heading", text, loc, level=int(name[1])))
            elif name == "li":
                blocks.append(RawBlock("list_item", _list_label(child, text), loc))
            else:
                # "<p>I. MỤC TIÊU<br>1. Mục tiêu chung<br>...</p>": each line is a block, as
                # in a text file, so that numbered lines start outline nodes
                for part in text.split("\n"):
                    if part.strip():
                        blocks.append(RawBlock("paragraph", part, loc))
        elif child.get("class") and "footnote" in " ".join(child.get("class")):
            text = _text(child)
            if text.strip():
                blocks.append(RawBlock("footnote", text, loc))
        else:
            _walk(child, blocks, counter)
    flush()


def _list_label(li: Tag, text: str) -> str:
    """A list item with the label a browser draws: "2." in an <ol>, "b." in <ol type="a">,
    "-" in a <ul>; a label the text already has is kept as it is."""
    parent = li.parent
    stripped = text.lstrip()
    if parent is None or parent.name not in ("ol", "ul") or re.match(r"^(?:[-+•*]|\w{1,4}[.)])\s", stripped):
        return text
    if parent.name == "ul":
        return f"- {stripped}"
    try:
        start = int(parent.get("start") or 1)
    except ValueError:
        start = 1
    n = start + sum(1 for s in li.find_previous_siblings("li"))
    kind = parent.get("type") or "1"
    if kind in ("a", "A"):
        label = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
        label = label.upper() if kind == "A" else label
    elif kind in ("i", "I"):
        label = roman(n) if kind == "I" else roman(n).lower()
    else:
        label = str(n)
    return f"{label}. {stripped}"


def read(data: bytes, path: str) -> RawDocument:
    text, encoding = decode(data)
    if "<" not in text[:4096] and "<" not in text:
        raise ReadError("the file has no HTML markup")
    soup = BeautifulSoup(text, "lxml")
    metadata: dict = {}
    for el in soup.find_all(lambda t: isinstance(t, Tag) and t.attrs is not None and bool(
            _METADATA.search(" ".join(t.get("class", []) or []) + " " + (t.get("id") or "")))):
        if el.decomposed:
            continue
        metadata.update(_metadata(el))
        el.decompose()
    for el in soup.find_all(_DROP_TAGS):
        el.decompose()
    for el in soup.find_all(lambda t: isinstance(t, Tag) and t.attrs is not None and _is_furniture(t)):
        if not el.decomposed and el.name not in ("body", "html"):
            el.decompose()
    root = soup.body or soup
    blocks: list[RawBlock] = []
    _walk(root, blocks, [0])
    if not blocks:
        raise ReadError("the HTML page holds no document text once site furniture is removed")
    return RawDocument(blocks, encoding=encoding, metadata=metadata)
