//! `dis` and `co_code` show the canonical bytecode in the seminar's
//! format. CPython 3.11 compiles to different bytecode, so these expected
//! listings come from the issue that specifies them, not from CPython.

use std::process::Command;

fn run(source: &str) -> String {
    let dir = std::env::temp_dir().join(format!("ferropy-dis-{}-{}", std::process::id(), source.len()));
    std::fs::create_dir_all(&dir).expect("dir");
    let script = dir.join("prog.py");
    std::fs::write(&script, source).expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_ferropy")).arg(&script).output().expect("run ferropy");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn the_seminars_function() {
    let out = run(r#"import dis

def foo(x, y):
    return x * y + 17

print(foo.__code__.co_varnames, foo.__code__.co_consts)
print([hex(b) for b in foo.__code__.co_code])
dis.dis(foo)
"#);
    let expected = r#"('x', 'y') (None, 17)
['0x7c', '0x0', '0x7c', '0x1', '0x14', '0x0', '0x64', '0x1', '0x17', '0x0', '0x53', '0x0']
  4           0 LOAD_FAST                0 (x)
              2 LOAD_FAST                1 (y)
              4 BINARY_MULTIPLY
              6 LOAD_CONST               1 (17)
              8 BINARY_ADD
             10 RETURN_VALUE
"#;
    assert_eq!(out, expected);
}

#[test]
fn loops_jumps_closures_and_comprehensions() {
    let out = run(r#"import dis
def outer(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
    def inner(b):
        return total + b
    return [inner(x) for x in range(n)]
dis.dis(outer)
names = [i.opname for i in dis.get_instructions(outer)]
print('FOR_ITER' in names, 'MAKE_FUNCTION' in names, 'LOAD_CLOSURE' in names)
"#);
    // A jump target is marked and the loop's exit named.
    assert!(out.contains(">>   12 FOR_ITER"), "{out}");
    assert!(out.contains(" (to "), "{out}");
    assert!(out.contains("(total)"), "{out}");
    // Nested code objects follow, each introduced by a header.
    assert!(out.contains("Disassembly of <code object inner at 0x"), "{out}");
    assert!(out.contains("Disassembly of <code object <listcomp> at 0x"), "{out}");
    assert!(out.contains("LIST_APPEND              2"), "{out}");
    assert!(out.trim_end().ends_with("True True True"), "{out}");
}
