//! The browser entry point: hydrates the pre-rendered fact sheet (or mounts cards into a host
//! page). A panic, should one happen, is reported in the page and in the console instead of
//! leaving the page silently frozen.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    std::panic::set_hook(Box::new(|info| {
        gloo::console::error!(format!("factsheet: {info}"));
        use cpec_factsheet::browser::{page_lang, show_notice};
        show_notice(page_lang().strings().panic);
    }));
    cpec_factsheet::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the browser app: build it for wasm32 with trunk (make serve, make build).");
    std::process::exit(2);
}
