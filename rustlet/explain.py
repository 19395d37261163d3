"""`rustlet --explain CODE`: short explanations of the error codes rustlet reports.

The codes are rustc's (LANGUAGE.md: same error code on the same line), so each entry
is a condensed version of rustc's own explanation: what is wrong, a minimal example,
and the usual fix. `render` lists a code under "Some errors have detailed
explanations" only when it is in this table.
"""
from __future__ import annotations

EXPLANATIONS: dict[str, str] = {
    "E0004": """A `match` expression does not cover every possible value (it is not exhaustive).

    enum Light { Red, Green }
    match light { Light::Red => 1 }   // error: `Light::Green` not covered

Add an arm for each missing pattern, or a wildcard arm `_ => ...`.""",
    "E0005": """A pattern in `let` (or a `for` loop) is refutable: some values do not match it.

    let Some(x) = maybe;   // error: `None` not covered

Use `if let`, `let ... else { ... }` or `match` to handle the other values.""",
    "E0023": """A tuple-struct or tuple-variant pattern has the wrong number of fields.

    enum E { Pair(i32, i32) }
    let E::Pair(a) = e;   // error: expected 2 fields, found 1

Write one sub-pattern per field, or use `..` to skip the rest.""",
    "E0026": """A struct pattern names a field the struct does not have.

    struct P { x: i32 }
    let P { y } = p;   // error: struct `P` has no field `y`

Use the field names of the struct's declaration.""",
    "E0046": """An `impl Trait for Type` block is missing items the trait requires.

    trait T { fn f(&self); }
    impl T for S {}   // error: missing `f` in implementation

Implement every required method, associated type and constant.""",
    "E0061": """A function was called with the wrong number of arguments.

    fn f(a: i32) {}
    f(1, 2);   // error: this function takes 1 argument but 2 were supplied""",
    "E0063": """A struct literal does not initialize every field.

    struct P { x: i32, y: i32 }
    let p = P { x: 1 };   // error: missing field `y`

Give every field a value, or use struct update syntax `..base`.""",
    "E0070": """The left-hand side of an assignment is not a place that can be assigned to.

    1 = 2;            // error
    f() = 3;          // error

Assign to a variable, a field, an index or a dereference.""",
    "E0106": """A reference in a type needs a lifetime that elision cannot supply.

    fn longest(a: &str, b: &str) -> &str   // error: missing lifetime specifier

Name the lifetime: `fn longest<'a>(a: &'a str, b: &'a str) -> &'a str`. Structs holding
references need a lifetime parameter too: `struct S<'a> { r: &'a str }`.""",
    "E0107": """A type was given the wrong number of generic arguments (type or lifetime).

    struct W<T>(T);
    let w: W<i32, i32>;   // error: expected 1 generic argument""",
    "E0119": """Two trait implementations overlap: some type would get both.

    impl<T> Show for T {}
    impl Show for i32 {}   // error: conflicting implementations for `i32`""",
    "E0204": """`Copy` was derived or implemented for a type with a field that is not `Copy`.

    #[derive(Clone, Copy)]
    struct S { name: String }   // error: `String` is not `Copy`

Remove `Copy` (keep `Clone`), or make every field `Copy`.""",
    "E0268": """`break` or `continue` was used outside of a loop (closures are not loops).

    fn f() { break; }   // error""",
    "E0277": """A type does not implement a trait that the code requires.

    fn show<T: std::fmt::Display>(t: T) {}
    show(vec![1]);   // error: `Vec<{integer}>` doesn't implement `std::fmt::Display`

Implement the trait for the type, use a type that implements it, or (in generic code)
add the bound to the type parameter: `T: Trait`.""",
    "E0282": """The type of an expression cannot be inferred; annotate it.

    let v = Vec::new();   // error: type annotations needed for `Vec<_>`
    let v: Vec<i32> = Vec::new();   // ok""",
    "E0308": """The type of an expression is not the type the context expects.

    let x: i32 = "five";   // error: expected `i32`, found `&str`

Common causes: branches of `if`/`match` of different types, a missing `Some(...)` or
`Ok(...)`, integer types that differ (convert with `as` or `into()`), a function body
whose last expression ends with `;`.""",
    "E0317": """An `if` without `else` is used as a value of a type other than `()`.

    let x = if cond { 1 };   // error: `if` may be missing an `else` clause""",
    "E0369": """A binary operator is applied to a type that does not implement it.

    struct P;
    P + P;   // error: cannot add `P` to `P`

Implement the operator trait (`std::ops::Add`, `PartialEq`, `PartialOrd`, ...) or, in
generic code, add the bound (`T: PartialOrd`).""",
    "E0373": """A closure may outlive the function, but it borrows a local variable.

    fn make() -> impl Fn() -> i32 {
        let x = 1;
        || x + 1   // error: closure may outlive the current function, but it borrows `x`
    }

Use a `move` closure so it takes ownership of what it captures.""",
    "E0381": """A variable is used before it is definitely initialized.

    let x: i32;
    println!("{}", x);   // error: used binding `x` isn't initialized""",
    "E0382": """A value was used after it was moved.

    let v = vec![1, 2, 3];
    let w = v;             // `v` moves into `w`
    println!("{:?}", v);   // error: borrow of moved value: `v`

Types that are not `Copy` move on assignment, when passed by value, and into `for`
loops. Borrow instead (`&v`), clone (`v.clone()`), or use the value only once.""",
    "E0384": """An immutable variable was assigned twice.

    let x = 1;
    x = 2;   // error: cannot assign twice to immutable variable `x`

Declare it `let mut x`.""",
    "E0405": """A trait name was not found in scope.

    impl Shwo for S {}   // error: cannot find trait `Shwo` in this scope

Check the spelling, or import the trait with `use`.""",
    "E0425": """A name (variable, function, constant or type) was not found in scope.

    let y = x + 1;   // error: cannot find value `x` in this scope

Check the spelling, declare it before use, or import it with `use`. rustc 1.95
reports an unknown type with this code as well.""",
    "E0433": """A path could not be resolved: a module, type or crate in it does not exist.

    let m = HashMap::new();   // error: failed to resolve: use of undeclared type `HashMap`

Import it: `use std::collections::HashMap;`.""",
    "E0435": """A non-constant value was used where a constant is required (an array length,
a `const` initializer).

    let n = 3;
    let a = [0; n];   // error: attempt to use a non-constant value in a constant

Use a `const N: usize = 3;` or a `Vec`.""",
    "E0499": """A value was mutably borrowed twice at the same time.

    let mut s = String::new();
    let a = &mut s;
    let b = &mut s;   // error: cannot borrow `s` as mutable more than once at a time
    a.push('x');

End the first borrow's use before taking the second.""",
    "E0502": """A value was borrowed mutably while a shared borrow of it was still in use
(or the other way round).

    let mut v = vec![1];
    let first = &v[0];
    v.push(2);            // error: cannot borrow `v` as mutable
    println!("{}", first);

Finish using the shared borrow first, or copy the value out (`let first = v[0];`).""",
    "E0503": """A value was used while it was mutably borrowed.

    let mut x = 1;
    let r = &mut x;
    let y = x + 1;   // error: cannot use `x` because it was mutably borrowed
    *r += 1;""",
    "E0505": """A value was moved out while it was borrowed.

    let s = String::from("a");
    let r = &s;
    let t = s;            // error: cannot move out of `s` because it is borrowed
    println!("{}", r);""",
    "E0506": """A value was assigned to while it was borrowed.

    let mut x = 1;
    let r = &x;
    x = 2;                // error: cannot assign to `x` because it is borrowed
    println!("{}", r);""",
    "E0507": """A value was moved out of a place behind a reference or an index.

    let v = vec![String::new()];
    let s = v[0];   // error: cannot move out of index of `Vec<String>`

Borrow it (`&v[0]`), clone it, or use `std::mem::take`/`replace`.""",
    "E0509": """A field was moved out of a value whose type implements `Drop`.

    impl Drop for S { fn drop(&mut self) {} }
    let name = s.name;   // error: cannot move out of type `S`, which implements the `Drop` trait

Clone the field, or take it with `std::mem::take(&mut s.name)`.""",
    "E0515": """A function returns a reference to a value it owns (a local or a temporary),
which is dropped when the function returns.

    fn f() -> &'static str { let s = String::new(); &s }   // error

Return the owned value (`String`) instead.""",
    "E0525": """A closure was passed where a more capable closure trait is required, e.g. a
closure that moves out of its captures (only `FnOnce`) where `Fn` is expected.""",
    "E0559": """An enum variant literal names a field the variant does not have.

    enum E { V { a: i32 } }
    let e = E::V { b: 1 };   // error: variant `E::V` has no field named `b`""",
    "E0560": """A struct literal names a field the struct does not have.

    struct P { x: i32 }
    let p = P { x: 1, z: 2 };   // error: struct `P` has no field named `z`""",
    "E0571": """`break` with a value was used inside a `for` or `while` loop; only `loop`
can produce a value.

    for i in 0..3 { break i; }   // error""",
    "E0594": """An assignment targets a place that is not mutable: a field of an immutable
binding, or data behind a `&` reference.

    let p = Point { x: 1 };
    p.x = 2;   // error: cannot assign to `p.x`, as `p` is not declared as mutable""",
    "E0596": """A mutable borrow was taken of something that is not mutable.

    let v = Vec::new();
    v.push(1);   // error: cannot borrow `v` as mutable, as it is not declared as mutable

Declare the binding `mut`, or take `&mut self` / `&mut T` where needed.""",
    "E0597": """A borrowed value does not live long enough: it is dropped while the
reference to it is still in use.

    let r;
    { let x = 5; r = &x; }   // error: `x` does not live long enough
    println!("{}", r);""",
    "E0599": """A method or associated item was not found for a type.

    let x = 5;
    x.lenght();   // error: no method named `lenght` found for type `{integer}`

Check the spelling, implement the method, import the trait that provides it, or (in
generic code) add the trait bound.""",
    "E0603": """A private item was used from outside its module.

    mod m { fn secret() {} }
    m::secret();   // error: function `secret` is private

Mark it `pub`.""",
    "E0608": """Indexing (`a[i]`) was applied to a type that does not support it.

    let x = 5;
    x[0];   // error: cannot index into a value of type `{integer}`""",
    "E0614": """A value that is not a reference (or `Box`) was dereferenced.

    let x = 5;
    *x;   // error: type `{integer}` cannot be dereferenced""",
    "E0616": """A private field was accessed from outside its module.

    mod m { pub struct S { secret: i32 } }
    s.secret;   // error: field `secret` of struct `S` is private""",
    "E0618": """Something that is not a function was called.

    let x = 5;
    x();   // error: expected function, found `{integer}`""",
    "E0621": """A function's signature and body disagree about a lifetime: the body
returns a reference with a lifetime the signature does not promise.

    fn f<'a>(x: &'a i32, y: &i32) -> &'a i32 { y }   // error: explicit lifetime required in the type of `y`""",
    "E0689": """A method was called on a numeric literal whose type is still ambiguous.

    let x = 2.0.powi(2);   // error: can't call method `powi` on ambiguous numeric type `{float}`

Give the literal a type: `2.0_f64.powi(2)`.""",
    "E0716": """A temporary value was dropped while a borrow of it was still in use.

    let r: &String = &String::from("a");   // fine: the temporary is extended
    let s = String::from("a").as_str();    // error: temporary value dropped while borrowed
    println!("{}", s);

Bind the temporary to a variable first.""",
}


def normalize(code: str) -> str:
    """`0382`, `e0382` and `E0382` all name E0382."""
    code = code.strip().upper()
    return code if code.startswith("E") else "E" + code


def explain(code: str) -> str | None:
    """The explanation of an error code, or None for a code rustlet does not know."""
    code = normalize(code)
    text = EXPLANATIONS.get(code)
    return None if text is None else f"{code}: {text}"


def has_explanation(code: str) -> bool:
    return normalize(code) in EXPLANATIONS
