"""Production settings pass Django's deployment checks, and every kind of answer carries the headers."""

import re

import pytest

from django.core.files.base import ContentFile
from django.test import Client

from wagtail.documents import get_document_model

from legal_docs.pdf import minimal_pdf
from news.models import NewsPage

from .conftest import HOST, run_manage


def test_production_settings_pass_check_deploy():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_its_secrets(missing):
    result = run_manage("check", **{missing: ""})
    assert result.returncode != 0
    assert missing in result.stderr


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in (p.strip() for p in header.split(";")) if part}


@pytest.fixture
def https_client(production_like):
    """A browser reaching the site through the TLS-terminating proxy production expects."""
    return Client(HTTP_HOST=HOST, HTTP_X_FORWARDED_PROTO="https")


@pytest.mark.django_db
def test_every_kind_of_answer_carries_the_security_headers(https_client, demo_site, django_user_model):
    article = NewsPage.objects.live().first()
    document = get_document_model().objects.create(
        title="Công văn", file=ContentFile(minimal_pdf("Công văn"), name="cong-van.pdf")
    )
    answers = {
        "home page": https_client.get("/"),
        "article": https_client.get(article.url),
        "404 page": https_client.get("/khong-co-trang-nay/"),
        "search": https_client.get("/search/?q=nong+thon+moi"),
        "API docs": https_client.get("/api/portal/docs"),
        "API v2": https_client.get("/api/v2/pages/"),
        "interaction API": https_client.get("/api/portal/site"),
        "interaction API error": https_client.get("/api/portal/polls/999999/results"),
        "document": https_client.get(f"/documents/{document.pk}/{document.filename}"),
        "admin login": https_client.get("/admin/login/"),
    }
    editor = django_user_model.objects.create_superuser("bientap", "bientap@example.vn", "mat-khau-dai-2026")
    https_client.force_login(editor)
    answers["admin dashboard"] = https_client.get("/admin/")
    answers["admin page editor"] = https_client.get(f"/admin/pages/{article.pk}/edit/")

    problems = {}
    for name, response in answers.items():
        found = []
        if response.status_code >= 500 or response.status_code in (301, 302):
            found.append(f"status {response.status_code}")
        hsts = response.get("Strict-Transport-Security", "")
        if not re.search(r"max-age=(\d{8,})", hsts) or "includeSubDomains" not in hsts:
            found.append(f"HSTS {hsts!r}")
        if response.get("X-Content-Type-Options") != "nosniff":
            found.append("X-Content-Type-Options")
        if response.get("Referrer-Policy") != "strict-origin-when-cross-origin":
            found.append(f"Referrer-Policy {response.get('Referrer-Policy')!r}")
        policy = directives(response.get("Content-Security-Policy", ""))
        if name == "document":
            # Wagtail serves documents with its own, stricter policy (nothing may load or run in
            # them); frame-ancestors is added to it, and X-Frame-Options DENY for old browsers.
            expected = {"default-src": ["'none'"], "frame-ancestors": ["'none'"]}
            if policy != expected or response.get("X-Frame-Options") != "DENY":
                found.append(f"document policy {policy}, X-Frame-Options {response.get('X-Frame-Options')!r}")
        else:
            # Nothing may frame any answer.
            if policy.get("frame-ancestors") != ["'none'"]:
                found.append(f"frame-ancestors {policy.get('frame-ancestors')}")
            if policy.get("object-src") != ["'none'"] or policy.get("default-src") != ["'self'"]:
                found.append(f"Content-Security-Policy {response.get('Content-Security-Policy')!r}")
            # Inline script only where Wagtail's admin needs it; the public site runs files only.
            inline_allowed = name.startswith("admin")
            if ("'unsafe-inline'" in policy.get("script-src", [])) != inline_allowed:
                found.append(f"script-src {policy.get('script-src')}")
        if found:
            problems[name] = found
    assert not problems, problems


@pytest.mark.django_db
def test_plain_http_is_sent_to_https(production_like, demo_site):
    response = Client(HTTP_HOST=HOST).get("/van-ban/?year=2024")
    assert response.status_code == 301
    assert response["Location"] == f"https://{HOST}/van-ban/?year=2024"


@pytest.mark.django_db
def test_cookies_are_secure_httponly_and_samesite_in_production(https_client, demo_site):
    article = NewsPage.objects.live().first()
    response = https_client.get(article.url)
    assert response.status_code == 200
    visitor = response.cookies["ntm_visitor"]
    assert visitor["httponly"] and visitor["secure"] and visitor["samesite"] == "Lax"
    csrf = response.cookies["csrftoken"]
    assert csrf["secure"] and csrf["samesite"] == "Lax"


@pytest.mark.django_db
def test_only_the_admins_live_preview_may_be_framed_and_only_by_the_portal(https_client, demo_site, django_user_model):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    category = NewsPage.objects.live().first().get_parent()
    editor = django_user_model.objects.create_superuser("xemtruoc", "xemtruoc@example.vn", "mat-khau-dai-2026")
    https_client.force_login(editor)
    preview_url = f"/admin/pages/add/news/newspage/{category.pk}/preview/"
    form = {"title": "Bài xem trước", "slug": "bai-xem-truoc", "body": streamfield([]), "comments": inline_formset([])}
    assert https_client.post(preview_url, nested_form_data(form)).json()["is_valid"]
    preview = https_client.get(preview_url, {"in_preview_panel": "true"})
    assert "Bài xem trước" in preview.content.decode()
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    assert directives(preview["Content-Security-Policy"])["frame-ancestors"] == ["'self'"]
    editor_page = https_client.get(f"/admin/pages/{category.pk}/edit/")
    assert directives(editor_page["Content-Security-Policy"])["frame-ancestors"] == ["'none'"]
