-- NukeViet 4 table definitions for the tables import_nukeviet reads, as the install SQL of
-- NukeViet 4.x (modules/news/action_mysql.php, modules/voting/action_mysql.php, the core's
-- install/action_mysql.php) and module-laws 4.5 (modules/laws/action_mysql.php, plus
-- `area_ids` from its 4.5.03 update) create them, with prefix nv4 and language vi.

CREATE TABLE nv4_vi_news_cat (
  catid smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  parentid smallint(5) unsigned NOT NULL DEFAULT '0',
  title varchar(250) NOT NULL,
  titlesite varchar(250) DEFAULT '',
  alias varchar(250) NOT NULL DEFAULT '',
  description text,
  descriptionhtml text,
  image varchar(255) DEFAULT '',
  viewdescription tinyint(2) NOT NULL DEFAULT '0',
  weight smallint(5) unsigned NOT NULL DEFAULT '0',
  sort smallint(5) NOT NULL DEFAULT '0',
  lev smallint(5) NOT NULL DEFAULT '0',
  viewcat varchar(50) NOT NULL DEFAULT 'viewcat_page_new',
  numsubcat smallint(5) NOT NULL DEFAULT '0',
  subcatid varchar(255) DEFAULT '',
  inhome tinyint(1) unsigned NOT NULL DEFAULT '0',
  numlinks tinyint(2) unsigned NOT NULL DEFAULT '3',
  newday tinyint(2) unsigned NOT NULL DEFAULT '2',
  featured int(11) NOT NULL DEFAULT '0',
  ad_block_cat varchar(255) NOT NULL DEFAULT '',
  keywords text,
  admins text,
  add_time int(11) unsigned NOT NULL DEFAULT '0',
  edit_time int(11) unsigned NOT NULL DEFAULT '0',
  groups_view varchar(255) DEFAULT '',
  PRIMARY KEY (catid),
  UNIQUE KEY alias (alias),
  KEY parentid (parentid)
) ENGINE=MyISAM;

CREATE TABLE nv4_vi_news_sources (
  sourceid mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  title varchar(250) NOT NULL DEFAULT '',
  link varchar(255) DEFAULT '',
  logo varchar(255) DEFAULT '',
  weight mediumint(8) unsigned NOT NULL DEFAULT '0',
  add_time int(11) unsigned NOT NULL,
  edit_time int(11) unsigned NOT NULL,
  PRIMARY KEY (sourceid),
  UNIQUE KEY title (title)
) ENGINE=MyISAM;

CREATE TABLE nv4_vi_news_rows (
  id int(11) unsigned NOT NULL auto_increment,
  catid smallint(5) unsigned NOT NULL default '0',
  listcatid varchar(255) NOT NULL default '',
  topicid smallint(5) unsigned NOT NULL default '0',
  admin_id mediumint(8) unsigned NOT NULL default '0',
  author varchar(250) default '',
  sourceid mediumint(8) NOT NULL default '0',
  addtime int(11) unsigned NOT NULL default '0',
  edittime int(11) unsigned NOT NULL default '0',
  status tinyint(4) NOT NULL default '1',
  weight int(11) unsigned NOT NULL default '0',
  publtime int(11) unsigned NOT NULL default '0',
  exptime int(11) unsigned NOT NULL default '0',
  archive tinyint(1) unsigned NOT NULL default '0',
  title varchar(250) NOT NULL default '',
  alias varchar(250) NOT NULL default '',
  hometext text NOT NULL,
  homeimgfile varchar(255) default '',
  homeimgalt varchar(255) default '',
  homeimgthumb tinyint(4) NOT NULL default '0',
  inhome tinyint(1) unsigned NOT NULL default '0',
  allowed_comm varchar(255) default '',
  allowed_rating tinyint(1) unsigned NOT NULL default '0',
  external_link tinyint(1) unsigned NOT NULL default '0',
  hitstotal mediumint(8) unsigned NOT NULL default '0',
  hitscm mediumint(8) unsigned NOT NULL default '0',
  total_rating int(11) NOT NULL default '0',
  click_rating int(11) NOT NULL default '0',
  instant_active tinyint(1) NOT NULL default '0',
  instant_template varchar(100) NOT NULL default '',
  instant_creatauto tinyint(1) NOT NULL default '0',
  layout_func varchar(100) DEFAULT '',
  PRIMARY KEY (id),
  KEY catid (catid),
  KEY topicid (topicid),
  KEY admin_id (admin_id),
  KEY author (author),
  KEY title (title),
  KEY addtime (addtime),
  KEY edittime (edittime),
  KEY publtime (publtime),
  KEY exptime (exptime),
  KEY status (status),
  KEY instant_active (instant_active),
  KEY instant_creatauto (instant_creatauto)
) ENGINE=MyISAM;

