//! Standard input and output: `std::io::stdin()` with `read_line`, `lines` and
//! `read_to_string`; `stdout()`/`stderr()` as `fmt::Write` sinks.  Reading never
//! fails here (end of input reads 0 bytes), so every `io::Result` is `Ok`.

use crate::intrinsics;
use crate::string::String;

/// I/O errors (none occur in this implementation; the type exists for signatures).
#[derive(Debug)]
pub struct Error {
    message: &'static str,
}

impl crate::fmt::Display for Error {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.write_str(self.message)
    }
}

pub type Result<T> = crate::result::Result<T, Error>;

/// A handle to the process's standard input.
pub struct Stdin {}

pub fn stdin() -> Stdin {
    Stdin {}
}

impl Stdin {
    /// Appends one line, with its `\n`, to `buf`; the number of bytes read (0 at the end).
    pub fn read_line(&self, buf: &mut String) -> Result<usize> {
        Ok(intrinsics::stdin_read_line(buf.as_mut_vec()))
    }

    /// Appends the rest of the input to `buf`.
    pub fn read_to_string(&mut self, buf: &mut String) -> Result<usize> {
        Ok(intrinsics::stdin_read_to_end(buf.as_mut_vec()))
    }

    /// The lines of the input without their `\n` (or `\r\n`).
    pub fn lines(self) -> Lines {
        Lines {}
    }

    pub fn lock(&self) -> Stdin {
        Stdin {}
    }
}

/// `io::read_to_string(io::stdin())`.
pub fn read_to_string(mut reader: Stdin) -> Result<String> {
    let mut text = String::new();
    match reader.read_to_string(&mut text) {
        Ok(_) => Ok(text),
        Err(e) => Err(e),
    }
}

/// The iterator of `stdin().lines()`.
pub struct Lines {}

impl Iterator for Lines {
    type Item = Result<String>;

    fn next(&mut self) -> Option<Result<String>> {
        let mut line = String::new();
        if intrinsics::stdin_read_line(line.as_mut_vec()) == 0 {
            return None;
        }
        if line.ends_with('\n') {
            line.pop();
            if line.ends_with('\r') {
                line.pop();
            }
        }
        Some(Ok(line))
    }
}

/// Reading lines with `BufRead::lines` / `read_line` (what `stdin().lock()` offers).
pub trait BufRead {
    fn read_line(&mut self, buf: &mut String) -> Result<usize>;
}

impl BufRead for Stdin {
    fn read_line(&mut self, buf: &mut String) -> Result<usize> {
        Ok(intrinsics::stdin_read_line(buf.as_mut_vec()))
    }
}

/// `Read::read_to_string`.
pub trait Read {
    fn read_to_string(&mut self, buf: &mut String) -> Result<usize>;
}

impl Read for Stdin {
    fn read_to_string(&mut self, buf: &mut String) -> Result<usize> {
        Ok(intrinsics::stdin_read_to_end(buf.as_mut_vec()))
    }
}

/// A handle to standard output (buffered with `print!`'s output) or standard error.
pub struct Stdout {
    fd: i32,
}

pub fn stdout() -> Stdout {
    Stdout { fd: 1 }
}

pub fn stderr() -> Stdout {
    Stdout { fd: 2 }
}

impl Stdout {
    pub fn flush(&mut self) -> Result<()> {
        Ok(())
    }

    pub fn lock(&self) -> Stdout {
        Stdout { fd: self.fd }
    }
}

/// `std::io::Write`: bytes out; `write!` on a handle goes through `write_fmt`.
pub trait Write {
    fn write_all(&mut self, bytes: &[u8]) -> Result<()>;
    fn flush(&mut self) -> Result<()>;

    fn write_fmt(&mut self, args: crate::fmt::Arguments<'_>) -> Result<()> {
        self.write_all(args.as_text().as_bytes())
    }
}

impl Write for Stdout {
    fn write_all(&mut self, bytes: &[u8]) -> Result<()> {
        intrinsics::write_fd(self.fd, bytes);
        Ok(())
    }

    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

pub mod prelude {
    pub use super::{BufRead, Read, Write};
}
