//! Standard input and output: `std::io::stdin()` with `read_line`, `lines` and
//! `read_to_string`; `stdout()`/`stderr()` as `io::Write` sinks; `BufReader` over a
//! reader and `BufWriter` (Rust's 8 KiB buffer, flushed when full, on `flush` and on
//! drop) over any writer; `Write` for `Vec<u8>`.  Reading never fails here (end of input
//! reads 0 bytes), so every `io::Result` of the standard streams is `Ok`.

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
    pub fn lines(self) -> Lines<Stdin> {
        Lines { reader: self }
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

/// The iterator of `lines()` on a buffered reader: each line without its `\n` (or `\r\n`).
pub struct Lines<B> {
    reader: B,
}

impl<B: BufRead> Iterator for Lines<B> {
    type Item = Result<String>;

    fn next(&mut self) -> Option<Result<String>> {
        let mut line = String::new();
        match self.reader.read_line(&mut line) {
            Ok(0) => None,
            Ok(_) => {
                if line.ends_with('\n') {
                    line.pop();
                    if line.ends_with('\r') {
                        line.pop();
                    }
                }
                Some(Ok(line))
            }
            Err(e) => Some(Err(e)),
        }
    }
}

/// Reading lines with `BufRead::lines` / `read_line` (what `stdin().lock()` offers).
pub trait BufRead {
    fn read_line(&mut self, buf: &mut String) -> Result<usize>;

    fn lines(self) -> Lines<Self>
    where
        Self: Sized,
    {
        Lines { reader: self }
    }
}

impl<'a, B: BufRead + ?Sized> BufRead for &'a mut B {
    fn read_line(&mut self, buf: &mut String) -> Result<usize> {
        (**self).read_line(buf)
    }
}

/// A reader with a buffer (`BufReader::new(io::stdin())`); the standard input is
/// buffered already, so it reads through.
pub struct BufReader<R> {
    inner: R,
}

impl<R> BufReader<R> {
    pub fn new(inner: R) -> BufReader<R> {
        BufReader { inner: inner }
    }

    pub fn get_ref(&self) -> &R {
        &self.inner
    }

    pub fn get_mut(&mut self) -> &mut R {
        &mut self.inner
    }

    pub fn into_inner(self) -> R {
        self.inner
    }
}

impl<R: BufRead> BufRead for BufReader<R> {
    fn read_line(&mut self, buf: &mut String) -> Result<usize> {
        self.inner.read_line(buf)
    }
}

impl<R: Read> Read for BufReader<R> {
    fn read_to_string(&mut self, buf: &mut String) -> Result<usize> {
        self.inner.read_to_string(buf)
    }
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
    /// Writes some prefix of `buf`, returning how many bytes were taken.
    fn write(&mut self, buf: &[u8]) -> Result<usize>;
    fn flush(&mut self) -> Result<()>;

    fn write_all(&mut self, buf: &[u8]) -> Result<()> {
        let mut rest = buf;
        while !rest.is_empty() {
            match self.write(rest) {
                Ok(0) => return Err(Error { message: "failed to write whole buffer" }),
                Ok(n) => rest = &rest[n..],
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    fn write_fmt(&mut self, args: crate::fmt::Arguments<'_>) -> Result<()> {
        self.write_all(args.as_text().as_bytes())
    }

    fn by_ref(&mut self) -> &mut Self
    where
        Self: Sized,
    {
        self
    }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        intrinsics::write_fd(self.fd, buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

impl<'a, W: Write + ?Sized> Write for &'a mut W {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        (**self).write(buf)
    }

    fn flush(&mut self) -> Result<()> {
        (**self).flush()
    }
}

impl Write for crate::vec::Vec<u8> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        self.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

/// A writer that collects small writes in a buffer of `capacity` bytes (8 KiB by
/// default) and passes them on when it fills, on `flush`, and when dropped.
pub struct BufWriter<W: Write> {
    inner: W,
    buf: crate::vec::Vec<u8>,
    capacity: usize,
}

impl<W: Write> BufWriter<W> {
    pub fn new(inner: W) -> BufWriter<W> {
        BufWriter::with_capacity(8192, inner)
    }

    pub fn with_capacity(capacity: usize, inner: W) -> BufWriter<W> {
        BufWriter { inner: inner, buf: crate::vec::Vec::with_capacity(capacity), capacity: capacity }
    }

    fn flush_buf(&mut self) -> Result<()> {
        let result = self.inner.write_all(self.buf.as_slice());
        self.buf.clear();
        result
    }

    pub fn get_ref(&self) -> &W {
        &self.inner
    }

    pub fn get_mut(&mut self) -> &mut W {
        &mut self.inner
    }

    pub fn buffer(&self) -> &[u8] {
        self.buf.as_slice()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}

impl<W: Write> Write for BufWriter<W> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        if self.buf.len() + buf.len() > self.capacity {
            self.flush_buf()?;
        }
        if buf.len() >= self.capacity {
            self.inner.write(buf)
        } else {
            self.buf.extend_from_slice(buf);
            Ok(buf.len())
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> Result<()> {
        if self.buf.len() + buf.len() > self.capacity {
            self.flush_buf()?;
        }
        if buf.len() >= self.capacity {
            self.inner.write_all(buf)
        } else {
            self.buf.extend_from_slice(buf);
            Ok(())
        }
    }

    fn flush(&mut self) -> Result<()> {
        self.flush_buf()?;
        self.inner.flush()
    }
}

impl<W: Write> Drop for BufWriter<W> {
    fn drop(&mut self) {
        let _ = self.flush_buf();
    }
}

/// A writer that discards everything (`io::sink()`).
pub struct Sink {}

pub fn sink() -> Sink {
    Sink {}
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        Ok(buf.len())
    }

    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

pub mod prelude {
    pub use super::{BufRead, Read, Write};
}
