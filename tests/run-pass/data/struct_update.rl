// Struct update syntax `..base`, field init shorthand, copying whole structs of Copy fields.
struct Config {
    width: u32,
    height: u32,
    fullscreen: bool,
    title: &'static str,
    scale: f32,
}

fn default_config() -> Config {
    Config { width: 800, height: 600, fullscreen: false, title: "untitled", scale: 1.0 }
}

fn show(name: &str, c: &Config) {
    println!("{}: {}x{} fullscreen={} title={} scale={}", name, c.width, c.height, c.fullscreen, c.title, c.scale);
}

fn main() {
    let base = default_config();
    show("base", &base);

    let wide = Config { width: 1920, height: 1080, ..base };
    show("wide", &wide);

    let titled = Config { title: "game", ..default_config() };
    show("titled", &titled);

    let fullscreen = true;
    let scale = 2.5;
    let full = Config { fullscreen, scale, ..wide };
    show("full", &full);

    let everything_new = Config { width: 1, height: 2, fullscreen: true, title: "tiny", scale: 0.5 };
    let same = Config { ..everything_new };
    show("same", &same);

    let mut chain = default_config();
    for i in 1..=3 {
        chain = Config { width: chain.width * 2, title: "doubled", ..chain };
        println!("step {}: width {}", i, chain.width);
    }
    show("chain", &chain);
    show("base still", &base);
}
