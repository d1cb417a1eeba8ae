//! Broken-down time: `struct_time`, `gmtime`, `localtime`, `mktime`,
//! `strftime`, `asctime`, `ctime`. UTC conversions are computed here;
//! local time asks the C library (`localtime_r`, `mktime`) exactly as
//! CPython does, so the time zone rules are the system's. This module
//! owns that FFI.

use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::KwArgs;
use ferropy_runtime::types::int::{as_int, IntVal};
use ferropy_runtime::{Obj, PyResult, Value, Vm};

use super::strftime::{self, Tm};

pub const FIELDS: [&str; 9] =
    ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];

/// Days since 1970-01-01 of a proleptic Gregorian date.
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { yoe + era * 400 + 1 } else { yoe + era * 400 }, m, d)
}

fn utc_tm(t: i64) -> Tm {
    let days = t.div_euclid(86_400);
    let secs = t.rem_euclid(86_400);
    let (year, mon, mday) = civil_from_days(days);
    Tm {
        year,
        mon,
        mday,
        hour: secs / 3600,
        min: secs % 3600 / 60,
        sec: secs % 60,
        wday: (days + 3).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1) + 1,
        isdst: 0,
        gmtoff: Some(0),
        zone: Some("GMT".to_string()),
    }
}

/// The local time of a timestamp, from the C library.
pub fn local_tm(t: i64) -> Option<Tm> {
    let tt: libc::time_t = t;
    // SAFETY: `tm` is plain data that localtime_r fills in; both pointers
    // are to live locals, and the zone name it points to is static in
    // the C library (copied out before returning).
    unsafe {
        let mut tm: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&tt, &mut tm).is_null() {
            return None;
        }
        let zone = if tm.tm_zone.is_null() {
            None
        } else {
            Some(std::ffi::CStr::from_ptr(tm.tm_zone).to_string_lossy().into_owned())
        };
        Some(Tm {
            year: tm.tm_year as i64 + 1900,
            mon: tm.tm_mon as i64 + 1,
            mday: tm.tm_mday as i64,
            hour: tm.tm_hour as i64,
            min: tm.tm_min as i64,
            sec: tm.tm_sec as i64,
            wday: (tm.tm_wday as i64 + 6) % 7,
            yday: tm.tm_yday as i64 + 1,
            isdst: tm.tm_isdst as i64,
            gmtoff: Some(tm.tm_gmtoff),
            zone,
        })
    }
}

/// The timestamp of a local broken-down time (C's `mktime`).
pub fn local_mktime(tm: &Tm) -> Option<i64> {
    // SAFETY: `c` is a zeroed plain-data struct filled from `tm`; mktime
    // only reads and normalizes it.
    unsafe {
        let mut c: libc::tm = std::mem::zeroed();
        c.tm_year = i32::try_from(tm.year - 1900).ok()?;
        c.tm_mon = (tm.mon - 1) as i32;
        c.tm_mday = tm.mday as i32;
        c.tm_hour = tm.hour as i32;
        c.tm_min = tm.min as i32;
        c.tm_sec = tm.sec as i32;
        c.tm_isdst = tm.isdst as i32;
        // mktime's error value is -1, a valid time too: a wday it leaves
        // alone tells failure apart.
        c.tm_wday = -1;
        let t = libc::mktime(&mut c);
        if t == -1 && c.tm_wday == -1 {
            return None;
        }
        Some(t)
    }
}

pub fn tm_to_value(vm: &mut Vm, tm: &Tm) -> PyResult<Value> {
    let ty = ferropy_runtime::types::module::class_in_module(vm, "time", "struct_time")?;
    let fields = [tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst];
    Ok(ferropy_runtime::types::structseq::make_instance(vm, &ty, fields.iter().map(|f| Value::Int(*f)).collect()))
}

/// A timestamp argument, floored to whole seconds; None means now.
fn timestamp_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    let v = match v {
        None | Some(Value::None) => return Ok(super::now().as_secs() as i64),
        Some(v) => v,
    };
    let out_of_range = |vm: &mut Vm| vm.overflow_error("timestamp out of range for platform time_t");
    match as_int(v) {
        Some(IntVal::Small(i)) => Ok(i),
        Some(IntVal::Big(_)) => Err(out_of_range(vm)),
        None => {
            let f = match v {
                Value::Float(f) => f.get(),
                _ => {
                    let tn = vm.type_name(v);
                    return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
                }
            };
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            let f = f.floor();
            if !(-9.2e18..9.2e18).contains(&f) {
                return Err(out_of_range(vm));
            }
            Ok(f as i64)
        }
    }
}

pub fn gmtime(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "gmtime", a, 0, 1)?;
    let t = timestamp_arg(vm, a.first())?;
    if !(-67_768_040_609_740_800..=67_768_036_191_676_799).contains(&t) {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    tm_to_value(vm, &utc_tm(t))
}

fn localtime_of(vm: &mut Vm, t: i64) -> PyResult<Tm> {
    match local_tm(t) {
        Some(tm) => Ok(tm),
        None => Err(vm.overflow_error("timestamp out of range for platform time_t")),
    }
}

pub fn localtime(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "localtime", a, 0, 1)?;
    let t = timestamp_arg(vm, a.first())?;
    let tm = localtime_of(vm, t)?;
    tm_to_value(vm, &tm)
}

