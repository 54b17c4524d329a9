//! The Ruta service: directory, geospatial search and the REST API.

pub mod domain;
pub mod geo;
pub mod reference;
pub mod demo;
