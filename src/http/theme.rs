//! The colours of `/static/theme.css`, derived from `[branding]` so that no
//! choice of `primary_color` or `accent_color` can break WCAG 2.1 AA: the
//! text on each colour is whichever of white and black contrasts
//! more (always at least 4.5:1), and where a brand colour is itself used as
//! text or as the focus ring, a darker shade of it is used until it reaches
//! 4.5:1 (text) or 3:1 (focus) against the page.

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// Page background and card background of `kleidi.css`.
const PAGE: Rgb = Rgb(0xf4, 0xf5, 0xf7);
const CARD: Rgb = Rgb(0xff, 0xff, 0xff);
const LIGHT: Rgb = Rgb(0xff, 0xff, 0xff);
const DARK: Rgb = Rgb(0, 0, 0);

impl Rgb {
    /// Parses `#rrggbb` (the config checked the form).
    pub fn parse(s: &str) -> Option<Self> {
        let h = s.strip_prefix('#')?;
        if h.len() != 6 {
            return None;
        }
        let c = |i: usize| u8::from_str_radix(h.get(i..i + 2)?, 16).ok();
        Some(Self(c(0)?, c(2)?, c(4)?))
    }

    fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// WCAG contrast ratio (1 to 21).
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (hi, lo) = if a > b { (a, b) } else { (b, a) };
        (hi + 0.05) / (lo + 0.05)
    }

    /// Mixed with black: `t` of 0 keeps it, 1 is black.
    fn darker(self, t: f64) -> Rgb {
        let m = |c: u8| (f64::from(c) * (1.0 - t)).round().clamp(0.0, 255.0) as u8;
        Rgb(m(self.0), m(self.1), m(self.2))
    }
}

/// The text colour for a background: white or black, whichever
/// contrasts more (the better of the two is never below 4.58:1).
pub fn text_on(bg: Rgb) -> Rgb {
    if bg.contrast(LIGHT) >= bg.contrast(DARK) {
        LIGHT
    } else {
        DARK
    }
}

/// `c`, darkened just enough to reach `ratio` against every one of `on`.
pub fn ink(c: Rgb, on: &[Rgb], ratio: f64) -> Rgb {
    (0..=100)
        .map(|step| c.darker(f64::from(step) / 100.0))
        .find(|d| on.iter().all(|bg| d.contrast(*bg) >= ratio))
        .unwrap_or(DARK)
}

/// The `:root` variables of `/static/theme.css`.
pub fn css(primary: &str, accent: &str) -> String {
    let default = |s: &str, d: Rgb| Rgb::parse(s).unwrap_or(d);
    let p = default(primary, Rgb(0x1f, 0x3a, 0x5f));
    let a = default(accent, Rgb(0xe0, 0x70, 0x20));
    format!(
        ":root {{ --primary: {}; --on-primary: {}; --primary-ink: {}; --accent: {}; --on-accent: {}; --focus: {}; }}\n",
        p.hex(),
        text_on(p).hex(),
        ink(p, &[PAGE, CARD], 4.5).hex(),
        a.hex(),
        text_on(a).hex(),
        // The focus ring sits on the page or a card: 3:1 (WCAG 1.4.11).
        ink(a, &[PAGE, CARD], 3.0).hex(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_the_wcag_examples() {
        let white = Rgb(255, 255, 255);
        assert!((Rgb(0, 0, 0).contrast(white) - 21.0).abs() < 0.01);
        assert!((Rgb(0x77, 0x77, 0x77).contrast(white) - 4.48).abs() < 0.01);
        // The orange the issue measured: white on it is 3.2:1.
        assert!((Rgb(0xe0, 0x70, 0x20).contrast(white) - 3.22).abs() < 0.01);
    }

    #[test]
    fn no_brand_colour_gives_text_below_aa() {
        // Every 17th step of each channel: 4,096 colours, greys and the worst mid-tones.
        for r in (0..=255).step_by(17) {
            for g in (0..=255).step_by(17) {
                for b in (0..=255).step_by(17) {
                    let c = Rgb(r as u8, g as u8, b as u8);
                    assert!(text_on(c).contrast(c) >= 4.5, "{c:?}");
                    let i = ink(c, &[PAGE, CARD], 4.5);
                    assert!(i.contrast(PAGE) >= 4.5 && i.contrast(CARD) >= 4.5, "{c:?}");
                    let f = ink(c, &[PAGE, CARD], 3.0);
                    assert!(f.contrast(PAGE) >= 3.0, "{c:?}");
                }
            }
        }
    }

    #[test]
    fn the_stylesheet_is_ready_for_right_to_left_languages() {
        // Physical sides would mirror wrongly under dir="rtl": only logical
        // properties (inline-start/end) and `text-align: start`.
        let css = include_str!("../../static/kleidi.css");
        // Rules only: every comment removed.
        let rules: String = css
            .split("/*")
            .enumerate()
            .map(|(i, part)| {
                if i == 0 {
                    part
                } else {
                    part.split_once("*/").map_or("", |p| p.1)
                }
            })
            .collect();
        for bad in ["left", "right"] {
            let found: Vec<&str> = rules.lines().filter(|l| l.contains(bad)).collect();
            assert!(
                found.is_empty(),
                "physical `{bad}` in kleidi.css: {found:?}"
            );
        }
    }

    #[test]
    fn dark_brand_colours_are_kept_as_they_are() {
        let navy = Rgb(0x1f, 0x3a, 0x5f);
        assert_eq!(ink(navy, &[PAGE, CARD], 4.5), navy);
        assert_eq!(text_on(navy), LIGHT);
        assert_eq!(text_on(Rgb(0xe0, 0x70, 0x20)), DARK);
        assert!(css("#1f3a5f", "#e07020").contains("--on-accent: #000000"));
    }
}
