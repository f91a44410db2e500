"""NukeViet's CKEditor HTML → the portal's StreamField blocks.

Text becomes rich text cleaned to the features editors have (so the next edit in Wagtail does
not silently change it), photos become image blocks with their captions, tables table blocks.
Links to other imported articles become page links, so they follow the page if it moves; links
to the old site's other addresses point at their new pages. YouTube and Vimeo frames become video
blocks, blockquotes quote blocks.
"""

import html as html_lib
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag

from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

from portal.blocks import RICH_TEXT_FEATURES

# Wrappers that only lay content out: their children are read as if they stood alone.
CONTAINERS = {"div", "section", "article", "center", "main", "header", "footer", "span", "font"}
BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "hr", "dl"}
QUOTE_MAX = 5000
# The players CKEditor's media embed produces, and the address the portal's video block takes.
VIDEO_PLAYERS = (
    (
        re.compile(r"^(?:www\.)?youtube(?:-nocookie)?\.com$"),
        re.compile(r"^/embed/([\w-]{6,})"),
        "https://www.youtube.com/watch?v={}",
    ),
    (re.compile(r"^(?:www\.)?youtu\.be$"), re.compile(r"^/([\w-]{6,})"), "https://www.youtube.com/watch?v={}"),
    (re.compile(r"^player\.vimeo\.com$"), re.compile(r"^/video/(\d+)"), "https://vimeo.com/{}"),
    (re.compile(r"^(?:www\.)?vimeo\.com$"), re.compile(r"^/(\d+)"), "https://vimeo.com/{}"),
)


def video_url(src):
    """The watch address of a YouTube or Vimeo player frame, or None for any other frame."""
    src = (src or "").strip()
    if src.startswith("//"):
        src = "https:" + src
    parts = urlsplit(src)
    if parts.scheme not in ("http", "https"):
        return None
    host = (parts.hostname or "").lower()
    for host_pattern, path_pattern, template in VIDEO_PLAYERS:
        if host_pattern.match(host):
            match = path_pattern.match(parts.path)
            if match:
                return template.format(match.group(1))
            if host.endswith("youtube.com") and parts.path == "/watch":
                video = dict(parse_qsl(parts.query)).get("v")
                return template.format(video) if video else None
    return None


HEADING_LEVELS = {"h1": "h3", "h2": "h3", "h5": "h4", "h6": "h4"}
CAPTION_MAX = 500
# A photo caption in NukeViet's older articles: the paragraph under the photo, all in italics.
CAPTION_PARAGRAPH_MAX = 300

_converter = None


def rich_text_converter():
    global _converter
    if _converter is None:
        _converter = EditorHTMLConverter(features=RICH_TEXT_FEATURES)
    return _converter


def plain_text(html):
    """Text of an HTML fragment (`hometext`, `introtext`): line breaks kept, tags dropped."""
    if not html:
        return ""
    soup = BeautifulSoup(html, "html.parser")
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for block in soup.find_all(["p", "div", "li"]):
        block.append("\n")
    # The parser has decoded the entities once already: decoding again would turn an editor's
    # literal “&amp;lt;” into “<”.
    text = soup.get_text()
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line).strip()


@dataclass
class ConvertedBody:
    blocks: list = field(default_factory=list)
    # Ids of old articles linked to that are not (yet) imported: the body is converted again
    # once they are.
    unresolved_links: set = field(default_factory=set)
    missing_images: list = field(default_factory=list)
    # Frames that are not a known video player: kept as a link, listed in the report.
    dropped_embeds: list = field(default_factory=list)


