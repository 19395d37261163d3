//! Processes.

/// Terminates the process with the given exit status (no destructors run).
pub fn exit(code: i32) -> ! {
    crate::intrinsics::exit(code)
}
