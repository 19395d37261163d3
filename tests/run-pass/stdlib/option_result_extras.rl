// Option/Result extras: as_deref, iter/iter_mut/into_iter, transpose, expect_err,
// copied, Sum/Product over options and results, take_if.
fn main() {
    let r: Result<i32, String> = Ok(3);
    println!("{:?}", r.as_ref().map(|x| x + 1));
    println!("{:?}", r.clone().map_err(|e| e.len()));
    println!("{:?}", r.clone().and_then(|x| if x > 1 { Ok(x) } else { Err(String::from("small")) }));
    println!("{:?}", r.clone().unwrap_or_default());
    println!("{:?}", r.clone().ok());
    println!("{:?}", r.clone().err());
    println!("{:?}", r.clone().is_ok_and(|x| x > 2));
    println!("{:?}", r.clone().unwrap_or_else(|e| e.len() as i32));
    println!("{:?}", r.clone().map_or(0, |x| x * 3));
    println!("{:?}", r.iter().count());
    let e: Result<i32, String> = Err(String::from("bad"));
    println!("{:?}", e.clone().or_else(|s| if s.is_empty() { Err(0) } else { Ok(1) }));
    println!("{:?}", e.clone().unwrap_or(7));
    println!("{:?}", e.clone().is_err_and(|s| s.len() == 3));
    let es: Result<String, i32> = Ok(String::from("ab")); println!("{:?} {:?}", es.as_deref(), es.iter().next());
    let x: Result<Option<i32>, String> = Ok(Some(1));
    println!("{:?}", x.transpose());
    let y: Option<Result<i32, String>> = Some(Ok(2));
    println!("{:?}", y.transpose());
    println!("{}", e.clone().expect_err("was ok"));
    let v: Vec<Result<i32, String>> = vec![Ok(1), Ok(2)];
    let s: Result<i32, String> = v.into_iter().sum();
    println!("{:?}", s);
    let w = vec![Some(1), Some(3)];
    let p: Option<i32> = w.into_iter().product();
    println!("{:?}", p);
    println!("{:?}", Some(5).map(|x: i32| x.pow(2)).unwrap_or(0));
    println!("{:?}", Some(3).inspect(|x| println!("saw {}", x)));
    let mut oo = Some(2);
    if let Some(v) = oo.as_mut() { *v += 1; }
    let t = oo.take_if(|v| *v == 3);
    println!("{:?} {:?}", oo, t);
    let mut cnt = 0;
    for x in &Some(4) { cnt += x; }
    for x in Ok::<i32, ()>(5) { cnt += x; }
    let mut rr: Result<i32, ()> = Ok(1);
    for x in rr.iter_mut() { *x += 1; }
    println!("{} {:?} {:?}", cnt, rr, Ok::<&i32, ()>(&3).copied());
}
