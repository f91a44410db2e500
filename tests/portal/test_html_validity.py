"""Every kind of public page is valid HTML, as the Nu Html Checker (vnu-jar, npm) reads it."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from legal_docs.models import LegalDocumentPage
from news.models import NewsPage
from polls.models import PollPage

pytestmark = pytest.mark.django_db

VNU = Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def test_public_pages_are_valid_html(client, demo_site, tmp_path):
    if not VNU.exists() or not shutil.which("java"):
        pytest.fail("the Nu Html Checker needs `make browser` (npm's vnu-jar) and Java")
    article = NewsPage.objects.live().order_by("-published_at").first()
    document = LegalDocumentPage.objects.live().first()
    pages = {
        "home": "/",
        "article": article.url,
        "category": article.get_parent().url,
        "legal-index": document.get_parent().url,
        "legal-index-filtered": document.get_parent().url + "?year=2022&q=n%C3%B4ng+th%C3%B4n",
        "legal-document": document.url,
        "poll": PollPage.objects.live().first().url,
        "search": "/search/?q=nong+thon+moi",
        "english-home": "/en/",
        "not-found": "/trang-khong-co-that/",
    }
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code in (200, 404), name
        (tmp_path / f"{name}.html").write_bytes(response.content)
    checked = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *sorted(map(str, tmp_path.glob("*.html")))],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    messages = json.loads(checked.stderr or '{"messages": []}')["messages"]
    errors = [f"{Path(m['url']).stem}:{m.get('lastLine')}: {m['message']}" for m in messages if m["type"] == "error"]
    assert not errors, "\n".join(errors)
