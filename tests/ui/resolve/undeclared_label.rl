// Breaking to a label that is not in scope.
fn main() {
    for i in 0..3 {
        if i == 1 {
            break 'outer; //~ ERROR E0426
        }
    }
}
