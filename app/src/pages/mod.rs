//! The survivor's screens.

#[cfg(feature = "book")]
pub mod booking;
pub mod home;
pub mod remote;
pub mod results;
pub mod service;
