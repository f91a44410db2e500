-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: 127.0.0.1    Database: nv_real_multi
-- ------------------------------------------------------
-- Server version	10.11.19-MariaDB-0+deb12u1

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `nv4_authors`
--

DROP TABLE IF EXISTS `nv4_authors`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_authors` (
  `admin_id` int(11) unsigned NOT NULL,
  `editor` varchar(100) DEFAULT '',
  `lev` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `files_level` varchar(255) DEFAULT '',
  `position` varchar(255) NOT NULL,
  `main_module` varchar(50) NOT NULL DEFAULT 'siteinfo',
  `admin_theme` varchar(100) NOT NULL DEFAULT '',
  `addtime` int(11) NOT NULL DEFAULT 0,
  `edittime` int(11) NOT NULL DEFAULT 0,
  `is_suspend` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `susp_reason` text DEFAULT NULL,
  `pre_check_num` varchar(40) NOT NULL DEFAULT '',
  `pre_last_login` int(11) unsigned NOT NULL DEFAULT 0,
  `pre_last_ip` varchar(45) DEFAULT '',
  `pre_last_agent` varchar(255) DEFAULT '',
  `check_num` varchar(40) NOT NULL DEFAULT '',
  `last_login` int(11) unsigned NOT NULL DEFAULT 0,
  `last_ip` varchar(45) DEFAULT '',
  `last_agent` varchar(255) DEFAULT '',
  PRIMARY KEY (`admin_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_authors`
--

LOCK TABLES `nv4_authors` WRITE;
/*!40000 ALTER TABLE `nv4_authors` DISABLE KEYS */;
INSERT INTO `nv4_authors` VALUES (1,'ckeditor',1,'adobe,archives,audio,documents,flash,images,real,video|1|1|1','Administrator','siteinfo','',0,0,0,'','',0,'','','00d0ed31f0f53282a837b0e9de115495',1796235858,'127.0.0.1','Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36');
/*!40000 ALTER TABLE `nv4_authors` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_authors_api_credential`
--

DROP TABLE IF EXISTS `nv4_authors_api_credential`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_authors_api_credential` (
  `admin_id` int(11) unsigned NOT NULL,
  `credential_title` varchar(255) NOT NULL DEFAULT '',
  `credential_ident` varchar(50) NOT NULL DEFAULT '',
  `credential_secret` varchar(250) NOT NULL DEFAULT '',
  `credential_ips` varchar(255) NOT NULL DEFAULT '',
  `auth_method` enum('none','password_verify') NOT NULL DEFAULT 'password_verify' COMMENT 'Phương thức xác thực',
  `api_roles` varchar(255) NOT NULL DEFAULT '',
  `addtime` int(11) NOT NULL DEFAULT 0,
  `edittime` int(11) NOT NULL DEFAULT 0,
  `last_access` int(11) NOT NULL DEFAULT 0,
  UNIQUE KEY `credential_ident` (`credential_ident`),
  UNIQUE KEY `credential_secret` (`credential_secret`),
  KEY `admin_id` (`admin_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Bảng lưu key API của quản trị';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_authors_api_credential`
--

