//! `strftime` in the C locale, as glibc formats it: the broken-down time
//! comes in as the nine fields of a `struct_time`.

/// The fields of a broken-down time (a `struct_time`), with the month,
/// day of week and day of year as C counts them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tm {
    pub year: i64,
    /// 1..=12
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    /// Monday is 0, as Python counts.
    pub wday: i64,
    /// 1..=366
    pub yday: i64,
    pub isdst: i64,
    /// Seconds east of UTC, when known.
    pub gmtoff: Option<i64>,
    pub zone: Option<String>,
}

const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// The ISO 8601 year and week number.
fn iso_week(tm: &Tm) -> (i64, i64) {
    let wday = tm.wday; // Monday = 0
    let yday = tm.yday - 1; // 0-based
                            // The Thursday of this week decides the ISO year.
    let thursday = yday - wday + 3;
    let days_in = |y: i64| if is_leap(y) { 366 } else { 365 };
    if thursday < 0 {
        let prev = tm.year - 1;
        let t = thursday + days_in(prev);
        return (prev, t / 7 + 1);
    }
    if thursday >= days_in(tm.year) {
        return (tm.year + 1, 1);
    }
    (tm.year, thursday / 7 + 1)
}

/// Formats `tm`; `Err(c)` names a directive this implementation cannot
/// produce (the caller raises a clear error).
pub fn format(fmt: &str, tm: &Tm, epoch: impl Fn(&Tm) -> Option<i64>) -> Result<String, char> {
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    let day = DAYS[tm.wday.rem_euclid(7) as usize];
    let month = MONTHS[(tm.mon - 1).clamp(0, 11) as usize];
    let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
    // Week numbers with weeks starting on Sunday (%U) or Monday (%W).
    let sunday_wday = (tm.wday + 1) % 7;
    let week_u = (tm.yday - 1 + 7 - sunday_wday) / 7;
    let week_w = (tm.yday - 1 + 7 - tm.wday) / 7;
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        match d {
            'a' => out.push_str(&day[..3]),
            'A' => out.push_str(day),
            'b' | 'h' => out.push_str(&month[..3]),
            'B' => out.push_str(month),
            'c' => out.push_str(&format!(
                "{} {} {:>2} {:02}:{:02}:{:02} {}",
                &day[..3],
                &month[..3],
                tm.mday,
                tm.hour,
                tm.min,
                tm.sec,
                tm.year
            )),
            'C' => out.push_str(&tm.year.div_euclid(100).to_string()),
            'd' => out.push_str(&format!("{:02}", tm.mday)),
            'D' | 'x' => out.push_str(&format!("{:02}/{:02}/{:02}", tm.mon, tm.mday, tm.year.rem_euclid(100))),
            'e' => out.push_str(&format!("{:>2}", tm.mday)),
            'F' => out.push_str(&format!("{}-{:02}-{:02}", tm.year, tm.mon, tm.mday)),
            'G' => out.push_str(&iso_week(tm).0.to_string()),
            'g' => out.push_str(&format!("{:02}", iso_week(tm).0.rem_euclid(100))),
            'H' => out.push_str(&format!("{:02}", tm.hour)),
            'I' => out.push_str(&format!("{hour12:02}")),
            'j' => out.push_str(&format!("{:03}", tm.yday)),
            'k' => out.push_str(&format!("{:>2}", tm.hour)),
            'l' => out.push_str(&format!("{hour12:>2}")),
            'm' => out.push_str(&format!("{:02}", tm.mon)),
            'M' => out.push_str(&format!("{:02}", tm.min)),
            'n' => out.push('\n'),
            'p' => out.push_str(if tm.hour < 12 { "AM" } else { "PM" }),
            'P' => out.push_str(if tm.hour < 12 { "am" } else { "pm" }),
            'r' => out.push_str(&format!(
                "{hour12:02}:{:02}:{:02} {}",
                tm.min,
                tm.sec,
                if tm.hour < 12 { "AM" } else { "PM" }
            )),
            'R' => out.push_str(&format!("{:02}:{:02}", tm.hour, tm.min)),
            's' => out.push_str(&epoch(tm).ok_or('s')?.to_string()),
            'S' => out.push_str(&format!("{:02}", tm.sec)),
            't' => out.push('\t'),
            'T' | 'X' => out.push_str(&format!("{:02}:{:02}:{:02}", tm.hour, tm.min, tm.sec)),
            'u' => out.push_str(&(tm.wday + 1).to_string()),
            'U' => out.push_str(&format!("{week_u:02}")),
            'V' => out.push_str(&format!("{:02}", iso_week(tm).1)),
            'w' => out.push_str(&sunday_wday.to_string()),
            'W' => out.push_str(&format!("{week_w:02}")),
            'y' => out.push_str(&format!("{:02}", tm.year.rem_euclid(100))),
            'Y' => out.push_str(&tm.year.to_string()),
            'z' => {
                let off = tm.gmtoff.ok_or('z')?;
                let sign = if off < 0 { '-' } else { '+' };
                let off = off.abs();
                out.push_str(&format!("{sign}{:02}{:02}", off / 3600, off % 3600 / 60));
            }
            'Z' => out.push_str(tm.zone.as_deref().ok_or('Z')?),
            '%' => out.push('%'),
            other => {
                // glibc leaves unknown directives as they are.
                out.push('%');
                out.push(other);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_a_known_date() {
        // 2001-09-09 01:46:40 UTC was a Sunday, day 252.
        let tm = Tm {
            year: 2001,
            mon: 9,
            mday: 9,
            hour: 1,
            min: 46,
            sec: 40,
            wday: 6,
            yday: 252,
            isdst: 0,
            gmtoff: Some(0),
            zone: Some("GMT".into()),
        };
        let s = format("%a %b %d %H:%M:%S %Y %j %U %W %V %G %z %Z %I%p", &tm, |_| None).unwrap();
        assert_eq!(s, "Sun Sep 09 01:46:40 2001 252 36 36 36 2001 +0000 GMT 01AM");
    }
}