-- NukeViet keeps a copy of every article in one table per category; the importer must ignore them.
CREATE TABLE nv4_vi_news_2 LIKE nv4_vi_news_rows;

CREATE TABLE nv4_vi_news_detail (
  id int(11) unsigned NOT NULL,
  titlesite varchar(255) NOT NULL DEFAULT '',
  description text NOT NULL,
  bodyhtml longtext NOT NULL,
  keywords varchar(255) default '',
  sourcetext varchar(255) default '',
  files TEXT NULL,
  imgposition tinyint(1) NOT NULL default '1',
  layout_func varchar(100) DEFAULT '',
  copyright tinyint(1) NOT NULL default '0',
  allowed_send tinyint(1) NOT NULL default '0',
  allowed_print tinyint(1) NOT NULL default '0',
  allowed_save tinyint(1) NOT NULL default '0',
  auto_nav tinyint(1) NOT NULL default '0',
  group_view varchar(255) NULL DEFAULT '',
  PRIMARY KEY (id)
) ENGINE=MyISAM;

CREATE TABLE nv4_vi_news_tags (
  tid mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  numnews mediumint(8) NOT NULL DEFAULT '0',
  alias varchar(250) NOT NULL DEFAULT '',
  image varchar(255) DEFAULT '',
  description text,
  keywords varchar(255) DEFAULT '',
  PRIMARY KEY (tid),
  UNIQUE KEY alias (alias)
) ENGINE=MyISAM;

CREATE TABLE nv4_vi_news_tags_id (
  id int(11) NOT NULL,
  tid mediumint(9) NOT NULL,
  keyword varchar(65) NOT NULL,
  UNIQUE KEY id_tid (id,tid),
  KEY tid (tid)
) ENGINE=MyISAM;

CREATE TABLE nv4_vi_laws_area (
  id smallint(4) unsigned NOT NULL AUTO_INCREMENT,
  parentid smallint(4) unsigned NOT NULL DEFAULT '0',
  alias varchar(249) NOT NULL,
  title varchar(249) NOT NULL,
  introduction mediumtext NOT NULL,
  keywords varchar(255) NOT NULL,
  addtime int(11) unsigned NOT NULL DEFAULT '0',
  weight smallint(4) unsigned NOT NULL DEFAULT '0',
  sort smallint(5) unsigned NOT NULL DEFAULT '1' COMMENT 'Thứ tự tổng thể',
  lev tinyint(1) unsigned NOT NULL DEFAULT '0' COMMENT 'Cấp bậc',
  numsubcat tinyint(1) unsigned NOT NULL DEFAULT '0' COMMENT 'Số lĩnh vực con',
  subcatid varchar(255) NOT NULL DEFAULT '' COMMENT 'Danh sách ID lĩnh vực con, phân cách bởi dấu phảy',
  PRIMARY KEY (id),
  UNIQUE KEY alias (alias,parentid),
  KEY weight (weight),
  KEY sort (sort)
) ENGINE=MyISAM;

CREATE TABLE nv4_vi_laws_cat (
  id smallint(4) unsigned NOT NULL AUTO_INCREMENT,
  parentid smallint(4) unsigned NOT NULL DEFAULT '0',
  alias varchar(249) NOT NULL,
  title varchar(249) NOT NULL,
  introduction mediumtext NOT NULL,
  keywords varchar(255) NOT NULL,
  newday tinyint(2) unsigned NOT NULL DEFAULT '5',
  addtime int(11) unsigned NOT NULL DEFAULT '0',
  weight smallint(4) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id),
  UNIQUE KEY alias (alias,parentid),
  KEY weight (weight)
) ENGINE=MyISAM;

