//! The memory cap a worker puts on itself.

/// Caps this process's memory at `bytes`, so an allocation past it fails
/// (and the process aborts with "memory allocation of N bytes failed",
/// which the parent reports as [`super::Crash::OutOfMemory`]) instead of
/// the machine running out.
///
/// On Linux the cap is `RLIMIT_DATA`, which counts the heap and every
/// private writable mapping (what a document's reading allocates) but not
/// the program's code or address space reserved and never used; elsewhere
/// on Unix it is `RLIMIT_AS`. Without Unix it does nothing.
pub fn limit_memory(bytes: u64) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        #[cfg(target_os = "linux")]
        let resource = libc::RLIMIT_DATA;
        #[cfg(not(target_os = "linux"))]
        let resource = libc::RLIMIT_AS;
        let mut current = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: getrlimit writes the struct we pass and touches nothing else.
        if unsafe { libc::getrlimit(resource, &mut current) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
        // Never above the hard limit already in force (raising it needs privilege).
        let value = libc::rlim_t::try_from(bytes)
            .unwrap_or(libc::RLIM_INFINITY)
            .min(current.rlim_max);
        let limit = libc::rlimit {
            rlim_cur: value,
            rlim_max: current.rlim_max,
        };
        // SAFETY: setrlimit reads the struct we pass and touches nothing else.
        let rc = unsafe { libc::setrlimit(resource, &limit) };
        if rc != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    #[cfg(not(unix))]
    let _ = bytes;
    Ok(())
}

/// Asks the kernel to kill this process when its parent dies (Linux): a
/// worker busy on a document that spins must not outlive the run that
/// started it. Elsewhere a worker ends when its stdin closes, between jobs.
pub fn die_with_parent() {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: prctl(PR_SET_PDEATHSIG) only sets a flag on this process.
        unsafe {
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
        }
    }
}
