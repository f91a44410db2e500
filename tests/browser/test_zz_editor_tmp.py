from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from news.demo import EDITORS, CHIEF_EDITORS
from news.models import NewsIndexPage
from .conftest import screenshot

def test_explore(page):
    User = get_user_model()
    u = User.objects.create_user("bientap", "b@example.vn", "mat-khau-1")
    u.groups.add(Group.objects.get(name=EDITORS))
    cat = NewsIndexPage.objects.get(slug="chuong-trinh-ocop")
    page.goto("/admin/login/")
    screenshot(page, "x-login")
    open("/tmp/login.html","w").write(page.content())
    page.get_by_label("Tên đăng nhập").fill("bientap")
    page.locator("#id_password").fill("mat-khau-1")
    page.get_by_role("button").filter(has_text="Đăng nhập").click()
    page.wait_for_load_state()
    screenshot(page, "x-dashboard")
    page.goto(f"/admin/pages/{cat.pk}/")
    screenshot(page, "x-explorer")
    open("/tmp/explorer.html","w").write(page.content())
    page.goto(f"/admin/pages/add/news/newspage/{cat.pk}/")
    screenshot(page, "x-add")
    open("/tmp/add.html","w").write(page.content())
