"""The old addresses NukeViet answers, from its configuration (includes/functions.php
nv_url_rewrite and includes/request_uri.php), and NukeViet's escaping undone once."""

import pytest

from nukeviet_import.addresses import SiteAddresses, change_alias
from nukeviet_import.reader import decode, decode_row

ARTICLE = "tin-huyen-thi/xa-duc-binh-2"


def single_site(**extra):
    """The office's kind of site: one language, rewrite_optional=1, rewrite_op_mod=news."""
    return SiteAddresses(lang="vi", rewrite_optional=True, rewrite_op_mod="news", **extra)


def test_a_single_language_site_drops_language_and_news_module():
    forms = single_site(check_rewrite_file=True).forms("news", ARTICLE, ext=True)
    assert "/tin-huyen-thi/xa-duc-binh-2.html" in forms  # what NukeViet links to
    assert "/news/tin-huyen-thi/xa-duc-binh-2.html" in forms
    assert "/vi/news/tin-huyen-thi/xa-duc-binh-2.html" in forms
    assert "/index.php?nv=news&op=tin-huyen-thi/xa-duc-binh-2.html" in forms  # its sitemap's form
    assert "/index.php?language=vi&nv=news&op=tin-huyen-thi/xa-duc-binh-2" in forms
    assert not any(form.startswith("/index.php/") for form in forms)


def test_without_rewrite_rules_addresses_keep_index_php():
    forms = single_site(check_rewrite_file=False).forms("news", "tin-huyen-thi")
    assert "/index.php/tin-huyen-thi/" in forms and "/tin-huyen-thi/" in forms


def test_a_multi_language_site_keeps_language_and_module():
    site = SiteAddresses(lang="en", lang_multi=True, site_lang="vi", check_rewrite_file=True)
    forms = site.forms("news", "tag/rural-development")
    assert "/en/news/tag/rural-development" in forms
    assert "/index.php?language=en&nv=news&op=tag/rural-development" in forms
    # Without a language NukeViet answers in the site's default one (vi): not these pages.
    assert not any(form.startswith("/news/") for form in forms)
    assert "/index.php?nv=news&op=tag/rural-development" not in forms


def test_custom_module_names_and_function_aliases():
    site = SiteAddresses(
        lang="vi", names={"laws": "van-ban"}, aliases={("van-ban", "detail"): "chi-tiet"}, check_rewrite_file=True
    )
    op = f"{site.alias('laws', 'detail')}/qd-15-2024-1"
    assert "/vi/van-ban/chi-tiet/qd-15-2024-1/" in site.forms("laws", op)
    assert "/index.php?language=vi&nv=voting&vid=3" in site.forms("voting", query={"vid": 3})


def test_signer_alias_as_nukeviet_makes_it():
    assert change_alias("Võ Trọng Hải") == "Vo-Trong-Hai"
    assert change_alias("Bộ GD&ĐT (Hà Nội)") == "Bo-GD-DT-Ha-Noi"


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("15&#x002F;2024&#x002F;QĐ-UBND", "15/2024/QĐ-UBND"),
        ("Bộ GD&amp;ĐT", "Bộ GD&ĐT"),
        ("&quot;Tam nông&quot; &amp; nông thôn mới &#40;bản nháp&#41;", '"Tam nông" & nông thôn mới (bản nháp)'),
        ("NukeViet&#33; &#039;a&#039; &#91;x&#93; &#x3D; 5&#x25;", "NukeViet! 'a' [x] = 5%"),
        ("Số &#x23;1: &#x7B;&#x7D; &#x60;&#x7E; &#x5E; &#x005C;", "Số #1: {} `~ ^ \\"),
        ("an editor typed &amp;amp;", "an editor typed &amp;"),  # decoded once, not twice
    ],
)
def test_text_is_decoded_once(stored, typed):
    assert decode(stored) == typed


def test_html_columns_stay_html():
    row = decode_row({"title": "A &amp; B", "bodyhtml": "<p>A &amp; B</p>", "hometext": "x &lt;y&gt;"})
    assert row == {"title": "A & B", "bodyhtml": "<p>A &amp; B</p>", "hometext": "x &lt;y&gt;"}
