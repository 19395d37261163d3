// Recursive algorithms: Towers of Hanoi, N-queens counting with arrays, permutations, binary search.
fn hanoi(n: u32, from: char, to: char, via: char, moves: &mut u32) {
    if n == 0 {
        return;
    }
    hanoi(n - 1, from, via, to, moves);
    *moves += 1;
    if n >= 3 || *moves <= 7 {
        println!("move disk {} from {} to {}", n, from, to);
    }
    hanoi(n - 1, via, to, from, moves);
}

fn safe(queens: &[usize], row: usize, col: usize) -> bool {
    for r in 0..row {
        let c = queens[r];
        if c == col || (r as i32 - row as i32).abs() == (c as i32 - col as i32).abs() {
            return false;
        }
    }
    true
}

fn count_queens(queens: &mut [usize], row: usize) -> u32 {
    let n = queens.len();
    if row == n {
        return 1;
    }
    let mut total = 0;
    for col in 0..n {
        if safe(queens, row, col) {
            queens[row] = col;
            total += count_queens(queens, row + 1);
        }
    }
    total
}

fn swap_items(items: &mut [char], a: usize, b: usize) {
    let t = items[a];
    items[a] = items[b];
    items[b] = t;
}

fn permute(items: &mut [char], k: usize, count: &mut u32) {
    if k == items.len() {
        *count += 1;
        for i in 0..items.len() {
            print!("{}", items[i]);
        }
        print!(" ");
        return;
    }
    for i in k..items.len() {
        swap_items(items, k, i);
        permute(items, k + 1, count);
        swap_items(items, k, i);
    }
}

fn binary_search(xs: &[i32], target: i32, lo: usize, hi: usize, depth: u32) -> (bool, u32) {
    if lo >= hi {
        return (false, depth);
    }
    let mid = lo + (hi - lo) / 2;
    if xs[mid] == target {
        (true, depth)
    } else if xs[mid] < target {
        binary_search(xs, target, mid + 1, hi, depth + 1)
    } else {
        binary_search(xs, target, lo, mid, depth + 1)
    }
}

fn power_set_sizes(n: u32) -> u64 {
    if n == 0 { 1 } else { 2 * power_set_sizes(n - 1) }
}

fn main() {
    let mut moves = 0;
    hanoi(4, 'A', 'C', 'B', &mut moves);
    println!("hanoi(4) took {} moves", moves);

    for n in 4..=8 {
        let mut queens = [0usize; 8];
        println!("{}-queens solutions: {}", n, count_queens(&mut queens[..n], 0));
    }

    let mut letters = ['a', 'b', 'c', 'd'];
    let mut count = 0;
    permute(&mut letters, 0, &mut count);
    println!();
    println!("{} permutations", count);

    let sorted = [-9, -4, 0, 3, 3, 8, 15, 22, 40, 41, 57, 90];
    let targets = [15, 3, -9, 90, 7, 100];
    for i in 0..targets.len() {
        let (found, depth) = binary_search(&sorted, targets[i], 0, sorted.len(), 0);
        println!("search {}: found={} depth={}", targets[i], found, depth);
    }
    println!("2^40 by recursion = {}", power_set_sizes(40));
}
