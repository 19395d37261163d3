// Sorting fixed arrays through &mut slices: bubble, selection, quicksort (recursive), and a merge step.
fn bubble_sort(a: &mut [i32]) -> u32 {
    let mut swaps = 0;
    let n = a.len();
    for i in 0..n {
        let mut swapped = false;
        for j in 0..n - 1 - i {
            if a[j] > a[j + 1] {
                let t = a[j];
                a[j] = a[j + 1];
                a[j + 1] = t;
                swaps += 1;
                swapped = true;
            }
        }
        if !swapped {
            break;
        }
    }
    swaps
}

fn selection_sort(a: &mut [i32]) {
    for i in 0..a.len() {
        let mut min_at = i;
        for j in i + 1..a.len() {
            if a[j] < a[min_at] {
                min_at = j;
            }
        }
        if min_at != i {
            let t = a[i];
            a[i] = a[min_at];
            a[min_at] = t;
        }
    }
}

fn partition(a: &mut [i32]) -> usize {
    let pivot = a[a.len() - 1];
    let mut store = 0;
    for i in 0..a.len() - 1 {
        if a[i] <= pivot {
            let t = a[i];
            a[i] = a[store];
            a[store] = t;
            store += 1;
        }
    }
    let last = a.len() - 1;
    let t = a[store];
    a[store] = a[last];
    a[last] = t;
    store
}

fn quicksort(a: &mut [i32]) {
    if a.len() <= 1 {
        return;
    }
    let p = partition(a);
    quicksort(&mut a[..p]);
    quicksort(&mut a[p + 1..]);
}

fn merge(left: &[i32], right: &[i32], out: &mut [i32]) {
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        if left[i] <= right[j] {
            out[k] = left[i];
            i += 1;
        } else {
            out[k] = right[j];
            j += 1;
        }
        k += 1;
    }
    while i < left.len() {
        out[k] = left[i];
        i += 1;
        k += 1;
    }
    while j < right.len() {
        out[k] = right[j];
        j += 1;
        k += 1;
    }
}

fn is_sorted(a: &[i32]) -> bool {
    for i in 1..a.len() {
        if a[i - 1] > a[i] {
            return false;
        }
    }
    true
}

fn main() {
    let original = [38, -7, 12, 99, 0, 12, -45, 3, 77, 21, 5, -7, 64, 8];
    let mut a = original;
    let swaps = bubble_sort(&mut a);
    println!("bubble:    {:?} ({} swaps)", a, swaps);
    let mut b = original;
    selection_sort(&mut b);
    println!("selection: {:?}", b);
    let mut c = original;
    quicksort(&mut c);
    println!("quicksort: {:?}", c);
    println!("all equal: {}", a == b && b == c);
    println!("original sorted? {} result sorted? {}", is_sorted(&original), is_sorted(&c));

    let mut half = original;
    quicksort(&mut half[..7]);
    quicksort(&mut half[7..]);
    println!("halves sorted: {:?}", half);
    let mut merged = [0; 14];
    merge(&half[..7], &half[7..], &mut merged);
    println!("merged:    {:?}", merged);

    let mut already = [1, 2, 3, 4, 5];
    println!("bubble on sorted input: {} swaps", bubble_sort(&mut already));
    let mut reversed = [5, 4, 3, 2, 1];
    println!("bubble on reversed input: {} swaps", bubble_sort(&mut reversed));
    let mut single = [42];
    quicksort(&mut single);
    println!("single = {:?}", single);
}
