"""Site search over 20,000 news articles on PostgreSQL: hits, queries, median and p95 milliseconds.

The search page `/search/?q=` and the read API's `?search=` are timed in-process, as an
anonymous visitor. The articles live in a database of their own, `ntm_bench_search`, on the
server DATABASE_URL names when it is a PostgreSQL one (else postgres://postgres@127.0.0.1:5432);
BENCH_SEARCH_DATABASE_URL names another database outright. The first run creates it, migrates
it, loads the demo and tops the news up to 20,000 articles (a quarter of an hour on two busy
cores); later runs reuse it as it is. Drop it with `dropdb ntm_bench_search` to start again.
An SQL statement running over BENCH_SEARCH_STATEMENT_TIMEOUT seconds (10; 0 for no limit) is
cancelled and its query reported as "timeout".
Not a test: timings are noisy and depend on the machine. Run with `make bench`.
"""

import datetime
import io
import logging
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
from django.db import OperationalError, connection, transaction  # noqa: E402
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
# Past this, a search is broken rather than slow; without a limit a bad plan takes hours here.
STATEMENT_TIMEOUT = float(os.environ.get("BENCH_SEARCH_STATEMENT_TIMEOUT", "10"))
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
# Each article has a topic: its category, titles, most of its sentences and its tags. The topic
# weights and the shared sentences set how many articles a query finds (about half name
# “nông thôn mới”, a few percent the commune Đức Bình).
TOPICS = {
    "ntm": {
        "weight": 30,
        "categories": ["tin-trong-tinh", "tin-huyen-thi"],
        "tags": ["nông thôn mới", "khu dân cư kiểu mẫu", "vườn mẫu"],
        "titles": [
            "{place} ra quân xây dựng khu dân cư nông thôn mới kiểu mẫu",
            "Xã {commune} ({place}) về đích nông thôn mới nâng cao",
            "{place} tổng kết phong trào vườn mẫu, khu dân cư mẫu",
            "Hội nghị tập huấn tiêu chí nông thôn mới cho cán bộ cơ sở {place}",
            "{place} đẩy nhanh tiến độ giải ngân vốn Chương trình MTQG",
            "Thẩm định hồ sơ xã {commune} đề nghị công nhận đạt chuẩn",
        ],
        "sentences": [
            "Năm {year}, huyện {place} đặt mục tiêu có thêm {small} xã đạt chuẩn nông thôn mới.",
            "Ban Chỉ đạo xây dựng nông thôn mới huyện {place} đã kiểm tra thực tế tại các thôn.",
            "Xã {commune} được công nhận đạt chuẩn nông thôn mới nâng cao.",
            "Phong trào vườn mẫu, khu dân cư kiểu mẫu lan tỏa khắp các thôn xóm.",
            "Nhiều hộ gia đình chỉnh trang nhà cửa, xây dựng hàng rào xanh, đường hoa.",
            "Hội nghị đánh giá kết quả thực hiện {small} tiêu chí còn lại trong năm {year}.",
            "Văn phòng điều phối tỉnh đã thẩm định hồ sơ của các xã đăng ký về đích.",
            "Thu nhập bình quân đầu người của xã {commune} đạt {money} triệu đồng mỗi năm.",
        ],
    },
    "ocop": {
        "weight": 15,
        "categories": ["chuong-trinh-ocop"],
        "tags": ["OCOP"],
        "titles": [
            "Sản phẩm OCOP {product} vươn ra thị trường cả nước",
            "{product} đạt chứng nhận sản phẩm OCOP {small} sao",
            "{place} phát triển hợp tác xã gắn với chuỗi giá trị",
            "Kết nối tiêu thụ nông sản cho các chủ thể OCOP {place}",
        ],
        "sentences": [
            "Sản phẩm {product} được công nhận đạt chuẩn OCOP {small} sao.",
            "Chương trình mỗi xã một sản phẩm giúp nâng cao giá trị nông sản địa phương.",
            "Các hợp tác xã được hỗ trợ xây dựng nhãn hiệu, truy xuất nguồn gốc và bao bì.",
            "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh đã chấm điểm {small} sản phẩm.",
            "Doanh thu của hợp tác xã đạt {money} tỷ đồng trong năm {year}.",
            "Sản phẩm được giới thiệu tại hội chợ và trên sàn thương mại điện tử.",
        ],
    },
    "hcm": {
        "weight": 10,
        "categories": ["hoc-tap-dao-duc-hcm"],
        "tags": [],
        "titles": [
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ở {place}",
            "Cán bộ {place} nêu gương học tập tấm gương đạo đức Hồ Chí Minh",
            "Tọa đàm làm theo lời Bác trong xây dựng quê hương {place}",
        ],
        "sentences": [
            "Cán bộ, đảng viên gương mẫu học tập và làm theo tấm gương đạo đức Hồ Chí Minh.",
            "Chi bộ thôn tổ chức sinh hoạt chuyên đề về phong cách Hồ Chí Minh.",
            "Nhiều tập thể, cá nhân điển hình được khen thưởng trong năm {year}.",
            "Việc làm theo lời Bác được cụ thể hóa bằng những phần việc thiết thực.",
            "Huyện ủy {place} phát động phong trào thi đua đến các chi bộ.",
        ],
    },
    "transport": {
        "weight": 12,
        "categories": ["tin-huyen-thi"],
        "tags": ["giao thông nông thôn"],
        "titles": [
            "{place}: người dân hiến đất mở rộng đường giao thông nông thôn",
            "Xã {commune} bê tông hóa đường thôn, xóm",
            "{place} làm mới {km} km đường liên xã",
        ],
        "sentences": [
            "Người dân xã {commune} hiến {area} m² đất để mở rộng đường giao thông nông thôn.",
            "Đến nay toàn huyện đã bê tông hóa {km} km đường giao thông.",
            "Tuyến đường nối {commune} với trung tâm huyện được nâng cấp, mở rộng.",
            "Nhà nước hỗ trợ xi măng, nhân dân góp công và ngày công lao động.",
        ],
    },
    "society": {
        "weight": 10,
        "categories": ["tin-trong-tinh"],
        "tags": [],
        "titles": [
            "Xã {commune} nâng cao chất lượng giáo dục và y tế",
            "{place} có thêm {small} trường học đạt chuẩn quốc gia",
            "Tỷ lệ bảo hiểm y tế ở {place} đạt {percent}%",
        ],
        "sentences": [
            "Công tác giáo dục, y tế và văn hóa ở cơ sở có nhiều chuyển biến tích cực.",
            "Tỷ lệ người dân tham gia bảo hiểm y tế đạt {percent}%.",
            "Trạm y tế xã {commune} được đầu tư trang thiết bị khám chữa bệnh.",
            "Huyện {place} có {small} trường đạt chuẩn quốc gia mức độ {small}.",
        ],
    },
    "farming": {
        "weight": 13,
        "categories": ["tin-huyen-thi", "tin-trong-tinh"],
        "tags": [],
        "titles": [
            "Mô hình trồng {crop} cho thu nhập cao ở xã {commune}",
            "{place} chuyển đổi cơ cấu cây trồng, vật nuôi",
            "Nông dân {commune} làm giàu từ {crop}",
        ],
        "sentences": [
            "Mô hình trồng {crop} mang lại lợi nhuận {money} triệu đồng mỗi héc-ta.",
            "Nông dân được tập huấn kỹ thuật canh tác theo hướng hữu cơ.",
            "Hội Nông dân huyện {place} hỗ trợ vốn vay cho {small} hộ hội viên.",
            "Diện tích {crop} của xã {commune} tăng lên {area} héc-ta.",
        ],
    },
    "environment": {
        "weight": 5,
        "categories": ["tin-trong-tinh"],
        "tags": [],
        "titles": [
            "Bảo vệ môi trường: {place} phân loại rác thải tại nguồn",
            "Xã {commune} ra quân tổng vệ sinh môi trường",
        ],
        "sentences": [
            "Rác thải sinh hoạt được phân loại tại nguồn, giảm ô nhiễm môi trường.",
            "Hội Phụ nữ xã {commune} duy trì mô hình đổi rác lấy quà.",
            "Các thôn tổ chức tổng vệ sinh vào sáng chủ nhật hằng tuần.",
        ],
    },
    "digital": {
        "weight": 5,
        "categories": ["tin-trong-tinh"],
        "tags": [],
        "titles": [
            "Chuyển đổi số trong xây dựng nông thôn mới tại {place}",
            "Xã {commune} thí điểm mô hình thôn thông minh",
        ],
        "sentences": [
            "Chuyển đổi số giúp người dân bán nông sản qua sàn thương mại điện tử.",
            "Tổ công nghệ số cộng đồng hướng dẫn người dân dùng dịch vụ công trực tuyến.",
            "Xã {commune} lắp đặt camera an ninh tại các tuyến đường chính.",
        ],
    },
}
# Any topic's article may have some of these.
SHARED_SENTENCES = [
    "UBND huyện {place} yêu cầu các phòng, ban bám sát cơ sở, tháo gỡ khó khăn.",
    "Đồng chí Chủ tịch UBND xã {commune} đề nghị các thôn tiếp tục vận động nhân dân.",
    "Kết quả này góp phần quan trọng vào phát triển kinh tế - xã hội của địa phương.",
    "Kinh phí thực hiện trên {money} tỷ đồng, trong đó nhân dân đóng góp một phần.",
    "Buổi làm việc có sự tham dự của lãnh đạo các sở, ngành liên quan.",
    "Thời gian tới, địa phương tiếp tục rà soát, bổ sung kế hoạch năm {year}.",
]
REFERENCES = [
    (0.05, "Thực hiện Quyết định số 15/2024/QĐ-UBND của UBND tỉnh về bộ tiêu chí xã."),
    (0.005, "Theo Văn bản số 4414/UBND-NL5 của UBND tỉnh, các xã rà soát lại hồ sơ."),
    (0.0025, "Nhiều hộ chăn nuôi đã xây hầm biogas để xử lý chất thải."),
]
AUTHORS = ["Phóng viên", "Văn phòng NTM tỉnh", "Thu Hà", "Minh Đức", "Ngọc Bình", "Quang Huy"]

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


