//! Stacked bar charts as SVG, drawn by plotters' SVG backend.
//!
//! plotters writes text as SVG `<text>` (escaped) and sizes it with its
//! built-in estimate, so no font file is needed. Each chart is then given
//! a `<title>` and `<desc>` (its text alternative) and `role="img"`; the
//! numbers are also in a table beside it (see [`super::page`]).

use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;

use super::escape::esc;
use crate::report::ReportError;

/// One coloured series of a stacked bar chart.
#[derive(Debug, Clone)]
pub struct Series<'a> {
    /// Its name in the legend.
    pub label: &'a str,
    /// Its colour, as "#rrggbb".
    pub color: &'a str,
    /// One value per category.
    pub values: Vec<usize>,
}

/// Which way the bars run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Bars left to right, one row per category (councils, owners).
    Horizontal,
    /// Bars bottom to top, one column per category (quarters).
    Vertical,
}

/// Most categories drawn in one chart; the table beside it holds all.
pub const MAX_BARS: usize = 40;

/// Width of every chart in SVG units (it scales to the page).
const WIDTH: u32 = 620;

/// Category `i`'s bar stacked from the series, bottom first: each non-zero
/// value's span (from, to) and colour, whichever way the bars run.
fn stacked(series: &[Series], i: usize) -> Vec<(u32, u32, RGBColor)> {
    let mut from = 0u32;
    let mut out = Vec::new();
    for s in series {
        let v = s.values.get(i).copied().unwrap_or(0) as u32;
        if v > 0 {
            out.push((from, from + v, rgb(s.color)));
            from += v;
        }
    }
    out
}

fn rgb(hex: &str) -> RGBColor {
    let v = u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap_or(0x888888);
    RGBColor((v >> 16) as u8, (v >> 8) as u8, v as u8)
}

