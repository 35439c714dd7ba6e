//! The link-preview PNGs (the sheet, and one per card), drawn by the core as SVG and
//! rasterised with resvg in DejaVu Sans, so they look the same on every build machine.

use cpec_factsheet::core::data::DATA;
use cpec_factsheet::core::derive::compute;
use cpec_factsheet::core::i18n::Lang;
use cpec_factsheet::core::model::Date;
use cpec_factsheet::core::preview;
use cpec_factsheet::core::sheet::page;
use cpec_factsheet::core::units::Units;
use cpec_factsheet::core::url::Embed;
use std::path::Path;

/// A rendered link preview: (embed key, or `None` for the sheet; file name; alt text).
pub type Preview = (Option<&'static str>, String, String);

/// Renders the link-preview PNGs (the sheet, and one per card) into `dir`.
pub fn previews(dir: &Path, today: Date) -> Result<Vec<Preview>, String> {
    let computed = compute(DATA, today, Lang::En).map_err(|e| e.to_string())?;
    let sheet = page(DATA, &computed, &Units::default(), today, Lang::En);
    let mut options = resvg::usvg::Options::default();
    {
        let fonts = options.fontdb_mut();
        fonts.load_system_fonts();
        fonts.set_sans_serif_family("DejaVu Sans");
    }
    let mut made = Vec::new();
    let key_list: Vec<String> = sheet
        .key_figures
        .iter()
        .map(|k| format!("{} ({})", k.value, k.label))
        .collect();
    let mut jobs = vec![(
        None,
        preview::sheet_svg(&sheet),
        format!("{}: {}", sheet.title, key_list.join("; ")),
    )];
    for card in &sheet.cards {
        let embed = Embed::ALL
            .into_iter()
            .find(|e| e.card() == Some(card.card))
            .map(|e| e.key());
        let alt = card
            .charts
            .first()
            .map(|c| format!("{}. {}", card.title, c.summary))
            .unwrap_or_else(|| card.title.to_string());
        jobs.push((embed, preview::card_svg(&sheet, card), alt));
    }
    jobs.push((Some("all"), preview::sheet_svg(&sheet), jobs[0].2.clone()));
    for (key, svg, alt) in jobs {
        let file = preview::file_name(key);
        let tree =
            resvg::usvg::Tree::from_str(&svg, &options).map_err(|e| format!("{file}: {e}"))?;
        let mut pixmap = resvg::tiny_skia::Pixmap::new(preview::WIDTH, preview::HEIGHT)
            .ok_or("cannot allocate the preview image")?;
        resvg::render(
            &tree,
            resvg::tiny_skia::Transform::default(),
            &mut pixmap.as_mut(),
        );
        let png = pixmap.encode_png().map_err(|e| format!("{file}: {e}"))?;
        std::fs::write(dir.join(&file), png).map_err(|e| format!("{file}: {e}"))?;
        made.push((key, file, alt));
    }
    Ok(made)
}
