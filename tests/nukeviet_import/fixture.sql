-- A small NukeViet 4 site like the customer's: the seed article, nested categories, tags, a
-- source, a draft, a scheduled and an expired article, five legal documents with a replacement
-- chain, a poll, the visitor counter, and rows the importer must refuse with a reason.
SET time_zone = '+07:00';

INSERT INTO nv4_vi_news_cat (catid, parentid, title, titlesite, alias, description, weight, sort, lev, numsubcat, subcatid, inhome, keywords, admins, add_time, edit_time) VALUES
(1, 0, 'Tin tức - Sự kiện', '', 'tin-tuc-su-kien', 'Tin tức về xây dựng nông thôn mới trong tỉnh', 1, 1, 0, 1, '2', 1, '', '', 1500000000, 1500000000),
(2, 1, 'Tin huyện, thị xã', '', 'tin-huyen-thi', '', 1, 2, 1, 1, '4', 1, '', '', 1500000000, 1500000000),
(4, 2, 'Huyện Can Lộc', '', 'huyen-can-loc', 'Tin từ huyện Can Lộc', 1, 3, 2, 0, '', 1, '', '', 1500000000, 1500000000),
(3, 0, 'Học tập đạo đức HCM', 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 'hoc-tap-dao-duc-hcm', '', 2, 4, 0, 0, '', 1, '', '', 1500000000, 1500000000);

INSERT INTO nv4_vi_news_sources (sourceid, title, link, logo, weight, add_time, edit_time) VALUES
(1, 'Báo Hà Tĩnh', 'https://baohatinh.vn', '', 1, 1500000000, 1500000000);

INSERT INTO nv4_vi_news_tags (tid, numnews, alias, description, keywords) VALUES
(1, 2, 'nông-thôn-mới', '', 'nông thôn mới'),
(2, 1, 'can-lộc', '', 'Can Lộc');

INSERT INTO nv4_vi_news_tags_id (id, tid, keyword) VALUES (1, 1, 'nông thôn mới'), (1, 2, 'Can Lộc'), (2, 1, 'nông thôn mới');

INSERT INTO nv4_vi_news_rows (id, catid, listcatid, author, sourceid, addtime, edittime, status, publtime, exptime, title, alias, hometext, homeimgfile, homeimgalt, homeimgthumb, inhome, allowed_rating, hitstotal, total_rating, click_rating) VALUES
(1, 2, '2,1', 'Thanh Hà', 1, UNIX_TIMESTAMP('2018-10-25 12:10:00'), UNIX_TIMESTAMP('2018-10-25 12:18:00'), 1, UNIX_TIMESTAMP('2018-10-25 12:18:00'), 0,
 'BCĐ Nông thôn mới huyện Can Lộc triển khai nhiệm vụ trọng tâm thực hiện đạt chuẩn tại các xã đăng ký năm 2018',
 'bcd-nong-thon-moi-huyen-can-loc-trien-khai-nhiem-vu-trong-tam-thuc-hien-dat-chuan-tai-cac-xa-dang-ky-nam-2018',
 'Ban Chỉ đạo NTM huyện vừa có buổi làm việc triển khai nhiệm vụ trọng tâm thực hiện đạt chuẩn tại 4 xã đăng ký năm 2018: Kim Lộc, Xuân Lộc, Phú Lộc, Gia Hanh. Đồng chí Nguyễn Như Dũng, Bí thư Huyện ủy, Trưởng BCĐ xây dựng NTM huyện và Chủ tịch UBND huyện Võ Hữu Hào chủ trì.',
 '2018_10/can-loc-hop.jpg', 'Quang cảnh buổi làm việc', 1, 1, 1, 1234, 18, 4),
(2, 4, '4', 'Hồng Nhung', 0, UNIX_TIMESTAMP('2019-01-15 08:00:00'), UNIX_TIMESTAMP('2019-01-15 08:00:00'), 1, UNIX_TIMESTAMP('2019-01-15 08:30:00'), 0,
 'Xã Đức Bình đón nhận Bằng công nhận đạt chuẩn nông thôn mới',
 'xa-duc-binh-don-nhan-bang-cong-nhan-dat-chuan-nong-thon-moi',
 'Sáng nay, xã Đức Bình tổ chức lễ đón nhận Bằng công nhận xã đạt chuẩn nông thôn mới.', '', '', 0, 1, 1, 567, 0, 0),
(3, 3, '3', '', 0, UNIX_TIMESTAMP('2024-11-01 09:00:00'), 0, 4, 0, 0,
 'Dự thảo kế hoạch tuyên truyền nông thôn mới năm 2025', 'du-thao-ke-hoach-tuyen-truyen-nong-thon-moi-nam-2025',
 'Bản nháp, chưa đăng.', '', '', 0, 0, 1, 0, 0, 0),
