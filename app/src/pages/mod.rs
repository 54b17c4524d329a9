//! The three screens.

pub mod home;
pub mod results;
pub mod service;
