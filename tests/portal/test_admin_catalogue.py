"""The Wagtail admin speaks Vietnamese, all of it, in the words of locale/GLOSSARY.md.

Wagtail's own vi catalogues translate a fraction of its messages, so locale_admin/ (the second
LOCALE_PATHS entry) translates every message of every installed Wagtail app and of
wagtail-modeladmin, for Django templates and Python (domain `django`) and the admin's JavaScript
(domain `djangojs`). The message ids are taken from the apps' English catalogues AND extracted
afresh from the installed packages, so a Wagtail upgrade that adds strings fails here, listing them.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup

from django.apps import apps
from django.conf import settings
from django.urls import reverse
from django.utils import translation

ROOT = Path(__file__).resolve().parents[2]
ADMIN_LOCALE = ROOT / "locale_admin"
DOMAINS = ("django", "djangojs")
GLOSSARY = ROOT / "locale" / "GLOSSARY.md"
EXTRACTION_BUDGET_SECONDS = 60

# Directories of an installed package that ship no runtime strings of that app.
SKIP_DIRS = {"tests", "test", "locale", "static", "project_template", "migrations", "__pycache__", "node_modules"}
# Python-format / brace-format placeholders, HTML tags and entities: a translation keeps them all.
PLACEHOLDER = re.compile(r"%\([A-Za-z0-9_]+\)[sdif]|%[sdif]|\{[A-Za-z0-9_]*\}")
MARKUP = re.compile(r"</?[A-Za-z][^>]*>|&[A-Za-z#0-9]+;")


def admin_catalogue(domain):
    return ADMIN_LOCALE / "vi" / "LC_MESSAGES" / f"{domain}.po"


def wagtail_apps():
    """The installed apps this catalogue covers: Wagtail's own and wagtail-modeladmin."""
    return [
        config
        for config in apps.get_app_configs()
        if config.name == "wagtail" or config.name.startswith(("wagtail.", "wagtail_"))
    ]


def is_project_app(config):
    path = Path(config.path)
    return path.is_relative_to(ROOT) and "site-packages" not in path.parts


def project_catalogues(domain):
    """The project's other vi catalogues: the first LOCALE_PATHS entries and the project apps' locale/."""
    dirs = [Path(path) for path in settings.LOCALE_PATHS if Path(path) != ADMIN_LOCALE]
    dirs += [Path(config.path) / "locale" for config in apps.get_app_configs() if is_project_app(config)]
    return [path for d in dirs if (path := d / "vi" / "LC_MESSAGES" / f"{domain}.po").exists()]


def translated(path):
    catalogue = polib.pofile(str(path))
    return {(entry.msgctxt, entry.msgid): entry for entry in catalogue.translated_entries() if not entry.obsolete}


def english_ids(domain):
    ids = {}
    for config in wagtail_apps():
        path = Path(config.path) / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
        if path.exists():
            ids.update({(e.msgctxt, e.msgid): e.msgid_plural for e in polib.pofile(str(path)) if not e.obsolete})
    return ids


def require_gettext(*tools):
    for tool in tools:
        if not shutil.which(tool):
            pytest.fail(
                f"GNU gettext's {tool} is required but not on PATH: run `make gettext` (apt-get install gettext)"
            )


# --- extraction from the installed packages -------------------------------------------------------


def foreign_subpackages(app_paths):
    """Sub-packages of an installed app that are apps of their own (installed separately, or not at all)."""
    found = set()
    for base in app_paths:
        for marker in [*base.rglob("apps.py"), *base.rglob("locale")]:
            if marker.parent != base and "tests" not in marker.parts:
                found.add(marker.parent)
    return found - set(app_paths)


JS_STRING = r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\''


def js_literal(literal):
    if literal.startswith("'"):
        literal = '"' + literal[1:-1].replace("\\'", "'").replace('"', '\\"') + '"'
    return json.loads(literal)