(4, 1, '1', 'Văn phòng điều phối', 0, UNIX_TIMESTAMP('2024-11-01 09:00:00'), 0, 2, UNIX_TIMESTAMP('2037-12-31 08:00:00'), 0,
 'Hội nghị tổng kết Chương trình OCOP', 'hoi-nghi-tong-ket-chuong-trinh-ocop',
 'Hẹn giờ đăng.', '', '', 0, 1, 1, 0, 0, 0),
(5, 1, '1', '', 0, UNIX_TIMESTAMP('2017-03-01 07:00:00'), 0, 1, UNIX_TIMESTAMP('2017-03-01 07:00:00'), UNIX_TIMESTAMP('2017-04-01 07:00:00'),
 'Thông báo tuyển dụng cán bộ năm 2017', 'thong-bao-tuyen-dung-can-bo-nam-2017',
 'Thông báo đã hết hạn.', '', '', 0, 1, 1, 89, 0, 0),
(6, 1, '1', '', 0, UNIX_TIMESTAMP('2020-05-01 07:00:00'), 0, 1, UNIX_TIMESTAMP('2020-05-01 07:00:00'), 0,
 '', 'bai-khong-tieu-de', 'Một dòng hỏng: không có tiêu đề.', '', '', 0, 1, 1, 3, 0, 0),
(7, 99, '99', '', 0, UNIX_TIMESTAMP('2020-05-02 07:00:00'), 0, 1, UNIX_TIMESTAMP('2020-05-02 07:00:00'), 0,
 'Bài thuộc chuyên mục đã xóa', 'bai-thuoc-chuyen-muc-da-xoa', 'Chuyên mục 99 không còn.', '', '', 0, 1, 1, 3, 0, 0),
(8, 3, '3', 'Ban Tuyên giáo', 0, UNIX_TIMESTAMP('2021-05-19 07:00:00'), 0, 1, UNIX_TIMESTAMP('2021-05-19 07:00:00'), 0,
 'Học tập và làm theo tấm gương đạo đức Hồ Chí Minh', 'hoc-tap-va-lam-theo-tam-guong-dao-duc-ho-chi-minh',
 'Bài có ảnh bị thiếu tệp.', '', '', 0, 1, 1, 42, 0, 0);

INSERT INTO nv4_vi_news_2 (id, catid, listcatid, status, publtime, title, alias, hometext) VALUES
(1, 2, '2,1', 1, UNIX_TIMESTAMP('2018-10-25 12:18:00'), 'BẢN SAO THEO CHUYÊN MỤC KHÔNG ĐƯỢC NHẬP', 'ban-sao', '');

INSERT INTO nv4_vi_news_detail (id, titlesite, description, bodyhtml, keywords, sourcetext, files) VALUES
(1, '', 'BCĐ NTM huyện Can Lộc triển khai nhiệm vụ trọng tâm năm 2018',
 '<p>Theo báo cáo của Văn phòng điều phối NTM huyện, trên cơ sở kết quả khảo sát thực tế, đến thời điểm hiện tại, 4 xã đăng ký đạt chuẩn NTM năm 2018 cơ bản đạt vững chắc trên 10 tiêu chí.</p>
<p style="text-align: justify;"><span style="font-family:Arial,Helvetica,sans-serif;">Phát biểu thảo luận tại buổi làm việc, đại diện lãnh đạo các địa phương và các phòng, ban, đơn vị đã phân tích nguyên nhân, những thuận lợi, khó khăn.</span></p>
<p>Chủ tịch UBND xã Kim Lộc đề nghị huyện sớm triển khai xây dựng hệ thống mương tuyến đường Kim Lộc – <a href="/vi/news/huyen-can-loc/xa-duc-binh-don-nhan-bang-cong-nhan-dat-chuan-nong-thon-moi-2.html">Đức Bình</a> để xã chỉ đạo chỉnh trang.</p>
<div style="text-align:center"><figure class="image" style="display:inline-block"><img alt="Chủ tịch UBND huyện phát biểu" height="400" src="/uploads/news/2018_10/chu-tich-huyen.jpg" width="600" /><figcaption>Chủ tịch UBND huyện Võ Hữu Hào nhấn mạnh một số nhiệm vụ của các phòng ban</figcaption></figure></div>
<p>Kết luận buổi làm việc, Bí thư Huyện ủy Nguyễn Như Dũng ghi nhận những nỗ lực mà các xã đạt được trong thực hiện nhiệm vụ xây dựng NTM.</p>
<p style="text-align: center;"><img alt="" src="https://nongthonmoi.hatinh.gov.vn/uploads/news/2018_10/bi-thu.jpg" style="width: 600px; height: 400px;" /></p>
<p style="text-align: center;"><em>Bí thư Huyện ủy Nguyễn Như Dũng kết luận, giao nhiệm vụ</em></p>
<table border="1"><tr><th>Xã</th><th>Số tiêu chí đạt</th></tr><tr><td>Kim Lộc</td><td>15</td></tr><tr><td>Xuân Lộc</td><td>14</td></tr></table>
<p>Văn phòng NTM có kế hoạch cụ thể cho các địa phương; quyết tâm cuối năm 2018, Can Lộc ít nhất có thêm 02 xã đạt chuẩn NTM.</p>',
 'nông thôn mới, Can Lộc', '', ''),
