#[derive(Debug)]
enum AppError {
    Missing(String),
}
fn main() -> Result<(), AppError> {
    println!("working");
    Err(AppError::Missing(String::from("config")))
}
