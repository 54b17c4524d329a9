//! How the benchmarks read and print the times they measure.

use std::time::Duration;

/// The time below which a share `q` (0…1) of `sorted` falls, nearest rank.
pub fn quantile(sorted: &[Duration], q: f64) -> Duration {
    let at = ((sorted.len() as f64 - 1.0) * q).round() as usize;
    sorted.get(at).copied().unwrap_or_default()
}

/// Milliseconds, with two decimals below 10 ms (a commit's fsync) and one above.
pub fn ms(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms < 10.0 {
        format!("{ms:.2} ms")
    } else {
        format!("{ms:.1} ms")
    }
}