def js_message_ids(bundles):
    """gettext/ngettext calls in the shipped admin JavaScript.

    The bundles are minified: Wagtail's client/src/utils/gettext.ts becomes a webpack module whose
    exports get short names (`(0,u.AP)("Save")`), so find that module and learn the names first.
    """
    names = {"gettext": {"gettext"}, "ngettext": {"ngettext"}}
    for text in bundles:
        for module in re.finditer(
            r"function ([\w$]+)\(\w+\)\{const \w+=window\.django\?\.gettext;.{0,200}?\.d\(\w+,\{([^}]*)\}\)", text
        ):
            getters = dict(re.findall(r"([\w$]+):\(\)=>([\w$]+)", module.group(2)))
            plural = re.search(
                r"function ([\w$]+)\(\w+,\w+,\w+\)\{const \w+=window\.django\?\.ngettext", module.group(0)
            )
            for export, local in getters.items():
                if local == module.group(1):
                    names["gettext"].add(export)
                elif plural and local == plural.group(1):
                    names["ngettext"].add(export)
    found = {}
    for text in bundles:
        for kind, idents in names.items():
            for ident in idents:
                name = re.escape(ident)
                # (0,u.AP)("…") in webpack output, gettext("…") or django.gettext("…") in plain scripts
                call = rf"(?:\(0,[\w$]+\.{name}\)|(?<![\w$.]){name}|[\w$]+\.{name})\(\s*"
                if kind == "gettext":
                    for literal in re.findall(call + rf"({JS_STRING})\s*\)", text):
                        found.setdefault((None, js_literal(literal)), None)
                else:
                    for one, many in re.findall(call + rf"({JS_STRING})\s*,\s*({JS_STRING})\s*,", text):
                        found[(None, js_literal(one))] = js_literal(many)
    return found, names


def extract(tmp_path):
    """Message ids of the installed Wagtail apps, from their code as installed (not their .po files)."""
    configs = wagtail_apps()
    paths = [Path(config.path) for config in configs]
    foreign = foreign_subpackages(paths)
    source = tmp_path / "src"
    (source / "locale").mkdir(parents=True)
    bundles = []
    for config, base in zip(configs, paths, strict=True):
        for directory, subdirs, files in os.walk(base):
            directory = Path(directory)
            subdirs[:] = [d for d in subdirs if d not in SKIP_DIRS and directory / d not in foreign]
            for name in files:
                if name.endswith((".py", ".html", ".txt")):
                    target = source / "apps" / config.label / (directory / name).relative_to(base)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(directory / name, target)
        for bundle in (base / "static").rglob("*.js") if (base / "static").is_dir() else []:
            if "vendor" not in bundle.parent.parts or bundle.name == "vendor.js":
                bundles.append(bundle.read_text(encoding="utf-8", errors="replace"))
    result = subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "--locale", "en", "--no-wrap", "--no-location"],
        cwd=source,
        env={name: value for name, value in os.environ.items() if name != "DJANGO_SETTINGS_MODULE"},
        capture_output=True,
        text=True,
        timeout=EXTRACTION_BUDGET_SECONDS,
    )
    assert result.returncode == 0, result.stderr
    extracted = polib.pofile(str(source / "locale" / "en" / "LC_MESSAGES" / "django.po"))
    js_ids, js_names = js_message_ids(bundles)
    return {
        "django": {(e.msgctxt, e.msgid): e.msgid_plural or None for e in extracted if e.msgid},
        "djangojs": js_ids,
        "js_names": js_names,
    }


@pytest.fixture(scope="module")
def wagtail_ids(tmp_path_factory):
    """{domain: {(msgctxt, msgid): msgid_plural}}: the English catalogues plus what extraction finds."""
    require_gettext("xgettext", "msgfmt")
    started = time.monotonic()
    extracted = extract(tmp_path_factory.mktemp("wagtail_sources"))
    seconds = time.monotonic() - started
    assert seconds < EXTRACTION_BUDGET_SECONDS, f"extraction took {seconds:.0f} s"
    ids = {}
    for domain in DOMAINS:
        ids[domain] = english_ids(domain)
        for key, plural in extracted[domain].items():
            ids[domain].setdefault(key, plural)
    ids["extracted"] = extracted
    return ids


# --- the catalogue files ---------------------------------------------------------------------------


