-- Uploaded scans may live outside the database (a directory every server shares): the row then keeps where, with
-- the SHA-256 and the rest, and no bytes.
ALTER TABLE order_document ALTER COLUMN content_cipher DROP NOT NULL;
ALTER TABLE order_document ADD COLUMN store_key VARCHAR(100);
ALTER TABLE order_document ADD CONSTRAINT order_document_kept
    CHECK ((content_cipher IS NULL) <> (store_key IS NULL));