LOCK TABLES `nv4_authors_api_credential` WRITE;
/*!40000 ALTER TABLE `nv4_authors_api_credential` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_authors_api_credential` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_authors_api_role`
--

DROP TABLE IF EXISTS `nv4_authors_api_role`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_authors_api_role` (
  `role_id` smallint(4) NOT NULL AUTO_INCREMENT,
  `role_title` varchar(250) NOT NULL DEFAULT '',
  `role_description` text NOT NULL,
  `role_data` text NOT NULL,
  `addtime` int(11) NOT NULL DEFAULT 0,
  `edittime` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`role_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Bảng lưu quyền truy cập API';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_authors_api_role`
--

LOCK TABLES `nv4_authors_api_role` WRITE;
/*!40000 ALTER TABLE `nv4_authors_api_role` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_authors_api_role` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_authors_config`
--

DROP TABLE IF EXISTS `nv4_authors_config`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_authors_config` (
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `keyname` varchar(39) NOT NULL DEFAULT '',
  `mask` tinyint(4) NOT NULL DEFAULT 0,
  `begintime` int(11) unsigned NOT NULL DEFAULT 0,
  `endtime` int(11) unsigned NOT NULL DEFAULT 0,
  `notice` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `keyname` (`keyname`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_authors_config`
--

LOCK TABLES `nv4_authors_config` WRITE;
/*!40000 ALTER TABLE `nv4_authors_config` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_authors_config` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_authors_module`
--

DROP TABLE IF EXISTS `nv4_authors_module`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_authors_module` (
  `mid` mediumint(8) NOT NULL AUTO_INCREMENT,
  `module` varchar(50) NOT NULL,
  `lang_key` varchar(50) NOT NULL DEFAULT '',
  `weight` mediumint(8) NOT NULL DEFAULT 0,
  `act_1` tinyint(4) NOT NULL DEFAULT 0,
  `act_2` tinyint(4) NOT NULL DEFAULT 1,
  `act_3` tinyint(4) NOT NULL DEFAULT 1,
  `checksum` varchar(32) DEFAULT '',
  PRIMARY KEY (`mid`),
  UNIQUE KEY `module` (`module`)
) ENGINE=MyISAM AUTO_INCREMENT=13 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_authors_module`
--

LOCK TABLES `nv4_authors_module` WRITE;
/*!40000 ALTER TABLE `nv4_authors_module` DISABLE KEYS */;
INSERT INTO `nv4_authors_module` VALUES (1,'siteinfo','mod_siteinfo',1,1,1,1,'aaa80ba9fa99a29e751db4711c7f4f33');
INSERT INTO `nv4_authors_module` VALUES (2,'authors','mod_authors',2,1,1,1,'300c814eb0b3c4a6d06158838cde529b');
INSERT INTO `nv4_authors_module` VALUES (3,'settings','mod_settings',3,1,1,0,'69ac4fc97c8a95cd539bc2ddf0647c7e');
INSERT INTO `nv4_authors_module` VALUES (4,'database','mod_database',4,1,0,0,'7fa2bb448680e19fdf88c78f81a935ce');
INSERT INTO `nv4_authors_module` VALUES (5,'webtools','mod_webtools',5,1,1,0,'0e239e2dc61b3054f5fe63d3c274f010');
INSERT INTO `nv4_authors_module` VALUES (6,'seotools','mod_seotools',6,1,1,0,'6d0fe03701e4759ad09808fb20bf36dc');
INSERT INTO `nv4_authors_module` VALUES (7,'language','mod_language',7,1,1,0,'c8e6b4b060f2ad09f677192fb2dc4b89');
INSERT INTO `nv4_authors_module` VALUES (8,'modules','mod_modules',8,1,1,0,'f60d1f6339c0eb830c60e4c08473b4f7');
INSERT INTO `nv4_authors_module` VALUES (9,'themes','mod_themes',9,1,1,0,'02483a755459212621175126bab2b95f');
INSERT INTO `nv4_authors_module` VALUES (10,'extensions','mod_extensions',10,1,0,0,'d4dd8608e18786fe60e77e14715201f2');
INSERT INTO `nv4_authors_module` VALUES (11,'upload','mod_upload',11,1,1,1,'a08c97c7c9bd2660bed0f13c0f80109a');
INSERT INTO `nv4_authors_module` VALUES (12,'zalo','mod_zalo',12,1,0,0,'833ae5b53d52f3a2d51ff55fd9da2a29');
/*!40000 ALTER TABLE `nv4_authors_module` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_authors_oauth`
--

DROP TABLE IF EXISTS `nv4_authors_oauth`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_authors_oauth` (
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `admin_id` int(11) unsigned NOT NULL COMMENT 'ID của quản trị',
  `oauth_server` varchar(50) NOT NULL COMMENT 'Eg: facebook, google...',
  `oauth_uid` varchar(50) NOT NULL COMMENT 'ID duy nhất ứng với server',
  `oauth_email` varchar(50) NOT NULL COMMENT 'Email',
  `oauth_id` varchar(50) NOT NULL DEFAULT '',
  `addtime` int(11) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `admin_id` (`admin_id`,`oauth_server`,`oauth_uid`),
  KEY `oauth_email` (`oauth_email`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Bảng lưu xác thực 2 bước từ oauth của admin';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_authors_oauth`
--

LOCK TABLES `nv4_authors_oauth` WRITE;
/*!40000 ALTER TABLE `nv4_authors_oauth` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_authors_oauth` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_banners_click`
--

DROP TABLE IF EXISTS `nv4_banners_click`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_banners_click` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `bid` mediumint(8) NOT NULL DEFAULT 0,
  `click_time` int(11) unsigned NOT NULL DEFAULT 0,
  `click_day` int(2) NOT NULL,
  `click_ip` varchar(46) NOT NULL,
  `click_country` varchar(10) NOT NULL,
  `click_browse_key` varchar(100) NOT NULL,
  `click_browse_name` varchar(100) NOT NULL,
  `click_os_key` varchar(100) NOT NULL,
  `click_os_name` varchar(100) NOT NULL,
  `click_ref` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `bid` (`bid`),
  KEY `click_day` (`click_day`),
  KEY `click_ip` (`click_ip`),
  KEY `click_country` (`click_country`),
  KEY `click_browse_key` (`click_browse_key`),
  KEY `click_os_key` (`click_os_key`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_banners_click`
--

LOCK TABLES `nv4_banners_click` WRITE;
/*!40000 ALTER TABLE `nv4_banners_click` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_banners_click` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_banners_plans`
--

DROP TABLE IF EXISTS `nv4_banners_plans`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_banners_plans` (
  `id` smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  `blang` char(2) DEFAULT '',
  `title` varchar(250) NOT NULL,
  `description` text DEFAULT NULL,
  `form` varchar(100) NOT NULL,
  `width` smallint(4) unsigned NOT NULL DEFAULT 0,
  `height` smallint(4) unsigned NOT NULL DEFAULT 0,
  `act` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `require_image` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `uploadtype` varchar(255) NOT NULL DEFAULT '',
  `uploadgroup` varchar(255) NOT NULL DEFAULT '',
  `exp_time` int(11) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `title` (`title`)
) ENGINE=MyISAM AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_banners_plans`
--

LOCK TABLES `nv4_banners_plans` WRITE;
/*!40000 ALTER TABLE `nv4_banners_plans` DISABLE KEYS */;
INSERT INTO `nv4_banners_plans` VALUES (1,'','Mid-page ad block','','sequential',575,72,1,1,'images','',0);
INSERT INTO `nv4_banners_plans` VALUES (2,'','Left-column ad block','','sequential',212,800,1,1,'images','',0);
INSERT INTO `nv4_banners_plans` VALUES (3,'','Right-column ad block','','random',250,500,1,1,'images','',0);
/*!40000 ALTER TABLE `nv4_banners_plans` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_banners_rows`
--

DROP TABLE IF EXISTS `nv4_banners_rows`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_banners_rows` (
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `pid` smallint(5) unsigned NOT NULL DEFAULT 0,
  `clid` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `file_name` varchar(255) NOT NULL,
  `file_ext` varchar(100) NOT NULL,
  `file_mime` varchar(100) NOT NULL,
  `width` int(4) unsigned NOT NULL DEFAULT 0,
  `height` int(4) unsigned NOT NULL DEFAULT 0,
  `file_alt` varchar(255) DEFAULT '',
  `imageforswf` varchar(255) DEFAULT '',
  `click_url` varchar(255) DEFAULT '',
  `target` varchar(10) NOT NULL DEFAULT '_blank',
  `bannerhtml` mediumtext NOT NULL,
  `add_time` int(11) unsigned NOT NULL DEFAULT 0,
  `publ_time` int(11) unsigned NOT NULL DEFAULT 0,
  `exp_time` int(11) unsigned NOT NULL DEFAULT 0,
  `hits_total` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `act` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `weight` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `pid` (`pid`),
  KEY `clid` (`clid`)
) ENGINE=MyISAM AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_banners_rows`
--

LOCK TABLES `nv4_banners_rows` WRITE;
/*!40000 ALTER TABLE `nv4_banners_rows` DISABLE KEYS */;
INSERT INTO `nv4_banners_rows` VALUES (1,'Mid-page advertisement',1,1,'webnhanh.jpg','png','image/jpeg',575,72,'','','http://webnhanh.vn','_blank','',1796235651,1796235651,0,0,1,1);
INSERT INTO `nv4_banners_rows` VALUES (2,'Left-column advertisement',2,1,'vinades.jpg','jpg','image/jpeg',212,400,'','','http://vinades.vn','_blank','',1796235651,1796235651,0,0,1,2);
/*!40000 ALTER TABLE `nv4_banners_rows` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_config`
--

DROP TABLE IF EXISTS `nv4_config`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_config` (
  `lang` varchar(3) NOT NULL DEFAULT 'sys',
  `module` varchar(50) NOT NULL DEFAULT 'global',
  `config_name` varchar(30) NOT NULL DEFAULT '',
  `config_value` text DEFAULT NULL,
  UNIQUE KEY `lang` (`lang`,`module`,`config_name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_config`
--

LOCK TABLES `nv4_config` WRITE;
/*!40000 ALTER TABLE `nv4_config` DISABLE KEYS */;
INSERT INTO `nv4_config` VALUES ('sys','site','admin_theme','admin_default');
INSERT INTO `nv4_config` VALUES ('sys','site','date_pattern','l, d/m/Y');
INSERT INTO `nv4_config` VALUES ('sys','site','time_pattern','H:i');
INSERT INTO `nv4_config` VALUES ('sys','site','online_upd','1');
INSERT INTO `nv4_config` VALUES ('sys','site','statistic','1');
INSERT INTO `nv4_config` VALUES ('sys','site','site_phone','');
INSERT INTO `nv4_config` VALUES ('sys','site','mailer_mode','mail');
INSERT INTO `nv4_config` VALUES ('sys','site','smtp_host','smtp.gmail.com');
INSERT INTO `nv4_config` VALUES ('sys','site','smtp_ssl','1');
INSERT INTO `nv4_config` VALUES ('sys','site','smtp_port','465');
INSERT INTO `nv4_config` VALUES ('sys','site','verify_peer_ssl','1');
INSERT INTO `nv4_config` VALUES ('sys','site','verify_peer_name_ssl','1');
INSERT INTO `nv4_config` VALUES ('sys','site','smtp_username','user@gmail.com');
INSERT INTO `nv4_config` VALUES ('sys','site','smtp_password','');
INSERT INTO `nv4_config` VALUES ('sys','site','sender_name','');
INSERT INTO `nv4_config` VALUES ('sys','site','sender_email','');
INSERT INTO `nv4_config` VALUES ('sys','site','reply_name','');
INSERT INTO `nv4_config` VALUES ('sys','site','reply_email','');
INSERT INTO `nv4_config` VALUES ('sys','site','force_sender','0');
INSERT INTO `nv4_config` VALUES ('sys','site','force_reply','0');
INSERT INTO `nv4_config` VALUES ('sys','site','notify_email_error','0');
INSERT INTO `nv4_config` VALUES ('sys','site','googleAnalyticsID','');
INSERT INTO `nv4_config` VALUES ('sys','site','googleAnalyticsSetDomainName','0');
INSERT INTO `nv4_config` VALUES ('sys','site','googleAnalyticsMethod','classic');
INSERT INTO `nv4_config` VALUES ('sys','site','googleAnalytics4ID','');
INSERT INTO `nv4_config` VALUES ('sys','site','searchEngineUniqueID','');
INSERT INTO `nv4_config` VALUES ('sys','site','zaloOfficialAccountID','');
INSERT INTO `nv4_config` VALUES ('sys','site','zaloAppID','');
INSERT INTO `nv4_config` VALUES ('sys','site','zaloAppSecretKey','');
INSERT INTO `nv4_config` VALUES ('sys','site','zaloOAAccessToken','');
INSERT INTO `nv4_config` VALUES ('sys','site','zaloOARefreshToken','');
INSERT INTO `nv4_config` VALUES ('sys','site','zaloOAAccessTokenTime','0');
INSERT INTO `nv4_config` VALUES ('sys','site','metaTagsOgp','1');
INSERT INTO `nv4_config` VALUES ('sys','site','pageTitleMode','pagetitle');
INSERT INTO `nv4_config` VALUES ('sys','site','description_length','170');
INSERT INTO `nv4_config` VALUES ('sys','site','nv_unickmin','4');
INSERT INTO `nv4_config` VALUES ('sys','site','nv_unickmax','20');
INSERT INTO `nv4_config` VALUES ('sys','site','nv_upassmin','8');
INSERT INTO `nv4_config` VALUES ('sys','site','nv_upassmax','32');
INSERT INTO `nv4_config` VALUES ('sys','site','dir_forum','');
INSERT INTO `nv4_config` VALUES ('sys','site','nv_unick_type','4');
INSERT INTO `nv4_config` VALUES ('sys','site','nv_upass_type','3');
INSERT INTO `nv4_config` VALUES ('sys','site','allowmailchange','1');
INSERT INTO `nv4_config` VALUES ('sys','site','allowuserpublic','1');
INSERT INTO `nv4_config` VALUES ('sys','site','allowquestion','0');
INSERT INTO `nv4_config` VALUES ('sys','site','allowloginchange','0');
INSERT INTO `nv4_config` VALUES ('sys','site','allowuserlogin','1');
INSERT INTO `nv4_config` VALUES ('sys','site','allowuserloginmulti','0');
INSERT INTO `nv4_config` VALUES ('sys','site','allowuserreg','2');
INSERT INTO `nv4_config` VALUES ('sys','site','is_user_forum','0');
INSERT INTO `nv4_config` VALUES ('sys','site','openid_servers','');
INSERT INTO `nv4_config` VALUES ('sys','site','openid_processing','connect,create,auto');
INSERT INTO `nv4_config` VALUES ('sys','site','user_check_pass_time','1800');
INSERT INTO `nv4_config` VALUES ('sys','site','auto_login_after_reg','1');
INSERT INTO `nv4_config` VALUES ('sys','site','whoviewuser','2');
INSERT INTO `nv4_config` VALUES ('sys','site','ssl_https','0');
INSERT INTO `nv4_config` VALUES ('sys','site','facebook_client_id','');
INSERT INTO `nv4_config` VALUES ('sys','site','facebook_client_secret','');
INSERT INTO `nv4_config` VALUES ('sys','site','google_client_id','');
INSERT INTO `nv4_config` VALUES ('sys','site','google_client_secret','');
INSERT INTO `nv4_config` VALUES ('sys','site','referer_blocker','1');
INSERT INTO `nv4_config` VALUES ('sys','site','private_site','0');
INSERT INTO `nv4_config` VALUES ('sys','site','max_user_admin','0');
INSERT INTO `nv4_config` VALUES ('sys','site','max_user_number','0');
INSERT INTO `nv4_config` VALUES ('sys','site','captcha_area','r,m,p');
INSERT INTO `nv4_config` VALUES ('sys','site','captcha_type','captcha');
INSERT INTO `nv4_config` VALUES ('sys','site','dkim_included','sendmail,mail');
INSERT INTO `nv4_config` VALUES ('sys','site','smime_included','sendmail,mail');
INSERT INTO `nv4_config` VALUES ('sys','site','nv_csp','script-src &#039;self&#039; *.google.com *.google-analytics.com *.googletagmanager.com *.gstatic.com *.facebook.com *.facebook.net *.twitter.com *.zalo.me *.zaloapp.com *.tawk.to *.cloudflareinsights.com &#039;unsafe-inline&#039; &#039;unsafe-hashes&#039; &#039;unsafe-eval&#039;;object-src &#039;self&#039;;style-src &#039;self&#039; *.google.com *.googleapis.com *.tawk.to &#039;unsafe-inline&#039;;img-src &#039;self&#039; data: *.twitter.com *.google.com *.googleapis.com *.gstatic.com *.facebook.com tawk.link *.tawk.to static.nukeviet.vn;media-src &#039;self&#039; *.tawk.to;frame-src &#039;self&#039; *.google.com *.youtube.com *.facebook.com *.facebook.net *.twitter.com *.zalo.me *.live.com;font-src &#039;self&#039; *.googleapis.com *.gstatic.com *.tawk.to;connect-src &#039;self&#039; *.zalo.me *.tawk.to wss://*.tawk.to;form-action &#039;self&#039; *.google.com;base-uri &#039;self&#039;;');
INSERT INTO `nv4_config` VALUES ('sys','site','nv_csp_act','0');
INSERT INTO `nv4_config` VALUES ('sys','site','nv_rp','no-referrer-when-downgrade, strict-origin-when-cross-origin');
INSERT INTO `nv4_config` VALUES ('sys','site','nv_rp_act','1');
INSERT INTO `nv4_config` VALUES ('sys','site','nv_pp','accelerometer=(self), autoplay=(self \"https://youtube.com\" \"https://www.youtube.com\" \"https://*.youtube.com\"), camera=(self), display-capture=(self), encrypted-media=(self), fullscreen=(self \"https://youtube.com\" \"https://www.youtube.com\" \"https://*.youtube.com\"), gamepad=(self), geolocation=(self), gyroscope=(self), hid=(self), identity-credentials-get=(self), idle-detection=(self), local-fonts=(self), magnetometer=(self), microphone=(self), midi=(self), otp-credentials=(self), payment=(self), picture-in-picture=(self \"https://youtube.com\" \"https://www.youtube.com\" \"https://*.youtube.com\"), publickey-credentials-get=(self), screen-wake-lock=(self), serial=(self), storage-access=(self), usb=(self), web-share=(self), window-management=(self), xr-spatial-tracking=(self)');
INSERT INTO `nv4_config` VALUES ('sys','site','nv_pp_act','1');
INSERT INTO `nv4_config` VALUES ('sys','site','nv_fp','accelerometer \'self\'; autoplay \'self\' https://youtube.com https://www.youtube.com; camera \'self\'; display-capture \'self\'; encrypted-media \'self\'; fullscreen \'self\' https://youtube.com https://www.youtube.com; gamepad \'self\'; geolocation \'self\'; gyroscope \'self\'; hid \'self\'; identity-credentials-get \'self\'; idle-detection \'self\'; local-fonts \'self\'; magnetometer \'self\'; microphone \'self\'; midi \'self\'; otp-credentials \'self\'; payment \'self\'; picture-in-picture \'self\' https://youtube.com https://www.youtube.com; publickey-credentials-get \'self\'; screen-wake-lock \'self\'; serial \'self\'; storage-access \'self\'; usb \'self\'; web-share \'self\'; window-management \'self\'; xr-spatial-tracking \'self\'');
INSERT INTO `nv4_config` VALUES ('sys','site','nv_fp_act','1');
INSERT INTO `nv4_config` VALUES ('sys','site','ogp_image','');
INSERT INTO `nv4_config` VALUES ('sys','site','over_capacity','0');
INSERT INTO `nv4_config` VALUES ('sys','site','show_folder_size','0');
INSERT INTO `nv4_config` VALUES ('sys','define','nv_gfx_num','6');
INSERT INTO `nv4_config` VALUES ('sys','global','closed_site','0');
INSERT INTO `nv4_config` VALUES ('sys','global','site_reopening_time','0');
INSERT INTO `nv4_config` VALUES ('sys','global','notification_active','1');
INSERT INTO `nv4_config` VALUES ('sys','global','notification_autodel','15');
INSERT INTO `nv4_config` VALUES ('sys','global','site_keywords','NukeViet, portal, mysql, php');
INSERT INTO `nv4_config` VALUES ('sys','global','block_admin_ip','0');
INSERT INTO `nv4_config` VALUES ('sys','global','admfirewall','0');
INSERT INTO `nv4_config` VALUES ('sys','global','dump_autobackup','1');
INSERT INTO `nv4_config` VALUES ('sys','global','dump_backup_ext','gz');
INSERT INTO `nv4_config` VALUES ('sys','global','dump_backup_day','30');
INSERT INTO `nv4_config` VALUES ('sys','global','file_allowed_ext','adobe,archives,audio,documents,flash,images,real,video');
INSERT INTO `nv4_config` VALUES ('sys','global','forbid_extensions','htm,html,htmls,js,php,php3,php4,php5,phtml,inc');
INSERT INTO `nv4_config` VALUES ('sys','global','forbid_mimes','application/ecmascript,application/javascript,application/x-javascript,text/ecmascript,text/html,text/javascript,application/x-httpd-php,application/x-httpd-php-source,application/php,application/x-php,text/php,text/x-php');
INSERT INTO `nv4_config` VALUES ('sys','global','nv_max_size','20971520');
INSERT INTO `nv4_config` VALUES ('sys','global','nv_overflow_size','0');
INSERT INTO `nv4_config` VALUES ('sys','global','upload_checking_mode','strong');
INSERT INTO `nv4_config` VALUES ('sys','global','upload_alt_require','1');
INSERT INTO `nv4_config` VALUES ('sys','global','upload_auto_alt','1');
INSERT INTO `nv4_config` VALUES ('sys','global','upload_chunk_size','0');
INSERT INTO `nv4_config` VALUES ('sys','global','useactivate','2');
INSERT INTO `nv4_config` VALUES ('sys','global','allow_sitelangs','vi');
INSERT INTO `nv4_config` VALUES ('sys','global','read_type','0');
INSERT INTO `nv4_config` VALUES ('sys','global','rewrite_enable','1');
INSERT INTO `nv4_config` VALUES ('sys','global','rewrite_optional','0');
INSERT INTO `nv4_config` VALUES ('sys','global','rewrite_endurl','/');
INSERT INTO `nv4_config` VALUES ('sys','global','rewrite_exturl','.html');
INSERT INTO `nv4_config` VALUES ('sys','global','rewrite_op_mod','');
INSERT INTO `nv4_config` VALUES ('sys','global','autocheckupdate','1');
INSERT INTO `nv4_config` VALUES ('sys','global','autoupdatetime','24');
INSERT INTO `nv4_config` VALUES ('sys','global','gzip_method','1');
INSERT INTO `nv4_config` VALUES ('sys','global','authors_detail_main','0');
INSERT INTO `nv4_config` VALUES ('sys','global','spadmin_add_admin','1');
INSERT INTO `nv4_config` VALUES ('sys','global','timestamp','1796235651');
INSERT INTO `nv4_config` VALUES ('sys','global','version','4.5.05');
INSERT INTO `nv4_config` VALUES ('sys','global','cookie_httponly','1');
INSERT INTO `nv4_config` VALUES ('sys','global','admin_check_pass_time','1800');
INSERT INTO `nv4_config` VALUES ('sys','global','cookie_secure','0');
INSERT INTO `nv4_config` VALUES ('sys','global','cookie_SameSite','Lax');
INSERT INTO `nv4_config` VALUES ('sys','global','cookie_share','0');
INSERT INTO `nv4_config` VALUES ('sys','global','is_flood_blocker','1');
INSERT INTO `nv4_config` VALUES ('sys','global','max_requests_60','40');
INSERT INTO `nv4_config` VALUES ('sys','global','max_requests_300','150');
INSERT INTO `nv4_config` VALUES ('sys','global','is_login_blocker','1');
INSERT INTO `nv4_config` VALUES ('sys','global','login_number_tracking','5');
INSERT INTO `nv4_config` VALUES ('sys','global','login_time_tracking','5');
INSERT INTO `nv4_config` VALUES ('sys','global','login_time_ban','30');
INSERT INTO `nv4_config` VALUES ('sys','global','nv_display_errors_list','1');
INSERT INTO `nv4_config` VALUES ('sys','global','display_errors_list','1');
INSERT INTO `nv4_config` VALUES ('sys','global','nv_auto_resize','1');
INSERT INTO `nv4_config` VALUES ('sys','global','dump_interval','1');
INSERT INTO `nv4_config` VALUES ('sys','global','nv_static_url','');
INSERT INTO `nv4_config` VALUES ('sys','global','cdn_url','');
INSERT INTO `nv4_config` VALUES ('sys','global','two_step_verification','0');
INSERT INTO `nv4_config` VALUES ('sys','global','admin_2step_opt','code');
INSERT INTO `nv4_config` VALUES ('sys','global','admin_2step_default','code');
INSERT INTO `nv4_config` VALUES ('sys','global','recaptcha_sitekey','');
INSERT INTO `nv4_config` VALUES ('sys','global','recaptcha_secretkey','');
INSERT INTO `nv4_config` VALUES ('sys','global','recaptcha_type','image');
INSERT INTO `nv4_config` VALUES ('sys','global','recaptcha_ver','2');
INSERT INTO `nv4_config` VALUES ('sys','global','users_special','0');
INSERT INTO `nv4_config` VALUES ('sys','global','crosssite_restrict','1');
INSERT INTO `nv4_config` VALUES ('sys','global','crosssite_valid_domains','');
INSERT INTO `nv4_config` VALUES ('sys','global','crosssite_valid_ips','');
INSERT INTO `nv4_config` VALUES ('sys','global','crossadmin_restrict','1');
INSERT INTO `nv4_config` VALUES ('sys','global','crossadmin_valid_domains','');
INSERT INTO `nv4_config` VALUES ('sys','global','crossadmin_valid_ips','');
INSERT INTO `nv4_config` VALUES ('sys','global','domains_whitelist','[\"youtube.com\",\"www.youtube.com\",\"google.com\",\"www.google.com\",\"drive.google.com\",\"docs.google.com\",\"view.officeapps.live.com\",\"vimeo.com\",\"player.vimeo.com\"]');
INSERT INTO `nv4_config` VALUES ('sys','global','domains_restrict','1');
INSERT INTO `nv4_config` VALUES ('sys','global','remote_api_access','0');
INSERT INTO `nv4_config` VALUES ('sys','global','remote_api_log','1');
INSERT INTO `nv4_config` VALUES ('sys','global','allow_null_origin','0');
INSERT INTO `nv4_config` VALUES ('sys','global','ip_allow_null_origin','');
INSERT INTO `nv4_config` VALUES ('sys','global','cookie_notice_popup','0');
INSERT INTO `nv4_config` VALUES ('sys','global','XSSsanitize','1');
INSERT INTO `nv4_config` VALUES ('sys','global','admin_XSSsanitize','1');
INSERT INTO `nv4_config` VALUES ('sys','define','nv_gfx_width','150');
INSERT INTO `nv4_config` VALUES ('sys','define','nv_gfx_height','40');
INSERT INTO `nv4_config` VALUES ('sys','define','nv_max_width','1500');
INSERT INTO `nv4_config` VALUES ('sys','define','nv_max_height','1500');
INSERT INTO `nv4_config` VALUES ('sys','define','nv_mobile_mode_img','480');
INSERT INTO `nv4_config` VALUES ('sys','define','nv_live_cookie_time','31104000');
INSERT INTO `nv4_config` VALUES ('sys','define','nv_live_session_time','0');
INSERT INTO `nv4_config` VALUES ('sys','define','nv_anti_iframe','1');
INSERT INTO `nv4_config` VALUES ('sys','define','nv_anti_agent','0');
INSERT INTO `nv4_config` VALUES ('sys','define','nv_allowed_html_tags','embed, object, param, a, b, blockquote, br, caption, col, colgroup, div, em, h1, h2, h3, h4, h5, h6, hr, i, img, li, p, span, strong, s, sub, sup, table, tbody, td, th, tr, u, ul, ol, iframe, figure, figcaption, video, audio, source, track, code, pre, mark');
INSERT INTO `nv4_config` VALUES ('sys','define','nv_debug','0');
INSERT INTO `nv4_config` VALUES ('vi','global','site_domain','');
INSERT INTO `nv4_config` VALUES ('vi','global','site_name','Cổng thông tin NTM &#40;NukeViet test&#41;');
INSERT INTO `nv4_config` VALUES ('vi','global','site_logo','');
INSERT INTO `nv4_config` VALUES ('vi','global','site_banner','');
INSERT INTO `nv4_config` VALUES ('vi','global','site_favicon','');
INSERT INTO `nv4_config` VALUES ('vi','global','site_description','Chia sẻ thành công, kết nối đam mê');
INSERT INTO `nv4_config` VALUES ('vi','global','site_keywords','');
INSERT INTO `nv4_config` VALUES ('vi','global','theme_type','r,d,m');
INSERT INTO `nv4_config` VALUES ('vi','global','site_theme','default');
INSERT INTO `nv4_config` VALUES ('vi','global','preview_theme','');
INSERT INTO `nv4_config` VALUES ('vi','global','user_allowed_theme','');
INSERT INTO `nv4_config` VALUES ('vi','global','mobile_theme','mobile_default');
INSERT INTO `nv4_config` VALUES ('vi','global','site_home_module','news');
INSERT INTO `nv4_config` VALUES ('vi','global','switch_mobi_des','1');
INSERT INTO `nv4_config` VALUES ('vi','global','upload_logo','');
INSERT INTO `nv4_config` VALUES ('vi','global','upload_logo_pos','bottomRight');
INSERT INTO `nv4_config` VALUES ('vi','global','autologosize1','50');
INSERT INTO `nv4_config` VALUES ('vi','global','autologosize2','40');
INSERT INTO `nv4_config` VALUES ('vi','global','autologosize3','30');
INSERT INTO `nv4_config` VALUES ('vi','global','autologomod','');
INSERT INTO `nv4_config` VALUES ('vi','global','name_show','0');
INSERT INTO `nv4_config` VALUES ('vi','global','cronjobs_next_time','1796236805');
INSERT INTO `nv4_config` VALUES ('vi','global','disable_site_content','Vì lý do kỹ thuật website tạm ngưng hoạt động. Thành thật xin lỗi các bạn vì sự bất tiện này!');
INSERT INTO `nv4_config` VALUES ('vi','seotools','prcservice','');
INSERT INTO `nv4_config` VALUES ('vi','about','auto_postcomm','1');
INSERT INTO `nv4_config` VALUES ('vi','about','allowed_comm','-1');
INSERT INTO `nv4_config` VALUES ('vi','about','view_comm','6');
INSERT INTO `nv4_config` VALUES ('vi','about','setcomm','4');
INSERT INTO `nv4_config` VALUES ('vi','about','activecomm','0');
INSERT INTO `nv4_config` VALUES ('vi','about','emailcomm','0');
INSERT INTO `nv4_config` VALUES ('vi','about','adminscomm','');
INSERT INTO `nv4_config` VALUES ('vi','about','sortcomm','0');
INSERT INTO `nv4_config` VALUES ('vi','about','captcha_area_comm','1');
INSERT INTO `nv4_config` VALUES ('vi','about','perpagecomm','5');
INSERT INTO `nv4_config` VALUES ('vi','about','timeoutcomm','360');
INSERT INTO `nv4_config` VALUES ('vi','about','allowattachcomm','0');
INSERT INTO `nv4_config` VALUES ('vi','about','alloweditorcomm','0');
INSERT INTO `nv4_config` VALUES ('vi','news','indexfile','viewcat_main_right');
INSERT INTO `nv4_config` VALUES ('vi','news','mobile_indexfile','viewcat_page_new');
INSERT INTO `nv4_config` VALUES ('vi','news','per_page','20');
INSERT INTO `nv4_config` VALUES ('vi','news','st_links','10');
INSERT INTO `nv4_config` VALUES ('vi','news','homewidth','100');
INSERT INTO `nv4_config` VALUES ('vi','news','homeheight','150');
INSERT INTO `nv4_config` VALUES ('vi','news','blockwidth','70');
INSERT INTO `nv4_config` VALUES ('vi','news','blockheight','75');
INSERT INTO `nv4_config` VALUES ('vi','news','imagefull','460');
INSERT INTO `nv4_config` VALUES ('vi','news','copyright','Chú ý: Việc đăng lại bài viết trên ở website hoặc các phương tiện truyền thông khác mà không ghi rõ nguồn http://nukeviet.vn là vi phạm bản quyền');
INSERT INTO `nv4_config` VALUES ('vi','news','showtooltip','1');
INSERT INTO `nv4_config` VALUES ('vi','news','tooltip_position','bottom');
INSERT INTO `nv4_config` VALUES ('vi','news','tooltip_length','150');
INSERT INTO `nv4_config` VALUES ('vi','news','showhometext','1');
INSERT INTO `nv4_config` VALUES ('vi','news','timecheckstatus','1799134200');
INSERT INTO `nv4_config` VALUES ('vi','news','config_source','0');
INSERT INTO `nv4_config` VALUES ('vi','news','show_no_image','');
INSERT INTO `nv4_config` VALUES ('vi','news','allowed_rating','1');
INSERT INTO `nv4_config` VALUES ('vi','news','allowed_rating_point','1');
INSERT INTO `nv4_config` VALUES ('vi','news','facebookappid','');
INSERT INTO `nv4_config` VALUES ('vi','news','socialbutton','facebook,twitter');
INSERT INTO `nv4_config` VALUES ('vi','news','alias_lower','1');
INSERT INTO `nv4_config` VALUES ('vi','news','tags_alias','0');
INSERT INTO `nv4_config` VALUES ('vi','news','auto_tags','0');
INSERT INTO `nv4_config` VALUES ('vi','news','tags_remind','1');
INSERT INTO `nv4_config` VALUES ('vi','news','keywords_tag','1');
INSERT INTO `nv4_config` VALUES ('vi','news','copy_news','0');
INSERT INTO `nv4_config` VALUES ('vi','news','structure_upload','Ym');
INSERT INTO `nv4_config` VALUES ('vi','news','imgposition','2');
INSERT INTO `nv4_config` VALUES ('vi','news','htmlhometext','0');
INSERT INTO `nv4_config` VALUES ('vi','news','order_articles','0');
INSERT INTO `nv4_config` VALUES ('vi','news','identify_cat_change','0');
INSERT INTO `nv4_config` VALUES ('vi','news','active_history','0');
INSERT INTO `nv4_config` VALUES ('vi','news','hide_author','0');
INSERT INTO `nv4_config` VALUES ('vi','news','hide_inauthor','0');
INSERT INTO `nv4_config` VALUES ('vi','news','elas_use','0');
INSERT INTO `nv4_config` VALUES ('vi','news','elas_host','');
INSERT INTO `nv4_config` VALUES ('vi','news','elas_port','9200');
INSERT INTO `nv4_config` VALUES ('vi','news','elas_index','');
INSERT INTO `nv4_config` VALUES ('vi','news','instant_articles_active','0');
INSERT INTO `nv4_config` VALUES ('vi','news','instant_articles_template','default');
INSERT INTO `nv4_config` VALUES ('vi','news','instant_articles_httpauth','0');
INSERT INTO `nv4_config` VALUES ('vi','news','instant_articles_username','');
INSERT INTO `nv4_config` VALUES ('vi','news','instant_articles_password','');
INSERT INTO `nv4_config` VALUES ('vi','news','instant_articles_livetime','60');
INSERT INTO `nv4_config` VALUES ('vi','news','instant_articles_gettime','120');
INSERT INTO `nv4_config` VALUES ('vi','news','instant_articles_auto','1');
INSERT INTO `nv4_config` VALUES ('vi','news','auto_postcomm','1');
INSERT INTO `nv4_config` VALUES ('vi','news','allowed_comm','-1');
INSERT INTO `nv4_config` VALUES ('vi','news','view_comm','6');
INSERT INTO `nv4_config` VALUES ('vi','news','setcomm','4');
INSERT INTO `nv4_config` VALUES ('vi','news','activecomm','1');
INSERT INTO `nv4_config` VALUES ('vi','news','emailcomm','0');
INSERT INTO `nv4_config` VALUES ('vi','news','adminscomm','');
INSERT INTO `nv4_config` VALUES ('vi','news','sortcomm','0');
INSERT INTO `nv4_config` VALUES ('vi','news','captcha_area_comm','1');
INSERT INTO `nv4_config` VALUES ('vi','news','perpagecomm','5');
INSERT INTO `nv4_config` VALUES ('vi','news','timeoutcomm','360');
INSERT INTO `nv4_config` VALUES ('vi','news','allowattachcomm','0');
INSERT INTO `nv4_config` VALUES ('vi','news','alloweditorcomm','0');
INSERT INTO `nv4_config` VALUES ('vi','news','frontend_edit_alias','0');
INSERT INTO `nv4_config` VALUES ('vi','news','frontend_edit_layout','1');
INSERT INTO `nv4_config` VALUES ('vi','news','captcha_type','captcha');
INSERT INTO `nv4_config` VALUES ('vi','contact','bodytext','Để không ngừng nâng cao chất lượng dịch vụ và đáp ứng tốt hơn nữa các yêu cầu của Quý khách, chúng tôi mong muốn nhận được các thông tin phản hồi. Nếu Quý khách có bất kỳ thắc mắc hoặc đóng góp nào, xin vui lòng liên hệ với chúng tôi theo thông tin dưới đây. Chúng tôi sẽ phản hồi lại Quý khách trong thời gian sớm nhất.');
INSERT INTO `nv4_config` VALUES ('vi','contact','sendcopymode','0');
INSERT INTO `nv4_config` VALUES ('vi','contact','captcha_type','captcha');
INSERT INTO `nv4_config` VALUES ('vi','voting','difftimeout','3600');
INSERT INTO `nv4_config` VALUES ('vi','voting','captcha_type','captcha');
INSERT INTO `nv4_config` VALUES ('sys','banners','captcha_type','captcha');
INSERT INTO `nv4_config` VALUES ('vi','page','auto_postcomm','1');
INSERT INTO `nv4_config` VALUES ('vi','page','allowed_comm','-1');
INSERT INTO `nv4_config` VALUES ('vi','page','view_comm','6');
INSERT INTO `nv4_config` VALUES ('vi','page','setcomm','4');
INSERT INTO `nv4_config` VALUES ('vi','page','activecomm','0');
INSERT INTO `nv4_config` VALUES ('vi','page','emailcomm','0');
INSERT INTO `nv4_config` VALUES ('vi','page','adminscomm','');
INSERT INTO `nv4_config` VALUES ('vi','page','sortcomm','0');
INSERT INTO `nv4_config` VALUES ('vi','page','captcha_area_comm','1');
INSERT INTO `nv4_config` VALUES ('vi','page','perpagecomm','5');
INSERT INTO `nv4_config` VALUES ('vi','page','timeoutcomm','360');
INSERT INTO `nv4_config` VALUES ('vi','page','allowattachcomm','0');
INSERT INTO `nv4_config` VALUES ('vi','page','alloweditorcomm','0');
INSERT INTO `nv4_config` VALUES ('vi','comment','captcha_type','captcha');
INSERT INTO `nv4_config` VALUES ('vi','siteterms','auto_postcomm','1');
INSERT INTO `nv4_config` VALUES ('vi','siteterms','allowed_comm','-1');
INSERT INTO `nv4_config` VALUES ('vi','siteterms','view_comm','6');
INSERT INTO `nv4_config` VALUES ('vi','siteterms','setcomm','4');
INSERT INTO `nv4_config` VALUES ('vi','siteterms','activecomm','0');
INSERT INTO `nv4_config` VALUES ('vi','siteterms','emailcomm','0');
INSERT INTO `nv4_config` VALUES ('vi','siteterms','adminscomm','');
INSERT INTO `nv4_config` VALUES ('vi','siteterms','sortcomm','0');
INSERT INTO `nv4_config` VALUES ('vi','siteterms','captcha_area_comm','1');
INSERT INTO `nv4_config` VALUES ('vi','siteterms','perpagecomm','5');
INSERT INTO `nv4_config` VALUES ('vi','siteterms','timeoutcomm','360');
INSERT INTO `nv4_config` VALUES ('vi','siteterms','allowattachcomm','0');
INSERT INTO `nv4_config` VALUES ('vi','siteterms','alloweditorcomm','0');
INSERT INTO `nv4_config` VALUES ('vi','freecontent','next_execute','0');
INSERT INTO `nv4_config` VALUES ('sys','site','statistics_timezone','Africa/Abidjan');
INSERT INTO `nv4_config` VALUES ('sys','site','site_email','admin@ntm.example.vn');
INSERT INTO `nv4_config` VALUES ('sys','global','error_set_logs','1');
INSERT INTO `nv4_config` VALUES ('sys','global','error_send_email','admin@ntm.example.vn');
INSERT INTO `nv4_config` VALUES ('sys','global','site_lang','vi');
INSERT INTO `nv4_config` VALUES ('sys','global','my_domains','127.0.0.1');
INSERT INTO `nv4_config` VALUES ('sys','global','cookie_prefix','nv4');
INSERT INTO `nv4_config` VALUES ('sys','global','session_prefix','nv4s_r6QzKG');
INSERT INTO `nv4_config` VALUES ('sys','global','site_timezone','byCountry');
INSERT INTO `nv4_config` VALUES ('sys','global','proxy_blocker','0');
INSERT INTO `nv4_config` VALUES ('sys','global','str_referer_blocker','0');
INSERT INTO `nv4_config` VALUES ('sys','global','lang_multi','1');
INSERT INTO `nv4_config` VALUES ('sys','global','lang_geo','0');
INSERT INTO `nv4_config` VALUES ('sys','global','ftp_server','localhost');
INSERT INTO `nv4_config` VALUES ('sys','global','ftp_port','21');
INSERT INTO `nv4_config` VALUES ('sys','global','ftp_user_name','');
INSERT INTO `nv4_config` VALUES ('sys','global','ftp_user_pass','8CqXTE84fpdP-5IpHpCJIQ,,');
INSERT INTO `nv4_config` VALUES ('sys','global','ftp_path','/');
INSERT INTO `nv4_config` VALUES ('sys','global','ftp_check_login','0');
INSERT INTO `nv4_config` VALUES ('vi','laws','auto_postcomm','0');
INSERT INTO `nv4_config` VALUES ('vi','laws','captcha_area_comm','1');
INSERT INTO `nv4_config` VALUES ('vi','laws','captcha_type_comm','captcha');
INSERT INTO `nv4_config` VALUES ('vi','laws','allowed_comm','6');
INSERT INTO `nv4_config` VALUES ('vi','laws','view_comm','6');
INSERT INTO `nv4_config` VALUES ('vi','laws','setcomm','4');
INSERT INTO `nv4_config` VALUES ('vi','laws','activecomm','0');
INSERT INTO `nv4_config` VALUES ('vi','laws','emailcomm','0');
INSERT INTO `nv4_config` VALUES ('vi','laws','adminscomm','');
INSERT INTO `nv4_config` VALUES ('vi','laws','sortcomm','0');
INSERT INTO `nv4_config` VALUES ('vi','laws','captcha','1');
INSERT INTO `nv4_config` VALUES ('vi','laws','perpagecomm','5');
INSERT INTO `nv4_config` VALUES ('vi','laws','timeoutcomm','360');
INSERT INTO `nv4_config` VALUES ('vi','laws','allowattachcomm','0');
INSERT INTO `nv4_config` VALUES ('vi','laws','alloweditorcomm','0');
/*!40000 ALTER TABLE `nv4_config` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_cookies`
--

DROP TABLE IF EXISTS `nv4_cookies`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_cookies` (
  `name` varchar(50) NOT NULL DEFAULT '',
  `value` mediumtext NOT NULL,
  `domain` varchar(100) NOT NULL DEFAULT '',
  `path` varchar(100) NOT NULL DEFAULT '',
  `expires` int(11) NOT NULL DEFAULT 0,
  `secure` tinyint(1) NOT NULL DEFAULT 0,
  UNIQUE KEY `cookiename` (`name`,`domain`,`path`),
  KEY `name` (`name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_cookies`
--

LOCK TABLES `nv4_cookies` WRITE;
/*!40000 ALTER TABLE `nv4_cookies` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_cookies` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_counter`
--

DROP TABLE IF EXISTS `nv4_counter`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_counter` (
  `c_type` varchar(100) NOT NULL,
  `c_val` varchar(100) NOT NULL,
  `last_update` int(11) NOT NULL DEFAULT 0,
  `c_count` int(11) unsigned NOT NULL DEFAULT 0,
  `vi_count` int(11) unsigned NOT NULL DEFAULT 0,
  UNIQUE KEY `c_type` (`c_type`,`c_val`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_counter`
--

LOCK TABLES `nv4_counter` WRITE;
/*!40000 ALTER TABLE `nv4_counter` DISABLE KEYS */;
INSERT INTO `nv4_counter` VALUES ('c_time','start',0,0,0);
INSERT INTO `nv4_counter` VALUES ('c_time','last',0,1796236696,0);
INSERT INTO `nv4_counter` VALUES ('total','hits',1796236696,80,80);
INSERT INTO `nv4_counter` VALUES ('year','2026',1796236696,80,80);
INSERT INTO `nv4_counter` VALUES ('year','2027',0,0,0);
INSERT INTO `nv4_counter` VALUES ('year','2028',0,0,0);
INSERT INTO `nv4_counter` VALUES ('year','2029',0,0,0);
INSERT INTO `nv4_counter` VALUES ('year','2030',0,0,0);
INSERT INTO `nv4_counter` VALUES ('year','2031',0,0,0);
INSERT INTO `nv4_counter` VALUES ('year','2032',0,0,0);
INSERT INTO `nv4_counter` VALUES ('year','2033',0,0,0);
INSERT INTO `nv4_counter` VALUES ('year','2034',0,0,0);
INSERT INTO `nv4_counter` VALUES ('month','Jan',0,0,0);
INSERT INTO `nv4_counter` VALUES ('month','Feb',0,0,0);
INSERT INTO `nv4_counter` VALUES ('month','Mar',0,0,0);
INSERT INTO `nv4_counter` VALUES ('month','Apr',0,0,0);
INSERT INTO `nv4_counter` VALUES ('month','May',0,0,0);
INSERT INTO `nv4_counter` VALUES ('month','Jun',0,0,0);
INSERT INTO `nv4_counter` VALUES ('month','Jul',0,0,0);
INSERT INTO `nv4_counter` VALUES ('month','Aug',0,0,0);
INSERT INTO `nv4_counter` VALUES ('month','Sep',0,0,0);
INSERT INTO `nv4_counter` VALUES ('month','Oct',0,0,0);
INSERT INTO `nv4_counter` VALUES ('month','Nov',0,0,0);
INSERT INTO `nv4_counter` VALUES ('month','Dec',1796236696,80,80);
INSERT INTO `nv4_counter` VALUES ('day','01',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','02',1796236696,80,80);
INSERT INTO `nv4_counter` VALUES ('day','03',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','04',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','05',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','06',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','07',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','08',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','09',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','10',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','11',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','12',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','13',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','14',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','15',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','16',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','17',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','18',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','19',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','20',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','21',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','22',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','23',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','24',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','25',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','26',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','27',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','28',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','29',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','30',0,0,0);
INSERT INTO `nv4_counter` VALUES ('day','31',0,0,0);
INSERT INTO `nv4_counter` VALUES ('dayofweek','Sunday',0,0,0);
INSERT INTO `nv4_counter` VALUES ('dayofweek','Monday',0,0,0);
INSERT INTO `nv4_counter` VALUES ('dayofweek','Tuesday',0,0,0);
INSERT INTO `nv4_counter` VALUES ('dayofweek','Wednesday',1796236696,80,80);
INSERT INTO `nv4_counter` VALUES ('dayofweek','Thursday',0,0,0);
INSERT INTO `nv4_counter` VALUES ('dayofweek','Friday',0,0,0);
INSERT INTO `nv4_counter` VALUES ('dayofweek','Saturday',0,0,0);
INSERT INTO `nv4_counter` VALUES ('hour','00',0,0,0);
INSERT INTO `nv4_counter` VALUES ('hour','01',0,0,0);
INSERT INTO `nv4_counter` VALUES ('hour','02',0,0,0);
INSERT INTO `nv4_counter` VALUES ('hour','03',0,0,0);
INSERT INTO `nv4_counter` VALUES ('hour','04',0,0,0);
INSERT INTO `nv4_counter` VALUES ('hour','05',0,0,0);
INSERT INTO `nv4_counter` VALUES ('hour','06',0,0,0);
INSERT INTO `nv4_counter` VALUES ('hour','07',0,0,0);
INSERT INTO `nv4_counter` VALUES ('hour','08',0,0,0);
INSERT INTO `nv4_counter` VALUES ('hour','09',0,0,0);
INSERT INTO `nv4_counter` VALUES ('hour','10',0,0,0);
INSERT INTO `nv4_counter` VALUES ('hour','11',0,0,0);
INSERT INTO `nv4_counter` VALUES ('hour','12',0,0,0);
INSERT INTO `nv4_counter` VALUES ('hour','13',0,0,0);
INSERT INTO `nv4_counter` VALUES ('hour','14',0,0,0);
INSERT INTO `nv4_counter` VALUES ('hour','15',0,0,0);
INSERT INTO `nv4_counter` VALUES ('hour','16',0,0,0);
INSERT INTO `nv4_counter` VALUES ('hour','17',0,0,0);
INSERT INTO `nv4_counter` VALUES ('hour','18',1796236696,80,80);
INSERT INTO `nv4_counter` VALUES ('hour','19',0,0,0);
INSERT INTO `nv4_counter` VALUES ('hour','20',0,0,0);
INSERT INTO `nv4_counter` VALUES ('hour','21',0,0,0);
INSERT INTO `nv4_counter` VALUES ('hour','22',0,0,0);
INSERT INTO `nv4_counter` VALUES ('hour','23',0,0,0);
INSERT INTO `nv4_counter` VALUES ('bot','googlebot',0,0,0);
INSERT INTO `nv4_counter` VALUES ('bot','msnbot',0,0,0);
INSERT INTO `nv4_counter` VALUES ('bot','bingbot',0,0,0);
INSERT INTO `nv4_counter` VALUES ('bot','yahooslurp',0,0,0);
INSERT INTO `nv4_counter` VALUES ('bot','w3cvalidator',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','opera',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','operamini',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','webtv',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','explorer',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','edge',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','pocket',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','konqueror',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','icab',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','omniweb',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','firebird',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','firefox',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','iceweasel',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','shiretoko',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','mozilla',1796236696,1,1);
INSERT INTO `nv4_counter` VALUES ('browser','amaya',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','lynx',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','safari',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','iphone',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','ipod',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','ipad',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','chrome',1796236650,60,60);
INSERT INTO `nv4_counter` VALUES ('browser','cococ',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','android',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','googlebot',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','yahooslurp',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','w3cvalidator',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','blackberry',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','icecat',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','nokias60',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','nokia',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','msn',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','msnbot',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','bingbot',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','netscape',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','galeon',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','netpositive',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','phoenix',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','Mobile',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','bots',0,0,0);
INSERT INTO `nv4_counter` VALUES ('browser','Unknown',1796236693,19,19);
INSERT INTO `nv4_counter` VALUES ('os','unknown',1796236693,19,19);
INSERT INTO `nv4_counter` VALUES ('os','win',0,0,0);
INSERT INTO `nv4_counter` VALUES ('os','win10',0,0,0);
INSERT INTO `nv4_counter` VALUES ('os','win8',0,0,0);
INSERT INTO `nv4_counter` VALUES ('os','win7',0,0,0);
INSERT INTO `nv4_counter` VALUES ('os','win2003',0,0,0);
INSERT INTO `nv4_counter` VALUES ('os','winvista',0,0,0);
INSERT INTO `nv4_counter` VALUES ('os','wince',0,0,0);
INSERT INTO `nv4_counter` VALUES ('os','winxp',0,0,0);
INSERT INTO `nv4_counter` VALUES ('os','win2000',0,0,0);
INSERT INTO `nv4_counter` VALUES ('os','apple',0,0,0);
INSERT INTO `nv4_counter` VALUES ('os','linux',1796236696,61,61);
INSERT INTO `nv4_counter` VALUES ('os','os2',0,0,0);
INSERT INTO `nv4_counter` VALUES ('os','beos',0,0,0);
INSERT INTO `nv4_counter` VALUES ('os','iphone',0,0,0);
INSERT INTO `nv4_counter` VALUES ('os','ipod',0,0,0);
INSERT INTO `nv4_counter` VALUES ('os','ipad',0,0,0);
INSERT INTO `nv4_counter` VALUES ('os','blackberry',0,0,0);
INSERT INTO `nv4_counter` VALUES ('os','nokia',0,0,0);
INSERT INTO `nv4_counter` VALUES ('os','freebsd',0,0,0);
INSERT INTO `nv4_counter` VALUES ('os','openbsd',0,0,0);
INSERT INTO `nv4_counter` VALUES ('os','netbsd',0,0,0);
INSERT INTO `nv4_counter` VALUES ('os','sunos',0,0,0);
INSERT INTO `nv4_counter` VALUES ('os','opensolaris',0,0,0);
INSERT INTO `nv4_counter` VALUES ('os','android',0,0,0);
INSERT INTO `nv4_counter` VALUES ('os','irix',0,0,0);
INSERT INTO `nv4_counter` VALUES ('os','palm',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','AD',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','AE',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','AF',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','AG',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','AI',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','AL',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','AM',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','AN',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','AO',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','AQ',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','AR',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','AS',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','AT',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','AU',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','AW',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','AZ',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','BA',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','BB',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','BD',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','BE',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','BF',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','BG',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','BH',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','BI',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','BJ',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','BM',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','BN',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','BO',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','BR',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','BS',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','BT',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','BW',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','BY',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','BZ',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','CA',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','CD',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','CF',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','CG',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','CH',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','CI',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','CK',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','CL',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','CM',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','CN',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','CO',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','CR',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','CS',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','CU',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','CV',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','CY',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','CZ',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','DE',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','DJ',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','DK',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','DM',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','DO',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','DZ',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','EC',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','EE',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','EG',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','ER',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','ES',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','ET',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','EU',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','FI',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','FJ',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','FK',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','FM',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','FO',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','FR',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','GA',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','GB',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','GD',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','GE',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','GF',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','GH',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','GI',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','GL',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','GM',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','GN',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','GP',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','GQ',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','GR',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','GS',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','GT',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','GU',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','GW',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','GY',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','HK',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','HN',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','HR',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','HT',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','HU',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','ID',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','IE',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','IL',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','IN',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','IO',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','IQ',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','IR',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','IS',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','IT',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','JM',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','JO',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','JP',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','KE',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','KG',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','KH',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','KI',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','KM',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','KN',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','KR',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','KW',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','KY',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','KZ',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','LA',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','LB',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','LC',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','LI',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','LK',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','LR',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','LS',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','LT',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','LU',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','LV',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','LY',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','MA',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','MC',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','MD',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','MG',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','MH',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','MK',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','ML',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','MM',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','MN',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','MO',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','MP',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','MQ',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','MR',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','MT',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','MU',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','MV',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','MW',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','MX',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','MY',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','MZ',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','NA',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','NC',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','NE',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','NF',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','NG',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','NI',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','NL',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','NO',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','NP',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','NR',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','NU',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','NZ',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','OM',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','PA',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','PE',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','PF',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','PG',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','PH',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','PK',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','PL',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','PR',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','PS',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','PT',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','PW',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','PY',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','QA',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','RE',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','RO',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','RU',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','RW',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','SA',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','SB',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','SC',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','SD',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','SE',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','SG',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','SI',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','SK',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','SL',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','SM',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','SN',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','SO',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','SR',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','ST',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','SV',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','SY',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','SZ',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','TD',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','TF',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','TG',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','TH',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','TJ',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','TK',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','TL',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','TM',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','TN',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','TO',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','TR',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','TT',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','TV',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','TW',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','TZ',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','UA',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','UG',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','US',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','UY',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','UZ',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','VA',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','VC',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','VE',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','VG',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','VI',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','VN',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','VU',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','WS',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','YE',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','YT',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','YU',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','ZA',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','ZM',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','ZW',0,0,0);
INSERT INTO `nv4_counter` VALUES ('country','ZZ',1796236696,80,80);
INSERT INTO `nv4_counter` VALUES ('country','unkown',0,0,0);
/*!40000 ALTER TABLE `nv4_counter` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_cronjobs`
--

DROP TABLE IF EXISTS `nv4_cronjobs`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_cronjobs` (
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `start_time` int(11) unsigned NOT NULL DEFAULT 0,
  `inter_val` int(11) unsigned NOT NULL DEFAULT 0,
  `inter_val_type` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT '0: Lặp lại sau thời điểm bắt đầu thực tế, 1:lặp lại sau thời điểm bắt đầu trong CSDL',
  `run_file` varchar(255) NOT NULL,
  `run_func` varchar(255) NOT NULL,
  `params` varchar(255) DEFAULT NULL,
  `del` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `is_sys` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `act` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `last_time` int(11) unsigned NOT NULL DEFAULT 0,
  `last_result` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `vi_cron_name` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `is_sys` (`is_sys`)
) ENGINE=MyISAM AUTO_INCREMENT=10 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_cronjobs`
--

LOCK TABLES `nv4_cronjobs` WRITE;
/*!40000 ALTER TABLE `nv4_cronjobs` DISABLE KEYS */;
INSERT INTO `nv4_cronjobs` VALUES (1,1796235651,5,0,'online_expired_del.php','cron_online_expired_del','',0,1,1,1796236505,1,'Xóa các dòng ghi trạng thái online đã cũ trong CSDL');
INSERT INTO `nv4_cronjobs` VALUES (2,1796235651,1440,0,'dump_autobackup.php','cron_dump_autobackup','',0,1,1,1796235858,1,'Tự động lưu CSDL');
INSERT INTO `nv4_cronjobs` VALUES (3,1796235651,60,0,'temp_download_destroy.php','cron_auto_del_temp_download','',0,1,1,1796235858,1,'Xóa các file tạm trong thư mục tmp');
INSERT INTO `nv4_cronjobs` VALUES (4,1796235651,30,0,'ip_logs_destroy.php','cron_del_ip_logs','',0,1,1,1796235858,1,'Xóa IP log files, Xóa các file nhật ký truy cập');
INSERT INTO `nv4_cronjobs` VALUES (5,1796235651,1440,0,'error_log_destroy.php','cron_auto_del_error_log','',0,1,1,1796235858,1,'Xóa các file error_log quá hạn');
INSERT INTO `nv4_cronjobs` VALUES (6,1796235651,360,0,'error_log_sendmail.php','cron_auto_sendmail_error_log','',0,1,0,0,0,'Gửi email các thông báo lỗi cho admin');
INSERT INTO `nv4_cronjobs` VALUES (7,1796235651,60,0,'ref_expired_del.php','cron_ref_expired_del','',0,1,1,1796235858,1,'Xóa các referer quá hạn');
INSERT INTO `nv4_cronjobs` VALUES (8,1796235651,60,0,'check_version.php','cron_auto_check_version','',0,1,1,1796235858,1,'Kiểm tra phiên bản NukeViet');
INSERT INTO `nv4_cronjobs` VALUES (9,1796235651,1440,0,'notification_autodel.php','cron_notification_autodel','',0,1,1,1796235858,1,'Xóa thông báo cũ');
/*!40000 ALTER TABLE `nv4_cronjobs` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_extension_files`
--

DROP TABLE IF EXISTS `nv4_extension_files`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_extension_files` (
  `idfile` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `type` varchar(10) NOT NULL DEFAULT 'other',
  `title` varchar(55) NOT NULL DEFAULT '',
  `path` varchar(255) NOT NULL DEFAULT '',
  `lastmodified` int(11) unsigned NOT NULL DEFAULT 0,
  `duplicate` smallint(4) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`idfile`)
) ENGINE=MyISAM AUTO_INCREMENT=109 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_extension_files`
--

LOCK TABLES `nv4_extension_files` WRITE;
/*!40000 ALTER TABLE `nv4_extension_files` DISABLE KEYS */;
INSERT INTO `nv4_extension_files` VALUES (1,'module','laws','modules/laws/admin/examine.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (2,'module','laws','modules/laws/admin/subject.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (3,'module','laws','modules/laws/admin/scontent.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (4,'module','laws','modules/laws/admin/getlid.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (5,'module','laws','modules/laws/admin/change_cat.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (6,'module','laws','modules/laws/admin/view.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (7,'module','laws','modules/laws/admin/content.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (8,'module','laws','modules/laws/admin/main.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (9,'module','laws','modules/laws/admin/area.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (10,'module','laws','modules/laws/admin/signer.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (11,'module','laws','modules/laws/admin/config.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (12,'module','laws','modules/laws/admin/admins.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (13,'module','laws','modules/laws/admin/cat.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (14,'module','laws','modules/laws/sitemap.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (15,'module','laws','modules/laws/search.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (16,'module','laws','modules/laws/theme.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (17,'module','laws','modules/laws/action_mysql.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (18,'module','laws','modules/laws/funcs/detail.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (19,'module','laws','modules/laws/funcs/sitemap.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (20,'module','laws','modules/laws/funcs/subject.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (21,'module','laws','modules/laws/funcs/rss.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (22,'module','laws','modules/laws/funcs/search.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (23,'module','laws','modules/laws/funcs/index.html',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (24,'module','laws','modules/laws/funcs/main.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (25,'module','laws','modules/laws/funcs/area.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (26,'module','laws','modules/laws/funcs/signer.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (27,'module','laws','modules/laws/funcs/cat.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (28,'module','laws','modules/laws/index.html',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (29,'module','laws','modules/laws/admin.menu.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (30,'module','laws','modules/laws/siteinfo.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (31,'module','laws','modules/laws/menu.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (32,'module','laws','modules/laws/Shared/Admins.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (33,'module','laws','modules/laws/Shared/index.html',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (34,'module','laws','modules/laws/blocks/module.block_top_down.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (35,'module','laws','modules/laws/blocks/module.block_search.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (36,'module','laws','modules/laws/blocks/module.block_signer.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (37,'module','laws','modules/laws/blocks/module.block_search.ini',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (38,'module','laws','modules/laws/blocks/module.block_area.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (39,'module','laws','modules/laws/blocks/module.block_area_top10_center.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (40,'module','laws','modules/laws/blocks/index.html',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (41,'module','laws','modules/laws/blocks/global.block_cat.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (42,'module','laws','modules/laws/blocks/global.block_new_law.ini',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (43,'module','laws','modules/laws/blocks/global.block_subject.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (44,'module','laws','modules/laws/blocks/global.block_cat.ini',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (45,'module','laws','modules/laws/blocks/global.block_new_law.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (46,'module','laws','modules/laws/blocks/global.block_subject.ini',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (47,'module','laws','modules/laws/blocks/module.block_top_view.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (48,'module','laws','modules/laws/admin.functions.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (49,'module','laws','modules/laws/rssdata.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (50,'module','laws','modules/laws/functions.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (51,'module','laws','modules/laws/version.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (52,'module','laws','modules/laws/language/data_vi.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (53,'module','laws','modules/laws/language/index.html',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (54,'module','laws','modules/laws/language/admin_vi.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (55,'module','laws','modules/laws/language/vi.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (56,'module','laws','modules/laws/language/admin_en.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (57,'module','laws','modules/laws/language/en.php',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (58,'module','laws','themes/admin_default/modules/laws/signer_list.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (59,'module','laws','themes/admin_default/modules/laws/subject.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (60,'module','laws','themes/admin_default/modules/laws/index.html',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (61,'module','laws','themes/admin_default/modules/laws/examine.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (62,'module','laws','themes/admin_default/modules/laws/signer_content.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (63,'module','laws','themes/admin_default/modules/laws/config.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (64,'module','laws','themes/admin_default/modules/laws/main.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (65,'module','laws','themes/admin_default/modules/laws/cat.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (66,'module','laws','themes/admin_default/modules/laws/area.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (67,'module','laws','themes/admin_default/modules/laws/admin.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (68,'module','laws','themes/admin_default/modules/laws/content.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (69,'module','laws','themes/admin_default/modules/laws/getlid.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (70,'module','laws','themes/admin_default/images/laws/index.html',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (71,'module','laws','themes/admin_default/css/laws.css',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (72,'module','laws','themes/admin_default/js/laws.js',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (73,'module','laws','themes/default/modules/laws/detail.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (74,'module','laws','themes/default/modules/laws/subject.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (75,'module','laws','themes/default/modules/laws/signer.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (76,'module','laws','themes/default/modules/laws/block_top10_area.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (77,'module','laws','themes/default/modules/laws/block_subject.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (78,'module','laws','themes/default/modules/laws/block_search_vertical.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (79,'module','laws','themes/default/modules/laws/list_other.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (80,'module','laws','themes/default/modules/laws/block_search_center.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (81,'module','laws','themes/default/modules/laws/index.html',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (82,'module','laws','themes/default/modules/laws/main_subject.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (83,'module','laws','themes/default/modules/laws/block_topdown.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (84,'module','laws','themes/default/modules/laws/list.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (85,'module','laws','themes/default/modules/laws/main.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (86,'module','laws','themes/default/modules/laws/block_topview.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (87,'module','laws','themes/default/modules/laws/cat.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (88,'module','laws','themes/default/modules/laws/area.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (89,'module','laws','themes/default/modules/laws/block_signer.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (90,'module','laws','themes/default/modules/laws/block_new_law.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (91,'module','laws','themes/default/modules/laws/block_cat.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (92,'module','laws','themes/default/modules/laws/search.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (93,'module','laws','themes/default/modules/laws/block_area.tpl',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (94,'module','laws','themes/default/images/laws/big-icon-pack.png',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (95,'module','laws','themes/default/images/laws/no-avatar.jpg',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (96,'module','laws','themes/default/images/laws/small-icon-pack.png',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (97,'module','laws','themes/default/images/laws/comment_close.png',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (98,'module','laws','themes/default/images/laws/item-bottom-shadow.png',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (99,'module','laws','themes/default/images/laws/arrow2_green.gif',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (100,'module','laws','themes/default/images/laws/index.html',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (101,'module','laws','themes/default/images/laws/right.gif',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (102,'module','laws','themes/default/images/laws/button.png',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (103,'module','laws','themes/default/images/laws/comment.png',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (104,'module','laws','themes/default/images/laws/down.gif',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (105,'module','laws','themes/default/images/laws/ul-bull.png',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (106,'module','laws','themes/default/css/laws.css',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (107,'module','laws','themes/default/js/laws.js',1796235864,0);
INSERT INTO `nv4_extension_files` VALUES (108,'module','laws','themes/default/js/laws_jquery.marquee.js',1796235864,0);
/*!40000 ALTER TABLE `nv4_extension_files` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_ips`
--

DROP TABLE IF EXISTS `nv4_ips`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_ips` (
  `id` mediumint(8) NOT NULL AUTO_INCREMENT,
  `type` tinyint(4) unsigned NOT NULL DEFAULT 0,
  `ip` varchar(32) DEFAULT NULL,
  `mask` tinyint(4) unsigned NOT NULL DEFAULT 0,
  `area` tinyint(3) NOT NULL,
  `begintime` int(11) DEFAULT NULL,
  `endtime` int(11) DEFAULT NULL,
  `notice` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ip` (`ip`,`type`)
) ENGINE=MyISAM AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_ips`
--

LOCK TABLES `nv4_ips` WRITE;
/*!40000 ALTER TABLE `nv4_ips` DISABLE KEYS */;
INSERT INTO `nv4_ips` VALUES (1,1,'127.0.0.1',0,1,1796235653,0,'');
/*!40000 ALTER TABLE `nv4_ips` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_language`
--

DROP TABLE IF EXISTS `nv4_language`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_language` (
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `idfile` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `langtype` varchar(50) NOT NULL DEFAULT 'lang_module',
  `lang_key` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `filelang` (`idfile`,`lang_key`,`langtype`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_language`
--

LOCK TABLES `nv4_language` WRITE;
/*!40000 ALTER TABLE `nv4_language` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_language` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_language_file`
--

DROP TABLE IF EXISTS `nv4_language_file`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_language_file` (
  `idfile` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `module` varchar(50) NOT NULL,
  `admin_file` varchar(200) NOT NULL DEFAULT '0',
  `langtype` varchar(50) NOT NULL DEFAULT 'lang_module',
  PRIMARY KEY (`idfile`),
  UNIQUE KEY `module` (`module`,`admin_file`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_language_file`
--

LOCK TABLES `nv4_language_file` WRITE;
/*!40000 ALTER TABLE `nv4_language_file` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_language_file` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_logs`
--

DROP TABLE IF EXISTS `nv4_logs`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_logs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `lang` varchar(10) NOT NULL,
  `module_name` varchar(50) NOT NULL,
  `name_key` varchar(255) NOT NULL,
  `note_action` text NOT NULL,
  `link_acess` varchar(255) DEFAULT '',
  `userid` mediumint(8) unsigned NOT NULL,
  `log_time` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=80 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_logs`
--

LOCK TABLES `nv4_logs` WRITE;
/*!40000 ALTER TABLE `nv4_logs` DISABLE KEYS */;
INSERT INTO `nv4_logs` VALUES (1,'vi','login','[admin] Đăng nhập',' Client IP:127.0.0.1','',0,1796235858);
INSERT INTO `nv4_logs` VALUES (2,'vi','extensions','Cài đặt ứng dụng','laws-4.5.04.zip','',1,1796235859);
INSERT INTO `nv4_logs` VALUES (3,'vi','modules','Thiết lập module mới laws','','',1,1796235871);
INSERT INTO `nv4_logs` VALUES (4,'vi','modules','Sửa module &ldquo;laws&rdquo;','','',1,1796235876);
INSERT INTO `nv4_logs` VALUES (5,'vi','news','Xóa bài viêt','NukeViet 4.3 có gì mới?, NukeViet 4.2 có gì mới?, NukeViet 4.0 có gì mới?, Hãy trở thành nhà cung cấp dịch vụ của NukeViet&#33;, Tuyển dụng lập trình viên PHP phát triển NukeViet, Hỗ trợ tập huấn và triển khai NukeViet cho các Phòng, Sở GD&amp;ĐT, NukeViet được Bộ GD&amp;ĐT đưa vào Hướng dẫn thực hiện nhiệm vụ CNTT năm học 2015 - 2016, Học việc tại công ty VINADES, Chương trình thực tập sinh tại công ty VINADES, Tuyển dụng lập trình viên front-end (HTML/CSS/JS) phát triển NukeViet, Tuyển dụng chuyên viên đồ hoạ phát triển NukeViet, Công ty VINADES tuyển dụng nhân viên kinh doanh, NukeViet được ưu tiên mua sắm, sử dụng trong cơ quan, tổ chức nhà nước, Mã nguồn mở NukeViet giành giải ba Nhân tài đất Việt 2011, Ra mắt công ty mã nguồn mở đầu tiên tại Việt Nam','',1,1796235977);
INSERT INTO `nv4_logs` VALUES (6,'vi','news','Xóa Chuyên mục và các bài viết','Bản tin nội bộ','',1,1796235977);
INSERT INTO `nv4_logs` VALUES (7,'vi','news','Xóa Chuyên mục và các bài viết','Tin công nghệ','',1,1796235977);
INSERT INTO `nv4_logs` VALUES (8,'vi','news','Xóa Chuyên mục và các bài viết','Thông cáo báo chí','',1,1796235977);
INSERT INTO `nv4_logs` VALUES (9,'vi','news','Xóa Chuyên mục và các bài viết','Tuyển dụng','',1,1796235978);
INSERT INTO `nv4_logs` VALUES (10,'vi','news','Xóa Chuyên mục và các bài viết','Đối tác','',1,1796235978);
INSERT INTO `nv4_logs` VALUES (11,'vi','news','Xóa Chuyên mục và các bài viết','Sản phẩm','',1,1796235978);
INSERT INTO `nv4_logs` VALUES (12,'vi','news','Xóa Chuyên mục và các bài viết','Tin tức','',1,1796235978);
INSERT INTO `nv4_logs` VALUES (13,'vi','news','log_del_source','Báo Hà Nội Mới','',1,1796235978);
INSERT INTO `nv4_logs` VALUES (14,'vi','news','log_del_source','VINADES.,JSC','',1,1796235978);
INSERT INTO `nv4_logs` VALUES (15,'vi','news','log_del_source','Báo điện tử Dân Trí','',1,1796235978);
INSERT INTO `nv4_logs` VALUES (16,'vi','news','log_del_source','Bộ Thông tin và Truyền thông','',1,1796235978);
INSERT INTO `nv4_logs` VALUES (17,'vi','news','log_del_topic','topicid 1','',1,1796235978);
INSERT INTO `nv4_logs` VALUES (18,'vi','voting','log_del_vote','votingid 2','',1,1796235978);
INSERT INTO `nv4_logs` VALUES (19,'vi','voting','log_del_vote','votingid 3','',1,1796235978);
INSERT INTO `nv4_logs` VALUES (20,'vi','about','Delete','ID: 1','',1,1796235978);
INSERT INTO `nv4_logs` VALUES (21,'vi','about','Delete','ID: 2','',1,1796235978);
INSERT INTO `nv4_logs` VALUES (22,'vi','about','Delete','ID: 3','',1,1796235978);
INSERT INTO `nv4_logs` VALUES (23,'vi','about','Delete','ID: 4','',1,1796235978);
INSERT INTO `nv4_logs` VALUES (24,'vi','about','Delete','ID: 5','',1,1796235978);
INSERT INTO `nv4_logs` VALUES (25,'vi','about','Delete','ID: 6','',1,1796235978);
INSERT INTO `nv4_logs` VALUES (26,'vi','about','Delete','ID: 7','',1,1796235978);
INSERT INTO `nv4_logs` VALUES (27,'vi','about','Delete','ID: 8','',1,1796235978);
INSERT INTO `nv4_logs` VALUES (28,'vi','news','Thêm chuyên mục','Tin tức – Sự kiện','',1,1796236572);
INSERT INTO `nv4_logs` VALUES (29,'vi','news','Thêm chuyên mục','Tin địa phương','',1,1796236574);
INSERT INTO `nv4_logs` VALUES (30,'vi','news','Thêm chuyên mục','Chương trình OCOP','',1,1796236577);
INSERT INTO `nv4_logs` VALUES (31,'vi','news','Thêm chuyên mục','Học tập và làm theo tấm gương đạo đức Hồ Chí Minh','',1,1796236579);
INSERT INTO `nv4_logs` VALUES (32,'vi','news','Thêm chuyên mục','Nông thôn mới','',1,1796236582);
INSERT INTO `nv4_logs` VALUES (33,'vi','news','Thêm chuyên mục','Văn bản – Hướng dẫn','',1,1796236584);
INSERT INTO `nv4_logs` VALUES (34,'vi','upload','Upload file','uploads/news/2026_12/xa-tan-lap-dat-chuan-ntm.jpg','',1,1796236586);
INSERT INTO `nv4_logs` VALUES (35,'vi','upload','Upload file','uploads/news/2026_12/mo-hinh-lua-huu-co.jpg','',1,1796236586);
INSERT INTO `nv4_logs` VALUES (36,'vi','upload','Upload file','uploads/news/2026_12/hoi-nghi-so-ket-2025.png','',1,1796236586);
INSERT INTO `nv4_logs` VALUES (37,'vi','upload','Upload file','uploads/news/2026_12/hoi-thi-am-thuc.jpg','',1,1796236586);
INSERT INTO `nv4_logs` VALUES (38,'vi','upload','Upload file','uploads/news/2026_12/ke-hoach-xay-dung-ntm-2025.pdf','',1,1796236586);
INSERT INTO `nv4_logs` VALUES (39,'vi','news','Thêm bài viết','Xã Tân Lập đạt chuẩn nông thôn mới nâng cao năm 2025','',1,1796236589);
INSERT INTO `nv4_logs` VALUES (40,'vi','news','Thêm bài viết','Chè Shan tuyết Tà Xùa đạt sản phẩm OCOP 4 sao','',1,1796236593);
INSERT INTO `nv4_logs` VALUES (41,'vi','news','Thêm bài viết','Hội nghị sơ kết 6 tháng đầu năm 2025 Chương trình MTQG xây dựng nông thôn mới','',1,1796236596);
INSERT INTO `nv4_logs` VALUES (42,'vi','news','Thêm bài viết','Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2025','',1,1796236600);
INSERT INTO `nv4_logs` VALUES (43,'vi','news','Thêm bài viết','Mô hình trồng lúa hữu cơ cho thu nhập cao &#x002F; ha','',1,1796236604);
INSERT INTO `nv4_logs` VALUES (44,'vi','news','Thêm bài viết','Hội thi ẩm thực truyền thống các dân tộc xã Tân Lập','',1,1796236608);
INSERT INTO `nv4_logs` VALUES (45,'vi','news','Thêm bài viết','&quot;Nông thôn mới&quot; &amp; OCOP&#x3A; 01&#x002F;2025 &#40;bản nháp&#41;&#33;','',1,1796236611);
INSERT INTO `nv4_logs` VALUES (46,'vi','news','Thêm bài viết','Hướng dẫn đăng ký sản phẩm OCOP năm 2026 &#40;chờ duyệt&#41;','',1,1796236615);
INSERT INTO `nv4_logs` VALUES (47,'vi','news','Thêm bài viết','Thông báo lịch tiếp công dân tháng 01&#x002F;2027 &#40;hẹn giờ đăng&#41;','',1,1796236618);
INSERT INTO `nv4_logs` VALUES (48,'vi','news','Thêm bài viết','Kế hoạch ra quân làm đường giao thông nông thôn đợt 1&#x002F;2025 &#40;đã hết hạn, lưu trữ&#41;','',1,1796236622);
INSERT INTO `nv4_logs` VALUES (49,'vi','news','Thêm bài viết','Tổng kết phong trào thi đua 2025 &#40;hết hạn sau 31&#x002F;12&#x002F;2027, có lưu trữ&#41;','',1,1796236625);
INSERT INTO `nv4_logs` VALUES (50,'vi','news','Thêm bài viết','Thông báo tạm thời đã hết hạn &#40;không lưu trữ&#41;','',1,1796236629);
INSERT INTO `nv4_logs` VALUES (51,'vi','laws','Thêm Thể loại','Id: 1','',1,1796236632);
INSERT INTO `nv4_logs` VALUES (52,'vi','laws','Thêm Thể loại','Id: 2','',1,1796236632);
INSERT INTO `nv4_logs` VALUES (53,'vi','laws','Thêm Thể loại','Id: 3','',1,1796236632);
INSERT INTO `nv4_logs` VALUES (54,'vi','laws','Thêm Thể loại','Id: 4','',1,1796236632);
INSERT INTO `nv4_logs` VALUES (55,'vi','laws','Thêm Lĩnh vực','Id: 1','',1,1796236632);
INSERT INTO `nv4_logs` VALUES (56,'vi','laws','Thêm Lĩnh vực','Id: 2','',1,1796236632);
INSERT INTO `nv4_logs` VALUES (57,'vi','laws','Thêm Lĩnh vực','Id: 3','',1,1796236632);
INSERT INTO `nv4_logs` VALUES (58,'vi','laws','Thêm Cơ quan ban hành','Id: 0','',1,1796236632);
INSERT INTO `nv4_logs` VALUES (59,'vi','laws','Thêm Cơ quan ban hành','Id: 0','',1,1796236632);
INSERT INTO `nv4_logs` VALUES (60,'vi','laws','Thêm Cơ quan ban hành','Id: 0','',1,1796236632);
INSERT INTO `nv4_logs` VALUES (61,'vi','laws','Thêm Cơ quan ban hành','Id: 0','',1,1796236632);
INSERT INTO `nv4_logs` VALUES (62,'vi','laws','Thêm người ký văn bản','Nguyễn Văn Hùng','',1,1796236632);
INSERT INTO `nv4_logs` VALUES (63,'vi','laws','Thêm người ký văn bản','Phạm Minh Chính','',1,1796236632);
INSERT INTO `nv4_logs` VALUES (64,'vi','laws','Thêm người ký văn bản','Lê Thị &quot;Hoa&quot; &amp; cộng sự','',1,1796236632);
INSERT INTO `nv4_logs` VALUES (65,'vi','upload','Upload file','uploads/laws/cv-4414-ubnd-nl5.docx','',1,1796236632);
INSERT INTO `nv4_logs` VALUES (66,'vi','upload','Upload file','uploads/laws/qd-15-2024-qd-ubnd-phu-luc.docx','',1,1796236632);
INSERT INTO `nv4_logs` VALUES (67,'vi','upload','Upload file','uploads/laws/qd-15-2024-qd-ubnd.pdf','',1,1796236632);
INSERT INTO `nv4_logs` VALUES (68,'vi','upload','Upload file','uploads/laws/qd-211-qd-ttg.pdf','',1,1796236632);
INSERT INTO `nv4_logs` VALUES (69,'vi','upload','Upload file','uploads/laws/tt-20-2024-tt-bgddt.pdf','',1,1796236632);
INSERT INTO `nv4_logs` VALUES (70,'vi','laws','Thêm Văn bản','Id: 1','',1,1796236634);
INSERT INTO `nv4_logs` VALUES (71,'vi','laws','Thêm Văn bản','Id: 2','',1,1796236636);
INSERT INTO `nv4_logs` VALUES (72,'vi','laws','Thêm Văn bản','Id: 3','',1,1796236637);
INSERT INTO `nv4_logs` VALUES (73,'vi','laws','Thêm Văn bản','Id: 4','',1,1796236639);
INSERT INTO `nv4_logs` VALUES (74,'vi','voting','Thêm thăm dò','Bạn đánh giá thế nào về chất lượng đường giao thông nông thôn của xã?','',1,1796236642);
INSERT INTO `nv4_logs` VALUES (75,'vi','voting','Sửa thăm dò của bạn','Bạn đánh giá thế nào về chất lượng đường giao thông nông thôn của xã?','',1,1796236642);
INSERT INTO `nv4_logs` VALUES (76,'vi','voting','Thêm thăm dò','Sản phẩm OCOP nào của xã bạn yêu thích? &#40;chọn nhiều&#41;','',1,1796236644);
INSERT INTO `nv4_logs` VALUES (77,'vi','voting','Sửa thăm dò của bạn','Sản phẩm OCOP nào của xã bạn yêu thích? &#40;chọn nhiều&#41;','',1,1796236644);
INSERT INTO `nv4_logs` VALUES (78,'vi','voting','Sửa thăm dò của bạn','Bạn đánh giá thế nào về chất lượng đường giao thông nông thôn của xã?','',1,1796236647);
INSERT INTO `nv4_logs` VALUES (79,'vi','voting','Sửa thăm dò của bạn','Sản phẩm OCOP nào của xã bạn yêu thích? &#40;chọn nhiều&#41;','',1,1796236648);
/*!40000 ALTER TABLE `nv4_logs` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_notification`
--

DROP TABLE IF EXISTS `nv4_notification`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_notification` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `admin_view_allowed` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Cấp quản trị được xem: 0,1,2',
  `logic_mode` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT '0: Cấp trên xem được cấp dưới, 1: chỉ cấp hoặc người được chỉ định',
  `send_to` varchar(250) NOT NULL DEFAULT '' COMMENT 'Danh sách id người nhận, phân cách bởi dấu phảy',
  `send_from` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `area` tinyint(1) unsigned NOT NULL,
  `language` char(3) NOT NULL,
  `module` varchar(50) NOT NULL,
  `obid` int(11) unsigned NOT NULL DEFAULT 0,
  `type` varchar(255) NOT NULL,
  `content` text NOT NULL,
  `add_time` int(11) unsigned NOT NULL,
  `view` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `send_to` (`send_to`),
  KEY `admin_view_allowed` (`admin_view_allowed`),
  KEY `logic_mode` (`logic_mode`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_notification`
--

LOCK TABLES `nv4_notification` WRITE;
/*!40000 ALTER TABLE `nv4_notification` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_notification` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_plugin`
--

DROP TABLE IF EXISTS `nv4_plugin`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_plugin` (
  `pid` tinyint(4) NOT NULL AUTO_INCREMENT,
  `plugin_file` varchar(50) NOT NULL,
  `plugin_area` tinyint(4) NOT NULL,
  `weight` tinyint(4) NOT NULL,
  PRIMARY KEY (`pid`),
  UNIQUE KEY `plugin_file` (`plugin_file`)
) ENGINE=MyISAM AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_plugin`
--

LOCK TABLES `nv4_plugin` WRITE;
/*!40000 ALTER TABLE `nv4_plugin` DISABLE KEYS */;
INSERT INTO `nv4_plugin` VALUES (1,'qrcode.php',1,1);
INSERT INTO `nv4_plugin` VALUES (2,'cdn_js_css_image.php',3,1);
/*!40000 ALTER TABLE `nv4_plugin` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_sessions`
--

DROP TABLE IF EXISTS `nv4_sessions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_sessions` (
  `session_id` varchar(50) DEFAULT NULL,
  `userid` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `username` varchar(100) NOT NULL,
  `onl_time` int(11) unsigned NOT NULL DEFAULT 0,
  UNIQUE KEY `session_id` (`session_id`),
  KEY `onl_time` (`onl_time`)
) ENGINE=MEMORY DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `nv4_setup_extensions`
--

DROP TABLE IF EXISTS `nv4_setup_extensions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_setup_extensions` (
  `id` int(11) NOT NULL DEFAULT 0,
  `type` varchar(10) NOT NULL DEFAULT 'other',
  `title` varchar(55) NOT NULL,
  `is_sys` tinyint(1) NOT NULL DEFAULT 0,
  `is_virtual` tinyint(1) NOT NULL DEFAULT 0,
  `basename` varchar(50) NOT NULL DEFAULT '',
  `table_prefix` varchar(55) NOT NULL DEFAULT '',
  `version` varchar(50) NOT NULL,
  `addtime` int(11) NOT NULL DEFAULT 0,
  `author` text NOT NULL,
  `note` varchar(255) DEFAULT '',
  UNIQUE KEY `title` (`type`,`title`),
  KEY `id` (`id`),
  KEY `type` (`type`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_setup_extensions`
--

LOCK TABLES `nv4_setup_extensions` WRITE;
/*!40000 ALTER TABLE `nv4_setup_extensions` DISABLE KEYS */;
INSERT INTO `nv4_setup_extensions` VALUES (0,'module','about',0,0,'page','about','4.5.05 1711098000',1796235651,'VINADES <contact@vinades.vn>','');
INSERT INTO `nv4_setup_extensions` VALUES (0,'module','siteterms',0,0,'page','siteterms','4.5.05 1711098000',1796235651,'VINADES <contact@vinades.vn>','');
INSERT INTO `nv4_setup_extensions` VALUES (19,'module','banners',1,0,'banners','banners','4.5.05 1711098000',1796235651,'VINADES <contact@vinades.vn>','');
INSERT INTO `nv4_setup_extensions` VALUES (20,'module','contact',0,1,'contact','contact','4.5.05 1711098000',1796235651,'VINADES <contact@vinades.vn>','');
INSERT INTO `nv4_setup_extensions` VALUES (1,'module','news',0,1,'news','news','4.5.05 1711098000',1796235651,'VINADES <contact@vinades.vn>','');
INSERT INTO `nv4_setup_extensions` VALUES (21,'module','voting',0,0,'voting','voting','4.5.05 1711098000',1796235651,'VINADES <contact@vinades.vn>','');
INSERT INTO `nv4_setup_extensions` VALUES (254,'module','laws',0,1,'laws','laws','4.5.04 1796235864',1796235864,'VINADES.,JSC (nukeviet.store@vinades.vn)','Modules văn bản pháp luật');
INSERT INTO `nv4_setup_extensions` VALUES (284,'module','seek',1,0,'seek','seek','4.5.05 1711098000',1796235651,'VINADES <contact@vinades.vn>','');
INSERT INTO `nv4_setup_extensions` VALUES (24,'module','users',1,1,'users','users','4.5.05 1711098000',1796235651,'VINADES <contact@vinades.vn>','');
INSERT INTO `nv4_setup_extensions` VALUES (27,'module','statistics',0,0,'statistics','statistics','4.5.05 1711098000',1796235651,'VINADES <contact@vinades.vn>','');
INSERT INTO `nv4_setup_extensions` VALUES (29,'module','menu',0,0,'menu','menu','4.5.05 1711098000',1796235651,'VINADES <contact@vinades.vn>','');
INSERT INTO `nv4_setup_extensions` VALUES (283,'module','feeds',1,0,'feeds','feeds','4.5.05 1711098000',1796235651,'VINADES <contact@vinades.vn>','');
INSERT INTO `nv4_setup_extensions` VALUES (282,'module','page',1,1,'page','page','4.5.05 1711098000',1796235651,'VINADES <contact@vinades.vn>','');
INSERT INTO `nv4_setup_extensions` VALUES (281,'module','comment',1,0,'comment','comment','4.5.05 1711098000',1796235651,'VINADES <contact@vinades.vn>','');
INSERT INTO `nv4_setup_extensions` VALUES (312,'module','freecontent',0,1,'freecontent','freecontent','4.5.05 1711098000',1796235651,'VINADES <contact@vinades.vn>','');
INSERT INTO `nv4_setup_extensions` VALUES (327,'module','two-step-verification',1,0,'two-step-verification','two_step_verification','4.5.05 1711098000',1796235651,'VINADES <contact@vinades.vn>','');
INSERT INTO `nv4_setup_extensions` VALUES (307,'theme','default',0,0,'default','default','4.5.05 1711098000',1796235651,'VINADES <contact@vinades.vn>','');
INSERT INTO `nv4_setup_extensions` VALUES (311,'theme','mobile_default',0,0,'mobile_default','mobile_default','4.5.05 1711098000',1796235651,'VINADES <contact@vinades.vn>','');
/*!40000 ALTER TABLE `nv4_setup_extensions` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_setup_language`
--

DROP TABLE IF EXISTS `nv4_setup_language`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_setup_language` (
  `lang` char(2) NOT NULL,
  `setup` tinyint(1) NOT NULL DEFAULT 0,
  `weight` smallint(4) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`lang`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_setup_language`
--

LOCK TABLES `nv4_setup_language` WRITE;
/*!40000 ALTER TABLE `nv4_setup_language` DISABLE KEYS */;
INSERT INTO `nv4_setup_language` VALUES ('vi',1,1);
/*!40000 ALTER TABLE `nv4_setup_language` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_upload_dir`
--

DROP TABLE IF EXISTS `nv4_upload_dir`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_upload_dir` (
  `did` mediumint(8) NOT NULL AUTO_INCREMENT,
  `dirname` varchar(250) DEFAULT NULL,
  `time` int(11) NOT NULL DEFAULT 0,
  `total_size` double unsigned NOT NULL DEFAULT 0 COMMENT 'Dung lượng thư mục',
  `thumb_type` tinyint(4) NOT NULL DEFAULT 0,
  `thumb_width` smallint(6) NOT NULL DEFAULT 0,
  `thumb_height` smallint(6) NOT NULL DEFAULT 0,
  `thumb_quality` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`did`),
  UNIQUE KEY `name` (`dirname`)
) ENGINE=MyISAM AUTO_INCREMENT=20 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_upload_dir`
--

LOCK TABLES `nv4_upload_dir` WRITE;
/*!40000 ALTER TABLE `nv4_upload_dir` DISABLE KEYS */;
INSERT INTO `nv4_upload_dir` VALUES (0,'',0,0,3,100,150,90);
INSERT INTO `nv4_upload_dir` VALUES (1,'uploads',1796235653,1426237,0,0,0,0);
INSERT INTO `nv4_upload_dir` VALUES (2,'uploads/page',1796235653,0,0,0,0,0);
INSERT INTO `nv4_upload_dir` VALUES (3,'uploads/siteterms',1796235653,0,0,0,0,0);
INSERT INTO `nv4_upload_dir` VALUES (4,'uploads/users',1796235653,0,0,0,0,0);
INSERT INTO `nv4_upload_dir` VALUES (5,'uploads/users/groups',1796235653,0,0,0,0,0);
INSERT INTO `nv4_upload_dir` VALUES (6,'uploads/menu',1796235653,0,0,0,0,0);
INSERT INTO `nv4_upload_dir` VALUES (7,'uploads/news',1796235653,866752,0,0,0,0);
INSERT INTO `nv4_upload_dir` VALUES (8,'uploads/news/source',1796235653,0,0,0,0,0);
INSERT INTO `nv4_upload_dir` VALUES (9,'uploads/news/temp_pic',1796235653,0,0,0,0,0);
INSERT INTO `nv4_upload_dir` VALUES (10,'uploads/news/topics',1796235653,0,0,0,0,0);
INSERT INTO `nv4_upload_dir` VALUES (11,'uploads/news/authors',1796235653,0,0,0,0,0);
INSERT INTO `nv4_upload_dir` VALUES (12,'uploads/contact',1796235653,0,0,0,0,0);
INSERT INTO `nv4_upload_dir` VALUES (13,'uploads/banners',1796235653,179287,0,0,0,0);
INSERT INTO `nv4_upload_dir` VALUES (14,'uploads/banners/files',1796235653,0,0,0,0,0);
INSERT INTO `nv4_upload_dir` VALUES (15,'uploads/about',1796235653,242102,0,0,0,0);
INSERT INTO `nv4_upload_dir` VALUES (16,'uploads/freecontent',1796235653,138096,0,0,0,0);
INSERT INTO `nv4_upload_dir` VALUES (17,'uploads/comment',1796235653,0,0,0,0,0);
INSERT INTO `nv4_upload_dir` VALUES (18,'uploads/laws',0,0,0,0,0,0);
INSERT INTO `nv4_upload_dir` VALUES (19,'uploads/news/2026_12',0,0,0,0,0,0);
/*!40000 ALTER TABLE `nv4_upload_dir` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_upload_file`
--

DROP TABLE IF EXISTS `nv4_upload_file`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_upload_file` (
  `name` varchar(245) NOT NULL,
  `ext` varchar(10) NOT NULL DEFAULT '',
  `type` varchar(5) NOT NULL DEFAULT '',
  `filesize` double NOT NULL DEFAULT 0,
  `src` varchar(255) NOT NULL DEFAULT '',
  `srcwidth` int(11) NOT NULL DEFAULT 0,
  `srcheight` int(11) NOT NULL DEFAULT 0,
  `sizes` varchar(50) NOT NULL DEFAULT '',
  `userid` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `mtime` int(11) NOT NULL DEFAULT 0,
  `did` int(11) NOT NULL DEFAULT 0,
  `title` varchar(245) NOT NULL DEFAULT '',
  `alt` varchar(255) NOT NULL DEFAULT '',
  UNIQUE KEY `did` (`did`,`title`),
  KEY `userid` (`userid`),
  KEY `type` (`type`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_upload_file`
--

LOCK TABLES `nv4_upload_file` WRITE;
/*!40000 ALTER TABLE `nv4_upload_file` DISABLE KEYS */;
INSERT INTO `nv4_upload_file` VALUES ('tuyen-dung...png','png','image',118910,'assets/news/tuyen-dung-nvkd.png',80,56,'400|279',1,1711503770,7,'tuyen-dung-nvkd.png','tuyen dung nvkd');
INSERT INTO `nv4_upload_file` VALUES ('hoptac.jpg','jpg','image',12871,'assets/news/hoptac.jpg',80,66,'382|314',1,1711503770,7,'hoptac.jpg','hoptac');
INSERT INTO `nv4_upload_file` VALUES ('chuc-mung-...jpg','jpg','image',130708,'assets/news/chuc-mung-nukeviet-thong-tu-20-bo-tttt.jpg',80,62,'461|360',1,1711503770,7,'chuc-mung-nukeviet-thong-tu-20-bo-tttt.jpg','chuc mung nukeviet thong tu 20 bo tttt');
INSERT INTO `nv4_upload_file` VALUES ('hoptac 6.jpg','jpg','image',12871,'uploads/news/hoptac 6.jpg',80,66,'382|314',1,1711503770,7,'hoptac 6.jpg','hoptac 6');
INSERT INTO `nv4_upload_file` VALUES ('hoc-viec-t...jpg','jpg','image',167193,'assets/news/hoc-viec-tai-cong-ty-vinades.jpg',80,63,'460|360',1,1711503770,7,'hoc-viec-tai-cong-ty-vinades.jpg','hoc viec tai cong ty vinades');
INSERT INTO `nv4_upload_file` VALUES ('tuyendung-...jpg','jpg','image',83783,'assets/news/tuyendung-kythuat.jpg',80,80,'300|300',1,1711503770,7,'tuyendung-kythuat.jpg','tuyendung kythuat');
INSERT INTO `nv4_upload_file` VALUES ('nukeviet-cms.jpg','jpg','image',83489,'assets/news/nukeviet-cms.jpg',80,55,'500|345',1,1711503770,7,'nukeviet-cms.jpg','nukeviet cms');
INSERT INTO `nv4_upload_file` VALUES ('nukeviet-n...jpg','jpg','image',18611,'assets/news/nukeviet-nhantaidatviet2011.jpg',80,54,'400|268',1,1711503770,7,'nukeviet-nhantaidatviet2011.jpg','nukeviet nhantaidatviet2011');
INSERT INTO `nv4_upload_file` VALUES ('tap-huan-p...jpg','jpg','image',132379,'assets/news/tap-huan-pgd-ha-dong-2015.jpg',80,52,'460|295',1,1711503770,7,'tap-huan-pgd-ha-dong-2015.jpg','tap huan pgd ha dong 2015');
INSERT INTO `nv4_upload_file` VALUES ('thuc-tap-sinh.jpg','jpg','image',71135,'assets/news/thuc-tap-sinh.jpg',80,63,'460|360',1,1711503770,7,'thuc-tap-sinh.jpg','thuc tap sinh');
INSERT INTO `nv4_upload_file` VALUES ('nangly.jpg','jpg','image',34802,'assets/news/nangly.jpg',80,53,'500|332',1,1711503770,7,'nangly.jpg','nangly');
INSERT INTO `nv4_upload_file` VALUES ('webnhanh.jpg','jpg','image',74347,'assets/banners/webnhanh.jpg',80,10,'572|72',1,1711503770,13,'webnhanh.jpg','webnhanh');
INSERT INTO `nv4_upload_file` VALUES ('vinades.jpg','jpg','image',104940,'assets/banners/vinades.jpg',43,80,'212|400',1,1711503770,13,'vinades.jpg','vinades');
INSERT INTO `nv4_upload_file` VALUES ('logo-nukev...png','png','image',13223,'assets/about/logo-nukeviet3-flag-180x75.png',80,34,'180|75',1,1711503770,15,'logo-nukeviet3-flag-180x75.png','logo nukeviet3 flag 180x75');
INSERT INTO `nv4_upload_file` VALUES ('nukevietcm...png','png','image',13319,'assets/about/nukevietcms_mu_noel_180x84.png',80,38,'180|84',1,1711503770,15,'nukevietcms_mu_noel_180x84.png','nukevietcms mu noel 180x84');
INSERT INTO `nv4_upload_file` VALUES ('nukevietcm...png','png','image',11974,'assets/about/nukevietcms-180x84.png',80,38,'180|84',1,1711503770,15,'nukevietcms-180x84.png','nukevietcms 180x84');
INSERT INTO `nv4_upload_file` VALUES ('nukevietvn...png','png','image',11586,'assets/about/nukevietvn_180x84.png',80,38,'180|84',1,1711503770,15,'nukevietvn_180x84.png','nukevietvn 180x84');
INSERT INTO `nv4_upload_file` VALUES ('w.png','png','image',12156,'assets/about/w.png',80,40,'288|143',1,1711503770,15,'w.png','w');
INSERT INTO `nv4_upload_file` VALUES ('nukevietcm...png','png','image',13125,'assets/about/nukevietcms_laco_180x57.png',80,26,'180|57',1,1711503770,15,'nukevietcms_laco_180x57.png','nukevietcms laco 180x57');
INSERT INTO `nv4_upload_file` VALUES ('nukevietvn.png','png','image',81035,'assets/about/nukevietvn.png',80,38,'1500|700',1,1711503770,15,'nukevietvn.png','nukevietvn');
INSERT INTO `nv4_upload_file` VALUES ('nukevietcms.png','png','image',85684,'assets/about/nukevietcms.png',80,38,'1500|700',1,1711503770,15,'nukevietcms.png','nukevietcms');
INSERT INTO `nv4_upload_file` VALUES ('toa-soan-d...jpg','jpg','image',28737,'assets/freecontent/toa-soan-dien-tu.jpg',80,44,'130|71',1,1711503770,16,'toa-soan-dien-tu.jpg','toa soan dien tu');
INSERT INTO `nv4_upload_file` VALUES ('edugate.jpg','jpg','image',28008,'assets/freecontent/edugate.jpg',80,44,'130|71',1,1711503770,16,'edugate.jpg','edugate');
INSERT INTO `nv4_upload_file` VALUES ('cms.jpg','jpg','image',29026,'assets/freecontent/cms.jpg',80,44,'130|71',1,1711503770,16,'cms.jpg','cms');
INSERT INTO `nv4_upload_file` VALUES ('shop.jpg','jpg','image',26352,'assets/freecontent/shop.jpg',80,44,'130|71',1,1711503770,16,'shop.jpg','shop');
INSERT INTO `nv4_upload_file` VALUES ('portal.jpg','jpg','image',25973,'assets/freecontent/portal.jpg',80,44,'130|71',1,1711503770,16,'portal.jpg','portal');
INSERT INTO `nv4_upload_file` VALUES ('xa-tan-lap...jpg','jpg','image',19684,'assets/news/2026_12/xa-tan-lap-dat-chuan-ntm.jpg',80,50,'800|500',1,1796236586,19,'xa-tan-lap-dat-chuan-ntm.jpg','xa tan lap dat chuan ntm');
INSERT INTO `nv4_upload_file` VALUES ('mo-hinh-lu...jpg','jpg','image',18495,'assets/news/2026_12/mo-hinh-lua-huu-co.jpg',80,50,'800|500',1,1796236586,19,'mo-hinh-lua-huu-co.jpg','mo hinh lua huu co');
INSERT INTO `nv4_upload_file` VALUES ('hoi-nghi-s...png','png','image',4212,'assets/news/2026_12/hoi-nghi-so-ket-2025.png',80,50,'800|500',1,1796236586,19,'hoi-nghi-so-ket-2025.png','hoi nghi so ket 2025');
INSERT INTO `nv4_upload_file` VALUES ('hoi-thi-am...jpg','jpg','image',19902,'assets/news/2026_12/hoi-thi-am-thuc.jpg',80,50,'800|500',1,1796236586,19,'hoi-thi-am-thuc.jpg','hoi thi am thuc');
INSERT INTO `nv4_upload_file` VALUES ('ke-hoach-x...pdf','pdf','file',605,'assets/images/pdf.png',32,32,'|',1,1796236586,19,'ke-hoach-xay-dung-ntm-2025.pdf','ke hoach xay dung ntm 2025');
INSERT INTO `nv4_upload_file` VALUES ('cv-4414-u...docx','docx','file',956,'assets/images/msword.png',32,32,'|',1,1796236632,18,'cv-4414-ubnd-nl5.docx','cv 4414 ubnd nl5');
INSERT INTO `nv4_upload_file` VALUES ('qd-15-202...docx','docx','file',952,'assets/images/msword.png',32,32,'|',1,1796236632,18,'qd-15-2024-qd-ubnd-phu-luc.docx','qd 15 2024 qd ubnd phu luc');
INSERT INTO `nv4_upload_file` VALUES ('qd-15-2024...pdf','pdf','file',601,'assets/images/pdf.png',32,32,'|',1,1796236632,18,'qd-15-2024-qd-ubnd.pdf','qd 15 2024 qd ubnd');
INSERT INTO `nv4_upload_file` VALUES ('qd-211-qd-ttg.pdf','pdf','file',596,'assets/images/pdf.png',32,32,'|',1,1796236632,18,'qd-211-qd-ttg.pdf','qd 211 qd ttg');
INSERT INTO `nv4_upload_file` VALUES ('tt-20-2024...pdf','pdf','file',600,'assets/images/pdf.png',32,32,'|',1,1796236632,18,'tt-20-2024-tt-bgddt.pdf','tt 20 2024 tt bgddt');
/*!40000 ALTER TABLE `nv4_upload_file` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_users`
--

DROP TABLE IF EXISTS `nv4_users`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_users` (
  `userid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `group_id` smallint(5) unsigned NOT NULL DEFAULT 0,
  `username` varchar(100) NOT NULL DEFAULT '',
  `md5username` char(32) NOT NULL DEFAULT '',
  `password` varchar(150) NOT NULL DEFAULT '',
  `email` varchar(100) NOT NULL DEFAULT '',
  `first_name` varchar(100) NOT NULL DEFAULT '',
  `last_name` varchar(100) NOT NULL DEFAULT '',
  `gender` char(1) DEFAULT '',
  `photo` varchar(255) DEFAULT '',
  `birthday` int(11) NOT NULL,
  `sig` text DEFAULT NULL,
  `regdate` int(11) NOT NULL DEFAULT 0,
  `question` varchar(255) NOT NULL,
  `answer` varchar(255) NOT NULL DEFAULT '',
  `passlostkey` varchar(50) DEFAULT '',
  `view_mail` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `remember` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `in_groups` varchar(255) DEFAULT '',
  `active` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `active2step` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `secretkey` varchar(20) DEFAULT '',
  `checknum` varchar(40) DEFAULT '',
  `last_login` int(11) unsigned NOT NULL DEFAULT 0,
  `last_ip` varchar(45) DEFAULT '',
  `last_agent` varchar(255) DEFAULT '',
  `last_openid` varchar(255) DEFAULT '',
  `last_update` int(11) unsigned NOT NULL DEFAULT 0 COMMENT 'Thời điểm cập nhật thông tin lần cuối',
  `idsite` int(11) NOT NULL DEFAULT 0,
  `safemode` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `safekey` varchar(40) DEFAULT '',
  `email_verification_time` int(11) NOT NULL DEFAULT -1 COMMENT '-3: Tài khoản sys, -2: Admin kích hoạt, -1 không cần kích hoạt, 0: Chưa xác minh, > 0 thời gian xác minh',
  `active_obj` varchar(50) NOT NULL DEFAULT 'SYSTEM' COMMENT 'SYSTEM, EMAIL, OAUTH:xxxx, quản trị kích hoạt thì lưu userid',
  PRIMARY KEY (`userid`),
  UNIQUE KEY `username` (`username`),
  UNIQUE KEY `md5username` (`md5username`),
  UNIQUE KEY `email` (`email`),
  KEY `idsite` (`idsite`)
) ENGINE=MyISAM AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_users`
--

LOCK TABLES `nv4_users` WRITE;
/*!40000 ALTER TABLE `nv4_users` DISABLE KEYS */;
INSERT INTO `nv4_users` VALUES (1,1,'admin','21232f297a57a5a743894a0e4a801fc3','{SSHA512}oAuBe9rhsHJNN5LqYsvgA+eaaYQtMnLIoTeMGuiJX5Q10J2SE1cSB0qsid7B02V6UeVPV9j4IpalNwpi6lY+IzU1ZDk=','admin@ntm.example.vn','admin','','','',0,'',1796235653,'Tên xã?','Tân Lập','',0,1,'1,4',1,0,'','',1796235653,'','','',0,0,0,'',-3,'SYSTEM');
/*!40000 ALTER TABLE `nv4_users` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_users_backupcodes`
--

DROP TABLE IF EXISTS `nv4_users_backupcodes`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_users_backupcodes` (
  `userid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `code` varchar(20) NOT NULL,
  `is_used` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `time_used` int(11) unsigned NOT NULL DEFAULT 0,
  `time_creat` int(11) unsigned NOT NULL DEFAULT 0,
  UNIQUE KEY `userid` (`userid`,`code`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_users_backupcodes`
--

LOCK TABLES `nv4_users_backupcodes` WRITE;
/*!40000 ALTER TABLE `nv4_users_backupcodes` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_users_backupcodes` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_users_config`
--

DROP TABLE IF EXISTS `nv4_users_config`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_users_config` (
  `config` varchar(100) NOT NULL,
  `content` text DEFAULT NULL,
  `edit_time` int(11) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`config`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_users_config`
--

LOCK TABLES `nv4_users_config` WRITE;
/*!40000 ALTER TABLE `nv4_users_config` DISABLE KEYS */;
INSERT INTO `nv4_users_config` VALUES ('access_admin','a:8:{s:15:\"access_viewlist\";a:3:{i:1;b:1;i:2;b:1;i:3;b:1;}s:12:\"access_addus\";a:3:{i:1;b:1;i:2;b:1;i:3;b:1;}s:14:\"access_waiting\";a:3:{i:1;b:1;i:2;b:1;i:3;b:1;}s:17:\"access_editcensor\";a:3:{i:1;b:1;i:2;b:1;i:3;b:1;}s:13:\"access_editus\";a:3:{i:1;b:1;i:2;b:1;i:3;b:1;}s:12:\"access_delus\";a:3:{i:1;b:1;i:2;b:1;i:3;b:1;}s:13:\"access_passus\";a:3:{i:1;b:1;i:2;b:1;i:3;b:1;}s:13:\"access_groups\";a:3:{i:1;b:1;i:2;b:1;i:3;b:1;}}',1352873462);
INSERT INTO `nv4_users_config` VALUES ('password_simple','000000|1234|2000|12345|111111|123123|123456|11223344|654321|696969|1234567|12345678|87654321|123456789|23456789|1234567890|66666666|68686868|66668888|88888888|99999999|999999999|1234569|12345679|aaaaaa|abc123|abc123@|abc@123|admin123|admin123@|admin@123|nuke123|nuke123@|nuke@123|adobe1|adobe123|azerty|baseball|dragon|football|harley|iloveyou|jennifer|jordan|letmein|macromedia|master|michael|monkey|mustang|password|photoshop|pussy|qwerty|shadow|superman|hoilamgi|khongbiet|khongco|khongcopass',1796235651);
INSERT INTO `nv4_users_config` VALUES ('deny_email','yoursite.com|mysite.com|localhost|xxx',1796235651);
INSERT INTO `nv4_users_config` VALUES ('deny_name','anonimo|anonymous|god|linux|nobody|operator|root',1796235651);
INSERT INTO `nv4_users_config` VALUES ('avatar_width','80',1796235651);
INSERT INTO `nv4_users_config` VALUES ('avatar_height','80',1796235651);
INSERT INTO `nv4_users_config` VALUES ('active_group_newusers','0',1796235651);
INSERT INTO `nv4_users_config` VALUES ('active_editinfo_censor','0',1796235651);
INSERT INTO `nv4_users_config` VALUES ('active_user_logs','1',1796235651);
INSERT INTO `nv4_users_config` VALUES ('min_old_user','16',1796235651);
INSERT INTO `nv4_users_config` VALUES ('register_active_time','86400',1796235651);
INSERT INTO `nv4_users_config` VALUES ('auto_assign_oauthuser','0',1796235651);
INSERT INTO `nv4_users_config` VALUES ('admin_email','0',1796235651);
INSERT INTO `nv4_users_config` VALUES ('siteterms_vi','<p> Để trở thành thành viên, bạn phải cam kết đồng ý với các điều khoản dưới đây. Chúng tôi có thể thay đổi lại những điều khoản này vào bất cứ lúc nào và chúng tôi sẽ cố gắng thông báo đến bạn kịp thời.<br /> <br /> Bạn cam kết không gửi bất cứ bài viết có nội dung lừa đảo, thô tục, thiếu văn hoá; vu khống, khiêu khích, đe doạ người khác; liên quan đến các vấn đề tình dục hay bất cứ nội dung nào vi phạm luật pháp của quốc gia mà bạn đang sống, luật pháp của quốc gia nơi đặt máy chủ của website này hay luật pháp quốc tế. Nếu vẫn cố tình vi phạm, ngay lập tức bạn sẽ bị cấm tham gia vào website. Địa chỉ IP của tất cả các bài viết đều được ghi nhận lại để bảo vệ các điều khoản cam kết này trong trường hợp bạn không tuân thủ.<br /> <br /> Bạn đồng ý rằng website có quyền gỡ bỏ, sửa, di chuyển hoặc khoá bất kỳ bài viết nào trong website vào bất cứ lúc nào tuỳ theo nhu cầu công việc.<br /> <br /> Đăng ký làm thành viên của chúng tôi, bạn cũng phải đồng ý rằng, bất kỳ thông tin cá nhân nào mà bạn cung cấp đều được lưu trữ trong cơ sở dữ liệu của hệ thống. Mặc dù những thông tin này sẽ không được cung cấp cho bất kỳ người thứ ba nào khác mà không được sự đồng ý của bạn, chúng tôi không chịu trách nhiệm về việc những thông tin cá nhân này của bạn bị lộ ra bên ngoài từ những kẻ phá hoại có ý đồ xấu tấn công vào cơ sở dữ liệu của hệ thống.</p>',1274757129);
/*!40000 ALTER TABLE `nv4_users_config` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_users_edit`
--

DROP TABLE IF EXISTS `nv4_users_edit`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_users_edit` (
  `userid` mediumint(8) unsigned NOT NULL,
  `lastedit` int(11) unsigned NOT NULL DEFAULT 0,
  `info_basic` text NOT NULL,
  `info_custom` text NOT NULL,
  PRIMARY KEY (`userid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_users_edit`
--

LOCK TABLES `nv4_users_edit` WRITE;
/*!40000 ALTER TABLE `nv4_users_edit` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_users_edit` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_users_field`
--

DROP TABLE IF EXISTS `nv4_users_field`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_users_field` (
  `fid` mediumint(8) NOT NULL AUTO_INCREMENT,
  `field` varchar(25) NOT NULL,
  `weight` int(10) unsigned NOT NULL DEFAULT 1,
  `field_type` enum('number','date','textbox','textarea','editor','select','radio','checkbox','multiselect') NOT NULL DEFAULT 'textbox',
  `field_choices` text NOT NULL,
  `sql_choices` text NOT NULL,
  `match_type` enum('none','alphanumeric','unicodename','email','url','regex','callback') NOT NULL DEFAULT 'none',
  `match_regex` varchar(250) NOT NULL DEFAULT '',
  `func_callback` varchar(75) NOT NULL DEFAULT '',
  `min_length` int(11) NOT NULL DEFAULT 0,
  `max_length` bigint(20) unsigned NOT NULL DEFAULT 0,
  `required` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `show_register` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `user_editable` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `show_profile` tinyint(4) NOT NULL DEFAULT 1,
  `class` varchar(50) NOT NULL,
  `language` text NOT NULL,
  `default_value` varchar(255) NOT NULL DEFAULT '',
  `is_system` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`fid`),
  UNIQUE KEY `field` (`field`)
) ENGINE=MyISAM AUTO_INCREMENT=8 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_users_field`
--

LOCK TABLES `nv4_users_field` WRITE;
/*!40000 ALTER TABLE `nv4_users_field` DISABLE KEYS */;
INSERT INTO `nv4_users_field` VALUES (1,'first_name',1,'textbox','','','none','','',0,100,1,1,1,1,'input','a:1:{s:2:\"vi\";a:2:{i:0;s:4:\"Tên\";i:1;s:0:\"\";}}','',1);
INSERT INTO `nv4_users_field` VALUES (2,'last_name',2,'textbox','','','none','','',0,100,0,1,1,1,'input','a:1:{s:2:\"vi\";a:2:{i:0;s:20:\"Họ và tên đệm\";i:1;s:0:\"\";}}','',1);
INSERT INTO `nv4_users_field` VALUES (3,'gender',3,'select','a:3:{s:1:\"N\";s:0:\"\";s:1:\"M\";s:0:\"\";s:1:\"F\";s:0:\"\";}','','none','','',0,1,0,1,1,1,'input','a:1:{s:2:\"vi\";a:2:{i:0;s:12:\"Giới tính\";i:1;s:0:\"\";}}','2',1);
INSERT INTO `nv4_users_field` VALUES (4,'birthday',4,'date','a:1:{s:12:\"current_date\";i:0;}','','none','','',0,0,1,1,1,1,'input','a:1:{s:2:\"vi\";a:2:{i:0;s:22:\"Ngày tháng năm sinh\";i:1;s:0:\"\";}}','0',1);
INSERT INTO `nv4_users_field` VALUES (5,'sig',5,'textarea','','','none','','',0,1000,0,1,1,1,'input','a:1:{s:2:\"vi\";a:2:{i:0;s:9:\"Chữ ký\";i:1;s:0:\"\";}}','',1);
INSERT INTO `nv4_users_field` VALUES (6,'question',6,'textbox','','','none','','',3,255,1,1,1,1,'input','a:1:{s:2:\"vi\";a:2:{i:0;s:22:\"Câu hỏi bảo mật\";i:1;s:0:\"\";}}','',1);
INSERT INTO `nv4_users_field` VALUES (7,'answer',7,'textbox','','','none','','',3,255,1,1,1,1,'input','a:1:{s:2:\"vi\";a:2:{i:0;s:22:\"Trả lời câu hỏi\";i:1;s:0:\"\";}}','',1);
/*!40000 ALTER TABLE `nv4_users_field` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_users_groups`
--

DROP TABLE IF EXISTS `nv4_users_groups`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_users_groups` (
  `group_id` smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  `alias` varchar(240) NOT NULL,
  `email` varchar(100) DEFAULT '',
  `group_type` tinyint(4) unsigned NOT NULL DEFAULT 0 COMMENT '0:Sys, 1:approval, 2:public',
  `group_color` varchar(10) NOT NULL,
  `group_avatar` varchar(255) NOT NULL,
  `require_2step_admin` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `require_2step_site` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `is_default` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `add_time` int(11) NOT NULL,
  `exp_time` int(11) NOT NULL,
  `weight` int(11) unsigned NOT NULL DEFAULT 0,
  `act` tinyint(1) unsigned NOT NULL,
  `idsite` int(11) unsigned NOT NULL DEFAULT 0,
  `numbers` mediumint(9) unsigned NOT NULL DEFAULT 0,
  `siteus` tinyint(4) unsigned NOT NULL DEFAULT 0,
  `config` varchar(250) DEFAULT '',
  PRIMARY KEY (`group_id`),
  UNIQUE KEY `kalias` (`alias`,`idsite`),
  KEY `exp_time` (`exp_time`)
) ENGINE=MyISAM AUTO_INCREMENT=13 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_users_groups`
--

LOCK TABLES `nv4_users_groups` WRITE;
/*!40000 ALTER TABLE `nv4_users_groups` DISABLE KEYS */;
INSERT INTO `nv4_users_groups` VALUES (1,'Super-Admin','',0,'','',0,0,0,1796235651,0,1,1,0,1,0,'a:7:{s:17:\"access_groups_add\";i:1;s:17:\"access_groups_del\";i:1;s:12:\"access_addus\";i:0;s:14:\"access_waiting\";i:0;s:13:\"access_editus\";i:0;s:12:\"access_delus\";i:0;s:13:\"access_passus\";i:0;}');
INSERT INTO `nv4_users_groups` VALUES (2,'General-Admin','',0,'','',0,0,0,1796235651,0,2,1,0,0,0,'a:7:{s:17:\"access_groups_add\";i:1;s:17:\"access_groups_del\";i:1;s:12:\"access_addus\";i:0;s:14:\"access_waiting\";i:0;s:13:\"access_editus\";i:0;s:12:\"access_delus\";i:0;s:13:\"access_passus\";i:0;}');
INSERT INTO `nv4_users_groups` VALUES (3,'Module-Admin','',0,'','',0,0,0,1796235651,0,3,1,0,0,0,'a:7:{s:17:\"access_groups_add\";i:1;s:17:\"access_groups_del\";i:1;s:12:\"access_addus\";i:0;s:14:\"access_waiting\";i:0;s:13:\"access_editus\";i:0;s:12:\"access_delus\";i:0;s:13:\"access_passus\";i:0;}');
INSERT INTO `nv4_users_groups` VALUES (4,'Users','',0,'','',0,0,0,1796235651,0,4,1,0,1,0,'a:7:{s:17:\"access_groups_add\";i:1;s:17:\"access_groups_del\";i:1;s:12:\"access_addus\";i:0;s:14:\"access_waiting\";i:0;s:13:\"access_editus\";i:0;s:12:\"access_delus\";i:0;s:13:\"access_passus\";i:0;}');
INSERT INTO `nv4_users_groups` VALUES (7,'New-Users','',0,'','',0,0,0,1796235651,0,5,1,0,0,0,'a:7:{s:17:\"access_groups_add\";i:1;s:17:\"access_groups_del\";i:1;s:12:\"access_addus\";i:0;s:14:\"access_waiting\";i:0;s:13:\"access_editus\";i:0;s:12:\"access_delus\";i:0;s:13:\"access_passus\";i:0;}');
INSERT INTO `nv4_users_groups` VALUES (5,'Guest','',0,'','',0,0,0,1796235651,0,6,1,0,0,0,'a:7:{s:17:\"access_groups_add\";i:1;s:17:\"access_groups_del\";i:1;s:12:\"access_addus\";i:0;s:14:\"access_waiting\";i:0;s:13:\"access_editus\";i:0;s:12:\"access_delus\";i:0;s:13:\"access_passus\";i:0;}');
INSERT INTO `nv4_users_groups` VALUES (6,'All','',0,'','',0,0,0,1796235651,0,7,1,0,0,0,'a:7:{s:17:\"access_groups_add\";i:1;s:17:\"access_groups_del\";i:1;s:12:\"access_addus\";i:0;s:14:\"access_waiting\";i:0;s:13:\"access_editus\";i:0;s:12:\"access_delus\";i:0;s:13:\"access_passus\";i:0;}');
INSERT INTO `nv4_users_groups` VALUES (10,'NukeViet-Fans','',2,'','',0,0,1,1796235651,0,8,1,0,0,0,'a:7:{s:17:\"access_groups_add\";i:1;s:17:\"access_groups_del\";i:1;s:12:\"access_addus\";i:0;s:14:\"access_waiting\";i:0;s:13:\"access_editus\";i:0;s:12:\"access_delus\";i:0;s:13:\"access_passus\";i:0;}');
INSERT INTO `nv4_users_groups` VALUES (11,'NukeViet-Admins','',2,'','',0,0,0,1796235651,0,9,1,0,0,0,'a:7:{s:17:\"access_groups_add\";i:1;s:17:\"access_groups_del\";i:1;s:12:\"access_addus\";i:0;s:14:\"access_waiting\";i:0;s:13:\"access_editus\";i:0;s:12:\"access_delus\";i:0;s:13:\"access_passus\";i:0;}');
INSERT INTO `nv4_users_groups` VALUES (12,'NukeViet-Programmers','',1,'','',0,0,0,1796235651,0,10,1,0,0,0,'a:7:{s:17:\"access_groups_add\";i:1;s:17:\"access_groups_del\";i:1;s:12:\"access_addus\";i:0;s:14:\"access_waiting\";i:0;s:13:\"access_editus\";i:0;s:12:\"access_delus\";i:0;s:13:\"access_passus\";i:0;}');
/*!40000 ALTER TABLE `nv4_users_groups` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_users_groups_detail`
--

DROP TABLE IF EXISTS `nv4_users_groups_detail`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_users_groups_detail` (
  `group_id` smallint(5) unsigned NOT NULL DEFAULT 0,
  `lang` char(2) NOT NULL DEFAULT '',
  `title` varchar(240) NOT NULL,
  `description` varchar(240) NOT NULL DEFAULT '',
  `content` text DEFAULT NULL,
  UNIQUE KEY `group_id_lang` (`lang`,`group_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_users_groups_detail`
--

LOCK TABLES `nv4_users_groups_detail` WRITE;
/*!40000 ALTER TABLE `nv4_users_groups_detail` DISABLE KEYS */;
INSERT INTO `nv4_users_groups_detail` VALUES (1,'vi','Super Admin','','');
INSERT INTO `nv4_users_groups_detail` VALUES (2,'vi','General Admin','','');
INSERT INTO `nv4_users_groups_detail` VALUES (3,'vi','Module Admin','','');
INSERT INTO `nv4_users_groups_detail` VALUES (4,'vi','Users','','');
INSERT INTO `nv4_users_groups_detail` VALUES (7,'vi','New Users','','');
INSERT INTO `nv4_users_groups_detail` VALUES (5,'vi','Guest','','');
INSERT INTO `nv4_users_groups_detail` VALUES (6,'vi','All','','');
INSERT INTO `nv4_users_groups_detail` VALUES (10,'vi','Người hâm mộ','Nhóm những người hâm mộ hệ thống NukeViet','');
INSERT INTO `nv4_users_groups_detail` VALUES (11,'vi','Người quản lý','Nhóm những người quản lý website xây dựng bằng hệ thống NukeViet','');
INSERT INTO `nv4_users_groups_detail` VALUES (12,'vi','Lập trình viên','Nhóm Lập trình viên hệ thống NukeViet','');
/*!40000 ALTER TABLE `nv4_users_groups_detail` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_users_groups_users`
--

DROP TABLE IF EXISTS `nv4_users_groups_users`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_users_groups_users` (
  `group_id` smallint(5) unsigned NOT NULL DEFAULT 0,
  `userid` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `is_leader` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `approved` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `data` text NOT NULL,
  `time_requested` int(11) unsigned NOT NULL DEFAULT 0 COMMENT 'Thời gian yêu cầu tham gia',
  `time_approved` int(11) unsigned NOT NULL DEFAULT 0 COMMENT 'Thời gian duyệt yêu cầu tham gia',
  PRIMARY KEY (`group_id`,`userid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_users_groups_users`
--

LOCK TABLES `nv4_users_groups_users` WRITE;
/*!40000 ALTER TABLE `nv4_users_groups_users` DISABLE KEYS */;
INSERT INTO `nv4_users_groups_users` VALUES (1,1,1,1,'0',1796235653,1796235653);
/*!40000 ALTER TABLE `nv4_users_groups_users` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_users_info`
--

DROP TABLE IF EXISTS `nv4_users_info`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_users_info` (
  `userid` mediumint(8) unsigned NOT NULL,
  PRIMARY KEY (`userid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_users_info`
--

LOCK TABLES `nv4_users_info` WRITE;
/*!40000 ALTER TABLE `nv4_users_info` DISABLE KEYS */;
INSERT INTO `nv4_users_info` VALUES (1);
/*!40000 ALTER TABLE `nv4_users_info` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_users_openid`
--

DROP TABLE IF EXISTS `nv4_users_openid`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_users_openid` (
  `userid` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `openid` char(50) NOT NULL DEFAULT '',
  `opid` char(50) NOT NULL DEFAULT '',
  `id` char(50) NOT NULL DEFAULT '',
  `email` varchar(100) NOT NULL DEFAULT '',
  UNIQUE KEY `opid` (`openid`,`opid`),
  KEY `userid` (`userid`),
  KEY `email` (`email`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_users_openid`
--

LOCK TABLES `nv4_users_openid` WRITE;
/*!40000 ALTER TABLE `nv4_users_openid` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_users_openid` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_users_question`
--

DROP TABLE IF EXISTS `nv4_users_question`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_users_question` (
  `qid` smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(240) NOT NULL DEFAULT '',
  `lang` char(2) NOT NULL DEFAULT '',
  `weight` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `add_time` int(11) unsigned NOT NULL DEFAULT 0,
  `edit_time` int(11) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`qid`),
  UNIQUE KEY `title` (`title`,`lang`)
) ENGINE=MyISAM AUTO_INCREMENT=8 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_users_question`
--

LOCK TABLES `nv4_users_question` WRITE;
/*!40000 ALTER TABLE `nv4_users_question` DISABLE KEYS */;
INSERT INTO `nv4_users_question` VALUES (1,'Bạn thích môn thể thao nào nhất','vi',1,1274840238,1274840238);
INSERT INTO `nv4_users_question` VALUES (2,'Món ăn mà bạn yêu thích','vi',2,1274840250,1274840250);
INSERT INTO `nv4_users_question` VALUES (3,'Thần tượng điện ảnh của bạn','vi',3,1274840257,1274840257);
INSERT INTO `nv4_users_question` VALUES (4,'Bạn thích nhạc sỹ nào nhất','vi',4,1274840264,1274840264);
INSERT INTO `nv4_users_question` VALUES (5,'Quê ngoại của bạn ở đâu','vi',5,1274840270,1274840270);
INSERT INTO `nv4_users_question` VALUES (6,'Tên cuốn sách &quot;gối đầu giường&quot;','vi',6,1274840278,1274840278);
INSERT INTO `nv4_users_question` VALUES (7,'Ngày lễ mà bạn luôn mong đợi','vi',7,1274840285,1274840285);
/*!40000 ALTER TABLE `nv4_users_question` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_users_reg`
--

DROP TABLE IF EXISTS `nv4_users_reg`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_users_reg` (
  `userid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(100) NOT NULL DEFAULT '',
  `md5username` char(32) NOT NULL DEFAULT '',
  `password` varchar(150) NOT NULL DEFAULT '',
  `email` varchar(100) NOT NULL DEFAULT '',
  `first_name` varchar(255) NOT NULL DEFAULT '',
  `last_name` varchar(255) NOT NULL DEFAULT '',
  `gender` char(1) NOT NULL DEFAULT '',
  `birthday` int(11) NOT NULL,
  `sig` text DEFAULT NULL,
  `regdate` int(11) unsigned NOT NULL DEFAULT 0,
  `question` varchar(255) NOT NULL,
  `answer` varchar(255) NOT NULL DEFAULT '',
  `checknum` varchar(50) NOT NULL DEFAULT '',
  `users_info` text DEFAULT NULL,
  `openid_info` text DEFAULT NULL,
  `idsite` mediumint(8) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`userid`),
  UNIQUE KEY `login` (`username`),
  UNIQUE KEY `md5username` (`md5username`),
  UNIQUE KEY `email` (`email`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_users_reg`
--

LOCK TABLES `nv4_users_reg` WRITE;
/*!40000 ALTER TABLE `nv4_users_reg` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_users_reg` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_about`
--

DROP TABLE IF EXISTS `nv4_vi_about`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_about` (
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(250) NOT NULL,
  `alias` varchar(250) NOT NULL,
  `image` varchar(255) DEFAULT '',
  `imagealt` varchar(255) DEFAULT '',
  `imageposition` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `description` text DEFAULT NULL,
  `bodytext` mediumtext NOT NULL,
  `keywords` text DEFAULT NULL,
  `socialbutton` tinyint(4) NOT NULL DEFAULT 0,
  `activecomm` varchar(255) DEFAULT '',
  `layout_func` varchar(100) DEFAULT '',
  `weight` smallint(4) NOT NULL DEFAULT 0,
  `admin_id` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `add_time` int(11) NOT NULL DEFAULT 0,
  `edit_time` int(11) NOT NULL DEFAULT 0,
  `status` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `hitstotal` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `hot_post` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `alias` (`alias`)
) ENGINE=MyISAM AUTO_INCREMENT=9 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_about`
--

LOCK TABLES `nv4_vi_about` WRITE;
/*!40000 ALTER TABLE `nv4_vi_about` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_vi_about` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_about_config`
--

DROP TABLE IF EXISTS `nv4_vi_about_config`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_about_config` (
  `config_name` varchar(30) NOT NULL,
  `config_value` varchar(255) NOT NULL,
  UNIQUE KEY `config_name` (`config_name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_about_config`
--

LOCK TABLES `nv4_vi_about_config` WRITE;
/*!40000 ALTER TABLE `nv4_vi_about_config` DISABLE KEYS */;
INSERT INTO `nv4_vi_about_config` VALUES ('viewtype','0');
INSERT INTO `nv4_vi_about_config` VALUES ('facebookapi','');
INSERT INTO `nv4_vi_about_config` VALUES ('per_page','20');
INSERT INTO `nv4_vi_about_config` VALUES ('news_first','0');
INSERT INTO `nv4_vi_about_config` VALUES ('related_articles','5');
INSERT INTO `nv4_vi_about_config` VALUES ('copy_page','0');
INSERT INTO `nv4_vi_about_config` VALUES ('alias_lower','1');
INSERT INTO `nv4_vi_about_config` VALUES ('socialbutton','facebook,twitter');
/*!40000 ALTER TABLE `nv4_vi_about_config` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_blocks_groups`
--

DROP TABLE IF EXISTS `nv4_vi_blocks_groups`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_blocks_groups` (
  `bid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `theme` varchar(55) NOT NULL,
  `module` varchar(55) NOT NULL,
  `file_name` varchar(55) DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  `link` varchar(255) DEFAULT NULL,
  `template` varchar(55) DEFAULT NULL,
  `position` varchar(55) DEFAULT NULL,
  `exp_time` int(11) DEFAULT 0,
  `active` varchar(10) DEFAULT '1',
  `act` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `groups_view` varchar(255) DEFAULT '',
  `all_func` tinyint(4) NOT NULL DEFAULT 0,
  `weight` int(11) NOT NULL DEFAULT 0,
  `config` text DEFAULT NULL,
  PRIMARY KEY (`bid`),
  KEY `theme` (`theme`),
  KEY `module` (`module`),
  KEY `position` (`position`),
  KEY `exp_time` (`exp_time`)
) ENGINE=MyISAM AUTO_INCREMENT=31 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_blocks_groups`
--

LOCK TABLES `nv4_vi_blocks_groups` WRITE;
/*!40000 ALTER TABLE `nv4_vi_blocks_groups` DISABLE KEYS */;
INSERT INTO `nv4_vi_blocks_groups` VALUES (1,'default','news','module.block_newscenter.php','Tin mới nhất','','no_title','[TOP]',0,'1',1,'6',0,1,'a:10:{s:6:\"numrow\";i:6;s:11:\"showtooltip\";i:1;s:16:\"tooltip_position\";s:6:\"bottom\";s:14:\"tooltip_length\";s:3:\"150\";s:12:\"length_title\";i:0;s:15:\"length_hometext\";i:0;s:17:\"length_othertitle\";i:60;s:5:\"width\";i:500;s:6:\"height\";i:0;s:7:\"nocatid\";a:0:{}}');
INSERT INTO `nv4_vi_blocks_groups` VALUES (2,'default','banners','global.banners.php','Quảng cáo giữa trang','','no_title','[TOP]',0,'1',1,'6',0,2,'a:1:{s:12:\"idplanbanner\";i:1;}');
INSERT INTO `nv4_vi_blocks_groups` VALUES (3,'default','news','global.block_category.php','Chủ đề','','no_title','[LEFT]',0,'1',1,'6',0,1,'a:2:{s:5:\"catid\";i:0;s:12:\"title_length\";i:0;}');
INSERT INTO `nv4_vi_blocks_groups` VALUES (4,'default','theme','global.module_menu.php','Module Menu','','no_title','[LEFT]',0,'1',1,'6',0,2,'');
INSERT INTO `nv4_vi_blocks_groups` VALUES (5,'default','banners','global.banners.php','Quảng cáo cột trái','','no_title','[LEFT]',0,'1',1,'6',1,3,'a:1:{s:12:\"idplanbanner\";i:2;}');
INSERT INTO `nv4_vi_blocks_groups` VALUES (6,'default','statistics','global.counter.php','Thống kê','','primary','[LEFT]',0,'1',1,'6',1,4,'');
INSERT INTO `nv4_vi_blocks_groups` VALUES (7,'default','about','global.about.php','Giới thiệu','','border','[RIGHT]',0,'1',1,'6',1,1,'');
INSERT INTO `nv4_vi_blocks_groups` VALUES (8,'default','banners','global.banners.php','Quảng cáo cột phải','','no_title','[RIGHT]',0,'1',1,'6',1,2,'a:1:{s:12:\"idplanbanner\";i:3;}');
INSERT INTO `nv4_vi_blocks_groups` VALUES (9,'default','voting','global.voting_random.php','Thăm dò ý kiến','','primary','[RIGHT]',0,'1',1,'6',1,3,'');
INSERT INTO `nv4_vi_blocks_groups` VALUES (10,'default','news','global.block_tophits.php','Tin xem nhiều','','primary','[RIGHT]',0,'1',1,'6',1,4,'a:6:{s:10:\"number_day\";i:3650;s:6:\"numrow\";i:10;s:11:\"showtooltip\";i:1;s:16:\"tooltip_position\";s:6:\"bottom\";s:14:\"tooltip_length\";s:3:\"150\";s:7:\"nocatid\";a:2:{i:0;i:10;i:1;i:11;}}');
INSERT INTO `nv4_vi_blocks_groups` VALUES (11,'default','theme','global.copyright.php','Copyright','','no_title','[FOOTER_SITE]',0,'1',1,'6',1,1,'a:5:{s:12:\"copyright_by\";s:0:\"\";s:13:\"copyright_url\";s:0:\"\";s:9:\"design_by\";s:12:\"VINADES.,JSC\";s:10:\"design_url\";s:18:\"http://vinades.vn/\";s:13:\"siteterms_url\";s:39:\"/index.php?language=vi&amp;nv=siteterms\";}');
INSERT INTO `nv4_vi_blocks_groups` VALUES (12,'default','contact','global.contact_form.php','Feedback','','no_title','[FOOTER_SITE]',0,'1',1,'6',1,2,'');
INSERT INTO `nv4_vi_blocks_groups` VALUES (13,'default','theme','global.QR_code.php','QR code','','no_title','[QR_CODE]',0,'1',1,'6',1,1,'');
INSERT INTO `nv4_vi_blocks_groups` VALUES (14,'default','statistics','global.counter_button.php','Online button','','no_title','[QR_CODE]',0,'1',1,'6',1,2,'');
INSERT INTO `nv4_vi_blocks_groups` VALUES (15,'default','users','global.user_button.php','Đăng nhập thành viên','','no_title','[PERSONALAREA]',0,'1',1,'6',1,1,'');
INSERT INTO `nv4_vi_blocks_groups` VALUES (16,'default','theme','global.company_info.php','Công ty chủ quản','','simple','[COMPANY_INFO]',0,'1',1,'6',1,1,'a:13:{s:12:\"company_name\";s:58:\"Công ty cổ phần phát triển nguồn mở Việt Nam\";s:15:\"company_address\";s:82:\"Tầng 6, tòa nhà Sông Đà, 131 Trần Phú, Văn Quán, Hà Đông, Hà Nội\";s:16:\"company_sortname\";s:12:\"VINADES.,JSC\";s:15:\"company_regcode\";s:0:\"\";s:16:\"company_regplace\";s:0:\"\";s:21:\"company_licensenumber\";s:0:\"\";s:22:\"company_responsibility\";s:0:\"\";s:15:\"company_showmap\";i:1;s:14:\"company_mapurl\";s:312:\"https://www.google.com/maps/embed?pb=!1m14!1m8!1m3!1d427.01613794022035!2d105.78849184070538!3d20.979995366268337!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x3135ac93055e2f2f%3A0x91f4b423089193dd!2zQ8O0bmcgdHkgQ-G7lSBwaOG6p24gUGjDoXQgdHJp4buDbiBOZ3Xhu5NuIG3hu58gVmnhu4d0IE5hbQ!5e0!3m2!1svi!2s!4v1701239622249!5m2!1svi!2s\";s:13:\"company_phone\";s:30:\"+84-24-85872007[+842485872007]\";s:11:\"company_fax\";s:15:\"+84-24-35500914\";s:13:\"company_email\";s:18:\"contact@vinades.vn\";s:15:\"company_website\";s:17:\"http://vinades.vn\";}');
INSERT INTO `nv4_vi_blocks_groups` VALUES (17,'default','menu','global.bootstrap.php','Menu Site','','no_title','[MENU_SITE]',0,'1',1,'6',1,1,'a:2:{s:6:\"menuid\";i:1;s:12:\"title_length\";i:0;}');
INSERT INTO `nv4_vi_blocks_groups` VALUES (18,'default','contact','global.contact_default.php','Contact Default','','no_title','[CONTACT_DEFAULT]',0,'1',1,'6',1,1,'');
INSERT INTO `nv4_vi_blocks_groups` VALUES (19,'default','theme','global.social.php','Social icon','','no_title','[SOCIAL_ICONS]',0,'1',1,'6',1,1,'a:3:{s:8:\"facebook\";s:32:\"http://www.facebook.com/nukeviet\";s:7:\"youtube\";s:37:\"https://www.youtube.com/user/nukeviet\";s:7:\"twitter\";s:28:\"https://twitter.com/nukeviet\";}');
INSERT INTO `nv4_vi_blocks_groups` VALUES (20,'default','theme','global.menu_footer.php','Các chuyên mục chính','','simple','[MENU_FOOTER]',0,'1',1,'6',1,1,'a:1:{s:14:\"module_in_menu\";a:8:{i:0;s:5:\"about\";i:1;s:4:\"news\";i:2;s:5:\"users\";i:3;s:7:\"contact\";i:4;s:6:\"voting\";i:5;s:7:\"banners\";i:6;s:4:\"seek\";i:7;s:5:\"feeds\";}}');
INSERT INTO `nv4_vi_blocks_groups` VALUES (21,'default','freecontent','global.free_content.php','Sản phẩm','','no_title','[FEATURED_PRODUCT]',0,'1',1,'6',1,1,'a:2:{s:7:\"blockid\";i:1;s:7:\"numrows\";i:2;}');
INSERT INTO `nv4_vi_blocks_groups` VALUES (22,'mobile_default','menu','global.metismenu.php','Menu Site','','no_title','[MENU_SITE]',0,'1',1,'6',1,1,'a:2:{s:6:\"menuid\";i:1;s:12:\"title_length\";i:0;}');
INSERT INTO `nv4_vi_blocks_groups` VALUES (23,'mobile_default','users','global.user_button.php','Sign In','','no_title','[MENU_SITE]',0,'1',1,'6',1,2,'');
INSERT INTO `nv4_vi_blocks_groups` VALUES (24,'mobile_default','contact','global.contact_default.php','Contact Default','','no_title','[SOCIAL_ICONS]',0,'1',1,'6',1,1,'');
INSERT INTO `nv4_vi_blocks_groups` VALUES (25,'mobile_default','contact','global.contact_form.php','Feedback','','no_title','[SOCIAL_ICONS]',0,'1',1,'6',1,2,'');
INSERT INTO `nv4_vi_blocks_groups` VALUES (26,'mobile_default','theme','global.social.php','Social icon','','no_title','[SOCIAL_ICONS]',0,'1',1,'6',1,3,'a:3:{s:8:\"facebook\";s:32:\"http://www.facebook.com/nukeviet\";s:7:\"youtube\";s:37:\"https://www.youtube.com/user/nukeviet\";s:7:\"twitter\";s:28:\"https://twitter.com/nukeviet\";}');
INSERT INTO `nv4_vi_blocks_groups` VALUES (27,'mobile_default','theme','global.QR_code.php','QR code','','no_title','[SOCIAL_ICONS]',0,'1',1,'6',1,4,'');
INSERT INTO `nv4_vi_blocks_groups` VALUES (28,'mobile_default','theme','global.copyright.php','Copyright','','no_title','[FOOTER_SITE]',0,'1',1,'6',1,1,'a:5:{s:12:\"copyright_by\";s:0:\"\";s:13:\"copyright_url\";s:0:\"\";s:9:\"design_by\";s:12:\"VINADES.,JSC\";s:10:\"design_url\";s:18:\"http://vinades.vn/\";s:13:\"siteterms_url\";s:39:\"/index.php?language=vi&amp;nv=siteterms\";}');
INSERT INTO `nv4_vi_blocks_groups` VALUES (29,'mobile_default','theme','global.menu_footer.php','Các chuyên mục chính','','primary','[MENU_FOOTER]',0,'1',1,'6',1,1,'a:1:{s:14:\"module_in_menu\";a:9:{i:0;s:5:\"about\";i:1;s:4:\"news\";i:2;s:5:\"users\";i:3;s:7:\"contact\";i:4;s:6:\"voting\";i:5;s:7:\"banners\";i:6;s:4:\"seek\";i:7;s:5:\"feeds\";i:8;s:9:\"siteterms\";}}');
INSERT INTO `nv4_vi_blocks_groups` VALUES (30,'mobile_default','theme','global.company_info.php','Công ty chủ quản','','primary','[COMPANY_INFO]',0,'1',1,'6',1,1,'a:13:{s:12:\"company_name\";s:58:\"Công ty cổ phần phát triển nguồn mở Việt Nam\";s:15:\"company_address\";s:82:\"Tầng 6, tòa nhà Sông Đà, 131 Trần Phú, Văn Quán, Hà Đông, Hà Nội\";s:16:\"company_sortname\";s:12:\"VINADES.,JSC\";s:15:\"company_regcode\";s:0:\"\";s:16:\"company_regplace\";s:0:\"\";s:21:\"company_licensenumber\";s:0:\"\";s:22:\"company_responsibility\";s:0:\"\";s:15:\"company_showmap\";i:1;s:14:\"company_mapurl\";s:312:\"https://www.google.com/maps/embed?pb=!1m14!1m8!1m3!1d427.01613794022035!2d105.78849184070538!3d20.979995366268337!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x3135ac93055e2f2f%3A0x91f4b423089193dd!2zQ8O0bmcgdHkgQ-G7lSBwaOG6p24gUGjDoXQgdHJp4buDbiBOZ3Xhu5NuIG3hu58gVmnhu4d0IE5hbQ!5e0!3m2!1svi!2s!4v1701239622249!5m2!1svi!2s\";s:13:\"company_phone\";s:30:\"+84-24-85872007[+842485872007]\";s:11:\"company_fax\";s:15:\"+84-24-35500914\";s:13:\"company_email\";s:18:\"contact@vinades.vn\";s:15:\"company_website\";s:17:\"http://vinades.vn\";}');
/*!40000 ALTER TABLE `nv4_vi_blocks_groups` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_blocks_weight`
--

DROP TABLE IF EXISTS `nv4_vi_blocks_weight`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_blocks_weight` (
  `bid` mediumint(8) NOT NULL DEFAULT 0,
  `func_id` mediumint(8) NOT NULL DEFAULT 0,
  `weight` mediumint(8) NOT NULL DEFAULT 0,
  UNIQUE KEY `bid` (`bid`,`func_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_blocks_weight`
--

LOCK TABLES `nv4_vi_blocks_weight` WRITE;
/*!40000 ALTER TABLE `nv4_vi_blocks_weight` DISABLE KEYS */;
INSERT INTO `nv4_vi_blocks_weight` VALUES (1,4,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (2,4,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (3,4,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (3,5,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (3,6,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (3,7,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (3,8,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (3,9,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (3,10,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (3,11,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (3,12,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (4,20,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (4,21,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (4,22,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (4,23,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (4,24,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (4,25,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (4,26,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (4,27,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (4,28,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (4,29,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (4,30,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (4,33,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (4,34,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (4,35,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (4,36,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (4,37,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (4,38,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (4,39,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,1,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,2,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,3,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,4,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,5,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,6,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,7,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,8,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,9,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,10,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,11,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,12,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,13,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,14,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,15,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,16,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,17,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,18,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,19,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,20,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,21,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,22,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,23,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,24,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,25,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,26,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,27,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,28,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,29,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,30,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,31,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,32,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,33,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,34,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,35,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,36,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,37,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,38,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,39,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,40,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,41,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,42,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,43,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,44,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,45,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,46,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,47,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,48,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,49,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,50,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,51,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,52,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,53,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,54,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,55,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,56,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,57,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,58,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,59,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,60,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,61,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,62,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,63,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,64,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,65,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,1,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,2,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,3,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,4,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,5,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,6,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,7,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,8,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,9,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,10,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,11,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,12,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,13,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,14,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,15,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,16,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,17,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,18,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,19,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,20,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,21,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,22,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,23,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,24,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,25,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,26,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,27,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,28,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,29,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,30,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,31,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,32,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,33,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,34,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,35,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,36,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,37,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,38,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,39,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,40,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,41,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,42,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,43,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,44,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,45,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,46,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,47,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,48,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,49,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,50,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,51,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,52,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,53,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,54,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,55,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,56,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,57,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,58,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,59,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,60,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,61,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,62,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,63,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,64,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,65,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,1,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,2,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,3,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,4,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,5,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,6,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,7,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,8,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,9,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,10,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,11,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,12,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,13,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,14,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,15,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,16,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,17,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,18,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,19,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,20,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,21,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,22,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,23,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,24,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,25,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,26,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,27,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,28,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,29,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,30,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,31,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,32,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,33,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,34,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,35,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,36,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,37,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,38,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,39,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,40,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,41,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,42,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,43,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,44,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,45,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,46,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,47,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,48,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,49,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,50,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,51,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,52,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,53,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,54,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,55,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,56,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,57,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,58,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,59,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,60,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,61,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,62,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,63,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,64,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,65,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,1,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,2,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,3,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,4,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,5,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,6,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,7,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,8,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,9,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,10,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,11,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,12,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,13,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,14,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,15,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,16,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,17,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,18,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,19,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,20,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,21,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,22,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,23,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,24,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,25,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,26,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,27,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,28,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,29,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,30,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,31,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,32,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,33,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,34,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,35,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,36,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,37,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,38,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,39,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,40,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,41,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,42,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,43,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,44,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,45,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,46,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,47,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,48,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,49,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,50,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,51,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,52,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,53,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,54,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,55,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,56,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,57,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,58,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,59,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,60,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,61,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,62,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,63,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,64,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,65,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,1,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,2,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,3,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,4,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,5,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,6,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,7,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,8,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,9,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,10,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,11,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,12,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,13,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,14,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,15,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,16,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,17,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,18,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,19,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,20,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,21,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,22,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,23,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,24,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,25,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,26,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,27,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,28,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,29,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,30,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,31,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,32,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,33,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,34,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,35,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,36,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,37,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,38,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,39,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,40,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,41,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,42,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,43,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,44,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,45,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,46,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,47,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,48,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,49,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,50,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,51,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,52,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,53,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,54,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,55,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,56,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,57,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,58,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,59,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,60,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,61,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,62,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,63,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,64,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,65,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,1,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,2,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,3,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,4,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,5,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,6,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,7,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,8,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,9,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,10,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,11,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,12,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,13,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,14,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,15,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,16,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,17,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,18,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,19,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,20,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,21,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,22,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,23,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,24,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,25,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,26,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,27,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,28,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,29,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,30,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,31,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,32,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,33,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,34,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,35,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,36,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,37,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,38,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,39,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,40,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,41,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,42,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,43,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,44,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,45,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,46,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,47,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,48,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,49,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,50,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,51,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,52,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,53,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,54,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,55,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,56,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,57,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,58,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,59,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,60,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,61,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,62,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,63,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,64,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,65,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,1,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,2,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,3,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,4,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,5,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,6,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,7,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,8,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,9,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,10,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,11,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,12,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,13,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,14,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,15,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,16,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,17,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,18,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,19,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,20,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,21,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,22,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,23,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,24,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,25,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,26,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,27,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,28,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,29,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,30,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,31,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,32,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,33,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,34,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,35,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,36,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,37,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,38,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,39,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,40,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,41,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,42,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,43,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,44,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,45,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,46,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,47,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,48,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,49,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,50,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,51,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,52,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,53,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,54,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,55,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,56,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,57,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,58,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,59,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,60,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,61,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,62,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,63,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,64,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,65,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,1,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,2,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,3,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,4,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,5,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,6,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,7,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,8,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,9,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,10,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,11,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,12,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,13,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,14,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,15,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,16,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,17,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,18,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,19,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,20,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,21,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,22,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,23,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,24,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,25,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,26,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,27,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,28,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,29,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,30,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,31,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,32,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,33,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,34,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,35,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,36,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,37,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,38,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,39,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,40,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,41,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,42,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,43,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,44,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,45,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,46,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,47,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,48,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,49,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,50,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,51,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,52,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,53,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,54,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,55,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,56,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,57,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,58,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,59,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,60,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,61,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,62,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,63,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,64,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,65,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,1,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,2,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,3,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,4,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,5,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,6,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,7,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,8,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,9,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,10,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,11,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,12,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,13,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,14,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,15,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,16,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,17,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,18,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,19,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,20,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,21,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,22,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,23,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,24,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,25,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,26,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,27,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,28,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,29,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,30,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,31,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,32,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,33,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,34,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,35,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,36,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,37,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,38,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,39,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,40,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,41,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,42,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,43,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,44,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,45,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,46,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,47,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,48,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,49,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,50,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,51,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,52,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,53,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,54,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,55,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,56,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,57,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,58,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,59,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,60,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,61,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,62,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,63,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,64,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,65,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,1,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,2,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,3,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,4,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,5,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,6,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,7,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,8,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,9,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,10,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,11,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,12,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,13,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,14,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,15,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,16,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,17,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,18,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,19,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,20,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,21,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,22,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,23,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,24,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,25,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,26,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,27,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,28,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,29,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,30,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,31,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,32,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,33,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,34,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,35,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,36,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,37,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,38,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,39,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,40,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,41,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,42,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,43,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,44,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,45,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,46,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,47,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,48,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,49,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,50,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,51,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,52,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,53,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,54,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,55,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,56,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,57,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,58,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,59,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,60,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,61,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,62,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,63,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,64,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,65,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,1,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,2,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,3,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,4,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,5,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,6,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,7,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,8,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,9,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,10,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,11,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,12,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,13,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,14,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,15,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,16,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,17,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,18,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,19,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,20,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,21,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,22,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,23,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,24,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,25,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,26,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,27,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,28,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,29,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,30,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,31,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,32,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,33,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,34,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,35,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,36,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,37,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,38,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,39,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,40,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,41,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,42,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,43,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,44,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,45,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,46,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,47,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,48,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,49,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,50,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,51,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,52,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,53,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,54,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,55,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,56,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,57,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,58,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,59,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,60,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,61,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,62,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,63,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,64,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,65,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,1,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,2,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,3,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,4,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,5,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,6,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,7,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,8,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,9,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,10,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,11,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,12,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,13,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,14,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,15,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,16,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,17,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,18,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,19,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,20,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,21,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,22,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,23,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,24,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,25,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,26,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,27,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,28,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,29,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,30,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,31,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,32,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,33,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,34,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,35,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,36,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,37,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,38,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,39,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,40,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,41,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,42,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,43,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,44,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,45,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,46,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,47,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,48,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,49,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,50,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,51,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,52,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,53,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,54,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,55,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,56,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,57,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,58,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,59,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,60,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,61,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,62,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,63,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,64,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,65,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,1,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,2,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,3,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,4,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,5,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,6,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,7,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,8,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,9,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,10,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,11,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,12,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,13,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,14,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,15,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,16,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,17,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,18,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,19,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,20,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,21,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,22,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,23,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,24,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,25,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,26,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,27,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,28,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,29,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,30,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,31,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,32,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,33,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,34,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,35,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,36,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,37,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,38,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,39,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,40,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,41,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,42,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,43,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,44,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,45,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,46,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,47,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,48,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,49,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,50,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,51,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,52,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,53,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,54,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,55,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,56,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,57,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,58,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,59,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,60,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,61,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,62,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,63,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,64,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,65,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,1,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,2,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,3,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,4,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,5,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,6,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,7,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,8,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,9,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,10,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,11,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,12,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,13,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,14,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,15,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,16,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,17,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,18,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,19,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,20,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,21,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,22,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,23,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,24,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,25,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,26,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,27,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,28,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,29,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,30,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,31,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,32,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,33,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,34,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,35,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,36,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,37,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,38,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,39,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,40,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,41,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,42,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,43,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,44,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,45,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,46,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,47,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,48,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,49,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,50,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,51,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,52,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,53,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,54,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,55,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,56,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,57,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,58,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,59,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,60,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,61,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,62,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,63,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,64,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,65,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,1,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,2,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,3,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,4,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,5,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,6,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,7,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,8,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,9,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,10,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,11,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,12,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,13,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,14,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,15,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,16,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,17,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,18,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,19,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,20,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,21,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,22,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,23,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,24,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,25,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,26,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,27,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,28,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,29,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,30,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,31,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,32,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,33,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,34,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,35,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,36,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,37,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,38,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,39,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,40,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,41,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,42,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,43,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,44,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,45,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,46,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,47,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,48,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,49,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,50,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,51,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,52,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,53,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,54,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,55,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,56,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,57,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,58,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,59,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,60,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,61,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,62,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,63,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,64,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,65,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,1,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,2,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,3,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,4,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,5,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,6,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,7,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,8,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,9,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,10,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,11,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,12,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,13,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,14,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,15,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,16,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,17,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,18,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,19,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,20,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,21,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,22,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,23,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,24,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,25,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,26,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,27,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,28,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,29,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,30,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,31,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,32,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,33,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,34,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,35,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,36,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,37,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,38,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,39,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,40,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,41,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,42,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,43,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,44,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,45,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,46,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,47,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,48,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,49,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,50,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,51,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,52,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,53,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,54,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,55,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,56,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,57,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,58,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,59,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,60,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,61,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,62,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,63,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,64,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,65,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,1,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,2,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,3,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,4,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,5,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,6,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,7,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,8,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,9,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,10,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,11,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,12,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,13,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,14,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,15,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,16,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,17,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,18,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,19,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,20,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,21,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,22,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,23,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,24,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,25,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,26,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,27,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,28,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,29,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,30,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,31,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,32,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,33,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,34,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,35,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,36,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,37,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,38,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,39,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,40,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,41,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,42,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,43,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,44,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,45,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,46,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,47,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,48,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,49,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,50,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,51,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,52,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,53,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,54,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,55,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,56,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,57,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,58,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,59,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,60,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,61,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,62,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,63,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,64,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,65,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,1,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,2,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,3,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,4,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,5,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,6,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,7,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,8,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,9,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,10,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,11,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,12,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,13,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,14,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,15,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,16,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,17,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,18,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,19,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,20,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,21,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,22,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,23,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,24,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,25,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,26,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,27,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,28,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,29,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,30,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,31,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,32,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,33,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,34,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,35,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,36,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,37,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,38,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,39,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,40,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,41,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,42,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,43,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,44,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,45,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,46,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,47,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,48,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,49,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,50,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,51,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,52,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,53,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,54,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,55,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,56,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,57,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,58,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,59,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,60,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,61,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,62,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,63,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,64,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,65,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,1,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,2,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,3,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,4,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,5,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,6,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,7,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,8,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,9,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,10,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,11,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,12,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,13,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,14,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,15,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,16,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,17,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,18,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,19,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,20,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,21,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,22,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,23,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,24,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,25,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,26,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,27,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,28,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,29,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,30,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,31,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,32,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,33,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,34,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,35,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,36,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,37,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,38,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,39,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,40,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,41,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,42,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,43,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,44,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,45,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,46,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,47,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,48,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,49,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,50,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,51,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,52,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,53,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,54,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,55,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,56,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,57,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,58,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,59,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,60,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,61,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,62,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,63,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,64,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,65,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,1,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,2,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,3,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,4,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,5,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,6,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,7,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,8,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,9,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,10,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,11,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,12,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,13,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,14,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,15,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,16,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,17,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,18,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,19,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,20,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,21,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,22,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,23,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,24,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,25,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,26,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,27,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,28,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,29,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,30,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,31,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,32,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,33,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,34,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,35,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,36,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,37,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,38,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,39,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,40,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,41,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,42,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,43,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,44,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,45,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,46,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,47,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,48,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,49,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,50,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,51,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,52,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,53,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,54,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,55,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,56,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,57,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,58,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,59,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,60,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,61,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,62,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,63,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,64,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,65,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,1,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,2,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,3,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,4,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,5,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,6,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,7,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,8,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,9,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,10,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,11,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,12,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,13,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,14,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,15,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,16,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,17,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,18,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,19,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,20,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,21,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,22,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,23,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,24,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,25,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,26,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,27,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,28,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,29,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,30,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,31,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,32,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,33,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,34,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,35,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,36,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,37,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,38,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,39,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,40,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,41,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,42,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,43,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,44,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,45,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,46,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,47,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,48,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,49,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,50,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,51,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,52,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,53,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,54,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,55,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,56,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,57,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,58,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,59,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,60,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,61,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,62,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,63,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,64,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,65,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,1,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,2,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,3,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,4,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,5,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,6,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,7,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,8,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,9,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,10,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,11,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,12,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,13,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,14,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,15,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,16,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,17,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,18,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,19,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,20,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,21,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,22,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,23,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,24,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,25,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,26,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,27,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,28,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,29,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,30,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,31,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,32,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,33,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,34,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,35,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,36,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,37,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,38,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,39,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,40,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,41,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,42,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,43,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,44,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,45,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,46,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,47,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,48,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,49,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,50,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,51,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,52,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,53,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,54,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,55,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,56,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,57,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,58,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,59,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,60,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,61,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,62,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,63,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,64,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,65,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,1,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,2,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,3,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,4,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,5,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,6,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,7,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,8,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,9,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,10,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,11,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,12,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,13,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,14,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,15,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,16,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,17,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,18,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,19,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,20,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,21,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,22,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,23,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,24,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,25,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,26,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,27,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,28,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,29,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,30,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,31,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,32,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,33,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,34,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,35,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,36,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,37,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,38,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,39,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,40,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,41,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,42,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,43,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,44,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,45,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,46,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,47,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,48,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,49,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,50,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,51,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,52,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,53,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,54,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,55,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,56,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,57,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,58,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,59,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,60,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,61,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,62,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,63,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,64,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,65,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,1,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,2,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,3,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,4,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,5,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,6,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,7,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,8,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,9,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,10,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,11,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,12,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,13,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,14,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,15,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,16,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,17,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,18,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,19,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,20,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,21,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,22,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,23,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,24,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,25,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,26,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,27,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,28,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,29,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,30,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,31,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,32,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,33,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,34,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,35,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,36,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,37,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,38,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,39,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,40,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,41,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,42,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,43,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,44,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,45,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,46,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,47,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,48,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,49,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,50,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,51,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,52,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,53,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,54,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,55,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,56,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,57,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,58,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,59,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,60,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,61,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,62,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,63,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,64,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,65,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,1,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,2,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,3,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,4,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,5,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,6,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,7,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,8,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,9,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,10,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,11,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,12,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,13,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,14,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,15,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,16,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,17,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,18,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,19,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,20,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,21,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,22,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,23,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,24,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,25,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,26,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,27,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,28,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,29,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,30,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,31,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,32,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,33,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,34,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,35,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,36,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,37,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,38,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,39,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,40,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,41,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,42,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,43,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,44,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,45,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,46,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,47,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,48,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,49,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,50,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,51,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,52,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,53,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,54,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,55,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,56,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,57,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,58,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,59,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,60,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,61,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,62,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,63,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,64,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,65,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,1,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,2,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,3,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,4,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,5,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,6,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,7,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,8,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,9,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,10,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,11,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,12,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,13,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,14,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,15,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,16,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,17,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,18,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,19,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,20,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,21,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,22,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,23,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,24,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,25,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,26,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,27,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,28,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,29,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,30,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,31,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,32,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,33,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,34,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,35,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,36,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,37,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,38,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,39,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,40,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,41,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,42,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,43,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,44,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,45,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,46,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,47,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,48,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,49,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,50,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,51,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,52,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,53,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,54,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,55,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,56,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,57,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,58,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,59,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,60,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,61,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,62,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,63,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,64,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,65,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,69,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,68,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,71,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,66,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,67,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,74,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (16,72,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,69,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,68,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,71,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,66,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,67,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,74,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (18,72,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,69,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,68,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,71,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,66,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,67,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,74,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (21,72,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,69,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,68,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,71,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,66,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,67,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,74,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (11,72,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,69,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,68,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,71,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,66,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,67,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,74,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (12,72,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,69,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,68,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,71,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,66,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,67,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,74,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (5,72,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,69,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,68,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,71,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,66,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,67,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,74,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (6,72,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,69,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,68,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,71,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,66,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,67,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,74,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (20,72,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,69,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,68,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,71,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,66,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,67,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,74,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (17,72,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,69,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,68,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,71,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,66,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,67,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,74,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (15,72,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,69,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,68,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,71,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,66,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,67,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,74,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (13,72,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,69,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,68,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,71,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,66,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,67,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,74,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (14,72,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,69,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,68,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,71,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,66,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,67,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,74,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (7,72,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,69,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,68,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,71,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,66,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,67,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,74,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (8,72,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,69,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,68,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,71,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,66,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,67,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,74,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (9,72,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,69,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,68,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,71,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,66,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,67,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,74,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (10,72,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,69,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,68,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,71,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,66,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,67,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,74,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (19,72,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,69,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,68,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,71,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,66,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,67,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,74,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (30,72,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,69,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,68,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,71,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,66,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,67,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,74,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (28,72,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,69,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,68,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,71,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,66,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,67,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,74,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (29,72,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,69,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,68,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,71,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,66,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,67,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,74,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (22,72,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,69,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,68,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,71,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,66,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,67,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,74,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (23,72,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,69,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,68,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,71,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,66,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,67,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,74,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (24,72,1);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,69,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,68,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,71,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,66,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,67,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,74,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (25,72,2);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,69,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,68,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,71,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,66,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,67,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,74,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (26,72,3);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,69,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,68,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,71,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,66,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,67,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,74,4);
INSERT INTO `nv4_vi_blocks_weight` VALUES (27,72,4);
/*!40000 ALTER TABLE `nv4_vi_blocks_weight` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_comment`
--

DROP TABLE IF EXISTS `nv4_vi_comment`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_comment` (
  `cid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `module` varchar(55) NOT NULL,
  `area` int(11) NOT NULL DEFAULT 0,
  `id` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `pid` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `content` text NOT NULL,
  `attach` varchar(255) NOT NULL DEFAULT '',
  `post_time` int(11) unsigned NOT NULL DEFAULT 0,
  `userid` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `post_name` varchar(100) NOT NULL,
  `post_email` varchar(100) NOT NULL,
  `post_ip` varchar(39) NOT NULL DEFAULT '',
  `status` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `likes` mediumint(9) NOT NULL DEFAULT 0,
  `dislikes` mediumint(9) NOT NULL DEFAULT 0,
  PRIMARY KEY (`cid`),
  KEY `mod_id` (`module`,`area`,`id`),
  KEY `post_time` (`post_time`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_comment`
--

LOCK TABLES `nv4_vi_comment` WRITE;
/*!40000 ALTER TABLE `nv4_vi_comment` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_vi_comment` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_contact_department`
--

DROP TABLE IF EXISTS `nv4_vi_contact_department`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_contact_department` (
  `id` smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  `full_name` varchar(250) NOT NULL,
  `alias` varchar(250) NOT NULL,
  `image` varchar(255) NOT NULL DEFAULT '',
  `phone` varchar(255) NOT NULL,
  `fax` varchar(255) NOT NULL,
  `email` varchar(100) NOT NULL,
  `address` varchar(255) NOT NULL,
  `note` text NOT NULL,
  `others` text NOT NULL,
  `cats` text NOT NULL,
  `admins` text NOT NULL,
  `act` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `weight` smallint(5) NOT NULL,
  `is_default` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `full_name` (`full_name`),
  UNIQUE KEY `alias` (`alias`)
) ENGINE=MyISAM AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_contact_department`
--

LOCK TABLES `nv4_vi_contact_department` WRITE;
/*!40000 ALTER TABLE `nv4_vi_contact_department` DISABLE KEYS */;
INSERT INTO `nv4_vi_contact_department` VALUES (1,'Phòng Chăm sóc khách hàng','Cham-soc-khach-hang','','(08) 38.000.000[+84838000000]','08 38.000.001','customer@mysite.com','','Bộ phận tiếp nhận và giải quyết các yêu cầu, đề nghị, ý kiến liên quan đến hoạt động chính của doanh nghiệp','{\"viber\":\"myViber\",\"skype\":\"mySkype\",\"yahoo\":\"myYahoo\"}','Tư vấn|Khiếu nại, phản ánh|Đề nghị hợp tác','1/1/1/0;',1,1,1);
INSERT INTO `nv4_vi_contact_department` VALUES (2,'Phòng Kỹ thuật','Ky-thuat','','(08) 38.000.002[+84838000002]','08 38.000.003','technical@mysite.com','','Bộ phận tiếp nhận và giải quyết các câu hỏi liên quan đến kỹ thuật','{\"viber\":\"myViber2\",\"skype\":\"mySkype2\",\"yahoo\":\"myYahoo2\"}','Thông báo lỗi|Góp ý cải tiến','1/1/1/0;',1,2,0);
/*!40000 ALTER TABLE `nv4_vi_contact_department` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_contact_reply`
--

DROP TABLE IF EXISTS `nv4_vi_contact_reply`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_contact_reply` (
  `rid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `id` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `reply_content` text DEFAULT NULL,
  `reply_time` int(11) unsigned NOT NULL DEFAULT 0,
  `reply_aid` mediumint(8) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`rid`),
  KEY `id` (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_contact_reply`
--

LOCK TABLES `nv4_vi_contact_reply` WRITE;
/*!40000 ALTER TABLE `nv4_vi_contact_reply` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_vi_contact_reply` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_contact_send`
--

DROP TABLE IF EXISTS `nv4_vi_contact_send`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_contact_send` (
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `cid` smallint(5) unsigned NOT NULL DEFAULT 0,
  `cat` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL,
  `content` text NOT NULL,
  `send_time` int(11) unsigned NOT NULL DEFAULT 0,
  `sender_id` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `sender_name` varchar(100) NOT NULL,
  `sender_address` varchar(250) NOT NULL,
  `sender_email` varchar(100) NOT NULL,
  `sender_phone` varchar(20) DEFAULT '',
  `sender_ip` varchar(39) NOT NULL DEFAULT '',
  `is_read` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `is_reply` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `is_processed` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `processed_by` int(11) unsigned NOT NULL DEFAULT 0,
  `processed_time` int(11) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `sender_name` (`sender_name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_contact_send`
--

LOCK TABLES `nv4_vi_contact_send` WRITE;
/*!40000 ALTER TABLE `nv4_vi_contact_send` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_vi_contact_send` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_contact_supporter`
--

DROP TABLE IF EXISTS `nv4_vi_contact_supporter`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_contact_supporter` (
  `id` smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  `departmentid` smallint(5) unsigned NOT NULL,
  `full_name` varchar(255) NOT NULL,
  `image` varchar(255) NOT NULL DEFAULT '',
  `phone` varchar(255) NOT NULL,
  `email` varchar(100) NOT NULL,
  `others` text NOT NULL,
  `act` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `weight` smallint(5) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_contact_supporter`
--

LOCK TABLES `nv4_vi_contact_supporter` WRITE;
/*!40000 ALTER TABLE `nv4_vi_contact_supporter` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_vi_contact_supporter` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_freecontent_blocks`
--

DROP TABLE IF EXISTS `nv4_vi_freecontent_blocks`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_freecontent_blocks` (
  `bid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL DEFAULT '',
  `description` mediumtext NOT NULL,
  PRIMARY KEY (`bid`)
) ENGINE=MyISAM AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_freecontent_blocks`
--

LOCK TABLES `nv4_vi_freecontent_blocks` WRITE;
/*!40000 ALTER TABLE `nv4_vi_freecontent_blocks` DISABLE KEYS */;
INSERT INTO `nv4_vi_freecontent_blocks` VALUES (1,'Sản phẩm','Sản phẩm của công ty cổ phần phát triển nguồn mở Việt Nam - VINADES.,JSC');
/*!40000 ALTER TABLE `nv4_vi_freecontent_blocks` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_freecontent_rows`
--

DROP TABLE IF EXISTS `nv4_vi_freecontent_rows`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_freecontent_rows` (
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `bid` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `title` varchar(255) NOT NULL DEFAULT '',
  `description` mediumtext NOT NULL,
  `link` varchar(255) NOT NULL DEFAULT '',
  `target` varchar(10) NOT NULL DEFAULT '' COMMENT '_blank|_self|_parent|_top',
  `image` varchar(255) NOT NULL DEFAULT '',
  `start_time` int(11) NOT NULL DEFAULT 0,
  `end_time` int(11) NOT NULL DEFAULT 0,
  `status` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT '0: In-Active, 1: Active, 2: Expired',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_freecontent_rows`
--

LOCK TABLES `nv4_vi_freecontent_rows` WRITE;
/*!40000 ALTER TABLE `nv4_vi_freecontent_rows` DISABLE KEYS */;
INSERT INTO `nv4_vi_freecontent_rows` VALUES (1,1,'Hệ quản trị nội dung NukeViet','<ul>\n	<li>Giải thưởng Nhân tài đất Việt 2011, 10.000+ website đang sử dụng</li>\n	<li>Được Bộ GD&amp;ĐT khuyến khích sử dụng trong các cơ sở giáo dục</li>\n	<li>Bộ TT&amp;TT quy định ưu tiên sử dụng trong cơ quan nhà nước</li>\n</ul>','http://vinades.vn/vi/san-pham/nukeviet/','_blank','cms.jpg',1796235651,0,1);
INSERT INTO `nv4_vi_freecontent_rows` VALUES (2,1,'Cổng thông tin doanh nghiệp','<ul>\n	<li>Tích hợp bán hàng trực tuyến</li>\n	<li>Tích hợp các nghiệp vụ quản lý (quản lý khách hàng, quản lý nhân sự, quản lý tài liệu)</li>\n</ul>','http://vinades.vn/vi/san-pham/Cong-thong-tin-doanh-nghiep-NukeViet-portal/','_blank','portal.jpg',1796235651,0,1);
INSERT INTO `nv4_vi_freecontent_rows` VALUES (3,1,'Cổng thông tin Phòng giáo dục, Sở giáo dục','<ul>\n	<li>Tích hợp chung website hàng trăm trường</li>\n	<li>Tích hợp các ứng dụng trực tuyến (Tra điểm SMS, Tra cứu văn bằng, Học bạ điện tử ...)</li>\n</ul>','http://vinades.vn/vi/san-pham/Cong-thong-tin-giao-duc-NukeViet-Edugate/','_blank','edugate.jpg',1796235651,0,1);
INSERT INTO `nv4_vi_freecontent_rows` VALUES (4,1,'Tòa soạn báo điện tử chuyên nghiệp','<ul>\n	<li>Bảo mật đa tầng, phân quyền linh hoạt</li>\n	<li>Hệ thống bóc tin tự động, đăng bài tự động, cùng nhiều chức năng tiên tiến khác...</li>\n</ul>','http://vinades.vn/vi/san-pham/Toa-soan-bao-dien-tu/','_blank','toa-soan-dien-tu.jpg',1796235651,0,1);
INSERT INTO `nv4_vi_freecontent_rows` VALUES (5,1,'Giải pháp bán hàng trực tuyến','<ul><li>Tích hợp các tính năng cơ bản bán hàng trực tuyến</li><li>Tích hợp với các cổng thanh toán, ví điện tử trên toàn quốc</li></ul>','http://vinades.vn','_blank','shop.jpg',1796235651,0,1);
/*!40000 ALTER TABLE `nv4_vi_freecontent_rows` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_laws_admins`
--

DROP TABLE IF EXISTS `nv4_vi_laws_admins`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_laws_admins` (
  `userid` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `subjectid` smallint(4) NOT NULL DEFAULT 0,
  `areaid` smallint(4) unsigned NOT NULL DEFAULT 0,
  `admin` tinyint(4) NOT NULL DEFAULT 0,
  `add_content` tinyint(4) NOT NULL DEFAULT 0,
  `edit_content` tinyint(4) NOT NULL DEFAULT 0,
  `del_content` tinyint(4) NOT NULL DEFAULT 0,
  UNIQUE KEY `userid` (`userid`,`subjectid`,`areaid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_laws_admins`
--

LOCK TABLES `nv4_vi_laws_admins` WRITE;
/*!40000 ALTER TABLE `nv4_vi_laws_admins` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_vi_laws_admins` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_laws_area`
--

DROP TABLE IF EXISTS `nv4_vi_laws_area`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_laws_area` (
  `id` smallint(4) unsigned NOT NULL AUTO_INCREMENT,
  `parentid` smallint(4) unsigned NOT NULL DEFAULT 0,
  `alias` varchar(249) NOT NULL,
  `title` varchar(249) NOT NULL,
  `introduction` mediumtext NOT NULL,
  `keywords` varchar(255) NOT NULL,
  `addtime` int(11) unsigned NOT NULL DEFAULT 0,
  `weight` smallint(4) unsigned NOT NULL DEFAULT 0,
  `sort` smallint(5) unsigned NOT NULL DEFAULT 1 COMMENT 'Thứ tự tổng thể',
  `lev` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Cấp bậc',
  `numsubcat` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT 'Số lĩnh vực con',
  `subcatid` varchar(255) NOT NULL DEFAULT '' COMMENT 'Danh sách ID lĩnh vực con, phân cách bởi dấu phảy',
  PRIMARY KEY (`id`),
  UNIQUE KEY `alias` (`alias`,`parentid`),
  KEY `weight` (`weight`),
  KEY `sort` (`sort`)
) ENGINE=MyISAM AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_laws_area`
--

LOCK TABLES `nv4_vi_laws_area` WRITE;
/*!40000 ALTER TABLE `nv4_vi_laws_area` DISABLE KEYS */;
INSERT INTO `nv4_vi_laws_area` VALUES (1,0,'Nong-nghiep-Phat-trien-nong-thon','Nông nghiệp &amp; Phát triển nông thôn','','',1796236632,1,1,0,0,'');
INSERT INTO `nv4_vi_laws_area` VALUES (2,0,'Giao-duc-Dao-tao','Giáo dục – Đào tạo','','',1796236632,2,2,0,0,'');
INSERT INTO `nv4_vi_laws_area` VALUES (3,0,'Xay-dung-nong-thon-moi','Xây dựng nông thôn mới','','',1796236632,3,3,0,0,'');
/*!40000 ALTER TABLE `nv4_vi_laws_area` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_laws_cat`
--

DROP TABLE IF EXISTS `nv4_vi_laws_cat`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_laws_cat` (
  `id` smallint(4) unsigned NOT NULL AUTO_INCREMENT,
  `parentid` smallint(4) unsigned NOT NULL DEFAULT 0,
  `alias` varchar(249) NOT NULL,
  `title` varchar(249) NOT NULL,
  `introduction` mediumtext NOT NULL,
  `keywords` varchar(255) NOT NULL,
  `newday` tinyint(2) unsigned NOT NULL DEFAULT 5,
  `addtime` int(11) unsigned NOT NULL DEFAULT 0,
  `weight` smallint(4) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `alias` (`alias`,`parentid`),
  KEY `weight` (`weight`)
) ENGINE=MyISAM AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_laws_cat`
--

LOCK TABLES `nv4_vi_laws_cat` WRITE;
/*!40000 ALTER TABLE `nv4_vi_laws_cat` DISABLE KEYS */;
INSERT INTO `nv4_vi_laws_cat` VALUES (1,0,'Quyet-dinh','Quyết định','','',5,1796236632,1);
INSERT INTO `nv4_vi_laws_cat` VALUES (2,0,'Cong-van','Công văn','','',5,1796236632,2);
INSERT INTO `nv4_vi_laws_cat` VALUES (3,0,'Thong-tu','Thông tư','','',5,1796236632,3);
INSERT INTO `nv4_vi_laws_cat` VALUES (4,0,'Nghi-quyet','Nghị quyết','','',5,1796236632,4);
/*!40000 ALTER TABLE `nv4_vi_laws_cat` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_laws_config`
--

DROP TABLE IF EXISTS `nv4_vi_laws_config`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_laws_config` (
  `config_name` varchar(30) NOT NULL,
  `config_value` varchar(255) NOT NULL,
  UNIQUE KEY `config_name` (`config_name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_laws_config`
--

LOCK TABLES `nv4_vi_laws_config` WRITE;
/*!40000 ALTER TABLE `nv4_vi_laws_config` DISABLE KEYS */;
INSERT INTO `nv4_vi_laws_config` VALUES ('nummain','50');
INSERT INTO `nv4_vi_laws_config` VALUES ('numsub','50');
INSERT INTO `nv4_vi_laws_config` VALUES ('typeview','0');
INSERT INTO `nv4_vi_laws_config` VALUES ('down_in_home','1');
INSERT INTO `nv4_vi_laws_config` VALUES ('detail_other','a:1:{i:0;s:3:\"cat\";}');
INSERT INTO `nv4_vi_laws_config` VALUES ('detail_hide_empty_field','1');
INSERT INTO `nv4_vi_laws_config` VALUES ('detail_show_link_cat','1');
INSERT INTO `nv4_vi_laws_config` VALUES ('detail_show_link_area','1');
INSERT INTO `nv4_vi_laws_config` VALUES ('detail_show_link_subject','1');
INSERT INTO `nv4_vi_laws_config` VALUES ('detail_show_link_signer','1');
INSERT INTO `nv4_vi_laws_config` VALUES ('detail_pdf_quick_view','1');
INSERT INTO `nv4_vi_laws_config` VALUES ('other_numlinks','5');
INSERT INTO `nv4_vi_laws_config` VALUES ('title_show_type','0');
/*!40000 ALTER TABLE `nv4_vi_laws_config` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_laws_examine`
--

DROP TABLE IF EXISTS `nv4_vi_laws_examine`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_laws_examine` (
  `id` smallint(4) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(250) NOT NULL,
  `weight` smallint(4) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_laws_examine`
--

LOCK TABLES `nv4_vi_laws_examine` WRITE;
/*!40000 ALTER TABLE `nv4_vi_laws_examine` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_vi_laws_examine` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_laws_row`
--

DROP TABLE IF EXISTS `nv4_vi_laws_row`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_laws_row` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `replacement` varchar(255) NOT NULL DEFAULT '',
  `relatement` varchar(255) NOT NULL DEFAULT '',
  `title` varchar(255) NOT NULL,
  `alias` varchar(255) NOT NULL,
  `code` varchar(50) NOT NULL,
  `area_ids` varchar(191) NOT NULL DEFAULT '' COMMENT 'Danh sách lĩnh vực phân cách bởi dấu phảy',
  `cid` smallint(4) unsigned NOT NULL DEFAULT 0,
  `sid` smallint(4) unsigned NOT NULL DEFAULT 0,
  `eid` smallint(4) unsigned NOT NULL DEFAULT 0,
  `sgid` smallint(4) unsigned NOT NULL DEFAULT 0,
  `note` text NOT NULL,
  `introtext` text NOT NULL,
  `bodytext` text NOT NULL,
  `keywords` varchar(255) NOT NULL,
  `groups_view` varchar(255) NOT NULL,
  `groups_download` varchar(255) NOT NULL,
  `files` mediumtext NOT NULL,
  `status` tinyint(1) NOT NULL,
  `approval` tinyint(1) NOT NULL,
  `addtime` int(11) NOT NULL,
  `edittime` int(11) NOT NULL,
  `publtime` int(11) NOT NULL DEFAULT 0,
  `start_comm_time` int(11) DEFAULT NULL,
  `end_comm_time` int(11) DEFAULT NULL,
  `startvalid` int(11) NOT NULL DEFAULT 0,
  `exptime` int(11) NOT NULL DEFAULT 0,
  `view_hits` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `download_hits` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `admin_add` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `admin_edit` mediumint(8) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `area_ids` (`area_ids`),
  KEY `cid` (`cid`),
  KEY `sid` (`sid`),
  KEY `eid` (`eid`),
  KEY `sgid` (`sgid`)
) ENGINE=MyISAM AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_laws_row`
--

LOCK TABLES `nv4_vi_laws_row` WRITE;
/*!40000 ALTER TABLE `nv4_vi_laws_row` DISABLE KEYS */;
INSERT INTO `nv4_vi_laws_row` VALUES (1,'','','Quyết định ban hành Bộ tiêu chí xã nông thôn mới nâng cao giai đoạn 2024 – 2025','Quyet-dinh-ban-hanh-Bo-tieu-chi-xa-nong-thon-moi-nang-cao-giai-doan-2024-2025-1','15&#x002F;2024&#x002F;QĐ-UBND','1,3',1,2,0,1,'','Ban hành kèm theo Quyết định này Bộ tiêu chí xã NTM nâng cao tỉnh giai đoạn 2024 – 2025.','<p><strong>15/2024/QĐ-UBND</strong>: Quyết định ban hành Bộ tiêu chí xã nông thôn mới nâng cao giai đoạn 2024 – 2025.</p><p>Điều 1. Phạm vi &amp; đối tượng áp dụng.</p><p>Điều 2. Hiệu lực thi hành.</p>','quyết định,ban hành,tiêu chí,nông thôn,nâng cao,giai đoạn,phạm vi,hiệu lực','6','6','qd-15-2024-qd-ubnd.pdf,qd-15-2024-qd-ubnd-phu-luc.docx',1,0,1796236634,0,1710201600,0,0,1711065600,0,7,3,1,0);
INSERT INTO `nv4_vi_laws_row` VALUES (2,'','','Quyết định phê duyệt Chương trình mỗi xã một sản phẩm (OCOP) giai đoạn 2021 – 2025','Quyet-dinh-phe-duyet-Chuong-trinh-moi-xa-mot-san-pham-OCOP-giai-doan-2021-2025-2','211&#x002F;QĐ-TTg','1',1,1,0,2,'','Phê duyệt Chương trình OCOP giai đoạn 2021 – 2025 với mục tiêu &quot;nâng cao giá trị gia tăng&quot; &amp; phát triển kinh tế nông thôn.','<p><strong>211/QĐ-TTg</strong>: Quyết định phê duyệt Chương trình mỗi xã một sản phẩm (OCOP) giai đoạn 2021 – 2025.</p><p>Điều 1. Phạm vi &amp; đối tượng áp dụng.</p><p>Điều 2. Hiệu lực thi hành.</p>','quyết định,chương trình,sản phẩm,giai đoạn,phạm vi,hiệu lực','6','6','qd-211-qd-ttg.pdf',1,0,1796236636,0,1614124800,0,0,1614124800,1767139200,8,2,1,0);
INSERT INTO `nv4_vi_laws_row` VALUES (3,'','','Công văn về việc đánh giá, phân hạng sản phẩm OCOP năm 2025','Cong-van-ve-viec-danh-gia-phan-hang-san-pham-OCOP-nam-2025-3','4414&#x002F;UBND-NL5','1,3',2,2,0,1,'','Đề nghị các huyện, thị xã &#40;UBND cấp huyện&#41; tổ chức đánh giá sản phẩm OCOP.','<p><strong>4414/UBND-NL5</strong>: Công văn về việc đánh giá, phân hạng sản phẩm OCOP năm 2025.</p><p>Điều 1. Phạm vi &amp; đối tượng áp dụng.</p><p>Điều 2. Hiệu lực thi hành.</p>','công văn,đánh giá,sản phẩm,phạm vi,hiệu lực','6','6','cv-4414-ubnd-nl5.docx',1,0,1796236637,0,1754352000,0,0,0,0,4,2,1,0);
INSERT INTO `nv4_vi_laws_row` VALUES (4,'','','Thông tư hướng dẫn công tác giáo dục tại các xã đạt chuẩn NTM','Thong-tu-huong-dan-cong-tac-giao-duc-tai-cac-xa-dat-chuan-NTM-4','20&#x002F;2024&#x002F;TT-BGDĐT','2',3,3,0,3,'','Hướng dẫn tiêu chí 5 &#40;trường học&#41; &amp; tiêu chí 14 &#40;giáo dục&#41; trong Bộ tiêu chí NTM.','<p><strong>20/2024/TT-BGDĐT</strong>: Thông tư hướng dẫn công tác giáo dục tại các xã đạt chuẩn NTM.</p><p>Điều 1. Phạm vi &amp; đối tượng áp dụng.</p><p>Điều 2. Hiệu lực thi hành.</p>','thông tư,hướng dẫn,công tác,giáo dục,phạm vi,hiệu lực','6','6','tt-20-2024-tt-bgddt.pdf',1,0,1796236639,0,1730419200,0,0,1734307200,0,4,1,1,0);
/*!40000 ALTER TABLE `nv4_vi_laws_row` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_laws_row_area`
--

DROP TABLE IF EXISTS `nv4_vi_laws_row_area`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_laws_row_area` (
  `row_id` int(10) unsigned NOT NULL,
  `area_id` smallint(4) unsigned NOT NULL,
  UNIQUE KEY `alias` (`row_id`,`area_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_laws_row_area`
--

LOCK TABLES `nv4_vi_laws_row_area` WRITE;
/*!40000 ALTER TABLE `nv4_vi_laws_row_area` DISABLE KEYS */;
INSERT INTO `nv4_vi_laws_row_area` VALUES (1,1);
INSERT INTO `nv4_vi_laws_row_area` VALUES (1,3);
INSERT INTO `nv4_vi_laws_row_area` VALUES (2,1);
INSERT INTO `nv4_vi_laws_row_area` VALUES (3,1);
INSERT INTO `nv4_vi_laws_row_area` VALUES (3,3);
INSERT INTO `nv4_vi_laws_row_area` VALUES (4,2);
/*!40000 ALTER TABLE `nv4_vi_laws_row_area` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_laws_set_replace`
--

DROP TABLE IF EXISTS `nv4_vi_laws_set_replace`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_laws_set_replace` (
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `oid` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `nid` mediumint(8) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_laws_set_replace`
--

LOCK TABLES `nv4_vi_laws_set_replace` WRITE;
/*!40000 ALTER TABLE `nv4_vi_laws_set_replace` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_vi_laws_set_replace` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_laws_signer`
--

DROP TABLE IF EXISTS `nv4_vi_laws_signer`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_laws_signer` (
  `id` smallint(4) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `offices` varchar(255) NOT NULL DEFAULT '',
  `positions` varchar(255) NOT NULL DEFAULT '',
  `addtime` int(11) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_laws_signer`
--

LOCK TABLES `nv4_vi_laws_signer` WRITE;
/*!40000 ALTER TABLE `nv4_vi_laws_signer` DISABLE KEYS */;
INSERT INTO `nv4_vi_laws_signer` VALUES (1,'Nguyễn Văn Hùng','UBND tỉnh','Chủ tịch',1796236632);
INSERT INTO `nv4_vi_laws_signer` VALUES (2,'Phạm Minh Chính','Chính phủ','Thủ tướng',1796236632);
INSERT INTO `nv4_vi_laws_signer` VALUES (3,'Lê Thị &quot;Hoa&quot; &amp; cộng sự','Bộ GD&amp;ĐT','Thứ trưởng',1796236632);
/*!40000 ALTER TABLE `nv4_vi_laws_signer` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_laws_subject`
--

DROP TABLE IF EXISTS `nv4_vi_laws_subject`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_laws_subject` (
  `id` smallint(4) unsigned NOT NULL AUTO_INCREMENT,
  `alias` varchar(250) NOT NULL,
  `title` varchar(250) NOT NULL,
  `introduction` mediumtext NOT NULL,
  `keywords` varchar(255) NOT NULL,
  `numcount` int(10) NOT NULL DEFAULT 0,
  `numlink` tinyint(2) NOT NULL DEFAULT 5,
  `addtime` int(11) unsigned NOT NULL DEFAULT 0,
  `weight` smallint(4) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `alias` (`alias`),
  KEY `weight` (`weight`)
) ENGINE=MyISAM AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_laws_subject`
--

LOCK TABLES `nv4_vi_laws_subject` WRITE;
/*!40000 ALTER TABLE `nv4_vi_laws_subject` DISABLE KEYS */;
INSERT INTO `nv4_vi_laws_subject` VALUES (1,'Thu-tuong-Chinh-phu','Thủ tướng Chính phủ','','',1,5,1796236632,1);
INSERT INTO `nv4_vi_laws_subject` VALUES (2,'UBND-tinh','UBND tỉnh','','',2,5,1796236632,2);
INSERT INTO `nv4_vi_laws_subject` VALUES (3,'Bo-GD-DT','Bộ GD&amp;ĐT','','',1,5,1796236632,3);
INSERT INTO `nv4_vi_laws_subject` VALUES (4,'Bo-NN-PTNT','Bộ NN&amp;PTNT','','',0,5,1796236632,4);
/*!40000 ALTER TABLE `nv4_vi_laws_subject` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_menu`
--

DROP TABLE IF EXISTS `nv4_vi_menu`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_menu` (
  `id` smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `title` (`title`)
) ENGINE=MyISAM AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_menu`
--

LOCK TABLES `nv4_vi_menu` WRITE;
/*!40000 ALTER TABLE `nv4_vi_menu` DISABLE KEYS */;
INSERT INTO `nv4_vi_menu` VALUES (1,'Top Menu');
/*!40000 ALTER TABLE `nv4_vi_menu` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_menu_rows`
--

DROP TABLE IF EXISTS `nv4_vi_menu_rows`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_menu_rows` (
  `id` mediumint(5) NOT NULL AUTO_INCREMENT,
  `parentid` mediumint(5) unsigned NOT NULL,
  `mid` smallint(5) NOT NULL DEFAULT 0,
  `title` varchar(255) NOT NULL,
  `link` text NOT NULL,
  `icon` varchar(255) DEFAULT '',
  `image` varchar(255) DEFAULT '',
  `note` varchar(255) DEFAULT '',
  `weight` int(11) NOT NULL,
  `sort` int(11) NOT NULL DEFAULT 0,
  `lev` int(11) NOT NULL DEFAULT 0,
  `subitem` text DEFAULT NULL,
  `groups_view` varchar(255) DEFAULT '',
  `module_name` varchar(255) DEFAULT '',
  `op` varchar(255) DEFAULT '',
  `target` tinyint(4) DEFAULT 0,
  `css` varchar(255) DEFAULT '',
  `active_type` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `status` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `parentid` (`parentid`,`mid`)
) ENGINE=MyISAM AUTO_INCREMENT=23 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_menu_rows`
--

LOCK TABLES `nv4_vi_menu_rows` WRITE;
/*!40000 ALTER TABLE `nv4_vi_menu_rows` DISABLE KEYS */;
INSERT INTO `nv4_vi_menu_rows` VALUES (1,0,1,'Giới thiệu','/index.php?language=vi&nv=about','','','',1,1,0,'8,9,10,11,12,13,14,15','6','about','',1,'',0,1);
INSERT INTO `nv4_vi_menu_rows` VALUES (2,0,1,'Tin Tức','/index.php?language=vi&nv=news','','','',2,10,0,'16,17,18,19,20,21,22','6','news','',1,'',0,1);
INSERT INTO `nv4_vi_menu_rows` VALUES (3,0,1,'Thành viên','/index.php?language=vi&nv=users','','','',3,18,0,'','6','users','',1,'',0,1);
INSERT INTO `nv4_vi_menu_rows` VALUES (4,0,1,'Thống kê','/index.php?language=vi&nv=statistics','','','',4,19,0,'','2','statistics','',1,'',0,1);
INSERT INTO `nv4_vi_menu_rows` VALUES (5,0,1,'Thăm dò ý kiến','/index.php?language=vi&nv=voting','','','',5,20,0,'','6','voting','',1,'',0,1);
INSERT INTO `nv4_vi_menu_rows` VALUES (6,0,1,'Tìm kiếm','/index.php?language=vi&nv=seek','','','',6,21,0,'','6','seek','',1,'',0,1);
INSERT INTO `nv4_vi_menu_rows` VALUES (7,0,1,'Liên hệ','/index.php?language=vi&nv=contact','','','',7,22,0,'','6','contact','',1,'',0,1);
INSERT INTO `nv4_vi_menu_rows` VALUES (8,1,1,'Giới thiệu về NukeViet','/index.php?language=vi&nv=about&op=gioi-thieu-ve-nukeviet.html','','','',1,2,1,'','6','about','gioi-thieu-ve-nukeviet',1,'',0,1);
INSERT INTO `nv4_vi_menu_rows` VALUES (9,1,1,'Giới thiệu về NukeViet CMS','/index.php?language=vi&nv=about&op=gioi-thieu-ve-nukeviet-cms.html','','','',2,3,1,'','6','about','gioi-thieu-ve-nukeviet-cms',1,'',0,1);
INSERT INTO `nv4_vi_menu_rows` VALUES (10,1,1,'Logo và tên gọi NukeViet','/index.php?language=vi&nv=about&op=logo-va-ten-goi-nukeviet.html','','','',3,4,1,'','6','about','logo-va-ten-goi-nukeviet',1,'',0,1);
INSERT INTO `nv4_vi_menu_rows` VALUES (11,1,1,'Giấy phép sử dụng NukeViet','/index.php?language=vi&nv=about&op=giay-phep-su-dung-nukeviet.html','','','',4,5,1,'','6,7','about','giay-phep-su-dung-nukeviet',1,'',0,1);
INSERT INTO `nv4_vi_menu_rows` VALUES (12,1,1,'Những tính năng của NukeViet CMS 4.0','/index.php?language=vi&nv=about&op=nhung-tinh-nang-cua-nukeviet-cms-4-0.html','','','',5,6,1,'','6','about','nhung-tinh-nang-cua-nukeviet-cms-4-0',1,'',0,1);
INSERT INTO `nv4_vi_menu_rows` VALUES (13,1,1,'Yêu cầu sử dụng NukeViet 4','/index.php?language=vi&nv=about&op=Yeu-cau-su-dung-NukeViet-4.html','','','',6,7,1,'','6','about','Yeu-cau-su-dung-NukeViet-4',1,'',0,1);
INSERT INTO `nv4_vi_menu_rows` VALUES (14,1,1,'Giới thiệu về Công ty cổ phần phát triển nguồn mở Việt Nam','/index.php?language=vi&nv=about&op=gioi-thieu-ve-cong-ty-co-phan-phat-trien-nguon-mo-viet-nam.html','','','',7,8,1,'','6','about','gioi-thieu-ve-cong-ty-co-phan-phat-trien-nguon-mo-viet-nam',1,'',0,1);
INSERT INTO `nv4_vi_menu_rows` VALUES (15,1,1,'Ủng hộ, hỗ trợ và tham gia phát triển NukeViet','/index.php?language=vi&nv=about&op=ung-ho-ho-tro-va-tham-gia-phat-trien-nukeviet.html','','','',8,9,1,'','6','about','ung-ho-ho-tro-va-tham-gia-phat-trien-nukeviet',1,'',0,1);
INSERT INTO `nv4_vi_menu_rows` VALUES (16,2,1,'Đối tác','/index.php?language=vi&nv=news&op=Doi-tac','','','',1,11,1,'','6','news','Doi-tac',1,'',0,1);
INSERT INTO `nv4_vi_menu_rows` VALUES (17,2,1,'Tuyển dụng','/index.php?language=vi&nv=news&op=Tuyen-dung','','','',2,12,1,'','6','news','Tuyen-dung',1,'',0,1);
INSERT INTO `nv4_vi_menu_rows` VALUES (18,2,1,'Rss','/index.php?language=vi&nv=news&op=rss','','','',3,13,1,'','6','news','rss',1,'',0,1);
INSERT INTO `nv4_vi_menu_rows` VALUES (19,2,1,'Quản lý bài viết','/index.php?language=vi&nv=news&op=content','','','',4,14,1,'','6','news','content',1,'',0,1);
INSERT INTO `nv4_vi_menu_rows` VALUES (20,2,1,'Tìm kiếm','/index.php?language=vi&nv=news&op=search','','','',5,15,1,'','6','news','search',1,'',0,1);
INSERT INTO `nv4_vi_menu_rows` VALUES (21,2,1,'Tin tức','/index.php?language=vi&nv=news&op=Tin-tuc','','','',6,16,1,'','6','news','Tin-tuc',1,'',0,1);
INSERT INTO `nv4_vi_menu_rows` VALUES (22,2,1,'Sản phẩm','/index.php?language=vi&nv=news&op=San-pham','','','',7,17,1,'','6','news','San-pham',1,'',0,1);
/*!40000 ALTER TABLE `nv4_vi_menu_rows` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_modfuncs`
--

DROP TABLE IF EXISTS `nv4_vi_modfuncs`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_modfuncs` (
  `func_id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `func_name` varchar(55) NOT NULL,
  `alias` varchar(55) NOT NULL DEFAULT '',
  `func_custom_name` varchar(255) NOT NULL,
  `func_site_title` varchar(255) NOT NULL DEFAULT '',
  `in_module` varchar(50) NOT NULL,
  `show_func` tinyint(4) NOT NULL DEFAULT 0,
  `in_submenu` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `subweight` smallint(2) unsigned NOT NULL DEFAULT 1,
  `setting` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`func_id`),
  UNIQUE KEY `func_name` (`func_name`,`in_module`),
  UNIQUE KEY `alias` (`alias`,`in_module`)
) ENGINE=MyISAM AUTO_INCREMENT=75 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_modfuncs`
--

LOCK TABLES `nv4_vi_modfuncs` WRITE;
/*!40000 ALTER TABLE `nv4_vi_modfuncs` DISABLE KEYS */;
INSERT INTO `nv4_vi_modfuncs` VALUES (1,'main','main','Main','','about',1,0,1,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (2,'sitemap','sitemap','Sitemap','','about',0,0,0,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (3,'rss','rss','Rss','','about',0,0,0,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (4,'main','main','Main','','news',1,0,1,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (5,'viewcat','viewcat','Viewcat','','news',1,0,2,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (6,'topic','topic','Topic','','news',1,0,3,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (7,'content','content','Content','','news',1,1,4,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (8,'detail','detail','Detail','','news',1,0,5,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (9,'tag','tag','Tag','','news',1,0,6,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (10,'rss','rss','Rss','','news',1,1,7,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (11,'search','search','Search','','news',1,1,8,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (12,'groups','groups','Groups','','news',1,0,9,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (13,'author','author','Author','','news',1,0,10,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (14,'sitemap','sitemap','Sitemap','','news',0,0,0,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (15,'print','print','Print','','news',0,0,0,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (16,'rating','rating','Rating','','news',0,0,0,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (17,'savefile','savefile','Savefile','','news',0,0,0,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (18,'sendmail','sendmail','Sendmail','','news',0,0,0,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (19,'instant-rss','instant-rss','Instant Articles RSS','','news',0,0,0,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (20,'main','main','Main','','users',1,0,1,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (21,'login','login','Đăng nhập','','users',1,1,2,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (22,'register','register','Đăng ký','','users',1,1,3,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (23,'lostpass','lostpass','Khôi phục mật khẩu','','users',1,1,4,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (24,'active','active','Kích hoạt tài khoản','','users',1,0,5,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (25,'lostactivelink','lostactivelink','Lostactivelink','','users',1,0,6,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (26,'editinfo','editinfo','Thiết lập tài khoản','','users',1,1,7,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (27,'memberlist','memberlist','Danh sách thành viên','','users',1,1,8,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (28,'groups','groups','Quản lý nhóm','','users',1,1,9,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (29,'avatar','avatar','Avatar','','users',1,0,10,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (30,'logout','logout','Thoát','','users',1,1,11,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (31,'oauth','oauth','Oauth','','users',0,0,0,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (32,'main','main','Main','','contact',1,0,1,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (33,'main','main','Main','','statistics',1,0,1,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (34,'allreferers','allreferers','Theo đường dẫn đến site','','statistics',1,1,2,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (35,'allcountries','allcountries','Theo quốc gia','','statistics',1,1,3,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (36,'allbrowsers','allbrowsers','Theo trình duyệt','','statistics',1,1,4,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (37,'allos','allos','Theo hệ điều hành','','statistics',1,1,5,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (38,'allbots','allbots','Theo máy chủ tìm kiếm','','statistics',1,1,6,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (39,'referer','referer','Đường dẫn đến site theo tháng','','statistics',1,0,7,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (40,'main','main','Main','','voting',1,0,1,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (41,'main','main','Main','','banners',1,0,1,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (42,'addads','addads','Addads','','banners',1,0,2,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (43,'clientinfo','clientinfo','Clientinfo','','banners',1,0,3,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (44,'stats','stats','Stats','','banners',1,0,4,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (45,'cledit','cledit','Cledit','','banners',0,0,0,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (46,'click','click','Click','','banners',0,0,0,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (47,'clinfo','clinfo','Clinfo','','banners',0,0,0,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (48,'logininfo','logininfo','Logininfo','','banners',0,0,0,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (49,'viewmap','viewmap','Viewmap','','banners',0,0,0,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (50,'main','main','Main','','seek',1,0,1,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (51,'main','main','Main','','feeds',1,0,1,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (52,'main','main','Main','','page',1,0,1,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (53,'sitemap','sitemap','Sitemap','','page',0,0,0,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (54,'rss','rss','Rss','','page',0,0,0,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (55,'main','main','Main','','comment',1,0,1,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (56,'post','post','Post','','comment',1,0,2,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (57,'like','like','Like','','comment',1,0,3,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (58,'delete','delete','Delete','','comment',1,0,4,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (59,'down','down','Down','','comment',1,0,5,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (60,'main','main','Main','','siteterms',1,0,1,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (61,'rss','rss','Rss','','siteterms',1,0,2,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (62,'sitemap','sitemap','Sitemap','','siteterms',0,0,0,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (63,'main','main','Main','','two-step-verification',1,0,1,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (64,'confirm','confirm','Confirm','','two-step-verification',1,0,2,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (65,'setup','setup','Setup','','two-step-verification',1,0,3,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (66,'area','area','Area','','laws',1,1,4,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (67,'cat','cat','Cat','','laws',1,1,5,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (68,'detail','detail','Detail','','laws',1,1,2,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (69,'main','main','Main','','laws',1,1,1,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (70,'rss','rss','Rss','','laws',0,0,0,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (71,'search','search','Search','','laws',1,1,3,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (72,'signer','signer','Signer','','laws',1,1,7,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (73,'sitemap','sitemap','Sitemap','','laws',0,0,0,'');
INSERT INTO `nv4_vi_modfuncs` VALUES (74,'subject','subject','Subject','','laws',1,1,6,'');
/*!40000 ALTER TABLE `nv4_vi_modfuncs` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_modthemes`
--

DROP TABLE IF EXISTS `nv4_vi_modthemes`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_modthemes` (
  `func_id` mediumint(8) DEFAULT NULL,
  `layout` varchar(100) DEFAULT NULL,
  `theme` varchar(100) DEFAULT NULL,
  UNIQUE KEY `func_id` (`func_id`,`layout`,`theme`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_modthemes`
--

LOCK TABLES `nv4_vi_modthemes` WRITE;
/*!40000 ALTER TABLE `nv4_vi_modthemes` DISABLE KEYS */;
INSERT INTO `nv4_vi_modthemes` VALUES (0,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (0,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (1,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (1,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (4,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (4,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (5,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (5,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (6,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (6,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (7,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (7,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (8,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (8,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (9,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (9,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (10,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (11,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (11,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (12,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (12,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (13,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (13,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (20,'left-main','default');
INSERT INTO `nv4_vi_modthemes` VALUES (20,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (21,'left-main','default');
INSERT INTO `nv4_vi_modthemes` VALUES (21,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (22,'left-main','default');
INSERT INTO `nv4_vi_modthemes` VALUES (22,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (23,'left-main','default');
INSERT INTO `nv4_vi_modthemes` VALUES (23,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (24,'left-main','default');
INSERT INTO `nv4_vi_modthemes` VALUES (24,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (25,'left-main','default');
INSERT INTO `nv4_vi_modthemes` VALUES (25,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (26,'left-main','default');
INSERT INTO `nv4_vi_modthemes` VALUES (26,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (27,'left-main','default');
INSERT INTO `nv4_vi_modthemes` VALUES (27,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (28,'left-main','default');
INSERT INTO `nv4_vi_modthemes` VALUES (28,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (29,'left-main','default');
INSERT INTO `nv4_vi_modthemes` VALUES (30,'left-main','default');
INSERT INTO `nv4_vi_modthemes` VALUES (30,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (32,'left-main','default');
INSERT INTO `nv4_vi_modthemes` VALUES (32,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (33,'left-main','default');
INSERT INTO `nv4_vi_modthemes` VALUES (33,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (34,'left-main','default');
INSERT INTO `nv4_vi_modthemes` VALUES (34,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (35,'left-main','default');
INSERT INTO `nv4_vi_modthemes` VALUES (35,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (36,'left-main','default');
INSERT INTO `nv4_vi_modthemes` VALUES (36,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (37,'left-main','default');
INSERT INTO `nv4_vi_modthemes` VALUES (37,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (38,'left-main','default');
INSERT INTO `nv4_vi_modthemes` VALUES (38,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (39,'left-main','default');
INSERT INTO `nv4_vi_modthemes` VALUES (39,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (40,'left-main','default');
INSERT INTO `nv4_vi_modthemes` VALUES (40,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (41,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (41,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (42,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (42,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (43,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (43,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (44,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (44,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (50,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (50,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (51,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (51,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (52,'left-main','default');
INSERT INTO `nv4_vi_modthemes` VALUES (52,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (55,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (55,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (56,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (56,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (57,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (57,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (58,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (58,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (60,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (60,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (61,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (61,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (63,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (63,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (64,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (64,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (65,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (65,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (66,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (66,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (67,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (67,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (68,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (68,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (69,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (69,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (70,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (71,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (71,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (72,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (72,'main','mobile_default');
INSERT INTO `nv4_vi_modthemes` VALUES (73,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (74,'left-main-right','default');
INSERT INTO `nv4_vi_modthemes` VALUES (74,'main','mobile_default');
/*!40000 ALTER TABLE `nv4_vi_modthemes` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_modules`
--

DROP TABLE IF EXISTS `nv4_vi_modules`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_modules` (
  `title` varchar(50) NOT NULL,
  `module_file` varchar(50) NOT NULL DEFAULT '',
  `module_data` varchar(50) NOT NULL DEFAULT '',
  `module_upload` varchar(50) NOT NULL DEFAULT '',
  `module_theme` varchar(50) NOT NULL DEFAULT '',
  `custom_title` varchar(255) NOT NULL,
  `site_title` varchar(255) NOT NULL DEFAULT '',
  `admin_title` varchar(255) NOT NULL DEFAULT '',
  `set_time` int(11) unsigned NOT NULL DEFAULT 0,
  `main_file` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `admin_file` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `theme` varchar(100) DEFAULT '',
  `mobile` varchar(100) DEFAULT '',
  `description` varchar(255) DEFAULT '',
  `keywords` text DEFAULT NULL,
  `groups_view` varchar(255) NOT NULL,
  `weight` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `act` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `admins` varchar(4000) DEFAULT '',
  `rss` tinyint(4) NOT NULL DEFAULT 1,
  `sitemap` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`title`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_modules`
--

LOCK TABLES `nv4_vi_modules` WRITE;
/*!40000 ALTER TABLE `nv4_vi_modules` DISABLE KEYS */;
INSERT INTO `nv4_vi_modules` VALUES ('about','page','about','about','page','Giới thiệu','','',1796235651,1,1,'','','','','6',1,1,'',1,1);
INSERT INTO `nv4_vi_modules` VALUES ('news','news','news','news','news','Tin Tức','','',1796235651,1,1,'','','','','6',2,1,'',1,1);
INSERT INTO `nv4_vi_modules` VALUES ('users','users','users','users','users','Thành viên','','Tài khoản',1796235651,1,1,'','','','','6',3,1,'',0,1);
INSERT INTO `nv4_vi_modules` VALUES ('contact','contact','contact','contact','contact','Liên hệ','','',1796235651,1,1,'','','','','6',4,1,'',0,1);
INSERT INTO `nv4_vi_modules` VALUES ('statistics','statistics','statistics','statistics','statistics','Thống kê','','',1796235651,1,1,'','','','online, statistics','6',5,1,'',0,1);
INSERT INTO `nv4_vi_modules` VALUES ('voting','voting','voting','voting','voting','Thăm dò ý kiến','','',1796235651,1,1,'','','','','6',6,1,'',1,1);
INSERT INTO `nv4_vi_modules` VALUES ('banners','banners','banners','banners','banners','Quảng cáo','','',1796235651,1,1,'','','','','6',7,1,'',0,1);
INSERT INTO `nv4_vi_modules` VALUES ('seek','seek','seek','seek','seek','Tìm kiếm','','',1796235651,1,0,'','','','','6',8,1,'',0,1);
INSERT INTO `nv4_vi_modules` VALUES ('menu','menu','menu','menu','menu','Menu Site','','',1796235651,0,1,'','','','','6',9,1,'',0,1);
INSERT INTO `nv4_vi_modules` VALUES ('feeds','feeds','feeds','feeds','feeds','RSS-feeds','','',1796235651,1,1,'','','','','6',10,1,'',0,1);
INSERT INTO `nv4_vi_modules` VALUES ('page','page','page','page','page','Page','','',1796235651,1,1,'','','','','6',11,1,'',1,0);
INSERT INTO `nv4_vi_modules` VALUES ('comment','comment','comment','comment','comment','Bình luận','','Quản lý bình luận',1796235651,0,1,'','','','','6',12,1,'',0,1);
INSERT INTO `nv4_vi_modules` VALUES ('siteterms','page','siteterms','siteterms','page','Điều khoản sử dụng','','',1796235651,1,1,'','','','','6',13,1,'',1,1);
INSERT INTO `nv4_vi_modules` VALUES ('freecontent','freecontent','freecontent','freecontent','freecontent','Giới thiệu sản phẩm','','',1796235651,0,1,'','','','','6',14,1,'',0,1);
INSERT INTO `nv4_vi_modules` VALUES ('two-step-verification','two-step-verification','two_step_verification','two_step_verification','two-step-verification','Xác thực hai bước','','',1796235651,1,0,'','','','','6',15,1,'',0,1);
INSERT INTO `nv4_vi_modules` VALUES ('laws','laws','laws','laws','laws','Văn bản pháp luật','','',1796235871,1,1,'','','','','6',16,1,'',1,1);
/*!40000 ALTER TABLE `nv4_vi_modules` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_10`
--

DROP TABLE IF EXISTS `nv4_vi_news_10`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_10` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `catid` smallint(5) unsigned NOT NULL DEFAULT 0,
  `listcatid` varchar(255) NOT NULL DEFAULT '',
  `topicid` smallint(5) unsigned NOT NULL DEFAULT 0,
  `admin_id` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `author` varchar(250) DEFAULT '',
  `sourceid` mediumint(8) NOT NULL DEFAULT 0,
  `addtime` int(11) unsigned NOT NULL DEFAULT 0,
  `edittime` int(11) unsigned NOT NULL DEFAULT 0,
  `status` tinyint(4) NOT NULL DEFAULT 1,
  `weight` int(11) unsigned NOT NULL DEFAULT 0,
  `publtime` int(11) unsigned NOT NULL DEFAULT 0,
  `exptime` int(11) unsigned NOT NULL DEFAULT 0,
  `archive` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `title` varchar(250) NOT NULL DEFAULT '',
  `alias` varchar(250) NOT NULL DEFAULT '',
  `hometext` text NOT NULL,
  `homeimgfile` varchar(255) DEFAULT '',
  `homeimgalt` varchar(255) DEFAULT '',
  `homeimgthumb` tinyint(4) NOT NULL DEFAULT 0,
  `inhome` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `allowed_comm` varchar(255) DEFAULT '',
  `allowed_rating` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `external_link` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `hitstotal` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `hitscm` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `total_rating` int(11) NOT NULL DEFAULT 0,
  `click_rating` int(11) NOT NULL DEFAULT 0,
  `instant_active` tinyint(1) NOT NULL DEFAULT 0,
  `instant_template` varchar(100) NOT NULL DEFAULT '',
  `instant_creatauto` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `catid` (`catid`),
  KEY `topicid` (`topicid`),
  KEY `admin_id` (`admin_id`),
  KEY `author` (`author`),
  KEY `title` (`title`),
  KEY `addtime` (`addtime`),
  KEY `edittime` (`edittime`),
  KEY `publtime` (`publtime`),
  KEY `exptime` (`exptime`),
  KEY `status` (`status`),
  KEY `instant_active` (`instant_active`),
  KEY `instant_creatauto` (`instant_creatauto`)
) ENGINE=MyISAM AUTO_INCREMENT=23 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_10`
--

LOCK TABLES `nv4_vi_news_10` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_10` DISABLE KEYS */;
INSERT INTO `nv4_vi_news_10` VALUES (17,10,'10',0,1,'Trần Thị Bình',5,1796236593,1796236593,1,2,1740042000,0,2,'Chè Shan tuyết Tà Xùa đạt sản phẩm OCOP 4 sao','che-shan-tuyet-ta-xua-dat-san-pham-ocop-4-sao','Sản phẩm chè Shan tuyết của HTX Tà Xùa vừa được công nhận đạt chuẩn OCOP 4 sao cấp tỉnh.','http://example.com/images/ocop/che-shan-tuyet-4-sao.jpg','Chè Shan tuyết &#40;ảnh từ xa&#41;',3,1,'4',1,0,8,0,8,2,0,'',0);
INSERT INTO `nv4_vi_news_10` VALUES (22,10,'10',0,1,'',0,1796236611,1796236611,4,7,1737792000,0,2,'&quot;Nông thôn mới&quot; &amp; OCOP&#x3A; 01&#x002F;2025 &#40;bản nháp&#41;&#33;','nong-thon-moi-ocop-01-2025-ban-nhap','Bản nháp – chưa xuất bản.','','',0,1,'4',1,0,0,0,0,0,0,'',0);
/*!40000 ALTER TABLE `nv4_vi_news_10` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_11`
--

DROP TABLE IF EXISTS `nv4_vi_news_11`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_11` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `catid` smallint(5) unsigned NOT NULL DEFAULT 0,
  `listcatid` varchar(255) NOT NULL DEFAULT '',
  `topicid` smallint(5) unsigned NOT NULL DEFAULT 0,
  `admin_id` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `author` varchar(250) DEFAULT '',
  `sourceid` mediumint(8) NOT NULL DEFAULT 0,
  `addtime` int(11) unsigned NOT NULL DEFAULT 0,
  `edittime` int(11) unsigned NOT NULL DEFAULT 0,
  `status` tinyint(4) NOT NULL DEFAULT 1,
  `weight` int(11) unsigned NOT NULL DEFAULT 0,
  `publtime` int(11) unsigned NOT NULL DEFAULT 0,
  `exptime` int(11) unsigned NOT NULL DEFAULT 0,
  `archive` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `title` varchar(250) NOT NULL DEFAULT '',
  `alias` varchar(250) NOT NULL DEFAULT '',
  `hometext` text NOT NULL,
  `homeimgfile` varchar(255) DEFAULT '',
  `homeimgalt` varchar(255) DEFAULT '',
  `homeimgthumb` tinyint(4) NOT NULL DEFAULT 0,
  `inhome` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `allowed_comm` varchar(255) DEFAULT '',
  `allowed_rating` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `external_link` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `hitstotal` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `hitscm` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `total_rating` int(11) NOT NULL DEFAULT 0,
  `click_rating` int(11) NOT NULL DEFAULT 0,
  `instant_active` tinyint(1) NOT NULL DEFAULT 0,
  `instant_template` varchar(100) NOT NULL DEFAULT '',
  `instant_creatauto` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `catid` (`catid`),
  KEY `topicid` (`topicid`),
  KEY `admin_id` (`admin_id`),
  KEY `author` (`author`),
  KEY `title` (`title`),
  KEY `addtime` (`addtime`),
  KEY `edittime` (`edittime`),
  KEY `publtime` (`publtime`),
  KEY `exptime` (`exptime`),
  KEY `status` (`status`),
  KEY `instant_active` (`instant_active`),
  KEY `instant_creatauto` (`instant_creatauto`)
) ENGINE=MyISAM AUTO_INCREMENT=20 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_11`
--

LOCK TABLES `nv4_vi_news_11` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_11` DISABLE KEYS */;
INSERT INTO `nv4_vi_news_11` VALUES (19,11,'11',0,1,'',0,1796236600,1796236600,1,4,1747638000,0,2,'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2025','hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh-nam-2025','Chuyên đề năm 2025 gắn với phong trào thi đua “Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau”.','','',0,1,'4',1,0,11,0,5,1,0,'',0);
/*!40000 ALTER TABLE `nv4_vi_news_11` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_12`
--

DROP TABLE IF EXISTS `nv4_vi_news_12`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_12` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `catid` smallint(5) unsigned NOT NULL DEFAULT 0,
  `listcatid` varchar(255) NOT NULL DEFAULT '',
  `topicid` smallint(5) unsigned NOT NULL DEFAULT 0,
  `admin_id` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `author` varchar(250) DEFAULT '',
  `sourceid` mediumint(8) NOT NULL DEFAULT 0,
  `addtime` int(11) unsigned NOT NULL DEFAULT 0,
  `edittime` int(11) unsigned NOT NULL DEFAULT 0,
  `status` tinyint(4) NOT NULL DEFAULT 1,
  `weight` int(11) unsigned NOT NULL DEFAULT 0,
  `publtime` int(11) unsigned NOT NULL DEFAULT 0,
  `exptime` int(11) unsigned NOT NULL DEFAULT 0,
  `archive` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `title` varchar(250) NOT NULL DEFAULT '',
  `alias` varchar(250) NOT NULL DEFAULT '',
  `hometext` text NOT NULL,
  `homeimgfile` varchar(255) DEFAULT '',
  `homeimgalt` varchar(255) DEFAULT '',
  `homeimgthumb` tinyint(4) NOT NULL DEFAULT 0,
  `inhome` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `allowed_comm` varchar(255) DEFAULT '',
  `allowed_rating` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `external_link` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `hitstotal` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `hitscm` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `total_rating` int(11) NOT NULL DEFAULT 0,
  `click_rating` int(11) NOT NULL DEFAULT 0,
  `instant_active` tinyint(1) NOT NULL DEFAULT 0,
  `instant_template` varchar(100) NOT NULL DEFAULT '',
  `instant_creatauto` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `catid` (`catid`),
  KEY `topicid` (`topicid`),
  KEY `admin_id` (`admin_id`),
  KEY `author` (`author`),
  KEY `title` (`title`),
  KEY `addtime` (`addtime`),
  KEY `edittime` (`edittime`),
  KEY `publtime` (`publtime`),
  KEY `exptime` (`exptime`),
  KEY `status` (`status`),
  KEY `instant_active` (`instant_active`),
  KEY `instant_creatauto` (`instant_creatauto`)
) ENGINE=MyISAM AUTO_INCREMENT=27 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_12`
--

LOCK TABLES `nv4_vi_news_12` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_12` DISABLE KEYS */;
INSERT INTO `nv4_vi_news_12` VALUES (16,9,'9,12',0,1,'Nguyễn Văn An',0,1796236589,1796236589,1,1,1736929800,0,2,'Xã Tân Lập đạt chuẩn nông thôn mới nâng cao năm 2025','xa-tan-lap-dat-chuan-nong-thon-moi-nang-cao-nam-2025','UBND tỉnh vừa ban hành quyết định công nhận xã Tân Lập đạt chuẩn nông thôn mới nâng cao năm 2025.','2026_12/xa-tan-lap-dat-chuan-ntm.jpg','Toàn cảnh trung tâm xã Tân Lập',1,1,'4',1,0,11,0,14,3,0,'',0);
INSERT INTO `nv4_vi_news_12` VALUES (25,12,'12',0,1,'',0,1796236622,1796236622,3,10,1740812400,1751302800,2,'Kế hoạch ra quân làm đường giao thông nông thôn đợt 1&#x002F;2025 &#40;đã hết hạn, lưu trữ&#41;','ke-hoach-ra-quan-lam-duong-giao-thong-nong-thon-dot-1-2025-da-het-han-luu-tru','Bài viết có thời hạn đã qua và được lưu trữ (archive).','','',0,1,'4',1,0,0,0,0,0,0,'',0);
INSERT INTO `nv4_vi_news_12` VALUES (26,12,'12',0,1,'',0,1796236625,1796236625,1,11,1763193600,1830294000,1,'Tổng kết phong trào thi đua 2025 &#40;hết hạn sau 31&#x002F;12&#x002F;2027, có lưu trữ&#41;','tong-ket-phong-trao-thi-dua-2025-het-han-sau-31-12-2027-co-luu-tru','Bài viết có hạn hiển thị trong tương lai và chọn lưu trữ khi hết hạn.','','',0,1,'4',1,0,4,0,4,1,0,'',0);
/*!40000 ALTER TABLE `nv4_vi_news_12` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_13`
--

DROP TABLE IF EXISTS `nv4_vi_news_13`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_13` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `catid` smallint(5) unsigned NOT NULL DEFAULT 0,
  `listcatid` varchar(255) NOT NULL DEFAULT '',
  `topicid` smallint(5) unsigned NOT NULL DEFAULT 0,
  `admin_id` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `author` varchar(250) DEFAULT '',
  `sourceid` mediumint(8) NOT NULL DEFAULT 0,
  `addtime` int(11) unsigned NOT NULL DEFAULT 0,
  `edittime` int(11) unsigned NOT NULL DEFAULT 0,
  `status` tinyint(4) NOT NULL DEFAULT 1,
  `weight` int(11) unsigned NOT NULL DEFAULT 0,
  `publtime` int(11) unsigned NOT NULL DEFAULT 0,
  `exptime` int(11) unsigned NOT NULL DEFAULT 0,
  `archive` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `title` varchar(250) NOT NULL DEFAULT '',
  `alias` varchar(250) NOT NULL DEFAULT '',
  `hometext` text NOT NULL,
  `homeimgfile` varchar(255) DEFAULT '',
  `homeimgalt` varchar(255) DEFAULT '',
  `homeimgthumb` tinyint(4) NOT NULL DEFAULT 0,
  `inhome` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `allowed_comm` varchar(255) DEFAULT '',
  `allowed_rating` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `external_link` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `hitstotal` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `hitscm` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `total_rating` int(11) NOT NULL DEFAULT 0,
  `click_rating` int(11) NOT NULL DEFAULT 0,
  `instant_active` tinyint(1) NOT NULL DEFAULT 0,
  `instant_template` varchar(100) NOT NULL DEFAULT '',
  `instant_creatauto` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `catid` (`catid`),
  KEY `topicid` (`topicid`),
  KEY `admin_id` (`admin_id`),
  KEY `author` (`author`),
  KEY `title` (`title`),
  KEY `addtime` (`addtime`),
  KEY `edittime` (`edittime`),
  KEY `publtime` (`publtime`),
  KEY `exptime` (`exptime`),
  KEY `status` (`status`),
  KEY `instant_active` (`instant_active`),
  KEY `instant_creatauto` (`instant_creatauto`)
) ENGINE=MyISAM AUTO_INCREMENT=24 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_13`
--

LOCK TABLES `nv4_vi_news_13` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_13` DISABLE KEYS */;
INSERT INTO `nv4_vi_news_13` VALUES (23,13,'13',0,1,'',0,1796236615,1796236615,5,8,1761987600,0,2,'Hướng dẫn đăng ký sản phẩm OCOP năm 2026 &#40;chờ duyệt&#41;','huong-dan-dang-ky-san-pham-ocop-nam-2026-cho-duyet','Bài viết đang chờ duyệt.','','',0,1,'4',1,0,0,0,0,0,0,'',0);
/*!40000 ALTER TABLE `nv4_vi_news_13` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_8`
--

DROP TABLE IF EXISTS `nv4_vi_news_8`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_8` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `catid` smallint(5) unsigned NOT NULL DEFAULT 0,
  `listcatid` varchar(255) NOT NULL DEFAULT '',
  `topicid` smallint(5) unsigned NOT NULL DEFAULT 0,
  `admin_id` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `author` varchar(250) DEFAULT '',
  `sourceid` mediumint(8) NOT NULL DEFAULT 0,
  `addtime` int(11) unsigned NOT NULL DEFAULT 0,
  `edittime` int(11) unsigned NOT NULL DEFAULT 0,
  `status` tinyint(4) NOT NULL DEFAULT 1,
  `weight` int(11) unsigned NOT NULL DEFAULT 0,
  `publtime` int(11) unsigned NOT NULL DEFAULT 0,
  `exptime` int(11) unsigned NOT NULL DEFAULT 0,
  `archive` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `title` varchar(250) NOT NULL DEFAULT '',
  `alias` varchar(250) NOT NULL DEFAULT '',
  `hometext` text NOT NULL,
  `homeimgfile` varchar(255) DEFAULT '',
  `homeimgalt` varchar(255) DEFAULT '',
  `homeimgthumb` tinyint(4) NOT NULL DEFAULT 0,
  `inhome` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `allowed_comm` varchar(255) DEFAULT '',
  `allowed_rating` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `external_link` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `hitstotal` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `hitscm` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `total_rating` int(11) NOT NULL DEFAULT 0,
  `click_rating` int(11) NOT NULL DEFAULT 0,
  `instant_active` tinyint(1) NOT NULL DEFAULT 0,
  `instant_template` varchar(100) NOT NULL DEFAULT '',
  `instant_creatauto` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `catid` (`catid`),
  KEY `topicid` (`topicid`),
  KEY `admin_id` (`admin_id`),
  KEY `author` (`author`),
  KEY `title` (`title`),
  KEY `addtime` (`addtime`),
  KEY `edittime` (`edittime`),
  KEY `publtime` (`publtime`),
  KEY `exptime` (`exptime`),
  KEY `status` (`status`),
  KEY `instant_active` (`instant_active`),
  KEY `instant_creatauto` (`instant_creatauto`)
) ENGINE=MyISAM AUTO_INCREMENT=28 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_8`
--

LOCK TABLES `nv4_vi_news_8` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_8` DISABLE KEYS */;
INSERT INTO `nv4_vi_news_8` VALUES (18,8,'8',0,1,'',0,1796236596,1796236596,1,3,1752142500,0,2,'Hội nghị sơ kết 6 tháng đầu năm 2025 Chương trình MTQG xây dựng nông thôn mới','hoi-nghi-so-ket-6-thang-dau-nam-2025-chuong-trinh-mtqg-xay-dung-nong-thon-moi','Sáng 10/7, Ban Chỉ đạo các Chương trình MTQG tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2025.','2026_12/hoi-nghi-so-ket-2025.png','Hội nghị sơ kết',1,1,'4',1,0,8,0,17,4,0,'',0);
INSERT INTO `nv4_vi_news_8` VALUES (21,9,'8,9',0,1,'',0,1796236608,1796236608,1,6,1759420800,0,2,'Hội thi ẩm thực truyền thống các dân tộc xã Tân Lập','hoi-thi-am-thuc-truyen-thong-cac-dan-toc-xa-tan-lap','Hội thi thu hút 12 đội tham gia với hơn 60 món ăn truyền thống.','2026_12/hoi-thi-am-thuc.jpg','Hội thi ẩm thực',1,1,'4',1,0,7,0,0,0,0,'',0);
INSERT INTO `nv4_vi_news_8` VALUES (24,8,'8',0,1,'',0,1796236618,1796236618,2,9,1799134200,0,2,'Thông báo lịch tiếp công dân tháng 01&#x002F;2027 &#40;hẹn giờ đăng&#41;','thong-bao-lich-tiep-cong-dan-thang-01-2027-hen-gio-dang','Bài viết hẹn giờ đăng trong tương lai.','','',0,1,'4',1,0,0,0,0,0,0,'',0);
/*!40000 ALTER TABLE `nv4_vi_news_8` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_9`
--

DROP TABLE IF EXISTS `nv4_vi_news_9`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_9` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `catid` smallint(5) unsigned NOT NULL DEFAULT 0,
  `listcatid` varchar(255) NOT NULL DEFAULT '',
  `topicid` smallint(5) unsigned NOT NULL DEFAULT 0,
  `admin_id` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `author` varchar(250) DEFAULT '',
  `sourceid` mediumint(8) NOT NULL DEFAULT 0,
  `addtime` int(11) unsigned NOT NULL DEFAULT 0,
  `edittime` int(11) unsigned NOT NULL DEFAULT 0,
  `status` tinyint(4) NOT NULL DEFAULT 1,
  `weight` int(11) unsigned NOT NULL DEFAULT 0,
  `publtime` int(11) unsigned NOT NULL DEFAULT 0,
  `exptime` int(11) unsigned NOT NULL DEFAULT 0,
  `archive` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `title` varchar(250) NOT NULL DEFAULT '',
  `alias` varchar(250) NOT NULL DEFAULT '',
  `hometext` text NOT NULL,
  `homeimgfile` varchar(255) DEFAULT '',
  `homeimgalt` varchar(255) DEFAULT '',
  `homeimgthumb` tinyint(4) NOT NULL DEFAULT 0,
  `inhome` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `allowed_comm` varchar(255) DEFAULT '',
  `allowed_rating` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `external_link` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `hitstotal` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `hitscm` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `total_rating` int(11) NOT NULL DEFAULT 0,
  `click_rating` int(11) NOT NULL DEFAULT 0,
  `instant_active` tinyint(1) NOT NULL DEFAULT 0,
  `instant_template` varchar(100) NOT NULL DEFAULT '',
  `instant_creatauto` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `catid` (`catid`),
  KEY `topicid` (`topicid`),
  KEY `admin_id` (`admin_id`),
  KEY `author` (`author`),
  KEY `title` (`title`),
  KEY `addtime` (`addtime`),
  KEY `edittime` (`edittime`),
  KEY `publtime` (`publtime`),
  KEY `exptime` (`exptime`),
  KEY `status` (`status`),
  KEY `instant_active` (`instant_active`),
  KEY `instant_creatauto` (`instant_creatauto`)
) ENGINE=MyISAM AUTO_INCREMENT=22 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_9`
--

LOCK TABLES `nv4_vi_news_9` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_9` DISABLE KEYS */;
INSERT INTO `nv4_vi_news_9` VALUES (16,9,'9,12',0,1,'Nguyễn Văn An',0,1796236589,1796236589,1,1,1736929800,0,2,'Xã Tân Lập đạt chuẩn nông thôn mới nâng cao năm 2025','xa-tan-lap-dat-chuan-nong-thon-moi-nang-cao-nam-2025','UBND tỉnh vừa ban hành quyết định công nhận xã Tân Lập đạt chuẩn nông thôn mới nâng cao năm 2025.','2026_12/xa-tan-lap-dat-chuan-ntm.jpg','Toàn cảnh trung tâm xã Tân Lập',1,1,'4',1,0,11,0,14,3,0,'',0);
INSERT INTO `nv4_vi_news_9` VALUES (20,9,'9',0,1,'',0,1796236604,1796236604,1,5,1757083500,0,2,'Mô hình trồng lúa hữu cơ cho thu nhập cao &#x002F; ha','mo-hinh-trong-lua-huu-co-cho-thu-nhap-cao-ha','Mô hình lúa hữu cơ tại thôn Đồng Tâm cho lợi nhuận cao hơn 30% so với canh tác truyền thống.','2026_12/mo-hinh-lua-huu-co.jpg','Cánh đồng lúa hữu cơ',1,1,'4',1,0,7,0,5,2,0,'',0);
INSERT INTO `nv4_vi_news_9` VALUES (21,9,'8,9',0,1,'',0,1796236608,1796236608,1,6,1759420800,0,2,'Hội thi ẩm thực truyền thống các dân tộc xã Tân Lập','hoi-thi-am-thuc-truyen-thong-cac-dan-toc-xa-tan-lap','Hội thi thu hút 12 đội tham gia với hơn 60 món ăn truyền thống.','2026_12/hoi-thi-am-thuc.jpg','Hội thi ẩm thực',1,1,'4',1,0,7,0,0,0,0,'',0);
/*!40000 ALTER TABLE `nv4_vi_news_9` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_admins`
--

DROP TABLE IF EXISTS `nv4_vi_news_admins`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_admins` (
  `userid` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `catid` smallint(5) NOT NULL DEFAULT 0,
  `admin` tinyint(4) NOT NULL DEFAULT 0,
  `add_content` tinyint(4) NOT NULL DEFAULT 0,
  `pub_content` tinyint(4) NOT NULL DEFAULT 0,
  `edit_content` tinyint(4) NOT NULL DEFAULT 0,
  `del_content` tinyint(4) NOT NULL DEFAULT 0,
  `app_content` tinyint(4) NOT NULL DEFAULT 0,
  UNIQUE KEY `userid` (`userid`,`catid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_admins`
--

LOCK TABLES `nv4_vi_news_admins` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_admins` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_vi_news_admins` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_author`
--

DROP TABLE IF EXISTS `nv4_vi_news_author`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_author` (
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `uid` int(11) unsigned NOT NULL,
  `alias` varchar(100) NOT NULL DEFAULT '',
  `pseudonym` varchar(100) NOT NULL DEFAULT '',
  `image` varchar(255) DEFAULT '',
  `description` text DEFAULT NULL,
  `add_time` int(11) unsigned NOT NULL DEFAULT 0,
  `edit_time` int(11) unsigned NOT NULL DEFAULT 0,
  `active` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `numnews` mediumint(8) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uid` (`uid`),
  UNIQUE KEY `alias` (`alias`)
) ENGINE=MyISAM AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_author`
--

LOCK TABLES `nv4_vi_news_author` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_author` DISABLE KEYS */;
INSERT INTO `nv4_vi_news_author` VALUES (1,1,'admin','admin','','',1796236506,0,1,12);
/*!40000 ALTER TABLE `nv4_vi_news_author` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_authorlist`
--

DROP TABLE IF EXISTS `nv4_vi_news_authorlist`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_authorlist` (
  `id` int(11) NOT NULL,
  `aid` mediumint(8) NOT NULL,
  `alias` varchar(100) NOT NULL DEFAULT '',
  `pseudonym` varchar(100) NOT NULL DEFAULT '',
  UNIQUE KEY `id_aid` (`id`,`aid`),
  KEY `aid` (`aid`),
  KEY `alias` (`alias`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_authorlist`
--

LOCK TABLES `nv4_vi_news_authorlist` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_authorlist` DISABLE KEYS */;
INSERT INTO `nv4_vi_news_authorlist` VALUES (16,1,'admin','admin');
INSERT INTO `nv4_vi_news_authorlist` VALUES (17,1,'admin','admin');
INSERT INTO `nv4_vi_news_authorlist` VALUES (18,1,'admin','admin');
INSERT INTO `nv4_vi_news_authorlist` VALUES (19,1,'admin','admin');
INSERT INTO `nv4_vi_news_authorlist` VALUES (20,1,'admin','admin');
INSERT INTO `nv4_vi_news_authorlist` VALUES (21,1,'admin','admin');
INSERT INTO `nv4_vi_news_authorlist` VALUES (22,1,'admin','admin');
INSERT INTO `nv4_vi_news_authorlist` VALUES (23,1,'admin','admin');
INSERT INTO `nv4_vi_news_authorlist` VALUES (24,1,'admin','admin');
INSERT INTO `nv4_vi_news_authorlist` VALUES (25,1,'admin','admin');
INSERT INTO `nv4_vi_news_authorlist` VALUES (26,1,'admin','admin');
INSERT INTO `nv4_vi_news_authorlist` VALUES (27,1,'admin','admin');
/*!40000 ALTER TABLE `nv4_vi_news_authorlist` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_block`
--

DROP TABLE IF EXISTS `nv4_vi_news_block`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_block` (
  `bid` smallint(5) unsigned NOT NULL,
  `id` int(11) unsigned NOT NULL,
  `weight` int(11) unsigned NOT NULL,
  UNIQUE KEY `bid` (`bid`,`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_block`
--

LOCK TABLES `nv4_vi_news_block` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_block` DISABLE KEYS */;
INSERT INTO `nv4_vi_news_block` VALUES (2,17,11);
INSERT INTO `nv4_vi_news_block` VALUES (2,23,5);
INSERT INTO `nv4_vi_news_block` VALUES (2,22,6);
INSERT INTO `nv4_vi_news_block` VALUES (2,21,7);
INSERT INTO `nv4_vi_news_block` VALUES (2,20,8);
INSERT INTO `nv4_vi_news_block` VALUES (2,19,9);
INSERT INTO `nv4_vi_news_block` VALUES (2,18,10);
INSERT INTO `nv4_vi_news_block` VALUES (2,16,12);
INSERT INTO `nv4_vi_news_block` VALUES (2,24,4);
INSERT INTO `nv4_vi_news_block` VALUES (2,25,3);
INSERT INTO `nv4_vi_news_block` VALUES (2,26,2);
INSERT INTO `nv4_vi_news_block` VALUES (2,27,1);
/*!40000 ALTER TABLE `nv4_vi_news_block` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_block_cat`
--

DROP TABLE IF EXISTS `nv4_vi_news_block_cat`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_block_cat` (
  `bid` smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  `adddefault` tinyint(4) NOT NULL DEFAULT 0,
  `numbers` smallint(5) NOT NULL DEFAULT 10,
  `title` varchar(250) NOT NULL DEFAULT '',
  `alias` varchar(250) NOT NULL DEFAULT '',
  `image` varchar(255) DEFAULT '',
  `description` varchar(255) DEFAULT '',
  `weight` smallint(5) NOT NULL DEFAULT 0,
  `keywords` text DEFAULT NULL,
  `add_time` int(11) NOT NULL DEFAULT 0,
  `edit_time` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`bid`),
  UNIQUE KEY `title` (`title`),
  UNIQUE KEY `alias` (`alias`)
) ENGINE=MyISAM AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_block_cat`
--

LOCK TABLES `nv4_vi_news_block_cat` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_block_cat` DISABLE KEYS */;
INSERT INTO `nv4_vi_news_block_cat` VALUES (1,0,4,'Tin tiêu điểm','Tin-tieu-diem','','Tin tiêu điểm',1,'',1279945710,1279956943);
INSERT INTO `nv4_vi_news_block_cat` VALUES (2,1,4,'Tin mới nhất','Tin-moi-nhat','','Tin mới nhất',2,'',1279945725,1279956445);
/*!40000 ALTER TABLE `nv4_vi_news_block_cat` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_cat`
--

DROP TABLE IF EXISTS `nv4_vi_news_cat`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_cat` (
  `catid` smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  `parentid` smallint(5) unsigned NOT NULL DEFAULT 0,
  `title` varchar(250) NOT NULL,
  `titlesite` varchar(250) DEFAULT '',
  `alias` varchar(250) NOT NULL DEFAULT '',
  `description` text DEFAULT NULL,
  `descriptionhtml` text DEFAULT NULL,
  `image` varchar(255) DEFAULT '',
  `viewdescription` tinyint(2) NOT NULL DEFAULT 0,
  `weight` smallint(5) unsigned NOT NULL DEFAULT 0,
  `sort` smallint(5) NOT NULL DEFAULT 0,
  `lev` smallint(5) NOT NULL DEFAULT 0,
  `viewcat` varchar(50) NOT NULL DEFAULT 'viewcat_page_new',
  `numsubcat` smallint(5) NOT NULL DEFAULT 0,
  `subcatid` varchar(255) DEFAULT '',
  `numlinks` tinyint(2) unsigned NOT NULL DEFAULT 3,
  `newday` tinyint(2) unsigned NOT NULL DEFAULT 2,
  `featured` int(11) NOT NULL DEFAULT 0,
  `ad_block_cat` varchar(255) NOT NULL DEFAULT '',
  `layout_func` varchar(100) NOT NULL DEFAULT '' COMMENT 'Layout khi xem chuyên mục',
  `keywords` text DEFAULT NULL,
  `admins` text DEFAULT NULL,
  `add_time` int(11) unsigned NOT NULL DEFAULT 0,
  `edit_time` int(11) unsigned NOT NULL DEFAULT 0,
  `groups_view` varchar(255) DEFAULT '',
  `status` smallint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`catid`),
  UNIQUE KEY `alias` (`alias`),
  KEY `parentid` (`parentid`),
  KEY `status` (`status`)
) ENGINE=MyISAM AUTO_INCREMENT=14 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_cat`
--

LOCK TABLES `nv4_vi_news_cat` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_cat` DISABLE KEYS */;
INSERT INTO `nv4_vi_news_cat` VALUES (8,0,'Tin tức – Sự kiện','','tin-tuc-su-kien','Chuyên mục Tin tức – Sự kiện của Cổng thông tin NTM','','',0,1,1,0,'viewcat_page_new',3,'9,10,11',3,2,0,'','','','',1796236572,1796236572,'6',1);
INSERT INTO `nv4_vi_news_cat` VALUES (9,8,'Tin địa phương','','tin-dia-phuong','Chuyên mục Tin địa phương của Cổng thông tin NTM','','',0,1,2,1,'viewcat_page_new',0,'',3,2,0,'','','','',1796236574,1796236574,'6',1);
INSERT INTO `nv4_vi_news_cat` VALUES (10,8,'Chương trình OCOP','','chuong-trinh-ocop','Chuyên mục Chương trình OCOP của Cổng thông tin NTM','','',0,2,3,1,'viewcat_page_new',0,'',3,2,0,'','','','',1796236577,1796236577,'6',1);
INSERT INTO `nv4_vi_news_cat` VALUES (11,8,'Học tập và làm theo tấm gương đạo đức Hồ Chí Minh','','hoc-tap-va-lam-theo-tam-guong-dao-duc-ho-chi-minh','Chuyên mục Học tập và làm theo tấm gương đạo đức Hồ Chí Minh của Cổng thông tin NTM','','',0,3,4,1,'viewcat_page_new',0,'',3,2,0,'','','','',1796236579,1796236579,'6',1);
INSERT INTO `nv4_vi_news_cat` VALUES (12,0,'Nông thôn mới','','nong-thon-moi','Chuyên mục Nông thôn mới của Cổng thông tin NTM','','',0,2,5,0,'viewcat_page_new',1,'13',3,2,0,'','','','',1796236582,1796236582,'6',1);
INSERT INTO `nv4_vi_news_cat` VALUES (13,12,'Văn bản – Hướng dẫn','','van-ban-huong-dan','Chuyên mục Văn bản – Hướng dẫn của Cổng thông tin NTM','','',0,1,6,1,'viewcat_page_new',0,'',3,2,0,'','','','',1796236584,1796236584,'6',1);
/*!40000 ALTER TABLE `nv4_vi_news_cat` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_config_post`
--

DROP TABLE IF EXISTS `nv4_vi_news_config_post`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_config_post` (
  `group_id` smallint(5) NOT NULL,
  `addcontent` tinyint(4) NOT NULL,
  `postcontent` tinyint(4) NOT NULL,
  `editcontent` tinyint(4) NOT NULL,
  `delcontent` tinyint(4) NOT NULL,
  PRIMARY KEY (`group_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_config_post`
--

LOCK TABLES `nv4_vi_news_config_post` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_config_post` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_vi_news_config_post` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_detail`
--

DROP TABLE IF EXISTS `nv4_vi_news_detail`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_detail` (
  `id` int(11) unsigned NOT NULL,
  `titlesite` varchar(255) NOT NULL DEFAULT '',
  `description` text NOT NULL,
  `bodyhtml` longtext NOT NULL,
  `voicedata` text DEFAULT NULL COMMENT 'Data giọng đọc json',
  `keywords` varchar(255) DEFAULT '',
  `sourcetext` varchar(255) DEFAULT '',
  `files` text DEFAULT NULL,
  `imgposition` tinyint(1) NOT NULL DEFAULT 1,
  `layout_func` varchar(100) DEFAULT '',
  `copyright` tinyint(1) NOT NULL DEFAULT 0,
  `allowed_send` tinyint(1) NOT NULL DEFAULT 0,
  `allowed_print` tinyint(1) NOT NULL DEFAULT 0,
  `allowed_save` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_detail`
--

LOCK TABLES `nv4_vi_news_detail` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_detail` DISABLE KEYS */;
INSERT INTO `nv4_vi_news_detail` VALUES (16,'','','<h2>Kết quả thực hiện 19 tiêu chí</h2>\r\n\r\n<p>Sau 5 năm triển khai, xã Tân Lập đã hoàn thành <strong>19/19 tiêu chí</strong> xã nông thôn mới nâng cao; thu nhập bình quân đầu người đạt 68 triệu đồng/năm.</p>\r\n\r\n<figure class=\"image image-center\"><img alt=\"Trung tâm xã Tân Lập\" height=\"500\" src=\"/uploads/news/2026_12/xa-tan-lap-dat-chuan-ntm.jpg\" width=\"800\" />\r\n<figcaption>Trung tâm xã Tân Lập sau khi đạt chuẩn (Ảnh: Ban Chỉ đạo xã)</figcaption>\r\n</figure>\r\n\r\n<h3>Một số chỉ tiêu chính</h3>\r\n\r\n<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"width:100%\">\r\n	<caption>Bảng 1. Chỉ tiêu kinh tế – xã hội năm 2024 &amp; 2025</caption>\r\n	\r\n		<tr>\r\n			<th scope=\"col\">Chỉ tiêu</th>\r\n			<th scope=\"col\">Năm 2024</th>\r\n			<th scope=\"col\">Năm 2025</th>\r\n		</tr>\r\n	\r\n	<tbody>\r\n		<tr>\r\n			<td>Thu nhập bình quân (triệu đồng/người/năm)</td>\r\n			<td>61,5</td>\r\n			<td>68,0</td>\r\n		</tr>\r\n		<tr>\r\n			<td>Tỷ lệ hộ nghèo (%)</td>\r\n			<td>1,8</td>\r\n			<td>0,9</td>\r\n		</tr>\r\n		<tr>\r\n			<td>Tỷ lệ đường giao thông được cứng hóa (%)</td>\r\n			<td>92</td>\r\n			<td>100</td>\r\n		</tr>\r\n	</tbody>\r\n</table>\r\n\r\n<ul>\r\n	<li>Giao thông: 100% đường trục xã được nhựa hóa.</li>\r\n	<li>Môi trường: 95% hộ dân phân loại rác tại nguồn.</li>\r\n</ul>\r\n\r\n<p>Xem thêm <a href=\"/uploads/news/2026_12/ke-hoach-xay-dung-ntm-2025.pdf\">Kế hoạch xây dựng NTM năm 2025 (PDF)</a>.</p>','','nông thôn mới nâng cao','','',2,'',0,1,1,1);
INSERT INTO `nv4_vi_news_detail` VALUES (17,'','','<h2>Sản phẩm OCOP 4 sao đầu tiên của huyện</h2>\r\n\r\n<p>Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh đã chấm 78/100 điểm cho sản phẩm chè Shan tuyết.</p>\r\n\r\n<p><img alt=\"Chè Shan tuyết trên đồi Tà Xùa\" src=\"https://example.com/uploads/ocop/che-shan-tuyet.jpg\" style=\"width:640px;height:400px\" /></p>\r\n\r\n<p>Video giới thiệu sản phẩm:</p>\r\n\r\n<p><iframe allow=\"autoplay\" allowfullscreen=\"\" frameborder=\"0\" height=\"480\" sandbox=\"allow-scripts allow-same-origin allow-forms allow-presentation\" src=\"https://www.youtube.com/embed/dQw4w9WgXcQ?rel=0\" width=\"640\"></iframe></p>\r\n\r\n<blockquote>\r\n<p>“Chúng tôi sẽ tiếp tục nâng cấp sản phẩm lên 5 sao” – Giám đốc HTX chia sẻ.</p>\r\n</blockquote>','','','https://ocop.gov.vn/tin-tuc','',2,'',0,1,1,1);
INSERT INTO `nv4_vi_news_detail` VALUES (18,'','','<h2>Nội dung hội nghị</h2>\r\n\r\n<p>Hội nghị đánh giá kết quả giải ngân vốn và triển khai các nhiệm vụ trọng tâm 6 tháng cuối năm.</p>\r\n\r\n<figure class=\"image\"><img alt=\"Quang cảnh hội nghị\" height=\"500\" src=\"/uploads/news/2026_12/hoi-nghi-so-ket-2025.png\" width=\"800\" />\r\n<figcaption>Quang cảnh hội nghị sơ kết</figcaption>\r\n</figure>\r\n\r\n<p>Phóng sự về hội nghị (Vimeo):</p>\r\n\r\n<p><iframe allow=\"autoplay\" allowfullscreen=\"\" frameborder=\"0\" height=\"360\" sandbox=\"allow-scripts allow-same-origin allow-forms allow-presentation\" scrolling=\"no\" src=\"https://player.vimeo.com/video/76979871\" width=\"640\"></iframe></p>\r\n\r\n<blockquote>\r\n<p>Phấn đấu đến hết năm 2025 có thêm 12 xã đạt chuẩn NTM nâng cao và 5 xã NTM kiểu mẫu.</p>\r\n</blockquote>\r\n\r\n<p>Tài liệu hội nghị: <a href=\"/uploads/news/2026_12/ke-hoach-xay-dung-ntm-2025.pdf\" target=\"_blank\">tải về kế hoạch (PDF, 1 trang)</a>.</p>\r\n\r\n<p>Tin liên quan: <a href=\"/vi/news/tin-dia-phuong/xa-tan-lap-dat-chuan-nong-thon-moi-nang-cao-nam-2025-16.html\">Xã Tân Lập đạt chuẩn nông thôn mới nâng cao năm 2025</a>.</p>','','','','',2,'',0,1,1,1);
INSERT INTO `nv4_vi_news_detail` VALUES (19,'','','<h2>Chuyên đề năm 2025</h2>\r\n\r\n<blockquote>\r\n<p>“Cần, kiệm, liêm, chính, chí công vô tư.”</p>\r\n\r\n<p>— Chủ tịch Hồ Chí Minh</p>\r\n</blockquote>\r\n\r\n<p>Các chi bộ tổ chức sinh hoạt chuyên đề, gắn với xây dựng <em>nông thôn mới</em> và sản phẩm <strong>OCOP</strong>.</p>\r\n\r\n<ol>\r\n	<li>Nâng cao nhận thức của cán bộ, đảng viên.</li>\r\n	<li>Nhân rộng các điển hình tiên tiến.</li>\r\n</ol>\r\n\r\n<p>Đọc thêm: <a href=\"/vi/news/chuong-trinh-ocop/che-shan-tuyet-ta-xua-dat-san-pham-ocop-4-sao-17.html\">Chè Shan tuyết Tà Xùa đạt sản phẩm OCOP 4 sao</a> và <a href=\"/vi/news/tin-tuc-su-kien/hoi-nghi-so-ket-6-thang-dau-nam-2025-chuong-trinh-mtqg-xay-dung-nong-thon-moi-18.html\">Hội nghị sơ kết 6 tháng đầu năm 2025</a>.</p>','','','','',2,'',0,1,1,1);
INSERT INTO `nv4_vi_news_detail` VALUES (20,'','','<h2>Hiệu quả kinh tế</h2>\r\n\r\n<figure class=\"image image-right\"><img alt=\"Lúa hữu cơ\" height=\"500\" src=\"/uploads/news/2026_12/mo-hinh-lua-huu-co.jpg\" width=\"800\" />\r\n<figcaption>Cánh đồng lúa hữu cơ thôn Đồng Tâm</figcaption>\r\n</figure>\r\n\r\n<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\">\r\n	<caption>So sánh hiệu quả (đồng/ha/vụ)</caption>\r\n	<tbody>\r\n		<tr>\r\n			<th>Hạng mục</th>\r\n			<th>Truyền thống</th>\r\n			<th>Hữu cơ</th>\r\n		</tr>\r\n		<tr>\r\n			<td>Doanh thu</td>\r\n			<td>42.000.000</td>\r\n			<td>58.000.000</td>\r\n		</tr>\r\n		<tr>\r\n			<td>Lợi nhuận</td>\r\n			<td>15.000.000</td>\r\n			<td>19.500.000</td>\r\n		</tr>\r\n	</tbody>\r\n</table>\r\n\r\n<p>Giá bán: 25.000 đ/kg (&gt; 20% so với lúa thường) &amp; được bao tiêu toàn bộ.</p>','','','','',2,'',0,1,1,1);
INSERT INTO `nv4_vi_news_detail` VALUES (21,'','','<h3>Giải thưởng</h3>\r\n\r\n<figure class=\"image\"><img alt=\"Mâm cỗ truyền thống\" height=\"500\" src=\"/uploads/news/2026_12/hoi-thi-am-thuc.jpg\" width=\"800\" />\r\n<figcaption>Mâm cỗ đạt giải Nhất</figcaption>\r\n</figure>\r\n\r\n<p>Giải Nhất thuộc về thôn Đồng Tâm; giải Nhì: thôn Tân Hòa &amp; thôn Bản Mới.</p>','','','','',2,'',0,1,1,1);
INSERT INTO `nv4_vi_news_detail` VALUES (22,'','','<p>Nội dung bản nháp: so sánh &quot;OCOP&quot; &amp; <strong>NTM</strong> – tỷ lệ 50/50 (dự kiến)!</p>','','','','',2,'',0,1,1,1);
INSERT INTO `nv4_vi_news_detail` VALUES (23,'','','<p>Hồ sơ gồm: phiếu đăng ký, phương án sản xuất kinh doanh &amp; bản sao giấy phép.</p>','','','','',2,'',0,1,1,1);
INSERT INTO `nv4_vi_news_detail` VALUES (24,'','','<p>Lãnh đạo UBND xã tiếp công dân vào thứ Năm hằng tuần.</p>','','','','',2,'',0,1,1,1);
INSERT INTO `nv4_vi_news_detail` VALUES (25,'','','<p>Ra quân từ 01/3 đến 30/6/2025, huy động 1.200 ngày công.</p>','','','','',2,'',0,1,1,1);
INSERT INTO `nv4_vi_news_detail` VALUES (26,'','','<p>Biểu dương 25 tập thể &amp; 40 cá nhân tiêu biểu.</p>','','','','',2,'',0,1,1,1);
/*!40000 ALTER TABLE `nv4_vi_news_detail` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_logs`
--

DROP TABLE IF EXISTS `nv4_vi_news_logs`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_logs` (
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `sid` mediumint(8) NOT NULL DEFAULT 0,
  `userid` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `log_key` varchar(60) NOT NULL DEFAULT '' COMMENT 'Khóa loại log, tùy vào lập trình',
  `status` tinyint(4) NOT NULL DEFAULT 0,
  `note` varchar(255) NOT NULL DEFAULT '',
  `set_time` int(11) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `sid` (`sid`),
  KEY `log_key` (`log_key`),
  KEY `status` (`status`),
  KEY `userid` (`userid`)
) ENGINE=MyISAM AUTO_INCREMENT=13 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_logs`
--

LOCK TABLES `nv4_vi_news_logs` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_logs` DISABLE KEYS */;
INSERT INTO `nv4_vi_news_logs` VALUES (1,16,1,'change_status',1,'',1796236589);
INSERT INTO `nv4_vi_news_logs` VALUES (2,17,1,'change_status',1,'',1796236593);
INSERT INTO `nv4_vi_news_logs` VALUES (3,18,1,'change_status',1,'',1796236596);
INSERT INTO `nv4_vi_news_logs` VALUES (4,19,1,'change_status',1,'',1796236600);
INSERT INTO `nv4_vi_news_logs` VALUES (5,20,1,'change_status',1,'',1796236604);
INSERT INTO `nv4_vi_news_logs` VALUES (6,21,1,'change_status',1,'',1796236608);
INSERT INTO `nv4_vi_news_logs` VALUES (7,22,1,'change_status',4,'',1796236611);
INSERT INTO `nv4_vi_news_logs` VALUES (8,23,1,'change_status',5,'',1796236615);
INSERT INTO `nv4_vi_news_logs` VALUES (9,24,1,'change_status',2,'',1796236618);
INSERT INTO `nv4_vi_news_logs` VALUES (10,25,1,'change_status',1,'',1796236622);
INSERT INTO `nv4_vi_news_logs` VALUES (11,26,1,'change_status',1,'',1796236625);
INSERT INTO `nv4_vi_news_logs` VALUES (12,27,1,'change_status',1,'',1796236629);
/*!40000 ALTER TABLE `nv4_vi_news_logs` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_row_histories`
--

DROP TABLE IF EXISTS `nv4_vi_news_row_histories`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_row_histories` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `new_id` int(11) unsigned NOT NULL DEFAULT 0,
  `historytime` int(11) unsigned NOT NULL DEFAULT 0,
  `catid` smallint(5) unsigned NOT NULL DEFAULT 0,
  `listcatid` varchar(255) NOT NULL DEFAULT '',
  `topicid` smallint(5) unsigned NOT NULL DEFAULT 0,
  `admin_id` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'ID người đăng',
  `author` varchar(250) NOT NULL DEFAULT '',
  `sourceid` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `publtime` int(11) unsigned NOT NULL DEFAULT 0,
  `exptime` int(11) unsigned NOT NULL DEFAULT 0,
  `archive` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `title` varchar(250) NOT NULL DEFAULT '',
  `alias` varchar(250) NOT NULL DEFAULT '',
  `hometext` text NOT NULL,
  `homeimgfile` varchar(255) DEFAULT '',
  `homeimgalt` varchar(255) DEFAULT '',
  `inhome` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `allowed_comm` varchar(255) DEFAULT '',
  `allowed_rating` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `external_link` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `instant_active` tinyint(1) NOT NULL DEFAULT 0,
  `instant_template` varchar(100) NOT NULL DEFAULT '',
  `instant_creatauto` tinyint(1) NOT NULL DEFAULT 0,
  `titlesite` varchar(255) NOT NULL DEFAULT '',
  `description` text NOT NULL,
  `bodyhtml` longtext NOT NULL,
  `voicedata` text DEFAULT NULL COMMENT 'Data giọng đọc json',
  `keywords` varchar(255) DEFAULT '',
  `sourcetext` varchar(255) DEFAULT '',
  `files` text DEFAULT NULL,
  `tags` text DEFAULT NULL,
  `internal_authors` varchar(255) NOT NULL DEFAULT '',
  `imgposition` tinyint(1) NOT NULL DEFAULT 1,
  `layout_func` varchar(100) DEFAULT '',
  `copyright` tinyint(1) NOT NULL DEFAULT 0,
  `allowed_send` tinyint(1) NOT NULL DEFAULT 0,
  `allowed_print` tinyint(1) NOT NULL DEFAULT 0,
  `allowed_save` tinyint(1) NOT NULL DEFAULT 0,
  `changed_fields` text NOT NULL COMMENT 'Các field thay đổi',
  PRIMARY KEY (`id`),
  KEY `new_id` (`new_id`),
  KEY `historytime` (`historytime`),
  KEY `admin_id` (`admin_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Lịch sử bài viết';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_row_histories`
--

LOCK TABLES `nv4_vi_news_row_histories` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_row_histories` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_vi_news_row_histories` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_rows`
--

DROP TABLE IF EXISTS `nv4_vi_news_rows`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_rows` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `catid` smallint(5) unsigned NOT NULL DEFAULT 0,
  `listcatid` varchar(255) NOT NULL DEFAULT '',
  `topicid` smallint(5) unsigned NOT NULL DEFAULT 0,
  `admin_id` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `author` varchar(250) DEFAULT '',
  `sourceid` mediumint(8) NOT NULL DEFAULT 0,
  `addtime` int(11) unsigned NOT NULL DEFAULT 0,
  `edittime` int(11) unsigned NOT NULL DEFAULT 0,
  `status` tinyint(4) NOT NULL DEFAULT 1,
  `weight` int(11) unsigned NOT NULL DEFAULT 0,
  `publtime` int(11) unsigned NOT NULL DEFAULT 0,
  `exptime` int(11) unsigned NOT NULL DEFAULT 0,
  `archive` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `title` varchar(250) NOT NULL DEFAULT '',
  `alias` varchar(250) NOT NULL DEFAULT '',
  `hometext` text NOT NULL,
  `homeimgfile` varchar(255) DEFAULT '',
  `homeimgalt` varchar(255) DEFAULT '',
  `homeimgthumb` tinyint(4) NOT NULL DEFAULT 0,
  `inhome` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `allowed_comm` varchar(255) DEFAULT '',
  `allowed_rating` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `external_link` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `hitstotal` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `hitscm` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `total_rating` int(11) NOT NULL DEFAULT 0,
  `click_rating` int(11) NOT NULL DEFAULT 0,
  `instant_active` tinyint(1) NOT NULL DEFAULT 0,
  `instant_template` varchar(100) NOT NULL DEFAULT '',
  `instant_creatauto` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `catid` (`catid`),
  KEY `topicid` (`topicid`),
  KEY `admin_id` (`admin_id`),
  KEY `author` (`author`),
  KEY `title` (`title`),
  KEY `addtime` (`addtime`),
  KEY `edittime` (`edittime`),
  KEY `publtime` (`publtime`),
  KEY `exptime` (`exptime`),
  KEY `status` (`status`),
  KEY `instant_active` (`instant_active`),
  KEY `instant_creatauto` (`instant_creatauto`)
) ENGINE=MyISAM AUTO_INCREMENT=28 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_rows`
--

LOCK TABLES `nv4_vi_news_rows` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_rows` DISABLE KEYS */;
INSERT INTO `nv4_vi_news_rows` VALUES (17,10,'10',0,1,'Trần Thị Bình',5,1796236593,1796236593,1,2,1740042000,0,2,'Chè Shan tuyết Tà Xùa đạt sản phẩm OCOP 4 sao','che-shan-tuyet-ta-xua-dat-san-pham-ocop-4-sao','Sản phẩm chè Shan tuyết của HTX Tà Xùa vừa được công nhận đạt chuẩn OCOP 4 sao cấp tỉnh.','http://example.com/images/ocop/che-shan-tuyet-4-sao.jpg','Chè Shan tuyết &#40;ảnh từ xa&#41;',3,1,'4',1,0,8,0,8,2,0,'',0);
INSERT INTO `nv4_vi_news_rows` VALUES (18,8,'8',0,1,'',0,1796236596,1796236596,1,3,1752142500,0,2,'Hội nghị sơ kết 6 tháng đầu năm 2025 Chương trình MTQG xây dựng nông thôn mới','hoi-nghi-so-ket-6-thang-dau-nam-2025-chuong-trinh-mtqg-xay-dung-nong-thon-moi','Sáng 10/7, Ban Chỉ đạo các Chương trình MTQG tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2025.','2026_12/hoi-nghi-so-ket-2025.png','Hội nghị sơ kết',1,1,'4',1,0,8,0,17,4,0,'',0);
INSERT INTO `nv4_vi_news_rows` VALUES (19,11,'11',0,1,'',0,1796236600,1796236600,1,4,1747638000,0,2,'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2025','hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh-nam-2025','Chuyên đề năm 2025 gắn với phong trào thi đua “Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau”.','','',0,1,'4',1,0,11,0,5,1,0,'',0);
INSERT INTO `nv4_vi_news_rows` VALUES (20,9,'9',0,1,'',0,1796236604,1796236604,1,5,1757083500,0,2,'Mô hình trồng lúa hữu cơ cho thu nhập cao &#x002F; ha','mo-hinh-trong-lua-huu-co-cho-thu-nhap-cao-ha','Mô hình lúa hữu cơ tại thôn Đồng Tâm cho lợi nhuận cao hơn 30% so với canh tác truyền thống.','2026_12/mo-hinh-lua-huu-co.jpg','Cánh đồng lúa hữu cơ',1,1,'4',1,0,7,0,5,2,0,'',0);
INSERT INTO `nv4_vi_news_rows` VALUES (21,9,'8,9',0,1,'',0,1796236608,1796236608,1,6,1759420800,0,2,'Hội thi ẩm thực truyền thống các dân tộc xã Tân Lập','hoi-thi-am-thuc-truyen-thong-cac-dan-toc-xa-tan-lap','Hội thi thu hút 12 đội tham gia với hơn 60 món ăn truyền thống.','2026_12/hoi-thi-am-thuc.jpg','Hội thi ẩm thực',1,1,'4',1,0,7,0,0,0,0,'',0);
INSERT INTO `nv4_vi_news_rows` VALUES (22,10,'10',0,1,'',0,1796236611,1796236611,4,7,1737792000,0,2,'&quot;Nông thôn mới&quot; &amp; OCOP&#x3A; 01&#x002F;2025 &#40;bản nháp&#41;&#33;','nong-thon-moi-ocop-01-2025-ban-nhap','Bản nháp – chưa xuất bản.','','',0,1,'4',1,0,0,0,0,0,0,'',0);
INSERT INTO `nv4_vi_news_rows` VALUES (23,13,'13',0,1,'',0,1796236615,1796236615,5,8,1761987600,0,2,'Hướng dẫn đăng ký sản phẩm OCOP năm 2026 &#40;chờ duyệt&#41;','huong-dan-dang-ky-san-pham-ocop-nam-2026-cho-duyet','Bài viết đang chờ duyệt.','','',0,1,'4',1,0,0,0,0,0,0,'',0);
INSERT INTO `nv4_vi_news_rows` VALUES (24,8,'8',0,1,'',0,1796236618,1796236618,2,9,1799134200,0,2,'Thông báo lịch tiếp công dân tháng 01&#x002F;2027 &#40;hẹn giờ đăng&#41;','thong-bao-lich-tiep-cong-dan-thang-01-2027-hen-gio-dang','Bài viết hẹn giờ đăng trong tương lai.','','',0,1,'4',1,0,0,0,0,0,0,'',0);
INSERT INTO `nv4_vi_news_rows` VALUES (25,12,'12',0,1,'',0,1796236622,1796236622,3,10,1740812400,1751302800,2,'Kế hoạch ra quân làm đường giao thông nông thôn đợt 1&#x002F;2025 &#40;đã hết hạn, lưu trữ&#41;','ke-hoach-ra-quan-lam-duong-giao-thong-nong-thon-dot-1-2025-da-het-han-luu-tru','Bài viết có thời hạn đã qua và được lưu trữ (archive).','','',0,1,'4',1,0,0,0,0,0,0,'',0);
INSERT INTO `nv4_vi_news_rows` VALUES (26,12,'12',0,1,'',0,1796236625,1796236625,1,11,1763193600,1830294000,1,'Tổng kết phong trào thi đua 2025 &#40;hết hạn sau 31&#x002F;12&#x002F;2027, có lưu trữ&#41;','tong-ket-phong-trao-thi-dua-2025-het-han-sau-31-12-2027-co-luu-tru','Bài viết có hạn hiển thị trong tương lai và chọn lưu trữ khi hết hạn.','','',0,1,'4',1,0,4,0,4,1,0,'',0);
INSERT INTO `nv4_vi_news_rows` VALUES (16,9,'9,12',0,1,'Nguyễn Văn An',0,1796236589,1796236589,1,1,1736929800,0,2,'Xã Tân Lập đạt chuẩn nông thôn mới nâng cao năm 2025','xa-tan-lap-dat-chuan-nong-thon-moi-nang-cao-nam-2025','UBND tỉnh vừa ban hành quyết định công nhận xã Tân Lập đạt chuẩn nông thôn mới nâng cao năm 2025.','2026_12/xa-tan-lap-dat-chuan-ntm.jpg','Toàn cảnh trung tâm xã Tân Lập',1,1,'4',1,0,11,0,14,3,0,'',0);
/*!40000 ALTER TABLE `nv4_vi_news_rows` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_sources`
--

DROP TABLE IF EXISTS `nv4_vi_news_sources`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_sources` (
  `sourceid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(250) NOT NULL DEFAULT '',
  `link` varchar(255) DEFAULT '',
  `logo` varchar(255) DEFAULT '',
  `weight` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `add_time` int(11) unsigned NOT NULL,
  `edit_time` int(11) unsigned NOT NULL,
  PRIMARY KEY (`sourceid`),
  UNIQUE KEY `title` (`title`)
) ENGINE=MyISAM AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_sources`
--

LOCK TABLES `nv4_vi_news_sources` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_sources` DISABLE KEYS */;
INSERT INTO `nv4_vi_news_sources` VALUES (5,'ocop.gov.vn','https://ocop.gov.vn','',1,1796236593,1796236593);
/*!40000 ALTER TABLE `nv4_vi_news_sources` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_tags`
--

DROP TABLE IF EXISTS `nv4_vi_news_tags`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_tags` (
  `tid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `numnews` mediumint(8) NOT NULL DEFAULT 0,
  `title` varchar(250) NOT NULL DEFAULT '',
  `alias` varchar(250) NOT NULL DEFAULT '',
  `image` varchar(255) DEFAULT '',
  `description` text DEFAULT NULL,
  `keywords` varchar(255) DEFAULT '',
  PRIMARY KEY (`tid`),
  UNIQUE KEY `alias` (`alias`)
) ENGINE=MyISAM AUTO_INCREMENT=56 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_tags`
--

LOCK TABLES `nv4_vi_news_tags` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_tags` DISABLE KEYS */;
INSERT INTO `nv4_vi_news_tags` VALUES (55,1,'','thi-đua','','','thi đua');
INSERT INTO `nv4_vi_news_tags` VALUES (54,1,'','giao-thông-nông-thôn','','','giao thông nông thôn');
INSERT INTO `nv4_vi_news_tags` VALUES (53,2,'','thông-báo','','','thông báo');
INSERT INTO `nv4_vi_news_tags` VALUES (52,1,'','văn-hóa','','','văn hóa');
INSERT INTO `nv4_vi_news_tags` VALUES (51,1,'','ẩm-thực','','','ẩm thực');
INSERT INTO `nv4_vi_news_tags` VALUES (50,1,'','lúa-hữu-cơ','','','lúa hữu cơ');
INSERT INTO `nv4_vi_news_tags` VALUES (49,1,'','hồ-chí-minh','','','Hồ Chí Minh');
INSERT INTO `nv4_vi_news_tags` VALUES (48,1,'','học-tập-và-làm-theo','','','học tập và làm theo');
INSERT INTO `nv4_vi_news_tags` VALUES (47,1,'','hội-nghị','','','hội nghị');
INSERT INTO `nv4_vi_news_tags` VALUES (46,3,'','ocop','','','OCOP');
INSERT INTO `nv4_vi_news_tags` VALUES (45,1,'','chè-shan-tuyết','','','chè Shan tuyết');
INSERT INTO `nv4_vi_news_tags` VALUES (44,5,'','nông-thôn-mới','','','nông thôn mới');
INSERT INTO `nv4_vi_news_tags` VALUES (43,1,'','tân-lập','','','Tân Lập');
/*!40000 ALTER TABLE `nv4_vi_news_tags` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_tags_id`
--

DROP TABLE IF EXISTS `nv4_vi_news_tags_id`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_tags_id` (
  `id` int(11) NOT NULL,
  `tid` mediumint(9) NOT NULL,
  `keyword` varchar(65) NOT NULL,
  UNIQUE KEY `id_tid` (`id`,`tid`),
  KEY `tid` (`tid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_tags_id`
--

LOCK TABLES `nv4_vi_news_tags_id` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_tags_id` DISABLE KEYS */;
INSERT INTO `nv4_vi_news_tags_id` VALUES (18,44,'nông thôn mới');
INSERT INTO `nv4_vi_news_tags_id` VALUES (18,47,'hội nghị');
INSERT INTO `nv4_vi_news_tags_id` VALUES (17,46,'OCOP');
INSERT INTO `nv4_vi_news_tags_id` VALUES (16,43,'Tân Lập');
INSERT INTO `nv4_vi_news_tags_id` VALUES (16,44,'nông thôn mới');
INSERT INTO `nv4_vi_news_tags_id` VALUES (17,45,'chè Shan tuyết');
INSERT INTO `nv4_vi_news_tags_id` VALUES (19,48,'học tập và làm theo');
INSERT INTO `nv4_vi_news_tags_id` VALUES (19,49,'Hồ Chí Minh');
INSERT INTO `nv4_vi_news_tags_id` VALUES (20,50,'lúa hữu cơ');
INSERT INTO `nv4_vi_news_tags_id` VALUES (20,44,'nông thôn mới');
INSERT INTO `nv4_vi_news_tags_id` VALUES (21,51,'ẩm thực');
INSERT INTO `nv4_vi_news_tags_id` VALUES (21,52,'văn hóa');
INSERT INTO `nv4_vi_news_tags_id` VALUES (22,44,'nông thôn mới');
INSERT INTO `nv4_vi_news_tags_id` VALUES (22,46,'OCOP');
INSERT INTO `nv4_vi_news_tags_id` VALUES (23,46,'OCOP');
INSERT INTO `nv4_vi_news_tags_id` VALUES (24,53,'thông báo');
INSERT INTO `nv4_vi_news_tags_id` VALUES (25,44,'nông thôn mới');
INSERT INTO `nv4_vi_news_tags_id` VALUES (25,54,'giao thông nông thôn');
INSERT INTO `nv4_vi_news_tags_id` VALUES (26,55,'thi đua');
INSERT INTO `nv4_vi_news_tags_id` VALUES (27,53,'thông báo');
/*!40000 ALTER TABLE `nv4_vi_news_tags_id` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_tmp`
--

DROP TABLE IF EXISTS `nv4_vi_news_tmp`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_tmp` (
  `id` mediumint(8) unsigned NOT NULL,
  `admin_id` int(11) NOT NULL DEFAULT 0,
  `time_edit` int(11) NOT NULL,
  `time_late` int(11) NOT NULL,
  `ip` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_tmp`
--

LOCK TABLES `nv4_vi_news_tmp` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_tmp` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_vi_news_tmp` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_topics`
--

DROP TABLE IF EXISTS `nv4_vi_news_topics`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_topics` (
  `topicid` smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(250) NOT NULL DEFAULT '',
  `alias` varchar(250) NOT NULL DEFAULT '',
  `image` varchar(255) DEFAULT '',
  `description` varchar(255) DEFAULT '',
  `weight` smallint(5) NOT NULL DEFAULT 0,
  `keywords` text DEFAULT NULL,
  `add_time` int(11) NOT NULL DEFAULT 0,
  `edit_time` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`topicid`),
  UNIQUE KEY `title` (`title`),
  UNIQUE KEY `alias` (`alias`)
) ENGINE=MyISAM AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_topics`
--

LOCK TABLES `nv4_vi_news_topics` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_topics` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_vi_news_topics` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_news_voices`
--

DROP TABLE IF EXISTS `nv4_vi_news_voices`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_news_voices` (
  `id` smallint(4) unsigned NOT NULL AUTO_INCREMENT,
  `voice_key` varchar(50) NOT NULL DEFAULT '' COMMENT 'Khóa dùng trong Api sau này',
  `title` varchar(250) NOT NULL DEFAULT '',
  `description` text NOT NULL,
  `add_time` int(11) unsigned NOT NULL DEFAULT 0,
  `edit_time` int(11) unsigned NOT NULL DEFAULT 0,
  `weight` smallint(4) unsigned NOT NULL DEFAULT 0,
  `status` tinyint(4) NOT NULL DEFAULT 1 COMMENT '0: Dừng, 1: Hoạt động',
  PRIMARY KEY (`id`),
  UNIQUE KEY `title` (`title`),
  KEY `weight` (`weight`),
  KEY `status` (`status`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_news_voices`
--

LOCK TABLES `nv4_vi_news_voices` WRITE;
/*!40000 ALTER TABLE `nv4_vi_news_voices` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_vi_news_voices` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_page`
--

DROP TABLE IF EXISTS `nv4_vi_page`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_page` (
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(250) NOT NULL,
  `alias` varchar(250) NOT NULL,
  `image` varchar(255) DEFAULT '',
  `imagealt` varchar(255) DEFAULT '',
  `imageposition` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `description` text DEFAULT NULL,
  `bodytext` mediumtext NOT NULL,
  `keywords` text DEFAULT NULL,
  `socialbutton` tinyint(4) NOT NULL DEFAULT 0,
  `activecomm` varchar(255) DEFAULT '',
  `layout_func` varchar(100) DEFAULT '',
  `weight` smallint(4) NOT NULL DEFAULT 0,
  `admin_id` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `add_time` int(11) NOT NULL DEFAULT 0,
  `edit_time` int(11) NOT NULL DEFAULT 0,
  `status` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `hitstotal` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `hot_post` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `alias` (`alias`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_page`
--

LOCK TABLES `nv4_vi_page` WRITE;
/*!40000 ALTER TABLE `nv4_vi_page` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_vi_page` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_page_config`
--

DROP TABLE IF EXISTS `nv4_vi_page_config`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_page_config` (
  `config_name` varchar(30) NOT NULL,
  `config_value` varchar(255) NOT NULL,
  UNIQUE KEY `config_name` (`config_name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_page_config`
--

LOCK TABLES `nv4_vi_page_config` WRITE;
/*!40000 ALTER TABLE `nv4_vi_page_config` DISABLE KEYS */;
INSERT INTO `nv4_vi_page_config` VALUES ('viewtype','0');
INSERT INTO `nv4_vi_page_config` VALUES ('facebookapi','');
INSERT INTO `nv4_vi_page_config` VALUES ('per_page','20');
INSERT INTO `nv4_vi_page_config` VALUES ('news_first','0');
INSERT INTO `nv4_vi_page_config` VALUES ('related_articles','5');
INSERT INTO `nv4_vi_page_config` VALUES ('copy_page','0');
INSERT INTO `nv4_vi_page_config` VALUES ('alias_lower','1');
INSERT INTO `nv4_vi_page_config` VALUES ('socialbutton','facebook,twitter');
/*!40000 ALTER TABLE `nv4_vi_page_config` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_referer_stats`
--

DROP TABLE IF EXISTS `nv4_vi_referer_stats`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_referer_stats` (
  `host` varchar(250) NOT NULL,
  `total` int(11) NOT NULL DEFAULT 0,
  `month01` int(11) NOT NULL DEFAULT 0,
  `month02` int(11) NOT NULL DEFAULT 0,
  `month03` int(11) NOT NULL DEFAULT 0,
  `month04` int(11) NOT NULL DEFAULT 0,
  `month05` int(11) NOT NULL DEFAULT 0,
  `month06` int(11) NOT NULL DEFAULT 0,
  `month07` int(11) NOT NULL DEFAULT 0,
  `month08` int(11) NOT NULL DEFAULT 0,
  `month09` int(11) NOT NULL DEFAULT 0,
  `month10` int(11) NOT NULL DEFAULT 0,
  `month11` int(11) NOT NULL DEFAULT 0,
  `month12` int(11) NOT NULL DEFAULT 0,
  `last_update` int(11) NOT NULL DEFAULT 0,
  UNIQUE KEY `host` (`host`),
  KEY `total` (`total`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_referer_stats`
--

LOCK TABLES `nv4_vi_referer_stats` WRITE;
/*!40000 ALTER TABLE `nv4_vi_referer_stats` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_vi_referer_stats` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_searchkeys`
--

DROP TABLE IF EXISTS `nv4_vi_searchkeys`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_searchkeys` (
  `id` varchar(32) NOT NULL DEFAULT '',
  `skey` varchar(250) NOT NULL,
  `total` int(11) NOT NULL DEFAULT 0,
  `search_engine` varchar(50) NOT NULL,
  KEY `id` (`id`),
  KEY `skey` (`skey`),
  KEY `search_engine` (`search_engine`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_searchkeys`
--

LOCK TABLES `nv4_vi_searchkeys` WRITE;
/*!40000 ALTER TABLE `nv4_vi_searchkeys` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_vi_searchkeys` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_siteterms`
--

DROP TABLE IF EXISTS `nv4_vi_siteterms`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_siteterms` (
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(250) NOT NULL,
  `alias` varchar(250) NOT NULL,
  `image` varchar(255) DEFAULT '',
  `imagealt` varchar(255) DEFAULT '',
  `imageposition` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `description` text DEFAULT NULL,
  `bodytext` mediumtext NOT NULL,
  `keywords` text DEFAULT NULL,
  `socialbutton` tinyint(4) NOT NULL DEFAULT 0,
  `activecomm` varchar(255) DEFAULT '',
  `layout_func` varchar(100) DEFAULT '',
  `weight` smallint(4) NOT NULL DEFAULT 0,
  `admin_id` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `add_time` int(11) NOT NULL DEFAULT 0,
  `edit_time` int(11) NOT NULL DEFAULT 0,
  `status` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `hitstotal` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `hot_post` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `alias` (`alias`)
) ENGINE=MyISAM AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_siteterms`
--

LOCK TABLES `nv4_vi_siteterms` WRITE;
/*!40000 ALTER TABLE `nv4_vi_siteterms` DISABLE KEYS */;
INSERT INTO `nv4_vi_siteterms` VALUES (1,'Chính sách bảo mật (Quyền riêng tư)','privacy','','',0,'Tài liệu này cung cấp cho bạn (người truy cập và sử dụng website) chính sách liên quan đến bảo mật và quyền riêng tư của bạn','<strong><a id=\"index\" name=\"index\"></a>Danh mục</strong><br /> <a href=\"#1\">Điều 1: Thu thập thông tin</a><br /> <a href=\"#2\">Điều 2: Lưu trữ &amp; Bảo vệ thông tin</a><br /> <a href=\"#3\">Điều 3: Sử dụng thông tin </a><br /> <a href=\"#4\">Điều 4: Tiếp nhận thông tin từ các đối tác </a><br /> <a href=\"#5\">Điều 5: Chia sẻ thông tin với bên thứ ba</a><br /> <a href=\"#6\">Điều 6: Thay đổi chính sách bảo mật</a>  <hr  /> <h2><a id=\"1\" name=\"1\"></a>Điều 1: Thu thập thông tin</h2>  <h3>1.1. Thu thập tự động:</h3>  <div>Hệ thống này được xây dựng bằng mã nguồn NukeViet. Như mọi website hiện đại khác, chúng tôi sẽ thu thập địa chỉ IP và các thông tin web tiêu chuẩn khác của bạn như: loại trình duyệt, các trang bạn truy cập trong quá trình sử dụng dịch vụ, thông tin về máy tính &amp; thiết bị mạng v.v… cho mục đích phân tích thông tin phục vụ việc bảo mật và giữ an toàn cho hệ thống.</div>  <h3>1.2. Thu thập từ các khai báo của chính bạn:</h3>  <div>Các thông tin do bạn khai báo cho chúng tôi trong quá trình làm việc như: đăng ký tài khoản, liên hệ với chúng tôi... cũng sẽ được chúng tôi lưu trữ phục vụ công việc chăm sóc khách hàng sau này.</div>  <h3>1.3. Thu thập thông tin thông qua việc đặt cookies:</h3>  <p>Như mọi website hiện đại khác, khi bạn truy cập website, chúng tôi (hoặc các công cụ theo dõi hoặc thống kê hoạt động của website do các đối tác cung cấp) sẽ đặt một số File dữ liệu gọi là Cookies lên đĩa cứng hoặc bộ nhớ máy tính của bạn.</p>  <p>Một trong số những Cookies này có thể tồn tại lâu để thuận tiện cho bạn trong quá trình sử dụng, ví dụ như: lưu Email của bạn trong trang đăng nhập để bạn không phải nhập lại v.v…</p>  <h3>1.4. Thu thập và lưu trữ thông tin trong quá khứ:</h3>  <p>Bạn có thể thay đổi thông tin cá nhân của mình bất kỳ lúc nào bằng cách sử dụng chức năng tương ứng. Tuy nhiên chúng tôi sẽ lưu lại những thông tin bị thay đổi để chống các hành vi xóa dấu vết gian lận.</p>  <p style=\"text-align: right;\"><a href=\"#index\">Trở lại danh mục</a></p>  <h2><a id=\"2\" name=\"2\"></a>Điều 2: Lưu trữ &amp; Bảo vệ thông tin</h2>  <div>Hầu hết các thông tin được thu thập sẽ được lưu trữ tại cơ sở dữ liệu của chúng tôi.<br /> <br /> Chúng tôi bảo vệ dữ liệu cá nhân của các bạn bằng các hình thức như: mật khẩu, tường lửa, mã hóa cùng các hình thức thích hợp khác và chỉ cấp phép việc truy cập và xử lý dữ liệu cho các đối tượng phù hợp, ví dụ chính bạn hoặc các nhân viên có trách nhiệm xử lý thông tin với bạn thông qua các bước xác định danh tính phù hợp.<br /> <br /> Mật khẩu của bạn được lưu trữ và bảo vệ bằng phương pháp mã hoá trong cơ sở dữ liệu của hệ thống, vì thế nó rất an toàn. Tuy nhiên, chúng tôi khuyên bạn không nên dùng lại mật khẩu này trên các website khác. Mật khẩu của bạn là cách duy nhất để bạn đăng nhập vào tài khoản thành viên của mình trong website này, vì thế hãy cất giữ nó cẩn thận. Trong mọi trường hợp bạn không nên cung cấp thông tin mật khẩu cho bất kỳ người nào dù là người của chúng tôi, người của NukeViet hay bất kỳ người thứ ba nào khác trừ khi bạn hiểu rõ các rủi ro khi để lộ mật khẩu. Nếu quên mật khẩu, bạn có thể sử dụng chức năng “<a href=\"/users/lostpass/\">Quên mật khẩu</a>” trên website. Để thực hiện việc này, bạn cần phải cung cấp cho hệ thống biết tên thành viên hoặc địa chỉ Email đang sử dụng của mình trong tài khoản, sau đó hệ thống sẽ tạo ra cho bạn mật khẩu mới và gửi đến cho bạn để bạn vẫn có thể đăng nhập vào tài khoản thành viên của mình.  <p style=\"text-align: right;\"><a href=\"#index\">Trở lại danh mục</a></p> </div>  <h2><a id=\"3\" name=\"3\"></a>Điều 3: Sử dụng thông tin</h2>  <p>Thông tin thu thập được sẽ được chúng tôi sử dụng để:</p>  <div>- Cung cấp các dịch vụ hỗ trợ &amp; chăm sóc khách hàng.</div>  <div>- Thực hiện giao dịch thanh toán &amp; gửi các thông báo trong quá trình giao dịch.</div>  <div>- Xử lý khiếu nại, thu phí &amp; giải quyết sự cố.</div>  <div>- Ngăn chặn các hành vi có nguy cơ rủi ro, bị cấm hoặc bất hợp pháp và đảm bảo tuân thủ đúng chính sách “Thỏa thuận người dùng”.</div>  <div>- Đo đạc, tùy biến &amp; cải tiến dịch vụ, nội dung và hình thức của website.</div>  <div>- Gửi bạn các thông tin về chương trình Marketing, các thông báo &amp; chương trình khuyến mại.</div>  <div>- So sánh độ chính xác của thông tin cá nhân của bạn trong quá trình kiểm tra với bên thứ ba.</div>  <p style=\"text-align: right;\"><a href=\"#index\">Trở lại danh mục</a></p>  <h2><a id=\"4\" name=\"4\"></a>Điều 4: Tiếp nhận thông tin từ các đối tác</h2>  <div>Khi sử dụng các công cụ giao dịch và thanh toán thông qua internet, chúng tôi có thể tiếp nhận thêm các thông tin về bạn như địa chỉ username, Email, số tài khoản ngân hàng... Chúng tôi kiểm tra những thông tin này với cơ sở dữ liệu người dùng của mình nhằm xác nhận rằng bạn có phải là khách hàng của chúng tôi hay không nhằm giúp việc thực hiện các dịch vụ cho bạn được thuận lợi.<br /> <br /> Các thông tin tiếp nhận được sẽ được chúng tôi bảo mật như những thông tin mà chúng tôi thu thập được trực tiếp từ bạn.</div>  <p style=\"text-align: right;\"><a href=\"#index\">Trở lại danh mục</a></p>  <h2><a id=\"5\" name=\"5\"></a>Điều 5: Chia sẻ thông tin với bên thứ ba</h2>  <p>Chúng tôi sẽ không chia sẻ thông tin cá nhân, thông tin tài chính... của bạn cho các bên thứ 3 trừ khi được sự đồng ý của chính bạn hoặc khi chúng tôi buộc phải tuân thủ theo các quy định pháp luật hoặc khi có yêu cầu từ cơ quan công quyền có thẩm quyền.</p>  <p style=\"text-align: right;\"><a href=\"#index\">Trở lại danh mục</a></p>  <h2><a id=\"6\" name=\"6\"></a>Điều 6: Thay đổi chính sách bảo mật</h2>  <p>Chính sách Bảo mật này có thể thay đổi theo thời gian. Chúng tôi sẽ không giảm quyền của bạn theo Chính sách Bảo mật này mà không có sự đồng ý rõ ràng của bạn. Chúng tôi sẽ đăng bất kỳ thay đổi Chính sách Bảo mật nào trên trang này và, nếu những thay đổi này quan trọng, chúng tôi sẽ cung cấp thông báo nổi bật hơn (bao gồm, đối với một số dịch vụ nhất định, thông báo bằng email về các thay đổi của Chính sách Bảo mật).</p>  <p style=\"text-align: right;\"><a href=\"#index\">Trở lại danh mục</a></p>  <p style=\"text-align: right;\">Chính sách bảo mật mặc định này được xây dựng cho <a href=\"http://nukeviet.vn\" target=\"_blank\">NukeViet CMS</a>, được tham khảo từ website <a href=\"http://webnhanh.vn/vi/thiet-ke-web/detail/Chinh-sach-bao-mat-Quyen-rieng-tu-Privacy-Policy-2147/\">webnhanh.vn</a></p>','',0,'4','',1,1,1796235651,1796235651,1,1,0);
INSERT INTO `nv4_vi_siteterms` VALUES (2,'Điều khoản và điều kiện sử dụng','terms-and-conditions','','',0,'Đây là các điều khoản và điều kiện áp dụng cho website này. Truy cập và sử dụng website tức là bạn đã đồng ý với các quy định này.','<div>Cảm ơn bạn đã sử dụng. Xin vui lòng đọc các Điều khoản một cách cẩn thận, và <a href=\"/contact/\">liên hệ</a> với chúng tôi nếu bạn có bất kỳ câu hỏi. Bằng việc truy cập hoặc sử dụng website của chúng tôi, bạn đồng ý bị ràng buộc bởi các <a href=\"/siteterms/terms-and-conditions.html\">Điều khoản và điều kiện</a> sử dụng cũng như <a href=\"/siteterms/privacy.html\">Chính sách bảo mật</a> của chúng tôi. Nếu không đồng ý với các quy định này, bạn vui lòng ngưng sử dụng website.<br /> <br /> <strong><a id=\"index\" name=\"index\"></a>Danh mục</strong><br /> <a href=\"#1\">Điều 1: Điều khoản liên quan đến phần mềm vận hành website</a><br /> <a href=\"#2\">Điều 2: Giới hạn cho việc sử dụng Website và các tài liệu trên website</a><br /> <a href=\"#3\">Điều 3: Sử dụng thương hiệu</a><br /> <a href=\"#4\">Điều 4: Các hành vi bị nghiêm cấm</a><br /> <a href=\"#5\">Điều 5: Các đường liên kết đến các website khác</a><br /> <a href=\"#6\">Điều 6: Từ chối bảo đảm</a><br /> <a href=\"#7\">Điều 7: Luật áp dụng và cơ quan giải quyết tranh chấp</a><br /> <a href=\"#8\">Điều 8: Thay đổi điều khoản và điều kiện sử dụng</a></div>  <hr  /> <h2><a id=\"1\" name=\"1\"></a>Điều khoản liên quan đến phần mềm vận hành website</h2>  <p>- Website của chúng tôi sử dụng hệ thống NukeViet, là giải pháp về website/ cổng thông tin nguồn mở được phát hành theo giấy phép bản quyền phần mềm tự do nguồn mở “<a href=\"http://www.gnu.org/licenses/old-licenses/gpl-2.0.html\" target=\"_blank\">GNU General Public License</a>” (viết tắt là GNU/GPL hay GPL) và có thể tải về miễn phí tại trang web <a href=\"http://www.nukeviet.vn\" target=\"_blank\">www.nukeviet.vn</a>.<br /> - Website này do chúng tôi sở hữu, điều hành và duy trì. NukeViet (hiểu ở đây là “hệ thống NukeViet” (bao gồm nhân hệ thống NukeViet và các sản phẩm phái sinh như NukeViet CMS, NukeViet Portal, <a href=\"http://edu.nukeviet.vn\" target=\"_blank\">NukeViet Edu Gate</a>...), “www.nukeviet.vn”, “tổ chức NukeViet”, “ban điều hành NukeViet”, &quot;Ban Quản Trị NukeViet&quot; và nói chung là những gì liên quan đến NukeViet...) không liên quan gì đến việc chúng tôi điều hành website cũng như quy định bạn được phép làm và không được phép làm gì trên website này.<br /> - Hệ thống NukeViet là bộ mã nguồn được phát triển để xây dựng các website/ cổng thông tin trên mạng. Chúng tôi (chủ sở hữu, điều hành và duy trì website này) không hỗ trợ và khẳng định hay ngụ ý về việc có liên quan đến NukeViet. Để biết thêm nhiều thông tin về NukeViet, hãy ghé thăm website của NukeViet tại địa chỉ: <a href=\"http://nukeviet.vn\" target=\"_blank\">http://nukeviet.vn</a>.</p>  <p style=\"text-align: right;\"><a href=\"#index\">Trở lại danh mục</a></p>  <h2><a id=\"2\" name=\"2\"></a>Giới hạn cho việc sử dụng Website và các tài liệu trên website</h2>  <p>- Tất cả các quyền liên quan đến tất cả tài liệu và thông tin được hiển thị và/ hoặc được tạo ra sẵn cho Website này (ví dụ như những tài liệu được cung cấp để tải về) được quản lý, sở hữu hoặc được cho phép sử dụng bởi chúng tôi hoặc chủ sở hữu tương ứng với giấy phép tương ứng. Việc sử dụng các tài liệu và thông tin phải được tuân thủ theo giấy phép tương ứng được áp dụng cho chúng.<br /> - Ngoại trừ các tài liệu được cấp phép rõ ràng dưới dạng giấy phép tư liệu mở&nbsp;Creative Commons (gọi là giấy phép CC) cho phép bạn khai thác và chia sẻ theo quy định của giấy phép tư liệu mở, đối với các loại tài liệu không ghi giấy phép rõ ràng thì bạn không được phép sử dụng (bao gồm nhưng không giới hạn việc sao chép, chỉnh sửa toàn bộ hay một phần, đăng tải, phân phối, cấp phép, bán và xuất bản) bất cứ tài liệu nào mà không có sự cho phép trước bằng văn bản của chúng tôi ngoại trừ việc sử dụng cho mục đích cá nhân, nội bộ, phi thương mại.<br /> - Một số tài liệu hoặc thông tin có những điều khoản và điều kiện áp dụng riêng cho chúng không phải là giấy phép tư liệu mở, trong trường hợp như vậy, bạn được yêu cầu phải chấp nhận các điều khoản và điều kiện đó khi truy cập vào các tài liệu và thông tin này.</p>  <p style=\"text-align: right;\"><a href=\"#index\">Trở lại danh mục</a></p>  <h2><a id=\"3\" name=\"3\"></a>Sử dụng thương hiệu</h2>  <p>- VINADES.,JSC, NukeViet và thương hiệu gắn với NukeViet (ví dụ NukeViet CMS, NukeViet Portal, NukeViet Edu Gate...), logo công ty VINADES thuộc sở hữu của Công ty cổ phần phát triển nguồn mở Việt Nam.<br /> - Những tên sản phẩm, tên dịch vụ khác, logo và/ hoặc những tên công ty được sử dụng trong Website này là những tài sản đã được đăng ký độc quyền và được giữ bản quyền bởi những người sở hữu và/ hoặc người cấp phép tương ứng.</p>  <p style=\"text-align: right;\"><a href=\"#index\">Trở lại danh mục</a></p>  <h2><a id=\"4\" name=\"4\"></a>Các hành vi bị nghiêm cấm</h2>  <p>Người truy cập website này không được thực hiện những hành vi dưới đây khi sử dụng website:<br /> - Xâm phạm các quyền hợp pháp (bao gồm nhưng không giới hạn đối với các quyền riêng tư và chung) của người khác.<br /> - Gây ra sự thiệt hại hoặc bất lợi cho người khác.<br /> - Làm xáo trộn trật tự công cộng.<br /> - Hành vi liên quan đến tội phạm.<br /> - Tải lên hoặc phát tán thông tin riêng tư của tổ chức, cá nhân khác mà không được sự chấp thuận của họ.<br /> - Sử dụng Website này vào mục đích thương mại mà chưa được sự cho phép của chúng tôi.<br /> - Nói xấu, làm nhục, phỉ báng người khác.<br /> - Tải lên các tập tin chứa virus hoặc các tập tin bị hư mà có thể gây thiệt hại đến sự vận hành của máy tính khác.<br /> - Những hoạt động có khả năng ảnh hưởng đến hoạt động bình thường của website.<br /> - Những hoạt động mà chúng tôi cho là không thích hợp.<br /> - Những hoạt động bất hợp pháp hoặc bị cấm bởi pháp luật hiện hành.</p>  <p style=\"text-align: right;\"><a href=\"#index\">Trở lại danh mục</a></p>  <h2><a id=\"5\" name=\"5\"></a>Các đường liên kết đến các website khác</h2>  <p>- Các website của các bên thứ ba (không phải các trang do chúng tôi quản lý) được liên kết đến hoặc từ website này (&quot;Các website khác&quot;) được điều hành và duy trì hoàn toàn độc lập bởi các bên thứ ba đó và không nằm trong quyền điều khiển và/hoặc giám sát của chúng tôi. Việc truy cập các website khác phải được tuân thủ theo các điều khoản và điều kiện quy định bởi ban điều hành của website đó.<br /> - Chúng tôi không chịu trách nhiệm cho sự mất mát hoặc thiệt hại do việc truy cập và sử dụng các website bên ngoài, và bạn phải chịu mọi rủi ro khi truy cập các website đó.<br /> - Không có nội dung nào trong Website này thể hiện như một sự đảm bảo của chúng tôi về nội dung của các website khác và các sản phẩm và/ hoặc các dịch vụ xuất hiện và/ hoặc được cung cấp tại các website khác.</p>  <p style=\"text-align: right;\"><a href=\"#index\">Trở lại danh mục</a></p>  <h2><a id=\"6\" name=\"6\"></a>Từ chối bảo đảm</h2>  <p>NGOẠI TRỪ PHẠM VI BỊ CẤM THEO LUẬT PHÁP HIỆN HÀNH, CHÚNG TÔI SẼ:<br /> - KHÔNG CHỊU TRÁCH NHIỆM HAY BẢO ĐẢM, MỘT CÁCH RÕ RÀNG HAY NGỤ Ý, BAO GỒM SỰ BẢO ĐẢM VỀ TÍNH CHÍNH XÁC, MỨC ĐỘ TIN CẬY, HOÀN THIỆN, PHÙ HỢP CHO MỤC ĐÍCH CỤ THỂ, SỰ KHÔNG XÂM PHẠM QUYỀN CỦA BÊN THỨ 3 VÀ/HOẶC TÍNH AN TOÀN CỦA NỘI DỤNG WEBSITE NÀY, VÀ NHỮNG TUYÊN BỐ, ĐẢM BẢO CÓ LIÊN QUAN.<br /> - KHÔNG CHỊU TRÁCH NHIỆM CHO BẤT KỲ SỰ THIỆT HẠI HAY MẤT MÁT PHÁT SINH TỪ VIỆC TRUY CẬP VÀ SỬ DỤNG WEBSITE HAY VIỆC KHÔNG THỂ SỬ DỤNG WEBSITE.<br /> - CHÚNG TÔI CÓ THỂ THAY ĐỔI VÀ/HOẶC THAY THẾ NỘI DUNG CỦA WEBSITE NÀY, HOẶC TẠM HOÃN HOẶC NGƯNG CUNG CẤP CÁC DỊCH VỤ QUA WEBSITE NÀY VÀO BẤT KỲ THỜI ĐIỂM NÀO MÀ KHÔNG CẦN THÔNG BÁO TRƯỚC. CHÚNG TÔI SẼ KHÔNG CHỊU TRÁCH NHIỆM CHO BẤT CỨ THIỆT HẠI NÀO PHÁT SINH DO SỰ THAY ĐỔI HOẶC THAY THẾ NỘI DUNG CỦA WEBSITE.</p>  <p style=\"text-align: right;\"><a href=\"#index\">Trở lại danh mục</a></p>  <h2><a id=\"7\" name=\"7\"></a>Luật áp dụng và cơ quan giải quyết tranh chấp</h2>  <p>- Các Điều Khoản và Điều Kiện này được điều chỉnh và giải thích theo luật của Việt Nam trừ khi có điều khoản khác được cung cấp thêm. Tất cả tranh chấp phát sinh liên quan đến website này và các Điều Khoản và Điều Kiện sử dụng này sẽ được giải quyết tại các tòa án ở Việt Nam.<br /> - Nếu một phần nào đó của các Điều Khoản và Điều Kiện bị xem là không có giá trị, vô hiệu, hoặc không áp dụng được vì lý do nào đó, phần đó được xem như là phần riêng biệt và không ảnh hưởng đến tính hiệu lực của phần còn lại.<br /> - Trong trường hợp có sự mâu thuẫn giữa bản Tiếng Anh và bản Tiếng Việt của bản Điều Khoản và Điều Kiện này, bản Tiếng Việt sẽ được ưu tiên áp dụng.</p>  <p style=\"text-align: right;\"><a href=\"#index\">Trở lại danh mục</a></p>  <h2><a id=\"8\" name=\"8\"></a>Thay đổi điều khoản và điều kiện sử dụng</h2>  <div>Điều khoản và điều kiện sử dụng có thể thay đổi theo thời gian. Chúng tôi bảo lưu quyền thay đổi hoặc sửa đổi bất kỳ điều khoản và điều kiện cũng như các quy định khác, bất cứ lúc nào và theo ý mình. Chúng tôi sẽ có thông báo trên website khi có sự thay đổi. Tiếp tục sử dụng trang web này sau khi đăng các thay đổi tức là bạn đã chấp nhận các thay đổi đó. <p style=\"text-align: right;\"><a href=\"#index\">Trở lại danh mục</a></p> </div>','',0,'4','',2,1,1796235651,1796235651,1,1,0);
/*!40000 ALTER TABLE `nv4_vi_siteterms` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_siteterms_config`
--

DROP TABLE IF EXISTS `nv4_vi_siteterms_config`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_siteterms_config` (
  `config_name` varchar(30) NOT NULL,
  `config_value` varchar(255) NOT NULL,
  UNIQUE KEY `config_name` (`config_name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_siteterms_config`
--

LOCK TABLES `nv4_vi_siteterms_config` WRITE;
/*!40000 ALTER TABLE `nv4_vi_siteterms_config` DISABLE KEYS */;
INSERT INTO `nv4_vi_siteterms_config` VALUES ('viewtype','0');
INSERT INTO `nv4_vi_siteterms_config` VALUES ('facebookapi','');
INSERT INTO `nv4_vi_siteterms_config` VALUES ('per_page','20');
INSERT INTO `nv4_vi_siteterms_config` VALUES ('news_first','0');
INSERT INTO `nv4_vi_siteterms_config` VALUES ('related_articles','5');
INSERT INTO `nv4_vi_siteterms_config` VALUES ('copy_page','0');
INSERT INTO `nv4_vi_siteterms_config` VALUES ('alias_lower','1');
INSERT INTO `nv4_vi_siteterms_config` VALUES ('socialbutton','facebook,twitter');
/*!40000 ALTER TABLE `nv4_vi_siteterms_config` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_voting`
--

DROP TABLE IF EXISTS `nv4_vi_voting`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_voting` (
  `vid` smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  `question` varchar(250) NOT NULL,
  `link` varchar(255) DEFAULT '',
  `acceptcm` int(2) NOT NULL DEFAULT 1,
  `active_captcha` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `admin_id` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `groups_view` varchar(255) DEFAULT '',
  `publ_time` int(11) unsigned NOT NULL DEFAULT 0,
  `exp_time` int(11) unsigned NOT NULL DEFAULT 0,
  `act` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `vote_one` tinyint(1) unsigned NOT NULL DEFAULT 0 COMMENT '0 cho phép vote nhiều lần 1 cho phép vote 1 lần',
  PRIMARY KEY (`vid`),
  UNIQUE KEY `question` (`question`)
) ENGINE=MyISAM AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_voting`
--

LOCK TABLES `nv4_vi_voting` WRITE;
/*!40000 ALTER TABLE `nv4_vi_voting` DISABLE KEYS */;
INSERT INTO `nv4_vi_voting` VALUES (5,'Sản phẩm OCOP nào của xã bạn yêu thích? &#40;chọn nhiều&#41;','https://ocop.gov.vn',3,0,1,'6',1750012620,0,1,0);
INSERT INTO `nv4_vi_voting` VALUES (4,'Bạn đánh giá thế nào về chất lượng đường giao thông nông thôn của xã?','',1,0,1,'6',1748803020,0,1,0);
/*!40000 ALTER TABLE `nv4_vi_voting` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_voting_rows`
--

DROP TABLE IF EXISTS `nv4_vi_voting_rows`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_voting_rows` (
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `vid` smallint(5) unsigned NOT NULL,
  `title` varchar(245) NOT NULL DEFAULT '',
  `url` varchar(255) DEFAULT '',
  `hitstotal` int(11) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `vid` (`vid`,`title`)
) ENGINE=MyISAM AUTO_INCREMENT=22 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_voting_rows`
--

LOCK TABLES `nv4_vi_voting_rows` WRITE;
/*!40000 ALTER TABLE `nv4_vi_voting_rows` DISABLE KEYS */;
INSERT INTO `nv4_vi_voting_rows` VALUES (21,5,'Miến dong','https://example.com/mien-dong',2);
INSERT INTO `nv4_vi_voting_rows` VALUES (19,5,'Mật ong &amp; sáp ong','',2);
INSERT INTO `nv4_vi_voting_rows` VALUES (20,5,'Gạo hữu cơ &quot;Đồng Tâm&quot;','',2);
INSERT INTO `nv4_vi_voting_rows` VALUES (18,5,'Chè Shan tuyết','',4);
INSERT INTO `nv4_vi_voting_rows` VALUES (17,4,'Cần nâng cấp &#40;đường hẹp &#x002F; xuống cấp&#41;','',1);
INSERT INTO `nv4_vi_voting_rows` VALUES (15,4,'Tốt &amp; đang cải thiện','',3);
INSERT INTO `nv4_vi_voting_rows` VALUES (16,4,'Bình thường','',1);
INSERT INTO `nv4_vi_voting_rows` VALUES (14,4,'Rất tốt','',1);
/*!40000 ALTER TABLE `nv4_vi_voting_rows` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `nv4_vi_voting_voted`
--

DROP TABLE IF EXISTS `nv4_vi_voting_voted`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nv4_vi_voting_voted` (
  `vid` smallint(5) unsigned NOT NULL,
  `voted` text DEFAULT NULL,
  UNIQUE KEY `vid` (`vid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `nv4_vi_voting_voted`
--

LOCK TABLES `nv4_vi_voting_voted` WRITE;
/*!40000 ALTER TABLE `nv4_vi_voting_voted` DISABLE KEYS */;
/*!40000 ALTER TABLE `nv4_vi_voting_voted` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed
