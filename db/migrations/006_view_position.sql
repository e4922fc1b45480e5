-- 006: the view position of radiograph series (PA, AP, LL…), to compare like with like.
-- Series indexed before this version keep it empty (unknown).
ALTER TABLE series ADD COLUMN view_position TEXT NOT NULL DEFAULT '';
