-- One database per service (each service owns its data).
CREATE DATABASE budget;
CREATE DATABASE performance;
CREATE DATABASE asset;