@pytest.mark.parametrize("domain", DOMAINS)
def test_catalogue_is_well_formed_and_fully_translated(domain):
    require_gettext("msgfmt")
    path = admin_catalogue(domain)
    assert path.exists(), f"{path} is missing"
    catalogue = polib.pofile(str(path))
    assert catalogue.metadata["Language"] == "vi"
    assert catalogue.metadata["Plural-Forms"] == "nplurals=1; plural=0;"
    assert "charset=UTF-8" in catalogue.metadata["Content-Type"]
    assert not [e.msgid for e in catalogue.untranslated_entries()], "untranslated entries"
    assert not [e.msgid for e in catalogue.fuzzy_entries()], "fuzzy entries"
    assert not [e.msgid for e in catalogue.obsolete_entries()], "obsolete entries"
    assert not [e.msgid for e in catalogue if e.msgid_plural and set(e.msgstr_plural) != {0}], "plural forms != [0]"
    check = subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(path)], capture_output=True, text=True)
    assert check.returncode == 0 and not check.stderr.strip(), check.stderr


@pytest.mark.parametrize("domain", DOMAINS)
def test_translations_keep_placeholders_markup_and_are_not_english(domain):
    keep_as_is = {"URL", "ID", "Token", "Email", "Wagtail API v2", "Wagtail API v3", "Wagtail ModelAdmin"}
    problems = []
    for entry in polib.pofile(str(admin_catalogue(domain))):
        text = entry.msgstr_plural[0] if entry.msgid_plural else entry.msgstr
        ours, needed = set(PLACEHOLDER.findall(text)), set(PLACEHOLDER.findall(entry.msgid))
        # The single Vietnamese form may use msgid_plural's count placeholder where msgid says "1".
        allowed = needed | set(PLACEHOLDER.findall(entry.msgid_plural))
        if not needed <= ours <= allowed:
            problems.append(f"placeholders: {entry.msgid!r} -> {text!r}")
        if sorted(MARKUP.findall(entry.msgid)) != sorted(MARKUP.findall(text)):
            problems.append(f"markup: {entry.msgid!r} -> {text!r}")
        if text == entry.msgid and text not in keep_as_is and re.search(r"[A-Za-z]{3}", PLACEHOLDER.sub("", text)):
            problems.append(f"English left as is: {text!r}")
        if text[-1:].isspace() != entry.msgid[-1:].isspace():
            problems.append(f"trailing space: {entry.msgid!r} -> {text!r}")
    assert not problems, "\n".join(problems)


# --- completeness ----------------------------------------------------------------------------------


def test_extraction_reads_the_installed_packages(wagtail_ids):
    """The extraction is what catches strings the English catalogues lag behind on: make sure it works."""
    for domain in DOMAINS:
        english = set(english_ids(domain))
        extracted = set(wagtail_ids["extracted"][domain])
        assert len(english & extracted) >= 0.95 * len(english), f"{domain}: extraction found too little"
    assert len(wagtail_ids["extracted"]["js_names"]["gettext"]) > 1, "the bundles' gettext export was not found"


@pytest.mark.parametrize("domain", DOMAINS)
def test_every_wagtail_message_has_a_vietnamese_translation(wagtail_ids, domain):
    """Ours (locale_admin) or Wagtail's own vi catalogue, never a project app's catalogue.

    An id the project's catalogues share with Wagtail is in locale_admin too, with the same wording
    (see "Shared message ids" in locale/GLOSSARY.md), so the admin does not depend on the apps.
    """
    done = set(translated(admin_catalogue(domain)))
    for config in wagtail_apps():
        path = Path(config.path) / "locale" / "vi" / "LC_MESSAGES" / f"{domain}.po"
        if path.exists():
            done |= set(translated(path))
    missing = sorted(set(wagtail_ids[domain]) - done, key=lambda key: (key[1], key[0] or ""))
    listing = "\n".join(f"  {msgid!r}" + (f" (context {ctx!r})" if ctx else "") for ctx, msgid in missing)
    assert not missing, (
        f"{len(missing)} Wagtail message(s) of domain {domain!r} have no Vietnamese translation; add them to "
        f"{admin_catalogue(domain).relative_to(ROOT)} following locale/GLOSSARY.md:\n{listing}"
    )


