"""The gazetteer's SQLite tables: places, their normalised names, admin1 names, load progress."""

SCHEMA = """
CREATE TABLE IF NOT EXISTS places (
    id INTEGER PRIMARY KEY,          -- the GeoNames id, or a negative id for a place made without one
    geonameid INTEGER,
    name TEXT NOT NULL,
    lat REAL,
    lon REAL,
    country TEXT,
    admin1 TEXT,
    feature_class TEXT,
    feature_code TEXT,
    population INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS names (
    norm TEXT NOT NULL,
    place_id INTEGER NOT NULL,
    kind TEXT NOT NULL,              -- name, ascii, alternate, alias
    PRIMARY KEY (norm, place_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS names_place ON names (place_id);
CREATE INDEX IF NOT EXISTS places_admin ON places (country, admin1, feature_code);
CREATE TABLE IF NOT EXISTS admin1_names (
    country TEXT NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (country, code)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS loads (
    file TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    lines_done INTEGER NOT NULL,
    done INTEGER NOT NULL,
    PRIMARY KEY (file, sha256)
);
"""
