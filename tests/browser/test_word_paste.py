"""Pasting from Microsoft Word into an article's body: headings keep a heading level, tables become table blocks.

The paste is a `paste` ClipboardEvent carrying a DataTransfer with Word's clipboard HTML, dispatched on the
rich text editor: what Chromium hands the page when an editor presses Ctrl+V (a headless browser has no
system clipboard to fill from Word).
"""

import re

from playwright.sync_api import expect

from news.models import NewsIndexPage, NewsPage

from .conftest import screenshot, server_idle

TITLE = "Kết quả xây dựng nông thôn mới năm 2025 của huyện Can Lộc"

# What Word (Windows, Microsoft 365) puts on the clipboard as text/html: the whole document wrapper with
# its style sheet, the copied part between the StartFragment/EndFragment comments. Heading 1, Normal,
# Heading 3, a "Table Grid" table whose first row is bold, the empty paragraph Word keeps after a
# table, Heading 2 and Normal.
WORD_HTML = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="file:///C:/Users/BIENTAP/AppData/Local/Temp/msohtmlclip1/01/clip_filelist.xml">
<style>
<!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;mso-style-qformat:yes;mso-style-parent:"";margin-top:0cm;margin-right:0cm;
	margin-bottom:8.0pt;margin-left:0cm;line-height:107%;mso-pagination:widow-orphan;font-size:13.0pt;
	font-family:"Times New Roman",serif;mso-fareast-font-family:Calibri;mso-ansi-language:VI;}
h1
	{mso-style-priority:9;mso-style-unhide:no;mso-style-qformat:yes;mso-style-link:"Heading 1 Char";
	mso-style-next:Normal;margin-top:12.0pt;margin-bottom:0cm;mso-outline-level:1;font-size:16.0pt;}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{mso-style-priority:10;mso-style-qformat:yes;mso-style-link:"Title Char";font-size:28.0pt;}
