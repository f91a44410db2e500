"""Reproducible Vietnamese news articles for the benchmarks: article `n` is always the same.

Plain Python, no Django: `article(n, last_day)` gives the fields; bench/dataset.py saves them.
Topic weights and shared sentences set how many articles a query finds (about half name
“nông thôn mới”, a few percent the commune Đức Bình), so search timings are realistic.
"""

import datetime
import random
from dataclasses import dataclass
from zoneinfo import ZoneInfo

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


@dataclass
class Article:
    category_slug: str
    title: str
    slug: str
    lead: str
    paragraphs: list
    author: str
    published_at: datetime.datetime
    tag_names: list


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


def article(number, last_day):
    rng = random.Random(number)
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
    return Article(
        category_slug=rng.choice(topic["categories"]),
        title=title,
        slug=f"{SLUG_PREFIX}{number:06d}",
        lead=f"{title}. {rng.choice(topic['sentences']).format(**words)}",
        paragraphs=paragraphs,
        author=rng.choice(AUTHORS),
        published_at=FIRST_DAY + (last_day - FIRST_DAY) * rng.random(),
        tag_names=[name for name in topic["tags"] if rng.random() < 0.6],
    )


def category_slugs():
    return sorted({slug for topic in TOPICS.values() for slug in topic["categories"]})


def tag_names():
    return sorted({name for topic in TOPICS.values() for name in topic["tags"]})
