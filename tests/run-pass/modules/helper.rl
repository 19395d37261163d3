// not-a-test
// Helper module for multi_file.rl (loaded by `mod helper;`).
pub mod inventory;

pub const VERSION: u32 = 3;

const SECRET: u32 = 21;

pub fn greeting() -> &'static str {
    "hello from helper.rl"
}

pub fn twice_secret() -> u32 {
    SECRET * 2
}
