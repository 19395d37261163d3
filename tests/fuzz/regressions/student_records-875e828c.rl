// features: fn, let-mut, int-types, floats, char, tuples, str, string, casts, operators, for-range, range-adapters, for-iter, structs, match, match-range, derive, clone-copy, closures, borrows, vec, vec-sort, string-methods, option, iter-adapters, collect, cmp, format-spec, debug-fmt
use std::cmp::Ordering;

#[derive(Debug, Clone)]
struct Student {
    name: String,
    grade: u8,
    score: f64,
}

fn student(name: &str, grade: u8, score: f64) -> Student {
    Student { name: name.to_string(), grade, score }
}

fn letter(score: f64) -> char {
    match score as u32 {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        'x'..=69 => 'D',
        _ => 'F',
    }
}

fn main() {
    let mut roster = vec![
        student("mia", 10, 88.5),
        student("leo", 11, 92.0),
        student("ava", 10, 71.25),
        student("kai", 12, 59.0),
        student("zoe", 11, 92.0),
        student("eli", 12, 80.0),
    ];
    roster.sort_by(|a, b| b.score.partial_cmp(&a.score).unwrap_or(Ordering::Equal).then_with(|| a.name.cmp(&b.name)));
    println!("by score desc:");
    for (rank, s) in roster.iter().enumerate() {
        println!("{:>2}. {:<4} g{} {:>6.2} {}", rank + 1, s.name, s.grade, s.score, letter(s.score));
    }
    roster.sort_by_key(|s| (s.grade, s.name.clone()));
    let order: Vec<String> = roster.iter().map(|s| format!("{}:{}", s.grade, s.name)).collect();
    println!("by grade,name: {}", order.join(" "));
    let best = roster.iter().max_by(|a, b| a.score.partial_cmp(&b.score).unwrap()).unwrap();
    let worst = roster.iter().min_by_key(|s| (s.score * 100.0) as i64).unwrap();
    println!("best {} worst {}", best.name, worst.name);
    for g in 10..=12u8 {
        let in_grade: Vec<&Student> = roster.iter().filter(|s| s.grade == g).collect();
        let avg = in_grade.iter().map(|s| s.score).sum::<f64>() / in_grade.len() as f64;
        println!("grade {} avg {:.3} ({} students)", g, avg, in_grade.len());
    }
    let passing = roster.iter().filter(|s| letter(s.score) != 'F').count();
    println!("passing: {}/{}", passing, roster.len());
    let names_a: Vec<&str> = roster.iter().filter(|s| letter(s.score) == 'A').map(|s| s.name.as_str()).collect();
    println!("A students: {:?}", names_a);
    println!("cmp: {:?} {:?} {:?}", 1.cmp(&2), "b".cmp("a"), 3.0f64.partial_cmp(&3.0));
    println!("max/min: {} {}", std::cmp::max(4, 9), std::cmp::min("pear", "apple"));
}
