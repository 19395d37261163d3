// A private field read from outside its module.
mod bank {
    pub struct Account {
        balance: i64,
    }

    impl Account {
        pub fn new() -> Account {
            Account { balance: 10 }
        }
    }
}

fn main() {
    let a = bank::Account::new();
    println!("{}", a.balance); //~ ERROR E0616
}
