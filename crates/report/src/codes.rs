//! The one way an enum gets its codes: `ALL`, `code` and `from_code`, for the file format's
//! enums (whose codes are their serde names, which a test checks) and for the address's
//! (`?lang=`, `?view=`, `?unit=`…), so no enum writes its own.

/// `ALL` (every value, in the order listed), `code` and `from_code` for a fieldless enum.
#[macro_export]
macro_rules! codes {
    ($name:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        impl $name {
            /// Every value, in order.
            pub const ALL: [$name; [$($code),+].len()] = [$($name::$variant),+];

            /// The value's code, in files and addresses.
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }

            /// The value of a code.
            pub fn from_code(code: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|v| v.code() == code)
            }
        }
    };
}
