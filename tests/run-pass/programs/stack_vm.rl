// A tiny stack machine: instructions are enum values in an array, the stack is a fixed array.
enum Instr {
    Push(i64),
    Add,
    Sub,
    Mul,
    Div,
    Dup,
    Over,
    Swap,
    Jz(usize),
    Jmp(usize),
    Print,
    Halt,
}

struct Machine {
    stack: [i64; 32],
    sp: usize,
    pc: usize,
    steps: u32,
}

enum Outcome {
    Halted { steps: u32 },
    Error(&'static str),
}

fn pop(m: &mut Machine) -> i64 {
    m.sp -= 1;
    m.stack[m.sp]
}

fn push(m: &mut Machine, v: i64) {
    m.stack[m.sp] = v;
    m.sp += 1;
}

fn run(program: &[Instr]) -> Outcome {
    let mut m = Machine { stack: [0; 32], sp: 0, pc: 0, steps: 0 };
    loop {
        if m.pc >= program.len() {
            return Outcome::Error("fell off the end");
        }
        m.steps += 1;
        let instr = &program[m.pc];
        m.pc += 1;
        match *instr {
            Instr::Push(v) => push(&mut m, v),
            Instr::Add | Instr::Sub | Instr::Mul | Instr::Div => {
                if m.sp < 2 {
                    return Outcome::Error("stack underflow");
                }
                let b = pop(&mut m);
                let a = pop(&mut m);
                let r = match instr {
                    Instr::Add => a + b,
                    Instr::Sub => a - b,
                    Instr::Mul => a * b,
                    _ => {
                        if b == 0 {
                            return Outcome::Error("division by zero");
                        }
                        a / b
                    }
                };
                push(&mut m, r);
            }
            Instr::Dup => {
                let v = m.stack[m.sp - 1];
                push(&mut m, v);
            }
            Instr::Over => {
                let v = m.stack[m.sp - 2];
                push(&mut m, v);
            }
            Instr::Swap => {
                let b = pop(&mut m);
                let a = pop(&mut m);
                push(&mut m, b);
                push(&mut m, a);
            }
            Instr::Jz(target) => {
                if pop(&mut m) == 0 {
                    m.pc = target;
                }
            }
            Instr::Jmp(target) => m.pc = target,
            Instr::Print => println!("  out: {}", m.stack[m.sp - 1]),
            Instr::Halt => return Outcome::Halted { steps: m.steps },
        }
    }
}

fn report(name: &str, o: Outcome) {
    match o {
        Outcome::Halted { steps } => println!("{}: halted after {} steps", name, steps),
        Outcome::Error(why) => println!("{}: error: {}", name, why),
    }
}

fn main() {
    println!("arithmetic:");
    let arith = [Instr::Push(6), Instr::Push(7), Instr::Mul, Instr::Print, Instr::Push(2), Instr::Sub, Instr::Print, Instr::Halt];
    report("arith", run(&arith));

    // countdown from 5: [n] -> print, n-1, loop while nonzero
    println!("countdown:");
    let countdown = [
        Instr::Push(5),
        Instr::Print,
        Instr::Push(1),
        Instr::Sub,
        Instr::Dup,
        Instr::Jz(7),
        Instr::Jmp(1),
        Instr::Halt,
    ];
    report("countdown", run(&countdown));

    // factorial of 10: the stack holds [acc, n]
    println!("factorial:");
    let factorial = [
        Instr::Push(1),
        Instr::Push(10),
        Instr::Dup,
        Instr::Jz(11),
        Instr::Swap,
        Instr::Over,
        Instr::Mul,
        Instr::Swap,
        Instr::Push(1),
        Instr::Sub,
        Instr::Jmp(2),
        Instr::Swap,
        Instr::Print,
        Instr::Halt,
    ];
    report("factorial", run(&factorial));

    report("underflow", run(&[Instr::Push(1), Instr::Add]));
    report("div0", run(&[Instr::Push(1), Instr::Push(0), Instr::Div]));
    report("no halt", run(&[Instr::Push(1), Instr::Print]));
}
