-- Why a reviewer stands aside from an organisation, as the reviewer declared it.
ALTER TABLE reviewer_conflict ADD COLUMN reason VARCHAR(500);
