"""Site search over 20,000 news articles on PostgreSQL: hits, queries, median and p95 milliseconds.

The search page `/search/?q=` and the read API's `?search=` are timed in-process, as an
anonymous visitor. The articles live in a database of their own, `ntm_bench_search`, on the
server DATABASE_URL names when it is a PostgreSQL one (else postgres://postgres@127.0.0.1:5432);
BENCH_SEARCH_DATABASE_URL names another database outright. The first run creates it, migrates
it, loads the demo and tops the news up to 20,000 articles (minutes); later runs reuse it as it
is (seconds). Drop it with `dropdb ntm_bench_search` to start again.
Not a test: timings are noisy and depend on the machine. Run with `make bench`.
"""

import datetime
import io
import os
import random
import statistics
import sys
import time
import warnings
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit
from zoneinfo import ZoneInfo

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

DATABASE_NAME = "ntm_bench_search"
DEFAULT_SERVER = "postgres://postgres@127.0.0.1:5432"
POSTGRES_SCHEMES = {"postgres", "postgresql", "pgsql"}


def bench_database_url():
    """Never the database DATABASE_URL itself names: that is someone's site, not 20,000 fakes."""
    if os.environ.get("BENCH_SEARCH_DATABASE_URL"):
        return os.environ["BENCH_SEARCH_DATABASE_URL"]
    server = urlsplit(os.environ.get("DATABASE_URL", ""))
    if server.scheme not in POSTGRES_SCHEMES:
        server = urlsplit(DEFAULT_SERVER)
    return urlunsplit(("postgres", server.netloc, f"/{DATABASE_NAME}", server.query, ""))


DATABASE_URL = bench_database_url()
# Read by the settings when Django starts, just below.
os.environ["DATABASE_URL"] = DATABASE_URL

warnings.filterwarnings("ignore", message="No directory at")

django.setup()

import psycopg  # noqa: E402
from psycopg import sql  # noqa: E402

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models.signals import post_delete, post_save  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from taggit.models import Tag  # noqa: E402
from wagtail.search.models import IndexEntry  # noqa: E402
from wagtail.search.signal_handlers import post_delete_signal_handler, post_save_signal_handler  # noqa: E402
from wagtail.signal_handlers import disable_reference_index_auto_update  # noqa: E402

from news.models import NewsIndexPage, NewsPage, NewsPageTag  # noqa: E402

ARTICLES = 20_000
BATCH = 500
RUNS = 30
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
FIRST_DAY = datetime.datetime(2015, 1, 1, tzinfo=HANOI)
SLUG_PREFIX = "bench-tin-"

