-- Each seal's image, drawn once when its order is submitted (or corrected and submitted again): staff check it,
-- production puts it into the seal. Kept apart from order_seal so loading an order does not load its images.

CREATE TABLE order_seal_image (
    order_id    BIGINT       NOT NULL REFERENCES seal_order (id) ON DELETE CASCADE,
    seal_type   VARCHAR(40)  NOT NULL,
    holder_name VARCHAR(100) NOT NULL,
    image_png   BYTEA        NOT NULL,
    PRIMARY KEY (order_id, seal_type)
);
