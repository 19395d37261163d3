// 3x3 and 4x4 integer/float matrices as nested arrays: multiply, transpose, determinant, power.
const N: usize = 3;

fn multiply(a: &[[i64; N]; N], b: &[[i64; N]; N]) -> [[i64; N]; N] {
    let mut c = [[0i64; N]; N];
    for i in 0..N {
        for j in 0..N {
            for k in 0..N {
                c[i][j] += a[i][k] * b[k][j];
            }
        }
    }
    c
}

fn transpose(a: [[i64; N]; N]) -> [[i64; N]; N] {
    let mut t = a;
    for i in 0..N {
        for j in 0..N {
            t[j][i] = a[i][j];
        }
    }
    t
}

fn determinant(m: &[[i64; N]; N]) -> i64 {
    m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
        + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
}

fn print_matrix(name: &str, m: &[[i64; N]; N]) {
    println!("{}:", name);
    for i in 0..N {
        for j in 0..N {
            print!("{:>8}", m[i][j]);
        }
        println!();
    }
}

fn identity() -> [[i64; N]; N] {
    let mut m = [[0; N]; N];
    for i in 0..N {
        m[i][i] = 1;
    }
    m
}

fn main() {
    let a = [[2, -1, 0], [1, 3, 4], [0, 5, -2]];
    let b = [[1, 0, 2], [0, 1, 0], [3, 0, 1]];
    print_matrix("A", &a);
    print_matrix("B", &b);
    print_matrix("A*B", &multiply(&a, &b));
    print_matrix("B*A", &multiply(&b, &a));
    print_matrix("transpose(A)", &transpose(a));
    println!("det(A) = {}, det(B) = {}, det(A*B) = {}", determinant(&a), determinant(&b), determinant(&multiply(&a, &b)));

    let fib = [[1, 1, 0], [1, 0, 0], [0, 0, 1]];
    let mut power = identity();
    for n in 1..=40 {
        power = multiply(&power, &fib);
        if n % 10 == 0 {
            println!("fib({}) = {}", n, power[0][1]);
        }
    }

    let mut rot = [[0.0f64; 2]; 2];
    let (s, c) = (0.6f64, 0.8f64);
    rot[0][0] = c;
    rot[0][1] = -s;
    rot[1][0] = s;
    rot[1][1] = c;
    let mut v = [1.0f64, 0.0];
    for step in 1..=4 {
        let x = rot[0][0] * v[0] + rot[0][1] * v[1];
        let y = rot[1][0] * v[0] + rot[1][1] * v[1];
        v = [x, y];
        println!("rotation step {}: ({:.4}, {:.4}) length {:.6}", step, v[0], v[1], (v[0] * v[0] + v[1] * v[1]).sqrt());
    }
}
