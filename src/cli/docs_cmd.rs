//! `actionplan completions` and `actionplan man`: the shell completion
//! scripts and man pages, made from the same argument definitions as
//! `--help`, so they never disagree with it.

use std::io::Write as _;

use clap::CommandFactory as _;

use actionplan::write::Output;

use super::args::{Cli, CompletionsArgs, ManArgs};
use super::output::UsageError;

/// Prints the completion script for a shell.
pub fn completions(args: &CompletionsArgs) -> anyhow::Result<i32> {
    let mut cmd = Cli::command();
    let mut out = Output::stdout();
    clap_complete::generate(args.shell, &mut cmd, "actionplan", &mut out);
    out.commit()?;
    Ok(0)
}

/// Prints the man page of the command or of one subcommand.
pub fn man(args: &ManArgs) -> anyhow::Result<i32> {
    let mut cmd = Cli::command();
    cmd.build();
    let page = match &args.command {
        None => cmd,
        Some(name) => {
            let sub = cmd
                .get_subcommands()
                .find(|c| c.get_name() == name && !c.is_hide_set())
                .ok_or_else(|| UsageError(format!("{name}: no such command (see actionplan --help)")))?;
            sub.clone()
        }
    };
    let mut text = Vec::new();
    clap_mangen::Man::new(page).render(&mut text)?;
    let mut out = Output::stdout();
    out.write_all(&text)?;
    out.commit()?;
    Ok(0)
}
