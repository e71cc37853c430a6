-- Runs once, when the Postgres volume is first initialised (docker-entrypoint-initdb.d).
-- One database per subgraph (msa_<name>), including those still being built, so adding a subgraph to the
-- stack needs no volume reset. `npm run db:migrate` also creates a missing database, so this is a head
-- start, not a requirement.
CREATE DATABASE msa_users;
CREATE DATABASE msa_products;
CREATE DATABASE msa_inventory;
CREATE DATABASE msa_cart;
CREATE DATABASE msa_orders;
CREATE DATABASE msa_payments;
CREATE DATABASE msa_shipping;
CREATE DATABASE msa_promotions;
CREATE DATABASE msa_reviews;
CREATE DATABASE msa_search;
CREATE DATABASE msa_notifications;
