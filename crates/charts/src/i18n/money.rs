//! How amounts of money are scaled for display: the reader's choice (`?unit=`), read by the
//! formatter and named by the unit menu.

use report::Lang;

/// How amounts of money are scaled for display.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum MoneyUnit {
    /// The largest of 万/亿 (million/billion) that shows the value exactly.
    #[default]
    Auto,
    /// Plain yuan.
    Yuan,
    /// 万元 (10,000 yuan).
    Wan,
    /// 亿元 (100 million yuan).
    Yi,
    /// Million yuan.
    Million,
}

// The codes of `?unit=`.
report::codes!(MoneyUnit {
    Auto => "auto",
    Yuan => "yuan",
    Wan => "wan",
    Yi => "yi",
    Million => "million",
});

impl MoneyUnit {
    /// The choices offered in a language's unit menu, with `current` among them when a link
    /// brought one the language does not offer (`?unit=wan&lang=en`): the menu always names
    /// the unit the charts are in.
    pub fn offered(lang: Lang, current: MoneyUnit) -> Vec<MoneyUnit> {
        let usual: &[MoneyUnit] = match lang {
            Lang::Zh => &[
                MoneyUnit::Auto,
                MoneyUnit::Yuan,
                MoneyUnit::Wan,
                MoneyUnit::Yi,
            ],
            Lang::En => &[MoneyUnit::Auto, MoneyUnit::Yuan, MoneyUnit::Million],
        };
        MoneyUnit::ALL
            .into_iter()
            .filter(|unit| usual.contains(unit) || *unit == current)
            .collect()
    }

    /// The fixed scale and its word in `lang`, or `None` for automatic scaling.
    pub fn fixed(self, lang: Lang) -> Option<(f64, &'static str)> {
        match self {
            MoneyUnit::Auto => None,
            MoneyUnit::Yuan => Some((1.0, "")),
            MoneyUnit::Wan => Some((1e4, lang.choose("万", " × 10,000"))),
            MoneyUnit::Yi => Some((1e8, lang.choose("亿", " × 100 million"))),
            MoneyUnit::Million => Some((1e6, lang.choose("百万", " million"))),
        }
    }
}
