// Fixed-size arrays: literals, repeat expressions, indexing, mutation, nesting, copies.
const N: usize = 8;

fn sum(a: [i32; 5]) -> i32 {
    let mut s = 0;
    for i in 0..5 {
        s += a[i];
    }
    s
}

fn doubled(mut a: [i32; 5]) -> [i32; 5] {
    for i in 0..a.len() {
        a[i] *= 2;
    }
    a
}

fn main() {
    let a = [3, 1, 4, 1, 5];
    println!("a = {:?}, len = {}", a, a.len());
    println!("sum(a) = {}", sum(a));
    let b = doubled(a);
    println!("doubled = {:?}, original still {:?}", b, a);

    let zeros = [0u8; N];
    println!("zeros = {:?}", zeros);
    let mut squares = [0u64; N];
    for i in 0..N {
        squares[i] = (i * i) as u64;
    }
    println!("squares = {:?}", squares);

    let mut grid = [[0i32; 4]; 3];
    for r in 0..3 {
        for c in 0..4 {
            grid[r][c] = (r * 10 + c) as i32;
        }
    }
    println!("grid = {:?}", grid);
    println!("grid[2][3] = {}", grid[2][3]);
    let row = grid[1];
    println!("row 1 = {:?}", row);
    grid[1][0] = -1;
    println!("after write: grid[1] = {:?}, copy row = {:?}", grid[1], row);

    let words = ["alpha", "beta", "gamma"];
    for i in 0..words.len() {
        println!("words[{}] = {} ({} bytes)", i, words[i], words[i].len());
    }
    let flags = [true, false, true];
    println!("flags = {:?}", flags);
    let chars = ['r', 'u', 's', 't'];
    println!("chars = {:?}", chars);
    let tuples = [(1, 'a'), (2, 'b')];
    println!("tuples = {:?}", tuples);

    let mut rev = [1, 2, 3, 4, 5, 6, 7];
    let n = rev.len();
    for i in 0..n / 2 {
        let tmp = rev[i];
        rev[i] = rev[n - 1 - i];
        rev[n - 1 - i] = tmp;
    }
    println!("reversed = {:?}", rev);

    let eq = [1, 2, 3] == [1, 2, 3];
    let ne = [1, 2, 3] != [1, 2, 4];
    println!("eq = {} ne = {}", eq, ne);
    let empty: [i32; 0] = [];
    println!("empty = {:?} len {}", empty, empty.len());
    println!("{:#?}", [[1, 2], [3, 4]]);
}
