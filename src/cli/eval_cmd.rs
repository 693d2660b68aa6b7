//! `actionplan eval`: score records against a gold file.

use super::args::EvalArgs;

/// Runs the command; Ok(exit code).
pub fn run(_args: &EvalArgs) -> anyhow::Result<i32> {
    anyhow::bail!("eval is not built yet")
}
