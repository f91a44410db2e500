"""Public POSTs: forms and the interaction API refuse other sites' pages, accept the site's own."""

import json
import re

import pytest

from django.test import Client
from django.urls import reverse

from legal_docs.models import LegalDocumentPage
from news.models import NewsPage
from polls.models import PollPage

pytestmark = pytest.mark.django_db
SITE = "http://testserver"
FOREIGN = "https://evil.example"
CLIENT_APP = "https://app.example.vn"


def form_post(page_url, action_pattern, data, origin):
    """Open the page as a browser would, then send its form with the given Origin header."""
    client = Client(enforce_csrf_checks=True)
    html = client.get(page_url).content.decode()
    action = re.search(rf'<form[^>]*action="({action_pattern}[^"]*)"', html).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    return client.post(action, {**data, "csrfmiddlewaretoken": token}, HTTP_ORIGIN=origin)


def test_the_forms_refuse_a_foreign_origin_and_accept_the_sites_own(demo_site):
    article = NewsPage.objects.live().first()
    poll = PollPage.objects.live().first()
    choice = poll.choices.first()
    draft = LegalDocumentPage.objects.live().filter(is_draft=True).first()
    forms = {
        "rating": (article.url, re.escape(reverse("news_rate", args=[article.pk])), {"stars": "4"}),
        "vote": (poll.url, re.escape(reverse("poll_vote", args=[poll.pk])), {"choices": str(choice.pk)}),
        "comment": (
            draft.url,
            re.escape(reverse("legal_document_comment", args=[draft.pk])),
            {"name": "Nguyễn Văn A", "email": "a@example.vn", "content": "Góp ý cho dự thảo."},
        ),
    }
    for name, (url, action, data) in forms.items():
        assert form_post(url, action, data, FOREIGN).status_code == 403, name
        assert form_post(url, action, data, SITE).status_code == 302, name


def test_the_interaction_api_refuses_a_foreign_origin(client, demo_site, settings):
    settings.CORS_ALLOWED_ORIGINS = [CLIENT_APP]
    article = NewsPage.objects.live().first()
    url = f"/api/portal/news/{article.pk}/ratings"
    body = json.dumps({"stars": 5})
    assert client.post(url, body, content_type="application/json", HTTP_ORIGIN=FOREIGN).status_code == 403


def test_the_interaction_api_accepts_the_site_and_its_cors_clients(client, demo_site, settings):
    settings.CORS_ALLOWED_ORIGINS = [CLIENT_APP]
    articles = NewsPage.objects.live()[:3]
    for article, origin in zip(articles, [SITE, CLIENT_APP, None], strict=True):
        headers = {"HTTP_ORIGIN": origin} if origin else {}
        response = Client().post(
            f"/api/portal/news/{article.pk}/ratings",
            json.dumps({"stars": 5}),
            content_type="application/json",
            **headers,
        )
        assert response.status_code in (200, 201), (origin, response.content)
        if origin == CLIENT_APP:
            assert response["Access-Control-Allow-Origin"] == CLIENT_APP
