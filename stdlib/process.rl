//! Processes.

/// Terminates the process with the given exit status (no destructors run).
pub fn exit(code: i32) -> ! {
    crate::intrinsics::exit(code)
}

/// What `main` may return: `()` or `Result<(), E: Debug>`.  The program's exit status
/// is `report()`: an `Err` prints `Error: {e:?}` on stderr and exits with status 1.
pub trait Termination {
    fn report(self) -> i32;
}

impl Termination for () {
    fn report(self) -> i32 {
        0
    }
}

impl<E: crate::fmt::Debug> Termination for Result<(), E> {
    fn report(self) -> i32 {
        match self {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("Error: {:?}", e);
                1
            }
        }
    }
}