@page WordSection1
	{size:595.3pt 841.9pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>
</head>

<body lang=VI style='tab-interval:36.0pt;word-wrap:break-word'>
<!--StartFragment-->

<h1><span lang=VI>Kết quả xây dựng nông thôn mới năm 2025<o:p></o:p></span></h1>

<p class=MsoNormal><span lang=VI>Năm 2025, huyện Can Lộc có thêm hai xã đạt chuẩn
nông thôn mới nâng cao.<o:p></o:p></span></p>

<h3><span lang=VI>Số tiêu chí đạt theo xã<o:p></o:p></span></h3>

<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;
 mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=208 valign=top style='width:155.8pt;border:solid windowtext 1.0pt;
  mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><b><span
  lang=VI>Xã<o:p></o:p></span></b></p>
  </td>
  <td width=208 valign=top style='width:155.8pt;border:solid windowtext 1.0pt;
  border-left:none;mso-border-left-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;
  padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><b
  style='mso-bidi-font-weight:normal'><span lang=VI>Số tiêu chí đạt<o:p></o:p></span></b></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:1'>
  <td width=208 valign=top style='width:155.8pt;border:solid windowtext 1.0pt;
  border-top:none;mso-border-top-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;
  padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><span
  lang=VI>Kim Lộc<o:p></o:p></span></p>
  </td>
  <td width=208 valign=top style='width:155.8pt;border-top:none;border-left:none;
  border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><span
  lang=VI>19/19<o:p></o:p></span></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:2;mso-yfti-lastrow:yes'>
  <td width=208 valign=top style='width:155.8pt;border:solid windowtext 1.0pt;
  border-top:none;mso-border-top-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;
  padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><span
  lang=VI>Thượng Lộc<o:p></o:p></span></p>
  </td>
  <td width=208 valign=top style='width:155.8pt;border-top:none;border-left:none;
  border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><span
  lang=VI>18/19<o:p></o:p></span></p>
  </td>
 </tr>
</table>

<p class=MsoNormal><span lang=VI><o:p>&nbsp;</o:p></span></p>

<h2><span lang=VI>Nhiệm vụ năm 2026<o:p></o:p></span></h2>

<p class=MsoNormal><span lang=VI>Huyện phấn đấu có thêm một xã đạt chuẩn kiểu mẫu.<o:p></o:p></span></p>

<!--EndFragment-->
</body>

</html>
"""

WORD_TEXT = (
    "Kết quả xây dựng nông thôn mới năm 2025\r\n"
    "Năm 2025, huyện Can Lộc có thêm hai xã đạt chuẩn nông thôn mới nâng cao.\r\n"
    "Số tiêu chí đạt theo xã\r\n"
    "Xã\tSố tiêu chí đạt\r\nKim Lộc\t19/19\r\nThượng Lộc\t18/19\r\n\r\n"
    "Nhiệm vụ năm 2026\r\n"
    "Huyện phấn đấu có thêm một xã đạt chuẩn kiểu mẫu.\r\n"
)

PASTE_JS = """([html, text]) => {
    const editor = document.activeElement.closest('.public-DraftEditor-content');
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/html', html);
    clipboardData.setData('text/plain', text);
    editor.dispatchEvent(new ClipboardEvent('paste', {clipboardData, bubbles: true, cancelable: true}));
}"""


def test_word_headings_and_table_pasted_into_an_article_keep_their_structure(admin_page):
    editor = admin_page
    with server_idle():
        category = NewsIndexPage.objects.get(slug="chuong-trinh-ocop")
    editor.goto(f"/admin/pages/add/news/newspage/{category.pk}/")
    editor.locator("#id_title").fill(TITLE)
    editor.get_by_role("textbox", name="Tóm tắt").fill("Hai xã đạt chuẩn nông thôn mới nâng cao.")
    body = editor.locator("[data-contentpath=body]")
    body.get_by_role("button", name="Chèn khối").last.click()
    editor.get_by_role("option", name="Đoạn văn", exact=True).click()
    body.locator("[contenteditable=true]").last.click()
    editor.evaluate(PASTE_JS, [WORD_HTML, WORD_TEXT])

    # In the editor: the text before the table, a table block, the text after it.
    expect(body.locator("h3", has_text="Kết quả xây dựng nông thôn mới năm 2025")).to_be_visible()
    expect(body.locator("h4", has_text="Số tiêu chí đạt theo xã")).to_be_visible()
    expect(body.locator("h3", has_text="Nhiệm vụ năm 2026")).to_be_visible()
    expect(body.locator(".htCore").first).to_contain_text("Thượng Lộc")
    screenshot(editor, "word-paste-editor")

    editor.get_by_role("button", name="Lưu bản nháp", exact=True).click()
    expect(editor.locator(".messages").first).to_contain_text(re.compile("Đã (tạo|cập nhật) trang"))
    expect(editor).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))

    with server_idle():
        article = NewsPage.objects.get(title=TITLE).get_latest_revision_as_object()
        blocks = [(block.block_type, block.value) for block in article.body]
    assert [block_type for block_type, _ in blocks] == ["paragraph", "table", "paragraph"], blocks
    (_, before), (_, table), (_, after) = blocks
    assert re.search(r"<h3[^>]*>Kết quả xây dựng nông thôn mới năm 2025</h3>", before.source), before.source
    assert "Năm 2025, huyện Can Lộc có thêm hai xã đạt chuẩn nông thôn mới nâng cao." in before.source
    assert re.search(r"<h4[^>]*>Số tiêu chí đạt theo xã</h4>", before.source), before.source
    assert "Kim Lộc" not in before.source and "Kim Lộc" not in after.source
    assert table["data"] == [["Xã", "Số tiêu chí đạt"], ["Kim Lộc", "19/19"], ["Thượng Lộc", "18/19"]]
    assert table["first_row_is_table_header"] is True
    assert table["table_header_choice"] == "row"
    assert re.search(r"^<h3[^>]*>Nhiệm vụ năm 2026</h3>", after.source), after.source
    assert "Huyện phấn đấu có thêm một xã đạt chuẩn kiểu mẫu." in after.source
    assert not editor.js_errors
