//! The link-preview PNGs (the sheet, and one per card) of each language, drawn by the core as
//! SVG in the language's script and rasterised with resvg in the fonts the build installs
//! (DejaVu Sans, Noto Sans CJK, Noto Naskh Arabic), so they look the same on every build
//! machine. Each language's are written beside its pages (`zh/og-sheet.png`).

use cpec_factsheet::core::data::dataset;
use cpec_factsheet::core::derive::compute;
use cpec_factsheet::core::i18n::Lang;
use cpec_factsheet::core::model::Date;
use cpec_factsheet::core::preview;
use cpec_factsheet::core::sheet::page;
use cpec_factsheet::core::units::Units;
use cpec_factsheet::core::url::Embed;
use std::path::Path;

/// Where fonts-dejavu-core, fonts-noto-cjk and fonts-noto-core put the faces the previews use.
const FONT_FILES: [&str; 6] = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Bold.ttf",
];

/// A rendered link preview: (embed key, or `None` for the sheet; file name; alt text).
pub type Preview = (Option<&'static str>, String, String);

/// Renders the link-preview PNGs of `lang` (the sheet, and one per card) into its directory
/// under `dir`. A font missing on the build machine fails the build, naming it: resvg would
/// otherwise draw empty boxes.
pub fn previews(dir: &Path, today: Date, lang: Lang) -> Result<Vec<Preview>, String> {
    let data = dataset(lang);
    let computed = compute(data, today, lang).map_err(|e| e.to_string())?;
    let sheet = page(data, &computed, &Units::default(), today, lang);
    let dir = dir.join(lang.path());
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let mut options = resvg::usvg::Options::default();
    {
        let fonts = options.fontdb_mut();
        // The files Debian's packages install, read directly: a machine's font configuration
        // (what fontconfig lists) does not change the images, and reading every installed
        // font (hundreds with Noto) took half a minute. Elsewhere, the system's fonts.
        // Held in memory: a font loaded by path is read again for every text drawn (19 MB
        // for the CJK collection, a minute for the Chinese previews).
        for file in FONT_FILES {
            if let Ok(data) = std::fs::read(file) {
                fonts.load_font_data(data);
            }
        }
        let family = preview::font(lang);
        let has = |fonts: &resvg::usvg::fontdb::Database| {
            fonts.faces().any(|face| {
                face.families
                    .iter()
                    .any(|(name, _)| name.eq_ignore_ascii_case(family))
            })
        };
        if !has(fonts) {
            fonts.load_system_fonts();
        }
        if !has(fonts) {
            return Err(format!(
                "the link previews in {} need the font \"{family}\": run `make setup` (scripts/setup.sh installs it)",
                lang.name()
            ));
        }
        fonts.set_sans_serif_family(family);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every language gets its six previews, beside its pages (the fonts come with `make
    /// setup`; without them the build stops, naming the font).
    #[test]
    fn each_language_gets_its_previews_beside_its_pages() {
        let dir = std::env::temp_dir().join(format!("cpec-previews-{}", std::process::id()));
        let today = Date {
            year: 2026,
            month: 11,
            day: 28,
        };
        for lang in Lang::ALL {
            let made = previews(&dir, today, lang).expect("previews");
            assert_eq!(made.len(), 6, "{lang:?}");
            for (_, file, alt) in &made {
                let png = std::fs::read(dir.join(lang.path()).join(file)).expect("written");
                assert!(png.starts_with(b"\x89PNG"), "{file}");
                assert!(!alt.is_empty());
            }
        }
        let alt = &previews(&dir, today, Lang::Zh).unwrap()[0].2;
        assert!(alt.starts_with("中巴经济合作"), "in the language: {alt}");
        if std::env::var_os("KEEP_PREVIEWS").is_none() {
            let _ = std::fs::remove_dir_all(&dir);
        } else {
            eprintln!("previews in {}", dir.display());
        }
    }
}