def test_admin_catalogue_does_not_silently_change_the_projects_own_strings():
    """Django lets LOCALE_PATHS beat app catalogues, and the first LOCALE_PATHS entry beat the later ones.

    So an id both here and in an app's catalogue (news, legal_docs, ...) shows one wording in both
    places, and an id also in locale/ shows locale/'s. Shared ids must therefore read the same
    everywhere, with no exception; where an app means something else by the same English, it gives
    the id a context (`pgettext_lazy("legal document", "Type")`), see "Shared message ids" in
    locale/GLOSSARY.md.
    """
    ours = translated(admin_catalogue("django"))
    clashes = []
    for path in project_catalogues("django"):
        for key, entry in translated(path).items():
            if key in ours and ours[key].msgstr != entry.msgstr:
                clashes.append(f"{path.relative_to(ROOT)}: {key[1]!r} -> {entry.msgstr!r}, ours {ours[key].msgstr!r}")
    assert not clashes, "\n".join(clashes)


# --- glossary --------------------------------------------------------------------------------------

# msgid -> the glossary term its translation must contain (domain django unless noted).
KEY_MESSAGES = {
    "Publish": "Xuất bản",
    "Unpublish": "Ngừng xuất bản",
    "Save draft": "bản nháp",
    "Save Draft": "bản nháp",
    "Submit for moderation": "Gửi duyệt",
    "In Moderation": "Chờ duyệt",
    "Schedule to publish": "Hẹn giờ đăng",
    "Snippets": "Mẩu nội dung",
    "Workflows": "Quy trình duyệt",
    "Collections": "Bộ sưu tập",
    "Redirects": "Chuyển hướng",
    "Images": "Ảnh",
    "Documents": "Tài liệu",
    "Reports": "Báo cáo",
    "Help": "Trợ giúp",
    "Settings": "Cài đặt",
    "Dashboard": "Bảng điều khiển",
    "Focal point": "Điểm trọng tâm",
    "Privacy": "Quyền xem",
    "Locale": "Ngôn ngữ",
    "revision": "phiên bản",
    "Sites": "Trang web",
}
KEY_JS_MESSAGES = {"Dashboard": "Bảng điều khiển", "Settings": "Cài đặt", "Page explorer": "Cây trang"}


def test_key_messages_use_the_glossary_terms():
    glossary = GLOSSARY.read_text(encoding="utf-8")
    wrong = []
    for domain, expected in (("django", KEY_MESSAGES), ("djangojs", KEY_JS_MESSAGES)):
        ours = translated(admin_catalogue(domain))
        for msgid, term in expected.items():
            assert term.lower() in glossary.lower(), f"{term!r} is not in {GLOSSARY.relative_to(ROOT)}"
            entry = ours.get((None, msgid))
            if entry is None or term not in entry.msgstr:
                wrong.append(f"{domain}: {msgid!r} -> {entry and entry.msgstr!r}, wants {term!r}")
    assert not wrong, "\n".join(wrong)


def test_django_serves_our_wording_for_both_domains():
    """The compiled catalogues are the ones in use (`make compile-messages` runs before the tests)."""
    from django.utils.translation.trans_real import DjangoTranslation

    assert ADMIN_LOCALE in [Path(path) for path in settings.LOCALE_PATHS]
    assert Path(settings.LOCALE_PATHS[0]) == ROOT / "locale", "makemessages writes into the first entry"
    with translation.override("vi"):
        assert translation.gettext("Save draft") == "Lưu bản nháp"
        assert translation.gettext("Snippets") == "Mẩu nội dung"
        assert translation.ngettext("%(count)s image", "%(count)s images", 3) == "%(count)s ảnh"
        # An id the project's apps use with another meaning: the apps' have a context, the admin's not.
        assert translation.gettext("draft") == "bản nháp"
        assert translation.pgettext("legal document", "draft") == "dự thảo"
        assert translation.gettext("Type") == "Loại"
        assert translation.pgettext("legal document", "Type") == "Loại văn bản"
        assert translation.gettext("Tags") == "Từ khóa"
        assert translation.pgettext("news article", "Tags") == "Từ khóa"
        assert translation.gettext("Settings") == "Cài đặt"
    admin_js = DjangoTranslation(
        "vi", domain="djangojs", localedirs=[Path(apps.get_app_config("wagtailadmin").path) / "locale"]
    )
    assert admin_js.gettext("Dashboard") == "Bảng điều khiển"


