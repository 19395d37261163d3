// Operator precedence and associativity, unary operators, comparisons and compound assignment.
fn side(label: &str, v: bool) -> bool {
    println!("  evaluated {}", label);
    v
}

fn main() {
    println!("2 + 3 * 4 = {}", 2 + 3 * 4);
    println!("(2 + 3) * 4 = {}", (2 + 3) * 4);
    println!("20 - 5 - 3 = {}", 20 - 5 - 3);
    println!("100 / 10 / 5 = {}", 100 / 10 / 5);
    println!("2 * 3 % 4 = {}", 2 * 3 % 4);
    println!("-2 * -3 = {}", -2 * -3);
    println!("- 7 % 3 = {}", -7 % 3);
    println!("1 + 2 << 3 = {}", 1 + 2 << 3);
    println!("1 << 2 + 3 = {}", 1 << 2 + 3);
    println!("6 & 3 | 8 = {}", 6 & 3 | 8);
    println!("6 | 3 & 8 = {}", 6 | 3 & 8);
    println!("5 ^ 3 & 1 = {}", 5 ^ 3 & 1);
    println!("1 | 2 ^ 3 = {}", 1 | 2 ^ 3);
    println!("!0u8 >> 4 = {}", !0u8 >> 4);
    println!("-(3 - 10) = {}", -(3 - 10));
    println!("!true || true = {}", !true || true);
    println!("true || false && false = {}", true || false && false);
    println!("(true || false) && false = {}", (true || false) && false);
    println!("1 < 2 == true = {}", (1 < 2) == true);
    println!("3 + 4 > 6 && 2 * 2 == 4 = {}", 3 + 4 > 6 && 2 * 2 == 4);
    println!("10 - 2 as i64 * 3 = {}", 10 - 2 as i64 * 3);
    println!("-1i32 as u8 = {}", -1i32 as u8);
    println!("(-1i32) as u8 == -1i32 as u8: {}", (-1i32) as u8 == -1i32 as u8);
    println!("2.0 * 3.0 + 1.0 / 2.0 = {}", 2.0 * 3.0 + 1.0 / 2.0);

    println!("lazy &&:");
    let r1 = side("left", false) && side("right", true);
    println!("  result {}", r1);
    println!("lazy ||:");
    let r2 = side("left", true) || side("right", false);
    println!("  result {}", r2);
    println!("eager & on bools:");
    let r3 = side("left", false) & side("right", true);
    println!("  result {}", r3);

    let mut x = 10i32;
    x += 5;
    x -= 3;
    x *= 4;
    x /= 6;
    x %= 5;
    println!("x after + - * / % = {}", x);
    let mut bits = 0b1010u8;
    bits |= 0b0101;
    bits &= 0b1100;
    bits ^= 0b0110;
    bits <<= 2;
    bits >>= 1;
    println!("bits after | & ^ << >> = {:#06b}", bits);
    let mut f = 1.5f64;
    f += 2.0;
    f *= f;
    f -= 0.25;
    f /= 2.0;
    println!("f = {}", f);
    let mut arr = [1, 2, 3];
    arr[1] += 10;
    arr[2] *= arr[1];
    println!("arr = {:?}", arr);
    let a = 7;
    let b = 3;
    println!("== {} != {} < {} <= {} > {} >= {}", a == b, a != b, a < b, a <= b, a > b, a >= b);
    println!("str compare: {} {}", "apple" < "banana", "Zebra" < "apple");
    println!("char compare: {}", 'a' > 'A');
}
