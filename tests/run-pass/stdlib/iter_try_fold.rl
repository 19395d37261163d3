// try_fold / try_for_each with Option, Result and ControlFlow; Peekable::next_if_eq;
// map_while, windows, chunks, zip of Options.
fn main() {
    let mut it = "aab".chars().peekable();
    println!("{:?} {:?}", it.next_if_eq(&'a'), it.next_if(|c| *c == 'b'));
    let v = vec![1, 2, 3, 4];
    println!("{:?}", v.iter().map_while(|&x| if x < 3 { Some(x * 2) } else { None }).collect::<Vec<_>>());
    println!("{:?}", v.iter().copied().try_fold(0i32, |acc, x| acc.checked_add(x)));
    println!("{:?}", v.iter().try_for_each(|&x| if x < 5 { Ok(()) } else { Err(x) }));
    println!("{:?}", v.chunks(3).map(|c| c.to_vec()).collect::<Vec<_>>());
    println!("{:?}", v.windows(2).map(|w| w[1] - w[0]).collect::<Vec<_>>());
    println!("{:?}", v.iter().rev().skip(1).step_by(2).collect::<Vec<_>>());
    println!("{}", v.iter().any(|&x| x > 3));
    println!("{:?}", v.first().zip(v.last()));
    let s: Vec<String> = v.iter().map(ToString::to_string).collect();
    println!("{:?}", s);
    println!("{:?}", v.iter().min_by(|a, b| a.cmp(b)));
    println!("{:?}", v.iter().sum::<i32>() as f64 / v.len() as f64);
    println!("{:?}", v.iter().count());
    println!("{:?}", v.contains(&3));
    println!("{:?}", v.iter().position(|&x| x == 9));
    println!("{:?}", v.iter().flat_map(|&x| vec![x; x as usize]).count());
    println!("{:?}", v.iter().rev().rposition(|&x| x == 4));
    println!("{:?}", v.last_chunk_test());
    cf();
}
trait T { fn last_chunk_test(&self) -> usize; }
impl T for Vec<i32> { fn last_chunk_test(&self) -> usize { self.len() } }
fn cf() {
    use std::ops::ControlFlow;
    let r = (1..10).try_for_each(|x| if x * x > 20 { ControlFlow::Break(x) } else { ControlFlow::Continue(()) });
    println!("{:?} {:?}", r, r.break_value());
    let s: Result<i32, String> = ["1", "2", "x"].iter().try_fold(0, |acc, s| s.parse::<i32>().map(|n| acc + n).map_err(|e| e.to_string()));
    println!("{:?}", s);
}