class BodyConverter:
    """`image_for(src)` gives an Image or None; `link_for(href)` gives None for a link to elsewhere,
    else (page id or None, new address or None, the old address when it leads nowhere yet)."""

    def __init__(self, image_for, link_for):
        self.image_for = image_for
        self.link_for = link_for

    def convert(self, html):
        result = ConvertedBody()
        self._result = result
        self._buffer = []
        soup = BeautifulSoup(html or "", "html.parser")
        self._walk(list(soup.contents))
        self._flush()
        return result

    # Walking ------------------------------------------------------------------------------

    def _walk(self, nodes):
        skip_next_caption = False
        for index, node in enumerate(nodes):
            if skip_next_caption and isinstance(node, Tag):
                skip_next_caption = False
                continue
            if isinstance(node, NavigableString):
                if node.__class__ is NavigableString and node.strip():
                    self._buffer.append(html_lib.escape(str(node)))
                continue
            if not isinstance(node, Tag):
                continue
            name = node.name
            if name in ("script", "style", "noscript"):
                continue
            if name == "figure":
                self._figure(node)
            elif name == "table":
                self._table(node)
            elif name == "img":
                self._image(node, node.get("title") or "")
            elif name == "iframe":
                self._iframe(node)
            elif name == "blockquote":
                self._quote(node)
            elif (name in CONTAINERS and node.find(["img", "table", "figure", "iframe", *BLOCKS])) or (
                name == "p" and node.find("iframe")
            ):
                self._walk(list(node.contents))
            elif node.find("img") and name in BLOCKS | {"a", "strong", "b", "em", "i"}:
                caption_node = self._next_tag(nodes, index)
                caption = self._caption_paragraph(caption_node) if len(node.find_all("img")) == 1 else ""
                text_left = node.get_text(strip=True)
                for img in node.find_all("img"):
                    self._image(img, caption or img.get("title") or "")
                if caption:
                    skip_next_caption = True
                if text_left:
                    for img in node.find_all("img"):
                        img.decompose()
                    self._buffer.append(str(node))
            else:
                self._buffer.append(str(node))

    @staticmethod
    def _next_tag(nodes, index):
        for node in nodes[index + 1 :]:
            if isinstance(node, Tag):
                return node
            if isinstance(node, NavigableString) and node.strip():
                return None
        return None

    @staticmethod
    def _caption_paragraph(node):
        if node is None or node.name not in ("p", "div") or node.find(["img", "table"]):
            return ""
        text = " ".join(node.get_text(" ").split())
        if not text or len(text) > CAPTION_PARAGRAPH_MAX:
            return ""
        italic = " ".join(" ".join(tag.get_text(" ").split()) for tag in node.find_all(["em", "i"]))
        classes = " ".join(node.get("class") or [])
        if italic.strip() == text or "caption" in classes:
            return text
        return ""

    # Blocks -------------------------------------------------------------------------------

    def _flush(self):
        html = "".join(self._buffer).strip()
        self._buffer = []
        if not html:
            return
        cleaned = self._rich_text(html)
        if BeautifulSoup(cleaned, "html.parser").get_text(strip=True):
            self._result.blocks.append({"type": "paragraph", "value": cleaned})

    def _rich_text(self, html):
        soup = BeautifulSoup(html, "html.parser")
        for tag in soup.find_all(list(HEADING_LEVELS)):
            tag.name = HEADING_LEVELS[tag.name]
        for link in soup.find_all("a"):
            href = (link.get("href") or "").strip()
            target = self.link_for(href) if href else None
            if target is None:
                continue
            page_id, url, pending = target
            if page_id:
                link.attrs = {"data-linktype": "page", "data-id": str(page_id)}
            elif url:
                link.attrs = {"href": url}
            elif pending:
                self._result.unresolved_links.add(pending)
        # Text on its own at the top level goes into paragraphs, as the editor would store it.
        wrapped = []
        loose = []
        for node in list(soup.contents):
            is_block = isinstance(node, Tag) and node.name in BLOCKS | {"h3", "h4", "div"}
            if is_block:
                if loose:
                    wrapped.append("<p>" + "".join(loose) + "</p>")
                    loose = []
                wrapped.append(str(node))
            elif str(node).strip() or loose:
                loose.append(str(node))
        if "".join(loose).strip():
            wrapped.append("<p>" + "".join(loose) + "</p>")
        cleaned = rich_text_converter().to_database_format("".join(wrapped))
        return re.sub(r"<p>(\s|&nbsp;|\xa0|<br/?>)*</p>", "", cleaned).strip()

    def _figure(self, node):
        table = node.find("table")
        if table is not None and not node.find("img"):
            self._table(table)
            return
        caption_tag = node.find("figcaption")
        caption = " ".join(caption_tag.get_text(" ").split()) if caption_tag else ""
        images = node.find_all("img")
        for img in images:
            self._image(img, caption or img.get("title") or "")

    def _image(self, img, caption):
        self._flush()
        src = (img.get("src") or "").strip()
        image = self.image_for(src) if src else None
        if image is None:
            if src:
                self._result.missing_images.append(src)
            return
        caption = " ".join(caption.split())[:CAPTION_MAX]
        alt = " ".join((img.get("alt") or "").split()) or caption or image.title
        self._result.blocks.append(
            {
                "type": "image",
                "value": {"image": {"image": image.pk, "alt_text": alt[:255], "decorative": False}, "caption": caption},
            }
        )

    def _table(self, table):
        self._flush()
        rows = []
        header = False
        for index, row in enumerate(table.find_all("tr")):
            cells = row.find_all(["td", "th"])
            if index == 0 and cells and all(cell.name == "th" for cell in cells):
                header = True
            rows.append([" ".join(cell.get_text(" ").split()) for cell in cells])
        if not rows or not any(any(row) for row in rows):
            return
        width = max(len(row) for row in rows)
        data = [row + [""] * (width - len(row)) for row in rows]
        caption_tag = table.find("caption")
        self._result.blocks.append(
            {
                "type": "table",
                "value": {
                    "data": data,
                    "first_row_is_table_header": header,
                    "first_col_is_header": False,
                    "table_caption": " ".join(caption_tag.get_text(" ").split()) if caption_tag else "",
                },
            }
        )

    def _iframe(self, node):
        src = (node.get("src") or "").strip()
        video = video_url(src)
        if video:
            self._flush()
            caption = " ".join((node.get("title") or "").split())[:CAPTION_MAX]
            self._result.blocks.append({"type": "video", "value": {"video": video, "caption": caption}})
            return
        if src.startswith("//"):
            src = "https:" + src
        if src.startswith(("http://", "https://")):
            self._result.dropped_embeds.append(src)
            self._buffer.append(f'<p><a href="{html_lib.escape(src)}">{html_lib.escape(src)}</a></p>')

    def _quote(self, node):
        """A blockquote as the portal's quote block: its text, and who said it when CKEditor's
        `<footer>`/`<cite>` names them. Photos or frames inside are kept as blocks of their own."""
        for inner in node.find_all(["img", "iframe", "table"]):
            self._walk([inner.extract()])
        attribution = ""
        credit = node.find(["footer", "cite"])
        if credit is not None:
            attribution = " ".join(credit.get_text(" ").split()).lstrip("—–- ").strip()[:255]
            credit.decompose()
        for br in node.find_all("br"):
            br.replace_with("\n")
        for block in node.find_all(["p", "div", "li"]):
            block.append("\n")
        lines = [" ".join(line.split()) for line in node.get_text().splitlines()]
        text = "\n".join(line for line in lines if line)[:QUOTE_MAX]
        if not text:
            return
        self._flush()
        self._result.blocks.append({"type": "quote", "value": {"text": text, "attribution": attribution}})
