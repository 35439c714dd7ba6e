//! `vocabulary!`: an enum whose variants each have one spelling (in the data file, a URL, an
//! export), declared once. The macro writes the enum and `ALL` (every variant, in order),
//! `key` (the spelling) and `parse` (its inverse), so adding a variant cannot leave one of
//! them behind.

/// Declares an enum of keyed variants:
///
/// ```
/// cpec_data::vocabulary! {
///     /// A direction.
///     #[derive(Clone, Copy, Debug, PartialEq, Eq)]
///     pub enum Way {
///         Up = "up",
///         Down = "down",
///     }
/// }
/// assert_eq!(Way::ALL, [Way::Up, Way::Down]);
/// assert_eq!(Way::Down.key(), "down");
/// assert_eq!(Way::parse("up"), Some(Way::Up));
/// assert_eq!(Way::parse("Up"), None);
/// ```
#[macro_export]
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = $key:literal
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $(
                $(#[$vmeta])*
                $variant,
            )+
        }

        impl $name {
            /// Every variant, in the order declared.
            pub const ALL: [$name; [$($key),+].len()] = [$($name::$variant),+];

            /// The variant's spelling (in the data file, the URL, exports).
            pub const fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key,)+
                }
            }

            /// The variant spelt `key`, exactly; anything else is `None`.
            pub fn parse(key: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|v| v.key() == key)
            }
        }
    };
}
