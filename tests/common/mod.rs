//! Helpers shared by the native test files.

use proptest::test_runner::{Config, RngSeed};

/// Settings for generated cases: `cases` of them, from a fixed seed so that every run tries
/// the same ones; a failing case is shrunk to the smallest that still fails, and printed.
pub fn generated(cases: u32) -> Config {
    Config {
        cases,
        rng_seed: RngSeed::Fixed(0x2023_0525),
        failure_persistence: None,
        ..Config::default()
    }
}
