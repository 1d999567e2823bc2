//! Input channels: analog and online contributions count the same everywhere; the
//! channel only records where a contribution came from.

use serde::{Deserialize, Serialize};

/// Where a contribution came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// The online form.
    Online,
    /// A paper card or form, typed in by staff.
    Paper,
    /// An event (workshop, festival stand), recorded by staff.
    Event,
    /// A street or doorstep conversation, recorded by staff.
    Street,
    /// A point on a pin map (Stadtteilplane), photographed and entered by staff.
    PinMap,
    /// A phone call, recorded by staff.
    Phone,
}

impl Channel {
    /// Every channel, in display order.
    pub const ALL: [Channel; 6] = [
        Channel::Online,
        Channel::Paper,
        Channel::Event,
        Channel::Street,
        Channel::PinMap,
        Channel::Phone,
    ];

    /// The stable code stored in the database and used in URLs and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Online => "online",
            Channel::Paper => "paper",
            Channel::Event => "event",
            Channel::Street => "street",
            Channel::PinMap => "pin_map",
            Channel::Phone => "phone",
        }
    }

    /// Parses a code (case-insensitive; `face_to_face` and `pinmap` are accepted aliases).
    pub fn parse(s: &str) -> Option<Channel> {
        let s = s.trim().to_lowercase().replace(['-', ' '], "_");
        Some(match s.as_str() {
            "online" | "web" => Channel::Online,
            "paper" => Channel::Paper,
            "event" => Channel::Event,
            "street" | "face_to_face" => Channel::Street,
            "pin_map" | "pinmap" => Channel::PinMap,
            "phone" => Channel::Phone,
            _ => return None,
        })
    }

    /// Whether staff record contributions of this channel on someone's behalf.
    pub fn is_analog(self) -> bool {
        self != Channel::Online
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for c in Channel::ALL {
            assert_eq!(Channel::parse(c.as_str()), Some(c));
        }
        assert_eq!(Channel::parse("Face-to-face"), Some(Channel::Street));
        assert_eq!(Channel::parse("fax"), None);
        assert!(!Channel::Online.is_analog());
        assert!(Channel::Paper.is_analog());
    }
}
