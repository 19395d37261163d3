// ASCII Mandelbrot set with f64 arithmetic and escape-time counts.
const WIDTH: usize = 60;
const HEIGHT: usize = 21;
const MAX_ITER: u32 = 200;

fn escape_time(cr: f64, ci: f64) -> u32 {
    let mut zr = 0.0;
    let mut zi = 0.0;
    let mut i = 0;
    while i < MAX_ITER {
        let zr2 = zr * zr;
        let zi2 = zi * zi;
        if zr2 + zi2 > 4.0 {
            return i;
        }
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        i += 1;
    }
    MAX_ITER
}

fn main() {
    let palette = [' ', '.', ':', '-', '=', '+', '*', '#', '%', '@'];
    let mut inside = 0;
    let mut total_iterations = 0u64;
    for row in 0..HEIGHT {
        let ci = -1.2 + 2.4 * row as f64 / (HEIGHT - 1) as f64;
        for col in 0..WIDTH {
            let cr = -2.1 + 2.8 * col as f64 / (WIDTH - 1) as f64;
            let n = escape_time(cr, ci);
            total_iterations += n as u64;
            let ch = if n == MAX_ITER {
                inside += 1;
                '@'
            } else {
                palette[std::cmp::min(n as usize * 9 / 40, 8)]
            };
            print!("{}", ch);
        }
        println!();
    }
    println!("points inside: {}", inside);
    println!("total iterations: {}", total_iterations);
    let area = inside as f64 / (WIDTH * HEIGHT) as f64 * 2.8 * 2.4;
    println!("estimated area: {:.4}", area);
}
