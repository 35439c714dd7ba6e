//! Text widths where no font can be measured: the pre-render, native tests, a downloaded image
//! opened in other programs. Estimates err wide, by character class, so that a line laid out
//! with them fits the widest common fonts; the browser measures its own fonts and takes the
//! wider of the two (`browser::web::text`).

/// A character's advance in em, at or above DejaVu Sans's for its class: widths that err
/// wide, for text laid out where no font can be measured (images, labels kept clear of lines).
pub fn em(c: char) -> f64 {
    match c {
        ' ' => 0.35,
        'm' | 'w' | 'M' | 'W' | '%' | '@' | '—' => 1.0,
        'A'..='Z' => 0.8,
        '0'..='9' | '$' => 0.66,
        // Chinese characters and full-width punctuation fill their em square.
        c if c >= '\u{2e80}' => 1.05,
        // Arabic script, as Urdu fonts draw it (Nastaliq runs wide at small sizes).
        '\u{600}'..='\u{6ff}' | '\u{750}'..='\u{77f}' => 0.72,
        _ => 0.64,
    }
}

/// How wide a text is at a size and weight, in px.
pub trait Ruler {
    fn width(&self, text: &str, size: f64, bold: bool) -> f64;
}

/// Text widths that err wide: about the widest common sans-serif (DejaVu Sans, bold where
/// bold), per character class. The browser measures in the reader's fonts and takes the wider
/// of the two, so the PNG fits its fonts and the SVG most others.
#[derive(Clone, Copy, Debug, Default)]
pub struct Generous;

impl Ruler for Generous {
    fn width(&self, text: &str, size: f64, bold: bool) -> f64 {
        let weight = if bold { 1.14 } else { 1.0 };
        text.chars().map(em).sum::<f64>() * size * weight
    }
}

/// Whether `text` is in Arabic script (Urdu, on this sheet).
pub fn urdu(text: &str) -> bool {
    text.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c))
}