# A small vocabulary, weighted so the benchmark queries find realistic numbers of articles.
PLACES = [
    "Can Lộc",
    "Thạch Hà",
    "Hương Sơn",
    "Đức Thọ",
    "Nghi Xuân",
    "Cẩm Xuyên",
    "Kỳ Anh",
    "Hương Khê",
    "Lộc Hà",
    "Vũ Quang",
]
COMMUNES = [
    "Kim Lộc",
    "Xuân Lộc",
    "Phú Lộc",
    "Gia Hanh",
    "Thạch Ngọc",
    "Sơn Kim",
    "Cẩm Bình",
    "Đức Lâm",
    "Tùng Ảnh",
    "Hương Trạch",
    "Kỳ Tân",
    "Thạch Đài",
    "Xuân Viên",
    "Đức Bình",
]
PRODUCTS = [
    "bưởi Phúc Trạch",
    "cam Khe Mây",
    "nhung hươu Hương Sơn",
    "kẹo cu đơ",
    "nước mắm Cửa Nhượng",
    "mật ong Vũ Quang",
    "chè xanh Hương Khê",
    "rượu nếp Trường Lưu",
]
CROPS = ["rau an toàn", "dưa lưới", "nấm rơm", "sâm Ngọc Linh", "lúa chất lượng cao", "cam bù"]
TITLES = [
    "{place} ra quân xây dựng khu dân cư nông thôn mới kiểu mẫu",
    "Xã {commune} ({place}) về đích nông thôn mới nâng cao",
    "{place}: người dân hiến đất mở rộng đường giao thông nông thôn",
    "Sản phẩm OCOP {product} vươn ra thị trường cả nước",
    "{place} tổng kết phong trào vườn mẫu, khu dân cư mẫu",
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ở {place}",
    "{place} đẩy nhanh tiến độ giải ngân vốn Chương trình MTQG",
    "Hội nghị tập huấn tiêu chí nông thôn mới cho cán bộ cơ sở {place}",
    "{product} đạt chứng nhận sản phẩm OCOP 4 sao",
    "Xã {commune} nâng cao chất lượng giáo dục và y tế",
    "{place} phát triển hợp tác xã gắn với chuỗi giá trị",
    "Mô hình trồng {crop} cho thu nhập cao ở xã {commune}",
    "Bảo vệ môi trường: {place} phân loại rác thải tại nguồn",
    "Chuyển đổi số trong xây dựng nông thôn mới tại {place}",
]
SENTENCES = [
    "Năm {year}, huyện {place} đặt mục tiêu có thêm {small} xã đạt chuẩn nông thôn mới.",
    "Thu nhập bình quân đầu người của xã {commune} đạt {money} triệu đồng mỗi năm.",
    "Ban Chỉ đạo xây dựng nông thôn mới huyện {place} đã kiểm tra thực tế tại các thôn.",
    "Người dân xã {commune} hiến {area} m² đất để mở rộng đường giao thông nông thôn.",
    "Sản phẩm {product} được công nhận đạt chuẩn OCOP {small} sao.",
    "Chương trình mỗi xã một sản phẩm (OCOP) giúp nâng cao giá trị nông sản địa phương.",
    "Các hợp tác xã được hỗ trợ xây dựng nhãn hiệu, truy xuất nguồn gốc và bao bì.",
    "Phong trào vườn mẫu, khu dân cư kiểu mẫu lan tỏa khắp các thôn xóm.",
    "Cán bộ, đảng viên gương mẫu học tập và làm theo tấm gương đạo đức Hồ Chí Minh.",
    "Công tác giáo dục, y tế và văn hóa ở cơ sở có nhiều chuyển biến tích cực.",
    "Tỷ lệ người dân tham gia bảo hiểm y tế đạt {percent}%.",
    "Đến nay toàn huyện đã bê tông hóa {km} km đường giao thông nông thôn.",
    "UBND huyện {place} yêu cầu các phòng, ban bám sát cơ sở, tháo gỡ khó khăn.",
    "Mô hình trồng {crop} mang lại lợi nhuận {money} triệu đồng mỗi héc-ta.",
    "Nhiều hộ gia đình chỉnh trang nhà cửa, xây dựng hàng rào xanh, đường hoa.",
    "Hội nghị bình xét, đánh giá kết quả thực hiện các tiêu chí nông thôn mới năm {year}.",
    "Xã {commune} được công nhận đạt chuẩn nông thôn mới nâng cao.",
    "Văn phòng điều phối nông thôn mới tỉnh đã thẩm định hồ sơ của các xã.",
    "Chuyển đổi số giúp người dân bán nông sản qua sàn thương mại điện tử.",
    "Rác thải sinh hoạt được phân loại tại nguồn, giảm ô nhiễm môi trường nông thôn.",
]
REFERENCES = [
    (0.05, "Thực hiện Quyết định số 15/2024/QĐ-UBND của UBND tỉnh về tiêu chí xã nông thôn mới."),
    (0.005, "Theo Văn bản số 4414/UBND-NL5 của UBND tỉnh, các xã rà soát lại hồ sơ."),
    (0.0025, "Nhiều hộ chăn nuôi đã xây hầm biogas để xử lý chất thải."),
]
AUTHORS = ["Phóng viên", "Văn phòng NTM tỉnh", "Thu Hà", "Minh Đức", "Ngọc Bình", "Quang Huy"]
TAG_NAMES = ["nông thôn mới", "OCOP", "khu dân cư kiểu mẫu", "vườn mẫu", "giao thông nông thôn"]
CATEGORIES = ["tin-trong-tinh", "tin-huyen-thi", "hoc-tap-dao-duc-hcm", "chuong-trinh-ocop"]

# A pasted paragraph: the search page keeps its first 200 characters and 32 words.
PASTED = (
    "Ban Chỉ đạo xây dựng nông thôn mới huyện đã kiểm tra thực tế tại các thôn và yêu cầu các phòng ban bám "
    "sát cơ sở tháo gỡ khó khăn cho người dân trong việc chỉnh trang nhà cửa xây dựng hàng rào xanh đường hoa "
    "vườn mẫu khu dân cư kiểu mẫu sản phẩm OCOP hợp tác xã chuỗi giá trị chuyển đổi số"
)
LONG_QUERY = " ".join((PASTED.split() * 5)[:300])
QUERIES = [
    ("nong thon moi", "page"),
    ("nông thôn mới", "page"),
    ("duc binh", "page"),
    ("Đức Bình", "page"),
    ("4414", "page"),
    ("15/2024/QĐ-UBND", "page"),
    ("san pham ocop", "page"),
    ("biogas", "page"),
    (LONG_QUERY, "page"),
    ("nong thon moi", "API"),
    ("nông thôn mới", "API"),
]