/// A 9-field time tuple as a `Tm`, checked the way `strftime` checks it.
fn tuple_arg(vm: &mut Vm, name: &str, v: &Value) -> PyResult<Tm> {
    let Some(items) = ferropy_runtime::types::tuple::items(v).map(|t| t.to_vec()) else {
        return Err(vm.type_error("Tuple or struct_time argument required"));
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{name}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (slot, item) in f.iter_mut().zip(&items) {
        *slot = ferropy_runtime::protocol::number::index_i64(vm, item)?;
    }
    Ok(Tm {
        year: f[0],
        mon: f[1],
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        wday: f[6],
        yday: f[7],
        isdst: f[8],
        gmtoff: None,
        zone: None,
    })
}

fn check_tm(vm: &mut Vm, tm: &mut Tm) -> PyResult<()> {
    // Zero month, day and day of year mean "unset" and become 1.
    if tm.mon == 0 {
        tm.mon = 1;
    }
    if tm.mday == 0 {
        tm.mday = 1;
    }
    if tm.yday == 0 {
        tm.yday = 1;
    }
    let checks = [
        (!(1..=12).contains(&tm.mon), "month out of range"),
        (!(1..=31).contains(&tm.mday), "day of month out of range"),
        (!(0..=23).contains(&tm.hour), "hour out of range"),
        (!(0..=59).contains(&tm.min), "minute out of range"),
        (!(0..=61).contains(&tm.sec), "seconds out of range"),
        // C counts from Sunday: Python's -1 (Sunday, wrapped) is fine.
        (tm.wday < -1, "day of week out of range"),
        (!(1..=366).contains(&tm.yday), "day of year out of range"),
    ];
    for (bad, msg) in checks {
        if bad {
            return Err(vm.value_error(msg));
        }
    }
    tm.wday = tm.wday.rem_euclid(7);
    tm.isdst = tm.isdst.clamp(-1, 1);
    Ok(())
}

pub fn strftime(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "strftime", a, 1, 2)?;
    let Some(fmt) = ferropy_runtime::types::str::as_str(&a[0]).map(str::to_string) else {
        let tn = vm.type_name(&a[0]);
        return Err(vm.type_error(format!("strftime() argument 1 must be str, not {tn}")));
    };
    let mut tm = match a.get(1) {
        None => {
            let t = timestamp_arg(vm, None)?;
            localtime_of(vm, t)?
        }
        Some(v) => {
            let mut tm = tuple_arg(vm, "strftime", v)?;
            check_tm(vm, &mut tm)?;
            tm
        }
    };
    if a.get(1).is_some() {
        // A bare tuple carries no zone: it is taken as local time.
        if let Some(t) = local_mktime(&tm) {
            if let Some(local) = local_tm(t) {
                if local.isdst == tm.isdst || tm.isdst < 0 {
                    tm.gmtoff = local.gmtoff;
                    tm.zone = local.zone;
                }
            }
        }
    }
    match strftime::format(&fmt, &tm, local_mktime) {
        Ok(s) => Ok(vm.new_str(s)),
        Err(c) => {
            Err(vm.not_implemented_error(format!("time.strftime: %{c} is not supported by ferropy for this time")))
        }
    }
}

pub fn mktime(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args::exactly_one(vm, "mktime", a)?;
    let tm = tuple_arg(vm, "mktime", &v)?;
    match local_mktime(&tm) {
        Some(t) => Ok(Value::float(t as f64)),
        None => Err(vm.overflow_error("mktime argument out of range")),
    }
}

fn asctime_text(tm: &Tm) -> String {
    strftime::format("%a %b %e %H:%M:%S %Y", tm, |_| None).unwrap_or_default()
}

pub fn asctime(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "asctime", a, 0, 1)?;
    let tm = match a.first() {
        None => {
            let t = timestamp_arg(vm, None)?;
            localtime_of(vm, t)?
        }
        Some(v) => {
            let mut tm = tuple_arg(vm, "asctime", v)?;
            check_tm(vm, &mut tm)?;
            tm
        }
    };
    Ok(vm.new_str(asctime_text(&tm)))
}

pub fn ctime(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "ctime", a, 0, 1)?;
    let t = timestamp_arg(vm, a.first())?;
    let tm = localtime_of(vm, t)?;
    Ok(vm.new_str(asctime_text(&tm)))
}

/// `timezone`, `altzone`, `daylight` and `tzname`, from January and July
/// of the current year as the C library sees them.
pub fn zone_constants(vm: &mut Vm, dict: &Obj) -> PyResult<()> {
    let now = super::now().as_secs() as i64;
    let year = utc_tm(now).year;
    let jan = local_tm(days_from_civil(year, 1, 1) * 86_400);
    let jul = local_tm(days_from_civil(year, 7, 1) * 86_400);
    let (Some(jan), Some(jul)) = (jan, jul) else {
        return Ok(());
    };
    let (janoff, juloff) = (jan.gmtoff.unwrap_or(0), jul.gmtoff.unwrap_or(0));
    let (winter, summer) = if janoff < juloff { (jan, jul) } else { (jul, jan) };
    let winter_off = -winter.gmtoff.unwrap_or(0);
    let summer_off = -summer.gmtoff.unwrap_or(0);
    vm.dict_set_str(dict, "timezone", Value::Int(winter_off))?;
    vm.dict_set_str(dict, "altzone", Value::Int(summer_off))?;
    vm.dict_set_str(dict, "daylight", Value::Int((janoff != juloff) as i64))?;
    let names = vec![vm.new_str(winter.zone.unwrap_or_default()), vm.new_str(summer.zone.unwrap_or_default())];
    let names = vm.new_tuple(names);
    vm.dict_set_str(dict, "tzname", names)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        for d in [-800_000, -1, 0, 1, 11_016, 2_932_896] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
    }

    #[test]
    fn local_time_of_epoch_is_known_to_the_c_library() {
        let tm = local_tm(0).expect("localtime_r");
        assert!(tm.year == 1970 || tm.year == 1969);
        assert_eq!(local_mktime(&tm), Some(0));
    }
}
