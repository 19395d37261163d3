// const and static items: scalars, arrays, tuples, &str, consts built from other consts.
const WIDTH: usize = 6;
const HEIGHT: usize = 3;
const AREA: usize = WIDTH * HEIGHT;
const GREETING: &str = "hello";
const PRIMES: [u32; 6] = [2, 3, 5, 7, 11, 13];
const ORIGIN: (i32, i32) = (0, 0);
const MASK: u8 = !0b0000_1111;
const BIG: i64 = 1 << 40;
const NEG: i32 = -(1 << 10) - 1;
const RATIO: f64 = 1.0 / 8.0;
const FLAG: bool = AREA > 10 && WIDTH % 2 == 0;
const LETTER: char = 'k';

static COUNTRY: &str = "Rustland";
static TABLE: [[u8; 3]; 2] = [[1, 2, 3], [4, 5, 6]];
static THRESHOLD: u64 = 1_000;

fn area_twice() -> usize {
    const TWO: usize = 2;
    AREA * TWO
}

fn main() {
    println!("WIDTH={} HEIGHT={} AREA={}", WIDTH, HEIGHT, AREA);
    println!("GREETING={} len {}", GREETING, GREETING.len());
    println!("PRIMES={:?}", PRIMES);
    let mut sum = 0;
    for i in 0..PRIMES.len() {
        sum += PRIMES[i];
    }
    println!("sum of PRIMES = {}", sum);
    println!("ORIGIN={:?}", ORIGIN);
    println!("MASK={:#010b}", MASK);
    println!("BIG={}", BIG);
    println!("NEG={}", NEG);
    println!("RATIO={}", RATIO);
    println!("FLAG={}", FLAG);
    println!("LETTER={}", LETTER);
    println!("COUNTRY={}", COUNTRY);
    println!("TABLE={:?} TABLE[1][2]={}", TABLE, TABLE[1][2]);
    println!("THRESHOLD={}", THRESHOLD);
    println!("area_twice()={}", area_twice());

    let mut board = [['.'; WIDTH]; HEIGHT];
    board[1][2] = '#';
    board[HEIGHT - 1][WIDTH - 1] = '@';
    for r in 0..HEIGHT {
        for c in 0..WIDTH {
            print!("{}", board[r][c]);
        }
        println!();
    }
    let mut copy = PRIMES;
    copy[0] = 100;
    println!("copy={:?} const unchanged={:?}", copy, PRIMES);
}