CREATE TABLE nv4_vi_laws_subject (
  id smallint(4) unsigned NOT NULL AUTO_INCREMENT,
  alias varchar(250) NOT NULL,
  title varchar(250) NOT NULL,
  introduction mediumtext NOT NULL,
  keywords varchar(255) NOT NULL,
  numcount int(10) NOT NULL DEFAULT '0',
  numlink tinyint(2) NOT NULL DEFAULT '5',
  addtime int(11) unsigned NOT NULL DEFAULT '0',
  weight smallint(4) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id),
  UNIQUE KEY alias (alias),
  KEY weight (weight)
) ENGINE=MyISAM;

CREATE TABLE nv4_vi_laws_row (
  id int(10) NOT NULL AUTO_INCREMENT,
  replacement varchar(255) NOT NULL DEFAULT '',
  relatement varchar(255) NOT NULL DEFAULT '',
  title varchar(255) NOT NULL,
  alias varchar(255) NOT NULL,
  code varchar(50) NOT NULL,
  area_ids varchar(191) NOT NULL DEFAULT '',
  cid smallint(4) unsigned NOT NULL DEFAULT '0',
  sid smallint(4) unsigned NOT NULL DEFAULT '0',
  eid smallint(4) unsigned NOT NULL DEFAULT '0',
  sgid smallint(4) unsigned NOT NULL DEFAULT '0',
  note text NOT NULL,
  introtext text NOT NULL,
  bodytext mediumtext NOT NULL,
  keywords varchar(255) NOT NULL,
  groups_view varchar(255) NOT NULL,
  groups_download varchar(255) NOT NULL,
  files mediumtext NOT NULL,
  status tinyint(1) NOT NULL,
  approval tinyint(1) NOT NULL,
  addtime int(11) NOT NULL,
  edittime int(11) NOT NULL,
  publtime int(11) NOT NULL DEFAULT '0',
  start_comm_time int(11) NULL,
  end_comm_time int(11) NULL,
  startvalid int(11) NOT NULL DEFAULT '0',
  exptime int(11) NOT NULL DEFAULT '0',
  view_hits mediumint(8) unsigned NOT NULL DEFAULT '0',
  download_hits mediumint(8) unsigned NOT NULL DEFAULT '0',
  admin_add mediumint(8) unsigned NOT NULL DEFAULT '0',
  admin_edit mediumint(8) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id),
  KEY area_ids (area_ids)
) ENGINE=MyISAM;

CREATE TABLE nv4_vi_laws_row_area (
  row_id INT(10) UNSIGNED NOT NULL,
  area_id SMALLINT(4) UNSIGNED NOT NULL,
  UNIQUE KEY alias (row_id, area_id)
) ENGINE=MyISAM;

CREATE TABLE nv4_vi_laws_signer (
  id smallint(4) unsigned NOT NULL AUTO_INCREMENT,
  title varchar(255) NOT NULL,
  offices varchar(255) NOT NULL DEFAULT '',
  positions varchar(255) NOT NULL DEFAULT '',
  addtime int(11) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id)
) ENGINE=MyISAM;

CREATE TABLE nv4_vi_laws_set_replace (
  id mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  oid mediumint(8) unsigned NOT NULL DEFAULT '0',
  nid mediumint(8) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id)
) ENGINE=MyISAM;

CREATE TABLE nv4_vi_voting (
  vid smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  question varchar(255) NOT NULL,
  link varchar(255) default '',
  acceptcm int(2) NOT NULL DEFAULT '1',
  admin_id mediumint(8) unsigned NOT NULL DEFAULT '0',
  groups_view varchar(255) default '',
  publ_time int(11) unsigned NOT NULL DEFAULT '0',
  exp_time int(11) unsigned NOT NULL DEFAULT '0',
  act tinyint(1) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (vid),
  UNIQUE KEY question (question)
) ENGINE=MyISAM;

CREATE TABLE nv4_vi_voting_rows (
  id mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  vid smallint(5) unsigned NOT NULL,
  title varchar(255) NOT NULL DEFAULT '',
  url varchar(255) DEFAULT '',
  hitstotal int(11) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (id),
  UNIQUE KEY vid (vid,title)
) ENGINE=MyISAM;

CREATE TABLE nv4_counter (
  c_type varchar(100) NOT NULL,
  c_val varchar(100) NOT NULL,
  last_update int(11) NOT NULL DEFAULT '0',
  c_count int(11) unsigned NOT NULL DEFAULT '0',
  vi_count int(11) unsigned NOT NULL DEFAULT '0',
  UNIQUE KEY c_type (c_type,c_val)
) ENGINE=MyISAM;