def article_text(rng, topic, words):
    title = rng.choice(topic["titles"]).format(**words)
    paragraphs = []
    for _ in range(rng.randint(3, 6)):
        sentences = [
            rng.choice(topic["sentences"] if rng.random() < 0.7 else SHARED_SENTENCES).format(**words)
            for _ in range(rng.randint(3, 5))
        ]
        paragraphs.append(" ".join(sentences))
    for chance, sentence in REFERENCES:
        if rng.random() < chance:
            paragraphs[rng.randrange(len(paragraphs))] += " " + sentence
    return title, paragraphs


def build_article(number, rng, last_day, tags):
    """Article `number`, always the same for the same number; returns (category slug, page)."""
    topic = rng.choices(list(TOPICS.values()), weights=[topic["weight"] for topic in TOPICS.values()])[0]
    words = {
        "place": rng.choice(PLACES),
        # Đức Bình is one commune among many.
        "commune": rng.choice(COMMUNES),
        "product": rng.choice(PRODUCTS),
        "crop": rng.choice(CROPS),
        "year": rng.randint(2015, 2026),
        "small": rng.randint(2, 5),
        "money": rng.randint(10, 120),
        "area": rng.randint(100, 5000),
        "percent": rng.randint(85, 99),
        "km": rng.randint(20, 400),
    }
    title, paragraphs = article_text(rng, topic, words)
    published_at = FIRST_DAY + (last_day - FIRST_DAY) * rng.random()
    page = NewsPage(
        title=title,
        slug=f"{SLUG_PREFIX}{number:05d}",
        lead=f"{title}. {rng.choice(topic['sentences']).format(**words)}",
        body=[("paragraph", f"<p>{paragraph}</p>") for paragraph in paragraphs],
        author=rng.choice(AUTHORS),
        live=True,
        has_unpublished_changes=False,
        first_published_at=published_at,
        last_published_at=published_at,
        published_at=published_at,
        tagged_items=[NewsPageTag(tag=tags[name]) for name in topic["tags"] if rng.random() < 0.6],
    )
    return rng.choice(topic["categories"]), page


def create_articles(count):
    """`count` more articles, saved without revisions and without indexing each one."""
    slugs = {slug for topic in TOPICS.values() for slug in topic["categories"]}
    categories = {category.slug: category for category in NewsIndexPage.objects.filter(slug__in=slugs)}
    names = {name for topic in TOPICS.values() for name in topic["tags"]}
    tags = {name: Tag.objects.get_or_create(name=name)[0] for name in names}
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
                        slug, article = build_article(number, rng, last_day, tags)
                        categories[slug].add_child(instance=article)
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
        call_command("update_index", verbosity=1)
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


class StatementTimeout(Exception):
    pass


def get(client, url):
    """The response, or StatementTimeout when one of its SQL statements ran past the limit."""
    try:
        return client.get(url)
    except OperationalError as error:
        if isinstance(error.__cause__, psycopg.errors.QueryCanceled):
            raise StatementTimeout from error
        raise


def measure(client, url, where):
    get(client, url)  # warm
    with CaptureQueriesContext(connection) as queries:
        response = get(client, url)
    # Read now: every later request clears Django's query log.
    query_count = len(queries)
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        get(client, url)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return hit_count(response, where), query_count, statistics.median(timings), timings[int(len(timings) * 0.95) - 1]


def limit_statements(seconds):
    """Every later connection cancels a statement after `seconds` (0: no limit)."""
    options = connection.settings_dict.setdefault("OPTIONS", {})
    options["options"] = f"-c statement_timeout={int(seconds * 1000)}"
    connection.close()


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
    limit_statements(STATEMENT_TIMEOUT)
    client = Client()
    print(f"\nSite search, in-process, {connection.vendor}, {articles:,} live news articles, {RUNS} runs each (warm)")
    print(f"{'query':<20}{'where':<6}{'hits':>7}{'queries':>9}{'median ms':>11}{'p95 ms':>9}")
    timed_out = False
    for query, where in QUERIES:
        try:
            # A timed-out request is an error, logged with its traceback: reported in the table instead.
            logging.disable(logging.ERROR)
            hits, queries, median, p95 = measure(client, search_url(query, where), where)
        except StatementTimeout:
            timed_out = True
            print(f"{label(query):<20}{where:<6}{'-':>7}{'-':>9}{'timeout':>11}{'-':>9}")
            continue
        finally:
            logging.disable(logging.NOTSET)
        print(f"{label(query):<20}{where:<6}{hits:>7}{queries:>9}{median:>11.1f}{p95:>9.1f}")
    if timed_out:
        print(
            f"timeout: an SQL statement of the request ran over {STATEMENT_TIMEOUT:g} s and was cancelled"
            " (BENCH_SEARCH_STATEMENT_TIMEOUT=0 waits however long it takes)"
        )


if __name__ == "__main__":
    main()
