"""Bad input to the two APIs: every answer a 4xx with a message saying why, never a 500."""

import json

import pytest

from legal_docs.models import DraftComment, LegalDocumentPage
from news.models import NewsPage
from polls.models import PollPage

pytestmark = pytest.mark.django_db
HUGE = 3 * 1024 * 1024  # more than Django's DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB)


def bad_requests(article, poll, draft):
    rating, vote, comment = (
        f"/api/portal/news/{article.pk}/ratings",
        f"/api/portal/polls/{poll.pk}/votes",
        f"/api/portal/legal-documents/{draft.pk}/comments",
    )
    gets = [
        "/api/v2/pages/?limit=-1",
        "/api/v2/pages/?limit=abc",
        "/api/v2/pages/?limit=100000",
        "/api/v2/pages/?offset=abc",
        "/api/v2/pages/?offset=-5",
        f"/api/v2/pages/?offset={10**19}",
        "/api/v2/pages/?fields=khong_co_truong_nay",
        "/api/v2/pages/?type=news.NewsPage&fields=khong_co",
        "/api/v2/pages/?order=khong_co_truong_nay",
        "/api/v2/pages/?khong_co_bo_loc=1",
        "/api/v2/pages/?type=khong.CoKieuNay",
        "/api/v2/pages/?search=nong&search_operator=xor",
        "/api/v2/pages/?child_of=abc",
        "/api/v2/pages/?descendant_of=999999999",
        "/api/v2/pages/999999999/",
        "/api/v2/pages/find/?html_path=/khong-co/",
        "/api/v2/images/?limit=-1",
        "/api/v2/documents/?offset=abc",
        "/api/portal/polls/abc/results",
        "/api/portal/polls/999999999/results",
        f"/api/portal/polls/{10**19}/results",
        "/api/portal/khong-co",
    ]
    posts = [
        (rating, "{", "application/json"),
        (rating, json.dumps({"stars": 9}), "application/json"),
        (rating, json.dumps({"stars": "năm"}), "application/json"),
        (rating, json.dumps({}), "application/json"),
        (rating, json.dumps([1, 2]), "application/json"),
        (rating, "stars=5", "application/x-www-form-urlencoded"),
        ("/api/portal/news/999999999/ratings", json.dumps({"stars": 5}), "application/json"),
        (vote, json.dumps({"choices": "1"}), "application/json"),
        (vote, json.dumps({"choices": []}), "application/json"),
        (vote, json.dumps({"choices": [999999999]}), "application/json"),
        (vote, json.dumps({"choices": list(range(51))}), "application/json"),
        (vote, json.dumps({"choices": [10**19]}), "application/json"),
        (vote, "\xff\xfe", "application/json"),
        (comment, json.dumps({"name": "", "email": "khong-phai-email", "content": ""}), "application/json"),
        (comment, json.dumps({"name": "A", "email": "a@example.vn", "content": "x" * 100_000}), "application/json"),
        (comment, "<xml/>", "text/xml"),
    ]
    return gets, posts


# The portal clips queries to 200 characters and 32 words (README, "Search"): answered, quickly,
# up to the longest address it takes (8,000 characters, URL-encoded).
LONG_SEARCHES = ["x" * 7_000, " ".join(["nông"] * 300), "đ" * 1_000 + " " + "(" * 500]


def test_bad_input_gets_a_4xx_with_a_message(client, demo_site):
    article = NewsPage.objects.live().first()
    poll = PollPage.objects.live().first()
    draft = LegalDocumentPage.objects.live().filter(is_draft=True).first()
    gets, posts = bad_requests(article, poll, draft)
    wrong = {}
    for url in gets:
        check(client.get(url), f"GET {url[:80]}", wrong)
    for url, body, content_type in posts:
        check(client.post(url, body, content_type=content_type), f"POST {url} {body[:40]!r}", wrong)
    assert not wrong, "\n".join(f"{request}: {problem}" for request, problem in wrong.items())


def test_huge_searches_are_clipped_not_failed(client, demo_site):
    for text in LONG_SEARCHES:
        for url in (f"/api/v2/pages/?search={text}", f"/search/?q={text}"):
            response = client.get(url)
            assert response.status_code == 200, url[:60]


def test_a_huge_body_gets_a_json_answer(client, demo_site):
    article = NewsPage.objects.live().first()
    response = client.post(f"/api/portal/news/{article.pk}/ratings", "x" * HUGE, content_type="application/json")
    wrong = {}
    check(response, "huge body", wrong)
    assert not wrong, wrong


def check(response, request, wrong):
    if not 400 <= response.status_code < 500:
        wrong[request] = f"status {response.status_code}"
        return
    try:
        message = response.json()
    except ValueError:
        wrong[request] = f"{response.status_code}, not JSON: {response.content[:80]!r}"
        return
    if not (isinstance(message, dict) and (message.get("message") or message.get("detail"))):
        wrong[request] = f"{response.status_code}, no message: {message}"


