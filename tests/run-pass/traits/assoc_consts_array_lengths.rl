// Associated constants of concrete types in array lengths and other constants:
// inherent (Grid::W), through a trait impl (Tri::SIDES), a trait default (<Tri as Shape>::TWICE).
trait Shape { const SIDES: usize; const TWICE: usize = 2; }
struct Tri;
impl Shape for Tri { const SIDES: usize = 3; }
struct Grid;
impl Grid { const W: usize = 4; }
const CELLS: usize = Grid::W * Tri::SIDES;
fn main() {
    let a = [0u8; Tri::SIDES];
    let b = [1u8; <Tri as Shape>::TWICE];
    let c = [2u8; Grid::W];
    println!("{:?} {:?} {:?} {}", a, b, c, CELLS);
}
