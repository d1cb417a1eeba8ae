//! The command line, parsed as `python3` parses it.

/// What to run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Program {
    Script(String),
    Command(String),
    Module(String),
    Stdin,
    Interactive,
}

#[derive(Clone, Debug)]
pub struct Options {
    pub program: Program,
    /// `sys.argv` (argv[0] included).
    pub argv: Vec<String>,
    pub unbuffered: bool,
    pub optimize: u8,
    pub inspect: bool,
    pub ignore_environment: bool,
    pub quiet: bool,
    /// -S: do not import the site-builtins (exit, quit, help objects).
    pub no_site: bool,
    /// -s, -I: no user site directory.
    pub no_user_site: bool,
    /// -I: isolated (implies -E, -s and -P).
    pub isolated: bool,
    /// -P, -I: no script directory (or current directory) on sys.path.
    pub safe_path: bool,
    pub dont_write_bytecode: bool,
    pub debug: bool,
    /// -b: 1 warns, -bb: 2 raises.
    pub bytes_warning: u8,
    pub verbose: u8,
    /// -x: skip the first line of the source.
    pub skip_first_line: bool,
    /// -W options, in order.
    pub warnoptions: Vec<String>,
    /// -X options, in order.
    pub xoptions: Vec<String>,
}

/// What the command line asks for besides running a program.
pub enum Parsed {
    Run(Options),
    /// One of the help texts: -h, --help-env, --help-xoptions, --help-all.
    Help(&'static str),
    Version,
    /// A usage error: the message, for stderr and exit status 2.
    Error(String),
}

/// The usage line; `{prog}` is the interpreter as it was invoked.
pub const USAGE: &str = "usage: {prog} [option] ... [-c cmd | -m mod | file | -] [arg] ...";

/// CPython's help texts (tools/gen_cli_help.py), for the options ferropy
/// accepts alike.
pub const HELP: &str = include_str!("help/help.txt");
pub const HELP_ENV: &str = include_str!("help/env.txt");
pub const HELP_XOPTIONS: &str = include_str!("help/xoptions.txt");
pub const HELP_ALL: &str = include_str!("help/all.txt");

pub fn parse(args: &[String]) -> Parsed {
    let mut opts = Options {
        program: Program::Interactive,
        argv: Vec::new(),
        unbuffered: false,
        optimize: 0,
        inspect: false,
        ignore_environment: false,
        quiet: false,
        no_site: false,
        no_user_site: false,
        isolated: false,
        safe_path: false,
        dont_write_bytecode: false,
        debug: false,
        bytes_warning: 0,
        verbose: 0,
        skip_first_line: false,
        warnoptions: Vec::new(),
        xoptions: Vec::new(),
    };
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        match arg.as_str() {
            "--help" | "-?" => return Parsed::Help(HELP),
            "--help-env" => return Parsed::Help(HELP_ENV),
            "--help-xoptions" => return Parsed::Help(HELP_XOPTIONS),
            "--help-all" => return Parsed::Help(HELP_ALL),
            "--check-hash-based-pycs" => {
                // ferropy writes no .pyc files; the choice is checked only.
                i += 1;
                match args.get(i).map(String::as_str) {
                    Some("always" | "default" | "never") => {}
                    Some(_) => {
                        return Parsed::Error(
                            "--check-hash-based-pycs must be one of 'default', 'always', or 'never'".into(),
                        )
                    }
                    None => return Parsed::Error("Argument expected for the --check-hash-based-pycs option".into()),
                }
                i += 1;
                continue;
            }
            _ => {}
        }
        if arg == "--version" {
            return Parsed::Version;
        }
        if arg == "-" {
            opts.program = Program::Stdin;
            opts.argv = args[i..].to_vec();
            return Parsed::Run(opts);
        }
        if arg == "--" {
            i += 1;
            break;
        }
        if !arg.starts_with('-') || arg.len() < 2 {
            break;
        }
        if arg.starts_with("--") {
            return Parsed::Error(format!("unknown option {arg}"));
        }
        // Short options may be combined: -uO, -c'code', -mmodule.
        let flags: Vec<char> = arg[1..].chars().collect();
        let mut k = 0;
        while k < flags.len() {
            let c = flags[k];
            match c {
                'c' | 'm' | 'W' | 'X' => {
                    let rest: String = flags[k + 1..].iter().collect();
                    let value = if !rest.is_empty() {
                        rest
                    } else {
                        i += 1;
                        match args.get(i) {
                            Some(v) => v.clone(),
                            None => return Parsed::Error(format!("Argument expected for the -{c} option")),
                        }
                    };
                    match c {
                        'c' => {
                            opts.program = Program::Command(value);
                            opts.argv =
                                std::iter::once("-c".to_string()).chain(args[i + 1..].iter().cloned()).collect();
                            return Parsed::Run(opts);
                        }
                        'm' => {
                            opts.program = Program::Module(value);
                            opts.argv =
                                std::iter::once("-m".to_string()).chain(args[i + 1..].iter().cloned()).collect();
                            return Parsed::Run(opts);
                        }
                        'W' => opts.warnoptions.push(value),
                        _ => opts.xoptions.push(value),
                    }
                    k = flags.len();
                    continue;
                }
                'u' => opts.unbuffered = true,
                'O' => opts.optimize += 1,
                'i' => opts.inspect = true,
                'E' => opts.ignore_environment = true,
                'I' => {
                    opts.isolated = true;
                    opts.ignore_environment = true;
                    opts.no_user_site = true;
                    opts.safe_path = true;
                }
                'q' => opts.quiet = true,
                'S' => opts.no_site = true,
                's' => opts.no_user_site = true,
                'P' => opts.safe_path = true,
                'B' => opts.dont_write_bytecode = true,
                'b' => opts.bytes_warning = opts.bytes_warning.saturating_add(1),
                'v' => opts.verbose = opts.verbose.saturating_add(1),
                'd' => opts.debug = true,
                'x' => opts.skip_first_line = true,
                // Hash randomization is on by default, as in CPython 3.3+.
                'R' => {}
                'V' => return Parsed::Version,
                'h' | '?' => return Parsed::Help(HELP),
                other => return Parsed::Error(format!("Unknown option: -{other}")),
            }
            k += 1;
        }
        i += 1;
    }
    if i < args.len() {
        opts.program = Program::Script(args[i].clone());
        opts.argv = args[i..].to_vec();
    } else {
        opts.argv = vec![String::new()];
    }
    Parsed::Run(opts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Options {
        let v: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        match parse(&v) {
            Parsed::Run(o) => o,
            _ => panic!("expected a run"),
        }
    }

    #[test]
    fn script_and_arguments() {
        let o = run(&["-u", "x.py", "-c", "y"]);
        assert_eq!(o.program, Program::Script("x.py".into()));
        assert_eq!(o.argv, ["x.py", "-c", "y"]);
        assert!(o.unbuffered);
    }

    #[test]
    fn command_and_module() {
        assert_eq!(run(&["-c", "print(1)", "a"]).argv, ["-c", "a"]);
        assert_eq!(run(&["-mtimeit"]).program, Program::Module("timeit".into()));
        assert_eq!(run(&["-OO", "-"]).optimize, 2);
    }

    #[test]
    fn errors() {
        assert!(matches!(parse(&["-z".to_string()]), Parsed::Error(_)));
        assert!(matches!(parse(&["-c".to_string()]), Parsed::Error(_)));
        assert!(matches!(parse(&["--bogus".to_string()]), Parsed::Error(_)));
    }
}
