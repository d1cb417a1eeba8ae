//! Rebuild when a module under lib/ changes: they are embedded with
//! include_dir!, which cargo cannot see through on its own.
fn main() {
    println!("cargo:rerun-if-changed=../../lib");
}
