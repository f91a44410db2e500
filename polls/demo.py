"""Demo polls: the seed's OCOP poll, open now, and a closed poll with its results."""

import datetime

from django.utils import timezone

from portal.demo_pages import site_root
from portal.desks import desk

from .models import PollChoice, PollIndexPage, PollPage

INDEX = {
    "title": "Thăm dò ý kiến",
    "slug": "tham-do-y-kien",
    "intro": "<p>Ý kiến của người dân giúp Ban Chỉ đạo xây dựng nông thôn mới tỉnh chỉ đạo sát thực tế hơn.</p>",
}

OCOP_POLL = {
    "title": "Theo bạn thực hiện Chương trình OCOP nên phát triển theo hướng nào:",
    "slug": "chuong-trinh-ocop-nen-phat-trien-theo-huong-nao",
    "intro": "<p>Chương trình Mỗi xã một sản phẩm (OCOP) giai đoạn 2021 - 2025.</p>",
    "answers": [
        "Phát triển sản phẩm từ lợi thế, đặc sản của từng địa phương",
        "Nâng cao chất lượng, mẫu mã, bao bì và truy xuất nguồn gốc",
        "Gắn sản phẩm OCOP với du lịch nông thôn",
        "Đẩy mạnh xúc tiến thương mại và bán hàng qua sàn thương mại điện tử",
        "Củng cố hợp tác xã, doanh nghiệp nhỏ làm chủ thể sản phẩm",
    ],
}

CLOSED_POLL = {
    "title": "Theo bạn, tiêu chí nào khó thực hiện nhất trong xây dựng xã nông thôn mới nâng cao?",
    "slug": "tieu-chi-kho-thuc-hien-nhat",
    "max_choices": 2,
    "answers": [
        "Thu nhập bình quân đầu người",
        "Môi trường và an toàn thực phẩm",
        "Khu dân cư kiểu mẫu, vườn mẫu",
        "Giao thông nội đồng",
        "Tỷ lệ người dân tham gia bảo hiểm y tế",
    ],
    # How many visitors picked each set of answers (by position): 243 ballots of one or two answers.
    "ballots": {(0,): 41, (0, 2): 58, (1,): 22, (1, 2): 37, (2,): 19, (3,): 28, (3, 4): 17, (4,): 21},
}


def _add_poll(index, spec, **fields):
    poll = PollPage(
        title=spec["title"],
        slug=spec["slug"],
        intro=spec.get("intro", ""),
        max_choices=spec.get("max_choices", 1),
        choices=[PollChoice(label=label, sort_order=order) for order, label in enumerate(spec["answers"])],
        **fields,
    )
    index.add_child(instance=poll)
    poll.save_revision().publish()
    return poll


POLL_EDITORS = "Biên tập thăm dò ý kiến"


def load(log):
    home = site_root()
    index = PollIndexPage.objects.child_of(home).filter(slug=INDEX["slug"]).first()
    if index is None:
        index = PollIndexPage(show_in_menus=True, **INDEX)
        home.add_child(instance=index)
        index.save_revision().publish()
        log("poll index published")
    else:
        log("poll index already there")
    desk(POLL_EDITORS, pages=[index], page_permissions=["add_page", "change_page", "publish_page"])
    log(f"group “{POLL_EDITORS}” in place")

    now = timezone.now()
    if PollPage.objects.child_of(index).filter(slug=OCOP_POLL["slug"]).exists():
        log("OCOP poll already there")
    else:
        _add_poll(index, OCOP_POLL, opens_at=now - datetime.timedelta(days=3))
        log("OCOP poll published, open now")

    if PollPage.objects.child_of(index).filter(slug=CLOSED_POLL["slug"]).exists():
        log("closed poll already there")
        return
    opens_at = now - datetime.timedelta(days=60)
    poll = _add_poll(index, CLOSED_POLL, opens_at=opens_at, closes_at=now - datetime.timedelta(days=30))
    choice_ids = [choice.pk for choice in poll.choice_list]
    voter = 0
    for positions, count in CLOSED_POLL["ballots"].items():
        for _ in range(count):
            voter += 1
            cast_at = opens_at + datetime.timedelta(minutes=7 * voter)
            poll.record_ballot(f"demo:{voter}", [choice_ids[i] for i in positions], cast_at)
    log(f"closed poll published with {voter} ballots")
