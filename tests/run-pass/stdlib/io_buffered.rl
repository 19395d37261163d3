// io: BufReader::lines over stdin, BufWriter (buffered until flush/drop), user Write
// impls with only write/flush, Write for Vec<u8> and &mut W, locked stdout.
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
struct Upper { out: Vec<u8> }
impl Write for Upper {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        for b in buf { self.out.push(b.to_ascii_uppercase()); }
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> { Ok(()) }
}
fn main() {
    let reader = BufReader::new(io::stdin());
    let mut total = 0;
    let mut lines_seen = Vec::new();
    for line in reader.lines() {
        let line = line.unwrap();
        total += line.len();
        lines_seen.push(line);
    }
    println!("{} {:?}", total, lines_seen);
    let mut w = BufWriter::new(io::stdout());
    writeln!(w, "buffered {}", 1).unwrap();
    println!("direct");
    w.flush().unwrap();
    writeln!(w, "after flush").unwrap();
    let mut u = Upper { out: Vec::new() };
    write!(u, "hello {}", 5).unwrap();
    u.write_all(b" world").unwrap();
    println!("{}", String::from_utf8(u.out).unwrap());
    let mut v: Vec<u8> = Vec::new();
    v.write_all(b"abc").unwrap();
    writeln!(&mut v, "{}", 1).unwrap();
    println!("{:?}", v);
    let stdout = io::stdout();
    let mut lock = stdout.lock();
    writeln!(lock, "locked").unwrap();
    let mut s = String::new();
    io::stdin().read_to_string(&mut s).unwrap();
    println!("{:?}", s);
}
