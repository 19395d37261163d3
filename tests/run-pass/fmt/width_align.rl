// Width, fill and alignment for integers, strings, chars, bools and floats.
fn main() {
    println!("[{:5}]", 42);
    println!("[{:<5}]", 42);
    println!("[{:^5}]", 42);
    println!("[{:>5}]", 42);
    println!("[{:5}]", "ab");
    println!("[{:<5}]", "ab");
    println!("[{:^5}]", "ab");
    println!("[{:>5}]", "ab");
    println!("[{:^6}]", "abc");
    println!("[{:^7}]", "ab");
    println!("[{:*<8}]", "left");
    println!("[{:*>8}]", "right");
    println!("[{:*^8}]", "mid");
    println!("[{:-^20}]", " title ");
    println!("[{:0>4}]", 7);
    println!("[{:#>6}]", 'c');
    println!("[{:>8}]", true);
    println!("[{:<8}]", false);
    println!("[{:10}]", 3.5);
    println!("[{:<10}]", -3.5);
    println!("[{:^10}]", 1.25f32);
    println!("[{:2}]", "longer than width");
    println!("[{:3}]", 123456);
    println!("[{:>4}]", 'é');
    println!("[{:^9}]", "héllo");
    println!("[{:.>6}]", -12);
    println!("[{:é^7}]", 0);
    println!("[{:5?}]", ());
    let w = 12;
    println!("[{:>w$}]", "dynamic");
    println!("[{:^w$}]", 99, w = 9);
    println!("[{:>1$}]", "pos", 6);
    println!("[{:<width$}|{:>width$}]", 1, 2, width = 4);
    let names = ["id", "name", "score"];
    let rows = [(1, "ann", 93.5), (22, "bartholomew", 7.25), (333, "cy", 100.0)];
    println!("{:>4} | {:<12} | {:>7}", names[0], names[1], names[2]);
    println!("{:-<4}-+-{:-<12}-+-{:->7}", "", "", "");
    for i in 0..rows.len() {
        println!("{:>4} | {:<12} | {:>7}", rows[i].0, rows[i].1, rows[i].2);
    }
}