# --- the admin as an editor sees it -----------------------------------------------------------------

# Common English admin words that must not be visible; the last ones exist only in Wagtail.
ENGLISH_WORDS = [
    *("Save draft", "Images", "Documents", "Snippets", "Reports", "Help", "Promote", "Settings", "Dashboard"),
    *("Pages", "Collections", "Workflows", "Redirects", "Add child page", "View live", "Sort menu order"),
]
MENU_IN_VIETNAMESE = {
    "Images": "Ảnh",
    "Documents": "Tài liệu",
    "Snippets": "Mẩu nội dung",
    "Reports": "Báo cáo",
    "Help": "Trợ giúp",
}


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("bientap", "bientap@example.vn", "mat-khau")
    client.force_login(user)
    return client


def sidebar_labels(soup):
    """The main menu is rendered by JavaScript from JSON props: collect its labels."""
    props = soup.find("script", id="wagtail-sidebar-props")
    labels = []

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "label" and isinstance(value, str):
                    labels.append(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    if props:
        walk(json.loads(props.string))
    return labels


def visible_text(soup):
    page = BeautifulSoup(str(soup), "html.parser")
    for hidden in page(["script", "style", "template", "noscript"]):
        hidden.decompose()
    texts = [page.get_text(" ", strip=True)]
    for element in page.find_all(True):
        texts += [element[name] for name in ("title", "aria-label", "placeholder", "alt") if element.get(name)]
        if element.name == "input" and element.get("type") in {"submit", "button"} and element.get("value"):
            texts.append(element["value"])
    return " ".join(texts + sidebar_labels(soup))


def admin_views(page):
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "page explorer": reverse("wagtailadmin_explore", args=[page.pk]),
        "page edit": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "images": reverse("wagtailimages:index"),
        "documents": reverse("wagtaildocs:index"),
        "snippets": reverse("wagtailsnippets:index"),
    }


@pytest.mark.django_db
def test_admin_views_speak_vietnamese(editor_client, django_user_model, demo_site):
    from wagtail.users.models import UserProfile

    assert settings.LANGUAGE_CODE == "vi"
    # The editor has not picked a language in their account, so the admin follows LANGUAGE_CODE.
    assert not UserProfile.get_for_user(django_user_model.objects.get(username="bientap")).preferred_language
    english, texts = {}, {}
    for name, url in admin_views(demo_site).items():
        response = editor_client.get(url)
        assert response.status_code == 200, name
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.html["lang"] == "vi", name
        labels = sidebar_labels(soup)
        for word, vietnamese in MENU_IN_VIETNAMESE.items():
            assert vietnamese in labels, f"{name}: menu item {word!r} should read {vietnamese!r}; menu: {labels}"
        texts[name] = visible_text(soup)
        found = [word for word in ENGLISH_WORDS if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", texts[name])]
        if found:
            english[name] = found
    assert not english, f"English left in the admin: {english}"
    # The page editor's action menu and tabs, in the glossary's words.
    for term in ["Lưu bản nháp", "Xuất bản", "Nội dung", "Quảng bá", "Cài đặt"]:
        assert term in texts["page edit"], term


@pytest.mark.django_db
def test_admin_javascript_catalogue_is_vietnamese(editor_client):
    response = editor_client.get(reverse("wagtailadmin_javascript_catalog"))
    assert response.status_code == 200
    body = response.content.decode()
    for vietnamese in ["Bảng điều khiển", "Cây trang", "Lỗi khi lưu"]:
        assert json.dumps(vietnamese) in body or vietnamese in body, vietnamese
