//! Value → length in px: the one linear scale magnitudes are drawn on, from zero, so a bar's
//! length is proportional to its value (a bar chart never starts at anything but zero).

/// A linear scale from `0..=max` onto `0..=length` px.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Linear {
    max: f64,
    length: i32,
}

impl Linear {
    /// The scale on which `max` is `length` px long.
    pub fn new(max: f64, length: i32) -> Linear {
        Linear { max, length }
    }

    /// `value`'s length: nothing for zero, a negative or an unknown value or on a scale of no
    /// magnitude, and at least 2 px for any positive value, so no stated figure vanishes.
    pub fn px(self, value: f64) -> i32 {
        if self.max > 0.0 && value > 0.0 {
            ((value / self.max) * f64::from(self.length))
                .round()
                .max(2.0) as i32
        } else {
            0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Linear;

    #[test]
    fn lengths_are_proportional_from_zero_and_never_vanish() {
        let scale = Linear::new(200.0, 100);
        assert_eq!(scale.px(200.0), 100);
        assert_eq!(scale.px(50.0), 25);
        assert_eq!(scale.px(0.0), 0);
        assert_eq!(scale.px(0.001), 2, "a positive value stays visible");
        assert_eq!(scale.px(-5.0), 0);
        assert_eq!(scale.px(f64::NAN), 0);
        assert_eq!(
            Linear::new(0.0, 100).px(5.0),
            0,
            "no magnitude, nothing drawn"
        );
    }
}
