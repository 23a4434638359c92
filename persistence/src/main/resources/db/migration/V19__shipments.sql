-- Parcels sent for orders (one per sending: a returned parcel stays, the next is a new row) and their routes as
-- the courier reports them. A waybill is unique: a route push names the parcel by it.

CREATE SEQUENCE shipment_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE shipment_route_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE shipment (
    id            BIGINT PRIMARY KEY,
    order_id      BIGINT       NOT NULL REFERENCES seal_order (id),
    sending       INTEGER      NOT NULL,
    carrier       VARCHAR(10)  NOT NULL,
    waybill       VARCHAR(20)  NOT NULL UNIQUE,
    ukey_serial   VARCHAR(64)  NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    shipper       VARCHAR(64)  NOT NULL,
    shipped_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at  TIMESTAMP WITH TIME ZONE,
    return_reason VARCHAR(300),
    queried_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (order_id, sending)
);
-- Tracking asks for the open parcels whose routes are stalest.
CREATE INDEX shipment_to_track ON shipment (status, queried_at);

CREATE TABLE shipment_route (
    id          BIGINT PRIMARY KEY,
    shipment_id BIGINT       NOT NULL REFERENCES shipment (id),
    happened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    place       VARCHAR(100),
    remark      VARCHAR(300) NOT NULL,
    code        VARCHAR(20),
    progress    VARCHAR(20)  NOT NULL
);
CREATE INDEX shipment_route_of_shipment ON shipment_route (shipment_id);

INSERT INTO job_schedule (name, next_due) VALUES ('shipment-tracking', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');
