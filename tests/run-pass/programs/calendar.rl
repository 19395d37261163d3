// Date arithmetic: leap years, day of week (Zeller/Sakamoto), days between dates, a month grid.
struct Date {
    year: i32,
    month: u32,
    day: u32,
}

enum Weekday {
    Sunday,
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
}

const WEEKDAYS: [Weekday; 7] = [
    Weekday::Sunday,
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
];

fn weekday_name(w: &Weekday) -> &'static str {
    match w {
        Weekday::Sunday => "Sunday",
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
    }
}

fn is_leap(y: i32) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

fn day_of_week(d: &Date) -> usize {
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if d.month < 3 { d.year - 1 } else { d.year };
    ((y + y / 4 - y / 100 + y / 400 + T[(d.month - 1) as usize] + d.day as i32) % 7) as usize
}

fn days_from_civil(d: &Date) -> i64 {
    let y = if d.month <= 2 { d.year as i64 - 1 } else { d.year as i64 };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = d.month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d.day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn main() {
    let dates = [
        Date { year: 1970, month: 1, day: 1 },
        Date { year: 2000, month: 2, day: 29 },
        Date { year: 1969, month: 7, day: 20 },
        Date { year: 2024, month: 12, day: 25 },
        Date { year: 1600, month: 3, day: 1 },
    ];
    for i in 0..dates.len() {
        let d = &dates[i];
        println!(
            "{:04}-{:02}-{:02} is a {} (day {} since epoch)",
            d.year,
            d.month,
            d.day,
            weekday_name(&WEEKDAYS[day_of_week(d)]),
            days_from_civil(d)
        );
    }
    let years = [1900, 2000, 2023, 2024];
    for i in 0..years.len() {
        let mut total = 0;
        for m in 1..=12 {
            total += days_in_month(years[i], m);
        }
        println!("{} has {} days (leap: {})", years[i], total, is_leap(years[i]));
    }
    let a = Date { year: 2024, month: 1, day: 1 };
    let b = Date { year: 2025, month: 3, day: 15 };
    println!("days between: {}", days_from_civil(&b) - days_from_civil(&a));

    println!("     February 2024");
    println!(" Su Mo Tu We Th Fr Sa");
    let first = day_of_week(&Date { year: 2024, month: 2, day: 1 });
    for _ in 0..first {
        print!("   ");
    }
    let mut column = first;
    for day in 1..=days_in_month(2024, 2) {
        print!("{:>3}", day);
        column += 1;
        if column == 7 {
            println!();
            column = 0;
        }
    }
    if column != 0 {
        println!();
    }
}
