-- The platform's own seal (the seller's seal on invoices and PDFs): one per platform certificate, made the first
-- time a server starts with that certificate. The unique serial lets two servers starting together make it once.

CREATE TABLE platform_seal (
    es_id              VARCHAR(40)  PRIMARY KEY,
    certificate_serial VARCHAR(40)  NOT NULL UNIQUE,
    seal_text          VARCHAR(100) NOT NULL,
    image_png          BYTEA        NOT NULL,
    structure_der      BYTEA        NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
