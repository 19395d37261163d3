// A small bank ledger: structs in arrays, enum transactions, results reported through enums.
struct Account {
    owner: &'static str,
    balance_cents: i64,
    open: bool,
}

enum Tx {
    Deposit { to: usize, cents: i64 },
    Withdraw { from: usize, cents: i64 },
    Transfer { from: usize, to: usize, cents: i64 },
    Close(usize),
}

enum TxError {
    NoSuchAccount(usize),
    Closed(&'static str),
    Insufficient { owner: &'static str, short_by: i64 },
    NonPositive,
}

enum TxResult {
    Done,
    Failed(TxError),
}

fn check(accounts: &[Account], idx: usize) -> TxResult {
    if idx >= accounts.len() {
        return TxResult::Failed(TxError::NoSuchAccount(idx));
    }
    if !accounts[idx].open {
        return TxResult::Failed(TxError::Closed(accounts[idx].owner));
    }
    TxResult::Done
}

fn apply(accounts: &mut [Account], tx: &Tx) -> TxResult {
    match *tx {
        Tx::Deposit { cents, .. } | Tx::Withdraw { cents, .. } | Tx::Transfer { cents, .. } if cents <= 0 => {
            TxResult::Failed(TxError::NonPositive)
        }
        Tx::Deposit { to, cents } => {
            if let TxResult::Failed(e) = check(accounts, to) {
                return TxResult::Failed(e);
            }
            accounts[to].balance_cents += cents;
            TxResult::Done
        }
        Tx::Withdraw { from, cents } => {
            let TxResult::Done = check(accounts, from) else {
                return check(accounts, from);
            };
            let acc = &mut accounts[from];
            if acc.balance_cents < cents {
                return TxResult::Failed(TxError::Insufficient { owner: acc.owner, short_by: cents - acc.balance_cents });
            }
            acc.balance_cents -= cents;
            TxResult::Done
        }
        Tx::Transfer { from, to, cents } => {
            match apply(accounts, &Tx::Withdraw { from, cents }) {
                TxResult::Done => {}
                failed => return failed,
            }
            match apply(accounts, &Tx::Deposit { to, cents }) {
                TxResult::Done => TxResult::Done,
                failed => {
                    accounts[from].balance_cents += cents;
                    failed
                }
            }
        }
        Tx::Close(idx) => match check(accounts, idx) {
            TxResult::Done => {
                accounts[idx].open = false;
                TxResult::Done
            }
            failed => failed,
        },
    }
}

fn print_money(cents: i64) {
    let sign = if cents < 0 { "-" } else { "" };
    print!("{}${}.{:02}", sign, cents.abs() / 100, cents.abs() % 100);
}

fn main() {
    let mut accounts = [
        Account { owner: "alice", balance_cents: 10_000, open: true },
        Account { owner: "bob", balance_cents: 2_550, open: true },
        Account { owner: "carol", balance_cents: 0, open: true },
    ];
    let ledger = [
        Tx::Deposit { to: 2, cents: 1_999 },
        Tx::Withdraw { from: 1, cents: 3_000 },
        Tx::Transfer { from: 0, to: 1, cents: 4_321 },
        Tx::Close(2),
        Tx::Transfer { from: 1, to: 2, cents: 100 },
        Tx::Deposit { to: 7, cents: 5 },
        Tx::Withdraw { from: 0, cents: -5 },
        Tx::Close(2),
        Tx::Withdraw { from: 1, cents: 6_871 },
    ];
    for i in 0..ledger.len() {
        print!("tx {}: ", i);
        match apply(&mut accounts, &ledger[i]) {
            TxResult::Done => println!("ok"),
            TxResult::Failed(TxError::NoSuchAccount(n)) => println!("no account #{}", n),
            TxResult::Failed(TxError::Closed(owner)) => println!("account of {} is closed", owner),
            TxResult::Failed(TxError::Insufficient { owner, short_by }) => {
                print!("{} is short by ", owner);
                print_money(short_by);
                println!();
            }
            TxResult::Failed(TxError::NonPositive) => println!("amount must be positive"),
        }
    }
    let mut total = 0;
    for i in 0..accounts.len() {
        let a = &accounts[i];
        print!("{:<6} {:<7} ", a.owner, if a.open { "open" } else { "closed" });
        print_money(a.balance_cents);
        println!();
        total += a.balance_cents;
    }
    print!("total ");
    print_money(total);
    println!();
}
