// NLL "problem case 3": a borrow returned on one path is still live on the other.
fn first_positive(v: &mut Vec<i32>) -> &i32 {
    if let Some(x) = v.iter().find(|x| **x > 0) {
        return x;
    }
    v.push(1); //~ ERROR E0502
    &v[0]
}

fn main() {
    let mut v = vec![-1];
    println!("{}", first_positive(&mut v));
}
