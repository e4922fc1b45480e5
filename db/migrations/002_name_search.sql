-- 002: word-prefix search on patient names through FTS5, so that a search by name stays fast
-- at a million instances ("pop ion" finds "Popescu^Ion"; names are stored folded by searchKey).
CREATE VIRTUAL TABLE patient_names USING fts5(
    name_key, content='patients', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');
INSERT INTO patient_names(patient_names) VALUES ('rebuild');
CREATE TRIGGER patients_names_insert AFTER INSERT ON patients BEGIN
    INSERT INTO patient_names(rowid, name_key) VALUES (new.id, new.name_key);
END;
CREATE TRIGGER patients_names_delete AFTER DELETE ON patients BEGIN
    INSERT INTO patient_names(patient_names, rowid, name_key) VALUES ('delete', old.id, old.name_key);
END;
CREATE TRIGGER patients_names_update AFTER UPDATE OF name_key ON patients BEGIN
    INSERT INTO patient_names(patient_names, rowid, name_key) VALUES ('delete', old.id, old.name_key);
    INSERT INTO patient_names(rowid, name_key) VALUES (new.id, new.name_key);
END;
