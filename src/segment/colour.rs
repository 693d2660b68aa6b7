//! RAG from colour: a cell or badge painted red, amber or green where a RAG
//! field stands. Pale fills (zebra shading of alternate rows, header
//! greys, tinted recommendation rows) say nothing and are left alone.

use crate::model::Rgb;

/// The rating a fill stands for, as the word a RAG cell would print
/// ("Red", "Amber", "Green", or BRAG's "Blue" for complete); None for
/// colours that are not ratings.
pub fn rating_of_fill(fill: Rgb) -> Option<&'static str> {
    let (h, s, l) = hsl(fill);
    // Greys, whites, near-blacks and washed-out tints are not ratings.
    if s < 0.35 || !(0.12..=0.9).contains(&l) {
        return None;
    }
    let word = match h {
        h if !(20.0..345.0).contains(&h) => "Red",
        h if (20.0..68.0).contains(&h) => "Amber",
        h if (70.0..170.0).contains(&h) => "Green",
        h if (190.0..250.0).contains(&h) && l < 0.75 => "Blue",
        _ => return None,
    };
    Some(word)
}

/// Hue (degrees), saturation and lightness (0-1) of a colour.
fn hsl(Rgb(r, g, b): Rgb) -> (f64, f64, f64) {
    let (r, g, b) = (f64::from(r) / 255.0, f64::from(g) / 255.0, f64::from(b) / 255.0);
    let max = r.max(g).max(b);
    let min = r.min(g).min(b);
    let l = (max + min) / 2.0;
    let d = max - min;
    if d < 1e-9 {
        return (0.0, 0.0, l);
    }
    let s = d / (1.0 - (2.0 * l - 1.0).abs());
    let h = if max == r {
        60.0 * (((g - b) / d).rem_euclid(6.0))
    } else if max == g {
        60.0 * ((b - r) / d + 2.0)
    } else {
        60.0 * ((r - g) / d + 4.0)
    };
    (h, s, l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rating_colours_as_councils_paint_them() {
        let cases = [
            (Rgb(0x00, 0xb0, 0x50), Some("Green")), // Office "green"
            (Rgb(0xff, 0xc0, 0x00), Some("Amber")), // Office "gold"
            (Rgb(0xff, 0x00, 0x00), Some("Red")),
            (Rgb(0xd6, 0x2d, 0x20), Some("Red")),
            (Rgb(0xff, 0xb0, 0x00), Some("Amber")),
            (Rgb(0x2e, 0x9e, 0x44), Some("Green")),
            (Rgb(0xff, 0xff, 0x00), Some("Amber")), // yellow for amber
            (Rgb(0xc6, 0xef, 0xce), Some("Green")), // Excel's "good" tint
            (Rgb(0xff, 0xc7, 0xce), Some("Red")),   // Excel's "bad" tint
            (Rgb(0x00, 0x70, 0xc0), Some("Blue")),  // BRAG blue
            (Rgb(0xe4, 0xdf, 0xec), None),          // a tinted recommendation row
            (Rgb(0xd9, 0xd9, 0xd9), None),          // header grey
            (Rgb(0xf2, 0xf2, 0xf2), None),          // zebra shading
            (Rgb(0xdc, 0xe6, 0xf1), None),          // pale blue zebra
            (Rgb(0xff, 0xff, 0xff), None),
        ];
        for (fill, want) in cases {
            assert_eq!(rating_of_fill(fill), want, "{fill:?}");
        }
    }
}
