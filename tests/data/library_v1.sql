-- A library as the first release (schema version 1) wrote it: one page of three lines, one item, and an
-- editor's correction and theme on it.
PRAGMA user_version = 1;
CREATE TABLE page (
	id INTEGER NOT NULL,
	name VARCHAR NOT NULL,
	content_hash VARCHAR NOT NULL,
	raw VARCHAR NOT NULL,
	status VARCHAR NOT NULL,
	imported_at VARCHAR NOT NULL,
	PRIMARY KEY (id),
	UNIQUE (name),
	UNIQUE (content_hash)
);
CREATE TABLE line (
	page_id INTEGER NOT NULL,
	line INTEGER NOT NULL,
	item INTEGER,
	role VARCHAR NOT NULL,
	brk VARCHAR NOT NULL,
	correction VARCHAR,
	edited INTEGER NOT NULL,
	rule VARCHAR NOT NULL,
	confidence FLOAT NOT NULL,
	PRIMARY KEY (page_id, line),
	FOREIGN KEY(page_id) REFERENCES page (id) ON DELETE CASCADE
);
CREATE TABLE item (
	page_id INTEGER NOT NULL,
	"key" INTEGER NOT NULL,
	kind VARCHAR NOT NULL,
	kind_edited BOOLEAN NOT NULL,
	tags VARCHAR NOT NULL,
	PRIMARY KEY (page_id, "key"),
	FOREIGN KEY(page_id) REFERENCES page (id) ON DELETE CASCADE
);
INSERT INTO page VALUES (1, 'p1', 'abc123', '高扬党建之帆
■ 本报记者 朱海波

本报讯　全市审计系统', 'review', '2026-01-05T09:00:00+00:00');
INSERT INTO line VALUES (1, 1, 1, 'title', 'P', NULL, 0, 'headline', 0.9);
INSERT INTO line VALUES (1, 2, 1, 'byline', 'P', NULL, 2, 'byline-mark', 1.0);
INSERT INTO line VALUES (1, 4, 1, 'body', 'P', '本报讯 全市审计系统', 8, 'first-line', 1.0);
INSERT INTO item VALUES (1, 1, 'article', 0, '["党建品牌"]');