(2, '', '', '<p>Xã Đức Bình là một trong những xã về đích nông thôn mới của huyện. Xem thêm <a href="https://nongthonmoi.hatinh.gov.vn/index.php?language=vi&amp;nv=news&amp;op=tin-huyen-thi/bcd-nong-thon-moi-huyen-can-loc-trien-khai-nhiem-vu-trong-tam-thuc-hien-dat-chuan-tai-cac-xa-dang-ky-nam-2018-1">bài về Can Lộc</a>.</p>', '', 'Báo Nông nghiệp Việt Nam', ''),
(3, '', '', '<p>Nội dung dự thảo.</p>', '', '', ''),
(4, '', '', '<p>Nội dung hẹn giờ.</p>', '', '', ''),
(5, '', '', '<p>Hạn nộp hồ sơ đến hết ngày 31/3/2017.</p>', '', '', ''),
(6, '', '', '<p>Không có tiêu đề.</p>', '', '', ''),
(7, '', '', '<p>Chuyên mục đã xóa.</p>', '', '', ''),
(8, '', '', '<p>Cán bộ, đảng viên học tập và làm theo tấm gương đạo đức Hồ Chí Minh.</p><p><img src="/uploads/news/2021_05/khong-co-tep.jpg" alt="" /></p><p><img src="https://anh.example.vn/missing/anh-mat.jpg" alt="" /></p><p><img src="https://anh.example.vn/not-an-image/trang.jpg" alt="" /></p><iframe src="https://www.google.com/maps/embed?pb=1"></iframe>', 'đạo đức, Hồ Chí Minh', '', '');

INSERT INTO nv4_vi_laws_cat (id, parentid, alias, title, introduction, keywords, weight) VALUES
(1, 0, 'quyet-dinh', 'Quyết định', '', '', 1),
(2, 0, 'cong-van', 'Công văn', '', '', 2);

INSERT INTO nv4_vi_laws_subject (id, alias, title, introduction, keywords, weight) VALUES
(1, 'ubnd-tinh-ha-tinh', 'UBND tỉnh Hà Tĩnh', '', '', 1),
(2, 'thu-tuong-chinh-phu', 'Thủ tướng Chính phủ', '', '', 2);

INSERT INTO nv4_vi_laws_signer (id, title, offices, positions, addtime) VALUES
(1, 'Võ Trọng Hải', 'UBND tỉnh Hà Tĩnh', 'Chủ tịch', 1600000000),
(2, 'Trần Lưu Quang', '', 'Phó Thủ tướng', 1600000000);

INSERT INTO nv4_vi_laws_area (id, parentid, alias, title, introduction, keywords, weight, sort, lev) VALUES
(1, 0, 'nong-thon-moi', 'Nông thôn mới', '', '', 1, 1, 0),
(2, 0, 'nong-nghiep', 'Nông nghiệp', '', '', 2, 2, 0),
(3, 2, 'ocop', 'Chương trình OCOP', '', '', 1, 3, 1);

INSERT INTO nv4_vi_laws_row (id, replacement, relatement, title, alias, code, area_ids, cid, sid, eid, sgid, note, introtext, bodytext, keywords, groups_view, groups_download, files, status, approval, addtime, edittime, publtime, startvalid, exptime, view_hits, download_hits) VALUES
(1, '', '', 'Quyết định số 15/2024/QĐ-UBND', 'quyet-dinh-so-15-2024-qd-ubnd-1', '15/2024/QĐ-UBND', '1', 1, 1, 0, 1, '',
 'Sửa đổi một số tiêu chí, chỉ tiêu của các Bộ tiêu chí ban hành kèm theo Quyết định số 36 và Quyết định số 37 ngày 09/12/2022 của UBND tỉnh',
 '<p>Điều 1. Sửa đổi một số tiêu chí, chỉ tiêu.</p>', '', '6', '6', '2024_04/qd-15-2024.pdf,2024_04/phu-luc.pdf', 1, 0,
 UNIX_TIMESTAMP('2024-04-10 08:00:00'), 0, UNIX_TIMESTAMP('2024-04-10 00:00:00'), UNIX_TIMESTAMP('2024-04-20 00:00:00'), 0, 321, 45),
