//! The browser entry point: hydrates the pre-rendered fact sheet.

#[cfg(target_arch = "wasm32")]
fn main() {
    cpec_factsheet::browser::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the browser app: build it for wasm32 with trunk (make serve, make build).");
    std::process::exit(2);
}
