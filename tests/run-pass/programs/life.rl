// Conway's Game of Life on a small torus stored in a 2D array.
const H: usize = 8;
const W: usize = 10;

fn neighbours(g: &[[bool; W]; H], r: usize, c: usize) -> u32 {
    let mut n = 0;
    for dr in 0..3 {
        for dc in 0..3 {
            if dr == 1 && dc == 1 {
                continue;
            }
            let rr = (r + H + dr - 1) % H;
            let cc = (c + W + dc - 1) % W;
            if g[rr][cc] {
                n += 1;
            }
        }
    }
    n
}

fn step(g: &[[bool; W]; H]) -> [[bool; W]; H] {
    let mut next = [[false; W]; H];
    for r in 0..H {
        for c in 0..W {
            let n = neighbours(g, r, c);
            next[r][c] = match (g[r][c], n) {
                (true, 2) | (true, 3) => true,
                (false, 3) => true,
                _ => false,
            };
        }
    }
    next
}

fn show(g: &[[bool; W]; H], generation: u32) {
    let mut alive = 0;
    println!("generation {}:", generation);
    for r in 0..H {
        for c in 0..W {
            if g[r][c] {
                alive += 1;
            }
            print!("{}", if g[r][c] { '#' } else { '.' });
        }
        println!();
    }
    println!("alive: {}", alive);
}

fn main() {
    let mut grid = [[false; W]; H];
    // a glider
    grid[0][1] = true;
    grid[1][2] = true;
    grid[2][0] = true;
    grid[2][1] = true;
    grid[2][2] = true;
    // a blinker
    grid[5][6] = true;
    grid[5][7] = true;
    grid[5][8] = true;
    for generation in 0..5 {
        show(&grid, generation);
        grid = step(&grid);
    }
}