def test_a_body_that_is_not_json_is_refused_in_vietnamese(client, demo_site):
    article = NewsPage.objects.live().first()
    response = client.post(f"/api/portal/news/{article.pk}/ratings", "{", content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"detail": "Nội dung yêu cầu không phải JSON hợp lệ."}


def nul_addresses(article):
    return [
        "/api/v2/pages/?locale=%00",
        "/api/v2/pages/?site=%00",
        f"/api/v2/pages/{article.pk}/?locale=%00",
        "/api/v2/pages/find/?html_path=%00",
        "/api/v2/pages/?search=n%00ng",
        "/api/v2/documents/?search=%00",
        "/api/portal/site?x=%00",
        "/api/v%002/pages/",
    ]


def test_a_nul_character_in_the_address_is_a_400(client, demo_site):
    """PostgreSQL cannot even compare text holding NUL: refused before any view (issue 18)."""
    wrong = {}
    for url in nul_addresses(NewsPage.objects.live().first()):
        response = client.get(url)
        check(response, url, wrong)
        if response.status_code != 400:
            wrong[url] = f"status {response.status_code}"
    assert not wrong, wrong
    for url in ["/tag/%00/", "/search/?q=%00", "/tin-tuc%00/"]:
        response = client.get(url)
        assert response.status_code == 400, url
        assert "không được phép (NUL)" in response.content.decode(), url


def test_find_by_an_id_that_is_not_a_page_id_is_a_400(client, home_page):
    for page_id in ["abc", "1.5", "*", "-1", "", "1e3", "١٢"]:
        response = client.get("/api/v2/pages/find/", {"id": page_id})
        assert response.status_code == 400, page_id
        assert response.json()["detail"] == "id phải là mã số của một trang (số nguyên)"


def test_find_by_an_id_no_page_can_have_is_a_404(client, home_page):
    for page_id in [str(2**31), "9" * 18]:
        response = client.get("/api/v2/pages/find/", {"id": page_id})
        assert response.status_code == 404
        assert response.json()["detail"]


UNSTORABLE_COMMENTS = [
    ("content", '{"name": "Nguyễn Văn A", "email": "a@example.vn", "content": "Góp ý \\ud800 về dự thảo."}'),
    ("name", '{"name": "\\udfff", "email": "a@example.vn", "content": "Góp ý hợp lệ về dự thảo."}'),
    ("content", '{"name": "Nguyễn Văn A", "email": "a@example.vn", "content": "Góp ý \\u0000 về dự thảo."}'),
]


def test_text_that_cannot_be_stored_is_a_422_and_stores_nothing(client, demo_site):
    """json.loads accepts half a surrogate pair and NUL; neither database can store them (issue 18)."""
    draft = LegalDocumentPage.objects.live().filter(is_draft=True).first()
    before = DraftComment.objects.count()
    for field, body in UNSTORABLE_COMMENTS:
        url = f"/api/portal/legal-documents/{draft.pk}/comments"
        response = client.post(url, body, content_type="application/json")
        assert response.status_code == 422, body
        problems = response.json()["detail"]
        assert [problem["loc"][-1] for problem in problems] == [field], body
        assert "ký tự" in problems[0]["msg"], body
    assert DraftComment.objects.count() == before


def test_a_method_an_api_does_not_take_is_a_json_405(client, demo_site):
    article = NewsPage.objects.live().first()
    poll = PollPage.objects.live().first()
    for method, url in [
        ("put", f"/api/portal/news/{article.pk}/ratings"),
        ("delete", f"/api/portal/polls/{poll.pk}/votes"),
        ("post", "/api/portal/site"),
        ("patch", f"/api/portal/polls/{poll.pk}/results"),
        ("post", "/api/v2/pages/"),
        ("delete", f"/api/v2/pages/{article.pk}/"),
    ]:
        response = getattr(client, method)(url, "{}", content_type="application/json")
        assert response.status_code == 405, (method, url)
        assert response["Content-Type"] == "application/json", (method, url)
        assert response.json()["detail"], (method, url)
        assert method.upper() not in response["Allow"], (method, url)


def test_an_address_longer_than_the_portal_takes_is_a_414(client, demo_site):
    response = client.get("/api/v2/pages/", {"search": "x" * 8_100})
    assert response.status_code == 414
    assert response.json() == {"detail": "Địa chỉ dài quá 8000 ký tự."}
    page = client.get("/search/", {"q": "x" * 8_100})
    assert page.status_code == 414
    assert "Địa chỉ dài quá 8000 ký tự." in page.content.decode()
