// A match binding cannot shadow a static.
static LIMIT: i32 = 10;

fn main() {
    let x = 4;
    match x {
        LIMIT => println!("limit"), //~ ERROR E0530
    }
}
