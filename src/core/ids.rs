//! The ids of the page's elements that the view writes and the browser code finds, here so
//! that `browser` need not know the view to find them.

/// The id of the appendix a print of everything carries (see `browser::print`).
pub const APPENDIX_ID: &str = "print-appendix";

/// The id of the line the browser writes the printed address and date into.
pub const PRINTED_ID: &str = "printed-from";