fn short(label: &str, max: usize) -> String {
    if label.chars().count() <= max {
        label.to_string()
    } else {
        let mut s: String = label.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

/// A stacked bar chart of `series` over `categories` as one `<svg>`
/// element, with `title` and `desc` (the text alternative) inside it.
pub fn stacked_bars(
    title: &str,
    desc: &str,
    categories: &[String],
    series: &[Series<'_>],
    direction: Direction,
) -> Result<String, ReportError> {
    let n = categories.len().clamp(1, MAX_BARS);
    let totals: Vec<usize> = (0..n)
        .map(|i| series.iter().map(|s| s.values.get(i).copied().unwrap_or(0)).sum())
        .collect();
    let max = totals.iter().copied().max().unwrap_or(0).max(1) as u32;
    let max = max + max / 10 + 1;
    let height = match direction {
        Direction::Horizontal => 60 + 26 * n as u32,
        Direction::Vertical => 340,
    };
    // Horizontal bars: the first category on top (plotters counts up).
    let flip = |i: usize| match direction {
        Direction::Horizontal => n - 1 - i,
        Direction::Vertical => i,
    };
    let label_at = |v: &SegmentValue<usize>| match v {
        SegmentValue::CenterOf(i) if *i < n => categories.get(flip(*i)).map(|c| short(c, 28)).unwrap_or_default(),
        _ => String::new(),
    };
    let longest = categories
        .iter()
        .take(n)
        .map(|c| c.chars().count().min(28))
        .max()
        .unwrap_or(4) as u32;
    let fail = |e: &dyn std::fmt::Display| ReportError::Chart {
        chart: title.to_string(),
        message: e.to_string(),
    };
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| fail(&e))?;
        let text = ("sans-serif", 16).into_font().color(&RGBColor(0x22, 0x22, 0x22));
        match direction {
            Direction::Horizontal => {
                let mut chart = ChartBuilder::on(&root)
                    .margin(8)
                    .x_label_area_size(30)
                    .y_label_area_size((longest * 8 + 16).min(230))
                    .build_cartesian_2d(0u32..max, (0..n).into_segmented())
                    .map_err(|e| fail(&e))?;
                chart
                    .configure_mesh()
                    .disable_y_mesh()
                    .light_line_style(WHITE)
                    .y_labels(n)
                    .y_label_formatter(&label_at)
                    .x_labels(6)
                    .x_label_formatter(&|v| format!("{v}"))
                    .label_style(text.clone())
                    .draw()
                    .map_err(|e| fail(&e))?;
                for i in 0..n {
                    let row = flip(i);
                    for (from, to, color) in stacked(series, i) {
                        let mut bar = Rectangle::new(
                            [(from, SegmentValue::Exact(row)), (to, SegmentValue::Exact(row + 1))],
                            color.filled(),
                        );
                        bar.set_margin(3, 3, 0, 0);
                        chart.draw_series(std::iter::once(bar)).map_err(|e| fail(&e))?;
                    }
                }
            }
            Direction::Vertical => {
                let every = n.div_ceil(12).max(1);
                let label_some = |v: &SegmentValue<usize>| match v {
                    SegmentValue::CenterOf(i) if i % every == 0 => label_at(v),
                    _ => String::new(),
                };
                let mut chart = ChartBuilder::on(&root)
                    .margin(8)
                    .x_label_area_size(34)
                    .y_label_area_size(44)
                    .build_cartesian_2d((0..n).into_segmented(), 0u32..max)
                    .map_err(|e| fail(&e))?;
                chart
                    .configure_mesh()
                    .disable_x_mesh()
                    .light_line_style(WHITE)
                    .x_labels(n)
                    .x_label_formatter(&label_some)
                    .y_labels(6)
                    .y_label_formatter(&|v| format!("{v}"))
                    .label_style(text.clone())
                    .draw()
                    .map_err(|e| fail(&e))?;
                for i in 0..n {
                    for (from, to, color) in stacked(series, i) {
                        let mut bar = Rectangle::new(
                            [(SegmentValue::Exact(i), from), (SegmentValue::Exact(i + 1), to)],
                            color.filled(),
                        );
                        bar.set_margin(0, 0, 2, 2);
                        chart.draw_series(std::iter::once(bar)).map_err(|e| fail(&e))?;
                    }
                }
            }
        }
        root.present().map_err(|e| fail(&e))?;
    }
    Ok(accessible(svg, title, desc))
}

/// `svg` with `role="img"`, a `<title>` and a `<desc>` right after its
/// opening tag, and a class the page's CSS scales by.
fn accessible(svg: String, title: &str, desc: &str) -> String {
    let Some(open_end) = svg.find('>') else {
        return svg;
    };
    let mut out = String::with_capacity(svg.len() + title.len() + desc.len() + 80);
    out.push_str(&svg[..open_end]);
    out.push_str(" role=\"img\" class=\"chart\" preserveAspectRatio=\"xMinYMin meet\">");
    out.push_str("<title>");
    out.push_str(&esc(title));
    out.push_str("</title><desc>");
    out.push_str(&esc(desc));
    out.push_str("</desc>");
    out.push_str(&svg[open_end + 1..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_is_svg_with_a_title_a_text_alternative_and_one_bar_per_value() {
        let cats = vec!["<script>alert(1)</script>".to_string(), "Brent".to_string()];
        let series = [
            Series {
                label: "Done",
                color: "#1b7837",
                values: vec![2, 0],
            },
            Series {
                label: "Open",
                color: "#d6604d",
                values: vec![1, 3],
            },
        ];
        for dir in [Direction::Horizontal, Direction::Vertical] {
            let svg = stacked_bars("Status <by> council", "Brent: 3 open", &cats, &series, dir).unwrap();
            assert!(svg.starts_with("<svg"), "{svg}");
            assert!(svg.contains("role=\"img\""));
            assert!(svg.contains("viewBox"), "scales to the page: {}", &svg[..200]);
            assert!(svg.contains("<title>Status &lt;by&gt; council</title><desc>Brent: 3 open</desc>"));
            assert!(!svg.contains("<script>"), "labels are escaped");
            assert!(
                svg.contains("fill=\"#1B7837\"") || svg.contains("fill=\"#1b7837\""),
                "{svg}"
            );
            // Three non-zero values, three bars of their colours.
            let bars = svg.matches("#1B7837").count() + svg.matches("#D6604D").count();
            let bars = bars + svg.matches("#1b7837").count() + svg.matches("#d6604d").count();
            assert_eq!(bars, 3, "{svg}");
        }
    }
}