def ensure_database(url):
    """Create the benchmark database when it is missing; True when it was created."""
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    server = urlunsplit(("postgresql", parts.netloc, "/postgres", parts.query, ""))
    with psycopg.connect(server, autocommit=True, connect_timeout=5) as admin:
        if admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            return False
        admin.execute(sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0").format(sql.Identifier(name)))
        return True


def body_paragraphs(rng, words):
    paragraphs = []
    for _ in range(rng.randint(2, 5)):
        sentences = [rng.choice(SENTENCES).format(**words) for _ in range(rng.randint(3, 6))]
        paragraphs.append(" ".join(sentences))
    for chance, sentence in REFERENCES:
        if rng.random() < chance:
            paragraphs[rng.randrange(len(paragraphs))] += " " + sentence
    return [("paragraph", f"<p>{paragraph}</p>") for paragraph in paragraphs]


def build_article(number, rng, last_day, tags):
    words = {
        "place": rng.choice(PLACES),
        # Đức Bình is one commune among many: a few percent of the articles name it.
        "commune": rng.choice(COMMUNES),
        "product": rng.choice(PRODUCTS),
        "crop": rng.choice(CROPS),
        "year": rng.randint(2015, 2026),
        "small": rng.randint(2, 5),
        "money": rng.randint(40, 120),
        "area": rng.randint(100, 5000),
        "percent": rng.randint(85, 99),
        "km": rng.randint(20, 400),
    }
    title = rng.choice(TITLES).format(**words)
    published_at = FIRST_DAY + (last_day - FIRST_DAY) * rng.random()
    return NewsPage(
        title=title,
        slug=f"{SLUG_PREFIX}{number:05d}",
        lead=f"{title}. {rng.choice(SENTENCES).format(**words)}",
        body=body_paragraphs(rng, words),
        author=rng.choice(AUTHORS),
        live=True,
        has_unpublished_changes=False,
        first_published_at=published_at,
        last_published_at=published_at,
        published_at=published_at,
        tagged_items=[NewsPageTag(tag=tag) for tag in rng.sample(tags, k=rng.randint(1, 2))],
    )


def create_articles(count):
    """`count` more articles, saved without revisions and without indexing each one."""
    categories = [NewsIndexPage.objects.get(slug=slug) for slug in CATEGORIES]
    tags = [Tag.objects.get_or_create(name=name)[0] for name in TAG_NAMES]
    first = NewsPage.objects.filter(slug__startswith=SLUG_PREFIX).count()
    last_day = timezone.now()
    post_save.disconnect(post_save_signal_handler, sender=NewsPage)
    post_delete.disconnect(post_delete_signal_handler, sender=NewsPage)
    started = time.perf_counter()
    try:
        with disable_reference_index_auto_update():
            for batch_start in range(0, count, BATCH):
                with transaction.atomic():
                    for number in range(first + batch_start, first + min(batch_start + BATCH, count)):
                        rng = random.Random(number)  # reproducible bench data
                        categories[number % len(categories)].add_child(
                            instance=build_article(number, rng, last_day, tags)
                        )
                done = min(batch_start + BATCH, count)
                elapsed = time.perf_counter() - started
                print(f"  {done:>6,} / {count:,} articles created ({elapsed:.0f} s)", flush=True)
    finally:
        post_save.connect(post_save_signal_handler, sender=NewsPage)
        post_delete.connect(post_delete_signal_handler, sender=NewsPage)


def unindexed_articles():
    news_type = ContentType.objects.get_for_model(NewsPage)
    return NewsPage.objects.count() - IndexEntry.objects.filter(content_type=news_type).count()


def prepare():
    """The database with the demo and ARTICLES news articles, all indexed; the seconds it took."""
    started = time.perf_counter()
    if ensure_database(DATABASE_URL):
        print(f"Created database {DATABASE_NAME}", flush=True)
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=io.StringIO())
    missing = ARTICLES - NewsPage.objects.count()
    changed = False
    if missing > 0:
        print(f"Adding {missing:,} news articles (once; the database is reused afterwards)", flush=True)
        create_articles(missing)
        changed = True
    if unindexed_articles() > 0:
        print("Building the search index", flush=True)
        index_started = time.perf_counter()
        call_command("update_index", verbosity=0)
        print(f"  index built ({time.perf_counter() - index_started:.0f} s)", flush=True)
        changed = True
    if changed:
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    return time.perf_counter() - started


def search_url(query, where):
    if where == "API":
        return "/api/v2/pages/?" + urlencode({"search": query})
    return "/search/?" + urlencode({"q": query})


def hit_count(response, where):
    if where == "API":
        return response.json()["meta"]["total_count"]
    return response.context_data.get("total", 0)


def measure(client, url, where):
    client.get(url)  # warm
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    # Read now: every later request clears Django's query log.
    query_count = len(queries)
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return hit_count(response, where), query_count, statistics.median(timings), timings[int(len(timings) * 0.95) - 1]


def label(query):
    if len(query.split()) > 20:
        return f"({len(query.split())} words)"
    return query


def main():
    try:
        seconds = prepare()
    except psycopg.OperationalError as error:
        print(f"(PostgreSQL not reachable for {DATABASE_URL}: search bench skipped)\n{error}")
        return
    articles = NewsPage.objects.live().count()
    print(f"Database {connection.settings_dict['NAME']} ready in {seconds:.1f} s")
    client = Client()
    print(f"\nSite search, in-process, {connection.vendor}, {articles:,} live news articles, {RUNS} runs each (warm)")
    print(f"{'query':<20}{'where':<6}{'hits':>7}{'queries':>9}{'median ms':>11}{'p95 ms':>9}")
    for query, where in QUERIES:
        hits, queries, median, p95 = measure(client, search_url(query, where), where)
        print(f"{label(query):<20}{where:<6}{hits:>7}{queries:>9}{median:>11.1f}{p95:>9.1f}")


if __name__ == "__main__":
    main()
