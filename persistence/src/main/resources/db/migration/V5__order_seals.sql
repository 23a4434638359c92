-- The seals an order asks for: two under one enterprise order, one for a personal order.

CREATE TABLE order_seal (
    order_id    BIGINT       NOT NULL REFERENCES seal_order (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    seal_type   VARCHAR(40)  NOT NULL,
    holder_name VARCHAR(100) NOT NULL,
    PRIMARY KEY (order_id, position)
);
