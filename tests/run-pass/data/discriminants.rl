// Fieldless enums: implicit and explicit discriminants, `as` casts, comparisons via casts.
enum Color {
    Red,
    Green,
    Blue,
}

enum HttpStatus {
    Ok = 200,
    Created = 201,
    NotFound = 404,
    Teapot = 418,
    Internal = 500,
}

enum Mixed {
    A = 10,
    B,
    C = 3,
    D,
    E = -7,
    F,
}

enum Small {
    Low = 1,
    High = 255,
}

fn color_name(c: Color) -> &'static str {
    match c {
        Color::Red => "red",
        Color::Green => "green",
        Color::Blue => "blue",
    }
}

fn status_from(code: u16) -> HttpStatus {
    match code {
        200 => HttpStatus::Ok,
        201 => HttpStatus::Created,
        404 => HttpStatus::NotFound,
        418 => HttpStatus::Teapot,
        _ => HttpStatus::Internal,
    }
}

fn is_error(s: HttpStatus) -> bool {
    s as u16 >= 400
}

fn main() {
    println!("Red={} Green={} Blue={}", Color::Red as i32, Color::Green as i32, Color::Blue as u8);
    println!("{} {} {}", color_name(Color::Blue), color_name(Color::Red), color_name(Color::Green));
    println!(
        "Ok={} Created={} NotFound={} Teapot={} Internal={}",
        HttpStatus::Ok as i32,
        HttpStatus::Created as i32,
        HttpStatus::NotFound as i32,
        HttpStatus::Teapot as i32,
        HttpStatus::Internal as i32
    );
    println!(
        "A={} B={} C={} D={} E={} F={}",
        Mixed::A as i32,
        Mixed::B as i32,
        Mixed::C as i32,
        Mixed::D as i32,
        Mixed::E as i32,
        Mixed::F as i32
    );
    println!("E as u8 = {}, E as i64 = {}", Mixed::E as u8, Mixed::E as i64);
    println!("Small: {} {}", Small::Low as u8, Small::High as u8);
    println!("High as i8 = {}", Small::High as i8);

    let codes = [200u16, 404, 418, 999, 201];
    for i in 0..codes.len() {
        let s = status_from(codes[i]);
        let numeric = s as u16;
        println!("{} -> {} error={}", codes[i], numeric, is_error(status_from(codes[i])));
    }
    let order = Color::Green as i32 - Color::Red as i32;
    println!("Green - Red = {}", order);
    println!("Blue as f64 via i32 = {}", Color::Blue as i32 as f64);
}