(2, '', '1', 'Quyết định số 211/QĐ-TTg', 'quyet-dinh-so-211-qd-ttg-2', '211/QĐ-TTg', '1,3', 1, 2, 0, 2, '',
 'Sửa đổi một số tiêu chí, chỉ tiêu của Bộ tiêu chí quốc gia về xã NTM, Bộ tiêu chí quốc gia về xã NTM nâng cao, Bộ tiêu chí quốc gia về huyện NTM và Bộ tiêu chí quốc gia về huyện NTM nâng cao giai đoạn 2021 - 2025',
 '', '', '6', '6', 'https://vanban.chinhphu.vn/quyet-dinh-211.pdf', 1, 0,
 UNIX_TIMESTAMP('2024-03-01 08:00:00'), 0, UNIX_TIMESTAMP('2024-03-01 00:00:00'), 0, 0, 150, 12),
(3, '', '', 'Công văn số 3608/UBND-NL5', 'cong-van-so-3608-ubnd-nl5-3', '3608/UBND-NL5', '1', 2, 1, 0, 1, '',
 'Giao hướng dẫn thành lập Ban Chỉ đạo các Chương trình MTQG cấp huyện, cấp xã', '', '', '6', '6', '', 1, 0,
 UNIX_TIMESTAMP('2023-06-20 08:00:00'), 0, UNIX_TIMESTAMP('2023-06-20 00:00:00'), 0, 0, 0, 0),
(4, '3', '', 'Công văn số 4305/UBND-NL5', 'cong-van-so-4305-ubnd-nl5-4', '4305/UBND-NL5', '1', 2, 1, 0, 1, '',
 'Hướng dẫn thành lập BCĐ cấp huyện và bộ phận giúp việc BCĐ cấp huyện, BCĐ đạo cấp xã, BQL cấp xã, Ban Phát triển thôn, tổ dân phố',
 '', '', '6', '6', '', 1, 0,
 UNIX_TIMESTAMP('2024-07-15 08:00:00'), 0, UNIX_TIMESTAMP('2024-07-15 00:00:00'), 0, 0, 0, 0),
(5, '4', '2', 'Công văn số 4414/UBND-NL5', 'cong-van-so-4414-ubnd-nl5-5', '4414/UBND-NL5', '3', 2, 1, 0, 1, '',
 'Về việc tăng cường lãnh đạo, chỉ đạo thực hiện Chương trình OCOP trong thời gian tới', '', '', '6', '6', '2024_09/cv-4414.docx', 1, 0,
 UNIX_TIMESTAMP('2024-09-05 08:00:00'), 0, UNIX_TIMESTAMP('2024-09-05 00:00:00'), 0, 0, 0, 0),
(6, '', '', 'Văn bản số hiệu sai', 'van-ban-so-hieu-sai-6', 'Văn bản không số', '1', 2, 1, 0, 1, '',
 'Một dòng hỏng: số hiệu không đúng thể thức', '', '', '6', '6', '', 1, 0,
 UNIX_TIMESTAMP('2024-01-05 08:00:00'), 0, UNIX_TIMESTAMP('2024-01-05 00:00:00'), 0, 0, 0, 0);

INSERT INTO nv4_vi_laws_set_replace (oid, nid) VALUES (4, 3), (5, 4);
INSERT INTO nv4_vi_laws_row_area (row_id, area_id) VALUES (1, 1), (2, 1), (2, 3), (3, 1), (4, 1), (5, 3), (6, 1);

INSERT INTO nv4_vi_voting (vid, question, link, acceptcm, admin_id, groups_view, publ_time, exp_time, act) VALUES
(1, 'Theo bạn thực hiện Chương trình OCOP nên phát triển theo hướng nào:', '', 1, 1, '6', UNIX_TIMESTAMP('2023-01-01 00:00:00'), 0, 1),
(2, 'Bình chọn chỉ có một phương án', '', 1, 1, '6', UNIX_TIMESTAMP('2023-01-01 00:00:00'), 0, 1);

INSERT INTO nv4_vi_voting_rows (id, vid, title, url, hitstotal) VALUES
(1, 1, 'Phát triển sản phẩm đặc trưng của địa phương', '', 120),
(2, 1, 'Nâng cao chất lượng, mẫu mã sản phẩm', '', 85),
(3, 1, 'Đẩy mạnh quảng bá, xúc tiến thương mại', '', 45),
(4, 2, 'Phương án duy nhất', '', 7);

INSERT INTO nv4_counter (c_type, c_val, last_update, c_count, vi_count) VALUES
('c_time', 'start', 0, 0, 0),
('c_time', 'last', 0, 1730000000, 0),
('total', 'hits', 1730000000, 90185982, 90185982),
('year', '2024', 1730000000, 1225890, 1225890),
('month', 'Oct', 1730000000, 122589, 122589),
('day', '25', 1730000000, 30318, 30318);
