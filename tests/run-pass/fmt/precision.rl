// Precision for floats (rounding half to even on the decimal value), strings (truncation) and widths.
fn main() {
    println!("{:.0} {:.0} {:.0} {:.0}", 0.5, 1.5, 2.5, -0.5);
    println!("{:.1} {:.1} {:.1}", 0.25, 0.35, 0.05);
    println!("{:.2} {:.2} {:.2}", 1.005, 2.675, 1.125);
    println!("{:.3}", 3.14159265);
    println!("{:.10}", 1.0 / 3.0);
    println!("{:.20}", 0.1);
    println!("{:.3}", 2.0f32 / 3.0);
    println!("{:.0}", 1e21);
    println!("{:.2}", f64::NAN);
    println!("{:.2}", f64::INFINITY);
    println!("{:8.2}|{:<8.2}|{:^8.2}|", 3.14159, 2.71828, -1.41421);
    println!("{:.3}", "truncate me");
    println!("[{:8.3}]", "truncate me");
    println!("[{:>8.3}]", "ab");
    println!("{:.0}", "gone");
    println!("{:.*}", 2, 1.23456);
    println!("{:.1$}", 9.87654, 3);
    let p = 4;
    println!("{:.p$}", 1.0 / 7.0);
    println!("{:>10.p$}|", 22.0 / 7.0);
    println!("{:?}", 0.1f32 + 0.2f32);
    println!("{:.3?}", 1.0f64);
    println!("{:.1?}", (0.25, 1.75));
    println!("{:.2}", -0.001);
    println!("{:.5}", 1e-10);
    println!("{:.1}", 123456789012345680.0);
    let total = 1234.5678;
    let items = 3;
    println!("average {:.2} over {} items", total / items as f64, items);
    println!("{:.2}%", 99.999);
    println!("{:.4}", 0.00005);
    println!("{:.4}", 0.00015);
}
