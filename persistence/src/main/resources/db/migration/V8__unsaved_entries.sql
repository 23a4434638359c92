-- What an applicant typed into a wizard step that did not pass its checks (encrypted JSON), so that
-- a reload shows it again to be corrected; cleared once the step is saved.

ALTER TABLE seal_order ADD COLUMN unsaved_entries VARCHAR(8000);
