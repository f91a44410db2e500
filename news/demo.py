"""Demo news: the seed's categories and article in full, about thirty more, editors and their workflow."""

import datetime
import io
import random
from zoneinfo import ZoneInfo

from PIL import Image as PillowImage
from PIL import ImageDraw

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import (
    GroupApprovalTask,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from portal.demo_pages import site_root
from portal.desks import desk

from .models import NewsIndexPage, NewsPage, NewsSource

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")

EDITORS = "Biên tập viên"
CHIEF_EDITORS = "Trưởng ban biên tập"
WORKFLOW = "Duyệt tin bài"

# (slug, title, parent slug or None)
CATEGORIES = [
    ("tin-tuc-su-kien", "Tin tức - Sự kiện", None),
    ("tin-trong-tinh", "Tin trong tỉnh", "tin-tuc-su-kien"),
    ("tin-huyen-thi", "Tin huyện, thị xã", "tin-tuc-su-kien"),
    ("hoc-tap-dao-duc-hcm", "Học tập đạo đức HCM", None),
    ("chuong-trinh-ocop", "Chương trình OCOP", None),
]

SEED_TITLE = (
    "BCĐ Nông thôn mới huyện Can Lộc triển khai nhiệm vụ trọng tâm thực hiện đạt chuẩn tại các xã đăng ký năm 2018"
)
SEED_LEAD = (
    "Ban Chỉ đạo NTM huyện vừa có buổi làm việc triển khai nhiệm vụ trọng tâm thực hiện đạt chuẩn tại 4 xã "
    "đăng ký năm 2018: Kim Lộc, Xuân Lộc, Phú Lộc, Gia Hanh. Đồng chí Nguyễn Như Dũng, Bí thư Huyện ủy, Trưởng "
    "BCĐ xây dựng NTM huyện và Chủ tịch UBND huyện Võ Hữu Hào chủ trì."
)
# The seed's body in order: ("p", text) paragraphs and ("image", caption) photos.
SEED_BODY = [
    (
        "p",
        "Theo báo cáo của Văn phòng điều phối NTM huyện, trên cơ sở kết quả khảo sát thực tế, đến thời điểm "
        "hiện tại, 4 xã đăng ký đạt chuẩn NTM năm 2018 cơ bản đạt vững chắc trên 10 tiêu chí, các tiêu chí còn "
        "lại, cần phải tập trung hoàn thiện, trong đó, đặc biệt là tiêu chí khu dân cư mẫu, vườn mẫu; chỉnh "
        "trang vườn hộ và các khu dân cư; xây dựng đường hoa và hệ thống hàng rào xanh. Một số xã tỷ lệ giải "
        "ngân, thu ngân sách đạt thấp, ảnh hưởng tới tiến độ triển khai các tiêu chí theo kế hoạch đề ra.",
    ),
    (
        "p",
        "Phát biểu thảo luận tại buổi làm việc, đại diện lãnh đạo các địa phương và các phòng, ban, đơn vị đã "
        "phân tích nguyên nhân, những thuận lợi, khó khăn trong quá trình triển khai thực hiện nhiệm vụ xây "
        "dựng NTM; đưa ra những giải pháp trong lãnh đạo, chỉ đạo, tuyên truyền, vận động nhân dân; trong tổ "
        "chức phát động các phong trào thi đua; trong huy động nguồn lực xây dựng NTM.",
    ),
    (
        "p",
        "Chủ tịch UBND xã Kim Lộc đề nghị huyện sớm triển khai xây dựng hệ thống mương tuyến đường Kim Lộc – "
        "Đức Bình để xã chỉ đạo chỉnh trang, tạo điểm nhấn tuyến đường này.",
    ),
    (
        "p",
        "Tỷ lệ BHYT đã đạt 89%, nhưng do vào đầu năm học, nên tỷ lệ tham gia BHYT học sinh chưa được cập nhật "
        "kịp thời, đề nghị BHXH huyện cập nhật số liệu mới nhất.",
    ),
    (
        "image",
        "Đại diện lãnh đạo xã Phú Lộc đề nghị Chỉnh trang đường điện sau công tơ, cần có chế tài đối với những "
        "hộ không chấp hành",
    ),
    (
        "p",
        "Đại diện Điện lực Can Lộc khẳng định nhành Điện sẵn sàng phối hợp chỉnh trang hệ thống dây điện sau "
        "công tơ, nhưng các hộ gia đình cần chủ động bố trí con người để thực hiện",
    ),
    ("image", "Chủ tịch UBND huyện Võ Hữu Hào nhấn mạnh một số nhiệm vụ của các phòng ban"),
    (
        "p",
        "Kết luận buổi làm việc, Bí thư Huyện ủy Nguyễn Như Dũng ghi nhận những nỗ lực mà các xã đạt được trong "
        "thực hiện nhiệm vụ xây dựng NTM. Mặc dù kết quả đạt được chưa như mong muốn, nhưng khối lượng công việc "
        "cũng được khá nhiều, bởi 4 xã đăng ký đạt chuẩn năm 2018 nằm trong tốp có xuất phát điểm thấp, còn "
        "nhiều khó khăn trong huy động nguồn lực xây dựng NTM. Có nhiều nguyên nhân, khách quan và chủ quan, "
        "trong đó, cần phải thấy rõ nguyên nhân chủ quan, đó là cấp ủy, chính quyền còn lúng túng về cách làm; "
        "chủ quan, tâm lý nước đến chân mới nhảy; cán bộ chưa thực sự vào cuộc, bám nắm, dẫn đến chưa khơi dậy "
        "được sức mạnh tổng hợp của nhân dân; chưa tạo được phong trào thi đua. Các phòng, ban cấp huyện chưa "
        "sâu sát, thiếu chủ động trong tham mưu, đề xuất giải pháp chỉ đạo các tiêu chí.",
    ),
    ("image", "Bí thư Huyện ủy Nguyễn Như Dũng kết luận, giao nhiệm vụ"),
    (
        "p",
        "Để hoàn thành kế hoạch đề ra, thời gian còn lại không nhiều, được tính bằng ngày, chính vì vậy, Bí thư "
        "huyện ủy yêu cầu các địa phương cần tập trung quyết liệt, dồn sức hoàn thành các phần việc còn lại. Đối "
        "với các xã, trên cơ sở nội dung các tiêu chí, phân công nhiệm vụ cho các tập thể, cá nhân, chốt thời "
        "gian thực hiện; tăng cường bám cơ sở, kịp thời chỉ đạo các công việc cụ thể; có cơ chế chính sách động "
        "viên cán bộ thôn xóm và hỗ trợ các thôn thực hiện các tiêu chí mềm.",
    ),
    (
        "p",
        "Đối với các phòng, ban, ngành cấp huyện theo tiêu chí được phân công, chỉ đạo, hướng dẫn, hỗ trợ cơ sở "
        "triển khai thực hiện, đặc biệt là tiêu chí hồ sơ, phải hoàn thành trước 30/10; chủ động làm việc với "
        "các ngành cấp trên để phối hợp rà soát các tiêu chí, kịp thời bổ cứu, trước khi các sở, ngành tiến "
        "hành thẩm định.",
    ),
    (
        "p",
        "Văn phòng NTM có kế hoạch cụ thể cho các địa phương, tổng hợp báo cáo BCĐ huyện về tiến độ triển khai "
        "theo ngày, tuần; đồng thời tham mưu giải pháp chỉ đạo, quyết tâm cuối năm 2018, Can Lộc ít nhất có "
        "thêm 02 xã đạt chuẩn NTM.",
    ),
]
SEED_PUBLISHED_AT = datetime.datetime(2018, 10, 25, 12, 18, tzinfo=HANOI)

PLACES = ["Can Lộc", "Thạch Hà", "Hương Sơn", "Đức Thọ", "Nghi Xuân", "Cẩm Xuyên", "Kỳ Anh", "Hương Khê", "Lộc Hà"]
HEADLINES = [
    "{place} ra quân xây dựng khu dân cư nông thôn mới kiểu mẫu",
    "Xã Đức Bình ({place}) về đích nông thôn mới nâng cao",
    "{place}: người dân hiến hơn 2.000 m² đất mở rộng đường giao thông nông thôn",
    "Sản phẩm OCOP của {place} vươn ra thị trường cả nước",
    "{place} tổng kết phong trào vườn mẫu, khu dân cư mẫu",
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ở {place}",
    "{place} đẩy nhanh tiến độ giải ngân vốn Chương trình MTQG",
    "Hội nghị tập huấn tiêu chí nông thôn mới cho cán bộ cơ sở {place}",
]
TAG_POOL = ["nông thôn mới", "OCOP", "khu dân cư kiểu mẫu", "vườn mẫu", "giao thông nông thôn"]


def demo_image(title, seed):
    """A generated photo stand-in, found again by its title on a second run."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    rng = random.Random(seed)  # noqa: S311 - decorative colours, not security
    picture = PillowImage.new("RGB", (960, 600), (34, 110, 60))
    draw = ImageDraw.Draw(picture)
    for _ in range(12):
        x, y = rng.randint(0, 900), rng.randint(0, 560)
        radius = rng.randint(40, 160)
        colour = (rng.randint(60, 200), rng.randint(120, 220), rng.randint(40, 120))
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=80)
    return Image.objects.create(title=title, description=title, file=ImageFile(buffer, name=f"demo-{seed}.jpg"))


def categories(home, log):
    found = {}
    for slug, title, parent_slug in CATEGORIES:
        parent = found[parent_slug] if parent_slug else home
        category = NewsIndexPage.objects.child_of(parent).filter(slug=slug).first()
        if category is None:
            category = NewsIndexPage(title=title, slug=slug, show_in_menus=parent_slug is None)
            parent.add_child(instance=category)
            category.save_revision().publish()
            log(f"category “{title}” published")
        found[slug] = category
    return found


def publish_article(category, **fields):
    tags = fields.pop("tags", [])
    article = NewsPage(**fields)
    category.add_child(instance=article)
    article.tags.set(tags)
    revision = article.save_revision()
    revision.publish()
    # Publishing sets the first-publication date to now; the demo keeps the article's own date.
    NewsPage.objects.filter(pk=article.pk).update(
        first_published_at=fields["published_at"], last_published_at=fields["published_at"]
    )
    return article


def seed_article(category, log):
    if NewsPage.objects.filter(slug="bcd-ntm-can-loc-trien-khai-nhiem-vu-2018").exists():
        log("seed article already there")
        return
    body = []
    for index, (kind, text) in enumerate(SEED_BODY):
        if kind == "p":
            body.append(("paragraph", f"<p>{text}</p>"))
        else:
            image = demo_image(text[:100], seed=index)
            body.append(("image", {"image": {"image": image, "decorative": False, "alt_text": text}, "caption": text}))
    source, _ = NewsSource.objects.get_or_create(name="Văn phòng NTM huyện Can Lộc")
    publish_article(
        category,
        title=SEED_TITLE,
        slug="bcd-ntm-can-loc-trien-khai-nhiem-vu-2018",
        lead=SEED_LEAD,
        body=body,
        author="Văn phòng NTM Can Lộc",
        source=source,
        published_at=SEED_PUBLISHED_AT,
    )
    log("seed article published")


def more_articles(found, log):
    if NewsPage.objects.filter(slug__startswith="tin-demo-").exists():
        log("demo articles already there")
        return
    rng = random.Random(2018)  # noqa: S311 - reproducible demo data
    targets = [found[slug] for slug in ("hoc-tap-dao-duc-hcm", "tin-trong-tinh", "tin-huyen-thi", "chuong-trinh-ocop")]
    for number in range(32):
        category = targets[number % len(targets)]
        place = PLACES[number % len(PLACES)]
        # Half of the seed category's articles come before the seed, half after it.
        published_at = SEED_PUBLISHED_AT + datetime.timedelta(days=(number - 16) * 3, hours=rng.randint(-5, 5))
        headline = HEADLINES[number % len(HEADLINES)].format(place=place)
        image = demo_image(f"Ảnh minh họa: {headline}"[:100], seed=100 + number) if number % 3 == 0 else None
        publish_article(
            category,
            title=headline,
            slug=f"tin-demo-{number + 1}",
            lead=f"{headline}. Đây là bài viết minh họa cho cổng thông tin nông thôn mới.",
            body=[("paragraph", f"<p>Nội dung bài viết “{headline}”.</p>")],
            featured_image=image,
            featured_image_caption=f"Quang cảnh tại {place}" if image else "",
            author="Phóng viên",
            tags=rng.sample(TAG_POOL, k=2),
            published_at=published_at,
        )
    log("32 demo articles published")


def editors_and_workflow(found, log):
    top_categories = [category for slug, _title, parent in CATEGORIES if parent is None for category in [found[slug]]]
    desk(EDITORS, pages=top_categories, page_permissions=["add_page", "change_page"])
    # Chief editors approve (publish), unpublish, lock and move articles between categories.
    chiefs = desk(
        CHIEF_EDITORS,
        pages=top_categories,
        page_permissions=["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"],
    )

    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW)
    if created:
        task = GroupApprovalTask.objects.create(name="Trưởng ban biên tập duyệt")
        task.groups.set([chiefs])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for category in top_categories:
        WorkflowPage.objects.get_or_create(page=category, defaults={"workflow": workflow})
    log(f"groups “{EDITORS}”, “{CHIEF_EDITORS}” and workflow “{WORKFLOW}” {'created' if created else 'in place'}")


def load(log):
    found = categories(site_root(), log)
    seed_article(found["hoc-tap-dao-duc-hcm"], log)
    more_articles(found, log)
    editors_and_workflow(found, log)
