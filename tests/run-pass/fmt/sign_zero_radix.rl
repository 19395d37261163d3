// Sign (+), alternate (#), zero padding, and the x X o b radix forms, including negatives.
fn main() {
    println!("{:+} {:+} {:+}", 5, -5, 0);
    println!("{:+.2} {:+} {:+}", 3.14159, -0.0, 1.0f32);
    println!("{:05} {:05} {:+05}", 42, -42, 42);
    println!("{:08.3} {:+09.2} {:08}", 3.14159, -2.5, -1.5);
    println!("{:x} {:X} {:o} {:b}", 255, 255, 255, 255);
    println!("{:#x} {:#X} {:#o} {:#b}", 255, 255, 255, 255);
    println!("{:#010x} {:#06b} {:08X}", 255, 5, 0xBEEF);
    println!("{:x} {:b}", -1i8, -1i8);
    println!("{:x} {:o}", -1i32, -8i16);
    println!("{:X}", i64::MIN);
    println!("{:#x}", u64::MAX);
    println!("{:b}", u8::MAX);
    println!("{:#b}", 0);
    println!("{:x}", 0);
    println!("{:>10x}|{:<10b}|{:^10o}", 3054, 13, 64);
    println!("{:*^#12x}", 48879);
    println!("{:+x}", 255);
    println!("{:e} {:E}", 1234.5, 0.00012);
    println!("{:e} {:e} {:e}", 1.0, 0.0, -5e-10);
    println!("{:.2e} {:10.1e}| {:<12e}|", 123456.0, 9.99, 2.5);
    println!("{:e}", 100u32);
    println!("{:e}", 123456789u64);
    println!("{:e}", f64::MAX);
    println!("{:e}", 1e-300f64);
    println!("{:e}", 0.1f32);
    let table = [0u32, 1, 7, 8, 15, 16, 100, 4095];
    for i in 0..table.len() {
        let v = table[i];
        println!("{:>5} {:>#6x} {:>#8o} {:>#15b}", v, v, v, v);
    }
}
