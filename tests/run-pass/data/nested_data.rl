// Structs holding arrays, enums holding structs, arrays of enums; mutation deep inside.
enum Cell {
    Empty,
    Wall,
    Item { name: &'static str, weight: u32 },
}

struct Room {
    name: &'static str,
    cells: [Cell; 4],
    visits: u32,
}

struct Player {
    position: (usize, usize),
    carried: u32,
    log: [u32; 5],
    log_len: usize,
}

struct World {
    rooms: [Room; 2],
    player: Player,
}

fn pick_up(world: &mut World) {
    let (r, c) = world.player.position;
    let room = &mut world.rooms[r];
    room.visits += 1;
    let weight = match room.cells[c] {
        Cell::Item { name, weight } => {
            println!("picked up {} ({} kg) in {}", name, weight, room.name);
            weight
        }
        Cell::Wall => {
            println!("bumped into a wall in {}", room.name);
            return;
        }
        Cell::Empty => {
            println!("nothing here in {}", room.name);
            return;
        }
    };
    room.cells[c] = Cell::Empty;
    world.player.carried += weight;
    if world.player.log_len < world.player.log.len() {
        world.player.log[world.player.log_len] = weight;
        world.player.log_len += 1;
    }
}

fn describe(room: &Room) {
    print!("{} (visits {}): ", room.name, room.visits);
    for i in 0..room.cells.len() {
        match &room.cells[i] {
            Cell::Empty => print!("[ ] "),
            Cell::Wall => print!("[#] "),
            Cell::Item { name, .. } => print!("[{}] ", name),
        }
    }
    println!();
}

fn main() {
    let mut world = World {
        rooms: [
            Room {
                name: "hall",
                cells: [Cell::Empty, Cell::Item { name: "key", weight: 1 }, Cell::Wall, Cell::Item { name: "lamp", weight: 3 }],
                visits: 0,
            },
            Room {
                name: "vault",
                cells: [Cell::Item { name: "gold", weight: 20 }, Cell::Wall, Cell::Empty, Cell::Item { name: "map", weight: 0 }],
                visits: 0,
            },
        ],
        player: Player { position: (0, 0), carried: 0, log: [0; 5], log_len: 0 },
    };
    describe(&world.rooms[0]);
    describe(&world.rooms[1]);
    let route = [(0, 0), (0, 1), (0, 2), (0, 3), (1, 0), (1, 3), (0, 1), (1, 1)];
    for i in 0..route.len() {
        world.player.position = route[i];
        pick_up(&mut world);
    }
    describe(&world.rooms[0]);
    describe(&world.rooms[1]);
    println!("carried {} kg", world.player.carried);
    println!("log {:?} (first {} used)", world.player.log, world.player.log_len);
    println!("log slice {:?}", &world.player.log[..world.player.log_len]);
    world.rooms[1].cells[2] = Cell::Item { name: "gem", weight: 2 };
    world.rooms[1].name = "treasury";
    world.player.position.1 = 2;
    world.player.position.0 = 1;
    pick_up(&mut world);
    describe(&world.rooms[1]);
}
